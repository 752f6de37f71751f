"""Weave inside a scene: nested choices, gathers, labels (engine/forkpaths/weave.py) through every stage."""

import os

import pytest

from forkpaths import formatter, loader, runtime, saves, transcript
from forkpaths.commands import stats
from forkpaths.export import scene_graph

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WEAVE = os.path.join(ROOT, "tests", "data", "weave")
STORIES = sorted(f for f in os.listdir(WEAVE) if f.endswith(".story"))
TRANSCRIPTS = sorted(os.path.join(WEAVE, f) for f in os.listdir(WEAVE) if f.endswith(".transcript"))


def load_text(tmp_path, text):
    path = tmp_path / "main.story"
    path.write_text(text, encoding="utf-8")
    return loader.load(str(path))


def story_of(tmp_path, text):
    loaded = load_text(tmp_path, text)
    assert loaded.ok, [(d.code, str(d.span), d.message) for d in loaded.diagnostics]
    return loaded.story


def play(story, *picks):
    """Start, then choose by visible text; -> the last View."""
    s = runtime.start(story)
    for text in picks:
        v = runtime.view(story, s)
        ids = [c.id for c in v.choices if c.plain == text]
        assert ids, (text, [c.plain for c in v.choices])
        s = saves.roundtrip(story, runtime.choose(story, s, ids[0]))  # every step through a save, too
    return runtime.view(story, s)


class TestTranscripts:
    @pytest.mark.parametrize("path", TRANSCRIPTS, ids=os.path.basename)
    def test_ink_examples_play_as_inks_documentation_says(self, path):
        results = transcript.run_file(path)
        assert results and all(r.ok for r in results), "\n".join(r.message for r in results if not r.ok)

    @pytest.mark.parametrize("name", STORIES)
    def test_each_story_checks_clean(self, name, capsys):
        from forkpaths.cli import main
        assert main(["check", "--strict", os.path.join(WEAVE, name)]) == 0, capsys.readouterr().out


class TestStructure:
    def test_gathers_choice_bodies_and_labels_become_parts_of_their_scene(self, tmp_path):
        story = story_of(tmp_path, """=== cafe ===
Hello.
* [Tea]
    Tea.
* (coffee) [Coffee]
    * * [Black] Black.
    * * [White] White.
- (drink) You drink.
-
-> END "x"
""".replace("] Black.", "]\n        Black.").replace("] White.", "]\n        White."))
        parts = {sc.name: (sc.part_of, sc.part_kind) for sc in story.scenes if sc.part_of}
        # the labelled choice's part holds its nested choices itself; the bare `-` is numbered
        assert parts == {"cafe.coffee": ("cafe", "choice"), "cafe.drink": ("cafe", "gather"),
                         "cafe.1": ("cafe", "gather")}
        assert [c.id for c in story.scene("cafe.coffee").choices] == ["black", "white"]
        assert [sc.name for sc in story.real_scenes] == ["cafe"]
        assert story.owner("cafe.1") == "cafe" and story.owner("cafe") == "cafe"
        tea = story.scene("cafe").choices[0]
        assert tea.body[-1].target == "cafe.drink"  # the body falls through to the gather

    def test_a_label_is_found_inside_its_scene_and_from_elsewhere(self, tmp_path):
        story = story_of(tmp_path, """=== a ===
- (top) Top {visits(top)}.
* [Again] -> top
* [Elsewhere] -> b
=== b ===
{visits(a.top)} visits.
* [Back] -> a.top
* [End] -> END "e"
""")
        assert play(story, "Again").paragraphs == ("Top 2.",)
        assert play(story, "Again", "Elsewhere").paragraphs == ("2 visits.",)
        assert play(story, "Elsewhere", "Back").paragraphs == ("Top 2.",)

    def test_a_label_of_the_scene_comes_before_a_scene_of_the_same_name(self, tmp_path):
        story = story_of(tmp_path, """=== a ===
* [Go] -> b
- (b) The gather.
-> END "g"
=== b ===
The scene.
-> END "s"
""")
        assert play(story, "Go").paragraphs == ("The gather.",)

    def test_title_and_tags_of_a_part_are_its_scenes(self, tmp_path):
        story = story_of(tmp_path, """=== a "The Hall" === #chapter: One
* [Go]
    * * [On] -> END "e"
""")
        v = play(story, "Go")
        assert v.scene == "a.1" and v.title == "The Hall" and v.tag("chapter") == "One"

    def test_sticky_nested_choices(self, tmp_path):
        story = story_of(tmp_path, """=== a ===
- (top)
+ [Look]
    + + [Closer]
        Closer.
    * * [Away] -> END "e"
    - - -> top
""")
        v = play(story, "Look", "Closer", "Look", "Closer", "Look")
        assert [c.plain for c in v.choices] == ["Closer", "Away"]


