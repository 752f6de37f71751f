"""The runtime: a pure state machine over a resolved Story (start, view, choose); no I/O."""

from __future__ import annotations

import operator
import zlib

import attrs
from attrs import frozen

from . import builtins
from . import functions
from . import model as m
from . import sets
from . import weave

MAX_TUNNEL_DEPTH = 64
MAX_ENTRIES_WITHOUT_CHOICE = 10_000  # scenes entered (or fallbacks taken) between two choices
MAX_INT = (1 << 63) - 1  # a variable holding more than a 64-bit integer is a runaway story
MAX_STRING = 1_000_000  # characters in a string variable
_MASK = (1 << 64) - 1


class StoryRuntimeError(Exception):
    """A fault while running a story (division by zero, divert loop, ...), with its location."""

    def __init__(self, message: str, span: m.Span | None = None):
        super().__init__(f"{span}: {message}" if span else message)
        self.message = message
        self.span = span
        self.text = ()  # the paragraphs the step had shown before the fault (start and choose set it)
        self.visits = {}  # scene -> times entered, and the choices taken, up to the fault (the checker
        self.history = ()  # credits what a step passed through before it failed)

    def after(self, r) -> "StoryRuntimeError":
        """Keep the text a run had shown up to the fault, for the player to show before the error."""
        try:
            r.flush(force=True)
        except Exception:
            pass
        self.text = tuple(r.paras)
        self.visits, self.history = r.visits, r.history
        return self

    def render(self) -> str:
        """`path:line:col: runtime error: message`, the way the player shows it."""
        where = f"{self.span}: " if self.span is not None else ""
        return f"{where}runtime error: {self.message}"


class VariableError(StoryRuntimeError, ValueError):
    """A host (or `:set`) gave a variable a value it cannot hold: unknown name, constant, wrong type, out of range."""


class NeedRoll(Exception):
    """Raised in branching mode when `random(low, high)` needs an outcome not yet given."""

    def __init__(self, low: int, high: int):
        super().__init__(f"random({low}, {high})")
        self.low = low
        self.high = high


# ---------------------------------------------------------------- values

def _div(a, b):
    if b == 0:
        raise ZeroDivisionError
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def _mod(a, b):
    if b == 0:
        raise ZeroDivisionError
    return a - b * _div(a, b)


_OPS = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": _div, "%": _mod,
    "==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
    ">": operator.gt, ">=": operator.ge,
}


def binop(op: str, a, b):
    """Apply a binary operator the way the story language defines it."""
    if op == "and":
        return a and b
    if op == "or":
        return a or b
    return _OPS[op](a, b)


def _splitmix(x: int):
    """SplitMix64: (next state, output). The story's generator; its state is one int."""
    x = (x + 0x9E3779B97F4A7C15) & _MASK
    z = x
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
    return x, z ^ (z >> 31)


def _deck(seed: int, crc: int, k: int) -> list:
    """The order in which a `shuffle once` / `shuffle stopping` deals k branches: a Fisher-Yates
    shuffle driven by SplitMix64 from (seed x 0x100000001B3) xor the key's CRC-32 (docs/format.md)."""
    x = ((seed * 0x100000001B3) ^ crc) & _MASK
    order = list(range(k))
    for i in range(k - 1, 0, -1):
        x, out = _splitmix(x)
        j = out % (i + 1)
        order[i], order[j] = order[j], order[i]
    return order


def seed_rng(seed: int) -> int:
    """The generator state a story starts from with this seed."""
    return _splitmix(seed & _MASK)[1]


def format_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


# ---------------------------------------------------------------- state

@frozen(eq=True, hash=False)
class State:
    """Where a reader is: everything a save holds. Transitions return new States.

    A State always stands at a choice point (or an ending): the scene's body has run,
    and `offer` holds the choices shown there, their availability decided once, on
    arrival (so a `random()` in a condition is drawn once, not at every look).
    `visits` and `alts` are dicts that are never mutated after the State is built.
    """

    scene: str  # the scene whose choices are on offer, or where the story ended
    ending: str | None
    vars: tuple  # values, in the order of story.variables (constants included)
    visits: dict  # scene -> times entered
    turn: int  # choices the reader has made (fallbacks do not count)
    used: frozenset  # "scene.choice" of once-only choices taken
    alts: dict  # alternatives key -> times shown
    rng: int  # the generator's state
    seed: int
    stack: tuple  # tunnel return addresses: tuple of frames, each a tuple of (address, next index)
    history: tuple  # ("scene", "choice") pairs, in order; fallbacks included
    offer: tuple = ()  # ChoiceView of the choices shown here (hidden ones left out)
    text: tuple = attrs.field(default=(), eq=False)  # paragraphs shown arriving here
    seen: dict = attrs.field(factory=dict)  # scene -> the turn it was last entered (for turns_since)
    temps: tuple = ()  # the values of the current scene's temporaries, by slot (Scene.locals)
    temp_stack: tuple = ()  # the temporaries of each tunnel caller, one tuple per `stack` frame
    line_tags: tuple = attrs.field(default=(), eq=False)  # the `#tags` of each paragraph of `text`

    def key(self):
        """A hashable identity of the state (text excluded)."""
        return (self.scene, self.ending, self.vars, tuple(sorted(self.visits.items())), self.turn,
                self.used, tuple(sorted(self.alts.items())), self.rng, self.stack, self.offer,
                tuple(sorted(self.seen.items())), self.temps, self.temp_stack)


