"""The language server end to end: pygls's client starts `forkpaths lsp` over stdio and drives every feature.

(pytest-lsp would do the same, but its pytest hook breaks test items that are not functions,
such as the story items of forkpaths' own pytest plugin, so the client is set up here.)
"""

from __future__ import annotations

import asyncio
import functools
import os
import re
import sys

import pytest
from lsprotocol import types as t
from pygls.lsp.client import LanguageClient

from forkpaths import formatter

# One server for the whole module (starting one costs seconds); each test has a story folder of its own.
# The tests are coroutines run on the client's own event loop (see `run`).

MAIN = """title: Test
include "chapters/two.story"
var coins = 0

=== start ===
You stand at a door. {coins > 0: You are rich.}
* (knock) [Knock] -> hall
* [Wait]
    ~ coins += 1
    -> start

=== hall ===
{visits(start) > 1: You waited.}
-> cellar
"""

TWO = """=== cellar ===
It is dark.
* [Leave] -> END "Out"
* [Stay] -> hall
"""


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    return tmp_path_factory.mktemp("stories")


@pytest.fixture
def story(root, request):
    tmp_path = root / request.node.name[:60]
    (tmp_path / "chapters").mkdir(parents=True)
    (tmp_path / "main.story").write_text(MAIN)
    (tmp_path / "chapters" / "two.story").write_text(TWO)
    return tmp_path


