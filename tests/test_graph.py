"""`forkpaths graph`: the scene graph from the model, DOT/Mermaid/JSON golden files, escaping, rendering by Graphviz."""

import json
import os
import re
import shutil
import subprocess

import pytest

from forkpaths import cli, export, loader

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GRAPH = os.path.join(HERE, "data", "tooling", "graph")
STORY = os.path.join(GRAPH, "main.story")
UPDATE = bool(os.environ.get("FORKPATHS_UPDATE_GOLDEN"))


def story():
    loaded = loader.load(STORY)
    assert loaded.ok, [str(d) for d in loaded.diagnostics]
    return loaded.story


@pytest.mark.parametrize("fmt, golden", [("dot", "expected.dot"), ("mermaid", "expected.mmd"),
                                         ("json", "expected.json")])
def test_golden_files(fmt, golden, capsys):
    assert cli.main(["graph", STORY, "--format", fmt]) == 0
    out = capsys.readouterr().out
    path = os.path.join(GRAPH, golden)
    if UPDATE:
        with open(path, "w", encoding="utf-8") as f:
            f.write(out)
    with open(path, encoding="utf-8") as f:
        assert out == f.read(), f"{golden} differs (FORKPATHS_UPDATE_GOLDEN=1 rewrites it after review)"


def test_edges_follow_every_jump():
    g = export.scene_graph(story())
    edges = {(e.source, e.target, e.kind, e.label) for e in g.edges}
    assert ("scene:start", "scene:End", "choice", "Go to the end") in edges
    assert ("scene:start", "scene:graph", "fallback", "") in edges
    assert ("scene:subgraph", "scene:class", "tunnel", "tunnel") in edges
    assert ("scene:subgraph", "ending:1", "ending", "") in edges  # inside an {if}
    assert ("scene:End", "ending:0", "ending", "") in edges
    assert len(edges) == len(g.edges)  # no duplicates
    ends = [n for n in g.nodes if n.kind == "ending"]
    assert [n.name for n in ends] == ["Done", "Twice"]


def test_clusters_one_per_file_and_endings_outside():
    dot = export.to_dot(export.scene_graph(story()))
    clusters = re.findall(r'subgraph "cluster_file_\d+" \{\n    label="([^"]+)"', dot)
    assert clusters == ["main.story", "part.story"]  # no chapters: one box per file, tunnels in theirs
    assert "rankdir=TB" in dot and '{ rank=sink; "ending:0"; "ending:1"; }' in dot
    first_cluster_end = dot.index("  }\n")
    assert dot.index('"ending:0"') > first_cluster_end
    assert "shape=doubleoctagon" in dot


def test_dot_strings_escape_quotes_backslashes_and_newlines():
    assert export.dot_string('a "b" \\ c\nd') == '"a \\"b\\" \\\\ c\\nd"'


def test_mermaid_ids_are_synthesised_and_labels_escaped():
    mmd = export.to_mermaid(export.scene_graph(story()))
    body = [ln.strip() for ln in mmd.splitlines()[1:]]
    # every node and edge line starts with a synthesised id, never a scene name such as `graph` or `End`
    for ln in body:
        if ln.startswith(("subgraph", "end", "%%", "classDef", "class ", "linkStyle")):
            continue
        assert re.match(r"(s|e)\d+\b|entry\b", ln), ln
    assert "end" in body  # the closing of each subgraph, which a scene named `end` would break
    assert '"Take a #60;path#62; #124; or #35; another"' in mmd
    assert "#34;Start#34;" in mmd and "#92;" in mmd
    for ln in mmd.splitlines():
        for label in re.findall(r'"([^"]*)"', ln):
            assert not set(label.replace("<br/>", "")) & set('"[]{}|<>'), label


def test_json_lists_nodes_edges_and_files_relative_to_the_story():
    data = json.loads(export.to_json(export.scene_graph(story())))
    assert data["files"] == ["main.story", "part.story"]
    assert data["start"] == "scene:start"
    assert {n["id"] for n in data["nodes"]} >= {"scene:class", "ending:1"}
    assert all(e["from"] and e["to"] for e in data["edges"])


