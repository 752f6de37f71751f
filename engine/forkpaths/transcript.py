"""Transcript tests: parse `.transcript` files, replay their runs through the runtime, report the first difference."""

from __future__ import annotations

import os
import re

from attrs import frozen

from . import files, loader, runtime
from .diagnostics import has_errors, render_text, sort_key
from .render import plain_lines, strip_markup

SUFFIX = ".transcript"
MAX_TRANSCRIPT_BYTES = 16 * 1024 * 1024
_SEED = re.compile(r"-?[0-9]+")


class TranscriptError(Exception):
    """A transcript file that cannot be read as a transcript: its path, line and what is wrong."""

    def __init__(self, path: str, line: int, message: str):
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")
        self.path = path
        self.line = line
        self.message = message


class OutsideError(ValueError):
    """A transcript's `story:` that leaves the transcript's folder (the same rule as includes)."""


# ---------------------------------------------------------------- the format

@frozen
class Expect:
    """One expected output line: literal (equal to an output line) or `/regex/` (searched in one)."""

    text: str  # as written, without the slashes for a regex
    regex: re.Pattern | None
    line: int

    def matches(self, out: str) -> bool:
        if self.regex is not None:
            return self.regex.search(out) is not None
        return out.strip() == self.text

    def __str__(self) -> str:
        return f"/{self.text}/" if self.regex is not None else self.text


@frozen
class Step:
    """What the reader does (None for the opening) and the lines expected after it."""

    choice: str | None
    line: int
    expects: tuple


@frozen
class Run:
    name: str
    seed: int
    line: int
    steps: tuple  # Step; the first is the opening (choice None)


@frozen
class Transcript:
    path: str
    story: str  # the story's main file, as a path usable from the current folder
    runs: tuple


@frozen
class RunResult:
    """The outcome of one run: `message` says what differed (empty when ok)."""

    name: str
    ok: bool
    message: str
    path: str = ""
    line: int = 0
    steps: int = 0


def parse(text: str, path: str = "<transcript>") -> Transcript:
    """Transcript text -> Transcript; raises TranscriptError at the first malformed line."""
    declared, declared_at = None, 0
    runs: list = []
    names: dict = {}
    cur = None  # [name, seed, line, steps]

    def fail(n, msg):
        raise TranscriptError(path, n, msg)

    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, rest = line.partition(":")
        key = key.strip()
        if sep and key == "story":
            if cur is not None or runs:
                fail(n, "`story:` must come before the first `run:` (to expect a line that starts with "
                        "`story:`, write it as a /regex/)")
            if declared is not None:
                fail(n, "`story:` is given twice")
            declared, declared_at = rest.strip(), n
            if not declared:
                fail(n, "`story:` needs a path, for example `story: main.story`")
            continue
        if sep and key == "run":
            name = rest.strip()
            if not name:
                fail(n, "`run:` needs a name, for example `run: the long way round`")
            if name in names:
                fail(n, f"run `{name}` is already defined on line {names[name]}")
            names[name] = n
            if cur is not None:
                runs.append(_finish(cur))
            cur = [name, 0, n, [Step(None, n, [])], False]
            continue
        if sep and key == "seed":
            if cur is None:
                fail(n, "`seed:` belongs to a run: put it after its `run:` line")
            if cur[4] or len(cur[3]) > 1 or cur[3][0].expects:
                fail(n, "`seed:` must come right after its `run:` line, before any expected line or choice")
            value = rest.strip()
            if not _SEED.fullmatch(value):
                fail(n, f"`seed:` takes a whole number, not `{value}`")
            cur[1] = int(value)
            cur[4] = True
            continue
        if cur is None:
            fail(n, "a run starts with `run: NAME`; expected lines and choices come after it")
        if line.startswith(">"):
            what = line[1:].strip()
            if not what:
                fail(n, "`>` needs a choice: its number as shown (`> 2`) or its text (`> Climb the stairs`)")
            cur[3].append(Step(what, n, []))
            continue
        cur[3][-1].expects.append(_expect(line, n, path))
    if cur is not None:
        runs.append(_finish(cur))
    if not runs:
        raise TranscriptError(path, 0, "no runs: a transcript needs at least one `run: NAME` line")
    try:
        story = story_for(path, declared)
    except OutsideError:
        fail(declared_at, f"`story: {declared}` is not a story inside the transcript's folder or the current "
                          "one: a transcript plays a relative `.story` path, like an include")
    return Transcript(path, story, tuple(runs))


def _expect(line: str, n: int, path: str) -> Expect:
    if len(line) >= 2 and line.startswith("/") and line.endswith("/"):
        body = line[1:-1]
        try:
            return Expect(body, re.compile(body), n)
        except re.error as e:
            raise TranscriptError(path, n, f"bad regular expression /{body}/: {e}") from None
    return Expect(line, None, n)