@frozen(cache_hash=True)
class ChoiceView:
    id: str
    text: str  # with the story's `**bold**` and `_italic_` markup
    available: bool
    reason: str | None
    sticky: bool
    span: m.Span = attrs.field(eq=False, repr=False)
    lead: str = ""  # the words before `[` as shown: the choice prints them again once taken
    tags: tuple = ()  # the choice's `#tags`: (key, value) pairs, value None for a bare `#key`

    @property
    def plain(self) -> str:
        """The text without markup."""
        from .render import strip_markup
        return strip_markup(self.text)

    @property
    def runs(self) -> tuple:
        """The text as styled runs: (style, text) pairs, style '', 'bold' or 'italic'."""
        from .render import styled_runs
        return tuple(styled_runs(self.text))


@frozen
class View:
    """What the reader sees now: the text that led here, the choices on offer or the ending."""

    paragraphs: tuple  # str, with the story's `**bold**` and `_italic_` markup
    choices: tuple  # ChoiceView, as shown (hidden ones left out)
    ending: str | None
    scene: str  # the scene whose choices are on offer (or where the story ended)
    title: str | None = None  # that scene's title
    tags: tuple = ()  # that scene's tags: (key, value) pairs, value None for a bare `#key`
    line_tags: tuple = ()  # for each paragraph, the `#tags` of its lines: (key, value) pairs

    @property
    def stuck(self) -> bool:
        """No ending and nothing to choose: the reader cannot go on."""
        return self.ending is None and not any(c.available for c in self.choices)

    @property
    def text(self) -> tuple:
        """The paragraphs without markup."""
        from .render import strip_markup
        return tuple(strip_markup(p) for p in self.paragraphs)

    @property
    def runs(self) -> tuple:
        """Each paragraph as styled runs: a tuple of (style, text) pairs, style '', 'bold' or 'italic'."""
        from .render import styled_runs
        return tuple(tuple(styled_runs(p)) for p in self.paragraphs)

    def tag(self, key: str) -> str | None:
        """The value of the scene's tag `key` ('' for a bare `#key`), or None if it has none."""
        for k, v in self.tags:
            if k == key:
                return "" if v is None else v
        return None


# ---------------------------------------------------------------- compiled story

# Each block of statements is compiled once into a tuple of ops, index for index,
# so a frame's (address, next index) means the same thing compiled or not.
_TEXT, _BREAK, _DIVERT, _SET, _ADD, _SUB, _IF, _DYN, _TUNNEL, _RETURN, _END, _NOP, _GLUE, _LOCAL, _ALTS, _SKIP = range(16)
_SHOWN_ONLY = frozenset((_TEXT, _BREAK, _DYN, _NOP, _GLUE, _ALTS))  # ops that do nothing unless rendering
_EFFECT_CODES = {"=": _SET, "+=": _ADD, "-=": _SUB}


# comparison operator -> (test of variable i with k, test of visits(name) with k)
_TESTS = {
    "==": (lambda i, k: lambda c: c.vars[i] == k, lambda n, k: lambda c: c.visits.get(n, 0) == k),
    "!=": (lambda i, k: lambda c: c.vars[i] != k, lambda n, k: lambda c: c.visits.get(n, 0) != k),
    "<": (lambda i, k: lambda c: c.vars[i] < k, lambda n, k: lambda c: c.visits.get(n, 0) < k),
    "<=": (lambda i, k: lambda c: c.vars[i] <= k, lambda n, k: lambda c: c.visits.get(n, 0) <= k),
    ">": (lambda i, k: lambda c: c.vars[i] > k, lambda n, k: lambda c: c.visits.get(n, 0) > k),
    ">=": (lambda i, k: lambda c: c.vars[i] >= k, lambda n, k: lambda c: c.visits.get(n, 0) >= k),
}


def limited(v, span):
    """The value, if it keeps the runtime's limits (64-bit ints, MAX_STRING characters); else a runtime error."""
    cls = v.__class__
    if cls is int:
        if not -MAX_INT - 1 <= v <= MAX_INT:
            raise StoryRuntimeError("integer overflow: the value no longer fits in 64 bits", span)
    elif cls is str and len(v) > MAX_STRING:
        raise StoryRuntimeError(f"string too long: more than {MAX_STRING:,} characters", span)
    return v


