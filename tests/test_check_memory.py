"""The checker's memory stays proportional to what it must remember (issue 10, item 14)."""

import tracemalloc

from forkpaths import loader
from forkpaths.explore import REACHABLE, analyze


def chain(tmp_path, n):
    lines = []
    for i in range(n):
        target = f"s{i + 1}" if i + 1 < n else 'END "done"'
        lines += [f"=== s{i} ===", f"Step {i}.", "* [On]", f"    -> {target}", ""]
    path = tmp_path / "main.story"
    path.write_text("\n".join(lines), encoding="utf-8")
    return loader.load(str(path)).story


def test_a_long_linear_chain_is_proved_in_little_memory(tmp_path):
    # every scene's once-only bookkeeping is live at every earlier point of a chain: kept as a
    # set per choice point, that was quadratic (527 MB for 3,000 scenes, 6.4 GB for 10,000)
    story = chain(tmp_path, 2_000)
    tracemalloc.start()
    try:
        report = analyze(story, max_states=50_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.complete
    assert all(t.status == REACHABLE for t in report.scenes.values())
    assert report.endings["done"].depth == 2_000
    assert peak < 50_000_000, f"{peak / 1e6:.0f} MB at the peak"


def test_a_chain_longer_than_the_state_limit_is_still_walked_to_its_end(tmp_path):
    # IW(1) has its own budget (50,000 states plus 20 a scene, docs/check.md), not --max-states:
    # capped by it, a 100,000-scene chain stopped halfway with its ending unknown
    story = chain(tmp_path, 3_000)
    report = analyze(story, max_states=1_000, hunt_steps=0)  # no walks: IW(1) alone
    assert not report.complete
    assert all(t.status == REACHABLE for t in report.scenes.values())
    assert report.endings["done"].status == REACHABLE
