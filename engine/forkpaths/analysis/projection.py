"""Project runtime states onto what can affect control flow, saturating counters where that is sound."""

from __future__ import annotations

from operator import itemgetter

from .. import model as m
from ..runtime import State, program
from . import walk
from .liveness import Liveness


BIG_STEP = 1 << 31  # an int effect with a constant this large can overflow 64 bits within a short playthrough


class Projection:
    """Which parts of a State matter for the flow of a story, proved from its model.

    - `relevant`: quantities (variable names, `visits:scene`, `turn`) that a condition, a
      `random()` bound or a divisor can read, directly or through effects on relevant variables;
      everything else (text-only variables, visits shown only in prose) is reset to its start value.
    - `caps`: relevant int quantities whose every read is a comparison with a constant and whose
      every write moves one way (`+= k`, k >= 0, or `= constant`; or the mirror image): beyond the
      largest (smallest) constant compared with, all values behave alike, so they are clamped.
    - at each choice point only the quantities its future can still read are kept (see
      liveness.py); once-only choices are remembered only while their scene can be offered again.
    """

    def __init__(self, story: m.Story):
        self.story = story
        self.relevant = _relevant(story)
        self.caps = {}  # quantity -> ("up", cap) | ("down", floor)
        self.why = {}  # quantity -> reason it is not saturated (for docs and debugging)
        by_target = {}
        for e in walk.effects(story):
            by_target.setdefault(e.target, []).append(e)
        exprs = list(_relevant_exprs(story, self.relevant))
        in_functions = _written_in_functions(story)
        for q in sorted(self.relevant):
            cap = "assigned inside a function" if q in in_functions else \
                _saturation(story, q, by_target.get(q, ()), exprs)
            if isinstance(cap, tuple):
                self.caps[q] = cap
            else:
                self.why[q] = cap
        p = program(story)
        self.initial = p.initial
        self.index = p.index
        # a variable a function assigns is kept exact: the values come from the calls' arguments
        self.runaway = frozenset(e.target for e in walk.effects(story) if _runaway(e, story)) | \
            _written_in_functions(story)
        self.live = Liveness(story, self.runaway)
        self._plans = {}
        self._used = {}  # once-only choice key -> the liveness bit of its scene's `used:`

    def _plan(self, scene, ending, stack):
        """What to keep at a choice point of `scene` under tunnel stack `stack` (nothing at an ending)."""
        key = None if ending is not None else (scene, stack)
        plan = self._plans.get(key)
        if plan is None:
            mask = 0 if key is None else self.live.live(scene, stack)
            # once-only bookkeeping stays a mask: in a long story nearly every scene's `used:` is
            # live at every earlier point, and a set of their names per plan would be quadratic
            used = mask & self.live.used_bits
            live = self.live.names(mask & ~self.live.used_bits)
            n = len(self.story.variables)
            pick = []  # per variable: its index in `vars + initial` (kept, or reset to its start value)
            clamps = []
            for i, v in enumerate(self.story.variables):
                if v.name in live:
                    pick.append(i)
                    c = self.caps.get(v.name)
                    if c:
                        clamps.append((i, c[0] == "up", c[1]))
                else:
                    pick.append(n + i)
            # the variables in one C call: vars itself when every one is kept
            if pick == list(range(n)):
                take = None
            elif n == 1:
                take = (lambda both, j=pick[0]: (both[j],))
            else:
                take = itemgetter(*pick)
            visits = {}
            for q in live:
                if q.startswith("visits:"):
                    c = self.caps.get(q)
                    visits[q[7:]] = c[1] if c else None
            turn = "drop"
            if "turn" in live:
                turn = self.caps["turn"][1] if "turn" in self.caps else "keep"
            since = tuple(sorted((q[6:], self.caps[q][1] if q in self.caps else None)
                                 for q in live if q.startswith("since:")))
            plan = self._plans[key] = (take, tuple(clamps), visits, turn, used, since, {})
        return plan

    def _used_bit(self, u: str) -> int:
        """The liveness bit of the scene of a once-only choice key `scene.choice` (0: none yet)."""
        b = self._used.get(u)
        if b is None:
            b = self.live.bit.get("used:" + u.rpartition(".")[0], 0)
            if b:  # a bit made later (liveness is worked out lazily) is only in later plans
                self._used[u] = b
        return b

    def key(self, s: State):
        """The canonical key standing for every state with the same future as `s`."""
        take, clamps, visit_caps, turn_op, used_scenes, since_ops, used_memo = self._plan(s.scene, s.ending, s.stack)
        vs = s.vars if take is None else take(s.vars + self.initial)
        if clamps:
            out = None
            for i, up, bound in clamps:
                v = vs[i]
                if (v > bound) if up else (v < bound):
                    if out is None:
                        out = list(vs)
                    out[i] = bound
            if out is not None:
                vs = tuple(out)
        vt = ()
        if visit_caps and s.visits:
            visits = []
            if len(s.visits) <= len(visit_caps):  # the smaller of the two, looked up in the other
                for name, n in s.visits.items():
                    if n and name in visit_caps:
                        cap = visit_caps[name]
                        visits.append((name, n if cap is None or n < cap else cap))
            else:
                get = s.visits.get
                for name, cap in visit_caps.items():
                    n = get(name)
                    if n:
                        visits.append((name, n if cap is None or n < cap else cap))
            if visits:
                visits.sort()
                vt = tuple(visits)
        turn = 0
        if turn_op == "keep":
            turn = s.turn
        elif turn_op != "drop":
            turn = s.turn if s.turn < turn_op else turn_op
        used = s.used
        if used:
            got = used_memo.get(used)
            if got is None:
                bit = self._used_bit
                got = frozenset(u for u in used if used_scenes & bit(u))
                if len(used_memo) >= 64:  # the once-only choices used on the ways here: a few, mostly
                    used_memo.clear()
                used_memo[used] = got
            used = got
        # turns_since(x) is turn minus the turn x was last entered: keep that difference (clamped
        # like a counter where sound), measured from the projected turn
        st = ()
        if since_ops and s.seen:
            seen = []
            for name, cap in since_ops:
                t = s.seen.get(name)
                if t is not None:
                    d = s.turn - t
                    seen.append((name, turn - (d if cap is None or d < cap else cap)))
            st = tuple(seen)  # since_ops is sorted by name
        # temporaries (of this scene and of each tunnel caller) are kept whole
        return (s.scene, s.ending, vs, vt, turn, used, s.stack, s.offer, st, s.temps, s.temp_stack)

    def project(self, s: State):
        """-> (key, State): the canonical state standing for every state with the same future."""
        key = self.key(s)
        return key, self.state_of(key)

    @staticmethod
    def state_of(key) -> State:
        scene, ending, vs, vt, turn, used, stack, offer, st, temps, temp_stack = key
        return State(scene, ending, vs, dict(vt), turn, used, {}, 0, 0, stack, (), offer, (), dict(st),
                     temps, temp_stack)

    def describe(self) -> list:
        """Human-readable notes on what the projection keeps (for `--verbose`-style output and docs)."""
        out = []
        for q in sorted(self.relevant):
            c = self.caps.get(q)
            if c:
                out.append(f"{q}: saturated {'at' if c[0] == 'up' else 'below'} {c[1]}")
            else:
                out.append(f"{q}: exact ({self.why.get(q, 'kept')})")
        return out


