"""Export a story's scene graph (from the model) as DOT, Mermaid or JSON, and write output files atomically."""

from __future__ import annotations

import json
import os

import attrs
from attrs import frozen

from . import model as m

# ---------------------------------------------------------------- the graph


@frozen
class Node:
    id: str  # unique and stable: "scene:NAME" or "ending:N"
    kind: str  # scene | ending
    name: str
    label: str
    file: str | None  # scenes: the file they are written in
    line: int
    chapter: str | None = None  # scenes: the chapter they belong to (see chapters())


@frozen
class Edge:
    source: str
    target: str
    kind: str  # choice | divert | fallback | tunnel | ending
    label: str


@frozen
class Graph:
    title: str
    root: str  # the story's folder: JSON names files relative to it
    start: str  # node id of the start scene
    files: tuple  # paths, main first
    nodes: tuple  # Node
    edges: tuple  # Edge, in source order, without duplicates
    unreachable: frozenset = frozenset()  # node ids (graph --check)
    softlocks: tuple = ()  # tuples of node ids, one per soft-lock cycle (graph --check)
    notes: tuple = ()  # lines for a legend (graph --check)


def scene_id(name: str) -> str:
    return f"scene:{name}"


def _jumps(body, out):
    """Every jump a block can make, in order: (kind, target) with kind divert | tunnel | ending."""
    for st in body:
        if isinstance(st, m.Divert):
            out.append(("divert", st.target))
        elif isinstance(st, m.TunnelCall):
            out.append(("tunnel", st.target))
        elif isinstance(st, m.EndStory):
            out.append(("ending", st.ending))
        elif isinstance(st, m.If):
            for br in st.branches:
                _jumps(br.body, out)
    return out


def scene_graph(story: m.Story) -> Graph:
    """The scene graph: a node per scene and per ending, an edge per way from one to another."""
    ending_ids = {e.name: f"ending:{i}" for i, e in enumerate(story.endings)}
    nodes = []
    for sc in story.real_scenes:  # a weave's parts are drawn as their scene
        label = sc.name if not sc.title or sc.title == sc.name else f"{sc.name}\n{sc.title}"
        nodes.append(Node(scene_id(sc.name), "scene", sc.name, label, sc.span.file, sc.span.line))
    for e in story.endings:
        span = e.spans[0] if e.spans else None
        nodes.append(Node(ending_ids[e.name], "ending", e.name, e.name, None, span.line if span else 0))
    edges, seen = [], set()

    def add(src, jump, kind, target, label):
        if jump != "ending":
            owner = story.owner(target)
            if owner != target and scene_id(owner) == src:
                return  # the flow inside one scene's weave
            target = owner
        tid = ending_ids.get(target) if jump == "ending" else scene_id(target)
        if tid is None:
            return
        edge = Edge(src, tid, kind, label)
        if edge not in seen:
            seen.add(edge)
            edges.append(edge)

    for sc in story.scenes:
        src = scene_id(story.owner(sc.name))
        for jump, target in _jumps(sc.body, []):
            add(src, jump, jump, target, "tunnel" if jump == "tunnel" else "")
        for ch in sc.choices:
            for jump, target in _jumps(ch.body, []):
                if jump == "tunnel":
                    add(src, jump, jump, target, "tunnel")
                elif ch.fallback:
                    add(src, jump, "fallback", target, "")
                else:
                    add(src, jump, "choice", target, ch.text)
    tagged = {scene_id(sc.name): sc.tag("chapter") for sc in story.real_scenes if sc.tag("chapter")}
    chapter = chapters([n.id for n in nodes if n.kind == "scene"], edges, tagged,
                       {n.id: n.file for n in nodes if n.kind == "scene"})
    nodes = [attrs.evolve(n, chapter=chapter.get(n.id)) if n.kind == "scene" else n for n in nodes]
    return Graph(story.title, story.root, scene_id(story.start), tuple(story.files), tuple(nodes), tuple(edges))


