"""Reachability for the editor: the checker run in a worker process on the saved story, killed when stale."""

from __future__ import annotations

import asyncio
import json
import os
import sys

# The worker is this module run as a program: `python -m forkpaths.lsp.reach MAIN`. It prints
# one JSON document: the checker's diagnostics (with each witness as located steps) and what
# hover shows of every scene. A separate process keeps the search off the editor's typing path
# and lets a newer save end an older search at once.


def _step_span(story, step):
    sc = story.scene_map.get(step.scene)
    if sc is None:
        return None
    for ch in sc.choices:
        if ch.id == step.choice:
            return ch.span
    return sc.span


def _where(span) -> dict:
    return {"file": os.path.abspath(span.file), "line": span.line, "column": span.column,
            "end_line": span.end_line, "end_column": span.end_column}


def _witness(story, w) -> dict:
    steps = []
    for i, st in enumerate(w.steps, 1):
        span = _step_span(story, st)
        steps.append({"n": i, "scene": st.scene, "text": st.text, "where": _where(span) if span else None})
    return {"steps": steps, "command": w.command(story.files[0])}


def analyse(path: str, max_states=None, timeout=None) -> dict:
    """Load the story at `path` from disk and run the checker -> a JSON-ready document."""
    from .. import loader
    from ..explore import analyze

    try:
        loaded = loader.load(path)
    except loader.StoryIOError as e:
        return {"ok": False, "error": str(e)}
    if not loaded.ok:
        return {"ok": False, "error": "the saved story has errors; fix them and save"}
    story = loaded.story
    kwargs = {k: v for k, v in (("max_states", max_states), ("timeout", timeout)) if v is not None}
    report = analyze(story, **kwargs)
    witnesses = {}
    for sl in report.softlocks:
        witnesses[("FP404", sl.span)] = sl.witness
    for e in report.errors:
        witnesses[("FP405", e.span or story.scene(story.start).span)] = e.witness
    diags = []
    for d in report.diagnostics:
        doc = d.as_json()
        doc.update(_where(d.span))
        w = witnesses.get((d.code, d.span))
        doc["witness"] = _witness(story, w) if w is not None else None
        diags.append(doc)
    scenes = {}
    for name, t in report.scenes.items():
        w = t.witness if t.status == "reachable" else None
        scenes[name] = {"status": t.status, "reason": t.reason, "depth": t.depth,
                        "witness": [s.text for s in w.steps] if w is not None else None}
    endings = {name: {"status": t.status, "depth": t.depth} for name, t in report.endings.items()}
    return {"ok": True, "diagnostics": diags, "scenes": scenes, "endings": endings,
            "complete": report.complete, "states": report.states_explored,
            "files": [os.path.abspath(f) for f in story.files],
            "digests": {os.path.abspath(p): s.digest for p, s in loaded.sources.items()}}


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        os.nice(10)  # the editor's typing comes first
    except (AttributeError, OSError):
        pass
    doc = analyse(argv[0])
    sys.stdout.write(json.dumps(doc))
    sys.stdout.flush()
    return 0


class Runner:
    """One checker run per story at a time: a newer request kills the older run; the latest result wins."""

    def __init__(self):
        self._running = {}  # main path -> asyncio subprocess
        self._generation = {}  # main path -> int

    async def run(self, main: str, cwd: str | None = None):
        """The worker's document for `main`, or None if a newer run replaced this one."""
        gen = self._generation.get(main, 0) + 1
        self._generation[main] = gen
        self.cancel(main)
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "forkpaths.lsp.reach", main, cwd=cwd,
            stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        self._running[main] = proc
        try:
            out, err = await proc.communicate()
        finally:
            if self._running.get(main) is proc:
                del self._running[main]
        if self._generation.get(main) != gen:
            return None
        if proc.returncode != 0:
            last = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
            return {"ok": False, "error": f"the checker stopped: {last[0]}"}
        return json.loads(out.decode("utf-8"))

    def cancel(self, main: str):
        proc = self._running.pop(main, None)
        if proc is not None and proc.returncode is None:
            proc.kill()

    def cancel_all(self):
        for main in list(self._running):
            self.cancel(main)


if __name__ == "__main__":
    sys.exit(main())
