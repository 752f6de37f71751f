"""Transcript tests: the format, replaying runs, failure messages, recording round trips, `forkpaths test`."""

import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forkpaths import cli, loader, runtime, transcript
from forkpaths.render import plain_lines

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(HERE, "data", "tooling")
TINY = os.path.join(DATA, "tiny")
TOUR = os.path.join(ROOT, "stories", "tour")


def results_by_name(path):
    return {r.name: r for r in transcript.run_file(path)}


# ---------------------------------------------------------------- the format

def test_parse_runs_seeds_steps_and_regexes():
    t = transcript.read(os.path.join(TINY, "main.transcript"))
    assert t.story == os.path.join(TINY, "main.story")
    assert [r.name for r in t.runs] == ["red then back", "to sleep", "blue with a seed"]
    first, _, third = t.runs
    assert first.seed == 0 and third.seed == 7
    assert [s.choice for s in first.steps] == [None, "red", "Go back", "Wait", "blue"]
    opening = first.steps[0].expects
    assert opening[0].regex is None and opening[0].text.startswith("A cold hall.")
    regex = first.steps[2].expects[1]
    assert regex.regex is not None
    assert regex.matches("2. Open the gold door (unavailable: x)")
    assert not regex.matches("3. Open the gold door (unavailable: x)")


def test_default_story_is_the_same_stem_then_main(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # `../main.story` stays inside the current folder (the project)
    (tmp_path / "main.story").write_text("=== a ===\n-> END \"x\"\n")
    assert transcript.story_for(str(tmp_path / "other.transcript")) == str(tmp_path / "main.story")
    (tmp_path / "other.story").write_text("=== a ===\n-> END \"x\"\n")
    assert transcript.story_for(str(tmp_path / "other.transcript")) == str(tmp_path / "other.story")
    assert transcript.story_for(str(tmp_path / "t" / "x.transcript"), "../main.story") == \
        os.path.normpath(str(tmp_path / "main.story"))


@pytest.mark.parametrize("text, line, words", [
    ("", 0, "no runs"),
    ("# only a comment\n", 0, "no runs"),
    ("A line before any run\n", 1, "run: NAME"),
    ("> 1\n", 1, "run: NAME"),
    ("run: a\nLine\nseed: 3\n", 3, "right after its `run:`"),
    ("seed: 1\nrun: a\n", 1, "belongs to a run"),
    ("run: a\nseed: one\n", 2, "whole number"),
    ("run: a\nstory: x.story\n", 2, "before the first `run:`"),
    ("story: a.story\nstory: b.story\nrun: a\n", 2, "twice"),
    ("story:\nrun: a\n", 1, "needs a path"),
    ("run:\n", 1, "needs a name"),
    ("run: a\nrun: a\n", 2, "already defined on line 1"),
    ("run: a\n>\n", 2, "needs a choice"),
    ("run: a\n/(unclosed/\n", 2, "bad regular expression"),
])
def test_malformed_transcripts_say_where_and_why(text, line, words):
    with pytest.raises(transcript.TranscriptError) as e:
        transcript.parse(text, "t.transcript")
    assert e.value.line == line
    assert words in e.value.message


def test_blank_lines_comments_and_indentation_are_ignored():
    t = transcript.parse("\n# c\nrun: a\n\n   seed: 2\n\n   > 1\n   # not a line\n  THE END: x  \n", "t")
    (r,) = t.runs
    assert r.seed == 2
    assert [(s.choice, [e.text for e in s.expects]) for s in r.steps] == [(None, []), ("1", ["THE END: x"])]


# ---------------------------------------------------------------- replaying

def test_the_tiny_transcript_passes():
    got = transcript.run_file(os.path.join(TINY, "main.transcript"))
    assert [(r.name, r.ok) for r in got] == [("red then back", True), ("to sleep", True),
                                             ("blue with a seed", True)], [r.message for r in got]
    assert got[0].steps == 4


def test_the_tour_transcript_passes():
    got = transcript.run_file(os.path.join(TOUR, "main.transcript"))
    assert len(got) >= 3
    assert all(r.ok for r in got), "\n".join(r.message for r in got if not r.ok)


def test_a_missing_line_shows_expected_and_actual():
    r = results_by_name(os.path.join(TINY, "failing.txt"))
    assert r["passes"].ok
    bad = r["wrong line"]
    assert not bad.ok
    lines = bad.message.splitlines()
    assert lines[0].endswith("run `wrong line`: after `> 1`, output line 1 differs")
    assert lines[0].startswith(os.path.join(TINY, "failing.txt") + ":9:")
    assert "  expected: A red room. Second time here." in lines
    assert "  actual:   A red room. First time here." in lines


def test_the_actual_line_is_the_one_after_the_last_match(tmp_path):
    (tmp_path / "main.story").write_bytes(open(os.path.join(TINY, "main.story"), "rb").read())
    (tmp_path / "main.transcript").write_text("run: a\n1. Open the red door\n4. Waiting\n")
    (r,) = transcript.run_file(str(tmp_path / "main.transcript"))
    assert not r.ok
    assert "output line 3 differs" in r.message
    assert "  expected: 4. Waiting" in r.message
    assert "  actual:   2. Open the blue door" in r.message


def test_lines_must_come_in_order(tmp_path):
    (tmp_path / "main.story").write_bytes(open(os.path.join(TINY, "main.story"), "rb").read())
    (tmp_path / "main.transcript").write_text("run: a\n2. Open the blue door\n1. Open the red door\n")
    (r,) = transcript.run_file(str(tmp_path / "main.transcript"))
    assert not r.ok and "expected: 1. Open the red door" in r.message
    assert "actual:   3. Open the gold door" in r.message


@pytest.mark.parametrize("name, words", [
    ("locked", "is not available: It is locked tight."),
    ("after the end", "the story has already ended (THE END: Blue)"),
    ("ambiguous", "it matches several choices"),
    ("no such choice", "there is no choice 9: 4 shown"),
])
def test_choices_that_cannot_be_made_fail_the_run(name, words):
    r = results_by_name(os.path.join(TINY, "failing.txt"))[name]
    assert not r.ok
    assert words in r.message
    assert "    | 1. Open the red door" in r.message or "THE END" in r.message


def test_choice_by_text_exact_beats_prefix_beats_substring():
    story = loader.load(os.path.join(TINY, "main.story")).story
    v = runtime.view(story, runtime.start(story))
    assert transcript.find_choice(v, "WAIT")[0].id == "wait"
    assert transcript.find_choice(v, "open the b")[0].id == "open_the_blue_door"
    assert transcript.find_choice(v, "red")[0].id == "open_the_red_door"
    assert transcript.find_choice(v, "door")[0] is None
    assert transcript.find_choice(v, "0")[0] is None
    assert transcript.find_choice(v, "4")[0].id == "wait"


def test_a_story_with_errors_fails_every_run():
    (r,) = transcript.run_file(os.path.join(DATA, "broken", "main.txt"))
    assert not r.ok
    assert "has errors" in r.message and "FP201" in r.message


def test_unreadable_or_malformed_files_give_one_failed_result(tmp_path):
    (r,) = transcript.run_file(str(tmp_path / "missing.transcript"))
    assert not r.ok and "cannot read" in r.message
    bad = tmp_path / "bad.transcript"
    bad.write_bytes(b"run: a\n\xff\n")
    (r,) = transcript.run_file(str(bad))
    assert not r.ok and ":2:" in r.message and "UTF-8" in r.message


def test_a_runtime_failure_is_reported_not_raised(tmp_path):
    (tmp_path / "main.story").write_text("var z = 0\n=== a ===\n~ z = z + 0\n* [Divide] -> b\n"
                                         "=== b ===\nIt is {1 / z}.\n-> END \"x\"\n")
    (tmp_path / "main.transcript").write_text("run: a\n> Divide\n")
    (r,) = transcript.run_file(str(tmp_path / "main.transcript"))
    assert not r.ok and "division by zero" in r.message


# ---------------------------------------------------------------- recording

def _record(story, seed, picks):
    state = runtime.start(story, seed)
    steps = [(None, plain_lines(runtime.view(story, state)))]
    for pick in picks:
        v = runtime.view(story, state)
        c = [c for c in v.choices if c.available][pick % len([c for c in v.choices if c.available])]
        ref = transcript.choice_ref(v, c.id)
        state = runtime.choose(story, state, c.id)
        steps.append((ref, plain_lines(runtime.view(story, state))))
        if state.ending is not None:
            break
    return steps


@settings(max_examples=40)
@given(seed=st.integers(0, 2**32), picks=st.lists(st.integers(0, 5), max_size=8))
def test_a_recorded_transcript_replays(tmp_path_factory, seed, picks):
    story = loader.load(os.path.join(TOUR, "main.story")).story
    text = transcript.format_transcript("main.story", [("recorded", seed, _record(story, seed, picks))])
    t = transcript.parse(text, os.path.join(TOUR, "recorded.transcript"))
    (r,) = transcript.run_transcript(t)
    assert r.ok, r.message


@settings(max_examples=300)
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40))
def test_expected_line_reads_back_as_exactly_that_line(line):
    line = line.strip()
    text = f"run: a\n{transcript.expected_line(line)}\n" if line else "run: a\n"
    (run,) = transcript.parse(text, "t").runs
    if not line:
        assert run.steps[0].expects == ()
        return
    (e,) = run.steps[0].expects
    assert e.matches(line)
    assert not e.matches(line + "x")


