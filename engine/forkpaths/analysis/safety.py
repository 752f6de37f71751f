"""Prove that no playthrough runs into a runtime error, from the value analysis and the story's graph.

The runtime stops a story with an error on: an integer past 64 bits (every `+ - *` step, every
stored value, `abs`), a string past MAX_STRING characters, division by zero, `random(lo, hi)`
with hi < lo, function calls nested past MAX_CALL_DEPTH, tunnels nested past MAX_TUNNEL_DEPTH,
`->->` with no tunnel to return to, a choice or fallback whose body runs out, and more than
MAX_ENTRIES_WITHOUT_CHOICE scenes entered between two choices. `hazards(story, absint)` lists
every place where one of these cannot be ruled out (empty: none can happen). The argument for
each part is in docs/check.md ("Runtime errors proved impossible").
"""

from __future__ import annotations

from .. import model as m
from ..functions import MAX_CALL_DEPTH, zero
from ..runtime import MAX_ENTRIES_WITHOUT_CHOICE, MAX_INT, MAX_STRING, MAX_TUNNEL_DEPTH
from . import walk
from .absint import _TOP, B_FALSE, B_TRUE, TOP_STR, AbstractInterpreter, Value, _interval_arith, _minus

MIN_INT = -MAX_INT - 1
MAX_CALLS = 50_000  # function calls one audit follows in all
# The proof assumes a playthrough makes fewer than 2**32 choices (at one a second, 136 years):
# between two choices at most MAX_ENTRIES_WITHOUT_CHOICE scenes are entered (more is itself a
# runtime error, looked for below), so no scene is entered more than FAR_ENTRIES times.
CHOICE_HORIZON = 2 ** 32
FAR_ENTRIES = CHOICE_HORIZON * (MAX_ENTRIES_WITHOUT_CHOICE + 1)


class Hazard:
    """A place where a runtime error cannot be ruled out; `in_text` when only showing text runs it."""

    __slots__ = ("span", "message", "in_text")

    def __init__(self, span, message, in_text=False):
        self.span = span
        self.message = message
        self.in_text = in_text

    def as_json(self) -> dict:
        return {"message": self.message, "file": self.span.file if self.span else None,
                "line": self.span.line if self.span else None, "in_text": self.in_text}
_ARITH = frozenset(("+", "-", "*", "/", "%"))


def _fits(iv) -> bool:
    return iv[0] is not None and iv[1] is not None and MIN_INT <= iv[0] and iv[1] <= MAX_INT


