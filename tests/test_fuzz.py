"""Random playthroughs with Hypothesis (engine/forkpaths/fuzz.py), and the exact checker against brute force."""

import os

from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from forkpaths import cli, fuzz, loader, runtime
from forkpaths.explore import REACHABLE, UNREACHABLE, analyze
from forkpaths.analysis.absint import AbstractInterpreter
from forkpaths.analysis.safety import hazards

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "data", "check")
TOUR = os.path.join(os.path.dirname(HERE), "stories", "tour", "main.story")


def load(name):
    return loader.load(os.path.join(CORPUS, name)).story


# ---------------------------------------------------------------- invariants and shrinking

def test_runtime_error_shrinks_to_the_minimal_playthrough():
    story = load("exact_three.story")
    r = fuzz.playthroughs(story, 300, seed=1)
    [f] = r.failures
    assert f.kind == "runtime-error" and f.message == "division by zero"
    # three pushes, then the brake: "Look around" detours are shrunk away
    assert f.texts[:3] == ("Push the lever",) * 3 and len(f.texts) == 4
    assert f.numbers == (1, 1, 1, 3)
    assert f.seed == 0
    assert "--seed 0 --choices 1,1,1,3" in f.command("x.story")


def test_stuck_reader_is_a_failure():
    [f] = fuzz.playthroughs(load("stuck.story"), 20, seed=0).failures
    assert f.kind == "stuck" and f.numbers == ()


def test_clean_story_passes_and_runs_are_reproducible():
    story = loader.load(TOUR).story
    a = fuzz.playthroughs(story, 40, seed=7)
    b = fuzz.playthroughs(story, 40, seed=7)
    assert not a.failures and a.runs >= 40
    assert (a.runs, a.steps) == (b.runs, b.steps)


def test_save_roundtrip_breakage_is_caught(monkeypatch):
    from forkpaths import saves
    story = loader.load(TOUR).story
    real = saves.roundtrip

    def lossy(story_, state):
        back = real(story_, state)
        return runtime.with_vars(story_, back, oil=back.vars[1] + 1) if state.turn >= 1 else back

    monkeypatch.setattr(saves, "roundtrip", lossy)
    [f] = fuzz.playthroughs(story, 50, seed=0).failures
    assert f.kind == "save-roundtrip" and len(f.numbers) == 1


def test_nondeterministic_transcript_is_caught(monkeypatch):
    story = loader.load(TOUR).story
    calls = {"n": 0}
    real = fuzz._transcript

    def flaky(story_, seed, ids):
        calls["n"] += 1
        text, last = real(story_, seed, ids)
        return (text + [("extra",)] if calls["n"] % 2 == 0 else text), last

    monkeypatch.setattr(fuzz, "_transcript", flaky)
    [f] = fuzz.playthroughs(story, 10, seed=0).failures
    assert f.kind == "nondeterministic"


def test_fuzz_hunts_the_scenes_it_is_given():
    story = load("order_matters.story")
    r = fuzz.playthroughs(story, 200, seed=3, hunt=["vault"])
    assert "vault" in r.found
    seed, trail = r.found["vault"]
    s = runtime.start(story, seed=seed)
    for _, cid, _, _ in trail:
        s = runtime.choose(story, s, cid)
    assert s.visits.get("vault") or s.ending == "Rich"


def test_cli_fuzz_reports_fp409(capsys):
    code = cli.main(["check", "--fuzz", "30", "--seed", "2", "--timeout", "2", os.path.join(CORPUS, "exact_three.story")])
    out = capsys.readouterr().out
    assert code == 1
    assert "error[FP409]: a random playthrough broke an invariant: division by zero (runtime-error)" in out
    assert "--choices 1,1,1,3" in out
    assert "random playthroughs, 1 failure" in out


# ---------------------------------------------------------------- the checker against brute force

