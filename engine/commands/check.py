"""`forkpaths check`: parse, resolve and analyse stories; report every diagnostic at once."""

from __future__ import annotations

import json
import os
import sys
import time

from .. import loader
from ..diagnostics import has_errors, sort_key
from ..report import github_block, plural, strict, summary_line, text_block, use_color

HELP = "check stories for mistakes (parse, names, types, flow)"
DESCRIPTION = """Check story files and report every mistake at once, like a compiler.

PATH is a .story file or a folder searched for stories (default: stories/).
Exit status: 0 clean, 1 story errors, 2 usage or I/O errors.

examples:
  forkpaths check
  forkpaths check stories/neither_human --strict
  forkpaths check my.story --format github"""


def add_arguments(p):
    p.add_argument("paths", nargs="*", metavar="PATH", help="story files or folders (default: stories/)")
    p.add_argument("--format", choices=("text", "json", "github"), default="text", help="output format")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")


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


def run(args) -> int:
    paths = args.paths or ["stories"]
    t0 = time.perf_counter()
    results, problems = collect(paths)
    for msg in problems:
        print(f"forkpaths: error: {msg}", file=sys.stderr)
    all_diags = []
    stories = []
    for entry, loaded in results:
        diags = strict(loaded.diagnostics, args.strict)
        all_diags.extend(diags)
        s = loaded.story
        stories.append({
            "file": loader.display_path(entry), "ok": not has_errors(diags),
            "title": s.title if s else None,
            "scenes": len(s.scenes) if s else None,
            "endings": [e.name for e in s.endings] if s else None,
            "files": list(s.files) if s else [loader.display_path(entry)],
        })
    seconds = time.perf_counter() - t0
    lines_of = _lines_of(results)
    if args.format == "json":
        from ..diagnostics import render_json
        print(render_json(sorted(all_diags, key=sort_key), {"stories": stories, "seconds": round(seconds, 3)}))
    elif args.format == "github":
        block = github_block(all_diags)
        if block:
            print(block)
    else:
        color = use_color()
        block = text_block(all_diags, lines_of, color)
        if block:
            print(block)
        for st in stories:
            if st["ok"]:
                print(f"{st['file']}: {plural(st['scenes'], 'scene')}, {plural(len(st['endings']), 'ending')}")
        print(f"{plural(len(results), 'story')} checked: {summary_line(all_diags)} ({seconds:.2f} s)"
              .replace("storys", "stories"))
    if problems:
        return 2
    return 1 if has_errors(all_diags) else 0


def _lines_of(results):
    def lines(path):
        for _, loaded in results:
            got = loaded.lines(path)
            if got is not None:
                return got
        return None
    return lines
