"""Resolve: join parsed files into one Story; link names, check types and flow -> diagnostics."""

from __future__ import annotations

import difflib
import os

from . import builtins
from . import model as m
from . import sets
from .diagnostics import Diagnostic
from . import weave
from .parser import HEADER_BROKEN, RESERVED
from .resolve_functions import FunctionChecks

BOOL, INT, STRING = "bool", "int", "string"


def _type_of(value) -> str:
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, int):
        return INT
    return STRING


def _article(t: str) -> str:
    """`an int`; an enumeration's value is `a mood`, `an emotion`; `a set of mood`."""
    return {"bool": "a bool", "int": "an int", "string": "a string"}.get(t) or \
        (f"an {t}" if t[:1] in "aeiou" else f"a {t}")


def _suggest(name: str, names) -> str:
    close = difflib.get_close_matches(name, list(names), n=1, cutoff=0.75)
    return f"; did you mean `{close[0]}`?" if close else ""


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


class _Reported(Exception):
    """A declaration's value had a type or division error, already reported."""


class _OutOfRange(Exception):
    """A constant expression passes one of the runtime's limits (item: constants obey them too)."""


def _fold_set(expr, consts, enums):
    """`set(heat)` or `set(cold, hot)` of constant values -> the set; None if not constant."""
    from . import sets

    args = expr.args
    if len(args) == 1 and isinstance(args[0], m.Var) and args[0].name in enums:
        return sets.make(enums[args[0].name].members, ())
    names = [_fold(a, consts, enums) for a in args]
    for e in enums.values():
        if names and all(isinstance(n, str) and n in e.members for n in names):
            return sets.make(e.members, names)
    return None


def _fold(expr, consts, enums=None):
    """Evaluate a constant expression (declarations); None if it is not constant.

    Every intermediate value is held to the runtime's limits (64-bit integers,
    MAX_STRING characters), raising _OutOfRange, so folding costs at most a few
    bounded operations per node and can never grow a value without bound.
    """
    from .runtime import MAX_INT, MAX_STRING, binop

    if isinstance(expr, m.Literal):
        v = expr.value
    elif isinstance(expr, m.Var):
        return consts.get(expr.name)
    elif isinstance(expr, m.Unary):
        v = _fold(expr.operand, consts)
        if v is None:
            return None
        if expr.op == "not":
            return (not v) if isinstance(v, bool) else None
        if isinstance(v, bool) or not isinstance(v, int):
            return None
        v = -v if expr.op == "-" else v
    elif isinstance(expr, m.Binary):
        a, b = _fold(expr.left, consts), _fold(expr.right, consts)
        if a is None or b is None:
            return None
        ta, tb = _type_of(a), _type_of(b)
        op = expr.op
        if op in ("and", "or"):
            ok = ta == tb == BOOL
        elif op in ("==", "!="):
            ok = ta == tb
        elif op == "+":
            ok = ta == tb and ta in (INT, STRING)
        else:
            ok = ta == tb == INT  # arithmetic and ordering take ints (never `"a" * 10**12`)
        if not ok:
            return None
        if op in ("/", "%") and b == 0:
            raise _OutOfRange("it divides by zero")
        v = binop(op, a, b)
    elif isinstance(expr, m.Call) and expr.name == "set" and enums is not None:
        return _fold_set(expr, consts, enums)
    elif isinstance(expr, m.Call) and expr.name in builtins.ARITY and len(expr.args) == builtins.ARITY[expr.name]:
        args = [_fold(x, consts) for x in expr.args]
        if any(a is None or _type_of(a) != INT for a in args):
            return None
        try:
            v = builtins.apply(expr.name, args)
        except builtins.Overflow:
            raise _OutOfRange("its value no longer fits in a 64-bit integer, the runtime's limit") from None
    else:
        return None
    if v.__class__ is int and not -MAX_INT - 1 <= v <= MAX_INT:
        raise _OutOfRange("its value no longer fits in a 64-bit integer, the runtime's limit")
    if v.__class__ is str and len(v) > MAX_STRING:
        raise _OutOfRange(f"its value is a string of more than {MAX_STRING:,} characters, the runtime's limit")
    return v


