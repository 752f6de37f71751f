"""`make bench`: run every benchmark of the project and print its figures against the issues' targets."""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))

BENCHES = [
    ("parse + resolve", "bench_parse"),
    ("play", "bench_play"),
    ("check", "bench_check"),
    ("lsp", "bench_lsp"),
    ("web page", "bench_web"),
]


def main() -> int:
    only = sys.argv[1:]
    worst = 0
    for title, name in BENCHES:
        if only and name not in only and title not in only:
            continue
        if importlib.util.find_spec(name) is None:
            print(f"== {title}: benchmarks/{name}.py not present, skipped\n")
            continue
        print(f"== {title}")
        t = time.perf_counter()
        code = importlib.import_module(name).main()
        print(f"   ({time.perf_counter() - t:.1f} s)\n")
        worst = max(worst, code or 0)
    return worst


if __name__ == "__main__":
    sys.exit(main())
