"""Stat-heavy synthetic story (issue 11 item 7), shaped like a ChoiceScript game, and its check benchmark.

1,000 scenes in 10 chapters; 30 integer stats from 0 to 100, changed in steps of 5 to 20
(guarded so they stay in range); each chapter a hub whose once-only choices open threads of
scenes that come back to it, and a way on; endings chosen by stat thresholds. Two plants:
a soft-lock (a pit whose way out needs a stat that only its own once-only choices can raise,
and not far enough) and an unreachable scene (gated by a condition that cannot hold).

    python benchmarks/statheavy.py            # writes benchmarks/data/statheavy_1000.story, checks it
"""

from __future__ import annotations

import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
STATS = 30
CHAPTERS = 10
THREADS = 9  # per chapter: 9 threads of 11 scenes, plus the hub = 100 scenes
THREAD_LEN = 11
TARGET_S = 10.0


def _effect(rng) -> list:
    k = rng.randrange(STATS)
    d = rng.choice((5, 10, 15, 20))
    if rng.random() < 0.6:
        return [f"    {{if s{k} <= {100 - d}}}", f"    ~ s{k} += {d}", "    {end}"]
    return [f"    {{if s{k} >= {d}}}", f"    ~ s{k} -= {d}", "    {end}"]


def generate(seed: int = 1) -> str:
    """The story text (deterministic for a seed)."""
    rng = random.Random(seed)
    out = ["title: Stat-heavy 1000", "author: benchmarks/statheavy.py", "start: c0_hub", ""]
    out += [f"var s{k} = 50" for k in range(STATS)]
    out.append("")
    for c in range(CHAPTERS):
        nxt = f"c{c + 1}_hub" if c + 1 < CHAPTERS else "finale"
        out += [f"=== c{c}_hub ===", f"Chapter {c + 1}. The days go by."]
        for t in range(THREADS):
            out.append(f"* [Thread {t + 1} of chapter {c + 1}] -> c{c}_t{t}_0")
        out += [f"+ [Move on] -> {nxt}", ""]
        for t in range(THREADS):
            # the last thread is 3 scenes shorter, for the pit, the finale and the vault:
            # 1,000 scenes in all
            length = THREAD_LEN - 3 if (c, t) == (CHAPTERS - 1, THREADS - 1) else THREAD_LEN
            for j in range(length):
                name = f"c{c}_t{t}_{j}"
                after = f"c{c}_t{t}_{j + 1}" if j + 1 < length else f"c{c}_hub"
                if c == 4 and t == 2 and j == 5:
                    after = "pit"  # the planted soft-lock is entered from here
                out += [f"=== {name} ===", f"Scene {j + 1} of thread {t + 1}."]
                k = rng.randrange(STATS)
                gate = rng.choice((30, 40, 50, 60))
                out.append(f"+ {{s{k} >= {gate}}} [Lean on it]")
                out += _effect(rng)
                out.append(f"    -> {after}")
                out.append("+ [Take the plain way]")
                out += _effect(rng)
                out.append(f"    -> {after}")
                out.append("")
    # plant 1: a pit whose way out needs s7 >= 95; only its two once-only choices raise s7, by 10 each
    out += ["=== pit ===", "A pit. The walls are high.",
            "* [Train]", "    {if s7 <= 90}", "    ~ s7 += 10", "    {end}", "    -> pit",
            "* [Train harder]", "    {if s7 <= 90}", "    ~ s7 += 10", "    {end}", "    -> pit",
            "+ {s7 >= 95} [Climb out] -> c4_t2_6", "+ [Wait] -> pit", ""]
    # plant 2: a vault behind a condition that cannot hold
    out += ["=== finale ===", "The last day."]
    for e, (k, gate) in enumerate(((3, 70), (11, 60), (19, 80), (27, 65))):
        out.append(f"+ {{s{k} >= {gate}}} [Ending {e + 1}] -> END \"Ending {e + 1}\"")
    out += ["+ {s1 >= 60 and s1 < 40} [Open the vault] -> vault", "+ [Walk away] -> END \"Ordinary\"", "",
            "=== vault ===", "The vault.", "-> END \"Vault\"", ""]
    return "\n".join(out) + "\n"


def story_path(seed: int = 1) -> str:
    os.makedirs(DATA, exist_ok=True)
    path = os.path.join(DATA, f"statheavy_1000_{seed}.story")
    text = generate(seed)
    if not os.path.exists(path) or open(path, encoding="utf-8").read() != text:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    return path


def main() -> int:
    sys.path.insert(0, HERE)
    from bench_check import run_check
    path = story_path()
    seconds, mb, code, out = run_check([path])
    lines = [l for l in out.splitlines() if "FP404" in l or "FP401" in l or l.startswith("benchmarks/")]
    for l in lines:
        print("  ", l)
    # the planted soft-lock: the pit, or a scene of the thread that can only lead into it
    # (a state there with the stat too low is already doomed), reported as FP404
    plants = (bool(re.search(r"FP404\]: soft-lock in scene `(pit|c4_t2_[0-5])`", out)), "vault" in out and "FP401" in out)
    print(f"   stat-heavy 1,000 scenes: {seconds:.1f} s, {mb:.0f} MB; soft-lock found: {plants[0]}, "
          f"unreachable vault found: {plants[1]}; target: both, every scene classified, <= {TARGET_S:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