def _relevant(story) -> set:
    """Quantities that can influence which way the flow goes, or whether a step fails."""
    q = set()
    effects = list(walk.effects(story))
    for sc in story.scenes:
        for c in walk.conditions(sc):
            q |= walk.quantities(c, story)
    for e in effects:
        q |= walk.risky(e.value, story)
        if _runaway(e, story):
            q.add(e.target)
    # what sets a temporary is always relevant (temporaries are kept whole); so are a function's risks
    calls = list(walk.call_effects(story))
    for sc in story.scenes:
        for st, _ in walk.scene_statements(sc):
            if st.__class__ in (m.SetLocal, m.CallStmt):
                for e in walk.statement_exprs(st):
                    q |= walk.quantities(e, story) | walk.risky(e, story)
    for _, call in calls:
        q |= walk.risky(call, story)
    changed = True
    while changed:
        changed = False
        for e in effects:
            if e.target in q or walk.changes(e.value, story):
                add = walk.quantities(e.value, story) - q
                if add:
                    q |= add
                    changed = True
        for targets, call in calls:  # a call that assigns a relevant variable: what it reads is relevant
            if targets & q:
                add = walk.quantities(call, story) - q
                if add:
                    q |= add
                    changed = True
    return q


def _written_in_functions(story) -> frozenset:
    if not story.functions:
        return frozenset()
    f = walk.facts(story)
    return frozenset(v for w in f.writes.values() for v in w)