class _Audit(AbstractInterpreter):
    """One more pass over the value analysis' fixpoint, evaluating every expression the runtime
    evaluates (text and function bodies included) and noting each that may fail.

    The fixpoint is closed, so every state the pass would send on is already covered by the
    entry state it reaches: sending is a no-op here."""

    def __init__(self, solved: AbstractInterpreter, bounds=None, temps=None):  # noqa: super().__init__ would solve again
        self.__dict__.update(solved.__dict__)
        self.temps = temps or {}  # (scene, slot) -> what a scene's temporary can hold (absent: anything)
        self.temp_writes = {}  # (scene, slot) -> join of the values set into it
        self.calls_left = MAX_CALLS
        self.bounds = bounds  # _Bounds: what no playthrough can exceed, or None
        self.steps = {}  # id(effect) -> (effect, join of its value, join of the variable's value after it)
        self.recording = True
        self.outcomes, self.cond_nodes, self.at_points = {}, {}, {}
        self.takeable, self.reached_endings = set(), set(solved.reached_endings)
        self.found = {}  # (file, line, col, message) -> Hazard, in the order found
        self._texting = 0  # > 0 while text is worked out (only when a page is shown; the search does not)
        self._env = None  # a function's parameters and temporaries, while one is audited
        self._active = []  # the functions being audited, outermost first
        self._met = None  # the last state `_meet` returned (kept, so `is` cannot meet a new one)

    def hazard(self, span, message):
        key = (span.file, span.line, span.column, message) if span is not None else (None, 0, 0, message)
        old = self.found.get(key)
        if old is None:
            self.found[key] = Hazard(span, message, self._texting > 0)
        elif old.in_text and not self._texting:
            self.found[key] = Hazard(span, message, False)

    def _send(self, target, s):
        pass

    def _return(self, s):
        pass

    def run(self):
        scenes = self.story.scene_map
        for node, s in list(self.entry.items()):
            self.scene(scenes[node[0]], s)
        return self

    def _meet(self, s):
        """State `s` within the bounds every playthrough keeps (both hold, so their meet does)."""
        b = self.bounds
        if s is None or b is None or not b.vars or s is self._met:
            return s  # a meet's result is its own meet: most statements leave the state as it was
        out = list(s)
        for i, (lo, hi) in b.vars.items():
            cur = out[i]
            nlo = cur[0] if lo is None else lo if cur[0] is None else max(cur[0], lo)
            nhi = cur[1] if hi is None else hi if cur[1] is None else min(cur[1], hi)
            if nlo is not None and nhi is not None and nlo > nhi:
                return None
            out[i] = (nlo, nhi)
        self._met = out = tuple(out)
        return out

    def scene(self, sc, s):
        super().scene(sc, self._meet(s))

    # ------------------------------------------------------------ expressions
    def eval(self, e, s):
        cls = e.__class__
        if cls is m.Binary and e.op in _ARITH:
            a, b = self.eval(e.left, s), self.eval(e.right, s)
            op = e.op
            if isinstance(a, tuple):
                if op in ("/", "%") and (b[0] is None or b[0] <= 0) and (b[1] is None or b[1] >= 0):
                    self.hazard(e.span, "division by zero: the divisor may be 0")
                r = _interval_arith(op, a, b)
                if op in ("+", "-", "*") and not _fits(r):
                    self.hazard(e.span, "integer overflow: the value may pass 64 bits")
                return r
            if op == "-":
                return _minus(a, b)
            if a == TOP_STR or b == TOP_STR or len(a) * len(b) > 16:
                if self._is_string(e.left):
                    self.hazard(e.span, f"string too long: its length is not bounded (at most {MAX_STRING:,} characters)")
                return TOP_STR
            r = frozenset(x + y for x in a for y in b)
            if any(isinstance(x, str) and len(x) > MAX_STRING for x in r):
                self.hazard(e.span, f"string too long: more than {MAX_STRING:,} characters")
            return r
        if cls is m.Unary:
            v = self.eval(e.operand, s)
            if e.op == "not":
                return (B_TRUE if v & B_FALSE else 0) | (B_FALSE if v & B_TRUE else 0)
            if e.op == "-":
                return (None if v[1] is None else -v[1], None if v[0] is None else -v[0])
            return v
        if cls is m.Random:
            lo, hi = self.eval(e.low, s), self.eval(e.high, s)
            if hi[0] is None or lo[1] is None or hi[0] < lo[1]:
                self.hazard(e.span, "random(lo, hi): the high bound may be below the low bound")
            return (lo[0], hi[1])
        if cls is m.Local:
            if self._env is not None:
                return self._env[e.slot]
            got = self.temps.get((self.here, e.slot))
            return got if got is not None else _TOP.get(e.type, TOP_STR)
        b = self.bounds
        if b is not None:
            if cls is m.Visits and b.entries.get(e.scene) is not None:
                return (1 if e.scene == self.here else 0, b.entries[e.scene])
            if cls is m.Turn and b.turns is not None:
                return (0, b.turns)
            if cls is m.TurnsSince and b.turns is not None:
                return (-1, b.turns)
        return super().eval(e, s)

    def _is_string(self, e) -> bool:
        cls = e.__class__
        if cls is m.Literal:
            return isinstance(e.value, str)
        if cls is m.Var:
            d = self.story.var_map.get(e.name)
            return d is not None and d.type == "string"
        if cls is m.Local:
            return e.type == "string"
        if cls is m.Call:
            fn = self.story.fn_map.get(e.name)
            return fn is not None and fn.returns == "string"
        if cls is m.Binary and e.op == "+":
            return self._is_string(e.left)
        return False

    def call(self, e, s):
        fn = self.story.fn_map.get(e.name)
        if fn is None:
            if e.name == "abs":
                lo = self.eval(e.args[0], s)[0]
                if lo is None or lo <= MIN_INT:
                    self.hazard(e.span, "integer overflow: abs() of the smallest 64-bit integer")
            return super().call(e, s)
        args = [self.eval(a, s) for a in e.args]
        return self._function(fn, args, s, e.span)

    # ------------------------------------------------------------ functions
    def _function(self, fn, args, s, span):
        """Run a call abstractly, recursion included (as deep as the runtime allows, while the
        calls left last: a count, so every run gives the same answer)."""
        top = _TOP.get(fn.returns or "int", TOP_STR)
        if len(self._active) >= MAX_CALL_DEPTH:
            self.hazard(span, f"function calls nested more than {MAX_CALL_DEPTH} deep (in `{fn.name}`)")
            return top
        if self.calls_left <= 0:
            self.hazard(span, f"function calls nested more than {MAX_CALL_DEPTH} deep: too many calls of "
                              f"`{fn.name}` to follow ({MAX_CALLS:,} in all)")
            return top
        self.calls_left -= 1
        saved = self._env
        self._env = list(args) + [_TOP.get(t, TOP_STR) for _, t in fn.locals[len(args):]]
        self._active.append(fn.name)
        rets = []
        try:
            self._fblock(fn.body, s, rets)
        finally:
            self._active.pop()
            self._env = saved
        out = None
        for v in rets:
            out = v if out is None else Value.join(out, v)
        return top if out is None else out

    def _active_locals(self):
        return self.story.fn_map[self._active[-1]].locals

    def _changed(self, st, s):
        """State `s` with what the functions called by `st` may assign set to anything of its type."""
        for name in self._changes(st) if self._changes is not None else ():
            i = self.index[name]
            s = s[:i] + (_TOP.get(self.story.variables[i].type, TOP_STR),) + s[i + 1:]
        return s

    def _update(self, op, cur, v, span, typ):
        """The value of `cur op v` for `+=`, `-=` (or `v` for `=`) on a slot of type `typ`, noting what may break a limit."""
        if op == "=":
            r = v
        elif isinstance(cur, tuple):
            r = _interval_arith("+" if op == "+=" else "-", cur, v)
        elif op == "-=":
            return _minus(cur, v)
        elif cur == TOP_STR or v == TOP_STR or len(cur) * len(v) > 16:
            r = TOP_STR
        else:
            r = frozenset(x + y for x in cur for y in v)
        if isinstance(r, tuple) and not _fits(r):
            self.hazard(span, "integer overflow: the value stored may pass 64 bits")
        elif r == TOP_STR and op != "=" and typ == "string":
            self.hazard(span, f"string too long: its length is not bounded (at most {MAX_STRING:,} characters)")
        elif isinstance(r, frozenset) and any(isinstance(x, str) and len(x) > MAX_STRING for x in r):
            self.hazard(span, f"string too long: more than {MAX_STRING:,} characters")
        return r

    def _fblock(self, stmts, s, rets):
        """Run a function's statements abstractly; values of `~ return` go to `rets`."""
        for st in stmts:
            s = self._meet(self._changed(st, s)) if s is not None else None
            if s is None:
                return None
            cls = st.__class__
            if cls is m.Return:
                rets.append(self.eval(st.value, s))
                return None
            if cls is m.Effect:
                i = self.index[st.target]
                v = self.eval(st.value, s)
                after = self._update(st.op, s[i], v, st.span, self.story.variables[i].type)
                self._step(st, v, after)
                s = s[:i] + (after,) + s[i + 1:]
            elif cls is m.SetLocal:
                typ = self._active_locals()[st.slot][1]
                self._env[st.slot] = self._update(st.op, self._env[st.slot], self.eval(st.value, s), st.span, typ)
            elif cls is m.CallStmt:
                self.eval(st.call, s)
            elif cls is m.If:
                out_s, out_env, rest = None, None, s
                for br in st.branches:
                    taken = rest
                    if br.cond is not None:
                        taken = self.refine(rest, br.cond, True)
                        rest = self.refine(rest, br.cond, False)
                    else:
                        rest = None
                    if taken is not None:
                        before = list(self._env)
                        got = self._fblock(br.body, taken, rets)
                        if got is not None:
                            out_s = self._join(out_s, got)
                            out_env = _join_env(out_env, self._env)
                        self._env = before
                    if rest is None:
                        break
                if rest is not None:
                    out_s = self._join(out_s, rest)
                    out_env = _join_env(out_env, self._env)
                s = out_s
                if out_env is not None:
                    self._env = out_env
        return s

    # ------------------------------------------------------------ scenes
    def block(self, block, s, scene):
        for st in block:
            # what the functions `st` calls may assign is anything of its type, within the
            # ranges every playthrough keeps (an invariant holds after a call as before it)
            s = self._meet(self._changed(st, s)) if s is not None else None
            if s is None:
                return None
            cls = st.__class__
            if cls is m.Effect:
                i = self.index[st.target]
                v = self.eval(st.value, s)
                self._step(st, v, self._update(st.op, s[i], v, st.span, self.story.variables[i].type))
            elif cls is m.SetLocal:  # a scene's temporary: anything it is ever set to (see _bounded_audit)
                v = self.eval(st.value, s)
                key = (self.here, st.slot)
                typ = _local_type(scene, st.slot)
                cur = self.temps.get(key)
                after = self._update(st.op, _TOP.get(typ, TOP_STR) if cur is None else cur, v, st.span, typ)
                old = self.temp_writes.get(key)
                self.temp_writes[key] = after if old is None else Value.join(old, after)
            elif cls is m.CallStmt:
                self.eval(st.call, s)
            elif cls is m.AltBlock:
                for br in st.branches:
                    for p in br:
                        if p.__class__ is m.Prose:
                            self._text(p.parts, s)
            s = super().block((st,), s, scene)
        return self._meet(s)

    def _step(self, st, v, after):
        """Note an effect's value `v` and the variable's value `after` it (joined over every state it runs in)."""
        old = self.steps.get(id(st))
        if old is not None:
            v, after = Value.join(old[1], v), Value.join(old[2], after)
        self.steps[id(st)] = (st, v, after)

    def _text(self, parts, s):
        self._texting += 1
        try:
            for p in parts:
                if p.__class__ is m.Interp:
                    self.eval(p.expr, s)
            super()._text(parts, s)
        finally:
            self._texting -= 1