class Client(LanguageClient):
    """An editor: keeps the diagnostics and messages the server sends."""

    def __init__(self):
        super().__init__("test-client", "1")
        self.diagnostics = {}
        self.messages = []

        @self.feature(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def publish(params: t.PublishDiagnosticsParams):
            self.diagnostics[params.uri] = params.diagnostics

        @self.feature(t.WINDOW_SHOW_MESSAGE)
        def show(params: t.ShowMessageParams):
            self.messages.append(params.message)


@pytest.fixture(scope="module")
def client(root):
    loop = asyncio.new_event_loop()

    async def start():
        c = Client()
        c.loop = loop
        await c.start_io(sys.executable, "-m", "forkpaths", "lsp")
        await c.initialize_async(t.InitializeParams(
            capabilities=t.ClientCapabilities(), root_uri=root.as_uri(), process_id=os.getpid(),
            workspace_folders=[t.WorkspaceFolder(root.as_uri(), "stories")]))
        c.initialized(t.InitializedParams())
        return c

    async def stop(c):
        await c.shutdown_async(None)
        c.exit(None)
        await c.stop()
    c = loop.run_until_complete(start())
    yield c
    loop.run_until_complete(stop(c))
    loop.close()


def run(test):
    """Run a coroutine test on the client's event loop."""
    @functools.wraps(test)
    def sync(self, client, story):
        return client.loop.run_until_complete(test(self, client, story))
    return sync


def uri(path) -> str:
    return path.as_uri()


def open_doc(client, path, text=None):
    text = path.read_text() if text is None else text
    client.text_document_did_open(t.DidOpenTextDocumentParams(
        t.TextDocumentItem(uri=uri(path), language_id="story", version=1, text=text)))


def change(client, path, version, text):
    client.text_document_did_change(t.DidChangeTextDocumentParams(
        t.VersionedTextDocumentIdentifier(uri=uri(path), version=version),
        [t.TextDocumentContentChangeWholeDocument(text=text)]))


def save(client, path, text):
    path.write_text(text)
    client.text_document_did_save(t.DidSaveTextDocumentParams(t.TextDocumentIdentifier(uri(path))))


async def diagnostics(client, path, until=lambda ds: True, timeout=60.0):
    """The diagnostics of a file once `until(them)` holds (the server publishes as it goes)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        got = client.diagnostics.get(uri(path))
        if got is not None and until(list(got)):
            return list(got)
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"no such diagnostics for {path.name}; last: {got}")
        await asyncio.sleep(0.05)


async def open_feature_story(client, story, name):
    """Copy tests/data/<name> into the test's folder, open it, and see that it has no diagnostics."""
    f = story / os.path.basename(name)
    text = open(os.path.join(os.path.dirname(__file__), "data", name)).read()
    f.write_text(text)
    open_doc(client, f)
    assert await diagnostics(client, f) == []
    return f, text


async def completions(client, path, at) -> dict:
    """label -> CompletionItem offered at a position."""
    got = await client.text_document_completion_async(t.CompletionParams(t.TextDocumentIdentifier(uri(path)), at))
    return {i.label: i for i in (got.items if hasattr(got, "items") else got)}


async def hover(client, path, at) -> str:
    h = await client.text_document_hover_async(t.HoverParams(t.TextDocumentIdentifier(uri(path)), at))
    return h.contents.value if h is not None else ""


def pos(text: str, needle: str, nth: int = 0, into: int = 0) -> t.Position:
    """The position of the nth occurrence of needle (plus `into` characters)."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    i += into
    line = text.count("\n", 0, i)
    return t.Position(line, i - (text.rfind("\n", 0, i) + 1))


def codes(ds) -> list:
    return sorted(d.code for d in ds)


class TestDiagnostics:
    @run
    async def test_clean_story_has_none_and_a_chapter_is_checked_with_its_story(self, client, story):
        two = story / "chapters" / "two.story"
        open_doc(client, two)
        # `hall` is defined in main.story: checked alone, the chapter would report FP202
        got = await diagnostics(client, two)
        assert got == []
        assert await diagnostics(client, story / "main.story") == []

    @run
    async def test_typing_a_misspelt_divert_reports_fp202_with_hint_and_a_fix(self, client, story):
        main = story / "main.story"
        open_doc(client, main)
        await diagnostics(client, main)
        bad = MAIN.replace("-> cellar", "-> celar")
        change(client, main, 2, bad)
        got = await diagnostics(client, main, lambda ds: "FP202" in codes(ds))
        d = next(d for d in got if d.code == "FP202")
        assert d.message.startswith("no scene named `celar`; did you mean `cellar`?")
        assert "\nhint: Divert to a scene that exists" in d.message
        assert d.severity == t.DiagnosticSeverity.Error
        assert d.range.start == pos(bad, "-> celar")
        actions = await client.text_document_code_action_async(t.CodeActionParams(
            t.TextDocumentIdentifier(uri(main)), d.range, t.CodeActionContext(diagnostics=[d])))
        assert [a.title for a in actions] == ["Change `celar` to `cellar`"]
        (edit,) = actions[0].edit.changes[uri(main)]
        assert edit.new_text == "cellar"
        assert edit.range.start == pos(bad, "celar")
        assert edit.range.end == pos(bad, "celar", into=5)

    @run
    async def test_every_error_at_once_in_the_right_file(self, client, story):
        main, two = story / "main.story", story / "chapters" / "two.story"
        open_doc(client, main)
        open_doc(client, two)
        change(client, two, 2, TWO.replace("-> hall", "-> hal").replace("It is dark.", "It is {dark}."))
        got = await diagnostics(client, two, lambda ds: len(ds) >= 2)
        assert codes(got) == ["FP201", "FP202"]
        assert await diagnostics(client, main) == []

    @run
    async def test_syntax_error_and_unused_variable_warning(self, client, story):
        main = story / "main.story"
        text = MAIN.replace("-> cellar", "-> cellar\n~ = 3")
        open_doc(client, main, text)
        got = await diagnostics(client, main, lambda ds: len(ds) >= 1)
        assert codes(got) == ["FP101"]
        assert got[0].message == "unexpected `= 3`; expected a name, `return`, `temp`\nhint: Check this line against docs/language.md."
        assert got[0].range.start == pos(text, "= 3")
        change(client, main, 2, MAIN.replace("var coins = 0", "var coins = 0\nvar spare = 1"))
        got = await diagnostics(client, main, lambda ds: codes(ds) == ["FP208"])
        warn = got[0]
        assert warn.severity == t.DiagnosticSeverity.Warning
        assert list(warn.tags) == [t.DiagnosticTag.Unnecessary]

    @run
    async def test_reachability_after_save_with_the_witness(self, client, story):
        main = story / "main.story"
        locked = MAIN.replace("* [Stay] -> hall", "* [Stay] -> hall") + """
=== pit ===
+ [Climb] -> pit
"""
        locked = locked.replace("-> cellar", "-> cellar").replace("* (knock) [Knock] -> hall",
                                                                 "* (knock) [Knock] -> hall\n* [Jump] -> pit")
        open_doc(client, main, locked)
        save(client, main, locked)
        got = await diagnostics(client, main, lambda ds: "FP404" in codes(ds))
        d = next(d for d in got if d.code == "FP404")
        assert d.message.startswith("soft-lock in scene `pit`")
        steps = [r.message for r in d.related_information]
        assert steps[0] == "1. choose \u201cJump\u201d in scene `start`"
        assert steps[-1].startswith("replay: forkpaths play")
        assert d.related_information[0].location.range.start == pos(locked, "* [Jump]")

    @run
    async def test_unreachable_scene_after_save(self, client, story):
        main = story / "main.story"
        text = MAIN + "\n=== attic ===\n-> END \"Up\"\n"
        save(client, main, text)
        open_doc(client, main, text)
        got = await diagnostics(client, main, lambda ds: "FP401" in codes(ds))
        d = next(d for d in got if d.code == "FP401")
        assert d.message.startswith("scene `attic` can never be reached")
        assert d.range.start == pos(text, "=== attic")


class TestNavigation:
    @run
    async def test_definition_of_scene_variable_and_include(self, client, story):
        main, two = story / "main.story", story / "chapters" / "two.story"
        open_doc(client, main)
        await diagnostics(client, main)
        got = await client.text_document_definition_async(t.DefinitionParams(
            t.TextDocumentIdentifier(uri(main)), pos(MAIN, "-> hall", into=4)))
        assert [(g.uri, g.range.start) for g in got] == [(uri(main), pos(MAIN, "hall ==="))]
        got = await client.text_document_definition_async(t.DefinitionParams(
            t.TextDocumentIdentifier(uri(main)), pos(MAIN, "-> cellar", into=5)))
        assert [(g.uri, g.range.start) for g in got] == [(uri(two), t.Position(0, 4))]
        got = await client.text_document_definition_async(t.DefinitionParams(
            t.TextDocumentIdentifier(uri(main)), pos(MAIN, "coins > 0")))
        assert [(g.uri, g.range.start) for g in got] == [(uri(main), pos(MAIN, "coins"))]
        got = await client.text_document_definition_async(t.DefinitionParams(
            t.TextDocumentIdentifier(uri(main)), pos(MAIN, "chapters/", into=3)))
        assert [g.uri for g in got] == [uri(two)]
        got = await client.text_document_definition_async(t.DefinitionParams(
            t.TextDocumentIdentifier(uri(main)), pos(MAIN, "visits(start", into=8)))
        assert [g.range.start for g in got] == [pos(MAIN, "start ===")]

    @run
    async def test_references_across_files(self, client, story):
        main, two = story / "main.story", story / "chapters" / "two.story"
        open_doc(client, two)
        await diagnostics(client, two)
        got = await client.text_document_references_async(t.ReferenceParams(
            text_document=t.TextDocumentIdentifier(uri(two)), position=pos(TWO, "hall", into=1),
            context=t.ReferenceContext(True)))
        assert sorted((g.uri, g.range.start.line) for g in got) == sorted(
            [(uri(main), pos(MAIN, "-> hall").line), (uri(main), pos(MAIN, "hall ===").line),
             (uri(two), pos(TWO, "-> hall").line)])
        got = await client.text_document_references_async(t.ReferenceParams(
            text_document=t.TextDocumentIdentifier(uri(main)), position=pos(MAIN, "coins"),
            context=t.ReferenceContext(False)))
        assert len(got) == 2  # read in the text, written by `~ coins += 1`

    @run
    async def test_rename_a_scene_across_files_and_refuse_bad_names(self, client, story):
        main, two = story / "main.story", story / "chapters" / "two.story"
        open_doc(client, main)
        await diagnostics(client, main)
        at = pos(MAIN, "hall ===")
        prep = await client.text_document_prepare_rename_async(
            t.PrepareRenameParams(t.TextDocumentIdentifier(uri(main)), at))
        assert prep.placeholder == "hall"
        edit = await client.text_document_rename_async(
            t.RenameParams(text_document=t.TextDocumentIdentifier(uri(main)), position=at, new_name="lobby"))
        assert sorted(edit.changes) == sorted([uri(main), uri(two)])
        new_main = _apply(MAIN, edit.changes[uri(main)])
        new_two = _apply(TWO, edit.changes[uri(two)])
        assert "=== lobby ===" in new_main and "-> lobby" in new_main and "hall" not in new_main
        assert "* [Stay] -> lobby" in new_two
        for bad, why in (("start", "already a scene named `start`"), ("2nd", "cannot name a scene"),
                         ("not", "reserved word")):
            with pytest.raises(Exception, match=why):
                await client.text_document_rename_async(
                    t.RenameParams(text_document=t.TextDocumentIdentifier(uri(main)), position=at, new_name=bad))

    @run
    async def test_rename_a_variable_everywhere(self, client, story):
        main = story / "main.story"
        open_doc(client, main)
        await diagnostics(client, main)
        edit = await client.text_document_rename_async(
            t.RenameParams(text_document=t.TextDocumentIdentifier(uri(main)), position=pos(MAIN, "~ coins", into=3),
                           new_name="gold"))
        new_main = _apply(MAIN, edit.changes[uri(main)])
        assert new_main == MAIN.replace("coins", "gold")


    @run
    async def test_rename_finds_a_variable_inside_any_expression(self, client, story):
        main = story / "main.story"
        text = MAIN.replace("{visits(start) > 1: You waited.}",
                            "{max(coins, abs(coins - 2)) > turns_since(start): You waited {min(coins, 9)} times.}")
        open_doc(client, main, text)
        assert await diagnostics(client, main) == []
        edit = await client.text_document_rename_async(
            t.RenameParams(text_document=t.TextDocumentIdentifier(uri(main)), position=pos(text, "coins"),
                           new_name="gold"))
        assert _apply(text, edit.changes[uri(main)]) == text.replace("coins", "gold")
        got = await client.text_document_definition_async(t.DefinitionParams(
            t.TextDocumentIdentifier(uri(main)), pos(text, "turns_since(start", into=12)))
        assert [g.range.start for g in got] == [pos(text, "start ===")]


def _apply(text: str, edits) -> str:
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    out = text
    for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        a = offsets[e.range.start.line] + e.range.start.character
        b = offsets[e.range.end.line] + e.range.end.character
        out = out[:a] + e.new_text + out[b:]
    return out


class TestEditing:
    @run
    async def test_completion_of_scenes_after_a_divert_and_variables_in_braces(self, client, story):
        main = story / "main.story"
        text = MAIN.replace("-> cellar", "-> ce")
        open_doc(client, main, text)
        await diagnostics(client, main)
        got = await client.text_document_completion_async(t.CompletionParams(
            t.TextDocumentIdentifier(uri(main)), pos(text, "-> ce", into=5)))
        labels = {i.label for i in (got.items if hasattr(got, "items") else got)}
        assert {"start", "hall", "cellar", "END"} <= labels
        text2 = text.replace("It is", "")
        text2 = text2.replace("{visits(start) > 1: You waited.}", "{co")
        change(client, main, 2, text2)
        await diagnostics(client, main, lambda ds: len(ds) > 0)
        got = await client.text_document_completion_async(t.CompletionParams(
            t.TextDocumentIdentifier(uri(main)), pos(text2, "{co", into=3)))
        labels = {i.label for i in (got.items if hasattr(got, "items") else got)}
        assert {"coins", "visits", "turns_since", "random", "min", "max", "abs", "not"} <= labels
        assert "hall" not in labels

    @run
    async def test_hover_variable_and_scene_with_its_shortest_playthrough(self, client, story):
        main = story / "main.story"
        open_doc(client, main)
        await diagnostics(client, main)
        h = await client.text_document_hover_async(t.HoverParams(
            t.TextDocumentIdentifier(uri(main)), pos(MAIN, "coins")))
        assert h.contents.value.startswith("**variable** `coins`: int, starts as `0`")
        assert "set in: scene `start` (main.story:9)" in h.contents.value
        assert "read in: scene `start` (main.story:6)" in h.contents.value
        deadline = asyncio.get_running_loop().time() + 60
        while True:  # the reachability worker runs in the background after opening
            h = await client.text_document_hover_async(t.HoverParams(
                t.TextDocumentIdentifier(uri(main)), pos(MAIN, "cellar")))
            if "not checked yet" not in h.contents.value or asyncio.get_running_loop().time() > deadline:
                break
            await asyncio.sleep(0.1)
        assert "reachable: shortest playthrough, 1 choice: \u201cKnock\u201d" in h.contents.value
        assert "ways in: 1 divert from 1 scene (`hall`)" in h.contents.value

    @run
    async def test_document_and_workspace_symbols(self, client, story):
        main = story / "main.story"
        open_doc(client, main)
        await diagnostics(client, main)
        got = await client.text_document_document_symbol_async(
            t.DocumentSymbolParams(t.TextDocumentIdentifier(uri(main))))
        assert [(s.name, s.kind) for s in got] == [
            ("coins", t.SymbolKind.Variable), ("start", t.SymbolKind.Class), ("hall", t.SymbolKind.Class)]
        start = got[1]
        assert [c.name for c in start.children] == ["knock"]
        assert start.range.start.line == pos(MAIN, "=== start").line
        assert start.range.end.line == pos(MAIN, "    -> start").line
        got = await client.workspace_symbol_async(t.WorkspaceSymbolParams(query="cel"))
        assert (("cellar", uri(story / "chapters" / "two.story")) in [(s.name, s.location.uri) for s in got])
        assert all("cel" in s.name for s in got)

    @run
    async def test_formatting_and_folding(self, client, story):
        main = story / "main.story"
        messy = MAIN.replace("* [Wait]\n    ~ coins += 1", "*   [Wait]\n  ~ coins+=1").replace("-> hall", "->hall")
        open_doc(client, main, messy)
        await diagnostics(client, main)
        edits = await client.text_document_formatting_async(t.DocumentFormattingParams(
            t.TextDocumentIdentifier(uri(main)), t.FormattingOptions(4, True)))
        assert _apply(messy, edits) == formatter.format_text(messy) != messy
        folds = await client.text_document_folding_range_async(
            t.FoldingRangeParams(t.TextDocumentIdentifier(uri(main))))
        assert [(f.start_line, f.end_line) for f in folds] == [
            (pos(messy, "=== start").line, pos(messy, "-> start").line),
            (pos(messy, "=== hall").line, pos(messy, "-> cellar").line)]


WEAVE = """title: Weave
=== meet ===
The guard frowns.
* (greet) [Greet him]
    'Greetings.'
* [Shove him] -> fight
- (after) 'Hmm,' he says.
* {visits(greet) > 0} [Nice day?] -> fight
* [Leave] -> END "Gone"

=== fight ===
{visits(meet.greet) > 0: You had greeted him.}
-> meet.after
"""


class TestWeaveLabels:
    """Labels of choices and gathers (`* (greet)`, `- (after)`), named `greet` in their scene and
    `meet.greet` elsewhere: definition, references, rename, completion, outline and hover."""

    @run
    async def test_definition_and_references_of_labels(self, client, story):
        w = story / "weave.story"
        w.write_text(WEAVE)
        open_doc(client, w)
        assert await diagnostics(client, w) == []
        for at in (pos(WEAVE, "visits(greet", into=8), pos(WEAVE, "meet.greet", into=6)):
            got = await client.text_document_definition_async(t.DefinitionParams(t.TextDocumentIdentifier(uri(w)), at))
            assert [(g.uri, g.range.start) for g in got] == [(uri(w), pos(WEAVE, "greet"))]
        got = await client.text_document_definition_async(t.DefinitionParams(
            t.TextDocumentIdentifier(uri(w)), pos(WEAVE, "meet.after", into=7)))
        assert [g.range.start for g in got] == [pos(WEAVE, "after")]
        got = await client.text_document_definition_async(t.DefinitionParams(
            t.TextDocumentIdentifier(uri(w)), pos(WEAVE, "meet.after", into=1)))
        assert [g.range.start for g in got] == [pos(WEAVE, "meet ===")]
        got = await client.text_document_references_async(t.ReferenceParams(
            text_document=t.TextDocumentIdentifier(uri(w)), position=pos(WEAVE, "greet"),
            context=t.ReferenceContext(True)))
        assert sorted(g.range.start for g in got) == sorted(
            [pos(WEAVE, "greet"), pos(WEAVE, "visits(greet", into=7), pos(WEAVE, "meet.greet", into=5)])
        h = await client.text_document_hover_async(t.HoverParams(t.TextDocumentIdentifier(uri(w)), pos(WEAVE, "greet")))
        assert h.contents.value.startswith("**label** `meet.greet`: weave.story:4")

    @run
    async def test_rename_a_label_where_it_is_bare_and_qualified(self, client, story):
        w = story / "weave.story"
        w.write_text(WEAVE)
        open_doc(client, w)
        await diagnostics(client, w)
        prep = await client.text_document_prepare_rename_async(
            t.PrepareRenameParams(t.TextDocumentIdentifier(uri(w)), pos(WEAVE, "meet.greet", into=6)))
        assert prep.placeholder == "greet"
        edit = await client.text_document_rename_async(t.RenameParams(
            text_document=t.TextDocumentIdentifier(uri(w)), position=pos(WEAVE, "meet.greet", into=6),
            new_name="hello"))
        assert _apply(WEAVE, edit.changes[uri(w)]) == re.sub(r"\bgreet\b", "hello", WEAVE)
        with pytest.raises(Exception, match="already has a label `after`"):
            await client.text_document_rename_async(t.RenameParams(
                text_document=t.TextDocumentIdentifier(uri(w)), position=pos(WEAVE, "greet"), new_name="after"))

    @run
    async def test_completion_and_outline_of_labels(self, client, story):
        w = story / "weave.story"
        text = WEAVE.replace("-> meet.after", "-> meet.")
        w.write_text(text)
        open_doc(client, w)
        await diagnostics(client, w)
        got = await client.text_document_completion_async(t.CompletionParams(
            t.TextDocumentIdentifier(uri(w)), pos(text, "-> meet.", into=8)))
        assert {i.label for i in (got.items if hasattr(got, "items") else got)} == {"greet", "after"}
        got = await client.text_document_completion_async(t.CompletionParams(
            t.TextDocumentIdentifier(uri(w)), pos(text, "] -> fight", into=5)))
        labels = {i.label for i in (got.items if hasattr(got, "items") else got)}
        # bare labels of this scene too, and `fight`, which does not parse while `-> meet.` is half typed
        assert {"meet", "fight", "END", "greet", "after"} <= labels
        syms = await client.text_document_document_symbol_async(
            t.DocumentSymbolParams(t.TextDocumentIdentifier(uri(w))))
        assert [(s.name, [c.name for c in s.children]) for s in syms] == [("meet", ["greet", "after"]),
                                                                          ("fight", [])]
        assert syms[1].detail == "does not parse yet"


FUNCS = """title: Functions
var health = 40

=== function larger(a, b) ===
{if a < b}
~ return b
{else}
~ return a
{end}

=== function hurt(x) ===
~ health = health - x

=== start ===
~ temp warm = 0
~ warm = larger(health, 3)
You feel {larger(warm, 1)}.
* [Hurt]
    ~ hurt(2)
    -> start
* [Leave] -> END "Out"
"""


class TestFunctions:
    """Functions (`=== function f(a) ===`), their parameters and temporaries (`~ temp x = ...`)."""

    @run
    async def test_definition_references_and_hover(self, client, story):
        f = story / "funcs.story"
        f.write_text(FUNCS)
        open_doc(client, f)
        assert await diagnostics(client, f) == []

        async def define(at):
            got = await client.text_document_definition_async(t.DefinitionParams(t.TextDocumentIdentifier(uri(f)), at))
            return [g.range.start for g in got]
        assert await define(pos(FUNCS, "larger(warm")) == [pos(FUNCS, "larger(a")]
        assert await define(pos(FUNCS, "a < b")) == [pos(FUNCS, "a, b)")]
        assert await define(pos(FUNCS, "warm, 1")) == [pos(FUNCS, "warm = 0")]
        got = await client.text_document_references_async(t.ReferenceParams(
            text_document=t.TextDocumentIdentifier(uri(f)), position=pos(FUNCS, "larger(a"),
            context=t.ReferenceContext(False)))
        assert sorted(g.range.start for g in got) == sorted([pos(FUNCS, "larger(health"), pos(FUNCS, "larger(warm")])

        async def hover(at):
            return (await client.text_document_hover_async(t.HoverParams(t.TextDocumentIdentifier(uri(f)), at))).contents.value
        text = await hover(pos(FUNCS, "larger(warm"))
        assert text.startswith("**function** `larger(a: int, b: int)` \u2192 int: funcs.story:4")
        assert "called in: scene `start` (funcs.story:16), scene `start` (funcs.story:17)" in text
        assert (await hover(pos(FUNCS, "hurt(x"))).startswith("**function** `hurt(x: int)` (gives no value")
        assert (await hover(pos(FUNCS, "warm, 1"))).startswith("**temporary** `warm`: int of scene `start`")
        assert (await hover(pos(FUNCS, "a < b"))).startswith("**parameter** `a`: int of function `larger`")

    @run
    async def test_an_external_function_says_so(self, client, story):
        f, text = await open_feature_story(client, story, "features/external.story")
        h = await client.text_document_hover_async(t.HoverParams(t.TextDocumentIdentifier(uri(f)),
                                                                 pos(text, "multiply(3")))
        assert h.contents.value.startswith("**external function** `multiply(x: int, y: int)` \u2192 int")

    @run
    async def test_rename_functions_parameters_and_temporaries(self, client, story):
        f = story / "funcs.story"
        f.write_text(FUNCS)
        open_doc(client, f)
        await diagnostics(client, f)

        async def rename(at, new):
            edit = await client.text_document_rename_async(t.RenameParams(
                text_document=t.TextDocumentIdentifier(uri(f)), position=at, new_name=new))
            return _apply(FUNCS, edit.changes[uri(f)])
        assert await rename(pos(FUNCS, "larger(health"), "bigger") == FUNCS.replace("larger", "bigger")
        assert await rename(pos(FUNCS, "a < b"), "first") == FUNCS.replace("(a, b)", "(first, b)").replace(
            "a < b", "first < b").replace("return a", "return first")
        assert await rename(pos(FUNCS, "warm = 0"), "heat") == FUNCS.replace("warm", "heat")
        for at, bad, why in ((pos(FUNCS, "a < b"), "b", "already a name in function `larger`"),
                             (pos(FUNCS, "warm = 0"), "health", "already a name in scene `start`"),
                             (pos(FUNCS, "hurt(x"), "larger", "already a function named `larger`")):
            with pytest.raises(Exception, match=why):
                await rename(at, bad)

    @run
    async def test_completion_outline_and_folding(self, client, story):
        f = story / "funcs.story"
        f.write_text(FUNCS)
        open_doc(client, f)
        await diagnostics(client, f)

        async def complete(at):
            got = await client.text_document_completion_async(t.CompletionParams(t.TextDocumentIdentifier(uri(f)), at))
            return {i.label: i for i in (got.items if hasattr(got, "items") else got)}
        got = await complete(pos(FUNCS, "{larger", into=1))
        assert {"larger", "hurt", "warm", "health", "max"} <= set(got) and "a" not in set(got)
        assert got["larger"].insert_text == "larger(${1:a}, ${2:b})"
        got = await complete(pos(FUNCS, "~ return b", into=2))
        assert {"return", "temp", "a", "b", "health", "hurt"} <= set(got) and "warm" not in set(got)
        syms = await client.text_document_document_symbol_async(t.DocumentSymbolParams(t.TextDocumentIdentifier(uri(f))))
        assert [(s.name, s.kind) for s in syms] == [("health", t.SymbolKind.Variable), ("larger", t.SymbolKind.Function),
                                                    ("hurt", t.SymbolKind.Function), ("start", t.SymbolKind.Class)]
        assert syms[1].range.end.line == pos(FUNCS, "{end}").line
        folds = await client.text_document_folding_range_async(t.FoldingRangeParams(t.TextDocumentIdentifier(uri(f))))
        assert [(r.start_line, r.end_line) for r in folds] == [
            (pos(FUNCS, "=== function larger").line, pos(FUNCS, "{end}").line),
            (pos(FUNCS, "=== function hurt").line, pos(FUNCS, "~ health =").line),
            (pos(FUNCS, "=== start").line, pos(FUNCS, "-> END").line)]
        ws = await client.workspace_symbol_async(t.WorkspaceSymbolParams(query="larg"))
        assert ("larger", t.SymbolKind.Function) in [(s.name, s.kind) for s in ws]


class TestEnumerations:
    """`enum heat = cold, boiling`: its values are completed, shown on hover, found and outlined."""

    @run
    async def test_completion_hover_definition_and_outline(self, client, story):
        f, text = await open_feature_story(client, story, "features/enums.story")
        items = await completions(client, f, pos(text, "{kettle == cold}", into=1))
        assert {"cold", "boiling", "recently_boiled", "kettle"} <= set(items)
        assert items["boiling"].kind == t.CompletionItemKind.EnumMember and items["boiling"].detail == "a value of heat"
        text_of = await hover(client, f, pos(text, "kettle = boiling", into=9))
        assert text_of.startswith(
            "**value** `boiling` of enumeration `heat` (one of `cold`, `boiling`, `recently_boiled`)")
        assert "held by: `kettle`, `pot`" in text_of
        h = await client.text_document_hover_async(t.HoverParams(t.TextDocumentIdentifier(uri(f)),
                                                                 pos(text, "var kettle", into=4)))
        assert h.contents.value.startswith("**variable** `kettle`: heat (an enumeration), starts as `cold`")
        h = await client.text_document_hover_async(t.HoverParams(t.TextDocumentIdentifier(uri(f)),
                                                                 pos(text, "enum heat", into=5)))
        assert h.contents.value.startswith("**enumeration** `heat`: `cold`, `boiling`, `recently_boiled`")
        got = await client.text_document_definition_async(t.DefinitionParams(
            t.TextDocumentIdentifier(uri(f)), pos(text, "kettle = recently_boiled", into=9)))
        assert [g.range.start for g in got] == [pos(text, "enum heat = cold, boiling, recently_boiled", into=27)]
        got = await client.text_document_references_async(t.ReferenceParams(
            text_document=t.TextDocumentIdentifier(uri(f)), position=pos(text, "enum heat = cold", into=12),
            context=t.ReferenceContext(False)))
        assert len(got) == 4  # var kettle = cold, var pot = cold, {kettle == cold}, {if kettle == cold}
        syms = await client.text_document_document_symbol_async(t.DocumentSymbolParams(t.TextDocumentIdentifier(uri(f))))
        heat = syms[0]
        assert (heat.name, heat.kind, [c.name for c in heat.children]) == (
            "heat", t.SymbolKind.Enum, ["cold", "boiling", "recently_boiled"])


class TestLineTags:
    """`#tags` at the end of a line of text or a choice: completed after `#`, found as references."""

    @run
    async def test_tags_of_lines_and_choices(self, client, story):
        f, text = await open_feature_story(client, story, "ink/tags.story")
        typed = text.replace("#sound: rain", "#so")
        change(client, f, 2, typed)
        await diagnostics(client, f)
        got = await client.text_document_completion_async(t.CompletionParams(
            t.TextDocumentIdentifier(uri(f)), pos(typed, "#so", into=3)))
        labels = {i.label for i in (got.items if hasattr(got, "items") else got)}
        assert {"chapter", "risk", "ending", "speaker", "colour it blue"} <= labels
        got = await client.text_document_completion_async(t.CompletionParams(
            t.TextDocumentIdentifier(uri(f)), pos(typed, "#risk", into=1)))
        assert "speaker" in {i.label for i in (got.items if hasattr(got, "items") else got)}


class TestSets:
    """Sets of an enumeration's values: set(...), has, count completed; values inside set(...) found."""

    @run
    async def test_completion_hover_and_references(self, client, story):
        f, text = await open_feature_story(client, story, "features/sets.story")
        labels = set(await completions(client, f, pos(text, "{count(in_surgery)}", into=1)))
        assert {"set", "has", "count", "doctor", "Eamonn", "in_surgery"} <= labels
        assert (await hover(client, f, pos(text, "var in_surgery", into=4))).startswith(
            "**variable** `in_surgery`: set of doctor, starts as `Adams, Cartwright`")
        got = await client.text_document_references_async(t.ReferenceParams(
            text_document=t.TextDocumentIdentifier(uri(f)), position=pos(text, "set(Eamonn", into=4),
            context=t.ReferenceContext(True)))
        assert len(got) == 4  # the enum line, has(in_surgery, Eamonn), set(Eamonn, Denver), set(Adams, Eamonn, Denver)
        assert "function" not in await hover(client, f, pos(text, "count(in_surgery)"))  # a built-in


class TestAlternativeBlocks:
    """Alternatives over several lines (`{ stopping:` / `- a` / `}`): a mistake inside a branch is
    reported at its own line and column, and names inside branches are found, hovered and renamed."""

    @run
    async def test_a_branch_is_checked_and_navigated_like_any_line(self, client, story):
        f, text = await open_feature_story(client, story, "ink/alternatives.story")
        typed = text.replace("title: Alternatives\n", "title: Alternatives\nvar luck = 3\n").replace(
            "- Could I win the hand?", "- Could I win the hand, with {luck} chips and {lukc} friends?").replace(
            "+ [Again] -> casino", "+ [Again]\n    ~ luck -= 1\n    -> casino")
        change(client, f, 2, typed)
        ds = await diagnostics(client, f, until=lambda ds: bool(ds))
        [d] = [d for d in ds if "lukc" in d.message]
        at = pos(typed, "{lukc}", into=1)
        assert (d.range.start.line, d.range.start.character) == (at.line, at.character)
        fixed = typed.replace("{lukc} friends", "{luck} friends")
        change(client, f, 3, fixed)
        assert await diagnostics(client, f, until=lambda ds: not ds) == []
        assert (await hover(client, f, pos(fixed, "{luck} chips", into=1))).startswith("**variable** `luck`")
        got = await client.text_document_references_async(t.ReferenceParams(
            text_document=t.TextDocumentIdentifier(uri(f)), position=pos(fixed, "var luck", into=4),
            context=t.ReferenceContext(True)))
        assert sorted(r.range.start.line for r in got) == [pos(fixed, "var luck").line] + \
            [pos(fixed, "{luck} chips").line] * 2 + [pos(fixed, "~ luck -= 1").line]
        edit = await client.text_document_rename_async(t.RenameParams(
            t.TextDocumentIdentifier(uri(f)), pos(fixed, "{luck} friends", into=1), "fortune"))
        renamed = _apply(fixed, edit.changes[uri(f)])
        assert "{fortune} chips and {fortune} friends" in renamed and "var fortune = 3" in renamed
        syms = await client.text_document_document_symbol_async(t.DocumentSymbolParams(t.TextDocumentIdentifier(uri(f))))
        assert "casino" in {s.name for s in syms}
