"""Printable text: control characters escaped before anything reaches a terminal or a log."""

from __future__ import annotations

import re
import sys

# C0 controls but tab and newline, DEL, the C1 controls (U+009B is a CSI on some terminals),
# and the BiDi embeddings, overrides and isolates that reorder what a line shows.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(mt) -> str:
    c = ord(mt.group())
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"


def printable(text: str) -> str:
    """The text with every control character shown as an escape (`\\x1b`, `\\u202e`), so
    text from a save, a translation, a file name or a story can never command the terminal."""
    if text.isprintable() or not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(_escape, text)


def say_error(message: str, file=None) -> None:
    """One `forkpaths: error: MESSAGE` line (standard error unless `file` is given), made
    printable: a message carries file names and other text the user or a planted file chose."""
    print(f"forkpaths: error: {printable(message)}", file=file if file is not None else sys.stderr)