def _local_type(scene, slot):
    return scene.locals[slot][1] if scene is not None and slot < len(scene.locals) else "int"


def _join_env(a, b):
    if a is None:
        return list(b)
    return [x if x == y else Value.join(x, y) for x, y in zip(a, b)]


# ---------------------------------------------------------------- the flow: tunnels, returns, divert loops

def _jumps(sc):
    """(stmt) for every divert, tunnel call and return of a scene, choice bodies included."""
    for st, ch in walk.scene_statements(sc):
        if st.__class__ in (m.Divert, m.TunnelCall, m.TunnelReturn):
            yield st, ch


def _depths(story, live, found):
    """Bounds on the tunnel depth each live scene runs at; notes calls past the limit and returns with nothing to return to."""
    cap = MAX_TUNNEL_DEPTH + 1
    lo, hi = {story.start: 0}, {story.start: 0}
    todo = [story.start]
    while todo:
        s = todo.pop()
        for st, _ in _jumps(story.scene_map[s]):
            t = st.target
            if t is None or t not in live:
                continue
            w = 1 if st.__class__ is m.TunnelCall else -1 if st.__class__ is m.TunnelReturn else 0
            nlo, nhi = max(lo[s] + w, 0), min(max(hi[s] + w, 0), cap)
            changed = False
            if t not in lo or nlo < lo[t]:
                lo[t] = nlo
                changed = True
            if t not in hi or nhi > hi[t]:
                hi[t] = nhi
                changed = True
            if changed:
                todo.append(t)
    for s in sorted(lo):
        for st, _ in _jumps(story.scene_map[s]):
            if st.__class__ is m.TunnelCall and hi[s] >= MAX_TUNNEL_DEPTH:
                found(st.span, f"tunnels nested more than {MAX_TUNNEL_DEPTH} deep: this call may run "
                               f"{'inside a loop of tunnel calls' if hi[s] >= cap else 'that deep'}")
            elif st.__class__ is m.TunnelReturn and lo[s] == 0:
                found(st.span, "`->->` may run when no tunnel was called: its scene can be reached "
                               "other than through a tunnel call")
    return max(hi.values(), default=0)