def test_check_findings_are_drawn():
    g = export.with_check(export.scene_graph(story()), unreachable=["graph"], softlocks=[("subgraph", "class")],
                          notes=["unreachable: graph"])
    dot = export.to_dot(g)
    assert '"scene:graph" [label="graph", color=red' in dot
    assert '"scene:subgraph" [label="subgraph\\nA [bracketed] {title}", color=orange' in dot
    assert '"scene:subgraph" -> "scene:class" [style=dashed, constraint=false, color=grey55, arrowhead=empty, ' \
        'color=orange' in dot
    mmd = export.to_mermaid(g)
    assert "class s3 unreachable" in mmd and "class s2,s4 softlock" in mmd
    assert re.search(r"linkStyle [\d,]+ stroke:#ff8800", mmd)


def test_output_file_is_written_atomically(tmp_path, capsys):
    out = tmp_path / "g.mmd"
    assert cli.main(["graph", STORY, "--format", "mermaid", "-o", str(out)]) == 0
    assert out.read_text().startswith("flowchart TB\n")
    assert capsys.readouterr().out == ""
    assert [p.name for p in tmp_path.iterdir()] == ["g.mmd"]


def test_errors_exit_1_or_2_without_traceback(tmp_path, capsys):
    assert cli.main(["graph", str(tmp_path / "missing.story")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert cli.main(["graph", os.path.join(HERE, "data", "tooling", "broken", "main.story")]) == 1
    err = capsys.readouterr().err
    assert "FP201" in err and "Traceback" not in err
    assert cli.main(["graph", STORY, "-o", str(tmp_path / "no" / "such" / "dir.dot")]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert cli.main(["graph", STORY, "--format", "png"]) == 2


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz `dot` is not installed")
@pytest.mark.parametrize("path", [STORY, os.path.join(ROOT, "stories", "tour", "main.story")])
def test_graphviz_renders_the_dot_output(path, tmp_path):
    dot_file = tmp_path / "g.dot"
    assert cli.main(["graph", path, "-o", str(dot_file)]) == 0
    done = subprocess.run(["dot", "-Tsvg", str(dot_file)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and "<svg" in done.stdout


def test_write_atomic_keeps_modes_and_links_and_refuses_devices(tmp_path):
    from forkpaths import files
    target = tmp_path / "real.dot"
    target.write_text("old")
    os.chmod(target, 0o640)
    link = tmp_path / "link.dot"
    link.symlink_to(target)
    files.write_text(str(link), "new", replace=True)
    assert link.is_symlink() and target.read_text() == "new"
    assert (os.stat(target).st_mode & 0o777) == 0o640
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(files.WriteRefused, match="not a regular file"):
        files.write_text(str(fifo), "never through the pipe", replace=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.dot", "pipe", "real.dot"]


# ---------------------------------------------------------------- the map of a long story, through Graphviz

BUNDLED = os.path.join(ROOT, "stories", "neither_human", "main.story")
DOT = shutil.which("dot")
SCREEN_PX = 96 / 72  # Graphviz works in points; its PNGs have 96 pixels per inch


@pytest.fixture(scope="module")
def bundled_map():
    """The bundled story's map laid out by `dot -Tjson` -> (graph, layout, objects by name)."""
    if DOT is None:
        pytest.skip("Graphviz is not installed: `apt-get install graphviz` provides `dot` (.ci/run installs it)")
    loaded = loader.load(BUNDLED)
    graph = export.scene_graph(loaded.story)
    done = subprocess.run([DOT, "-Tjson"], input=export.to_dot(graph), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    layout = json.loads(done.stdout)
    return graph, layout, {o["name"]: o for o in layout["objects"]}


def _y(obj):
    return float(obj["pos"].split(",")[1])  # Graphviz's y grows upwards


def test_map_starts_at_the_top_and_ends_at_the_bottom(bundled_map):
    graph, layout, objs = bundled_map
    scenes = [objs[n.id] for n in graph.nodes if n.kind == "scene"]
    endings = [objs[n.id] for n in graph.nodes if n.kind == "ending"]
    story = loader.load(BUNDLED).story
    assert len(scenes) == len(story.real_scenes) and len(endings) == len(story.endings)
    top = _y(objs[graph.start])
    assert all(_y(s) <= top + 0.5 for s in scenes)  # no scene above the start: it is in the top rank
    assert _y(objs["entry"]) > top
    bottom = {_y(e) for e in endings}
    assert len(bottom) == 1 and min(_y(s) for s in scenes) > bottom.pop()  # the endings share the last rank
    assert {o.get("shape") for o in endings} == {"doubleoctagon"}


def test_map_draws_tunnel_calls_apart(bundled_map):
    graph, layout, objs = bundled_map
    names = [o["name"] for o in layout["objects"]]
    tunnels = {(e.source, e.target) for e in graph.edges if e.kind == "tunnel"}
    drawn = [e for e in layout["edges"] if (names[e["tail"]], names[e["head"]]) in tunnels]
    assert len(tunnels) >= 10 and len(drawn) == len(tunnels)
    assert all(e.get("style") == "dashed" and e.get("constraint") == "false" for e in drawn)
    others = [e for e in layout["edges"] if (names[e["tail"]], names[e["head"]]) not in tunnels]
    assert not any(e.get("constraint") == "false" or e.get("style") == "dashed" for e in others)


def test_map_clusters_every_chapter(bundled_map):
    graph, layout, objs = bundled_map
    story = loader.load(BUNDLED).story
    names = [o["name"] for o in layout["objects"]]
    chapters = {sc.tag("chapter"): scene_id for sc in story.scenes if sc.tag("chapter")
                for scene_id in [export.scene_id(sc.name)]}
    assert len(chapters) >= 8
    boxes = {o["label"].split("\\n")[0]: {names[i] for i in o.get("nodes", ())}
             for o in layout["objects"] if o["name"].startswith("cluster_chapter_")}
    assert set(boxes) == set(chapters)
    for chapter, first in chapters.items():
        assert first in boxes[chapter]
        assert all(objs[m]["name"].startswith("scene:") for m in boxes[chapter])
    in_chapters = set().union(*boxes.values())
    assert len(in_chapters) > 70  # the rest: tunnels and shared scenes, in boxes of their own
    assert all(any(n.id in {names[i] for i in o.get("nodes", ())} for o in layout["objects"]
                   if o["name"].startswith("cluster_")) for n in graph.nodes if n.kind == "scene")


def test_map_fits_a_screen_or_two(bundled_map):
    # before: 9,631 x 2,758 px, the start mid-map; a screen is ~1,920 px wide, so the map may be
    # about two screens wide at full size and scrolls down, chapter after chapter
    graph, layout, objs = bundled_map
    x0, y0, x1, y1 = (float(v) for v in layout["bb"].split(","))
    width, height = (x1 - x0) * SCREEN_PX, (y1 - y0) * SCREEN_PX
    assert width <= 5500, (width, height)  # the second edition is wider (122 scenes, two more final chapters)
    assert 0.8 <= height / width <= 2.5, (width, height)


def test_png_renders(tmp_path, bundled_map):
    out = tmp_path / "map.png"
    assert cli.main(["graph", BUNDLED, "-o", str(tmp_path / "map.dot")]) == 0
    done = subprocess.run([DOT, "-Tpng", str(tmp_path / "map.dot"), "-o", str(out)], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    head = out.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    w, h = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    assert w <= 5500 and 0.8 <= h / w <= 2.5, (w, h)


CHAPTERS = """title: Chapters
start: a
=== a === #chapter: One
* [to b] -> b
* [to d] -> d
=== b ===
-> c
=== c === #chapter: Two
* [on] -> e
* [call]
    -> t ->
    -> e
=== t ===
->->
=== d ===
-> END "x"
=== e === #chapter: Three
* [to d] -> d
* [loop] -> f
=== f ===
-> e
"""


def test_a_scene_without_a_tag_is_in_the_chapter_that_leads_to_it(tmp_path):
    path = tmp_path / "main.story"
    path.write_text(CHAPTERS, encoding="utf-8")
    loaded = loader.load(str(path))
    assert loaded.ok, [str(d) for d in loaded.diagnostics]
    g = export.scene_graph(loaded.story)
    assert {n.name: n.chapter for n in g.nodes if n.kind == "scene"} == {
        "a": "One", "b": "One",  # b: entered from a only
        "c": "Two", "t": None,  # t: only ever called as a tunnel
        "d": None,  # entered from One and Three, written in Two: shared
        "e": "Three", "f": "Three"}
    boxes = [(label, [n.name for n in members]) for _, label, members in export.clusters(g)]
    assert boxes == [("One\nmain.story", ["a", "b"]), ("Two\nmain.story", ["c"]), ("Three\nmain.story", ["e", "f"]),
                     ("tunnels\n(called with -> scene ->)", ["t"]), ("main.story\n(shared scenes)", ["d"])]
    assert json.loads(export.to_json(g))["nodes"][1]["chapter"] == "One"
    mmd = export.to_mermaid(g)
    assert 'subgraph c0["One<br/>main.story"]' in mmd and "s2 -.-> s3" in mmd  # c calls t: dotted
