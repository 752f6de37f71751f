"""The diagnostics registry: every code's example story triggers that code."""

import os

import pytest

from forkpaths import loader
from forkpaths.diagnostics import REGISTRY, Severity, render_text


def _load_text(tmp_path, text):
    main = tmp_path / "main.story"
    main.write_text(text, encoding="utf-8")
    return loader.load(str(main))


# FP4xx codes come from the analysis (engine/forkpaths/explore.py); tests/test_explore.py runs theirs.
LOAD_CODES = sorted(c for c, e in REGISTRY.items() if e.example and not c.startswith("FP4"))


@pytest.mark.parametrize("code", LOAD_CODES)
def test_example_triggers_its_code(tmp_path, code):
    loaded = _load_text(tmp_path, REGISTRY[code].example)
    codes = [d.code for d in loaded.diagnostics]
    assert code in codes, f"{code} example gave {codes}"


def test_every_code_has_hint_and_title():
    for code, entry in REGISTRY.items():
        assert code.startswith("FP") and len(code) == 5
        assert entry.hint and entry.title and entry.template


def test_rendered_like_a_compiler(tmp_path):
    loaded = _load_text(tmp_path, "=== a ===\n-> nowher\n=== nowhere ===\n-> END \"x\"\n")
    [d] = [d for d in loaded.diagnostics if d.code == "FP202"]
    text = render_text(d, loaded.lines(d.span.file))
    lines = text.splitlines()
    assert lines[0] == f"{d.span.file}:2:1: error[FP202]: no scene named `nowher`; did you mean `nowhere`?"
    assert lines[1] == "   2 | -> nowher"
    assert lines[2] == "     | ^^^^^^^^^"
    assert lines[3].startswith("  = hint: ")


def test_all_errors_at_once(tmp_path):
    text = ("var x = 1\n=== a ===\n~ y = 1\n* [Go] -> b\n* [Stay] -> c\n"
            "=== d ===\n~ x = true\n{x}\n-> a\n")
    loaded = _load_text(tmp_path, text)
    codes = sorted(d.code for d in loaded.diagnostics if d.severity is Severity.ERROR)
    assert codes == ["FP201", "FP202", "FP202", "FP206"]


def test_syntax_errors_in_separate_scenes_all_reported(tmp_path):
    text = "=== a ===\nHello } there.\n-> b\n=== b ===\nThe {x: y\n-> c\n=== c ===\n-> end \"x\"\n"
    loaded = _load_text(tmp_path, text)
    got = [(d.code, d.span.line) for d in loaded.diagnostics]
    assert got == [("FP107", 2), ("FP102", 5), ("FP115", 8)]


def test_a_misspelt_variable_gets_the_close_name(tmp_path):
    loaded = _load_text(tmp_path, "var hunger = 0\n=== a ===\n~ hungr += 1\n~ thirst += 1\n-> END \"x\"\n")
    msgs = [d.message for d in loaded.diagnostics if d.code == "FP201"]
    assert msgs == ["no variable or constant named `hungr`; did you mean `hunger`?",
                    "no variable or constant named `thirst`"]
