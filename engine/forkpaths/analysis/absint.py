"""Abstract interpretation: the values each variable can hold at each scene, to prove targets unreachable.

A sound over-approximation of every run: bools and strings as sets of values, ints as
intervals (widened to infinity after a few rounds), `visits()` and `turn` as [0, inf) (`visits()` of the scene being run as [1, inf): it
was entered to get there),
`random(a, b)` as [a, b], once-only choices as always on offer, fallbacks as takeable
whenever their condition may hold. Whatever it calls unreachable no run can reach.
"""

from __future__ import annotations

import heapq

from .. import model as m
from ..runtime import binop
from . import walk

INF = None  # an open interval bound
WIDEN_AFTER = 3  # joins at a scene before growing bounds jump to infinity
SET_CAP = 16  # strings tracked as a set up to this many values
TOP_STR = "<any string>"

B_FALSE, B_TRUE = 1, 2
B_ANY = 3
_TOP = {"bool": B_ANY, "int": (INF, INF), "string": TOP_STR}  # any value of a type


def _lo_le(a, b):  # a <= b for lower bounds (None = -inf)
    return a is None or (b is not None and a <= b)


def _hi_ge(a, b):  # a >= b for upper bounds (None = +inf)
    return a is None or (b is not None and a >= b)


class Value:
    """Helpers over abstract values: (lo, hi) intervals, bool masks, frozensets of strings or TOP_STR."""

    @staticmethod
    def of(v):
        if isinstance(v, bool):
            return B_TRUE if v else B_FALSE
        if isinstance(v, int):
            return (v, v)
        return frozenset((v,))

    @staticmethod
    def join(a, b):
        if a == b:
            return a
        if isinstance(a, int):
            return a | b
        if isinstance(a, tuple):
            lo = a[0] if _lo_le(a[0], b[0]) else b[0]
            hi = a[1] if _hi_ge(a[1], b[1]) else b[1]
            return (lo, hi)
        if a == TOP_STR or b == TOP_STR:
            return TOP_STR
        u = a | b
        return u if len(u) <= SET_CAP else TOP_STR

    @staticmethod
    def widen(old, new):
        if isinstance(old, tuple):
            lo = old[0] if _lo_le(old[0], new[0]) else INF
            hi = old[1] if _hi_ge(old[1], new[1]) else INF
            return (lo, hi)
        return new


def _add(a, b):
    return None if a is None or b is None else a + b


def _interval_arith(op, a, b):
    if op == "+":
        return (_add(a[0], b[0]), _add(a[1], b[1]))
    if op == "-":
        return (_add(a[0], None if b[1] is None else -b[1]), _add(a[1], None if b[0] is None else -b[0]))
    if None in a or None in b:
        if op == "%" and b[0] is not None and b[1] is not None:
            k = max(abs(b[0]), abs(b[1]))
            return (-(k - 1), k - 1) if k else (INF, INF)
        return (INF, INF)
    corners = []
    for x in (a[0], a[1]):
        for y in (b[0], b[1]):
            if op in ("/", "%") and y == 0:
                continue
            try:
                corners.append(binop(op, x, y))
            except ZeroDivisionError:
                pass
    if op == "/":
        # the quotient is monotone between sign changes: also try dividing by +-1
        if b[0] <= 1 <= b[1]:
            corners += [a[0], a[1]]
        if b[0] <= -1 <= b[1]:
            corners += [-a[0], -a[1]]
    if op == "%":
        k = max(abs(b[0]), abs(b[1]))
        return (-(k - 1), k - 1) if k else (INF, INF)
    if not corners:
        return (INF, INF)
    return (min(corners), max(corners))


def _minus(a, b):
    """Sets of an enumeration's values, one taken from another (as sets of possible values)."""
    if a == TOP_STR or b == TOP_STR or len(a) * len(b) > SET_CAP:
        return TOP_STR
    return frozenset(x - y for x in a for y in b)


