"""Witness hunting for big stories: seeded walks steered toward scenes no search has reached yet.

Three kinds of walk; every step links to the step before it, so witnesses are built as for
a search, and only the steps some witness or restart point still needs stay in memory:
- long walks from the start, preferring choices that lead toward open scenes (they
  pick up many flags and counters on the way);
- wandering walks that restart from a state some walk or search already reached near an
  open scene, and head for it;
- aimed walks at a gated way in: first through a choice that sets what the gate tests
  (`flag`, `counter >= 2`), then breadth-first on to the gate.
"""

from __future__ import annotations

import random
from collections import deque

from .. import model as m
from .. import runtime
from ..runtime import NeedRoll, StoryRuntimeError
from . import walk
from .search import MAX_ROLLS_PER_STEP, Found, Step

MAX_WALK = 20_000  # choices in one walk from the start
KEEP = 2  # restart points kept per scene
NEAR = 12  # wandering walks restart this many scene moves or fewer from their goal
FAR = 1 << 20
MOVES = 50_000  # transitions remembered (walks and searches come back to the same states often)


class GiveUp(Exception):
    """A step draws too many random numbers to follow: the walk stops (not a story error)."""


class Walks:
    """What the walks reached, restart points, and the story's ways in and setters."""

    def __init__(self, story, proj, flow, bases, seed: int):
        self.story, self.proj, self.flow = story, proj, flow
        self.rng = random.Random(seed)
        self.found = Found()
        self.complete = False
        self.transitions = 0
        self.choice_sets = {s.name: {c.id: c for c in s.choices} for s in story.scenes}
        self.index = {v.name: i for i, v in enumerate(story.variables)}
        self.by_scene = {}  # scene -> up to KEEP (step, State) restart points at its choice point
        self.rev = {}
        for s in sorted(flow):  # sorted: the same walks in every process (set order is not)
            for t in sorted(flow[s]):
                self.rev.setdefault(t, []).append(s)
        self.targets = {}  # scene -> {choice id -> scenes its body can go to}
        self.incoming = {}  # scene -> [(scene, choice)] whose body diverts there
        self.setters = {}  # var -> [(scene, choice id or None, op, constant)]
        for sc in story.scenes:
            per = self.targets[sc.name] = {}
            for ch in sc.choices:
                per[ch.id] = {st.target for st, _ in walk.statements(ch.body, ch)
                              if st.__class__ in (m.Divert, m.TunnelCall)}
            for st, ch in walk.scene_statements(sc):
                if st.__class__ is m.Divert and ch is not None:
                    self.incoming.setdefault(st.target, []).append((sc.name, ch))
                elif st.__class__ is m.Effect:
                    v = walk.fold(st.value, story)
                    if v is not None:
                        self.setters.setdefault(st.target, []).append(
                            (sc.name, None if ch is None else ch.id, st.op, v))
        self.base_at = {}  # scene -> (search, state number): the shallowest state a search kept
        for b in bases:
            g = b.graph
            for n, key in enumerate(g.keys):
                if key[1] is None:
                    old = self.base_at.get(key[0])
                    if old is None or g.steps[n].depth < old[0].graph.steps[old[1]].depth:
                        self.base_at[key[0]] = (b, n)
        self._dist = {}
        self._imported = {}
        # (state, choice, rolls) -> the projected result; the runtime is pure, so this only saves
        # time (not with host functions bound: those are the host's to answer)
        self._moves = {} if not story.hosts else None
        # (scenes found, choices made) per kind of walk, decayed: how well each kind pays here
        self.rates = {"long": (2.0, 1000.0), "wander": (1.0, 1000.0), "aimed": (0.5, 1000.0)}

    # ------------------------------------------------------------ paths (search-like API)
    def path(self, step):
        out = [step]
        while step.parent != -1:
            step = step.parent
            out.append(step)
        out.reverse()
        return out

    @staticmethod
    def scene_of(parent):
        return parent.at

    def _keep(self, step, state):
        if state.ending is not None:
            return
        kept = self.by_scene.get(state.scene)
        if kept is None:
            self.by_scene[state.scene] = [(step, state)]
        elif len(kept) < KEEP:
            kept.append((step, state))
        elif self.rng.random() < 0.25:
            kept[self.rng.randrange(KEEP)] = (step, state)

    # ------------------------------------------------------------ moving
    def dist_to(self, goal, limit=80):
        """Fewest scene moves to `goal` (ignoring conditions), up to `limit`."""
        d = self._dist.get(goal)
        if d is None:
            if len(self._dist) > 256:
                self._dist.clear()
            d = {goal: 0}
            todo = deque([goal])
            while todo:
                x = todo.popleft()
                if d[x] >= limit:
                    continue
                for p in self.rev.get(x, ()):
                    if p not in d:
                        d[p] = d[x] + 1
                        todo.append(p)
            self._dist[goal] = d
        return d

    def _leads(self, scene, cid, dist):
        return min((dist.get(t, FAR) for t in self.targets[scene][cid]), default=FAR)

    def _run(self, fn):
        forced = []
        while True:
            try:
                return fn(forced), tuple(forced)
            except NeedRoll as need:
                if len(forced) >= MAX_ROLLS_PER_STEP:
                    raise GiveUp from None
                forced.append(self.rng.randint(need.low, need.high))

    def begin(self):
        out, rolls = self._run(lambda f: runtime.start(self.story, render=False, forced=f))
        _, state = self.proj.project(out)
        step = Step(-1, None, None, rolls, 0, state.scene)
        _note(self.found, {}, out, step)
        self._keep(step, state)
        return step, state, 0

    def _move(self, state, cid, forced):
        """runtime.choose from `state` with the rolls `forced` -> (key, projected State, scenes
        entered, history, ending), remembered; NeedRoll as choose raises it (remembered too), and
        a StoryRuntimeError (not remembered)."""
        moves = self._moves
        if moves is None:
            return self._moved(state, runtime.choose(self.story, state, cid, render=False, forced=forced))
        # every field a transition reads (all but the text shown arriving at the state)
        k = (state.scene, state.ending, state.vars, tuple(state.visits.items()), state.turn, state.used,
             tuple(state.alts.items()), state.rng, state.seed, state.stack, state.history, state.offer,
             tuple(state.seen.items()), state.temps, state.temp_stack, cid, tuple(forced))
        got = moves.get(k)
        if got is None:
            try:
                got = self._moved(state, runtime.choose(self.story, state, cid, render=False, forced=forced))
            except NeedRoll as need:
                got = need
            if len(moves) >= MOVES:
                moves.clear()
            moves[k] = got
        if got.__class__ is NeedRoll:
            raise got
        return got

    def _moved(self, state, out):
        key, new = self.proj.project(out)
        before = state.visits
        entered = tuple(name for name, c in out.visits.items() if c != before.get(name, 0))
        return key, new, entered, out.history, out.ending

    def step(self, n, state, number, cid, depth):
        try:
            (key, new, entered, history, ending), rolls = self._run(lambda f: self._move(state, cid, f))
        except StoryRuntimeError as err:
            k = (err.message, err.span)
            step = Step(n, cid, number, (), depth + 1, state.scene)
            if k not in self.found.errors:
                self.found.errors[k] = (step, err)
            _note(self.found, state.visits, err, step)  # what it passed through first
            raise
        self.transitions += 1
        step = Step(n, cid, number, rolls, depth + 1, new.scene)
        _credit(self.found, entered, history, ending, step)
        self._keep(step, new)
        self._last_key = key
        return step, new

    def take(self, n, state, cid, depth):
        for i, cv in enumerate(state.offer, 1):
            if cv.id == cid and cv.available:
                n, state = self.step(n, state, i, cid, depth)
                return n, state, depth + 1
        return None

    def _import(self, base, n):
        """Rebuild a search's path to its state `n` as walk steps -> (step, State)."""
        got = self._imported.get((id(base), n))
        if got is not None:
            return got
        prev, state = -1, None
        for st in base.path(base.graph.steps[n]):
            if st.parent < 0:
                out = runtime.start(self.story, render=False, forced=list(st.rolls))
            else:
                out = runtime.choose(self.story, state, st.choice, render=False, forced=list(st.rolls))
            _, state = self.proj.project(out)
            prev = Step(prev, st.choice, st.number, st.rolls, st.depth, state.scene)
        got = self._imported[(id(base), n)] = (prev, state)
        return got

    def _restart(self, scene, share):
        """A restart point at `scene`: one kept by the walks, or a search's shallowest state."""
        mine = self.by_scene.get(scene)
        if mine and (scene not in self.base_at or self.rng.random() < share):
            step, state = self.rng.choice(mine)
            return step, state, step.depth
        b, bn = self.base_at[scene]
        n, state = self._import(b, bn)
        return n, state, b.graph.steps[bn].depth

    # ------------------------------------------------------------ walks
    def long_walk(self, dist, steps=MAX_WALK):
        """From the start, mostly toward the nearest open scene, until an ending, a dead end or
        `steps` choices."""
        n, state, depth = self.begin()
        for _ in range(min(steps, MAX_WALK)):
            if state.ending is not None:
                return
            options = [(i, cv) for i, cv in enumerate(state.offer, 1) if cv.available]
            if not options:
                return
            if self.rng.random() < 0.8:
                number, cv = min(options, key=lambda o: (self._leads(state.scene, o[1].id, dist),
                                                         self.rng.random()))
            else:
                number, cv = self.rng.choice(options)
            n, state = self.step(n, state, number, cv.id, depth)
            depth += 1

    def wander(self, goal) -> bool:
        """Restart near `goal` from a state some walk or search reached, and head for it."""
        dist = self.dist_to(goal, NEAR)
        pool = [s for s in dist if s != goal and (s in self.by_scene or s in self.base_at)]
        if not pool:
            return False
        n, state, depth = self._restart(self.rng.choice(pool), 0.7)
        for _ in range(3 * NEAR):
            if state.ending is not None or goal in self.found.scenes:
                break
            options = [(i, cv) for i, cv in enumerate(state.offer, 1) if cv.available]
            if not options:
                break
            if self.rng.random() < 0.75:
                number, cv = min(options, key=lambda o: (self._leads(state.scene, o[1].id, dist),
                                                         self.rng.random()))
            else:
                number, cv = self.rng.choice(options)
            n, state = self.step(n, state, number, cv.id, depth)
            depth += 1
        return goal in self.found.scenes

    def reach(self, n, state, goal, depth, budget=400, per_scene=3):
        """Breadth-first from a state to the choice point of `goal`, only through scenes that
        can lead there, at most `per_scene` states a scene -> (n, state, depth) or None."""
        dist = self.dist_to(goal)
        if state.scene not in dist:
            return None
        queue = deque([(n, state, depth)])
        seen = {self.proj.key(state)}
        count = {}
        spent = 0
        while queue and spent < budget:
            n, state, depth = queue.popleft()
            if state.scene == goal and state.ending is None:
                return n, state, depth
            if state.ending is not None:
                continue
            options = [(i, cv) for i, cv in enumerate(state.offer, 1)
                       if cv.available and self._leads(state.scene, cv.id, dist) < FAR]
            self.rng.shuffle(options)
            options.sort(key=lambda o: self._leads(state.scene, o[1].id, dist))
            for number, cv in options:
                spent += 1
                m_, new = self.step(n, state, number, cv.id, depth)
                key = self._last_key
                if key in seen or new.scene not in dist:
                    continue
                seen.add(key)
                c = count.get(new.scene, 0)
                if c >= per_scene:
                    continue
                count[new.scene] = c + 1
                if new.scene == goal and new.ending is None:
                    return m_, new, depth + 1
                queue.append((m_, new, depth + 1))
        return None

    def aimed(self, target) -> bool:
        """Through a choice that sets what a gated way in tests, then on to the gate."""
        edges = self.incoming.get(target, [])
        if not edges:
            return False
        src, ch = self.rng.choice(edges)
        needs = _needs(ch.cond, self.story) if ch.cond is not None else []
        if not needs:
            return False
        var, op, c = self.rng.choice(needs)
        i = self.index[var]
        dist_src = self.dist_to(src)
        cands = [(s, cid) for (s, cid, eop, v) in self.setters.get(var, ())
                 if s in dist_src and (s in self.base_at or s in self.by_scene) and _moves(eop, v, op, c)]
        if not cands:
            return False
        s, cid = self.rng.choice(cands)
        n, state, depth = self._restart(s, 0.5)
        for _ in range(3):  # counters may need the setter more than once
            if cid is not None:
                got = self.take(n, state, cid, depth)
                if got is None:
                    return False
                n, state, depth = got
            if state.ending is not None or _holds(op, state.vars[i], c):
                break
            got = self.reach(n, state, s, depth, budget=100)
            if got is None:
                break
            n, state, depth = got
        got = self.reach(n, state, src, depth)
        if got is None:
            return target in self.found.scenes
        self.take(*got[:2], ch.id, got[2])
        return target in self.found.scenes


