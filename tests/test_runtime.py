"""The runtime: every behaviour test runs twice, directly and through a save->load round trip at each step."""

import os
import subprocess
import sys

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forkpaths import loader, saves
from forkpaths import runtime as rt
from forkpaths.render import STUCK_LINE, plain_lines

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data", "runtime")
ROOT = os.path.dirname(HERE)
_CACHE = {}


def load(name):
    path = name if os.path.isabs(name) else os.path.join(DATA, name)
    if path not in _CACHE:
        loaded = loader.load(path)
        assert loaded.story is not None, [str(d) for d in loaded.diagnostics]
        _CACHE[path] = loaded.story
    return _CACHE[path]


class Driver:
    """Drives the runtime the way the player does; in round-trip mode every state goes
    through saves.dumps -> saves.loads before it is used, and must come back equal."""

    def __init__(self, story, roundtrip):
        self.story = story
        self.roundtrip = roundtrip

    def _through(self, s):
        if not self.roundtrip:
            return s
        back = saves.roundtrip(self.story, s)
        assert back == s
        assert back.text == s.text
        assert back.key() == s.key()
        return back

    def start(self, seed=0, **kw):
        return self._through(rt.start(self.story, seed, **kw))

    def choose(self, s, cid, **kw):
        return self._through(rt.choose(self.story, s, cid, **kw))

    def pick(self, s, text):
        """Choose by the choice's text, as a reader would."""
        [cv] = [c for c in rt.view(self.story, s).choices if c.text == text]
        return self.choose(s, cv.id)

    def lines(self, s):
        return plain_lines(rt.view(self.story, s))

    def texts(self, s):
        return [c.text for c in rt.view(self.story, s).choices]


@pytest.fixture(params=["direct", "roundtrip"])
def play(request):
    return lambda name: Driver(load(name), request.param == "roundtrip")


class TestProse:
    def test_opening(self, play):
        d = play("basics.story")
        s = d.start()
        assert d.lines(s) == [
            "You stand in the hall, Min-ji. Hard line breaks join into one paragraph.",
            "You have 0 coins. This is visit 1, turn 0. You cannot afford the key.",
            "1. Pick up a coin",
            "2. Pick up another coin",
            "3. Buy the key (unavailable: The key costs two coins.)",
        ]
        assert s.scene == "hall" and s.turn == 0 and s.ending is None

    def test_markup_kept_in_view_stripped_in_plain_lines(self, play):
        d = play("basics.story")
        s = d.pick(d.pick(d.start(), "Pick up a coin"), "Pick up another coin")
        s = d.pick(s, "Buy the key")
        assert rt.view(d.story, s).paragraphs == ("The door swings open. Some **bold** and _italic_ words.",)
        assert d.lines(s)[0] == "The door swings open. Some bold and italic words."


