"""Where each name of a parsed file is defined and used: scenes, labels, variables, includes, tags."""

from __future__ import annotations

import functools

import attrs
from attrs import frozen

from .. import builtins
from .. import model as m
from ..model import Span

SCENE, VARIABLE, LABEL, INCLUDE, TAG, FUNCTION = "scene", "variable", "label", "include", "tag", "function"
DEF, REF, WRITE = "definition", "reference", "write"


@frozen
class Occurrence:
    """One name at one place: what it names, whether it defines, reads or writes it, and where."""

    kind: str  # scene | variable | label | include | tag | function
    name: str  # labels are "scene.label"; includes their path as written
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
                self.add(VARIABLE, n.name, REF, n.span)
            elif cls is m.Visits or cls is m.TurnsSince:
                self.target(n.scene, n.span, len("visits" if cls is m.Visits else "turns_since"))
            elif cls is m.Effect:
                self.add(VARIABLE, n.target, WRITE, _find(self.lines, n.span, n.target, 1))
                todo.append(n.value)
            elif cls is m.Divert or cls is m.TunnelCall:
                if self.written(n.span, "->") and not getattr(n, "join", False):
                    self.target(n.target, n.span, 2)
            elif cls is m.Call:
                if n.name not in builtins.ARITY:
                    self.add(FUNCTION, n.name, REF, _find(self.lines, n.span, n.name))
                todo.extend(reversed(n.args))
            elif cls is not Span and attrs.has(cls):
                todo.extend(getattr(n, f.name) for f in reversed(_fields(cls)))

    def line(self, span) -> str:
        return self.lines[span.line - 1].strip() if 1 <= span.line <= len(self.lines) else ""

    def scene_(self, sc):
        root = getattr(sc, "part_of", None)
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
            self.block(ch.body)
        self.scene = None


def occurrences(f: m.StoryFile, lines) -> list:
    """Every Occurrence in one parsed file (or piece of one), in its own coordinates."""
    w = _Walker(lines)
    for name, expr, span, const in f.variables:
        head = lines[span.line - 1].strip() if 1 <= span.line <= len(lines) else name
        w.add(VARIABLE, name, DEF, span, head)
        w.expr(expr)
    for inc in f.includes:
        w.add(INCLUDE, inc.path, REF, _find_string(lines, inc.span, inc.path))
    if f.start is not None and f.start_span is not None:
        w.add(SCENE, f.start, REF, f.start_span)
    for sc in f.scenes:
        root = getattr(sc, "part_of", None)
        if root is not None and not sc.name.partition(".")[2][:1].isdigit():
            w.labels.setdefault(root, set()).add(sc.name.partition(".")[2])
    for sc in f.scenes:
        w.scene_(sc)
    w.scene = None
    return w.out


def _find_string(lines, span: Span, text: str) -> Span:
    if not 1 <= span.line <= len(lines):
        return span
    line = lines[span.line - 1]
    i = line.find('"', span.column - 1)
    if i < 0:
        return span
    j = line.find('"', i + 1)
    return Span(span.file, span.line, i + 2, span.line, (j if j > 0 else len(line)) + 1)
