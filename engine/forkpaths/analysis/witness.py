"""Witnesses: the choice sequences (and seeds) that reach a target, built from search steps and replayed."""

from __future__ import annotations

from types import SimpleNamespace

from .. import runtime
from ..runtime import NeedRoll, StoryRuntimeError

SEED_TRIES = 20_000


class WitnessStep:
    """One player choice of a witness: where it is made and how the reader sees it."""

    __slots__ = ("scene", "choice", "text", "number", "rolls")

    def __init__(self, scene, choice, text, number, rolls):
        self.scene = scene
        self.choice = choice  # choice id
        self.text = text  # the choice text as shown
        self.number = number  # 1-based, among the choices shown at that point
        self.rolls = rolls  # random outcomes drawn after this choice

    def as_json(self) -> dict:
        out = {"scene": self.scene, "choice": self.choice, "text": self.text, "number": self.number}
        if self.rolls:
            out["rolls"] = list(self.rolls)
        return out


class Witness:
    """A playthrough that reaches a target: `forkpaths play STORY --seed S --choices 1,2,...`."""

    def __init__(self, story, proj, start_rolls, steps, shortest: bool, seed=...):
        self.story = story
        self.proj = proj
        self.start_rolls = tuple(start_rolls)
        self.steps = tuple(steps)
        self.shortest = shortest
        self._seed = seed
        self.seeded_only = seed is not ...  # found by real play with this seed: no recorded outcomes

    @property
    def depth(self) -> int:
        return len(self.steps)

    @property
    def choices(self) -> tuple:
        return tuple(s.choice for s in self.steps)

    @property
    def texts(self) -> tuple:
        return tuple(s.text for s in self.steps)

    @property
    def numbers(self) -> tuple:
        return tuple(s.number for s in self.steps)

    @property
    def rolls(self) -> tuple:
        """Every random outcome the witness relies on, in order (start first)."""
        out = list(self.start_rolls)
        for s in self.steps:
            out.extend(s.rolls)
        return tuple(out)

    @property
    def seed(self):
        """A seed whose real draws follow the witness (0 when it draws nothing); None if none found."""
        if self._seed is ...:
            self._seed = find_seed(self.story, self.proj, self)
        return self._seed

    def command(self, path: str) -> str:
        parts = ["forkpaths play", _quote(path)]
        rolls = self.rolls
        seed = self.seed if rolls or self.seeded_only else 0
        if seed is None:
            # no seed below SEED_TRIES draws these outcomes: give them to `play` one by one
            # (`--rolls=` so that a negative first outcome is not read as an option)
            parts.append("--rolls=" + ",".join(str(r) for r in rolls))
        elif seed or rolls or self.seeded_only:
            parts.append(f"--seed {seed}")
        if self.steps:
            parts.append("--choices " + ",".join(str(n) for n in self.numbers))
        return " ".join(parts)

    def describe(self) -> str:
        if not self.steps:
            return "at the start"
        return " → ".join(f"\u201c{t}\u201d" for t in self.texts)

    def as_json(self) -> dict:
        return {"choices": list(self.numbers), "texts": list(self.texts), "ids": list(self.choices),
                "rolls": list(self.rolls), "seed": self.seed, "depth": self.depth,
                "shortest": self.shortest, "replay": self.command(self.story.files[0])}


def _quote(path: str) -> str:
    if path and all(c.isalnum() or c in "/._-" for c in path):
        return path
    return "'" + path.replace("'", "'\\''") + "'"


def build(search, step, story, proj, shortest=True) -> Witness:
    """The witness ending with `step` of a search."""
    path = search.path(step)
    start_rolls = path[0].rolls
    steps = []
    for st in path[1:]:
        scene = search.scene_of(st.parent)
        ch = search.choice_sets[scene][st.choice]
        steps.append(WitnessStep(scene, st.choice, ch.text, st.number, st.rolls))
    return Witness(story, proj, start_rolls, steps, shortest)


def from_play(story, proj, seed, trail) -> Witness:
    """A witness from a real playthrough: its seed and (scene, choice id, number, text) steps."""
    steps = [WitnessStep(sc, cid, text, number, ()) for sc, cid, number, text in trail]
    return Witness(story, proj, (), steps, False, seed=seed)


def replay_forced(story, witness, render=False):
    """Follow a witness with its recorded random outcomes -> list of states (start first)."""
    return list(iter_replay_forced(story, witness, render))


