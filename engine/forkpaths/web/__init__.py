"""The reader's page: one self-contained HTML file (runtime, styles, story) that plays a compiled story offline."""

from __future__ import annotations

import base64
import html
import os
import re
import zlib

from .. import __version__
from .. import format as fmt
from .. import model as m

HERE = os.path.dirname(os.path.abspath(__file__))
PARTS = ("page.html", "page.css", "runtime.js", "saves.js", "page.js")


def asset(name: str) -> str:
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read()


def _script_safe(text: str) -> str:
    """Text that cannot end the <script>/<style> element it sits in."""
    return text.replace("</", "<\\/")


def story_data(story: m.Story) -> str:
    """The compiled story as the page carries it: its JSON deflated (zlib), in base64 (safe inside <script>)."""
    return base64.b64encode(zlib.compress(fmt.dumps(story).encode("utf-8"), 9)).decode("ascii")


def script_problem(js: str) -> str | None:
    """Why an author's script cannot sit inside the page's <script> element, or None."""
    low = js.lower()
    if "</script" in low:
        return "contains `</script`, which would end the page's script early"
    if "<!--" in low:
        return "contains `<!--`, which changes how a browser reads the page's script"
    return None


def build_page(story: m.Story, css: str | None = None, lang: str = "en", js: str | None = None) -> str:
    """The whole page as text; `css` replaces the default stylesheet; `js` runs before the story starts."""
    style = asset("page.css") if css is None else css
    if "</style" in style.lower():
        raise ValueError("the stylesheet contains `</style`, which would end it early")
    if js is not None and script_problem(js):
        raise ValueError(f"the script {script_problem(js)}")
    author = (f'<p class="fp-author">by {html.escape(story.author)}</p>' if story.author else "")
    fill = {
        "@LANG@": html.escape(lang, quote=True),
        "@VERSION@": html.escape(__version__),
        "@TITLE@": html.escape(story.title),
        "@AUTHOR@": author,
        "@CSS@": style,
        "@STORY@": story_data(story),
        "@RUNTIME@": _script_safe(asset("runtime.js")),
        "@SAVES@": _script_safe(asset("saves.js")),
        "@PAGE@": _script_safe(asset("page.js")),
        "@HOST@": "" if js is None else f"<script>\n{js}\n</script>\n",
    }
    page = asset("page.html")
    out, pos = [], 0
    # one pass, so text filled in is never searched for markers again
    for mt in re.finditer("|".join(re.escape(k) for k in fill), page):
        out.append(page[pos:mt.start()])
        out.append(fill[mt.group(0)])
        pos = mt.end()
    out.append(page[pos:])
    return "".join(out)
