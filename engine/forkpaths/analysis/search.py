"""Search the runtime's projected state space: exact breadth-first, or novelty-pruned IW(1)."""

from __future__ import annotations

import time
from collections import deque

from .. import runtime
from ..runtime import NeedRoll, StoryRuntimeError
from .projection import Projection

MAX_ROLL_BRANCHES = 4096  # outcomes of one random(a, b) explored as branches
MAX_ROLLS_PER_STEP = 64  # random draws in one step before its branches are given up
MAX_RUNS_PER_STEP = 8192  # sequences of outcomes tried for one step


class Step:
    """How a state or a target was reached: from `parent` (-1: the start) by a choice and rolls."""

    __slots__ = ("parent", "choice", "number", "rolls", "depth", "at")

    def __init__(self, parent, choice, number, rolls, depth, at=None):
        self.parent = parent  # a state number in a search's graph; in walks, the previous Step
        self.choice = choice  # choice id, None for the start
        self.number = number  # 1-based number as shown to the reader
        self.rolls = rolls  # tuple of random outcomes drawn in this step
        self.depth = depth  # player choices made, this one included
        self.at = at  # walks only: the scene of the choice point this step leads to


class Found:
    """Targets reached so far: first (shallowest) step that reached each."""

    def __init__(self):
        self.scenes = {}  # name -> Step
        self.endings = {}  # name -> Step
        self.choices = {}  # (scene, choice id) -> Step
        self.errors = {}  # (message, span) -> (Step, StoryRuntimeError)

    def merge(self, other: "Found"):
        for mine, theirs in ((self.scenes, other.scenes), (self.endings, other.endings),
                             (self.choices, other.choices)):
            for k, v in theirs.items():
                if k not in mine or v.depth < mine[k].depth:
                    mine[k] = v
        for k, v in other.errors.items():
            self.errors.setdefault(k, v)

    def all_found(self, story) -> bool:
        return (len(self.scenes) == len(story.scenes) and len(self.endings) == len(story.endings)
                and len(self.choices) == sum(len(s.choices) for s in story.scenes))


class Safety:
    """The wall-clock safety stop (`--timeout`): never what normally ends a search.

    Budgets are counted in states and steps, so a report is the same on every machine at any
    load; only when this fires does the result depend on the machine (the report says so)."""

    def __init__(self, timeout: float):
        self.timeout = timeout
        self.deadline = time.perf_counter() + timeout
        self.fired = False

    def expired(self) -> bool:
        if not self.fired and time.perf_counter() > self.deadline:
            self.fired = True
        return self.fired


class Limits:
    """A search's budget: a state cap, and the shared safety stop; remembers which bound stopped it."""

    def __init__(self, max_states: int, safety: "Safety | float | None" = None):
        self.max_states = max_states
        if safety is None or isinstance(safety, (int, float)):
            safety = Safety(float("inf") if safety is None else safety)
        self.safety = safety
        self.hit = None  # "max-states" | "timeout" | "random-range" (too wide, or too many draws in a step)

    def expired(self) -> bool:
        if self.safety.expired():
            self.hit = self.hit or "timeout"
            return True
        return False


def branches(run):
    """Run `run(forced)` for every sequence of random outcomes -> [(rolls, State | error)].

    A NeedRoll in the list marks outcomes given up on: a range too wide, too many draws in
    one step, or too many sequences in all."""
    out = []
    todo = [()]
    runs = 0
    while todo:
        forced = todo.pop()
        runs += 1
        if runs > MAX_RUNS_PER_STEP:
            out.append((forced, NeedRoll(0, 0)))
            break
        try:
            out.append((forced, run(list(forced))))
        except NeedRoll as need:
            if need.high - need.low + 1 > MAX_ROLL_BRANCHES or len(forced) >= MAX_ROLLS_PER_STEP:
                out.append((forced, NeedRoll(need.low, need.high)))
                continue
            for v in range(need.high, need.low - 1, -1):
                todo.append(forced + (v,))
        except StoryRuntimeError as err:
            out.append((forced, err))
    return out


class Graph:
    """The explored part of the projected state space."""

    def __init__(self):
        self.index = {}  # key -> state number
        self.keys = []  # state number -> key
        self.steps = []  # state number -> Step (first way in)
        self.succ = []  # state number -> list of successor numbers (None until expanded)
        self.bad = []  # state number -> True if some step from it fails (runtime error)
        self.roots = []

    def __len__(self):
        return len(self.keys)