class TestChoices:
    def test_once_only_goes_sticky_stays(self, play):
        d = play("basics.story")
        s = d.pick(d.start(), "Pick up a coin")
        assert d.lines(s)[0] == "A coin glints."
        assert d.texts(s) == ["Pick up another coin", "Buy the key"]
        s = d.pick(s, "Pick up another coin")
        assert d.texts(s) == ["Pick up another coin", "Buy the key"]
        assert "You have 2 coins. This is visit 3, turn 2. You can afford the key." in d.lines(s)

    def test_unavailable_choice_has_reason_and_cannot_be_taken(self, play):
        d = play("basics.story")
        s = d.start()
        [key] = [c for c in rt.view(d.story, s).choices if c.id == "buy_the_key"]
        assert not key.available and key.reason == "The key costs two coins."
        assert rt.available(d.story, s) == ("coin", "pick_up_another_coin")
        with pytest.raises(rt.StoryRuntimeError, match="not available"):
            rt.choose(d.story, s, "buy_the_key")

    def test_hidden_and_unknown_choices_cannot_be_taken(self, play):
        d = play("basics.story")
        s = d.start()
        with pytest.raises(rt.StoryRuntimeError, match="not on offer"):
            rt.choose(d.story, s, "hidden_forever")
        with pytest.raises(rt.StoryRuntimeError, match="has no choice `nope`"):
            rt.choose(d.story, s, "nope")

    def test_labels_are_choice_ids(self, play):
        d = play("basics.story")
        assert rt.view(d.story, d.start()).choices[0].id == "coin"

    def test_effects_and_constants(self, play):
        d = play("basics.story")
        s = d.pick(d.pick(d.start(), "Pick up a coin"), "Pick up another coin")
        s = d.pick(s, "Buy the key")
        idx = {v.name: i for i, v in enumerate(d.story.variables)}
        assert s.vars[idx["coins"]] == 0 and s.vars[idx["door_open"]] is True
        assert s.scene == "door" and s.visits == {"hall": 3, "door": 1, "hall.coin": 1}  # a labelled choice counts its takings

    def test_ending(self, play):
        d = play("basics.story")
        s = d.pick(d.pick(d.start(), "Pick up a coin"), "Pick up another coin")
        s = d.pick(d.pick(s, "Buy the key"), "Go through")
        v = rt.view(d.story, s)
        assert v.ending == "Through the Door" and v.choices == () and not v.stuck
        assert d.lines(s) == ["THE END: Through the Door"]
        assert rt.available(d.story, s) == ()
        with pytest.raises(rt.StoryRuntimeError, match="has ended"):
            rt.choose(d.story, s, "go_back")

    def test_undo_is_keeping_the_old_state(self, play):
        d = play("basics.story")
        s0 = d.start()
        before = (s0.key(), s0.text)
        s1 = d.pick(s0, "Pick up a coin")
        assert (s0.key(), s0.text) == before and s1 != s0
        assert d.pick(s0, "Pick up a coin") == s1

    def test_history_and_turn(self, play):
        d = play("basics.story")
        s = d.pick(d.pick(d.start(), "Pick up a coin"), "Pick up another coin")
        assert s.history == (("hall", "coin"), ("hall", "pick_up_another_coin"))
        assert s.turn == 2

    def test_state_is_frozen(self, play):
        s = play("basics.story").start()
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            s.turn = 5


class TestTunnels:
    def test_calls_nest_and_return_into_a_conditional_block(self, play):
        d = play("tunnels.story")
        s = d.start()
        assert d.lines(s) == ["Start of a.", "In t1.", "In t3.", "Back in t1.", "Back in a. Inside the if.",
                              "In t2, a tunnel with choices.", "1. Left", "2. Right"]
        assert s.scene == "t2" and len(s.stack) == 1
        [frame] = s.stack
        assert frame == ((("a", None), 4), (("a", None, (3, 0)), 2))
        s = d.pick(s, "Left")
        assert d.lines(s) == ["Going left.", "After the second tunnel, still inside the if. End of a body.",
                              "1. Again", "2. Leave"]
        assert s.scene == "a" and s.stack == ()
        s = d.pick(s, "Again")
        assert d.lines(s)[4] == "Back in a. End of a body."
        assert d.pick(s, "Leave").ending == "Left"

    def test_visits_count_tunnel_entries(self, play):
        d = play("tunnels.story")
        s = d.start()
        assert s.visits == {"a": 1, "t1": 1, "t3": 1, "t2": 1}


class TestFallbacks:
    def test_fallback_taken_when_nothing_else_is_left(self, play):
        d = play("fallbacks.story")
        s = d.pick(d.start(), "First")
        assert d.texts(s) == ["Second"]
        s = d.pick(s, "Second")
        assert s.ending == "Done"
        assert d.lines(s) == ["Room, try 2.", "The hallway. Nothing to choose here.", "Both tried.",
                              "THE END: Done"]
        assert s.turn == 2
        assert s.history == (("room", "first"), ("room", "second"), ("room", "fallback"),
                             ("hallway", "fallback"))

    def test_stuck_is_a_view_not_an_error(self, play):
        d = play("fallbacks.story")
        s = rt.goto(d.story, d.start(), "stuck")
        v = rt.view(d.story, s)
        assert v.stuck and v.choices == ()
        assert plain_lines(v) == ["Nothing here.", STUCK_LINE]

    def test_fallback_with_nowhere_to_go(self):
        story = load("fallbacks.story")
        hallway = story.scene("hallway")
        fb = hallway.choices[0]
        broken = attrs.evolve(hallway, choices=(attrs.evolve(fb, body=fb.body[:-1]),))
        story = attrs.evolve(story, scenes=tuple(broken if s.name == "hallway" else s for s in story.scenes))
        s = rt.start(story)
        with pytest.raises(rt.StoryRuntimeError) as e:
            rt.goto(story, s, "hallway")
        assert "fallback of scene `hallway` has nowhere to go" in e.value.message
        assert e.value.span.line == hallway.choices[0].span.line


