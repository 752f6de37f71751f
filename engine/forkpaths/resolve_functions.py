"""Resolve rules for functions and temporaries: signatures, parameter types by use, local scopes, slots."""

from __future__ import annotations

import attrs

from . import model as m
from . import sets

BOOL, INT, STRING = "bool", "int", "string"
_NOT_IN_FUNCTIONS = {m.Prose: "show text", m.Glue: "show text", m.Divert: "divert", m.TunnelCall: "call a tunnel",
                     m.TunnelReturn: "return from a tunnel", m.EndStory: "end the story"}


class Signature:
    """What calls of one declared function need: its parameters' and result's types, what it changes."""

    def __init__(self, fn: m.Function):
        self.fn = fn
        self.types = [None] * len(fn.params)  # by use; None while unknown
        self.returns = None
        self.writes = set()  # globals its own body assigns
        self.calls = set()  # functions its body calls
        self.changes = False  # it (or a function it calls) assigns a global: set once all are known
        self.void = not _has_return(fn.body)  # no `~ return` at all: called on its own line only


class Scope:
    """The local names of one function or scene: slots, types and which are surely set here."""

    def __init__(self, kind: str, name: str, sig: Signature | None = None):
        self.kind = kind  # "function" | "scene"
        self.name = name
        self.sig = sig
        self.slots = {}  # name -> slot
        self.types = []  # slot -> type (None while unknown)
        self.declared = set()  # names surely set at the current point of the check
        self.part_of = None  # a scene scope of a weave part: the scene it belongs to
        if sig is not None:
            for i, p in enumerate(sig.fn.params):
                self.slots[p] = i
                self.types.append(sig.types[i])
                self.declared.add(p)

    def type_of(self, name):
        return self.types[self.slots[name]]

    def settle_type(self, name, t):
        """A use says `name` holds a `t`: fix its type if it was unknown (parameters typed by use)."""
        i = self.slots[name]
        if self.types[i] is None and t is not None:
            self.types[i] = t
            if self.sig is not None and i < len(self.sig.types):
                self.sig.types[i] = t

    def locals(self) -> tuple:
        names = sorted(self.slots, key=self.slots.get)
        return tuple((n, self.types[self.slots[n]] or INT) for n in names)


def _rewrite(node, scope: Scope):
    """The same statements and expressions with locals as Local/SetLocal slots (a resolved body)."""
    cls = node.__class__
    if cls is tuple:
        return tuple(_rewrite(x, scope) for x in node)
    if cls is m.Var and node.name in scope.slots:
        return m.Local(node.name, scope.slots[node.name], scope.type_of(node.name) or INT, node.span)
    if cls is m.Effect and node.target in scope.slots:
        return m.SetLocal(node.target, scope.slots[node.target], node.op, _rewrite(node.value, scope), node.span)
    if cls is m.Temp and node.name in scope.slots:  # (one refused, FP245, stays: the story has errors)
        return m.SetLocal(node.name, scope.slots[node.name], "=", _rewrite(node.value, scope), node.span)
    if cls is str or not attrs.has(cls):
        return node
    changes = {}
    for f in attrs.fields(cls):
        if f.name in ("span", "spans"):
            continue
        v = getattr(node, f.name)
        if v.__class__ is tuple or attrs.has(v.__class__):
            nv = _rewrite(v, scope)
            if nv.__class__ is not v.__class__ or nv != v:
                changes[f.name] = nv
    return attrs.evolve(node, **changes) if changes else node


