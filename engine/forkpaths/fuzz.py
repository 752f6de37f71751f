"""Random playthroughs with Hypothesis: seeds and choices drawn, the runtime's invariants checked at every step.

Each playthrough draws a seed and then, at every choice point, one of the choices on
offer, and plays through the real runtime with text rendered. At every step:

- no runtime error;
- the story either offers an available choice or has ended (never stuck);
- the state survives a save -> load round trip unchanged;
and at the end, the same seed and choices give the same transcript again.

A failure is shrunk by Hypothesis to a minimal seed and choice sequence. Playthroughs also
`target()` the scenes given as `hunt` (those the exact analysis left unknown) and record
the first playthrough that reaches each. Runs use `database=None` and an explicit seed, so
the same seed gives the same run.
"""

from __future__ import annotations

import time

from . import runtime
from .runtime import StoryRuntimeError

MAX_STEPS = 300  # choices in one playthrough


class Failure:
    """A broken invariant, with the minimal playthrough Hypothesis shrank it to."""

    def __init__(self, kind, message, span, seed, numbers, texts):
        self.kind = kind  # runtime-error | stuck | save-roundtrip | nondeterministic
        self.message = message
        self.span = span
        self.seed = seed
        self.numbers = tuple(numbers)
        self.texts = tuple(texts)

    def command(self, path: str) -> str:
        parts = [f"forkpaths play {path}", f"--seed {self.seed}"]
        if self.numbers:
            parts.append("--choices " + ",".join(map(str, self.numbers)))
        return " ".join(parts)

    def lines(self, path: str = "STORY") -> list:
        route = " → ".join(f"\u201c{t}\u201d" for t in self.texts) if self.texts else "at the start"
        return [f"  = path: {route} (seed {self.seed})", f"  = replay: {self.command(path)}"]

    def as_json(self) -> dict:
        return {"kind": self.kind, "message": self.message, "seed": self.seed, "choices": list(self.numbers),
                "texts": list(self.texts), "file": self.span.file if self.span else None,
                "line": self.span.line if self.span else None}


class FuzzResult:
    def __init__(self):
        self.runs = 0
        self.steps = 0
        self.failures = []
        self.found = {}  # hunted scene -> (seed, [(scene, choice id, number, text)])
        self.seconds = 0.0

    def as_json(self) -> dict:
        return {"runs": self.runs, "steps": self.steps, "failures": [f.as_json() for f in self.failures],
                "found": sorted(self.found), "seconds": round(self.seconds, 3)}


class _Broken(AssertionError):
    def __init__(self, kind, message, span=None):
        super().__init__(f"{kind}: {message}")
        self.kind = kind
        self.message = message
        self.span = span


def _transcript(story, seed, ids):
    s = runtime.start(story, seed=seed)
    out = [s.text]
    for cid in ids:
        s = runtime.choose(story, s, cid)
        out.append(s.text)
    return out, s