class Search:
    """Breadth-first search over projected runtime states, with or without novelty pruning."""

    def __init__(self, story, proj: Projection, limits: Limits, novelty: bool = False,
                 keep_graph: bool = True, origin=None):
        self.story = story
        self.proj = proj
        self.limits = limits
        self.novelty = novelty
        self.keep_graph = keep_graph
        self.graph = Graph()
        self.found = Found()
        self.complete = False
        self.atoms = set()
        self.scene_choices = {s.name: s.choices for s in story.scenes}
        self.choice_sets = {s.name: {c.id: c for c in s.choices} for s in story.scenes}
        self.transitions = 0
        self.skipped_rolls = False
        self.queue = None
        self.origin = origin  # a reached runtime State to search the future of, in place of the start

    # ------------------------------------------------------------ bookkeeping
    def _note(self, before_visits, out, step, found):
        """Credit the scenes, choices and ending a step reached (`out` a State, or the
        StoryRuntimeError it ended in: what it passed through before the fault)."""
        v0 = before_visits
        for name, n in out.visits.items():
            if n != v0.get(name, 0) and name not in found.scenes:
                found.scenes[name] = step
        for sc, cid in out.history:
            if (sc, cid) not in found.choices:
                found.choices[(sc, cid)] = step
        if getattr(out, "ending", None) is not None and out.ending not in found.endings:
            found.endings[out.ending] = step

    def _novel(self, key) -> bool:
        scene, ending, vs, vt, turn, used, stack, offer = key[:8]  # then turns_since differences, temporaries
        atoms = self.atoms
        new = False
        for a in (("s", scene), ("e", ending), ("d", len(stack))):
            if a not in atoms:
                atoms.add(a)
                new = True
        for i, v in enumerate(vs):
            a = (i, v)
            if a not in atoms:
                atoms.add(a)
                new = True
        for a in vt:
            if a not in atoms:
                atoms.add(a)
                new = True
        return new

    def _add(self, key, step):
        g = self.graph
        n = g.index.get(key)
        if n is not None:
            return n, False
        n = len(g.keys)
        g.index[key] = n
        g.keys.append(key)
        g.steps.append(step)
        g.succ.append(None)
        g.bad.append(False)
        return n, True

    # ------------------------------------------------------------ the search
    def run(self, limits: Limits | None = None):
        """Search until done or a bound is hit; call again (with new limits) to carry on."""
        if limits is not None:
            self.limits = limits
        story, proj, lim, g, found = self.story, self.proj, self.limits, self.graph, self.found
        if self.queue is None:
            self.queue = self._start()
        queue = self.queue
        interrupted = False
        checks = 0
        while queue:
            checks += 1
            if checks & 63 == 0 and lim.expired():
                interrupted = True
                break
            n = queue.popleft()
            key = g.keys[n]
            depth = g.steps[n].depth
            succ = []
            g.succ[n] = succ
            if key[1] is not None:
                continue  # an ending
            state = proj.state_of(key)
            for number, cv in enumerate(state.offer, 1):
                if not cv.available:
                    continue
                cid = cv.id
                for rolls, out in branches(
                        lambda forced, cid=cid: runtime.choose(story, state, cid, render=False, forced=forced)):
                    self.transitions += 1
                    step = Step(n, cid, number, rolls, depth + 1)
                    if isinstance(out, Exception):
                        g.bad[n] = True
                        self._failed(out, step)
                        if isinstance(out, StoryRuntimeError):
                            self._note(state.visits, out, step, found)  # what it passed through first
                        continue
                    self._note(state.visits, out, step, found)
                    k2 = proj.key(out)
                    m2 = g.index.get(k2)
                    if m2 is None:
                        if self.novelty and not self._novel(k2):
                            continue
                        if len(g.keys) >= lim.max_states:
                            lim.hit = lim.hit or "max-states"
                            interrupted = True
                            break
                        m2, _ = self._add(k2, step)
                        queue.append(m2)
                    succ.append(m2)
                if interrupted:
                    break
            if interrupted:
                g.succ[n] = None  # only partly expanded: its future is not known
                queue.appendleft(n)
                break
        self.complete = not interrupted and not queue and not self.novelty and not self.skipped_rolls
        return self

    def _start(self):
        story, proj, g = self.story, self.proj, self.graph
        queue = deque()
        if self.origin is not None:
            key = proj.key(self.origin)
            n, _ = self._add(key, Step(-1, None, None, (), 0))
            g.roots.append(n)
            queue.append(n)
            return queue
        for rolls, out in branches(lambda forced: runtime.start(story, render=False, forced=forced)):
            step = Step(-1, None, None, rolls, 0)
            if isinstance(out, Exception):
                self._failed(out, step)
                if isinstance(out, StoryRuntimeError):
                    self._note({}, out, step, self.found)
                continue
            self._note({}, out, step, self.found)
            key = proj.key(out)
            n, new = self._add(key, step)
            if new:
                g.roots.append(n)
                if self.novelty:
                    self._novel(key)
                queue.append(n)
        return queue

    def _failed(self, err, step):
        if isinstance(err, NeedRoll):
            self.skipped_rolls = True
            self.limits.hit = self.limits.hit or "random-range"
            return
        k = (err.message, err.span)
        if k not in self.found.errors:
            self.found.errors[k] = (step, err)

    # ------------------------------------------------------------ paths
    def path(self, step: Step) -> list:
        """The steps from the start to (and including) `step`."""
        out = [step]
        steps = self.graph.steps
        while step.parent >= 0:
            step = steps[step.parent]
            out.append(step)
        out.reverse()
        return out

    def scene_of(self, n: int) -> str:
        return self.graph.keys[n][0]


def softlocks(search: Search):
    """States of a search from which no ending can be reached (only where the whole future is known).

    Returns (locked state numbers, `open` state numbers whose future was not fully explored).
    """
    g = search.graph
    N = len(g.keys)
    pred = [[] for _ in range(N)]
    unexpanded = []
    for n in range(N):
        s = g.succ[n]
        if s is None:
            unexpanded.append(n)
            continue
        for t in s:
            pred[t].append(n)
    good = bytearray(N)  # can reach an ending (or a reported runtime error)
    todo = [n for n in range(N) if g.keys[n][1] is not None or g.bad[n]]
    for n in todo:
        good[n] = 1
    while todo:
        n = todo.pop()
        for p in pred[n]:
            if not good[p]:
                good[p] = 1
                todo.append(p)
    opened = bytearray(N)  # can reach a state whose future is unknown
    todo = list(unexpanded)
    for n in todo:
        opened[n] = 1
    while todo:
        n = todo.pop()
        for p in pred[n]:
            if not opened[p]:
                opened[p] = 1
                todo.append(p)
    locked = [n for n in range(N) if not good[n] and not opened[n]]
    return locked, sum(1 for n in range(N) if opened[n] and not good[n])