def _runaway(effect, story) -> bool:
    """Can this effect make its variable grow fast enough to overflow in a short playthrough?

    The runtime stops a story whose int passes 64 bits or whose string passes a million
    characters. Adding a constant below 2**31 takes more than four billion additions to get
    there; multiplying variables, joining strings read from variables or adding a constant
    of 2**31 or more can get there in a few dozen, so such variables are kept exact, never
    saturated or reset (the search then finds the error, or reports its bound).
    """
    d = story.var_map.get(effect.target)
    if d is None:
        return False
    if d.type == "int":
        for s in walk.subexprs(effect.value):
            k = walk.fold(s, story)
            if isinstance(k, int) and not isinstance(k, bool) and abs(k) >= BIG_STEP:
                return True
    for s in walk.subexprs(effect.value):
        if s.__class__ is m.Binary and s.op == "*" and walk.quantities(s, story):
            return True
    if d.type == "string" and walk.quantities(effect.value, story):
        return True
    return False


def _relevant_exprs(story, relevant):
    """Every expression the flow evaluates that a relevant quantity's reads can appear in."""
    for sc in story.scenes:
        yield from walk.conditions(sc)
    for e in walk.effects(story):
        if e.target in relevant or walk.risky(e.value, story) or walk.changes(e.value, story):
            yield e.value
    for sc in story.scenes:  # temporaries are kept whole: every read that sets one counts
        for st, _ in walk.scene_statements(sc):
            if st.__class__ in (m.SetLocal, m.CallStmt):
                yield from walk.statement_exprs(st)


def _compare_sites(e, q, story, consts):
    """Collect constants `q` is compared with in `e`; False if `q` is read any other way."""
    cls = e.__class__
    if cls is m.Binary:
        if e.op in walk.COMPARE:
            for mine, other in ((e.left, e.right), (e.right, e.left)):
                if walk.quantity(mine, story) == q:
                    c = walk.fold(other, story)
                    if isinstance(c, int) and not isinstance(c, bool):
                        consts.append(c)
                        return True
                    return False
        return _compare_sites(e.left, q, story, consts) and _compare_sites(e.right, q, story, consts)
    if cls is m.Unary:
        return _compare_sites(e.operand, q, story, consts)
    if cls is m.Random:
        return _compare_sites(e.low, q, story, consts) and _compare_sites(e.high, q, story, consts)
    if cls is m.Call:
        if e.name in story.fn_map and q in walk.facts(story).reads[e.name]:
            return False  # read inside a function: any way at all
        return all(_compare_sites(a, q, story, consts) for a in e.args)
    return walk.quantity(e, story) != q


def _saturation(story, q, effects, exprs):
    """("up", cap) / ("down", floor) if clamping `q` is sound, else the reason it is not."""
    if q.startswith(("visits:", "since:")) or q == "turn":
        direction = "up"  # visits and turn only ever grow by one; turns_since also drops back to 0
    else:
        d = story.var_map[q]
        if d.type != "int":
            return f"a {d.type}"
        if any(_runaway(e, story) for e in effects):
            return "can pass the 64-bit limit within a short playthrough"
        ups = downs = False
        for e in effects:
            k = walk.fold(e.value, story)
            if not isinstance(k, int) or isinstance(k, bool):
                return "set from a value that is not constant"
            if e.op == "=":
                continue
            k = k if e.op == "+=" else -k
            ups |= k > 0
            downs |= k < 0
        if ups and downs:
            return "both raised and lowered"
        direction = "down" if downs else "up"
    consts = []
    for e in exprs:
        if not _compare_sites(e, q, story, consts):
            return "read other than in a comparison with a constant"
    if not consts:
        return "never compared"
    if direction == "up":
        return ("up", max(consts) + 1)
    return ("down", min(consts) - 1)
