"""The runtime: a pure state machine over a resolved Story (start, view, choose); no I/O."""

from __future__ import annotations

import operator
import zlib

import attrs
from attrs import frozen

from . import model as m

MAX_TUNNEL_DEPTH = 64
MAX_ENTRIES_WITHOUT_CHOICE = 10_000
_MASK = (1 << 64) - 1


class StoryRuntimeError(Exception):
    """A fault while running a story (division by zero, divert loop, ...), with its location."""

    def __init__(self, message: str, span: m.Span | None = None):
        super().__init__(f"{span}: {message}" if span else message)
        self.message = message
        self.span = span


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
    x = (x + 0x9E3779B97F4A7C15) & _MASK
    z = x
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
    return x, z ^ (z >> 31)


def format_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


# ---------------------------------------------------------------- state

@frozen(eq=True, hash=False)
class State:
    """Where a reader is: everything a save holds. Transitions return new States."""

    scene: str  # the scene whose choices are on offer, or where the story ended
    ending: str | None
    vars: tuple  # values, in the order of story.variables
    visits: dict  # scene -> times entered (never mutated)
    turn: int
    used: frozenset  # "scene.choice" of once-only choices taken
    alts: dict  # alternatives key -> times shown (never mutated)
    rng: int
    seed: int
    stack: tuple  # tunnel return addresses: tuple of (address, next index) frames
    history: tuple  # ("scene", "choice") pairs, in order; fallbacks included
    text: tuple = attrs.field(default=(), eq=False)  # paragraphs shown arriving here

    def key(self):
        """A hashable identity of the state (text excluded)."""
        return (self.scene, self.ending, self.vars, tuple(sorted(self.visits.items())), self.turn,
                self.used, tuple(sorted(self.alts.items())), self.rng, self.stack)


@frozen
class ChoiceView:
    id: str
    text: str
    available: bool
    reason: str | None
    sticky: bool
    span: m.Span = attrs.field(eq=False, repr=False)


@frozen
class View:
    paragraphs: tuple
    choices: tuple  # ChoiceView, as shown (hidden ones left out)
    ending: str | None
    scene: str

    @property
    def stuck(self) -> bool:
        """No ending and nothing to choose: the reader cannot go on."""
        return self.ending is None and not any(c.available for c in self.choices)


# ---------------------------------------------------------------- compiled story

class Program:
    """Per-story compiled closures and lookup tables (built once, then shared)."""

    def __init__(self, story: m.Story):
        self.story = story
        self.index = {v.name: i for i, v in enumerate(story.variables)}
        self.initial = tuple(v.initial for v in story.variables)
        self.scenes = story.scene_map
        self.exprs = {}
        self.choices = {s.name: {c.id: c for c in s.choices} for s in story.scenes}
        self.blocks = {}

    def expr(self, e):
        f = self.exprs.get(id(e))
        if f is None:
            f = self.exprs[id(e)] = self._compile(e)
        return f

    def _compile(self, e):
        if isinstance(e, m.Literal):
            v = e.value
            return lambda c: v
        if isinstance(e, m.Var):
            decl = self.story.var_map[e.name]
            if decl.const:
                v = decl.initial
                return lambda c: v
            i = self.index[e.name]
            return lambda c: c.vars[i]
        if isinstance(e, m.Visits):
            name = e.scene
            return lambda c: c.visits.get(name, 0)
        if isinstance(e, m.Turn):
            return lambda c: c.turn
        if isinstance(e, m.Random):
            lo, hi, span = self.expr(e.low), self.expr(e.high), e.span
            return lambda c: c.roll(lo(c), hi(c), span)
        if isinstance(e, m.Unary):
            f = self.expr(e.operand)
            if e.op == "not":
                return lambda c: not f(c)
            if e.op == "-":
                return lambda c: -f(c)
            return f
        if isinstance(e, m.Binary):
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
            return lambda c: op(a(c), b(c))
        raise TypeError(f"not an expression: {e!r}")

    def block(self, addr):
        """The statement tuple at an address: (scene, choice id or None, (stmt, branch)...)."""
        b = self.blocks.get(addr)
        if b is None:
            scene = self.scenes[addr[0]]
            b = scene.body if addr[1] is None else self.choices[addr[0]][addr[1]].body
            for i, bi in addr[2:]:
                b = b[i].branches[bi].body
            self.blocks[addr] = b
        return b


_PROGRAMS: dict = {}