def _entries(story, live, depth, found):
    """Bound the scenes entered (and fallbacks taken) between two choices; note where it may pass the limit."""
    limit = MAX_ENTRIES_WITHOUT_CHOICE
    graph = {}  # scene -> scenes its body and fallbacks enter without a choice
    for s in live:
        sc = story.scene_map[s]
        g = graph[s] = set()
        for st, ch in _jumps(sc):
            if (ch is None or ch.fallback) and st.target is not None and st.target in live:
                g.add(st.target)
    loops = walk.on_cycle(graph)
    if loops:
        first = min(loops, key=lambda n: (story.scene_map[n].span.file, story.scene_map[n].span.line))
        found(story.scene_map[first].span,
              f"divert loop: `{first}` can be entered again without a choice (diverts, tunnels or fallbacks "
              f"in a loop), so more than {limit:,} scenes may be entered between two choices")
        return
    order = walk.postorder(graph, sorted(graph))
    # k bounds the entries after a `->->` whose caller was called before the window began: K(0)
    # is 0, K(j + 1) the most any scene with a tunnel call can add after one returns when the
    # returns after that add K(j). A window starting at depth d returns at most d times unmatched.
    k = 0
    for j in range(depth + 1):
        e0, e1 = {}, {}
        for s in order:
            sc = story.scene_map[s]
            e0[s] = _scene_count(sc, 0, e0, e1, k, live)
            e1[s] = _scene_count(sc, 1, e0, e1, k, live)
        if j == depth:
            break
        k2 = 0
        for s in order:
            sc = story.scene_map[s]
            if any(st.__class__ is m.TunnelCall for st, _ in _jumps(sc)):
                k2 = max(k2, _any_suffix(sc, e0, e1, k, live))
        if k2 == k:
            break
        k = k2
    worst, where = e1.get(story.start, 0), story.scene_map[story.start].span
    for s in order:
        for ch in story.scene_map[s].choices:
            if not ch.fallback:
                out, fall = _block_count(ch.body, 1, e0, e1, k, live)
                n = max(out, fall or 0)
                if n > worst:
                    worst, where = n, ch.span
    if worst > limit:
        found(where, f"divert loop: more than {limit:,} scenes may be entered after this without a choice "
                     "(tunnels called several times inside tunnels called several times)")


