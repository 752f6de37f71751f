"""Prove a story free of soft-locks without enumerating its states: a least fixpoint over sure exits.

A choice is a *sure exit* of a scene when every reachable state standing at that scene's
choice point offers it, available: it is not a fallback, its condition is absent or proved
always true there by the value analysis (absint.py), and it cannot have been used up: it is
sticky (`+`), or once-only but nothing its body leads to can come back to the scene (none of
the scenes it can go to is in the scene's strongly connected component of the flow graph,
which joins every `->->` to every caller, so a choice taken can never be on offer again). Flow
through bodies is followed statement by statement: `{if}` branches the value analysis cannot
rule out must all lead on, diverts go to the target's entry, `-> END` is an ending.

`good[r]` is built as a least fixpoint (so every claim rests on a finite path):

- arriving at a scene's choice point is good when a sure exit leads on to something good;
  or when a sticky fallback whose condition always holds guarantees the reader is never stuck
  and every choice or fallback that can be taken there leads on to something good;
- entering a scene (a divert) is good when its body leads on to something good, its choice
  point included.

Tunnels get two layers: `r` says whether `->->` is known to lead on to something good. At a
tunnel call, the callee is judged in the layer given by the call site's own continuation
(what the flow does after the return), so every call site gets its own return point. Which
layer applies where is found by a forward pass from the start in layer False (an empty stack:
`->->` there is a runtime error, not a way out): a call site whose continuation is proved good
sends its callee in layer True, any other in layer False.

If every (scene, layer) the forward pass reaches is good, no reachable state is a soft-lock:
from each one a path of choices leads to an ending (or into a runtime error, which the checker
reports as FP405, not as a soft-lock). Anything this cannot show is left to the exact search.
"""

from __future__ import annotations

from collections import deque

from .. import model as m
from . import walk
from .absint import B_ANY, B_FALSE, B_TRUE

# Statements that change no control flow: text, glue, and assignments (a function called for
# its effects may change globals, never where the story goes; an error it raises is FP405).
_PASS = (m.Prose, m.Break, m.Glue, m.Effect, m.Temp, m.SetLocal, m.CallStmt)
HUB_BUDGET = 200_000  # scenes re-examined in all under the hub rule's suppositions