class TestErrors:
    def codes(self, tmp_path, text):
        return [d.code for d in load_text(tmp_path, text).diagnostics]

    def test_a_choice_with_no_divert_and_no_gather_after_it_stays_an_error(self, tmp_path):
        assert self.codes(tmp_path, "=== a ===\n* [Go]\n    You go.\n* [Stay] -> END \"x\"\n") == ["FP301"]

    def test_a_nested_choice_falls_to_an_outer_gather_when_its_level_has_none(self, tmp_path):
        story = story_of(tmp_path, "=== a ===\n* [Go]\n    * * [Run]\n        Run.\n- Out.\n-> END \"x\"\n")
        assert play(story, "Go", "Run").paragraphs == ("Run.", "Out.")

    def test_undefined_label_names_the_scene_and_suggests(self, tmp_path):
        diags = load_text(tmp_path, "=== a ===\n- (top) Hi.\n-> b\n=== b ===\n-> a.tops\n").diagnostics
        assert [(d.code, d.message) for d in diags] == [
            ("FP221", "scene `a` has no label `tops`; did you mean `top`?")]

    def test_dotted_name_of_an_unknown_scene_is_an_unknown_scene(self, tmp_path):
        assert self.codes(tmp_path, "=== a ===\n-> nowhere.top\n") == ["FP202"]

    def test_weave_that_runs_out(self, tmp_path):
        diags = load_text(tmp_path, "=== a ===\n* [Go]\n- (late) Late.\n").diagnostics
        assert [(d.code, d.message) for d in diags] == [
            ("FP320", "The gather `(late)` of scene `a` has nothing after it: no choices, no divert and no "
                      "gather below")]

    def test_duplicate_labels_and_mixed_markers(self, tmp_path):
        assert self.codes(tmp_path, "=== a ===\n- (x)\n* (x) [Go] -> END \"e\"\n") == ["FP220"]
        assert self.codes(tmp_path, "=== a ===\n* [Go]\n    * + [On] -> END \"e\"\n") == ["FP120"]


class TestTools:
    @pytest.mark.parametrize("name", STORIES)
    def test_fmt_round_trips_and_is_idempotent(self, name):
        with open(os.path.join(WEAVE, name), encoding="utf-8") as f:
            text = f.read()
        once = formatter.format_text(text)
        assert formatter.parse_meaning(once)[0] == formatter.parse_meaning(text)[0]
        assert formatter.format_text(once) == once

    def test_fmt_indents_by_weave_level(self):
        text = "=== a ===\n-   ( top )  Hi.\n*  *[Go]\nGone.\n- -  ->   top\n* [End] -> END \"e\"\n"
        assert formatter.format_text(text) == (
            "=== a ===\n- (top) Hi.\n    * * [Go]\n        Gone.\n    - - -> top\n* [End] -> END \"e\"\n")

    def test_graph_and_stats_count_only_real_scenes(self):
        story = loader.load(os.path.join(WEAVE, "labels.story")).story
        assert len(story.scenes) > len(story.real_scenes) == 5
        g = scene_graph(story)
        assert sorted(n.name for n in g.nodes if n.kind == "scene") == sorted(s.name for s in story.real_scenes)
        assert all("." not in e.source and "." not in e.target for e in g.edges)
        assert stats.counts(story)["scenes"] == 5