def play_one(story, data, result, hunt=(), max_steps=MAX_STEPS, check_saves=True, log=None):
    """One playthrough driven by Hypothesis `data`; raises _Broken on a broken invariant.

    `log` (a list) receives every value drawn: the seed, then one index a choice."""
    from hypothesis import strategies as st
    from hypothesis import target

    try:
        from . import saves
    except ImportError:  # pragma: no cover - saves ship with the engine
        saves = None
    log = [] if log is None else log
    seed = data.draw(st.integers(0, 2 ** 32 - 1), label="seed")
    log.append(seed)
    trail = []  # (scene, choice id, number, text)
    wanted = set(hunt)
    reached = 0
    result.runs += 1
    try:
        state = runtime.start(story, seed=seed)
    except StoryRuntimeError as err:
        raise _Broken("runtime-error", err.message, err.span) from None
    for _ in range(max_steps):
        if wanted:
            for name in wanted.intersection(state.visits):
                if name not in result.found:
                    result.found[name] = (seed, list(trail))
                reached += 1
        if check_saves and saves is not None:
            try:
                back = saves.roundtrip(story, state)
            except Exception as err:  # a save that cannot be read back is exactly what we look for
                raise _Broken("save-roundtrip", f"the state could not be saved and loaded again: {err}",
                              story.scene(state.scene).span) from None
            if back != state:
                raise _Broken("save-roundtrip", "the state changed in a save -> load round trip",
                              story.scene(state.scene).span)
        view = runtime.view(story, state)
        if view.ending is not None:
            break
        shown = list(view.choices)
        avail = [i for i, cv in enumerate(shown) if cv.available]
        if not avail:
            raise _Broken("stuck", f"the reader is stuck in scene `{state.scene}`: no choice is available "
                                   "and the story has not ended", story.scene(state.scene).span)
        k = data.draw(st.integers(0, len(avail) - 1), label="choice")
        log.append(k)
        cv = shown[avail[k]]
        trail.append((state.scene, cv.id, avail[k] + 1, cv.text))
        result.steps += 1
        try:
            state = runtime.choose(story, state, cv.id)
        except StoryRuntimeError as err:
            raise _Broken("runtime-error", err.message, err.span) from None
    if wanted:
        target(float(reached), label="hunted scenes reached")
    first, last = _transcript(story, seed, [t[1] for t in trail])
    again, last2 = _transcript(story, seed, [t[1] for t in trail])
    if first != again or last != last2:
        raise _Broken("nondeterministic", "the same seed and choices gave a different transcript",
                      story.scene(story.start).span)
    return trail


def playthroughs(story, runs: int, seed: int = 0, hunt=(), max_steps: int = MAX_STEPS,
                 deadline: float | None = None) -> FuzzResult:
    """Play `runs` Hypothesis-drawn playthroughs (reproducible for a given `seed`)."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hseed
    from hypothesis import strategies as st

    result = FuzzResult()
    t0 = time.perf_counter()
    last = {}

    @hseed(seed)
    @settings(database=None, max_examples=max(1, runs), deadline=None, derandomize=False,
              suppress_health_check=list(HealthCheck), report_multiple_bugs=False,
              phases=(Phase.generate, Phase.target, Phase.shrink), print_blob=False)
    @given(st.data())
    def run(data):
        if deadline is not None and time.perf_counter() > deadline and "failure" not in last:
            return
        log = []
        before = (result.runs, result.steps)
        shrinking = "failure" in last
        try:
            play_one(story, data, result, hunt, max_steps, log=log)
        except _Broken as b:
            if shrinking:  # Hypothesis shrinking the failure: a replay, not a playthrough of its own
                result.runs, result.steps = before
            last["failure"] = (b, log)
            raise
        except BaseException:
            # Hypothesis stopped this one midway (its data ran out): not a playthrough
            result.runs, result.steps = before
            raise
        if shrinking:
            result.runs, result.steps = before

    try:
        run()
    except _Broken as b:
        result.failures.append(_failure_of(story, b, last))
    result.seconds = time.perf_counter() - t0
    return result


def _failure_of(story, b, last):
    """Recover the minimal failing playthrough from Hypothesis' last (shrunk) example."""
    seed, numbers, texts = _replay_failure(story, last["failure"][1])
    return Failure(b.kind, b.message, b.span, seed, numbers, texts)


def _replay_failure(story, drawn):
    """The seed, shown numbers and texts of the choices the shrunk example drew."""
    if not drawn:
        return 0, (), ()
    seed, picks = drawn[0], drawn[1:]
    numbers, texts = [], []
    try:
        state = runtime.start(story, seed=seed)
        for k in picks:
            shown = list(runtime.view(story, state).choices)
            avail = [i for i, cv in enumerate(shown) if cv.available]
            if not avail or k >= len(avail):
                break
            cv = shown[avail[k]]
            numbers.append(avail[k] + 1)
            texts.append(cv.text)
            state = runtime.choose(story, state, cv.id)
    except StoryRuntimeError:
        pass
    return seed, numbers, texts
