"""`forkpaths check`: parse, resolve and analyse stories; report every diagnostic at once."""

from __future__ import annotations

import os
import sys
import time

import attrs

from .. import loader
from ..diagnostics import has_errors, render_text, sort_key
from ._load import DEFAULT_HELP, paths_or_default
from ..report import check_json, github_block, plural, sarif, story_json, strict, summary_line, use_color
from ..printable import say_error

HELP = "check stories: mistakes, reachability of every scene and ending, soft-locks"
DESCRIPTION = """Check story files and report every mistake at once, like a compiler; then prove
every scene, ending and choice reachable (with the shortest playthrough that gets
there) or unreachable, and find soft-locks: situations from which no ending can be
reached.

PATH is a .story file or a folder searched for stories (default: stories/ if
it exists, else the story files of the current folder).
Exit status: 0 clean, 1 story errors (unreachable scene or ending, soft-lock,
runtime error, broken reference), 2 usage or I/O errors. Warnings (a bound hit
before a target was decided, an unused variable, a constant condition) fail only
with --strict. The JSON and SARIF formats are described in docs/check.md.

examples:
  forkpaths check
  forkpaths check stories/neither_human --strict --coverage
  forkpaths check my.story --format github --fuzz 200 --seed 1"""

DEFAULT_FUZZ_SEED = 0


def _positive_int(text):
    import argparse
    try:
        v = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if v < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text}")
    return v


def _seconds(text):
    import argparse
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not v > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0: {text}")
    return v


def add_arguments(p):
    from ..explore import DEFAULT_MAX_STATES, DEFAULT_TIMEOUT
    p.add_argument("paths", nargs="*", metavar="PATH", help=f"story files or folders ({DEFAULT_HELP})")
    p.add_argument("--format", choices=("text", "json", "github", "sarif"), default="text",
                   help="output format: text, json (docs/check.schema.json), github annotations, sarif (SARIF 2.1.0)")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.add_argument("--max-states", type=_positive_int, default=DEFAULT_MAX_STATES, metavar="N",
                   help=f"distinct states the exact search may visit per story (default {DEFAULT_MAX_STATES:,})")
    p.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="S",
                   help=f"safety stop: seconds of analysis per story (default {DEFAULT_TIMEOUT:g}); budgets are "
                        "counted in states, so only when this fires does the result depend on the machine")
    p.add_argument("--fuzz", type=_positive_int, default=0, metavar="N",
                   help="also play N random playthroughs with Hypothesis, checking invariants at every step")
    p.add_argument("--seed", type=_positive_int, default=DEFAULT_FUZZ_SEED, metavar="N",
                   help="seed of the random playthroughs (default 0): the same seed plays the same playthroughs")
    p.add_argument("--coverage", action="store_true",
                   help="show which scenes, choices and conditional branches were reached")
    p.add_argument("--no-analysis", action="store_true",
                   help="only parse and resolve (no reachability search)")


def collect(paths):
    """Load every story under the paths -> (list of (entry, Loaded)), I/O problems."""
    results, problems = [], []
    for p in paths:
        if not os.path.exists(p):
            problems.append(f"{p}: no such file or folder")
    entries = loader.find_stories([p for p in paths if os.path.exists(p)])
    if not entries and not problems:
        problems.append(f"no .story files found in {', '.join(paths)}")
    for entry in entries:
        try:
            results.append((entry, loader.load(entry)))
        except loader.StoryIOError as e:
            problems.append(str(e))
    return results, problems


def analyse(loaded, args):
    """Run the reachability analysis on a loaded story -> Report, or None when it did not load."""
    if args.no_analysis or not loaded.ok:
        return None
    from ..explore import analyze
    return analyze(loaded.story, max_states=args.max_states, timeout=args.timeout,
                   fuzz=args.fuzz, seed=args.seed)


def run(args) -> int:
    paths, problem = paths_or_default(args.paths)
    t0 = time.perf_counter()
    results, problems = collect(paths) if not problem else ([], [problem])
    for msg in problems:
        say_error(f"{msg}", file=sys.stderr)
    all_diags = []
    extra = {}
    stories = []
    for entry, loaded in results:
        report = analyse(loaded, args)
        diags = list(loaded.diagnostics)
        partial = None
        if report is not None:
            for d in report.diagnostics:
                diags.append(d)
        elif not args.no_analysis and loaded.files:
            # errors: the rest of the story is still checked, each error a dead end
            from .check_partial import check_partial, witness_lines
            partial, note = check_partial(entry, loaded, args)
            if note is not None:
                diags.append(note)
                partial.note = note
        marked = strict(diags, args.strict)
        for d, orig in zip(marked, diags):
            if report is not None and id(orig) in report.extra:
                extra[id(d)] = report.extra[id(orig)]
            if partial is not None and orig is partial.note:
                extra[id(d)] = witness_lines(partial)
        all_diags.extend(marked)
        stories.append(_story_doc(entry, loaded, report, marked, args.format == "json", partial))
        stories[-1]["diags"] = marked
    seconds = time.perf_counter() - t0
    if args.format == "json":
        import json
        doc = check_json(all_diags, [s["json"] for s in stories], [s["report"] for s in stories], problems,
                         seconds, args.strict)
        print(json.dumps(doc, indent=2, ensure_ascii=False))
    elif args.format == "sarif":
        import json
        entries = [(s["diags"], s["report"], s["story"]) for s in stories]
        print(json.dumps(sarif(entries, extra, seconds, problems), indent=2, ensure_ascii=False))
    elif args.format == "github":
        block = github_block(_with_paths(all_diags, extra))
        if block:
            print(block)
        for st in stories:
            print(st["summary"])
    else:
        color = use_color()
        lines_of = _lines_of(results)
        for d in sorted(all_diags, key=sort_key):
            print(render_text(d, lines_of(d.span.file), color))
            for line in extra.get(id(d), ()):
                print(line)
            print()
        for st in stories:
            print(st["summary"])
            if args.coverage and st["report"] is not None:
                for line in _coverage_lines(st["report"]):
                    print(line)
        print(f"{plural(len(results), 'story')} checked: {summary_line(all_diags)} ({seconds:.2f} s)"
              .replace("storys", "stories"))
    if problems:
        return 2
    return 1 if has_errors(all_diags) else 0


