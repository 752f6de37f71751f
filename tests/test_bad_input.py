"""Hostile input: binary, bad encodings, odd line endings, huge or deeply nested files never crash or hang."""

import json
import os
import signal
import subprocess
import sys
import time

import attrs
import pytest

from forkpaths import loader, runtime, source
from forkpaths.cli import main
from forkpaths.commands.parse import to_data
from forkpaths.diagnostics import REGISTRY

# ---------------------------------------------------------------- helpers

HANG_SECONDS = 60  # a test still running after this long is a hang, and fails


@pytest.fixture(autouse=True)
def no_hang():
    """Fail (instead of blocking the suite) if a test runs for more than HANG_SECONDS."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def ring(signum, frame):
        raise TimeoutError(f"still running after {HANG_SECONDS} s: a hang")

    old = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def timed(fn, *args, **kw):
    t0 = time.perf_counter()
    out = fn(*args, **kw)
    return out, time.perf_counter() - t0


def codes(loaded):
    return [d.code for d in loaded.diagnostics]


def where(loaded, code):
    """(line, column) of the first diagnostic with that code."""
    for d in loaded.diagnostics:
        if d.code == code:
            return d.span.line, d.span.column
    raise AssertionError(f"no {code} among {[(d.code, d.message) for d in loaded.diagnostics]}")


def cli(args, capsys):
    """Run the CLI in-process -> (exit code, stdout, stderr); a traceback is a failure."""
    rc = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return rc, out, err


def play_text(story, seed=0):
    """Every paragraph shown at the start of the story, as one string."""
    return "\n".join(runtime.view(story, runtime.start(story, seed)).paragraphs)


END = '-> END "e"\n'

# ---------------------------------------------------------------- bytes that are not a story

# name -> (file bytes, code, line, column)
NOT_TEXT = {
    "binary": (bytes(range(256)) * 16, "FP111", 1, 1),
    "binary-after-text": (b"=== a ===\nok\n\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "FP111", 5, 1),
    "nul-mid-line": (b"=== a ===\nab\x00cd\n", "FP111", 2, 3),
    "nul-after-wide-chars": ("=== a ===\n日本".encode() + b"\x00", "FP111", 2, 3),
    "utf-16": ("=== a ===\nHello.\n".encode("utf-16"), "FP110", 1, 1),  # reported as UTF-16, with a hint
    "utf-16-le-no-bom": ("=== a ===\nHello.\n".encode("utf-16-le"), "FP110", 1, 1),
    "utf-16-be-no-bom": ("=== a ===\nHello.\n".encode("utf-16-be"), "FP110", 1, 1),
    "c1-csi": ("=== a ===\nred \x9b31m text\n".encode() + END.encode(), "FP152", 2, 5),
    "bidi-override": ("=== a ===\nsafe \u202eelif\n".encode() + END.encode(), "FP152", 2, 6),
    "latin-1": ("=== a ===\nCafé au lait.\n".encode("latin-1"), "FP110", 2, 4),
    "truncated-utf-8": ("=== a ===\nkimchi 김".encode()[:-1], "FP110", 2, 8),
    "lone-continuation-byte": (b"=== a ===\n\x80\n", "FP110", 2, 1),
    "control-character": (b"=== a ===\nbell\x07\n" + END.encode(), "FP111", 2, 5),
    "escape-sequence": (b"=== a ===\n\x1b[31mred\n" + END.encode(), "FP111", 2, 1),
    "form-feed": (b"=== a ===\nHi.\n\x0c\n" + END.encode(), "FP111", 3, 1),
    "empty": (b"", "FP308", 1, 1),
    "only-a-bom": (b"\xef\xbb\xbf", "FP308", 1, 1),
    "only-blank-lines": (b"\n  \n\t\n\r\n", "FP308", 1, 1),
    "only-comments": (b"// nothing\n/* at\nall */\n", "FP308", 1, 1),
}


@pytest.mark.parametrize("name", sorted(NOT_TEXT))
def test_not_a_story_gives_one_clear_diagnostic(tmp_path, name):
    data, code, line, col = NOT_TEXT[name]
    path = tmp_path / "bad.story"
    path.write_bytes(data)
    loaded, seconds = timed(loader.load, str(path))
    assert loaded.story is None and not loaded.ok
    assert codes(loaded)[0] == code, [(d.code, d.message) for d in loaded.diagnostics]
    assert where(loaded, code) == (line, col)
    assert seconds < 5


@pytest.mark.parametrize("name", sorted(NOT_TEXT))
def test_not_a_story_through_the_cli(tmp_path, monkeypatch, capsys, name):
    data, code, line, col = NOT_TEXT[name]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.story").write_bytes(data)
    rc, out, err = cli(["check", "bad.story"], capsys)
    assert rc == 1
    assert f"bad.story:{line}:{col}: error[{code}]: " in out
    assert f"  = hint: {REGISTRY[code].hint}" in out
    rc, out, _ = cli(["check", "--format", "json", "bad.story"], capsys)
    assert rc == 1
    [d] = [d for d in json.loads(out)["diagnostics"] if d["code"] == code]
    assert (d["file"], d["line"], d["column"], d["severity"]) == ("bad.story", line, col, "error")
    rc, out, _ = cli(["check", "--format", "github", "bad.story"], capsys)
    assert rc == 1
    assert out.startswith(f"::error file=bad.story,line={line},col={col},")
    assert f"title={code}::" in out
    rc, out, err = cli(["parse", "bad.story"], capsys)
    assert rc == 1 and out == ""
    assert f"bad.story:{line}:{col}: error[{code}]" in err


def test_binary_file_in_a_real_subprocess(tmp_path):
    """The installed `forkpaths` script, as a user runs it, on a binary file."""
    exe = os.path.join(os.path.dirname(sys.executable), "forkpaths")
    if not os.path.exists(exe):
        pytest.skip("the forkpaths script is not installed next to this Python")
    (tmp_path / "photo.story").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + os.urandom(4096))
    proc = subprocess.run([exe, "check", "photo.story"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stdout + proc.stderr
    assert proc.stdout.startswith("photo.story:1:5: error[FP111]: the file contains NUL bytes")


def test_bad_bytes_in_an_included_file_are_reported_in_that_file(tmp_path):
    (tmp_path / "main.story").write_text('include "part.story"\n=== a ===\n-> b\n', encoding="utf-8")
    (tmp_path / "part.story").write_bytes("=== b ===\nCafé\n".encode("latin-1"))
    loaded = loader.load(str(tmp_path / "main.story"))
    [d] = [d for d in loaded.diagnostics if d.code == "FP110"]
    assert os.path.basename(d.span.file) == "part.story"
    assert (d.span.line, d.span.column) == (2, 4)
    assert loaded.story is None


def test_surrogates_in_text_argument_are_a_diagnostic():
    """`load(text=...)` with a lone surrogate (not encodable as UTF-8) is bad input, not a crash."""
    loaded = loader.load("x.story", text="=== a ===\nbad \ud800 char\n" + END)
    assert codes(loaded)[0] in ("FP110", "FP111")
    assert where(loaded, codes(loaded)[0])[0] == 2


# ---------------------------------------------------------------- size limits


def test_50_mb_file_is_refused_quickly(tmp_path, capsys, monkeypatch):
    path = tmp_path / "huge.story"
    line = b"The fire has burned down to coals, and the city is quiet tonight.\n"
    with open(path, "wb") as f:
        f.write(b"=== a ===\n")
        block = line * 16384
        while f.tell() < 50 * 1024 * 1024:
            f.write(block)
        f.write(END.encode())
    size = path.stat().st_size
    loaded, seconds = timed(loader.load, str(path))
    assert seconds < 2, f"refusing a {size:,}-byte file took {seconds:.2f} s"
    [d] = loaded.diagnostics
    assert d.code == "FP112" and (d.span.line, d.span.column) == (1, 1)
    assert f"{size / 1048576:.1f} MB" in d.message and "40 MB" in d.message
    monkeypatch.chdir(tmp_path)
    try:
        (rc, out, _), seconds = timed(cli, ["check", "huge.story"], capsys)
        assert rc == 1 and "huge.story:1:1: error[FP112]: the file is" in out
        assert seconds < 2
    finally:
        path.unlink()  # do not leave 50 MB behind in the kept temporary folders


def test_size_limit_is_exact(tmp_path):
    path = tmp_path / "edge.story"
    with open(path, "wb") as f:  # sparse where the file system allows: fast to make
        f.truncate(source.MAX_FILE_BYTES + 1)
    assert codes(loader.load(str(path))) == ["FP112"]


def test_50_mb_text_argument_is_refused_quickly():
    text = "=== a ===\n" + "Words and more words.\n" * 2_500_000 + END
    loaded, seconds = timed(loader.load, "big.story", text=text)
    assert codes(loaded) == ["FP112"]
    assert seconds < 3


def test_one_megabyte_prose_line_parses(tmp_path):
    words = "lantern " * 131_072  # 1 MiB of prose on one line
    path = tmp_path / "long.story"
    path.write_text(f"=== a ===\n{words}\n{END}", encoding="utf-8")
    loaded, seconds = timed(loader.load, str(path))
    assert loaded.ok, [(d.code, d.message) for d in loaded.diagnostics]
    assert seconds < 10
    shown = play_text(loaded.story)
    assert shown == words.strip()


def test_one_megabyte_line_of_markup_parses_or_fails_cleanly():
    """A 1 MB line dense with markup: braces, escapes, bars; a parse or a diagnostic, in bounded time."""
    piece = "{~ a|b} \\{ x \\} | "
    line = piece * (1_048_576 // len(piece))
    loaded, seconds = timed(loader.load, "dense.story", text=f"=== a ===\n{line}\n{END}")
    assert seconds < 30
    assert loaded.ok, [(d.code, d.message) for d in loaded.diagnostics]
    assert play_text(loaded.story).count("{ x } |") == line.count("\\{ x \\}")


def test_line_over_the_limit_is_refused_with_its_line_number(capsys, tmp_path, monkeypatch):
    long = "x" * (source.MAX_LINE_CHARS + 1)
    loaded, seconds = timed(loader.load, "wide.story", text=f"=== a ===\nfine\n{long}\n{END}")
    assert codes(loaded) == ["FP114"] and where(loaded, "FP114") == (3, 1)
    assert f"{len(long):,}" in loaded.diagnostics[0].message
    assert seconds < 2
    monkeypatch.chdir(tmp_path)
    (tmp_path / "wide.story").write_text(f"=== a ===\n{long}\n", encoding="utf-8")
    rc, out, _ = cli(["check", "wide.story"], capsys)
    assert rc == 1 and "wide.story:2:1: error[FP114]" in out
    assert len(max(out.splitlines(), key=len)) < 400  # the source line is not echoed whole


def test_many_lines_of_a_big_but_legal_story_parse():
    scenes = "".join(f"=== s{i} ===\nRoom {i}.\n* [On] -> s{i + 1}\n* [Stay] -> s{i}\n" for i in range(5000))
    loaded, seconds = timed(loader.load, "rooms.story", text=scenes + f"=== s5000 ===\n{END}")
    assert loaded.ok and len(loaded.story.scenes) == 5001
    assert seconds < 20


# ---------------------------------------------------------------- line endings, BOM, tabs

TOUR = os.path.join(os.path.dirname(__file__), os.pardir, "stories", "tour", "main.story")

BROKEN = ('var x = 1\n=== a ===\nHello } there.\n-> b\n=== b ===\n* [Go]\n    ~ x = true\n    -> nowhere\n'
          '* [Stay] -> c\n=== c ===\nThe {x: y\n-> END "e"\n')


def _dump(loaded):
    data = to_data(loaded.story, spans=True)
    data.pop("digest")
    return data


def _diags(loaded):
    return [(d.code, d.message, d.span.line, d.span.column, d.span.end_line, d.span.end_column)
            for d in loaded.diagnostics]


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_other_line_endings_parse_exactly_like_lf(newline):
    with open(TOUR, encoding="utf-8") as f:
        lf = f.read()
    a = loader.load(TOUR, text=lf)
    b = loader.load(TOUR, text=lf.replace("\n", newline))
    assert a.ok and b.ok
    assert _dump(a) == _dump(b)
    assert play_text(a.story) == play_text(b.story)
    bad_lf = loader.load("bad.story", text=BROKEN)
    bad_other = loader.load("bad.story", text=BROKEN.replace("\n", newline))
    assert len(bad_lf.diagnostics) >= 4
    assert _diags(bad_lf) == _diags(bad_other)


def test_mixed_line_endings(tmp_path):
    text = '=== a ===\r\nOne.\nTwo.\r\n\r\nThree } four.\r-> END "e"\n'
    loaded = loader.load("mixed.story", text=text)
    assert where(loaded, "FP107") == (5, 7)
    assert loaded.lines("mixed.story")[4] == "Three } four."


def test_crlf_file_on_disk_through_the_cli(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lf.story").write_bytes(BROKEN.encode())
    (tmp_path / "crlf.story").write_bytes(BROKEN.replace("\n", "\r\n").encode())
    rc1, lf, _ = cli(["check", "--format", "json", "lf.story"], capsys)
    rc2, crlf, _ = cli(["check", "--format", "json", "crlf.story"], capsys)
    assert rc1 == rc2 == 1
    strip = [{k: v for k, v in d.items() if k != "file"} for d in json.loads(lf)["diagnostics"]]
    assert strip == [{k: v for k, v in d.items() if k != "file"} for d in json.loads(crlf)["diagnostics"]]
    rc, text, _ = cli(["check", "crlf.story"], capsys)
    assert "\r" not in text
    assert "   3 | Hello } there.\n     |       ^\n" in text


def test_bom_is_ignored_and_columns_do_not_count_it():
    plain = 'var x = 1\n=== a ===\n{x} } oops\n-> END "e"\n'
    a = loader.load("p.story", text=plain)
    b = loader.load("p.story", text="\ufeff" + plain)
    assert _diags(a) == _diags(b)
    assert where(b, "FP107") == (3, 5)
    good = loader.load("g.story", text='\ufefftitle: Bom\n=== a ===\n' + END)
    assert good.ok and good.story.title == "Bom"


def test_a_bom_in_the_middle_is_text_not_a_crash():
    loaded = loader.load("m.story", text='=== a ===\nzero\ufeffwidth\n' + END)
    assert loaded.ok
    assert play_text(loaded.story) == "zero\ufeffwidth"


def test_tabs_as_indentation(capsys, tmp_path, monkeypatch):
    spaces = 'var x = 1\n=== a ===\n* [Go]\n    ~ x += 1\n    Gone {x}.\n    -> a\n* [Stay] -> END "e"\n'
    tabs = spaces.replace("    ", "\t")
    a, b = loader.load("t.story", text=spaces), loader.load("t.story", text=tabs)
    assert a.ok and b.ok
    assert attrs.evolve(a.story, digest="") == attrs.evolve(b.story, digest="")
    s = runtime.choose(b.story, runtime.start(b.story), "go")
    assert runtime.view(b.story, s).paragraphs == ("Gone 2.",)
    # a tab counts as one column, and the caret still lines up under the mistake
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tabs.story").write_text('var x = 1\n=== a ===\n* [Go]\n\t\t~ x = true\n\t\t-> a\n', encoding="utf-8")
    rc, out, _ = cli(["check", "tabs.story"], capsys)
    assert rc == 1
    assert "tabs.story:4:9: error[FP206]" in out
    assert "   4 |         ~ x = true\n     |               ^^^^\n" in out


def test_tabs_inside_prose_collapse_like_spaces():
    loaded = loader.load("t.story", text='=== a ===\nOne\t\ttwo\t three.\n' + END)
    assert play_text(loaded.story) == "One two three."


def test_wide_characters_count_one_column_each(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "wide.story").write_text('=== a ===\n남라 } 온조\n' + END, encoding="utf-8")
    rc, out, _ = cli(["check", "wide.story"], capsys)
    assert "wide.story:2:4: error[FP107]" in out
    assert "   2 | 남라 } 온조\n     |      ^\n" in out  # two wide characters take four cells


def test_unicode_line_separators_are_not_line_breaks():
    loaded = loader.load("u.story", text='=== a ===\nOne\u2028two\u2029three } x\n' + END)
    assert where(loaded, "FP107") == (2, 15)
    loaded = loader.load("u.story", text='=== a ===\nOne two\x85three\n' + END)  # NEL is a C1 control
    assert where(loaded, "FP152") == (2, 8)


# ---------------------------------------------------------------- deep nesting

DEPTH = 10_000


def _deep_outcome(text, expect_shown, lines=(3, 3)):
    """A deeply nested story either parses (and plays correctly) or gets FP113 on one of its lines."""
    loaded, seconds = timed(loader.load, "deep.story", text=text)
    assert seconds < 20
    if loaded.ok:
        assert play_text(loaded.story) == expect_shown
    else:
        assert "FP113" in codes(loaded), [(d.code, d.message) for d in loaded.diagnostics]
        assert lines[0] <= where(loaded, "FP113")[0] <= lines[1]
        assert loaded.diagnostics[0].code == "FP113"
    return loaded


def test_10000_deep_parentheses():
    _deep_outcome("var x = 1\n=== a ===\n~ x = " + "(" * DEPTH + "x + 1" + ")" * DEPTH + "\n{x}\n" + END, "2")


def test_10000_deep_parentheses_in_the_header():
    loaded = loader.load("deep.story", text="const N = " + "(" * DEPTH + "7" + ")" * DEPTH
                         + "\n=== a ===\n{N}\n" + END)
    assert loaded.ok or where(loaded, "FP113")[0] == 1
    if loaded.ok:
        assert play_text(loaded.story) == "7"


def test_64_deep_nesting_is_allowed():
    """The documented limit: 64 levels of expression and inline-text nesting parse."""
    text = ("var x = true\n=== a ===\n{" + "not " * 62 + "x: yes|no}\n" + "{x: " * 63 + "deep" + "}" * 63
            + "\n~ x = false\n" + END)
    loaded = loader.load("deep.story", text=text)
    assert loaded.ok, [(d.code, d.message) for d in loaded.diagnostics]
    assert play_text(loaded.story) == "yes deep"


def test_10000_deep_not():
    _deep_outcome("var x = true\n=== a ===\n{" + "not " * DEPTH + "x: yes|no}\n~ x = false\n" + END, "yes")


def test_10000_deep_unary_minus():
    _deep_outcome("var x = 1\n=== a ===\n~ x = " + "-" * DEPTH + "x\n{x}\n" + END, "1")


def test_10000_term_sum():
    _deep_outcome("var x = 1\n=== a ===\n~ x = x" + " + 1" * DEPTH + "\n{x}\n" + END, str(DEPTH + 1))


def test_10000_nested_inline_conditionals():
    _deep_outcome("var a = true\n=== a ===\n" + "{a: " * DEPTH + "core" + "}" * DEPTH
                  + "\n~ a = false\n" + END, "core")


def test_10000_nested_alternatives():
    _deep_outcome("=== a ===\n\n" + "{& " * DEPTH + "core" + "}" * DEPTH + "\n" + END, "core")


def test_10000_nested_if_blocks():
    _deep_outcome("var a = true\n=== a ===\n" + "{if a}\n" * DEPTH + "core\n" + "{end}\n" * DEPTH
                  + "~ a = false\n" + END, "core", (3, 3 + 2 * DEPTH))


def test_a_scene_too_deep_to_read_is_reported_once():
    text = ("var x = true\n=== a ===\nStart.\n-> deep\n=== deep ===\n{" + "not " * 100 + "x: yes|no}\n"
            "~ x = false\n" + END)
    loaded = loader.load("deep.story", text=text)
    assert codes(loaded) == ["FP113"] and where(loaded, "FP113")[0] == 6
    alone = loader.load("deep.story", text="var x = true\n=== a ===\n{" + "not " * 100 + "x: y}\n" + END)
    assert codes(alone) == ["FP113"]


def test_10000_unclosed_braces():
    loaded, seconds = timed(loader.load, "deep.story", text="=== a ===\n" + "{" * DEPTH + "\n" + END)
    assert seconds < 10 and loaded.story is None
    assert codes(loaded)[0].startswith("FP1") and where(loaded, codes(loaded)[0])[0] == 2


def test_10000_closing_braces():
    loaded = loader.load("deep.story", text="=== a ===\n" + "}" * DEPTH + "\n" + END)
    assert codes(loaded) == ["FP107"] and where(loaded, "FP107") == (2, 1)


def test_huge_integer_literal():
    loaded = loader.load("n.story", text="var n = 1" + "0" * 5000 + "\n=== a ===\n~ n += 1\n{n > 0: big}\n" + END)
    assert loaded.story is None
    assert codes(loaded)[0].startswith("FP1") and where(loaded, codes(loaded)[0]) == (1, 9)


# ---------------------------------------------------------------- paths that are not story files


def test_missing_file(tmp_path, monkeypatch, capsys):
    with pytest.raises(loader.StoryIOError, match="no such file"):
        loader.load(str(tmp_path / "nope.story"))
    monkeypatch.chdir(tmp_path)
    rc, out, err = cli(["check", "nope.story"], capsys)
    assert rc == 2 and "forkpaths: error: nope.story: no such file" in err
    rc, out, err = cli(["parse", "nope.story"], capsys)
    assert rc == 2 and out == "" and "nope.story: no such file" in err


def test_missing_file_next_to_a_good_one_still_checks_the_good_one(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.story").write_text("=== a ===\nHi } x\n" + END, encoding="utf-8")
    rc, out, err = cli(["check", "nope.story", "bad.story"], capsys)
    assert rc == 2  # an I/O error outranks story errors
    assert "nope.story" in err and "bad.story:2:4: error[FP107]" in out


def test_folder_passed_as_a_file(tmp_path, monkeypatch, capsys):
    (tmp_path / "d.story").mkdir()
    with pytest.raises(loader.StoryIOError, match="is a folder"):
        loader.load(str(tmp_path / "d.story"))
    monkeypatch.chdir(tmp_path)
    rc, out, err = cli(["parse", "d.story"], capsys)
    assert rc == 2 and "d.story: is a folder, not a story file" in err
    rc, out, err = cli(["check", "d.story"], capsys)  # check searches folders: this one is empty
    assert rc == 2 and "no .story files found in d.story" in err


def test_unreadable_file(tmp_path, monkeypatch, capsys):
    path = tmp_path / "locked.story"
    path.write_text("=== a ===\n" + END, encoding="utf-8")

    def denied(p):
        raise PermissionError(13, "Permission denied", p)

    monkeypatch.setattr(source, "read", denied)
    with pytest.raises(loader.StoryIOError, match="Permission denied"):
        loader.load(str(path))
    monkeypatch.chdir(tmp_path)
    rc, out, err = cli(["check", "locked.story"], capsys)
    assert rc == 2 and "forkpaths: error: locked.story: Permission denied" in err
    rc, out, err = cli(["parse", "locked.story"], capsys)
    assert rc == 2 and "Permission denied" in err


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_file_without_read_permission(tmp_path, monkeypatch, capsys):
    path = tmp_path / "locked.story"
    path.write_text("=== a ===\n" + END, encoding="utf-8")
    path.chmod(0)
    monkeypatch.chdir(tmp_path)
    rc, out, err = cli(["check", "locked.story"], capsys)
    assert rc == 2 and "Permission denied" in err


def test_symlink_loop_is_an_io_error(tmp_path, monkeypatch, capsys):
    loop = tmp_path / "loop.story"
    loop.symlink_to("loop.story")
    with pytest.raises(loader.StoryIOError):
        loader.load(str(loop))
    monkeypatch.chdir(tmp_path)
    rc, out, err = cli(["parse", "loop.story"], capsys)
    assert rc == 2 and "loop.story: " in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_refused_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "pipe.story")
    for command in ("check", "parse"):
        proc = subprocess.run([sys.executable, "-m", "forkpaths", command, "pipe.story"], cwd=tmp_path,
                              capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL)
        assert proc.returncode == 2, proc.stderr
        assert "pipe.story: not a regular file" in proc.stderr
        assert "Traceback" not in proc.stderr


def test_missing_and_binary_includes(tmp_path):
    (tmp_path / "main.story").write_text('include "gone.story"\ninclude "blob.story"\ninclude "sub"\n'
                                         '=== a ===\n' + END, encoding="utf-8")
    (tmp_path / "blob.story").write_bytes(b"\x00\x01\x02")
    (tmp_path / "sub").mkdir()
    loaded = loader.load(str(tmp_path / "main.story"))
    got = sorted((d.code, os.path.basename(d.span.file), d.span.line, d.span.column) for d in loaded.diagnostics)
    assert got == [("FP111", "blob.story", 1, 1), ("FP304", "main.story", 1, 1), ("FP304", "main.story", 3, 1)]