def _cap(n):
    return min(n, MAX_ENTRIES_WITHOUT_CHOICE + 1)


def _block_count(stmts, mode, e0, e1, k, live):
    """(most entries on a path that jumps out of the block, most on a path that runs off its end or None).

    Mode 0: inside a tunnel called from a scene that counts what follows the call itself, so
    `->->` adds nothing; mode 1: `->->` adds `k`, a bound on whatever follows a return."""
    out, fall = 0, 0
    for st in stmts:
        if fall is None:
            break
        cls = st.__class__
        if cls is m.TunnelCall:
            fall = _cap(fall + (e0.get(st.target, 0) if st.target in live else 0))
        elif cls is m.Divert:
            out = max(out, _cap(fall + (((e0, e1)[mode]).get(st.target, 0) if st.target in live else 0)))
            fall = None
        elif cls is m.TunnelReturn:
            if st.target is not None:
                out = max(out, _cap(fall + (e1.get(st.target, 0) if st.target in live else 0)))
            else:
                out = max(out, _cap(fall + (k if mode else 0)))
            fall = None
        elif cls is m.EndStory:
            out = max(out, fall)
            fall = None
        elif cls is m.If:
            nfall = None
            for br in st.branches:
                bo, bf = _block_count(br.body, mode, e0, e1, k, live)
                out = max(out, _cap(fall + bo))
                if bf is not None:
                    nfall = _cap(fall + bf) if nfall is None else max(nfall, _cap(fall + bf))
            if st.branches[-1].cond is not None:
                nfall = fall if nfall is None else max(nfall, fall)
            fall = nfall
    return out, fall


