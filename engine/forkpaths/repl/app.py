"""The interactive player: a prompt-toolkit skin over a Session (wrapping, style, completion, toolbar)."""

from __future__ import annotations

import os

from prompt_toolkit import PromptSession, print_formatted_text
from prompt_toolkit.application import get_app_or_none, run_in_terminal
from prompt_toolkit.completion import Completer, Completion
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.history import FileHistory, InMemoryHistory
from prompt_toolkit.output import ColorDepth
from prompt_toolkit.styles import Style

from .. import render, saves
from ..printable import printable
from .session import COMMANDS, Ask, Ending, Message, Passage, Session
from .wrap import wrap_preformatted, wrap_runs

READING_WIDTH = 100  # columns: wider lines are hard to read, whatever the terminal

STYLE = Style.from_dict({
    "bold": "bold",
    "italic": "italic",
    "number": "bold",
    "unavailable": "#8a8a8a",
    "reason": "#8a8a8a italic",
    "ending": "bold",
    "found": "italic",
    "prose": "",
    "error": "#ff6b6b",
    "note": "#6fb3d2",
    "info": "#9aa5b1",
    "help": "",
    "table": "",
    "ask": "bold",
    "prompt": "bold",
    "echo": "#8a8a8a",
    "bottom-toolbar": "noreverse bg:#303845 #e6e6e6",
    "bottom-toolbar.title": "bold",
    "bottom-toolbar.hint": "#9aa5b1",
})
_MARKUP = {"bold": "class:bold", "italic": "class:italic", "": ""}


class ChoiceCompleter(Completer):
    """Completes choices by any part of their text, and commands, scene, variable and slot names."""

    def __init__(self, session: Session):
        self.session = session

    def get_completions(self, document, complete_event):
        text = document.text_before_cursor
        s = self.session
        if text.startswith(":"):
            name, sp, arg = text[1:].partition(" ")
            if not sp:
                for c in s.command_names():
                    if c.startswith(name.lower()):
                        yield Completion(":" + c, -len(text), display_meta=COMMANDS[c][1])
                return
            if " " in arg:
                return
            options = {"goto": lambda: list(s.story.scene_map),
                       "set": lambda: [v.name for v in s.story.variables if not v.const],
                       "load": s.slots, "save": s.slots}.get(name.lower())
            if options and (name.lower() not in ("goto", "set") or s.debug):
                for o in options():
                    if o.startswith(arg):
                        yield Completion(o, -len(arg))
            return
        needle = text.strip().casefold()
        if not s.steps or (not needle and not complete_event.completion_requested) or needle.isdigit():
            return
        for n, c in enumerate(s.view.choices, 1):
            plain = render.strip_markup(c.text)
            if c.available and needle in plain.casefold():
                yield Completion(plain, -len(text), display=f"{n}. {plain}")


