"""The flagship story: its size and shape, its mechanics, what the checker proves of it, a witness to
every ending, its transcripts."""

import io
import os
import random
import re
import sys

import pytest

from forkpaths import cli, loader, model as m, runtime
from forkpaths.commands.stats import counts
from forkpaths.explore import REACHABLE, analyze
from forkpaths.transcript import run_file

ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "stories", "neither_human")
MAIN = os.path.join(ROOT, "main.story")

# the open threads of the brief, each an ending of its own
ENDINGS = {"The Willing", "The Village Without Lights", "The Night Belongs to Us", "Asset Nine",
           "Across the Strait", "Among Friends", "Nothing Left of Nam-ra", "Live from Hyosan",
           "A Truce at Dawn", "A Long Way Off"}
STATS = {"hunger", "humanity", "trust", "suspicion"}
LOST = "Nothing Left of Nam-ra"

# The search budget of the proof, in states (not seconds: the same report on any machine).
BUDGET = 20_000


@pytest.fixture(scope="module")
def story():
    loaded = loader.load(MAIN)
    assert loaded.ok, [f"{d.span}: {d.code} {d.message}" for d in loaded.diagnostics]
    assert not loaded.diagnostics, "the flagship story must be clean, warnings and notes included"
    return loaded.story


@pytest.fixture(scope="module")
def report(story):
    return analyze(story, max_states=BUDGET, timeout=3600)


def _walk(stmts):
    for st in stmts:
        yield st
        if isinstance(st, m.If):
            for br in st.branches:
                yield from _walk(br.body)


def _parts(parts):
    for p in parts:
        yield p
        if isinstance(p, m.InlineCond):
            yield from _parts(p.then)
            yield from _parts(p.otherwise)
        elif isinstance(p, m.Alternatives):
            for b in p.branches:
                yield from _parts(b)


def _bodies(sc):
    return [sc.body] + [ch.body for ch in sc.choices]


def _nodes(e):
    yield e
    for f in ("operand", "left", "right", "low", "high"):
        sub = getattr(e, f, None)
        if sub is not None:
            yield from _nodes(sub)


def _names(e):
    """Every variable name an expression reads, and 'turn' when it reads the turn count."""
    for n in _nodes(e):
        if isinstance(n, m.Var):
            yield n.name
        elif isinstance(n, m.Turn):
            yield "turn"


def _targets(stmts):
    out = set()
    for st in stmts:
        if isinstance(st, m.Divert):
            out.add(st.target)
        elif isinstance(st, m.EndStory):
            out.add("END " + st.ending)
        elif isinstance(st, m.TunnelReturn):
            out.add("->->")
        elif isinstance(st, m.If):
            for br in st.branches:
                out |= _targets(br.body)
    return out


