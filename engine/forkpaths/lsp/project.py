"""A story as the editor sees it: open buffers over files, per-scene parses kept between edits, diagnostics."""

from __future__ import annotations

import bisect
import hashlib
import itertools
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
    values: dict | None = None  # enumeration value -> its enumeration (Project.values fills it in)


class Project:
    """The story whose main file is `main`: reloads on every edit, re-parsing only changed pieces."""

    def __init__(self, main: str):
        self.main = os.path.abspath(main)
        self._where = {}  # token -> (display path, line offset) of every piece placed so far
        self._count = 0
        self._placed = {}  # display path -> [(offset, Piece)] of the latest load
        self._last = {}  # display path -> _Placement: the file as last parsed
        self._files = {}  # real path -> ((mtime, size), read result) of files read from disk
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
        # forget files the story no longer has, and where pieces no longer placed were
        self._last = {p: v for p, v in self._last.items() if p in self._placed}
        live = sum(len(v) for v in self._placed.values())
        if len(self._where) > 2 * live + 64:
            self._where = {piece.token: (p, line) for p, placed in self._placed.items() for line, piece in placed}
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
        text, path = src.text, src.path
        last = self._last.get(path)
        if last is not None and last.text == text:  # unchanged (another file of the story was edited)
            self._placed[path] = last.placed_list
            return last.merged, list(last.diags.items)
        whole = _hides_a_header(text)  # then the file is parsed whole, as `check` parses it

        def cut(i):  # may a piece start at offset i?
            return not whole and 0 < i < len(text) and text[i - 1] == "\n" and bool(_PIECE.match(text, i - 1))
        n = len(last.pieces) if last is not None else 0
        h = k = 0  # the first h pieces and the last n - k are still there, unchanged
        if last is not None and not whole and not last.whole:
            old = last.text
            d0 = _common_prefix(old, text)
            d1 = _common_suffix(old, text, min(len(old), len(text)) - d0)
            starts = last.chars.ends
            h = bisect.bisect_right(starts, d0) - 1  # pieces [0, h) end at or before d0
            if h > 0 and starts[h] != len(text) and not cut(starts[h]):
                h -= 1  # the next piece's header was edited: this piece may run on into it
            k = max(bisect.bisect_left(starts, len(old) - d1), h)  # pieces [k, n) start at or after
            shift = len(text) - len(old)
            if k < n and not cut(starts[k] + shift):
                k += 1
            pos, stop = starts[h], (starts[k] + shift if k < n else len(text))
        else:
            h, k, pos, stop = 0, n, 0, len(text)
        # cut what lies between into pieces again, at every scene header
        cuts = [pos] + [mt.start() + 1 for mt in _PIECE.finditer(text, max(pos - 1, 0), stop)
                        if pos < mt.start() + 1 < stop and cut(mt.start() + 1)] + [stop]
        spare = {}  # the pieces being replaced, by text: one that comes back is not parsed again
        for piece in (last.pieces[h:k] if last is not None else ()):
            spare.setdefault(piece.text, []).append(piece)
        middle = []
        for a, b in zip(cuts, cuts[1:]):
            if a == b:
                continue
            piece_text = text[a:b]
            again = spare.get(piece_text)
            middle.append(again.pop() if again else self._parse_piece(piece_text))
        if last is None:
            last = _Placement.empty()
        placement = last.splice(h, k, middle, text, whole)
        placed = placement.placed_list = placement.placed
        for line, piece in placed[h:]:
            self._where[piece.token] = (path, line)
        self._placed[path] = placed
        head = placement.pieces[0].file if placement.pieces else _EMPTY
        placement.merged = attrs.evolve(head, path=path, **{n: r.items for n, r in placement.joined.items()})
        self._last[path] = placement
        return placement.merged, list(placement.diags.items)

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

    def values(self) -> dict:
        """Each value of the story's enumerations -> the name of its enumeration."""
        if self.result is None:
            return {}
        if self.result.values is None:
            object.__setattr__(self.result, "values", {v: e.name for f in self.result.loaded.files
                                                       for e in getattr(f, "enums", ()) for v in e.members})
        return self.result.values

    def _kind(self, oc, values, enums=None):
        """A use of an enumeration's value (or name) is parsed as a variable: say what it is."""
        if oc.kind == ix.VARIABLE and oc.role != ix.DEF:
            if oc.name in values:
                return attrs.evolve(oc, kind=ix.VALUE)
            if oc.name in (enums if enums is not None else set(values.values())):  # `set(heat)`
                return attrs.evolve(oc, kind=ix.ENUM)
        return oc

    def occurrences(self, kind=None, name=None, role=None) -> list:
        """Definitions and uses of names in the story, in real coordinates (index.Occurrence)."""
        if self.result is None:
            return []
        values = self.values()
        enums = set(values.values())
        out = []
        for path, placed in self.result.pieces.items():
            for off, piece in placed:
                for oc in self._occ(piece):
                    if values:
                        oc = self._kind(oc, values, enums)
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
                return self._moved(self._kind(oc, self.values()), os.path.abspath(path), off)
        return None

    def piece_at(self, path: str, line: int):
        """(line offset, Piece) holding a 1-based line of a file, or None."""
        if self.result is None:
            return None
        placed = self.result.pieces.get(os.path.abspath(path), [])
        i = bisect.bisect_right([off for off, _ in placed], line - 1) - 1
        return placed[i] if i >= 0 else None

    def broken_scenes(self) -> list:
        """Names of the scenes that did not parse (being typed, most likely), in story order."""
        if self.result is None:
            return []
        return [b for f in self.result.loaded.files for b in f.broken if b != parser.HEADER_BROKEN]

    def functions(self) -> list:
        """The story's functions as parsed (model.Function), in story order."""
        if self.result is None:
            return []
        return [fn for f in self.result.loaded.files for fn in getattr(f, "functions", ())]

    def function_ranges(self, path: str) -> list:
        """(function name, first line, last non-blank line) of each function of a file, 1-based."""
        if self.result is None:
            return []
        out = []
        for off, piece in self.result.pieces.get(os.path.abspath(path), []):
            for fn in getattr(piece.file, "functions", ()):
                out.append((fn.name, fn.span.line + off, _last_line(piece.lines, fn.span.line) + off))
        return out

    def broken_ranges(self, path: str) -> list:
        """(scene name, first line, last non-blank line) of each piece of a file whose scene did not parse."""
        if self.result is None:
            return []
        out = []
        for off, piece in self.result.pieces.get(os.path.abspath(path), []):
            names = [b for b in piece.file.broken if b != parser.HEADER_BROKEN]
            if len(names) == 1 and not piece.file.scenes:
                out.append((names[0], off + 1, off + _last_line(piece.lines, 1)))
        return out

    def scene_ranges(self, path: str) -> list:
        """(scene name, first line, last non-blank line) of each scene of a file, 1-based."""
        if self.result is None:
            return []
        out = []
        for off, piece in self.result.pieces.get(os.path.abspath(path), []):
            for sc in piece.file.scenes:
                if sc.part_of is not None:
                    continue  # a part of the scene's weave folds with its scene
                out.append((sc.name, sc.span.line + off, _last_line(piece.lines, sc.span.line) + off))
        return out