def _finish(cur) -> Run:
    name, seed, line, steps, _ = cur
    return Run(name, seed, line, tuple(Step(s.choice, s.line, tuple(s.expects)) for s in steps))


def story_for(path: str, declared: str | None = None) -> str:
    """The story a transcript plays: `story:` relative to it, else STEM.story beside it, else main.story.

    Like an include, `story:` cannot reach just any file: it is a relative path to a
    `.story` file inside the transcript's folder or the current one (the project
    `forkpaths test` runs in); OutsideError otherwise, before anything is read.
    """
    folder = os.path.dirname(path)
    if declared:
        target = os.path.normpath(os.path.join(folder, declared))
        real = os.path.realpath(target)
        roots = {os.path.realpath(folder or "."), os.path.realpath(".")}
        if os.path.isabs(declared) or not declared.endswith(".story") or \
                not any(os.path.commonpath([r, real]) == r for r in roots):
            raise OutsideError(declared)
        return target
    stem = os.path.splitext(os.path.basename(path))[0]
    same = os.path.join(folder, stem + ".story")
    if os.path.exists(same):
        return same
    return os.path.join(folder, "main.story")


def read(path: str) -> Transcript:
    """Read and parse a transcript file; OSError for I/O problems, TranscriptError for bad content."""
    try:
        data = files.read_bytes(path, MAX_TRANSCRIPT_BYTES)
    except files.TooLarge as e:
        raise TranscriptError(path, 0, f"{e.strerror}: not a transcript") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise TranscriptError(path, data[: e.start].count(b"\n") + 1,
                              f"byte 0x{data[e.start]:02x} is not valid UTF-8") from None
    return parse(text, path)


# ---------------------------------------------------------------- writing (for `:record`)

_KEYWORD = re.compile(r"^(story|run|seed)[ \t]*:")


def expected_line(out: str) -> str:
    """How to write an output line so that the transcript reads it back as exactly that line."""
    s = out.strip()
    if s and not (s[0] in "#>" or _KEYWORD.match(s) or (len(s) >= 2 and s[0] == "/" and s[-1] == "/")):
        return s
    return "/^" + re.escape(s) + "$/"


def choice_ref(view, choice_id: str) -> str:
    """How a transcript names a choice of a view: its text when that finds it, else its number."""
    for i, c in enumerate(view.choices, 1):
        if c.id == choice_id:
            text = strip_markup(c.text).strip()
            if text and not text.isdigit() and not text.startswith(">"):
                found, _ = find_choice(view, text)
                if found is c:
                    return text
            return str(i)
    raise KeyError(choice_id)


def format_run(name: str, seed: int, steps) -> str:
    """One run as transcript text; steps are (choice reference or None for the opening, output lines)."""
    out = [f"run: {name}", f"seed: {seed}"]
    for choice, lines in steps:
        if choice is not None:
            out.append(f"> {choice}")
        out.extend(expected_line(ln) for ln in lines)
    return "\n".join(out) + "\n"


def format_transcript(story_rel: str, runs) -> str:
    """A whole transcript file: `story:` then each run (runs are (name, seed, steps) triples)."""
    parts = [f"story: {story_rel}\n"]
    for name, seed, steps in runs:
        parts.append("\n" + format_run(name, seed, steps))
    return "".join(parts)


# ---------------------------------------------------------------- replaying

def find_choice(view, what: str):
    """A choice of the view by number (1-based, as shown) or by text -> (ChoiceView or None, why not)."""
    shown = view.choices
    if what.isascii() and what.isdigit():  # not "²" (a digit to Python, not to int()), and any length
        k = int(what) if len(what) <= 9 else 0
        if 1 <= k <= len(shown):
            return shown[k - 1], ""
        return None, f"there is no choice {what if len(what) <= 9 else what[:9] + '…'}: {len(shown)} shown"
    needle = what.casefold()
    texts = [strip_markup(c.text).strip().casefold() for c in shown]
    for test in (lambda t: t == needle, lambda t: t.startswith(needle), lambda t: needle in t):
        hits = [c for c, t in zip(shown, texts) if test(t)]
        if len(hits) == 1:
            return hits[0], ""
        if len(hits) > 1:
            return None, "it matches several choices: " + ", ".join(f"`{strip_markup(c.text)}`" for c in hits)
    return None, "no choice shown has that text"


def _block(lines) -> str:
    if not lines:
        return "    | (no output)"
    return "\n".join(f"    | {ln}" for ln in lines)


