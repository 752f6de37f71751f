"""Translation: `forkpaths strings` extraction, stable ids, the .po reader/writer, applying a translation."""

import csv
import io
import os
import re
import shutil
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forkpaths import cli, i18n, loader, runtime, unparse
from forkpaths import model as m
from forkpaths.render import plain_lines, strip_markup

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(HERE, "data", "tooling")
TINY = os.path.join(DATA, "tiny", "main.story")
DE = os.path.join(DATA, "strings", "de.po")
TOUR = os.path.join(ROOT, "stories", "tour", "main.story")


def load(path=TINY, text=None):
    loaded = loader.load(path, text)
    assert loaded.ok, [str(d) for d in loaded.diagnostics]
    return loaded.story


def ids(story):
    return {e.id: e for e in i18n.extract(story)}


# ---------------------------------------------------------------- extraction

def test_every_visible_string_is_extracted_with_its_position():
    got = ids(load())
    assert got["story.title"].text == "Tiny"
    assert got["hall.title"].text == "The Hall"
    para = got["hall.p.0d4945"]  # a paragraph of two source lines is one unit, at its first line
    assert (para.text, para.line, para.column, para.context) == (
        "A cold hall. You have {gold} gold, {name}. {gold > 1: You feel rich.|You feel poor.}", 8, 1, "prose")
    assert para.file.endswith("tiny/main.story")
    assert got["hall.open_the_gold_door.reason"].text == "It is locked tight."
    assert got["hall.wait.text"].context == "choice"
    assert got["ending.sleep"].context == "ending" and got["red.sleep.text"].text == "Sleep"
    assert got["blue.p.91f6ac"].text == "A blue room. The dice say {random(1, 6)}."
    assert len(got) == len(i18n.extract(load()))  # ids are unique


def test_ids_survive_unrelated_edits():
    with open(TINY, encoding="utf-8") as f:
        text = f.read()
    before = ids(load())
    edited = text.replace("A cold hall.", "A draught blows.\n\nA cold hall.", 1)
    edited = edited.replace("A red room.", "A crimson room.", 1)
    after = ids(load(TINY, edited))
    # lines added above others in the same scene, a line changed elsewhere: the rest keep their ids
    for key in ("hall.p.0d4945", "hall.wait.text", "blue.p.91f6ac", "ending.blue"):
        assert after[key].text == before[key].text
    assert "red.p.7cdf91" not in after  # the changed line has a new id (its text changed)


def test_a_repeated_line_gets_a_numbered_id():
    story = load(TINY, "=== a ===\nSame.\n* [x]\n    Same.\n    -> a\n* [y]\n    Other.\n    Same.\n    Same.\n"
                       "    -> END \"e\"\n")
    got = [e.id for e in i18n.extract(story) if e.context == "prose"]
    assert got == [f"a.p.{i18n.short_hash('Same.')}", f"a.x.p.{i18n.short_hash('Same.')}",
                   f"a.y.p.{i18n.short_hash('Other. Same. Same.')}"]  # one paragraph of three lines
    story = load(TINY, "=== a ===\nSame.\n* [x]\n    Same.\n    -> a\n* [y]\n    Other.\n\n    Same.\n\n    Same.\n"
                       "    -> END \"e\"\n")
    got = [e.id for e in i18n.extract(story) if e.context == "prose"]
    h = i18n.short_hash("Same.")
    assert got == [f"a.p.{h}", f"a.x.p.{h}", f"a.y.p.{i18n.short_hash('Other.')}", f"a.y.p.{h}", f"a.y.p.{h}.2"]


def test_prose_source_form_keeps_logic_and_trims_space():
    story = load(TINY, 'var x = 1\n=== a ===\n~ x += 1\nYou   see {x}  and {x > 1: many {x}|none}. \\{literal\\}  \n'
                       '{~ Tick.|Tock.} {visits(a) * -2} {(x + 1) * 2}\n-> END "e"\n')
    texts = [e.text for e in i18n.extract(story) if e.context == "prose"]
    assert texts == ["You see {x} and {x > 1: many {x}|none}. \\{literal\\} "
                     "{~ Tick.|Tock.} {visits(a) * -2} {(x + 1) * 2}"]