def _scene_count(sc, mode, e0, e1, k, live):
    """Most entries from entering `sc` to the next choice, an ending or (mode 0) its tunnel's return."""
    out, fall = _block_count(sc.body, mode, e0, e1, k, live)
    if fall is not None:
        best = 0
        for ch in sc.choices:
            if ch.fallback:
                fo, ff = _block_count(ch.body, mode, e0, e1, k, live)
                best = max(best, 1 + fo)
        fall += best
    return _cap(1 + max(out, fall or 0))


def _any_suffix(sc, e0, e1, k, live):
    """A bound on the entries from any point of `sc` (after a tunnel call returns) to the next choice."""
    total, exit_ = 0, 0
    for st, _ in _jumps(sc):  # a call in a choice's body returns into the rest of that body: all of them
        if st.__class__ is m.TunnelCall and st.target in live:
            total += e0.get(st.target, 0)
        elif st.__class__ is m.Divert and st.target in live:
            exit_ = max(exit_, e1.get(st.target, 0))
        elif st.__class__ is m.TunnelReturn:
            exit_ = max(exit_, e1.get(st.target, 0) if st.target is not None else k)
    fb = sum(1 for ch in sc.choices if ch.fallback)
    return _cap(total + exit_ + fb)


def _run_outs(story, live, found):
    """Choice and fallback bodies with a path that runs off their end (the runtime stops there)."""
    for s in sorted(live):
        for ch in story.scene_map[s].choices:
            if _block_count(ch.body, 1, {}, {}, 0, live)[1] is not None:
                what = "the fallback" if ch.fallback else f"choice `{ch.id}`"
                found(ch.span, f"{what} of scene `{s}` may end without a divert, `->->` or `-> END`")


# ---------------------------------------------------------------- bounds from counting

class _Bounds:
    """What no playthrough exceeds: entries of each scene (None: no bound), choices made, counters' ranges."""

    def __init__(self, entries, turns, vars_):
        self.entries = entries  # scene -> most times it can be entered
        self.turns = turns  # most choices a playthrough can make, or None
        self.vars = vars_  # variable index -> (lo, hi)


def _jump_targets(story, live):
    for p in sorted(live):
        for st, ch in _jumps(story.scene_map[p]):
            if st.target is not None and st.target in live:
                yield p, st.target, ch


def _entry_bounds(story, live) -> dict:
    """Scene -> the most times a playthrough can enter it, or None.

    A statement of a scene's body, or of a sticky choice's body, runs at most once per entry of
    the scene; a once-only choice's body at most once per playthrough. So with the once-only
    choices' jumps left out, when the rest of the jumps form no loop, entries(s) is at most
    [s is the start] + (once-only jumps into s) + the sum over the other jumps into s of
    entries(their scene), in topological order; scenes on or after a loop get FAR_ENTRIES,
    and no scene more (the horizon of CHOICE_HORIZON choices)."""
    edges = {s: [] for s in live}
    indeg = dict.fromkeys(live, 0)
    once = dict.fromkeys(live, 0)
    for p, t, ch in _jump_targets(story, live):
        if ch is not None and not ch.sticky:
            once[t] += 1
        else:
            edges[p].append(t)
            indeg[t] += 1
    acc = dict.fromkeys(live, 0)
    out = dict.fromkeys(live)
    ready = sorted(s for s in live if indeg[s] == 0)
    while ready:
        s = ready.pop()
        out[s] = n = min(FAR_ENTRIES, (1 if s == story.start else 0) + once[s] + acc[s])
        for t in edges[s]:
            acc[t] += n
            indeg[t] -= 1
            if indeg[t] == 0:
                ready.append(t)
    return {s: FAR_ENTRIES if n is None else n for s, n in out.items()}


