"""Saves: a State as versioned JSON and back, atomic writes, and migration across story edits."""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import time
import zlib

import attrs
from attrs import frozen

from . import model as m
from . import runtime as rt

FORMAT = "forkpaths-save"
VERSION = 1  # the format this code writes
MIN_COMPATIBLE = 1  # the oldest reader that can read what this code writes
OLDEST_READABLE = 1  # the oldest format this code can read
AUTOSAVE = "autosave"
QUICKSAVE = "quick"
MAX_SAVE_BYTES = 64 * 1024 * 1024

_SLOT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_SLUG = re.compile(r"[^a-z0-9]+")


class SaveError(Exception):
    """A save cannot be written or read; the message says why, for a person."""


@frozen
class Restored:
    """What reading a save gives.

    `state` is None when the saved position no longer exists in the story; then
    `lost` says why, and `history`/`seed` let the player replay the recorded choices.
    """

    state: rt.State | None
    notes: tuple  # what had to change because the story was edited
    exact: bool  # the story is byte for byte the one that was saved
    seed: int
    history: tuple
    lost: str | None = None
    slot: str | None = None
    saved_at: str | None = None


@frozen
class SaveInfo:
    """One save in a listing (`:saves`)."""

    slot: str
    path: str
    saved_at: str | None
    scene: str | None
    turn: int | None
    ending: str | None
    problem: str | None  # why it cannot be read, or None


# ---------------------------------------------------------------- folders

def slug(title: str) -> str:
    return _SLUG.sub("-", title.lower()).strip("-")[:60] or "story"


def data_dir() -> str:
    """The per-user data folder: $XDG_DATA_HOME/forkpaths, or the platform's usual place."""
    xdg = os.environ.get("XDG_DATA_HOME")
    if xdg and os.path.isabs(xdg):
        return os.path.join(xdg, "forkpaths")
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return os.path.join(os.environ["LOCALAPPDATA"], "forkpaths")
    home = os.path.expanduser("~")
    if sys.platform == "darwin":
        return os.path.join(home, "Library", "Application Support", "forkpaths")
    return os.path.join(home, ".local", "share", "forkpaths")


def story_dir(story: m.Story, base: str | None = None) -> str:
    """Where one story's saves, endings and input history live (keyed by its title)."""
    return os.path.join(base or data_dir(), "stories", slug(story.title))


def saves_dir(story: m.Story, override: str | None = None) -> str:
    return override if override else os.path.join(story_dir(story), "saves")


def check_slot(slot: str) -> str:
    if not _SLOT.match(slot or "") or slot.endswith(".tmp"):
        raise SaveError(f"`{slot}` is not a slot name: use letters, digits, `-`, `_` and `.` "
                        "(up to 64, starting with a letter or digit)")
    return slot


def slot_path(folder: str, slot: str) -> str:
    return os.path.join(folder, check_slot(slot) + ".json")


# ---------------------------------------------------------------- atomic files

