"""`forkpaths parse FILE`: dump the resolved story model as JSON, for debugging."""

from __future__ import annotations

import json
import sys

import attrs

from .. import loader, model
from ..report import text_block, use_color
from ..printable import say_error

HELP = "dump the resolved story model as JSON"
DESCRIPTION = """Parse and resolve a story and print its model as JSON.

example:
  forkpaths parse stories/tour/main.story > tour.json"""


def add_arguments(p):
    p.add_argument("file", help="the main .story file")
    p.add_argument("--spans", action="store_true", help="include source positions")


def to_data(obj, spans=False):
    """The model as plain JSON data; every node carries its class name as `node`."""
    if attrs.has(type(obj)):
        out = {"node": type(obj).__name__}
        for f in attrs.fields(type(obj)):
            if not spans and (f.name in ("span", "spans", "value_expr") or f.name.endswith("_spans")):
                continue
            out[f.name] = to_data(getattr(obj, f.name), spans)
        if isinstance(obj, model.Choice):
            out["fallback"] = obj.fallback
        return out
    if isinstance(obj, (tuple, list)):
        return [to_data(x, spans) for x in obj]
    if isinstance(obj, dict):
        return {k: to_data(v, spans) for k, v in obj.items()}
    return obj


def run(args) -> int:
    try:
        loaded = loader.load(args.file)
    except loader.StoryIOError as e:
        say_error(f"{e}", file=sys.stderr)
        return 2
    if not loaded.ok:
        sys.stderr.write(text_block(loaded.diagnostics, loaded.lines, use_color(sys.stderr)))
        return 1
    json.dump(to_data(loaded.story, args.spans), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0
