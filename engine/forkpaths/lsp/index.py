"""Where each name of a parsed file is defined and used: scenes, labels, variables, includes, tags."""

from __future__ import annotations

import functools

import attrs
from attrs import frozen

from .. import builtins, sets
from .. import model as m
from ..model import Span

SCENE, VARIABLE, LABEL, INCLUDE, TAG, FUNCTION, LOCAL, ENUM, VALUE = (
    "scene", "variable", "label", "include", "tag", "function", "local", "enum", "value")
DEF, REF, WRITE = "definition", "reference", "write"


@frozen
class Occurrence:
    """One name at one place: what it names, whether it defines, reads or writes it, and where."""

    kind: str  # scene | variable | label | include | tag | function | local | enum | value (of an enum)
    name: str  # labels are "scene.label"; locals "scope/name" (scope: a scene, or "f()"); includes a path
    role: str  # definition | reference | write
    span: Span  # exactly the name's characters
    scene: str | None = None  # the scene it sits in (None in the header)
    detail: str = ""  # a definition's header line, a tag's value


@functools.lru_cache(maxsize=None)
def _fields(cls) -> tuple:
    """The fields of a model class that may hold statements or expressions (not spans, not strings)."""
    return tuple(f for f in attrs.fields(cls) if f.name != "span")


def _word_at(line: str, name: str, start: int) -> int:
    """Index of `name` as a whole word in `line` at or after `start`, or -1."""
    i = line.find(name, start)
    while i >= 0:
        before = line[i - 1] if i else " "
        after = line[i + len(name)] if i + len(name) < len(line) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return i
        i = line.find(name, i + 1)
    return -1


def _find(lines, span: Span, name: str, skip: int = 0) -> Span:
    """The span of `name` as a whole word on the span's first line, at or after its column."""
    if not 1 <= span.line <= len(lines):
        return span
    i = _word_at(lines[span.line - 1], name, max(span.column - 1 + skip, 0))
    if i < 0:
        return span
    return Span(span.file, span.line, i + 1, span.line, i + 1 + len(name))


class _Walker:
    def __init__(self, lines):
        self.lines = lines
        self.out = []
        self.seen = set()
        self.scene = None  # the scene (not the weave part) being walked
        self.labels = {}  # scene -> its labels (weave parts named `scene.label`)
        self.scope = None  # the scene or "function()" whose parameters and temporaries are `locals`
        self.locals = frozenset()
        self.temps = {}  # scene -> names of its temporaries

    def add(self, kind, name, role, span, detail=""):
        key = (kind, name, role, span.line, span.column)
        if key not in self.seen:
            self.seen.add(key)
            self.out.append(Occurrence(kind, name, role, span, self.scene, detail))

    def written(self, span, word: str) -> bool:
        """True when the source holds `word` at the span: the author wrote it (the weave adds its own)."""
        if not 1 <= span.line <= len(self.lines):
            return False
        return self.lines[span.line - 1].startswith(word, max(span.column - 1, 0))

    def target(self, name, span, skip):
        """A divert target or `visits(...)` argument: a scene, `scene.label`, or a label of this scene."""
        root, dot, label = name.partition(".")
        if dot:
            if label[:1].isdigit():
                return
            where = _find(self.lines, span, root, skip)
            self.add(SCENE, root, REF, where)
            self.add(LABEL, name, REF, _find(self.lines, where, label, len(root) + 1))
        elif self.scene is not None and name in self.labels.get(self.scene, ()):
            self.add(LABEL, f"{self.scene}.{name}", REF, _find(self.lines, span, name, skip))
        else:
            self.add(SCENE, name, REF, _find(self.lines, span, name, skip))

    def expr(self, e):
        self.walk(e)

    def block(self, stmts):
        self.walk(stmts)

    def walk(self, node):
        """Every name in a statement or expression tree, whatever its shape: the nodes that name
        something are read here, and every other node (one this module does not know yet, too)
        is walked through its fields, so a variable inside any new construct is still found."""
        todo = [node]
        while todo:
            n = todo.pop()
            if isinstance(n, (tuple, list)):
                todo.extend(reversed(n))
                continue
            cls = n.__class__
            if cls is m.Var:
                if n.name in self.locals:
                    self.add(LOCAL, f"{self.scope}/{n.name}", REF, n.span)
                else:
                    self.add(VARIABLE, n.name, REF, n.span)
            elif cls is _TEMP:
                self.add(LOCAL, f"{self.scope}/{n.name}", DEF, _find(self.lines, n.span, n.name, 1), self.line(n.span))
                todo.append(n.value)
            elif cls is m.Visits or cls is m.TurnsSince:
                self.target(n.scene, n.span, len("visits" if cls is m.Visits else "turns_since"))
            elif cls is m.Effect:
                if n.target in self.locals:
                    self.add(LOCAL, f"{self.scope}/{n.target}", WRITE, _find(self.lines, n.span, n.target, 1))
                else:
                    self.add(VARIABLE, n.target, WRITE, _find(self.lines, n.span, n.target, 1))
                todo.append(n.value)
            elif cls is m.Divert or cls is m.TunnelCall or (cls is m.TunnelReturn and n.target is not None):
                if self.written(n.span, "->") and not getattr(n, "join", False):
                    self.target(n.target, n.span, 4 if cls is m.TunnelReturn else 2)
            elif cls is m.Call:
                if n.name not in builtins.ARITY and n.name not in sets.BUILTINS:
                    self.add(FUNCTION, n.name, REF, _find(self.lines, n.span, n.name))
                todo.extend(reversed(n.args))
            elif cls is m.Tag:  # on a line or a choice, wherever the model keeps one
                self.add(TAG, n.key, REF, n.span, n.value or "")
            elif cls is not Span and attrs.has(cls):
                todo.extend(getattr(n, f.name) for f in reversed(_fields(cls)))

    def line(self, span) -> str:
        return self.lines[span.line - 1].strip() if 1 <= span.line <= len(self.lines) else ""

    def function(self, fn):
        """A function's header (its name, its parameters) and its body, in the function's own scope."""
        self.scene = self.scope = f"{fn.name}()"
        self.locals = frozenset(fn.params) | _temps(fn.body)
        head = self.line(fn.span)
        where = _find(self.lines, fn.span, fn.name, 3)
        self.add(FUNCTION, fn.name, DEF, where, head)
        at = where.end_column - 1
        for p in fn.params:
            ps = _find(self.lines, Span(where.file, where.line, at + 1, where.line, at + 1), p)
            if ps.end_column > ps.column:
                self.add(LOCAL, f"{self.scope}/{p}", DEF, ps, f"parameter of {fn.name}")
                at = ps.end_column - 1
        self.block(fn.body)
        self.scope, self.locals = None, frozenset()

    def scene_(self, sc):
        root = getattr(sc, "part_of", None)
        self.scope = root or sc.name
        self.locals = self.temps.get(self.scope, frozenset())
        if root is None:
            self.scene = sc.name
            self.add(SCENE, sc.name, DEF, _find(self.lines, sc.span, sc.name, 3), self.line(sc.span))
        else:
            self.scene = root
            label = sc.name.partition(".")[2]
            if not label[:1].isdigit():
                self.add(LABEL, sc.name, DEF, _find(self.lines, sc.span, label), self.line(sc.span))
        for t in sc.tags:
            self.add(TAG, t.key, REF, t.span, t.value or "")
        self.block(sc.body)
        for ch in sc.choices:
            if ch.label:
                self.add(LABEL, f"{self.scene}.{ch.label}", DEF, _find(self.lines, ch.span, ch.label, 1),
                         self.line(ch.span))
            if ch.cond is not None:
                self.expr(ch.cond)
            self.walk(getattr(ch, "tags", ()))
            self.block(ch.body)
        self.scene, self.scope, self.locals = None, None, frozenset()