class TestAlternatives:
    def test_sequence_cycle_once(self, play):
        d = play("alternatives.story")
        s = d.start(seed=3)
        seen = []
        for _ in range(4):
            seen.append(d.lines(s)[0].rsplit(" ", 1)[0])
            s = d.pick(s, "Again")
        assert seen == ["one tick first", "two tock second", "three tick", "three tock"]

    def test_shuffle_is_seeded(self, play):
        d = play("alternatives.story")

        def shuffles(seed):
            s, out = d.start(seed=seed), []
            for _ in range(6):
                out.append(d.lines(s)[0][-2])
                s = d.pick(s, "Again")
            return out

        assert shuffles(1) == shuffles(1)
        assert len({tuple(shuffles(k)) for k in range(6)}) > 1
        assert set(shuffles(2)) <= set("abcde")


class TestRandom:
    def test_same_seed_same_story(self, play):
        d = play("random.story")

        def walk(seed):
            s, out = d.start(seed=seed), []
            for _ in range(12):
                out.extend(d.lines(s))
                if s.ending:
                    break
                s = d.choose(s, rt.available(d.story, s)[-1])
            return out

        assert walk(7) == walk(7)
        assert walk(7) != walk(8)

    def test_rendering_never_changes_what_happens(self, play):
        d = play("random.story")
        a, b = d.start(seed=5), d.start(seed=5, render=False)
        for _ in range(10):
            assert a.key() == b.key()
            assert b.text == ()
            cid = "roll"
            a, b = d.choose(a, cid), d.choose(b, cid, render=False)

    def test_forced_rolls_and_need_roll(self, play):
        d = play("random.story")
        with pytest.raises(rt.NeedRoll) as e:
            rt.start(d.story, forced=[])
        assert (e.value.low, e.value.high) == (1, 6)
        with pytest.raises(rt.NeedRoll) as e:
            rt.start(d.story, forced=[3])
        assert (e.value.low, e.value.high) == (1, 2)
        lucky = d.start(forced=[3, 1])
        assert rt.available(d.story, lucky)[0] == "lucky"
        assert "You rolled 3; the total is 3." in d.lines(lucky)[0]
        assert "lucky" not in rt.available(d.story, d.start(forced=[3, 2]))
        assert d.start(forced=[9, 1]).vars[0] == 6  # clamped into range

    def test_condition_drawn_once_on_arrival(self, play):
        d = play("random.story")
        for seed in range(20):
            s = d.start(seed=seed)
            first = rt.view(d.story, s).choices
            assert rt.view(d.story, s).choices == first
            assert rt.available(d.story, s) == rt.available(d.story, s)
            for cid in rt.available(d.story, s):
                rt.choose(d.story, s, cid)  # every choice shown as available can be taken


class TestFaults:
    def _menu(self, play, what):
        d = play("faults.story")
        return d, d.pick(d.start(), what)

    def test_division_by_zero_has_a_location(self, play):
        with pytest.raises(rt.StoryRuntimeError) as e:
            self._menu(play, "Divide")
        err = e.value
        assert err.message == "division by zero"
        assert err.span.file.endswith("faults.story") and (err.span.line, err.span.column) == (18, 17)
        assert err.render() == f"{err.span.file}:18:17: runtime error: division by zero"

    def test_division_by_zero_in_an_effect_without_rendering(self, play):
        d = play("faults.story")
        with pytest.raises(rt.StoryRuntimeError, match="division by zero") as e:
            d.choose(d.start(), "divide", render=False)
        assert e.value.span.line == 19

    def test_divert_loop(self, play):
        with pytest.raises(rt.StoryRuntimeError, match="divert loop") as e:
            self._menu(play, "Loop")
        assert e.value.span.line in (23, 26)

    def test_fallback_loop_is_a_divert_loop(self, play):
        with pytest.raises(rt.StoryRuntimeError, match="divert loop"):
            self._menu(play, "Loop by fallback")

    def test_tunnels_nested_too_deep(self, play):
        with pytest.raises(rt.StoryRuntimeError, match=f"nested more than {rt.MAX_TUNNEL_DEPTH} deep") as e:
            self._menu(play, "Deep")
        assert e.value.span.line == 30

    def test_return_without_a_caller(self, play):
        with pytest.raises(rt.StoryRuntimeError, match="no tunnel was called") as e:
            self._menu(play, "Return")
        assert e.value.span.line == 35

    def test_return_with_a_caller_works(self, play):
        d, s = self._menu(play, "Call properly")
        assert d.lines(s)[:2] == ["Returning with no caller.", "Pick a fault."]

    def test_runaway_values(self):
        story = load("basics.story")
        s = rt.with_vars(story, rt.start(story), coins=rt.MAX_INT)
        with pytest.raises(rt.StoryRuntimeError, match="integer overflow"):
            rt.choose(story, s, "coin")


