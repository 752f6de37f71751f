"""Run the story's functions: a call runs to its `~ return` inside the expression that calls it."""

from __future__ import annotations

from . import model as m
from . import sets

MAX_CALL_DEPTH = 64  # calls inside calls (recursion included) before the story stops with an error
ZERO = {"bool": False, "int": 0, "string": ""}  # what a temporary holds before its `~ temp` line runs
_NONE = object()  # a block that ran to its end without `~ return`


def zero(t: str, story: m.Story):
    """What a temporary of type `t` holds before it is set: 0, false, "", an enumeration's first value."""
    z = ZERO.get(t)
    if z is not None:
        return z
    of = sets.enum_of_type(t)
    return sets.make(story.enum_map[of].members, ()) if of else story.enum_map[t].members[0]


def zeros(locals_: tuple, story: m.Story) -> list:
    """The starting values of a scope's slots (each its type's zero)."""
    return [zero(t, story) for _, t in locals_]


def bind(story: m.Story, **hosts) -> m.Story:
    """The same story with some `external` functions replaced by the host's own (Python callables).

    Each name must be an `external` function of the story (its body is the fallback that plays
    without the host); ValueError otherwise. The result plays exactly like `story` except for those
    calls; saves of one load into the other.
    """
    import attrs

    for name, f in hosts.items():
        fn = story.fn_map.get(name)
        if fn is None or not fn.external:
            externals = sorted(x.name for x in story.functions if x.external)
            known = f" (its external functions: {', '.join(externals)})" if externals else " (it has none)"
            what = "a function of the story" if fn is None else "declared `external`"
            raise ValueError(f"`{name}` is not {what}{known}")
        if not callable(f):
            raise TypeError(f"`{name}` must be bound to a function, not {type(f).__name__}")
    bound = dict(story.hosts)
    bound.update(hosts)
    return attrs.evolve(story, hosts=tuple(sorted(bound.items())))


_PY_TYPES = {"bool": bool, "int": int, "string": str}
_ARTICLE = {"bool": "a bool", "int": "an int", "string": "a string"}


def host_call(fn: m.Function, f, limited, error, members=()):
    """A call of a function the host provides: its value checked like a story value."""
    name, want = fn.name, fn.returns
    fn_members = members  # an enumeration's values, when it returns one

    def call(c, args, span):
        try:
            v = f(*args)
        except Exception as e:  # the host's fault, reported where the story called it
            raise error(f"host function `{name}` failed: {type(e).__name__}: {e}", span) from e
        if want is None:
            return None
        if type(v) is not _PY_TYPES.get(want, str) or (want not in _PY_TYPES and v not in fn_members):
            raise error(f"host function `{name}` returned {type(v).__name__} {v!r:.40}, not {_ARTICLE.get(want, 'a ' + str(want))}", span)
        return limited(v, span)
    return call


class Compiler:
    """Compiles a resolved function's body into closures over the running transition (`c`)."""

    def __init__(self, program, limited, error):
        self.p = program
        self.limited = limited  # (value, span) -> value, or raises: the runtime's 64-bit and string limits
        self.error = error  # StoryRuntimeError

    def function(self, fn: m.Function):
        body = self.block(fn.body)
        start = zeros(fn.locals, self.p.story)
        n_params = len(fn.params)
        error, name = self.error, fn.name

        def call(c, args, span):
            if c.depth >= MAX_CALL_DEPTH:
                raise error(f"function calls nested more than {MAX_CALL_DEPTH} deep (in `{name}`)", span)
            saved = c.temps
            frame = list(args)
            frame.extend(start[n_params:])
            c.temps = frame
            c.depth += 1
            try:
                r = body(c)
            finally:
                c.temps = saved
                c.depth -= 1
            # no value: a function without `~ return`, called on its own line (the resolver sees to it)
            return None if r is _NONE else r
        return call

    def block(self, stmts):
        ops = tuple(self.stmt(st) for st in stmts)

        def run(c):
            for op in ops:
                r = op(c)
                if r is not _NONE:
                    return r
            return _NONE
        return run

    def stmt(self, st):
        cls = st.__class__
        expr = self.p.expr
        if cls is m.Return:
            f = expr(st.value)
            return f
        if cls is m.Effect:
            op = (self.p.effect_code(st.op), self.p.index[st.target], None, st.span)

            def effect(c, f=expr(st.value)):
                c.assign(op, f(c))
                return _NONE
            return effect
        if cls is m.SetLocal:
            return self.set_local(st)
        if cls is m.CallStmt:
            f = expr(st.call)

            def call(c):
                f(c)
                return _NONE
            return call
        if cls is m.If:
            branches = tuple((None if br.cond is None else expr(br.cond), self.block(br.body)) for br in st.branches)

            def if_(c):
                for cond, body in branches:
                    if cond is None or cond(c):
                        return body(c)
                return _NONE
            return if_
        if cls is m.Break:
            return lambda c: _NONE
        raise TypeError(f"not a function statement: {st!r}")  # the resolver reports the rest (FP244)

    def set_local(self, st):
        """`~ temp x = v`, `~ x = v`, `~ x += v`, `~ x -= v` on a local slot (scenes use it too)."""
        f, slot, span, limited = self.p.expr(st.value), st.slot, st.span, self.limited
        if st.op == "=":
            def set_(c):
                c.temps[slot] = limited(f(c), span)
                return _NONE
            return set_
        if st.op == "+=":
            def add(c):
                c.temps[slot] = limited(c.temps[slot] + f(c), span)
                return _NONE
            return add

        def sub(c):
            c.temps[slot] = limited(c.temps[slot] - f(c), span)
            return _NONE
        return sub