class TestShape:
    def test_size(self, story):
        c = counts(story)
        assert len(story.scenes) >= 60
        assert c["words"] >= 35_000
        assert sum(1 for sc in story.scenes for ch in sc.choices if not ch.fallback) >= 200
        assert len(story.files) >= 8 and story.files[0].endswith("main.story")

    def test_ten_endings_cover_the_brief(self, story):
        assert {e.name for e in story.endings} == ENDINGS

    def test_every_language_feature_in_earnest(self, story):
        stmts = [st for sc in story.scenes for body in _bodies(sc) for st in _walk(body)]
        parts = [p for st in stmts if isinstance(st, m.Prose) for p in _parts(st.parts)]
        choices = [c for sc in story.scenes for c in sc.choices]
        types = {v.type for v in story.variables}
        assert types >= {"bool", "int", "string"}
        enums = {e.name for e in story.enums}
        assert {"fate", "whereabouts", "friend"} <= enums and {"fate", "whereabouts", "friend"} <= types, \
            "who Nam-ra's friends are, where Ye-eun is and what became of Oh are enumerations"
        walking = next(v for v in story.variables if v.name == "walking")
        assert walking.type == "set of companion", "who walks with Nam-ra is a set"
        assert any(v.const for v in story.variables)
        assert any(c.sticky for c in choices) and any(not c.sticky for c in choices)
        assert any(c.fallback for c in choices)
        assert any(c.cond is not None and c.reason is None and not c.fallback for c in choices)
        assert sum(1 for c in choices if c.reason) >= 3, "several shown-but-unavailable choices"
        assert any(c.label for c in choices)
        assert any(isinstance(p, m.InlineCond) for p in parts)
        assert any(isinstance(p, m.Interp) for p in parts)
        assert {p.kind for p in parts if isinstance(p, m.Alternatives)} == {"sequence", "cycle", "once", "shuffle"}
        assert any(isinstance(st, m.If) for st in stmts)
        assert any(isinstance(st, m.TunnelCall) for st in stmts)
        assert any(isinstance(st, m.TunnelReturn) for st in stmts)
        assert any(sc.tag("chapter") for sc in story.scenes)
        gathers = {sc.part_of for sc in story.scenes if sc.part_kind == "gather"}
        assert len(gathers) >= 3, "branches rejoin at gathers inside their scene"
        calls = {n.name for sc in story.scenes for body in _bodies(sc) for st in _walk(body)
                 if isinstance(st, m.Effect) for n in _nodes(st.value) if isinstance(n, m.Call)}
        assert {"min", "max"} <= calls
        lost = next(f for f in story.functions if f.name == "lost")
        conds = [c.cond for c in choices if c.cond is not None] + \
                [br.cond for st in stmts if isinstance(st, m.If) for br in st.branches if br.cond is not None]
        assert sum(1 for e in conds for n in _nodes(e) if isinstance(n, m.Call) and n.name == lost.name) >= 4, \
            "the loss of self is one rule, asked wherever it can happen"
        varying = [c for c in choices if any(not isinstance(p, str) for p in c.lead + c.menu)]
        assert len(varying) >= 3, "choice text that follows what the reader knows"
        assert any(isinstance(n, m.Visits) for c in choices if c.cond is not None for n in _nodes(c.cond))
        assert any(isinstance(n, m.Random) for st in stmts if isinstance(st, m.If)
                   for br in st.branches if br.cond is not None for n in _nodes(br.cond))

    def test_second_viewpoint_carried_through_two_chapters(self, story):
        chapters = {sc.tag("chapter") for sc in story.scenes if sc.tag("viewpoint") == "On-jo"}
        assert len(chapters) >= 2

    def test_chapter_titles_are_in_the_text(self, story):
        """Plain output and transcripts show where a chapter starts, not only the toolbar."""
        for sc in story.scenes:
            if sc.tag("chapter") is None:
                continue
            first = next(st for st in sc.body if isinstance(st, m.Prose))
            text = "".join(p for p in _parts(first.parts) if isinstance(p, str))
            assert re.match(r"\*\*(Chapter|Prologue)\b", text), (sc.name, text)

    def test_no_stat_numbers_or_turn_counts_in_the_prose(self, story):
        for sc in story.scenes:
            for body in _bodies(sc):
                for st in _walk(body):
                    if isinstance(st, m.Prose):
                        for p in _parts(st.parts):
                            if isinstance(p, m.Interp):
                                assert not (set(_names(p.expr)) & (STATS | {"turn"})), sc.name

    def test_the_reckoning_reports_and_never_rewrites(self, story):
        sc = story.scene("reckoning")
        assert not [st for body in _bodies(sc) for st in _walk(body) if isinstance(st, m.Effect)]

    def test_real_branching(self, story):
        """At most one choice scene in four sends every choice straight to the same place."""
        scenes = [sc for sc in story.real_scenes if any(not c.fallback for c in sc.choices)]
        rejoin = [sc.name for sc in scenes
                  if len(set().union(*(_targets(c.body) for c in sc.choices if not c.fallback))) == 1]
        assert len(rejoin) * 4 <= len(scenes), rejoin

    def test_at_most_one_choice_scene_in_four_rejoins_within_one_scene(self, story):
        """A choice scene rejoins when some scene X is where every choice leads, directly or through
        one scene whose every way out is X (a diamond one scene deep)."""
        by = {sc.name: sc for sc in story.scenes}

        def after(name):
            sc = by.get(name)
            if sc is None:
                return {name}
            return set().union(_targets(sc.body), *(_targets(c.body) for c in sc.choices))

        scenes = [sc for sc in story.real_scenes if any(not c.fallback for c in sc.choices)]
        rejoin = []
        for sc in scenes:
            each = [_targets(c.body) for c in sc.choices if not c.fallback]
            near = set().union(*each)
            for t in list(near):
                near |= after(t)
            if any(all(t == x or after(t) == {x} for ts in each for t in ts) for x in near):
                rejoin.append(sc.name)
        assert len(rejoin) * 4 <= len(scenes), rejoin

    def test_sticky_choices_are_in_scenes_entered_again(self, story):
        """A `+` choice is only where the reader comes back: a tunnel or a scene a choice returns to."""
        entered = {t for sc in story.scenes for c in sc.choices for t in _targets(c.body)}
        tunnels = {st.target for sc in story.scenes for body in _bodies(sc) for st in _walk(body)
                   if isinstance(st, m.TunnelCall)}
        for sc in story.scenes:
            for c in sc.choices:
                if c.sticky:
                    assert sc.name in tunnels or any(
                        sc.name in _targets(o.body) for o in sc.choices) or sc.name in entered, sc.name

    def test_costs_of_kindness_are_in_the_choice_words(self, story):
        """The choices that cost hunger, humanity or the army's attention say so in their text."""
        sc = story.scene("hunger_fit")
        texts = [c.text for c in sc.choices]
        assert all(":" in t for t in texts), texts
        assert any("takes something" in t for t in texts) and any("gives something back" in t for t in texts)


