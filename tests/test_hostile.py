"""Issue 10: hostile and unlucky input, item by item (hostile files in tests/data/hostile/)."""

import os
import stat
import time

import pytest

from forkpaths import loader, parser
from forkpaths.cli import main

HOSTILE = os.path.join(os.path.dirname(__file__), "data", "hostile")


def hostile(name):
    return os.path.join(HOSTILE, name)


def codes(loaded):
    return [(d.code, d.span.line) for d in loaded.diagnostics]


# ---------------------------------------------------------------- 8: constant folding within the runtime's limits

def test_squaring_constants_stops_at_the_line_that_leaves_64_bits():
    t = time.process_time()
    loaded = loader.load(hostile("constant_squares.story"))
    assert time.process_time() - t < 5
    # 3^(2^6) > 2^63: C6, on line 8 of the file, is the first to pass the limit
    assert ("FP150", 8) in codes(loaded) and not loaded.ok
    assert [c for c, _ in codes(loaded)].count("FP150") == 1  # the constants after it are not reported again
    assert "FP214" not in [c for c, _ in codes(loaded)]


def test_doubling_a_string_stops_at_a_million_characters():
    t = time.process_time()
    loaded = loader.load(hostile("string_doubling.story"))
    assert time.process_time() - t < 5
    [d] = [d for d in loaded.diagnostics if d.code == "FP150"]
    assert d.span.line == 21 and "1,000,000 characters" in d.message  # "ab" * 2**19 is the first over
    assert "FP214" not in [c for c, _ in codes(loaded)]


def test_constants_in_reverse_order_fold_once_each(tmp_path):
    n = 3000
    text = "\n".join(f"const K{i} = K{i + 1} + 1" for i in range(n)) + f"\nconst K{n} = 0\n=== a ===\n{{K0}}\n-> END \"x\"\n"
    t = time.process_time()
    loaded = loader.load("k.story", text=text)
    assert time.process_time() - t < 10
    assert loaded.ok, codes(loaded)[:3]
    assert {v.name: v.initial for v in loaded.story.variables}["K0"] == n


def test_a_constant_read_only_by_other_constants_is_read():
    loaded = loader.load("c.story", text='const A = 2\nconst B = A * 3\n=== a ===\n{B}\n-> END "x"\n')
    assert loaded.ok and not loaded.diagnostics


def test_constant_folding_keeps_the_language_types():
    # Python would repeat the string a trillion times; the language has no such operator
    loaded = loader.load("c.story", text='const S = "a" * 1000000000000\n=== a ===\n{S}\n-> END "x"\n')
    assert not loaded.ok and len(loaded.diagnostics) <= 2


# ---------------------------------------------------------------- 9: every statement is checked, reachable or not

def test_statements_after_a_divert_are_name_checked():
    loaded = loader.load(hostile("after_divert.story"))
    got = sorted(codes(loaded))
    assert ("FP201", 6) in got and ("FP201", 11) in got and ("FP201", 12) in got, got
    assert ("FP303", 6) in got and ("FP303", 11) in got


@pytest.mark.parametrize("command", [["check"], ["check", "--no-analysis"], ["play", "--choices", "1"]])
def test_check_and_play_report_instead_of_crashing(capsys, command):
    rc = main(command + [hostile("after_divert.story")])
    out, err = capsys.readouterr()
    assert rc == 1 and "Traceback" not in out + err and "FP201" in out + err


# ---------------------------------------------------------------- 16 (names and encodings)

def test_a_zero_width_space_in_a_name_is_named(capsys):
    rc = main(["check", "--no-analysis", hostile("zero_width_divert.story")])
    out = capsys.readouterr().out
    assert rc == 1 and "error[FP151]" in out and "U+200B ZERO WIDTH SPACE" in out and "zero_width_divert.story:2:5" in out


def test_a_utf16_file_is_reported_as_utf16(capsys):
    rc = main(["check", hostile("utf16.story")])
    out = capsys.readouterr().out
    assert rc == 1 and "UTF-16 (little-endian)" in out and "Save As" in out and "NUL" not in out


# ---------------------------------------------------------------- 7 (diagnostic side): control characters in a story

def test_a_c1_control_in_story_text_is_an_error(capsys):
    rc = main(["check", hostile("csi_in_text.story")])
    out = capsys.readouterr().out
    assert rc == 1 and "error[FP152]" in out and "U+009B" in out and "\x9b" not in out


# ---------------------------------------------------------------- 5: the grammar cache lives only in a private folder

GRAMMAR = "start: /x/\n"


def _private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return parser._cache_path(GRAMMAR)


def test_the_cache_folder_is_made_private(tmp_path, monkeypatch):
    path = _private_cache(tmp_path, monkeypatch)
    folder = os.path.dirname(path)
    assert folder == str(tmp_path / "cache" / "forkpaths")
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700


@pytest.mark.parametrize("where", ["/dev/null", "/proc/nonexistent-folder"])
def test_no_writable_cache_folder_means_no_cache_not_the_temp_folder(monkeypatch, where):
    monkeypatch.setenv("XDG_CACHE_HOME", where)
    assert parser._cache_path(GRAMMAR) is False


def test_a_cache_folder_others_can_write_is_not_used(tmp_path, monkeypatch):
    folder = tmp_path / "cache" / "forkpaths"
    folder.mkdir(parents=True)
    folder.chmod(0o777)
    assert _private_cache(tmp_path, monkeypatch) is False


def test_a_symlinked_cache_folder_is_not_used(tmp_path, monkeypatch):
    (tmp_path / "cache").mkdir()
    (tmp_path / "elsewhere").mkdir(mode=0o700)
    os.symlink(tmp_path / "elsewhere", tmp_path / "cache" / "forkpaths")
    assert _private_cache(tmp_path, monkeypatch) is False


def test_a_cache_file_others_can_write_is_not_loaded(tmp_path, monkeypatch):
    path = _private_cache(tmp_path, monkeypatch)
    with open(path, "wb") as f:
        f.write(b"planted")
    os.chmod(path, 0o666)
    assert parser._cache_path(GRAMMAR) is False


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to give the folder away")
def test_a_cache_folder_owned_by_another_user_is_not_used(tmp_path, monkeypatch):
    folder = tmp_path / "cache" / "forkpaths"
    folder.mkdir(parents=True, mode=0o700)
    os.chown(folder, 65534, 65534)
    assert _private_cache(tmp_path, monkeypatch) is False


def test_an_older_open_but_own_cache_folder_is_closed(tmp_path, monkeypatch):
    folder = tmp_path / "cache" / "forkpaths"
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    assert _private_cache(tmp_path, monkeypatch)
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
