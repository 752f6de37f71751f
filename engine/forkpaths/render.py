"""Plain-text rendering of a View: the lines that non-interactive play prints and transcripts match."""

from __future__ import annotations

import re

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![\w])_(.+?)_(?![\w])")


def strip_markup(text: str) -> str:
    """`**bold**` and `_italic_` without their markers."""
    if "*" in text:
        text = _BOLD.sub(r"\1", text)
    if "_" in text:
        text = _ITALIC.sub(r"\1", text)
    return text


def styled_runs(text: str):
    """Split text into (style, text) runs: style is '', 'bold' or 'italic'."""
    out = []
    pos = 0
    pattern = re.compile(r"\*\*(.+?)\*\*|(?<![\w])_(.+?)_(?![\w])")
    for mt in pattern.finditer(text):
        if mt.start() > pos:
            out.append(("", text[pos:mt.start()]))
        if mt.group(1) is not None:
            out.append(("bold", mt.group(1)))
        else:
            out.append(("italic", mt.group(2)))
        pos = mt.end()
    if pos < len(text):
        out.append(("", text[pos:]))
    return out


def choice_line(number: int, choice) -> str:
    line = f"{number}. {strip_markup(choice.text)}"
    if not choice.available:
        line += f" (unavailable: {choice.reason})" if choice.reason else " (unavailable)"
    return line


def ending_line(name: str) -> str:
    return f"THE END: {name}"


STUCK_LINE = "The story cannot go on from here: no choice is available."


def plain_lines(view) -> list:
    """The paragraphs (one line each), then the numbered choices or the ending."""
    lines = [strip_markup(p) for p in view.paragraphs]
    if view.ending is not None:
        lines.append(ending_line(view.ending))
    else:
        lines.extend(choice_line(i, c) for i, c in enumerate(view.choices, 1))
        if view.stuck:
            lines.append(STUCK_LINE)
    return lines
