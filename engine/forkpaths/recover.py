"""Neutralise a story's errors so the rest of it can still be checked: each broken place becomes a stop.

A stop is an ending of its own (`-> END "stopped by an error at file:line"`): a playthrough that
gets there goes no further. A statement with an error (a divert to a scene that does not exist,
an ill-typed effect or line of text) is replaced by a stop; an `{if}` whose condition is broken
becomes a stop as a whole; a choice whose line is broken makes its scene's choice point a stop
(the others' availability, and so whether a fallback is due, could depend on how it is fixed);
any other error inside a scene makes the whole scene a stop. Errors outside every scene (the
header, declarations, functions, includes) are not neutralised: the story is not recovered.

Every path of the recovered story that reaches no stop runs exactly as it would in the story
with its errors fixed, whatever the fix, so a witness that avoids the stops is a witness there
too; what is not reached may be reached through a fix, so nothing is called unreachable.
"""

from __future__ import annotations

import attrs

from . import model as m
from . import resolve
from .diagnostics import Severity
from .parser import HEADER_BROKEN

STOP = "stopped by an error at "  # the name of each stop's ending, then `file:line`
MAX_ROUNDS = 4  # neutralising can bring errors to light that the first ones hid


def recover(loaded, root: str):
    """(Story with every error neutralised, spans of the stops) or None when it cannot be done."""
    files = list(loaded.files)
    if not files or any(HEADER_BROKEN in f.broken for f in files):
        return None
    errors = [d for d in loaded.diagnostics if d.severity is Severity.ERROR]
    stops = []
    for _ in range(MAX_ROUNDS):
        for d in errors:
            if d.span is None:
                return None
            files = _neutralise(files, d.span, stops, syntax=d.code.startswith("FP1"))
            if files is None:
                return None
        files = [_stub_broken(f) for f in files]
        story, diags = resolve.resolve(files, root)
        errors = [d for d in diags if d.severity is Severity.ERROR]
        if not errors:
            return (story, stops) if story is not None else None
    return None


def _stop(span) -> m.EndStory:
    return m.EndStory(f"{STOP}{span.file}:{span.line}", span)


def _inside(outer, span) -> bool:
    """`span` lies within `outer` (lines and columns)."""
    return outer.file == span.file and (outer.line, outer.column) <= (span.line, span.column) and \
        (span.end_line, span.end_column) <= (outer.end_line, outer.end_column)


def _on_lines(outer, span) -> bool:
    return outer.file == span.file and outer.line <= span.line <= outer.end_line


def _stub_broken(f):
    """A scene that did not parse becomes a stop (its errors are reported where it is)."""
    names = [n for n in f.broken if n != HEADER_BROKEN and all(sc.name != n for sc in f.scenes)]
    if not names:
        return f
    span = m.Span(f.path, 1, 1, 1, 1)
    for n in names:
        f = attrs.evolve(f, scenes=f.scenes + (m.Scene(n, None, (), (_stop(span),), (), span),))
    return attrs.evolve(f, broken=tuple(n for n in f.broken if n not in names))


def _neutralise(files, span, stops, syntax=False):
    """The files with the innermost place holding `span` made a stop; None if no scene holds it.

    A syntax error not on a line of a parsed scene belongs to a scene that did not parse (the
    parser marks it broken; one in the header marks the header, refused above)."""
    for i, f in enumerate(files):
        if f.path != span.file:
            continue
        # a scene (or part of a weave) with a statement or choice on that line, else the scene
        # whose lines it falls in (its header, or between its last line and the next scene)
        j = next((j for j, sc in enumerate(f.scenes) if _holds(sc, span)), None)
        if j is None and syntax:
            return files if any(n != HEADER_BROKEN for n in f.broken) else None
        if j is None:
            tops = sorted((sc.span.line, j) for j, sc in enumerate(f.scenes) if sc.part_of is None)
            before = [j for line, j in tops if line <= span.line]
            if before:
                j = before[-1]
        if j is None:
            if any(n != HEADER_BROKEN for n in f.broken):
                return files  # inside a scene that did not parse: it becomes a stop (_stub_broken)
            return None
        files = list(files)
        files[i] = attrs.evolve(f, scenes=f.scenes[:j] + (_scene(f.scenes[j], span, stops),) + f.scenes[j + 1:])
        return files
    return None


def _holds(sc, span) -> bool:
    return any(_on_lines(st.span, span) for st in sc.body) or any(_on_lines(ch.span, span) for ch in sc.choices) or \
        any(_on_lines(st.span, span) for ch in sc.choices for st in ch.body)


def _scene(sc, span, stops):
    body, hit, ends = _block(sc.body, span, stops)
    if hit:  # a stop in the scene's own body: when it ends the body, the choices are never offered
        return attrs.evolve(sc, body=body, choices=() if ends else sc.choices)
    for k, ch in enumerate(sc.choices):
        cbody, hit, _ = _block(ch.body, span, stops)
        if hit:
            return attrs.evolve(sc, choices=sc.choices[:k] + (attrs.evolve(ch, body=cbody),) + sc.choices[k + 1:])
    for ch in sc.choices:
        if _on_lines(ch.span, span):
            stops.append(ch.span)
            fallback = m.Choice("fallback", None, True, None, None, (_stop(ch.span),), None, ch.span)
            return attrs.evolve(sc, choices=(fallback,))
    stops.append(sc.span)
    return attrs.evolve(sc, body=(_stop(sc.span),), choices=())


def _block(stmts, span, stops):
    """(the statements with the innermost one holding `span` made a stop and what followed it
    dropped, whether one was, whether the stop is at this block's own level)."""
    for k, st in enumerate(stmts):
        if not _inside(st.span, span):
            continue
        if st.__class__ is m.If:
            for b, br in enumerate(st.branches):
                body, hit, _ = _block(br.body, span, stops)
                if hit:
                    branches = st.branches[:b] + (attrs.evolve(br, body=body),) + st.branches[b + 1:]
                    return stmts[:k] + (attrs.evolve(st, branches=branches),) + stmts[k + 1:], True, False
        stops.append(st.span)
        return stmts[:k] + (_stop(st.span),), True, True
    return stmts, False, False