class Program:
    """Per-story compiled closures and lookup tables (built lazily, then shared)."""

    def __init__(self, story: m.Story):
        self.story = story
        self.index = {v.name: i for i, v in enumerate(story.variables)}
        self.initial = tuple(v.initial for v in story.variables)
        self.scenes = story.scene_map
        self.exprs = {}
        self.blocks = {}  # address -> ops
        self.bodies = {}  # scene name -> ops of its body
        self.quiet = {}  # address -> its ops as run without rendering (see quiet_block)
        self.quiet_bodies = {}  # scene name -> quiet ops of its body
        self.points = {}  # scene name -> compiled choice point
        self.choice_maps = {}  # scene name -> {choice id: Choice}
        self.crcs = {}  # alternatives key -> crc32
        self.lines = story.paragraphs == "lines"  # every prose line is its own paragraph
        self.marks = weave.marks(story) if len(story.scenes) != len(story.real_scenes) else {}
        self.functions = {}  # function name -> compiled call
        self.fcomp = functions.Compiler(self, limited, StoryRuntimeError)
        self.hosts = dict(story.hosts)  # external function name -> the host's callable (functions.bind)
        self.zeros = {sc.name: tuple(functions.zeros(sc.locals, story)) for sc in story.scenes if sc.locals}

    # -- expressions
    def expr(self, e):
        f = self.exprs.get(id(e))
        if f is None:
            f = self.exprs[id(e)] = self._compile(e)
        return f

    def _compile(self, e):
        cls = e.__class__
        if cls is m.Literal:
            v = e.value
            return lambda c: v
        if cls is m.Var:
            decl = self.story.var_map.get(e.name)
            if decl is None:  # a value of an enumeration: held as its name
                name = e.name
                return lambda c: name
            if decl.const:
                v = decl.initial
                return lambda c: v
            i = self.index[e.name]
            return lambda c: c.vars[i]
        if cls is m.Visits:
            name = e.scene
            return lambda c: c.visits.get(name, 0)
        if cls is m.Turn:
            return lambda c: c.turn
        if cls is m.TurnsSince:
            name = e.scene

            def since(c):
                t = c.seen.get(name)
                return -1 if t is None else c.turn - t
            return since
        if cls is m.Call:
            return self._call(e)
        if cls is m.Local:
            slot = e.slot
            return lambda c: c.temps[slot]
        if cls is m.Random:
            lo, hi, span = self.expr(e.low), self.expr(e.high), e.span
            return lambda c: c.roll(lo(c), hi(c), span)
        if cls is m.Unary:
            f = self.expr(e.operand)
            if e.op == "not":
                return lambda c: not f(c)
            if e.op == "-":
                return lambda c: -f(c)
            return f
        if cls is m.Binary:
            test = self._test(e)
            if test is not None:
                return test
            a, b = self.expr(e.left), self.expr(e.right)
            if e.op == "and":
                return lambda c: a(c) and b(c)
            if e.op == "or":
                return lambda c: a(c) or b(c)
            op, span = _OPS[e.op], e.span
            if e.op in ("/", "%"):
                def divide(c):
                    try:
                        return op(a(c), b(c))
                    except ZeroDivisionError:
                        raise StoryRuntimeError("division by zero", span) from None
                return divide
            if e.op in ("+", "-", "*"):
                def arith(c):  # every step keeps the runtime's limits, not only the stored result
                    v = op(a(c), b(c))
                    if v.__class__ is int and not -MAX_INT - 1 <= v <= MAX_INT:
                        raise StoryRuntimeError("integer overflow: the value no longer fits in 64 bits", span)
                    if v.__class__ is str and len(v) > MAX_STRING:
                        raise StoryRuntimeError(f"string too long: more than {MAX_STRING:,} characters", span)
                    return v
                return arith
            return lambda c: op(a(c), b(c))
        raise TypeError(f"not an expression: {e!r}")

    def _test(self, e):
        """A comparison of a variable or `visits()` with a constant, as one closure (the common
        condition: the same operator as `_OPS`, without a call per operand), else None."""
        make = _TESTS.get(e.op)
        if make is None:
            return None
        r = e.right
        if r.__class__ is m.Literal:
            k = r.value
        elif r.__class__ is m.Var and (self.story.var_map.get(r.name) is None or self.story.var_map[r.name].const):
            decl = self.story.var_map.get(r.name)
            k = r.name if decl is None else decl.initial  # a value of an enumeration is held as its name
        else:
            return None
        left = e.left
        if left.__class__ is m.Var:
            decl = self.story.var_map.get(left.name)
            if decl is None or decl.const:
                return None
            return make[0](self.index[left.name], k)
        if left.__class__ is m.Visits:
            return make[1](left.scene, k)
        return None

    def _call(self, e):
        if e.name in sets.BUILTINS and e.name not in self.story.fn_map:
            return self._set_call(e)
        args, span, name = tuple(self.expr(a) for a in e.args), e.span, e.name
        if name in builtins.ARITY:
            def builtin(c):
                try:
                    return builtins.apply(name, [a(c) for a in args])
                except builtins.Overflow:
                    raise StoryRuntimeError("integer overflow: the value no longer fits in 64 bits", span) from None
            return builtin

        def user(c):
            return self.function(name)(c, [a(c) for a in args], span)
        return user

    def _set_call(self, e):
        story = self.story
        if e.name == "set":
            if len(e.args) == 1 and e.args[0].__class__ is m.Var and e.args[0].name in story.enum_map:
                empty = sets.make(story.enum_map[e.args[0].name].members, ())
                return lambda c: empty
            args = tuple(self.expr(a) for a in e.args)
            members = story.enum_map[set_enum(story, e)].members
            return lambda c: sets.make(members, [a(c) for a in args])
        s = self.expr(e.args[0])
        if e.name == "count":
            return lambda c: len(s(c))
        v = self.expr(e.args[1])
        return lambda c: v(c) in s(c)

    def function(self, name: str):
        """The compiled call of a declared function (compiled once, on its first call)."""
        f = self.functions.get(name)
        if f is None:
            fn = self.story.fn_map[name]
            host = self.hosts.get(name)
            f = self.functions[name] = self.fcomp.function(fn) if host is None else \
                functions.host_call(fn, host, limited, StoryRuntimeError,
                                    self.story.enum_map[fn.returns].members if fn.returns in self.story.enum_map else ())
        return f

    @staticmethod
    def effect_code(op: str) -> int:
        return _EFFECT_CODES[op]

    # -- statements
    def choice_map(self, scene: str) -> dict:
        cm = self.choice_maps.get(scene)
        if cm is None:
            cm = self.choice_maps[scene] = {c.id: c for c in self.scenes[scene].choices}
        return cm

    def statements(self, addr) -> tuple:
        """The statement tuple at an address: (scene, choice id or None, (stmt, branch)...)."""
        b = self.scenes[addr[0]].body if addr[1] is None else self.choice_map(addr[0])[addr[1]].body
        for i, bi in addr[2:]:
            b = b[i].branches[bi].body
        return b

    def block(self, addr) -> tuple:
        ops = self.blocks.get(addr)
        if ops is None:
            ops = [self._op(st) for st in self.statements(addr)]
            for i, op in enumerate(ops):
                if op[0] == _IF:  # with the address of each branch's block
                    ops[i] = op + (tuple(addr + ((i, bi),) for bi in range(len(op[1]))),)
            ops = self.blocks[addr] = tuple(ops)
        return ops

    def body(self, name: str, span) -> tuple:
        ops = self.bodies.get(name)
        if ops is None:
            if name not in self.scenes:
                raise StoryRuntimeError(f"no scene named `{name}`", span)
            ops = self.bodies[name] = self.block((name, None))
        return ops

    def quiet_block(self, addr) -> tuple:
        """The block's ops for a run that does not render: each op that only shows text is a
        jump past the whole run of such ops it starts (`(_SKIP, index)`). Every other op keeps its
        index, so a frame's (address, next index) means the same thing in both."""
        ops = self.quiet.get(addr)
        if ops is None:
            loud = self.block(addr)
            out = list(loud)
            nxt = len(loud)
            for i in range(len(loud) - 1, -1, -1):
                if loud[i][0] in _SHOWN_ONLY:
                    out[i] = (_SKIP, nxt)
                else:
                    nxt = i
            ops = self.quiet[addr] = tuple(out)
        return ops

    def quiet_body(self, name: str, span) -> tuple:
        ops = self.quiet_bodies.get(name)
        if ops is None:
            self.body(name, span)  # a scene that does not exist fails the same way
            ops = self.quiet_bodies[name] = self.quiet_block((name, None))
        return ops

    def _op(self, st):
        cls = st.__class__
        if cls is m.Prose:
            tags = tuple((t.key, t.value) for t in st.tags)
            if all(p.__class__ is str for p in st.parts):
                text = " ".join("".join(st.parts).split())
                return (_TEXT, text, tags) if text or tags else (_NOP,)
            return (_DYN, st.parts, tags)
        if cls is m.Break:
            return (_BREAK,)
        if cls is m.Glue:
            return (_GLUE, st.space)
        if cls is m.AltBlock:  # its branches hold prose only: compiled here, run as text
            return (_ALTS, st, tuple(tuple(self._op(s) for s in b) for b in st.branches))
        if cls is m.Effect:
            return (_EFFECT_CODES[st.op], self.index[st.target], self.expr(st.value), st.span)
        if cls is m.SetLocal:
            return (_LOCAL, self.fcomp.set_local(st))
        if cls is m.CallStmt:
            return (_LOCAL, self.expr(st.call))
        if cls is m.If:
            return (_IF, tuple(None if br.cond is None else self.expr(br.cond) for br in st.branches))
        if cls is m.Divert:
            return (_DIVERT, st.target, st.span)
        if cls is m.TunnelCall:
            return (_TUNNEL, st.target, st.span)
        if cls is m.TunnelReturn:
            return (_RETURN, st.span, st.target)
        if cls is m.EndStory:
            return (_END, st.ending)
        raise TypeError(f"not a statement: {st!r}")

    def point(self, name: str) -> tuple:
        """A scene's choices, compiled: (choice, cond, once key, view if ok, view if not).

        For a choice whose text varies the views hold its source text: the run works
        the text out each time it offers the choice (when it renders)."""
        pt = self.points.get(name)
        if pt is None:
            items = []
            for ch in self.scenes[name].choices:
                cond = None if ch.cond is None else self.expr(ch.cond)
                key = None if ch.sticky else f"{name}.{ch.id}"
                if ch.text is None:
                    ok = no = None
                else:
                    lead = "" if ch.varies else "".join(ch.lead)
                    tags = tuple((t.key, t.value) for t in ch.tags)
                    ok = ChoiceView(ch.id, ch.text, True, None, ch.sticky, ch.span, lead, tags)
                    no = None if ch.reason is None else ChoiceView(ch.id, ch.text, False, ch.reason,
                                                                   ch.sticky, ch.span, lead, tags)
                items.append((ch, cond, key, ok, no))
            pt = self.points[name] = tuple(items)
        return pt

    def crc(self, key: str) -> int:
        c = self.crcs.get(key)
        if c is None:
            c = self.crcs[key] = zlib.crc32(key.encode())
        return c