def program(story: m.Story) -> Program:
    p = _PROGRAMS.get(id(story))
    if p is None or p.story is not story:
        if len(_PROGRAMS) > 16:
            _PROGRAMS.clear()
        p = _PROGRAMS[id(story)] = Program(story)
    return p


# ---------------------------------------------------------------- one transition

class _Run:
    """Mutable scratch for one transition; frozen into a State at the end."""

    __slots__ = ("p", "vars", "visits", "turn", "used", "alts", "rng", "seed", "stack", "history",
                 "frames", "scene", "ending", "paras", "line", "render", "forced", "rolls", "entries")

    def __init__(self, p: Program, s: State, render: bool, forced):
        self.p = p
        self.vars = list(s.vars)
        self.visits = s.visits
        self.turn = s.turn
        self.used = s.used
        self.alts = s.alts
        self.rng = s.rng
        self.seed = s.seed
        self.stack = s.stack
        self.history = s.history
        self.frames = []
        self.scene = s.scene
        self.ending = s.ending
        self.paras = []
        self.line = []
        self.render = render
        self.forced = forced
        self.rolls = 0
        self.entries = 0

    # -- values
    def roll(self, lo, hi, span):
        if hi < lo:
            raise StoryRuntimeError(f"random({lo}, {hi}): the high bound is below the low bound", span)
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
            if part.__class__ is str:
                out.append(part)
            elif part.__class__ is m.Interp:
                out.append(format_value(self.p.expr(part.expr)(self)))
            elif part.__class__ is m.InlineCond:
                self.text(part.then if self.p.expr(part.cond)(self) else part.otherwise, out)
            else:
                self.text(self.alternative(part), out)

    def alternative(self, alt):
        n = self.alts.get(alt.key, 0)
        k = len(alt.branches)
        if alt.kind == "sequence":
            i = min(n, k - 1)
        elif alt.kind == "cycle":
            i = n % k
        elif alt.kind == "once":
            i = n if n < k else None
        else:  # shuffle: a fresh draw each time, from the seed, the key and the count
            _, out = _splitmix((self.seed * 0x100000001B3) ^ zlib.crc32(alt.key.encode()) ^ (n << 32))
            i = out % k
        self.alts = {**self.alts, alt.key: n + 1}
        return alt.branches[i] if i is not None else ()

    def flush(self):
        if self.line:
            text = " ".join("".join(self.line).split())
            if text:
                self.paras.append(text)
            self.line = []

    # -- flow
    def enter(self, name, span):
        if name not in self.p.scenes:
            raise StoryRuntimeError(f"no scene named `{name}`", span)
        self.entries += 1
        if self.entries > MAX_ENTRIES_WITHOUT_CHOICE:
            raise StoryRuntimeError(
                f"divert loop: {MAX_ENTRIES_WITHOUT_CHOICE} scenes entered without a choice", span)
        self.visits = {**self.visits, name: self.visits.get(name, 0) + 1}
        self.scene = name
        self.frames = [[(name, None), 0]]
        if self.render:
            self.flush()

    def run(self):
        """Execute until a choice point or an ending."""
        p = self.p
        while True:
            frames = self.frames
            while frames:
                frame = frames[-1]
                block = p.block(frame[0])
                i = frame[1]
                if i >= len(block):
                    frames.pop()
                    continue
                frame[1] = i + 1
                st = block[i]
                cls = st.__class__
                if cls is m.Prose:
                    if self.render:
                        self.text(st.parts, self.line)
                        self.line.append(" ")
                elif cls is m.Break:
                    if self.render:
                        self.flush()
                elif cls is m.Effect:
                    self.effect(st)
                elif cls is m.If:
                    for bi, br in enumerate(st.branches):
                        if br.cond is None or p.expr(br.cond)(self):
                            frames.append([frame[0] + ((i, bi),), 0])
                            break
                elif cls is m.Divert:
                    self.enter(st.target, st.span)
                    frames = self.frames
                elif cls is m.TunnelCall:
                    if len(self.stack) >= MAX_TUNNEL_DEPTH:
                        raise StoryRuntimeError(f"tunnels nested more than {MAX_TUNNEL_DEPTH} deep", st.span)
                    self.stack = self.stack + (tuple((f[0], f[1]) for f in frames),)
                    self.enter(st.target, st.span)
                    frames = self.frames
                elif cls is m.TunnelReturn:
                    if not self.stack:
                        raise StoryRuntimeError("`->->` returns, but no tunnel was called", st.span)
                    back = self.stack[-1]
                    self.stack = self.stack[:-1]
                    self.frames = frames = [[a, j] for a, j in back]
                    self.scene = back[0][0][0]
                    if self.render:
                        self.flush()
                elif cls is m.EndStory:
                    self.ending = st.ending
                    self.frames = []
                    return
            # the body of self.scene is done: its choices are on offer
            fb = self.fallback_due()
            if fb is None:
                return
            self.take(fb, fallback=True)

    def effect(self, st):
        i = self.p.index[st.target]
        v = self.p.expr(st.value)(self)
        if st.op == "=":
            self.vars[i] = v
        elif st.op == "+=":
            self.vars[i] = self.vars[i] + v
        else:
            self.vars[i] = self.vars[i] - v

    def offered(self, ch):
        """Is a choice shown, and is it available? -> (shown, available)."""
        if not ch.sticky and f"{self.scene}.{ch.id}" in self.used:
            return False, False
        ok = ch.cond is None or self.p.expr(ch.cond)(self)
        if ok:
            return True, True
        return ch.reason is not None, False

    def fallback_due(self):
        scene = self.p.scenes[self.scene]
        fallback = None
        for ch in scene.choices:
            shown, ok = self.offered(ch)
            if ch.text is None:
                if ok and fallback is None:
                    fallback = ch
            elif ok:
                return None
        return fallback

    def take(self, ch, fallback=False):
        if not ch.sticky:
            self.used = self.used | {f"{self.scene}.{ch.id}"}
        self.history = self.history + ((self.scene, ch.id),)
        if not fallback:
            self.turn += 1
        self.entries = 0
        self.frames = [[(self.scene, ch.id), 0]]

    def freeze(self) -> State:
        if self.render:
            self.flush()
        return State(self.scene, self.ending, tuple(self.vars), self.visits, self.turn, self.used,
                     self.alts, self.rng, self.seed, self.stack, self.history, tuple(self.paras))