def hunt(walks: Walks, open_scenes, steps: int, safety=None) -> list:
    """Walk for `steps` choices toward the open scenes -> the ones reached.

    The kind of walk is picked in proportion to how many scenes each kind has found per choice
    made so far (every kind keeps a small chance), so the budget goes where it pays on this
    story. Counted in choices, not seconds: the same walks on any machine. `safety` (a
    search.Safety) is only the wall-clock stop.
    """
    goals = [t for t in open_scenes if t not in walks.found.scenes]
    rate = walks.rates
    made = 0
    while goals and made < steps and not (safety is not None and safety.expired()):
        kinds = list(rate)
        weights = [max(1000.0 * rate[k][0] / rate[k][1], 0.05) for k in kinds]
        kind = walks.rng.choices(kinds, weights)[0]
        before_n = len(goals)
        before = walks.transitions
        try:
            if kind == "long":
                walks.long_walk(_distances(walks.rev, goals), steps - made)
            else:
                for t in walks.rng.sample(goals, min(len(goals), 16)):
                    if walks.transitions - before + made >= steps:
                        break
                    if kind == "wander":
                        walks.wander(t)
                    else:
                        walks.aimed(t)
        except (StoryRuntimeError, GiveUp):
            pass
        spent = max(walks.transitions - before, 1)
        made += spent
        goals = [t for t in goals if t not in walks.found.scenes]
        won = before_n - len(goals)
        rate[kind] = (rate[kind][0] * 0.8 + won, rate[kind][1] * 0.8 + spent)
    return [t for t in open_scenes if t in walks.found.scenes]


