"""The story model: frozen attrs classes that every later stage reads, with spans."""

from __future__ import annotations

from functools import cached_property
from typing import Union

import attrs
from attrs import frozen


@frozen
class Span:
    """Where a node came from: file and 1-based line/column range."""

    file: str
    line: int
    column: int
    end_line: int
    end_column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


NO_SPAN = Span("<none>", 0, 0, 0, 0)

# ---------------------------------------------------------------- expressions


@frozen
class Literal:
    value: Union[bool, int, str]
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class Var:
    name: str
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class Visits:
    scene: str
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class Turn:
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class TurnsSince:
    """`turns_since(scene)`: choices made since the scene was last entered; -1 if never."""

    scene: str
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class Call:
    """`name(args)`: a built-in (builtins.py) or a function the story declares."""

    name: str
    args: tuple  # of Expr
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class Local:
    """A parameter or temporary (resolved stories only): slot `slot` of the running scope."""

    name: str
    slot: int
    type: str  # bool | int | string
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class Random:
    low: "Expr"
    high: "Expr"
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class Unary:
    op: str  # "not" or "-" or "+"
    operand: "Expr"
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class Binary:
    op: str  # or and == != < <= > >= + - * / %
    left: "Expr"
    right: "Expr"
    span: Span = attrs.field(eq=False, repr=False)


Expr = Union[Literal, Var, Local, Visits, Turn, TurnsSince, Call, Random, Unary, Binary]

# ---------------------------------------------------------------- inline text


@frozen
class Interp:
    """`{expr}`: the value of an expression in the text."""

    expr: Expr
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class InlineCond:
    """`{cond: then|otherwise}`."""

    cond: Expr
    then: tuple
    otherwise: tuple
    span: Span = attrs.field(eq=False, repr=False)


ALT_KINDS = {">": "sequence", "&": "cycle", "!": "once", "~": "shuffle", "~!": "shuffle once",
             "~>": "shuffle stopping"}
# the words of a multi-line block (`{stopping:` ...), as in ink, for each kind
ALT_WORDS = {"stopping": "sequence", "sequence": "sequence", "cycle": "cycle", "once": "once", "shuffle": "shuffle",
             "shuffle once": "shuffle once", "shuffle stopping": "shuffle stopping"}


@frozen
class Alternatives:
    """`{> a|b}` and friends; `key` identifies its counter in the state."""

    kind: str  # sequence | cycle | once | shuffle | shuffle once | shuffle stopping
    branches: tuple  # tuple of text-part tuples
    key: str
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class AltBlock:
    """`{stopping:` / `- a` / `- b` / `}`: alternatives over lines; each branch holds prose only.

    It chooses its branch as Alternatives does (the same kinds and counter); it is text, so it
    runs only when text is shown, like a line of prose."""

    kind: str
    branches: tuple  # tuple of statement tuples (Prose, Break, Glue)
    key: str
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class ChoiceLead:
    """In the text a choice prints once taken: its lead (the words before `[`) as the menu showed them."""

    span: Span = attrs.field(eq=False, repr=False)


# A piece of text is a tuple of parts: str | Interp | InlineCond | Alternatives (| ChoiceLead).

# ---------------------------------------------------------------- statements


@frozen
class Prose:
    """One line of prose; consecutive lines join into a paragraph. `tags`: the line's `#tags`,
    which go with the paragraph it is part of."""

    parts: tuple
    span: Span = attrs.field(eq=False, repr=False)
    tags: tuple = ()  # Tag


@frozen
class Break:
    """A blank line: the end of a paragraph."""

    span: Span = attrs.field(eq=False, repr=False)


