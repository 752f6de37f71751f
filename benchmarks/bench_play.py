"""Play benchmark: random play on the 10,000-scene synthetic story, and `forkpaths play` start-up time."""

from __future__ import annotations

import gc
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

TARGET_CHOICES_PER_S = 20_000  # twice inkjs's runtime on the same story (~100 us a choice, ../shared/bench/ANCHORS.md)
INK_US_PER_CHOICE = 105
TARGET_STARTUP_S = 0.5
BUNDLED = os.path.join(ROOT, "stories", "neither_human", "main.story")


def random_play(story, choices: int, render: bool, seed: int = 1):
    """Random choices, restarting at endings and dead ends -> (seconds, choices, playthroughs).

    With render=True each step also builds the view a player sees (text and choices)."""
    from forkpaths import runtime as rt

    rnd = random.Random(seed)
    made = plays = 0
    t = time.perf_counter()
    s = rt.start(story, seed, render=render)
    while made < choices:
        av = rt.available(story, s)
        if not av:
            plays += 1
            s = rt.start(story, seed + plays, render=render)
            continue
        if render:
            rt.view(story, s)
        s = rt.choose(story, s, rnd.choice(av), render=render)
        made += 1
    return time.perf_counter() - t, made, plays + 1


def startup_piped(path: str, runs: int = 7) -> float:
    """Median wall time of `forkpaths play PATH` with empty piped stdin: import, load, first render, exit."""
    cmd = [sys.executable, "-m", "forkpaths", "play", path]
    env = {**os.environ, "PYTHONPATH": ROOT}
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, input=b"", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True,
                       cwd=ROOT)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def startup_terminal(path: str, runs: int = 5) -> float | None:
    """Median time until the first choice is on screen at a (pseudo-)terminal, prompt-toolkit included."""
    try:
        import pexpect
    except ImportError:
        return None
    times = []
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "PYTHONPATH": ROOT, "XDG_DATA_HOME": data, "TERM": "xterm",
               "PROMPT_TOOLKIT_NO_CPR": "1", "NO_COLOR": "1"}
        for _ in range(runs):
            t = time.perf_counter()
            child = pexpect.spawn(sys.executable, ["-m", "forkpaths", "play", path, "--new"], env=env, cwd=ROOT,
                                  dimensions=(40, 100), timeout=20)
            child.expect_exact(b"1. ")
            times.append(time.perf_counter() - t)
            child.expect(b"\x1b\\[\\?2004h")  # the prompt is listening
            child.sendcontrol("d")
            child.expect(pexpect.EOF)
            child.close()
    return statistics.median(times)


def main() -> int:
    from forkpaths import loader
    from synth import story_path

    worst = 0
    path = story_path(10_000)
    gc.disable()
    t = time.perf_counter()
    loaded = loader.load(path)
    gc.enable()
    gc.freeze()
    print(f"   synthetic story: 10,000 scenes, loaded in {time.perf_counter() - t:.2f} s")
    story = loaded.story
    n = 100_000
    for render in (True, False):
        secs, made, plays = random_play(story, n, render)
        rate = made / secs
        what = "render=True (text and choices every step)" if render else "render=False (checker mode)"
        ok = rate >= TARGET_CHOICES_PER_S
        worst = max(worst, 0 if ok or not render else 1)
        print(f"   random play, {what}: {rate:,.0f} choices/s, {1e6 / rate:.1f} us a choice "
              f"({made:,} choices, {plays} playthroughs)"
              + (f"  target >= {TARGET_CHOICES_PER_S:,}/s: {'ok' if ok else 'MISSED'}; "
                 f"inkjs ~{INK_US_PER_CHOICE} us a choice, so {INK_US_PER_CHOICE * rate / 1e6:.1f}x" if render else ""))
    # the same, warm: every scene already compiled
    secs, made, _ = random_play(story, n, True)
    print(f"   random play, render=True, second pass (scenes compiled): {made / secs:,.0f} choices/s")

    if os.path.exists(BUNDLED):
        piped = startup_piped(BUNDLED)
        ok = piped < TARGET_STARTUP_S
        worst = max(worst, 0 if ok else 1)
        print(f"   start-up, `forkpaths play` on the bundled story, piped stdin, to first screen and exit: "
              f"{piped * 1000:.0f} ms (median of 7; target < {TARGET_STARTUP_S * 1000:.0f} ms: "
              f"{'ok' if ok else 'MISSED'})")
        if shutil.which("true") and sys.platform != "win32":
            term = startup_terminal(BUNDLED)
            if term is not None:
                print(f"   start-up at a terminal (prompt-toolkit), to the first choice on screen: "
                      f"{term * 1000:.0f} ms (median of 5)")
    else:
        print("   start-up: the bundled story is not there; skipped")
    return worst


if __name__ == "__main__":
    sys.exit(main())