# ---------------------------------------------------------------- the API

def initial_state(story: m.Story, seed: int = 0) -> State:
    """The state before anything has run (used by start and by save migration)."""
    p = program(story)
    return State(story.start, None, p.initial, {}, 0, frozenset(), {}, _splitmix(seed & _MASK)[1], seed, (), ())


def start(story: m.Story, seed: int = 0, render: bool = True, forced=None) -> State:
    """Enter the start scene and run to the first choice point."""
    s = initial_state(story, seed)
    r = _Run(program(story), s, render, forced)
    r.enter(story.start, story.scene(story.start).span)
    r.run()
    return r.freeze()


def _views(story, state):
    p = program(story)
    r = _Run(p, state, False, None)
    out = []
    for ch in p.scenes[state.scene].choices:
        if ch.text is None:
            continue
        shown, ok = r.offered(ch)
        if shown:
            out.append(ChoiceView(ch.id, ch.text, ok, None if ok else ch.reason, ch.sticky, ch.span))
    return tuple(out)


def view(story: m.Story, state: State) -> View:
    """What the reader sees: the text that led here and the choices on offer."""
    if state.ending is not None:
        return View(state.text, (), state.ending, state.scene)
    return View(state.text, _views(story, state), None, state.scene)


def available(story: m.Story, state: State) -> tuple:
    """Ids of the choices that can be taken now."""
    if state.ending is not None:
        return ()
    return tuple(c.id for c in _views(story, state) if c.available)


def choose(story: m.Story, state: State, choice_id: str, render: bool = True, forced=None) -> State:
    """Take a choice on offer and run to the next choice point or ending."""
    if state.ending is not None:
        raise StoryRuntimeError(f"the story has ended ({state.ending}); there is nothing to choose")
    p = program(story)
    ch = p.choices[state.scene].get(choice_id)
    r = _Run(p, state, render, forced)
    if ch is None or ch.text is None:
        raise StoryRuntimeError(f"scene `{state.scene}` has no choice `{choice_id}`")
    shown, ok = r.offered(ch)
    if not ok:
        raise StoryRuntimeError(f"choice `{choice_id}` is not available now", ch.span)
    r.take(ch)
    r.run()
    return r.freeze()


def where(story: m.Story, state: State) -> m.Span:
    """The source location of the current scene (for debugging and messages)."""
    return story.scene(state.scene).span


def with_vars(story: m.Story, state: State, **values) -> State:
    """A copy of the state with some variables set (debugging, tests)."""
    p = program(story)
    vs = list(state.vars)
    for k, v in values.items():
        vs[p.index[k]] = v
    return attrs.evolve(state, vars=tuple(vs))