@frozen
class Glue:
    """`<>`: the text before and the text after join into one paragraph, with no space added.

    `space` is true when the source has a space or tab beside the `<>` on its line
    (`home <>`, `<> as fast`): then the two sides join with one space.
    """

    space: bool
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class Effect:
    target: str
    op: str  # "=", "+=", "-="
    value: Expr
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class Temp:
    """`~ temp x = expr`: a temporary of the scene or function it is in."""

    name: str
    value: Expr
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class SetLocal:
    """A temporary declared or assigned, or a parameter assigned (resolved stories only)."""

    name: str
    slot: int
    op: str  # "=", "+=", "-="
    value: Expr
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class Return:
    """`~ return expr`: a function's value."""

    value: Expr
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class CallStmt:
    """`~ name(args)`: a function called for what it changes; its value is dropped."""

    call: Call
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class Divert:
    target: str
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class TunnelCall:
    target: str
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class TunnelReturn:
    """`->->`: back to the tunnel's caller; `->-> target`: leave the tunnel for `target` instead."""

    span: Span = attrs.field(eq=False, repr=False)
    target: str | None = None


@frozen
class EndStory:
    """`-> END "name"`: a named ending."""

    ending: str
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class Branch:
    cond: Expr | None  # None for {else}
    body: tuple
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class If:
    branches: tuple  # of Branch; the last may have cond None
    span: Span = attrs.field(eq=False, repr=False)


Stmt = Union[Prose, Break, Glue, AltBlock, Effect, Temp, SetLocal, Return, CallStmt, Divert, TunnelCall, TunnelReturn,
             EndStory, If]
JUMPS = (Divert, TunnelReturn, EndStory)

# ---------------------------------------------------------------- scenes


@frozen
class Choice:
    """A choice of a scene. `id` is stable: the label, or derived from the text.

    `* Hello [back!] right back -> x`: the menu shows `lead` then `menu` ("Hello back!");
    once taken, the choice prints its lead (as the menu showed it) then the words after
    `]`, as the first prose of its body (a Prose starting with ChoiceLead). `text` is the
    menu in source form: the plain words when nothing in them changes.
    """

    id: str
    text: str | None  # None for a fallback
    sticky: bool
    cond: Expr | None
    reason: str | None  # shown-but-unavailable reason when cond is false
    body: tuple
    label: str | None
    span: Span = attrs.field(eq=False, repr=False)
    lead: tuple = ()  # text parts before `[` (the whole text when there are no brackets)
    menu: tuple = ()  # text parts inside `[...]`
    said: int = 0  # how many statements at the start of `body` print the choice's own text
    tags: tuple = ()  # Tag: `#tags` at the end of the choice line

    @property
    def fallback(self) -> bool:
        return self.text is None

    @property
    def varies(self) -> bool:
        """The menu text has parts that change ({...}): it is worked out each time it is offered."""
        return any(p.__class__ is not str for p in self.lead + self.menu)


@frozen
class Tag:
    key: str
    value: str | None
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class Scene:
    """A scene, or a part of a scene's weave (engine/forkpaths/weave.py): a gather, a labelled
    choice's body or a nested set of choices, run like a scene and named `scene.label` (`scene.N`
    when unlabelled); `part_of` names the scene it belongs to."""

    name: str
    title: str | None
    tags: tuple
    body: tuple
    choices: tuple
    span: Span = attrs.field(eq=False, repr=False)
    part_of: str | None = None
    part_kind: str | None = None  # gather | choice | choices (None for a scene)
    locals: tuple = ()  # resolved: (name, type) of each temporary slot, in slot order

    def tag(self, key: str) -> str | None:
        for t in self.tags:
            if t.key == key:
                return t.value if t.value is not None else ""
        return None


@frozen
class Function:
    """`=== function name(a, b) ===` (or `=== external name(a) ===`, which a host program may replace).

    Parsed, only name, params, body and span are set; resolved, `locals` holds (name, type)
    of every slot (the parameters first), `returns` the type of its value, and `body` refers
    to parameters and temporaries by slot (Local, SetLocal).
    """

    name: str
    params: tuple  # of str
    body: tuple
    external: bool
    span: Span = attrs.field(eq=False, repr=False)
    locals: tuple = ()
    returns: str | None = None