def write_atomic(path: str, text: str) -> None:
    """Write a file so that it is either the old one or the new one, never half of either."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=folder)
    except OSError as e:
        raise SaveError(f"cannot write in {folder}: {e.strerror or e}") from e
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise SaveError(f"cannot write {path}: {e.strerror or e}") from e
    _fsync_dir(folder)


def _fsync_dir(folder: str) -> None:
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def read_json(path: str, what: str = "file"):
    """Read a JSON file -> value; SaveError with a clear reason if it cannot be read."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_SAVE_BYTES + 1)
    except FileNotFoundError:
        raise SaveError(f"no {what} at {path}") from None
    except IsADirectoryError:
        raise SaveError(f"{path} is a folder, not a {what}") from None
    except OSError as e:
        raise SaveError(f"cannot read {path}: {e.strerror or e}") from None
    if len(data) > MAX_SAVE_BYTES:
        raise SaveError(f"{path} is too large to be a {what}")
    if not data.strip():
        raise SaveError(f"{path} is empty: not a {what}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise SaveError(f"{path} is not a {what} (it is not UTF-8 text)") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        cut = " (the file looks cut short)" if _unclosed(text) else ""
        raise SaveError(f"{path} is damaged: not valid JSON at line {e.lineno}, column {e.colno}{cut}") from None
    except RecursionError:
        raise SaveError(f"{path} is damaged: nested too deeply") from None


def _unclosed(text: str) -> bool:
    """Does JSON text end inside a string, an object or a list (a file cut short)?"""
    depth, in_str, esc = 0, False, False
    for ch in text:
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
    return in_str or depth > 0


# ---------------------------------------------------------------- State -> JSON

def _fingerprint(p: rt.Program, addr) -> int:
    """A checksum of the statements a tunnel will return into (to notice story edits)."""
    return zlib.crc32(repr(p.statements(addr)).encode("utf-8"))


def _addr_json(addr):
    return [addr[0], addr[1], [list(x) for x in addr[2:]]]


def to_dict(story: m.Story, state: rt.State, slot: str | None = None, saved_at: str | None = None) -> dict:
    """Everything a save holds, as plain JSON data."""
    p = rt.program(story)
    variables = {d.name: v for d, v in zip(story.variables, state.vars) if not d.const}
    scene = story.scene_map.get(state.scene)
    return {
        "format": FORMAT,
        "version": VERSION,
        "min_version": MIN_COMPATIBLE,
        "story": {"title": story.title, "hash": story.digest, "start": story.start},
        "slot": slot,
        "saved_at": saved_at,
        "summary": {
            "scene_title": scene.title if scene is not None else None,
            "chapter": scene.tag("chapter") if scene is not None else None,
        },
        "seed": state.seed,
        "rng": f"{state.rng:016x}",
        "position": {
            "scene": state.scene,
            "ending": state.ending,
            "stack": [[[_addr_json(a), j, _fingerprint(p, a)] for a, j in frame] for frame in state.stack],
            "offer": [[c.id, c.available] for c in state.offer],
        },
        "turn": state.turn,
        "variables": variables,
        "visits": dict(sorted(state.visits.items())),
        "used": sorted(state.used),
        "alternatives": dict(sorted(state.alts.items())),
        "history": [[s, c] for s, c in state.history],
        "text": list(state.text),
    }


def dumps(story: m.Story, state: rt.State, slot: str | None = None, saved_at: str | None = None) -> str:
    return json.dumps(to_dict(story, state, slot, saved_at), ensure_ascii=False, indent=1) + "\n"


# ---------------------------------------------------------------- JSON -> State

class _Damaged(Exception):
    pass


def _need(cond: bool, what: str):
    if not cond:
        raise _Damaged(what)


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _get(d: dict, key: str, kind, what: str, optional=False):
    if key not in d:
        _need(optional, f"`{key}` is missing")
        return None
    v = d[key]
    if optional and v is None:
        return None
    ok = {"int": _is_int, "str": lambda x: isinstance(x, str), "list": lambda x: isinstance(x, list),
          "dict": lambda x: isinstance(x, dict), "bool": lambda x: isinstance(x, bool)}[kind](v)
    _need(ok, f"`{key}` should be {what}")
    return v


def _value_type(v) -> str | None:
    if isinstance(v, bool):
        return "bool"
    if _is_int(v):
        return "int"
    if isinstance(v, str):
        return "string"
    return None


def check_header(data, source: str = "this file") -> None:
    """Refuse anything that is not a save this code can read, with the reason."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SaveError(f"{source} is not a forkpaths save")
    version, least = data.get("version"), data.get("min_version", data.get("version"))
    if not _is_int(version) or not _is_int(least):
        raise SaveError(f"{source} is damaged: its format version is missing")
    if least > VERSION:
        raise SaveError(f"{source} was written by a newer forkpaths (save format {version}); "
                        f"this one reads formats {OLDEST_READABLE} to {VERSION}: upgrade to load it")
    if version < OLDEST_READABLE:
        raise SaveError(f"{source} uses save format {version}, too old for this forkpaths")


def from_dict(story: m.Story, data, source: str = "this save") -> Restored:
    """Read save data against a story, migrating it if the story was edited since."""
    check_header(data, source)
    try:
        return _restore(story, data)
    except _Damaged as e:
        raise SaveError(f"{source} is damaged: {e}") from None


def _restore(story: m.Story, data: dict) -> Restored:
    ident = _get(data, "story", "dict", "an object")
    title = _get(ident, "title", "str", "a string")
    if title != story.title:
        raise SaveError(f"this save belongs to the story \u201c{title}\u201d, not \u201c{story.title}\u201d")
    exact = ident.get("hash") == story.digest
    seed = _get(data, "seed", "int", "a whole number")
    rng_text = _get(data, "rng", "str", "a hexadecimal string")
    try:
        rng = int(rng_text, 16)
    except ValueError:
        raise _Damaged("`rng` should be a hexadecimal string") from None
    _need(0 <= rng <= 0xFFFFFFFFFFFFFFFF, "`rng` is out of range")
    pos = _get(data, "position", "dict", "an object")
    scene = _get(pos, "scene", "str", "a scene name")
    ending = _get(pos, "ending", "str", "an ending name or null", optional=True)
    raw_stack = _get(pos, "stack", "list", "a list")
    raw_offer = _get(pos, "offer", "list", "a list")
    turn = _get(data, "turn", "int", "a whole number")
    _need(turn >= 0, "`turn` is negative")
    raw_vars = _get(data, "variables", "dict", "an object")
    raw_visits = _get(data, "visits", "dict", "an object")
    raw_used = _get(data, "used", "list", "a list")
    raw_alts = _get(data, "alternatives", "dict", "an object")
    raw_history = _get(data, "history", "list", "a list")
    raw_text = _get(data, "text", "list", "a list")
    for v in raw_vars.values():
        _need(_value_type(v) is not None, "a variable holds something that is not a bool, int or string")
    for k, v in list(raw_visits.items()) + list(raw_alts.items()):
        _need(_is_int(v) and v >= 0, f"the count for `{k}` should be a whole number")
    _need(all(isinstance(u, str) for u in raw_used), "`used` should list strings")
    _need(all(isinstance(t, str) for t in raw_text), "`text` should list strings")
    history = []
    for h in raw_history:
        _need(isinstance(h, list) and len(h) == 2 and all(isinstance(x, str) for x in h),
              "`history` should list [scene, choice] pairs")
        history.append((h[0], h[1]))
    history = tuple(history)
    stack = []
    for frame in raw_stack:
        _need(isinstance(frame, list) and frame, "a tunnel frame should be a non-empty list")
        out = []
        for entry in frame:
            _need(isinstance(entry, list) and len(entry) == 3, "a tunnel return address is malformed")
            a, j, fp = entry
            _need(isinstance(a, list) and len(a) == 3 and isinstance(a[0], str)
                  and (a[1] is None or isinstance(a[1], str)) and isinstance(a[2], list),
                  "a tunnel return address is malformed")
            path = []
            for x in a[2]:
                _need(isinstance(x, list) and len(x) == 2 and all(_is_int(y) and y >= 0 for y in x),
                      "a tunnel return address is malformed")
                path.append((x[0], x[1]))
            _need(_is_int(j) and j >= 0 and _is_int(fp), "a tunnel return address is malformed")
            out.append(((a[0], a[1], *path), j, fp))
        stack.append(out)
    offer = []
    for o in raw_offer:
        _need(isinstance(o, list) and len(o) == 2 and isinstance(o[0], str) and isinstance(o[1], bool),
              "`offer` should list [choice, available] pairs")
        offer.append((o[0], o[1]))

    def lost(why: str) -> Restored:
        return Restored(None, (), exact, seed, history, why, data.get("slot"), data.get("saved_at"))

    # -- position
    if scene not in story.scene_map:
        return lost(f"the scene `{scene}` where this save stands is no longer in the story")
    p = rt.program(story)
    frames = []
    for frame in stack:
        got = []
        for addr, j, fp in frame:
            if not _resolves(p, addr, j) or (not exact and _fingerprint(p, addr) != fp):
                return lost(f"the scene `{addr[0]}` that called the current tunnel has changed, "
                            "so the way back from it is lost")
            got.append((addr, j))
        frames.append(tuple(got))
    notes = []

    # -- variables: by name; new ones start at their declared value
    values = []
    for d in story.variables:
        if d.const:
            values.append(d.initial)
        elif d.name not in raw_vars:
            values.append(d.initial)
            notes.append(f"new variable `{d.name}` starts at {rt.format_value(d.initial)}")
        elif _value_type(raw_vars[d.name]) != d.type:
            values.append(d.initial)
            notes.append(f"`{d.name}` is now {d.type}, not {_value_type(raw_vars[d.name])}: "
                         f"it starts again at {rt.format_value(d.initial)}")
        else:
            values.append(raw_vars[d.name])
    names = story.var_map
    for name in raw_vars:
        if name not in names:
            notes.append(f"variable `{name}` is no longer in the story: dropped")
        elif names[name].const:
            notes.append(f"`{name}` is now a constant: its saved value is dropped")
    visits = {k: v for k, v in raw_visits.items() if k in story.scene_map}
    gone = len(raw_visits) - len(visits)
    if gone:
        notes.append(f"visits to {gone} scene{'s' if gone != 1 else ''} no longer in the story dropped")
    used = set()
    for u in raw_used:
        sc, _, cid = u.partition(".")
        if sc in story.scene_map and cid in p.choice_map(sc):
            used.add(u)
    state = rt.State(scene, ending, tuple(values), visits, turn, frozenset(used), dict(raw_alts), rng, seed,
                     tuple(frames), history, (), tuple(raw_text))
    if ending is not None:
        return Restored(state, tuple(notes), exact, seed, history, None, data.get("slot"), data.get("saved_at"))

    # -- the offer: exactly as saved if the story is unchanged, else decided afresh
    views = {}
    for ch, _cond, _key, ok, no in p.point(scene):
        if ok is not None:
            views[(ch.id, True)] = ok
        if no is not None:
            views[(ch.id, False)] = no
    if exact and all(o in views for o in offer):
        state = attrs.evolve(state, offer=tuple(views[o] for o in offer))
    else:
        _need(not exact, "`offer` names choices the story does not have")
        before = state
        try:
            state = rt.settle(story, state)
        except rt.StoryRuntimeError as e:
            return lost(f"the story cannot go on from the saved place: {e.render()}")
        if state.scene != before.scene or state.history != before.history:
            notes.append("a fallback choice now applies at the saved place, so the story moved on by itself")
        else:
            state = attrs.evolve(state, text=before.text)
    return Restored(state, tuple(notes), exact, seed, history, None, data.get("slot"), data.get("saved_at"))


def _resolves(p: rt.Program, addr, j: int) -> bool:
    try:
        if addr[1] is not None and addr[1] not in p.choice_map(addr[0]):
            return False
        b = p.scenes[addr[0]].body if addr[1] is None else p.choice_map(addr[0])[addr[1]].body
        for i, bi in addr[2:]:
            st = b[i]
            if not isinstance(st, m.If):
                return False
            b = st.branches[bi].body
        return j <= len(b)
    except (KeyError, IndexError):
        return False


def loads(story: m.Story, text: str, source: str = "this save") -> Restored:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise SaveError(f"{source} is damaged: not valid JSON at line {e.lineno}, column {e.colno}") from None
    return from_dict(story, data, source)


def roundtrip(story: m.Story, state: rt.State) -> rt.State:
    """The state after a save and a load (tests run every step through this)."""
    got = loads(story, dumps(story, state))
    if got.state is None:
        raise SaveError(got.lost)
    return got.state


# ---------------------------------------------------------------- slots on disk

def now_text() -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S")


def save(folder: str, story: m.Story, state: rt.State, slot: str, saved_at: str | None = None) -> str:
    """Write a save into a slot, atomically -> its path."""
    path = slot_path(folder, slot)
    write_atomic(path, dumps(story, state, slot, saved_at or now_text()))
    return path


def load(folder: str, story: m.Story, slot: str) -> Restored:
    """Read the save in a slot; never changes any file."""
    path = slot_path(folder, slot)
    return from_dict(story, read_json(path, "save"), path)


def load_file(path: str, story: m.Story) -> Restored:
    return from_dict(story, read_json(path, "save"), path)


def delete(folder: str, slot: str) -> None:
    try:
        os.unlink(slot_path(folder, slot))
    except FileNotFoundError:
        pass
    except OSError as e:
        raise SaveError(f"cannot remove the save `{slot}`: {e.strerror or e}") from e


def exists(folder: str, slot: str) -> bool:
    return os.path.isfile(slot_path(folder, slot))


def list_saves(folder: str) -> list:
    """Every save in a folder, newest first; damaged ones are listed with their problem."""
    try:
        names = [n for n in os.listdir(folder) if n.endswith(".json") and not n.startswith(".")]
    except OSError:
        return []
    out = []
    for name in names:
        path = os.path.join(folder, name)
        slot = name[:-5]
        try:
            data = read_json(path, "save")
            check_header(data, path)
            pos = data.get("position") or {}
            turn = data.get("turn")
            out.append(SaveInfo(slot, path, data.get("saved_at"), pos.get("scene"),
                                turn if _is_int(turn) else None, pos.get("ending"), None))
        except SaveError as e:
            out.append(SaveInfo(slot, path, None, None, None, None, str(e)))
        except (AttributeError, TypeError):
            out.append(SaveInfo(slot, path, None, None, None, None, f"{path} is damaged"))
    out.sort(key=lambda i: (i.saved_at or "", i.slot), reverse=True)
    return out


# ---------------------------------------------------------------- endings found on this machine

def endings_path(story: m.Story) -> str:
    return os.path.join(story_dir(story), "endings.json")


def endings_found(story: m.Story) -> list:
    """Names of this story's endings reached on this machine (that the story still has)."""
    try:
        data = read_json(endings_path(story), "record of endings")
    except SaveError:
        return []
    names = data.get("found", []) if isinstance(data, dict) else []
    have = {e.name for e in story.endings}
    return [n for n in names if isinstance(n, str) and n in have]


def record_ending(story: m.Story, name: str) -> list:
    """Add an ending to those found; returns the found list (best effort: never raises)."""
    path = endings_path(story)
    try:
        data = read_json(path, "record of endings")
        found = [n for n in data.get("found", []) if isinstance(n, str)] if isinstance(data, dict) else []
    except SaveError:
        found = []
    if name not in found:
        found.append(name)
        try:
            write_atomic(path, json.dumps({"story": story.title, "found": found}, ensure_ascii=False,
                                          indent=1) + "\n")
        except SaveError:
            pass
    return endings_found(story) or ([name] if name in {e.name for e in story.endings} else [])
