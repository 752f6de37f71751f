"""Goal-directed witnesses: best-first width search toward one open target at a time.

After the breadth-first searches and the hunting walks, what is still open is usually behind a
conjunction (a choice that needs six flags, a door that needs a counter and a key). A
best-first width search (Lipovetzky and Geffner, "Best-First Width Search: Exploration and
Exploitation in Classical Planning", AAAI 2017) goes straight at it: states are taken in order
of novelty (does the state make some fact true, a scene or a `variable = value`, that no state
taken before with the same goal count made true?), then of goal count (how many parts of the
gate are still false), then of scene moves left to the gate. Every step is a real runtime step
through `Walks.step`, so what it reaches is noted, and witnessed, like any walk.
"""

from __future__ import annotations

import heapq

from .. import model as m
from ..runtime import StoryRuntimeError
from . import walk
from .hunt import FAR, GiveUp, _distances, _holds, _moves, _needs

SEEK_STEPS = 10_000  # choices one search toward one gate may make
SEEK_EDGES = 3  # gated ways into an open scene tried, at most
CHAIN = 4  # levels of "the only choice that sets what this gate needs is itself gated"


def gates(story, walks, kind, key) -> list:
    """The (scene, choice or None) points a target is reached through.

    A choice is reached by taking it at its scene; a scene by a choice whose body diverts
    there (its first SEEK_EDGES ways in); an ending by the choice whose body ends there, or by
    arriving at a scene whose body ends there (choice None)."""
    if kind == "choice":
        sc = story.scene_map[key[0]]
        return [(sc.name, ch) for ch in sc.choices if ch.id == key[1]]
    if kind == "scene":
        return [(s, ch) for s, ch in walks.incoming.get(key, [])][:SEEK_EDGES]
    out = []
    for sc in story.scenes:
        for st, ch in walk.scene_statements(sc):
            if st.__class__ is m.EndStory and st.ending == key:
                out.append((sc.name, ch))
    return out[:SEEK_EDGES]


