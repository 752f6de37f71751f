"""The command line: argparse subcommands dispatched to engine/forkpaths/commands/; main(argv) -> int."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import os
import sys

from . import __version__
from .printable import printable, say_error

# name -> module under forkpaths.commands; each has HELP, DESCRIPTION, add_arguments(p), run(args) -> int
COMMANDS = {
    "play": "play",
    "check": "check",
    "parse": "parse",
    "new": "new",
    "graph": "graph",
    "stats": "stats",
    "fmt": "fmt",
    "test": "test",
    "strings": "strings",
    "export": "export",
    "lsp": "lsp",
}

EXIT_OK, EXIT_STORY, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # usage errors exit 2 without a traceback
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {printable(message)}\n")


def _available(only=None):
    for name, mod in COMMANDS.items():
        if only is not None and name != only:
            continue
        if importlib.util.find_spec(f"forkpaths.commands.{mod}") is not None:
            yield name, importlib.import_module(f"forkpaths.commands.{mod}")


def build_parser(only=None) -> argparse.ArgumentParser:
    p = _Parser(prog="forkpaths", description="Write, play and prove branching stories.",
                formatter_class=argparse.RawDescriptionHelpFormatter,
                epilog="Run `forkpaths COMMAND --help` for a command's options and an example.")
    p.add_argument("--version", action="version", version=f"forkpaths {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, mod in _available(only):
        sp = sub.add_parser(name, help=mod.HELP, description=mod.DESCRIPTION,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
        mod.add_arguments(sp)
        sp.set_defaults(_run=mod.run)
    return p


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # import only the command that runs, so `play` starts fast
    first = next((a for a in argv if not a.startswith("-")), None)
    only = first if first in COMMANDS and not any(a in ("-h", "--help") for a in argv[:1]) else None
    parser = build_parser(only)
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    if not getattr(args, "_run", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args._run(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as e:  # the output cannot be written (a full disk, /dev/full): say so, not a traceback
        return _output_failed(e)


def _output_failed(e: OSError) -> int:
    try:
        sys.stdout = open(os.devnull, "w")  # nothing more to flush at exit
        say_error(f"cannot write the output: {e.strerror or e}", file=sys.stderr)
    except (OSError, AttributeError, ValueError):
        pass
    return EXIT_USAGE


def entry() -> int:
    if sys.stdout is None or sys.stderr is None:  # started with `>&-` or `2>&-`
        if sys.stderr is not None:
            say_error("standard output is closed", file=sys.stderr)
        sys.stdout = sys.stdout or open(os.devnull, "w")
        return EXIT_USAGE
    code = main()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        pass
    except OSError as e:
        return _output_failed(e)
    return code


if __name__ == "__main__":
    sys.exit(entry())
