"""`forkpaths check` on the command line: text, JSON and GitHub output, exit codes, options."""

import json
import os

from forkpaths import cli

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "data", "check")
TOUR = os.path.join(os.path.dirname(HERE), "stories", "tour")


def run(capsys, *argv):
    code = cli.main(["check", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_clean_story_exits_0_with_a_summary(capsys):
    code, out, _ = run(capsys, TOUR)
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[-1].startswith("1 story checked: 0 errors")
    summary = [l for l in lines if "main.story: 6 scenes, 3 endings" in l]
    assert summary and "all reachable (shortest ending: 2 choices); 0 soft-locks;" in summary[0]


def test_soft_lock_exits_1_with_caret_and_witness(capsys):
    code, out, _ = run(capsys, os.path.join(CORPUS, "softlock_once.story"))
    assert code == 1
    assert "softlock_once.story:3:1: error[FP404]: soft-lock in scene `hub`" in out
    assert "   3 | === hub ===" in out and "     | ^" in out
    assert "  = path: \u201cGo out\u201d \u2192 \u201cBack in\u201d (2 choices)" in out
    assert "--choices 2,1" in out
    # errors come before warnings within a file, and the summary line ends the output
    assert out.strip().splitlines()[-1].startswith("1 story checked: 1 error")


def test_unreachable_scene_is_an_error(capsys):
    code, out, _ = run(capsys, os.path.join(CORPUS, "gated_never_set.story"))
    assert code == 1
    assert "error[FP401]: scene `vault` can never be reached" in out


def test_json_schema(capsys):
    code, out, _ = run(capsys, "--format", "json", os.path.join(CORPUS, "order_matters.story"),
                       os.path.join(CORPUS, "softlock_once.story"))
    assert code == 1
    doc = json.loads(out)
    assert set(doc) >= {"diagnostics", "stories", "states_explored", "complete", "seconds"}
    first = doc["stories"][0]
    for key in ("scenes", "endings", "choices", "softlocks", "coverage", "states_explored", "complete",
                "seconds"):
        assert key in first
    vault = first["scenes"]["vault"]
    assert vault["status"] == "reachable" and vault["depth"] == 3
    assert vault["witness"]["choices"] == [1, 1, 1]
    assert first["endings"]["Rich"]["longest"] == 3
    locks = doc["stories"][1]["softlocks"]
    assert locks[0]["scene"] == "hub" and locks[0]["witness"]["texts"] == ["Go out", "Back in"]
    assert any(d["code"] == "FP404" for d in doc["diagnostics"])
    cov = first["coverage"]["scenes"]
    assert cov == {"reached": 2, "total": 2, "percent": 100.0}


def test_github_annotations_carry_the_path(capsys):
    code, out, _ = run(capsys, "--format", "github", os.path.join(CORPUS, "softlock_once.story"))
    assert code == 1
    line = next(l for l in out.splitlines() if l.startswith("::error"))
    assert "title=FP404" in line and "--choices 2,1" in line


def test_warnings_fail_only_with_strict(capsys):
    path = os.path.join(CORPUS, "runaway.story")
    code, out, _ = run(capsys, "--max-states", "500", path)
    assert code == 0 and "warning[FP406]" in out
    code, out, _ = run(capsys, "--max-states", "500", "--strict", path)
    assert code == 1 and "error[FP406]" in out


def test_coverage_block(capsys):
    code, out, _ = run(capsys, "--coverage", os.path.join(CORPUS, "tunnel.story"))
    assert code == 1  # `fallen` is unreachable
    assert "  coverage: scenes        3 / 4       75.0%" in out
    assert "  coverage: choices       5 / 6       83.3%" in out
    assert "not reached (scenes): fallen" in out
    assert "not reached (choices): oracle.fallback" in out


def test_usage_and_io_errors_exit_2(capsys):
    code, _, err = run(capsys, "no/such/place")
    assert code == 2 and "no such file or folder" in err
    code, _, err = run(capsys, "--max-states", "lots", TOUR)
    assert code == 2 and "not a whole number" in err
    code, _, err = run(capsys, "--timeout", "0", TOUR)
    assert code == 2


def test_witness_replays_with_forkpaths_play(capsys, monkeypatch):
    """The JSON witnesses, fed to `forkpaths play --seed S --choices ...`, reach their endings."""
    import io
    import sys
    for name in ("shuffle_branch.story", "order_matters.story", "counter_loop.story"):
        path = os.path.join(CORPUS, name)
        code, out, _ = run(capsys, "--format", "json", path)
        story = json.loads(out)["stories"][0]
        for ending, target in story["endings"].items():
            w = target["witness"]
            argv = ["play", path, "--seed", str(w["seed"])]
            if w["choices"]:
                argv += ["--choices", ",".join(map(str, w["choices"]))]
            monkeypatch.setattr(sys, "stdin", io.StringIO(""))
            assert cli.main(argv) == 0
            played = capsys.readouterr().out
            assert f"THE END: {ending}" in played, (name, ending, w)
