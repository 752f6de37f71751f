"""Issue 10: SIGKILL at random moments during saves never loses the previous save, and the
next start leaves no temporary behind. 20 kills in the suite; `-m slow` runs 110 more."""

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from forkpaths import loader, saves
from forkpaths.repl.session import Session

CHILD = r"""
import sys
from forkpaths import loader, saves, runtime as rt
story = loader.load(sys.argv[1]).story
folder = sys.argv[2]
s = rt.start(story, 0)
states = [s]
for _ in range(3):
    s = rt.choose(story, s, rt.available(story, s)[0])
    states.append(s)
n = 0
while True:
    saves.save(folder, story, states[n % len(states)], "quick")
    if n == 0:
        print("ready", flush=True)
    n += 1
"""


@pytest.fixture
def big_story(tmp_path):
    """A story whose saves are big (a long paragraph on screen), so a kill often lands mid-write."""
    words = " ".join(f"word{i}" for i in range(20_000))
    path = tmp_path / "story" / "main.story"
    path.parent.mkdir()
    path.write_text(f"var n = 0\n=== a ===\n{words}\n+ [Again] \n    ~ n += 1\n    -> a\n* [Stop] -> END \"x\"\n",
                    encoding="utf-8")
    return str(path)


def _kills(big_story, folder, tries, seed):
    rng = random.Random(seed)
    story = loader.load(big_story).story
    env = dict(os.environ)
    killed_mid_save = 0
    for attempt in range(tries):
        child = subprocess.Popen([sys.executable, "-c", CHILD, big_story, str(folder)], stdout=subprocess.PIPE,
                                 env=env)
        try:
            assert child.stdout.readline() == b"ready\n"
            time.sleep(rng.uniform(0, 0.15))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
            child.stdout.close()
        killed_mid_save += any(n.endswith(".tmp") for n in os.listdir(folder))
        got = saves.load(str(folder), story, "quick")  # the previous save (or the new one) always loads whole
        assert got.state is not None, attempt
        Session(story, big_story, seed=0, save_dir=str(folder))  # the next start sweeps
        left = [n for n in os.listdir(folder) if n.endswith(".tmp")]
        assert left == [], (attempt, left)
    return killed_mid_save


def test_kill_during_saves(big_story, tmp_path):
    _kills(big_story, tmp_path / "saves", 20, seed=10)


@pytest.mark.slow
def test_kill_during_saves_many_times(big_story, tmp_path):
    assert _kills(big_story, tmp_path / "saves", 110, seed=11) > 0  # some kills did land mid-save
