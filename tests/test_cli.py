"""The command line: `check` (text, json, github; files, folders, default path), `parse`, `--version`, exit codes."""

import json
import os
import re
import subprocess
import sys

import pytest

import forkpaths
from forkpaths import loader
from forkpaths.cli import main
from forkpaths.diagnostics import REGISTRY

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOUR = os.path.join(REPO, "stories", "tour")

CLEAN = 'title: Clean\n=== a ===\nHello.\n* [Go] -> b\n=== b ===\n-> END "Done"\n'
WARNS = 'var spare = 1\n=== a ===\n-> END "x"\n'  # FP208 only
NOTES = '=== a ===\n// TODO: write more\n-> END "x"\n'  # FP901 only
ERRORS = 'var x = 1\n=== a ===\n~ x = true\n{x}\n-> nowhere\n'  # FP206 3:7, FP202 5:1
KEYS = {"code", "severity", "message", "hint", "file", "line", "column", "end_line", "end_column"}


def run(args, capsys):
    rc = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return rc, out, err


@pytest.fixture
def here(tmp_path, monkeypatch):
    """Work in an empty folder; returns a writer of story files in it."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")

    def write(name, text):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return name

    return write


# ---------------------------------------------------------------- check: text


def test_clean_story_exits_0(here, capsys):
    here("ok.story", CLEAN)
    rc, out, err = run(["check", "ok.story"], capsys)
    assert rc == 0 and err == ""
    assert "ok.story: 2 scenes, 1 ending" in out
    assert re.search(r"^1 story checked: 0 errors, 0 warnings \(\d+\.\d\d s\)$", out, re.M)


def test_story_errors_exit_1_and_read_like_a_compiler(here, capsys):
    here("bad.story", ERRORS)
    rc, out, err = run(["check", "bad.story"], capsys)
    assert rc == 1
    assert ("bad.story:3:7: error[FP206]: `x` is an int, but the value is a bool\n"
            "   3 | ~ x = true\n"
            "     |       ^^^^\n"
            f"  = hint: {REGISTRY['FP206'].hint}\n") in out
    assert "bad.story:5:1: error[FP202]: no scene named `nowhere`" in out
    assert "1 story checked: 2 errors, 0 warnings" in out
    assert "\x1b[" not in out  # NO_COLOR and not a terminal: no colour codes


def test_errors_sorted_by_file_then_severity_then_position(here, capsys):
    here("z.story", 'var spare = 1\n=== a ===\n-> b\n')
    here("a.story", '=== a ===\n-> c\n// TODO: later\n')
    rc, out, _ = run(["check", "z.story", "a.story"], capsys)
    heads = re.findall(r"^(\S+:\d+:\d+): (\w+)\[(FP\d+)\]", out, re.M)
    # FP411: with its errors neutralised, what the rest of each story reaches (a note at the first error)
    assert heads == [("a.story:2:1", "error", "FP202"), ("a.story:2:1", "note", "FP411"), ("a.story:3:1", "note", "FP901"),
                     ("z.story:3:1", "error", "FP202"), ("z.story:1:5", "warning", "FP208"), ("z.story:3:1", "note", "FP411")]


def test_warnings_exit_0_unless_strict(here, capsys):
    here("w.story", WARNS)
    rc, out, _ = run(["check", "w.story"], capsys)
    assert rc == 0 and "w.story:1:5: warning[FP208]" in out and "0 errors, 1 warning" in out
    rc, out, _ = run(["check", "--strict", "w.story"], capsys)
    assert rc == 1 and "w.story:1:5: error[FP208]" in out and "1 error, 0 warnings" in out


def test_notes_do_not_fail_even_strict(here, capsys):
    here("n.story", NOTES)
    for args in (["check", "n.story"], ["check", "--strict", "n.story"]):
        rc, out, _ = run(args, capsys)
        assert rc == 0
        assert "n.story:2:1: note[FP901]: TODO: write more" in out
        assert "0 errors, 0 warnings, 1 note" in out


def test_every_error_of_every_story_at_once(here, capsys):
    here("one.story", ERRORS)
    here("two.story", '=== a ===\nHi } there\n-> END "e"\n=== b ===\n-> nowhere\n')
    rc, out, _ = run(["check", "one.story", "two.story"], capsys)
    assert rc == 1
    found = re.findall(r"^(\S+): error\[(FP\d+)\]", out, re.M)
    assert found == [("one.story:3:7", "FP206"), ("one.story:5:1", "FP202"),
                     ("two.story:2:4", "FP107"), ("two.story:5:1", "FP202")]
    assert "2 stories checked: 4 errors" in out


# ---------------------------------------------------------------- check: paths


def test_default_path_is_stories_folder(here, capsys):
    here("stories/first/main.story", 'include "chapter.story"\n=== a ===\n-> b\n')
    here("stories/first/chapter.story", '=== b ===\n-> END "e"\n')
    here("stories/second.story", CLEAN)
    rc, out, err = run(["check"], capsys)
    assert rc == 0, out + err
    assert "stories/first/main.story: 2 scenes" in out
    assert "stories/second.story: 2 scenes" in out
    assert "2 stories checked" in out  # the chapter is part of main.story, not a story of its own


def test_default_path_missing_is_an_io_error(here, capsys):
    rc, out, err = run(["check"], capsys)
    assert rc == 2
    assert "forkpaths: error: no stories/ folder and no .story file in the current folder" in err


def test_without_stories_folder_the_default_is_the_story_files_here(here, capsys):
    """The one default-path rule: `stories/` when it exists, else the story entry files of the current folder."""
    here("main.story", 'include "chapters/one.story"\n\n=== a ===\n-> b\n')
    here("chapters/one.story", '=== b ===\n-> END "e"\n')
    here("main.transcript", "story: main.story\n\nrun: straight through\nTHE END: e\n")
    for args in (["check"], ["stats"], ["strings"], ["graph"], ["fmt", "--check"], ["test"]):
        rc, out, err = run(args, capsys)
        assert rc == 0 and "error" not in err, (args, out, err)
    rc, out, _ = run(["check"], capsys)
    assert "main.story: 2 scenes" in out and "1 story checked" in out  # the chapter belongs to main.story
    rc, out, err = run(["fmt", "--check"], capsys)
    assert "2 unchanged" in err  # main.story and the chapter it includes
    here("stories/other.story", CLEAN)  # once stories/ exists, it is the default
    rc, out, _ = run(["check"], capsys)
    assert rc == 0 and "stories/other.story: 2 scenes" in out and "main.story" not in out


def test_default_without_main_story_takes_every_entry_here(here, capsys):
    here("a.story", 'include "shared.story"\n=== a ===\n-> s\n')
    here("shared.story", '=== s ===\n-> END "s"\n')
    here("b.story", CLEAN)
    rc, out, _ = run(["check"], capsys)
    assert rc == 0 and "a.story: 2 scenes" in out and "b.story: 2 scenes" in out and "2 stories checked" in out
    rc, out, err = run(["stats"], capsys)  # one-story commands want exactly one
    assert rc == 2 and "the current folder holds 2 stories (a.story, b.story); name one story file" in err


def test_folder_without_main_checks_every_file_nobody_includes(here, capsys):
    here("lib/a.story", 'include "shared.story"\n=== a ===\n-> s\n')
    here("lib/b.story", '=== b ===\n-> END "b"\n')
    here("lib/shared.story", '=== s ===\n-> END "s"\n')
    here("lib/.hidden/c.story", "not even a story")
    here("lib/notes.txt", "not a story")
    assert [os.path.basename(p) for p in loader.find_stories(["lib"])] == ["a.story", "b.story"]
    rc, out, _ = run(["check", "lib"], capsys)
    assert rc == 0 and "2 stories checked" in out


def test_folder_with_main_story_checks_only_main(here, capsys):
    here("tale/main.story", 'include "parts/p.story"\n=== a ===\n-> p\n')
    here("tale/parts/p.story", '=== p ===\n-> END "p"\n')
    here("tale/parts/unused.story", '=== q ===\n-> nowhere\n')
    rc, out, _ = run(["check", "tale"], capsys)
    assert rc == 0 and "1 story checked" in out


def test_files_and_folders_mixed(here, capsys):
    here("d/x.story", CLEAN)
    here("y.story", ERRORS)
    rc, out, _ = run(["check", "d", "y.story"], capsys)
    assert rc == 1 and "2 stories checked" in out


def test_folder_with_no_stories_is_an_io_error(here, capsys, tmp_path):
    (tmp_path / "empty").mkdir()
    rc, out, err = run(["check", "empty"], capsys)
    assert rc == 2 and "no .story files found in empty" in err


def test_missing_path_exits_2_even_with_story_errors(here, capsys):
    here("bad.story", ERRORS)
    rc, out, err = run(["check", "bad.story", "gone.story"], capsys)
    assert rc == 2
    assert "gone.story: no such file or folder" in err
    assert "bad.story:3:7: error[FP206]" in out


def test_bundled_tour_follows_the_language_rules():
    loaded = loader.load(os.path.join(TOUR, "main.story"))
    assert loaded.ok and loaded.diagnostics == (), [(d.code, str(d.span)) for d in loaded.diagnostics]
    assert len(loaded.story.real_scenes) == 6 and len(loaded.story.endings) == 3  # a weave's parts are not scenes


# ---------------------------------------------------------------- check: json


def test_json_format(here, capsys):
    here("bad.story", ERRORS)
    here("ok.story", CLEAN)
    rc, out, err = run(["check", "--format", "json", "bad.story", "ok.story"], capsys)
    assert rc == 1 and err == ""
    doc = json.loads(out)
    assert set(doc) >= {"diagnostics"}
    assert all(set(d) == KEYS for d in doc["diagnostics"])
    first = doc["diagnostics"][0]
    assert first == {"code": "FP206", "severity": "error", "message": "`x` is an int, but the value is a bool",
                     "hint": REGISTRY["FP206"].hint, "file": "bad.story", "line": 3, "column": 7,
                     "end_line": 3, "end_column": 11}
    assert [d["code"] for d in doc["diagnostics"]] == ["FP206", "FP202", "FP411"]
    stories = {s["file"]: s for s in doc["stories"]}  # per-story results (docs/check.md has the rest)
    assert stories["ok.story"]["ok"] is True and stories["bad.story"]["ok"] is False


def test_json_clean_and_strict(here, capsys):
    here("w.story", WARNS)
    rc, out, _ = run(["check", "--format", "json", "w.story"], capsys)
    assert rc == 0 and [d["severity"] for d in json.loads(out)["diagnostics"]] == ["warning"]
    rc, out, _ = run(["check", "--format", "json", "--strict", "w.story"], capsys)
    assert rc == 1 and [d["severity"] for d in json.loads(out)["diagnostics"]] == ["error"]


def test_json_is_utf8_not_escaped(here, capsys):
    here("k.story", 'var 이름 = 1\n=== a ===\n-> END "끝"\n')
    rc, out, _ = run(["check", "--format", "json", "k.story"], capsys)
    doc = json.loads(out)
    assert doc["diagnostics"] and all(d["file"] == "k.story" for d in doc["diagnostics"])


# ---------------------------------------------------------------- check: github

GITHUB = re.compile(r"^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),"
                    r"(?:endLine=\d+,endColumn=\d+,)?title=(FP\d{3})::(.+)$")


def test_github_format(here, capsys):
    here("bad.story", ERRORS)
    here("w.story", WARNS)
    here("n.story", NOTES)
    rc, out, err = run(["check", "--format", "github", "bad.story", "w.story", "n.story"], capsys)
    assert rc == 1 and err == ""
    lines = [line for line in out.splitlines() if line.startswith("::")]  # other lines are plain log
    parsed = [GITHUB.match(line) for line in lines]
    assert all(parsed), lines
    got = [(m[1], m[2], m[3], m[4], m[5]) for m in parsed]
    assert got == [("error", "bad.story", "3", "7", "FP206"), ("error", "bad.story", "5", "1", "FP202"),
                   ("notice", "bad.story", "3", "7", "FP411"), ("notice", "n.story", "2", "1", "FP901"),
                   ("warning", "w.story", "1", "5", "FP208")]
    assert parsed[0][6] == "`x` is an int, but the value is a bool"


def test_github_format_escapes_properties_and_data(here, capsys):
    here("odd, name: 100%.story", '=== a ===\n-> nowhere\n')
    rc, out, _ = run(["check", "--format", "github", "odd, name: 100%.story"], capsys)
    assert rc == 1
    [line] = [line for line in out.splitlines() if line.startswith("::error")]
    assert line.startswith("::error file=odd%2C name%3A 100%25.story,line=2,col=1,")


def test_github_format_annotates_nothing_when_clean(here, capsys):
    here("ok.story", CLEAN)
    rc, out, _ = run(["check", "--format", "github", "ok.story"], capsys)
    assert rc == 0 and "::" not in out


# ---------------------------------------------------------------- parse


def test_parse_dumps_the_resolved_model(here, capsys, monkeypatch):
    monkeypatch.chdir(REPO)
    rc, out, err = run(["parse", "stories/tour/main.story"], capsys)
    assert rc == 0 and err == ""
    doc = json.loads(out)
    assert doc["node"] == "Story" and doc["title"] == "The Lighthouse Tour" and doc["start"] == "shore"
    assert [v["name"] for v in doc["variables"]] == ["lamp_lit", "oil", "name", "STEPS", "weather", "found"]
    assert {s["name"] for s in doc["scenes"]} >= {"shore", "stairs", "lamp", "beacon", "keeper_memory"}
    assert {e["name"] for e in doc["endings"]} == {"The Keeper", "The Voyage", "The Beacon"}
    shore = next(s for s in doc["scenes"] if s["name"] == "shore")
    assert [c["id"] for c in shore["choices"]] == ["climb_the_stairs", "wait", "light_a_beacon_fire", "call_out"]
    assert shore["choices"][2]["reason"] == "You need more oil first."
    assert "span" not in json.dumps(doc)


def test_parse_with_spans(here, capsys):
    here("s.story", CLEAN)
    rc, out, _ = run(["parse", "--spans", "s.story"], capsys)
    doc = json.loads(out)
    scene = doc["scenes"][0]
    assert scene["span"]["file"] == "s.story" and scene["span"]["line"] == 2
    assert scene["choices"][0]["span"]["line"] == 4


def test_parse_of_a_broken_story_exits_1_with_diagnostics_on_stderr(here, capsys):
    here("bad.story", ERRORS)
    rc, out, err = run(["parse", "bad.story"], capsys)
    assert rc == 1 and out == ""
    assert "bad.story:3:7: error[FP206]" in err and "bad.story:5:1: error[FP202]" in err


def test_parse_output_to_a_closed_pipe_is_quiet(tmp_path):
    main_story = os.path.join(REPO, "stories", "neither_human", "main.story")
    proc = subprocess.Popen([sys.executable, "-m", "forkpaths", "parse", "--spans", main_story],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    proc.stdout.read(16)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err and "Error" not in err


# ---------------------------------------------------------------- version, usage, python -m


def _pyproject_version():
    with open(os.path.join(REPO, "pyproject.toml"), encoding="utf-8") as f:
        return re.search(r'(?m)^version\s*=\s*"([^"]+)"', f.read())[1]


def test_version(capsys):
    rc, out, _ = run(["--version"], capsys)
    assert rc == 0
    assert out.strip() == f"forkpaths {forkpaths.__version__}" == f"forkpaths {_pyproject_version()}"


@pytest.mark.parametrize("args, message", [
    (["bogus"], "invalid choice: 'bogus'"),
    (["check", "--format", "xml"], "invalid choice: 'xml'"),
    (["check", "--no-such-option"], "unrecognized arguments: --no-such-option"),
    (["parse"], "the following arguments are required: file"),
    (["parse", "a.story", "b.story"], "unrecognized arguments: b.story"),
    (["--frobnicate"], "unrecognized arguments"),
])
def test_usage_errors_exit_2_without_traceback(capsys, args, message):
    rc, out, err = run(args, capsys)
    assert rc == 2
    assert "usage: forkpaths" in err and message in err


def test_no_command_prints_help_and_exits_2(capsys):
    rc, out, err = run([], capsys)
    assert rc == 2
    assert "usage: forkpaths" in out and "check" in out and "parse" in out


def test_help_exits_0(capsys):
    for args in (["--help"], ["check", "--help"], ["parse", "--help"]):
        rc, out, _ = run(args, capsys)
        assert rc == 0 and "usage: forkpaths" in out
    rc, out, _ = run(["check", "--help"], capsys)
    assert re.search(r"Exit status: 0 clean, 1 story errors.*2 usage or I/O errors", out, re.S)
    assert "forkpaths check my.story --format github" in out


def test_python_dash_m_forkpaths(tmp_path):
    (tmp_path / "bad.story").write_text(ERRORS, encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run([sys.executable, "-m", "forkpaths", "--version"], capture_output=True, text=True,
                          timeout=60, cwd=tmp_path, env=env, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0 and proc.stdout.strip() == f"forkpaths {forkpaths.__version__}"
    proc = subprocess.run([sys.executable, "-m", "forkpaths", "check", "bad.story"], capture_output=True,
                          text=True, timeout=60, cwd=tmp_path, env=env, stdin=subprocess.DEVNULL)
    assert proc.returncode == 1 and "bad.story:3:7: error[FP206]" in proc.stdout
    proc = subprocess.run([sys.executable, "-m", "forkpaths", "check", "--format", "yaml"], capture_output=True,
                          text=True, timeout=60, cwd=tmp_path, env=env, stdin=subprocess.DEVNULL)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