BIG = 3_000_000_000_000_000_000  # (written as 18 digits times 10, the longest literal) the fourth `+= BIG` passes the 64-bit limit (9.22e18)
LONG_DOUBLINGS = 16  # L16 is 4 * 2**16 = 262,144 characters: the fourth append passes 1,000,000


@st.composite
def small_stories(draw, bounded=False, limits=False):
    """Small random stories made of what the checker's reductions touch: tunnels with
    several callers and once-only choices inside, visit-count and turn gates, random
    outcomes that gate, several fallbacks, a counter only compared with constants that a
    huge constant overflows, and a display-only string that grows past the limit.
    `limits`: also the counter and string that pass the runtime's limits.
    `bounded`: only what keeps the full state space finite (no turn or visit gates, counters
    modulo 3, no growth), so brute force can close it and decide soft-locks."""
    n = draw(st.integers(2, 5))
    scenes = [f"s{i}" for i in range(n)]
    lines = ["var f = false", "var g = true", "var c = 0", "var u = 0", 'var w = "a"', 'var t = ""']
    conds = ["f", "not f", "g", "c >= 1", "c == 2", "c < 2", "f and c >= 1", "random(0, 1) == 1",
             'w == "b"', "u > 1 or not g"]
    effects = ["~ f = true", "~ f = false", "~ g = not g", '~ w = "b"', "The count is {c}, {u} and {w}."]
    if bounded:
        effects += ["~ c = (c + 1) % 3", "~ c = (c + random(0, 1)) % 3", "~ u = (c + 1) % 2"]
    else:
        conds += ["visits(s1) > 0", "turn < 3", "visits(s0) >= 2", "visits(s0) == 0", "visits(s2) == 1"]
        effects += ["~ c += 1", "~ c -= 1", "~ c += random(0, 1)", "~ u += 1", "~ u = c + 1", "Turn {turn}."]
    if limits:
        lines += [f"const BIG = {BIG // 10} * 10", 'const L0 = "abcd"']
        lines += [f"const L{i + 1} = L{i} + L{i}" for i in range(LONG_DOUBLINGS)]
        effects += ["~ u += BIG", f"~ t = t + L{LONG_DOUBLINGS}", "Notes: {t}", "~ u = 12 / (c + 2)"]
    lines.append("")
    tunnel = draw(st.booleans())
    callers = draw(st.sets(st.sampled_from(range(n)), min_size=1, max_size=3)) if tunnel else set()

    def target():
        if draw(st.integers(0, 3)) == 0:
            return f'END "e{draw(st.integers(0, 2))}"'
        if tunnel and limits and draw(st.integers(0, 5)) == 0:
            return "helper"  # a tunnel entered by a divert: its `->->` has nothing to return to
        return draw(st.sampled_from(scenes))

    for i, name in enumerate(scenes):
        lines.append(f"=== {name} ===")
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from(effects)))
        if i in callers:
            lines.append("-> helper ->")
        if draw(st.integers(0, 4)) == 0:
            lines += ["{if " + draw(st.sampled_from(conds)) + "}", f"-> {draw(st.sampled_from(scenes))}", "{end}"]
        for k in range(draw(st.integers(1, 3))):
            mark = draw(st.sampled_from("*+"))
            cond = draw(st.sampled_from([None] + conds))
            guard = f" {{{cond}}}" if cond else ""
            lines.append(f"{mark}{guard} [go {k}]")
            if draw(st.booleans()):
                lines.append("    " + draw(st.sampled_from(effects)))
            lines.append(f"    -> {target()}")
        for _ in range(draw(st.integers(0, 2))):  # fallbacks: FP309 warns past the first, but it is legal
            cond = draw(st.sampled_from([None] + conds))
            guard = f" {{{cond}}}" if cond else ""
            lines.append(f"{draw(st.sampled_from('*+'))}{guard} -> {target()}")
        lines.append("")
    if tunnel:
        gate = "f" if bounded else "visits(helper) >= 2"
        lines += ["=== helper ===", "* [help]", "    ~ c = (c + 1) % 3" if bounded else "    ~ c += 1", "    ->->",
                  f"* {{{gate}}} [late help]", "    ~ g = not g", "    ->->", "+ [skip]", "    ->->", ""]
    return "\n".join(lines) + "\n"


