"""`forkpaths play` without a terminal: plain text, one line in, diffable output, clean exits."""

import io
import os
import subprocess
import sys
import time

import pytest

from forkpaths import cli, loader
from forkpaths import runtime as rt
from forkpaths.commands import play
from forkpaths.render import plain_lines

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TOUR = os.path.join(ROOT, "stories", "tour", "main.story")
FAULTS = os.path.join(HERE, "data", "runtime", "faults.story")


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def forkpaths(*args, stdin="", env=None, cwd=None):
    """Run the real command in a subprocess with piped stdin -> CompletedProcess."""
    return subprocess.run([sys.executable, "-m", "forkpaths", *args], input=stdin, capture_output=True, text=True,
                          cwd=cwd or ROOT, env={**os.environ, **(env or {}), "PYTHONPATH": ROOT}, timeout=60)


def play_in_process(monkeypatch, capsys, argv, stdin=""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(["play", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def expected(story, seed, picks):
    """What the plain player must print: plain_lines per step, `> N` echoes, blocks split by blank lines."""
    s = rt.start(story, seed)
    blocks = []

    def passage(state):
        v = rt.view(story, state)
        lines = plain_lines(v)
        n = len(v.paragraphs)
        blocks.extend([ln] for ln in lines[:n])
        if lines[n:]:
            blocks.append(lines[n:])

    passage(s)
    for k in picks:
        blocks.append([f"> {k}"])
        s = rt.choose(story, s, rt.view(story, s).choices[int(k) - 1].id)
        passage(s)
    return "\n\n".join("\n".join(b) for b in blocks) + "\n"


class TestPiped:
    def test_printf_into_play(self):
        got = forkpaths("play", TOUR, stdin="1\n2\n")
        assert got.returncode == 0, got.stderr
        assert got.stdout == expected(loader.load(TOUR).story, 0, ["1", "2"])
        assert "\x1b" not in got.stdout and got.stderr == ""

    def test_non_blank_lines_are_exactly_plain_lines(self):
        got = forkpaths("play", TOUR, stdin="1\n1\n")
        story = loader.load(TOUR).story
        s = rt.start(story, 0)
        want = plain_lines(rt.view(story, s))
        for k in ("1", "1"):
            s = rt.choose(story, s, rt.available(story, s)[int(k) - 1])
            want += [f"> {k}"] + plain_lines(rt.view(story, s))
        assert [ln for ln in got.stdout.splitlines() if ln] == want

    def test_same_input_same_bytes(self):
        a = forkpaths("play", TOUR, "--seed", "5", stdin="4\n1\n2\n")
        b = forkpaths("play", TOUR, "--seed", "5", stdin="4\n1\n2\n")
        assert a.stdout == b.stdout and a.returncode == b.returncode == 0

    def test_choices_option_and_seed(self):
        got = forkpaths("play", TOUR, "--choices", "1,1,1", "--seed", "3")
        assert got.returncode == 0
        assert got.stdout == expected(loader.load(TOUR).story, 3, ["1", "1", "1"])
        assert got.stdout.endswith("> 1\n\nTHE END: The Keeper\n")

    def test_choice_by_text(self):
        got = forkpaths("play", TOUR, stdin="climb\nlight the LAMP\n")
        assert "> light the LAMP\n\nThe lamp catches. Turn 2, traveller.\n" in got.stdout

    def test_end_of_input_is_a_clean_exit(self):
        got = forkpaths("play", TOUR, stdin="")
        assert got.returncode == 0 and got.stdout.endswith("4. Call out\n")

    def test_bad_input_is_reported_in_the_output(self):
        got = forkpaths("play", TOUR, stdin="7\nnothing like it\n3\n:nope\n")
        assert got.returncode == 0
        assert "> 7\n\nThere is no choice 7: pick 1 to 4.\n" in got.stdout
        assert "No choice matches \u201cnothing like it\u201d: no choice shown has that text." in got.stdout
        assert "\u201cLight a beacon fire" in got.stdout and "is not available: You need more oil first." in got.stdout
        assert "Unknown command :nope." in got.stdout

    def test_commands_through_a_pipe(self, tmp_path):
        got = forkpaths("play", TOUR, "--save-dir", str(tmp_path / "s"),
                        stdin="1\n:save here\n2\n:load here\n:history\n:quit\n1\n")
        assert got.returncode == 0
        assert "Saved in slot `here`." in got.stdout
        assert os.path.exists(tmp_path / "s" / "here.json")
        assert got.stdout.endswith("> :history\n\n  1. The Shore: Climb the stairs\n\n> :quit\n")

    def test_no_autosave_through_a_pipe(self, data_home):
        forkpaths("play", TOUR, stdin="1\n", env={"XDG_DATA_HOME": str(data_home)})
        assert not data_home.exists()

    def test_runtime_error_is_a_message_with_a_location(self):
        got = forkpaths("play", FAULTS, stdin="1\n")
        assert got.returncode == 1
        assert "faults.story:18:17: runtime error: division by zero" in got.stdout
        assert "Traceback" not in got.stdout + got.stderr

    def test_record_writes_a_transcript_that_passes(self, tmp_path):
        out = tmp_path / "tour.transcript"
        got = forkpaths("play", TOUR, stdin=f"1\n:record {out}\n1\n1\n")
        assert got.returncode == 0
        text = out.read_text(encoding="utf-8")
        lines = [ln for ln in text.splitlines() if ln]
        assert lines[0] == "# recorded by forkpaths play"
        assert lines[1] == "story: " + os.path.relpath(TOUR, tmp_path).replace(os.sep, "/")
        assert lines[2].startswith("run: recorded ") and lines[3] == "seed: 0"
        assert "> 1" in lines and "THE END: The Keeper" in lines
        from forkpaths import transcript
        results = transcript.run_file(str(out))
        assert results and all(r.ok for r in results), [r.message for r in results]


class TestStories:
    def test_folder_argument(self):
        got = forkpaths("play", os.path.join(ROOT, "stories", "tour"), stdin="")
        assert got.returncode == 0 and "1. Climb the stairs" in got.stdout

    def test_missing_story(self):
        got = forkpaths("play", "no/such.story")
        assert got.returncode == 2 and "no such file or folder" in got.stderr

    def test_story_with_errors(self, tmp_path):
        bad = tmp_path / "bad.story"
        bad.write_text("=== a ===\n-> nowhere\n", encoding="utf-8")
        got = forkpaths("play", str(bad))
        assert got.returncode == 1 and "FP202" in got.stderr and got.stdout == ""

    def test_bundled_story_is_the_default(self, monkeypatch, capsys):
        path = play.bundled_path()
        assert path is not None and path.endswith(os.path.join("stories", "neither_human", "main.story"))
        code, out, err = play_in_process(monkeypatch, capsys, [])
        assert code in (0, 1), err  # the bundled story is still being written
        if code == 0:
            story = loader.load(path).story
            assert out.splitlines()[0] == plain_lines(rt.view(story, rt.start(story)))[0]

    def test_bundled_story_missing_from_an_installation(self, monkeypatch, capsys):
        monkeypatch.setattr(play, "bundled_path", lambda: None)
        code, out, err = play_in_process(monkeypatch, capsys, [])
        assert code == 2
        assert "the bundled story is not part of this installation" in err
        assert "forkpaths play path/to/main.story" in err

    def test_lang(self, tmp_path, monkeypatch, capsys):
        i18n = pytest.importorskip("forkpaths.i18n")
        story = loader.load(TOUR).story
        po = i18n.write_po(i18n.extract(story), "tour", "tour")
        po = po.replace('msgid "Climb the stairs"\nmsgstr ""', 'msgid "Climb the stairs"\nmsgstr "Monter l\u2019escalier"')
        path = tmp_path / "fr.po"
        path.write_text(po, encoding="utf-8")
        code, out, err = play_in_process(monkeypatch, capsys, [TOUR, "--lang", str(path)])
        assert code == 0, err
        assert "1. Monter l\u2019escalier" in out
        code, out, err = play_in_process(monkeypatch, capsys, [TOUR, "--lang", str(tmp_path / "none.po")])
        assert code == 2 and "none.po" in err


class TestStartup:
    def test_play_imports_no_checker_or_hypothesis_or_prompt_toolkit_through_a_pipe(self):
        code = ("import io, sys; sys.stdin = io.StringIO('')\n"
                "from forkpaths import cli\n"
                f"cli.main(['play', {TOUR!r}])\n"
                "bad = sorted({m.split('.')[0] if not m.startswith('forkpaths') else m for m in sys.modules\n"
                "       if m.split('.')[0] in ('prompt_toolkit', 'hypothesis') or m.startswith('forkpaths.analysis')\n"
                "       or m.startswith('forkpaths.commands.check')})\n"
                "print('BAD', bad, file=sys.stderr)")
        got = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert "BAD []" in got.stderr, got.stderr

    def test_first_screen_is_quick(self):
        t = time.perf_counter()
        got = forkpaths("play", TOUR, stdin="")
        assert got.returncode == 0
        assert time.perf_counter() - t < 5  # generous here; `make bench` measures the real figure


class TestSavesAcrossEdits:
    STORY = ('title: Edit Me\nstart: a\n\nvar n = 0\n\n=== a ===\nRoom A, n is {n}.\n+ [Up]\n    ~ n += 1\n    -> b\n'
             '=== b ===\nRoom B.\n* [Down] -> a\n* [Stop] -> END "Stopped"\n')

    def test_edited_story_loads_with_notes(self, tmp_path):
        main = tmp_path / "main.story"
        main.write_text(self.STORY, encoding="utf-8")
        saves_dir = str(tmp_path / "saves")
        forkpaths("play", str(main), "--save-dir", saves_dir, stdin="1\n:save s\n")
        main.write_text(self.STORY.replace("var n = 0\n", "var n = 0\nvar m = 4\n")
                        .replace("Room B.", "Room B, m is {m}."), encoding="utf-8")
        got = forkpaths("play", str(main), "--save-dir", saves_dir, stdin=":load s\n")
        assert "The story has changed since this save; your place is kept." in got.stdout
        assert "New variable `m` starts at 4." in got.stdout
        assert got.stdout.endswith("Room B.\n\n1. Down\n2. Stop\n")

    def test_lost_scene_offers_replay(self, tmp_path):
        main = tmp_path / "main.story"
        main.write_text(self.STORY, encoding="utf-8")
        saves_dir = str(tmp_path / "saves")
        forkpaths("play", str(main), "--save-dir", saves_dir, stdin="1\n1\n1\n:save s\n")
        main.write_text(self.STORY.replace("-> b", "-> c").replace("=== b ===", "=== c ==="), encoding="utf-8")
        got = forkpaths("play", str(main), "--save-dir", saves_dir, stdin=":load s\ny\n")
        out = got.stdout
        assert "The story has changed: the scene `b` where this save stands is no longer in the story." in out
        assert "Replay your 3 recorded choices from the start, as far as they still go? [Y/n]" in out
        assert "Replayed 1 of 3 choices." in out
        assert out.endswith("Room B.\n\n1. Down\n2. Stop\n")

    def test_damaged_save_is_reported_and_kept(self, tmp_path):
        folder = tmp_path / "saves"
        folder.mkdir()
        (folder / "bad.json").write_text('{"format": "forkpaths-save", "version": 1, "min', encoding="utf-8")
        got = forkpaths("play", TOUR, "--save-dir", str(folder), stdin=":load bad\n:saves\n")
        assert "Not loaded: " in got.stdout and "damaged" in got.stdout and "cut short" in got.stdout
        assert "bad          cannot be read:" in got.stdout
        assert (folder / "bad.json").read_text(encoding="utf-8").endswith('"min')
