"""A play session without a terminal: undo, commands, saves, autosave, recording; both players drive it."""

from __future__ import annotations

import difflib
import os
import random

from attrs import define, field, frozen

from .. import files, render, saves
from .. import runtime as rt
from ..model import Story
from ..transcript import find_choice, format_transcript

COMMANDS = {
    # name: (arguments, what it does, debug only)
    "help": ("", "show this help", False),
    "undo": ("", "take back the last choice (repeatable, back to the start)", False),
    "restart": ("", "start the story again", False),
    "save": ("[SLOT]", f"save your place (default slot `{saves.QUICKSAVE}`)", False),
    "load": ("[SLOT]", f"go back to a saved place (default slot `{saves.QUICKSAVE}`)", False),
    "saves": ("", "list the saves of this story", False),
    "history": ("", "the path so far", False),
    "record": ("FILE | off", "record this run as a transcript file for `forkpaths test`", False),
    "quit": ("", "leave (your place is kept for next time)", False),
    "goto": ("SCENE", "jump to a scene", True),
    "set": ("VAR VALUE", "set a variable", True),
    "vars": ("", "show every variable, visit count and the seed", True),
    "where": ("", "the current scene and its source line", True),
    "seed": ("N", "restart the random generator from seed N", True),
}
ALIASES = {"q": "quit", "exit": "quit", "u": "undo", "h": "help", "?": "help", "z": "undo"}
YES = {"y", "yes", ""}
NO = {"n", "no"}


# ---------------------------------------------------------------- what the session tells its player

@frozen
class Passage:
    """Show the reader where they are: the text that led here and the choices (or the ending)."""

    view: rt.View


@frozen
class Message:
    """A line or lines for the reader; kind is info, note, error, help or table."""

    kind: str
    text: str


@frozen
class Ending:
    """The story ended: its name and how many of the story's endings this machine has found."""

    name: str
    found: int
    total: int
    new: bool


@frozen
class Ask:
    """A yes/no question; the next line answers it (Enter means yes)."""

    text: str


@frozen
class Reply:
    outs: tuple
    quit: bool = False


# Commands that would keep or make a state whose random outcomes the generator did not draw.
_NOT_WITH_ROLLS = ("save", "load", "record", "goto", "set", "seed")


@frozen
class Step:
    """One entry of the undo stack: the state, and how it was reached."""

    state: rt.State
    how: str  # start | choice | load | debug
    choice: str | None = None  # the choice id (how == choice)
    number: int | None = None  # its number as shown
    rolls_used: int = 0  # how many of the `--rolls` outcomes were drawn up to this state


class _Tape:
    """The `--rolls` outcomes from a point on, as the runtime's `forced` sequence; it notes how
    far the run drew, so the next move starts after the last outcome used."""

    def __init__(self, rolls: tuple, at: int):
        self.rolls, self.at, self.used = rolls, at, at

    def __len__(self):
        return len(self.rolls) - self.at

    def __getitem__(self, i):
        self.used = max(self.used, self.at + i + 1)
        return self.rolls[self.at + i]


@define
class Recording:
    path: str
    first: int  # index in the steps of the first recorded run's start
    names: dict = field(factory=dict)  # index of a run's start -> run name
    warned: bool = False
    replace: bool = False  # the file may be replaced (the reader said yes, or it is ours already)


