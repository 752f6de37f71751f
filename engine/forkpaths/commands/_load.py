"""Shared by the author-tooling commands: load one story or print why not, and write output safely."""

from __future__ import annotations

import os
import sys

from .. import loader
from ..diagnostics import has_errors
from ..report import text_block, use_color
from ..printable import say_error


# The one rule for commands that take stories and are given none: loader.default_paths().
DEFAULT_HELP = "default: stories/ if it exists, else the story files of the current folder"


def add_story_argument(p):
    """The optional STORY argument of the commands that work on one story."""
    p.add_argument("story", nargs="?", metavar="STORY",
                   help=f"the story's main .story file, or a folder holding one story ({DEFAULT_HELP})")


def paths_or_default(paths):
    """The PATHs a command was given, or the default ones -> (paths, problem or None)."""
    if paths:
        return list(paths), None
    found = loader.default_paths()
    return found, (None if found else loader.NO_DEFAULT)


def story_or_report(path: str | None, stream=None):
    """Load the story at path (a .story file, or a folder holding main.story; None: the default
    path) -> (Story, 0) or (None, exit code).

    Story errors are printed like `forkpaths check` prints them (exit 1); I/O problems exit 2.
    """
    stream = stream or sys.stderr
    if path is None:
        found, problem = paths_or_default(())
        if problem or len(found) > 1:
            problem = problem or (f"the current folder holds {len(found)} stories "
                                  f"({', '.join(found[:3])}); name one story file")
            say_error(f"{problem}", file=stream)
            return None, 2
        path = found[0]
    if os.path.isdir(path):
        found = loader.find_stories([path])
        if len(found) != 1:
            what = "no .story file" if not found else f"{len(found)} stories ({', '.join(found[:3])})"
            say_error(f"{path}: the folder holds {what}; name one story file", file=stream)
            return None, 2
        path = found[0]
    try:
        loaded = loader.load(path)
    except loader.StoryIOError as e:
        say_error(f"{e}", file=stream)
        return None, 2
    if loaded.story is None or has_errors(loaded.diagnostics):
        errors = [d for d in loaded.diagnostics if d.severity.value == "error"]
        print(text_block(errors, loaded.lines, use_color(stream)), file=stream)
        say_error(f"{loader.display_path(path)} has errors; fix them first "
              f"(`forkpaths check {loader.display_path(path)}`)", file=stream)
        return None, 1
    return loaded.story, 0


def analysis(story, timeout=None, max_states=None):
    """The checker's report on a story, with the command's bounds where given."""
    from .. import explore

    kwargs = {}
    if timeout is not None:
        kwargs["timeout"] = timeout
    if max_states is not None:
        kwargs["max_states"] = max_states
    return explore.analyze(story, **kwargs)


def emit(text: str, output: str | None, force: bool = False) -> int:
    """Print text, or write it atomically to output -> exit code (2 if the file is not written).

    An existing file is replaced only with `force`; a story file or anything that is not a
    regular file (a device, a pipe) never is.
    """
    if not output or output == "-":
        sys.stdout.write(text)
        return 0
    from .. import files
    try:
        files.write_text(output, text, replace=force)
    except files.WriteRefused as e:
        hint = " (--force replaces it)" if e.exists else ""
        say_error(f"not written: {e}{hint}", file=sys.stderr)
        return 2
    except OSError as e:
        say_error(f"cannot write {output}: {files.reason(e)}", file=sys.stderr)
        return 2
    return 0
