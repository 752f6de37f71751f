"""Display width of text in a terminal, by grapheme cluster (wcwidth): what wrapping and carets count."""

from __future__ import annotations

import wcwidth


def width(text: str) -> int:
    """Columns the text takes: wide (East Asian) clusters and emoji count two, combining marks, joiners,
    modifiers and conjoining jamo none beyond their cluster's; control characters none."""
    if text.isascii() and text.isprintable():
        return len(text)
    return wcwidth.width(text, control_codes="ignore")


def clusters(text: str):
    """The grapheme clusters of the text (what a reader sees as one character), with their widths."""
    for g in wcwidth.iter_graphemes(text):
        yield g, width(g)
