"""`forkpaths export`: the page it writes, and that page played in headless Chromium (tests/cdp.py)."""

import json
import os
import re

import pytest

from forkpaths import cli, loader, render, runtime, transcript, web
from forkpaths.diagnostics import has_errors

import cdp
import webjs

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOUR = os.path.join(ROOT, "stories", "tour", "main.story")
BUNDLED = os.path.join(ROOT, "stories", "neither_human", "main.story")
SHOTS = os.environ.get("FORKPATHS_SCREENSHOTS")  # a folder to keep the screenshots in (for looking at them)


def export(tmp_path, *args, name="story.html"):
    out = tmp_path / name
    assert cli.main(["export", *args, "-o", str(out)]) == 0
    return out


# ---------------------------------------------------------------- the file

def test_bundled_page_is_self_contained_and_small(tmp_path, capsys):
    out = export(tmp_path, BUNDLED)
    text = out.read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) <= 500 * 1024
    assert "Wrote" in capsys.readouterr().err
    # nothing that could load anything: no src/href to elsewhere, and a policy that forbids it
    assert not re.search(r"""\b(src|href)\s*=""", text)
    assert "default-src 'none'" in text and "connect-src 'none'" in text
    assert "<title>Neither Human Nor Monster</title>" in text


def test_page_carries_the_compiled_story_deflated(tmp_path):
    import base64
    import zlib
    from forkpaths import format as fmt
    text = export(tmp_path, BUNDLED).read_text(encoding="utf-8")
    data = re.search(r'<script type="application/octet-stream" id="fp-story-data" '
                     r'data-encoding="deflate-base64">([A-Za-z0-9+/=]+)</script>', text).group(1)
    plain = fmt.dumps(loader.load(BUNDLED).story)
    assert zlib.decompress(base64.b64decode(data)).decode("utf-8") == plain
    assert len(data) < len(plain.encode("utf-8")) / 2  # what keeps the page far below 500 KB


