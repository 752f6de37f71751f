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

# (scenes, wall-time target s, peak-memory target MB, every scene classified?) from issue 11.
# `check` runs with its default options: every stage is cut by counted states or choices, so the
# report is the same on every run; only the wall time and peak memory below depend on the machine.
RUNS = [
    (1000, None, None, True),
    (10000, 8.0, 1024, True),
    (50000, 45.0, 3072, False),
]
BUNDLED_TARGET_S = 1.0  # seconds of analysis (the summary line's own figure)

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
    for n, target_s, target_mb, all_scenes in RUNS:
        path = story_path(n)
        seconds, mb, code, out = run_check([path])
        line, reach, total, unreach, unknown = summary_of(out, path)
        if not total:
            print(f"   {n:,}-scene story: no summary line (exit {code})")
            failed = 1
            continue
        share = (reach + unreach) / total
        decided = "soft-locks not decided" not in line
        verdicts = []
        if target_s is not None:
            ok = seconds <= target_s
            verdicts.append(f"{'ok' if ok else 'MISSED'} <= {target_s:g} s")
            failed |= not ok
        if target_mb is not None:
            ok = mb <= target_mb
            verdicts.append(f"{'ok' if ok else 'MISSED'} <= {target_mb} MB")
            failed |= not ok
        if all_scenes:
            ok = unknown == 0
            verdicts.append(f"{'ok' if ok else 'MISSED'} every scene classified")
            failed |= not ok
        verdicts.append(f"{'ok' if decided else 'MISSED'} soft-locks decided")
        failed |= not decided
        print(f"   {f'synthetic {n:,}':<22}{seconds:>7.1f}s{mb:>7.0f}MB{share:>9.2%}{unknown:>9,}   "
              f"{', '.join(verdicts)} / quicktest {QUICKTEST[n]:g} s (proves nothing)")
        print(f"      {line.split(': ', 1)[-1]}")
    if os.path.isdir(BUNDLED):
        seconds, mb, code, out = run_check([BUNDLED])
        main_story = os.path.join(BUNDLED, "main.story")
        line, reach, total, unreach, unknown = summary_of(out, main_story)
        decided = line != "" and "not decided" not in line
        analysis = re.search(r"; ([\d.]+) s$", line)
        analysis_s = float(analysis.group(1)) if analysis else float("inf")
        ok = decided and unknown == 0 and analysis_s <= BUNDLED_TARGET_S
        failed |= not ok
        print(f"   {'neither_human':<22}{seconds:>7.1f}s{mb:>7.0f}MB{'':>9}{unknown:>9,}   "
              f"{'ok' if ok else 'MISSED'}: {analysis_s:g} s of analysis (target <= {BUNDLED_TARGET_S:g} s), "
              f"soft-locks {'decided' if decided else 'not decided'}")
        print(f"      {line.split(': ', 1)[-1]}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
