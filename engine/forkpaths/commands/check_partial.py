"""`check` on a story with errors: the reachability of the rest, its errors neutralised (recover.py), as FP411 and JSON."""

from __future__ import annotations

import os

from .. import model as m
from .. import recover
from ..analysis.results import REACHABLE
from ..diagnostics import Diagnostic, Severity


class Partial:
    """What a search of the story with its errors neutralised shows: only witnesses count."""

    def __init__(self, scenes, endings, stops, report):
        self.scenes = scenes  # name -> Target (reachable) or None (undecided), every scene of the source
        self.endings = endings  # the same for the source's endings
        self.stops = stops  # (span, Target or None): each neutralised place, and a witness that gets there
        self.report = report
        self.note = None  # the FP411 diagnostic

    def counts(self, table):
        return sum(1 for t in table.values() if t is not None), len(table)

    def as_json(self) -> dict:
        def entry(t):
            if t is None:
                return {"status": "undecided", "depth": None, "witness": None}
            w = t.witness.as_json()
            w["replay"] = None  # a story with errors does not play: fix them, then replay
            return {"status": "reachable", "depth": t.depth, "witness": w}
        return {"scenes": {n: entry(t) for n, t in self.scenes.items()},
                "endings": {n: entry(t) for n, t in self.endings.items()},
                "stops": [{"file": s.file, "line": s.line, **entry(t)} for s, t in self.stops],
                "states_explored": self.report.states_explored}


def _source_names(loaded):
    """The scenes (no weave parts) and endings the source names, in source order."""
    scenes, endings = [], []
    for f in loaded.files:
        for sc in f.scenes:
            if sc.part_of is None and sc.name not in scenes:
                scenes.append(sc.name)
            for block in [sc.body] + [ch.body for ch in sc.choices]:
                for st in _statements(block):
                    if st.__class__ is m.EndStory and st.ending not in endings:
                        endings.append(st.ending)
        for n in f.broken:
            if n not in scenes and not n.startswith("="):
                scenes.append(n)
    return scenes, endings


def _statements(block):
    for st in block:
        yield st
        if st.__class__ is m.If:
            for br in st.branches:
                yield from _statements(br.body)


def check_partial(entry, loaded, args):
    """(Partial, FP411 note) for a story that did not load, or (None, None) when it cannot be recovered."""
    from ..explore import analyze
    got = recover.recover(loaded, os.path.dirname(os.path.realpath(entry)))
    if got is None:
        return None, None
    story, stop_spans = got
    report = analyze(story, max_states=args.max_states, timeout=args.timeout, seed=args.seed)
    names, ends = _source_names(loaded)

    def found(table, name):
        t = table.get(name)
        return t if t is not None and t.status == REACHABLE else None

    scenes = {n: found(report.scenes, n) for n in names}
    endings = {n: found(report.endings, n) for n in ends}
    stops = [(s, found(report.endings, f"{recover.STOP}{s.file}:{s.line}")) for s in stop_spans]
    partial = Partial(scenes, endings, stops, report)
    errors = [d for d in loaded.diagnostics if d.severity is Severity.ERROR]
    first = min((d.span for d in errors if d.span is not None), key=lambda s: (s.file, s.line, s.column))
    left = [f"scene `{n}`" for n, t in scenes.items() if t is None] + \
        [f"ending \"{n}\"" for n, t in endings.items() if t is None]
    shown = ", ".join(left[:8]) + (f" and {len(left) - 8:,} more" if len(left) > 8 else "")
    a, n = partial.counts(scenes)
    b, k = partial.counts(endings)
    reached = sum(1 for _, t in stops if t is not None)
    rest = f"; not decided (a fix may lead there): {shown}" if left else ""
    note = Diagnostic.make(
        "FP411", first, errors=f"{len(errors):,} error{'s' if len(errors) != 1 else ''}",
        detail=f"{a:,} of {n:,} scenes and {b:,} of {k:,} endings are reachable without passing one, "
               f"and {reached:,} of the {len(stops):,} neutralised place{'s' if len(stops) != 1 else ''} "
               f"can be reached{rest}")
    return partial, note


def summary(partial) -> str:
    a, n = partial.counts(partial.scenes)
    b, k = partial.counts(partial.endings)
    return f"with its errors neutralised: {a:,} of {n:,} scenes and {b:,} of {k:,} endings reachable"


def witness_lines(partial) -> list:
    """Under FP411: a way to each neutralised place a playthrough can reach (the first ten)."""
    out = []
    for span, t in partial.stops:
        if t is not None:
            w = t.witness
            out.append(f"  = {span.file}:{span.line} is reached by: {w.describe()}"
                       + (f" ({w.depth} choice{'s' if w.depth != 1 else ''})" if w.depth else ""))
    return out[:10]