def _start():
    return runtime.start(loader.load(MAIN).story, seed=0)


class TestMechanics:
    """Hunger and humanity contend; no choice that looks open is shut by arithmetic it cannot show."""

    def _at(self, story, scene, **vs):
        s = runtime.with_vars(story, runtime.start(story, seed=0), **vs)
        return runtime.goto(story, s, scene)

    @pytest.mark.parametrize("hunger,humanity,lost", [
        (10, 6, False), (10, 4, False), (10, 3, True), (7, 0, True), (8, 1, True), (2, 1, False)])
    def test_humanity_buffers_the_loss_of_self(self, story, hunger, humanity, lost):
        s = self._at(story, "crossroads", hunger=hunger, humanity=humanity)
        assert (s.ending == LOST) == lost

    def test_hunger_is_written_inside_its_bounds(self, story):
        """Hunger runs from 0 to HUNGER_MAX: every change is `min(hunger + N, HUNGER_MAX)`,
        `max(hunger - N, 0)` or a constant in that range, so no rise can pass the stated maximum."""
        top = next(v for v in story.variables if v.name == "HUNGER_MAX").initial
        effects = [st for sc in story.scenes for body in _bodies(sc) for st in _walk(body)
                   if isinstance(st, m.Effect) and st.target == "hunger"]
        assert len(effects) >= 30
        for e in effects:
            assert e.op == "=", e.span
            v = e.value
            if isinstance(v, m.Call):
                assert v.name in ("min", "max"), e.span
                inner, bound = v.args
                assert isinstance(inner, m.Binary) and isinstance(inner.left, m.Var) \
                    and inner.left.name == "hunger", e.span
                if v.name == "min":
                    assert inner.op == "+" and isinstance(bound, m.Var) and bound.name == "HUNGER_MAX", e.span
                else:
                    assert inner.op == "-" and isinstance(bound, m.Literal) and bound.value == 0, e.span
            else:
                assert isinstance(v, m.Literal) and 0 <= v.value <= top, e.span

    def test_full_humanity_is_never_lost_to_hunger(self, story):
        for hunger in range(0, 11):
            assert self._at(story, "crossroads", hunger=hunger, humanity=6).ending is None

    def test_the_storeroom_is_no_trap(self, story):
        """Let them hide you, with the hunger seated: staying still is still possible at the count."""
        s = self._at(story, "friends_door", hunger=5, prep_room=True)
        v = runtime.view(story, s)
        hide = next(c for c in v.choices if c.text.startswith("Let them hide you"))
        s = runtime.choose(story, s, hide.id)
        v = runtime.view(story, s)
        s = runtime.choose(story, s, next(c.id for c in v.choices if c.text == "Sleep"))
        v = runtime.view(story, s)
        assert v.scene == "morning_count"
        assert next(c for c in v.choices if c.text.startswith("Stay still")).available

    def test_the_humane_way_through_a_fit_keeps_more_of_her(self, story):
        s = self._at(story, "ruins_day", hunger=8, humanity=5)
        v = runtime.view(story, s)
        assert v.scene == "hunger_fit"
        after = {}
        for c in v.choices:
            t = runtime.choose(story, s, c.id)
            vs = dict(zip([x.name for x in story.variables], t.vars))
            after[c.text.split(":")[0]] = vs["hunger"] - vs["humanity"]
        bite, name = after["Bite down on your own wrist"], after["Say your own name until it means something"]
        assert name < bite, "the humane option leaves more distance between hunger and loss of self"

    def test_random_playthroughs_end_and_take_stock_at_most_twice(self, story):
        rng = random.Random(7)
        seen = set()
        for seed in range(150):
            s = runtime.start(story, seed=seed, render=False)
            for _ in range(400):
                v = runtime.view(story, s)
                if v.ending is not None:
                    break
                assert not v.stuck, (seed, v.scene)
                c = rng.choice([c for c in v.choices if c.available])
                s = runtime.choose(story, s, c.id, render=False)
            assert s.ending is not None, seed
            assert s.visits.get("reckoning", 0) <= 2, (seed, s.history)
            seen.add(s.ending)
        assert len(seen) >= 6, seen


