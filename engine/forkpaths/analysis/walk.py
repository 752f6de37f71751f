"""Walk a resolved story's model: statements, conditions, effects, expressions and scene edges."""

from __future__ import annotations

from .. import builtins
from .. import model as m
from ..runtime import binop

COMPARE = frozenset(("==", "!=", "<", "<=", ">", ">="))


def statements(block, where):
    """Every statement of a block and its nested `{if}` branches, as (stmt, where) pairs."""
    for st in block:
        yield st, where
        if st.__class__ is m.If:
            for br in st.branches:
                yield from statements(br.body, where)


def scene_statements(scene):
    """(stmt, choice or None) for the scene's body and every choice body."""
    yield from statements(scene.body, None)
    for ch in scene.choices:
        yield from statements(ch.body, ch)


def conditions(scene):
    """Every control condition of a scene: `{if}`/`{elif}` conditions and choice conditions."""
    for st, _ in scene_statements(scene):
        if st.__class__ is m.If:
            for br in st.branches:
                if br.cond is not None:
                    yield br.cond
    for ch in scene.choices:
        if ch.cond is not None:
            yield ch.cond


def text_conditions(parts):
    """Conditions of `{cond: a|b}` inline text, nested ones included."""
    for p in parts:
        if p.__class__ is m.InlineCond:
            yield p
            yield from text_conditions(p.then)
            yield from text_conditions(p.otherwise)
        elif p.__class__ is m.Alternatives:
            for b in p.branches:
                yield from text_conditions(b)


def effects(story):
    for sc in story.scenes:
        for st, _ in scene_statements(sc):
            if st.__class__ is m.Effect:
                yield st


def subexprs(e):
    yield e
    cls = e.__class__
    if cls is m.Unary:
        yield from subexprs(e.operand)
    elif cls is m.Binary:
        yield from subexprs(e.left)
        yield from subexprs(e.right)
    elif cls is m.Random:
        yield from subexprs(e.low)
        yield from subexprs(e.high)
    elif cls is m.Call:
        for a in e.args:
            yield from subexprs(a)


class _Facts:
    """What each declared function can read and change, calls included (a fixpoint over the call graph)."""

    def __init__(self, story):
        self.story = story
        reads, writes, calls = {}, {}, {}
        for fn in story.functions:
            r, w, c = set(), set(), set()
            for st, _ in statements(fn.body, None):
                for e in statement_exprs(st):
                    for x in subexprs(e):
                        q = quantity(x, story)
                        if q is not None:
                            r.add(q)
                        if x.__class__ is m.Call and x.name in story.fn_map:
                            c.add(x.name)
                if st.__class__ is m.Effect:
                    w.add(st.target)
            reads[fn.name], writes[fn.name], calls[fn.name] = r, w, c
        grew = True
        while grew:
            grew = False
            for name, cs in calls.items():
                for callee in cs:
                    if not reads[callee] <= reads[name] or not writes[callee] <= writes[name]:
                        reads[name] |= reads[callee]
                        writes[name] |= writes[callee]
                        grew = True
        self.reads = {k: frozenset(v) for k, v in reads.items()}
        self.writes = {k: frozenset(v) for k, v in writes.items()}
        self.statement_changes = {}  # id(statement) -> statement_changes(statement)


_FACTS: dict = {}


def facts(story) -> _Facts:
    return m.per_story(_FACTS, story, _Facts)


def statement_exprs(st):
    """The expressions a statement evaluates itself (not those of nested blocks)."""
    cls = st.__class__
    if cls is m.Effect or cls is m.SetLocal or cls is m.Temp or cls is m.Return:
        return (st.value,)
    if cls is m.CallStmt:
        return (st.call,)
    if cls is m.If:
        return tuple(br.cond for br in st.branches if br.cond is not None)
    return ()


def changes(e, story) -> frozenset:
    """The variables the function calls in `e` may assign (empty for most expressions)."""
    if not story.functions:
        return frozenset()
    out = set()
    f = None
    for x in subexprs(e):
        if x.__class__ is m.Call and x.name in story.fn_map:
            f = f or facts(story)
            out |= f.writes[x.name]
    return frozenset(out)


def statement_changes(story):
    """-> a function of a statement: the variables the function calls it makes itself may assign
    (not those of nested blocks), worked out once per statement; None for a story without functions."""
    if not story.functions:
        return None
    memo = facts(story).statement_changes

    def of(st) -> tuple:
        got = memo.get(id(st))
        if got is None:
            got = memo[id(st)] = tuple(name for e in statement_exprs(st) for name in sorted(changes(e, story)))
        return got
    return of


def call_effects(story):
    """(variables it may assign, call) for each call in the scenes of a function that assigns variables."""
    if not story.functions:
        return
    f = facts(story)
    for sc in story.scenes:
        for st, _ in scene_statements(sc):
            for e in statement_exprs(st):
                for x in subexprs(e):
                    if x.__class__ is m.Call and f.writes.get(x.name):
                        yield f.writes[x.name], x


