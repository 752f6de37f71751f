"""Editor support: the VS Code extension's files, its TextMate grammar (vscode-textmate), and Neovim headless."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from forkpaths import loader
from forkpaths import model as m

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
VSCODE = os.path.join(ROOT, "editors", "vscode")
NVIM = os.path.join(ROOT, "editors", "nvim")
TOUR = os.path.join(ROOT, "stories", "tour", "main.story")


class TestExtensionFiles:
    def test_package_json_contributes_the_language_grammar_and_client(self):
        pkg = json.load(open(os.path.join(VSCODE, "package.json")))
        (lang,) = pkg["contributes"]["languages"]
        assert lang["id"] == "story" and lang["extensions"] == [".story"]
        (gram,) = pkg["contributes"]["grammars"]
        assert gram["scopeName"] == "source.story"
        for rel in (lang["configuration"], gram["path"], pkg["main"]):
            assert os.path.isfile(os.path.join(VSCODE, rel)), rel
        assert pkg["contributes"]["configuration"]["properties"]["forkpaths.command"]["default"] == ["forkpaths", "lsp"]
        client = open(os.path.join(VSCODE, pkg["main"])).read()
        assert 'require("vscode-languageclient/node")' in client and "--no-check" in client
        assert "vscode-languageclient" in pkg["dependencies"]

    @pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
    def test_the_client_starts_forkpaths_lsp_with_the_settings(self):
        def activate(settings):
            out = subprocess.run(["node", os.path.join(VSCODE, "test", "activate.js"), json.dumps(settings)],
                                 capture_output=True, text=True, timeout=60, check=True).stdout
            return json.loads(out)
        got = activate({})
        assert got["server"]["run"] == {"command": "forkpaths", "args": ["lsp"], "transport": 0}
        assert got["selector"] == [{"scheme": "file", "language": "story"}] and got["started"]
        got = activate({"command": ["/opt/fp/bin/forkpaths", "lsp"], "checkOnSave": False})
        assert got["server"]["run"]["command"] == "/opt/fp/bin/forkpaths"
        assert got["server"]["run"]["args"] == ["lsp", "--no-check"]

    def test_language_configuration_matches_the_language(self):
        conf = json.load(open(os.path.join(VSCODE, "language-configuration.json")))
        assert conf["comments"] == {"lineComment": "//", "blockComment": ["/*", "*/"]}
        assert ["{", "}"] in conf["brackets"]

    def test_lockfile_pins_what_the_grammar_test_installs(self):
        lock = json.load(open(os.path.join(VSCODE, "package-lock.json")))
        names = set(lock["packages"])
        assert {"node_modules/vscode-textmate", "node_modules/vscode-oniguruma"} <= names


def _npm_ready() -> str | None:
    """Install the grammar test's packages (npm ci, once); None when ready, else why not."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return "node and npm are not installed"
    if os.path.isdir(os.path.join(VSCODE, "node_modules", "vscode-textmate")):
        return None
    try:
        r = subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"], cwd=VSCODE,
                           capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        return "npm ci took more than 5 minutes (no network?)"
    if r.returncode != 0:
        return "npm ci failed (no network to the npm registry?): " + (r.stderr.strip().splitlines() or [""])[-1]
    return None


@pytest.fixture(scope="module")
def tour_tokens():
    why = _npm_ready()
    if why:
        pytest.skip(f"TextMate grammar test skipped: {why}")
    out = subprocess.run(["node", os.path.join(VSCODE, "test", "tokenize.js"), TOUR], capture_output=True,
                         text=True, timeout=120, check=True).stdout
    return [json.loads(line) for line in out.splitlines()]


V2 = os.path.join(VSCODE, "test", "v2.story")


