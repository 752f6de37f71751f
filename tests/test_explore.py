"""The checker's analysis (engine/forkpaths/explore.py): statuses, witnesses that replay, soft-locks, FP4xx codes."""

import os

import pytest

from forkpaths import loader, runtime
from forkpaths.analysis.projection import Projection
from forkpaths.analysis.search import Limits, Search
from forkpaths.analysis.witness import arrives
from forkpaths.diagnostics import REGISTRY
from forkpaths.explore import REACHABLE, UNKNOWN, UNREACHABLE, analyze

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "data", "check")
ROOT = os.path.dirname(HERE)


def load(name):
    loaded = loader.load(os.path.join(CORPUS, name))
    assert loaded.ok, loaded.diagnostics
    return loaded.story


def status(report, table, name):
    return getattr(report, table)[name].status


def depth(report, table, name):
    t = getattr(report, table)[name]
    assert t.status == REACHABLE, (name, t.status, t.reason)
    return t.witness.depth


def codes(report):
    return sorted(d.code for d in report.diagnostics)


# ---------------------------------------------------------------- the corpus, with known answers

def test_flag_never_set_makes_scene_and_ending_unreachable():
    r = analyze(load("gated_never_set.story"))
    assert r.complete
    assert status(r, "scenes", "vault") == UNREACHABLE
    assert status(r, "endings", "Rich") == UNREACHABLE
    assert status(r, "choices", "hall.open_the_vault") == UNREACHABLE
    assert depth(r, "endings", "Empty-Handed") == 1
    assert "FP401" in codes(r) and "FP402" in codes(r)
    assert not r.softlocks and r.unreachable_scenes() == ["vault"]


def test_only_one_order_of_choices_reaches_the_vault():
    story = load("order_matters.story")
    r = analyze(story)
    assert r.complete
    w = r.scenes["vault"].witness
    assert w.choices == ("distract_the_guard", "take_the_key", "open_the_vault")
    assert w.texts == ("Distract the guard", "Take the key", "Open the vault")
    assert w.depth == 3 and r.endings["Rich"].witness.depth == 3
    # shown numbers: after distracting, the once-only choice is gone, so "Take the key" is 1
    assert w.numbers == (1, 1, 1)
    assert r.shortest("Empty-Handed") == 1


def test_counter_loop_needs_exactly_three_passes():
    story = load("counter_loop.story")
    r = analyze(story)
    assert r.complete
    assert depth(r, "endings", "Medal") == 4
    assert depth(r, "endings", "Exhausted") == 5
    # the Medal cannot come after a loop; Exhausted can (the saturated counter loops at 4)
    assert r.longest("Medal") == 4 and r.endings["Medal"].longest_bounded
    assert r.longest("Exhausted") is None and r.endings["Exhausted"].longest_bounded is False
    assert r.projection.caps == {"laps": ("up", 4)}


def test_soft_lock_after_once_only_choice_is_used_up():
    r = analyze(load("softlock_once.story"))
    assert r.complete
    assert len(r.softlocks) == 1
    sl = r.softlocks[0]
    assert sl.scene == "hub" and not sl.stuck and sl.cycle == ("hub",)
    assert sl.witness.texts == ("Go out", "Back in")
    assert sl.witness.numbers == (2, 1)
    assert status(r, "endings", "Free") == REACHABLE
    assert "FP404" in codes(r)


def test_soft_lock_when_the_exit_flag_can_no_longer_be_set():
    r = analyze(load("softlock_flag.story"))
    assert r.complete and r.softlocks_complete
    [sl] = r.softlocks
    assert sl.scene == "camp" and set(sl.cycle) == {"camp", "woods"} and not sl.stuck
    assert sl.witness.texts == ("Burn the bridge",)
    assert r.softlock_cycles() == [sl.cycle]
    assert depth(r, "endings", "Home") == 1


def test_stuck_at_the_start_is_a_soft_lock():
    r = analyze(load("stuck.story"))
    assert [s.stuck for s in r.softlocks] == [True]
    assert r.softlocks[0].witness.depth == 0
    assert status(r, "endings", "Out") == UNREACHABLE


def test_random_outcome_decides_a_branch_and_witnesses_carry_seeds():
    story = load("shuffle_branch.story")
    r = analyze(story)
    assert r.complete
    for ending, coin in (("Win", 1), ("Lose", 2)):
        w = r.endings[ending].witness
        assert w.depth == 1 and w.rolls == (coin,)
        assert w.seed is not None
        final = runtime.choose(story, runtime.start(story, seed=w.seed), w.choices[0])
        assert final.ending == ending