def iter_replay_forced(story, witness, render=False):
    """The states of `replay_forced` one at a time, none kept: each state holds the whole
    history, so a list of them grows with the square of a long witness's length."""
    state = runtime.start(story, render=render, forced=list(witness.start_rolls))
    yield state
    for s in witness.steps:
        state = runtime.choose(story, state, s.choice, render=render, forced=list(s.rolls))
        yield state


def replay_seed(story, witness, seed, render=False):
    """Follow a witness's choices with a real seed -> list of states (start first)."""
    states = [runtime.start(story, seed=seed, render=render)]
    for s in witness.steps:
        states.append(runtime.choose(story, states[-1], s.choice, render=render))
    return states


def _expected(story, proj, witness):
    """Projected keys along the witness with its recorded outcomes; a final runtime error
    (the witness of one) becomes its message."""
    keys = []
    s = runtime.start(story, render=False, forced=list(witness.start_rolls))
    keys.append(proj.key(s))
    for step in witness.steps:
        try:
            s = runtime.choose(story, s, step.choice, render=False, forced=list(step.rolls))
        except StoryRuntimeError as err:
            keys.append(("error", err.message))
            break
        keys.append(proj.key(s))
    return keys


def find_seed(story, proj, witness):
    """The smallest seed whose real draws take the witness's path (same flow at every step)."""
    if not witness.rolls:
        return 0
    # A seed that draws a witness's outcomes draws those of each of its prefixes; so when a
    # prefix has no seed below SEED_TRIES, neither has the witness (the search is skipped).
    memo = proj.__dict__.setdefault("_no_seed", set())
    key = (witness.start_rolls,)
    if key in memo:
        return None
    for step in witness.steps:
        key += ((step.choice, step.rolls),)
        if key in memo:
            return None
    seed = _search_seed(story, proj, witness)
    if seed is None:
        memo.add(key)
    return seed


def _search_seed(story, proj, witness):
    try:
        expected = _expected(story, proj, witness)
    except (StoryRuntimeError, NeedRoll):
        return None
    for seed in range(SEED_TRIES):
        try:
            s = runtime.start(story, seed=seed, render=False)
            if proj.key(s) != expected[0]:
                continue
            ok = True
            for i, step in enumerate(witness.steps, 1):
                if step.choice not in runtime.available(story, s):
                    ok = False
                    break
                try:
                    s = runtime.choose(story, s, step.choice, render=False)
                except StoryRuntimeError as err:
                    ok = expected[i] == ("error", err.message)
                    break
                if proj.key(s) != expected[i]:
                    ok = False
                    break
        except (StoryRuntimeError, NeedRoll):
            continue
        if ok:
            return seed
    return None


def arrives(story, witness, kind: str, name, seeded: bool = True) -> bool:
    """Replay a witness through the runtime (with its seed, or with its recorded outcomes) and
    tell whether its last step reaches the target: kind scene (name), ending (name) or choice
    ((scene, choice id)). When the last step fails with a runtime error, what it passed through
    before the fault counts as reached (and so does the scene the fault is in)."""
    seeded = seeded or witness.seeded_only
    try:
        if seeded:
            if witness.seed is None:
                return False
            states = replay_seed(story, witness, witness.seed)
        else:
            states = replay_forced(story, witness)
    except StoryRuntimeError as err:
        if kind == "scene" and err.span is not None and _in_scene(story, name, err.span):
            return True
        states = _replay_to_fault(story, witness, seeded)
        if states is None:
            return False
        before = states[-1]
        if kind == "scene":
            return err.visits.get(name, 0) > before.visits.get(name, 0)
        if kind == "choice":
            return tuple(name) in err.history[len(before.history):]
        return False
    last = states[-1]
    before = states[-2] if len(states) > 1 else None
    if kind == "ending":
        return last.ending == name
    if kind == "scene":
        return last.visits.get(name, 0) > (before.visits.get(name, 0) if before else 0)
    taken = last.history[len(before.history):] if before else last.history
    return tuple(name) in taken


def _replay_to_fault(story, witness, seeded):
    """The states before a witness's failing last step (None if an earlier step fails)."""
    cut = Witness(witness.story, witness.proj, witness.start_rolls, witness.steps[:-1], witness.shortest,
                  witness._seed)
    if not witness.steps:
        return [SimpleNamespace(visits={}, history=())]  # before the start: nothing yet
    try:
        if seeded:
            return replay_seed(story, cut, witness.seed)
        return replay_forced(story, cut)
    except StoryRuntimeError:
        return None


def _in_scene(story, name, span) -> bool:
    from .walk import scene_statements
    sc = story.scene_map.get(name)
    if sc is None:
        return False
    return any(st.span.file == span.file and st.span.line <= span.line <= st.span.end_line
               for st, _ in scene_statements(sc))