@pytest.fixture(scope="module")
def v2_tokens():
    why = _npm_ready()
    if why:
        pytest.skip(f"TextMate grammar test skipped: {why}")
    out = subprocess.run(["node", os.path.join(VSCODE, "test", "tokenize.js"), V2], capture_output=True,
                         text=True, timeout=120, check=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def _scopes_at(lines, line: int, column: int) -> str:
    """Scopes of the token covering a 1-based (line, column)."""
    pos = 0
    for text, scopes in lines[line - 1]:
        if pos <= column - 1 < pos + len(text):
            return scopes
        pos += len(text)
    return ""


def _walk(stmts):
    for st in stmts:
        yield st
        if isinstance(st, m.If):
            for br in st.branches:
                yield from _walk(br.body)


class TestTextMateGrammar:
    """The grammar, run by vscode-textmate as VS Code runs it, agrees with the parser on the tour."""

    def test_every_line_of_the_tour_is_tokenised(self, tour_tokens):
        text = open(TOUR).read().split("\n")
        assert len(tour_tokens) == len(text)
        for toks, line in zip(tour_tokens, text):
            assert "".join(t for t, _ in toks) == line

    def test_scene_names_diverts_and_variables_have_their_scopes(self, tour_tokens):
        story = loader.load(TOUR).story
        lines = open(TOUR).read().split("\n")
        checked = 0
        for sc in story.scenes:
            if not sc.span.file.endswith("main.story"):
                continue
            if sc.part_of is None:  # a part of a scene's weave has no header of its own
                col = lines[sc.span.line - 1].index(sc.name) + 1
                assert "entity.name.function.scene.story" in _scopes_at(tour_tokens, sc.span.line, col), sc.name
            bodies = [sc.body] + [ch.body for ch in sc.choices]
            for body in bodies:
                for st in _walk(body):
                    if isinstance(st, (m.Divert, m.TunnelCall)):
                        line = lines[st.span.line - 1]
                        if not line.startswith("->", st.span.column - 1):
                            continue  # the weave's own way on to a gather, not written by the author
                        name = st.target if st.target in line else st.target.rpartition(".")[2]  # `-> label`
                        c = line.index(name, st.span.column - 1) + 1
                        assert "entity.name.function.scene.story" in _scopes_at(tour_tokens, st.span.line, c)
                        checked += 1
                    elif isinstance(st, m.Effect):
                        line = lines[st.span.line - 1]
                        c = line.index(st.target, st.span.column - 1) + 1
                        assert "variable.other.story" in _scopes_at(tour_tokens, st.span.line, c)
                        assert "keyword.operator.effect.story" in _scopes_at(tour_tokens, st.span.line,
                                                                              st.span.column)
                        checked += 1
            for ch in sc.choices:
                assert "keyword.control.choice.story" in _scopes_at(tour_tokens, ch.span.line, ch.span.column)
                if ch.label:
                    c = lines[ch.span.line - 1].index(f"({ch.label})") + 2
                    assert "entity.name.label.story" in _scopes_at(tour_tokens, ch.span.line, c)
        assert checked >= 10

    def test_comments_header_tags_braces_and_endings(self, tour_tokens):
        lines = open(TOUR).read().split("\n")

        def at(needle, into=0):
            for i, line in enumerate(lines, 1):
                if needle in line:
                    return _scopes_at(tour_tokens, i, line.index(needle) + 1 + into)
            raise AssertionError(needle)
        assert "comment.line.double-slash.story" in at("// The tour")
        assert "keyword.other.header.story" in at("title:")
        assert "keyword.control.import.story" in at('include "keeper')
        assert "storage.type.story" in at("const STEPS")
        assert "entity.other.attribute-name.tag.story" in at("#chapter", 1)
        assert "string.unquoted.tag.story" in at("Arrival")
        assert "keyword.control.conditional.story" in at("{if oil", 1)
        assert "keyword.operator.alternatives.story" in at("{~ Gulls", 1)
        assert "support.function.builtin.story" in at("visits(stairs)")
        assert "constant.language.end.story" in at('END "The Keeper"')
        assert "string.quoted.double.ending.story" in at('"The Keeper"')
        assert "keyword.control.divert.tunnel.story" in at("keeper_memory ->", len("keeper_memory "))
        assert "string.unquoted.choice.story" in at("Climb the stairs")
        assert "variable.other.story" not in at("bright")  # text after `:` is text, not names
        assert "keyword.operator.alternatives.story" in at("{ shuffle once:", 2)
        assert "punctuation.definition.branch.story" in at("- A window shows the sea")


class TestTextMateGrammarV2:
    """Language v2 (editors/vscode/test/v2.story): weave, glue, functions, temporaries, enums, line tags."""

    def test_the_sample_is_a_story_without_mistakes(self):
        assert loader.load(V2).diagnostics == ()

    def test_every_construct_has_its_scope(self, v2_tokens):
        lines = open(V2).read().split("\n")

        def at(needle, into=0, nth=0):
            found = [i for i, line in enumerate(lines, 1) if needle in line]
            i = found[nth]
            return _scopes_at(v2_tokens, i, lines[i - 1].index(needle) + 1 + into)
        assert "storage.type.enum.story" in at("enum mood")
        assert "entity.name.type.enum.story" in at("mood =")
        assert "constant.other.enum-member.story" in at("tense")
        assert "storage.type.function.story" in at("function double")
        assert "entity.name.function.story" in at("double(n")
        assert "variable.parameter.story" in at("n, m)")
        assert "storage.type.function.story" in at("external chime")
        assert "entity.name.function.story" in at("chime(times")
        assert "storage.type.temp.story" in at("temp twice")
        assert "variable.other.story" in at("twice =")
        assert "keyword.control.return.story" in at("return twice")
        assert "keyword.operator.glue.story" in at("<>")
        assert "entity.other.attribute-name.tag.story" in at("#mood", 1)
        assert "string.unquoted.tag.story" in at("busy")
        assert "entity.other.attribute-name.tag.story" in at("#noise", 1)
        assert "entity.other.attribute-name.tag.story" in at("#price", 1)
        assert "keyword.control.choice.story" in at("* * [Tea]")
        assert "keyword.control.choice.story" in at("* [Tea]")  # the second `*` of `* *`
        assert "entity.name.label.story" in at("(drink)", 1)
        assert "entity.name.function.scene.story" in at("cafe.drink")
        assert "entity.name.label.story" in at("drink", nth=1)
        assert "keyword.control.gather.story" in at("- - (settled)")
        assert "keyword.control.gather.story" in at(" - (settled)", 1)
        assert "entity.name.label.story" in at("settled")
        assert "keyword.control.gather.story" in at("- (leave)")
        assert "entity.name.function.call.story" in at("double(coins")
        assert "string.unquoted.choice.story" not in at("You sip")
        assert "keyword.operator.alternatives.story" in at("shuffle once:")
        assert "punctuation.definition.branch.story" in at("- A cup")
        assert "keyword.control.gather.story" not in at("- A cup")  # a branch of the block, not a gather
        assert "keyword.operator.alternatives.story" in at("~! once", 1)  # `~!` as one operator
        assert "support.function.builtin.story" in at("set(calm)")
        assert "support.function.builtin.story" in at("count(moods)")
        assert "support.function.builtin.story" in at("turns_since(cafe)")
        assert "entity.name.function.scene.story" in at("cafe)} turns")
        assert "keyword.control.return.story" in at("->-> cafe")
        assert "entity.name.function.scene.story" in at("cafe.leave")  # `->-> target` returns elsewhere
        assert "entity.name.label.story" in at("leave", nth=1)


NVIM_SCRIPT = r"""
vim.opt.runtimepath:prepend(os.getenv("FP_NVIM"))
vim.cmd("filetype on")
vim.cmd("syntax on")
require("forkpaths").setup({ cmd = { os.getenv("FP_PYTHON"), "-m", "forkpaths", "lsp", "--no-check" } })
vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("FP_STORY")))
local ok = vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local out = { filetype = vim.bo.filetype, syntax = {}, diagnostics = {} }
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  table.insert(out.diagnostics, { code = code, message = d.message, lnum = d.lnum, col = d.col })
end
local params = { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = 5, character = 5 } }
for _, r in pairs(vim.lsp.buf_request_sync(0, "textDocument/hover", params, 20000) or {}) do
  if r.result then out.hover = r.result.contents.value end
end
for _, pos in ipairs({ { 1, 1 }, { 1, 5 }, { 3, 1 }, { 3, 4 }, { 3, 8 }, { 3, 11 } }) do
  table.insert(out.syntax, vim.fn.synIDattr(vim.fn.synID(pos[1], pos[2], 1), "name"))
end
local f = io.open(os.getenv("FP_OUT"), "w")
f:write(vim.fn.json_encode(out))
f:close()
vim.cmd("qa!")
"""


def _nvim(tmp_path, script: str, **env) -> object:
    """Run a Lua script in headless Neovim with the editors/nvim runtime folder; what it wrote to FP_OUT."""
    init = tmp_path / "init.lua"
    init.write_text(script)
    out = tmp_path / "out.json"
    env = dict(os.environ, FP_NVIM=NVIM, FP_OUT=str(out), XDG_CONFIG_HOME=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path), XDG_STATE_HOME=str(tmp_path), **env)
    r = subprocess.run(["nvim", "--headless", "-n", "-i", "NONE", "-u", str(init)], env=env, cwd=tmp_path,
                       stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
    assert out.exists(), r.stderr
    return json.loads(out.read_text())


@pytest.mark.skipif(shutil.which("nvim") is None,
                    reason="Neovim is not installed (apt-get install neovim; .ci/run installs it)")
def test_neovim_headless_opens_a_story_and_receives_diagnostics(tmp_path):
    story = tmp_path / "main.story"
    story.write_text("=== start ===\nHello.\n* [Go] -> nowher\n* [Stop] -> END \"x\"\n\n=== nowhere ===\n-> END \"y\"\n")
    got = _nvim(tmp_path, NVIM_SCRIPT, FP_PYTHON=sys.executable, FP_STORY=str(story))
    assert got["filetype"] == "story"
    assert got["syntax"] == ["storySceneMark", "storySceneName", "storyChoiceMark", "storyChoiceText",
                             "storyDivert", "storyTarget"]
    (d,) = got["diagnostics"]
    assert d["code"] == "FP202"
    assert d["message"].startswith("no scene named `nowher`; did you mean `nowhere`?")
    assert (d["lnum"], d["col"]) == (2, 7)
    assert got["hover"].startswith("**scene** `nowhere`: main.story:6")  # a request and its answer


NVIM_SYNTAX = r"""
vim.opt.runtimepath:prepend(os.getenv("FP_NVIM"))
vim.cmd("filetype on")
vim.cmd("syntax on")
vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("FP_STORY")))
local out = {}
for _, needle in ipairs(vim.fn.json_decode(os.getenv("FP_NEEDLES"))) do
  local lnum = vim.fn.search(vim.fn.escape(needle[1], "\\[]*~.^$"), "cw")
  local col = vim.fn.col(".") + needle[2]
  table.insert(out, vim.fn.synIDattr(vim.fn.synID(lnum, col, 1), "name"))
  vim.fn.cursor(1, 1)
end
local f = io.open(os.getenv("FP_OUT"), "w")
f:write(vim.fn.json_encode(out))
f:close()
vim.cmd("qa!")
"""


@pytest.mark.skipif(shutil.which("nvim") is None,
                    reason="Neovim is not installed (apt-get install neovim; .ci/run installs it)")
def test_neovim_highlights_language_v2(tmp_path):
    needles = [["<>", 0], ["temp twice", 0], ["return twice", 0], ["#mood", 0], ["#price", 0],
               ["* * [Tea]", 2], ["- - (settled)", 0], ["(settled)", 1], ["cafe.drink", 5], ["function double", 9],
               ["external chime", 0], ["external chime", 9], ["{ shuffle once:", 2], ["- A cup", 0],
               ["- Someone", 0], ["- Someone", 2], ["count(moods)", 0]]
    assert _nvim(tmp_path, NVIM_SYNTAX, FP_STORY=V2, FP_NEEDLES=json.dumps(needles)) == [
        "storyGlue", "storyEffectKw", "storyEffectKw", "storyLineTag", "storyLineTag",
        "storyChoiceMark", "storyGather", "storyLabel", "storyTarget", "storySceneName",
        "storyFunctionKw", "storySceneName", "storyAltKw", "storyAltBranch", "storyAltBranch", "storyAltBlock",
        "storyBuiltin"]