def _counter_bounds(story, live, entries, steps) -> dict:
    """Variable index -> (lo, hi) (None: unbounded that way) for the int variables.

    The value at any time is the initial value, or the value right after some effect of the
    kind "absolute", plus the steps of the "counted" effects run since. Counted: `+=` and
    `-=` whose statement runs a bounded number of times by a bounded step; absolute: every
    other effect (its value after is what the audit joined). So the value lies in the hull of
    the initial value and the absolute effects' values after, widened by the counted steps'
    most negative and most positive totals."""
    times = {}  # (effects in functions are absolute: they run as often as they are called)
    for p in live:
        for st, ch in walk.scene_statements(story.scene_map[p]):
            if st.__class__ is m.Effect:
                times[id(st)] = 1 if ch is not None and not ch.sticky else entries.get(p)
    per_var = {}
    for key, (st, v, after) in steps.items():
        per_var.setdefault(st.target, []).append((st, v, after, times.get(key)))
    out = {}
    for i, d in enumerate(story.variables):
        if d.type != "int" or d.const:
            continue
        lo = hi = d.initial
        up = down = 0
        for st, v, after, n in per_var.get(d.name, ()):
            if st.op != "=" and n is not None and v[0] is not None and v[1] is not None:
                a, b = (v[0], v[1]) if st.op == "+=" else (-v[1], -v[0])
                up += n * max(0, b)
                down += n * min(0, a)
            else:
                lo = None if lo is None or after[0] is None else min(lo, after[0])
                hi = None if hi is None or after[1] is None else max(hi, after[1])
        out[i] = (None if lo is None else lo + down, None if hi is None else hi + up)
    return out


def _within(a, b) -> bool:
    """Interval a inside interval b (None: unbounded)."""
    return (b[0] is None or (a[0] is not None and a[0] >= b[0])) and \
        (b[1] is None or (a[1] is not None and a[1] <= b[1]))


MAX_ROUNDS = 8  # rounds of guessing the counters' ranges
AUDIT_BUDGET = 4_000  # scene states audited in all the rounds together (a story's states times its rounds)


def _marks(story) -> dict:
    """Variable -> sorted constants that bound it: those it is compared with, and those its
    assigned values are clamped to with min() or max(). Where a growing guess is tried first."""
    out = {}

    def add(name, e):
        c = walk.fold(e, story)
        if type(c) is int:
            out.setdefault(name, set()).update((c - 1, c, c + 1))

    compared = []
    for sc in story.scenes:
        for st, _ in walk.scene_statements(sc):
            exprs = list(walk.statement_exprs(st))
            for p in st.parts if st.__class__ is m.Prose else ():
                exprs += [q.cond for q in walk.text_conditions((p,))]
            if st.__class__ is m.Effect:
                for x in walk.subexprs(st.value):
                    if x.__class__ is m.Call and x.name in ("min", "max") and x.name not in story.fn_map:
                        for arg in x.args:
                            add(st.target, arg)
            compared += exprs
        compared += [ch.cond for ch in sc.choices if ch.cond is not None]
    for e in compared:
        for x in walk.subexprs(e):
            if x.__class__ is m.Binary and x.op in walk.COMPARE:
                for var, other in ((x.left, x.right), (x.right, x.left)):
                    if var.__class__ is m.Var:
                        add(var.name, other)
    return {k: sorted(v) for k, v in out.items()}


