"""Functions and queries (issue 12 items 4-7): turns_since, min/max/abs, through runtime, saves and checker."""

import json
import os

import pytest

from forkpaths import explore, loader, saves, transcript
from forkpaths import runtime as rt
from forkpaths.analysis.projection import Projection

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FEATURES = os.path.join(ROOT, "tests", "data", "features")


def load_text(tmp_path, text):
    path = tmp_path / "main.story"
    path.write_text(text, encoding="utf-8")
    loaded = loader.load(str(path))
    assert loaded.story is not None, [d.message for d in loaded.diagnostics]
    return loaded.story


def play(story, *choices, seed=0):
    s = rt.start(story, seed)
    for c in choices:
        s = rt.choose(story, s, c)
    return s


@pytest.mark.parametrize("path", sorted(os.path.join(FEATURES, f) for f in os.listdir(FEATURES)
                                        if f.endswith(".transcript")), ids=os.path.basename)
def test_feature_transcripts_pass(path):
    got = transcript.run_file(path)
    assert got and all(r.ok for r in got), "\n".join(r.message for r in got if not r.ok)


LAUGH = """var n = 0
=== hall ===
Since: {turns_since(laugh)}.
+ [Laugh] -> laugh
+ [Wait]
    ~ n += 1
    -> hall
* {turns_since(laugh) > 4 and n > 0} [Sleep] -> END "Asleep"

=== laugh ===
Ha. {turns_since(laugh)}
-> hall
"""


class TestTurnsSince:
    def test_minus_one_then_zero_then_counts_choices(self, tmp_path):
        story = load_text(tmp_path, LAUGH)
        s = play(story)
        assert rt.view(story, s).paragraphs == ("Since: -1.",)
        s = play(story, "laugh")
        assert rt.view(story, s).paragraphs == ("Ha. 0", "Since: 0.")
        s = play(story, "laugh", "wait", "wait")
        assert rt.view(story, s).paragraphs == ("Since: 2.",)

    def test_fallbacks_do_not_count_as_turns(self, tmp_path):
        story = load_text(tmp_path, """=== a ===
A {turns_since(b)}.
+ [Go] -> b
=== b ===
* -> c
=== c ===
C {turns_since(b)}.
+ [Back] -> a
""")
        s = play(story, "go")
        assert rt.view(story, s).paragraphs == ("C 0.",)
        s = play(story, "go", "back")
        assert rt.view(story, s).paragraphs == ("A 1.",)

    def test_saved_and_restored(self, tmp_path):
        story = load_text(tmp_path, LAUGH)
        s = play(story, "laugh", "wait")
        data = saves.to_dict(story, s)
        assert data["version"] == saves.VERSION and data["seen"] == {"hall": 2, "laugh": 1}
        back = saves.from_dict(story, json.loads(json.dumps(data))).state
        assert back.seen == s.seen and back.key() == s.key()

    def test_a_format_1_save_estimates_seen_from_its_history(self, tmp_path):
        story = load_text(tmp_path, LAUGH)
        s = play(story, "laugh", "wait", "wait")
        data = json.loads(json.dumps(saves.to_dict(story, s)))
        del data["seen"]
        data["version"] = data["min_version"] = 1
        back = saves.from_dict(story, data).state
        # laugh offered no choice of its own: its turn is taken as the start; hall is the current scene
        assert back.seen == {"hall": 3, "laugh": 0}
        assert rt.view(story, rt.choose(story, back, "wait")).paragraphs == ("Since: 4.",)

    def test_a_damaged_seen_is_refused(self, tmp_path):
        story = load_text(tmp_path, LAUGH)
        data = saves.to_dict(story, play(story, "laugh"))
        data["seen"]["laugh"] = 99
        with pytest.raises(saves.DamagedSave, match="last seen"):
            saves.from_dict(story, data)

    def test_checker_finds_the_ending_after_enough_turns_and_saturates(self, tmp_path):
        story = load_text(tmp_path, LAUGH)
        proj = Projection(story)
        assert proj.caps["since:laugh"] == ("up", 5)
        report = explore.analyze(story)
        assert report.endings["Asleep"].status == explore.REACHABLE
        assert report.shortest("Asleep") == 7  # laugh, wait five times, then sleep

    def test_checker_proves_a_just_seen_condition_never_holds_later(self, tmp_path):
        story = load_text(tmp_path, """=== camp ===
+ [Rest] -> potion
* {turns_since(potion) > 1} [Leave] -> END "Gone"
=== potion ===
-> camp
""")
        report = explore.analyze(story)
        assert report.endings["Gone"].status == explore.UNREACHABLE


