"""`forkpaths export`: write a story as one self-contained HTML page that plays it in any browser, offline."""

from __future__ import annotations

import os
import sys
from ..printable import say_error

HELP = "write a story as one HTML page that plays it in a browser"
DESCRIPTION = """Write STORY as a single HTML file with everything inside (the story, its
player, its styles): no network request of any kind, so the file can be
uploaded anywhere or sent as an attachment, and plays offline. The page plays
the story exactly as `forkpaths play` does, with undo, restart, save slots, an
autosave and the endings found, kept in the browser.

examples:
  forkpaths export stories/tour -o tour.html
  forkpaths export my.story -o my.html --css my-style.css
  forkpaths export my.story -o my-de.html --lang de.po
  forkpaths export my.story -o my.html --js hosts.js  # bind the story's external functions
  forkpaths export my.story --json -o my.json      # the compiled story only (docs/format.md)
  forkpaths export my.story -o my.html --force     # replace the page written before"""


def add_arguments(p):
    p.add_argument("story", nargs="?", metavar="STORY", help=".story file or folder (default: the bundled story)")
    p.add_argument("-o", "--output", metavar="FILE", help="where to write the page (`-` for standard output; "
                   "default: the story's title, slugged, with .html, in the current folder)")
    p.add_argument("--css", metavar="FILE", help="use this stylesheet instead of the default one (see docs/web.md)")
    p.add_argument("--lang", metavar="FILE.po", help="export a translation (a gettext .po file)")
    p.add_argument("--js", metavar="FILE", help="a script of yours, run before the story starts: it can bind "
                   "the story's external functions (window.ForkingPathsHosts, see docs/web.md)")
    p.add_argument("--json", action="store_true", help="write the compiled story (JSON) instead of a page")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists (never a .story file)")


def _read_text(path: str, what: str = "stylesheet"):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read(), None
    except FileNotFoundError:
        return None, f"{path}: no such file"
    except IsADirectoryError:
        return None, f"{path}: is a folder, not a {what}"
    except UnicodeDecodeError:
        return None, f"{path}: is not UTF-8 text"
    except OSError as e:
        return None, f"{path}: {e.strerror or e}"


def run(args) -> int:
    from .. import format as fmt
    from .. import web
    from ..saves import slug
    from ._load import emit
    from .play import _story

    css = None
    if args.css:
        css, why = _read_text(args.css)
        if css is None:
            say_error(f"{why}", file=sys.stderr)
            return 2
        if "</style" in css.lower():
            say_error(f"{args.css}: contains `</style`, which would end the page's stylesheet early",
                  file=sys.stderr)
            return 2
    js = None
    if args.js:
        js, why = _read_text(args.js, "script")
        if js is None:
            say_error(f"{why}", file=sys.stderr)
            return 2
        if web.script_problem(js):
            say_error(f"{args.js}: {web.script_problem(js)}", file=sys.stderr)
            return 2
    story, path = _story(args)
    if story is None:
        return path
    try:
        if args.json:
            text = fmt.dumps(story) + "\n"
        else:
            lang = "en"
            if args.lang:
                stem = os.path.splitext(os.path.basename(args.lang))[0]
                lang = stem if stem.replace("-", "").replace("_", "").isalnum() and len(stem) <= 35 else "und"
                lang = lang.replace("_", "-")
            text = web.build_page(story, css=css, lang=lang, js=js)
    except fmt.FormatError as e:
        say_error(f"{e}", file=sys.stderr)
        return 1
    output = args.output or (slug(story.title) + (".json" if args.json else ".html"))
    code = emit(text, output, args.force)
    if code == 0 and output != "-":
        size = len(text.encode("utf-8"))
        print(f"Wrote {output} ({size / 1024:,.0f} KB): open it in a browser to play \u201c{story.title}\u201d.",
              file=sys.stderr)
    return code
