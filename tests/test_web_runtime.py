"""The web runtime (engine/forkpaths/web/runtime.js, under Node) against runtime.py: transcripts and generated stories."""

import json
import os

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from forkpaths import format as fmt
from forkpaths import loader, runtime, saves, transcript
from forkpaths.diagnostics import has_errors

import webjs

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

pytestmark = pytest.mark.skipif(webjs.node_path() is None,
                                reason="Node.js is not installed (`apt-get install nodejs`): "
                                       "the web runtime cannot be compared with runtime.py")


@pytest.fixture(scope="module")
def node():
    n = webjs.Node()
    yield n
    n.close()


def same(story, node, sid, seed, steps):
    py = webjs.py_play(story, seed, steps)
    js = node.play(sid, seed, steps)
    diff = webjs.first_difference(py, js)
    assert diff is None, diff
    return py


# ---------------------------------------------------------------- every transcript in the repository

TRANSCRIPTS = webjs.all_transcripts(ROOT)


def test_the_repository_has_transcripts():
    rel = {os.path.relpath(t, ROOT) for t in TRANSCRIPTS}
    assert {"stories/tour/main.transcript", "stories/neither_human/main.transcript"} <= rel


def transcript_ids(story, run):
    """The choice ids a transcript run takes, as the terminal resolves `> 2` or `> text`."""
    s = runtime.start(story, seed=run.seed)
    ids = []
    for step in run.steps[1:]:
        v = runtime.view(story, s)
        if v.ending is not None:
            break
        c, _ = transcript.find_choice(v, step.choice)
        if c is None or not c.available:
            break
        ids.append(c.id)
        s = runtime.choose(story, s, c.id)
    return ids


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda p: os.path.relpath(p, ROOT))
def test_transcripts_play_the_same_in_the_web_runtime(node, path):
    t = transcript.read(path)
    loaded = loader.load(t.story)
    if loaded.story is None or has_errors(loaded.diagnostics):
        pytest.skip(f"{t.story} does not load")
    story = loaded.story
    sid = node.load(story)
    for run in t.runs:
        ids = transcript_ids(story, run)
        py = same(story, node, sid, run.seed, ids)
        assert len(py["trace"]) == len(ids) + 1


def test_bundled_story_random_plays_agree(node):
    story = loader.load(os.path.join(ROOT, "stories", "neither_human", "main.story")).story
    sid = node.load(story)
    import random
    rnd = random.Random(14)
    for seed in (0, 1, 2**32 - 1, 2**63, -5):
        same(story, node, sid, seed, [rnd.randrange(6) for _ in range(120)])


# ---------------------------------------------------------------- generated stories

WORDS = st.sampled_from(["sea", "a", "lamp", "**bold** word", "_soft_ word", "snake_case_x", "x_y",
                         "wind,", "  gull .", "\u00e9t\u00e9", "\u4e00\u4e8c", "\U0001F600 ok"])


@st.composite
def int_expr(draw, scenes, depth=0):
    if depth > 2 or draw(st.integers(0, 2)) == 0:
        return draw(st.sampled_from(["1", "2", "7", "-3", "n", "m", "K", "big", "turn",
                                     "999999999999999999", "(n - n)", "abs(n)", "pow2(2, n % 5)", "pow2(1, m * 30)"]
                                    + [f"visits({s})" for s in scenes] + [f"turns_since({s})" for s in scenes]))
    kind = draw(st.integers(0, 4))
    a = draw(int_expr(scenes, depth + 1))
    if kind == 4:
        return f"{draw(st.sampled_from(['min', 'max']))}({a}, {draw(int_expr(scenes, depth + 1))})"
    if kind == 0:
        op = draw(st.sampled_from(["+", "-", "*", "/", "%"]))
        return f"({a} {op} {draw(int_expr(scenes, depth + 1))})"
    if kind == 1:
        return f"-({a})"
    return f"random({a}, {draw(int_expr(scenes, depth + 1))})" if kind == 2 else f"random(0, {a})"