def _with_paths(diags, extra):
    """For GitHub annotations: the witness path goes into the message itself."""
    out = []
    for d in diags:
        lines = extra.get(id(d))
        if lines:
            d = attrs.evolve(d, message=d.message + " — " + "; ".join(l.strip().lstrip("= ") for l in lines))
        out.append(d)
    return out


def _story_doc(entry, loaded, report, diags, want_json, partial=None):
    shown = loader.display_path(entry)
    doc = story_json(shown, loaded, report, diags) if want_json else None
    if doc is not None:
        doc["recovered"] = partial.as_json() if partial is not None else None
    return {"json": doc, "report": report, "story": loaded.story,
            "summary": _summary(shown, loaded, report, diags, partial)}


def _summary(shown, loaded, report, diags, partial=None) -> str:
    from ..printable import printable
    shown = printable(shown)  # a file name may hold control characters
    s = loaded.story
    if s is None:
        if partial is not None:
            from .check_partial import summary
            return f"{shown}: not fully analysed ({summary_line(diags)}); {summary(partial)}"
        return f"{shown}: not analysed ({summary_line(diags)})"
    real = s.real_scenes  # the parts of a weave are not counted as scenes
    head = f"{shown}: {plural(len(real), 'scene')}, {plural(len(s.endings), 'ending')}"
    if report is None:
        return head
    sc = report.counts({sc.name: report.scenes[sc.name] for sc in real if sc.name in report.scenes})
    en = report.counts(report.endings)
    if sc["unreachable"] == sc["unknown"] == en["unreachable"] == en["unknown"] == 0:
        ends = sorted(report.endings.values(), key=lambda t: (t.depth, not t.witness.shortest))
        if ends:
            # the breadth-first search proves a shortest witness; any other is only an upper bound
            bound = "" if ends[0].witness.shortest else "at most "
            status = f"all reachable (shortest ending: {bound}{plural(ends[0].depth, 'choice')})"
        else:
            status = "all scenes reachable, no endings"
    else:
        parts = []
        for label, c, total in (("scenes", sc, len(real)), ("endings", en, len(s.endings))):
            bits = [f"{c['reachable']:,} of {total:,} {label} reachable"]
            if c["unreachable"]:
                bits.append(f"{c['unreachable']:,} unreachable")
            if c["unknown"]:
                bits.append(f"{c['unknown']:,} unknown")
            parts.append(" (".join([bits[0], ", ".join(bits[1:])]) + ")" if len(bits) > 1 else bits[0])
        status = "; ".join(parts)
    if report.softlocks_complete or report.softlocks:
        locks = plural(len(report.softlocks), "soft-lock")
        if report.softlocks_decided == "proof":
            locks += " (proved by sure exits)"
        if report.runtime_errors_decided == "proof":
            locks += "; no runtime errors (proved from value bounds)"
    else:
        locks = "soft-locks not decided"
    space = plural(report.states_explored, "state") + ("" if report.complete else f" (search stopped: {report.bound})")
    fuzz = ""
    if report.fuzz is not None:
        fuzz = f"; {plural(report.fuzz.runs, 'random playthrough')}, {plural(len(report.fuzz.failures), 'failure')}"
    return f"{head}: {status}; {locks}; {space}{fuzz}; {report.seconds:.2f} s"


def _coverage_lines(report) -> list:
    c = report.coverage
    out = []
    for label, pair in (("scenes", c.scenes), ("choices", c.choices), ("branches", c.branches)):
        note = "  (conditional text and {if} sides that can run in reached scenes)" if label == "branches" else ""
        out.append(f"  coverage: {label:<8} {pair[0]:>6,} / {pair[1]:<6,} {c.percent(pair):5.1f}%{note}")
    for label in ("scenes", "choices", "branches"):
        missed = c.missed[label]
        if missed:
            more = f" (+{len(missed) - 12:,} more)" if len(missed) > 12 else ""
            out.append(f"  not reached ({label}): " + ", ".join(missed[:12]) + more)
    return out


def _lines_of(results):
    cache = {}

    def lines(path):
        if path not in cache:
            cache[path] = None
            for _, loaded in results:
                got = loaded.lines(path)
                if got is not None:
                    cache[path] = got
                    break
        return cache[path]
    return lines