def _match(expects, lines):
    """Expected lines in order within the output -> None, or (the expect not found, where it should be)."""
    pos = 0
    for e in expects:
        at = pos  # it should have been here: just after the last line matched
        while pos < len(lines) and not e.matches(lines[pos]):
            pos += 1
        if pos == len(lines):
            return e, at
        pos += 1
    return None


def play_run(story, run: Run, path: str = "<transcript>") -> RunResult:
    """Replay one run against a loaded story."""
    def failed(step_line, msg, steps):
        return RunResult(run.name, False, f"{path}:{step_line}: run `{run.name}`: {msg}", path, run.line, steps)

    state = None
    done = 0  # choices made so far
    for step in run.steps:
        try:
            if step.choice is None:
                state = runtime.start(story, seed=run.seed)
            else:
                v = runtime.view(story, state)
                if v.ending is not None:
                    return failed(step.line, f"`> {step.choice}`: the story has already ended "
                                             f"(THE END: {v.ending})\n{_block(plain_lines(v))}", done)
                c, why = find_choice(v, step.choice)
                if c is None:
                    return failed(step.line, f"`> {step.choice}`: {why}\n{_block(plain_lines(v))}", done)
                if not c.available:
                    reason = f": {c.reason}" if c.reason else ""
                    return failed(step.line, f"`> {step.choice}`: the choice `{strip_markup(c.text)}` is not "
                                             f"available{reason}\n{_block(plain_lines(v))}", done)
                state = runtime.choose(story, state, c.id)
        except runtime.StoryRuntimeError as e:
            return failed(step.line, f"the story failed: {e}", done)
        done += step.choice is not None
        lines = plain_lines(runtime.view(story, state))
        miss = _match(step.expects, lines)
        if miss is not None:
            e, pos = miss
            actual = lines[pos] if pos < len(lines) else "(no more output)"
            after = "the opening" if step.choice is None else f"`> {step.choice}`"
            msg = (f"after {after}, output line {pos + 1} differs\n"
                   f"  expected: {e}\n"
                   f"  actual:   {actual}\n"
                   f"  output:\n{_block(lines)}")
            return failed(e.line, msg, done)
    return RunResult(run.name, True, "", path, run.line, max(0, len(run.steps) - 1))


def _story_problem(story_path: str, loaded) -> str:
    diags = sorted(loaded.diagnostics, key=sort_key)
    errors = [d for d in diags if d.severity.value == "error"]
    first = render_text(errors[0], loaded.lines(errors[0].span.file)) if errors else ""
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"the story {loader.display_path(story_path)} has errors{more}; " \
           f"run `forkpaths check {loader.display_path(story_path)}`\n{first}"


def run_transcript(t: Transcript, cache: dict | None = None) -> list:
    """Replay every run of a parsed transcript -> [RunResult]."""
    cache = {} if cache is None else cache
    key = os.path.realpath(t.story)
    if key not in cache:
        try:
            cache[key] = loader.load(t.story)
        except loader.StoryIOError as e:
            cache[key] = e
    got = cache[key]
    if isinstance(got, loader.StoryIOError):
        msg = f"{t.path}: cannot open the story: {got}"
        return [RunResult(r.name, False, msg, t.path, r.line) for r in t.runs]
    if got.story is None or has_errors(got.diagnostics):
        msg = f"{t.path}: {_story_problem(t.story, got)}"
        return [RunResult(r.name, False, msg, t.path, r.line) for r in t.runs]
    return [play_run(got.story, r, t.path) for r in t.runs]


def run_file(path: str, cache: dict | None = None) -> list:
    """Replay every run of a transcript file -> [RunResult]; a bad or unreadable file gives one failed result."""
    name = os.path.basename(path)
    try:
        t = read(path)
    except TranscriptError as e:
        return [RunResult(name, False, str(e), path, e.line)]
    except OSError as e:
        return [RunResult(name, False, f"{path}: cannot read: {e.strerror or e}", path, 0)]
    return run_transcript(t, cache)


def find_transcripts(paths) -> list:
    """Expand folders into their `*.transcript` files (sorted); a `.story` file means STEM.transcript beside it."""
    out = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                out.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(SUFFIX))
        elif p.endswith(".story"):
            beside = os.path.splitext(p)[0] + SUFFIX
            if os.path.exists(beside):
                out.append(beside)
        else:
            out.append(p)
    seen, unique = set(), []
    for f in out:
        k = os.path.realpath(f)
        if k not in seen:
            seen.add(k)
            unique.append(f)
    return unique


__all__ = ["Expect", "RunResult", "Run", "Step", "Transcript", "TranscriptError", "choice_ref", "expected_line",
           "find_choice", "find_transcripts", "format_run", "format_transcript", "parse", "play_run", "read",
           "run_file", "run_transcript", "story_for"]
