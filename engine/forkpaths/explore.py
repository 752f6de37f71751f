"""Prove a story's scenes, endings and choices reachable or not, find soft-locks: `analyze(story) -> Report`."""

from __future__ import annotations

import gc
import time

from . import model as m
from .analysis import walk
from .analysis.absint import AbstractInterpreter
from .analysis.findings import bound_text, coverage, diagnose
from .analysis.exits import SureExits
from .analysis.goal import seek_all
from .analysis.hunt import Walks, hunt
from .analysis.projection import Projection
from .analysis.results import (REACHABLE, UNKNOWN, UNREACHABLE, Coverage, Report, RuntimeFinding,  # noqa: F401 (the API)
                               Softlock, Target)
from .analysis.prove import Prover
from .analysis import stuck
from .analysis.safety import hazards
from .analysis.search import Limits, Safety, Search, softlocks
from .analysis.witness import build
from .diagnostics import Diagnostic

# Every budget is counted in states or choices, never seconds: the same story and options give
# the same report (every count, status and witness) on any machine at any load.
DEFAULT_MAX_STATES = 50_000  # distinct states the exact search may keep
DEFAULT_TIMEOUT = 600.0  # seconds: a safety stop only (when it fires the report says so)
FIRST_SLICE_STATES = 2_000  # exact states tried before the fast searches run
IW_STATES = 50_000  # states the novelty-pruned search may keep (plus 20 per scene)
HUNT_STEPS = 20_000  # choices per round of hunting walks (plus 10 per scene)
HUNT_ROUNDS = 8  # rounds of hunting walks at most (they also stop when a round finds nothing)
NARROW = 10  # once everything else is decided, the exact search goes on while its frontier is under 1/10 of its states
SEEK_BUDGET = 50_000  # choices the goal-directed searches make in all (plus 10 per scene)
PROVE_CONE_MAX = 400  # cone proofs only for targets that at most this many scenes lead to
PROVE_BUDGET = 20_000  # cone proofs: scenes in all the cones analysed together
MAX_SOFTLOCKS = 20  # soft-locks reported per story (the shallowest, one per scene)


def analyze(story: m.Story, max_states: int = DEFAULT_MAX_STATES, timeout: float = DEFAULT_TIMEOUT,
            fuzz: int = 0, seed: int = 0, hunt_steps: int | None = None) -> Report:
    """Classify every scene, ending and choice of `story`; find soft-locks and runtime errors.

    Stages (docs/check.md): the projection and a value analysis (proves targets unreachable);
    a first slice of the exact breadth-first search over projected runtime states (small
    stories end there, completely explored); if it does not finish, a novelty-pruned IW(1)
    search, hunting walks and per-scene cone proofs; then the exact search carries on with
    what is left of the budget (shortest witnesses; only a complete search proves there are no
    soft-locks). Budgets count states and choices (`max_states`, `hunt_steps` per round of
    walks); `timeout` is a wall-clock safety stop only. With `fuzz` > 0, that many Hypothesis
    playthroughs check the runtime's invariants and hunt for scenes left unknown.
    """
    # The search builds millions of small acyclic objects: the cyclic garbage collector would
    # walk the whole heap again and again for nothing (reference counting frees them).
    was = gc.isenabled()
    gc.disable()
    try:
        return _analyze(story, max_states, timeout, fuzz, seed, hunt_steps)
    finally:
        if was:
            gc.enable()