def occurrences(f: m.StoryFile, lines) -> list:
    """Every Occurrence in one parsed file (or piece of one), in its own coordinates."""
    w = _Walker(lines)
    for name, expr, span, const in f.variables:
        head = lines[span.line - 1].strip() if 1 <= span.line <= len(lines) else name
        w.add(VARIABLE, name, DEF, span, head)
        w.expr(expr)
    for e in getattr(f, "enums", ()):
        head = lines[e.span.line - 1].strip() if 1 <= e.span.line <= len(lines) else e.name
        w.add(ENUM, e.name, DEF, _find(lines, e.span, e.name), head)
        spans = tuple(e.member_spans) or (e.span,) * len(e.members)
        for name, span in zip(e.members, spans):
            w.add(VALUE, name, DEF, _find(lines, span, name), f"a value of {e.name}")
    for inc in f.includes:
        w.add(INCLUDE, inc.path, REF, _find_string(lines, inc.span, inc.path))
    if f.start is not None and f.start_span is not None:
        w.add(SCENE, f.start, REF, f.start_span)
    for sc in f.scenes:
        root = getattr(sc, "part_of", None)
        if root is not None and not sc.name.partition(".")[2][:1].isdigit():
            w.labels.setdefault(root, set()).add(sc.name.partition(".")[2])
    w.temps = {}
    for sc in f.scenes:
        owner = getattr(sc, "part_of", None) or sc.name
        found = _temps((sc.body, sc.choices))
        if found:
            w.temps[owner] = w.temps.get(owner, frozenset()) | found
    for sc in f.scenes:
        w.scene_(sc)
    for fn in getattr(f, "functions", ()):
        w.function(fn)
    w.scene = None
    return w.out


_TEMP = getattr(m, "Temp", None)  # `~ temp x = ...` (language v2's functions and temporaries)


def _temps(node) -> frozenset:
    """Names of the temporaries (`~ temp x = ...`) declared anywhere in a tree of statements."""
    if _TEMP is None:
        return frozenset()
    out, todo = set(), [node]
    while todo:
        n = todo.pop()
        if isinstance(n, (tuple, list)):
            todo.extend(n)
        elif n.__class__ is _TEMP:
            out.add(n.name)
        elif n.__class__ is not Span and attrs.has(n.__class__):
            todo.extend(getattr(n, f.name) for f in _fields(n.__class__))
    return frozenset(out)


def _find_string(lines, span: Span, text: str) -> Span:
    if not 1 <= span.line <= len(lines):
        return span
    line = lines[span.line - 1]
    i = line.find('"', span.column - 1)
    if i < 0:
        return span
    j = line.find('"', i + 1)
    return Span(span.file, span.line, i + 2, span.line, (j if j > 0 else len(line)) + 1)