@st.composite
def bool_expr(draw, scenes, depth=0):
    if depth > 2 or draw(st.integers(0, 2)) == 0:
        return draw(st.sampled_from(["b", "true", "false", '(w == "a")', '(w != "ab")', "(turn > 2)",
                                     "(md == calm)", "has(grp, tense)",
                                     "(n > 0)", "(n < 2)"] + [f"(visits({s}) == 1)" for s in scenes]))
    kind = draw(st.integers(0, 3))
    if kind == 0:
        op = draw(st.sampled_from(["==", "!=", "<", "<=", ">", ">="]))
        return f"({draw(int_expr(scenes, depth + 1))} {op} {draw(int_expr(scenes, depth + 1))})"
    if kind == 1:
        return f"(not ({draw(bool_expr(scenes, depth + 1))}))"
    op = draw(st.sampled_from(["and", "or", "==", "!="]))
    return f"({draw(bool_expr(scenes, depth + 1))} {op} {draw(bool_expr(scenes, depth + 1))})"


@st.composite
def text(draw, scenes, depth=0):
    out = []
    for _ in range(draw(st.integers(1, 4))):
        k = draw(st.integers(0, 9 if depth < 2 else 3))
        if k <= 3:
            out.append(draw(WORDS))
        elif k == 4:
            out.append("{" + draw(int_expr(scenes)) + "}")
        elif k == 5:
            out.append("{" + draw(st.sampled_from(["w", "b", 'w + "!"', "md", "grp", "count(grp)"])) + "}")
        elif k == 6:
            out.append("{" + draw(bool_expr(scenes)) + ": " + draw(text(scenes, depth + 1))
                       + ("|" + draw(text(scenes, depth + 1)) if draw(st.booleans()) else "") + "}")
        else:
            mark = draw(st.sampled_from([">", "&", "!", "~", "~!", "~>"]))
            branches = [draw(text(scenes, depth + 1)) for _ in range(draw(st.integers(1, 3)))]
            if draw(st.booleans()):
                branches.append("")
            out.append("{" + mark + " " + "|".join(branches) + "}")
    return " ".join(out)


@st.composite
def statements(draw, scenes, tunnels, depth=0):
    lines = []
    for _ in range(draw(st.integers(0, 4))):
        k = draw(st.integers(0, 9))
        if k <= 2:
            line = "Then " + draw(text(scenes))
            before, after = draw(st.sampled_from([("", ""), ("", ""), ("", " <>"), ("", "<>"), ("<> ", ""),
                                                  ("<>", ""), ("<>", "<>")]))  # glue
            tag = draw(st.sampled_from(["", "", " #mood: calm", " #x #y: z", " \\#7"]))  # tags (or an escaped #)
            lines.append(before + line + after + tag)
        elif k == 3:
            lines.append("")
            if draw(st.booleans()):  # alternatives over several lines
                lines.append("{" + draw(st.sampled_from(["stopping", "cycle", "once", "shuffle", "shuffle once",
                                                         "shuffle stopping"])) + ":")
                for _ in range(draw(st.integers(1, 3))):
                    lines.append("- " + draw(text(scenes, 1)))
                    if draw(st.booleans()):
                        lines.append(draw(st.sampled_from(["", "and more <>", "Then " + draw(text(scenes, 2))])))
                lines.append("}")
        elif k == 4:
            lines.append(draw(st.sampled_from([
                f"~ n += {draw(int_expr(scenes))}", f"~ n = {draw(int_expr(scenes))}", "~ n -= 1",
                f"~ m = {draw(int_expr(scenes))}", f"~ b = {draw(bool_expr(scenes))}", "~ b = not b",
                '~ w += "a"', '~ w = w + "b"', '~ w = "a"', "~ big += n", "~ big -= m", "~ big = big * 2",
                "~ md = tense", "~ md = calm", "~ grp += md", "~ grp -= calm",
                "~ grp = grp + set(mood) - tense", "~ bump(2)", f"~ temp t = {draw(int_expr(scenes))}\n~ n += t", "~ m = bump(1)"])))
        elif k == 5 and tunnels:
            lines.append(f"-> {draw(st.sampled_from(tunnels))} ->")
        elif k in (6, 7) and depth < 2:
            lines.append("{if " + draw(bool_expr(scenes)) + "}")
            lines += draw(statements(scenes, tunnels, depth + 1))
            if draw(st.booleans()):
                lines.append("{elif " + draw(bool_expr(scenes)) + "}")
                lines += draw(statements(scenes, tunnels, depth + 1))
            if draw(st.booleans()):
                lines.append("{else}")
                lines += draw(statements(scenes, tunnels, depth + 1))
            lines.append("{end}")
    return lines