class FunctionChecks:
    """Mixed into the resolver: functions are checked before scenes, scenes get their temporaries' slots."""

    # ------------------------------------------------------------ declarations
    def declare_functions(self, reserved):
        self.sigs = {}
        for f in self.files:
            for fn in f.functions:
                if fn.name in reserved:
                    self.err("FP211", fn.span, name=fn.name, what="a function")
                    continue
                if fn.name in self.sigs:
                    self.err("FP247", fn.span, name=fn.name, other=str(self.sigs[fn.name].fn.span))
                    continue
                seen = set()
                for p in fn.params:
                    if p in reserved:
                        self.err("FP211", fn.span, name=p, what="a parameter")
                    elif p in seen:
                        self.err("FP245", fn.span, name=p, detail="it names two parameters of this function")
                    seen.add(p)
                self.sigs[fn.name] = Signature(fn)

    def check_functions(self):
        """Types by use, settled over quiet passes; then one pass that reports. Scenes come after."""
        if not self.sigs:
            return
        kept = self.diags
        for _ in range(3):
            self.diags = []
            before = [(tuple(s.types), s.returns) for s in self.sigs.values()]
            for sig in self.sigs.values():
                self.function(sig)
            if before == [(tuple(s.types), s.returns) for s in self.sigs.values()]:
                break
        self.diags = kept
        changing = {n for n, s in self.sigs.items() if s.writes}
        grew = True
        while grew:  # a function that calls one that changes variables changes them too
            grew = False
            for n, s in self.sigs.items():
                if n not in changing and s.calls & changing:
                    changing.add(n)
                    grew = True
        for n in changing:
            self.sigs[n].changes = True
        self.scopes = {}
        for sig in self.sigs.values():
            self.scopes[sig.fn.name] = self.function(sig)

    def function(self, sig: Signature) -> Scope:
        fn = sig.fn
        scope = Scope("function", fn.name, sig)
        outer, self.scope = self.scope, scope
        try:
            for p in fn.params:
                if p in self.vars or p in self.enum_of:
                    self.err("FP245", fn.span, name=p, detail="a variable or constant of the story has that name")
            returns = []
            leaves = self.block(None, fn.body, returns)
            if not leaves and not sig.void:
                self.err("FP242", fn.span, name=fn.name)
        finally:
            self.scope = outer
        return scope

    def resolved_functions(self) -> tuple:
        out = []
        for name, sig in self.sigs.items():
            scope = self.scopes[name]
            for i, p in enumerate(sig.fn.params):
                if scope.types[i] is None:
                    self.err("FP249", sig.fn.span, name=p, fn=name)
            fn = sig.fn
            out.append(m.Function(fn.name, fn.params, _rewrite(fn.body, scope), fn.external, fn.span,
                                  scope.locals(), sig.returns))
        return tuple(out)

    # ------------------------------------------------------------ inside a body
    def local_ref(self, e):
        """The type of a parameter or temporary read by `e` (a Var), or False if it is no local."""
        scope = self.scope
        if scope is None or e.name not in scope.slots:
            return False
        if e.name not in scope.declared:
            self.err("FP246", e.span, name=e.name)
        return scope.type_of(e.name)

    def settle(self, e, t):
        """A use needs `e` to be a `t`: a parameter or temporary of unknown type becomes one."""
        if e.__class__ is m.Var and self.scope is not None and e.name in self.scope.slots and t is not None:
            self.scope.settle_type(e.name, t)

    def temp(self, st):
        scope = self.scope
        t = self.expr(st.value)
        if st.name in self.vars or st.name in self.unknown or st.name in self.enum_of:
            self.err("FP245", st.span, name=st.name, detail="a variable or constant of the story has that name")
            return
        if st.name in scope.slots:
            have = scope.type_of(st.name)
            if have is not None and t is not None and have != t:
                self.err("FP206", st.value.span, name=st.name, expected=_article(have), actual=_article(t))
            elif have is None:
                scope.settle_type(st.name, t)
        else:
            scope.slots[st.name] = len(scope.types)
            scope.types.append(t)
        scope.declared.add(st.name)

    def local_effect(self, st) -> bool:
        """`~ x = ...` to a parameter or temporary: checked here (True), else it is a global's (False)."""
        scope = self.scope
        if scope is None or st.target not in scope.slots:
            return False
        t = self.expr(st.value)
        if st.op != "=" and st.target not in scope.declared:
            self.err("FP246", st.span, name=st.target)
        have = scope.type_of(st.target)
        if have is None:
            if st.op == "-=":
                scope.settle_type(st.target, INT)
            scope.settle_type(st.target, t)
            have = scope.type_of(st.target)
        if t is not None and have is not None:
            if st.op == "=" and t != have:
                self.err("FP206", st.value.span, name=st.target, expected=_article(have), actual=_article(t))
            elif st.op != "=" and sets.enum_of_type(have) and t in (have, sets.enum_of_type(have)):
                pass  # add to a set, or take away
            elif st.op == "+=" and not (have == t and have in (INT, STRING)):
                self.err("FP205", st.span, detail=f"`+=` needs an int or string and a value of the same type; "
                                                  f"`{st.target}` is {_article(have)}, the value {_article(t)}")
            elif st.op == "-=" and not (have == INT and t == INT):
                self.err("FP205", st.span, detail=f"`-=` needs ints; `{st.target}` is {_article(have)}, "
                                                  f"the value {_article(t)}")
        scope.declared.add(st.target)
        return True

    def returned(self, st):
        scope = self.scope
        if scope is None or scope.kind != "function":
            self.expr(st.value)
            self.err("FP243", st.span)
            return
        sig = scope.sig
        t = self.expr(st.value)
        if sig.returns is None:
            sig.returns = t
        elif t is not None and t != sig.returns:
            self.err("FP205", st.value.span, detail=f"`{sig.fn.name}` returns {_article(sig.returns)} elsewhere, "
                                                    f"{_article(t)} here")
        elif t is None:
            self.settle(st.value, sig.returns)

    def not_in_function(self, st) -> bool:
        """Statements a function may not hold (FP244); True if `st` is one, reported."""
        what = _NOT_IN_FUNCTIONS.get(st.__class__)
        if what is None or self.scope is None or self.scope.kind != "function":
            return False
        self.err("FP244", st.span, what=what)
        return True

    def user_call(self, e, types):
        sig = self.sigs.get(e.name)
        if sig is None:
            return False
        scope = self.scope
        if scope is not None and scope.sig is not None:
            scope.sig.calls.add(e.name)
        if len(e.args) != len(sig.fn.params):
            self.err("FP241", e.span, name=e.name, want=_count(len(sig.fn.params), "argument"), got=len(e.args))
            return sig.returns
        if self.pure and sig.changes:
            self.err("FP248", e.span, name=e.name)
        if sig.void and e is not self.stmt_call:
            self.err("FP250", e.span, name=e.name)
        for i, (a, t) in enumerate(zip(e.args, types)):
            want = sig.types[i]
            if want is None:
                if t is not None:
                    sig.types[i] = t
                    if self.scopes.get(e.name) is not None:
                        self.scopes[e.name].types[i] = t
            elif t is None:
                self.settle(a, want)
            elif t != want:
                self.err("FP205", a.span, detail=f"argument {i + 1} of `{e.name}` (`{sig.fn.params[i]}`) is "
                                                 f"{_article(want)}, not {_article(t)}")
        return sig.returns

    # ------------------------------------------------------------ scenes
    def scene_scope(self, sc):
        scope = Scope("scene", sc.name)
        scope.part_of = sc.part_of
        return scope

    def owner_temp(self, name) -> bool:
        """Is `name` a temporary of the scene whose weave part is being checked? (Parts start afresh.)"""
        scope = self.scope
        owner = None if scope is None or scope.kind != "scene" else self.scenes.get(scope.part_of or "")
        if owner is None:
            return False
        todo = list(owner.body) + [st for ch in owner.choices for st in ch.body]
        while todo:
            st = todo.pop()
            if st.__class__ is m.Temp and st.name == name:
                return True
            if st.__class__ is m.If:
                todo.extend(x for br in st.branches for x in br.body)
        return False

    def resolved_scene(self, sc, scope: Scope):
        if not scope.slots:
            return sc
        body = _rewrite(sc.body, scope)
        choices = tuple(attrs.evolve(ch, cond=None if ch.cond is None else _rewrite(ch.cond, scope),
                                     body=_rewrite(ch.body, scope)) for ch in sc.choices)
        return attrs.evolve(sc, body=body, choices=choices, locals=scope.locals())


def _has_return(stmts) -> bool:
    for st in stmts:
        if st.__class__ is m.Return:
            return True
        if st.__class__ is m.If and any(_has_return(br.body) for br in st.branches):
            return True
    return False


def _article(t: str) -> str:
    return {"bool": "a bool", "int": "an int", "string": "a string"}.get(t) or \
        (f"an {t}" if t[:1] in "aeiou" else f"a {t}")


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")