def _distances(rev, goals) -> dict:
    """Fewest scene moves from each scene to the nearest goal (ignoring conditions)."""
    dist = {g: 0 for g in goals}
    todo = deque(goals)
    while todo:
        x = todo.popleft()
        for p in rev.get(x, ()):
            if p not in dist:
                dist[p] = dist[x] + 1
                todo.append(p)
    return dist


def _note(found, before_visits, out, step):
    """Credit what a step reached (`out` a State, or the StoryRuntimeError it ended in)."""
    _credit(found, [name for name, c in out.visits.items() if c != before_visits.get(name, 0)], out.history,
            getattr(out, "ending", None), step)


def _credit(found, entered, history, ending, step):
    for name in entered:
        if name not in found.scenes:
            found.scenes[name] = step
    for sc, cid in history:
        if (sc, cid) not in found.choices:
            found.choices[(sc, cid)] = step
    if ending is not None and ending not in found.endings:
        found.endings[ending] = step


# ---------------------------------------------------------------- gates

_WANT = (">=", ">", "<=", "<", "==", "!=")


def _needs(cond, story) -> list:
    """The simple parts of a condition (itself, or the conjuncts of an `and`) -> [(var, op, c)]."""
    if cond.__class__ is m.Binary and cond.op == "and":
        return _needs(cond.left, story) + _needs(cond.right, story)
    need = _need(cond, story)
    return [need] if need is not None else []


def _need(cond, story):
    """A simple condition as (variable, op, constant): flag, not flag, var OP constant; else None."""
    if cond.__class__ is m.Var and story.var_map.get(cond.name) and not story.var_map[cond.name].const:
        return cond.name, "==", True
    if cond.__class__ is m.Unary and cond.op == "not" and cond.operand.__class__ is m.Var:
        d = story.var_map.get(cond.operand.name)
        if d is not None and not d.const:
            return cond.operand.name, "==", False
    if cond.__class__ is m.Binary and cond.op in _WANT and cond.left.__class__ is m.Var:
        c = walk.fold(cond.right, story)
        d = story.var_map.get(cond.left.name)
        if c is not None and d is not None and not d.const:
            return cond.left.name, cond.op, c
    return None


def _holds(op, v, c) -> bool:
    return bool(runtime.binop(op, v, c))


def _moves(eop, v, op, c) -> bool:
    """Does an effect `var eop v` move the variable toward making `var op c` true?"""
    if eop == "=":
        return _holds(op, v, c)
    if isinstance(v, bool) or not isinstance(v, int):
        return False
    step = v if eop == "+=" else -v
    if op in (">=", ">"):
        return step > 0
    if op in ("<=", "<"):
        return step < 0
    return step != 0
