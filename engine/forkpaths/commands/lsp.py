"""`forkpaths lsp`: run the language server over standard input and output, for editors."""

from __future__ import annotations

import os
import sys

HELP = "the language server for editors (LSP over stdio): diagnostics as you type, go to definition, rename"
DESCRIPTION = """Speak the Language Server Protocol over standard input and output, for an
editor to start: diagnostics as you type (the same codes and hints as `check`),
reachability, soft-locks and runtime errors after each save (the checker runs in
a background process), go to definition, references, rename, completion, hover,
outline, formatting, folding and a quick fix for a misspelt divert.

Editors start it themselves: see docs/editors.md for VS Code and Neovim.

examples:
  forkpaths lsp                   (an editor runs this; it waits for LSP messages)
  forkpaths lsp --no-check        (no background reachability checks)"""


def add_arguments(p):
    p.add_argument("--stdio", action="store_true", help="talk over standard input and output (the default)")
    p.add_argument("--no-check", action="store_true",
                   help="do not run the reachability checker after saves")


def run(args) -> int:
    from ..lsp.server import build

    server = build()
    server.check_on_save = not args.no_check
    try:
        server.start_io()
    finally:
        server.runner.cancel_all()
        if sys.stdout.closed:  # the server closes its streams when the editor says `exit`
            sys.stdout = open(os.devnull, "w")
    return 0