_PROGRAMS: dict = {}


def program(story: m.Story) -> Program:
    return m.per_story(_PROGRAMS, story, Program)


# ---------------------------------------------------------------- one transition

class _Run:
    """Mutable scratch for one transition; frozen into a State at the end."""

    __slots__ = ("p", "vars", "visits", "own_visits", "seen", "temps", "temp_stack", "depth", "turn", "used", "alts",
                 "own_alts", "rng", "seed",
                 "stack", "history", "frames", "scene", "ending", "offer", "paras", "line", "dirty",
                 "render", "forced", "rolls", "entries", "in_text", "text_rolls", "glue", "lines", "lead", "ptags",
                 "para_tags", "block", "body")

    def __init__(self, p: Program, s: State, render: bool, forced):
        self.p = p
        self.vars = list(s.vars)
        self.visits = s.visits
        self.own_visits = False
        self.seen = s.seen
        self.temps = list(s.temps)
        self.temp_stack = s.temp_stack
        self.depth = 0  # function calls running
        self.turn = s.turn
        self.used = s.used
        self.alts = s.alts
        self.own_alts = False
        self.rng = s.rng
        self.seed = s.seed
        self.stack = s.stack
        self.history = s.history
        self.frames = []
        self.scene = s.scene
        self.ending = s.ending
        self.offer = s.offer
        self.paras = []
        self.line = []
        self.dirty = False
        self.render = render
        self.forced = forced
        self.rolls = 0
        self.entries = 0
        self.in_text = False
        self.text_rolls = 0
        self.glue = None  # after `<>`: what joins the next text to the paragraph ("" or " ")
        self.lines = p.lines
        self.lead = ""  # the taken choice's lead as its menu showed it (m.ChoiceLead)
        self.ptags = []  # the `#tags` of the lines of the paragraph under way
        self.para_tags = []  # the tags of each paragraph in self.paras
        # compiled ops by address, and of a scene's body: without rendering, the text ops are skipped
        self.block = p.block if render else p.quiet_block
        self.body = p.body if render else p.quiet_body

    # -- values
    def roll(self, lo, hi, span):
        if hi < lo:
            raise StoryRuntimeError(f"random({lo}, {hi}): the high bound is below the low bound", span)
        if self.in_text:
            # Text is only evaluated when rendering: its draws come from the generator's
            # state without advancing it, so rendering never changes what happens next.
            self.text_rolls += 1
            _, out = _splitmix((self.rng ^ (self.text_rolls * 0xD1B54A32D192ED03)) & _MASK)
            return lo + out % (hi - lo + 1)
        if self.forced is not None:
            if self.rolls >= len(self.forced):
                raise NeedRoll(lo, hi)
            v = self.forced[self.rolls]
            self.rolls += 1
            return min(max(v, lo), hi)
        self.rng, out = _splitmix(self.rng)
        return lo + out % (hi - lo + 1)

    def text(self, parts, out):
        for part in parts:
            cls = part.__class__
            if cls is str:
                out.append(part)
            elif cls is m.Interp:
                out.append(format_value(self.p.expr(part.expr)(self)))
            elif cls is m.InlineCond:
                self.text(part.then if self.p.expr(part.cond)(self) else part.otherwise, out)
            elif cls is m.ChoiceLead:
                out.append(self.lead)
            else:
                self.text(self.alternative(part), out)

    def alternative(self, alt):
        i = self.pick(alt)
        return alt.branches[i] if i is not None else ()

    def pick(self, alt):
        """The branch alternatives show now (None: nothing), counting one more showing."""
        n = self.alts.get(alt.key, 0)
        k = len(alt.branches)
        if alt.kind == "sequence":
            i = min(n, k - 1)
        elif alt.kind == "cycle":
            i = n % k
        elif alt.kind == "once":
            i = n if n < k else None
        elif alt.kind == "shuffle once":  # each branch once, in an order drawn from the seed, then nothing
            i = _deck(self.seed, self.p.crc(alt.key), k)[n] if n < k else None
        elif alt.kind == "shuffle stopping":  # all but the last once each, shuffled; then the last for ever
            i = _deck(self.seed, self.p.crc(alt.key), k - 1)[n] if n < k - 1 else k - 1
        else:  # shuffle: a fresh draw each time, from the seed, the key and the count
            _, out = _splitmix(((self.seed * 0x100000001B3) ^ self.p.crc(alt.key) ^ (n << 32)) & _MASK)
            i = out % k
        if not self.own_alts:
            self.alts = dict(self.alts)
            self.own_alts = True
        self.alts[alt.key] = n + 1
        return i

    def alt_lines(self, op):
        """Multi-line alternatives: the chosen branch's lines, as text (they hold prose only)."""
        i = self.pick(op[1])
        for sub in op[2][i] if i is not None else ():
            code = sub[0]
            if code in (_TEXT, _DYN) and sub[2]:
                self.ptags.extend(sub[2])
            if code == _TEXT:
                if sub[1]:
                    self.put(sub[1])
            elif code == _DYN:
                out = []
                self.in_text = True
                self.text(sub[1], out)
                self.in_text = False
                self.dirty = True
                self.put("".join(out))
            elif code == _BREAK:
                self.flush()
            elif code == _GLUE:
                self.glued(sub[1])

    def put(self, text):
        """Add a piece of prose to the paragraph under way, minding glue and the `lines` rule."""
        g = self.glue
        if g is None:
            self.line.append(text)
        elif not text.split():
            return  # nothing to show: the glue waits for text that shows
        else:
            self.glue = None
            if self.line:
                self.line[-1] = self.line[-1] + g + text
            else:
                self.line.append(text)
        if self.lines:
            self.flush()

    def glued(self, space):
        """`<>`: the paragraph under way goes on (a paragraph just ended in this step is opened again)."""
        if not self.line and self.paras:
            self.line.append(self.paras.pop())
            self.ptags[:0] = self.para_tags.pop()
        self.glue = " " if space or self.glue == " " else ""

    def flush(self, force=False):
        """End the paragraph under way (unless glue holds it open and this is not the step's end)."""
        if self.glue is not None:
            if not force:
                return
            self.glue = None
        line = self.line
        if line:
            text = " ".join(line)
            if self.dirty:
                text = " ".join(text.split())
                self.dirty = False
            if text:
                self.paras.append(text)
                self.para_tags.append(tuple(self.ptags))
            line.clear()
            self.ptags.clear()

    def assign(self, op, v):
        """Store an effect's result, refusing values that would only grow without bound."""
        i = op[1]
        code = op[0]
        if code == _ADD:
            v = self.vars[i] + v
        elif code == _SUB:
            v = self.vars[i] - v
        self.vars[i] = limited(v, op[3])

    # -- flow
    def enter(self, name, span):
        ops = self.body(name, span)
        self.entries += 1
        if self.entries > MAX_ENTRIES_WITHOUT_CHOICE:
            raise StoryRuntimeError(
                f"divert loop: {MAX_ENTRIES_WITHOUT_CHOICE:,} scenes entered without a choice", span)
        if not self.own_visits:
            self.visits = dict(self.visits)
            self.seen = dict(self.seen)
            self.own_visits = True
        visits = self.visits
        visits[name] = visits.get(name, 0) + 1
        self.seen[name] = self.turn
        if self.p.marks:
            key = self.p.marks.get(name)  # a labelled once-only choice's body, entered by a divert
            if key is not None and key not in self.used:
                self.used = self.used | {key}
        z = self.p.zeros.get(name)
        self.temps = list(z) if z is not None else []
        self.scene = name
        self.frames = [[ops, 0, (name, None)]]
        if self.render:
            self.flush()

    def run(self):
        """Execute until a choice point or an ending."""
        block = self.block
        render = self.render
        line = self.line
        while True:
            frames = self.frames
            while frames:
                frame = frames[-1]
                ops = frame[0]
                i = frame[1]
                n = len(ops)
                # the frame's next index is written back only where it is read: before a frame is
                # suspended (an `{if}` branch, a tunnel call); a divert, `->->` or ending replaces it
                while i < n:
                    op = ops[i]
                    i += 1
                    code = op[0]
                    if code == _SKIP:  # a run of ops that only show text, in a run that does not render
                        i = op[1]
                    elif code == _TEXT:
                        if render:
                            if op[2]:  # before the text: the `lines` rule may end the paragraph with it
                                self.ptags.extend(op[2])
                            if self.glue is None and not self.lines and op[1]:
                                line.append(op[1])
                            elif op[1]:
                                self.put(op[1])
                    elif code == _BREAK:
                        if render:
                            self.flush()
                    elif code == _DIVERT:
                        self.enter(op[1], op[2])
                        break
                    elif code <= _SUB:
                        self.assign(op, op[2](self))
                    elif code == _IF:
                        for bi, cond in enumerate(op[1]):
                            if cond is None or cond(self):
                                frame[1] = i
                                addr = op[2][bi]
                                frames.append([block(addr), 0, addr])
                                break
                        else:
                            continue
                        break
                    elif code == _DYN:
                        if render:
                            out = []
                            self.in_text = True
                            self.text(op[1], out)
                            self.in_text = False
                            self.dirty = True
                            if op[2]:
                                self.ptags.extend(op[2])
                            self.put("".join(out))
                    elif code == _TUNNEL:
                        if len(self.stack) >= MAX_TUNNEL_DEPTH:
                            raise StoryRuntimeError(f"tunnels nested more than {MAX_TUNNEL_DEPTH} deep", op[2])
                        frame[1] = i
                        self.stack = self.stack + (tuple((f[2], f[1]) for f in frames),)
                        self.temp_stack = self.temp_stack + (tuple(self.temps),)
                        self.enter(op[1], op[2])
                        break
                    elif code == _RETURN:
                        if not self.stack:
                            raise StoryRuntimeError("`->->` returns, but no tunnel was called", op[1])
                        back = self.stack[-1]
                        self.stack = self.stack[:-1]
                        self.temps = list(self.temp_stack[-1])
                        self.temp_stack = self.temp_stack[:-1]
                        if op[2] is not None:  # `->-> target`: the caller's place is dropped, the flow goes there
                            self.enter(op[2], op[1])
                            break
                        self.frames = [[block(a), j, a] for a, j in back]
                        self.scene = back[0][0][0]
                        if render:
                            self.flush()
                        break
                    elif code == _LOCAL:
                        op[1](self)
                    elif code == _END:
                        self.ending = op[1]
                        self.offer = ()
                        self.frames = []
                        return
                    elif code == _GLUE:
                        if render:
                            self.glued(op[1])
                    elif code == _ALTS:
                        if render:
                            self.alt_lines(op)
                else:  # the frame's block is done
                    frames.pop()
                    if not frames and frame[2][1] is not None:
                        self.ran_out(frame[2])
                    continue
                frames = self.frames
            # the body of self.scene is done: its choices are on offer
            due = self.settle()
            if due is None:
                return
            self.take(*due, fallback=True)

    def ran_out(self, addr):
        ch = self.p.choice_map(addr[0])[addr[1]]
        if ch.text is None:
            raise StoryRuntimeError(
                f"the fallback of scene `{addr[0]}` has nowhere to go: it ends without a divert, "
                "`->->` or `-> END`", ch.span)
        raise StoryRuntimeError(
            f"choice `{ch.id}` of scene `{addr[0]}` ends without a divert, `->->` or `-> END`", ch.span)

    def settle(self):
        """Decide the offer at the current scene's choices -> None, or (fallback, key) when one is due."""
        offer = []
        fallback = None
        any_ok = False
        used = self.used
        render = self.render
        for ch, cond, key, ok_view, no_view in self.p.point(self.scene):
            if key is not None and key in used:
                continue
            ok = cond is None or cond(self)
            if ok_view is None:
                if ok and fallback is None:
                    fallback = (ch, key)
            elif ok:
                any_ok = True
                offer.append(self.shown(ch, ok_view) if render and ch.varies else ok_view)
            elif no_view is not None:
                offer.append(self.shown(ch, no_view) if render and ch.varies else no_view)
        self.offer = tuple(offer)
        if any_ok or fallback is None:
            return None
        return fallback

    def shown(self, ch, view):
        """The view of a choice whose text varies, its text worked out now (when rendering)."""
        if not self.render:
            return view
        self.in_text = True
        out = []
        self.text(ch.lead, out)
        lead = "".join(out)
        self.text(ch.menu, out)
        self.in_text = False
        return attrs.evolve(view, text=" ".join("".join(out).split()), lead=lead)

    def take(self, ch, key, fallback=False, lead=""):
        self.lead = lead
        if key is not None:
            self.used = self.used | {key}
        self.history = self.history + ((self.scene, ch.id),)
        if fallback:
            self.entries += 1
            if self.entries > MAX_ENTRIES_WITHOUT_CHOICE:
                raise StoryRuntimeError(
                    f"divert loop: {MAX_ENTRIES_WITHOUT_CHOICE:,} fallbacks taken without a choice", ch.span)
        else:
            self.turn += 1
        addr = (self.scene, ch.id)
        self.frames = [[self.block(addr), 0, addr]]

    def freeze(self) -> State:
        if self.render:
            self.flush(force=True)
        return State(self.scene, self.ending, tuple(self.vars), self.visits, self.turn, self.used,
                     self.alts, self.rng, self.seed, self.stack, self.history, self.offer, tuple(self.paras),
                     self.seen, tuple(self.temps), self.temp_stack, tuple(self.para_tags))