class TestDebugApi:
    def test_with_vars_recomputes_the_offer(self):
        story = load("basics.story")
        s = rt.with_vars(story, rt.start(story), coins=5)
        assert "buy_the_key" in rt.available(story, s)

    def test_settle_takes_a_fallback_that_became_due(self):
        story = load("fallbacks.story")
        s = rt.start(story)
        s = rt.with_vars(story, s, tries=1)
        assert rt.settle(story, s).scene == "room"
        # hide both choices by using them up, the way a save migration might find things
        s2 = attrs.evolve(s, used=frozenset({"room.first", "room.second"}))
        after = rt.settle(story, s2)
        assert after.ending == "Done" and after.text[0] == "The hallway. Nothing to choose here."

    def test_goto_and_reseed(self):
        story = load("basics.story")
        s = rt.goto(story, rt.start(story), "door")
        assert s.scene == "door" and s.visits["door"] == 1 and s.stack == ()
        r = rt.reseed(story, s, 42)
        assert r.seed == 42 and r.rng == rt.seed_rng(42)
        with pytest.raises(rt.StoryRuntimeError, match="no scene named"):
            rt.goto(story, s, "nowhere")

    def test_where(self):
        story = load("basics.story")
        span = rt.where(story, rt.start(story))
        assert span.line == 10 and span.file.endswith("basics.story")

    def test_replay_follows_a_history_as_far_as_it_goes(self):
        story = load("fallbacks.story")
        s = rt.choose(story, rt.choose(story, rt.start(story), "first"), "second")
        states, done, wanted = rt.replay(story, 0, s.history)
        assert (done, wanted) == (2, 2) and states[-1] == s
        states, done, wanted = rt.replay(story, 0, (("room", "first"), ("room", "gone"), ("room", "second")))
        assert (done, wanted) == (1, 3) and len(states) == 2


def _walk(story, seed, picks, roundtrip):
    s = rt.start(story, seed)
    out = list(plain_lines(rt.view(story, s)))
    for k in picks:
        av = rt.available(story, s)
        if not av:
            break
        s = rt.choose(story, s, av[k % len(av)])
        if roundtrip:
            back = saves.roundtrip(story, s)
            assert back == s and back.text == s.text
            s = back
        out.extend(plain_lines(rt.view(story, s)))
    return out


@pytest.mark.parametrize("path", ["stories/tour/main.story", "stories/neither_human/main.story"])
@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**64), picks=st.lists(st.integers(0, 7), max_size=80))
def test_random_walks_survive_round_trips(path, seed, picks):
    story = load(os.path.join(ROOT, path))
    assert _walk(story, seed, picks, True) == _walk(story, seed, picks, False)


def test_transcripts_are_byte_for_byte_reproducible_across_processes():
    code = ("import sys; sys.path.insert(0, %r)\n"
            "from forkpaths import loader, runtime as rt\n"
            "from forkpaths.render import plain_lines\n"
            "import random\n"
            "story = loader.load(%r).story\n"
            "out = []\n"
            "for seed in range(5):\n"
            "    r = random.Random(seed); s = rt.start(story, seed)\n"
            "    for _ in range(40):\n"
            "        out += plain_lines(rt.view(story, s))\n"
            "        av = rt.available(story, s)\n"
            "        if not av: break\n"
            "        s = rt.choose(story, s, r.choice(av))\n"
            "sys.stdout.write('\\n'.join(out))\n") % (ROOT, os.path.join(ROOT, "stories/tour/main.story"))
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(h)}).stdout for h in (1, 2)]
    assert runs[0] == runs[1] and len(runs[0]) > 1000


def test_runtime_imports_no_ui_or_analysis():
    code = ("import sys; import forkpaths.runtime, forkpaths.saves\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('prompt_toolkit', 'hypothesis', 'lark')"
            " or m in ('forkpaths.repl', 'forkpaths.cli')]\n"
            "print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() in ("[]", "['lark']") or "prompt_toolkit" not in out.stdout
    assert "prompt_toolkit" not in out.stdout and "hypothesis" not in out.stdout