class TooBig(Exception):
    pass


def outcomes(fn):
    """Every result of a runtime step under each sequence of random outcomes it asks for:
    (states, whether some outcome sequence ran into a runtime error)."""
    todo, out, failed = [()], [], False
    while todo:
        forced = todo.pop()
        if len(out) > 4096:
            raise TooBig
        try:
            out.append(fn(list(forced)))
        except runtime.NeedRoll as need:
            if len(forced) > 64:
                raise TooBig from None
            todo.extend(forced + (v,) for v in range(need.low, need.high + 1))
        except runtime.StoryRuntimeError:
            failed = True
    return out, failed


def note_step(first, before, after, d):
    """Record in `first` what a step (or the start, with `before` empty) reached at depth d:
    `before` is the visits before it, `after` the state with only this step's history."""
    for name, c in after.visits.items():
        if c != before.get(name, 0):
            first["scene"].setdefault(name, d)
    for sc, cid in after.history:
        first["choice"].setdefault((sc, cid), d)
    if after.ending is not None:
        first["ending"].setdefault(after.ending, d)


def brute_force(story, depth, cap=20_000):
    """Every choice sequence (and random outcome) up to `depth` choices, on full states
    (None if a layer grows past `cap` states). `first["error"]` is the depth of the first
    runtime error, if any."""
    first = {"scene": {}, "ending": {}, "choice": {}, "error": None}

    def note(before, after, d):
        note_step(first, before, after, d)

    def failed_at(d, failed):
        if failed and first["error"] is None:
            first["error"] = d

    seen = set()
    layer, failed = outcomes(lambda f: runtime.start(story, render=False, forced=f))
    failed_at(0, failed)
    for s in layer:
        note({}, s, 0)
    for d in range(1, depth + 1):
        nxt = []
        for s in layer:
            if s.key() in seen or s.ending is not None:
                continue
            seen.add(s.key())
            for cid in runtime.available(story, s):
                outs, failed = outcomes(lambda f, s=s, cid=cid: runtime.choose(story, s, cid, render=False, forced=f))
                failed_at(d, failed)
                for out in outs:
                    note(s.visits, attrs_history_fix(s, out), d)
                    nxt.append(out)
        layer = nxt
        if len(layer) > cap:
            return None
    return first


def attrs_history_fix(before, after):
    """Only this transition's history: the part after what `before` already had."""
    import attrs
    return attrs.evolve(after, history=after.history[len(before.history):])


def load_generated(tmp_path_factory, text):
    """A generated story written to its own folder and loaded; examples that do not load are skipped."""
    path = tmp_path_factory.mktemp("gen") / "main.story"
    path.write_text(text, encoding="utf-8")
    loaded = loader.load(str(path))
    assume(loaded.ok)
    return loaded.story


def compare_targets(report, first, depth, text):
    """Every target the checker classified agrees with brute force up to `depth` choices."""
    for kind, table, key in (("scene", report.scenes, lambda n: n), ("ending", report.endings, lambda n: n),
                             ("choice", report.choices, lambda n: tuple(n.rsplit(".", 1)))):  # a weave part is `scene.label`
        for name, t in table.items():
            b = first[kind].get(key(name))
            if t.status == UNREACHABLE:
                assert b is None, (kind, name, text)
            elif t.status == REACHABLE and t.depth <= depth:
                assert b == t.depth, (kind, name, t.depth, b, text)
            elif t.status == REACHABLE:
                assert b is None, (kind, name, text)
            else:  # a complete search leaves nothing unknown (what a failing step passes is credited)
                assert not report.complete, (kind, name, t.reason, text)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(small_stories(limits=True))