def _compare(op, a, b) -> int:
    """Possible outcomes (bool mask) of comparing two intervals."""
    alo, ahi = a
    blo, bhi = b
    can_true = can_false = True
    if op == "<":
        can_true = alo is None or bhi is None or alo < bhi
        can_false = ahi is None or blo is None or ahi >= blo
    elif op == "<=":
        can_true = alo is None or bhi is None or alo <= bhi
        can_false = ahi is None or blo is None or ahi > blo
    elif op == ">":
        return _compare("<", b, a)
    elif op == ">=":
        return _compare("<=", b, a)
    elif op in ("==", "!="):
        disjoint = (ahi is not None and blo is not None and ahi < blo) or \
                   (bhi is not None and alo is not None and bhi < alo)
        single = alo is not None and alo == ahi == blo == bhi
        eq_t, eq_f = not disjoint, not single
        can_true, can_false = (eq_t, eq_f) if op == "==" else (eq_f, eq_t)
    return (B_TRUE if can_true else 0) | (B_FALSE if can_false else 0)


def _meet_cmp(op, iv, c):
    """Narrow interval `iv` to values v with `v op c` true (c an interval) -> interval or None."""
    lo, hi = iv
    clo, chi = c
    if op == "<":
        if chi is not None:
            hi = chi - 1 if hi is None else min(hi, chi - 1)
    elif op == "<=":
        if chi is not None:
            hi = chi if hi is None else min(hi, chi)
    elif op == ">":
        if clo is not None:
            lo = clo + 1 if lo is None else max(lo, clo + 1)
    elif op == ">=":
        if clo is not None:
            lo = clo if lo is None else max(lo, clo)
    elif op == "==":
        if clo is not None:
            lo = clo if lo is None else max(lo, clo)
        if chi is not None:
            hi = chi if hi is None else min(hi, chi)
    elif op == "!=":
        if clo is not None and clo == chi:
            if lo == clo:
                lo += 1
            if hi == clo:
                hi -= 1
    if lo is not None and hi is not None and lo > hi:
        return None
    return (lo, hi)


_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}
_NEG = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "=="}


