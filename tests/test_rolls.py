"""`play --rolls` and the replay commands `check` prints: every witness plays to its target by
the command printed, with a seed where one draws its random outcomes and `--rolls` where none does."""

import glob
import io
import json
import os
import shlex
import sys

import pytest

from forkpaths import cli

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RARE = os.path.join("tests", "data", "check", "rolls", "rare.story")
# (the stories under partial/ have errors on purpose: they do not play, and their witnesses
# are replayed in each fixed version by tests/test_check_partial.py)
CORPUS = sorted(os.path.relpath(p, ROOT) for p in glob.glob(os.path.join(HERE, "data", "check", "**", "*.story"),
                                                            recursive=True)
                if os.sep + "partial" + os.sep not in p) + [os.path.join("stories", "tour", "main.story")]


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def run(monkeypatch, capsys, argv, stdin=""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def report(monkeypatch, capsys, path):
    code, out, _ = run(monkeypatch, capsys, ["check", "--format", "json", path])
    return json.loads(out)["stories"][0]


def replay(monkeypatch, capsys, command):
    argv = shlex.split(command)
    assert argv[:2] == ["forkpaths", "play"], command
    return run(monkeypatch, capsys, argv[1:])


def test_rolls_take_the_place_of_the_generator(monkeypatch, capsys):
    code, out, err = run(monkeypatch, capsys, ["play", RARE, "--rolls=417,417", "--choices", "1,1,1"])
    assert code == 0, err
    assert "Both locks give." in out and out.rstrip().endswith("THE END: Rich")
    code, out, _ = run(monkeypatch, capsys, ["play", RARE, "--rolls=417,2", "--choices", "1"])
    assert code == 0 and "Both locks give." not in out and "Walk away" in out


def test_out_of_range_rolls_are_clamped_like_the_checker_does(monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, ["play", RARE, "--rolls=-5,5000", "--choices", "1"])
    assert code == 0 and "Both locks give." not in out


def test_too_few_rolls_is_a_usage_error(monkeypatch, capsys):
    code, out, err = run(monkeypatch, capsys, ["play", RARE, "--rolls=417", "--choices", "1"])
    assert code == 2
    assert "random(1, 1000) needs one more" in err and "Traceback" not in out + err


def test_bad_rolls_are_a_usage_error(monkeypatch, capsys):
    code, _, err = run(monkeypatch, capsys, ["play", RARE, "--rolls=4x"])
    assert code == 2 and "whole numbers" in err


def test_a_game_played_with_rolls_is_not_saved(monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, ["play", RARE, "--rolls=417,417"], stdin=":save\n1\n")
    assert "not available in a game played with --rolls" in out
    assert "Saved" not in out


def test_no_seed_draws_the_vault_so_the_witness_gives_its_rolls(monkeypatch, capsys):
    rep = report(monkeypatch, capsys, RARE)
    w = rep["endings"]["Rich"]["witness"]
    assert w["seed"] is None and w["rolls"] == [417, 417]
    assert "--rolls=417,417" in w["replay"] and "--seed" not in w["replay"]
    code, out, _ = replay(monkeypatch, capsys, w["replay"])
    assert code == 0 and out.rstrip().endswith("THE END: Rich")
    # where a seed does draw the outcomes, the command names it
    w = rep["endings"]["Outside"]["witness"]
    assert w["seed"] is not None and f"--seed {w['seed']}" in w["replay"]


@pytest.mark.parametrize("path", CORPUS)
def test_every_ending_witness_replays_by_its_printed_command(monkeypatch, capsys, path):
    rep = report(monkeypatch, capsys, path)
    witnessed = [(name, e["witness"]) for name, e in rep["endings"].items() if e["witness"] is not None]
    for name, w in witnessed:
        code, out, err = replay(monkeypatch, capsys, w["replay"])
        assert out.rstrip().endswith(f"THE END: {name}"), (w["replay"], out[-300:], err)
    for key, sc in rep["scenes"].items():
        w = sc["witness"]
        if w is not None:
            code, out, err = replay(monkeypatch, capsys, w["replay"])
            assert code in (0, 1) and "Traceback" not in err and code != 2, (w["replay"], err)
