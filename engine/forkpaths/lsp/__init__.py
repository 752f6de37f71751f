"""The language server (`forkpaths lsp`): the story pipeline behind an editor, over LSP."""