_EMPTY = StoryFile("", None, None, None, None, (), (), ())


class _Runs:
    """A sequence made of runs, one per piece, in which a stretch of runs can be replaced cheaply."""

    __slots__ = ("items", "ends")

    def __init__(self, items=(), ends=(0,)):
        self.items = tuple(items)
        self.ends = list(ends)  # ends[i]: where run i starts (ends[-1]: the length)

    def splice(self, h: int, k: int, runs) -> "_Runs":
        """Runs [h, k) replaced by `runs` (each a sequence)."""
        a, b = self.ends[h], self.ends[k]
        mid = tuple(itertools.chain.from_iterable(runs))
        shift = len(mid) - (b - a)
        ends = self.ends[:h] + list(itertools.accumulate((len(r) for r in runs), initial=a))
        return _Runs(self.items[:a] + mid + self.items[b:], ends + [e + shift for e in self.ends[k + 1:]])


class _Sums:
    """Running totals of a number per piece (its characters, its lines), spliced like _Runs."""

    __slots__ = ("ends",)

    def __init__(self, ends=(0,)):
        self.ends = list(ends)

    def splice(self, h: int, k: int, sizes) -> "_Sums":
        a, b = self.ends[h], self.ends[k]
        mid = list(itertools.accumulate(sizes, initial=a))
        shift = mid[-1] - b
        return _Sums(self.ends[:h] + mid + [e + shift for e in self.ends[k + 1:]])


# the StoryFile fields that a file's pieces each hold part of (scenes, broken scenes, ...), joined in order;
# the others (title, start, ...) come from the header piece
_JOINED = tuple(f.name for f in attrs.fields(StoryFile) if f.type in ("tuple", tuple))


@define
class _Placement:
    """A file as last parsed: its text, its pieces in order and what merging them gave."""

    text: str
    whole: bool  # parsed as one piece (a block comment may hide a header)
    pieces: list
    lines: _Sums  # the line offset of each piece
    chars: _Sums  # the character offset of each piece
    diags: _Runs
    joined: dict  # field of _JOINED -> _Runs
    merged: StoryFile | None = None
    placed_list: list | None = None

    @classmethod
    def empty(cls):
        return cls("", False, [], _Sums(), _Sums(), _Runs(), {name: _Runs() for name in _JOINED})

    @property
    def placed(self) -> list:
        return list(zip(self.lines.ends, self.pieces))

    def splice(self, h: int, k: int, middle: list, text: str, whole: bool) -> "_Placement":
        """The placement with pieces [h, k) replaced by `middle` (the others keep their text)."""
        return _Placement(
            text, whole, self.pieces[:h] + middle + self.pieces[k:],
            self.lines.splice(h, k, [p.newlines for p in middle]),
            self.chars.splice(h, k, [len(p.text) for p in middle]),
            self.diags.splice(h, k, [p.diags for p in middle]),
            {name: runs.splice(h, k, [getattr(p.file, name) for p in middle]) for name, runs in self.joined.items()})


def _common_prefix(a: str, b: str) -> int:
    """How many characters a and b have in common at the start (compared in halves, in C)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # a[:lo] == b[:lo]; the first difference is before hi
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, limit: int) -> int:
    """How many characters (at most `limit`) a and b have in common at the end."""
    lo, hi = 0, max(limit, 0)
    la, lb = len(a), len(b)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[la - mid:la - lo] == b[lb - mid:lb - lo]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _last_line(lines: list, first: int) -> int:
    """The last line (1-based) of `lines` that is not blank, and not before `first`."""
    last = len(lines)
    while last > first and not lines[last - 1].strip():
        last -= 1
    return last


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