class TestSmallerForms:
    """Issue 12 item 7: choices inside `{if}`, `->->` as a choice's target, tunnels on one line."""

    def test_choices_in_a_block_are_guarded_by_its_branches(self, tmp_path):
        story = story_of(tmp_path, """var n = 0
=== a ===
~ n += 1
{if n == 1}
    First.
    * [One] -> a
{elif n == 2}
    + [Two] -> a
{else}
    * {n < 4} [Three] -> a
{end}
+ [Any] -> END "e"
""")
        seen = []
        s = runtime.start(story)
        for _ in range(4):
            v = runtime.view(story, s)
            seen.append([c.plain for c in v.choices])
            s = runtime.choose(story, s, next(c.id for c in v.choices if c.plain != "Any"))\
                if len(v.choices) > 1 else s
        assert seen[:3] == [["One", "Any"], ["Two", "Any"], ["Three", "Any"]] and seen[3] == ["Any"]
        assert runtime.view(story, runtime.start(story)).paragraphs == ("First.",)

    def test_a_nested_choice_in_a_block_of_a_choice_body(self, tmp_path):
        story = story_of(tmp_path, """var asked = false
=== inn ===
* [Ask]
    ~ asked = true
    {if asked}
        * * [About the road] -> inn
    {end}
    * * [About nothing] -> inn
* [Sleep] -> END "Rest"
""")
        assert [c.plain for c in play(story, "Ask").choices] == ["About the road", "About nothing"]

    def test_tunnels_on_one_line_and_a_choice_that_returns(self, tmp_path):
        story = story_of(tmp_path, """=== a ===
-> t -> u -> b
=== t ===
T.
->->
=== u ===
* [Back] ->->
=== b ===
B.
-> END "e"
""")
        assert runtime.view(story, runtime.start(story)).paragraphs == ("T.",)
        assert play(story, "Back").paragraphs == ("B.",)
        calls = [type(st).__name__ for st in story.scene("a").body]
        assert calls == ["TunnelCall", "TunnelCall", "Divert"]

    def test_fmt_spaces_tunnel_chains_and_choice_returns(self):
        text = "=== a ===\n->t->u  ->\n-> t ->u\n=== t ===\n* [Back]->->\n"
        assert formatter.format_text(text) == (
            "=== a ===\n-> t -> u ->\n-> t -> u\n\n=== t ===\n* [Back] ->->\n")


# ---------------------------------------------------------------- random weaves

from hypothesis import HealthCheck, assume, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@st.composite
def weave_stories(draw, closed=False):
    """Small random stories of weave: choices nested up to three deep, gathers with and without
    labels, diverts to labels (alone and `scene.label`), `visits(label)` gates, choices inside
    `{if}`, tunnels on one line, `->->` as a choice's target and `->-> target`. `closed`: every way on stays
    inside the story (no dangling `scene.label` to a label that may be missing), so it loads."""
    n = draw(st.integers(1, 3))
    scenes = [f"s{i}" for i in range(n)]
    labels = {s: [] for s in scenes}
    lines = ["var f = false", ""]
    plan = []  # per scene: [(kind, level, text)], labels drawn first so diverts can name them
    for s in scenes:
        items, level = [], 1
        for k in range(draw(st.integers(1, 6))):
            kind = draw(st.sampled_from(["choice", "choice", "gather"]))
            level = max(1, min(3, level + draw(st.integers(-1, 1))))
            label = None
            if draw(st.integers(0, 2)) == 0:
                label = f"l{k}"
                labels[s].append(label)
            items.append((kind, level, label, k))
        plan.append(items)

    def way(s):
        options = [f'-> END "e{draw(st.integers(0, 1))}"', f"-> {draw(st.sampled_from(scenes))}", ""]
        if labels[s]:
            options.append(f"-> {draw(st.sampled_from(labels[s]))}")
        others = [f"{o}.{lb}" for o in scenes for lb in labels[o]]
        if others:
            options.append(f"-> {draw(st.sampled_from(others))}")
        if not closed:
            options.append(f"-> {s}.missing")
        return draw(st.sampled_from(options))

    for s, items in zip(scenes, plan):
        lines.append(f"=== {s} ===")
        lines.append("-> t ->" if s == "s0" else draw(st.sampled_from(["Start.", "~ f = not f", "{if f}", "-> t -> t ->"])))
        if lines[-1] == "{if f}":
            lines += [draw(st.sampled_from(["* [In if] -> " + s, "    Maybe.", "+ [Sticky if]\n    -> END \"e0\""])),
                      "{end}"]
        for j, (kind, level, label, k) in enumerate(items):
            nxt = items[j + 1] if j + 1 < len(items) else None
            mark = ("* " if kind == "choice" else "- ") * level
            lab = f"({label}) " if label else ""
            pad = "    " * (level - 1)
            # a way on only where nothing of this weave comes after it (else FP303/FP307 say so)
            free = nxt is None or (nxt[0] == "gather" if kind == "gather" else nxt[1] <= level)
            if kind == "gather":
                lines.append(f"{pad}{mark}{lab}{draw(st.sampled_from(['Gathered.', '', '~ f = true']))}")
                w = way(s) if free else ""
                if w and draw(st.booleans()):
                    lines.append(pad + w)
                continue
            guard = draw(st.sampled_from(["", "{f} ", "{not f} "] + [f"{{visits({lb}) > 0}} " for lb in labels[s]]))
            sticky = draw(st.booleans())
            lines.append(pad + (mark.replace("*", "+") if sticky else mark) + lab + guard + f"[c{k}]")
            lines.append(pad + "    " + draw(st.sampled_from(["Chosen.", "~ f = false", "Seen {visits(" + s + ")}."])))
            w = way(s) if free else ""
            if w:
                lines.append(pad + "    " + w)
        lines.append('- -> END "done"')
        lines.append("")
    lines += ["=== t ===", "T.", "* [Back] ->->", "+ [Also back]", "    ->->"]
    if draw(st.booleans()):  # `->-> target`: out of the tunnel to somewhere else
        lines += [f"* {draw(st.sampled_from(['', '{f} ']))}[Away] ->-> {draw(st.sampled_from(scenes))}"]
    lines.append("")
    return "\n".join(lines)


