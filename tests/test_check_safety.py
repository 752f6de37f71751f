"""The proof that no playthrough runs into a runtime error (analysis/safety.py): what it proves holds, what breaks it is caught."""

from __future__ import annotations

import os

import pytest

from forkpaths import loader, runtime
from forkpaths.analysis.absint import AbstractInterpreter
from forkpaths.analysis.safety import hazards
from forkpaths.explore import analyze

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data", "check", "safety")
ROOT = os.path.dirname(HERE)


def load(name):
    loaded = loader.load(os.path.join(DATA, name))
    assert loaded.ok, [d.render() for d in loaded.diagnostics]
    return loaded.story


def found(story):
    return hazards(story, AbstractInterpreter(story))


def test_clamped_and_guarded_counters_are_proved_within_the_limits():
    """A sticky loop runs forever, but `min`/`max` clamp one counter, a guard stops another and
    a once-only choice adds a bounded number of steps to the third: no hazard is left."""
    assert found(load("clamped.story")) == []


def test_fan_of_tunnels_within_the_limit_is_proved():
    """Tunnels calling tunnels twice, 12 levels: 8,191 scenes entered between the one choice and
    the ending, under the runtime's 10,000. The proof counts them (a graph walk would see no loop at all)."""
    story = load("fan_small.story")
    assert found(story) == []
    s = runtime.start(story, render=False)
    assert tuple(runtime.available(story, s)) == ("begin",)
    assert runtime.choose(story, s, "begin", render=False).ending == "Done"


# each story is built to break one part of the proof: the hazard is reported at the line that
# fails, and where a playthrough reaches it, the exact search finds the runtime error there too
BREAKERS = [
    ("sticky_counter.story", 11, "integer overflow", "integer overflow"),
    ("zero_divisor.story", 9, "division by zero", "division by zero"),
    ("deep_tunnel.story", 12, "tunnels nested more than 64 deep", "tunnels nested more than 64 deep"),
    ("stray_return.story", 15, "`->->` may run when no tunnel was called", "`->->` returns, but no tunnel was called"),
    ("fallback_loop.story", 7, "divert loop", "divert loop"),
    ("fan_large.story", 5, "divert loop: more than 10,000 scenes", "divert loop"),
    ("doubling.story", 79, "string too long", "string too long"),
    ("recursion.story", 13, "function calls nested more than 64 deep", "function calls nested more than 64 deep"),
    ("text_divide.story", 9, "division by zero", None),  # only in text, which the search does not work out
]


@pytest.mark.parametrize("name, line, proof_says, runtime_says", BREAKERS, ids=[b[0] for b in BREAKERS])
def test_each_breaker_is_caught(name, line, proof_says, runtime_says):
    story = load(name)
    hz = found(story)
    assert hz, name
    assert any(h.span.line == line and h.message.startswith(proof_says) for h in hz), [(h.span.line, h.message) for h in hz]
    report = analyze(story)
    assert report.runtime_errors_decided != "proof"
    if runtime_says is not None:
        assert any(e.message.startswith(runtime_says) for e in report.errors), [e.message for e in report.errors]
        assert report.runtime_errors_decided == "search"
    else:
        assert not report.errors and report.runtime_errors_decided is None
        fp406 = [d for d in report.diagnostics if d.code == "FP406"]
        assert fp406 and fp406[0].span.line == line and "runtime error" in fp406[0].message


def test_a_complete_search_leaves_text_to_the_proof():
    """The search does not work out text: a division by zero only in prose keeps runtime errors
    undecided even when every state is explored, and play does stop there."""
    story = load("text_divide.story")
    report = analyze(story)
    assert report.complete and report.runtime_errors_decided is None
    assert report.hazards and report.hazards[0].in_text
    s = runtime.start(story)
    s = runtime.choose(story, s, runtime.available(story, s)[0])
    with pytest.raises(runtime.StoryRuntimeError, match="division by zero"):
        runtime.choose(story, s, runtime.available(story, s)[0])


def test_recursion_with_known_arguments_is_followed():
    """`down(3)` in the text of recursion.story is unrolled call by call and proved; only the
    call whose argument a loop raises is a hazard."""
    hz = found(load("recursion.story"))
    assert all(h.span.line != 17 for h in hz), [(h.span.line, h.message) for h in hz]


def test_the_bundled_story_is_proved_free_of_runtime_errors():
    """The search stops once everything is decided (it does not close the whole space); the
    proof rules out every runtime error, so `check --strict` has nothing to warn about."""
    loaded = loader.load(os.path.join(ROOT, "stories", "neither_human", "main.story"))
    report = analyze(loaded.story)
    assert not report.complete
    assert report.runtime_errors_decided == "proof" and report.hazards == []
    assert not [d for d in report.diagnostics if d.code == "FP406"]
    assert report.as_json()["runtime_errors_decided"] == "proof"
