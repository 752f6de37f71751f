"""Turn the checker's results into FP4xx diagnostics (with witness lines) and coverage figures."""

from __future__ import annotations

from .. import model as m
from .. import weave
from ..diagnostics import Diagnostic
from . import walk
from .results import REACHABLE, UNKNOWN, UNREACHABLE, Coverage


def bound_text(report) -> str:
    return {"max-states": "the state limit (--max-states) was reached",
            "timeout": "the safety time limit (--timeout) stopped the analysis, so this result depends on "
                       "the machine's speed and load",
            "random-range": "a step draws too many random numbers (or too wide a range) to branch on",
            "decided": "the search stopped once every scene, ending and choice had a witness or a proof and "
                       "soft-locks were proved absent"}.get(
        report.bound, "the search stopped")


def coverage(report, story, absint):
    real = {sc.name for sc in story.real_scenes}  # the parts of a weave are not counted as scenes
    scenes = [n for n, t in report.scenes.items() if t.status == REACHABLE and n in real]
    choices = [n for n, t in report.choices.items() if t.status == REACHABLE]
    total_b = reached_b = 0
    missed_b = []
    for sc in story.scenes:
        reached_scene = report.scenes[sc.name].status == REACHABLE
        for cond, label in _branch_points(sc):
            mask = absint.outcomes.get(id(cond), 0) if reached_scene else 0
            for side, bit in (("true", 2), ("false", 1)):
                total_b += 1
                if mask & bit:
                    reached_b += 1
                else:
                    missed_b.append(f"{cond.span} ({label}, {side})")
    return Coverage((len(scenes), len(real)), (len(choices), len(report.choices)),
                    (reached_b, total_b),
                    {"scenes": [n for n, t in report.scenes.items() if t.status != REACHABLE and n in real],
                     "choices": [n for n, t in report.choices.items() if t.status != REACHABLE],
                     "branches": missed_b})


def _inside_unreachable(report, story, name) -> bool:
    """A weave part whose scene is unreachable (that is reported), or a labelled choice's body
    (its choice's FP403 says it)."""
    sc = story.scene_map[name]
    if sc.part_of is None:
        return False
    return sc.part_kind == "choice" or report.scenes[sc.part_of].status == UNREACHABLE


def _where(story, name: str) -> str:
    """A scene or weave part as an author finds it: `scene `a``, `the gather at line 12 of scene `a``."""
    sc = story.scene_map.get(name)
    return weave.describe(sc) if sc is not None else f"scene `{name}`"


def _short(story, name: str) -> str:
    """A scene (`a`) or weave part (`a.drink`, or `a` line 12 for an unlabelled one) in a list."""
    sc = story.scene_map.get(name)
    if sc is None or sc.part_of is None or not sc.name.partition(".")[2][:1].isdigit():
        return f"`{name}`"
    return f"`{sc.part_of}` line {sc.span.line}"


def _branch_points(sc):
    for st, _ in walk.scene_statements(sc):
        if st.__class__ is m.If:
            for br in st.branches:
                if br.cond is not None:
                    yield br.cond, "{if}"
        elif st.__class__ is m.Prose:
            for ic in walk.text_conditions(st.parts):
                yield ic.cond, "conditional text"