@st.composite
def leave(draw, scenes, in_tunnel):
    k = draw(st.integers(0, 5))
    if k == 0:
        return f'-> END "{draw(st.sampled_from(["Calm", "Storm", "Dawn"]))}"'
    if k == 1 and in_tunnel:
        return "->->"
    return f"-> {draw(st.sampled_from(scenes))}"


@st.composite
def weave(draw, scene, scenes, tunnels, labels, depth=1, chain=0):
    """A choice set at `depth` (`* *` is 2) gathered by `- -`: bodies nest weaves, fall through or divert.

    `labels` collects (scene, label) of the labelled choices and gathers made, for later diverts."""
    ind = "    " * (depth - 1)
    lines = []

    def label():
        if not draw(st.booleans()):
            return ""
        name = f"w{sum(1 for sc, _ in labels if sc == scene)}"
        labels.append((scene, name))
        return f" ({name})"

    for k in range(draw(st.integers(1, 3))):
        mark = " ".join(draw(st.sampled_from("*+")) * depth)
        guard = ""
        if draw(st.integers(0, 3)) == 0:
            mine = [f"visits({sc}.{lb})" for sc, lb in labels]
            cond = f"({draw(st.sampled_from(mine))} > 0)" if mine and draw(st.booleans()) else draw(bool_expr(scenes))
            guard = " {" + cond + (' else "Later."' if draw(st.booleans()) else "") + "}"
        lines.append(f"{ind}{mark}{label()}{guard} [{draw(text(scenes, 2))} {depth}.{k}]")
        body = ["    " + x for x in draw(statements(scenes, tunnels, 2))]
        if depth < 3 and draw(st.integers(0, 2)) == 0:
            body += draw(weave(scene, scenes, tunnels, labels, depth + 1))
        lines += [ind + x if x.strip() else x for x in body]
        end = draw(st.integers(0, 3))
        if end == 0:
            lines.append(ind + "    " + draw(leave(scenes, False)))
        elif end == 1 and labels:
            sc, lb = draw(st.sampled_from(labels))
            lines.append(f"{ind}    -> {sc}.{lb}")
        # else: falls through to the gather
    dash = " ".join("-" * depth)
    lines.append(f"{ind}{dash}{label()} {draw(st.sampled_from(['', 'Gathered ' + draw(text(scenes, 2))]))}".rstrip())
    if depth == 1:
        if chain < 2 and draw(st.booleans()):
            lines += draw(weave(scene, scenes, tunnels, labels, 1, chain + 1))
        else:
            lines.append(draw(leave(scenes, False)))
    return lines