def seek_all(walks, story, targets, budget: int, safety=None) -> int:
    """Seek each open target in turn (kind, key), its gates one by one, until `budget` choices
    are made in all -> choices made. A first round gives each gate a tenth of its share, so
    the easy ones are not starved by a few that cannot be reached."""
    found = walks.found
    tables = {"scene": found.scenes, "ending": found.endings, "choice": found.choices}
    spent = 0
    for share in (SEEK_STEPS // 10, SEEK_STEPS):
        for kind, key in targets:
            for scene, ch in gates(story, walks, kind, key):
                if key in tables[kind] or spent >= budget or (safety is not None and safety.expired()):
                    break
                before = walks.transitions
                seek(walks, scene, ch, min(share, budget - spent), lambda: key in tables[kind])
                spent += walks.transitions - before
    return spent


def marks(walks, ch) -> list:
    """The facts a gate needs, and what those need in turn: [(var, op, constant, setter scenes,
    level)], deepest level first.

    The gate's own parts (the conjuncts of its condition) are level 0. When only one choice
    moves a needed variable the right way, that choice's own condition is needed too, one
    level down (up to CHAIN levels: a bag that only a friend who was told can give). While a
    fact is false the search heads for the nearest scene that can make it true, the deepest
    false fact first."""
    story = walks.story
    if ch is None or ch.cond is None:
        return []
    out = []
    todo = [(v, op, c, 0) for v, op, c in _needs(ch.cond, story)]
    seen = set()
    choices = walks.choice_sets
    while todo:
        var, op, c, level = todo.pop(0)
        if (var, op, c) in seen:
            continue
        seen.add((var, op, c))
        ways = [(s, cid) for s, cid, eop, v in walks.setters.get(var, ()) if _moves(eop, v, op, c)]
        out.append((var, op, c, tuple(sorted({s for s, _ in ways})), level))
        if len(ways) == 1 and ways[0][1] is not None and level < CHAIN:
            setter = choices[ways[0][0]][ways[0][1]]
            if setter.cond is not None:
                todo += [(v, o, k, level + 1) for v, o, k in _needs(setter.cond, story)]
    out.sort(key=lambda x: -x[4])
    return out


def seek(walks, scene, ch, steps: int = SEEK_STEPS, done=None) -> bool:
    """Best-first width search from the start to `scene`'s choice point with `ch` (a choice, or
    None: just standing there) available; then take it. -> did it get there?

    A fallback is never on offer: it is taken when nothing else is available, so for one the
    goal count also counts the scene's once-only choices not used up yet, and the search
    stops when `done()` says the target was reached on the way."""
    story = walks.story
    idx = walks.index
    needs = [(idx[v], op, c, at) for v, op, c, at, _ in marks(walks, ch) if v in idx]
    dist = _distances(walks.rev, [scene])
    near = {}  # landmark's setter scene -> distances to it

    def left(state):
        """Scene moves to the first landmark still false (or to the gate)."""
        vs = state.vars
        for i, op, c, at in needs:
            if at and not _holds(op, vs[i], c):
                d = near.get(at)
                if d is None:
                    d = near[at] = _distances(walks.rev, list(at))
                return d.get(state.scene, FAR)
        return dist.get(state.scene, FAR)
    fallback = ch is not None and ch.text is None
    others = [f"{scene}.{c.id}" for c in story.scene_map[scene].choices if c.text is not None and not c.sticky] \
        if fallback else []

    def count(state):
        vs = state.vars
        false = sum(1 for i, op, c, _ in needs if not _holds(op, vs[i], c))
        return false + sum(1 for k in others if k not in state.used)

    def arrived(state):
        if fallback or state.scene != scene or state.ending is not None:
            return False
        if ch is None:
            return True
        return any(cv.id == ch.id and cv.available for cv in state.offer)

    seen = {}  # goal count -> atoms made true by a state taken with that count
    keys = set()
    queue = []
    tie = 0
    made = 0

    def push(n, state, depth, key=None):
        nonlocal tie
        if key is None:
            key = walks.proj.key(state)
        if key in keys:
            return
        keys.add(key)
        g = count(state)
        atoms = seen.setdefault(g, set())
        had = len(atoms)
        atoms.add(("s", state.scene))
        atoms.update(enumerate(state.vars))  # the facts (i, value)
        novel = 1 if len(atoms) > had else 2
        tie += 1
        heapq.heappush(queue, (novel, g, left(state), tie, n, state, depth))

    try:
        n, state, depth = walks.begin()
    except (StoryRuntimeError, GiveUp):
        return False
    push(n, state, depth)
    # and from the states some walk or search already reached at the gate's scene
    for step, st in list(walks.by_scene.get(scene, ())):
        push(step, st, step.depth)
    if scene in walks.base_at:
        b, bn = walks.base_at[scene]
        step, st = walks._import(b, bn)
        push(step, st, b.graph.steps[bn].depth)
    while queue and made < steps:
        if done is not None and done():
            return True
        _, _, _, _, n, state, depth = heapq.heappop(queue)
        if arrived(state):
            # take it, and every other choice on offer here that no one has taken yet
            # (a gate's neighbours often share its condition)
            for number, cv in enumerate(state.offer, 1):
                if cv.available and ((ch is not None and cv.id == ch.id) or (scene, cv.id) not in walks.found.choices):
                    try:
                        walks.step(n, state, number, cv.id, depth)
                    except (StoryRuntimeError, GiveUp):
                        pass
            return True
        if state.ending is not None:
            continue
        for number, cv in enumerate(state.offer, 1):
            if not cv.available:
                continue
            made += 1
            try:
                m_, new = walks.step(n, state, number, cv.id, depth)
            except (StoryRuntimeError, GiveUp):
                continue
            push(m_, new, depth + 1, walks._last_key)  # the key of `new`, as step worked it out
    return False