def chapters(scenes, edges, tagged: dict, files: dict) -> dict:
    """Each scene's chapter -> {scene id: chapter name}; `scenes` in source order, `files` their files.

    A scene tagged `#chapter: NAME` is in that chapter. A scene without the tag is in the chapter of
    the scenes that lead to it (by choices, diverts and fallbacks; tunnel calls do not count) when
    they all belong to one; when they do not, it stays in the chapter of its place in its file (that
    of the closest tagged scene above it) if one of them belongs to that chapter. Any other scene
    (a tunnel, a scene shared by several chapters, one nothing leads to) belongs to no chapter.
    Found by a fixpoint: grown optimistically (through cycles), then checked until nothing changes.
    """
    preds = {n: set() for n in scenes}
    for e in edges:
        if e.kind != "tunnel" and e.target in preds and e.source != e.target:
            preds[e.target].add(e.source)
    placed, current = {}, {}
    for n in scenes:
        current[files[n]] = tagged.get(n, current.get(files[n]))
        placed[n] = current[files[n]]

    def rule(n, got, strict):
        known = {got.get(p) for p in preds[n]}
        if not strict:
            known.discard(None)
        if len(known) == 1 and None not in known:
            return next(iter(known))
        return placed[n] if placed[n] in known else None

    got = dict(tagged)
    changed = True
    while changed:
        changed = False
        for n in scenes:
            if n not in got and preds[n]:
                ch = rule(n, got, strict=False)
                if ch is not None:
                    got[n] = ch
                    changed = True
    changed = True
    while changed:
        changed = False
        for n in scenes:
            if n in got and n not in tagged and rule(n, got, strict=True) != got[n]:
                del got[n]
                changed = True
    return got


def with_check(graph: Graph, unreachable=(), softlocks=(), notes=(), unreachable_endings=()) -> Graph:
    """The graph with the checker's findings: unreachable scenes and endings, soft-lock cycles (scene names)."""
    endings = {n.name: n.id for n in graph.nodes if n.kind == "ending"}
    dead = [scene_id(n) for n in unreachable] + [endings[n] for n in unreachable_endings if n in endings]
    return Graph(graph.title, graph.root, graph.start, graph.files, graph.nodes, graph.edges, frozenset(dead),
                 tuple(tuple(scene_id(n) for n in cyc) for cyc in softlocks), tuple(notes))


def _softlocked(graph: Graph):
    nodes = {n for cyc in graph.softlocks for n in cyc}
    edges = set()
    for cyc in graph.softlocks:
        members = set(cyc)
        edges.update((e.source, e.target) for e in graph.edges if e.source in members and e.target in members)
    return nodes, edges


# ---------------------------------------------------------------- DOT