class Session:
    """One reader playing one story. Pure logic: input lines in, Replies out.

    `interactive` turns on what only makes sense for a person at a terminal:
    autosave and the offer to resume, endings found on this machine, the offer
    to play again at an ending, and a fresh random seed for each new game.
    """

    def __init__(self, story: Story, path: str, *, seed: int | None = None, debug: bool = False,
                 save_dir: str | None = None, interactive: bool = False, clock=saves.now_text,
                 autosave: bool | None = None, rolls=None):
        self.story = story
        # `--rolls`: the outcomes of `random(...)` in order, instead of the generator's draws.
        # Such a game is a replay of given outcomes: it is not saved, loaded or recorded.
        self.rolls = tuple(rolls) if rolls is not None else None
        self.usage_error = None  # set when the given rolls ran out
        self.path = path
        self.fixed_seed = seed
        self.debug = debug
        self.folder = saves.saves_dir(story, save_dir)
        self.interactive = interactive
        self.autosave = (interactive if autosave is None else autosave) and self.rolls is None
        self.clock = clock
        self.steps: list = []
        self.pending = None  # (kind, data) of a question waiting for its answer
        self.recording: Recording | None = None
        self.failed = False  # a runtime error happened
        self.autosave_error_shown = False
        self._notes_later = []
        for folder in (self.folder, saves.story_dir(story) if save_dir is None else None):
            if folder:
                saves.sweep(folder)  # temporaries left by a save that was killed

    # ------------------------------------------------------------ state
    @property
    def state(self) -> rt.State:
        return self.steps[-1].state

    @property
    def view(self) -> rt.View:
        return rt.view(self.story, self.state)

    def new_seed(self) -> int:
        if self.fixed_seed is not None:
            return self.fixed_seed
        return random.randrange(1 << 32) if self.interactive else 0

    def toolbar(self) -> tuple:
        """(story title, chapter or scene title, turn) for the player's status line."""
        scene = self.story.scene_map.get(self.story.owner(self.state.scene)) if self.steps else None
        where = ""
        if scene is not None:
            chapter, title = scene.tag("chapter"), scene.title
            where = " \u00b7 ".join(x for x in (chapter, title) if x)
        return self.story.title, where, self.state.turn if self.steps else 0

    # ------------------------------------------------------------ starting
    def begin(self, resume: bool = True) -> Reply:
        """Start the story (or, with an autosave and `resume`, offer to pick up where the reader left off)."""
        notes = ()
        got = None
        if resume and self.autosave and saves.exists(self.folder, saves.AUTOSAVE):
            try:
                got = saves.load(self.folder, self.story, saves.AUTOSAVE)
            except saves.DamagedSave as e:
                try:  # kept aside, never deleted: it may be mended, or be evidence of a bug
                    kept = f" It is kept as the slot `{saves.set_aside(self.folder, saves.AUTOSAVE, self.clock)}`."
                except saves.SaveError as e2:
                    kept = f" ({e2})"
                notes = (Message("note", f"Your last place could not be read ({e}); starting afresh.{kept}"),)
            except saves.SaveError as e:
                notes = (Message("note", f"Your last place could not be read ({e}); starting afresh."),)
        out = self._start("start")
        if self.failed:
            return Reply(notes + out.outs)
        if got is not None and (got.state is None or (got.state.ending is None and got.state.turn > 0)):
            self.pending = ("resume", got)
            return Reply(notes + (Ask(f"You left off {self._describe(got)}. Resume? [Y/n]"),))
        return Reply(notes + out.outs)

    def _describe(self, got: saves.Restored) -> str:
        when = f", saved {got.saved_at}" if got.saved_at else ""
        if got.state is None:
            return f"in a place the story no longer has{when}"
        scene = self.story.scene(got.state.scene)
        name = f"\u201c{scene.title}\u201d" if scene.title else f"`{scene.name}`"
        return f"at {name} (turn {got.state.turn}{when})"

    def _tape(self, at: int):
        return _Tape(self.rolls, at) if self.rolls is not None else None

    def _out_of_rolls(self, e: rt.NeedRoll) -> tuple:
        self.failed = True
        self.usage_error = (f"--rolls: {len(self.rolls)} outcome{'s' if len(self.rolls) != 1 else ''} "
                            f"given, and random({e.low}, {e.high}) needs one more")
        return (Message("error", f"The outcomes given with --rolls ran out: random({e.low}, {e.high}) "
                                 "needs one more."),)

    def _start(self, how: str) -> Reply:
        tape = self._tape(0)
        try:
            s = rt.start(self.story, self.new_seed(), forced=tape)
        except rt.StoryRuntimeError as e:
            self.failed = True
            return Reply(_fault(e))
        except rt.NeedRoll as e:
            return Reply(self._out_of_rolls(e))
        self.steps.append(Step(s, how, rolls_used=tape.used if tape else 0))
        self._after_move()
        return Reply(self._show())

    def _show(self) -> tuple:
        outs = [Passage(self.view)]
        s = self.state
        if s.ending is not None and self.interactive:
            found = saves.endings_found(self.story)
            new = s.ending not in found
            if new:
                found = saves.record_ending(self.story, s.ending)
            outs.append(Ending(s.ending, len(found), len(self.story.endings), new))
            outs.append(Ask("Play again from the start? [Y/n]"))
            self.pending = ("again", None)
        return tuple(outs)

    # ------------------------------------------------------------ input
    def handle(self, line: str) -> Reply:
        """One line from the reader: a choice (number or text), a command, or an answer."""
        text = line.strip()
        if self.pending is not None and not text.startswith(":"):
            got = self._answer(text)
            if got is not None:
                return got
        if not text:
            return Reply(())
        if text.startswith(":"):
            return self._command(text[1:])
        return self._choose(text)

    def _answer(self, text: str):
        kind, data = self.pending
        word = text.lower()
        if word not in YES and word not in NO:
            if kind == "again":
                return None  # a command (or a typo) at an ending: handled as usual
            return Reply((Message("error", "Please answer y or n."),))
        self.pending = None
        yes = word in YES if kind != "record" else word in ("y", "yes")  # replacing a file: Enter means no
        if kind == "record":
            return self._start_recording(data, replace=True) if yes else \
                Reply((Message("info", "Not recording; the file is unchanged."),))
        if kind == "again":
            return self._restart() if yes else Reply((), quit=True)
        if kind == "resume":
            if not yes:
                return Reply(self._show())
            return self._resume(data)
        if kind == "replay":
            if not yes:
                return Reply((Message("info", "Nothing was loaded."),))
            return self._replay(data)
        raise AssertionError(kind)

    def _choose(self, text: str) -> Reply:
        s = self.state
        v = self.view
        if s.ending is not None:
            return Reply((Message("error", f"The story has ended ({s.ending}). Type :restart to play again "
                                           "or :undo to step back."),))
        c, why = find_choice(v, text)
        if c is None:
            shown = text if len(text) <= 60 else text[:57] + "\u2026"
            hint = ""
            if text.lower() in COMMANDS or text.lower() in ALIASES:
                hint = f" (commands start with a colon: :{ALIASES.get(text.lower(), text.lower())})"
            if text.isascii() and text.isdigit():
                return Reply((Message("error", f"There is no choice {shown}: pick 1 to {len(v.choices)}."
                                      if v.choices else "There is nothing to choose here."),))
            return Reply((Message("error", f"No choice matches \u201c{shown}\u201d: {why}.{hint}"),))
        if not c.available:
            reason = f": {c.reason}" if c.reason else ""
            return Reply((Message("error", f"\u201c{render.strip_markup(c.text)}\u201d is not available{reason}"),))
        tape = self._tape(self.steps[-1].rolls_used)
        try:
            new = rt.choose(self.story, s, c.id, forced=tape)
        except rt.StoryRuntimeError as e:
            self.failed = True
            return Reply(_fault(e) + (
                Message("note", "The story could not go on; your place is unchanged (:undo steps back)."),))
        except rt.NeedRoll as e:
            return Reply(self._out_of_rolls(e))
        self.steps.append(Step(new, "choice", c.id, v.choices.index(c) + 1, tape.used if tape else 0))
        self._after_move()
        return Reply(self._show())

    def _after_move(self):
        """After every move: keep the autosave and the recording up to date."""
        if self.autosave and (self.state.turn > 0 or self.state.history):
            # only ever replaced by a newer place: starting, restarting or undoing to the very
            # start leaves the last one, so a reader who quits at once still finds it
            try:
                saves.save(self.folder, self.story, self.state, saves.AUTOSAVE, self.clock())
            except saves.SaveError as e:
                if not self.autosave_error_shown:
                    self.autosave_error_shown = True
                    self._notes_later = [Message("error", f"Autosave failed: {e}")]
        if self.recording is not None:
            self._write_recording()

    # ------------------------------------------------------------ commands
    def _command(self, text: str) -> Reply:
        name, _, arg = text.strip().partition(" ")
        name = ALIASES.get(name.lower(), name.lower())
        arg = arg.strip()
        if name not in COMMANDS:
            close = difflib.get_close_matches(name, list(COMMANDS), n=1)
            hint = f" Did you mean :{close[0]}?" if close else ""
            return Reply((Message("error", f"Unknown command :{name}.{hint} Type :help for the list."),))
        if COMMANDS[name][2] and not self.debug:
            return Reply((Message("error", f":{name} is for authors: run `forkpaths play --debug` to use it."),))
        if self.rolls is not None and name in _NOT_WITH_ROLLS:
            return Reply((Message("error", f":{name} is not available in a game played with --rolls: its "
                                           "random outcomes are given, not drawn, so it cannot be "
                                           "saved, recorded or moved by hand."),))
        return getattr(self, "cmd_" + name)(arg)

    def cmd_help(self, arg) -> Reply:
        lines = ["Type a choice's number, or part of its text, and press Enter.", "Commands:"]
        for name, (args, what, debug) in COMMANDS.items():
            if debug and not self.debug:
                continue
            lines.append(f"  :{name + (' ' + args if args else ''):<18} {what}")
        if not self.debug:
            lines.append("Authors: `forkpaths play --debug` adds :goto, :set, :vars, :where and :seed.")
        if self.interactive:
            lines.append("Tab completes choices and commands; Ctrl-C clears the line; Ctrl-D quits.")
        return Reply((Message("help", "\n".join(lines)),))

    def cmd_quit(self, arg) -> Reply:
        return Reply((), quit=True)

    def cmd_undo(self, arg) -> Reply:
        if len(self.steps) <= 1:
            return Reply((Message("error", "Nothing to undo: this is the start of the story."),))
        gone = self.steps.pop()
        self.pending = None
        what = "the last choice" if gone.how == "choice" else {"load": "the load", "debug": "the debug change",
                                                                "start": "the restart"}[gone.how]
        self._after_move()
        return Reply((Message("info", f"Undone: {what}."), Passage(self.view)))

    def cmd_restart(self, arg) -> Reply:
        return self._restart()

    def _restart(self) -> Reply:
        self.pending = None
        out = self._start("start")
        return Reply((Message("info", "Starting again. (:undo takes you back.)"),) + out.outs)

    def cmd_save(self, arg) -> Reply:
        slot = arg or saves.QUICKSAVE
        try:
            path = saves.save(self.folder, self.story, self.state, slot, self.clock())
        except saves.SaveError as e:
            return Reply((Message("error", f"Not saved: {e}"),))
        return Reply((Message("info", f"Saved in slot `{slot}` ({path})." if self.debug else
                              f"Saved in slot `{slot}`."),))

    def cmd_load(self, arg) -> Reply:
        slot = arg or saves.QUICKSAVE
        try:
            saves.check_slot(slot)
        except saves.SaveError as e:
            return Reply((Message("error", str(e)),))
        if not saves.exists(self.folder, slot):
            return Reply((Message("error", f"There is no save in slot `{slot}`. (:saves lists them.)"),))
        try:
            got = saves.load(self.folder, self.story, slot)
        except saves.SaveError as e:
            return Reply((Message("error", f"Not loaded: {e}"),))
        return self._apply_restored(got, "load")

    def _apply_restored(self, got: saves.Restored, how: str) -> Reply:
        outs = []
        if got.state is None:
            choices = sum(1 for sc, cid in got.history if rt.is_fallback(self.story, sc, cid) is not True)
            self.pending = ("replay", got)
            return Reply((Message("note", f"The story has changed: {got.lost}."),
                          Ask(f"Replay your {choices} recorded choice{'s' if choices != 1 else ''} from the start, "
                              "as far as they still go? [Y/n]")))
        if not got.exact:
            outs.append(Message("note", "The story has changed since this save; your place is kept."))
        outs.extend(Message("note", n[0].upper() + n[1:] + ".") for n in got.notes)
        self.steps.append(Step(got.state, how))
        self._after_move()
        return Reply(tuple(outs) + self._show())

    def _resume(self, got: saves.Restored) -> Reply:
        """Pick up where the reader left off; rebuild the path so :undo can walk back along it."""
        if got.state is None:
            return self._apply_restored(got, "load")
        try:
            states, done, wanted = rt.replay(self.story, got.state.seed, got.state.history)
        except rt.StoryRuntimeError:
            states, done, wanted = [], 0, 1
        if done == wanted and states and states[-1] == got.state:
            self.steps = [Step(states[0], "start")] + [Step(s, "choice") for s in states[1:]]
            self._number_steps()
            outs = tuple(Message("note", n[0].upper() + n[1:] + ".") for n in got.notes)
            return Reply(outs + self._show())
        return self._apply_restored(got, "load")

    def _number_steps(self):
        """Fill in the shown number of each replayed choice (for transcripts)."""
        for i in range(1, len(self.steps)):
            st = self.steps[i]
            if st.how == "choice" and st.number is None:
                before = self.steps[i - 1].state
                cid = st.state.history[len(before.history)][1]
                shown = rt.view(self.story, before).choices
                num = next((k for k, c in enumerate(shown, 1) if c.id == cid), None)
                self.steps[i] = Step(st.state, st.how, cid, num)

    def _replay(self, got: saves.Restored) -> Reply:
        try:
            states, done, wanted = rt.replay(self.story, got.seed, got.history)
        except rt.StoryRuntimeError as e:
            return Reply((Message("error", e.render()),))
        self.steps.append(Step(states[0], "start"))
        for s in states[1:]:
            self.steps.append(Step(s, "choice"))
        self._number_steps()
        self._after_move()
        return Reply((Message("note", f"Replayed {done} of {wanted} choices."),) + self._show())

    def cmd_saves(self, arg) -> Reply:
        infos = saves.list_saves(self.folder)
        if not infos:
            return Reply((Message("info", "No saves yet. (:save SLOT makes one.)"),))
        lines = []
        for i in infos:
            if i.problem:
                lines.append(f"  {i.slot:<12} cannot be read: {i.problem}")
                continue
            scene = self.story.scene_map.get(i.scene or "")
            place = (f"\u201c{scene.title}\u201d" if scene and scene.title else f"`{i.scene}`") if scene else \
                f"`{i.scene}` (no longer in the story)"
            end = f", ended: {i.ending}" if i.ending else ""
            lines.append(f"  {i.slot:<12} {place}, turn {i.turn}{end}, saved {i.saved_at}")
        return Reply((Message("table", "\n".join(lines)),))

    def cmd_history(self, arg) -> Reply:
        lines = []
        for scene, cid in self.state.history:
            sc = self.story.scene_map.get(scene)
            ch = rt.program(self.story).choice_map(scene).get(cid) if sc else None
            if ch is not None and ch.text is None:
                continue
            where = (sc.title or sc.name) if sc else scene
            text = render.strip_markup(ch.text) if ch is not None else cid
            lines.append(f"{len(lines) + 1:>3}. {where}: {text}")
        if not lines:
            return Reply((Message("info", "No choices made yet."),))
        return Reply((Message("table", "\n".join(lines)),))

    # -- recording
    def cmd_record(self, arg) -> Reply:
        if arg.lower() in ("off", "stop", ""):
            if self.recording is None:
                return Reply((Message("error", "Not recording. (:record FILE starts.)"),))
            path = self.recording.path
            self.recording = None
            return Reply((Message("info", f"Recording stopped; the transcript is in {path}."),))
        path = os.path.abspath(os.path.expanduser(arg))
        mine = {os.path.realpath(os.path.join(self.story.root, os.path.basename(f))) for f in self.story.files}
        mine |= {os.path.realpath(f) for f in self.story.files}
        if os.path.realpath(path) in mine:
            return Reply((Message("error", f"Cannot record: {arg} is a file of this story."),))
        try:
            files.check_target(path)
        except files.WriteRefused as e:
            if not e.exists:
                return Reply((Message("error", f"Cannot record: {e}."),))
            self.pending = ("record", (path, arg))
            return Reply((Ask(f"{arg} already exists. Replace it with the transcript? [y/N]"),))
        return self._start_recording((path, arg), replace=False)

    def _start_recording(self, where, replace: bool) -> Reply:
        path, arg = where
        first = max(i for i, st in enumerate(self.steps) if st.how == "start")
        self.recording = Recording(path, first, replace=replace)
        try:
            self._write_recording(raise_errors=True)
        except saves.SaveError as e:
            self.recording = None
            return Reply((Message("error", f"Cannot record: {e}"),))
        return Reply((Message("info", f"Recording to {arg}: this run so far, then every choice you make. "
                                      "(:record off stops.)"),))

    def _runs(self):
        rec = self.recording
        if len(self.steps) <= rec.first:
            rec.first = max(i for i, st in enumerate(self.steps) if st.how == "start")
        runs, cur = [], None
        for i in range(rec.first, len(self.steps)):
            st = self.steps[i]
            if st.how == "start":
                if i not in rec.names:
                    base = f"recorded {self.clock()[:16]}"
                    name, n = base, 2
                    taken = set(rec.names.values())
                    while name in taken:
                        name, n = f"{base} ({n})", n + 1
                    rec.names[i] = name
                cur = [rec.names[i], st.state.seed, [(None, render.plain_lines(rt.view(self.story, st.state)))],
                       False]
                runs.append(cur)
            elif cur is None or cur[3]:
                continue
            elif st.how == "choice" and st.number is not None:
                cur[2].append((str(st.number), render.plain_lines(rt.view(self.story, st.state))))
            else:
                cur[3] = True  # a load or a debug change: a transcript cannot replay what follows
        return [(name, seed, steps) for name, seed, steps, _ in runs], any(r[3] for r in runs)

    def _write_recording(self, raise_errors=False):
        rec = self.recording
        runs, cut = self._runs()
        rel = os.path.relpath(os.path.abspath(self.path), os.path.dirname(rec.path))
        text = "# recorded by forkpaths play\n" + format_transcript(rel.replace(os.sep, "/"), runs)
        try:
            files.write_text(rec.path, text, replace=rec.replace, make_folder=True)
            rec.replace = True  # the file is the recording's now
        except (files.WriteRefused, OSError) as e:
            if raise_errors:
                raise saves.SaveError(str(e) if isinstance(e, files.WriteRefused) else
                                      f"cannot write {rec.path}: {files.reason(e)}") from None
        if cut and not rec.warned:
            rec.warned = True
            self._notes_later = [Message("note", "A load or debug change cannot be replayed by a transcript: "
                                                 "the recorded run stops before it.")]

    def take_notes(self) -> tuple:
        """Messages that arose in the background (a failed autosave, a recording warning)."""
        notes, self._notes_later = self._notes_later, []
        return tuple(notes)

    # -- debug
    def cmd_vars(self, arg) -> Reply:
        s = self.state
        lines = []
        for d, v in zip(self.story.variables, s.vars):
            kind = "const " if d.const else ""
            lines.append(f"  {d.name} = {_literal(v)} ({kind}{d.type})")
        if not lines:
            lines.append("  (the story has no variables)")
        visits = ", ".join(f"{k} {n}" for k, n in sorted(s.visits.items()))
        lines.append(f"  visits: {visits or 'none'}")
        lines.append(f"  turn {s.turn}, seed {s.seed}, tunnel depth {len(s.stack)}")
        return Reply((Message("table", "\n".join(lines)),))

    def cmd_where(self, arg) -> Reply:
        s = self.state
        sc = self.story.scene(s.scene)
        title = f" \u201c{sc.title}\u201d" if sc.title else ""
        lines = [f"scene `{sc.name}`{title} at {sc.span}"]
        v = rt.view(self.story, s)
        if v.tags:
            lines.append(f"  scene tags: {_tags(v.tags)}")
        for k, tags in enumerate(v.line_tags):
            if tags:
                lines.append(f"  paragraph {k + 1} tags: {_tags(tags)}")
        if s.ending:
            lines.append(f"the story ended here: {s.ending}")
        for c in s.offer:
            lines.append(f"  choice `{c.id}` at {c.span}{'' if c.available else ' (unavailable)'}"
                         + (f", tags: {_tags(c.tags)}" if c.tags else ""))
        for frame in reversed(s.stack):
            addr, _ = frame[-1]
            lines.append(f"  called as a tunnel from `{addr[0]}` at {self.story.scene(addr[0]).span}")
        return Reply((Message("table", "\n".join(lines)),))

    def cmd_goto(self, arg) -> Reply:
        if not arg:
            return Reply((Message("error", "Usage: :goto SCENE"),))
        if arg not in self.story.scene_map:
            close = difflib.get_close_matches(arg, list(self.story.scene_map), n=1)
            hint = f" Did you mean `{close[0]}`?" if close else ""
            return Reply((Message("error", f"No scene named `{arg}`.{hint}"),))
        return self._debug_move(lambda s: rt.goto(self.story, s, arg))

    def cmd_set(self, arg) -> Reply:
        name, _, raw = arg.partition(" ")
        raw = raw.strip()
        if not name or not raw:
            return Reply((Message("error", "Usage: :set VAR VALUE"),))
        decl = self.story.var_map.get(name)
        if decl is None:
            close = difflib.get_close_matches(name, list(self.story.var_map), n=1)
            hint = f" Did you mean `{close[0]}`?" if close else ""
            return Reply((Message("error", f"No variable named `{name}`.{hint}"),))
        if decl.const:
            return Reply((Message("error", f"`{name}` is a constant."),))
        value = _parse_value(raw, decl.type)
        if value is None:
            return Reply((Message("error", f"`{name}` is {decl.type}: `{raw}` is not a {decl.type} value."),))
        return self._debug_move(lambda s: rt.settle(self.story, rt.with_vars(self.story, s, **{name: value})),
                                f"{name} = {_literal(value)}")

    def cmd_seed(self, arg) -> Reply:
        try:
            n = int(arg)
        except ValueError:
            return Reply((Message("error", "Usage: :seed N (a whole number)"),))
        s = rt.reseed(self.story, self.state, n)
        self.steps.append(Step(s, "debug"))
        self._after_move()
        return Reply((Message("info", f"The random generator restarts from seed {n}."),))

    def _debug_move(self, fn, done: str | None = None) -> Reply:
        try:
            new = fn(self.state)
        except rt.StoryRuntimeError as e:
            return Reply((Message("error", e.render()),))
        self.steps.append(Step(new, "debug"))
        self._after_move()
        head = (Message("info", done),) if done else ()
        if done and new.history == self.steps[-2].state.history and new.scene == self.steps[-2].state.scene:
            # nothing moved: show the choices as they are now, under the same text
            return Reply(head + (Passage(rt.view(self.story, new)),))
        return Reply(head + self._show())

    # ------------------------------------------------------------ leaving
    def finish(self) -> Reply:
        """The reader leaves: keep their place (the autosave is already current) and stop recording."""
        outs = []
        if self.recording is not None:
            outs.append(Message("info", f"The transcript is in {self.recording.path}."))
            self.recording = None
        return Reply(tuple(outs), quit=True)

    # ------------------------------------------------------------ for completion
    def choice_texts(self) -> list:
        return [render.strip_markup(c.text) for c in self.view.choices if c.available]

    def command_names(self) -> list:
        return [n for n, (_, _, debug) in COMMANDS.items() if self.debug or not debug]

    def slots(self) -> list:
        return [i.slot for i in saves.list_saves(self.folder) if i.problem is None]


def _fault(e: rt.StoryRuntimeError) -> tuple:
    """The text the step showed up to a runtime error, then the error with its location."""
    return tuple(Message("prose", render.strip_markup(para)) for para in e.text) + (Message("error", e.render()),)


def _literal(v) -> str:
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return rt.format_value(v)


def _parse_value(raw: str, kind: str):
    if kind == "bool":
        return {"true": True, "false": False}.get(raw.lower())
    if kind == "int":
        try:
            return int(raw)
        except ValueError:
            return None
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        return raw[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return raw


def _tags(tags) -> str:
    """`#key: value #bare`, as written in the story."""
    return " ".join(f"#{k}: {v}" if v is not None else f"#{k}" for k, v in tags)