# ---------------------------------------------------------------- the API

def initial_state(story: m.Story, seed: int = 0) -> State:
    """The state before anything has run (used by start and by save migration)."""
    p = program(story)
    return State(story.start, None, p.initial, {}, 0, frozenset(), {}, seed_rng(seed), seed, (), ())


def start(story: m.Story, seed: int = 0, render: bool = True, forced=None) -> State:
    """Enter the start scene and run to the first choice point."""
    s = initial_state(story, seed)
    r = _Run(program(story), s, render, forced)
    try:
        r.enter(story.start, story.scene(story.start).span)
        r.run()
    except StoryRuntimeError as e:
        raise e.after(r)
    return r.freeze()


def view(story: m.Story, state: State) -> View:
    """What the reader sees: the text that led here and the choices on offer."""
    sc = story.scene_map.get(story.owner(state.scene))  # a weave part shows its scene's title and tags
    title = sc.title if sc is not None else None
    tags = tuple((t.key, t.value) for t in sc.tags) if sc is not None else ()
    if state.ending is not None:
        return View(state.text, (), state.ending, state.scene, title, tags, _line_tags(state))
    return View(state.text, state.offer, None, state.scene, title, tags, _line_tags(state))


def _line_tags(state: State) -> tuple:
    """One tuple of tags per paragraph (a state rebuilt without them has none)."""
    lt = state.line_tags
    return lt if len(lt) == len(state.text) else tuple(() for _ in state.text)