def test_exact_checker_agrees_with_brute_force(tmp_path_factory, text):
    story = load_generated(tmp_path_factory, text)
    r = analyze(story, max_states=2_000, timeout=60)
    assume(r.complete)
    depth = 5
    try:
        brute = brute_force(story, depth)
    except TooBig:
        brute = None
    assume(brute is not None)
    if brute["error"] is not None:
        # a runtime error within reach: "no runtime errors" would be a lie
        assert r.errors, ("the checker missed a runtime error at depth", brute["error"], text)
        return
    compare_targets(r, brute, depth, text)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(small_stories(limits=True))
def test_proof_of_no_runtime_errors_agrees_with_brute_force(tmp_path_factory, text):
    """Where brute force runs into a runtime error within 5 choices, the proof from value
    bounds (analysis/safety.py) must not have ruled runtime errors out."""
    story = load_generated(tmp_path_factory, text)
    found = hazards(story, AbstractInterpreter(story))
    try:
        brute = brute_force(story, 5)
    except TooBig:
        brute = None
    assume(brute is not None)
    event(f"proved: {not found}; brute force ran into an error: {brute['error'] is not None}")
    if brute["error"] is not None:
        assert found, ("the proof ruled out a runtime error brute force runs into", brute["error"], text)


def closure(story, cap=3_000):
    """The whole reachable state space of a `bounded` story by brute force on runtime states
    (turn, visits, the generator and history dropped: such stories never read them):
    (first depths as `brute_force`, whether some reachable state cannot reach an ending);
    None if it has more than `cap` states or a runtime error."""
    def key(s):
        return (s.scene, s.ending, s.vars, s.used, s.stack, s.offer)

    first = {"scene": {}, "ending": {}, "choice": {}, "error": None}
    edges, ending_states = {}, set()
    start, failed = outcomes(lambda f: runtime.start(story, render=False, forced=f))
    if failed:
        return None
    layer = []
    for s in start:
        note_step(first, {}, s, 0)
        if key(s) not in edges:
            edges[key(s)] = set()
            layer.append(s)
    d = 0
    while layer:
        d += 1
        nxt = []
        for s in layer:
            if s.ending is not None:
                ending_states.add(key(s))
                continue
            for cid in runtime.available(story, s):
                outs, failed = outcomes(lambda f, s=s, cid=cid: runtime.choose(story, s, cid, render=False, forced=f))
                if failed:
                    return None
                for out in outs:
                    note_step(first, s.visits, attrs_history_fix(s, out), d)
                    edges[key(s)].add(key(out))
                    if key(out) not in edges:
                        edges[key(out)] = set()
                        nxt.append(out)
        if len(edges) > cap:
            return None
        layer = nxt
    good = set(ending_states)
    changed = True
    while changed:  # the states from which some ending can still be reached
        changed = False
        for k, succ in edges.items():
            if k not in good and succ & good:
                good.add(k)
                changed = True
    return first, len(edges) > len(good)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(small_stories(bounded=True))
def test_checker_decides_soft_locks_as_brute_force_does(tmp_path_factory, text):
    """On stories whose whole state space brute force can close, every claim agrees at any
    depth: reachability, shortest witnesses, and whether a soft-lock exists."""
    story = load_generated(tmp_path_factory, text)
    try:
        closed = closure(story)
    except TooBig:
        closed = None
    assume(closed is not None)
    first, softlocked = closed
    r = analyze(story, max_states=5_000, timeout=60)
    assert not r.errors, text
    compare_targets(r, first, 10 ** 9, text)
    event(f"soft-locks decided: {r.softlocks_complete}; a soft-lock exists: {softlocked}")
    if r.softlocks_complete:
        assert bool(r.softlocks) == softlocked, (r.softlocks and r.softlocks[0].as_json(), softlocked, text)
    elif r.softlocks:
        assert softlocked, (r.softlocks[0].as_json(), text)
