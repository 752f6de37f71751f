"""Present diagnostics to people and CI: text (grouped by file), JSON, GitHub annotations or SARIF."""

from __future__ import annotations

import os
import re
import sys

from .diagnostics import Severity, render_github, render_text, sort_key


def use_color(stream=None) -> bool:
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return hasattr(stream, "isatty") and stream.isatty()


def counts(diags) -> dict:
    out = {"error": 0, "warning": 0, "note": 0}
    for d in diags:
        out[d.severity.value] += 1
    return out


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def text_block(diags, lines_of, color=False) -> str:
    """All diagnostics, grouped by file, errors first in each file."""
    out = []
    for d in sorted(diags, key=sort_key):
        out.append(render_text(d, lines_of(d.span.file), color))
        out.append("")
    return "\n".join(out)


def github_block(diags) -> str:
    return "\n".join(render_github(d) for d in sorted(diags, key=sort_key))


def summary_line(diags) -> str:
    c = counts(diags)
    parts = [plural(c["error"], "error"), plural(c["warning"], "warning")]
    if c["note"]:
        parts.append(plural(c["note"], "note"))
    return ", ".join(parts)


def strict(diags, is_strict: bool):
    """With --strict, warnings count as errors."""
    if not is_strict:
        return list(diags)
    return [d.with_severity(Severity.ERROR) if d.severity is Severity.WARNING else d for d in diags]


# ---------------------------------------------------------------- check's JSON document (docs/check.schema.json)

FORMAT_VERSION = 1  # bump when a key changes meaning or goes away; new keys may come without a bump


def _absent_report() -> dict:
    """A story's analysis keys when there is no analysis (the story did not load, or --no-analysis):
    the same keys as Report.as_json(), null (no states explored, nothing complete)."""
    from .explore import Report
    out = {k: None for k in Report(None).as_json()}
    out.update(states_explored=0, complete=False, timed_out=False)
    return out


def story_json(shown: str, loaded, report, diags) -> dict:
    """One story's entry of `check --format json`: the same keys whether or not it loaded."""
    from .diagnostics import has_errors
    s = loaded.story
    title = s.title if s is not None else next((f.title for f in loaded.files[:1] if f.title), None)
    doc = {"file": shown, "ok": not has_errors(diags), "title": title,
           "files": list(s.files) if s is not None else (list(loaded.sources) or [shown]),
           "scene_count": len(s.scenes) if s is not None else None,
           "ending_count": len(s.endings) if s is not None else None}
    doc.update(report.as_json() if report is not None else _absent_report())
    if s is not None:
        _describe_targets(doc, s)
    doc["recovered"] = None  # a story with errors: what the rest reaches (commands/check_partial.py)
    return doc


def _describe_targets(doc: dict, story) -> None:
    """Beside each scene's and choice's stable key (`a`, `a.1`, `a.1.run`), how an author finds it:
    `scene `a``, `the gather at line 12 of scene `a``, `choice `run` of the gather at line 12 ...`."""
    from . import weave
    for name, entry in (doc.get("scenes") or {}).items():
        sc = story.scene_map.get(name)
        if sc is not None:
            entry["description"] = weave.describe(sc)
    for key, entry in (doc.get("choices") or {}).items():
        scene, _, cid = key.rpartition(".")
        sc = story.scene_map.get(scene)
        if sc is not None:
            entry["description"] = f"choice `{cid}` of {weave.describe(sc)}"


def check_json(diags, stories, reports, problems, seconds: float, strict: bool) -> dict:
    """The whole `check --format json` document."""
    from . import __version__
    done = [r for r in reports if r is not None]
    return {"format_version": FORMAT_VERSION, "tool": {"name": "forkpaths", "version": __version__},
            "strict": strict, "diagnostics": [d.as_json() for d in sorted(diags, key=sort_key)],
            "stories": stories, "problems": list(problems),
            "states_explored": sum(r.states_explored for r in done),
            "complete": bool(reports) and len(done) == len(reports) and all(r.complete for r in done),
            "seconds": round(seconds, 3)}


# ---------------------------------------------------------------- SARIF 2.1.0

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "note"}


