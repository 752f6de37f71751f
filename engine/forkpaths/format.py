"""The compiled story format: a resolved Story as versioned, deterministic JSON data (docs/format.md)."""

from __future__ import annotations

import json
import os
import zlib

from . import model as m
from . import runtime as rt
from . import sets

FORMAT = "forkpaths-story"
VERSION = 2  # the format this code writes
MIN_COMPATIBLE = 1  # the oldest reader that can play what this code writes, for a story using no newer construct
_V2 = 2  # the oldest reader of turns_since, min, max, abs, glue, `paragraphs: lines`, functions, temporaries

_EFFECTS = {"=": "set", "+=": "add", "-=": "sub"}


class FormatError(Exception):
    """A construct this version of the compiled format cannot express."""


def compile_story(story: m.Story) -> dict:
    """Story -> plain JSON data: everything the web runtime needs to play it exactly as runtime.py does."""
    return _Compiler(story).story()


def dumps(story: m.Story) -> str:
    """The compiled story as compact JSON text (the same story gives the same bytes)."""
    return json.dumps(compile_story(story), ensure_ascii=False, separators=(",", ":"), sort_keys=False)


def _int(v: int) -> str:
    return str(v)


def _value(v):
    """A variable's value: bools and strings as themselves, ints as decimal strings (they may pass 2**53),
    a set as the list of its values' names."""
    if isinstance(v, sets.EnumSet):
        return list(v)
    if isinstance(v, bool) or isinstance(v, str):
        return v
    return _int(v)