class TestMinMaxAbs:
    def test_values(self, tmp_path):
        story = load_text(tmp_path, """var x = -9
const LOW = min(3, -4)
=== a ===
{min(x, 2)} {max(x, 2)} {abs(x)} {abs(7)} {LOW} {max(min(x, 0), -3)}
~ x = abs(x) * 2
{x}
-> END "e"
""")
        assert rt.view(story, play(story)).paragraphs == ("-9 2 9 7 -4 -3 18",)

    def test_abs_of_the_smallest_int_overflows(self, tmp_path):
        story = load_text(tmp_path, """var x = -922337203685477580
=== a ===
~ x = x * 10 - 8
{abs(x)}
-> END "e"
""")
        with pytest.raises(rt.StoryRuntimeError, match="integer overflow"):
            play(story)


FOGG = """var stamina = 5
var n = 0

=== function fact(k) ===
{if k <= 1}
~ return 1
{end}
~ return k * fact(k - 1)

=== function deep(k) ===
~ return deep(k + 1)

=== function harm(x) ===
~ stamina = max(stamina - x, 0)

=== function big(k) ===
~ return k * 2 > 10

=== a ===
~ temp t = fact(5)
~ n += 1
Start {t}.
+ [Keep] 
    ~ t += 1
    -> tun ->
    Kept {t}.
    -> a
+ [Hurt]
    ~ harm(2)
    Stamina {stamina}.
    -> a
* {big(n)} [Big] -> END "Big"
* [Deep]
    ~ n = deep(0)
    -> a

=== tun ===
~ temp t = "inner"
In the tunnel, {t}.
* [Back]
    ->->
"""


class TestFunctions:
    def test_values_recursion_and_globals(self, tmp_path):
        story = load_text(tmp_path, FOGG)
        s = play(story)
        assert rt.view(story, s).paragraphs == ("Start 120.",)
        s = play(story, "hurt", "hurt", "hurt")
        assert rt.view(story, s).paragraphs == ("Stamina 0.", "Start 120.")

    def test_temporaries_last_through_a_choice_and_a_tunnel(self, tmp_path):
        story = load_text(tmp_path, FOGG)
        s = play(story, "keep")
        assert rt.view(story, s).paragraphs == ("In the tunnel, inner.",)
        assert s.temps == ("inner",) and s.temp_stack == ((121,),)
        s = rt.choose(story, s, "back")
        assert rt.view(story, s).paragraphs == ("Kept 121.", "Start 120.")

    def test_recursion_past_the_limit_is_a_runtime_error(self, tmp_path):
        story = load_text(tmp_path, FOGG)
        with pytest.raises(rt.StoryRuntimeError, match="function calls nested more than 64 deep") as e:
            play(story, "deep")
        assert e.value.span.line == 11

    def test_temporaries_are_saved_inside_a_tunnel(self, tmp_path):
        story = load_text(tmp_path, FOGG)
        s = play(story, "keep")
        data = json.loads(json.dumps(saves.to_dict(story, s)))
        assert data["min_version"] == 4
        assert data["position"]["temps"] == {"t": "inner"} and data["position"]["temp_stack"] == [{"t": 121}]
        back = saves.from_dict(story, data).state
        assert back.key() == s.key()
        assert rt.view(story, rt.choose(story, back, "back")).paragraphs == ("Kept 121.", "Start 120.")

    def test_a_saved_temporary_of_another_type_starts_again(self, tmp_path):
        story = load_text(tmp_path, FOGG)
        data = json.loads(json.dumps(saves.to_dict(story, play(story, "keep"))))
        data["position"]["temp_stack"] = [{"t": "text"}]
        r = saves.from_dict(story, data)
        assert r.state.temp_stack == ((0,),)
        assert "temporary `t` of scene `a` starts again at 0" in r.notes

    def test_a_variable_read_inside_a_function_is_not_saturated(self, tmp_path):
        story = load_text(tmp_path, FOGG)
        proj = Projection(story)
        assert "n" in proj.relevant and "n" not in proj.caps
        assert "stamina" in proj.runaway  # assigned inside a function: kept exact

    def test_checker_follows_calls_that_change_variables(self, tmp_path):
        story = load_text(tmp_path, """var door = false
=== function open_it() ===
~ door = true

=== hall ===
+ [Push] 
    ~ open_it()
    -> hall
* {door} [Leave] -> END "Out"
""")
        report = explore.analyze(story)
        assert report.endings["Out"].status == explore.REACHABLE
        assert report.shortest("Out") == 2

    def test_checker_proves_what_a_function_never_allows(self, tmp_path):
        story = load_text(tmp_path, """var n = 0
=== function small(k) ===
~ return k < 3

=== hall ===
+ {small(n)} [Step]
    ~ n += 1
    -> hall
* {n > 5} [Leave] -> END "Out"
""")
        report = explore.analyze(story)
        assert report.endings["Out"].status == explore.UNREACHABLE


