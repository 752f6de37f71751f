"""`forkpaths strings`: extract every reader-visible string with a stable id, as a gettext .po template or CSV."""

from __future__ import annotations

from .. import i18n, loader
from ._load import add_story_argument, emit, story_or_report

HELP = "extract everything a reader sees, paragraph by paragraph, for translation (.po template or CSV)"
DESCRIPTION = """Extract every paragraph of prose, choice text, unavailable-choice reason,
scene title, ending name, the story title and every string value the story
may print (what functions return, temporaries), each with a stable id (msgctxt)
and its source position, as a gettext .po template (what translators' tools
such as Poedit, Weblate or msgmerge read) or as CSV.

A paragraph is one unit however many source lines it spans, in source form:
translators keep the {...} expressions, translate the words inside conditions
and alternatives, and keep **bold** and _italic_ markers around the words
they belong to. Play a translation
with `forkpaths play STORY --lang FILE.po`; entries left empty fall back to
the source text. See docs/strings.md.

STORY is a .story file (or a folder holding one story); without it, stories/
if it exists, else the story file of the current folder.
Exit status: 0 written, 1 story errors, 2 usage or I/O errors.

examples:
  forkpaths strings stories/tour/main.story -o tour.pot
  msginit -i tour.pot -l de -o de.po        (then translate de.po)
  forkpaths strings stories/tour/main.story --format csv"""


def add_arguments(p):
    add_story_argument(p)
    p.add_argument("--format", choices=("po", "csv"), default="po", help="output format (default: po)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists (never a .story file)")


def run(args) -> int:
    story, code = story_or_report(args.story)
    if story is None:
        return code
    entries = i18n.extract(story)
    if args.format == "csv":
        text = i18n.write_csv(entries)
    else:
        text = i18n.write_po(entries, story.title, loader.display_path(story.files[0]) if story.files else "")
    return emit(text, args.output, args.force)