def _analyze(story, max_states, timeout, fuzz, seed, hunt_steps) -> Report:
    """The stages of `analyze`, with the garbage collector off."""
    t0 = time.perf_counter()
    report = Report(story)
    found_by = {}  # target -> (search, step, shortest?)
    phases = report.phases
    mark = [time.perf_counter()]

    def phase(name):
        now = time.perf_counter()
        scenes = sum(1 for k in found_by if k[0] == "scene" and k[1] in story.scene_map)
        phases.append((name, round(now - mark[0], 3), scenes))
        mark[0] = now

    proj = Projection(story)
    report.projection = proj
    safety = Safety(timeout)
    limits = Limits(max_states, safety)
    steps = hunt_steps if hunt_steps is not None else HUNT_STEPS + 10 * len(story.real_scenes)
    graph = walk.flow_graph(story)
    linked = walk.reach(graph, story.start)
    phase("projection")
    absint = AbstractInterpreter(story)
    phase("value analysis")
    exits = SureExits(story, absint, graph)
    phase("soft-lock proof")

    # 1. a first slice of the exact search: small stories end here
    exact = Search(story, proj, Limits(min(max_states, FIRST_SLICE_STATES), safety))
    exact.run()
    _collect(found_by, exact, shortest=True)
    phase("exact search (first slice)")
    iw = walks = None
    proofs = {}
    if not exact.complete and not safety.fired:
        # 2. fast witnesses: IW(1), aimed walks at gated ways in, then hunting walks
        iw = Search(story, proj, Limits(IW_STATES + 20 * len(story.real_scenes), safety),
                    novelty=True).run()
        _collect(found_by, iw, shortest=False)
        phase("IW(1) search")
        open_scenes = [s.name for s in story.scenes
                       if ("scene", s.name) not in found_by and absint.reachable(s.name)]
        rounds = 0
        while open_scenes and rounds < HUNT_ROUNDS and steps > 0 and not safety.expired():
            rounds += 1
            if walks is None:
                walks = Walks(story, proj, graph, [iw, exact], seed)
            before = len(open_scenes)
            hunt(walks, open_scenes, steps, safety)
            _collect(found_by, walks, shortest=False)
            open_scenes = [s for s in open_scenes if ("scene", s) not in found_by]
            phase(f"hunting walks ({rounds})")
            if len(open_scenes) >= before:
                break
        if open_scenes and not safety.expired():
            proofs = _prove_small(story, graph, open_scenes, safety)
            phase("cone proofs")
        targets = _open(story, found_by, absint, linked, proofs)
        if targets and not safety.expired():
            if walks is None:
                walks = Walks(story, proj, graph, [iw, exact], seed)
            seek_all(walks, story, targets, SEEK_BUDGET + 10 * len(story.scenes), safety)
            _collect(found_by, walks, shortest=False)
            phase("goal-directed search")
        # 3. the exact search carries on with the rest of the budget, while it can still decide
        # something: a target left open, or soft-locks; once everything else is decided, only
        # while its frontier stays narrow (a story that is mostly a line: finishing it is cheap
        # and rules out runtime errors), a slice at a time
        if _open(story, found_by, absint, linked, proofs) or not exits.proved:
            exact.run(limits)
            _collect(found_by, exact, shortest=True)
            phase("exact search")
        else:
            grew = False
            while not exact.complete and len(exact.graph) < max_states and \
                    len(exact.queue) * NARROW <= len(exact.graph) and not safety.expired():
                cap = min(max_states, 2 * len(exact.graph))
                exact.run(Limits(cap, safety) if cap < max_states else limits)
                grew = True
            if grew:
                _collect(found_by, exact, shortest=True)
                phase("exact search (narrow frontier)")
            if not exact.complete and len(exact.graph) < max_states:
                limits.hit = "decided"
    searches = tuple(x for x in (exact, iw, walks) if x is not None)
    report.states_explored = len(exact.graph) + (len(iw.graph) if iw else 0) + (walks.transitions if walks else 0)
    report.complete = exact.complete
    report.bound = None if exact.complete else (limits.hit or exact.limits.hit or "timeout")
    report.timed_out = safety.fired

    failed = _error_scenes(story, searches, found_by)
    _classify(report, story, proj, found_by, exact, absint, linked, failed, proofs)
    _softlocks(report, story, proj, exact, exits)
    if not report.softlocks_complete and not safety.expired():
        # past the exact search's reach: complete searches of the futures of states the other
        # searches reached where the proof fails (analysis/stuck.py)
        more = stuck.find(story, proj, exits, [x for x in (iw, walks) if x is not None], safety,
                          already={s.scene for s in report.softlocks})
        if more:
            report.softlocks = sorted(report.softlocks + more, key=lambda s: s.witness.depth)[:MAX_SOFTLOCKS]
            phase("futures of reached states")
    _errors(report, story, proj, searches)
    _runtime_errors(report, story, absint)
    if exact.complete:
        _longest(report, exact)
    if fuzz:
        _fuzz(report, story, proj, fuzz, seed)
    report.coverage = coverage(report, story, absint)
    diagnose(report, story, absint)
    for finding in report.fuzz.failures if report.fuzz else ():
        d = Diagnostic.make("FP409", finding.span or story.scene(story.start).span,
                            detail=f"{finding.message} ({finding.kind})")
        report.diagnostics.append(d)
        report.extra[id(d)] = finding.lines(story.files[0])
    report.seconds = time.perf_counter() - t0
    return report


