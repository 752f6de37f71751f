"""Test helper: the web runtime driven through Node (tests/js/driver.js), and the same plays through runtime.py."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

from forkpaths import format as fmt
from forkpaths import runtime as rt
from forkpaths import saves

HERE = os.path.dirname(os.path.abspath(__file__))
DRIVER = os.path.join(HERE, "js", "driver.js")


def all_transcripts(root: str) -> list:
    """Every transcript in the repository, but those built to be refused (tests/data/hostile)."""
    from forkpaths import transcript
    hostile = os.path.join(root, "tests", "data", "hostile")
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in ("build", "dist", "node_modules")
                             and os.path.join(dirpath, d) != hostile)
        out.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(transcript.SUFFIX))
    return out


def node_path():
    return shutil.which("node") or shutil.which("nodejs")


class Node:
    """One Node process running the web runtime; requests and answers are JSON lines."""

    def __init__(self):
        exe = node_path()
        self.proc = subprocess.Popen([exe, DRIVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, encoding="utf-8", bufsize=1)
        self.loaded = 0

    def ask(self, req: dict) -> dict:
        self.proc.stdin.write(json.dumps(req, ensure_ascii=False) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the Node driver stopped")
        out = json.loads(line)
        if "crash" in out:
            raise RuntimeError("the web runtime crashed:\n" + out["crash"])
        return out

    def load(self, story) -> int:
        self.loaded += 1
        self.ask({"op": "load", "id": self.loaded, "story": fmt.compile_story(story)})
        return self.loaded

    def play(self, sid: int, seed: int, steps) -> dict:
        return self.ask({"op": "play", "story": sid, "seed": str(seed), "steps": list(steps)})

    def load_save(self, sid: int, text: str) -> dict:
        return self.ask({"op": "load_save", "story": sid, "text": text})

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


# ---------------------------------------------------------------- the same through runtime.py

def where(story, span) -> str | None:
    if span is None:
        return None
    rel = os.path.relpath(os.path.realpath(span.file), story.root).replace(os.sep, "/")
    return f"{rel}:{span.line}:{span.column}"


def view_json(story, state) -> dict:
    v = rt.view(story, state)
    return {"scene": v.scene, "ending": v.ending, "paragraphs": list(v.paragraphs),
            "line_tags": [[list(t) for t in tags] for tags in v.line_tags],
            "choices": [[c.id, c.text, c.available, c.reason, c.sticky, [list(t) for t in c.tags]]
                        for c in v.choices]}


def step_json(story, state) -> dict:
    save = json.loads(json.dumps(saves.to_dict(story, state)))
    # `file` is where the terminal's story lives on this machine; a page has no such place and
    # is identified by its title and hash (docs/web.md), so that one field is not compared
    save["story"].pop("file", None)
    return {"view": view_json(story, state), "save": save}


def error_json(story, e: rt.StoryRuntimeError) -> dict:
    w = where(story, e.span)
    return {"message": e.message, "where": w, "rendered": f"{w + ': ' if w else ''}runtime error: {e.message}"}


def py_play(story, seed: int, steps) -> dict:
    """What driver.js's `play` answers, computed by runtime.py."""
    trace = []
    try:
        s = rt.start(story, seed=seed)
    except rt.StoryRuntimeError as e:
        return {"trace": trace, "error": error_json(story, e)}
    trace.append(step_json(story, s))
    for want in steps:
        if s.ending is not None:
            break
        avail = rt.available(story, s)
        if not avail:
            break
        cid = want if isinstance(want, str) else avail[want % len(avail)]
        try:
            s = rt.choose(story, s, cid)
        except rt.StoryRuntimeError as e:
            return {"trace": trace, "error": error_json(story, e)}
        trace.append(step_json(story, s))
    return {"trace": trace, "error": None}


def py_load_save(story, text: str) -> dict:
    try:
        r = saves.loads(story, text)
    except saves.SaveError as e:
        return {"save_error": str(e)}
    lost = r.lost
    if lost is not None:  # a runtime error's place, written from the story's folder as the page writes it
        for f in story.files:
            rel = os.path.relpath(os.path.realpath(f), story.root).replace(os.sep, "/")
            lost = lost.replace(f"{f}:", f"{rel}:")
    return {"result": {"state": None if r.state is None else step_json(story, r.state), "notes": list(r.notes),
                       "exact": r.exact, "seed": r.seed, "history": [list(h) for h in r.history], "lost": lost}}


def first_difference(py: dict, js: dict) -> str | None:
    """None when both runtimes answered the same; else where they part, for a person."""
    if py == js:
        return None
    pt, jt = py.get("trace", []), js.get("trace", [])
    for k, (a, b) in enumerate(zip(pt, jt)):
        for part in ("view", "save"):
            if a[part] != b[part]:
                keys = [x for x in a[part] if a[part].get(x) != b[part].get(x)]
                detail = "; ".join(f"{x}: python {a[part].get(x)!r} / web {b[part].get(x)!r}" for x in keys)
                return f"step {k}: the {part} differs: {detail}"
    if len(pt) != len(jt):
        return f"python played {len(pt)} steps, the web runtime {len(jt)} (errors: {py.get('error')} / {js.get('error')})"
    return f"python: {json.dumps(py)[:2000]}\nweb:    {json.dumps(js)[:2000]}"