def available(story: m.Story, state: State) -> tuple:
    """Ids of the choices that can be taken now."""
    if state.ending is not None:
        return ()
    return tuple(c.id for c in state.offer if c.available)


def choose(story: m.Story, state: State, choice_id: str, render: bool = True, forced=None) -> State:
    """Take a choice on offer and run to the next choice point or ending."""
    if state.ending is not None:
        raise StoryRuntimeError(f"the story has ended ({state.ending}); there is nothing to choose")
    for cv in state.offer:
        if cv.id == choice_id:
            break
    else:
        ch = program(story).choice_map(state.scene).get(choice_id)
        if ch is None or ch.text is None:
            raise StoryRuntimeError(f"scene `{state.scene}` has no choice `{choice_id}`")
        raise StoryRuntimeError(f"choice `{choice_id}` is not on offer now", ch.span)
    if not cv.available:
        raise StoryRuntimeError(f"choice `{choice_id}` is not available now", cv.span)
    p = program(story)
    ch = p.choice_map(state.scene)[choice_id]
    r = _Run(p, state, render, forced)
    try:
        r.take(ch, None if ch.sticky else f"{state.scene}.{ch.id}", lead=cv.lead)
        r.run()
    except StoryRuntimeError as e:
        raise e.after(r)
    return r.freeze()