# 250 examples under the CI profile (each builds, checks and brute-forces a story: up to 0.25 s);
# the dev profile's 200 otherwise. These two tests were most of the suite's time at 2,000.
WEAVE_FUZZ = settings(max_examples=min(max(settings.default.max_examples, 150), 250), deadline=None,
                      suppress_health_check=list(HealthCheck))


class TestRandomWeaves:
    @WEAVE_FUZZ
    @given(text=weave_stories())
    def test_never_crash_and_fmt_round_trips(self, tmp_path_factory, text):
        from test_fuzz_parser import check_loaded
        path = tmp_path_factory.mktemp("w") / "main.story"
        path.write_text(text, encoding="utf-8")
        check_loaded(loader.load(str(path)))  # diagnostics only; a story that loads runs and is checked
        meaning = formatter.parse_meaning(text)[0]
        if meaning is not None:
            once = formatter.format_text(text)
            assert formatter.parse_meaning(once)[0] == meaning, text
            assert formatter.format_text(once) == once

    @WEAVE_FUZZ
    @given(text=weave_stories(closed=True))
    def test_the_checker_agrees_with_brute_force(self, tmp_path_factory, text):
        from test_fuzz import TooBig, brute_force, compare_targets
        from forkpaths.explore import analyze
        path = tmp_path_factory.mktemp("w") / "main.story"
        path.write_text(text, encoding="utf-8")
        loaded = loader.load(str(path))
        assume(loaded.ok)
        r = analyze(loaded.story, max_states=2_000, timeout=60)
        assume(r.complete)
        try:
            brute = brute_force(loaded.story, 5)
        except TooBig:
            brute = None
        assume(brute is not None)
        if brute["error"] is not None:
            assert r.errors, text
            return
        compare_targets(r, brute, 5, text)


def test_a_tunnel_can_return_elsewhere(tmp_path):
    story = story_of(tmp_path, """=== a ===
-> t ->
Never.
-> END "no"
=== t ->
""".replace("=== t ->\n", """=== t ===
* [Away] ->-> b
* [Back] ->->
=== b ===
-> u ->
B.
-> END "b"
=== u ===
->->
"""))
    v = play(story, "Away")
    assert v.paragraphs == ("B.",) and v.ending == "b"
    assert play(story, "Back").paragraphs == ("Never.",)
    assert formatter.format_text("=== t ===\n->->   b\n") == "=== t ===\n->-> b\n"