class SafeHistory(FileHistory):
    """The input history file, read and appended safely: a regular file only (a FIFO there is
    never waited on), bounded; when it cannot be written (read-only, full disk) that is
    reported once through `on_fail` and the session goes on with the history in memory."""

    LIMIT = 4 * 1024 * 1024

    def __init__(self, filename: str, on_fail):
        self.on_fail = on_fail
        self.failed = False
        super().__init__(filename)

    def load_history_strings(self):
        from .. import files
        try:
            data = files.read_bytes(self.filename, self.LIMIT)
        except OSError:
            return []
        strings, lines = [], []
        for line in data.decode("utf-8", "replace").splitlines(True):
            if line.startswith("+"):
                lines.append(line[1:])
            elif lines:
                strings.append("".join(lines)[:-1])
                lines = []
        if lines:
            strings.append("".join(lines)[:-1])
        return list(reversed(strings))

    def store_string(self, string: str) -> None:
        if self.failed:
            return
        import datetime
        import stat
        text = f"\n# {datetime.datetime.now()}\n" + "".join(f"+{line}\n" for line in string.split("\n"))
        try:
            fd = os.open(self.filename, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NONBLOCK", 0), 0o600)
            try:
                if not stat.S_ISREG(os.fstat(fd).st_mode):
                    raise OSError(22, "not a regular file", self.filename)
                os.write(fd, text.encode("utf-8", "replace"))
            finally:
                os.close(fd)
        except OSError as e:
            self.failed = True
            self.on_fail(e)


class Repl:
    """The player at a terminal. `input`/`output` are for tests (create_pipe_input, DummyOutput)."""

    def __init__(self, session: Session, *, input=None, output=None, history_file: str | None = None,
                 width: int | None = None):
        self.session = session
        self.fixed_width = width
        self.log: list = []  # the plain text of everything shown, for tests
        self.current = None  # the last passage shown (re-wrapped on resize)
        self.last_columns = None
        self.color_depth = ColorDepth.DEPTH_1_BIT if os.environ.get("NO_COLOR") else None
        history = InMemoryHistory()
        if history_file:
            try:
                os.makedirs(os.path.dirname(history_file), exist_ok=True)
            except OSError:
                pass
            history = SafeHistory(history_file, self._history_failed)
        self.prompt = PromptSession(
            history=history, completer=ChoiceCompleter(session), complete_while_typing=True,
            bottom_toolbar=self.toolbar, input=input, output=output, style=STYLE,
            color_depth=self.color_depth, reserve_space_for_menu=4, enable_suspend=True)

    def _history_failed(self, e: OSError):
        self.session._notes_later.append(Message(
            "note", f"The input history cannot be saved ({e.strerror or e}); this session keeps it in memory only."))

    # ------------------------------------------------------------ layout
    def columns(self) -> int:
        if self.fixed_width:
            return self.fixed_width
        return max(20, min(self._terminal_columns() - 1, READING_WIDTH))

    def _terminal_columns(self) -> int:
        try:
            return self.prompt.output.get_size().columns or 80
        except Exception:
            return 80

    def toolbar(self):
        """Story title, chapter or scene title, turn: shortened to fit the terminal."""
        title, where, turn = self.session.toolbar()
        cols = self._terminal_columns()
        tail = f"\u00b7 turn {turn} "
        hint = "\u00b7 :help "
        room = cols - len(tail) - 1
        if len(hint) + len(tail) + len(title) + 2 < cols:
            room -= len(hint)
        else:
            hint = ""
        head = f" {title} "
        if len(head) > room:
            head = head[: max(room - 2, 4)] + "\u2026 "
        room -= len(head)
        mid = f"\u00b7 {where} " if where else ""
        if len(mid) > room:
            mid = mid[: max(room - 2, 0)] + "\u2026 " if room > 6 else ""
        parts = [("class:bottom-toolbar.title", head)]
        if mid:
            parts.append(("class:bottom-toolbar", mid))
        parts.append(("class:bottom-toolbar", tail))
        if hint:
            parts.append(("class:bottom-toolbar.hint", hint))
        return parts

    def message(self):
        """The prompt; also notices a resize and re-wraps the passage on screen."""
        cols = self._terminal_columns()
        if self.last_columns is not None and cols != self.last_columns and not self.fixed_width:
            app = get_app_or_none()
            if app is not None and self.current is not None:
                app.create_background_task(self._rewrap())
        self.last_columns = cols
        return [("class:prompt", "> ")]

    async def _rewrap(self):
        def redraw():
            out = self.prompt.output
            out.erase_screen()
            out.cursor_goto(0, 0)
            out.flush()
            self._emit(self._passage(self.current), log=False)
        await run_in_terminal(redraw)

    # ------------------------------------------------------------ output
    def _emit(self, lines, log=True):
        """Print lines of fragments (each line a list of (style, text))."""
        frags = []
        for line in lines:
            line = [(style, printable(text)) for style, text in line]  # no control character reaches the terminal
            for style, text in line + [("", "\n")]:
                if frags and frags[-1][0] == style:
                    frags[-1] = (style, frags[-1][1] + text)  # fewer escape sequences
                else:
                    frags.append((style, text))
            if log:
                self.log.append("".join(t for _, t in line))
        print_formatted_text(FormattedText(frags), style=STYLE, output=self.prompt.output,
                             color_depth=self.color_depth, end="")

    def _wrapped(self, style, text, indent=0, preformatted=False):
        lines = []
        for raw in text.split("\n"):
            if preformatted:  # :help and tables: their spaces are columns, kept
                lines.extend(wrap_preformatted(style, raw, self.columns()))
                continue
            lead = len(raw) - len(raw.lstrip(" "))
            body = raw.strip(" ")
            if not body:
                lines.append([])
                continue
            prefix = [(style, " " * lead)] if lead else None
            for ln in wrap_runs([(style, body)], self.columns(), indent + lead, prefix):
                lines.append(ln)
        return lines

    def _passage(self, view) -> list:
        cols = self.columns()
        out = []
        for i, para in enumerate(view.paragraphs):
            if i:
                out.append([])
            runs = [(_MARKUP[s], t) for s, t in render.styled_runs(para)]
            out.extend(wrap_runs(runs, cols))
        if view.ending is not None:
            if out:
                out.append([])
            out.append([("class:ending", render.ending_line(view.ending))])
            return out
        if view.choices:
            if out:
                out.append([])
            width = len(str(len(view.choices))) + 2
            for n, c in enumerate(view.choices, 1):
                num = f"{n}.".rjust(width - 1) + " "
                if c.available:
                    runs = [(_MARKUP[s], t) for s, t in render.styled_runs(c.text)]
                    out.extend(wrap_runs(runs, cols, width, [("class:number", num)]))
                else:
                    runs = [("class:unavailable", render.strip_markup(c.text))]
                    runs.append(("class:reason", f" (unavailable: {c.reason})" if c.reason else " (unavailable)"))
                    out.extend(wrap_runs(runs, cols, width, [("class:unavailable", num)]))
        if view.stuck:
            if out:
                out.append([])
            out.extend(self._wrapped("class:note", render.STUCK_LINE + " (:undo steps back.)"))
        return out

    def show(self, outs):
        for out in outs:
            if isinstance(out, Passage):
                self.current = out.view
                self._emit([[]] + self._passage(out.view))
            elif isinstance(out, Message):
                self._emit([[]] + self._wrapped(f"class:{out.kind}", out.text,
                                                preformatted=out.kind in ("help", "table")))
            elif isinstance(out, Ending):
                new = " A new one!" if out.new else ""
                self._emit(self._wrapped("class:found", f"{out.found} of {out.total} endings found on this "
                                                        f"machine.{new}"))
            elif isinstance(out, Ask):
                self._emit([[]] + self._wrapped("class:ask", out.text))

    # ------------------------------------------------------------ the loop
    def run(self, choices=(), resume: bool = True) -> int:
        s = self.session
        self.show(s.begin(resume=resume).outs)
        if not s.steps:
            return 1
        for c in choices:
            self._emit([[("class:echo", f"> {c}")]])
            reply = s.handle(c)
            self.show(reply.outs + s.take_notes())
            if reply.quit:
                return self._leave()
        while True:
            try:
                line = self.prompt.prompt(self.message)
            except KeyboardInterrupt:
                continue  # Ctrl-C: the line is dropped, the story stays where it is
            except EOFError:
                break  # Ctrl-D
            reply = s.handle(line)
            self.show(reply.outs + s.take_notes())
            if reply.quit:
                break
        return self._leave()

    def _leave(self) -> int:
        s = self.session
        outs = s.finish().outs
        self.show(outs)
        if s.autosave and s.steps and s.state.ending is None and s.state.turn > 0:
            self._emit([[("class:info", "Your place is kept: `forkpaths play` again offers to resume.")]])
        return 0


def history_path(story) -> str:
    return os.path.join(saves.story_dir(story), "input_history")


def run_repl(session: Session, choices=(), width: int | None = None, resume: bool = True) -> int:
    repl = Repl(session, history_file=history_path(session.story), width=width)
    return repl.run(choices, resume=resume)
