"""FP407: a condition the value analysis shows is always the same wherever it is evaluated, in
prose, in `{if}` blocks and in the text of choices; never one that can change."""

import os

from forkpaths import loader
from forkpaths.explore import analyze


def constant_lines(tmp_path, text):
    path = os.path.join(tmp_path, "c.story")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    loaded = loader.load(path)
    assert loaded.ok, loaded.diagnostics
    report = analyze(loaded.story)
    return sorted((d.span.line, d.span.column, d.message) for d in report.diagnostics if d.code == "FP407")


def test_conditions_in_choice_text_are_reported_like_those_in_prose(tmp_path):
    got = constant_lines(tmp_path, 'var x = 1\n=== a ===\n{x > 5: Big|Small} room.\n'
                                   '* [Go {x > 5: fast|slow}] -> END "y"\n'
                                   '* {x > 0} [Leave {x == 1: now|later}] -> END "z"\n')
    assert [(line, col) for line, col, _ in got] == [(3, 2), (4, 8), (5, 4), (5, 19)]
    assert all("always" in msg for _, _, msg in got)
    assert "false" in got[1][2] and "true" in got[3][2]


def test_a_condition_in_choice_text_that_can_change_is_not_reported(tmp_path):
    got = constant_lines(tmp_path, 'var x = 1\n=== a ===\n* [Go {x > 5: fast|slow}]\n    ~ x = 9\n    -> a\n'
                                   '* [Stop {x > 5: fast|slow}] -> END "y"\n')
    assert got == []


def test_visits_of_the_scene_being_run_is_at_least_one(tmp_path):
    got = constant_lines(tmp_path, '=== a ===\n{visits(a) == 0: Never|Always} here.\n* [Again] -> b\n'
                                   '* {visits(a) >= 1} [Stop] -> END "y"\n=== b ===\n'
                                   '{visits(a) > 1: Twice|Once} there.\n* [Back] -> a\n')
    assert [(line, col) for line, col, _ in got] == [(2, 2), (4, 4)]


def test_a_weave_part_entered_by_divert_has_not_seen_its_scene(tmp_path):
    # built to break the rule above: the gather `drink` is in `cafe`, but a divert enters it
    # without passing the scene's top, so visits(cafe) there may be 0; visits(cafe.drink) may not
    got = constant_lines(tmp_path, '=== start ===\n* [Straight to the bar] -> cafe.drink\n'
                                   '* [Into the cafe] -> cafe\n\n=== cafe ===\nThe cafe.\n'
                                   '- (drink) {visits(cafe) == 0: You skipped the door.|You came in.} '
                                   '{visits(cafe.drink) == 0: First|Again}.\n* [Leave] -> END "Out"\n')
    assert [(line, col) for line, col, _ in got] == [(7, 68)]
    assert "false" in got[0][2]