@frozen
class VarDecl:
    name: str
    type: str  # bool | int | string
    initial: Union[bool, int, str]
    const: bool
    value_expr: Expr = attrs.field(eq=False, repr=False)
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class EnumDecl:
    """`enum mood = calm, tense, feral`: a type whose values are these names (each a value of it)."""

    name: str
    members: tuple  # of str, in order
    span: Span = attrs.field(eq=False, repr=False)
    member_spans: tuple = attrs.field(default=(), eq=False, repr=False)


@frozen
class Include:
    path: str
    span: Span = attrs.field(eq=False, repr=False)


@frozen
class Ending:
    name: str
    spans: tuple = attrs.field(eq=False, repr=False)  # every `-> END "name"`


PARAGRAPH_RULES = ("blank lines", "lines")  # the values of the header's `paragraphs:`


@frozen
class StoryFile:
    """One parsed file, before includes are joined and names resolved."""

    path: str
    title: str | None
    author: str | None
    start: str | None
    start_span: Span | None
    includes: tuple
    variables: tuple
    scenes: tuple
    title_span: Span | None = attrs.field(default=None, eq=False, repr=False)
    author_span: Span | None = attrs.field(default=None, eq=False, repr=False)
    broken: tuple = ()  # names of scenes that failed to parse (their errors are reported)
    header_errors: tuple = attrs.field(default=(), eq=False, repr=False)
    paragraphs: str | None = None  # `paragraphs:` in the header: "lines" or "blank lines"
    paragraphs_span: Span | None = attrs.field(default=None, eq=False, repr=False)
    arrows: tuple = attrs.field(default=(), eq=False, repr=False)  # (target, span): `-> name` ending a prose line
    functions: tuple = ()  # Function, in source order
    enums: tuple = ()  # EnumDecl, in source order


@frozen
class Story:
    """A whole resolved story: every file joined, names linked, types checked."""

    title: str
    author: str | None
    start: str
    variables: tuple  # VarDecl
    scenes: tuple  # Scene, in source order
    endings: tuple  # Ending, in order of first appearance
    files: tuple  # paths, main file first
    root: str  # the story's folder
    digest: str  # content hash of all files
    paragraphs: str = "blank lines"  # "lines": every prose line is its own paragraph (as in ink)
    functions: tuple = ()  # Function, resolved, in source order
    hosts: tuple = attrs.field(default=(), eq=False, repr=False)  # (name, callable): external functions bound
    enums: tuple = ()  # EnumDecl, in declaration order; a value of one is held as its name (a str)

    @cached_property
    def enum_map(self) -> dict:
        return {e.name: e for e in self.enums}

    @cached_property
    def enum_of(self) -> dict:
        """Each enumeration value's name -> the name of its enumeration."""
        return {v: e.name for e in self.enums for v in e.members}

    @cached_property
    def fn_map(self) -> dict:
        return {f.name: f for f in self.functions}

    @cached_property
    def scene_map(self) -> dict:
        return {s.name: s for s in self.scenes}

    @cached_property
    def real_scenes(self) -> tuple:
        """The scenes the writer wrote, without the parts of their weaves."""
        return tuple(s for s in self.scenes if s.part_of is None)

    def owner(self, name: str) -> str:
        """The scene a scene or weave part belongs to."""
        sc = self.scene_map.get(name)
        return sc.part_of if sc is not None and sc.part_of is not None else name

    @cached_property
    def var_map(self) -> dict:
        return {v.name: v for v in self.variables}

    def scene(self, name: str) -> Scene:
        return self.scene_map[name]


def per_story(cache: dict, story, build):
    """`build(story)`, computed once per Story object and kept in `cache` (at most 17 stories:
    the cache is emptied when it grows past that, so stories that are done with can go)."""
    got = cache.get(id(story))
    if got is None or got.story is not story:
        if len(cache) > 16:
            cache.clear()
        got = cache[id(story)] = build(story)
    return got