def quantity(e, story):
    """The state quantity an expression node reads: a variable name, `visits:scene`, `turn`; or None."""
    cls = e.__class__
    if cls is m.Var:
        d = story.var_map.get(e.name)
        return None if d is None or d.const else e.name
    if cls is m.Visits:
        return "visits:" + e.scene
    if cls is m.Turn:
        return "turn"
    if cls is m.TurnsSince:
        return "since:" + e.scene
    return None


def quantities(e, story) -> set:
    """What an expression reads: variables, `visits:`/`since:` scenes, `turn`, and all a called function reads."""
    out = set()
    for s in subexprs(e):
        q = quantity(s, story)
        if q is not None:
            out.add(q)
        elif s.__class__ is m.Call and s.name in story.fn_map:
            out |= facts(story).reads[s.name]
    return out


def risky(e, story) -> set:
    """Quantities whose value can make evaluation fail: divisors and `random()` bounds."""
    out = set()
    for s in subexprs(e):
        if s.__class__ is m.Binary and s.op in ("/", "%"):
            out |= quantities(s.right, story)
        elif s.__class__ is m.Random:
            out |= quantities(s.low, story) | quantities(s.high, story)
        elif s.__class__ is m.Call and s.name in story.fn_map:  # a function may divide or draw with anything
            out |= quantities(s, story)
    return out


def has_random(e) -> bool:
    return any(s.__class__ is m.Random for s in subexprs(e))


def fold(e, story):
    """The value of an expression made only of literals and constants, else None."""
    cls = e.__class__
    if cls is m.Literal:
        return e.value
    if cls is m.Var:
        d = story.var_map.get(e.name)
        return d.initial if d is not None and d.const else None
    if cls is m.Unary:
        v = fold(e.operand, story)
        if v is None:
            return None
        if e.op == "not":
            return not v
        return -v if e.op == "-" else v
    if cls is m.Binary:
        a = fold(e.left, story)
        if a is None:
            return None
        b = fold(e.right, story)
        if b is None:
            return None
        try:
            return binop(e.op, a, b)
        except (ZeroDivisionError, TypeError):
            return None
    if cls is m.Call and e.name in builtins.ARITY:
        args = [fold(a, story) for a in e.args]
        if len(args) != builtins.ARITY[e.name] or any(not isinstance(a, int) or isinstance(a, bool) for a in args):
            return None
        try:
            return builtins.apply(e.name, args)
        except builtins.Overflow:
            return None
    return None


def edges(story):
    """scene -> list of (target, kind) with kind divert | choice | tunnel; plus returns."""
    out = {}
    for sc in story.scenes:
        lst = out[sc.name] = []
        for st, ch in scene_statements(sc):
            if st.__class__ is m.Divert:
                lst.append((st.target, "choice" if ch is not None else "divert"))
            elif st.__class__ is m.TunnelCall:
                lst.append((st.target, "tunnel"))
            elif st.__class__ is m.TunnelReturn and st.target is not None:  # `->-> target`
                lst.append((st.target, "choice" if ch is not None else "divert"))
    return out


def returning_scenes(story) -> set:
    return {sc.name for sc in story.scenes
            if any(st.__class__ is m.TunnelReturn for st, _ in scene_statements(sc))}


def flow_graph(story) -> dict:
    """scene -> set of scenes the flow can move to next, tunnel returns included (to every caller)."""
    e = edges(story)
    callers = {s for s, lst in e.items() if any(k == "tunnel" for _, k in lst)}
    rets = returning_scenes(story)
    g = {s: {t for t, _ in lst if t in story.scene_map} for s, lst in e.items()}
    for s in rets:
        g[s] |= callers
    return g


def postorder(graph, roots) -> list:
    """The scenes reachable from `roots` (in that order), each after every scene it leads to
    that was not already on the way (iterative depth-first search, successors sorted)."""
    out, seen = [], set()
    for root in roots:
        if root in seen:
            continue
        seen.add(root)
        work = [(root, iter(sorted(graph.get(root, ()))))]
        while work:
            v, it = work[-1]
            for w in it:
                if w not in seen:
                    seen.add(w)
                    work.append((w, iter(sorted(graph.get(w, ())))))
                    break
            else:
                work.pop()
                out.append(v)
    return out


def reach(graph, start) -> set:
    seen = {start}
    todo = [start]
    while todo:
        for t in graph.get(todo.pop(), ()):
            if t not in seen:
                seen.add(t)
                todo.append(t)
    return seen


def components(graph) -> dict:
    """Scene -> number of its strongly connected component (Tarjan's algorithm, iterative)."""
    index, low, on, stack, out = {}, {}, set(), [], {}
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(graph.get(root, ())))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            advanced = False
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(graph.get(w, ()))))
                    advanced = True
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                for w in comp:
                    out[w] = v
    return out


def on_cycle(graph) -> set:
    """The scenes some path of `graph` leads back to (a component of two or more, or a self-edge)."""
    comp = components(graph)
    size = {}
    for c in comp.values():
        size[c] = size.get(c, 0) + 1
    return {v for v, c in comp.items() if size[c] > 1 or v in graph.get(v, ())}
