"""The non-interactive player: one choice or command per input line in, plain text out (no escape codes).

Output is a sequence of blocks separated by one blank line. A block is one
paragraph, the numbered choices (or `THE END: name`), an echo of an input line
(`> 2`), or the output of a command. Leaving out the blank lines gives exactly
`forkpaths.render.plain_lines(view)` for every step, with `> INPUT` lines between:
the transcript format of `forkpaths test`.
"""

from __future__ import annotations

from .. import render
from ..printable import printable
from .session import Ask, Ending, Message, Passage, Session


def blocks(out) -> list:
    """The blocks (lists of lines) that one thing the session said prints as."""
    if isinstance(out, Passage):
        v = out.view
        lines = render.plain_lines(v)
        n = len(v.paragraphs)
        got = [[line] for line in lines[:n]]
        if lines[n:]:
            got.append(lines[n:])
        return got
    if isinstance(out, Message):
        return [out.text.splitlines() or [""]]
    if isinstance(out, Ask):
        return [[out.text]]
    if isinstance(out, Ending):
        return [[f"{out.found} of {out.total} endings found."]]
    raise TypeError(out)


class Printer:
    """Writes blocks with one blank line between them."""

    def __init__(self, write):
        self.write = write
        self.started = False

    def block(self, lines):
        text = printable("\n".join(lines)) + "\n"  # nothing from a save or a .po commands the terminal
        self.write(("\n" if self.started else "") + text)
        self.started = True

    def show(self, outs):
        for out in outs:
            for b in blocks(out):
                self.block(b)


MAX_INPUT_LINE = 65536  # characters: a longer line is not a choice (`play < /dev/zero` ends here)


class InputTooLong(Exception):
    pass


def bounded_lines(stream, limit: int = MAX_INPUT_LINE):
    """The lines of a stream, each read with a bound; InputTooLong for a line over it."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit:
            raise InputTooLong(f"an input line is longer than {limit:,} characters")
        yield line


def run_plain(session: Session, lines, write, err=None, picks: int = 0) -> int:
    """Play from an iterable of input lines -> exit code.

    0 when the story played as told; 1, with a one-line reason through `err`, when it hit
    a runtime error, got stuck (no choice can be taken, no ending), or one of the first
    `picks` lines (`--choices`) named no choice that could be taken.
    """
    p = Printer(write)
    p.show(session.begin().outs)
    if not session.steps:
        if session.usage_error is not None:
            return _fail(err, session.usage_error) + 1
        return _fail(err, "the story stopped with a runtime error at its start")
    reason = None
    lines = iter(lines)
    n = -1
    while True:
        try:
            raw = next(lines)
        except StopIteration:
            break
        except InputTooLong as e:
            p.show(session.finish().outs)
            return _fail(err, str(e)) + 1  # usage: not a story's failure
        n += 1
        line = raw.rstrip("\r\n").strip()
        if not line and session.pending is None:
            continue
        p.block([f"> {line}" if line else ">"])
        before = len(session.steps)
        reply = session.handle(line)
        p.show(reply.outs + session.take_notes())
        if n < picks and reason is None and len(session.steps) == before and not line.startswith(":"):
            shown = line if len(line) <= 40 else line[:37] + "\u2026"
            reason = f"--choices: pick {n + 1} (`{shown}`) is not a choice that can be taken there"
        if session.usage_error is not None:
            break
        if session.failed and reason is None:
            reason = "the story stopped with a runtime error"
        if reply.quit:
            break
    p.show(session.finish().outs)
    if session.usage_error is not None:
        return _fail(err, session.usage_error) + 1  # usage: the command gave too few outcomes
    if reason is None and session.failed:
        reason = "the story stopped with a runtime error"
    if reason is None and session.steps and session.view.stuck:
        reason = f"the story is stuck in scene `{session.state.scene}`: no choice can be taken and it has no ending"
    return _fail(err, reason) if reason else 0


def _fail(err, reason: str) -> int:
    if err is not None:
        err(f"forkpaths: error: {printable(reason)}\n")
    return 1
