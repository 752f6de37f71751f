"""`forkpaths stats`: a story's numbers: scenes, endings, choices, words, variables, branching, path lengths, reading time."""

from __future__ import annotations

import json
import re

from .. import model as m
from ..render import strip_markup
from ..report import plural
from ._load import add_story_argument, analysis, story_or_report

HELP = "count a story's scenes, choices and words; shortest and longest path to each ending"
DESCRIPTION = """Print a story's numbers: scenes, endings, choices, words (in total and
per file), variables, average branching (choices shown per scene that offers
any), and, from the checker, the shortest and longest path to each ending with
an estimated reading time.

Words count every word a reader could see: prose (every branch of inline
conditions and alternatives), choice texts and unavailable-choice reasons.
Reading time is at 250 words a minute (a usual silent reading pace for fiction).

STORY is a .story file (or a folder holding one story); without it, stories/
if it exists, else the story file of the current folder.
Exit status: 0 printed, 1 story errors, 2 usage or I/O errors.

examples:
  forkpaths stats stories/tour/main.story
  forkpaths stats stories/neither_human --format json"""

WORDS_PER_MINUTE = 250  # adults read fiction silently at roughly 240-280 words a minute
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)


def add_arguments(p):
    add_story_argument(p)
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    p.add_argument("--no-paths", action="store_true", help="skip the checker (no path lengths)")
    p.add_argument("--timeout", type=float, metavar="SECONDS", help="seconds the checker may search (default: check's)")
    p.add_argument("--max-states", type=int, metavar="N", help="states the checker may explore (default: check's)")


def words_in(text: str) -> int:
    return len(_WORD.findall(strip_markup(text)))


def _text_words(parts) -> int:
    n = 0
    for p in parts:
        if isinstance(p, str):
            n += words_in(p)
        elif isinstance(p, m.InlineCond):
            n += _text_words(p.then) + _text_words(p.otherwise)
        elif isinstance(p, m.Alternatives):
            n += sum(_text_words(b) for b in p.branches)
    return n


def _block_words(body, per_file) -> None:
    for st in body:
        if isinstance(st, m.Prose):
            per_file[st.span.file] = per_file.get(st.span.file, 0) + _text_words(st.parts)
        elif isinstance(st, m.If):
            for br in st.branches:
                _block_words(br.body, per_file)
        elif isinstance(st, m.AltBlock):  # multi-line alternatives: every branch's words
            for br in st.branches:
                _block_words(br, per_file)


def counts(story: m.Story) -> dict:
    """Everything that needs only the model."""
    per_file = {f: 0 for f in story.files}
    choices = shown = offering = 0
    for sc in story.scenes:
        _block_words(sc.body, per_file)
        visible = [c for c in sc.choices if not c.fallback]
        choices += len(sc.choices)
        shown += len(visible)
        offering += bool(visible)
        for c in sc.choices:
            extra = (words_in(c.text) if c.text else 0) + (words_in(c.reason) if c.reason else 0)
            per_file[c.span.file] = per_file.get(c.span.file, 0) + extra
            _block_words(c.body, per_file)
    total = sum(per_file.values())
    return {
        "title": story.title,
        "scenes": len(story.real_scenes),  # a weave's parts are not counted as scenes
        "endings": len(story.endings),
        "choices": choices,
        "fallbacks": choices - shown,
        "words": total,
        "variables": sum(1 for v in story.variables if not v.const),
        "constants": sum(1 for v in story.variables if v.const),
        "branching": round(shown / offering, 2) if offering else 0.0,
        "reading_minutes": round(total / WORDS_PER_MINUTE, 1),
        "files": [{"file": f, "words": w, "scenes": sum(1 for s in story.real_scenes if s.span.file == f)}
                  for f, w in per_file.items()],
    }


def run(args) -> int:
    story, code = story_or_report(args.story)
    if story is None:
        return code
    data = counts(story)
    if args.no_paths:
        data["paths"] = None
        data["paths_note"] = "skipped (--no-paths)"
    else:
        data["paths"], data["paths_note"] = paths(story, args.timeout, args.max_states)
    if args.format == "json":
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(text(data))
    return 0


# ---------------------------------------------------------------- paths, from the checker