def _pattern(template: str) -> str:
    """A message template with its fields shown as <name> (`{scene}` -> `<scene>`)."""
    import string
    out = []
    for literal, field, _, _ in string.Formatter().parse(template):
        out.append(literal)
        if field is not None:
            out.append(f"<{field}>")
    return "".join(out)


def _described(entry) -> str:
    """The rule's message pattern, or its title when the message is all detail (`{detail}`)."""
    pattern = _pattern(entry.template)
    return entry.title if not re.sub(r"<\w+>", "", pattern).strip() else pattern


def _rules():
    from .diagnostics import REGISTRY
    rules = []
    for code, entry in sorted(REGISTRY.items()):
        rules.append({"id": code, "name": "".join(w[:1].upper() + w[1:] for w in entry.title.split()),
                      "shortDescription": {"text": entry.title},
                      "fullDescription": {"text": _described(entry)},
                      "help": {"text": _pattern(entry.hint)},
                      "defaultConfiguration": {"level": _LEVEL[entry.severity]}})
    return rules


def _artifact(path: str) -> dict:
    """A file inside the current folder relative to SRCROOT; any other as an absolute file: URI."""
    from pathlib import Path
    from urllib.parse import quote
    rel = os.path.relpath(os.path.abspath(path))
    if os.path.isabs(path) or rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return {"uri": Path(os.path.abspath(path)).as_uri()}
    return {"uri": quote(rel.replace(os.sep, "/")), "uriBaseId": "SRCROOT"}


def _location(span, message: str | None = None, ident: int | None = None) -> dict:
    region = {"startLine": max(1, span.line), "startColumn": max(1, span.column)}
    if span.end_line >= span.line and span.end_column >= 1:
        region.update(endLine=span.end_line, endColumn=span.end_column)
    loc = {"physicalLocation": {"artifactLocation": _artifact(span.file), "region": region}}
    if ident is not None:
        loc["id"] = ident
    if message:
        loc["message"] = {"text": message}
    return loc


def _witness_of(d, report):
    """The witness playthrough behind a soft-lock (FP404) or runtime-error (FP405) finding, if any."""
    if report is None:
        return None
    if d.code == "FP404":
        return next((sl.witness for sl in report.softlocks if sl.span == d.span), None)
    if d.code == "FP405":
        return next((e.witness for e in report.errors if e.span == d.span and e.message in d.message), None)
    return None


def _steps(story, witness) -> list:
    """The witness's choices as related locations: where each choice is written, in order."""
    out = []
    for i, step in enumerate(getattr(witness, "steps", ()), 1):
        sc = story.scene_map.get(step.scene) if story is not None else None
        ch = next((c for c in sc.choices if c.id == step.choice), None) if sc is not None else None
        if ch is None:
            continue
        out.append(_location(ch.span, f"step {i}: choose {step.number}. \u201c{step.text}\u201d", i))
    return out


def sarif(entries, extra, seconds: float, problems=()) -> dict:
    """A SARIF 2.1.0 log of `check`'s findings. `entries` are (diagnostics, Report or None, Story or None)
    per story; `extra` maps id(diagnostic) to the witness lines shown under it."""
    from . import __version__
    rules = _rules()
    index = {r["id"]: i for i, r in enumerate(rules)}
    results = []
    for diags, report, story in entries:
        for d in sorted(diags, key=sort_key):
            text = d.message + (f" {d.hint}" if d.hint else "")
            lines = extra.get(id(d))
            if lines:
                text += "\n" + "\n".join(line.strip().lstrip("= ") for line in lines)
            result = {"ruleId": d.code, "ruleIndex": index[d.code], "level": _LEVEL[d.severity],
                      "message": {"text": text}, "locations": [_location(d.span)]}
            related = _steps(story, _witness_of(d, report))
            if related:
                result["relatedLocations"] = related
            results.append(result)
    from pathlib import Path
    run = {"tool": {"driver": {"name": "forkpaths", "version": __version__, "semanticVersion": __version__,
                               "rules": rules}},
           "originalUriBaseIds": {"SRCROOT": {"uri": Path(os.getcwd()).as_uri().rstrip("/") + "/"}},
           "results": results,
           "invocations": [{"executionSuccessful": not problems,
                            "toolExecutionNotifications": [{"level": "error", "message": {"text": p}}
                                                           for p in problems]}],
           "properties": {"seconds": round(seconds, 3)}}
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}
