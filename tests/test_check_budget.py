"""Budgets count states and choices, never seconds: the same report on every run, at any load;
the wall-clock `--timeout` is only a safety stop, and the report says when it fired."""

import itertools
import json
import os
import time

from forkpaths import cli, loader
from forkpaths.explore import DEFAULT_TIMEOUT, analyze

HERE = os.path.dirname(os.path.abspath(__file__))
BUDGET = os.path.join(HERE, "data", "check", "budget.story")


def _check_json(capsys, *argv):
    code = cli.main(["check", "--format", "json", *argv])
    out = capsys.readouterr().out
    return code, json.loads(out)


def _without_seconds(x):
    if isinstance(x, dict):
        return {k: _without_seconds(v) for k, v in x.items() if k != "seconds"}
    if isinstance(x, list):
        return [_without_seconds(v) for v in x]
    return x


def test_two_runs_give_the_same_report(capsys):
    """Every stage runs (the budget is far below the story's states) and the reports are equal,
    witnesses and counts included, apart from the seconds."""
    code1, first = _check_json(capsys, "--max-states", "500", BUDGET)
    code2, second = _check_json(capsys, "--max-states", "500", BUDGET)
    assert code1 == code2 == 0
    story = first["stories"][0]
    stages = [p["stage"] for p in story["phases"]]
    assert "IW(1) search" in stages and any(s.startswith("hunting walks") for s in stages)
    assert story["bound"] == "max-states" and story["timed_out"] is False
    assert _without_seconds(first) == _without_seconds(second)


def test_a_slow_machine_gets_the_same_report(monkeypatch):
    """A clock that runs a thousand times too fast (a machine under heavy load) changes nothing:
    what cuts the search is the state budget, not the time."""
    story = loader.load(BUDGET).story
    normal = analyze(story, max_states=500)
    real = time.perf_counter
    ticks = itertools.count()
    monkeypatch.setattr(time, "perf_counter", lambda: real() + 0.05 * next(ticks))
    slow = analyze(story, max_states=500)
    assert _without_seconds(slow.as_json()) == _without_seconds(normal.as_json())
    assert slow.bound == "max-states" and not slow.timed_out


def test_the_safety_stop_says_the_result_depends_on_it(capsys):
    code, doc = _check_json(capsys, "--timeout", "0.000001", BUDGET)
    story = doc["stories"][0]
    assert story["timed_out"] is True and story["bound"] == "timeout" and not story["complete"]
    msgs = [d["message"] for d in doc["diagnostics"] if d["code"] == "FP406"]
    assert msgs and all("depends on the machine" in m for m in msgs)


def test_the_timeout_is_a_safety_stop_only():
    assert DEFAULT_TIMEOUT >= 600


def test_the_figures_in_check_md_come_from_the_current_code(capsys):
    """docs/check.md quotes `forkpaths check stories`: the same lines (seconds aside) as a run now."""
    import re
    root = os.path.dirname(HERE)
    text = open(os.path.join(root, "docs", "check.md"), encoding="utf-8").read()
    block = text.split("`forkpaths check stories`, the bundled stories", 1)[1].split("```", 2)[1]
    quoted = block.strip().splitlines()
    cwd = os.getcwd()
    try:
        os.chdir(root)
        cli.main(["check", "stories"])
    finally:
        os.chdir(cwd)
    out = capsys.readouterr().out.strip().splitlines()
    secs = re.compile(r"\d+\.\d\d s\b")
    got = [secs.sub("S", l) for l in out if re.match(r"stories/\S+: \d", l) or "stories checked" in l]
    assert [secs.sub("S", l) for l in quoted] == got


def test_tunnel_returns_are_followed_per_call_site():
    """The reduction keeps what the continuation of *this* call reads, and only that."""
    from forkpaths.analysis.projection import Projection
    from forkpaths.explore import REACHABLE
    story = loader.load(os.path.join(HERE, "data", "check", "tunnel_sites.story")).story
    r = analyze(story)
    assert r.complete and not r.softlocks
    assert all(t.status == REACHABLE for t in list(r.scenes.values()) + list(r.endings.values()))
    assert r.choices["door.open_the_door"].status == REACHABLE
    live = Projection(story).live
    from_start = (((("start", "take_the_key"), 2),),)
    from_yard = (((("yard", "rest_in_the_shed"), 1),),)
    assert "key" in live.names(live.live("shed", from_start))
    assert "key" not in live.names(live.live("shed", from_yard))
