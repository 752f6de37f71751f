"""Soundness edges of the checker (issue 11 item 1): runtime limits found, credit up to a fault,
`complete` means nothing is unknown."""

import os

from forkpaths import loader
from forkpaths.analysis.witness import arrives
from forkpaths.explore import REACHABLE, UNKNOWN, UNREACHABLE, analyze

HERE = os.path.dirname(os.path.abspath(__file__))
SOUND = os.path.join(HERE, "data", "check", "sound")


def load(name):
    loaded = loader.load(os.path.join(SOUND, name))
    assert loaded.ok, loaded.diagnostics
    return loaded.story


def test_a_huge_constant_added_to_a_compared_counter_overflows_in_the_search():
    story = load("big_step.story")
    r = analyze(story)
    assert r.complete
    [err] = r.errors
    assert "64 bits" in err.message and err.witness.depth == 4
    assert "u" not in r.projection.caps


def test_what_a_failing_step_passes_through_is_reached_and_complete_means_decided():
    story = load("error_step.story")
    r = analyze(story)
    assert r.complete and r.errors
    t = r.choices["b.pass_through_c_and_fail"]
    assert t.status == REACHABLE
    assert arrives(story, t.witness, "choice", ("b", "pass_through_c_and_fail"), seeded=False)
    assert r.scenes["c"].status == REACHABLE
    assert r.choices["c.never"].status == UNREACHABLE and r.endings["y"].status == UNREACHABLE
    tables = (r.scenes, r.endings, r.choices)
    assert not any(t.status == UNKNOWN for table in tables for t in table.values())


def test_fp309_does_not_say_only_the_first_when_the_first_can_be_used_up(tmp_path):
    path = tmp_path / "main.story"
    path.write_text('=== a ===\n* [Go] -> a\n* -> a\n* -> END "y"\n', encoding="utf-8")
    loaded = loader.load(str(path))
    [d] = [d for d in loaded.diagnostics if d.code == "FP309"]
    assert "only the first" not in d.message
    r = analyze(loaded.story)
    assert r.complete and r.endings["y"].status == REACHABLE  # the second fallback is taken
    path.write_text('=== a ===\n* [Go] -> a\n+ -> a\n* -> END "y"\n', encoding="utf-8")
    [d] = [d for d in loader.load(str(path)).diagnostics if d.code == "FP309"]
    assert "only the first is ever taken" in d.message


def test_a_soft_lock_found_by_a_search_cut_short_is_not_called_the_only_one():
    story = load("softlock_unbounded.story")
    r = analyze(story, max_states=500)
    assert not r.complete and r.softlocks and not r.softlocks_complete
    fp406 = [d.message for d in r.diagnostics if d.code == "FP406"]
    assert any("whether any other state is a soft-lock" in m for m in fp406)
    assert not any("proved absent" in m for m in fp406)


def test_a_soft_lock_past_the_exact_search_is_found_from_a_reached_state():
    """deep_pit.story: with a small --max-states the breadth-first search never gets 24 rooms
    deep; IW(1) and the walks do, and a complete search of a reached state's future shows no
    ending can be reached from it (analysis/stuck.py). The witness replays to a state whose
    whole future, searched again here by brute force on runtime states, holds no ending."""
    from forkpaths import runtime
    from forkpaths.analysis.witness import replay_forced
    story = load("deep_pit.story")
    r = analyze(story, max_states=300)
    assert not r.complete and not r.softlocks_complete
    [lock] = r.softlocks
    assert lock.scene == "r4" and "pit" in lock.cycle
    s = replay_forced(story, lock.witness)[-1]
    assert s.scene == "r4"
    seen, todo = set(), [s]
    while todo:
        x = todo.pop()
        assert x.ending is None, "an ending is reachable from the reported soft-lock"
        k = (x.scene, x.vars, x.used)
        if k in seen:
            continue
        seen.add(k)
        todo += [runtime.choose(story, x, c, render=False) for c in runtime.available(story, x)]
    assert len(seen) > 1
    assert any(d.code == "FP406" and "any other state is a soft-lock" in d.message for d in r.diagnostics)
