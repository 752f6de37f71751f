"""Check benchmark: `forkpaths check` on the 1,000-, 10,000- and 50,000-scene synthetic stories and the bundled story."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

BUNDLED = os.path.join(ROOT, "stories", "neither_human")
QUICKTEST = {1000: 0.6, 10000: 3.8, 50000: 19.0}  # ChoiceScript quicktest, ../shared/bench/ANCHORS.md

# (scenes, --timeout given to check, wall-time target, share of scenes to classify for certain)
RUNS = [
    (1000, 5, None, None),
    (10000, 8, 15.0, 0.99),
    (50000, 60, 90.0, None),
]
MEMORY_TARGET_MB = 1024  # for the 10,000-scene story
BUNDLED_TARGET_S = 5.0

_COUNTS = re.compile(r"([\d,]+) of ([\d,]+) scenes reachable(?: \(([^)]*)\))?")


def _int(text) -> int:
    return int(text.replace(",", ""))


def run_check(args):
    """Run `forkpaths check ARGS` in a fresh process -> (seconds, peak MB, exit code, stdout)."""
    cmd = [sys.executable, "-m", "forkpaths", "check", *args]
    env = {**os.environ, "PYTHONPATH": ROOT, "NO_COLOR": "1"}
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    out = proc.stdout.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t
    code = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, code, out


def summary_of(out: str, path: str):
    """The story's summary line and its scene counts -> (line, reachable, total, unreachable, unknown)."""
    shown = os.path.relpath(path, ROOT)
    line = next((l for l in out.splitlines() if l.startswith(shown + ": ")), "")
    if "all reachable" in line:
        total = _int(re.search(r": ([\d,]+) scenes?", line).group(1))
        return line, total, total, 0, 0
    mt = _COUNTS.search(line)
    if not mt:
        return line, 0, 0, 0, 0
    reach, total = _int(mt.group(1)), _int(mt.group(2))
    extra = mt.group(3) or ""
    unreach = re.search(r"([\d,]+) unreachable", extra)
    unknown = re.search(r"([\d,]+) unknown", extra)
    return (line, reach, total, _int(unreach.group(1)) if unreach else 0,
            _int(unknown.group(1)) if unknown else 0)


def main() -> int:
    from synth import story_path

    failed = 0
    print(f"   {'story':<22}{'wall':>8}{'peak':>9}{'certain':>10}{'unknown':>9}   target / quicktest")
    for n, timeout, target_s, target_share in RUNS:
        path = story_path(n)
        seconds, mb, code, out = run_check(["--timeout", str(timeout), path])
        line, reach, total, unreach, unknown = summary_of(out, path)
        if not total:
            print(f"   {n:,}-scene story: no summary line (exit {code})")
            failed = 1
            continue
        share = (reach + unreach) / total
        verdicts = []
        if target_s is not None:
            ok = seconds < target_s
            verdicts.append(f"{'ok' if ok else 'MISSED'} < {target_s:g} s")
            failed |= not ok
        if target_share is not None:
            ok = share >= target_share
            verdicts.append(f"{'ok' if ok else 'MISSED'} >= {target_share:.0%} certain")
            failed |= not ok
        if n == 10000:
            ok = mb < MEMORY_TARGET_MB
            verdicts.append(f"{'ok' if ok else 'MISSED'} < {MEMORY_TARGET_MB} MB")
            failed |= not ok
        print(f"   {f'synthetic {n:,}':<22}{seconds:>7.1f}s{mb:>7.0f}MB{share:>9.2%}{unknown:>9,}   "
              f"{', '.join(verdicts) or '-'} / quicktest {QUICKTEST[n]:g} s (proves nothing)")
        print(f"      {line.split(': ', 1)[-1]}")
    if os.path.isdir(BUNDLED):
        seconds, mb, code, out = run_check([BUNDLED])
        main_story = os.path.join(BUNDLED, "main.story")
        line, reach, total, unreach, unknown = summary_of(out, main_story)
        complete = "search stopped" not in line and "not decided" not in line and line != ""
        ok = complete and seconds < BUNDLED_TARGET_S
        failed |= not ok
        print(f"   {'neither_human':<22}{seconds:>7.1f}s{mb:>7.0f}MB{'':>9}{unknown:>9,}   "
              f"{'ok' if ok else 'MISSED'}: explored completely in < {BUNDLED_TARGET_S:g} s "
              f"({'complete' if complete else 'incomplete'})")
        print(f"      {line.split(': ', 1)[-1]}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