def _widen(old, new, marks):
    """A guess that holds `old` and `new`: a growing bound goes to the next constant past it, or to infinity."""
    import bisect
    lo, hi = old
    if not _within((new[0], None), (lo, None)):
        j = bisect.bisect_right(marks, new[0]) - 1 if new[0] is not None else -1
        lo = marks[j] if j >= 0 else None
    if not _within((None, new[1]), (None, hi)):
        k = bisect.bisect_left(marks, new[1]) if new[1] is not None else len(marks)
        hi = marks[k] if k < len(marks) else None
    return lo, hi


def _widen_temp(old, new):
    if old is None or not isinstance(new, tuple):
        return None if old is None else Value.join(old, new)
    lo, hi = _widen(old, new, ())
    return None if lo is None and hi is None else (lo, hi)


def _bounded_audit(story, absint, live):
    """The audit under ranges of the counters that hold in every playthrough.

    Ranges J are guessed and checked: with every counter assumed within J (the value
    analysis' states met with J), `_counter_bounds` gives ranges G. When G lies within J, J
    holds by induction over the effects of a playthrough, and so does G, which is tried next
    (narrowing). Guesses start at the initial values; a bound that grows goes to the next
    constant the story bounds that variable by, past the last one to infinity."""
    entries = _entry_bounds(story, live)
    turns = min(CHOICE_HORIZON, sum(entries[s] for s in live if any(not ch.fallback for ch in story.scene_map[s].choices)))
    counts = entries
    marks = _marks(story)
    guess = {i: (d.initial, d.initial) for i, d in enumerate(story.variables)
             if d.type == "int" and not d.const}
    # a scene's temporaries start at their type's zero on every entry and hold what they are
    # set to since: guessed and checked the same way, as the join of the values set
    zeros = {}
    for s in live:
        sc = story.scene_map[s]
        for st, _ in walk.scene_statements(sc):
            if st.__class__ is m.SetLocal:
                zeros[(s, st.slot)] = Value.of(zero(_local_type(sc, st.slot), story))
    temps = dict(zeros)
    held = None
    rounds = min(MAX_ROUNDS, AUDIT_BUDGET // max(1, len(absint.entry)))
    for _ in range(rounds - 1):
        audit = _Audit(absint, _Bounds(counts, turns, guess), temps).run()
        got = _counter_bounds(story, live, entries, audit.steps)
        got = {i: got.get(i, (None, None)) for i in guess}
        wrote = {k: z if k not in audit.temp_writes else Value.join(z, audit.temp_writes[k]) for k, z in zeros.items()}
        if all(_within(got[i], guess[i]) for i in guess) and \
                all(temps[k] is None or Value.join(temps[k], w) == temps[k] for k, w in wrote.items()):
            held = audit
            if got == guess and wrote == temps:
                break
            guess, temps = got, wrote  # narrowing: what a guess that holds gives holds too
        elif held is not None:
            break  # the narrowed guess does not hold: keep the last one that did
        else:
            guess = {i: _widen(g, got[i], marks.get(story.variables[i].name, ())) for i, g in guess.items()}
            temps = {k: _widen_temp(temps[k], w) for k, w in wrote.items()}
    return held if held is not None else _Audit(absint, _Bounds(counts, turns, {})).run()


def hazards(story: m.Story, absint: AbstractInterpreter) -> list:
    """A Hazard for each place where a runtime error cannot be ruled out; [] when none can happen."""
    if AUDIT_BUDGET // max(1, len(absint.entry)) < 2:  # a count, so every machine gives the same answer
        return [Hazard(story.scene(story.start).span,
                       f"not looked for: the proof from value bounds audits at most {AUDIT_BUDGET:,} scene states "
                       f"in all, and this story's value analysis has {len(absint.entry):,}")]
    live = {s for s in story.scene_map if absint.reachable(s)}
    if story.start in story.scene_map:
        live.add(story.start)
    audit = _bounded_audit(story, absint, live)
    depth = _depths(story, live, audit.hazard)
    _entries(story, live, depth, audit.hazard)
    _run_outs(story, live, audit.hazard)
    return list(audit.found.values())