def _fuzz(report, story, proj, runs, seed):
    """Hypothesis playthroughs; scenes left unknown that they reach become reachable."""
    from . import fuzz as fuzzing
    from .analysis.witness import from_play
    unknown = [n for n, t in report.scenes.items() if t.status == UNKNOWN]
    gc.enable()  # Hypothesis makes reference cycles
    try:
        report.fuzz = fuzzing.playthroughs(story, runs, seed, hunt=unknown)
    finally:
        gc.disable()
    for name, (play_seed, trail) in report.fuzz.found.items():
        t = report.scenes.get(name)
        if t is not None and t.status == UNKNOWN:
            w = from_play(story, proj, play_seed, trail)
            t.status, t.reason, t.depth = REACHABLE, "", w.depth
            t._witness = w


def _collect(found_by, search, shortest):
    f = search.found
    for kind, table in (("scene", f.scenes), ("ending", f.endings), ("choice", f.choices)):
        for k, step in table.items():
            key = (kind, k)
            old = found_by.get(key)
            if old is None or step.depth < old[1].depth or (shortest and step.depth <= old[1].depth):
                found_by[key] = (search, step, shortest)


def _open(story, found_by, absint, linked, proofs) -> list:
    """Targets with no witness yet that no proof has ruled out: (kind, key), in story order."""
    out = []
    for sc in story.scenes:
        if ("scene", sc.name) not in found_by and sc.name in linked and absint.reachable(sc.name) \
                and sc.name not in proofs:
            out.append(("scene", sc.name))
    for e in story.endings:
        if ("ending", e.name) not in found_by and e.name in absint.reached_endings:
            out.append(("ending", e.name))
    for sc in story.scenes:
        for ch in sc.choices:
            key = (sc.name, ch.id)
            if ("choice", key) not in found_by and key in absint.takeable and sc.name not in proofs:
                out.append(("choice", key))
    return out


def _witness_fn(story, proj, search, step, shortest):
    return lambda: build(search, step, story, proj, shortest)


def _exhausted(kind, key, story, states) -> str:
    proof = f"all {states:,} distinct states explored"
    if kind == "choice":
        ch = next(c for c in story.scene(key[0]).choices if c.id == key[1])
        if ch.fallback:
            return f"it is never due: another choice is always available there ({proof})"
        return f"no playthrough has it available ({proof})"
    return f"no playthrough gets there ({proof})"


def _error_scenes(story, searches, found_by) -> bool:
    """Scenes where a runtime error happened were entered: count them reached. -> any error?"""
    any_error = False
    for s in searches:
        for (message, span), (step, err) in s.found.errors.items():
            any_error = True
            name = _scene_at(story, span)
            if name is not None and ("scene", name) not in found_by:
                found_by[("scene", name)] = (s, step, False)
    return any_error


