"""Terminal layout: display widths by grapheme cluster (wcwidth), and :help and tables keeping their columns."""

import os
import re

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from forkpaths import diagnostics, loader, model
from forkpaths.repl.app import Repl
from forkpaths.repl.session import Session
from forkpaths.repl.wrap import wrap_preformatted, wrap_text, width

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOUR = os.path.join(ROOT, "stories", "tour", "main.story")

THUMB = "\U0001F44D\U0001F3FD"  # thumbs up + a skin-tone modifier
FAMILY = "\U0001F468\u200D\U0001F469\u200D\U0001F467"  # man ZWJ woman ZWJ girl
RAINBOW = "\U0001F3F3\uFE0F\u200D\U0001F308"  # white flag, VS16, ZWJ, rainbow
HEART = "\u2764\uFE0F"  # a text-default heart made emoji by VS16
HANGUL = "\u1112\u1161\u11AB\u1100\u1173\u11AF"  # 한글 as conjoining jamo (NFD), two syllables


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.mark.parametrize("text, columns", [
    (THUMB, 2), (FAMILY, 2), (RAINBOW, 2), (HEART, 2), (HANGUL, 4), ("\u1100\u1161\u11A8", 2),
    ("한글", 4), ("cafe\u0301", 4), ("abc", 3), ("\U0001F1F0\U0001F1F7", 2), ("a\u200Bb", 2),
])
def test_display_widths_count_grapheme_clusters(text, columns):
    assert width(text) == columns


def test_wrapping_never_cuts_a_cluster_and_fills_lines_by_real_width():
    # ten families with no space between: a word wider than the line is cut between clusters only
    lines = wrap_text(FAMILY * 10, 9)
    assert lines == [FAMILY * 4, FAMILY * 4, FAMILY * 2]
    lines = wrap_text(HANGUL * 5, 9)  # ten syllables of jamo, 2 columns each
    assert [width(ln) for ln in lines] == [8, 8, 4]
    assert "".join(lines) == HANGUL * 5
    # skin tones and ZWJ sequences take two columns, so seven of them and six spaces fill 20 columns
    assert wrap_text(" ".join([THUMB, FAMILY, RAINBOW] * 4), 20)[0] == " ".join(([THUMB, FAMILY, RAINBOW] * 3)[:7])


def test_a_passage_with_emoji_and_jamo_wraps_to_the_width(tmp_path):
    story = tmp_path / "e.story"
    text = " ".join(["The", THUMB, "sign", FAMILY, "and", RAINBOW, HANGUL] * 3)
    story.write_text(f"=== a ===\n{text}\n* [Go {THUMB}] -> END \"e\"\n", encoding="utf-8")
    repl = drive(str(story), "\x04", width=24)
    shown = [ln for ln in repl.log if ln]
    assert all(width(ln) <= 24 for ln in shown)
    assert shown[0] == f"The {THUMB} sign {FAMILY} and {RAINBOW}"  # 3+1+2+1+4+1+2+1+3+1+2 = 21 columns
    assert shown[1].startswith(HANGUL + " The")


def test_the_caret_under_a_source_line_counts_emoji_as_two_columns():
    src = f"{THUMB}{FAMILY} -> nowhere"
    col = src.index("->") + 1
    d = diagnostics.Diagnostic.make("FP201", model.Span("x.story", 1, col, 1, col + 10), name="nowhere",
                                     suggest="")
    assert diagnostics.render_text(d, [src]).split("\n")[2] == "     | " + " " * 5 + "^" * 10  # 2 + 2 + a space


# ---------------------------------------------------------------- :help and tables

def drive(path, keys, width=80, debug=False):
    s = Session(loader.load(path).story, path, seed=0, debug=debug, interactive=True)
    with create_pipe_input() as inp:
        inp.send_text(keys)
        repl = Repl(s, input=inp, output=DummyOutput(), width=width)
        repl.run()
    return repl


def _message(session, command):
    (msg,) = session.handle(command).outs
    return msg.text.split("\n")


def test_help_keeps_its_columns_at_a_terminal():
    repl = drive(TOUR, ":help\n\x04", debug=True)
    want = _message(Session(loader.load(TOUR).story, TOUR, debug=True, interactive=True), ":help")
    assert any("  " in ln.strip() for ln in want)  # the padding is there to keep
    for ln in want:
        assert ln in repl.log
    rows = [ln for ln in repl.log if ln.startswith("  :")]
    starts = {re.search(r"\S {2,}(\S)", ln).start(1) for ln in rows}
    assert len(rows) > 10 and starts == {22}  # every description starts in one column


def test_saves_keep_their_columns_and_long_lines_wrap_under_their_last_column():
    repl = drive(TOUR, ":save a\n1\n:save a-longer\n:saves\n\x04", width=100)
    rows = [ln for ln in repl.log if ln.startswith(("  a ", "  a-longer "))]
    assert len(rows) == 2
    assert rows[0].index("\u201c") == rows[1].index("\u201c") == 15  # `  SLOT(12) ` then the place
    narrow = drive(TOUR, ":save a\n:saves\n\x04", width=40)
    i = next(k for k, ln in enumerate(narrow.log) if ln.startswith("  a    "))
    assert narrow.log[i].startswith("  a            \u201cThe Shore\u201d")
    assert narrow.log[i + 1].startswith(" " * 15) and narrow.log[i + 1].strip()
    assert all(width(ln) <= 40 for ln in narrow.log)


def test_preformatted_lines():
    assert wrap_preformatted("s", "  :undo              step back", 80) == [[("s", "  :undo              step back")]]
    lines = wrap_preformatted("", "  :load SLOT         continue from a saved slot, or the autosave", 40)
    text = ["".join(t for _, t in ln) for ln in lines]
    assert text == ["  :load SLOT         continue from a", "                     saved slot, or the", "                     autosave"]
    # no room for the last column: it wraps under the line's indent, as prose
    text = ["".join(t for _, t in ln) for ln in wrap_preformatted("", "  " + "x" * 30 + "  a b c d e f g h", 36)]
    assert text[0].startswith("  " + "x" * 30) and all(ln.startswith("  ") for ln in text)