@settings(max_examples=200)
@given(st.recursive(
    st.sampled_from(["1", "x", "turn", "visits(a)", "true", '"s"']),
    lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from(["+", "-", "*", "/", "%", "==", "<", "and", "or"]), inner).map(
            lambda t: f"({t[0]} {t[1]} {t[2]})"),
        inner.map(lambda e: f"(not {e})"), inner.map(lambda e: f"(-{e})"),
        st.tuples(inner, inner).map(lambda t: f"random({t[0]}, {t[1]})")),
    max_leaves=8))
def test_unparsed_expressions_parse_back_the_same(source):
    from forkpaths.formatter import parse_meaning
    text = f"=== a ===\n{{{source}}}\n-> END \"e\"\n"
    want, _, _ = parse_meaning(text)
    assert want is not None
    from forkpaths import parser, source as src_mod
    parsed, _ = parser.parse_source(src_mod.decode("t", text.encode())[0])
    expr = parsed.scenes[0].body[0].parts[0].expr
    again, _, _ = parse_meaning(f"=== a ===\n{{{unparse.expr(expr)}}}\n-> END \"e\"\n")
    assert again == want


BUNDLED = os.path.join(ROOT, "stories", "neither_human", "main.story")
# A unit ends a sentence when, past any closing quotes, brackets, `_`/`**` markup and `}` of inline
# logic (whose last branch then ends the text), its last character is terminal punctuation.
SENTENCE_END = re.compile(r"""[.!?…](?:["'”’)\]_*}])*$""")


def test_no_prose_unit_of_the_bundled_story_ends_mid_sentence():
    story = load(BUNDLED)
    prose = [e for e in i18n.extract(story) if e.context == "prose"]
    lines = sum(1 for sc in story.scenes for _ in _prose_lines(sc))
    heading = re.compile(r"^\\?\*\*[^*]+\*\*$")  # a chapter title, set in bold on its own line
    # a sentence may run on across glue (`<>` before an {if} or a divert): the unit then says
    # so to the translator, and only then may it stop short of a sentence's end
    mid = [f"{e.file}:{e.line}: ...{e.text[-40:]}" for e in prose
           if not SENTENCE_END.search(e.text) and not heading.match(e.text) and "to the text after it" not in e.note]
    assert mid == []
    assert any("joined by `<>` to the text after it" in e.note for e in prose)  # the story uses glue in earnest
    assert 400 < len(prose) < lines  # paragraphs, not source lines (1,243 of those)
    assert not [e for e in prose if e.text[:1].islower() and "the text before it" not in e.note]  # nor starts one


def _prose_lines(node):
    for attr in ("body", "choices", "branches"):
        for x in getattr(node, attr, ()):
            if isinstance(x, m.Prose):
                yield x
            else:
                yield from _prose_lines(x)


def test_a_paragraph_translation_replaces_all_its_lines_and_keeps_statement_indices():
    story = load()
    (para,) = [e for e in i18n.extract(story) if e.id.startswith("hall.p.")]
    po = (f"msgctxt {i18n.po_quote(para.id)}\nmsgid {i18n.po_quote(para.text)}\n"
          f'msgstr "{{gold > 1: Reich.|Arm.}} Eine kalte Halle, {{name}}: {{gold}} Gold."\n')
    new, problems = i18n.translate(story, i18n.Catalog(i18n.read_po(po)))
    assert problems == []
    assert runtime.view(new, runtime.start(new)).paragraphs == ("Arm. Eine kalte Halle, you: 1 Gold.",)
    assert len(new.scene("hall").body) == len(story.scene("hall").body)  # saves address statements


def test_an_older_per_line_template_still_applies_and_is_reported(tmp_path):
    # the line-era template of the tiny story: translating the first line only
    story = load()
    old = ('msgctxt "hall.p.143df4"\nmsgid "A cold hall. You have {gold} gold, {name}."\n'
           'msgstr "Eine kalte Halle. {name}, du hast {gold} Gold."\n')
    new, problems = i18n.translate(story, i18n.Catalog(i18n.read_po(old)))
    assert runtime.view(new, runtime.start(new)).paragraphs == (
        "Eine kalte Halle. you, du hast 1 Gold. You feel poor.",)
    assert len(problems) == 1 and problems[0].startswith("1 translation (first: hall.p.143df4) translates one "
                                                         "source line of a longer paragraph")
    # a paragraph entry wins over line entries for the same paragraph
    para = ids(story)["hall.p.0d4945"]
    both = old + f"\nmsgctxt {i18n.po_quote(para.id)}\nmsgid {i18n.po_quote(para.text)}\nmsgstr \"Halle.\"\n"
    new, problems = i18n.translate(story, i18n.Catalog(i18n.read_po(both)))
    assert runtime.view(new, runtime.start(new)).paragraphs == ("Halle.",) and problems == []