def diagnose(report, story, absint):
    d = report.diagnostics
    for name, t in report.scenes.items():
        if t.status == UNREACHABLE and name != story.start and not _inside_unreachable(report, story, name):
            d.append(Diagnostic.make("FP401", t.span, what=_where(story, name), why=t.reason))
    for name, t in report.endings.items():
        if t.status == UNREACHABLE:
            d.append(Diagnostic.make("FP402", t.span, name=name, why=t.reason))
    for name, t in report.choices.items():
        scene, _, cid = name.rpartition(".")  # a weave part is itself `scene.label`
        if t.status == UNREACHABLE and report.scenes[scene].status == REACHABLE:
            d.append(Diagnostic.make("FP403", t.span, name=cid, where=_where(story, scene), why=t.reason))
    for sl in report.softlocks:
        if sl.stuck:
            detail = "no choice is available here and the story has not ended"
        else:
            more = ", ".join(_short(story, c) for c in sl.cycle[:6]) + (", ..." if len(sl.cycle) > 6 else "")
            detail = f"no ending can be reached from here; the reader can only move between {more}"
        diag = Diagnostic.make("FP404", sl.span, where=_where(story, sl.scene), detail=detail)
        d.append(diag)
        report.extra[id(diag)] = _witness_lines(sl.witness, story)
    for e in report.errors:
        span = e.span or story.scene(story.start).span
        diag = Diagnostic.make("FP405", span, detail=e.message)
        d.append(diag)
        report.extra[id(diag)] = _witness_lines(e.witness, story)
    unknown = [t for t in report.scenes.values() if t.status == UNKNOWN] + \
              [t for t in report.endings.values() if t.status == UNKNOWN]
    for t in unknown[:50]:
        what = _where(story, t.name) if t.kind == "scene" else f"ending \"{t.name}\""
        d.append(Diagnostic.make("FP406", t.span, what=what, bound=t.reason))
    if len(unknown) > 50:
        t = unknown[50]
        d.append(Diagnostic.make("FP406", t.span, what=f"{len(unknown) - 50:,} more scenes and endings",
                                 bound=t.reason))
    start = story.scene(story.start).span
    if not report.softlocks_complete:
        what = "whether any other state is a soft-lock" if report.softlocks else \
            "whether every state can still reach an ending (soft-locks)"
        d.append(Diagnostic.make("FP406", start, what=what, bound=bound_text(report)))
    elif report.runtime_errors_decided is None and not report.errors and not report.softlocks:
        # soft-locks are decided, but neither a complete search nor the proof from value bounds
        # (analysis/safety.py) rules out a runtime error: say where the proof fails
        h = report.hazards[0] if report.hazards else None
        more = f", and {len(report.hazards) - 1:,} more places" if len(report.hazards) > 1 else ""
        if h is None:
            d.append(Diagnostic.make("FP406", start, what="whether some playthrough runs into a runtime error "
                                     "(soft-locks are proved absent)", bound=bound_text(report)))
        elif report.complete and h.in_text:
            d.append(Diagnostic.make("FP406", h.span or start, what=f"whether showing this text runs into a runtime "
                                     f"error ({h.message}{more})",
                                     bound="the search does not work out text, and the value analysis cannot rule it out"))
        elif report.complete:
            d.append(Diagnostic.make("FP406", h.span or start, what=f"whether some playthrough runs into a runtime "
                                     f"error here ({h.message}{more})",
                                     bound="the search merges the values of a counter no condition can tell apart, "
                                           "which would take billions of steps to pass the limit, and the value "
                                           "analysis cannot rule it out"))
        else:
            d.append(Diagnostic.make("FP406", h.span or start, what=f"whether some playthrough runs into a runtime "
                                     f"error here ({h.message}{more}; soft-locks are proved absent)",
                                     bound=bound_text(report) + "; the value analysis cannot rule it out here"))
    skip = set()
    for sc in story.scenes:
        reached = report.scenes[sc.name].status == REACHABLE
        for c, _ in _branch_points(sc):
            if not reached:
                skip.add(id(c))
        for ch in sc.choices:
            if ch.cond is not None and (not reached or
                                        report.choices[f"{sc.name}.{ch.id}"].status == UNREACHABLE):
                skip.add(id(ch.cond))  # FP403 already says it
    for cond, value in absint.constant_conditions():
        if walk.fold(cond, story) is not None or id(cond) in skip:
            continue
        d.append(Diagnostic.make("FP407", cond.span, value="true" if value else "false"))
    for cond, value in _literal_conditions(story):
        d.append(Diagnostic.make("FP407", cond.span, value="true" if value else "false"))


def _literal_conditions(story):
    """Conditions made only of literals and constants: the same every time."""
    for sc in story.scenes:
        for c, _ in _branch_points(sc):
            v = walk.fold(c, story)
            if isinstance(v, bool):
                yield c, v
        for ch in sc.choices:
            if ch.cond is not None:
                v = walk.fold(ch.cond, story)
                if isinstance(v, bool):
                    yield ch.cond, v


def _witness_lines(w, story) -> list:
    lines = [f"  = path: {w.describe()}" + (f" ({w.depth} choice{'s' if w.depth != 1 else ''})" if w.depth else "")]
    lines.append(f"  = replay: {w.command(story.files[0])}")
    return lines