def _var_refs(expr):
    todo, out = [expr], []
    while todo:
        e = todo.pop()
        if isinstance(e, m.Var):
            out.append(e)
        elif isinstance(e, m.Unary):
            todo.append(e.operand)
        elif isinstance(e, (m.Binary,)):
            todo.extend((e.left, e.right))
        elif isinstance(e, m.Random):
            todo.extend((e.low, e.high))
        elif isinstance(e, m.Call):
            todo.extend(e.args)
    return out


class _Resolver(FunctionChecks):
    def __init__(self, files, root):
        self.files = files
        self.root = root
        self.diags = []
        self.vars = {}  # name -> VarDecl
        self.scenes = {}  # name -> Scene
        self.read = set()
        self.written = set()
        self.endings = {}  # name -> [spans]
        self.tunnel_targets = set()
        self.edges = {}  # scene -> set of scenes (diverts, choices, tunnels)
        self.broken = {n for f in files for n in f.broken}  # unparsed scenes: no cascades
        self.unknown = set()  # variables whose declaration was reported as wrong
        self.decl_scope = None  # name -> type of the constants a declaration may read, while checking one
        self.scope = None  # the function or scene whose locals are in reach (resolve_functions.Scope)
        self.pure = False  # checking a condition or text: no call of a function that changes variables
        self.sigs = {}  # function name -> Signature
        self.enums = {}  # enumeration name -> EnumDecl
        self.enum_of = {}  # enumeration value -> its enumeration's name
        self.stmt_call = None  # the call of a `~ name(...)` line being checked
        self.scopes = {}  # function name -> its Scope, once checked

    def err(self, code, span, **kw):
        self.diags.append(Diagnostic.make(code, span, **kw))

    # ------------------------------------------------------------ declarations
    def declare(self):
        main = self.files[0]
        for i, f in enumerate(self.files):
            if i > 0:
                for what, span in (("title:", f.title_span), ("author:", f.author_span), ("start:", f.start_span),
                                   ("paragraphs:", f.paragraphs_span)):
                    if span is not None:
                        self.err("FP213", span, detail=f"`{what}` may only appear in the main file, not in an included file")
        for f in self.files:
            self.diags.extend(f.header_errors)
        if main.paragraphs is not None and main.paragraphs not in m.PARAGRAPH_RULES:
            self.err("FP130", main.paragraphs_span, value=main.paragraphs)
        consts = self.declare_enums()  # each value of an enumeration is a constant of its type
        pending, declared = [], {}
        for f in self.files:
            for name, expr, span, const in f.variables:
                if name in RESERVED:
                    self.err("FP211", span, name=name, what="a variable")
                    self.unknown.add(name)
                    continue
                if name in self.vars or name in declared:
                    other = self.vars[name].span if name in self.vars else declared[name]
                    self.err("FP204", span, name=name, other=str(other))
                    continue
                if name in self.enum_of:
                    self.err("FP251", span, name=name, detail=f"it is a value of the enumeration `{self.enum_of[name]}`")
                    self.unknown.add(name)
                    continue
                declared[name] = span
                pending.append((name, expr, span, const))
        # constants may be declared in any file, in any order: fold each once, after what it reads
        self.fold_all(pending, consts)
        for name, expr, span, const in pending:
            if self.unknown & {v.name for v in _var_refs(expr)}:
                self.unknown.add(name)  # it reads a declaration already reported: no cascade
                continue
            reads = sorted({v.name for v in _var_refs(expr)} - set(consts))
            why = (f"it reads {', '.join(f'`{r}`' for r in reads)}, which {'is' if len(reads) == 1 else 'are'} not "
                   f"a constant" if reads else "its value cannot be computed before the story runs")
            self.err("FP214", expr.span, detail=f"`{name}` must start from a value known before the story runs: {why}")
            self.unknown.add(name)
            for r in reads:
                self.read.add(r)
        for f in self.files:
            for sc in f.scenes:
                if sc.name in RESERVED:
                    self.err("FP211", sc.span, name=sc.name, what="a scene")
                if sc.name in self.scenes:
                    if sc.part_of is None:  # a part of a scene defined twice is not reported again
                        self.err("FP203", sc.span, name=sc.name, other=str(self.scenes[sc.name].span))
                    continue
                self.scenes[sc.name] = sc
        # inside its own scene a label is written alone (`-> drink`): spell it out (`cafe.drink`)
        labels = weave.labels_of(self.scenes.values())
        for name, sc in self.scenes.items():
            names = labels.get(sc.part_of or name)
            if names:
                self.scenes[name] = weave.localize(sc, names)
        return main

    def declare_enums(self) -> dict:
        """Enumerations: unique names, values unique across the story -> the values as constants."""
        consts = {}
        for f in self.files:
            for e in f.enums:
                if e.name in RESERVED or e.name in ("bool", "int", "string"):
                    self.err("FP211", e.span, name=e.name, what="an enumeration")
                    continue
                if e.name in self.enums:
                    self.err("FP251", e.span, name=e.name, detail=f"an enumeration of that name is declared at "
                                                                   f"{self.enums[e.name].span}")
                    continue
                self.enums[e.name] = e
                for v, sp in zip(e.members, e.member_spans or (e.span,) * len(e.members)):
                    if v in RESERVED:
                        self.err("FP211", sp, name=v, what="a value of an enumeration")
                    elif v in self.enum_of:
                        self.err("FP251", sp, name=v, detail=f"it is already a value of `{self.enum_of[v]}`")
                    else:
                        self.enum_of[v] = e.name
                        consts[v] = v
        return consts

    def fold_all(self, pending, consts):
        """Fold declarations in dependency order (Kahn's algorithm): each is folded once.

        Folded ones leave `pending`; those out of the runtime's range are reported (FP150).
        """
        const_names = {p[0] for p in pending if p[3]}
        refs = [{v.name for v in _var_refs(p[1])} for p in pending]
        waits = [len(r & const_names) for r in refs]
        readers = {}
        for i, r in enumerate(refs):
            for n in r & const_names:
                readers.setdefault(n, []).append(i)
        ready = [i for i, w in enumerate(waits) if w == 0]
        done = set()
        while ready:
            ready.sort(reverse=True)  # declaration order among the ready ones
            i = ready.pop()
            name, expr, span, const = pending[i]
            self.read.update(refs[i])  # a constant read by a declaration is read
            # type-checked like every other expression (FP205, FP215), before it is folded
            before = len(self.diags)
            self.decl_scope = {k: self.enum_of.get(k) or _type_of(v) for k, v in consts.items()}
            try:
                checked = self.expr(expr)
            finally:
                self.decl_scope = None
            try:
                if len(self.diags) > before:
                    raise _Reported()
                value = _fold(expr, consts, self.enums)
            except _Reported:
                self.unknown.add(name)
                value = None
                done.add(i)
            except _OutOfRange as e:
                self.err("FP150", expr.span, name=name, detail=str(e))
                self.unknown.add(name)
                value = None
                done.add(i)
            if value is not None:
                t = checked if checked in self.enums or sets.enum_of_type(checked) else _type_of(value)
                self.vars[name] = m.VarDecl(name, t, value, const, expr, span)
                if const:
                    consts[name] = value
                done.add(i)
            if const:
                for j in readers.get(name, ()):
                    waits[j] -= 1
                    if waits[j] == 0:
                        ready.append(j)
        pending[:] = [p for i, p in enumerate(pending) if i not in done]

    # ------------------------------------------------------------ expressions
    def expr(self, e):
        """Type-check an expression; returns its type or None when unknown (already reported)."""
        if isinstance(e, m.Literal):
            return _type_of(e.value)
        if isinstance(e, m.Var):
            if self.decl_scope is not None:  # a declaration: only constants are known (else FP214)
                return self.decl_scope.get(e.name)
            t = self.local_ref(e)
            if t is not False:
                return t
            d = self.vars.get(e.name)
            if d is None and e.name in self.enum_of:
                return self.enum_of[e.name]
            if d is None:
                self.undefined(e.name, e.span)
                return None
            self.read.add(e.name)
            return d.type
        if isinstance(e, m.Turn):
            return INT
        if isinstance(e, m.Visits):
            if self.decl_scope is None and e.scene not in self.scenes and e.scene not in self.broken:
                self.missing(e.scene, e.span)
            return INT
        if isinstance(e, m.TurnsSince):
            if self.decl_scope is None and e.scene not in self.scenes and e.scene not in self.broken:
                self.missing(e.scene, e.span)
            return INT
        if isinstance(e, m.Call):
            return self.call(e)
        if isinstance(e, m.Random):
            for part in (e.low, e.high):
                t = self.expr(part)
                self.settle(part, INT)
                if t not in (INT, None):
                    self.err("FP205", part.span, detail=f"random() takes ints, not {_article(t)}")
            return INT
        if isinstance(e, m.Unary):
            t = self.expr(e.operand)
            want = BOOL if e.op == "not" else INT
            if t is None:
                self.settle(e.operand, want)
            if t not in (want, None):
                self.err("FP205", e.span, detail=f"`{e.op}` takes {_article(want)}, not {_article(t)}")
                return None
            return want
        if isinstance(e, m.Binary):
            a, b = self.expr(e.left), self.expr(e.right)
            op = e.op
            if a is None or b is None:  # a parameter or temporary of unknown type: typed by this use
                want = (BOOL if op in ("and", "or") else INT if op in ("-", "*", "/", "%", "<", "<=", ">", ">=")
                        else b if a is None else a)
                for side, t in ((e.left, a), (e.right, b)):
                    if t is None:
                        self.settle(side, want)
            if op in ("/", "%") and isinstance(e.right, m.Literal) and e.right.value == 0:
                self.err("FP215", e.span)
            if a is None or b is None:
                return BOOL if op in ("and", "or", "==", "!=", "<", "<=", ">", ">=") else None
            if op in ("and", "or"):
                if a != BOOL or b != BOOL:
                    self.err("FP205", e.span, detail=f"`{op}` joins bools, not {_article(a)} and {_article(b)}")
                return BOOL
            if op in ("==", "!="):
                if a != b:
                    self.err("FP205", e.span, detail=f"cannot compare {_article(a)} with {_article(b)}")
                return BOOL
            if op in ("<", "<=", ">", ">="):
                if a != INT or b != INT:
                    self.err("FP205", e.span, detail=f"`{op}` compares ints, not {_article(a)} and {_article(b)}")
                return BOOL
            if op == "+" and a == STRING and b == STRING:
                return STRING
            enum = sets.enum_of_type(a)
            if op in ("+", "-") and enum is not None and b in (a, enum):
                return a  # a set with a value (or a set) added or taken away
            if a != INT or b != INT:
                self.err("FP205", e.span, detail=f"`{op}` takes ints, not {_article(a)} and {_article(b)}")
                return None
            return INT
        raise TypeError(f"unknown expression node {e!r}")

    def call(self, e):
        """Type-check a call: a built-in takes ints and gives an int."""
        if e.name in sets.BUILTINS and e.name not in self.sigs:
            return self.set_call(e)
        arity = builtins.ARITY.get(e.name)
        types = [self.expr(a) for a in e.args]
        if arity is None and e.name in self.sigs:
            return self.user_call(e, types)
        if arity is None:
            self.err("FP240", e.span, name=e.name, suggest=_suggest(e.name, builtins.ARITY))
            return None
        if len(e.args) != arity:
            self.err("FP241", e.span, name=e.name, want=_count(arity, "argument"), got=len(e.args))
            return INT
        for a, t in zip(e.args, types):
            if t not in (INT, None):
                self.err("FP205", a.span, detail=f"{e.name}() takes ints, not {_article(t)}")
            elif t is None:
                self.settle(a, INT)
        return INT

    def set_call(self, e):
        """set(heat) (empty), set(cold, hot), has(s, value), count(s)."""
        args = e.args
        if e.name == "set":
            if len(args) == 1 and isinstance(args[0], m.Var) and args[0].name in self.enums:
                return sets.set_type(args[0].name)
            types = [self.expr(a) for a in args]
            if not args:
                self.err("FP241", e.span, name="set", want="an enumeration or its values", got="none")
                return None
            known = [t for t in types if t is not None]
            if not known:
                return None
            if known[0] not in self.enums or any(t != known[0] for t in known):
                self.err("FP205", e.span, detail="set() takes an enumeration, or values of one enumeration, not "
                                                 + " and ".join(dict.fromkeys(_article(t) for t in known)))
                return None
            return sets.set_type(known[0])
        want = 2 if e.name == "has" else 1
        types = [self.expr(a) for a in args]
        if len(args) != want:
            self.err("FP241", e.span, name=e.name, want=_count(want, "argument"), got=len(args))
            return BOOL if e.name == "has" else INT
        enum = sets.enum_of_type(types[0])
        if types[0] is not None and enum is None:
            self.err("FP205", args[0].span, detail=f"{e.name}() takes a set, not {_article(types[0])}")
        elif e.name == "has" and enum is not None and types[1] is not None and types[1] != enum:
            self.err("FP205", args[1].span, detail=f"has() looks for {_article(enum)} in a {types[0]}, "
                                                   f"not {_article(types[1])}")
        return BOOL if e.name == "has" else INT

    def undefined(self, name, span):
        if HEADER_BROKEN in self.broken or name in self.unknown:
            return  # the header that would declare it did not parse, or was reported already
        if self.owner_temp(name):
            self.err("FP246", span, name=name)
            return
        self.err("FP201", span, name=name, suggest=_suggest(name, self.vars))

    def cond(self, e):
        was, self.pure = self.pure, True
        try:
            t = self.expr(e)
        finally:
            self.pure = was
        if t not in (BOOL, None):
            self.err("FP212", e.span, actual=_article(t))
        elif t is None:
            self.settle(e, BOOL)

    def text(self, parts):
        was, self.pure = self.pure, True
        try:
            self._text(parts)
        finally:
            self.pure = was

    def _text(self, parts):
        for p in parts:
            if isinstance(p, str):
                continue
            if isinstance(p, m.Interp):
                self.expr(p.expr)
            elif isinstance(p, m.InlineCond):
                self.cond(p.cond)
                self._text(p.then)
                self._text(p.otherwise)
            elif isinstance(p, m.Alternatives):
                for b in p.branches:
                    self._text(b)

    # ------------------------------------------------------------ statements
    def target(self, scene, name, span, tunnel=False, live=True):
        if name in self.broken and name not in self.scenes:
            return
        if name not in self.scenes:
            self.missing(name, span)
            return
        if not live:
            return
        self.edges.setdefault(scene.name, set()).add(name)
        if tunnel:
            self.tunnel_targets.add(name)

    def missing(self, name, span):
        """FP202 for an unknown scene; FP221 for `scene.label` when the scene exists but not the label."""
        root, dot, label = name.partition(".")
        if dot and root in self.broken:
            return
        if dot and root in self.scenes:
            known = [n.partition(".")[2] for n, sc in self.scenes.items()
                     if sc.part_of == root and not n.partition(".")[2][:1].isdigit()]
            self.err("FP221", span, scene=root, name=label, suggest=_suggest(label, known))
            return
        self.err("FP202", span, name=name, suggest=_suggest(name, [n for n, sc in self.scenes.items()
                                                                    if sc.part_of is None or "." in name]))

    def block(self, scene, stmts, returns, live=True):
        """Check a block; True if it always leaves (divert, ending, return).

        Statements after the flow has left are reported once (FP303) and still checked
        for names and types (the runtime compiles them), but add no flow (`live=False`).
        """
        left_at = None
        for st in stmts:
            if left_at is not None and live and not isinstance(st, m.Break):
                self.diags.append(Diagnostic.make("FP303", st.span, other=str(left_at.span)))
                live = False
            if self.not_in_function(st):
                continue
            if isinstance(st, m.AltBlock):
                for br in st.branches:
                    for sub in br:
                        if isinstance(sub, m.Prose):
                            self.text(sub.parts)
            elif isinstance(st, m.Temp):
                self.temp(st)
            elif isinstance(st, m.Return):
                self.returned(st)
                if self.scope is not None and self.scope.kind == "function":
                    left_at = left_at or st
            elif isinstance(st, m.CallStmt):
                self.stmt_call = st.call  # a call on its own line may give no value
                self.expr(st.call)
                self.stmt_call = None
            elif isinstance(st, m.Prose):
                self.text(st.parts)
            elif isinstance(st, m.Effect):
                self.effect(st)
            elif isinstance(st, m.Divert):
                self.target(scene, st.target, st.span, live=live)
                left_at = left_at or st
            elif isinstance(st, m.TunnelCall):
                self.target(scene, st.target, st.span, tunnel=True, live=live)
            elif isinstance(st, m.TunnelReturn):
                if st.target is not None:  # `->-> target`: the flow goes on there
                    self.target(scene, st.target, st.span, live=live)
                if live:
                    returns.append(st)
                left_at = left_at or st
            elif isinstance(st, m.EndStory):
                if live:
                    self.endings.setdefault(st.ending, []).append(st.span)
                left_at = left_at or st
            elif isinstance(st, m.If):
                all_leave = True
                before = None if self.scope is None else set(self.scope.declared)
                after = None  # names surely set after the block: in every branch that goes on
                for br in st.branches:
                    if br.cond is not None:
                        self.cond(br.cond)
                    if before is not None:
                        self.scope.declared = set(before)
                    leaves = self.block(scene, br.body, returns, live)
                    all_leave = leaves and all_leave
                    if before is not None and not leaves:
                        after = set(self.scope.declared) if after is None else after & self.scope.declared
                if before is not None:
                    full = st.branches[-1].cond is None
                    self.scope.declared = (after if after is not None else set(before)) if full else before
                if all_leave and st.branches[-1].cond is None:
                    left_at = left_at or st
        return left_at is not None

    def effect(self, st):
        if self.local_effect(st):
            return
        d = self.vars.get(st.target)
        t = self.expr(st.value)
        if d is None:
            self.undefined(st.target, st.span)
            return
        if d.const:
            self.err("FP207", st.span, name=st.target)
            return
        if t is None:
            self.settle(st.value, d.type)  # a parameter given to a variable has the variable's type
        self.written.add(st.target)
        if self.scope is not None and self.scope.sig is not None:
            self.scope.sig.writes.add(st.target)
        if st.op != "=":
            self.read.add(st.target)
        if t is None:
            return
        if st.op == "=" and t != d.type:
            self.err("FP206", st.value.span, name=st.target, expected=_article(d.type), actual=_article(t))
        elif st.op != "=" and sets.enum_of_type(d.type):
            of = sets.enum_of_type(d.type)
            if t not in (d.type, of):  # add a value (or a set) to a set, or take it away
                self.err("FP205", st.span, detail=f"`{st.op}` {'adds' if st.op == '+=' else 'takes away'} "
                                                  f"{_article(of)} (or a {d.type}) to `{st.target}`, not {_article(t)}")
        elif st.op == "+=" and not (d.type == t and d.type in (INT, STRING)):
            self.err("FP205", st.span, detail=f"`+=` needs an int or string variable and a value of the same type; `{st.target}` is {_article(d.type)}, the value {_article(t)}")
        elif st.op == "-=" and not (d.type == INT and t == INT):
            self.err("FP205", st.span, detail=f"`-=` needs ints; `{st.target}` is {_article(d.type)}, the value {_article(t)}")

    def scene(self, sc):
        """Check a scene -> (its `->->` statements, the scene resolved: temporaries as slots)."""
        self.scope = self.scene_scope(sc)
        try:
            returns = self._scene(sc)
            return returns, self.resolved_scene(sc, self.scope)
        finally:
            self.scope = None

    def _scene(self, sc):
        returns = []
        leaves = self.block(sc, sc.body, returns)
        after_body = set(self.scope.declared)
        if leaves and sc.choices:
            self.err("FP307", sc.choices[0].span, name=sc.part_of or sc.name)
        if not leaves and not sc.choices:
            if sc.part_of is None:
                self.err("FP302", sc.span, name=sc.name)
            else:
                what = weave.describe(sc)
                self.err("FP320", sc.span, what=what[0].upper() + what[1:])
        labels = {}
        fallbacks = 0
        for ch in sc.choices:
            if ch.id in labels:
                self.err("FP210", ch.span, scene=sc.name, name=ch.id, other=str(labels[ch.id].span))
            labels[ch.id] = ch
            if ch.label and ch.label in RESERVED:
                self.err("FP211", ch.span, name=ch.label, what="a choice")
            self.scope.declared = set(after_body)
            if ch.cond is not None:
                self.cond(ch.cond)
            self.text(ch.lead + ch.menu)
            if ch.fallback:
                fallbacks += 1
                if ch.reason is not None:
                    self.err("FP311", ch.span)
                if fallbacks == 1:
                    first = ch
                elif fallbacks == 2:
                    # a sticky, unconditional first fallback is always due first; a once-only or
                    # conditional one can be used up or false, and then the next one is taken
                    detail = "only the first is ever taken" if first.sticky and first.cond is None else \
                        "the first one whose condition holds and that is not used up is taken"
                    self.diags.append(Diagnostic.make("FP309", ch.span, name=sc.name, detail=detail))
            if ch.fallback and not ch.body:
                self.err("FP103", ch.span)
            elif not self.block(sc, ch.body, returns):
                self.err("FP301", ch.span)
        return returns

    # ------------------------------------------------------------ whole story
    def run(self, digest):
        if not self.files:
            return None
        main = self.declare()
        self.declare_functions(RESERVED)
        self.check_functions()
        all_scenes = [sc for f in self.files for sc in f.scenes]
        if not all_scenes:
            if not self.broken:
                self.err("FP308", m.Span(main.path, 1, 1, 1, 1))
            return None
        returns_by_scene = {}
        resolved = []
        for sc in self.scenes.values():
            returns_by_scene[sc.name], done = self.scene(sc)
            resolved.append(done)
        functions = self.resolved_functions()
        self.tunnel_returns(returns_by_scene)
        for f in self.files:
            for target, span in f.arrows:
                if target == "END" or target in self.scenes:
                    self.err("FP230", span, target=target)
        start = main.start
        if start is None:
            start = (main.scenes[0] if main.scenes else all_scenes[0]).name
        elif start not in self.scenes and start not in self.broken:
            self.err("FP209", main.start_span, name=start)
        for name, d in self.vars.items():
            if self.broken:
                break  # reads in unparsed scenes are unknown
            if name not in self.read:
                self.diags.append(Diagnostic.make("FP208", d.span, name=name, how="never read"))
            elif not d.const and name not in self.written:
                self.diags.append(Diagnostic.make("FP208", d.span, name=name,
                                                  how="never changed (make it a `const`)"))
        title = main.title or os.path.splitext(os.path.basename(main.path))[0]
        endings = tuple(m.Ending(n, tuple(s)) for n, s in self.endings.items())
        return m.Story(title, main.author, start, tuple(self.vars.values()), tuple(resolved),
                       endings, tuple(f.path for f in self.files), self.root, digest,
                       main.paragraphs if main.paragraphs in m.PARAGRAPH_RULES else "blank lines",
                       functions, enums=tuple(self.enums.values()))

    def tunnel_returns(self, returns_by_scene):
        """`->->` is fine in any scene a tunnel can flow into; elsewhere it is an error."""
        inside = set()
        todo = list(self.tunnel_targets)
        while todo:
            s = todo.pop()
            if s in inside:
                continue
            inside.add(s)
            todo.extend(self.edges.get(s, ()))
        for name, rets in returns_by_scene.items():
            if rets and name not in inside:
                self.err("FP310", rets[0].span, name=name)


def resolve(files, root: str, digest: str = ""):
    """Parsed files (main first) -> (Story or None, diagnostics)."""
    r = _Resolver(list(files), root)
    story = r.run(digest)
    return story, r.diags