def test_round_trip_extract_translate_play(tmp_path):
    """Extract the bundled story, translate every entry (upper case, logic kept), play it with --lang."""
    pot = tmp_path / "story.pot"
    assert cli.main(["strings", BUNDLED, "-o", str(pot)]) == 0
    messages = i18n.read_po(pot.read_text(encoding="utf-8"), str(pot))
    out = [pot.read_text(encoding="utf-8").split("\n\n")[0], ""]
    for msg in messages[1:]:
        up = _shout(msg.msgid)
        out.append(f"msgctxt {i18n.po_quote(msg.msgctxt)}\n{i18n.po_field('msgid', msg.msgid)}\n"
                   f"{i18n.po_field('msgstr', up)}\n")
    po = tmp_path / "up.po"
    po.write_text("\n".join(out), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "forkpaths", "play", BUNDLED, "--lang", str(po)],
                          input="1\n", capture_output=True, text=True, timeout=120,
                          env={**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")})
    assert done.returncode == 0 and done.stderr == "", done.stderr
    story = load(BUNDLED)
    source = [strip_markup(p) for p in runtime.view(story, runtime.start(story)).paragraphs]
    shown = done.stdout.split("\n\n")
    # the prologue's first paragraph (after its bold title) spans three source lines: shown whole, translated
    assert shown[1] == source[1].upper() and "ONE HUNDRED AND SEVENTY THOUSAND PEOPLE LIVED IN HYOSAN" in shown[1]
    assert shown[:len(source)] == [p.upper() for p in source]


@pytest.mark.skipif(shutil.which("msgmerge") is None, reason="GNU gettext's msgmerge is not installed")
def test_msgmerge_carries_an_old_translation_to_the_paragraph_template(tmp_path):
    pot = tmp_path / "tiny.pot"
    assert cli.main(["strings", TINY, "-o", str(pot)]) == 0
    merged = tmp_path / "merged.po"
    done = subprocess.run(["msgmerge", "--quiet", "-o", str(merged), DE, str(pot)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    messages = {(msg.msgctxt, msg.msgid): msg for msg in i18n.read_po(merged.read_text(encoding="utf-8"))}
    hall = ids(load())["hall.p.0d4945"]
    assert ("hall.title", "The Hall") in messages and messages[("hall.title", "The Hall")].msgstr == "Die Halle"
    assert messages[("hall.p.0d4945", hall.text)].fuzzy  # a suggestion for the translator, not yet used
    story = i18n.apply_translation(load(), str(merged))
    assert story.scene("hall").title == "Die Halle"


def test_long_units_are_wrapped_as_gettext_wraps_them():
    text = ("The army's report fits on one page. Before the outbreak, one hundred and seventy thousand people "
            "lived in Hyosan. Afterward, one hundred and ten thousand were counted alive.")
    field = i18n.po_field("msgid", text)
    lines = field.split("\n")
    assert lines[0] == 'msgid ""' and all(len(ln) <= 79 for ln in lines) and len(lines) == 4
    (msg,) = i18n.read_po(field + '\nmsgstr ""\n')
    assert msg.msgid == text


# ---------------------------------------------------------------- .po files

def test_po_template_round_trips_through_the_reader():
    entries = i18n.extract(load(TOUR))
    po = i18n.write_po(entries, "The Tour", "main.story")
    messages = i18n.read_po(po, "t.pot")
    assert messages[0].msgid == "" and messages[0].fuzzy  # the header
    got = [(msg.msgctxt, msg.msgid, msg.msgstr) for msg in messages[1:]]
    assert got == [(e.id, e.text, "") for e in entries]
    assert "#: " in po and "#. prose (keep the {...} parts)" in po


@settings(max_examples=300)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=30))
def test_po_strings_round_trip(text):
    po = f'msgctxt {i18n.po_quote(text)}\nmsgid {i18n.po_quote(text)}\nmsgstr {i18n.po_quote(text + "!")}\n'
    (msg,) = i18n.read_po(po)
    assert (msg.msgctxt, msg.msgid, msg.msgstr) == (text, text, text + "!")


def test_po_reader_handles_continuations_flags_and_obsolete_entries():
    messages = {m.msgid: m for m in i18n.read_po(open(DE, encoding="utf-8").read(), DE)}
    assert messages["It is locked tight."].msgstr == "Sie ist fest verschlossen."
    assert messages["Wait"].fuzzy
    assert "An old, removed line" not in messages
    assert messages["The Hall"].msgctxt == "hall.title"


@pytest.mark.parametrize("text, line, words", [
    ('msgid "a"\n', 1, "has no `msgstr`"),
    ('msgstr "a"\n', 1, "before its `msgid`"),
    ('msgid "a\n', 1, "quoted string"),
    ('msgid "a\\q"\nmsgstr ""\n', 1, "unknown escape"),
    ('"stray"\n', 1, "continues nothing"),
    ('msgid "a"\nmsgid "b"\nmsgstr ""\n', 2, "given twice"),
    ('msgid "a"\nmsgstr ""\nbogus "x"\n', 3, "unexpected `bogus`"),
])
def test_po_reader_errors_say_where(text, line, words):
    with pytest.raises(i18n.POError) as e:
        i18n.read_po(text, "x.po")
    assert e.value.line == line and words in e.value.message


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
def test_gettext_accepts_the_template(tmp_path):
    pot = tmp_path / "tour.pot"
    assert cli.main(["strings", TOUR, "-o", str(pot)]) == 0
    done = subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(pot)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_csv_has_one_row_per_entry(capsys):
    assert cli.main(["strings", TINY, "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["id", "text", "file", "line", "column", "context"]
    assert len(rows) - 1 == len(i18n.extract(load()))
    assert ["hall.p.0d4945", "A cold hall. You have {gold} gold, {name}. {gold > 1: You feel rich.|You feel poor.}",
            "tests/data/tooling/tiny/main.story", "8", "1", "prose"] == rows[4]
    assert ["string.you.8af56d", "you", "tests/data/tooling/tiny/main.story", "5", "5", "string"] == rows[2]


# ---------------------------------------------------------------- applying a translation

def test_a_translation_replaces_text_and_falls_back_to_the_source():
    problems = []
    story = i18n.apply_translation(load(), DE, problems)
    s = runtime.start(story)
    lines = plain_lines(runtime.view(story, s))
    assert lines[0] == "Eine kalte Halle. you, du hast 1 Gold. Du fühlst dich arm."  # stale id: matched by text
    assert lines[1] == "1. Öffne die rote Tür"
    assert lines[2] == "2. Open the blue door"  # missing: the source text
    assert lines[3].endswith("(unavailable: Sie ist fest verschlossen.)")
    assert lines[4] == "4. Wait"  # fuzzy: not used
    assert story.scene("hall").title == "Die Halle"
    # the red room's translation uses {gold}, which its source line does not: refused, and said why
    s = runtime.choose(story, s, "open_the_red_door")
    assert plain_lines(runtime.view(story, s))[0] == "A red room. First time here."
    assert "`{gold}` is not in the source text" in problems[0]
    # de.po is a template of the older kind, one unit per source line: the hall's two lines are
    # translated one by one, as before, and the file is reported as such
    assert len(problems) == 2 and problems[1].startswith("2 translations (first: hall.p.143df4) translate one "
                                                         "source line of a longer paragraph")
    assert "msgmerge" in problems[1]
    s = runtime.choose(story, s, "sleep")
    assert runtime.view(story, s).ending == "Schlaf"  # the ending shares the choice's text and translation


def test_a_translated_story_keeps_ids_state_and_alternative_counters():
    source = load(TOUR)
    entries = i18n.extract(source)
    po = "".join(f"msgctxt {i18n.po_quote(e.id)}\nmsgid {i18n.po_quote(e.text)}\n"
                 f"msgstr {i18n.po_quote(_shout(e.text) if e.context in ('prose', 'choice') else e.text.upper())}\n\n"
                 for e in entries)
    catalog = i18n.Catalog(i18n.read_po(po))
    story, problems = i18n.translate(source, catalog)
    assert problems == []
    a, b = runtime.start(source, seed=5), runtime.start(story, seed=5)
    for _ in range(6):
        assert (a.scene, a.visits, a.turn, a.used, a.alts, a.rng) == (b.scene, b.visits, b.turn, b.used, b.alts, b.rng)
        # string values are translated too (the tour's `name`): the same state, its strings upper-cased
        kinds = [d.type for d in source.variables]
        assert tuple(v.upper() if k == "string" else v for k, v in zip(kinds, a.vars)) == b.vars
        va, vb = runtime.view(source, a), runtime.view(story, b)
        assert [c.id for c in va.choices] == [c.id for c in vb.choices]
        assert [p.upper() for p in va.paragraphs] == [p.upper() for p in vb.paragraphs]
        assert va.paragraphs == () or va.paragraphs != vb.paragraphs
        if va.ending:
            assert vb.ending == va.ending.upper()
            break
        pick = [c.id for c in va.choices if c.available][0]
        a, b = runtime.choose(source, a, pick), runtime.choose(story, b, pick)


def _shout(line):
    """Upper-case the words of a source-form line but not its logic: words outside braces, branch text."""
    out, depth, in_expr = [], 0, False
    for i, ch in enumerate(line):
        if ch == "{" and (i == 0 or line[i - 1] != "\\"):
            depth += 1
            in_expr = not (i + 1 < len(line) and line[i + 1] in ">&!~")
        elif ch == "}" and (i == 0 or line[i - 1] != "\\"):
            depth -= 1
            in_expr = False
        elif in_expr and ch == ":":
            in_expr = False
        out.append(ch if in_expr else ch.upper())
    return "".join(out)


@pytest.mark.parametrize("translation, why", [
    ("{~ Eins.|Zwei.}", "alternatives differ"),
    ("Ohne die Teile.", "alternatives differ"),
    ("gegen Abend. {& a|b|c}", "alternatives differ"),
    ("{~ a|b|c} gegen Abend.", None),
    ("* [Choice]", "does not read as one paragraph of prose"),
    ("{unknown}", "`{unknown}` is not in the source text"),
    ("{lamp_lit: hell", "does not read as one paragraph of prose"),
])
def test_translated_prose_is_checked_against_its_source(translation, why):
    story = load(TOUR)
    prose = story.scene("shore").body[1]  # "against the evening. {~ Gulls ...|...|...}"
    parts, problem = i18n.translated_prose(prose.parts, translation)
    if why is None:
        assert problem is None and parts[1] == " gegen Abend."
    else:
        assert parts is None and why in problem


def test_alternatives_keep_the_source_counters():
    story = load(TOUR)
    prose = story.scene("shore").body[1]
    parts, problem = i18n.translated_prose(prose.parts, "gegen Abend. {~ Möwen.|Eine Boje.|Stille.}")
    assert problem is None
    assert parts[-1].key == prose.parts[-1].key


def test_unreadable_po_files_raise_clear_errors(tmp_path):
    with pytest.raises(OSError):
        i18n.apply_translation(load(), str(tmp_path / "missing.po"))
    bad = tmp_path / "bad.po"
    bad.write_bytes(b'msgid "a"\nmsgstr "\xff"\n')
    with pytest.raises(i18n.POError) as e:
        i18n.apply_translation(load(), str(bad))
    assert "UTF-8" in str(e.value)


# ---------------------------------------------------------------- the command

def test_cli_writes_a_template_and_reports_errors(tmp_path, capsys):
    out = tmp_path / "tiny.pot"
    assert cli.main(["strings", TINY, "-o", str(out)]) == 0
    assert 'msgctxt "hall.p.0d4945"' in out.read_text(encoding="utf-8")
    assert cli.main(["strings", str(tmp_path / "nope.story")]) == 2
    assert cli.main(["strings", os.path.join(DATA, "broken", "main.story")]) == 1
    err = capsys.readouterr().err
    assert "FP201" in err and "Traceback" not in err


# ---------------------------------------------------------------- string values (function results, temporaries)

VALUES = """title: Values
start: a
const GREETING = "Hello there"
var name = "Ann"

=== function word(n) ===
~ temp w = "flasks"
{if n == 1}
~ w = "flask"
{end}
~ return w

=== external bell() ===
~ return "A bell rings."

=== a ===
~ temp t = "a temporary"
~ name = "Bob"
You carry {word(2)} and {t}. {GREETING}, {name}. {bell()}
{name == "Bob": Bob is here.|Nobody.} {name == "Carl": Carl?}
* [Ask for the {word(1)}] -> END "done"
"""


def _po(pairs):
    return "".join(f"msgctxt {i18n.po_quote(i18n.string_id(k))}\nmsgid {i18n.po_quote(k)}\nmsgstr {i18n.po_quote(v)}\n\n"
                   for k, v in pairs.items())


def test_string_values_are_extracted_once_each_but_not_those_only_compared(tmp_path):
    path = tmp_path / "v.story"
    path.write_text(VALUES, encoding="utf-8")
    got = {e.text: e for e in i18n.extract(load(str(path))) if e.context == "string"}
    assert list(got) == ["Hello there", "Ann", "flasks", "flask", "A bell rings.", "a temporary", "Bob"]
    assert got["flask"].id == "string.flask.e8439a" and got["flask"].line == 9
    assert "function `word`" in got["flask"].note and "scene `a`" in got["Bob"].note
    # "Carl" is only ever compared: never shown, so not for the translator
    tour = {e.text for e in i18n.extract(load(TOUR)) if e.context == "string"}
    assert {"flask", "flasks", "Somewhere below, a bell rings once.", "traveller", "friend"} <= tour


def test_translated_string_values_are_shown_in_play_and_on_the_web_page(tmp_path):
    path = tmp_path / "v.story"
    path.write_text(VALUES, encoding="utf-8")
    po = tmp_path / "de.po"
    po.write_text(_po({"flasks": "Flaschen", "flask": "Flasche", "Bob": "Robert", "Hello there": "Hallo",
                       "A bell rings.": "Eine Glocke läutet.", "a temporary": "ein Weilchen"}), encoding="utf-8")
    problems = []
    story = i18n.apply_translation(load(str(path)), str(po), problems)
    assert problems == []
    view = runtime.view(story, runtime.start(story))
    # the comparison with "Bob" is translated alike: name is "Robert" and still equal to it
    assert view.paragraphs == ("You carry Flaschen and ein Weilchen. Hallo, Robert. Eine Glocke läutet. Bob is here.",)
    assert [c.text for c in view.choices] == ["Ask for the Flasche"]
    import webjs
    if webjs.node_path() is None:
        pytest.skip("Node is not installed")
    node = webjs.Node()
    try:
        py, js = webjs.py_play(story, 0, [0]), node.play(node.load(story), 0, [0])
    finally:
        node.close()
    assert webjs.first_difference(py, js) is None
    assert js["trace"][0]["view"]["paragraphs"][0].startswith("You carry Flaschen")
    # the command line does the same
    done = subprocess.run([sys.executable, "-m", "forkpaths", "play", str(path), "--lang", str(po)], input="1\n",
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")})
    assert "You carry Flaschen and ein Weilchen. Hallo, Robert." in done.stdout, done.stderr


def test_two_strings_never_share_a_translation_when_the_story_compares_strings(tmp_path):
    path = tmp_path / "v.story"
    path.write_text(VALUES, encoding="utf-8")
    catalog = i18n.Catalog(i18n.read_po(_po({"Bob": "Carl", "flasks": "Flasche", "flask": "Flasche"})))
    story, problems = i18n.translate(load(str(path)), catalog)
    # "Bob" as "Carl" would make `name == "Carl"` true; "flask" would read as "flasks"
    assert len(problems) == 2 and all("compares strings" in p for p in problems)
    assert "string.flask.e8439a" in problems[0] and "string.bob.da6645" in problems[1]
    view = runtime.view(story, runtime.start(story))
    assert view.paragraphs == ("You carry Flasche and a temporary. Hello there, Bob. A bell rings. Bob is here.",)
    assert view.choices[0].text == "Ask for the flask"
    # a story that never compares strings may give two of them one translation
    plain = load(text=VALUES.replace('{name == "Bob": Bob is here.|Nobody.} {name == "Carl": Carl?}', ""),
                 path=str(path))
    story, problems = i18n.translate(plain, catalog)
    assert problems == [] and runtime.view(story, runtime.start(story)).choices[0].text == "Ask for the Flasche"
