"""Wrapping styled text to a terminal's width, measured by grapheme cluster (wide characters and emoji take two columns)."""

from __future__ import annotations

import re

from .. import render
from ..textwidth import clusters, width


def _words(runs):
    """Styled runs -> words, each a list of (style, text) fragments (words never contain spaces)."""
    words = [[]]
    for style, text in runs:
        parts = text.split(" ")
        for i, part in enumerate(parts):
            if i:
                words.append([])
            if part:
                words[-1].append((style, part))
    return [w for w in words if w]


def _split_fragment(style, text, room):
    """Cut a fragment so that its first piece fits in `room` columns (at least one grapheme cluster: an
    emoji sequence or a syllable of conjoining jamo is never cut apart)."""
    used, cut = 0, 0
    for g, w in clusters(text):
        if used + w > room and cut > 0:
            break
        used += w
        cut += len(g)
    return (style, text[:cut]), (style, text[cut:]), used


def _space_style(line, word) -> str:
    """A space between two words takes their style when they share it (fewer escape codes)."""
    before = line[-1][0] if line else ""
    return before if before == word[0][0] else ""


def wrap_runs(runs, columns: int, indent: int = 0, first_prefix=None) -> list:
    """Greedy word wrap of styled runs -> lines, each a list of (style, text).

    Continuation lines are indented by `indent` spaces; `first_prefix` (a list of
    fragments, `indent` columns wide) starts the first line. A word wider than a
    whole line is cut between characters (the only place Chinese or Japanese text
    without spaces can break); Korean breaks between words, like English.
    """
    columns = max(columns, indent + 8)
    lines = []
    line = list(first_prefix or ([("", " " * indent)] if indent else []))
    used = indent
    fresh = True  # nothing but the indent on this line yet
    for word in _words(runs):
        w = sum(width(t) for _, t in word)
        need = w + (0 if fresh else 1)
        if used + need <= columns:
            if not fresh:
                line.append((_space_style(line, word), " "))
            line.extend(word)
            used += need
            fresh = False
            continue
        if w <= columns - indent:
            lines.append(line)
            line = [("", " " * indent)] if indent else []
            line.extend(word)
            used = indent + w
            fresh = False
            continue
        # a word longer than a line: fill this line, then cut it across the next ones
        if not fresh:
            if used + 2 > columns:
                lines.append(line)
                line, used = ([("", " " * indent)] if indent else []), indent
            else:
                line.append((_space_style(line, word), " "))
                used += 1
        frags = list(word)
        while frags:
            style, text = frags.pop(0)
            room = columns - used
            if width(text) <= room:
                line.append((style, text))
                used += width(text)
                continue
            head, rest, cols = _split_fragment(style, text, room)
            if cols > room:  # not even one character fits: new line first
                lines.append(line)
                line, used = ([("", " " * indent)] if indent else []), indent
                frags.insert(0, (style, text))
                continue
            line.append(head)
            lines.append(line)
            line, used = ([("", " " * indent)] if indent else []), indent
            if rest[1]:
                frags.insert(0, rest)
        fresh = False
    if line and (not fresh or first_prefix):
        lines.append(line)
    return lines


def wrap_text(text: str, columns: int, indent: int = 0) -> list:
    """Plain text wrapped -> lines (strings)."""
    return ["".join(t for _, t in ln) for ln in wrap_runs([("", text)], columns, indent)]


def paragraph_runs(text: str):
    """A paragraph's markup (`**bold**`, `_italic_`) as styled runs."""
    return render.styled_runs(text)


_LAST_COLUMN = re.compile(r"\S {2,}(?=\S)")
MIN_LAST_COLUMN = 16  # columns: narrower than this, a table's last column wraps under its line instead


def wrap_preformatted(style: str, line: str, columns: int) -> list:
    """One line of a table or of :help, spaces kept -> lines, each a list of (style, text).

    A line that fits is shown as it is, padding and all. A longer one keeps everything before its last
    column (the text after its last run of two or more spaces) and wraps that column beneath itself,
    so the columns stay aligned; with no such column, or too little room for it, it wraps under the
    line's own indent.
    """
    if width(line) <= columns:
        return [[(style, line)]] if line else [[]]
    lead = len(line) - len(line.lstrip(" "))
    gaps = list(_LAST_COLUMN.finditer(line))
    cut = gaps[-1].end() if gaps else lead
    if width(line[:cut]) > columns - MIN_LAST_COLUMN:
        cut = lead
    head, rest = line[:cut], line[cut:]
    return wrap_runs([(style, rest.strip(" "))], columns, width(head), [(style, head)] if head else None)
