"""Saves: a State as versioned JSON and back, atomic writes, and migration across story edits."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import time
import zlib

import attrs
from attrs import frozen

from . import files
from . import functions
from . import model as m
from . import runtime as rt
from . import sets

FORMAT = "forkpaths-save"
VERSION = 4  # the format this code writes (2: `seen`; 3: the text of offered choices whose text varies;
#   4: temporaries)
MIN_COMPATIBLE = 1  # the oldest reader that can read what this code writes (3 when an offer has a text)
_TEXTS = 3  # the oldest reader of [choice, available, text, lead] offers
_BREAKS = 3  # from this version on, a blank line opening a choice body or an {if} branch is a statement
_TEMPS_VERSION = 4  # the oldest reader of a save whose scenes hold temporaries
OLDEST_READABLE = 1  # the oldest format this code can read
AUTOSAVE = "autosave"
QUICKSAVE = "quick"
MAX_SAVE_BYTES = 64 * 1024 * 1024

_SLOT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_SLUG = re.compile(r"[^a-z0-9]+")


class SaveError(Exception):
    """A save cannot be written or read; the message says why, for a person."""


class DamagedSave(SaveError):
    """The file is there but is not a whole, valid save (cut short, edited, corrupted)."""


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


def main_file(story: m.Story) -> str:
    """Where the story's main file is: what identifies the story (its title is only a label)."""
    name = os.path.basename(story.files[0]) if story.files else slug(story.title) + ".story"
    return os.path.join(story.root, name)


def story_key(story: m.Story) -> str:
    """The folder name of a story's data: readable (its folder or file name) and unique (a hash of its place)."""
    where = main_file(story)
    stem = os.path.splitext(os.path.basename(where))[0]
    label = os.path.basename(os.path.dirname(where)) if stem == "main" else stem
    return f"{slug(label)}-{hashlib.sha256(where.encode('utf-8', 'surrogatepass')).hexdigest()[:12]}"


def story_dir(story: m.Story, base: str | None = None) -> str:
    """Where one story's saves, endings and input history live (keyed by its main file's place).

    Saves made before (in a folder named after the title) are moved here the first time.
    """
    stories = os.path.join(base or data_dir(), "stories")
    folder = os.path.join(stories, story_key(story))
    legacy = os.path.join(stories, slug(story.title))
    if not os.path.lexists(folder) and os.path.isdir(legacy) and not os.path.islink(legacy):
        try:
            os.rename(legacy, folder)  # atomic: the old folder is either moved whole or left as it was
        except OSError:
            return legacy
    return folder


def saves_dir(story: m.Story, override: str | None = None) -> str:
    return override if override is not None else os.path.join(story_dir(story), "saves")


def check_slot(slot: str) -> str:
    if not _SLOT.match(slot or "") or slot.endswith(".tmp"):
        raise SaveError(f"`{slot}` is not a slot name: use letters, digits, `-`, `_` and `.` "
                        "(up to 64, starting with a letter or digit)")
    return slot


def slot_path(folder: str, slot: str) -> str:
    return os.path.join(folder, check_slot(slot) + ".json")


# ---------------------------------------------------------------- files

def write_atomic(path: str, text: str) -> None:
    """Write a save-side file (a slot, the endings record) atomically; SaveError with the reason."""
    try:
        files.write_text(path, text, replace=True, private=True, make_folder=True)
    except files.WriteRefused as e:
        raise SaveError(str(e)) from None
    except UnicodeEncodeError:
        raise SaveError("the text holds a character that cannot be written (a lone surrogate)") from None
    except OSError as e:
        raise SaveError(f"cannot write {path}: {files.reason(e)}") from None


def sweep(folder: str) -> int:
    """Remove what killed saves left in a folder (temporaries: ours only, by name and age)."""
    return files.sweep(folder)


