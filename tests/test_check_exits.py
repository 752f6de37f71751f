"""The sure-exit proof of no soft-locks (engine/forkpaths/analysis/exits.py): stories built to break
it are not proved, stories it should prove are, and it never disagrees with a complete search."""

import os

import pytest
from hypothesis import HealthCheck, assume, given, settings

from forkpaths import loader
from forkpaths.analysis.absint import AbstractInterpreter
from forkpaths.analysis.exits import SureExits
from forkpaths.explore import analyze

from test_fuzz import load_generated, small_stories

HERE = os.path.dirname(os.path.abspath(__file__))
EXITS = os.path.join(HERE, "data", "check", "exits")
ROOT = os.path.dirname(HERE)

BREAKERS = ["gated_exit", "used_exit", "tunnel_return", "sticky_loop", "twice_entered"]
PROVED = ["hub", "tunnel_sites", "text_and_temps"]


def load(path):
    loaded = loader.load(path)
    assert loaded.ok, loaded.diagnostics
    return loaded.story


def proof(story):
    return SureExits(story, AbstractInterpreter(story))


@pytest.mark.parametrize("name", BREAKERS)
def test_a_story_built_to_break_the_proof_is_not_proved(name):
    story = load(os.path.join(EXITS, name + ".story"))
    assert not proof(story).proved
    full = analyze(story)
    assert full.complete and full.softlocks, "the story really has a soft-lock"
    assert full.softlocks_decided == "search"
    cut = analyze(story, max_states=1)
    assert not cut.complete and cut.softlocks_decided != "proof"


@pytest.mark.parametrize("name", PROVED)
def test_the_proof_decides_what_the_search_would(name):
    story = load(os.path.join(EXITS, name + ".story"))
    assert proof(story).proved
    full = analyze(story)
    assert full.complete and not full.softlocks
    cut = analyze(story, max_states=1)
    assert not cut.complete and not cut.softlocks
    assert cut.softlocks_decided == "proof" and cut.softlocks_complete
    fp406 = [d.message for d in cut.diagnostics if d.code == "FP406" and "soft-locks" in d.message]
    # runtime errors: ruled out by the proof from value bounds, or left undecided, and then
    # FP406 says only that (never that soft-locks are undecided)
    if cut.runtime_errors_decided == "proof":
        assert not fp406 and not cut.hazards
    else:
        assert cut.runtime_errors_decided is None and cut.hazards
        assert fp406 and all("runtime error" in m and "soft-locks are proved absent" in m for m in fp406)


def test_the_bundled_story_is_proved_free_of_soft_locks():
    story = load(os.path.join(ROOT, "stories", "neither_human", "main.story"))
    assert proof(story).proved
    r = analyze(story, max_states=2_000)
    assert not r.complete and r.softlocks_decided == "proof" and not r.softlocks


def test_the_json_says_how_soft_locks_were_decided():
    story = load(os.path.join(EXITS, "hub.story"))
    assert analyze(story).as_json()["softlocks_decided"] == "search"
    assert analyze(story, max_states=1).as_json()["softlocks_decided"] == "proof"
    story = load(os.path.join(EXITS, "gated_exit.story"))
    assert analyze(story, max_states=1).as_json()["softlocks_decided"] is None


def test_a_statement_the_proof_does_not_know_stops_it(monkeypatch):
    """A construct the proof does not model could go anywhere: it claims nothing then."""
    from forkpaths.analysis import exits
    story = load(os.path.join(EXITS, "hub.story"))
    monkeypatch.setattr(exits, "_KNOWN", tuple(k for k in exits._KNOWN if k.__name__ != "Divert"))
    assert not proof(story).proved


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(small_stories())
def test_the_proof_never_contradicts_a_complete_search(tmp_path_factory, text):
    story = load_generated(tmp_path_factory, text)
    r = analyze(story, max_states=5_000)
    assume(r.complete)
    if proof(story).proved:
        assert not r.softlocks, text


def test_a_conjunctive_gate_gets_its_witness_from_the_goal_directed_search():
    """20 toggles, a door that needs all 20 on: 2^20 states, the witness is 21 choices."""
    import time
    from forkpaths.analysis.witness import arrives
    story = load(os.path.join(HERE, "data", "check", "toggles.story"))
    t0 = time.perf_counter()
    r = analyze(story, max_states=2_000)
    t = r.choices["hub.open_the_door"]
    assert t.status == "reachable" and t.depth == 21
    assert r.endings["Out"].depth == 21
    assert arrives(story, t.witness, "choice", ("hub", "open_the_door"))
    stages = dict((n, s) for n, s, _ in r.phases)
    assert "goal-directed search" in stages
    assert time.perf_counter() - t0 < 30  # generous: the benchmark measures it on a quiet machine


def test_when_everything_is_decided_the_search_stops_and_says_so():
    story = load(os.path.join(ROOT, "stories", "neither_human", "main.story"))
    r = analyze(story)
    counts = [r.counts(t) for t in (r.scenes, r.endings, r.choices)]
    assert all(c["unknown"] == 0 for c in counts)
    assert r.bound == "decided" and r.softlocks_decided == "proof" and not r.complete
    # runtime errors are then ruled out by the proof from value bounds: nothing is left to warn of
    assert r.runtime_errors_decided == "proof"
    assert [d.message for d in r.diagnostics if d.code == "FP406"] == []