@st.composite
def stories(draw):
    n = draw(st.integers(1, 4))
    scenes = [f"s{i}" for i in range(n)]
    tunnels = [f"t{i}" for i in range(draw(st.integers(0, 2)))]
    lines = ["title: Generated", "enum mood = calm, tense", "var md = calm", "var grp = set(calm)",
             "var b = false",
             "var n = 0", "var m = 3", 'var w = "a"', "const K = 5",
             "var big = 900000000000000000", "start: s0", draw(st.sampled_from(["", "paragraphs: lines"])), "",
             # functions: recursion (past 64 calls deep is an error), a temporary, globals changed
             "=== function pow2(x, e) ===", "{if e <= 0}", "~ return 1", "{end}", "~ return x * pow2(x, e - 1)", "",
             "=== function bump(k) ===", "~ n += k", "~ temp was = m", "~ m = max(was - 1, 0)", "~ return m", ""]
    labels = []
    for name in scenes + tunnels:
        in_tunnel = name in tunnels
        lines.append(f"=== {name} ===")
        if name == "s0":
            lines += [f"{{if turn < 0}}\n-> {t} ->\n{{end}}" for t in tunnels]  # every tunnel is one
        lines += draw(statements(scenes, [t for t in tunnels if t > name] if in_tunnel else tunnels))
        if in_tunnel and draw(st.booleans()):
            lines.append("->->")
            lines.append("")
            continue
        if not in_tunnel and draw(st.integers(0, 2)) == 0:  # a weave: nested choices and gathers
            lines += draw(weave(name, scenes, tunnels, labels))
            lines.append("")
            continue
        for k in range(draw(st.integers(1, 3))):
            mark = draw(st.sampled_from("*+"))
            guard = ""
            if draw(st.integers(0, 2)) == 0:
                guard = " {" + draw(bool_expr(scenes)) + (' else "Not yet, _friend_."' if draw(st.booleans()) else "") + "}"
            label = f" (c{k})" if draw(st.booleans()) else ""
            form = draw(st.integers(0, 3))  # the menu only; with changing text; lead [menu] tail; no brackets
            ctag = draw(st.sampled_from(["", " #risk: low"]))
            if form == 0:
                lines.append(f"{mark}{label}{guard} [{draw(text(scenes, 2))} {k}]")
            elif form == 1:
                lines.append(f"{mark}{label}{guard} [{draw(text(scenes, 1))} {k}]")
            elif form == 2:
                lines.append(f"{mark}{label}{guard} Say {draw(text(scenes, 1))}[ {k}] and {draw(text(scenes, 1))}"
                             + draw(st.sampled_from(["", " <>"])))
            else:
                lines.append(f"{mark}{label}{guard} Go {draw(text(scenes, 1))} {k}")
            lines[-1] += ctag if not lines[-1].endswith("<>") else ""
            lines += ["    " + x for x in draw(statements(scenes, tunnels, 2))]
            lines.append("    " + draw(leave(scenes, in_tunnel)))
        if draw(st.integers(0, 2)) == 0:
            guard = " {" + draw(bool_expr(scenes)) + "}" if draw(st.booleans()) else ""
            lines.append(f"*{guard} -> {draw(st.sampled_from(scenes))}")
        lines.append("")
    return "\n".join(lines) + "\n"