def read_json(path: str, what: str = "file"):
    """Read a JSON file -> value; SaveError (DamagedSave for bad content) with a clear reason."""
    try:
        data = files.read_bytes(path, MAX_SAVE_BYTES)
    except FileNotFoundError:
        raise SaveError(f"no {what} at {path}") from None
    except IsADirectoryError:
        raise SaveError(f"{path} is a folder, not a {what}") from None
    except files.TooLarge:
        raise DamagedSave(f"{path} is too large to be a {what}") from None
    except OSError as e:
        raise SaveError(f"cannot read {path}: {files.reason(e)}") from None
    if not data.strip():
        raise DamagedSave(f"{path} is empty: not a {what}")
    try:
        text = data.decode("utf-8-sig")  # a BOM, as some editors write, is not part of the JSON
    except UnicodeDecodeError:
        raise DamagedSave(f"{path} is not a {what} (it is not UTF-8 text)") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        cut = " (the file looks cut short)" if _unclosed(text) else ""
        raise DamagedSave(f"{path} is damaged: not valid JSON at line {e.lineno}, column {e.colno}{cut}") from None
    except RecursionError:
        raise DamagedSave(f"{path} is damaged: nested too deeply") from None
    except ValueError:  # a number of more than 4,300 digits: no save holds one
        raise DamagedSave(f"{path} is damaged: it holds a number far too large") from None


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
    scene = story.scene_map.get(story.owner(state.scene))
    varies = set() if state.ending is not None else {ch.id for ch, *_ in p.point(state.scene) if ch.varies}
    offer = [[c.id, c.available] + ([c.text, c.lead] if c.id in varies else []) for c in state.offer]
    temps = _temps_json(story, state.scene, state.temps)
    temp_stack = [_temps_json(story, frame[0][0][0], t) for frame, t in zip(state.stack, state.temp_stack)]
    return {
        "format": FORMAT,
        "version": VERSION,
        "min_version": max(_TEXTS if any(len(o) > 2 for o in offer) else MIN_COMPATIBLE,
                           _TEMPS_VERSION if temps or any(temp_stack) else MIN_COMPATIBLE),
        "story": {"title": story.title, "file": main_file(story), "hash": story.digest, "start": story.start},
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
            "offer": offer,
            **({"temps": temps} if temps else {}),  # only where there are temporaries (format 4)
            **({"temp_stack": temp_stack} if any(temp_stack) else {}),
        },
        "turn": state.turn,
        "variables": variables,
        "visits": dict(sorted(state.visits.items())),
        "seen": dict(sorted(state.seen.items())),
        "used": sorted(state.used),
        "alternatives": dict(sorted(state.alts.items())),
        "history": [[s, c] for s, c in state.history],
        "text": list(state.text),
        **({"text_tags": [[list(t) for t in tags] for tags in state.line_tags]}
           if any(state.line_tags) else {}),
    }


def _fits(story: m.Story, t: str, v) -> bool:
    """Does a saved value fit a variable of type `t`? (An enumeration's value is saved as its name,
    a set as the list of its values' names.)"""
    of = story.enum_map.get(sets.enum_of_type(t) or "")
    if of is not None:
        return isinstance(v, list) and all(isinstance(n, str) and n in of.members for n in v) and \
            len(set(v)) == len(v)
    e = story.enum_map.get(t)
    if e is not None:
        return isinstance(v, str) and v in e.members
    return _value_type(v) == t


def _temps_json(story: m.Story, scene: str, values) -> dict:
    """A scene's temporaries by name (positions are names, never slots)."""
    sc = story.scene_map.get(scene)
    return {} if sc is None else {n: v for (n, _t), v in zip(sc.locals, values)}


def _temps_from(story: m.Story, scene: str, raw, notes) -> tuple:
    """Saved temporaries of a scene -> its slots; a missing one or one of another type starts at its zero."""
    sc = story.scene_map[scene]
    out = []
    for n, t in sc.locals:
        v = raw.get(n) if raw is not None else None
        if v is None or not _fits(story, t, v):
            if raw is not None:
                notes.append(f"temporary `{n}` of scene `{scene}` starts again at "
                             f"{rt.format_value(functions.zero(t, story))}")
            v = functions.zero(t, story)
        out.append(_restored(story, t, v) if isinstance(v, list) else v)
    return tuple(out)


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