class TestHostFunctions:
    def story(self):
        return loader.load(os.path.join(FEATURES, "external.story")).story

    def test_fallbacks_play_without_a_host(self):
        story = self.story()
        assert rt.view(story, rt.start(story)).paragraphs == ("Three times four is 1.",)

    def test_a_bound_function_replaces_its_fallback(self):
        import forkpaths
        played = []
        story = forkpaths.bind(self.story(), multiply=lambda x, y: x * y, play_sound=played.append)
        s = rt.choose(story, rt.start(story), "hit_the_anvil")
        assert rt.view(story, s).paragraphs == ("Whack. 0 sounds so far.", "Three times four is 12.")
        assert played == ["whack"]
        # a save of the bound story loads into the unbound one (the same story)
        assert saves.loads(self.story(), saves.dumps(story, s)).exact

    def test_the_host_is_held_to_the_story_types_and_names(self):
        import forkpaths
        story = forkpaths.bind(self.story(), multiply=lambda x, y: "twelve")
        with pytest.raises(rt.StoryRuntimeError, match="host function `multiply` returned str 'twelve', not an int"):
            rt.start(story)
        story = forkpaths.bind(self.story(), multiply=lambda x, y: 1 / 0)
        with pytest.raises(rt.StoryRuntimeError, match="host function `multiply` failed: ZeroDivisionError"):
            rt.start(story)
        with pytest.raises(ValueError, match="`workshop` is not a function of the story"):
            forkpaths.bind(self.story(), workshop=print)

    def test_the_web_runtime_binds_the_same_way(self, tmp_path):
        import subprocess

        import webjs
        from forkpaths import format as fmt
        if webjs.node_path() is None:
            pytest.skip("Node.js is not installed")
        (tmp_path / "story.json").write_text(fmt.dumps(self.story()), encoding="utf-8")
        script = f"""
const FP = require({json.dumps(os.path.join(ROOT, "engine", "forkpaths", "web", "runtime.js"))});
const p = FP.load(require("fs").readFileSync({json.dumps(str(tmp_path / "story.json"))}, "utf8"));
const out = [FP.view(p, FP.start(p, 0)).paragraphs];
const played = [];
FP.bindExternal(p, "multiply", (x, y) => x * y);
FP.bindExternal(p, "play_sound", (s) => {{ played.push(s); }});
out.push(FP.view(p, FP.choose(p, FP.start(p, 0), "hit_the_anvil")).paragraphs, played);
FP.bindExternal(p, "multiply", () => "twelve");
try {{ FP.start(p, 0); }} catch (e) {{ out.push(e.render()); }}
try {{ FP.bindExternal(p, "workshop", () => 1); }} catch (e) {{ out.push(e.message); }}
console.log(JSON.stringify(out));
"""
        got = json.loads(subprocess.run([webjs.node_path(), "-e", script], capture_output=True, text=True,
                                        check=True).stdout)
        assert got == [["Three times four is 1."], ["Whack. 0 sounds so far.", "Three times four is 12."], ["whack"],
                       "external.story:20:22: runtime error: host function `multiply` returned string, not an int",
                       "`workshop` is not an external function of the story"]