def _scene_at(story, span):
    if span is None:
        return None
    for sc in story.scenes:
        if sc.span.file != span.file:
            continue
        for st, _ in walk.scene_statements(sc):
            if st.span.line <= span.line <= st.span.end_line:
                return sc.name
        for ch in sc.choices:
            if ch.span.line <= span.line <= ch.span.end_line:
                return sc.name
    return None


def _prove_small(story, graph, open_scenes, safety) -> dict:
    """Per-target value analysis on small cones, for scenes still open -> {scene: reason}.

    Smallest cones first, until PROVE_BUDGET scenes have been analysed in all."""
    prover = Prover(story, graph)
    out = {}
    sized = []
    for t in open_scenes:
        cone = prover.cone(t, PROVE_CONE_MAX)
        if cone is not None:
            sized.append((len(cone), t, cone))
    spent = 0
    for size, t, cone in sorted(sized, key=lambda x: x[:2]):
        spent += size
        if spent > PROVE_BUDGET or safety.expired():
            break
        why = prover.prove(t, cone)
        if why:
            out[t] = why
    return out


def _classify(report, story, proj, found_by, exact, absint, linked, failed, proofs):
    complete = exact.complete
    states = len(exact.graph)

    def classify(kind, key, name, span, statically_dead, abstract_dead):
        hit = found_by.get((kind, key))
        if hit is not None:
            search, step, shortest = hit
            t = Target(kind, name, span, REACHABLE, "", _witness_fn(story, proj, search, step, shortest),
                       step.depth)
        elif statically_dead:
            t = Target(kind, name, span, UNREACHABLE, statically_dead)
        elif abstract_dead:
            t = Target(kind, name, span, UNREACHABLE, abstract_dead)
        elif complete:
            # every step was followed, a failing one up to its fault (what it passed through
            # first is credited), so what no step reached no playthrough reaches
            why = _exhausted(kind, key, story, states)
            if failed:
                why += "; a runtime error stops some playthroughs first"
            t = Target(kind, name, span, UNREACHABLE, why)
        else:
            t = Target(kind, name, span, UNKNOWN, bound_text(report))
        return t

    for sc in story.scenes:
        stat = None if sc.name in linked else "no divert, choice or tunnel leads to it from the start"
        abst = None if absint.reachable(sc.name) else \
            "every way in is guarded by a condition that cannot hold there (value analysis)"
        abst = abst or proofs.get(sc.name)
        report.scenes[sc.name] = classify("scene", sc.name, sc.name, sc.span, stat, abst)
    dead = {n for n, t in report.scenes.items() if t.status == UNREACHABLE}
    end_scenes = _ending_scenes(story)
    for e in story.endings:
        spans = e.spans
        span = spans[0] if spans else story.scene(story.start).span
        stat = None
        if end_scenes.get(e.name) and end_scenes[e.name] <= dead:
            stat = "its `-> END` is only in scenes that can never be reached"
        abst = None if e.name in absint.reached_endings else \
            "no `-> END` for it can run with the values the variables can hold (value analysis)"
        report.endings[e.name] = classify("ending", e.name, e.name, span, stat, abst)
    for sc in story.scenes:
        for ch in sc.choices:
            key = (sc.name, ch.id)
            stat = None if sc.name in linked else "its scene cannot be reached"
            abst = None
            if (sc.name, ch.id) not in absint.takeable:
                abst = "its scene cannot be reached" if not absint.reachable(sc.name) else \
                    "its condition cannot hold when the scene offers it (value analysis)"
            report.choices[f"{sc.name}.{ch.id}"] = classify("choice", key, f"{sc.name}.{ch.id}", ch.span,
                                                            stat, abst)


def _ending_scenes(story) -> dict:
    out = {}
    for sc in story.scenes:
        for st, _ in walk.scene_statements(sc):
            if st.__class__ is m.EndStory:
                out.setdefault(st.ending, set()).add(sc.name)
    return out


