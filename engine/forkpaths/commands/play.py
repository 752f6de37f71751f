"""`forkpaths play`: read a story at the command prompt (the REPL at a terminal, plain text through a pipe)."""

from __future__ import annotations

import os
import sys
from ..printable import say_error

HELP = "play a story (the bundled one if no STORY is given)"
DESCRIPTION = """Play a branching story at the command prompt.

STORY is a .story file or a folder holding one (default: the bundled story).
At a terminal: numbered choices, :undo, :save, :load, a toolbar, completion;
type :help for the commands. Through a pipe: one choice (number or text) or
command per line in, plain text out, so the output can be diffed.

examples:
  forkpaths play
  forkpaths play stories/tour
  printf '1\\n2\\n' | forkpaths play stories/tour/main.story
  forkpaths play stories/tour --choices 1,3,2 --seed 4
  forkpaths play my.story --debug"""

BUNDLED = os.path.join("stories", "neither_human", "main.story")
_ENGINE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def add_arguments(p):
    p.add_argument("story", nargs="?", metavar="STORY", help=".story file or folder (default: the bundled story)")
    p.add_argument("--seed", type=int, metavar="N", help="seed of the story's random generator "
                   "(default: 0 through a pipe, a fresh one for each game at a terminal)")
    p.add_argument("--rolls", metavar="3,2", help="the outcomes of the story's random(...) draws, in order, "
                   "instead of the generator's (as `forkpaths check` prints them when no seed gives "
                   "a witness's outcomes); write `--rolls=-3,2` for a negative first one")
    p.add_argument("--choices", metavar="1,3,2", help="make these choices first (numbers or texts, comma-separated)")
    p.add_argument("--debug", action="store_true", help="author commands: :goto :set :vars :where :seed")
    p.add_argument("--save-dir", metavar="DIR", help="keep this story's saves in DIR")
    p.add_argument("--lang", metavar="FILE.po", help="play a translation (a gettext .po file)")
    p.add_argument("--new", action="store_true", help="start afresh without offering to resume")
    p.add_argument("--width", type=int, metavar="N", help="wrap text at N columns (default: the terminal's)")
    p.add_argument("--plain", action="store_true", help="plain text, one line in, even at a terminal")


def bundled_path() -> str | None:
    """The bundled story: beside the package in a source checkout, or shipped inside it."""
    for base in (os.path.dirname(os.path.dirname(_ENGINE)), _ENGINE):
        path = os.path.join(base, BUNDLED)
        if os.path.isfile(path):
            return path
    return None


def _story(args):
    """-> (Story, path) or (None, exit code), having said why."""
    from ._load import story_or_report

    path = args.story
    if path is None:
        path = bundled_path()
        if path is None:
            say_error("the bundled story is not part of this installation (it ships with the "
                  f"source, as {BUNDLED}); name a story to play: forkpaths play path/to/main.story",
                  file=sys.stderr)
            return None, 2
    elif not os.path.exists(path):
        say_error(f"{path}: no such file or folder", file=sys.stderr)
        return None, 2
    if os.path.isdir(path):
        from .. import loader
        found = loader.find_stories([path])
        if len(found) == 1:
            path = found[0]
    story, code = story_or_report(path)
    if story is None:
        return None, code
    if args.lang:
        try:
            from ..i18n import apply_translation
        except ImportError:
            say_error("translations are not available in this version", file=sys.stderr)
            return None, 2
        problems = []
        try:
            story = apply_translation(story, args.lang, problems)
        except Exception as e:  # OSError, POError: the .po cannot be read
            detail = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            say_error(f"{args.lang}: {detail}", file=sys.stderr)
            return None, 2
        for problem in problems:
            print(f"forkpaths: warning: {problem}", file=sys.stderr)
    return story, path


def run(args) -> int:
    if sys.stdin is None:  # started with `0<&-`
        say_error("standard input is closed; give the choices with --choices, or "
              "redirect input (`</dev/null` for none)", file=sys.stderr)
        return 2
    if args.save_dir is not None and not args.save_dir.strip():
        say_error("--save-dir needs a folder (it was empty)", file=sys.stderr)
        return 2
    if args.width is not None and args.width < 20:
        say_error("--width must be at least 20", file=sys.stderr)
        return 2
    story, path = _story(args)
    if story is None:
        return path
    rolls = None
    if args.rolls is not None:
        try:
            rolls = [int(r) for r in args.rolls.split(",") if r.strip()]
        except ValueError:
            say_error(f"--rolls takes whole numbers separated by commas, not `{args.rolls}`", file=sys.stderr)
            return 2
    choices = [c.strip() for c in args.choices.split(",") if c.strip()] if args.choices else []
    tty = sys.stdin.isatty() and sys.stdout.isatty()
    interactive = tty and not args.plain
    from ..repl.session import Session

    session = Session(story, path, seed=args.seed, debug=args.debug, save_dir=args.save_dir,
                      interactive=interactive, rolls=rolls)
    if interactive:
        from ..repl.app import run_repl
        return run_repl(session, choices=choices, width=args.width, resume=not (args.new or choices))
    from ..repl.plain import bounded_lines, run_plain

    for stream in (sys.stdin, sys.stdout):
        try:
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError):
            pass
    lines = list(choices)
    if not sys.stdin.isatty() or not choices:
        import itertools
        feed = itertools.chain(lines, bounded_lines(sys.stdin))
    else:
        feed = iter(lines)
    code = run_plain(session, feed, sys.stdout.write, sys.stderr.write, picks=len(lines))
    sys.stdout.flush()
    return code
