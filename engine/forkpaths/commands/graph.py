"""`forkpaths graph`: draw a story's scene graph as Graphviz DOT, Mermaid or JSON (optionally with the checker's findings)."""

from __future__ import annotations

import sys

from .. import export
from ._load import add_story_argument, analysis, emit, story_or_report
from ..printable import say_error

HELP = "draw the scene graph (Graphviz DOT, Mermaid or JSON)"
DESCRIPTION = """Draw a story's scene graph from its model, top to bottom: the start at
the top, one box per chapter (#chapter: tags; scenes of no chapter by file),
endings at the bottom as double octagons (DOT) or circles (Mermaid), edges
labelled with choice texts; bold edges are diverts, dotted ones fallbacks,
dashed grey ones tunnel calls (which do not pull the layout). With --check,
the checker's findings are drawn too: unreachable scenes in red, soft-lock
cycles in orange.

STORY is a .story file (or a folder holding one story); without it, stories/
if it exists, else the story file of the current folder.
Exit status: 0 drawn, 1 story errors, 2 usage or I/O errors.

examples:
  forkpaths graph stories/tour/main.story | dot -Tsvg > tour.svg
  forkpaths graph stories/tour/main.story --format mermaid -o tour.mmd
  forkpaths graph stories/neither_human --check -o nh.dot"""


def add_arguments(p):
    add_story_argument(p)
    p.add_argument("--format", choices=("dot", "mermaid", "json"), default="dot", help="output format (default: dot)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists (never a .story file)")
    p.add_argument("--check", action="store_true",
                   help="run the checker and mark unreachable scenes and soft-lock cycles")
    p.add_argument("--timeout", type=float, metavar="SECONDS", help="with --check: seconds the checker may search")
    p.add_argument("--max-states", type=int, metavar="N", help="with --check: states the checker may explore")


def run(args) -> int:
    story, code = story_or_report(args.story)
    if story is None:
        return code
    graph = export.scene_graph(story)
    if args.check:
        graph, problem = checked(story, graph, args.timeout, args.max_states)
        if problem:
            say_error(f"{problem}", file=sys.stderr)
            return 2
    return emit(export.FORMATS[args.format](graph), args.output, args.force)


def checked(story, graph, timeout=None, max_states=None):
    """The graph with the checker's findings -> (graph, None) or (graph, why the checker could not run)."""
    from .. import explore

    report = analysis(story, timeout, max_states)
    unreachable = list(report.unreachable_scenes())
    dead_endings = [n for n, t in report.endings.items() if t.status == explore.UNREACHABLE]
    loops = [tuple(c) for c in report.softlock_cycles()]
    notes = []
    if unreachable:
        notes.append("unreachable scenes: " + ", ".join(unreachable))
    if dead_endings:
        notes.append("unreachable endings: " + ", ".join(dead_endings))
    if loops:
        notes.append("soft-locks (no ending can be reached from): " + "; ".join(" <-> ".join(c) for c in loops))
    if not report.complete:
        notes.append(f"the checker's search stopped early ({report.bound}): scenes it did not settle are not marked")
    return export.with_check(graph, unreachable, loops, notes, dead_endings), None
