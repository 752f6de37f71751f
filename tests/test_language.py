"""The story language, feature by feature (docs/language.md): the model it builds and what the reader sees."""

import os
import re

import pytest

from forkpaths import loader, model as m, runtime
from forkpaths.diagnostics import REGISTRY, Severity
from forkpaths.render import plain_lines, strip_markup, styled_runs

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
VALID = os.path.join(DATA, "valid")
INVALID = os.path.join(DATA, "invalid")


def load(name):
    loaded = loader.load(os.path.join(VALID, name))
    assert loaded.ok, [(d.code, str(d.span), d.message) for d in loaded.diagnostics]
    return loaded


def story(name):
    return load(name).story


def load_text(tmp_path, text, name="main.story"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return loader.load(str(path))


class Reader:
    """Plays a story the way a reader would, keeping what was shown."""

    def __init__(self, st, seed=0):
        self.story = st
        self.state = runtime.start(st, seed)

    @property
    def view(self):
        return runtime.view(self.story, self.state)

    @property
    def shown(self):
        return list(self.view.paragraphs)

    @property
    def offered(self):
        return [(c.id, c.text, c.available, c.reason) for c in self.view.choices]

    def ids(self):
        return [c.id for c in self.view.choices]

    def choose(self, cid):
        self.state = runtime.choose(self.story, self.state, cid)
        return self


def codes_at(loaded):
    return [(d.code, d.span.line, d.span.column) for d in loaded.diagnostics]


# ---------------------------------------------------------------- the header


def test_header_title_author_start_variables_constants():
    st = story("header.story")
    assert (st.title, st.author, st.start) == ("The Night Watch", "A. Writer", "gate")
    assert [s.name for s in st.scenes] == ["yard", "gate"]  # start: need not be the first scene
    got = [(v.name, v.type, v.initial, v.const) for v in st.variables]
    assert got == [("lit", "bool", False, False), ("oil", "int", 2, False), ("keeper", "string", "Min-ji", False),
                   ("NIGHTS", "int", 3, True), ("WATCHES", "int", 7, True)]
    r = Reader(st)
    assert r.shown == ["Min-ji keeps the gate for 3 nights (7 watches). Oil: 2. Lit: false.",
                       "You are in the yard. Oil: 3. Lit: true. Keeper: Su-ho."]
    assert r.view.ending == "Yard"
    assert r.state.vars == (True, 3, "Su-ho", 3, 7)


def test_story_without_header():
    loaded = load("no_header.story")
    st = loaded.story
    assert st.title == "no_header"  # the file name stands in for a title
    assert st.author is None and st.start == "first" and st.variables == ()
    assert Reader(st).shown == ["First.", "Second."]


def test_start_defaults_to_the_first_scene_of_the_main_file(tmp_path):
    (tmp_path / "part.story").write_text('=== early ===\n-> END "Early"\n', encoding="utf-8")
    loaded = load_text(tmp_path, 'include "part.story"\n=== late ===\n-> early\n')
    assert loaded.ok and loaded.story.start == "late"


def test_included_file_may_not_have_title_author_start(tmp_path):
    (tmp_path / "part.story").write_text('title: Part\nauthor: Me\nstart: p\n=== p ===\n-> END "P"\n',
                                         encoding="utf-8")
    loaded = load_text(tmp_path, 'include "part.story"\n=== a ===\n-> p\n')
    got = sorted((d.code, os.path.basename(d.span.file), d.span.line) for d in loaded.diagnostics)
    assert got == [("FP213", "part.story", 1), ("FP213", "part.story", 2), ("FP213", "part.story", 3)]


def test_header_lines_are_case_sensitive_keywords(tmp_path):
    loaded = load_text(tmp_path, 'Title: T\n=== a ===\n-> END "e"\n')
    assert codes_at(loaded) == [("FP115", 1, 1)]
    assert "`Title` should be written `title`" in loaded.diagnostics[0].message


# ---------------------------------------------------------------- includes


def test_includes_with_nested_relative_paths():
    loaded = load("includes/main.story")
    st = loaded.story
    rel = [os.path.relpath(os.path.abspath(f), os.path.join(VALID, "includes")) for f in st.files]
    # depth first, and chapters/shared.story is read once though two files include it
    assert rel == ["main.story", "chapters/one.story", "chapters/deeper/two.story", "chapters/shared.story"]
    assert [s.name for s in st.scenes] == ["opening", "one", "two", "shared_end"]
    assert [v.name for v in st.variables] == ["steps"]
    assert st.title == "Included" and st.start == "opening"
    r = Reader(st)
    assert r.shown == ["Opening, 0 steps.", "Chapter one, 1 steps.", "Chapter two, 2 steps.", "The end, 3 steps."]
    assert r.view.ending == "Joined"
    assert st.root == os.path.realpath(os.path.join(VALID, "includes"))


def test_missing_include_names_the_path(tmp_path):
    loaded = load_text(tmp_path, 'include "chapters/gone.story"\n=== a ===\n-> END "e"\n')
    [d] = loaded.diagnostics
    assert (d.code, d.span.line, d.span.column) == ("FP304", 1, 1)
    assert d.message == "cannot include `chapters/gone.story`: no such file"
    assert loaded.story is None


def test_include_of_a_folder(tmp_path):
    (tmp_path / "chapters").mkdir()
    loaded = load_text(tmp_path, 'include "chapters"\n=== a ===\n-> END "e"\n')
    assert codes_at(loaded) == [("FP304", 1, 1)]
    assert "it is a folder" in loaded.diagnostics[0].message


def test_include_cycle_through_two_files(tmp_path):
    (tmp_path / "a.story").write_text('include "b.story"\n=== a ===\n-> b\n', encoding="utf-8")
    (tmp_path / "b.story").write_text('include "a.story"\n=== b ===\n-> END "e"\n', encoding="utf-8")
    loaded = loader.load(str(tmp_path / "a.story"))
    [d] = loaded.diagnostics
    assert d.code == "FP305" and os.path.basename(d.span.file) == "b.story" and d.span.line == 1
    assert re.search(r"a\.story -> \S*b\.story -> \S*a\.story$", d.message)


def test_file_including_itself(tmp_path):
    loaded = load_text(tmp_path, 'include "main.story"\n=== a ===\n-> END "e"\n')
    assert codes_at(loaded) == [("FP305", 1, 1)]


@pytest.mark.parametrize("path", ["../outside.story", "/etc/hostname", "chapters/../../outside.story"])
def test_include_leaving_the_story_folder_is_refused(tmp_path, path):
    (tmp_path / "outside.story").write_text('=== out ===\n-> END "Out"\n', encoding="utf-8")
    (tmp_path / "story").mkdir()
    (tmp_path / "story" / "chapters").mkdir()
    loaded = load_text(tmp_path / "story", f'include "{path}"\n=== a ===\n-> END "e"\n')
    assert codes_at(loaded) == [("FP306", 1, 1)]
    assert loaded.diagnostics[0].message == f"`{path}` is outside the story's folder"


def test_include_leaving_the_folder_through_a_symlink_is_refused(tmp_path):
    (tmp_path / "secret").mkdir()
    (tmp_path / "secret" / "s.story").write_text('=== s ===\n-> END "S"\n', encoding="utf-8")
    root = tmp_path / "story"
    (root / "chapters").mkdir(parents=True)
    (root / "chapters" / "link.story").symlink_to(tmp_path / "secret" / "s.story")
    (root / "linked_dir").symlink_to(tmp_path / "secret", target_is_directory=True)
    loaded = load_text(root, 'include "chapters/link.story"\ninclude "linked_dir/s.story"\n=== a ===\n-> s\n')
    assert [(c, ln) for c, ln, _ in codes_at(loaded) if c != "FP202"] == [("FP306", 1), ("FP306", 2)]
    assert loaded.story is None


def test_symlink_that_stays_inside_the_folder_is_fine(tmp_path):
    (tmp_path / "chapters").mkdir()
    (tmp_path / "chapters" / "real.story").write_text('=== r ===\n-> END "R"\n', encoding="utf-8")
    (tmp_path / "alias.story").symlink_to(tmp_path / "chapters" / "real.story")
    loaded = load_text(tmp_path, 'include "alias.story"\n=== a ===\n-> r\n')
    assert loaded.ok and [s.name for s in loaded.story.scenes] == ["a", "r"]


# ---------------------------------------------------------------- scenes


def test_scenes_with_titles_and_tags():
    st = story("scenes.story")
    roof, stairs, hidden = st.scenes
    assert (roof.name, roof.title) == ("rooftop", "The Roof")
    assert [(t.key, t.value) for t in roof.tags] == [("chapter", "Night One"), ("mood", "tense"), ("night", None)]
    assert roof.tag("mood") == "tense" and roof.tag("night") == "" and roof.tag("weather") is None
    assert (stairs.name, stairs.title, stairs.tags) == ("stairs_2", None, ())
    assert (hidden.name, hidden.title, hidden.tag("secret")) == ("_hidden", "Under the Stairs", "")
    assert st.scene("rooftop") is roof
    assert Reader(st).shown == ["The roof.", "The stairs.", "Hidden."]


def test_scene_names_are_unique_across_files(tmp_path):
    (tmp_path / "part.story").write_text('=== a ===\n-> END "Two"\n', encoding="utf-8")
    loaded = load_text(tmp_path, 'include "part.story"\n=== a ===\n-> END "One"\n')
    [d] = loaded.diagnostics
    assert d.code == "FP203" and os.path.basename(d.span.file) == "part.story"
    assert "main.story:2:1" in d.message


# ---------------------------------------------------------------- paragraphs


def test_paragraphs_hard_line_breaks_and_whitespace():
    r = Reader(story("paragraphs.story"))
    assert r.shown == [
        "The fire has burned down to coals.",
        "A blank line starts a new paragraph. Indentation and extra spaces collapse. "
        "An effect does not break the paragraph: 2.",
        "Several blank lines are one break. Markup stays: _italic_ and **bold**. "
        "Escapes: { } | \\ / and a comment Last line.",
    ]
    r.choose("on")
    assert r.shown == ["Arriving starts a new paragraph."]


def test_emphasis_is_kept_for_the_player_and_stripped_in_plain_text():
    r = Reader(story("paragraphs.story"))
    para = r.shown[2]
    assert strip_markup(para).startswith("Several blank lines are one break. Markup stays: italic and bold.")
    assert ("italic", "italic") in styled_runs(para) and ("bold", "bold") in styled_runs(para)
    assert plain_lines(r.view)[2] == strip_markup(para)


# ---------------------------------------------------------------- endings


def test_endings_are_named_and_shared():
    st = story("endings.story")
    assert [(e.name, len(e.spans)) for e in st.endings] == [("The Coward", 1), ("The Hero", 2)]
    r = Reader(st)
    assert r.shown == [] and r.ids() == ["fight", "flee", "wait"]
    r.choose("flee")
    assert r.view.ending == "The Coward" and r.view.choices == ()
    assert plain_lines(r.view) == ["THE END: The Coward"]
    with pytest.raises(runtime.StoryRuntimeError, match="the story has ended"):
        r.choose("fight")
    r = Reader(st).choose("fight")
    assert (r.shown, r.view.ending, r.state.scene) == (["You fought."], "The Hero", "win")
    r = Reader(st).choose("wait")
    assert (r.shown, r.view.ending) == (["You waited, and it was enough."], "The Hero")


# ---------------------------------------------------------------- choices


def test_choice_kinds_on_offer():
    st = story("choices.story")
    shore = st.scene("shore")
    assert [(c.id, c.label, c.sticky, c.fallback) for c in shore.choices] == [
        ("climb_the_stairs", None, False, False), ("wait", "wait", False, False),
        ("call_out", None, True, False), ("admire_the_light", None, False, False),
        ("light_the_lamp", None, False, False), ("climb_the_stairs_2", None, False, False)]
    lamp = shore.choices[4]
    assert lamp.reason == "You need more oil." and isinstance(lamp.cond, m.Binary)
    assert isinstance(lamp.body[-1], m.Divert) and lamp.body[-1].target == "shore"
    r = Reader(st)
    assert r.shown == ["The shore."]
    assert r.offered == [  # {lit} hides "Admire the light"; the lamp is shown as unavailable
        ("climb_the_stairs", "Climb the stairs", True, None), ("wait", "Wait on the beach", True, None),
        ("call_out", "Call out", True, None), ("light_the_lamp", "Light the lamp", False, "You need more oil."),
        ("climb_the_stairs_2", "Climb the stairs!", True, None)]
    assert plain_lines(r.view)[4] == "4. Light the lamp (unavailable: You need more oil.)"


def test_once_only_sticky_conditional_and_unavailable_choices():
    st = story("choices.story")
    r = Reader(st)
    with pytest.raises(runtime.StoryRuntimeError, match="not available"):
        r.choose("light_the_lamp")
    r.choose("wait")
    assert r.shown == ["You find a flask.", "The shore."]
    assert "wait" not in r.ids()  # once-only: taken, gone
    assert r.state.used == frozenset({"shore.wait"})
    r.choose("call_out").choose("call_out")
    assert "call_out" in r.ids()  # sticky: always offered
    assert r.state.turn == 3
    r.state = runtime.with_vars(st, r.state, oil=2)
    assert ("light_the_lamp", "Light the lamp", True, None) in r.offered
    r.choose("light_the_lamp")
    assert r.shown == ["The lamp catches.", "The shore."]
    assert r.ids() == ["climb_the_stairs", "call_out", "admire_the_light", "climb_the_stairs_2"]
    r.choose("admire_the_light")
    assert r.view.ending == "Light"
    assert r.state.history == (("shore", "wait"), ("shore", "call_out"), ("shore", "call_out"),
                               ("shore", "light_the_lamp"), ("shore", "admire_the_light"))


def test_choice_ids_are_derived_from_text_and_stable(tmp_path):
    text = ('=== a ===\n* [Hello, World!] -> a\n* [hello world] -> a\n* [!!!] -> a\n* (mine) [Hello] -> a\n'
            '* [A very long choice text that goes on well past the limit] -> a\n* [Hello] -> a\n')
    loaded = load_text(tmp_path, text)
    assert [c.id for c in loaded.story.scenes[0].choices] == [
        "hello_world", "hello_world_2", "choice", "mine", "a_very_long_choice_text_that_goes_on_wel", "hello"]
    again = load_text(tmp_path, text.replace("=== a ===\n", "=== a ===\nNew prose changes nothing.\n"))
    assert [c.id for c in again.story.scenes[0].choices] == [c.id for c in loaded.story.scenes[0].choices]


def test_choice_text_after_guard_or_label_and_before_a_target(tmp_path):
    loaded = load_text(tmp_path, 'var n = 1\n=== a ===\n* {n > 0} [Go on] -> a\n* (l) [Label] -> a\n'
                                 '* {n > 5 else "Later."} [Wait] -> a\n+ (s) {n > 0} [Sit] -> a\n~ n += 1\n')
    assert loaded.ok
    assert [c.text for c in loaded.story.scenes[0].choices] == ["Go on", "Label", "Wait", "Sit"]


def test_choice_with_condition_then_label(tmp_path):
    loaded = load_text(tmp_path, 'var n = 1\n=== a ===\n* {n > 0} (go)\n  [Go]\n')
    assert loaded.story is None  # text belongs on the choice line
    loaded = load_text(tmp_path, 'var n = 1\n=== a ===\n* {n > 0} (go) [Go]\n  ~ n += 1\n  -> a\n'
                                 '* (stay) {n > 3} [Stay]\n  -> END "e"\n')
    assert loaded.ok, codes_at(loaded)
    assert [(c.id, c.text) for c in loaded.story.scenes[0].choices] == [("go", "Go"), ("stay", "Stay")]


def test_fallback_is_hidden_and_taken_when_nothing_else_is_available():
    st = story("fallback.story")
    door = st.scene("door")
    assert [c.id for c in door.choices] == ["knock", "kick", "wait", "fallback"]
    assert door.choices[-1].fallback and door.choices[-1].text is None
    r = Reader(st)
    assert r.ids() == ["knock", "kick", "wait"]  # the fallback is never shown
    r.choose("knock")
    assert r.shown == ["A locked door."] and r.ids() == ["kick", "wait"]
    r.choose("kick")
    # nothing available now ("Wait" is only shown as unavailable): the fallback is taken by itself
    assert r.shown == ["A locked door.", "You give up after 2 tries."]
    assert r.view.ending == "Patience"
    assert r.state.history == (("door", "knock"), ("door", "kick"), ("door", "fallback"))
    assert r.state.turn == 2  # the reader made two choices; the fallback is not one


def test_without_a_fallback_the_reader_is_stuck():
    r = Reader(story("stuck.story"))
    assert r.ids() == ["search"]
    r.choose("search")
    assert r.shown == ["Nothing.", "A cell."]
    assert r.view.choices == () and r.view.stuck
    assert plain_lines(r.view)[-1] == "The story cannot go on from here: no choice is available."


def test_fallback_with_a_false_condition_is_not_taken(tmp_path):
    loaded = load_text(tmp_path, 'var n = 0\n=== a ===\n* [Go]\n  ~ n += 1\n  -> a\n* {n > 5} -> b\n'
                                 '=== b ===\n-> END "e"\n')
    st = loaded.story
    r = Reader(st).choose("go")
    assert r.view.stuck and r.state.scene == "a"


# ---------------------------------------------------------------- diverts and tunnels


def test_diverts():
    st = story("diverts.story")
    r = Reader(st)
    assert r.shown == ["Before.", "In b, visit 1."] and r.state.scene == "b"
    r.choose("back")
    assert r.shown == ["Going back.", "Before.", "In b, visit 2."]
    assert r.state.visits == {"a": 2, "b": 2}
    r.choose("stop")
    assert r.view.ending == "Stopped"
    body = st.scene("a").body
    assert isinstance(body[-1], m.Divert) and body[-1].target == "b"


def test_divert_loop_without_a_choice_is_a_runtime_error(tmp_path):
    loaded = load_text(tmp_path, '=== a ===\n-> b\n=== b ===\n-> a\n')
    assert loaded.ok
    with pytest.raises(runtime.StoryRuntimeError, match="divert loop"):
        runtime.start(loaded.story)


def test_tunnels_return_to_the_caller():
    st = story("tunnels.story")
    r = Reader(st)
    assert r.shown == ["At camp.", "You eat.", "Spicy.", "Full.", "After the meal, fed 1."]
    assert r.state.stack == ()
    r.choose("ask")  # a tunnel that stops at its own choices
    assert r.shown == ["Ask about what?"] and r.state.scene == "ask" and len(r.state.stack) == 1
    assert r.ids() == ["the_weather", "nothing"]
    r.choose("the_weather")
    assert r.shown == ["Rain.", "Asked.", "At camp.", "You eat.", "Spicy.", "Full.", "After the meal, fed 2."]
    assert r.state.stack == () and r.state.scene == "camp"
    assert r.ids() == ["sleep"]
    call = st.scene("camp").body[1]
    assert isinstance(call, m.TunnelCall) and call.target == "meal"
    assert isinstance(st.scene("spice").body[-1], m.TunnelReturn)


def test_tunnels_nest_at_most_64_deep(tmp_path):
    loaded = load_text(tmp_path, 'var d = 0\n=== a ===\n-> down ->\n-> END "e"\n'
                                 '=== down ===\n~ d += 1\n{if d < 100}\n-> down ->\n{end}\n->->\n')
    assert loaded.ok
    with pytest.raises(runtime.StoryRuntimeError, match="tunnels nested more than 64 deep"):
        runtime.start(loaded.story)
    ok = load_text(tmp_path, 'var d = 0\n=== a ===\n-> down ->\n{d}\n-> END "e"\n'
                             '=== down ===\n~ d += 1\n{if d < 64}\n-> down ->\n{end}\n->->\n')
    assert Reader(ok.story).shown == ["64"]


# ---------------------------------------------------------------- variables, constants, expressions


def test_variables_of_each_type_and_effects():
    st = story("expressions.story")
    assert [(v.name, v.type, v.initial) for v in st.variables] == [
        ("n", "int", 7), ("neg", "int", -7), ("s", "string", "On"), ("b", "bool", True), ("TEN", "int", 10)]
    effects = [x for x in st.scene("calc").body if isinstance(x, m.Effect)]
    assert [(e.target, e.op) for e in effects] == [("n", "+="), ("neg", "-="), ("s", "+="), ("b", "=")]
    r = Reader(st)
    assert r.shown[-1] == "10 -10 On-jo true"
    assert r.state.vars == (10, -10, "On-jo", True, 10)  # constants keep their slot


def test_operators_precedence_and_integer_division():
    r = Reader(story("expressions.story"))
    division, arithmetic, strings, comparisons, logic = r.shown[:5]
    # `/` and `%` round toward zero; the remainder has the sign of the left side
    assert division == "3 -3 1 -1 1 3"
    assert arithmetic == "14 20 5 3 7 2 2"  # * before +, left to right, unary minus and plus
    assert strings == 'On-jo true true true a"b'
    assert comparisons == "true true false false true false true"
    assert logic == "false true false false true"  # not > and > or


def test_operator_typing_rules():
    loaded = loader.load(os.path.join(INVALID, "type_rules.story"))
    messages = [d.message for d in loaded.diagnostics]
    assert "`and` joins bools, not an int and a bool" in messages
    assert "cannot compare an int with a string" in messages
    assert "this condition is a string, not bool" in messages


def test_constants_fold_and_cannot_change(tmp_path):
    loaded = load_text(tmp_path, 'const A = 2\nconst B = A * 10 + 1\nconst NAME = "Ha" + "n"\nconst ON = not false\n'
                                 '=== a ===\n{B} {NAME} {ON}\n-> END "e"\n')
    assert loaded.ok
    assert [(v.name, v.initial, v.const) for v in loaded.story.variables] == [
        ("A", 2, True), ("B", 21, True), ("NAME", "Han", True), ("ON", True, True)]
    assert Reader(loaded.story).shown == ["21 Han true"]


@pytest.mark.parametrize("value, code, detail", [
    ("true and 1", "FP205", "`and` joins bools, not a bool and an int"),
    ('"5" == 5', "FP205", "cannot compare a string with an int"),
    ("3 % true", "FP205", "`%` takes ints, not an int and a bool"),
    ("not (0)", "FP205", "`not` takes a bool, not an int"),
    ("-true", "FP205", "`-` takes an int, not a bool"),
    ("7 / 0", "FP215", "this expression always divides by zero"),
    ("999999999999999999 * 999", "FP150", "no longer fits in a 64-bit integer"),
    ("7 / (1 - 1)", "FP150", "it divides by zero"),
])
def test_initial_values_are_type_checked(tmp_path, value, code, detail):
    """Item 10 of the language v2: a declaration's value gets the same checks as any expression."""
    for kw in ("var", "const"):
        loaded = load_text(tmp_path, f'{kw} b = {value}\n=== a ===\n{{b}}\n-> END "e"\n')
        errors = [d for d in loaded.diagnostics if d.severity == Severity.ERROR]
        assert [d.code for d in errors] == [code], (kw, value, errors)
        assert detail in errors[0].message
        assert (errors[0].span.line, errors[0].span.column) == (1, len(kw) + 6)


def test_initial_value_type_errors_do_not_cascade(tmp_path):
    loaded = load_text(tmp_path, 'const A = true + 1\nconst B = A * 2\nvar x = 1\nvar y = x + 1\n'
                                 '=== a ===\n{B}{y}\n~ y = 2\n-> END "e"\n')
    codes = [d.code for d in loaded.diagnostics if d.severity == Severity.ERROR]
    assert codes == ["FP205", "FP214"]


def test_division_by_zero_at_run_time(tmp_path):
    loaded = load_text(tmp_path, 'var z = 0\n=== a ===\n* [Go]\n  ~ z = 10 / z\n  -> a\n* [Set] \n  ~ z = 1\n  -> a\n')
    r = Reader(loaded.story)
    with pytest.raises(runtime.StoryRuntimeError, match="division by zero") as e:
        r.choose("go")
    assert e.value.span.line == 4


# ---------------------------------------------------------------- built-ins


def test_visits_and_turn():
    st = story("builtins.story")
    r = Reader(st)
    assert r.shown == ["Hall visit 1, turn 0, garden visits 0."]
    r.choose("stay")
    assert r.shown == ["Hall visit 2, turn 1, garden visits 0."]
    r.choose("garden")
    r.choose("back")
    assert r.shown[-1] == "Hall visit 3, turn 3, garden visits 1."
    assert r.state.turn == 3 and r.state.visits == {"hall": 3, "garden": 1}


def _garden(seed):
    r = Reader(story("builtins.story"), seed).choose("garden")
    die, coin, two = re.fullmatch(r"A die shows (\d+); a coin (\d+); (\d+)\.", r.shown[0]).groups()
    return int(die), int(coin), int(two)


def test_random_is_in_range_and_deterministic_per_seed():
    rolls = [_garden(seed) for seed in range(40)]
    assert rolls == [_garden(seed) for seed in range(40)]  # the same seed, the same story
    assert all(1 <= d <= 6 and c in (0, 1) and t == 2 for d, c, t in rolls)
    assert len({d for d, _, _ in rolls}) >= 4 and {c for _, c, _ in rolls} == {0, 1}


def test_random_with_bounds_the_wrong_way_round(tmp_path):
    loaded = load_text(tmp_path, 'var lo = 5\n=== a ===\n{random(lo, 1)}\n~ lo = 1\n-> END "e"\n')
    with pytest.raises(runtime.StoryRuntimeError, match="high bound is below the low bound"):
        runtime.start(loaded.story)


def test_visits_of_an_unknown_scene(tmp_path):
    loaded = load_text(tmp_path, '=== a ===\n{visits(roof)}\n-> END "e"\n')
    assert codes_at(loaded) == [("FP202", 2, 2)]


# ---------------------------------------------------------------- text that changes


def test_interpolation_and_inline_conditionals():
    st = story("text.story")
    r = Reader(st)
    assert r.shown == ["You have 6 hours. false On-jo. You can hear their hearts. She does not know yet. "
                       "On-jo steps back. One. Tick. Crow. Silence."]
    r.choose("again")
    assert r.shown[0].startswith("You have 3 hours. true Su-hyeok. She knows. Su-hyeok stays. ")
    prose = st.scene("a").body
    [interp, *_] = [p for p in prose[0].parts if isinstance(p, m.Interp)]
    assert isinstance(interp.expr, m.Var) and interp.expr.name == "hunger"
    [only_if] = prose[1].parts
    assert isinstance(only_if, m.InlineCond) and only_if.otherwise == ()
    assert "".join(only_if.then).strip() == "You can hear their hearts."
    [with_else] = prose[2].parts
    assert "".join(with_else.then).strip() == "She knows." and "".join(with_else.otherwise) == "She does not know yet."
    [nested] = prose[3].parts
    assert isinstance(nested.then[1], m.Interp) and isinstance(nested.otherwise[0], m.Interp)


def test_the_four_kinds_of_alternatives():
    st = story("text.story")
    alts = [p for p in st.scene("a").body[4].parts if isinstance(p, m.Alternatives)]
    assert [a.kind for a in alts] == ["sequence", "cycle", "once", "shuffle"]
    assert len({a.key for a in alts}) == 4
    seen = []
    r = Reader(st)
    for _ in range(6):
        seen.append(_alt_words(r.shown[0]))
        r.choose("again")
    assert [s[0] for s in seen] == ["One.", "Two.", "Three.", "Three.", "Three.", "Three."]  # sequence
    assert [s[1] for s in seen] == ["Tick.", "Tock.", "Tick.", "Tock.", "Tick.", "Tock."]  # cycle
    assert [s[2] for s in seen] == ["Crow.", "Gone.", None, None, None, None]  # once-only
    shuffles = [s[3] for s in seen]
    assert set(shuffles) <= {"Ash.", "Dog.", "Silence."}
    again = Reader(st)
    for want in shuffles:  # shuffles are seeded: the same seed draws the same way
        assert _alt_words(again.shown[0])[3] == want
        again.choose("again")
    other_seeds = {tuple(_shuffles(st, seed)) for seed in range(8)}
    assert len(other_seeds) > 1


def _alt_words(paragraph):
    words = paragraph.split(" ")
    tail = words[-4:]
    if tail[2] not in ("Crow.", "Gone."):  # once-only has run out: three words left
        tail = words[-3:]
        return tail[0], tail[1], None, tail[2]
    return tuple(tail)


def _shuffles(st, seed):
    r = Reader(st, seed)
    out = []
    for _ in range(5):
        out.append(_alt_words(r.shown[0])[3])
        r.choose("again")
    return out


def test_alternatives_count_only_when_shown(tmp_path):
    loaded = load_text(tmp_path, 'var on = false\n=== a ===\n{on: {> one|two|three}}\n'
                                 '+ [Toggle]\n  ~ on = not on\n  -> a\n')
    r = Reader(loaded.story)
    shown = []
    for _ in range(6):
        r.choose("toggle")
        shown.append(r.shown[0] if r.shown else "")
    assert shown == ["one", "", "two", "", "three", ""]


def test_multi_line_if_elif_else_blocks():
    st = story("if_blocks.story")
    block = st.scene("a").body[0]
    assert isinstance(block, m.If) and len(block.branches) == 3 and block.branches[-1].cond is None
    r = Reader(st)
    assert r.shown == ["The smell fills your head. Hunger 9."]
    r.choose("calm_down")
    assert r.shown == ["Nested.", "On-jo watches. Hunger 2."]  # told was set inside the nested block
    assert r.state.vars == (2, True)
    r2 = Reader(st)
    r2.state = runtime.with_vars(st, r2.state, hunger=3, told=True)
    r2.choose("leave")
    assert r2.view.ending == "Told"
    r3 = Reader(st).choose("leave")
    assert r3.view.ending == "Silent"


@pytest.mark.parametrize("told, n, shown", [(True, 1, "On-jo watches."), (False, 1, "Nothing stirs."),
                                             (True, 9, "The smell.")])
def test_if_elif_else_picks_the_first_true_branch(tmp_path, told, n, shown):
    loaded = load_text(tmp_path, f'var told = {str(told).lower()}\nvar n = {n}\n=== a ===\n{{if n > 5}}\nThe smell.\n'
                                 '{elif told}\nOn-jo watches.\n{else}\nNothing stirs.\n{end}\n'
                                 '~ told = not told\n~ n += 1\n-> END "e"\n')
    assert Reader(loaded.story).shown == [shown]


# ---------------------------------------------------------------- comments and notes


def test_comments_are_not_shown_and_todos_are_notes():
    loaded = load("comments.story")
    assert Reader(loaded.story).shown == ["Visible. Still visible text."]
    [note] = loaded.diagnostics
    assert (note.code, note.severity, note.message) == ("FP901", Severity.NOTE, "TODO: rewrite this scene")
    assert (note.span.line, note.span.column) == (7, 1)
    assert loaded.story.title == "Comments"


# ---------------------------------------------------------------- mistakes: tests/data/invalid/

_EXPECT = re.compile(r"^//\s*expect:\s*(?P<items>.*?)(?:\s+xfail:\s*(?P<why>.*))?$")
_ITEM = re.compile(r"^(FP\d{3})\s+(?:(\S+):)?(\d+):(\d+)$")


def _expectations(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline().rstrip("\n")
    mt = _EXPECT.match(first)
    assert mt, f"{path}: the first line must be `// expect: CODE LINE:COL[, ...]`"
    items = []
    for item in mt["items"].split(","):
        im = _ITEM.match(item.strip())
        assert im, f"{path}: cannot read {item!r}"
        code, file, line, col = im.groups()
        items.append((code, file or os.path.basename(path), int(line), int(col)))
    return sorted(items), mt["why"]


def _invalid_cases():
    out = []
    for name in sorted(os.listdir(INVALID)):
        if not name.endswith(".story"):
            continue
        path = os.path.join(INVALID, name)
        _, why = _expectations(path)
        marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
        out.append(pytest.param(name, marks=marks, id=name[:-6]))
    return out


@pytest.mark.parametrize("name", _invalid_cases())
def test_invalid_story_gives_exactly_the_expected_diagnostics(name):
    path = os.path.join(INVALID, name)
    expected, _ = _expectations(path)
    loaded = loader.load(path)
    got = sorted((d.code, os.path.relpath(os.path.abspath(d.span.file), INVALID), d.span.line, d.span.column)
                 for d in loaded.diagnostics)
    assert got == expected
    if any(REGISTRY[c].severity is Severity.ERROR for c, *_ in expected):
        assert loaded.story is None and not loaded.ok


def test_invalid_fixtures_cover_every_code():
    """Each registry code is triggered by an invalid fixture; the encoding and size codes
    (FP110-FP114) need bytes or sizes a text fixture cannot hold: tests/test_bad_input.py has them."""
    covered = set()
    for name in os.listdir(INVALID):
        if name.endswith(".story"):
            covered |= {c for c, *_ in _expectations(os.path.join(INVALID, name))[0]}
    language = {c for c in REGISTRY if c[2] in "123"}  # FP4xx belong to the checker's own tests
    missing = language - covered - {"FP110", "FP111", "FP112", "FP113", "FP114"}
    assert not missing, sorted(missing)


def test_valid_fixtures_are_all_clean():
    names = []
    for dirpath, _, files in os.walk(VALID):
        names += [os.path.relpath(os.path.join(dirpath, f), VALID) for f in files if f.endswith(".story")]
    for name in sorted(names):
        if os.sep in name and not name.endswith("main.story"):
            continue  # chapters are checked through their main file
        loaded = loader.load(os.path.join(VALID, name))
        assert loaded.ok and all(d.severity is Severity.NOTE for d in loaded.diagnostics), name
