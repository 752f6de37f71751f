"""A story as the editor sees it: open buffers over files, per-scene parses kept between edits, diagnostics."""

from __future__ import annotations

import bisect
import hashlib
import os
import re

import attrs
from attrs import define, frozen

from .. import loader, parser, source
from ..diagnostics import Diagnostic
from ..model import Span, StoryFile
from . import index as ix
from . import recheck

_PIECE = re.compile(r"\n[ \t]*===")  # a scene header starts a piece of its own
_TOKEN = re.compile("\x00(\\d+)\x00")
_TOKEN_POS = re.compile("\x00(\\d+)\x00:(\\d+):(\\d+)")
_INCLUDE = re.compile(r'^[ \t]*include[ \t]+"([^"\n]*)"', re.M)


@define
class Piece:
    """A parsed piece of a file (its header, or one scene), in coordinates of its own."""

    token: str  # the piece's stand-in file name: spans inside it are relative to the piece
    text: str
    file: StoryFile
    diags: list
    lines: list
    occurrences: list | None = None  # index.Occurrence list, built when a feature first needs it
    newlines: int = 0


@frozen
class Result:
    """One load of a story: its diagnostics by file and what the features read."""

    loaded: loader.Loaded
    diagnostics: dict  # absolute path -> [Diagnostic] (spans and messages in real coordinates)
    pieces: dict  # absolute path -> [(line offset, Piece)]
    paths: tuple  # absolute paths of the story's files, main first


