"""`forkpaths fmt`: rewrite story files in the canonical layout (or, with --check, list the ones that would change)."""

from __future__ import annotations

import difflib
import os
import sys

from .. import files as disk
from .. import formatter, loader, source
from ..report import plural, text_block, use_color
from ._load import DEFAULT_HELP, paths_or_default
from ..printable import say_error

HELP = "format story files in the one canonical layout (comments kept)"
DESCRIPTION = """Rewrite story files in the canonical layout: choice bodies indented four
spaces and everything else at the left margin; one space around `->`, `=`,
operators and tags; exactly one blank line between scenes, none under a scene
header; no trailing whitespace; one final newline. Prose words and comments
are kept exactly. Formatting is idempotent, and a file is only written when
the result parses back to the same story (see docs/fmt.md).

PATH is a .story file or a folder (every .story file in it); `-` formats
standard input to standard output. Without PATH: stories/ if it exists, else
the story files of the current folder and the files they include.
Exit status: 0 done (or, with --check, nothing would change), 1 a file would
change (--check) or does not parse, 2 usage or I/O errors.

examples:
  forkpaths fmt stories/tour
  forkpaths fmt --check stories/            (in CI or a pre-commit hook)
  forkpaths fmt --diff my.story"""


def add_arguments(p):
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help=f"story files or folders, or - for standard input ({DEFAULT_HELP}, with the files they include)")
    p.add_argument("--check", action="store_true", help="change nothing; list files that would change, exit 1 if any")
    p.add_argument("--diff", action="store_true", help="change nothing; print what would change as a unified diff")


def story_files(paths):
    """Files to format, and problems (missing paths)."""
    files, problems = [], []
    for p in paths:
        if p == "-":
            files.append(p)
        elif os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                files.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".story"))
        elif os.path.exists(p):
            files.append(p)
        else:
            problems.append(f"{p}: no such file or folder")
    return files, problems


def run(args) -> int:
    paths, problem = paths_or_default(args.paths)
    if not args.paths and not problem and paths != [loader.DEFAULT_FOLDER]:
        paths = loader.story_files(paths)  # the current folder's stories, chapters included
    files, problems = story_files(paths)
    problems = [problem] if problem else problems
    if not files and not problems:
        problems.append(f"no .story files found in {', '.join(paths)}")
    changed, same, broken = [], 0, 0
    color = use_color(sys.stderr)
    for path in files:
        shown = "<stdin>" if path == "-" else path
        try:
            if path == "-":
                data = sys.stdin.buffer.read(source.MAX_FILE_BYTES + 1)
            else:
                data = disk.read_bytes(path, source.MAX_FILE_BYTES)
            src, errs = source.decode(shown, data)
        except disk.TooLarge as e:
            data, src, errs = b"", None, [source.too_large(shown, e.size)]
        except OSError as e:
            problems.append(f"{path}: cannot read: {disk.reason(e)}")
            continue
        try:
            if src is None:
                raise formatter.FormatError("the file cannot be read as text", errs, None)
            text = formatter.format_source(src)
        except formatter.FormatError as e:
            broken += 1
            if e.diagnostics:
                print(text_block(e.diagnostics, lambda _p, lines=e.source_lines: lines, color), file=sys.stderr)
            say_error(f"{shown}: not formatted: {e.message}", file=sys.stderr)
            if path == "-":
                sys.stdout.buffer.write(data)
            continue
        if path == "-":
            sys.stdout.write(text)
            continue
        if text.encode("utf-8") == data:
            same += 1
            continue
        changed.append(path)
        if args.diff:
            old = data.decode("utf-8", "replace").replace("\r\n", "\n").splitlines(True)
            sys.stdout.writelines(difflib.unified_diff(old, text.splitlines(True), path, path + " (formatted)"))
        elif args.check:
            print(f"would reformat {path}")
        else:
            try:
                disk.write_text(path, text, replace=True, story_file=True)
            except (disk.WriteRefused, OSError) as e:
                problems.append(f"{path}: cannot write: {e if isinstance(e, disk.WriteRefused) else disk.reason(e)}")
                changed.pop()
                continue
            print(f"formatted {path}")
    for msg in problems:
        say_error(f"{msg}", file=sys.stderr)
    if "-" not in files:
        verb = "would be reformatted" if (args.check or args.diff) else "formatted"
        print(f"{plural(len(changed), 'file')} {verb}, {same} unchanged"
              + (f", {broken} with errors" if broken else ""), file=sys.stderr)
    if problems:
        return 2
    if broken or ((args.check or args.diff) and changed):
        return 1
    return 0
