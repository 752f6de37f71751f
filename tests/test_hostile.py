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


# ---------------------------------------------------------------- 1-4: data loss

import io  # noqa: E402
import json  # noqa: E402
import shutil  # noqa: E402

from forkpaths import files, saves  # noqa: E402
from forkpaths.repl.session import Ask, Session  # noqa: E402

TOUR = os.path.join(os.path.dirname(__file__), "..", "stories", "tour", "main.story")


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def _tour(tmp_path, title=None):
    """A copy of the tour (optionally retitled) -> (story, path)."""
    folder = tmp_path / "tour"
    if not folder.exists():
        shutil.copytree(os.path.dirname(TOUR), folder)
    main = folder / "main.story"
    if title:
        text = main.read_text(encoding="utf-8")
        main.write_text(text.replace("title: The Lighthouse Tour", f"title: {title}"), encoding="utf-8")
    loaded = loader.load(str(main))
    assert loaded.ok
    return loaded.story, str(main)


def _session(story, path):
    return Session(story, path, seed=0, interactive=True)


def _autosave(story):
    return os.path.join(saves.saves_dir(story), "autosave.json")


def test_resume_question_then_quit_keeps_the_place(tmp_path, data_home):
    story, path = _tour(tmp_path)
    s = _session(story, path)
    s.begin()
    s.handle("1")
    s.finish()
    before = open(_autosave(story), "rb").read()
    for leave in ("quit at the question", "resume then quit", "restart then quit"):
        s = _session(story, path)
        assert isinstance(s.begin().outs[-1], Ask)
        if leave == "resume then quit":
            s.handle("y")
        elif leave == "restart then quit":
            s.handle("y")
            s.handle(":restart")
        s.finish()
        assert open(_autosave(story), "rb").read() == before, leave


def test_a_damaged_autosave_is_kept_aside_and_reported(tmp_path, data_home):
    story, path = _tour(tmp_path)
    os.makedirs(saves.saves_dir(story))
    with open(_autosave(story), "w") as f:
        f.write('{"format": "forkpaths-save", "version": 1, "turn": ')
    s = _session(story, path)
    notes = " ".join(getattr(o, "text", "") for o in s.begin().outs)
    assert "could not be read" in notes and "kept as the slot `autosave.damaged-" in notes
    kept = [n for n in os.listdir(saves.saves_dir(story)) if n.startswith("autosave.damaged-")]
    assert len(kept) == 1
    with open(os.path.join(saves.saves_dir(story), kept[0])) as f:
        assert f.read().endswith('"turn": ')


def test_record_never_replaces_the_story_and_asks_before_replacing(tmp_path, data_home):
    story, path = _tour(tmp_path)
    s = Session(story, path, seed=0)
    s.begin()
    original = open(path, "rb").read()
    reply = s.handle(f":record {path}")
    assert "is a file of this story" in reply.outs[0].text and open(path, "rb").read() == original
    other = tmp_path / "notes.txt"
    other.write_text("mine")
    assert isinstance(s.handle(f":record {other}").outs[0], Ask)
    s.handle("")  # Enter: no
    assert other.read_text() == "mine" and s.recording is None
    s.handle(f":record {other}")
    s.handle("y")
    assert other.read_text().startswith("# recorded by forkpaths play")


def test_record_refuses_a_device_and_writes_through_a_link(tmp_path, data_home):
    story, path = _tour(tmp_path)
    s = Session(story, path, seed=0)
    s.begin()
    os.mkfifo(tmp_path / "fifo")
    assert "not a regular file" in s.handle(f":record {tmp_path / 'fifo'}").outs[0].text
    target = tmp_path / "real.transcript"
    os.symlink(target, tmp_path / "link.transcript")
    s.handle(f":record {tmp_path / 'link.transcript'}")
    assert os.path.islink(tmp_path / "link.transcript") and target.read_text().startswith("# recorded")


@pytest.mark.parametrize("command", ["strings", "graph"])
def test_output_files_need_force_and_never_replace_a_story(tmp_path, capsys, command):
    story, path = _tour(tmp_path)
    out = tmp_path / "out.txt"
    out.write_text("keep")
    assert main([command, path, "-o", str(out)]) == 2
    assert out.read_text() == "keep" and "--force" in capsys.readouterr().err
    assert main([command, path, "-o", str(out), "--force"]) == 0 and out.read_text() != "keep"
    keeper = os.path.join(os.path.dirname(path), "keeper.story")
    original = open(keeper, "rb").read()
    assert main([command, path, "-o", keeper, "--force"]) == 2
    assert open(keeper, "rb").read() == original and "story file" in capsys.readouterr().err


