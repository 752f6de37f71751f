-- Neovim support for Forking Paths stories: start `forkpaths lsp` for every buffer of filetype `story`.
-- Works with Neovim 0.7 and later (vim.lsp.start where it exists, else start_client + buf_attach_client).
local M = {}

local function root_of(bufnr)
  local file = vim.api.nvim_buf_get_name(bufnr)
  local dir = vim.fn.fnamemodify(file, ":p:h")
  local main = vim.fn.findfile("main.story", dir .. ";")
  if main ~= "" then
    return vim.fn.fnamemodify(main, ":p:h")
  end
  local git = vim.fn.finddir(".git", dir .. ";")
  if git ~= "" then
    return vim.fn.fnamemodify(git, ":p:h:h")
  end
  return dir
end

function M.setup(opts)
  opts = opts or {}
  local cmd = opts.cmd or { "forkpaths", "lsp" }
  local clients = {}
  vim.api.nvim_create_autocmd({ "BufRead", "BufNewFile" }, {
    pattern = "*.story",
    callback = function(args)
      vim.bo[args.buf].filetype = "story"
    end,
  })
  vim.api.nvim_create_autocmd("FileType", {
    pattern = "story",
    callback = function(args)
      local root = root_of(args.buf)
      local config = { name = "forkpaths", cmd = cmd, root_dir = root }
      if vim.lsp.start then
        vim.lsp.start(config, { bufnr = args.buf })
      else
        clients[root] = clients[root] or vim.lsp.start_client(config)
        vim.lsp.buf_attach_client(args.buf, clients[root])
      end
      vim.bo[args.buf].commentstring = "// %s"
    end,
  })
end

return M