# ---------------------------------------------------------------- the command

def test_cli_passes_fails_and_reports(capsys):
    assert cli.main(["test", os.path.join(TINY, "main.transcript")]) == 0
    out = capsys.readouterr().out
    assert "PASS  red then back" in out and "3 runs in 1 file: 3 passed, 0 failed" in out
    assert cli.main(["test", os.path.join(TINY, "failing.txt")]) == 1
    out = capsys.readouterr().out
    assert "FAIL  wrong line" in out and "expected: A red room. Second time here." in out


def test_cli_finds_transcripts_in_folders_and_beside_stories(capsys):
    assert cli.main(["test", "-q", TINY]) == 0  # failing.txt is not a .transcript: not collected
    assert "3 runs in 1 file" in capsys.readouterr().out
    assert cli.main(["test", os.path.join(TINY, "main.story")]) == 0


def test_cli_json(capsys):
    assert cli.main(["test", "--format", "json", os.path.join(TINY, "failing.txt")]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["passed"] == 1 and data["failed"] == 5
    assert data["files"][0]["runs"][1]["name"] == "wrong line"


def test_cli_usage_errors_exit_2(tmp_path, capsys):
    assert cli.main(["test", str(tmp_path / "nope")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert cli.main(["test", str(tmp_path)]) == 2
    assert "no .transcript files" in capsys.readouterr().err
    (tmp_path / "x.story").write_text("=== a ===\n-> END \"e\"\n")
    assert cli.main(["test", str(tmp_path / "x.story")]) == 2
    assert "no transcript beside it" in capsys.readouterr().err
