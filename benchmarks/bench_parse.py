"""Benchmark: parse + resolve of the synthetic stories (seconds and peak memory, each in a fresh process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import synth  # noqa: E402

TARGETS = {1000: (None, None), 10000: (2.5, 300), 50000: (12.0, 1024)}

_CHILD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from forkpaths import loader
t1 = time.perf_counter()
loaded = loader.load(sys.argv[1])
t2 = time.perf_counter()
assert loaded.ok, [str(d) for d in loaded.diagnostics[:3]]
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "scenes": len(loaded.story.scenes),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(n: int, repeats: int = 3) -> dict:
    path = synth.story_path(n)
    runs = []
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", _CHILD, path], check=True, capture_output=True, text=True)
        runs.append(json.loads(out.stdout))
    best = min(runs, key=lambda r: r["load"])
    best["size_mb"] = os.path.getsize(path) / 1e6
    best["median_load"] = sorted(r["load"] for r in runs)[len(runs) // 2]
    return best


def main(sizes=(1000, 10000, 50000)) -> int:
    print("parse + resolve (fresh process each; best and median of 3)")
    failed = False
    prev = None
    for n in sizes:
        r = measure(n, 3 if n < 50000 else 2)
        secs, mb = TARGETS.get(n, (None, None))
        verdict = ""
        if secs is not None:
            ok = r["median_load"] < secs and r["rss_mb"] < mb
            failed |= not ok
            verdict = f"  target < {secs} s, < {mb} MB: {'ok' if ok else 'MISSED'}"
        per = r["load"] / n * 1e6
        growth = f"  ({per:.0f} µs/scene" + (f", x{per / prev:.2f} per scene vs previous" if prev else "") + ")"
        prev = per
        print(f"  {n:>6} scenes ({r['size_mb']:.1f} MB): {r['load']:.2f} s best, {r['median_load']:.2f} s median,"
              f" peak {r['rss_mb']:.0f} MB{growth}{verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
