"""Live quantities at each choice point: what a later step can still read (backward dataflow)."""

from __future__ import annotations

import heapq

from .. import model as m
from . import walk


class Liveness:
    """For each scene, the quantities its choice point's future may read before overwriting them.

    Quantities are variable names, `visits:scene`, `turn` and `used:scene` (the once-only
    choices of a scene, read whenever that scene's choices are offered). Reads that count:
    conditions, `random()` bounds and divisors always; an effect's value only when its target
    is live afterwards (or when the effect can run away to an overflow). `->->` continues at
    any tunnel call's continuation, so returns use the union of all of them.
    """

    def __init__(self, story: m.Story, runaway=frozenset()):
        self.story = story
        self.bit = {}
        self.runaway = runaway
        for v in story.variables:
            if not v.const:
                self._bit(v.name)
        self.entry = {s.name: 0 for s in story.scenes}
        self.point = {}
        self.ret = 0
        self._solve()

    def _bit(self, q) -> int:
        b = self.bit.get(q)
        if b is None:
            b = self.bit[q] = 1 << len(self.bit)
        return b

    def mask(self, qs) -> int:
        out = 0
        for q in qs:
            out |= self._bit(q)
        return out

    def names(self, mask: int) -> set:
        return {q for q, b in self.bit.items() if mask & b}

    # ------------------------------------------------------------ transfer functions
    def _expr(self, e) -> int:
        key = id(e)
        got = self._cache.get(key)
        if got is None:
            got = self._cache[key] = self.mask(walk.quantities(e, self.story))
        return got

    def _risky(self, e) -> int:
        key = ("r", id(e))
        got = self._cache.get(key)
        if got is None:
            got = self._cache[key] = self.mask(walk.risky(e, self.story))
        return got

    def block(self, block, live: int) -> int:
        for st in reversed(block):
            cls = st.__class__
            if cls is m.Effect:
                t = self._bit(st.target)
                hot = bool(live & t) or st.target in self.runaway
                if st.op == "=":
                    live &= ~t
                elif hot:
                    live |= t
                if hot:
                    live |= self._expr(st.value)
                live |= self._risky(st.value)
            elif cls is m.If:
                out = 0 if st.branches[-1].cond is None else live
                for br in st.branches:
                    out |= self.block(br.body, live)
                    if br.cond is not None:
                        out |= self._expr(br.cond)
                live = out
            elif cls is m.Divert:
                live = self.entry.get(st.target, 0)
            elif cls is m.TunnelCall:
                self._ret_new |= live
                live = self.entry.get(st.target, 0) | live
            elif cls is m.TunnelReturn:
                live = self.ret
            elif cls is m.EndStory:
                live = 0
        return live

    def _scene(self, sc):
        take = 0
        settle = 0
        once = False
        for ch in sc.choices:
            take |= self.block(ch.body, 0)
            if ch.cond is not None:
                settle |= self._expr(ch.cond)
            once |= not ch.sticky
        settle |= take
        if once:
            settle |= self._bit("used:" + sc.name)
        return take, self.block(sc.body, settle)

    def _solve(self):
        story = self.story
        self._cache = {}
        users = {}  # scene -> scenes whose blocks divert or call into it
        returners = []
        for sc in story.scenes:
            for st, _ in walk.scene_statements(sc):
                if st.__class__ in (m.Divert, m.TunnelCall):
                    users.setdefault(st.target, set()).add(sc.name)
                elif st.__class__ is m.TunnelReturn:
                    returners.append(sc.name)
        order = _postorder(walk.flow_graph(story), story.start)
        rank = {name: order.get(name, -1) for name in story.scene_map}
        todo = [(rank[name], name) for name in story.scene_map]
        heapq.heapify(todo)
        queued = set(story.scene_map)
        scenes = story.scene_map
        while todo:
            _, name = heapq.heappop(todo)
            queued.discard(name)
            self._ret_new = 0
            take, entry = self._scene(scenes[name])
            self.point[name] = take
            changed = []
            if entry != self.entry[name]:
                self.entry[name] = entry
                changed.extend(users.get(name, ()))
            if self._ret_new & ~self.ret:
                self.ret |= self._ret_new
                changed.extend(returners)
            for u in changed:
                if u not in queued:
                    queued.add(u)
                    heapq.heappush(todo, (rank[u], u))
        del self._cache


def _postorder(graph, start) -> dict:
    """Postorder numbers of the scenes reachable from `start` (successors come first)."""
    post = {}
    seen = {start}
    stack = [(start, iter(sorted(graph.get(start, ()))))]
    while stack:
        v, it = stack[-1]
        for w in it:
            if w not in seen:
                seen.add(w)
                stack.append((w, iter(sorted(graph.get(w, ())))))
                break
        else:
            stack.pop()
            post[v] = len(post)
    return post