def _softlocks(report, story, proj, exact, exits):
    locked, undecided = softlocks(exact)
    report.softlock_states = len(locked)
    # a locked state the search found is a real one (its future was explored in full); the
    # proof only ever says there are none, so the two cannot both speak
    if exact.complete:
        report.softlocks_decided = "search"
    elif exits.proved and not locked:
        report.softlocks_decided = "proof"
    report.softlocks_complete = report.softlocks_decided is not None
    if not locked:
        return
    g = exact.graph
    lockset = set(locked)
    entries = {}
    for n in locked:
        step = g.steps[n]
        if step.parent >= 0 and step.parent in lockset:
            continue
        scene = g.keys[n][0]
        if scene not in entries or step.depth < g.steps[entries[scene]].depth:
            entries[scene] = n
    for scene, n in sorted(entries.items(), key=lambda kv: g.steps[kv[1]].depth)[:MAX_SOFTLOCKS]:
        cycle = []
        seen = {n}
        todo = [n]
        stuck = not g.succ[n]
        while todo and len(seen) < 5000:
            x = todo.pop()
            sc = g.keys[x][0]
            if sc not in cycle:
                cycle.append(sc)
            for y in g.succ[x] or ():
                if y not in seen:
                    seen.add(y)
                    todo.append(y)
        w = build(exact, g.steps[n], story, proj, True)
        report.softlocks.append(Softlock(scene, story.scene(scene).span, w, cycle, stuck))


def _errors(report, story, proj, searches):
    seen = {}
    for s in searches:
        for k, (step, err) in s.found.errors.items():
            if k not in seen or step.depth < seen[k][1].depth:
                seen[k] = (s, step, err)
    for (s, step, err) in sorted(seen.values(), key=lambda v: v[1].depth):
        w = build(s, step, story, proj, s.complete)
        report.errors.append(RuntimeFinding(err.message, err.span, w))


_FAR_LIMITS = ("integer overflow", "string too long")  # what the search's projection may not track to the end


def _runtime_errors(report, story, absint):
    """Decide runtime errors: found by a search, ruled out by a complete one, or ruled out by
    the proof (analysis/safety.py). A complete search does not work out text, and it may
    saturate a counter that only limits far away could break (docs/check.md, "Limits"): what
    the proof cannot rule out there stays undecided. The proof is tried on an incomplete
    search only once soft-locks are decided (else the report is undecided anyway)."""
    if report.errors:
        report.runtime_errors_decided = "search"
        return
    if report.complete:
        report.hazards = [h for h in hazards(story, absint) if h.in_text or h.message.startswith(_FAR_LIMITS)]
        report.runtime_errors_decided = None if report.hazards else "search"
    elif report.softlocks_complete and not report.softlocks:
        report.hazards = hazards(story, absint)
        report.runtime_errors_decided = None if report.hazards else "proof"


def _longest(report, exact):
    """Most choices on a path to each ending (exact graph); None when a loop can come first."""
    g = exact.graph
    N = len(g.keys)
    indeg = [0] * N
    for n in range(N):
        for t in g.succ[n] or ():
            indeg[t] += 1
    order = [n for n in g.roots if indeg[n] == 0]
    dist = [0] * N
    done = bytearray(N)
    i = 0
    while i < len(order):
        n = order[i]
        i += 1
        done[n] = 1
        for t in g.succ[n] or ():
            if dist[n] + 1 > dist[t]:
                dist[t] = dist[n] + 1
            indeg[t] -= 1
            if indeg[t] == 0:
                order.append(t)
    best = {}
    for n in range(N):
        e = g.keys[n][1]
        if e is None:
            continue
        if not done[n]:
            best[e] = None
        elif best.get(e, 0) is not None:
            best[e] = max(best.get(e, 0), dist[n])
    for name, t in report.endings.items():
        if name in best:
            t.longest = best[name]
            t.longest_bounded = best[name] is not None
