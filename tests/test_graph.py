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
    clusters = re.findall(r'subgraph "cluster_\d+" \{\n    label="([^"]+)"', dot)
    assert clusters == ["main.story", "part.story"]
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
    assert '"scene:subgraph" -> "scene:class" [style=dotted, label="tunnel", color=orange' in dot
    mmd = export.to_mermaid(g)
    assert "class s3 unreachable" in mmd and "class s2,s4 softlock" in mmd
    assert re.search(r"linkStyle [\d,]+ stroke:#ff8800", mmd)


def test_output_file_is_written_atomically(tmp_path, capsys):
    out = tmp_path / "g.mmd"
    assert cli.main(["graph", STORY, "--format", "mermaid", "-o", str(out)]) == 0
    assert out.read_text().startswith("flowchart LR\n")
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