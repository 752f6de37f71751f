"""The language server's incremental loading agrees with `forkpaths check`: the same diagnostics after any edit."""

from __future__ import annotations

import glob
import os
import random

import pytest

from forkpaths import loader
from forkpaths.lsp.project import Project, find_main

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
STORIES = sorted(glob.glob(os.path.join(HERE, "data", "**", "*.story"), recursive=True)) + [
    os.path.join(ROOT, "stories", "tour", "main.story")]


def _key(d):
    return (d.code, os.path.abspath(d.span.file), d.span.line, d.span.column, d.span.end_line,
            d.span.end_column, d.message, d.hint, d.severity)


def _project_diags(result):
    return sorted(_key(d) for ds in result.diagnostics.values() for d in ds)


def _check_diags(path, text=None):
    try:
        loaded = loader.load(path, text=text)
    except loader.StoryIOError:
        return None
    return sorted(_key(d) for d in loaded.diagnostics)


@pytest.mark.parametrize("path", STORIES, ids=lambda p: os.path.relpath(p, ROOT))
def test_first_load_matches_check(path):
    want = _check_diags(path)
    if want is None:
        pytest.skip("not a readable story file")
    assert _project_diags(Project(path).load({})) == want


EDITS = [
    lambda lines, i, r: lines[:i] + lines[i + 1:],  # delete a line
    lambda lines, i, r: lines[:i] + [lines[i]] + lines[i:],  # duplicate a line
    lambda lines, i, r: lines[:i] + [""] + lines[i:],  # a blank line (every later line moves)
    lambda lines, i, r: lines[:i] + ["=== new_%d ===" % r.randrange(3), "-> END \"n\""] + lines[i:],
    lambda lines, i, r: lines[:i] + [lines[i].replace("->", "-> x", 1)] + lines[i + 1:],  # a misspelt divert
    lambda lines, i, r: lines[:i] + [lines[i][: len(lines[i]) // 2]] + lines[i + 1:],  # half a line
    lambda lines, i, r: lines[:i] + ["  " + lines[i].replace("===", "==", 1)] + lines[i + 1:],  # break a header
    lambda lines, i, r: lines[:i] + ["/* a comment opened"] + lines[i:],  # it may hide every header after it
    lambda lines, i, r: lines[:i] + ["*/"] + lines[i:],  # and closed again
    lambda lines, i, r: lines[:i] + ["/* hides", "=== hidden ===", "*/"] + lines[i:],
]


@pytest.mark.parametrize("seed", range(8))
def test_any_sequence_of_edits_gives_what_check_gives(seed, tmp_path):
    r = random.Random(seed)
    base = STORIES[-1] if seed % 2 else os.path.join(ROOT, "stories", "neither_human", "main.story")
    proj = Project(base)
    real = os.path.realpath(base)
    text = open(base, encoding="utf-8").read()
    proj.load({})
    for step in range(12):
        lines = text.split("\n")
        i = r.randrange(len(lines))
        text = "\n".join(r.choice(EDITS)(lines, i, r))
        got = _project_diags(proj.load({real: text}))
        assert got == _check_diags(base, text), f"seed {seed}, step {step}"


def test_an_edited_chapter_is_checked_with_its_story():
    main = os.path.join(ROOT, "stories", "neither_human", "main.story")
    chapters = sorted(glob.glob(os.path.join(ROOT, "stories", "neither_human", "chapters", "*.story")))
    chapter = chapters[0]

    def texts(p):
        return open(p, encoding="utf-8").read() if os.path.exists(p) else None
    assert os.path.realpath(find_main(chapter, texts, ROOT)) == os.path.realpath(main)
    proj = Project(main)
    text = open(chapter, encoding="utf-8").read().replace("->", "-> nowhere_at_all //", 1)
    got = proj.load({os.path.realpath(chapter): text})
    assert [d.code for d in got.diagnostics[os.path.abspath(chapter)]] == ["FP202"]


@pytest.mark.parametrize("story", ["neither_human", "tour", "../tests/data/weave/labels.story"])
def test_an_edit_in_one_scene_checks_that_scene_alone(story):
    """The resolver's findings for unchanged scenes are replayed (if the resolver grows state that
    `lsp/recheck.py` cannot replay, every edit checks every scene: correct, but too slow for
    the 10,000-scene target; this test says so)."""
    main = os.path.normpath(os.path.join(ROOT, "stories", story if story.endswith(".story") else story + "/main.story"))
    proj = Project(main)
    proj.load({})
    assert not proj.memo.disabled, proj.memo.disabled
    real = os.path.realpath(main)
    text = open(main, encoding="utf-8").read()
    at = text.rindex("\n===")
    at = text.index("\n", at + 1) + 1  # the first line of the last scene of the main file
    got = proj.load({real: text[:at] + "An extra line.\n" + text[at:]})
    assert not proj.memo.disabled, proj.memo.disabled
    _, last = got.pieces[os.path.abspath(main)][-1]
    assert proj.memo.computed == len(last.file.scenes)  # the scene and the parts of its weave
    assert _project_diags(got) == _check_diags(main, text[:at] + "An extra line.\n" + text[at:])


SNIPPETS = ["\n", "\n=== cut_here ===\n", "==", "=", " ", "x", "\n  ===", "-> start\n", "/*", "*/", ""]


@pytest.mark.parametrize("seed", range(4))
def test_pieces_after_any_edit_are_those_of_a_fresh_parse(seed):
    """Edits anywhere, even across piece boundaries and headers: the kept and re-cut pieces are
    exactly those a first parse of the new text makes, at the same lines, with the same diagnostics."""
    r = random.Random(seed)
    main = os.path.join(ROOT, "stories", "neither_human" if seed % 2 else "tour", "main.story")
    real = os.path.realpath(main)
    text = open(main, encoding="utf-8").read()
    proj = Project(main)
    proj.load({real: text})
    for step in range(12 if seed % 2 else 60):
        a = r.randrange(len(text) + 1)
        b = min(len(text), a + r.choice([0, 0, 1, 2, 5, 40, 400]))
        text = text[:a] + r.choice(SNIPPETS) + text[b:]
        got = proj.load({real: text})
        fresh = Project(main).load({real: text})
        key = os.path.abspath(main)
        assert [(off, p.text) for off, p in got.pieces[key]] == [(off, p.text) for off, p in fresh.pieces[key]], \
            f"seed {seed}, step {step}"
        assert _project_diags(got) == _project_diags(fresh), f"seed {seed}, step {step}"
    assert _project_diags(proj.load({real: text})) == _check_diags(main, text)