def settle(story: m.Story, state: State, render: bool = True, forced=None) -> State:
    """Decide the choice point again (after variables were changed by hand, or a save was
    migrated): recompute the offer, and take a fallback if one is now due."""
    if state.ending is not None:
        return state
    r = _Run(program(story), state, render, forced)
    due = r.settle()
    if due is None:
        return attrs.evolve(state, offer=r.offer, alts=r.alts)
    r.take(*due, fallback=True)
    r.run()
    return r.freeze()


def goto(story: m.Story, state: State, scene: str, render: bool = True) -> State:
    """Jump to a scene as a divert would, with an empty tunnel stack (debugging)."""
    if scene not in story.scene_map:
        raise StoryRuntimeError(f"no scene named `{scene}`")
    s = attrs.evolve(state, ending=None, stack=(), temp_stack=(), offer=())
    r = _Run(program(story), s, render, None)
    r.enter(scene, story.scene(scene).span)
    r.run()
    return r.freeze()


def reseed(story: m.Story, state: State, seed: int) -> State:
    """The same state with the generator started afresh from `seed` (debugging)."""
    return attrs.evolve(state, seed=seed, rng=seed_rng(seed))


def where(story: m.Story, state: State) -> m.Span:
    """The source location of the current scene (for debugging and messages)."""
    return story.scene(state.scene).span