class AbstractInterpreter:
    """Fixpoint over scene entry states; records what can happen on the way.

    With `partition` (variable names), states are kept apart per value of those variables
    instead of joined (more precise, more work); with `within` (a set of scenes) flow
    leaving that region is dropped, and with `goal` the fixpoint stops once the goal scene
    is entered. Both are sound for the question "can `goal` be reached?" when `within`
    holds every scene that can lead to it.
    """

    def __init__(self, story: m.Story, partition=(), within=None, goal=None, flow=None,
                 max_parts: int = 64, record: bool = True):
        self.story = story
        self.here = None  # the scene (or weave part) whose statements are being run
        self.index = {v.name: i for i, v in enumerate(story.variables)}
        self.consts = {v.name for v in story.variables if v.const} | set(story.enum_of)
        self.partition = tuple(self.index[v] for v in partition)
        self.within = within
        self.goal = goal
        self.max_parts = max_parts
        self.entry = {}  # (scene, part) -> abstract state (tuple) at entry
        self.nodes = {}  # scene -> set of its (scene, part) nodes
        self.joins = {}
        self.ret = None  # join of the states at every `->->`
        self.reached_endings = set()
        self.takeable = set()  # (scene, choice id) whose condition may hold where offered
        self.outcomes = {}  # id(cond expr) -> bool mask of outcomes seen (final pass only)
        self.at_points = {}  # scene -> abstract states at its choice point (final pass only)
        self.cond_nodes = {}
        self.recording = False
        self.goal_reached = False
        self._flow = flow
        self._changes = walk.statement_changes(story)
        self._solve(record)

    # ------------------------------------------------------------ expressions
    def eval(self, e, s):
        cls = e.__class__
        if cls is m.Literal:
            return Value.of(e.value)
        if cls is m.Var:
            i = self.index.get(e.name)
            return Value.of(e.name) if i is None else s[i]  # (a value of an enumeration is its name)
        if cls is m.Visits:
            # the scene (or weave part) being run was entered on the way here: seen at least once
            return (1, INF) if e.scene == self.here else (0, INF)
        if cls is m.Turn:
            return (0, INF)
        if cls is m.TurnsSince:
            return (-1, INF)
        if cls is m.Local:  # temporaries are not tracked: any value of their type
            return _TOP.get(e.type, TOP_STR)  # (an enumeration's value or a set: like a string)
        if cls is m.Call:
            return self.call(e, s)
        if cls is m.Random:
            lo, hi = self.eval(e.low, s), self.eval(e.high, s)
            return (lo[0], hi[1])
        if cls is m.Unary:
            v = self.eval(e.operand, s)
            if e.op == "not":
                return ((B_TRUE if v & B_FALSE else 0) | (B_FALSE if v & B_TRUE else 0))
            if e.op == "-":
                return (None if v[1] is None else -v[1], None if v[0] is None else -v[0])
            return v
        if cls is m.Binary:
            op = e.op
            if op in ("and", "or"):
                a = self.eval(e.left, s)
                if op == "and":
                    if a == B_FALSE:
                        return B_FALSE
                    b = self.eval(e.right, s)
                    t = B_TRUE if (a & B_TRUE and b & B_TRUE) else 0
                    f = B_FALSE if (a & B_FALSE or b & B_FALSE) else 0
                    return t | f
                if a == B_TRUE:
                    return B_TRUE
                b = self.eval(e.right, s)
                t = B_TRUE if (a & B_TRUE or b & B_TRUE) else 0
                f = B_FALSE if (a & B_FALSE and b & B_FALSE) else 0
                return t | f
            a, b = self.eval(e.left, s), self.eval(e.right, s)
            if isinstance(a, tuple):
                if op in _FLIP:
                    return _compare(op, a, b)
                return _interval_arith(op, a, b)
            if isinstance(a, int):  # bools: == and !=
                eq = (B_TRUE if a & b else 0) | (B_FALSE if (a | b) == B_ANY else 0)
                if op == "==":
                    return eq
                return ((B_TRUE if eq & B_FALSE else 0) | (B_FALSE if eq & B_TRUE else 0))
            # strings, enumeration values (names) and sets of them
            if op == "-":
                return _minus(a, b)
            if op == "+":
                if a == TOP_STR or b == TOP_STR or len(a) * len(b) > SET_CAP:
                    return TOP_STR
                return frozenset(x + y for x in a for y in b)
            if a == TOP_STR or b == TOP_STR:
                eq = B_ANY
            else:
                eq = (B_TRUE if a & b else 0) | (B_FALSE if (len(a) > 1 or len(b) > 1 or a != b) else 0)
            if op == "==":
                return eq
            return ((B_TRUE if eq & B_FALSE else 0) | (B_FALSE if eq & B_TRUE else 0))
        raise TypeError(f"not an expression: {e!r}")

    def call(self, e, s):
        """min, max, abs on intervals (None is an open bound); a declared function: any value of its type."""
        fn = self.story.fn_map.get(e.name)
        if fn is not None:
            return _TOP.get(fn.returns or "int", TOP_STR)
        if e.name in ("set", "has", "count"):
            return self.set_call(e, s)
        args = [self.eval(a, s) for a in e.args]
        if e.name == "min":
            (alo, ahi), (blo, bhi) = args
            lo = None if alo is None or blo is None else min(alo, blo)
            hi = bhi if ahi is None else ahi if bhi is None else min(ahi, bhi)
            return (lo, hi)
        if e.name == "max":
            (alo, ahi), (blo, bhi) = args
            lo = blo if alo is None else alo if blo is None else max(alo, blo)
            hi = None if ahi is None or bhi is None else max(ahi, bhi)
            return (lo, hi)
        if e.name == "abs":
            lo, hi = args[0]
            if lo is not None and lo >= 0:
                return (lo, hi)
            if hi is not None and hi <= 0:
                return (-hi, None if lo is None else -lo)
            return (0, None if lo is None or hi is None else max(-lo, hi))
        return (INF, INF)

    def set_call(self, e, s):
        """set(), has(), count() on possible values (frozensets of sets), or anything of the type."""
        if e.name == "set":
            return TOP_STR
        sv = self.eval(e.args[0], s)
        if e.name == "count":
            if sv == TOP_STR:
                return (0, INF)
            return (min(len(x) for x in sv), max(len(x) for x in sv))
        vv = self.eval(e.args[1], s)
        if sv == TOP_STR or vv == TOP_STR:
            return B_ANY
        got = {y in x for x in sv for y in vv}
        return (B_TRUE if True in got else 0) | (B_FALSE if False in got else 0)

    def refine(self, s, e, truth: bool):
        """The part of state `s` where `e` can evaluate to `truth` (None if nowhere)."""
        if s is None:
            return None
        v = self.eval(e, s)
        if not v & (B_TRUE if truth else B_FALSE):
            return None
        cls = e.__class__
        if cls is m.Var and e.name not in self.consts:
            i = self.index[e.name]
            return s[:i] + (B_TRUE if truth else B_FALSE,) + s[i + 1:]
        if cls is m.Unary and e.op == "not":
            return self.refine(s, e.operand, not truth)
        if cls is m.Binary:
            op = e.op
            if op == "and":
                if truth:
                    return self.refine(self.refine(s, e.left, True), e.right, True)
                return self._join(self.refine(s, e.left, False),
                                  self.refine(self.refine(s, e.left, True), e.right, False))
            if op == "or":
                if not truth:
                    return self.refine(self.refine(s, e.left, False), e.right, False)
                return self._join(self.refine(s, e.left, True),
                                  self.refine(self.refine(s, e.left, False), e.right, True))
            if op in _FLIP:
                cop = op if truth else _NEG[op]
                for var, other, o in ((e.left, e.right, cop), (e.right, e.left, _FLIP[cop])):
                    if var.__class__ is m.Var and var.name not in self.consts:
                        i = self.index[var.name]
                        cur = s[i]
                        c = self.eval(other, s)
                        if isinstance(cur, tuple):
                            nv = _meet_cmp(o, cur, c)
                        elif isinstance(cur, int):
                            nv = cur
                            if o in ("==", "!=") and c in (B_TRUE, B_FALSE):
                                want = c if o == "==" else B_ANY ^ c
                                nv = cur & want
                        else:
                            nv = cur
                            if o == "==" and c != TOP_STR:
                                nv = c if cur == TOP_STR else cur & c
                            elif o == "!=" and c != TOP_STR and len(c) == 1 and cur != TOP_STR:
                                nv = cur - c
                        if nv is None or nv == 0 or nv == frozenset():
                            return None
                        s = s[:i] + (nv,) + s[i + 1:]
                return s
        return s

    # ------------------------------------------------------------ statements
    def _join(self, a, b):
        if a is None:
            return b
        if b is None or a == b:
            return a
        return tuple(x if x is y else Value.join(x, y) for x, y in zip(a, b))

    def _note_cond(self, e, s):
        if self.recording and s is not None:
            k = id(e)
            self.cond_nodes[k] = e
            self.outcomes[k] = self.outcomes.get(k, 0) | self.eval(e, s)

    def block(self, block, s, scene):
        """Run a block abstractly from state `s` -> the state falling out of its end (or None)."""
        for st in block:
            if s is None:
                return None
            cls = st.__class__
            if self._changes is not None:
                for name in self._changes(st):  # what the functions it calls may assign: anything
                    i = self.index[name]
                    s = s[:i] + (_TOP.get(self.story.variables[i].type, TOP_STR),) + s[i + 1:]
            if cls is m.Effect:
                i = self.index[st.target]
                v = self.eval(st.value, s)
                if st.op == "+=":
                    cur = s[i]
                    v = _interval_arith("+", cur, v) if isinstance(cur, tuple) else \
                        (TOP_STR if cur == TOP_STR or v == TOP_STR or len(cur) * len(v) > SET_CAP
                         else frozenset(x + y for x in cur for y in v))
                elif st.op == "-=":
                    cur = s[i]
                    v = _interval_arith("-", cur, v) if isinstance(cur, tuple) else _minus(cur, v)
                s = s[:i] + (v,) + s[i + 1:]
            elif cls is m.Prose and self.recording:
                self._text(st.parts, s)
            elif cls is m.If:
                out = None
                rest = s
                for br in st.branches:
                    if br.cond is None:
                        out = self._join(out, self.block(br.body, rest, scene))
                        rest = None
                        break
                    self._note_cond(br.cond, rest)
                    taken = self.refine(rest, br.cond, True)
                    if taken is not None:
                        out = self._join(out, self.block(br.body, taken, scene))
                    rest = self.refine(rest, br.cond, False)
                s = self._join(out, rest)
            elif cls is m.Divert:
                self._send(st.target, s)
                return None
            elif cls is m.TunnelCall:
                self._send(st.target, s)
                s = self.ret
            elif cls is m.TunnelReturn:
                if st.target is not None:  # `->-> target`: the flow goes on there, not back
                    self._send(st.target, s)
                else:
                    self._return(s)
                return None
            elif cls is m.EndStory:
                self.reached_endings.add(st.ending)
                return None
        return s

    def _text(self, parts, s):
        for p in parts:
            if p.__class__ is m.InlineCond:
                self._note_cond(p.cond, s)
                t = self.refine(s, p.cond, True)
                if t is not None:
                    self._text(p.then, t)
                f = self.refine(s, p.cond, False)
                if f is not None:
                    self._text(p.otherwise, f)
            elif p.__class__ is m.Alternatives:
                for b in p.branches:
                    self._text(b, s)

    def scene(self, sc, s):
        self.here = sc.name  # every statement and condition below runs after entering it
        s = self.block(sc.body, s, sc)
        if s is None:
            return
        if self.recording:
            self.at_points.setdefault(sc.name, []).append(s)
        for ch in sc.choices:
            if self.recording and (ch.lead or ch.menu):
                # the menu text is worked out wherever the choice is offered (also when shown
                # unavailable): any state at the choice point, a superset of where it runs
                self._text(ch.lead + ch.menu, s)
            t = s
            if ch.cond is not None:
                self._note_cond(ch.cond, s)
                t = self.refine(s, ch.cond, True)
            if t is None:
                continue
            self.takeable.add((sc.name, ch.id))
            self.block(ch.body, t, sc)

    # ------------------------------------------------------------ the fixpoint
    def _send(self, target, s):
        if target not in self.story.scene_map:
            return
        if self.within is not None and target not in self.within:
            return
        if target == self.goal:
            self.goal_reached = True
        part = ()
        if self.partition:
            part = tuple(s[i] for i in self.partition)
            have = self.nodes.get(target)
            if have is not None and len(have) >= self.max_parts and (target, part) not in have:
                part = "*"  # too many: the rest share one node
        node = (target, part)
        old = self.entry.get(node)
        new = self._join(old, s)
        if new == old:
            return
        if old is not None and target in self._heads:
            n = self.joins.get(node, 0) + 1
            self.joins[node] = n
            if n > WIDEN_AFTER:
                new = tuple(a if a == b else Value.widen(a, b) for a, b in zip(old, new))
        self.entry[node] = new
        self.nodes.setdefault(target, set()).add(node)
        self._push(node)

    def _push(self, node):
        if node not in self._queued:
            self._queued.add(node)
            self._count += 1
            heapq.heappush(self._todo, (self._order.get(node[0], len(self._order)), self._count, node))

    def _return(self, s):
        new = self._join(self.ret, s)
        if new != self.ret:
            self._ret_joins += 1
            if self.ret is not None and self._ret_joins > WIDEN_AFTER:
                new = tuple(Value.widen(a, b) for a, b in zip(self.ret, new))
            self.ret = new
            for c in self._callers:
                for node in self.nodes.get(c, ()):
                    self._push(node)

    def _solve(self, record):
        story = self.story
        self._callers = {sc.name for sc in story.scenes
                         if any(st.__class__ is m.TunnelCall for st in _all_statements(sc))}
        self._ret_joins = 0
        self._todo = []
        self._queued = set()
        self._count = 0
        flow = self._flow if self._flow is not None else walk.flow_graph(story)
        self._order, self._heads = _loop_heads(flow, story.start)
        init = tuple(Value.of(v.initial) for v in story.variables)
        self._send(story.start, init)
        scenes = story.scene_map
        while self._todo and not self.goal_reached:
            _, _, node = heapq.heappop(self._todo)
            self._queued.discard(node)
            self.scene(scenes[node[0]], self.entry[node])
        if not record or self.goal_reached:
            return
        # a last pass over the fixpoint records condition outcomes and takeable choices
        self.recording = True
        self.takeable = set()
        for node, s in list(self.entry.items()):
            self.scene(scenes[node[0]], s)
        self.recording = False

    # ------------------------------------------------------------ results
    def reachable(self, scene: str) -> bool:
        return scene in self.nodes

    def constant_conditions(self):
        """(cond expr, value) for conditions that can only come out one way wherever they run."""
        for k, mask in self.outcomes.items():
            if mask in (B_TRUE, B_FALSE):
                yield self.cond_nodes[k], mask == B_TRUE


def _all_statements(sc):
    for st, _ in walk.scene_statements(sc):
        yield st


def _loop_heads(graph, start):
    """Reverse postorder numbers of the scenes from `start`, and the targets of back edges."""
    post = walk.postorder(graph, [start])
    order = {v: i for i, v in enumerate(reversed(post))}
    heads = set()
    for v in order:
        for w in graph.get(v, ()):
            if w in order and order[w] <= order[v]:
                heads.add(w)
    return order, heads