def test_text_alternatives_do_not_split_states(tmp_path):
    base = "var n = 0\n=== a ===\nHello{text}\n+ [Again]\n    ~ n += 1\n    -> a\n+ {{n == 2}} [Stop] -> END \"x\"\n"
    sizes = []
    for text in ("", " {~ a|b|c} {& x|y} {> p|q} {! once|}"):
        p = tmp_path / f"s{len(sizes)}.story"
        p.write_text(base.format(text=text), encoding="utf-8")
        story = loader.load(str(p)).story
        sizes.append(len(Search(story, Projection(story), Limits(1000, 5)).run().graph))
    assert sizes[0] == sizes[1] == 5  # n = 0, 1, 2, 3 or more (saturated), the ending


def test_tunnel_called_twice_shares_its_once_only_choices():
    r = analyze(load("tunnel.story"))
    assert r.complete
    assert depth(r, "endings", "Fool") == 3
    assert depth(r, "endings", "Wise") == 4
    assert status(r, "scenes", "fallen") == UNREACHABLE
    assert status(r, "choices", "oracle.fallback") == UNREACHABLE


def test_unbounded_counter_is_unknown_with_its_bound():
    r = analyze(load("runaway.story"), max_states=3000, timeout=10)
    # the ending has a witness and soft-locks are proved absent, but the frontier is one state
    # wide, so the search goes on to its bound; it never completes, and FP406 says runtime
    # errors are not ruled out
    assert not r.complete and r.bound == "max-states"
    assert status(r, "endings", "Done") == REACHABLE
    assert "FP406" in codes(r)
    assert "FP404" not in codes(r)


def test_runtime_error_is_reported_with_its_path():
    story = load("crash.story")
    r = analyze(story)
    [err] = r.errors
    assert err.message == "division by zero" and err.witness.texts == ("Spend a coin",)
    with pytest.raises(runtime.StoryRuntimeError):
        runtime.choose(story, runtime.start(story), err.witness.choices[0])
    assert status(r, "scenes", "share") == REACHABLE
    # the search is complete: the division always fails, so no playthrough ends there
    assert status(r, "endings", "Shared") == UNREACHABLE
    assert "runtime error" in r.endings["Shared"].reason


# ---------------------------------------------------------------- every witness replays

def _stories():
    names = sorted(f for f in os.listdir(CORPUS) if f.endswith(".story"))
    return [os.path.join(CORPUS, n) for n in names] + [os.path.join(ROOT, "stories", "tour", "main.story")]


@pytest.mark.parametrize("path", _stories(), ids=os.path.basename)
def test_every_witness_arrives(path):
    story = loader.load(path).story
    r = analyze(story, max_states=5000, timeout=10)
    checked = 0
    # "scene.choice": a weave part's scene name has dots of its own
    keys = {f"{sc.name}.{ch.id}": (sc.name, ch.id) for sc in story.scenes for ch in sc.choices}
    for kind, table in (("scene", r.scenes), ("ending", r.endings), ("choice", r.choices)):
        for name, t in table.items():
            if t.status != REACHABLE:
                continue
            target = keys[name] if kind == "choice" else name
            assert arrives(story, t.witness, kind, target, seeded=False), (kind, name)
            assert arrives(story, t.witness, kind, target, seeded=True), (kind, name, t.witness.seed)
            checked += 1
    assert checked


def test_tour_is_explored_completely():
    story = loader.load(os.path.join(ROOT, "stories", "tour", "main.story")).story
    r = analyze(story)
    assert r.complete and not r.softlocks
    assert all(t.status == REACHABLE for t in r.scenes.values())
    assert all(t.status == REACHABLE for t in r.endings.values())
    assert all(t.status != UNKNOWN for t in r.choices.values())


# ---------------------------------------------------------------- the FP4xx registry examples

@pytest.mark.parametrize("code", sorted(c for c, e in REGISTRY.items() if c.startswith("FP4") and e.example))
def test_fp4xx_example_triggers_its_code(tmp_path, code, capsys):
    main = tmp_path / "main.story"
    main.write_text(REGISTRY[code].example, encoding="utf-8")
    if code == "FP411":  # reachability beside errors: its example has an error on purpose, and `check` gives it
        from forkpaths.cli import main as cli_main
        assert cli_main(["check", str(main)]) == 1
        assert "note[FP411]" in capsys.readouterr().out
        return
    loaded = loader.load(str(main))
    assert loaded.ok, loaded.diagnostics
    r = analyze(loaded.story, max_states=500, timeout=10)
    assert code in codes(r)