def check_value(story: m.Story, name: str, value):
    """The value a variable may be set to from outside the story, or raise VariableError.

    The same rules as the story's own assignments: the declared type (bool, int or
    string; a bool is not an int here), 64-bit ints, strings up to MAX_STRING characters;
    constants cannot be set.
    """
    decl = story.var_map.get(name)
    if decl is None:
        import difflib
        close = difflib.get_close_matches(name, list(story.var_map), n=1)
        hint = f"; did you mean `{close[0]}`?" if close else ""
        raise VariableError(f"no variable named `{name}`{hint}")
    if decl.const:
        raise VariableError(f"`{name}` is a constant; it cannot be set")
    of = story.enum_map.get(sets.enum_of_type(decl.type) or "")
    if of is not None:
        if isinstance(value, (str, bytes)) or not hasattr(value, "__iter__") or \
                not all(type(v) is str and v in of.members for v in value):
            raise VariableError(f"`{name}` is a {decl.type}: give it values of {of.name} "
                                f"({', '.join(of.members)})")
        return sets.make(of.members, value)
    enum = story.enum_map.get(decl.type)
    if enum is not None:
        if type(value) is not str or value not in enum.members:
            raise VariableError(f"`{name}` is a {decl.type}: {value!r:.40} is not one of {', '.join(enum.members)}")
        return value
    kind = {"bool": bool, "int": int, "string": str}[decl.type]
    if type(value) is not kind:
        shown = repr(value)
        shown = shown if len(shown) <= 40 else shown[:37] + "..."
        article = "an" if decl.type == "int" else "a"
        raise VariableError(f"`{name}` is {decl.type}: {shown} ({type(value).__name__}) is not {article} "
                            f"{decl.type} value")
    if kind is int and not -MAX_INT - 1 <= value <= MAX_INT:
        raise VariableError(f"`{name}` is int: {value} is out of range (a 64-bit integer, "
                            f"{-MAX_INT - 1:,} to {MAX_INT:,})")
    if kind is str and len(value) > MAX_STRING:
        raise VariableError(f"`{name}` is string: {len(value):,} characters is too long (at most {MAX_STRING:,})")
    return value


def with_vars(story: m.Story, state: State, **values) -> State:
    """A copy of the state with some variables set (hosts, debugging, tests); the offer is
    recomputed, but a fallback that becomes due is not taken (see `settle`).

    Each value is checked first (`check_value`): an unknown name, a constant, a wrong
    type or an out-of-range value raises VariableError and nothing is set.
    """
    p = program(story)
    vs = list(state.vars)
    for k, v in values.items():
        vs[p.index[k]] = check_value(story, k, v)
    s = attrs.evolve(state, vars=tuple(vs))
    if s.ending is not None:
        return s
    r = _Run(p, s, True, None)  # rendering: a choice text that varies is worked out again
    r.settle()
    return attrs.evolve(s, offer=r.offer, rng=r.rng, alts=r.alts)


def set_enum(story: m.Story, call: m.Call) -> str:
    """The enumeration a `set(...)` call builds a set of (its first value's)."""
    a = call.args[0]
    if a.__class__ is m.Var:
        d = story.var_map.get(a.name)
        return a.name if a.name in story.enum_map else d.type if d is not None else story.enum_of[a.name]
    if a.__class__ is m.Local:
        return a.type
    fn = story.fn_map.get(a.name) if a.__class__ is m.Call else None
    return fn.returns if fn is not None else story.enum_of[a.value]


def is_fallback(story: m.Story, scene: str, choice_id: str) -> bool | None:
    """True for a fallback, False for a shown choice, None if the scene or choice is gone."""
    if scene not in story.scene_map:
        return None
    ch = program(story).choice_map(scene).get(choice_id)
    return None if ch is None else ch.text is None


def replay(story: m.Story, seed: int, history, render: bool = True):
    """Follow recorded (scene, choice) pairs from the start as far as they still go.

    Fallbacks in the record are skipped (they are taken by themselves). Returns
    (states, replayed, wanted): every state from the start on, how many choices
    were made again, and how many the record holds.
    """
    states = [start(story, seed, render)]
    wanted = replayed = 0
    going = True
    for scene, cid in history:
        fb = is_fallback(story, scene, cid)
        if fb:
            continue
        wanted += 1
        if not going:
            continue
        s = states[-1]
        if fb is None or s.ending is not None or s.scene != scene or cid not in available(story, s):
            going = False
            continue
        try:
            states.append(choose(story, s, cid, render))
        except StoryRuntimeError:
            going = False
            continue
        replayed += 1
    return states, replayed, wanted
