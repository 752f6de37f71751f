"""Between the story pipeline's data and LSP's: spans and ranges, diagnostics, paths and URIs."""

from __future__ import annotations

import os
import re

from lsprotocol import types as t
from pygls import uris

from ..diagnostics import Diagnostic, Severity

_SEVERITY = {Severity.ERROR: t.DiagnosticSeverity.Error, Severity.WARNING: t.DiagnosticSeverity.Warning,
             Severity.NOTE: t.DiagnosticSeverity.Information}
_SUGGEST = re.compile(r"no scene named `([^`]+)`; did you mean `([^`]+)`\?")
UNNECESSARY = {"FP208", "FP303"}  # unused variable, unreachable statement: shown faded


def path_of(uri: str) -> str:
    return os.path.abspath(uris.to_fs_path(uri) or uri)


def uri_of(path: str) -> str:
    return uris.from_fs_path(os.path.abspath(path))


def units(codec, line: str, column: int) -> int:
    """A 0-based column in the client's units from a 1-based column in characters."""
    prefix = line[: max(column - 1, 0)]
    return len(prefix) if prefix.isascii() else codec.client_num_units(prefix)


def column(codec, line: str, character: int) -> int:
    """A 1-based column in characters from a 0-based column in the client's units."""
    if line.isascii():
        return character + 1
    n = 0
    for i, ch in enumerate(line):
        if n >= character:
            return i + 1
        n += codec.client_num_units(ch)
    return len(line) + 1


class Lines:
    """The text of files by path, for turning columns into the client's units."""

    def __init__(self, codec, texts):
        self.codec = codec
        self.texts = texts  # path -> text or None
        self._lines = {}

    def line(self, path: str, n: int) -> str:
        if path not in self._lines:
            text = self.texts(path)
            self._lines[path] = text.split("\n") if text is not None else []
        lines = self._lines[path]
        return lines[n - 1] if 1 <= n <= len(lines) else ""

    def range(self, span) -> t.Range:
        path = os.path.abspath(span.file)
        a = self.line(path, span.line)
        start = t.Position(max(span.line - 1, 0), units(self.codec, a, span.column))
        end_line, end_col = span.end_line, span.end_column
        if (end_line, end_col) <= (span.line, span.column):
            end_line, end_col = span.line, span.column + 1
        b = a if end_line == span.line else self.line(path, end_line)
        return t.Range(start, t.Position(max(end_line - 1, 0), units(self.codec, b, end_col)))

    def location(self, span) -> t.Location:
        return t.Location(uri_of(span.file), self.range(span))

    def position(self, path: str, pos: t.Position):
        """(line, column), 1-based, in characters."""
        return pos.line + 1, column(self.codec, self.line(path, pos.line + 1), pos.character)


def diagnostic(d: Diagnostic, lines: Lines, related=()) -> t.Diagnostic:
    """Our diagnostic as LSP's: the same code, message and hint as `forkpaths check`."""
    message = d.message + (f"\nhint: {d.hint}" if d.hint else "")
    data = {"code": d.code}
    mt = _SUGGEST.search(d.message) if d.code == "FP202" else None
    if mt:
        data.update(name=mt.group(1), suggest=mt.group(2))
    return t.Diagnostic(range=lines.range(d.span), message=message, severity=_SEVERITY[d.severity],
                        code=d.code, source="forkpaths", data=data,
                        tags=[t.DiagnosticTag.Unnecessary] if d.code in UNNECESSARY else None,
                        related_information=list(related) or None)