class _Compiler:
    def __init__(self, story: m.Story):
        self.s = story
        self.index = {v.name: i for i, v in enumerate(story.variables)}
        self.p = rt.program(story)
        self.files = [self.relative(f) for f in story.files]
        self.file_index = {f: i for i, f in enumerate(story.files)}
        self.needs = MIN_COMPATIBLE  # raised by each construct a newer reader must understand

    def relative(self, path: str) -> str:
        """A story file's path from the story's folder, with `/` (so the output is the same from anywhere)."""
        rel = os.path.relpath(os.path.realpath(path), self.s.root)
        return rel.replace(os.sep, "/")

    def span(self, span):
        """[file index, line, column]: where a runtime error is reported."""
        i = self.file_index.get(span.file)
        if i is None:
            i = self.file_index[span.file] = len(self.files)
            self.files.append(self.relative(span.file))
        return [i, span.line, span.column]

    def story(self) -> dict:
        s = self.s
        scenes = [self.scene(sc) for sc in s.scenes]
        if s.paragraphs == "lines":
            self.needs = max(self.needs, _V2)
        return {
            "format": FORMAT,
            "version": VERSION,
            "min_version": self.needs,
            "title": s.title,
            "author": s.author,
            "start": s.start,
            "paragraphs": s.paragraphs,
            "digest": s.digest,
            "variables": [{"name": v.name, "type": v.type, "initial": _value(v.initial), "const": v.const}
                          for v in s.variables],
            "endings": [e.name for e in s.endings],
            "scenes": scenes,
            "functions": [self.function(fn) for fn in s.functions],
            "enums": [{"name": e.name, "members": list(e.members)} for e in s.enums],
            "files": self.files,
        }

    # -- scenes
    def scene(self, sc: m.Scene) -> dict:
        out = {
            "name": sc.name,
            "title": sc.title,
            "tags": [[t.key, t.value] for t in sc.tags],
            "span": self.span(sc.span),
            "body": self.block(sc.body, (sc.name, None)),
            "choices": [self.choice(sc, ch) for ch in sc.choices],
        }
        if sc.part_of is not None:  # a part of a scene's weave (engine/forkpaths/weave.py)
            out["part_of"] = sc.part_of
            if sc.name in self.p.marks:
                out["marks"] = self.p.marks[sc.name]
        fp = self.fingerprint(sc.body, (sc.name, None))
        if fp is not None:
            out["fp"] = fp
        if sc.locals:
            self.needs = max(self.needs, _V2)
            out["locals"] = [[n, t] for n, t in sc.locals]
        return out

    def function(self, fn: m.Function) -> dict:
        self.needs = max(self.needs, _V2)
        return {"name": fn.name, "params": list(fn.params), "locals": [[n, t] for n, t in fn.locals],
                "returns": fn.returns, "external": fn.external, "span": self.span(fn.span),
                "body": self.block(fn.body, None)}

    def choice(self, sc: m.Scene, ch: m.Choice) -> dict:
        addr = (sc.name, ch.id)
        out = {
            "id": ch.id,
            "text": ch.text,
            "sticky": ch.sticky,
            "cond": None if ch.cond is None else self.expr(ch.cond),
            "reason": ch.reason,
            "span": self.span(ch.span),
            "body": self.block(ch.body, addr),
            "lead": self.parts(ch.lead),
            "menu": self.parts(ch.menu),
        }
        if ch.tags:
            out["tags"] = _tags(ch.tags)
        if ch.varies or ch.said:
            self.needs = max(self.needs, _V2)
        fp = self.fingerprint(ch.body, addr)
        if fp is not None:
            out["fp"] = fp
        return out

    def fingerprint(self, stmts, addr):
        """The save checksum of a block a tunnel can return into (those holding a tunnel call)."""
        if not _calls_tunnel(stmts):
            return None
        from .saves import _fingerprint
        return _fingerprint(self.p, addr)

    # -- statements
    def block(self, stmts, addr) -> list:
        return [self.stmt(st, addr, i) for i, st in enumerate(stmts)]

    def stmt(self, st, addr, i):
        cls = st.__class__
        if cls is m.Prose:
            if all(p.__class__ is str for p in st.parts):
                text = " ".join("".join(st.parts).split())
                if st.tags:
                    return ["text", text, _tags(st.tags)]
                return ["text", text] if text else ["nop"]
            if st.tags:
                return ["dyn", self.parts(st.parts), _tags(st.tags)]
            return ["dyn", self.parts(st.parts)]
        if cls is m.Break:
            return ["break"]
        if cls is m.Glue:
            self.needs = max(self.needs, _V2)
            return ["glue", st.space]
        if cls is m.AltBlock:
            self.needs = max(self.needs, _V2)
            return ["alts", st.kind, st.key, zlib.crc32(st.key.encode()),
                    [[self.stmt(sub, addr, i) for sub in br] for br in st.branches]]
        if cls is m.Effect:
            return [_EFFECTS[st.op], self.index[st.target], self.expr(st.value), self.span(st.span)]
        if cls is m.SetLocal:
            return ["local", _EFFECTS[st.op], st.slot, self.expr(st.value), self.span(st.span)]
        if cls is m.CallStmt:
            return ["call", self.expr(st.call)]
        if cls is m.Return:
            return ["value", self.expr(st.value)]
        if cls is m.If:
            branches = []
            for bi, br in enumerate(st.branches):
                baddr = None if addr is None else addr + ((i, bi),)  # None: inside a function
                item = [None if br.cond is None else self.expr(br.cond), self.block(br.body, baddr)]
                fp = None if baddr is None else self.fingerprint(br.body, baddr)
                if fp is not None:
                    item.append(fp)
                branches.append(item)
            return ["if", branches]
        if cls is m.Divert:
            return ["divert", st.target, self.span(st.span)]
        if cls is m.TunnelCall:
            return ["tunnel", st.target, self.span(st.span)]
        if cls is m.TunnelReturn:
            if st.target is not None:  # `->-> target`
                return ["return", self.span(st.span), st.target]
            return ["return", self.span(st.span)]
        if cls is m.EndStory:
            return ["end", st.ending]
        raise FormatError(f"{st.span}: the web format (version {VERSION}) cannot express {cls.__name__}")

    # -- text
    def parts(self, parts) -> list:
        out = []
        for part in parts:
            cls = part.__class__
            if cls is str:
                out.append(part)
            elif cls is m.Interp:
                out.append(["interp", self.expr(part.expr)])
            elif cls is m.InlineCond:
                out.append(["cond", self.expr(part.cond), self.parts(part.then), self.parts(part.otherwise)])
            elif cls is m.ChoiceLead:
                out.append(["lead"])
            elif cls is m.Alternatives:
                if part.kind.startswith("shuffle "):
                    self.needs = max(self.needs, _V2)
                out.append(["alt", part.kind, part.key, zlib.crc32(part.key.encode()),
                            [self.parts(b) for b in part.branches]])
            else:
                raise FormatError(f"the web format (version {VERSION}) cannot express {cls.__name__} in text")
        return out

    # -- expressions
    def expr(self, e):
        cls = e.__class__
        if cls is m.Literal:
            return self.literal(e.value)
        if cls is m.Var:
            decl = self.s.var_map.get(e.name)
            if decl is None:  # a value of an enumeration: its name
                self.needs = max(self.needs, _V2)
                return ["str", e.name]
            if decl.const:
                return self.literal(decl.initial)
            return ["var", self.index[e.name]]
        if cls is m.Visits:
            return ["visits", e.scene]
        if cls is m.Turn:
            return ["turn"]
        if cls is m.TurnsSince:
            self.needs = max(self.needs, _V2)
            return ["since", e.scene]
        if cls is m.Call:
            return self.call(e)
        if cls is m.Local:
            return ["local", e.slot]
        if cls is m.Random:
            return ["random", self.expr(e.low), self.expr(e.high), self.span(e.span)]
        if cls is m.Unary:
            if e.op == "+":
                return self.expr(e.operand)
            return ["not" if e.op == "not" else "neg", self.expr(e.operand)]
        if cls is m.Binary:
            out = [e.op, self.expr(e.left), self.expr(e.right)]
            if e.op in ("/", "%", "+", "-", "*"):  # the operators that can fail at run time
                out.append(self.span(e.span))
            return out
        raise FormatError(f"the web format (version {VERSION}) cannot express {cls.__name__}")

    def call(self, e):
        if e.name in ("set", "has", "count") and e.name not in self.s.fn_map:
            self.needs = max(self.needs, _V2)
            if e.name == "set":
                enum = rt.set_enum(self.s, e)
                if len(e.args) == 1 and e.args[0].__class__ is m.Var and e.args[0].name == enum:
                    return ["set", enum, []]  # set(heat): the empty set
                return ["set", enum, [self.expr(a) for a in e.args]]
            return [e.name] + [self.expr(a) for a in e.args]
        if e.name in ("min", "max"):
            self.needs = max(self.needs, _V2)
            return [e.name, self.expr(e.args[0]), self.expr(e.args[1])]
        if e.name == "abs":
            self.needs = max(self.needs, _V2)
            return ["abs", self.expr(e.args[0]), self.span(e.span)]
        if e.name in self.s.fn_map:
            return ["call", e.name, [self.expr(a) for a in e.args], self.span(e.span)]
        raise FormatError(f"{e.span}: the web format (version {VERSION}) cannot express a call of {e.name}")

    def literal(self, v):
        if isinstance(v, sets.EnumSet):
            self.needs = max(self.needs, _V2)
            return ["set", self.s.enum_of[v[0]] if v else _enum_of_empty(self.s, v), [["str", n] for n in v]]
        if isinstance(v, bool):
            return ["bool", v]
        if isinstance(v, int):
            return ["int", _int(v)]
        return ["str", v]


def _tags(tags) -> list:
    return [[t.key, t.value] for t in tags]


def _enum_of_empty(story: m.Story, v) -> str:
    """The enumeration of an empty set (its class knows the values' order)."""
    members = tuple(sorted(type(v).order, key=type(v).order.get))
    return next(e.name for e in story.enums if e.members == members)


def _calls_tunnel(stmts) -> bool:
    for st in stmts:
        if isinstance(st, m.TunnelCall):
            return True
        if isinstance(st, m.If) and any(_calls_tunnel(br.body) for br in st.branches):
            return True
    return False