def _unicode(data) -> bool:
    """Is every string in the data (keys too) valid Unicode, with no lone surrogate?"""
    todo = [data]
    while todo:
        x = todo.pop()
        if isinstance(x, str):
            try:
                x.encode("utf-8")
            except UnicodeEncodeError:
                return False
        elif isinstance(x, dict):
            todo.extend(x.keys())
            todo.extend(x.values())
        elif isinstance(x, list):
            todo.extend(x)
    return True


def _restored(story: m.Story, t: str, v):
    """A saved value that fits type `t` as the runtime holds it (a set's list becomes the set)."""
    of = sets.enum_of_type(t)
    return sets.make(story.enum_map[of].members, v) if of else v


def _value_type(v) -> str | None:
    if isinstance(v, bool):
        return "bool"
    if _is_int(v):
        return "int"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        return "set"  # of an enumeration's values, by name
    return None


def check_header(data, source: str = "this file") -> None:
    """Refuse anything that is not a save this code can read, with the reason."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DamagedSave(f"{source} is not a forkpaths save")
    version, least = data.get("version"), data.get("min_version", data.get("version"))
    if not _is_int(version) or not _is_int(least):
        raise DamagedSave(f"{source} is damaged: its format version is missing")
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
        raise DamagedSave(f"{source} is damaged: {e}") from None


def _restore(story: m.Story, data: dict) -> Restored:
    _need(_unicode(data), "it holds text that is not valid Unicode (a lone surrogate)")
    ident = _get(data, "story", "dict", "an object")
    title = _get(ident, "title", "str", "a string")
    # a story is its main file's place; the title is a label (it may be edited), or the
    # identity of a save made before saves recorded the place, or of a story that moved
    if title != story.title and ident.get("file") != main_file(story):
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
    raw_temps = _get(pos, "temps", "dict", "an object", optional=True)  # format 3 on
    raw_temp_stack = _get(pos, "temp_stack", "list", "a list", optional=True)
    for t in [raw_temps or {}] + list(raw_temp_stack or []):
        _need(isinstance(t, dict) and all(_value_type(v) is not None for v in t.values()),
              "a temporary holds something that is not a bool, int or string")
        for v in t.values():
            _need(not _is_int(v) or -rt.MAX_INT - 1 <= v <= rt.MAX_INT, "a temporary holds more than 64 bits")
            _need(not isinstance(v, str) or len(v) <= rt.MAX_STRING, "a temporary holds too long a string")
    _need(raw_temp_stack is None or len(raw_temp_stack) == len(raw_stack),
          "`temp_stack` should have one entry per tunnel frame")
    turn = _get(data, "turn", "int", "a whole number")
    _need(turn >= 0, "`turn` is negative")
    raw_vars = _get(data, "variables", "dict", "an object")
    raw_visits = _get(data, "visits", "dict", "an object")
    raw_seen = _get(data, "seen", "dict", "an object", optional=True)  # format 2 on
    raw_used = _get(data, "used", "list", "a list")
    raw_alts = _get(data, "alternatives", "dict", "an object")
    raw_history = _get(data, "history", "list", "a list")
    raw_tags = data.get("text_tags", [])  # since format 3, when a paragraph has `#tags`
    _need(isinstance(raw_tags, list) and all(isinstance(t, list) and all(
        isinstance(x, list) and len(x) == 2 and isinstance(x[0], str) and (x[1] is None or isinstance(x[1], str))
        for x in t) for t in raw_tags), "`text_tags` should list [key, value] pairs for each paragraph")
    raw_text = _get(data, "text", "list", "a list")
    _need(turn <= rt.MAX_INT, "`turn` is out of range")
    for v in raw_vars.values():
        _need(_value_type(v) is not None, "a variable holds something that is not a bool, int, string or set")
        _need(not _is_int(v) or -rt.MAX_INT - 1 <= v <= rt.MAX_INT, "a variable holds more than 64 bits")
        _need(not isinstance(v, str) or len(v) <= rt.MAX_STRING,
              f"a variable holds a string of more than {rt.MAX_STRING:,} characters")
    for k, v in list(raw_visits.items()) + list(raw_alts.items()):
        _need(_is_int(v) and 0 <= v <= rt.MAX_INT, f"the count for `{k}` should be a whole number")
    for k, v in (raw_seen or {}).items():
        _need(_is_int(v) and 0 <= v <= turn, f"the turn `{k}` was last seen should be a whole number, at most `turn`")
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
    offer, shown = [], {}
    for o in raw_offer:
        _need(isinstance(o, list) and len(o) in (2, 4) and isinstance(o[0], str) and isinstance(o[1], bool)
              and all(isinstance(x, str) for x in o[2:]),
              "`offer` should list [choice, available] pairs (and its text, for a text that varies)")
        offer.append((o[0], o[1]))
        if len(o) == 4:
            shown[o[0]] = (o[2], o[3])

    def lost(why: str) -> Restored:
        return Restored(None, (), exact, seed, history, why, data.get("slot"), data.get("saved_at"))

    # -- position
    if scene not in story.scene_map:
        _need(not exact, f"the scene `{scene}` is not in the story")
        return lost(f"the scene `{scene}` where this save stands is no longer in the story")
    if ending is not None and ending not in {e.name for e in story.endings}:
        _need(not exact, f"the ending \u201c{ending}\u201d is not one of the story's")
        return lost(f"the ending \u201c{ending}\u201d where this save stands is no longer in the story")
    p = rt.program(story)
    frames = []
    for frame in stack:
        got = []
        for addr, j, fp in frame:
            if data.get("version", 1) < _BREAKS:
                addr, j = _before_breaks(p, addr, j)
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
        elif not _fits(story, d.type, raw_vars[d.name]):
            values.append(d.initial)
            notes.append(f"`{d.name}` is now {d.type}, not {_value_type(raw_vars[d.name])}: "
                         f"it starts again at {rt.format_value(d.initial)}")
        else:
            values.append(_restored(story, d.type, raw_vars[d.name]))
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
    if raw_seen is None:
        raw_seen = _seen_from_history(story, history, visits, scene, turn)
    seen = {k: v for k, v in raw_seen.items() if k in visits}
    used = set()
    for u in raw_used:
        sc, _, cid = u.rpartition(".")  # a weave part is `scene.label`; choice ids hold no dot
        if sc in story.scene_map and cid in p.choice_map(sc):
            used.add(u)
    temps = _temps_from(story, scene, raw_temps, notes)
    temp_stack = tuple(_temps_from(story, fr[0][0][0], None if raw_temp_stack is None else raw_temp_stack[k], notes)
                       for k, fr in enumerate(frames))
    state = rt.State(scene, ending, tuple(values), visits, turn, frozenset(used), dict(raw_alts), rng, seed,
                     tuple(frames), history, (), tuple(raw_text), seen, temps, temp_stack,
                     tuple(tuple(tuple(x) for x in t) for t in raw_tags) if len(raw_tags) == len(raw_text) else ())
    if ending is not None:
        return Restored(state, tuple(notes), exact, seed, history, None, data.get("slot"), data.get("saved_at"))

    # -- the offer: exactly as saved if the story is unchanged, else decided afresh
    views = {}
    for ch, _cond, _key, ok, no in p.point(scene):
        if ch.varies:  # shown as saved; a save without the text is decided afresh
            ok = None if ch.id not in shown else attrs.evolve(ok, text=shown[ch.id][0], lead=shown[ch.id][1])
            no = None if ok is None or ch.reason is None else attrs.evolve(ok, available=False, reason=ch.reason)
        if ok is not None:
            views[(ch.id, True)] = ok
        if no is not None:
            views[(ch.id, False)] = no
    order = [ch.id for ch, *_ in p.point(scene)]
    ids = [o[0] for o in offer]
    in_order = len(set(ids)) == len(ids) and ids == [i for i in order if i in set(ids)]
    if exact and in_order and all(o in views for o in offer):
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
            state = attrs.evolve(state, text=before.text, line_tags=before.line_tags)
    return Restored(state, tuple(notes), exact, seed, history, None, data.get("slot"), data.get("saved_at"))


def _before_breaks(p: rt.Program, addr, j):
    """A tunnel's way back in a save older than format 3, in today's blocks: a blank line right
    after a choice line or an `{if}`/`{elif}`/`{else}` line was no statement then, and is one
    (a Break, first in its block) now, so indexes in such blocks move on by one."""
    def opens(block):
        return 1 if block and block[0].__class__ is m.Break else 0
    try:
        block = p.statements(addr[:2])
    except (KeyError, IndexError):
        return addr, j
    out, k = list(addr[:2]), opens(block) if addr[1] is not None else 0
    for i, bi in addr[2:]:
        i += k
        st = block[i] if i < len(block) else None
        if st.__class__ is not m.If or bi >= len(st.branches):
            return addr, j  # it does not resolve either way: reported as lost
        out.append((i, bi))
        block = st.branches[bi].body
        k = opens(block)
    return tuple(out), j + k


def _seen_from_history(story: m.Story, history, visits, scene: str, turn: int) -> dict:
    """A format-1 save has no `seen`: the turn each scene was last entered, estimated from the history.

    A scene whose choice was taken at turn t was entered at t (or earlier, before a tunnel); the
    current scene now; a visited scene that never offered a choice at the start (turn 0).
    """
    seen = {k: 0 for k in visits}
    t = 0
    for sc, cid in history:
        if sc in seen:
            seen[sc] = min(t, turn)
        if rt.is_fallback(story, sc, cid) is False:
            t += 1
    if scene in seen:
        seen[scene] = turn
    return seen


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
        raise DamagedSave(f"{source} is damaged: not valid JSON at line {e.lineno}, column {e.colno}") from None
    except (ValueError, RecursionError):
        raise DamagedSave(f"{source} is damaged: a number far too large, or nesting too deep") from None
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


def set_aside(folder: str, slot: str, clock=now_text) -> str:
    """Rename a damaged save out of its slot (kept, never deleted) -> the new slot's name."""
    stamp = re.sub(r"[^0-9]", "", clock())[:14] or "0"
    base = f"{slot}.damaged-{stamp}"
    new, n = base, 2
    while os.path.lexists(slot_path(folder, new)):
        new, n = f"{base}-{n}", n + 1
    try:
        os.rename(slot_path(folder, slot), slot_path(folder, new))
    except OSError as e:
        raise SaveError(f"cannot rename the damaged save `{slot}`: {files.reason(e)}") from None
    return new