class TestEnumerations:
    def story(self):
        return loader.load(os.path.join(FEATURES, "enums.story")).story

    def test_values_are_typed_shown_and_saved_by_name(self):
        story = self.story()
        assert [(v.name, v.type, v.initial) for v in story.variables] == [("kettle", "heat", "cold"),
                                                                           ("pot", "heat", "cold")]
        s = rt.choose(story, rt.start(story), "turn_on_kettle")
        data = json.loads(saves.dumps(story, s))
        assert data["variables"] == {"kettle": "boiling", "pot": "cold"}
        assert saves.loads(story, json.dumps(data)).state.key() == s.key()

    def test_a_saved_value_that_is_no_longer_one_of_the_enumeration_starts_again(self):
        story = self.story()
        data = json.loads(saves.dumps(story, rt.start(story)))
        data["variables"]["kettle"] = "lukewarm"
        r = saves.loads(story, json.dumps(data))
        assert r.state.vars[0] == "cold" and any("`kettle` is now heat" in n for n in r.notes)

    def test_hosts_set_only_values_of_the_enumeration(self):
        story = self.story()
        s = rt.with_vars(story, rt.start(story), kettle="boiling")
        assert s.vars[0] == "boiling"
        with pytest.raises(rt.VariableError, match="not one of cold, boiling, recently_boiled"):
            rt.with_vars(story, s, kettle="warm")

    def test_a_temporary_of_an_enumeration_starts_at_its_first_value(self, tmp_path):
        story = load_text(tmp_path, """enum heat = cold, hot
var h = hot
=== a ===
~ temp t = h
{t}
~ t = cold
{t}
-> END "x"
""")
        assert rt.view(story, rt.start(story)).paragraphs == ("hot cold",)


class TestSets:
    def story(self):
        return loader.load(os.path.join(FEATURES, "sets.story")).story

    def test_add_remove_and_show_in_the_enumeration_order(self):
        story = self.story()
        s = rt.choose(story, rt.start(story), "eamonn_and_denver_arrive")
        assert s.vars[0] == ("Adams", "Cartwright", "Denver", "Eamonn")
        assert rt.view(story, s).paragraphs[0] == "In the surgery: Adams, Cartwright, Denver, Eamonn. That is 4."

    def test_saved_as_names_and_restored(self):
        story = self.story()
        s = rt.choose(story, rt.start(story), "eamonn_and_denver_arrive")
        data = json.loads(saves.dumps(story, s))
        assert data["variables"] == {"in_surgery": ["Adams", "Cartwright", "Denver", "Eamonn"]}
        back = saves.loads(story, json.dumps(data)).state
        assert back.key() == s.key()
        s2 = rt.choose(story, back, "adams_eamonn_and_denver_leave")
        assert s2.vars[0] == ("Cartwright",)
        data["variables"]["in_surgery"] = ["Adams", "Zed"]
        r = saves.loads(story, json.dumps(data))
        assert r.state.vars[0] == ("Adams", "Cartwright") and any("in_surgery" in n for n in r.notes)

    def test_hosts_give_any_collection_of_values(self):
        story = self.story()
        s = rt.with_vars(story, rt.start(story), in_surgery={"Eamonn", "Bernard"})
        assert s.vars[0] == ("Bernard", "Eamonn")
        with pytest.raises(rt.VariableError, match="give it values of doctor"):
            rt.with_vars(story, s, in_surgery=["Zed"])

    def test_the_value_analysis_follows_sets(self, tmp_path):
        story = load_text(tmp_path, """enum who = onjo, dae
var knows = set(onjo)
=== a ===
+ [Tell Dae]
    ~ knows += dae
    ~ knows -= onjo
    -> a
* {count(knows) == 2} [Everyone] -> END "All"
* {has(knows, dae)} [Leave] -> END "Told"
""")
        report = explore.analyze(story)
        assert report.endings["All"].status == explore.UNREACHABLE
        assert report.endings["Told"].status == explore.REACHABLE


def test_strings_and_translations_keep_temporaries(tmp_path):
    """`forkpaths strings` shows a temporary by name; a translation that uses it plays it from its slot."""
    from forkpaths import i18n
    story = loader.load(os.path.join(FEATURES, "functions.story")).story
    entries = i18n.extract(story)
    line = next(e for e in entries if e.text.startswith("Stamina"))
    assert line.text == "Stamina {stamina}; {number_of_warm_things} warm things still."
    po = tmp_path / "de.po"
    po.write_text(_po_with(i18n, line, "Kraft {stamina}; noch {number_of_warm_things} warme Dinge."),
                  encoding="utf-8")
    problems = []
    t = i18n.apply_translation(story, str(po), problems)
    assert problems == []
    s = rt.choose(t, rt.choose(t, rt.start(t), "yes"), "trudge_on")
    assert rt.view(t, s).paragraphs[0] == "Kraft 2; noch 2 warme Dinge."


def _po_with(i18n, entry, text):
    return (f'msgctxt "{entry.id}"\nmsgid {i18n.po_quote(entry.text)}\nmsgstr {i18n.po_quote(text)}\n')
