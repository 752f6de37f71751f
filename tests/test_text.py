"""Text between the lines: paragraphs, glue `<>`, the `paragraphs: lines` rule (issue 12 items 2 and 8).

The stories under tests/data/ink/ take their expected text from ink's manual
(WritingWithInk.md); the web runtime plays the same transcripts in tests/test_web_runtime.py.
"""

import os

import pytest

from forkpaths import formatter, i18n, loader, transcript
from forkpaths import model as m
from forkpaths import runtime as rt

HERE = os.path.dirname(os.path.abspath(__file__))
INK = os.path.join(HERE, "data", "ink")


def story_of(tmp_path, text, name="main.story"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    loaded = loader.load(str(path))
    assert loaded.ok, [(d.code, str(d.span), d.message) for d in loaded.diagnostics]
    return loaded.story


def shown(tmp_path, text, *choices):
    story = story_of(tmp_path, text)
    s = rt.start(story)
    out = [s.text]
    for c in choices:
        s = rt.choose(story, s, c)
        out.append(s.text)
    return out


@pytest.mark.parametrize("name", sorted(f for f in os.listdir(INK) if f.endswith(".transcript")))
def test_ink_manual_transcripts_pass(name):
    results = transcript.run_file(os.path.join(INK, name))
    assert results and all(r.ok for r in results), [r.message for r in results if not r.ok]


class TestGlue:
    def test_across_diverts_as_in_inks_manual(self, tmp_path):
        text = ('=== a ===\nWe hurried home <>\n-> b\n=== b ===\nto Savile Row\n-> c\n'
                '=== c ===\n<> as fast as we could.\n-> END "e"\n')
        assert shown(tmp_path, text) == [("We hurried home to Savile Row as fast as we could.",)]

    def test_no_space_is_added_unless_the_story_has_one(self, tmp_path):
        assert shown(tmp_path, '=== a ===\nlock<>\ned. a<> b\n-> END "e"\n') == [("locked. a b",)]

    def test_across_a_tunnel_call_and_return(self, tmp_path):
        text = ('=== a ===\nShe knocked <>\n-> t ->\n<>, and waited.\n-> END "e"\n'
                '=== t ===\nthree times\n->->\n')
        assert shown(tmp_path, text) == [("She knocked three times, and waited.",)]

    def test_beats_a_blank_line_and_opens_the_last_paragraph_again(self, tmp_path):
        assert shown(tmp_path, '=== a ===\nOne.\n\n<> Two.\n\nThree.\n-> END "e"\n') == [("One. Two.", "Three.")]

    def test_waits_for_text_that_shows(self, tmp_path):
        text = 'var x = false\n=== a ===\n~ x = false\nA<>\n{x: hidden}\nB\n-> END "e"\n'
        assert shown(tmp_path, text) == [("AB",)]

    def test_does_not_carry_past_a_choice(self, tmp_path):
        text = '=== a ===\nBefore <>\n* [Go]\n    <> after.\n    -> END "e"\n'
        assert shown(tmp_path, text, "go") == [("Before",), ("after.",)]

    def test_parses_into_glue_statements(self, tmp_path):
        story = story_of(tmp_path, '=== a ===\nhome <>\n<>to\n-> END "e"\n')
        body = story.scene("a").body
        assert [type(st).__name__ for st in body[:4]] == ["Prose", "Glue", "Glue", "Prose"]
        assert (body[1].space, body[2].space) == (True, False)

    def test_escaped_glue_is_text(self, tmp_path):
        assert shown(tmp_path, '=== a ===\na \\<> b\n-> END "e"\n') == [("a <> b",)]

    def test_format_keeps_glue(self):
        src = "=== a ===\nWe hurried <>\n    <>home.\n-> END \"e\"\n"
        out = formatter.format_text(src)
        assert "We hurried <>" in out and "<>home." in out
        assert formatter.format_text(out) == out

    def test_translators_are_told_about_the_glue(self):
        story = loader.load(os.path.join(INK, "glue.story")).story
        notes = {e.text: e.note for e in i18n.extract(story)}
        assert notes["We hurried home"] == "joined by `<>` to the text after it (with a space)"
        assert notes["to Savile Row"] == ""
        assert notes["as fast as we could."] == "joined by `<>` to the text before it (with a space)"
        po = i18n.write_po(i18n.extract(story))
        assert "#. joined by `<>` to the text after it (no space between)\n" in po

    def test_a_translation_cannot_add_glue(self):
        parts, why = i18n.translated_prose(("We hurried home",), "Nous <> rentrons")
        assert parts is None and "one paragraph" in why


class TestParagraphs:
    def test_blank_line_at_the_start_of_an_if_branch_and_a_fallback_body(self):
        results = transcript.run_file(os.path.join(HERE, "data", "runtime", "paragraphs.transcript"))
        assert all(r.ok for r in results)

    def test_blank_line_before_end_of_a_branch(self, tmp_path):
        text = 'var x = true\n=== a ===\n~ x = true\n{if x}\nOne.\n\n{else}\nNo.\n{end}\nTwo.\n-> END "e"\n'
        assert shown(tmp_path, text) == [("One.", "Two.")]

    def test_scene_bodies_keep_their_shape(self, tmp_path):
        story = story_of(tmp_path, '=== a ===\n// note\n\nHello.\n-> END "e"\n')
        assert [type(st).__name__ for st in story.scene("a").body] == ["Prose", "EndStory"]

    def test_lines_rule(self, tmp_path):
        text = 'paragraphs: lines\n=== a ===\nOne.\nTwo <>\nthree.\n\nFour.\n-> END "e"\n'
        assert shown(tmp_path, text) == [("One.", "Two three.", "Four.")]
        story = story_of(tmp_path, text)
        assert story.paragraphs == "lines"

    def test_lines_rule_is_main_file_only(self, tmp_path):
        (tmp_path / "more.story").write_text("paragraphs: lines\n=== b ===\n-> END \"e\"\n", encoding="utf-8")
        (tmp_path / "main.story").write_text('include "more.story"\n=== a ===\n-> b\n', encoding="utf-8")
        loaded = loader.load(str(tmp_path / "main.story"))
        assert [d.code for d in loaded.diagnostics] == ["FP213"]

    def test_unknown_rule(self, tmp_path):
        (tmp_path / "main.story").write_text('paragraphs: each line\n=== a ===\n-> END "e"\n', encoding="utf-8")
        loaded = loader.load(str(tmp_path / "main.story"))
        assert [(d.code, d.message) for d in loaded.diagnostics] == [
            ("FP130", "`paragraphs: each line` is not a paragraph rule")]

    def test_default_rule(self, tmp_path):
        assert story_of(tmp_path, '=== a ===\n-> END "e"\n').paragraphs == "blank lines" == m.PARAGRAPH_RULES[0]


class TestChoiceText:
    TEXT = ('const name = "Fogg"\nvar lit = false\n=== a ===\n"What\'s that?" my master asked.\n'
            '* "I am[."] not sure," you say.\n    -> a\n'
            '* [Ask {name}] -> a\n'
            '+ "Hello, {& Master|Monsieur Fogg}!"[] I declared. -> a\n'
            '* {lit else "Dark."} [{lit: Blow out|Light} the lamp] -> a\n'
            '* Hello [back!] right back. -> END "e"\n')

    def test_menu_and_printed_text_as_in_inks_manual(self, tmp_path):
        story = story_of(tmp_path, self.TEXT)
        s = rt.start(story)
        assert [c.text for c in s.offer] == ['"I am."', "Ask Fogg", '"Hello, Master!"', "Light the lamp",
                                              "Hello back!"]
        s = rt.choose(story, s, "i_am")
        assert s.text == ('"I am not sure," you say.', '"What\'s that?" my master asked.')
        assert s.offer[1].text == '"Hello, Monsieur Fogg!"'  # shown a second time: the cycle moved on
        s = rt.choose(story, s, "hello_master_monsieur_fogg")
        assert s.text[0] == '"Hello, Monsieur Fogg!" I declared.'  # the lead as shown, not worked out again
        assert s.offer[1].text == '"Hello, Master!"'
        assert rt.choose(story, s, "hello_back").text == ("Hello right back.",)

    def test_menu_only_prints_nothing(self, tmp_path):
        story = story_of(tmp_path, self.TEXT)
        assert rt.choose(story, rt.start(story), "ask_name").text == ('"What\'s that?" my master asked.',)

    def test_unavailable_choice_text_is_worked_out_too(self, tmp_path):
        story = story_of(tmp_path, self.TEXT)
        lamp = rt.start(story).offer[3]
        assert (lamp.text, lamp.available, lamp.reason) == ("Light the lamp", False, "Dark.")

    def test_names_in_choice_text_are_resolved(self, tmp_path):
        (tmp_path / "main.story").write_text('=== a ===\n* [Ask {nobody}] -> END "e"\n', encoding="utf-8")
        assert [d.code for d in loader.load(str(tmp_path / "main.story")).diagnostics] == ["FP201"]

    def test_unclosed_bracket(self, tmp_path):
        (tmp_path / "main.story").write_text('=== a ===\n* Say [Ask {x} -> a\n', encoding="utf-8")
        diags = loader.load(str(tmp_path / "main.story")).diagnostics
        assert [(d.code, d.span.column) for d in diags] == [("FP104", 7)]

    def test_saves_keep_the_text_shown(self, tmp_path):
        from forkpaths import saves
        story = story_of(tmp_path, self.TEXT)
        s = rt.choose(story, rt.start(story), "hello_master_monsieur_fogg")
        data = saves.to_dict(story, s)
        assert ["hello_master_monsieur_fogg", True, '"Hello, Monsieur Fogg!"', '"Hello, Monsieur Fogg!"'] \
            in data["position"]["offer"] and data["min_version"] == 3
        back = saves.roundtrip(story, s)
        assert back == s
        assert rt.choose(story, back, "hello_master_monsieur_fogg").text[0] == '"Hello, Monsieur Fogg!" I declared.'

    def test_translation_keeps_the_split(self, tmp_path):
        story = story_of(tmp_path, self.TEXT)
        ch = story.scene("a").choices[0]
        assert i18n.choice_source(ch) == '"I am[."] not sure," you say.'
        changes, why = i18n.translated_choice(ch, '"Je ne suis[."] pas sûr," dites-vous.')
        assert why is None and changes["text"] == '"Je ne suis."'
        assert i18n.translated_choice(ch, "Je ne sais pas")[1].startswith("it has no `[...]`")
        hello = story.scene("a").choices[2]
        assert i18n.translated_choice(hello, '"Bonjour, {& Maître}!"[]')[0] is None  # one branch, not two

    def test_format_keeps_choice_text(self):
        src = '=== a ===\n* "I am[."] not sure," you say. -> a\n* [Ask {x}]   -> a\n'
        out = formatter.format_text(src)
        assert formatter.format_text(out) == out
        assert formatter.parse_meaning(out)[0] == formatter.parse_meaning(src)[0]


class TestSlips:
    """Habits from ink and slips, reported (issue 12 item 9)."""

    def codes(self, tmp_path, text):
        (tmp_path / "main.story").write_text(text, encoding="utf-8")
        return [(d.code, d.span.line, d.span.column) for d in loader.load(str(tmp_path / "main.story")).diagnostics]

    def test_divert_at_the_end_of_prose(self, tmp_path):
        tail = '=== b ===\n-> END "e"\n'
        assert self.codes(tmp_path, '=== a ===\nShe waits. -> b\n-> b\n' + tail) == [("FP230", 2, 12)]
        assert self.codes(tmp_path, '=== a ===\nShe {true: waits} -> END "x"\n-> b\n' + tail) == [("FP230", 2, 19)]
        # not a scene, or escaped: text
        assert self.codes(tmp_path, '=== a ===\nParis -> London\nA \\-> b\n-> b\n' + tail) == []

    def test_declaration_in_a_scene(self, tmp_path):
        assert self.codes(tmp_path, '=== a ===\n    var x = 1\n-> END "e"\n') == [("FP131", 2, 5)]
        assert self.codes(tmp_path, '=== a ===\nvariety = spice\n-> END "e"\n') == []

    def test_not_before_a_comparison(self, tmp_path):
        head = 'var a = false\nconst b = true\n=== s ===\n'
        assert self.codes(tmp_path, head + '~ a = not a == b\n{a: y}\n-> END "e"\n') == [("FP132", 4, 7)]
        assert self.codes(tmp_path, head + '~ a = not (a == b)\n~ a = (not a) == b\n{a: y}\n-> END "e"\n') == []

    def test_braces_in_choice_text(self, tmp_path):
        head = 'const name = "Fogg"\n=== a ===\nHi {name}.\n'
        for line, col in (("* [Ask {name] -> a", 8), ("* [Ask {} ] -> a", 8), ("* (l) {true} Ask {name -> a", 18)):
            assert self.codes(tmp_path, head + line + '\n* [b] -> END "e"\n') == [("FP133", 4, col)], line


class TestAlternatives:
    """Shuffle once, shuffle stopping, and alternatives over several lines (issue 12 item 7)."""

    def visits(self, tmp_path, block, n, seed=0):
        story = story_of(tmp_path, "=== a ===\n" + block + "\n+ [Again] -> a\n* [Stop] -> END \"e\"\n")
        s = rt.start(story, seed)
        out = [s.text]
        for _ in range(n - 1):
            s = rt.choose(story, s, "again")
            out.append(s.text)
        return [t[0] if t else "" for t in out]

    def test_shuffle_once_deals_each_branch_once_then_nothing(self, tmp_path):
        orders = set()
        for seed in range(12):
            got = self.visits(tmp_path, "{~! a|b|c|d} x", 6, seed)
            assert sorted(g[0] for g in got[:4]) == ["a", "b", "c", "d"] and got[4:] == ["x", "x"]
            orders.add(tuple(got[:4]))
        assert len(orders) > 1  # the order comes from the seed

    def test_shuffle_stopping_sticks_on_the_last(self, tmp_path):
        for seed in range(6):
            got = self.visits(tmp_path, "{~> a|b|c|last}", 6, seed)
            assert sorted(got[:3]) == ["a", "b", "c"] and got[3:] == ["last"] * 3

    def test_block_kinds_as_in_inks_manual(self):
        results = transcript.run_file(os.path.join(INK, "alternatives.transcript"))
        assert all(r.ok for r in results)

    def test_block_lines_join_as_prose_and_keep_blank_lines(self, tmp_path):
        block = "{cycle:\n- One\n  more.\n\n  Two.\n- Three <>\n}\nfour."
        assert self.visits(tmp_path, block, 1) == ["One more."]
        story = story_of(tmp_path, "=== a ===\n" + block + "\n+ [Again] -> a\n")
        s = rt.choose(story, rt.start(story), "again")
        assert s.text == ("Three four.",)

    def test_block_holds_prose_only(self, tmp_path):
        (tmp_path / "main.story").write_text('var x = 0\n=== a ===\n{once:\n- A.\n~ x += 1\n}\n{x}\n-> END "e"\n',
                                             encoding="utf-8")
        diags = loader.load(str(tmp_path / "main.story")).diagnostics
        assert [(d.code, d.span.line) for d in diags] == [("FP134", 5)]

    def test_block_counter_is_saved_and_translated_text_keeps_it(self, tmp_path):
        from forkpaths import saves
        story = story_of(tmp_path, "=== a ===\n{stopping:\n- First.\n- Then.\n}\n+ [Again] -> a\n")
        s = rt.start(story)
        assert saves.roundtrip(story, s) == s and list(s.alts.values()) == [1]
        entries = [e.text for e in i18n.extract(story)]
        assert "First." in entries and "Then." in entries

    def test_format_keeps_blocks(self):
        # indented: formatting moves the block (its key is its place, as an inline alternative's is)
        src = "=== a ===\n  { shuffle once:\n    - A.\n    - B.\n  }\n{~> x|y}\n-> END \"e\"\n"
        out = formatter.format_text(src)
        assert formatter.format_text(out) == out
        assert formatter.parse_meaning(out)[0] == formatter.parse_meaning(src)[0]


class TestTags:
    """`#tags` on lines and choices, for the player and for hosts (issue 12 item 7)."""

    def test_line_and_choice_tags(self):
        story = loader.load(os.path.join(INK, "tags.story")).story
        v = rt.view(story, rt.start(story))
        assert v.paragraphs == ("A line of normal game-text. A second line of the same paragraph.",
                                '"Not a tag," he said, and wrote #7 on the door.')
        assert v.line_tags == ((("colour it blue", None), ("sound", "rain")), ())
        assert [c.tags for c in v.choices] == [(("risk", "low"),), (("ending", None),)]
        assert v.tag("chapter") == "One"
        v = rt.view(story, rt.choose(story, rt.start(story), "knock"))
        assert v.line_tags == ((("speaker", "narrator"),),)

    def test_tags_follow_glue_and_the_lines_rule(self, tmp_path):
        text = '=== a ===\nOne. #a\n\n<> two. #b\n-> END "e"\n'
        story = story_of(tmp_path, text)
        assert rt.view(story, rt.start(story)).line_tags == ((("a", None), ("b", None)),)
        story = story_of(tmp_path, "paragraphs: lines\n" + text)
        v = rt.view(story, rt.start(story))
        assert v.paragraphs == ("One. two.",) and v.line_tags == ((("a", None), ("b", None)),)

    def test_saves_keep_the_tags(self, tmp_path):
        from forkpaths import saves
        story = loader.load(os.path.join(INK, "tags.story")).story
        s = rt.start(story)
        assert saves.to_dict(story, s)["text_tags"] == [[["colour it blue", None], ["sound", "rain"]], []]
        back = saves.roundtrip(story, s)
        assert rt.view(story, back).line_tags == rt.view(story, s).line_tags

    def test_the_player_lists_them(self, capsys):
        from forkpaths.repl.session import Session
        story = loader.load(os.path.join(INK, "tags.story")).story
        session = Session(story, os.path.join(INK, "tags.story"), debug=True)
        session.begin(resume=False)
        reply = session.handle(":where")
        text = "\n".join(getattr(out, "text", "") for out in reply.outs)
        assert "paragraph 1 tags: #colour it blue #sound: rain" in text and "tags: #risk: low" in text

    def test_translation_keeps_tags_and_escapes_hashes(self):
        story = loader.load(os.path.join(INK, "tags.story")).story
        entries = {e.text: e for e in i18n.extract(story)}
        assert '"Not a tag," he said, and wrote \\#7 on the door.' in entries
        first = next(e for e in entries.values() if e.text.startswith("A line"))
        catalog = i18n.Catalog(i18n.read_po(f"msgctxt {i18n.po_quote(first.id)}\nmsgid {i18n.po_quote(first.text)}\n"
                                            'msgstr "Une ligne. Une autre."\n'))
        new, problems = i18n.translate(story, catalog)
        v = rt.view(new, rt.start(new))
        assert v.paragraphs[0] == "Une ligne. Une autre." and v.line_tags[0] == (("colour it blue", None), ("sound", "rain"))

    def test_format_keeps_tags(self):
        src = '=== a === #x\nRain. #sound: rain\n* [Go] -> a #risk: low\n'
        out = formatter.format_text(src)
        assert formatter.format_text(out) == out and "#sound: rain" in out and "#risk: low" in out


class TestOldSaves:
    """A save from before blank lines opening a block were statements still returns to the right line."""

    STORY = ('=== a ===\nHello.\n* [Go]\n\n    Before.\n    -> t ->\n    After.\n    -> END "e"\n'
             '=== t ===\nIn the tunnel.\n* [Back] ->->\n')

    def test_a_format_2_save_is_read_in_todays_terms(self, tmp_path):
        import json

        from forkpaths import saves
        story = story_of(tmp_path, self.STORY)
        go = story.scene("a").choices[0]
        assert go.body[0].__class__ is m.Break  # today: the blank line is statement 0
        s = rt.choose(story, rt.start(story), "go")
        data = json.loads(saves.dumps(story, s))
        frame = data["position"]["stack"][0][0]
        assert frame[1] == 3  # next after `-> t ->` (statement 2 of Break, Before, call, After, END)
        frame[1] -= 1  # what format 2 wrote: the same place without the Break
        data["version"] = data["min_version"] = 2
        back = saves.from_dict(story, data)
        assert back.state.stack == s.stack
        assert rt.choose(story, back.state, "back").text == ("After.",)