def test_there_is_one_atomic_writer():
    import forkpaths
    root = os.path.dirname(forkpaths.__file__)
    writers = []
    for folder, _, names in os.walk(root):
        for name in names:
            if name.endswith(".py") and name != "files.py":
                text = open(os.path.join(folder, name), encoding="utf-8").read()
                if "os.replace(" in text or "mkstemp(" in text:
                    writers.append(name)
    assert writers == []


def _play(monkeypatch, capsys, args, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    rc = main(["play"] + args)
    out, err = capsys.readouterr()
    return rc, out, err


def test_pipe_failures_exit_1_with_a_reason(tmp_path, data_home, monkeypatch, capsys):
    stuck = tmp_path / "stuck.story"
    stuck.write_text('=== a ===\nStuck here.\n* {false} [No] -> a\n')
    rc, out, err = _play(monkeypatch, capsys, [str(stuck)])
    assert rc == 1 and err.count("\n") == 1 and "stuck in scene `a`" in err
    rc, out, err = _play(monkeypatch, capsys, [TOUR, "--choices", "1,9"])
    assert rc == 1 and err.count("\n") == 1 and "--choices: pick 2 (`9`)" in err
    rc, out, err = _play(monkeypatch, capsys, [TOUR, "--choices", "1"])
    assert rc == 0 and err == ""


def test_a_runtime_error_shows_the_text_before_it(tmp_path, data_home, monkeypatch, capsys):
    story = tmp_path / "fault.story"
    story.write_text('var d = 0\n=== a ===\nThe opening line.\n~ d = 10 / d\n{d}\n-> END "x"\n')
    rc, out, err = _play(monkeypatch, capsys, [str(story)])
    assert rc == 1 and "runtime error" in err
    assert out.index("The opening line.") < out.index("fault.story:4:7: runtime error: division by zero")


def test_a_new_title_keeps_the_saves(tmp_path, data_home):
    story, path = _tour(tmp_path)
    s = _session(story, path)
    s.begin()
    s.handle("1")
    s.handle(":save mine")
    s.finish()
    story2, _ = _tour(tmp_path, title="The Lighthouse, Revised")
    s = _session(story2, path)
    assert isinstance(s.begin().outs[-1], Ask)  # the autosave is still offered
    s.handle("n")
    assert "Not loaded" not in " ".join(getattr(o, "text", "") for o in s.handle(":load mine").outs)
    assert s.state.scene == "stairs"


def test_saves_kept_under_the_title_move_to_the_new_folder(tmp_path, data_home):
    story, path = _tour(tmp_path)
    legacy = data_home / "forkpaths" / "stories" / "the-lighthouse-tour" / "saves"
    legacy.mkdir(parents=True)
    state = saves.rt.choose(story, saves.rt.start(story, 0), saves.rt.view(story, saves.rt.start(story, 0)).choices[0].id)
    saves.save(str(legacy), story, state, "old")
    s = Session(story, path, seed=0)
    s.begin()
    s.handle(":load old")
    assert s.state.scene == "stairs" and not legacy.exists()


# ---------------------------------------------------------------- 10, 11, 16: saves outside the format

SAVES = os.path.join(HOSTILE, "saves")


def _hostile_save(tmp_path, story, name):
    """A hostile save, made to claim this very story (so the exact-story checks apply)."""
    raw = open(os.path.join(SAVES, name), encoding="utf-8").read()
    raw = raw.replace('"to be set by the test"', json.dumps(story.digest))
    path = tmp_path / "saves" / "x.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(raw, encoding="utf-8", errors="surrogatepass")
    return str(path)


@pytest.mark.parametrize("name, why", [
    ("lone_surrogate.json", "not valid Unicode"), ("huge_int.json", "far too large"),
    ("int_over_64_bits.json", "64 bits"), ("unknown_ending.json", "not one of the story's"),
    ("rng_out_of_range.json", "`rng` is out of range"), ("offer_reordered.json", "`offer`"),
])
def test_saves_outside_the_format_are_damaged(tmp_path, name, why):
    story = loader.load(TOUR).story
    path = _hostile_save(tmp_path, story, name)
    with pytest.raises(saves.DamagedSave, match=why):
        saves.load_file(path, story)
    infos = saves.list_saves(os.path.dirname(path))  # :saves lists it with its problem, no crash
    assert len(infos) == 1


def test_a_save_with_a_bom_loads(tmp_path):
    story = loader.load(TOUR).story
    got = saves.load_file(_hostile_save(tmp_path, story, "bom.json"), story)
    assert got.state.scene == "stairs"


def test_a_save_that_cannot_be_encoded_leaves_no_temporary(tmp_path):
    folder = tmp_path / "s"
    folder.mkdir()
    with pytest.raises(saves.SaveError):
        saves.write_atomic(str(folder / "x.json"), "\ud800")
    assert os.listdir(folder) == []


def test_escape_sequences_from_a_save_are_not_printed(tmp_path, data_home, monkeypatch, capsys):
    story = loader.load(TOUR).story
    path = _hostile_save(tmp_path, story, "escapes.json")
    folder = os.path.dirname(path)
    rc, out, err = _play(monkeypatch, capsys, [TOUR, "--save-dir", folder], ":load x\n:saves\n")
    assert "\x1b" not in out + err and "\x9b" not in out + err and "\x07" not in out + err
    assert "\\x1b[2J" in out and "\\x1b[31mred" in out


def test_a_folder_in_a_slot_is_a_folder_to_load_and_saves(tmp_path, data_home, monkeypatch, capsys):
    (tmp_path / "s" / "odd.json").mkdir(parents=True)
    rc, out, err = _play(monkeypatch, capsys, [TOUR, "--save-dir", str(tmp_path / "s")], ":load odd\n:saves\n")
    assert out.count("is a folder, not a save") == 2


def test_a_long_unmatched_input_is_not_echoed_in_full(data_home, monkeypatch, capsys):
    rc, out, err = _play(monkeypatch, capsys, [TOUR], "x" * 5000 + "\n" + "9" * 5000 + "\n")
    errors = [line for line in out.splitlines() if line.startswith(("No choice matches", "There is no choice"))]
    assert len(errors) == 2 and all(len(line) < 120 for line in errors), errors


# ---------------------------------------------------------------- 6: transcripts stay in their folder

@pytest.mark.parametrize("name", ["outside.transcript", "absolute.transcript", "not_a_story.transcript"])
def test_a_transcript_cannot_name_a_story_outside_its_folder(capsys, name):
    rc = main(["test", os.path.join(HOSTILE, "transcripts", name)])
    out, err = capsys.readouterr()
    assert rc == 1 and "is not a story inside the transcript's folder" in out and "root:" not in out + err


# ---------------------------------------------------------------- 12, 13: history and standard streams

def test_an_unwritable_history_is_reported_once(tmp_path):
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from forkpaths.repl.app import Repl
    story = loader.load(TOUR).story
    with create_pipe_input() as inp:
        repl = Repl(Session(story, TOUR, seed=0), input=inp, output=DummyOutput(),
                    history_file="/proc/forkpaths-cannot-write-here/input_history", width=60)
        inp.send_text("1\n2\n:help\n")
        inp.send_text("\x04")
        assert repl.run() == 0
    assert sum("input history cannot be saved" in line for line in repl.log) == 1


@pytest.mark.parametrize("redirect, what", [("0<&-", "standard input is closed"), (">&-", "standard output is closed"),
                                            (">/dev/full", "No space left on device")])
def test_closed_or_full_standard_streams_exit_2(redirect, what):
    import subprocess
    import sys
    cmd = f'"{sys.executable}" -m forkpaths play "{TOUR}" --choices 1 {redirect}'
    done = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and what in done.stderr and "Traceback" not in done.stderr


# ---------------------------------------------------------------- 14, 15: every read is bounded and never blocks

@pytest.fixture
def fifo_folder(tmp_path):
    os.mkfifo(tmp_path / "stuck.story")
    os.mkfifo(tmp_path / "stuck.transcript")
    os.mkfifo(tmp_path / "stuck.po")
    return tmp_path


@pytest.mark.parametrize("args", [["check", "{d}"], ["fmt", "{d}"], ["test", "{d}"], ["fmt", "{d}/stuck.story"],
                                  ["play", TOUR, "--lang", "{d}/stuck.po"], ["play", TOUR, "--lang", "/dev/zero"],
                                  ["test", "/dev/zero"]])
def test_fifos_and_devices_are_refused_not_waited_on(fifo_folder, capsys, monkeypatch, data_home, args):
    import signal

    def hang(*_):
        raise TimeoutError("waited on a FIFO")
    old = signal.signal(signal.SIGALRM, hang)
    signal.alarm(20)
    try:
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        rc = main([a.replace("{d}", str(fifo_folder)) for a in args])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    out, err = capsys.readouterr()
    assert rc in (1, 2) and "Traceback" not in out + err
    if "--lang" in args:
        assert "not a regular file" in err


def test_a_fifo_in_the_save_folder_does_not_hang_saves_or_completion(tmp_path, data_home):
    os.mkfifo(tmp_path / "pipe.json")
    story = loader.load(TOUR).story
    s = Session(story, TOUR, seed=0, save_dir=str(tmp_path))
    s.begin()
    assert "not a regular file" in s.handle(":saves").outs[0].text
    assert s.slots() == []


def test_play_from_dev_zero_stops_with_a_reason(monkeypatch, capsys, data_home):
    class Zero(io.StringIO):
        def readline(self, n=-1):
            return "\0" * (n if n > 0 else 1 << 20)
    monkeypatch.setattr("sys.stdin", Zero())
    rc = main(["play", TOUR])
    assert rc == 2 and "longer than 65,536 characters" in capsys.readouterr().err


def test_fmt_names_the_real_size_of_a_big_file(tmp_path, capsys):
    big = tmp_path / "big.story"
    with open(big, "wb") as f:
        f.truncate(int(51.5 * 1024 * 1024))
    assert main(["fmt", str(big)]) == 1
    assert "the file is 51.5 MB; the limit is 40 MB" in capsys.readouterr().err


def test_empty_save_dir_is_a_usage_error(monkeypatch, capsys, data_home):
    rc, out, err = _play(monkeypatch, capsys, [TOUR, "--save-dir", ""])
    assert rc == 2 and "--save-dir" in err


# ---------------------------------------------------------------- 17: temporaries of killed saves

def test_temporaries_of_killed_saves_are_removed_on_the_next_start(tmp_path, data_home):
    import subprocess
    import sys
    folder = tmp_path / "s"
    folder.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = folder / f".autosave.json.{dead.pid}-0123abcd.tmp"
    left.write_text("half a save")
    old_style = folder / ".quick.json.k2j4h5g6.tmp"
    old_style.write_text("an older version's")
    os.utime(old_style, (time.time() - 3600, time.time() - 3600))
    fresh_old_style = folder / ".slot.json.abcdefgh.tmp"
    fresh_old_style.write_text("maybe still being written")
    mine = folder / "notes.tmp"
    mine.write_text("not ours")
    story = loader.load(TOUR).story
    Session(story, TOUR, seed=0, save_dir=str(folder))
    assert sorted(os.listdir(folder)) == [".slot.json.abcdefgh.tmp", "notes.tmp"]
    assert files.sweep(str(folder), now=time.time() + 3600) == 1


# ---------------------------------------------------------------- 10: no story can make an int Python cannot print

def test_an_intermediate_value_past_64_bits_is_a_runtime_error(monkeypatch, capsys, data_home):
    rc, out, err = _play(monkeypatch, capsys, [hostile("huge_intermediate.story")])
    assert rc == 1 and "integer overflow" in out and "Traceback" not in out + err


# --- item 7: `forkpaths: error:` lines carry file names and arguments the user did not write ---

_PLANTED = ["\x1b]0;owned\x07", "\x1b[2J", "\u009b31m", "\u202e"]


@pytest.mark.parametrize("planted", _PLANTED)
@pytest.mark.parametrize("command", [["play"], ["check", "--no-analysis"], ["fmt"], ["graph"], ["strings"],
                                     ["stats"], ["test"], ["export"], ["parse"]])
def test_error_lines_escape_control_characters_in_file_names(tmp_path, capsys, command, planted):
    missing = str(tmp_path / f"no{planted}such.story")
    code = main(command + [missing])
    out, err = capsys.readouterr()
    assert code in (1, 2)
    assert "forkpaths" in err or "error" in err or "no such" in (out + err)
    for shown in (out, err):
        assert planted not in shown and "\x1b" not in shown and "\x07" not in shown


def test_usage_errors_escape_what_was_typed(capsys):
    with pytest.raises(SystemExit):
        from forkpaths.cli import build_parser
        build_parser("check").parse_args(["check", "--format", "\x1b[2Jx"])
    err = capsys.readouterr().err
    assert "invalid choice" in err and "\x1b" not in err and "\\x1b[2Jx" in err
