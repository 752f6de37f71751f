"""Present diagnostics to people and CI: text (grouped by file), JSON or GitHub annotations."""

from __future__ import annotations

import os
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