class Project:
    """The story whose main file is `main`: reloads on every edit, re-parsing only changed pieces."""

    def __init__(self, main: str):
        self.main = os.path.abspath(main)
        self._pieces = {}  # display path -> {text: [Piece]}
        self._where = {}  # token -> (display path, line offset)
        self._count = 0
        self._placed = {}  # display path -> [(offset, Piece)] of the latest load
        self._files = {}  # real path -> ((mtime, size), read result) of files read from disk
        self._placed_last = {}  # display path -> [(offset, Piece)] as last parsed (kept across loads)
        self.result: Result | None = None
        self.memo = recheck.Memo()
        self._check = recheck.resolver(self.memo)

    # ------------------------------------------------------------ loading
    def load(self, overlay: dict) -> Result:
        """Load the story afresh; `overlay` maps real paths of open buffers to their text."""

        def read(path):
            real = os.path.realpath(path)
            if real in overlay:
                return _buffer_source(path, overlay[real])
            return self._disk(path, real)

        self._placed = {}
        self._where = {}
        try:
            loaded = loader.load(self.main, read=read, parse=self._parse, check=self._check)
        except loader.StoryIOError:  # the main file went away: nothing to say about it
            loaded = loader.Loaded(None, (), {})
        by_file = {}
        for d in loaded.diagnostics:
            d = self.real_diag(d)
            by_file.setdefault(os.path.abspath(d.span.file), []).append(d)
        pieces = {os.path.abspath(p): placed for p, placed in self._placed.items()}
        paths = tuple(os.path.abspath(f.path) for f in loaded.files) or (self.main,)
        for p in paths:
            by_file.setdefault(p, [])
        # forget pieces of files the story no longer has
        self._pieces = {p: v for p, v in self._pieces.items() if p in self._placed}
        self.result = Result(loaded, by_file, pieces, paths)
        return self.result

    def _disk(self, path, real):
        try:
            st = os.stat(real)
            key = (st.st_mtime_ns, st.st_size, path)
        except OSError:
            key = None
        have = self._files.get(real)
        if key is not None and have is not None and have[0] == key:
            return have[1]
        got = source.read(path)
        self._files[real] = (key, got)
        return got

    def _parse(self, src):
        """parser.parse_source, one piece at a time, reusing the pieces whose text has not changed."""
        text = src.text
        before = self._placed_last.get(src.path, [])
        whole = _hides_a_header(text)  # then the file is parsed whole, as `check` parses it
        if whole:
            before = []

        def cut(i):  # may a piece start at offset i?
            return not whole and i > 0 and text[i - 1] == "\n" and bool(_PIECE.match(text, i - 1))
        # the pieces at the start and at the end that are still there, unchanged (compared in place)
        head, pos = [], 0
        for _, piece in before:
            end = pos + len(piece.text)
            if not text.startswith(piece.text, pos) or not (end == len(text) or cut(end)):
                break
            head.append(piece)
            pos = end
        tail, stop = [], len(text)
        for _, piece in reversed(before[len(head):]):
            start = stop - len(piece.text)
            if start < pos or not text.endswith(piece.text, 0, stop) or not cut(start):
                break
            tail.append(piece)
            stop = start
        tail.reverse()
        # cut what lies between into pieces again, at every scene header
        cuts = [pos] + [mt.start() + 1 for mt in _PIECE.finditer(text, max(pos - 1, 0), stop)
                        if pos < mt.start() + 1 < stop and cut(mt.start() + 1)] + [stop]
        old = self._pieces.get(src.path, {})
        taken = {id(p) for p in head} | {id(p) for p in tail}
        middle = []
        for a, b in zip(cuts, cuts[1:]):
            if a == b:
                continue
            piece_text = text[a:b]
            piece = next((p for p in old.get(piece_text, ()) if id(p) not in taken), None)
            if piece is None:
                piece = self._parse_piece(piece_text)
            taken.add(id(piece))
            middle.append(piece)
        placed, line, new = [], 0, {}
        for piece in head + middle + tail:
            placed.append((line, piece))
            self._where[piece.token] = (src.path, line)
            new.setdefault(piece.text, []).append(piece)
            line += piece.newlines
        self._pieces[src.path] = new
        self._placed[src.path] = placed
        self._placed_last[src.path] = placed
        return self._merge(src.path, placed)

    def _parse_piece(self, text: str) -> Piece:
        self._count += 1
        token = f"\x00{self._count}\x00"
        psrc, errs = source.decode(token, text.encode("utf-8", "surrogatepass"))
        if psrc is None:  # not text (a control character, a huge line): the piece is left out
            mt = parser._HEAD_NAME.match(text.lstrip(" \t"))
            broken = (mt.group(1),) if mt else (parser.HEADER_BROKEN,)
            empty = StoryFile(token, None, None, None, None, (), (), (), broken=broken)
            return Piece(token, text, empty, list(errs), text.split("\n"), None, text.count("\n"))
        parsed, diags = parser.parse_source(psrc)
        return Piece(token, text, parsed, list(diags), psrc.lines, None, text.count("\n"))

    def _merge(self, path: str, placed):
        files = [p.file for _, p in placed]
        diags = [d for _, p in placed for d in p.diags]
        head = files[0]
        scenes = tuple(sc for f in files for sc in f.scenes)
        broken = tuple(b for f in files for b in f.broken)
        merged = StoryFile(path, head.title, head.author, head.start, head.start_span, head.includes,
                           head.variables, scenes, head.title_span, head.author_span, broken,
                           head.header_errors)
        return merged, diags

    # ------------------------------------------------------------ coordinates
    def real_span(self, span: Span) -> Span:
        where = self._where.get(span.file)
        if where is None:
            return span
        path, off = where
        return Span(path, span.line + off, span.column, span.end_line + off, span.end_column)

    def _real_text(self, text: str) -> str:
        if "\x00" not in text:
            return text

        def sub(mt):
            where = self._where.get(f"\x00{mt.group(1)}\x00")
            if where is None:
                return mt.group(0)
            return f"{where[0]}:{int(mt.group(2)) + where[1]}:{mt.group(3)}"
        return _TOKEN_POS.sub(sub, text)

    def real_diag(self, d: Diagnostic) -> Diagnostic:
        if "\x00" not in d.span.file and "\x00" not in d.message and "\x00" not in d.hint:
            return d
        return attrs.evolve(d, span=self.real_span(d.span), message=self._real_text(d.message),
                            hint=self._real_text(d.hint))

    # ------------------------------------------------------------ names
    def _occ(self, piece: Piece) -> list:
        if piece.occurrences is None:
            piece.occurrences = ix.occurrences(piece.file, piece.lines)
        return piece.occurrences

    @staticmethod
    def _moved(oc, path, off):
        s = oc.span
        return attrs.evolve(oc, span=Span(path, s.line + off, s.column, s.end_line + off, s.end_column))

    def occurrences(self, kind=None, name=None, role=None) -> list:
        """Definitions and uses of names in the story, in real coordinates (index.Occurrence)."""
        if self.result is None:
            return []
        out = []
        for path, placed in self.result.pieces.items():
            for off, piece in placed:
                for oc in self._occ(piece):
                    if (name is None or oc.name == name) and (kind is None or oc.kind == kind) and \
                            (role is None or oc.role == role):
                        out.append(self._moved(oc, path, off))
        return out

    def at(self, path: str, line: int, column: int):
        """The Occurrence under a 1-based position of a file, or None."""
        if self.result is None:
            return None
        placed = self.result.pieces.get(os.path.abspath(path), [])
        i = bisect.bisect_right([off for off, _ in placed], line - 1) - 1
        if i < 0:
            return None
        off, piece = placed[i]
        for oc in self._occ(piece):
            s = oc.span
            if s.line + off == line and s.column <= column <= s.end_column:
                return self._moved(oc, os.path.abspath(path), off)
        return None

    def piece_at(self, path: str, line: int):
        """(line offset, Piece) holding a 1-based line of a file, or None."""
        if self.result is None:
            return None
        placed = self.result.pieces.get(os.path.abspath(path), [])
        i = bisect.bisect_right([off for off, _ in placed], line - 1) - 1
        return placed[i] if i >= 0 else None

    def scene_ranges(self, path: str) -> list:
        """(scene name, first line, last non-blank line) of each scene of a file, 1-based."""
        if self.result is None:
            return []
        out = []
        for off, piece in self.result.pieces.get(os.path.abspath(path), []):
            for sc in piece.file.scenes:
                if sc.part_of is not None:
                    continue  # a part of the scene's weave folds with its scene
                last = len(piece.lines)
                while last > sc.span.line and not piece.lines[last - 1].strip():
                    last -= 1
                out.append((sc.name, sc.span.line + off, last + off))
        return out