def paths(story, timeout=None, max_states=None):
    """Shortest and longest path to each ending -> (list of dicts, note or None); uses forkpaths.explore.

    Shortest: the checker's shortest witness, replayed to count the words it shows (paragraphs and
    the choices offered at each stop). Longest: the most choices any playthrough makes before the
    ending (exact search only; None when a loop can come first), its words estimated as the
    shortest path's plus the average words per stop for each extra choice.
    """
    from ..analysis.witness import iter_replay_forced

    report = analysis(story, timeout, max_states)
    rows, stops, shown = [], 0, 0
    for e in story.endings:
        t = report.endings.get(e.name)
        row = {"ending": e.name, "status": t.status if t else "unknown", "shortest": None, "longest": None,
               "longest_bounded": t.longest_bounded if t else None}
        if t is not None and t.status == "reachable" and t.witness is not None:
            words = n = 0
            try:
                for st in iter_replay_forced(story, t.witness, render=True):
                    words += _view_words(story, st)
                    n += 1
            except Exception:  # a witness that no longer replays: report the length alone
                words = None
            if words is not None:
                stops += n
                shown += words
            row["shortest"] = {"choices": t.depth, "words": words,
                               "minutes": round(words / WORDS_PER_MINUTE, 1) if words is not None else None}
        rows.append(row)
    per_stop = shown / stops if stops else 0
    for row, e in zip(rows, story.endings):
        t = report.endings.get(e.name)
        if t is not None and t.longest is not None:
            short = row["shortest"]
            if short is not None and short["words"] is not None:
                # the shortest path's words, and the average stop for each extra choice
                words = round(short["words"] + per_stop * max(0, t.longest - short["choices"]))
            else:
                words = round(per_stop * (t.longest + 1))
            row["longest"] = {"choices": t.longest, "words": words, "minutes": round(words / WORDS_PER_MINUTE, 1),
                              "estimated": True}
    note = None
    if not report.complete:
        note = (f"the checker's search stopped early ({report.bound}): shortest paths are the shortest found, "
                f"longest paths unknown")
    return rows, note


def _view_words(story, state) -> int:
    from .. import runtime
    v = runtime.view(story, state)
    return sum(words_in(p) for p in v.paragraphs) + sum(words_in(c.text) for c in v.choices)


# ---------------------------------------------------------------- text

def text(d: dict) -> str:
    out = [d["title"], ""]
    rows = [
        ("scenes", f"{d['scenes']:,}"),
        ("endings", f"{d['endings']:,}"),
        ("choices", f"{d['choices']:,}" + (f" ({d['fallbacks']:,} fallback)" if d["fallbacks"] else "")),
        ("branching", f"{d['branching']:.2f} choices per scene that offers any"),
        ("variables", f"{d['variables']:,}" + (f" (+ {d['constants']:,} const)" if d["constants"] else "")),
        ("words", f"{d['words']:,} ({_minutes(d['reading_minutes'])} to read everything)"),
    ]
    width = max(len(k) for k, _ in rows)
    out.extend(f"  {k.ljust(width)}  {v}" for k, v in rows)
    if len(d["files"]) > 1:
        out.append("")
        out.append("  words per file:")
        fw = max(len(f["file"]) for f in d["files"])
        out.extend(f"    {f['file'].ljust(fw)}  {f['words']:>7,}  ({plural(f['scenes'], 'scene')})" for f in d["files"])
    out.append("")
    if d["paths"] is None:
        out.append(f"  paths: {d['paths_note']}")
    else:
        out.append("  paths to each ending:")
        for p in d["paths"]:
            out.append(f"    {p['ending']}: " + _path_text(p))
        if d.get("paths_note"):
            out.append(f"  ({d['paths_note']})")
    return "\n".join(out)


def _path_text(p) -> str:
    if p.get("shortest") is None:
        return {"unreachable": "unreachable (no playthrough gets there)"}.get(p["status"], "not found")
    s, l = p["shortest"], p.get("longest")
    words = f"{s['words']:,} words, {_minutes(s['minutes'])}" if s["words"] is not None else "words unknown"
    short = f"shortest {plural(s['choices'], 'choice')} ({words})"
    if l is not None:
        return short + f"; longest {plural(l['choices'], 'choice')} (about {l['words']:,} words)"
    if p.get("longest_bounded") is False:
        return short + "; no longest: a loop can come first"
    return short


def _minutes(x: float) -> str:
    if x < 1:
        return "under a minute"
    return f"about {x:.0f} minute{'s' if round(x) != 1 else ''}"