def dot_string(text: str) -> str:
    """A DOT double-quoted string: backslashes and quotes escaped, newlines as \\n."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "").replace("\n", "\\n") + '"'


_DOT_EDGE = {
    "choice": "",
    "divert": "style=bold",
    "fallback": 'style=dotted, label="(fallback)"',
    # drawn apart: a call and its return are not a step forward, so they do not pull the layout
    "tunnel": "style=dashed, constraint=false, color=grey55, arrowhead=empty",
    "ending": "style=bold",
}
LABEL_WIDTH = 22  # characters per line of an edge label: long choice texts are wrapped, not stretched


def wrap_label(text: str, width: int = LABEL_WIDTH) -> str:
    """A label broken into lines of about `width` characters at spaces (a longer word keeps its line)."""
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        lines.append(cur)
    return "\n".join(lines)


def clusters(graph: Graph) -> list:
    """The boxes a map groups scenes in -> [(key, label, [scene nodes])]: one per chapter, in the order
    of their first scene; then, when the story has chapters, one for the scenes of no chapter that are
    only ever called as tunnels; then one per file for the other scenes of no chapter."""
    by_chapter, by_file = {}, {}
    for n in graph.nodes:
        if n.kind == "scene":
            if n.chapter is not None:
                by_chapter.setdefault(n.chapter, []).append(n)
            else:
                by_file.setdefault(n.file, []).append(n)
    called = {e.target for e in graph.edges if e.kind == "tunnel"}
    entered = {e.target for e in graph.edges if e.kind != "tunnel"} | {graph.start}
    tunnels = [n for n in graph.nodes if n.id in called - entered and n.chapter is None] if by_chapter else []
    out = []
    for i, (name, members) in enumerate(by_chapter.items()):
        files = {n.file for n in members}
        where = _rel(graph, members[0].file) if len(files) == 1 else f"{len(files)} files"
        out.append((f"chapter_{i}", f"{name}\n{where}", members))
    if tunnels:
        out.append(("tunnels", "tunnels\n(called with -> scene ->)", tunnels))
    for i, path in enumerate(graph.files):
        members = [n for n in by_file.get(path, ()) if n not in tunnels]
        if members:
            label = _rel(graph, path) + ("\n(shared scenes)" if by_chapter else "")
            out.append((f"file_{i}", label, members))
    return out


def to_dot(graph: Graph) -> str:
    """Graphviz DOT, laid out top to bottom: the start at the top, a cluster per chapter (or per file for
    scenes of no chapter), endings at the bottom as double octagons, tunnel calls dashed and not
    constraining the layout, long choice texts wrapped."""
    bad_nodes, bad_edges = _softlocked(graph)
    out = [f"digraph {dot_string(graph.title)} {{",
           "  graph [rankdir=TB, fontname=\"Helvetica\", labelloc=t, fontsize=20, "
           "nodesep=0.3, ranksep=0.4, label=" + dot_string(graph.title) + "];",
           "  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=11];",
           "  edge [fontname=\"Helvetica\", fontsize=9];",
           '  "entry" [shape=point, width=0.15, label=""];',
           '  { rank=source; "entry"; }']
    for key, label, members in clusters(graph):
        chapter = key.startswith("chapter_")
        out.append(f"  subgraph {dot_string('cluster_' + key)} {{")
        look = 'style="rounded,filled", fillcolor="#f4f6fa", color=grey60' if chapter else \
            "style=dashed, color=grey50"
        out.append(f"    label={dot_string(label)}; fontsize=13; {look.replace(', ', '; ')};")
        for n in members:
            attrs = [f"label={dot_string(n.label)}"]
            if n.id == graph.start:
                attrs.append("penwidth=2")
            if n.id in graph.unreachable:
                attrs.append('color=red, fontcolor=red, style="rounded,dashed"')
            elif n.id in bad_nodes:
                attrs.append('color=orange, penwidth=2')
            out.append(f"    {dot_string(n.id)} [{', '.join(attrs)}];")
        out.append("  }")
    endings = [n for n in graph.nodes if n.kind == "ending"]
    for n in endings:
        extra = ", color=red, fontcolor=red" if n.id in graph.unreachable else ""
        out.append(f"  {dot_string(n.id)} [label={dot_string(n.label)}, shape=doubleoctagon, style=filled, "
                   f"fillcolor=\"#eeeeee\"{extra}];")
    if endings:
        out.append(f"  {{ rank=sink; {' '.join(dot_string(n.id) + ';' for n in endings)} }}")
    out.append(f"  \"entry\" -> {dot_string(graph.start)};")
    called = {e.target for e in graph.edges if e.kind == "tunnel"}
    entered = {e.target for e in graph.edges if e.kind != "tunnel"} | {graph.start}
    for n in graph.nodes:  # a scene entered only as a tunnel: kept below the start, without pulling it
        if n.id in called - entered:
            out.append(f"  \"entry\" -> {dot_string(n.id)} [style=invis, weight=0];")
    for e in graph.edges:
        attrs = [a for a in (_DOT_EDGE[e.kind],) if a]
        if e.label and e.kind != "tunnel":
            attrs.append(f"label={dot_string(wrap_label(e.label))}")
        if (e.source, e.target) in bad_edges:
            attrs.append("color=orange, penwidth=2")
        tail = f" [{', '.join(attrs)}]" if attrs else ""
        out.append(f"  {dot_string(e.source)} -> {dot_string(e.target)}{tail};")
    for i, note in enumerate(graph.notes):
        out.append(f"  {dot_string(f'note:{i}')} [shape=note, label={dot_string(note)}];")
    out.append("}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- Mermaid

_MERMAID_CODES = {c: f"#{ord(c)};" for c in '"#<>&|`\\[]{}'}  # Mermaid's decimal entity codes


def mermaid_text(text: str) -> str:
    """A Mermaid label in quotes: characters that Mermaid reads as syntax become entity codes."""
    body = "".join(_MERMAID_CODES.get(c, c) for c in text.replace("\r", ""))
    return '"' + body.replace("\n", "<br/>") + '"'


_MERMAID_ARROW = {"choice": "-->", "divert": "==>", "fallback": "-->", "tunnel": "-.->", "ending": "==>"}


def to_mermaid(graph: Graph) -> str:
    """A Mermaid flowchart, top to bottom, a subgraph per chapter (or per file for scenes of no chapter),
    tunnel calls dotted: synthesised ids (s0, e0, ...; never a keyword like `end`), quoted labels."""
    ids = {}
    for n in graph.nodes:
        ids[n.id] = (f"s{len([k for k in ids if k.startswith('scene:')])}" if n.kind == "scene"
                     else f"e{len([k for k in ids if k.startswith('ending:')])}")
    bad_nodes, bad_edges = _softlocked(graph)
    out = ["flowchart TB", f"  %% {graph.title.replace(chr(10), ' ')}", '  entry((" "))']
    for i, (key, label, members) in enumerate(clusters(graph)):
        out.append(f"  subgraph c{i}[{mermaid_text(label)}]")
        for n in members:
            out.append(f"    {ids[n.id]}[{mermaid_text(n.label)}]")
        out.append("  end")
    for n in graph.nodes:
        if n.kind == "ending":
            out.append(f"  {ids[n.id]}(({mermaid_text(n.label)}))")
    out.append(f"  entry --> {ids[graph.start]}")
    link_styles = []
    for k, e in enumerate(graph.edges, 1):
        label = "" if e.kind == "tunnel" else e.label or ("(fallback)" if e.kind == "fallback" else "")
        arrow = _MERMAID_ARROW[e.kind]
        text = f"|{mermaid_text(label)}|" if label else ""
        out.append(f"  {ids[e.source]} {arrow}{text} {ids[e.target]}")
        if (e.source, e.target) in bad_edges:
            link_styles.append(str(k))  # link 0 is entry --> start
    out.append("  classDef ending fill:#eeeeee,stroke:#333333,stroke-width:2px")
    endings = [ids[n.id] for n in graph.nodes if n.kind == "ending"]
    if endings:
        out.append(f"  class {','.join(endings)} ending")
    if graph.unreachable:
        out.append("  classDef unreachable stroke:#cc0000,color:#cc0000,stroke-dasharray:5 5")
        out.append(f"  class {','.join(ids[n] for n in sorted(graph.unreachable, key=list(ids).index))} "
                   f"unreachable")
    if bad_nodes:
        out.append("  classDef softlock stroke:#ff8800,stroke-width:3px")
        out.append(f"  class {','.join(ids[n] for n in sorted(bad_nodes, key=list(ids).index))} softlock")
    if link_styles:
        out.append(f"  linkStyle {','.join(link_styles)} stroke:#ff8800,stroke-width:3px")
    for i, note in enumerate(graph.notes):
        out.append(f"  note{i}[{mermaid_text(note)}]")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- JSON

def _rel(graph: Graph, path):
    if path is None:
        return None
    rel = os.path.relpath(os.path.realpath(path), graph.root)
    return path if rel.startswith("..") else rel.replace(os.sep, "/")


def to_json(graph: Graph) -> str:
    """JSON: nodes, edges and findings; file names relative to the story's folder."""
    return json.dumps({
        "title": graph.title,
        "start": graph.start,
        "files": [_rel(graph, f) for f in graph.files],
        "nodes": [{"id": n.id, "kind": n.kind, "name": n.name, "label": n.label, "file": _rel(graph, n.file),
                   "line": n.line, "chapter": n.chapter,
                   "unreachable": n.id in graph.unreachable} for n in graph.nodes],
        "edges": [{"from": e.source, "to": e.target, "kind": e.kind, "label": e.label} for e in graph.edges],
        "softlocks": [list(c) for c in graph.softlocks],
        "notes": list(graph.notes),
    }, indent=2, ensure_ascii=False) + "\n"


FORMATS = {"dot": to_dot, "mermaid": to_mermaid, "json": to_json}