def test_export_json_is_the_compiled_story(tmp_path):
    out = export(tmp_path, TOUR, "--json", name="tour.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "forkpaths-story" and data["title"] == "The Lighthouse Tour"


def test_story_text_cannot_break_out_of_the_page(tmp_path):
    story = tmp_path / "main.story"
    story.write_text('title: </script><b>x</b>\n=== a ===\nA </script> <!-- and </style>.\n-> END "e"\n',
                     encoding="utf-8")
    out = export(tmp_path, str(story))
    text = out.read_text(encoding="utf-8")
    assert text.count("</script>") == 4  # the page's own four
    assert "&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;" in text


def test_css_option_replaces_the_stylesheet(tmp_path):
    css = tmp_path / "mine.css"
    css.write_text(".fp-choice { color: rebeccapurple; }\n", encoding="utf-8")
    text = export(tmp_path, TOUR, "--css", str(css)).read_text(encoding="utf-8")
    assert "rebeccapurple" in text and "--fp-accent" not in text


def test_bad_css_and_missing_story_are_usage_errors(tmp_path, capsys):
    assert cli.main(["export", TOUR, "--css", str(tmp_path / "none.css"), "-o", str(tmp_path / "x.html")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert cli.main(["export", str(tmp_path / "none.story"), "-o", str(tmp_path / "x.html")]) == 2
    assert not (tmp_path / "x.html").exists()


def test_lang_exports_the_translation(tmp_path):
    po = tmp_path / "de.po"
    assert cli.main(["strings", TOUR, "-o", str(po)]) == 0
    text = po.read_text(encoding="utf-8")
    text = text.replace('msgid "The Lighthouse Tour"\nmsgstr ""', 'msgid "The Lighthouse Tour"\nmsgstr "Die Leuchtturmtour"')
    po.write_text(text, encoding="utf-8")
    page = export(tmp_path, TOUR, "--lang", str(po)).read_text(encoding="utf-8")
    assert "<title>Die Leuchtturmtour</title>" in page and '<html lang="de">' in page


def test_exporting_again_needs_force(tmp_path, capsys):
    out = export(tmp_path, TOUR)
    out.write_text("old", encoding="utf-8")
    assert cli.main(["export", TOUR, "-o", str(out)]) == 2
    assert "--force replaces it" in capsys.readouterr().err and out.read_text(encoding="utf-8") == "old"
    assert cli.main(["export", TOUR, "-o", str(out), "--force"]) == 0
    assert "<title>The Lighthouse Tour</title>" in out.read_text(encoding="utf-8")


def test_every_asset_ships_in_the_package():
    for name in web.PARTS:
        assert os.path.isfile(os.path.join(web.HERE, name)), name


# ---------------------------------------------------------------- in a real browser

needs_browser = pytest.mark.skipif(cdp.chromium_path() is None,
                                   reason="Chromium is not installed (`apt-get install chromium`): "
                                          "the exported page cannot be opened in a real browser here")


@pytest.fixture(scope="module")
def browser():
    b = cdp.Browser()
    yield b
    b.close()


def shown(b):
    """What the page shows now: the newest passage's paragraphs, the choices (text, enabled), the ending."""
    return b.js("""(() => {
        const last = document.querySelector('.fp-story .fp-new');
        const paras = last ? Array.from(last.querySelectorAll('.fp-para')).map(p => p.textContent) : [];
        const runs = last ? Array.from(last.querySelectorAll('.fp-para')).map(p =>
            Array.from(p.childNodes).map(n => [n.nodeName, n.textContent])) : [];
        const choices = Array.from(document.querySelectorAll('.fp-choice')).map(c => [
            c.querySelector('.fp-choice-text').textContent, !c.disabled,
            c.querySelector('.fp-reason') ? c.querySelector('.fp-reason').textContent : null]);
        const end = document.querySelector('.fp-ending-name');
        const echo = last && last.querySelector('.fp-echo');
        return {paras, runs, choices, ending: end ? end.textContent : null, echo: echo ? echo.textContent : null,
                focused: document.activeElement ? document.activeElement.className : null};
    })()""")


def expected(story, state):
    v = runtime.view(story, state)
    paras = ["".join(t for _, t in render.styled_runs(p)) for p in v.paragraphs]
    choices = [["".join(t for _, t in render.styled_runs(c.text)), c.available,
                None if c.available else (f"(unavailable: {c.reason})" if c.reason else "(unavailable)")]
               for c in v.choices]
    runs = [[[TAGS[style], t] for style, t in render.styled_runs(p)] for p in v.paragraphs]
    return {"paras": paras, "runs": runs, "choices": choices,
            "ending": None if v.ending is None else f"THE END: {v.ending}"}


TAGS = {"bold": "STRONG", "italic": "EM", "": "#text"}  # how the page marks up render.styled_runs
SEEN = ("paras", "runs", "choices", "ending")


def page_url(path, seed):
    return f"file://{path}#seed={seed}&new"


def play_run(b, story, run, keyboard=False):
    """Play a transcript run on the page by clicking (or with number keys); check every step's text."""
    s = runtime.start(story, seed=run.seed)
    got = shown(b)
    assert {k: got[k] for k in SEEN} == expected(story, s)
    for step in run.steps[1:]:
        v = runtime.view(story, s)
        c, _ = transcript.find_choice(v, step.choice)
        k = list(v.choices).index(c)
        if keyboard:
            b.key(str(k + 1), code=f"Digit{k + 1}", text=str(k + 1), vk=49 + k)
        else:
            b.click(".fp-choice", k)
        s = runtime.choose(story, s, c.id)
        b.wait_for(f"document.querySelectorAll('.fp-story .fp-passage').length > 0")
        got = shown(b)
        assert {k_: got[k_] for k_ in SEEN} == expected(story, s), step.line
        # the choice made heads its passage, unless the story prints its words (ink's `lead [menu]`)
        assert got["echo"] == (None if c.lead.strip() else render.strip_markup(c.text)), step.line
        if got["paras"]:
            assert "fp-para" in (got["focused"] or "")  # focus moved to the first new paragraph
    # and every transcript line is on screen (the transcript's own check, on the page's text)
    return s


TRANSCRIPTS = webjs.all_transcripts(ROOT)


@needs_browser
@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda p: os.path.relpath(p, ROOT))
def test_every_transcript_plays_on_the_page_by_clicking(tmp_path, browser, path):
    """Every construct the repository's transcripts use, shown on the page as the runtime says, step by step."""
    t = transcript.read(path)
    loaded = loader.load(t.story)
    if loaded.story is None or has_errors(loaded.diagnostics):
        pytest.skip(f"{t.story} does not load")
    story = loaded.story
    page = export(tmp_path, t.story)
    ready(browser, page_url(page, 0))
    browser.js("localStorage.clear()")
    ended = set()
    for run in t.runs:
        browser.events.clear()
        ready(browser, page_url(page, run.seed))
        s = play_run(browser, story, run)
        if s.ending is not None:
            ended.add(s.ending)
        urls = browser.requests()
        assert all(u.startswith("file://") for u in urls) and len(urls) == 1, urls  # the page itself, nothing else
    if story.endings:  # the endings reached are counted ("3 of 8 endings found")
        assert browser.js("document.querySelector('.fp-endings-found').textContent") == \
            f"{len(ended)} of {len(story.endings)} ending{'s' if len(story.endings) != 1 else ''} found"


@needs_browser
def test_page_plays_a_bundled_story_ending_with_the_keyboard(tmp_path, browser):
    page = export(tmp_path, BUNDLED)
    story = loader.load(BUNDLED).story
    t = transcript.read(os.path.join(ROOT, "stories", "neither_human", "main.transcript"))
    run = t.runs[0]
    browser.events.clear()
    browser.open(page_url(page, run.seed))
    browser.wait_for("document.documentElement.dataset.fpReady === 'true'")
    first = browser.first_text()
    # the target is 1 s (benchmarks/bench_web.py measures it; figures in docs/web.md); this bound is
    # generous because the test machines are shared and loaded
    assert first["in_page"] < 5000 and first["painted"] is not None and first["painted"] < 5000
    s = play_run(browser, story, run, keyboard=True)
    assert s.ending is not None
    assert browser.js("document.querySelector('.fp-endings-found').textContent").endswith("endings found")
    assert len(browser.requests()) == 1


@needs_browser
def test_tab_and_enter_choose_and_undo_restart_and_saves_work(tmp_path, browser):
    page = export(tmp_path, TOUR)
    story = loader.load(TOUR).story
    browser.open(page_url(page, 0))
    browser.wait_for("document.documentElement.dataset.fpReady === 'true'")
    browser.js("localStorage.clear()")
    browser.open(page_url(page, 0))
    browser.wait_for("document.documentElement.dataset.fpReady === 'true'")
    s0 = runtime.start(story, seed=0)
    # Tab from the first paragraph reaches the first choice; Enter takes it
    focused = None
    for _ in range(8):
        browser.key("Tab", vk=9)
        focused = browser.js("document.activeElement.className")
        if "fp-choice" in focused:
            break
    assert "fp-choice" in focused
    browser.key("Enter", vk=13, text="\r")
    s1 = runtime.choose(story, s0, s0.offer[0].id)
    assert shown(browser)["paras"] == expected(story, s1)["paras"]
    # the autosave is a terminal save file
    from forkpaths import saves
    auto = browser.js("localStorage.getItem('forkpaths:the-lighthouse-tour:save:autosave')")
    got = saves.loads(story, auto)
    assert got.state == s1 or saves.to_dict(story, got.state) == saves.to_dict(story, s1)
    # undo goes back to the opening
    browser.click(".fp-undo")
    assert shown(browser)["choices"] == expected(story, s0)["choices"]
    # save in a slot, move on, load it back
    browser.click(".fp-saves-toggle")
    browser.js("document.querySelector('.fp-slot').value = 'mine'")
    browser.click(".fp-save-form button")
    assert "Saved in slot" in browser.js("document.querySelector('.fp-notes').textContent")
    browser.click(".fp-choice", 0)
    browser.click(".fp-slot-load", [r["slot"] for r in slots(browser)].index("mine"))
    assert shown(browser)["choices"] == expected(story, s0)["choices"]
    # restart keeps the game left resumable in a slot
    browser.click(".fp-choice", 0)
    browser.click(".fp-restart")
    assert "before-restart" in [r["slot"] for r in slots(browser)]
    # reload: the page resumes where the reader left off
    browser.click(".fp-choice", 0)
    browser.open(f"file://{page}")
    browser.wait_for("document.documentElement.dataset.fpReady === 'true'")
    assert "where you left off" in browser.js("document.querySelector('.fp-notes').textContent")
    assert shown(browser)["paras"] == expected(story, s1)["paras"]
    assert not browser.js("document.querySelector('.fp-undo').disabled")


def slots(b):
    return b.js("""Array.from(document.querySelectorAll('.fp-slot-row')).map(r => ({
        slot: r.querySelector('.fp-slot-name').textContent}))""")


@needs_browser
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_page_is_readable_at_360_px(tmp_path, browser, dark):
    page = export(tmp_path, BUNDLED)
    browser.open(page_url(page, 1))
    browser.wait_for("document.documentElement.dataset.fpReady === 'true'")
    shot = os.path.join(SHOTS or str(tmp_path), f"page-360-{'dark' if dark else 'light'}.png")
    browser.screenshot(shot, 360, 740, dark)
    try:
        assert os.path.getsize(shot) > 1000
        assert browser.js("document.documentElement.scrollWidth") <= 360  # nothing sticks out sideways
        bg = browser.js("getComputedStyle(document.body).backgroundColor")
        assert (bg == "rgb(22, 23, 27)") == dark
        sizes = browser.js("Array.from(document.querySelectorAll('.fp-choice')).map(c => c.getBoundingClientRect().height)")
        assert sizes and min(sizes) >= 40  # big enough to tap
    finally:
        browser.call("Emulation.clearDeviceMetricsOverride")
        browser.call("Emulation.setEmulatedMedia", features=[])


def ready(b, url):
    b.open(url)
    b.wait_for("document.documentElement.dataset.fpReady === 'true'")


def opened(tmp_path, b, path, seed, *args):
    """Export a story, open its page with a seed -> (page, story, the runtime's opening state)."""
    page = export(tmp_path, path, *args)
    ready(b, page_url(page, seed))
    story = loader.load(path).story
    return page, story, runtime.start(story, seed=seed)


@needs_browser
def test_reader_sees_title_author_and_emphasis(tmp_path, browser):
    page = export(tmp_path, BUNDLED)
    story = loader.load(BUNDLED).story
    ready(browser, page_url(page, 1))
    got = browser.js("""({title: document.title, h1: document.querySelector('h1.fp-title').textContent,
        author: document.querySelector('.fp-author').textContent,
        marked: Array.from(document.querySelectorAll('.fp-new .fp-para strong, .fp-new .fp-para em'))
            .map(e => [e.tagName, e.textContent])})""")
    assert got["title"] == got["h1"] == story.title
    assert got["author"] == f"by {story.author}"
    runs = expected(story, runtime.start(story, seed=1))["runs"]
    marked = [r for para in runs for r in para if r[0] != "#text"]
    assert marked and got["marked"] == marked  # the opening's **bold** and _italic_, as strong and em


def ax_nodes(b):
    """The accessibility tree as a screen reader gets it: id -> (role, name, properties, parent id)."""
    b.call("Accessibility.enable")
    out = {}
    for n in b.call("Accessibility.getFullAXTree")["nodes"]:
        props = {p["name"]: p["value"].get("value") for p in n.get("properties", [])}
        out[n["nodeId"]] = (n.get("role", {}).get("value"), n.get("name", {}).get("value"), props, n.get("parentId"))
    return out


@needs_browser
def test_page_says_where_the_reader_is_as_the_terminal_does(tmp_path, browser):
    page, story, s = opened(tmp_path, browser, TOUR, 0)
    for k in (0, 0):
        scene = story.scene_map[s.scene]
        want = " \u00b7 ".join(x for x in (scene.tag("chapter"), scene.title) if x)
        assert browser.js("document.querySelector('.fp-where').textContent") == want
        browser.click(".fp-choice", k)
        s = runtime.choose(story, s, runtime.view(story, s).choices[k].id)
    assert want  # the tour's opening has a chapter and a title
    assert browser.js("document.querySelector('.fp-toolbar').lang") == "en"  # the player's words are English


WEAVE = """title: W
start: hall

=== hall "The Hall" === #chapter: One
You stand in the hall.
* [Go in]
    You go in.
    * * [Deeper] -> END "Deep"
    * * [Back out]
    - - You wait.
- Later.
-> END "Out"
"""


@needs_browser
def test_inside_a_weave_the_page_and_the_terminal_say_the_scene_it_belongs_to(tmp_path, browser):
    from forkpaths.repl.session import Session
    path = tmp_path / "main.story"
    path.write_text(WEAVE, encoding="utf-8")
    page, story, s = opened(tmp_path, browser, str(path), 0)
    browser.click(".fp-choice", 0)
    s = runtime.choose(story, s, runtime.available(story, s)[0])
    assert s.scene != "hall" and story.owner(s.scene) == "hall"  # a part of the scene's weave
    assert browser.js("document.querySelector('.fp-where').textContent") == "One \u00b7 The Hall"
    session = Session(story, str(path), seed=0, save_dir=str(tmp_path / "saves"), autosave=False)
    session.begin()
    session.handle("1")
    assert session.toolbar()[1] == "One \u00b7 The Hall"


@needs_browser
def test_screen_reader_hears_new_text_in_a_live_region_and_lands_on_it(tmp_path, browser):
    page, story, s0 = opened(tmp_path, browser, TOUR, 1)
    nodes = ax_nodes(browser)
    buttons = {name: props for role, name, props, _ in nodes.values() if role == "button"}
    # every choice is a button, numbered; the unavailable one says why and is disabled
    for k, c in enumerate(runtime.view(story, s0).choices):
        name = f"{k + 1}. {c.text}" + ("" if c.available else f" (unavailable: {c.reason})")
        assert name in buttons, (name, list(buttons))
        assert bool(buttons[name].get("disabled")) == (not c.available)
    browser.key("2", code="Digit2", text="2", vk=50)
    s1 = runtime.choose(story, s0, runtime.view(story, s0).choices[1].id)
    nodes = ax_nodes(browser)
    focused = [(nid, n) for nid, n in nodes.items() if n[2].get("focused") and n[0] != "RootWebArea"]
    assert len(focused) == 1
    nid, (role, name, _, parent) = focused[0]
    assert role == "paragraph" and name == runtime.view(story, s1).paragraphs[0]
    while parent is not None and nodes[parent][2].get("live") is None:
        parent = nodes[parent][3]
    assert parent is not None and nodes[parent][2]["live"] == "polite"  # it is announced as it appears
    assert "additions" in nodes[parent][2]["relevant"]


@needs_browser
def test_endings_found_are_counted_in_this_browser(tmp_path, browser):
    page = export(tmp_path, TOUR)
    story = loader.load(TOUR).story
    total = len(story.endings)
    ready(browser, page_url(page, 0))
    browser.js("localStorage.clear()")
    t = transcript.read(os.path.join(ROOT, "stories", "tour", "main.transcript"))
    found = []
    for run in t.runs:
        ready(browser, page_url(page, run.seed))
        assert browser.js("document.querySelector('.fp-endings-found').textContent") == \
            f"{len(found)} of {total} endings found"
        s = play_run(browser, story, run)
        if s.ending is not None and s.ending not in found:
            found.append(s.ending)
        if s.ending is not None:
            assert browser.js("document.querySelector('.fp-endings-count').textContent") == \
                f"{len(found)} of {total} endings found in this browser."
        assert browser.js("document.querySelector('.fp-endings-found').textContent") == \
            f"{len(found)} of {total} endings found"
    assert len(found) >= 2  # the count went up more than once


@needs_browser
def test_restart_keeps_the_game_left_resumable(tmp_path, browser):
    page = export(tmp_path, TOUR)
    story = loader.load(TOUR).story
    ready(browser, page_url(page, 5))
    browser.js("localStorage.clear()")
    ready(browser, page_url(page, 5))
    s = runtime.start(story, seed=5)
    for k in (1, 0):  # wait on the beach, then climb the stairs
        browser.click(".fp-choice", k)
        s = runtime.choose(story, s, runtime.view(story, s).choices[k].id)
    browser.click(".fp-restart")
    assert "before-restart" in browser.js("document.querySelector('.fp-notes').textContent")
    assert shown(browser)["choices"] == expected(story, runtime.start(story, seed=5))["choices"]
    browser.click(".fp-saves-toggle")
    browser.click(".fp-slot-load", [r["slot"] for r in slots(browser)].index("before-restart"))
    got = shown(browser)
    assert {k: got[k] for k in SEEN} == expected(story, s)  # back in the game left, where it was
    from forkpaths import saves
    kept = browser.js("localStorage.getItem('forkpaths:the-lighthouse-tour:save:before-restart')")
    assert saves.to_dict(story, saves.loads(story, kept).state) == saves.to_dict(story, s)


@needs_browser
def test_own_stylesheet_changes_the_look_not_the_play(tmp_path, browser):
    css = tmp_path / "mine.css"
    css.write_text(".fp-choice { color: rebeccapurple; border: 3px solid rebeccapurple; }\n"
                   "body { background: rgb(1, 2, 3); }\n", encoding="utf-8")
    page, story, s = opened(tmp_path, browser, TOUR, 2, "--css", str(css))
    assert browser.js("getComputedStyle(document.querySelector('.fp-choice')).color") == "rgb(102, 51, 153)"
    assert browser.js("getComputedStyle(document.body).backgroundColor") == "rgb(1, 2, 3)"
    browser.click(".fp-choice", 0)
    s = runtime.choose(story, s, runtime.view(story, s).choices[0].id)
    got = shown(browser)
    assert {k: got[k] for k in SEEN} == expected(story, s)


@needs_browser
def test_translated_page_plays_in_the_translation(tmp_path, browser):
    po = tmp_path / "de.po"
    assert cli.main(["strings", TOUR, "-o", str(po)]) == 0
    de = {"The Lighthouse Tour": "Die Leuchtturmtour",
          "You carry {oil} {flask_word(oil)} of oil. The climb is {STEPS} flights of stairs.":
              "Du trägst {oil} Flaschen Öl. Der Aufstieg sind {STEPS} Treppen.",
          "Climb the stairs": "Die Treppe hinaufsteigen",
          "You need more oil first.": "Du brauchst erst mehr Öl."}
    text = po.read_text(encoding="utf-8")
    from forkpaths.i18n import po_field
    for en, tr in de.items():
        text = text.replace(f'{po_field("msgid", en)}\nmsgstr ""', f'{po_field("msgid", en)}\nmsgstr "{tr}"')
    po.write_text(text, encoding="utf-8")
    page = export(tmp_path, TOUR, "--lang", str(po))
    ready(browser, page_url(page, 0))
    got = shown(browser)
    assert browser.js("document.querySelector('h1').textContent") == "Die Leuchtturmtour"
    assert browser.js("document.documentElement.lang") == "de"
    assert "Du trägst 2 Flaschen Öl. Der Aufstieg sind 3 Treppen." in got["paras"]
    assert ["Die Treppe hinaufsteigen", True, None] in got["choices"]
    assert any(c[2] == "(unavailable: Du brauchst erst mehr Öl.)" for c in got["choices"])
    browser.click(".fp-choice", 0)
    assert "Die Treppe hinaufsteigen" in browser.js("document.querySelector('.fp-new .fp-echo').textContent")


LONG = """title: Antidisestablishmentarianismforeverandevermoreandmore in the Long Run
author: Someone With A Rather Long Name
start: a

=== a ===
A word: Pneumonoultramicroscopicsilicovolcanoconiosisandthensomemorelettersto. **Bold** and _italic_.
* [Supercalifragilisticexpialidociousandthensomemorelettersaaaaaaaaa] -> a
* {false else "Areasonthatisverylongwithoutanyspacesatallthatshouldstillwrapnicely"} [No] -> a
* [End] -> END "Thisendingnameisveryveryveryverylongwithoutspacesatallokay"
"""


@needs_browser
def test_long_words_never_push_the_page_sideways_at_360_px(tmp_path, browser):
    story = tmp_path / "main.story"
    story.write_text(LONG, encoding="utf-8")
    page = export(tmp_path, str(story))
    browser.call("Emulation.setDeviceMetricsOverride", width=360, height=740, deviceScaleFactor=1, mobile=True)
    try:
        ready(browser, page_url(page, 0))
        width = "document.documentElement.scrollWidth"
        assert browser.js(width) <= 360
        browser.click(".fp-saves-toggle")
        browser.js("document.querySelector('.fp-slot').value = 'a'.repeat(64)")
        browser.click(".fp-save-form button")  # a 64-character slot name, in the list and in the note
        assert browser.js(width) <= 360
        browser.click(".fp-saves-toggle")
        browser.click(".fp-choice", 2)
        assert browser.js("document.querySelector('.fp-ending-name') !== null") and browser.js(width) <= 360
    finally:
        browser.call("Emulation.clearDeviceMetricsOverride")


@needs_browser
def test_an_edited_story_carries_the_readers_autosave_over(tmp_path, browser):
    """The author exports an edited story over the page; a reader opening it again keeps their place."""
    folder = tmp_path / "story"
    folder.mkdir()
    for name in os.listdir(os.path.dirname(TOUR)):
        if name.endswith(".story"):
            (folder / name).write_text(open(os.path.join(os.path.dirname(TOUR), name), encoding="utf-8").read(),
                                       encoding="utf-8")
    main = folder / "main.story"
    page = tmp_path / "page.html"

    def publish(edit=None):
        if edit:
            main.write_text(edit(main.read_text(encoding="utf-8")), encoding="utf-8")
        assert cli.main(["export", str(main), "-o", str(page), "--force"]) == 0
        return loader.load(str(main)).story

    old = publish()
    ready(browser, page_url(page, 3))
    browser.js("localStorage.clear()")
    ready(browser, page_url(page, 3))
    browser.click(".fp-choice", 0)  # climb the stairs
    s0 = runtime.start(old, seed=3)
    s = runtime.choose(old, s0, runtime.view(old, s0).choices[0].id)
    # a new variable: the place is kept, and the reader is told
    new = publish(lambda t: t.replace('var name = "traveller"', 'var name = "traveller"\nvar coins = 7'))
    ready(browser, f"file://{page}")
    notes = browser.js("document.querySelector('.fp-notes').textContent")
    assert "your place is kept" in notes and "New variable `coins` starts at 7." in notes
    got = shown(browser)
    assert got["paras"] == expected(new, s)["paras"]
    # the scene the reader stands in is renamed: the place is lost, the recorded choices replay
    newer = publish(lambda t: t.replace("=== stairs ", "=== staircase ").replace("-> stairs", "-> staircase")
                    .replace("visits(stairs)", "visits(staircase)"))
    ready(browser, f"file://{page}")
    assert "the scene `stairs` where this save stands is no longer in the story" in \
        browser.js("document.querySelector('.fp-notes').textContent")
    assert browser.js("document.activeElement.className") == "fp-replay"
    browser.key("Enter", vk=13, text="\r")
    assert "Replayed 1 of 1 choice." in browser.js("document.querySelector('.fp-notes').textContent")
    s2 = runtime.start(newer, seed=3)
    s2 = runtime.choose(newer, s2, runtime.view(newer, s2).choices[0].id)
    got = shown(browser)
    assert {k: got[k] for k in SEEN} == expected(newer, s2) and s2.scene == "staircase"


NO_STORAGE = """Object.defineProperty(window, 'localStorage', {configurable: true,
    get() { throw new DOMException('The operation is insecure.', 'SecurityError'); }});"""


@needs_browser
def test_page_plays_where_the_browser_keeps_no_storage(tmp_path, browser):
    """Some privacy modes refuse storage to local files: the page plays on and says it cannot save."""
    script = browser.call("Page.addScriptToEvaluateOnNewDocument", source=NO_STORAGE)["identifier"]
    try:
        page, story, s = opened(tmp_path, browser, TOUR, 0)
        browser.click(".fp-choice", 0)
        s = runtime.choose(story, s, runtime.view(story, s).choices[0].id)
        got = shown(browser)
        assert {k: got[k] for k in SEEN} == expected(story, s)
        assert "Autosave failed: this browser keeps no saves for this page." in \
            browser.js("document.querySelector('.fp-notes').textContent")
        browser.click(".fp-saves-toggle")
        assert browser.js("document.querySelector('.fp-slots').textContent") == \
            "This browser keeps no saves for this page."
        browser.click(".fp-undo")
        assert shown(browser)["choices"] == expected(story, runtime.start(story, seed=0))["choices"]
    finally:
        browser.call("Page.removeScriptToEvaluateOnNewDocument", identifier=script)


@needs_browser
def test_an_old_browser_is_told_what_the_page_needs(tmp_path, browser):
    page = export(tmp_path, TOUR)
    script = browser.call("Page.addScriptToEvaluateOnNewDocument",
                          source="delete window.DecompressionStream;")["identifier"]
    try:
        browser.open(page_url(page, 0))
        browser.wait_for("document.querySelector('.fp-error') !== null")
        assert "needs a newer browser" in browser.js("document.querySelector('.fp-error').textContent")
    finally:
        browser.call("Page.removeScriptToEvaluateOnNewDocument", identifier=script)


EXTERNAL = os.path.join(ROOT, "tests", "data", "features", "external.story")
HOSTS = """window.heard = [];
window.ForkingPathsHosts = {
  multiply: (x, y) => x * y,                      // ints arrive as BigInt
  play_sound: (name) => { window.heard.push(name); },
  nowhere: () => 1,                               // not a function of the story
};"""


@needs_browser
def test_own_script_binds_the_storys_external_functions(tmp_path, browser):
    js = tmp_path / "hosts.js"
    js.write_text(HOSTS, encoding="utf-8")
    page = export(tmp_path, EXTERNAL, "--js", str(js))
    ready(browser, page_url(page, 0))
    assert shown(browser)["paras"] == ["Three times four is 12."]  # the page's multiply, not the fallback's 1
    assert "`nowhere` is not an external function of the story" in \
        browser.js("document.querySelector('.fp-notes').textContent")
    browser.click(".fp-choice", 0)  # hit the anvil: the page's play_sound runs instead of the fallback body
    assert browser.js("window.heard") == ["whack"]
    assert shown(browser)["paras"][0] == "Whack. 0 sounds so far."
    # without --js the fallbacks play, as in the terminal
    plain = export(tmp_path, EXTERNAL, name="plain.html")
    ready(browser, page_url(plain, 0))
    assert shown(browser)["paras"] == ["Three times four is 1."]


def test_a_script_that_would_break_the_page_is_refused(tmp_path, capsys):
    js = tmp_path / "bad.js"
    for text in ("let a = '</script>';", "<!-- old -->"):
        js.write_text(text, encoding="utf-8")
        assert cli.main(["export", EXTERNAL, "--js", str(js), "-o", str(tmp_path / "x.html")]) == 2
        assert "bad.js: contains" in capsys.readouterr().err
    assert cli.main(["export", EXTERNAL, "--js", str(tmp_path / "none.js"), "-o", str(tmp_path / "x.html")]) == 2
    assert "no such file" in capsys.readouterr().err and not (tmp_path / "x.html").exists()


LISTEN = """window.seen = [];
document.addEventListener("forkpaths:step", (e) => window.seen.push(e.detail));"""


@needs_browser
def test_the_pages_scripts_hear_every_step_with_its_tags(tmp_path, browser):
    js = tmp_path / "listen.js"
    js.write_text(LISTEN, encoding="utf-8")
    page, story, s = opened(tmp_path, browser, TOUR, 0, "--js", str(js))
    browser.click(".fp-choice", 0)
    s1 = runtime.choose(story, s, runtime.view(story, s).choices[0].id)
    browser.click(".fp-undo")
    seen = browser.js("window.seen")
    assert [x["how"] for x in seen] == ["start", "choice", "undo"]
    for got, state in zip(seen, (s, s1, s)):
        v = runtime.view(story, state)
        assert got["scene"] == v.scene and got["paragraphs"] == list(v.paragraphs)
        assert got["sceneTags"] == [list(t) for t in v.tags]
        assert [c["id"] for c in got["choices"]] == [c.id for c in v.choices]
        assert len(got["lineTags"]) == len(v.paragraphs)
    # a scene's tags mark its passages, for stylesheets: `#mood: calm` is .fp-tag-mood[data-tag-mood="calm"]
    assert ("mood", "calm") in runtime.view(story, s).tags
    assert browser.js("document.querySelector('.fp-new').matches('.fp-tag-mood[data-tag-mood=\"calm\"]')")


TAGGED = os.path.join(ROOT, "tests", "data", "ink", "tags.story")


@needs_browser
def test_line_and_choice_tags_mark_the_page_and_reach_its_scripts(tmp_path, browser):
    js = tmp_path / "listen.js"
    js.write_text(LISTEN, encoding="utf-8")
    page, story, s = opened(tmp_path, browser, TAGGED, 0, "--js", str(js))
    v = runtime.view(story, s)
    assert v.line_tags[0] and any(c.tags for c in v.choices)  # the story tags a paragraph and its choices
    marks = browser.js("""({
        paras: Array.from(document.querySelectorAll('.fp-new .fp-para')).map(p => [p.className,
            Array.from(p.attributes).filter(a => a.name.startsWith('data-tag-')).map(a => [a.name, a.value])]),
        choices: Array.from(document.querySelectorAll('.fp-choice')).map(b => [b.className,
            Array.from(b.attributes).filter(a => a.name.startsWith('data-tag-')).map(a => [a.name, a.value])])})""")

    def want(cls, tags):
        names = ["colour-it-blue" if k == "colour it blue" else k for k, _ in tags]
        return [" ".join([cls] + [f"fp-tag-{n}" for n in names]), [[f"data-tag-{n}", v or ""] for n, (_, v) in
                                                                   zip(names, tags)]]

    assert marks["paras"] == [want("fp-para", t) for t in v.line_tags]
    assert marks["choices"] == [want("fp-choice", c.tags) for c in v.choices]
    assert browser.js("window.seen[0].lineTags") == [[list(t) for t in tags] for tags in v.line_tags]
    assert browser.js("window.seen[0].choices.map(c => c.tags)") == [[list(t) for t in c.tags] for c in v.choices]
    assert "#" not in "".join(shown(browser)["paras"][0])  # tags are not shown