def load_text(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("web") / "main.story"
    path.write_text(text, encoding="utf-8")
    loaded = loader.load(str(path))
    assume(loaded.story is not None and not has_errors(loaded.diagnostics))
    return loaded.story


@settings(max_examples=40, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
@given(text_=stories(), plays=st.lists(st.tuples(st.integers(-2**64, 2**64), st.lists(st.integers(0, 9), max_size=30)),
                                       min_size=1, max_size=4))
def test_generated_stories_play_the_same(node, tmp_path_factory, text_, plays):
    story = load_text(tmp_path_factory, text_)
    sid = node.load(story)
    for seed, picks in plays:
        same(story, node, sid, seed, picks)


# ---------------------------------------------------------------- saves written by one runtime, read by the other

def saves_of(story, seed, picks):
    out = []
    s = runtime.start(story, seed=seed)
    out.append(s)
    for k in picks:
        av = runtime.available(story, s)
        if s.ending is not None or not av:
            break
        s = runtime.choose(story, s, av[k % len(av)])
        out.append(s)
    return out


@settings(max_examples=20, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
@given(before=stories(), after=stories(), seed=st.integers(0, 2**32), picks=st.lists(st.integers(0, 9), max_size=12))
def test_saves_migrate_across_edits_the_same(node, tmp_path_factory, before, after, seed, picks):
    """A save of one story loaded into itself and into an edited one: both runtimes restore the same."""
    old = load_text(tmp_path_factory, before)
    new = load_text(tmp_path_factory, after)
    try:
        states = saves_of(old, seed, picks)
    except runtime.StoryRuntimeError:
        assume(False)
    sids = {id(old): node.load(old), id(new): node.load(new)}
    for state in states[-3:]:
        text = saves.dumps(old, state)
        for story in (old, new):
            py = webjs.py_load_save(story, text)
            js = node.load_save(sids[id(story)], text)
            assert py == js


def test_web_saves_load_in_the_terminal(node):
    """The text the page writes is a save the terminal reads (and the other way round)."""
    story = loader.load(os.path.join(ROOT, "stories", "tour", "main.story")).story
    sid = node.load(story)
    js = node.play(sid, 3, [0, 1, 0])
    for step in js["trace"]:
        text = json.dumps(step["save"])
        back = saves.loads(story, text)
        assert back.exact and back.state is not None
        assert webjs.step_json(story, back.state) == step


@pytest.mark.parametrize("text,why", [
    ("{", "damaged"), ('{"format": "other"}', "is not a forkpaths save"),
    ('{"format": "forkpaths-save", "version": 9, "min_version": 8}', "written by a newer forkpaths"),
])
def test_bad_saves_are_refused_alike(node, text, why):
    story = loader.load(os.path.join(ROOT, "stories", "tour", "main.story")).story
    sid = node.load(story)
    js = node.load_save(sid, text)
    assert why in js["save_error"]
    if why != "damaged":  # the JSON parsers word their complaint differently
        assert js == webjs.py_load_save(story, text)


def _mutated(story, change):
    s = runtime.start(story, seed=3)
    data = saves.to_dict(story, runtime.choose(story, s, runtime.available(story, s)[0]))
    change(data)
    return json.dumps(data, ensure_ascii=True)


def _set(path, value):
    def change(d):
        for k in path[:-1]:
            d = d[k]
        d[path[-1]] = value
    return change


def _reverse_offer(d):
    d["position"]["offer"].reverse()


def _double_offer(d):
    d["position"]["offer"].append(d["position"]["offer"][0])


@pytest.mark.parametrize("change,why", [
    (_set(["text", 0], "\ud800 lone"), "not valid Unicode"),
    (_set(["variables", "\udc00"], 1), "not valid Unicode"),
    (_set(["turn"], 2**63), "`turn` is out of range"),
    (_set(["turn"], -1), "`turn` is negative"),
    (_set(["variables", "oil"], 2**63), "more than 64 bits"),
    (_set(["variables", "oil"], -2**63 - 1), "more than 64 bits"),
    (_set(["variables", "name"], "\U0001F600" * 1_000_001), "more than 1,000,000 characters"),
    (_set(["visits", "shore"], 2**63), "the count for `shore`"),
    (_set(["alternatives", "x"], -1), "the count for `x`"),
    (_set(["position", "scene"], "nowhere"), "the scene `nowhere` is not in the story"),
    (_set(["position", "ending"], "No Such End"), "is not one of the story's"),
    (_reverse_offer, "`offer` names choices"),
    (_double_offer, "`offer` names choices"),
], ids=lambda x: x if isinstance(x, str) else None)
def test_damaged_saves_are_refused_alike(node, change, why):
    """saves.py's checks of what a save holds, one by one: the page refuses each with the same words."""
    story = loader.load(os.path.join(ROOT, "stories", "tour", "main.story")).story
    sid = node.load(story)
    text = _mutated(story, change)
    py = webjs.py_load_save(story, text)
    assert why in py.get("save_error", ""), py
    assert node.load_save(sid, text) == py


def test_edited_story_loses_a_save_whose_ending_or_scene_is_gone(node, tmp_path):
    """Where the unchanged story would call a save damaged, an edited one calls the place lost, in both runtimes."""
    def load_text(_, text):
        (tmp_path / "main.story").write_text(text, encoding="utf-8")
        return loader.load(str(tmp_path / "main.story")).story

    old = load_text(None, "title: T\nstart: a\n\n=== a ===\n* [Go] -> b\n* [Stop]\n    -> END \"Calm\"\n\n"
                                      "=== b ===\n* [Back] -> a\n")
    new = load_text(None, "title: T\nstart: a\n\n=== a ===\n* [Go] -> a\n* [Stop]\n    -> END \"Storm\"\n")
    s0 = runtime.start(old, seed=1)
    for cid, gone in (("go", "the scene `b`"), ("stop", "the ending \u201cCalm\u201d")):
        text = saves.dumps(old, runtime.choose(old, s0, cid))
        py = webjs.py_load_save(new, text)
        assert py["result"]["state"] is None and gone in py["result"]["lost"]
        assert node.load_save(node.load(new), text) == py


# ---------------------------------------------------------------- the format itself

def test_compiled_output_is_deterministic_and_versioned():
    path = os.path.join(ROOT, "stories", "neither_human", "main.story")
    a = fmt.dumps(loader.load(path).story)
    b = fmt.dumps(loader.load(path).story)
    assert a == b
    data = json.loads(a)
    # the bundled story writes hunger with min() and max(), so only a version-2 runtime plays it
    assert (data["format"], data["version"], data["min_version"]) == ("forkpaths-story", 2, 2)
    assert data["files"] == ["main.story"] or data["files"][0] == "main.story"


def test_text_styling_matches_render(node):
    from forkpaths import render
    for t in ["**a** and _b_", "snake_case_word _x_", "**a _b** c_", "_\u00e9t\u00e9_ x", "__", "**x**y**z**",
              "a_b_ c", "_\u4e00_", "x **", "\u00e9_a_"]:
        got = node.ask({"op": "runs", "text": t})
        assert [list(r) for r in render.styled_runs(t)] == got["runs"], t
        assert render.strip_markup(t) == got["stripped"], t
    for t in ["a\x1c b\x85c\u00a0d\u3000e\ufeff f", "  x  "]:
        assert node.ask({"op": "runs", "text": t})["normalized"] == " ".join(t.split())


def test_an_old_save_inside_a_tunnel_loads_alike(node, tmp_path_factory):
    """Format 2 and older: a blank line opening a choice body was no statement; both readers move on by one."""
    path = tmp_path_factory.mktemp("web") / "main.story"
    path.write_text('=== a ===\nHello.\n* [Go]\n\n    Before.\n    -> t ->\n    After.\n'
                    '    -> END "e"\n=== t ===\nIn the tunnel.\n* [Back] ->->\n', encoding="utf-8")
    story = loader.load(str(path)).story
    s = runtime.choose(story, runtime.start(story), "go")
    data = json.loads(saves.dumps(story, s))
    data["position"]["stack"][0][0][1] -= 1
    data["version"] = data["min_version"] = 2
    text = json.dumps(data)
    sid = node.load(story)
    js = node.load_save(sid, text)
    assert js == webjs.py_load_save(story, text)
    assert saves.loads(story, text).state.stack == s.stack


@settings(max_examples=10, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
@given(text_=stories())
def test_generated_stories_check_and_format_without_changing_meaning(tmp_path_factory, text_):
    """The generator's constructs (glue, changing choice text, alternatives, tags, blank lines) never
    crash the checker; the formatter keeps their meaning, or leaves the file as it is and says so."""
    from forkpaths import explore, formatter
    story = load_text(tmp_path_factory, text_)
    explore.analyze(story, max_states=100, timeout=600, hunt_steps=500)
    try:
        out = formatter.format_text(text_)
    except formatter.FormatError:
        return  # refused, never changed (the formatter checks the meaning before it writes)
    assert formatter.parse_meaning(out)[0] == formatter.parse_meaning(text_)[0]