def _hides_a_header(text: str) -> bool:
    """Whether a block comment may hide a scene header (so the file cannot be cut at its headers).

    Every `/*` counts as the start of a comment, up to the first `*/` after it (or the end of the
    text), so a `/*` inside a string or a line comment can only make this true, never false.
    """
    i = text.find("/*")
    while i >= 0:
        j = text.find("*/", i + 2)
        end = len(text) if j < 0 else j
        mt = _PIECE.search(text, i, end)
        if mt is not None and mt.end() <= end:
            return True
        i = text.find("/*", i + 2)
    return False


def _buffer_source(path: str, text: str):
    """An open buffer as a Source, cheaply: each piece is decoded and checked when it is parsed."""
    if len(text) * 4 > source.MAX_FILE_BYTES or "\r" in text or text.startswith("\ufeff"):
        return source.decode(path, text.encode("utf-8", "surrogatepass"))
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return source.Source(path, text, text, (), digest), []


def includes_of(path: str, text: str) -> list:
    """Real paths that a file's `include` lines name (a quick scan; the loader checks them properly)."""
    base = os.path.dirname(os.path.realpath(path))
    return [os.path.realpath(os.path.join(base, mt.group(1))) for mt in _INCLUDE.finditer(text)]


def find_main(path: str, texts, stop: str | None = None, _seen=None) -> str:
    """The main file of the story that includes `path` (itself if no story includes it).

    Looks in the file's folder and the folders above it (up to `stop`, the workspace root, or
    four levels) for a story file whose includes reach `path`; `texts(real)` gives a file's text.
    """
    real = os.path.realpath(path)
    seen = (_seen or set()) | {real}
    folder = os.path.dirname(real)
    stop = os.path.realpath(stop) if stop else None
    for _ in range(5):
        names = []
        try:
            names = sorted(n for n in os.listdir(folder) if n.endswith(".story"))
        except OSError:
            pass
        names.sort(key=lambda n: n != "main.story")
        for name in names:
            cand = os.path.join(folder, name)
            if os.path.realpath(cand) not in seen and real in _closure(cand, texts):
                return find_main(cand, texts, stop, seen)
        parent = os.path.dirname(folder)
        if folder == stop or parent == folder or (stop and not parent.startswith(stop)):
            break
        folder = parent
    return path


def _closure(path: str, texts) -> set:
    seen, todo = set(), [os.path.realpath(path)]
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        text = texts(p)
        if text is not None:
            todo.extend(includes_of(p, text))
    return seen
