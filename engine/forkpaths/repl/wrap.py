"""Wrapping styled text to a terminal's width, counting wide (East Asian) characters as two columns."""

from __future__ import annotations

import unicodedata

from .. import render


def char_width(ch: str) -> int:
    """Columns a character takes in a terminal: 0, 1 or 2."""
    o = ord(ch)
    if o < 0x300:
        return 0 if o < 32 or 0x7F <= o < 0xA0 else 1
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def width(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(char_width(c) for c in text)


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
    """Cut a fragment so that its first piece fits in `room` columns (at least one character)."""
    used, cut = 0, 0
    for i, ch in enumerate(text):
        w = char_width(ch)
        if used + w > room and i > 0:
            break
        used += w
        cut = i + 1
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