class SureExits:
    """The fixpoint above, over the story's model and the value analysis's condition outcomes."""

    def __init__(self, story: m.Story, absint, flow=None):
        self.story = story
        self.absint = absint
        self.flow = flow if flow is not None else walk.flow_graph(story)
        self.callers = {sc.name for sc in story.scenes if any(t[1] == "tunnel" for t in _targets(sc))}
        # Coming back to a scene: outside every tunnel the stack is empty, so the only way back
        # is by diverts and tunnel calls (each `->->` returns to a call made on the way); inside
        # a tunnel an older frame can be returned to, so there every `->->` joins every caller.
        calls = {sc.name: {t for t, _ in _targets(sc) if t in story.scene_map} for sc in story.scenes}
        tunnels = {t for sc in story.scenes for t, k in _targets(sc) if k == "tunnel"}
        self.in_tunnel = set()
        for t in sorted(tunnels):
            if t in story.scene_map and t not in self.in_tunnel:
                self.in_tunnel |= walk.reach(calls, t)
        self.component = walk.components(calls)
        self.once = _entered_once(story)
        self.component_any = walk.components(self.flow)
        self.entry = {False: set(), True: set()}  # scenes whose entry is proved good, per layer
        self.point = {False: set(), True: set()}  # scenes whose choice point is proved good
        self._supposing = False
        strange = _unknown_construct(story)
        if strange is not None:
            # a statement this proof does not model may divert anywhere: claim nothing
            self.failed = [(strange, False)]
            return
        self._solve()
        self.failed = self._check()  # (scene, layer) pairs reachable but not proved good

    @property
    def proved(self) -> bool:
        """No reachable state is a soft-lock."""
        return not self.failed

    # ------------------------------------------------------------ conditions
    def mask(self, cond) -> int:
        """Outcomes a condition can have where it runs (B_TRUE, B_FALSE or both)."""
        if cond is None:
            return B_TRUE
        return self.absint.outcomes.get(id(cond), B_ANY) or B_ANY

    # ------------------------------------------------------------ flow
    def seq(self, stmts, fall: bool, r: bool, calls=None) -> bool:
        """Does running `stmts`, then whatever `fall` stands for, surely lead on to something good?

        `calls` (a list) collects (callee, layer) for each tunnel call, the layer being the
        value of the call site's continuation."""
        v = fall
        for st in reversed(stmts):
            cls = st.__class__
            if cls in _PASS:
                continue
            if cls is m.Divert:
                v = st.target in self.entry[r]
            elif cls is m.EndStory:
                v = True
            elif cls is m.TunnelReturn:
                v = r and st.target is None  # (`->-> target` is not modelled: see _unknown_construct)
            elif cls is m.TunnelCall:
                if calls is not None:
                    calls.append((st.target, v))
                v = st.target in self.entry[v]
            elif cls is m.If:
                out = True
                falls = True
                for br in st.branches:
                    mk = self.mask(br.cond)
                    if mk & B_TRUE:
                        out = self.seq(br.body, v, r, calls) and out
                    if not mk & B_FALSE:
                        falls = False
                        break
                v = out and (v or not falls)
            else:
                v = False  # a construct this proof does not know: nothing is claimed through it
        return v

    def arrive(self, sc, r: bool, loops=None) -> bool:
        """Is arriving at `sc`'s choice point surely good (layer `r`)?

        With `loops` (a set), once-only choices that cannot be proved good on their own are
        added to it instead of failing the scene (the hub rule in `_hub` decides them)."""
        choices = sc.choices
        for ch in choices:
            if ch.text is not None and self.mask(ch.cond) == B_TRUE and self.lasts(sc, ch) and \
                    self.seq(ch.body, False, r):
                return True
        if not self.never_stuck(sc):
            return False
        net = next((i for i, ch in enumerate(choices) if ch.text is None and self.mask(ch.cond) == B_TRUE
                    and self.lasts(sc, ch)), len(choices))
        for i, ch in enumerate(choices):
            if ch.text is None and i > net:
                continue  # never due: the lasting fallback before it always is
            if self.mask(ch.cond) & B_TRUE and not self.seq(ch.body, False, r):
                if loops is None or ch.sticky:
                    return False
                loops.add(ch.id)
        return True

    def never_stuck(self, sc) -> bool:
        """Does every state at the choice point have a choice it can never have used up available?

        The value analysis's states there, narrowed by each such choice's condition being false
        in turn: if nothing is left, some choice (or a fallback) is always there to take."""
        lasting = [ch for ch in sc.choices if self.lasts(sc, ch)]
        for st in self.absint.at_points.get(sc.name, ()):
            for ch in lasting:
                if ch.cond is None:
                    st = None
                else:
                    st = self.absint.refine(st, ch.cond, False)
                if st is None:
                    break
            if st is not None:
                return False
        return True

    def lasts(self, sc, ch) -> bool:
        """Is the choice on offer every time its scene's choice point is reached (never used up)?"""
        if ch.sticky or sc.name in self.once:
            return True
        comp = self.component_any if sc.name in self.in_tunnel else self.component
        home = comp.get(sc.name)
        for t, kind in _choice_targets(ch):
            if kind == "return":
                if any(comp.get(c) == home for c in self.callers):
                    return False
            elif t == sc.name or comp.get(t) == home:
                return False
        return True

    def _eval(self, sc) -> bool:
        changed = False
        for r in (False, True):
            if sc.name not in self.point[r] and self.arrive(sc, r):
                self.point[r].add(sc.name)
                changed = True
            if sc.name not in self.entry[r] and self.seq(sc.body, sc.name in self.point[r], r):
                self.entry[r].add(sc.name)
                changed = True
        return changed

    def _solve(self):
        story = self.story
        self.users = {}  # scene -> scenes whose statements divert or tunnel to it
        for sc in story.scenes:
            for t, _ in _targets(sc):
                self.users.setdefault(t, set()).add(sc.name)
        self._spread(sc.name for sc in story.scenes)
        budget = [HUB_BUDGET]
        while True:
            won = [name for name in sorted(story.scene_map) if self._hub(story.scene_map[name], budget)]
            if not won:
                break
            self._spread(won)

    def _spread(self, names, within=None):
        """The worklist fixpoint from `names` (only over scenes in `within`, if given)."""
        todo = deque(names)
        queued = set(todo)
        scenes = self.story.scene_map
        while todo:
            name = todo.popleft()
            queued.discard(name)
            if self._eval(scenes[name]):
                for u in sorted(self.users.get(name, ())) + [name]:
                    if u not in queued and (within is None or u in within):
                        queued.add(u)
                        todo.append(u)

    def _hub(self, sc, budget) -> bool:
        """The hub rule: once-only choices that lead back, each return using one of them up.

        Suppose the choice point of `sc` were good, and work out (over the scenes that can lead
        back to it) which once-only choices of `sc` then lead on to something good. If every
        choice that can be taken there is good, or is such a once-only choice, and the reader
        is never stuck there, the choice point is good: each time the reader comes back, one
        more once-only choice is used up, so after finitely many returns only good ones remain.
        Nested hubs are not tried inside the supposition."""
        if self._supposing:
            return False
        won = False
        for r in (False, True):
            if sc.name in self.point[r]:
                continue
            loops = set()
            if not self.arrive(sc, r, loops) or not loops:
                continue
            comp = self.component_any if sc.name in self.in_tunnel else self.component
            home = comp.get(sc.name)
            within = {n for n, c in comp.items() if c == home}
            budget[0] -= len(within)
            if budget[0] < 0:
                return won
            saved = self.entry, self.point
            self.entry = {k: set(v) for k, v in saved[0].items()}
            self.point = {k: set(v) for k, v in saved[1].items()}
            self.point[r].add(sc.name)
            self._supposing = True
            try:
                self._spread(sorted(within), within)
                ok = all(self.seq(ch.body, False, r) for ch in sc.choices if ch.id in loops)
            finally:
                self._supposing = False
                self.entry, self.point = saved
            if ok:
                self.point[r].add(sc.name)
                won = True
        return won

    # ------------------------------------------------------------ which layers are needed
    def _check(self) -> list:
        """Forward from the start: every (scene, layer) a reachable state can stand in, not proved good."""
        story, absint = self.story, self.absint
        start = (story.start, False)
        seen = {start}
        todo = [start]
        failed = []
        while todo:
            name, r = todo.pop()
            sc = story.scene_map.get(name)
            if sc is None:
                continue
            if name not in self.point[r] and absint.reachable(name) and self._falls(sc.body):
                failed.append((name, r))
            nxt = []
            self._edges(sc.body, r, sc.name in self.point[r], nxt)
            for ch in sc.choices:
                if (sc.name, ch.id) in absint.takeable:
                    self._edges(ch.body, r, False, nxt)
            for t in nxt:
                if t not in seen:
                    seen.add(t)
                    todo.append(t)
        return sorted(failed)

    def _falls(self, stmts) -> bool:
        """Can the flow run off the end of `stmts` (to the scene's choice point)?"""
        for st in stmts:
            cls = st.__class__
            if cls in (m.Divert, m.EndStory, m.TunnelReturn):
                return False
            if cls is m.If:
                falls = True  # no branch taken
                through = False
                for br in st.branches:
                    mk = self.mask(br.cond)
                    if mk & B_TRUE and self._falls(br.body):
                        through = True
                    if not mk & B_FALSE:
                        falls = False
                        break
                if not (falls or through):
                    return False
        return True

    def _edges(self, stmts, r, fall, out):
        calls = []
        self.seq(stmts, fall, r, calls)
        out.extend(calls)
        for st in _flat(stmts, self):
            if st.__class__ is m.Divert:
                out.append((st.target, r))


