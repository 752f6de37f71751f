"""Synthetic stories for benchmarks: ../shared/bench/gen_story.py's JSON graph, written in our language."""

from __future__ import annotations

import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")


def _find_gen() -> str:
    """../shared/bench/gen_story.py beside the checkout, looked for in every folder above it
    (a git worktree such as /work/wt/NAME sits one level deeper than the main checkout)."""
    here = HERE
    while True:
        here = os.path.dirname(here)
        cand = os.path.join(here, "shared", "bench", "gen_story.py")
        if os.path.exists(cand) or os.path.dirname(here) == here:
            return cand


GEN = _find_gen()


def _cond(c) -> str:
    if c["op"] == "==" and c["value"] is True:
        return c["var"]
    return f"{c['var']} {c['op']} {c['value']}"


def _effect(e) -> str:
    if e["op"] == "set":
        return f"~ {e['var']} = {'true' if e['value'] else 'false'}"
    v = e["value"]
    return f"~ {e['var']} += {v}" if v >= 0 else f"~ {e['var']} -= {-v}"


def translate(graph: dict) -> str:
    """The JSON graph as a .story text (sticky `+` choices, like the ink translation)."""
    out = [f"title: Synthetic {graph['meta']['scenes']}", "author: gen_story.py", f"start: {graph['start']}", ""]
    for v in graph["variables"]:
        init = ("true" if v["init"] else "false") if v["type"] == "bool" else str(v["init"])
        out.append(f"var {v['name']} = {init}")
    out.append("")
    for s in graph["scenes"]:
        out.append(f"=== {s['id']} ===")
        for i, p in enumerate(s["paragraphs"]):
            if i:
                out.append("")
            out.append(p)
        if s["cond_text"]:
            out.append(f"{{{_cond(s['cond_text']['cond'])}: {s['cond_text']['text']}}}")
        if s["ending"]:
            out.append(f'-> END "Ending {s["id"]}"')
        for ch in s["choices"]:
            guard = f" {{{_cond(ch['cond'])}}}" if ch["cond"] else ""
            if ch["effects"]:
                out.append(f"+{guard} [{ch['text']}]")
                out.extend("    " + _effect(e) for e in ch["effects"])
                out.append(f"    -> {ch['target']}")
            else:
                out.append(f"+{guard} [{ch['text']}] -> {ch['target']}")
        out.append("")
    return "\n".join(out) + "\n"


def story_path(n: int, seed: int = 1) -> str:
    """Generate (once, cached under benchmarks/data/) the n-scene story; return its path."""
    os.makedirs(DATA, exist_ok=True)
    path = os.path.join(DATA, f"synth_{n}_{seed}.story")
    if os.path.exists(path):
        return path
    if not os.path.exists(GEN):
        raise SystemExit(f"benchmark generator not found: {GEN}")
    raw = subprocess.run([sys.executable, GEN, "--scenes", str(n), "--seed", str(seed)],
                         check=True, capture_output=True).stdout
    text = translate(json.loads(raw))
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)
    return path


if __name__ == "__main__":
    for n in (int(a) for a in sys.argv[1:] or ["1000"]):
        print(story_path(n))
