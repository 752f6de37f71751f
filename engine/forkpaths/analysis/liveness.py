"""Live quantities at each choice point: what a later step can still read (backward dataflow)."""

from __future__ import annotations

import heapq

from .. import model as m
from . import walk

NOTHING = (0, False)


class Liveness:
    """For each scene, the quantities its choice point's future may read before overwriting them.

    Quantities are variable names, `visits:scene`, `turn` and `used:scene` (the once-only
    choices of a scene, read whenever that scene's choices are offered). Reads that count:
    conditions, `random()` bounds and divisors always; an effect's value only when its target
    is live afterwards (or when the effect can run away to an overflow). A variable assigned
    before it is read again is dead in between (Bozga, Fernandez and Ghirvu's live-variable
    reduction).

    Every result is a pair (mask, returns): the quantities read before the next choice point
    or ending, and whether the flow can first run `->->` back out of the tunnel it is in. The
    quantities read after such a return depend on where the tunnel was called from, which the
    state's tunnel stack says exactly, so `live(scene, stack)` adds the continuation of each
    call on the stack only when it can really be returned to (one return point per call site,
    instead of joining every `->->` to every caller).
    """

    def __init__(self, story: m.Story, runaway=frozenset()):
        self.story = story
        self.bit = {}  # quantity -> its bit
        self.quantities = []  # bit number -> quantity
        self.used_bits = 0  # the bits of every `used:scene`
        self.runaway = runaway
        for v in story.variables:
            if not v.const:
                self._bit(v.name)
        # a scene no path leads back to never offers its choices twice (tunnel returns count as
        # edges back to every caller), so its once-only bookkeeping is never read: no quantity
        self.reentrant = walk.on_cycle(walk.flow_graph(story))
        self.entry = {s.name: NOTHING for s in story.scenes}
        self.point = {}  # scene -> (mask, returns) once its offer is decided
        self._solve()
        self._at = {}
        self._live = {}

    def _bit(self, q) -> int:
        b = self.bit.get(q)
        if b is None:
            b = self.bit[q] = 1 << len(self.bit)
            self.quantities.append(q)
            if q.startswith("used:"):
                self.used_bits |= b
        return b

    def mask(self, qs) -> int:
        out = 0
        for q in qs:
            out |= self._bit(q)
        return out

    def names(self, mask: int) -> set:
        """The quantities of `mask`: linear in its bits, whatever the story's size."""
        digits = bin(mask)[:1:-1]  # least significant bit first
        out = set()
        i = digits.find("1")
        while i >= 0:
            out.add(self.quantities[i])
            i = digits.find("1", i + 1)
        return out

    def everything(self) -> int:
        """Every quantity: what an unknown construct is taken to read."""
        for sc in self.story.scenes:
            self._bit("visits:" + sc.name)
            self._bit("used:" + sc.name)
        self._bit("turn")
        return (1 << len(self.bit)) - 1

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

    def _statement(self, st, live, addr=None, i=None):
        """Live before `st`, given `live` after it -> (mask, returns)."""
        mask, ret = live
        cls = st.__class__
        if cls is m.SetLocal or cls is m.CallStmt:
            # temporaries are kept whole in the projected state; what sets them is always read
            e = st.value if cls is m.SetLocal else st.call
            return mask | self._expr(e) | self._risky(e), ret
        if cls is m.Effect:
            t = self._bit(st.target)
            hot = bool(mask & t) or st.target in self.runaway or bool(walk.changes(st.value, self.story))
            if st.op == "=":
                mask &= ~t
            elif hot:
                mask |= t
            if hot:
                mask |= self._expr(st.value)
            return mask | self._risky(st.value), ret
        if cls is m.If:
            out_m, out_r = (0, False) if st.branches[-1].cond is None else live
            for bi, br in enumerate(st.branches):
                sub = None if addr is None else addr + ((i, bi),)
                bm, br_ = self.block(br.body, live, sub)
                out_m |= bm
                out_r |= br_
                if br.cond is not None:
                    out_m |= self._expr(br.cond)
            return out_m, out_r
        if cls is m.Divert:
            return self.entry.get(st.target, NOTHING)
        if cls is m.TunnelCall:
            em, er = self.entry.get(st.target, NOTHING)
            return (em | mask, ret) if er else (em, False)
        if cls is m.TunnelReturn:
            if st.target is not None:  # `->-> target`: what the target reads, under an older frame
                return self.everything(), True
            return 0, True
        if cls is m.EndStory:
            return NOTHING
        if cls in (m.Prose, m.Break, m.Glue, m.AltBlock):
            return live  # text: the search does not render it
        return self.everything(), True  # a construct this analysis does not know: it may read anything

    def block(self, block, live, addr=None):
        """Live at the start of `block`, given `live` after it; with `addr` (a runtime block
        address), also records what is live before each of its statements."""
        record = addr is not None and self._record
        if record:
            self._at[(addr, len(block))] = live
        for i in range(len(block) - 1, -1, -1):
            live = self._statement(block[i], live, addr, i)
            if record:
                self._at[(addr, i)] = live
        return live

    def _scene(self, sc, record=False):
        self._record = record
        take_m, take_r = 0, False
        settle = 0
        once = False
        for ch in sc.choices:
            bm, br = self.block(ch.body, NOTHING, (sc.name, ch.id) if record else None)
            take_m |= bm
            take_r |= br
            if ch.cond is not None:
                settle |= self._expr(ch.cond)
            once |= not ch.sticky
        settle |= take_m
        if once and sc.name in self.reentrant:
            settle |= self._bit("used:" + sc.name)
        entry = self.block(sc.body, (settle, take_r), (sc.name, None) if record else None)
        self._record = False
        return (take_m, take_r), entry

    def _solve(self):
        story = self.story
        self._cache = {}
        self._record = False
        users = {}  # scene -> scenes whose blocks divert or call into it
        for sc in story.scenes:
            for st, _ in walk.scene_statements(sc):
                if st.__class__ in (m.Divert, m.TunnelCall):
                    users.setdefault(st.target, set()).add(sc.name)
        order = {v: i for i, v in enumerate(walk.postorder(walk.flow_graph(story), [story.start]))}
        rank = {name: order.get(name, -1) for name in story.scene_map}
        todo = [(rank[name], name) for name in story.scene_map]
        heapq.heapify(todo)
        queued = set(story.scene_map)
        scenes = story.scene_map
        while todo:
            _, name = heapq.heappop(todo)
            queued.discard(name)
            point, entry = self._scene(scenes[name])
            self.point[name] = point
            if entry != self.entry[name]:
                old = self.entry[name]
                self.entry[name] = (entry[0] | old[0], entry[1] or old[1])
                for u in sorted(users.get(name, ())):
                    if u not in queued:
                        queued.add(u)
                        heapq.heappush(todo, (rank[u], u))

    # ------------------------------------------------------------ at a state
    def at(self, addr, j):
        """Live on resuming the block at runtime address `addr` at statement `j`."""
        got = self._at.get((addr, j))
        if got is None:
            self._scene(self.story.scene_map[addr[0]], record=True)
            got = self._at[(addr, j)]
        return got

    def live(self, scene: str, stack: tuple) -> int:
        """The quantities the future of a choice point of `scene` can read, with tunnel stack
        `stack` (the runtime's: frames of (address, next statement), innermost call last)."""
        key = (scene, stack)
        got = self._live.get(key)
        if got is None:
            mask, ret = self.point[scene]
            for frames in reversed(stack):
                if not ret:
                    break
                addr, j = frames[-1]
                cm, ret = self.at(addr, j)
                mask |= cm
            got = self._live[key] = mask
        return got
