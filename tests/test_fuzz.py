"""Random playthroughs with Hypothesis (engine/forkpaths/fuzz.py), and the exact checker against brute force."""

import os

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from forkpaths import cli, fuzz, loader, runtime
from forkpaths.explore import REACHABLE, UNREACHABLE, analyze

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

@st.composite
def small_stories(draw):
    n = draw(st.integers(2, 5))
    scenes = [f"s{i}" for i in range(n)]
    lines = ["var f = false", "var g = true", "var c = 0", "var u = 0", 'var w = "a"', ""]
    conds = ["f", "not f", "g", "c >= 1", "c == 2", "c < 2", "visits(s1) > 0", "f and c >= 1",
             "random(0, 1) == 1", "turn < 3", "visits(s0) >= 2", 'w == "b"', "u > 1 or not g"]
    effects = ["~ f = true", "~ f = false", "~ g = not g", "~ c += 1", "~ c -= 1", "~ c += random(0, 1)",
               "~ u += 1", '~ w = "b"', "~ u = c + 1", "The count is {c}, {u} and {w}, turn {turn}."]
    tunnel = draw(st.booleans())
    for i, name in enumerate(scenes):
        lines.append(f"=== {name} ===")
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from(effects)))
        if tunnel and i == 0:
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
            if draw(st.integers(0, 3)) == 0:
                lines.append(f'    -> END "e{draw(st.integers(0, 2))}"')
            else:
                lines.append(f"    -> {draw(st.sampled_from(scenes))}")
        if draw(st.integers(0, 3)) == 0:
            lines.append(f"* -> {draw(st.sampled_from(scenes))}")
        lines.append("")
    if tunnel:
        lines += ["=== helper ===", "* [help] ", "    ~ c += 1", "    ->->", "+ [skip]", "    ->->", ""]
    return "\n".join(lines) + "\n"


class TooBig(Exception):
    pass


def brute_force(story, depth, cap=20_000):
    """Every choice sequence (and random outcome) up to `depth` choices, on full states
    (None if a layer grows past `cap` states)."""
    first = {"scene": {}, "ending": {}, "choice": {}}

    def note(before, after, d):
        for name, c in after.visits.items():
            if c != before.get(name, 0):
                first["scene"].setdefault(name, d)
        for sc, cid in after.history:
            first["choice"].setdefault((sc, cid), d)
        if after.ending is not None:
            first["ending"].setdefault(after.ending, d)

    def outcomes(fn):
        todo, out = [()], []
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
                pass
        return out

    seen = set()
    layer = []
    for s in outcomes(lambda f: runtime.start(story, render=False, forced=f)):
        note({}, s, 0)
        layer.append(s)
    for d in range(1, depth + 1):
        nxt = []
        for s in layer:
            if s.key() in seen or s.ending is not None:
                continue
            seen.add(s.key())
            for cid in runtime.available(story, s):
                for out in outcomes(lambda f, s=s, cid=cid: runtime.choose(story, s, cid, render=False, forced=f)):
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


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(small_stories())
def test_exact_checker_agrees_with_brute_force(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("gen") / "main.story"
    path.write_text(text, encoding="utf-8")
    loaded = loader.load(str(path))
    assume(loaded.ok)
    story = loaded.story
    r = analyze(story, max_states=2_000, timeout=0.5)
    assume(r.complete and not r.errors)
    depth = 5
    try:
        brute = brute_force(story, depth)
    except TooBig:
        brute = None
    assume(brute is not None)
    for kind, table, key in (("scene", r.scenes, lambda n: n), ("ending", r.endings, lambda n: n),
                             ("choice", r.choices, lambda n: tuple(n.split(".", 1)))):
        for name, t in table.items():
            b = brute[kind].get(key(name))
            if t.status == UNREACHABLE:
                assert b is None, (kind, name, text)
            elif t.depth <= depth:
                assert t.status == REACHABLE and b == t.depth, (kind, name, t.depth, b, text)
            else:
                assert b is None, (kind, name, text)