def delete(folder: str, slot: str) -> None:
    try:
        os.unlink(slot_path(folder, slot))
    except FileNotFoundError:
        pass
    except OSError as e:
        raise SaveError(f"cannot remove the save `{slot}`: {e.strerror or e}") from e


def exists(folder: str, slot: str) -> bool:
    """Is anything in the slot (a damaged file or a folder counts: reading it says what is wrong)."""
    return os.path.lexists(slot_path(folder, slot))


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
        if not _SLOT.match(slot):
            continue  # not a name this code gives a slot: not a save (and :load could not name it)
        try:
            data = read_json(path, "save")
            check_header(data, path)
            pos = data.get("position") or {}
            turn = data.get("turn")
            out.append(SaveInfo(slot, path, data.get("saved_at"), pos.get("scene"),
                                turn if _is_int(turn) and 0 <= turn <= rt.MAX_INT else None, pos.get("ending"), None))
        except SaveError as e:
            out.append(SaveInfo(slot, path, None, None, None, None, str(e)))
        except (AttributeError, TypeError):
            out.append(SaveInfo(slot, path, None, None, None, None, f"{path} is damaged"))
            continue
        info = out[-1]
        if not all(x is None or isinstance(x, str) for x in (info.saved_at, info.scene, info.ending)):
            out[-1] = SaveInfo(slot, path, None, None, None, None, f"{path} is damaged")
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
