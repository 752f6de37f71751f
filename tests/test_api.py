"""The embedding API (docs/api.md): what `forkpaths` exports, View's tags and styled runs, with_vars' checks."""

import os
import subprocess
import sys

import pytest

import forkpaths
from forkpaths import runtime

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

STORY = '''title: Checks
var hunger = 3
var told = false
var name = "Nam-ra"
const LIMIT = 5

=== roof === #chapter: One #quiet
Hunger: {hunger}. _Still_ **here**, {name}.
+ {hunger < LIMIT} [Wait]
    ~ hunger += 1
    ~ told = true
    ~ name = "Nam-ra"
    -> roof
* [Go] -> END "Gone"
'''


@pytest.fixture(scope="module")
def story():
    loaded = forkpaths.load("checks.story", text=STORY)
    assert loaded.ok, loaded.diagnostics
    return loaded.story


def test_everything_in_all_is_importable_from_forkpaths():
    for name in forkpaths.__all__:
        assert getattr(forkpaths, name) is not None, name
    assert forkpaths.analyze.__module__ == "forkpaths.explore"
    with pytest.raises(AttributeError):
        forkpaths.no_such_thing


def test_importing_forkpaths_stays_light():
    code = "import sys, forkpaths; print(sorted(m for m in ('forkpaths.explore', 'hypothesis') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout
    assert out.strip() == "[]"


def test_view_carries_the_scenes_tags_title_and_styled_runs(story):
    v = forkpaths.view(story, forkpaths.start(story))
    assert v.scene == "roof" and v.title is None
    assert v.tags == (("chapter", "One"), ("quiet", None))
    assert v.tag("chapter") == "One" and v.tag("quiet") == "" and v.tag("loud") is None
    assert v.paragraphs == ("Hunger: 3. _Still_ **here**, Nam-ra.",)
    assert v.text == ("Hunger: 3. Still here, Nam-ra.",)
    assert v.runs == ((("", "Hunger: 3. "), ("italic", "Still"), ("", " "), ("bold", "here"), ("", ", Nam-ra.")),)
    assert [c.plain for c in v.choices] == ["Wait", "Go"] and v.choices[0].runs == (("", "Wait"),)
    tour = forkpaths.load(os.path.join(REPO, "stories", "tour", "main.story")).story
    tv = forkpaths.view(tour, forkpaths.start(tour))
    assert tv.title == "The Shore" and tv.tag("chapter") == "Arrival"


def test_the_ending_view_has_its_scenes_tags(story):
    s = forkpaths.choose(story, forkpaths.start(story), "go")
    v = forkpaths.view(story, s)
    assert v.ending == "Gone" and v.tag("chapter") == "One"


@pytest.mark.parametrize("values, message", [
    ({"hunger": 8.5}, "`hunger` is int: 8.5 (float) is not an int value"),
    ({"hunger": None}, "`hunger` is int: None (NoneType) is not an int value"),
    ({"hunger": "4"}, "`hunger` is int: '4' (str) is not an int value"),
    ({"hunger": True}, "`hunger` is int: True (bool) is not an int value"),
    ({"told": 1}, "`told` is bool: 1 (int) is not a bool value"),
    ({"name": 7}, "`name` is string: 7 (int) is not a string value"),
    ({"hunger": runtime.MAX_INT + 1}, "`hunger` is int: 9223372036854775808 is out of range"),
    ({"hunger": -runtime.MAX_INT - 2}, "`hunger` is int: -9223372036854775809 is out of range"),
    ({"name": "x" * (runtime.MAX_STRING + 1)}, "`name` is string: 1,000,001 characters is too long"),
    ({"hungr": 1}, "no variable named `hungr`; did you mean `hunger`?"),
    ({"LIMIT": 9}, "`LIMIT` is a constant; it cannot be set"),
    ({"told": True, "zzz": 1}, "no variable named `zzz`"),
])
def test_with_vars_refuses_what_the_variable_cannot_hold(story, values, message):
    s = forkpaths.start(story)
    with pytest.raises(forkpaths.VariableError) as e:
        forkpaths.with_vars(story, s, **values)
    assert str(e.value).startswith(message)
    assert isinstance(e.value, ValueError) and isinstance(e.value, forkpaths.StoryRuntimeError)
    with pytest.raises(forkpaths.VariableError):
        forkpaths.check_value(story, *next(iter(values.items()))) if len(values) == 1 else \
            forkpaths.check_value(story, "zzz", 1)


def test_with_vars_accepts_the_limits_and_the_result_saves_and_plays(story):
    s = forkpaths.start(story)
    for v in (runtime.MAX_INT - 1, -runtime.MAX_INT - 1, 0):
        forkpaths.with_vars(story, s, hunger=v)
    s = forkpaths.with_vars(story, s, hunger=4, told=True, name="x" * runtime.MAX_STRING)
    back = forkpaths.saves.loads(story, forkpaths.saves.dumps(story, s))
    assert back.state == s
    s = forkpaths.choose(story, s, "wait")  # hunger 5: Wait is hidden now, and nothing crashes
    assert [c.id for c in forkpaths.view(story, s).choices] == ["go"]


def test_the_players_set_gets_the_same_check(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, "-m", "forkpaths", "play", "--debug", os.path.join(REPO, "stories", "tour")],
                          input=":set oil 99999999999999999999\n:set oil 3\n:vars\n", capture_output=True,
                          text=True, timeout=120, env=env)
    assert "Traceback" not in done.stderr
    assert "`oil` is int: 99999999999999999999 is out of range" in done.stdout
    assert "oil = 3 (int)" in done.stdout


def test_the_story_hash_does_not_depend_on_the_current_folder(monkeypatch, tmp_path):
    """Saves know a story by its hash: loading it from another folder must not change it."""
    import os
    import shutil

    from forkpaths import loader
    story = tmp_path / "s"
    shutil.copytree(os.path.join(os.path.dirname(__file__), "..", "stories", "tour"), story)
    monkeypatch.chdir(story)
    here = loader.load("main.story").story.digest
    monkeypatch.chdir(tmp_path)
    above = loader.load(os.path.join("s", "main.story")).story.digest
    assert here == above
    (story / "main.story").write_text((story / "main.story").read_text() + "\n// edited\n")
    assert loader.load(os.path.join("s", "main.story")).story.digest != above
