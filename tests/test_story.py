"""The flagship story: its size and shape, its proof, a witness to every ending, its transcripts."""

import io
import os
import re
import sys

import pytest

from forkpaths import cli, loader, model as m
from forkpaths.explore import REACHABLE, analyze
from forkpaths.transcript import run_file

ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "stories", "neither_human")
MAIN = os.path.join(ROOT, "main.story")

# the open threads of the brief, each an ending of its own
THREADS = {"The Willing", "The Village Without Lights", "The Night Belongs to Us", "Asset Nine",
           "Across the Strait", "Among Friends", "Nothing Left of Nam-ra"}


@pytest.fixture(scope="module")
def story():
    loaded = loader.load(MAIN)
    assert loaded.ok, [f"{d.span}: {d.code} {d.message}" for d in loaded.diagnostics]
    assert not loaded.diagnostics, "the flagship story must be clean, warnings and notes included"
    return loaded.story


@pytest.fixture(scope="module")
def report(story):
    return analyze(story)


def _walk(stmts):
    for st in stmts:
        yield st
        if isinstance(st, m.If):
            for br in st.branches:
                yield from _walk(br.body)


def _parts(parts):
    for p in parts:
        yield p
        if isinstance(p, m.InlineCond):
            yield from _parts(p.then)
            yield from _parts(p.otherwise)
        elif isinstance(p, m.Alternatives):
            for b in p.branches:
                yield from _parts(b)


def _prose_words(story) -> int:
    n = 0
    for sc in story.scenes:
        bodies = [sc.body] + [ch.body for ch in sc.choices]
        for body in bodies:
            for st in _walk(body):
                if isinstance(st, m.Prose):
                    n += sum(len(p.split()) for p in _parts(st.parts) if isinstance(p, str))
    return n


class TestShape:
    def test_size(self, story):
        assert len(story.scenes) >= 60
        assert _prose_words(story) >= 20_000
        assert len(story.files) >= 4 and story.files[0].endswith("main.story")

    def test_endings_cover_the_brief(self, story):
        names = {e.name for e in story.endings}
        assert len(names) >= 6
        assert THREADS <= names

    def test_every_language_feature_in_earnest(self, story):
        stmts = [st for sc in story.scenes for body in [sc.body] + [c.body for c in sc.choices]
                 for st in _walk(body)]
        parts = [p for st in stmts if isinstance(st, m.Prose) for p in _parts(st.parts)]
        choices = [c for sc in story.scenes for c in sc.choices]
        types = {v.type for v in story.variables}
        assert types == {"bool", "int", "string"}
        assert any(v.const for v in story.variables)
        assert any(c.sticky for c in choices) and any(not c.sticky for c in choices)
        assert any(c.fallback for c in choices)
        assert any(c.cond is not None and c.reason is None and not c.fallback for c in choices)
        assert sum(1 for c in choices if c.reason) >= 3, "several shown-but-unavailable choices"
        assert any(c.label for c in choices)
        assert any(isinstance(p, m.InlineCond) for p in parts)
        assert any(isinstance(p, m.Interp) for p in parts)
        assert {p.kind for p in parts if isinstance(p, m.Alternatives)} == {"sequence", "cycle", "once", "shuffle"}
        assert any(isinstance(st, m.If) for st in stmts)
        assert any(isinstance(st, m.TunnelCall) for st in stmts)
        assert any(isinstance(st, m.TunnelReturn) for st in stmts)
        assert any(sc.tag("chapter") for sc in story.scenes)

    def test_hunger_is_a_mechanic(self, story):
        """hunger rises and falls, gates choices, and changes text."""
        text = "\n".join(_read(f) for f in story.files)
        assert re.search(r"~\s*hunger\s*\+=", text) and re.search(r"~\s*hunger\s*-=", text)
        assert re.search(r"\*\s*\{[^}]*hunger[^}]*else\s+\"", text), "a choice unavailable because of hunger"
        assert re.search(r"\{hunger\s*(>=|>|<|<=)[^}]*:", text), "text that changes with hunger"


def _read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


class TestProof:
    def test_explored_completely_with_everything_reachable(self, report):
        assert report.complete, report.bound
        assert all(t.status == REACHABLE for t in report.scenes.values())
        assert all(t.status == REACHABLE for t in report.endings.values())
        assert not report.softlocks and not report.errors
        assert not report.diagnostics

    @pytest.mark.parametrize("ending", sorted(THREADS | {"Live from Hyosan"}))
    def test_witness_replays_to_the_ending(self, report, capsys, monkeypatch, ending):
        """The replay command the checker prints really arrives, through the CLI a reader uses."""
        monkeypatch.setattr(sys, "stdin", io.StringIO(""))
        w = report.endings[ending].witness
        args = ["play", MAIN, "--choices", ",".join(map(str, w.numbers))]
        if w.seed:
            args += ["--seed", str(w.seed)]
        assert cli.main(args) == 0
        out = capsys.readouterr().out
        assert f"THE END: {ending}" in out.splitlines()
        assert out.count("THE END: ") == 1


def test_transcripts_pass():
    results = run_file(os.path.join(ROOT, "main.transcript"))
    assert len(results) >= 8
    failed = [(r.name, r.message) for r in results if not r.ok]
    assert not failed