class TestProof:
    def test_every_scene_and_ending_reachable_with_a_witness(self, report):
        assert all(t.status == REACHABLE for t in report.scenes.values()), \
            [n for n, t in report.scenes.items() if t.status != REACHABLE]
        assert all(t.status == REACHABLE for t in report.endings.values())
        assert not report.softlocks and not report.errors

    def test_everything_is_decided(self, report):
        """Within the budget the search need not close the whole space: what it leaves, the
        proofs decide (soft-locks by sure exits, runtime errors from value bounds), so nothing
        is left undecided and no FP406 is given."""
        if not report.complete:
            assert report.bound == "decided"
            assert report.softlocks_decided == "proof"
        assert report.runtime_errors_decided in ("proof", "search") and not report.hazards
        assert not [d for d in report.diagnostics if d.code == "FP406"]

    def test_no_soft_locks_as_written(self, report):
        """The sure-exit proof decides soft-locks for the story as written (no state-compressing
        code in it): every reachable state can still reach an ending."""
        assert report.softlocks_complete and not report.softlocks
        assert report.softlocks_decided in ("proof", "search")

    def test_check_strict_passes(self, capsys):
        """`forkpaths check --strict stories/` (as `make check` runs it): no error, no warning."""
        assert cli.main(["check", "--strict", os.path.dirname(ROOT)]) == 0, capsys.readouterr().out

    @pytest.mark.parametrize("ending", sorted(ENDINGS))
    def test_witness_replays_to_the_ending(self, report, capsys, monkeypatch, ending):
        """The replay command the checker prints really arrives, through the CLI a reader uses."""
        monkeypatch.setattr(sys, "stdin", io.StringIO(""))
        w = report.endings[ending].witness
        args = ["play", MAIN, "--choices", ",".join(map(str, w.numbers))]
        if w.seed:
            args += ["--seed", str(w.seed)]
        assert cli.main(args) == 0
        out = capsys.readouterr().out
        assert f"THE END: {ending}" in out.splitlines()
        assert out.count("THE END: ") == 1


def test_transcripts_pass_one_run_per_ending():
    results = run_file(os.path.join(ROOT, "main.transcript"))
    assert len(results) >= len(ENDINGS)
    failed = [(r.name, r.message) for r in results if not r.ok]
    assert not failed
    text = open(os.path.join(ROOT, "main.transcript"), encoding="utf-8").read()
    assert {e for e in ENDINGS if f"THE END: {e}" in text} == ENDINGS


# Proof-read path two (Among Friends): it passes every chapter on the way home and reads On-jo's notes
# at the memorial (the notebook, and the list of what the six of them did on the second day).
HOME_PATH = [1, 2, 1, 2, 1, 2, 2, 2, 1, 2, 2, 1, 2, 2, 1, 1, 3, 2, 1, 2, 2, 2, 1, 2, 1, 2, 3, 4, 1, 1,
             1, 1, 1, 2, 1, 1, 3, 2, 3, 1]


def test_chapter_titles_and_onjos_notes_read_in_plain_output_through_a_pipe():
    """Through a real pipe, with no toolbar: each chapter's title is a line of its own, in order,
    and what On-jo writes reads as writing (in quotation marks), not as narration; no markup shows."""
    import subprocess
    env = dict(os.environ, NO_COLOR="1")
    proc = subprocess.run(
        [sys.executable, "-m", "forkpaths", "play", MAIN, "--new", "--seed", "0",
         "--choices", ",".join(map(str, HOME_PATH))],
        input="", capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    titles = [l for l in lines if re.match(r"(Prologue|Chapter \w+):", l)]
    assert titles == ["Prologue: Four Months After", "Chapter One: The Roof", "Chapter Two: The Others",
                      "Chapter Three: On-jo", "Chapter Four: Hunger", "Chapter Five: On-jo, Again",
                      "Chapter Six: The Crossroads", "Chapter Seven: Home"], titles
    note = next(l for l in lines if l.startswith("Tucked into the last page is a note from On-jo."))
    assert '"You kept count of all of us. Somebody should keep count of you."' in note
    prep = next(l for l in lines if "Mi-jin has made you a room" in l)
    assert '"Mi-jin has made you a room behind the rice sacks in the ration store."' in prep
    assert '"Come to us, or tell us where you go. Either one."' in prep
    assert not [l for l in lines if "**" in l or re.search(r"(^|\W)_\S|\S_(\W|$)", l)]
    assert lines[-1] == "THE END: Among Friends"
