"""`forkpaths test`: replay transcript tests (`*.transcript`) and report the first difference of each failing run."""

from __future__ import annotations

import json
import os
import sys
import time

from .. import transcript
from ..report import plural, use_color
from ._load import DEFAULT_HELP, paths_or_default
from ..printable import say_error

HELP = "replay transcript tests (*.transcript) against their stories"
DESCRIPTION = """Replay transcript tests: each run of a .transcript file starts its story
with a seed, makes the listed choices and checks the expected lines after each
one. A failing run shows the first line that differs, expected and actual.

PATH is a .transcript file, a .story file (its STEM.transcript beside it) or a
folder searched for *.transcript files (default: stories/ if it exists, else
the story files of the current folder).
Exit status: 0 all runs pass, 1 a run fails or a transcript is malformed,
2 usage or I/O errors (no transcripts found, unreadable file).

The format is described in docs/test.md; `:record FILE` in `forkpaths play`
writes one for you.

examples:
  forkpaths test
  forkpaths test stories/tour/main.transcript
  forkpaths test stories/ --format json"""


def add_arguments(p):
    p.add_argument("paths", nargs="*", metavar="PATH", help=f"transcripts, stories or folders ({DEFAULT_HELP})")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    p.add_argument("-q", "--quiet", action="store_true", help="print only failures and the summary")


def run(args) -> int:
    paths, problem = paths_or_default(args.paths)
    problems = [problem] if problem else []
    for p in paths:
        if not os.path.exists(p):
            problems.append(f"{p}: no such file or folder")
        elif p.endswith(".story") and not os.path.isdir(p) and \
                not os.path.exists(os.path.splitext(p)[0] + transcript.SUFFIX):
            problems.append(f"{p}: no transcript beside it ({os.path.basename(os.path.splitext(p)[0])}"
                            f"{transcript.SUFFIX})")
    files = transcript.find_transcripts([p for p in paths if os.path.exists(p)])
    if not files and not problems:
        problems.append(f"no {transcript.SUFFIX} files found in {', '.join(paths)}")
    t0 = time.perf_counter()
    cache: dict = {}
    results = []  # (file, [RunResult])
    for f in files:
        try:
            t = transcript.read(f)
        except OSError as e:
            problems.append(f"{f}: cannot read: {e.strerror or e}")
            continue
        except transcript.TranscriptError as e:
            results.append((f, [transcript.RunResult(os.path.basename(f), False, str(e), f, e.line)]))
            continue
        results.append((f, transcript.run_transcript(t, cache)))
    seconds = time.perf_counter() - t0
    for msg in problems:
        say_error(f"{msg}", file=sys.stderr)
    runs = [r for _, rs in results for r in rs]
    failed = [r for r in runs if not r.ok]
    if args.format == "json":
        print(json.dumps({
            "files": [{"file": f, "runs": [{"name": r.name, "ok": r.ok, "line": r.line, "steps": r.steps,
                                             "message": r.message} for r in rs]} for f, rs in results],
            "passed": len(runs) - len(failed), "failed": len(failed), "seconds": round(seconds, 3),
        }, indent=2))
    else:
        _text(results, args.quiet, use_color())
        if results:
            print(f"{plural(len(runs), 'run')} in {plural(len(results), 'file')}: "
                  f"{len(runs) - len(failed)} passed, {len(failed)} failed ({seconds:.2f} s)")
    if problems:
        return 2
    return 1 if failed else 0


def _text(results, quiet: bool, color: bool):
    green, red, off = ("\x1b[32m", "\x1b[31m", "\x1b[0m") if color else ("", "", "")
    for f, rs in results:
        bad = [r for r in rs if not r.ok]
        if quiet and not bad:
            continue
        print(f)
        for r in rs:
            if r.ok:
                if not quiet:
                    print(f"  {green}PASS{off}  {r.name} ({plural(r.steps, 'choice')})")
            else:
                print(f"  {red}FAIL{off}  {r.name}")
                for line in r.message.splitlines():
                    print(f"        {line}")