def _flat(stmts, exits):
    """Statements of a block and of the `{if}` branches that can be taken."""
    for st in stmts:
        yield st
        if st.__class__ is m.If:
            for br in st.branches:
                mk = exits.mask(br.cond)
                if mk & B_TRUE:
                    yield from _flat(br.body, exits)
                if not mk & B_FALSE:
                    break


_KNOWN = _PASS + (m.Divert, m.TunnelCall, m.TunnelReturn, m.EndStory, m.If)


def _unknown_construct(story):
    """The scene holding a statement this proof does not model, or None."""
    def odd(stmts):
        for st in stmts:
            if st.__class__ not in _KNOWN:
                return True
            if st.__class__ is m.TunnelReturn and st.target is not None:
                return True  # `->-> target` leaves a tunnel for another place: not modelled here
            if st.__class__ is m.If and any(odd(br.body) for br in st.branches):
                return True
        return False
    for sc in story.scenes:
        if odd(sc.body) or any(ch.__class__ is not m.Choice or odd(ch.body) for ch in sc.choices):
            return sc.name
    return None


def _entered_once(story) -> set:
    """Scenes whose choice point a playthrough can stand at only once.

    Such a scene is not the start, has no tunnel call in its body (so no frame of it can be
    returned to), and is entered by exactly one divert or tunnel call, written in the body of
    a once-only choice (taken at most once per playthrough)."""
    ways = {}
    for sc in story.scenes:
        for t, _ in _block_targets_of(sc.body):
            ways.setdefault(t, []).append(None)
        for ch in sc.choices:
            for t, _ in _block_targets_of(ch.body):
                ways.setdefault(t, []).append(ch)
    out = set()
    for sc in story.scenes:
        w = ways.get(sc.name, ())
        if sc.name != story.start and len(w) == 1 and w[0] is not None and not w[0].sticky and \
                not any(k == "tunnel" for _, k in _block_targets_of(sc.body)):
            out.add(sc.name)
    return out


def _block_targets_of(stmts):
    return [t for t in _block_targets(stmts) if t[0] is not None]


def _block_targets(stmts):
    """(scene, divert | tunnel) for each divert and tunnel call of a block; (None, return) for `->->`."""
    for st in stmts:
        cls = st.__class__
        if cls is m.Divert:
            yield st.target, "divert"
        elif cls is m.TunnelCall:
            yield st.target, "tunnel"
        elif cls is m.TunnelReturn:
            if st.target is not None:
                yield st.target, "divert"
            yield None, "return"
        elif cls is m.If:
            for br in st.branches:
                yield from _block_targets(br.body)


def _choice_targets(ch):
    yield from _block_targets(ch.body)


def _targets(sc):
    for t in _block_targets(sc.body):
        if t[0] is not None:
            yield t
    for ch in sc.choices:
        for t in _block_targets(ch.body):
            if t[0] is not None:
                yield t
