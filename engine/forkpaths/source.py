"""Source text: read story bytes safely, decode them, and normalise lines for the parser."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata

import attrs
from attrs import frozen

from . import files
from .diagnostics import Diagnostic
from .model import Span

MAX_FILE_BYTES = 40 * 1024 * 1024
MAX_LINE_CHARS = 1024 * 1024 + 1024

_INDENT = re.compile(r"^[ \t]+", re.M)
_LEAD = re.compile(r"^[ \t]*", re.M)  # the indentation of each line
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@frozen
class Source:
    """A decoded file: its original lines (for messages) and the parser's text."""

    path: str
    text: str  # decoded, newlines normalised to "\n"
    parse_text: str  # indentation removed from every line, ends with "\n"
    indents: tuple  # indentation width of each line (0-based index)
    digest: str = ""

    @property
    def lines(self) -> list:
        return self.text.split("\n")

    def span(self, line: int, column: int, end_line: int, end_column: int) -> Span:
        ind = self.indents
        c = column + (ind[line - 1] if 0 < line <= len(ind) else 0)
        e = end_column + (ind[end_line - 1] if 0 < end_line <= len(ind) else 0)
        return Span(self.path, line, c, end_line, e)


def _pos_of(text: str, index: int):
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, col


def too_large(path: str, size: int | None):
    limit = MAX_FILE_BYTES // 1048576
    what = f"{size / 1048576:.1f} MB" if size else f"more than {limit} MB"
    return Diagnostic.make("FP112", Span(path, 1, 1, 1, 1),
                           detail=f"the file is {what}; the limit is {limit} MB")


# C1 controls (U+0080-U+009F: U+009B is a CSI on some terminals) and the BiDi embeddings,
# overrides and isolates, which make text display in another order than it is stored.
_UNSAFE = re.compile("[\u0080-\u009f\u202a-\u202e\u2066-\u2069]")


def _unsafe(path: str, text: str, mt):
    ch = mt.group()
    line, col = _pos_of(text, mt.start())
    if ch <= "\u009f":
        what = f"the C1 control character U+{ord(ch):04X}, which some terminals obey as a command,"
    else:
        what = f"U+{ord(ch):04X} {unicodedata.name(ch)}, which makes text display in another order than it is written,"
    return Diagnostic.make("FP152", Span(path, line, col, line, col + 1), detail=f"{what} is in the text")


def _utf16(data: bytes) -> str:
    """"little-endian"/"big-endian" when the bytes look like UTF-16 (a BOM, or NULs at every other byte)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "little-endian" if data[:2] == b"\xff\xfe" else "big-endian"
    head = data[:4096]
    if len(head) >= 4 and b"\x00" in head:
        for name, zeros in (("little-endian", head[1::2]), ("big-endian", head[0::2])):
            if zeros.count(0) >= 0.9 * len(zeros):
                return name
    return ""


def decode(path: str, data: bytes, size: int | None = None):
    """Bytes -> (Source, []) or (None, [diagnostic]) for binary, non-UTF-8 or huge input."""
    if len(data) > MAX_FILE_BYTES:
        return None, [too_large(path, size if size and size > MAX_FILE_BYTES else len(data))]
    utf16 = _utf16(data)
    if utf16:
        return None, [Diagnostic.make("FP110", Span(path, 1, 1, 1, 1),
                                      detail=f"the file is UTF-16 ({utf16}) text; story files are UTF-8")]
    nul = data.find(b"\x00")
    if nul >= 0:
        before = data[:nul].decode("utf-8", "replace")
        line, col = _pos_of(before, len(before))
        return None, [Diagnostic.make(
            "FP111", Span(path, line, col, line, col + 1),
            detail="the file contains NUL bytes, so it is not text")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        good = data[: e.start].decode("utf-8", "replace")
        line, col = _pos_of(good, len(good))
        return None, [Diagnostic.make(
            "FP110", Span(path, line, col, line, col + 1),
            detail=f"byte 0x{data[e.start]:02x} at offset {e.start} is not valid UTF-8")]
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = _CONTROL.search(text)
    if bad:
        line, col = _pos_of(text, bad.start())
        return None, [Diagnostic.make(
            "FP111", Span(path, line, col, line, col + 1),
            detail=f"control character U+{ord(bad.group()):04X} in the text")]
    unsafe = [_unsafe(path, text, mt) for mt in _UNSAFE.finditer(text)][:10]
    if unsafe:
        return None, unsafe
    lines = text.split("\n")
    longest = max(lines, key=len) if len(text) > MAX_LINE_CHARS else ""
    if len(longest) > MAX_LINE_CHARS:
        line = lines.index(longest) + 1
        return None, [Diagnostic.make(
            "FP114", Span(path, line, 1, line, 1),
            detail=f"line {line} is {len(longest):,} characters long; the limit is {MAX_LINE_CHARS:,}")]
    parse_text = _INDENT.sub("", text)
    if parse_text is text or len(parse_text) == len(text):
        indents = (0,) * len(lines)
    else:
        indents = tuple(map(len, _LEAD.findall(text)))  # one per line, as `lines`
    if not parse_text.endswith("\n"):
        parse_text += "\n"
    digest = hashlib.sha256(data).hexdigest()
    return Source(path, text, parse_text, indents, digest), []


def read(path: str):
    """Read and decode a file; I/O errors propagate as OSError for the caller.

    Only regular files are read (files.read_bytes): a folder raises IsADirectoryError, and
    a FIFO, socket or device raises OSError at once instead of blocking. A file over the
    size limit is refused from its size, without reading it.
    """
    try:
        data = files.read_bytes(path, MAX_FILE_BYTES)
    except files.TooLarge as e:
        return None, [too_large(path, e.size)]
    return decode(path, data, len(data))


def with_path(src: Source, path: str) -> Source:
    return attrs.evolve(src, path=path)
