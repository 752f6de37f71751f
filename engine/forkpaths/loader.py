"""Load a story: read the main file and its includes, parse each, and hand them to resolve."""

from __future__ import annotations

import gc
import hashlib
import os
import re

import attrs
from attrs import frozen

from . import files, parser, resolve, source
from .diagnostics import Diagnostic, has_errors
from .model import Story


@frozen
class Loaded:
    """What loading a story gives: the story (None if it has errors), diagnostics, sources."""

    story: Story | None
    diagnostics: tuple
    sources: dict = attrs.field(eq=False, repr=False)  # path -> Source
    files: tuple = ()  # parsed StoryFile per path, main first

    @property
    def ok(self) -> bool:
        return self.story is not None and not has_errors(self.diagnostics)

    def lines(self, path: str):
        src = self.sources.get(path)
        return src.lines if src is not None else None


BIG_STORY_CHARS = 1 << 20


class StoryIOError(Exception):
    """The main story file cannot be read (missing, a folder, no permission)."""


def display_path(path: str) -> str:
    rel = os.path.relpath(path)
    return path if rel.startswith(".." + os.sep + ".." + os.sep) else rel


def load(path: str, text: str | None = None, read=None, parse=None, check=None) -> Loaded:
    """Load the story whose main file is `path` (or `text`, standing for that file).

    `read(real_path)`, `parse(source)` and `check(files, root, digest)` stand in for
    `source.read`, `parser.parse_source` and `resolve.resolve` (the language server reads
    open buffers and reuses the parses and checks of scenes that did not change).
    """
    # The cyclic collector would walk every node built so far at each collection,
    # making a big parse superlinear; the model is acyclic, so pause it.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        loaded = _load(path, text, read or source.read, parse or parser.parse_source, check or resolve.resolve)
    finally:
        if was_enabled:
            gc.enable()
    if was_enabled and sum(len(s.text) for s in loaded.sources.values()) > BIG_STORY_CHARS:
        gc.freeze()  # a big model lives on: keep it out of every later collection
    return loaded


def _load(path: str, text: str | None, read, parse, check) -> Loaded:
    shown = display_path(path)
    root = os.path.dirname(os.path.realpath(path))
    sources, files, diags = {}, [], []
    if text is not None:
        src, errs = source.decode(shown, text.encode("utf-8", "surrogatepass"))
    else:
        try:
            src, errs = read(path)
        except IsADirectoryError as e:
            raise StoryIOError(f"{shown}: is a folder, not a story file") from e
        except FileNotFoundError as e:
            raise StoryIOError(f"{shown}: no such file") from e
        except OSError as e:
            raise StoryIOError(f"{shown}: {e.strerror or e}") from e
        if src is not None:
            src = source.with_path(src, shown)
    diags.extend(errs)
    if src is None:
        return Loaded(None, tuple(diags), sources)
    _load_tree(src, os.path.realpath(path), root, [], sources, files, diags, set(), read, parse)
    story, rdiags = check(files, root, _digest(sources, root))
    diags.extend(rdiags)
    if has_errors(diags):
        story = None
    return Loaded(story, tuple(diags), sources, tuple(files))


def _digest(sources, root) -> str:
    """The story's content hash: each file's bytes under its path inside the story folder,
    so the same story has the same hash whichever folder it is loaded from."""
    h = hashlib.sha256()
    inside = {os.path.relpath(os.path.realpath(path), root): src for path, src in sources.items()}
    for path in sorted(inside):
        h.update(path.encode("utf-8", "surrogatepass"))
        h.update(inside[path].digest.encode())
    return h.hexdigest()[:16]


def _load_tree(src, real, root, stack, sources, files, diags, done, read, parse):
    sources[src.path] = src
    parsed, pdiags = parse(src)
    diags.extend(pdiags)
    files.append(parsed)
    done.add(real)
    stack = stack + [real]
    for inc in parsed.includes:
        target = os.path.normpath(os.path.join(os.path.dirname(real), inc.path))
        target_real = os.path.realpath(target)
        shown = display_path(os.path.join(os.path.dirname(src.path), inc.path))
        shown = os.path.normpath(shown)
        if os.path.isabs(inc.path) or os.path.commonpath([root, target_real]) != root:
            diags.append(Diagnostic.make("FP306", inc.span, path=inc.path))
            continue
        if target_real in stack:
            cycle = " -> ".join(display_path(p) for p in stack[stack.index(target_real):] + [target_real])
            diags.append(Diagnostic.make("FP305", inc.span, path=inc.path, cycle=cycle))
            continue
        if target_real in done:
            continue  # included twice along different paths: once is enough
        try:
            child, errs = read(target_real)
        except FileNotFoundError:
            diags.append(Diagnostic.make("FP304", inc.span, path=inc.path, detail="no such file"))
            continue
        except IsADirectoryError:
            diags.append(Diagnostic.make("FP304", inc.span, path=inc.path, detail="it is a folder"))
            continue
        except OSError as e:
            diags.append(Diagnostic.make("FP304", inc.span, path=inc.path, detail=e.strerror or str(e)))
            continue
        if child is None:
            diags.extend(attrs.evolve(d, span=attrs.evolve(d.span, file=shown)) for d in errs)
            continue
        _load_tree(source.with_path(child, shown), target_real, root, stack, sources, files, diags, done,
                   read, parse)


def find_stories(paths) -> list:
    """Expand folders into their entry story files: `main.story`, or files nobody includes."""
    out = []
    for p in paths:
        if os.path.isdir(p):
            out.extend(_entries(p))
        else:
            out.append(p)
    return out


DEFAULT_FOLDER = "stories"


def default_paths() -> list:
    """What a command that takes stories works on when it is given none (README, "Default paths"):
    `stories/` when it exists, else the story entry files of the current folder (none: [])."""
    if os.path.isdir(DEFAULT_FOLDER):
        return [DEFAULT_FOLDER]
    try:
        names = sorted(n for n in os.listdir(".") if n.endswith(".story") and os.path.isfile(n))
    except OSError:
        return []
    if "main.story" in names:
        return ["main.story"]  # the other files here are its chapters, or stories of their own it names
    return _not_included(names)


NO_DEFAULT = (f"no {DEFAULT_FOLDER}/ folder and no .story file in the current folder; "
              "name a story file or folder")


def story_files(entries) -> list:
    """Every file of the stories whose entry files are given: each entry, then what it includes."""
    out, seen = [], set()
    for entry in entries:
        try:
            loaded = load(entry)
        except StoryIOError:
            names = [entry]
        else:
            names = list(loaded.sources) or [entry]
        for name in names:
            if os.path.realpath(name) not in seen:
                seen.add(os.path.realpath(name))
                out.append(name)
    return out


def _entries(folder: str) -> list:
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        if "main.story" in filenames:
            found.append(os.path.join(dirpath, "main.story"))
            dirnames[:] = []  # its chapters belong to it
            continue
        for name in sorted(filenames):
            if name.endswith(".story"):
                found.append(os.path.join(dirpath, name))
    return _not_included(found)


def _not_included(found) -> list:
    """The files of `found` that no other file of `found` includes."""
    included = set()
    for f in found:
        try:
            head = files.read_head(f, 65536).decode("utf-8", "replace")  # a FIFO is refused, not waited on
        except OSError:
            continue
        for mt in _INCLUDE.finditer(head):
            included.add(os.path.realpath(os.path.join(os.path.dirname(f), mt.group(1))))
    return [f for f in found if os.path.realpath(f) not in included]


_INCLUDE = re.compile(r'^[ \t]*include[ \t]+"([^"\n]*)"', re.M)
