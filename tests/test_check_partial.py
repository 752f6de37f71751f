"""`check` on a story with errors: each error neutralised into a dead end, the rest still searched (recover.py, FP411)."""

from __future__ import annotations

import json
import os

import pytest

from forkpaths import loader, runtime
from forkpaths.cli import main

HERE = os.path.dirname(os.path.abspath(__file__))
BROKEN = os.path.join(HERE, "data", "check", "partial", "broken.story")

# Fixes of broken.story's four errors, each a different story: what the recovered search calls
# reachable must be reachable in every one of them, by the same choices.
FIXES = {
    "as meant": [("-> yrad", "-> yard"), ('"five"', "5"), ("nosuch", "0"), ("{if key\n", "{if key}\n")],
    "elsewhere": [("-> yrad", "-> secret"), ('~ gold += "five"', "~ gold = 100"), ("gold > nosuch", "gold < 0"),
                  ("{if key\n", "{if not key}\n")],
    "always": [("-> yrad", '-> END "Lost"'), ('~ gold += "five"', "~ key = false"), ("gold > nosuch", "true"),
               ("{if key\n", "{if key}\n{end}\n")],
}


def check_json(capsys, path):
    rc = main(["check", "--format", "json", path])
    out = capsys.readouterr().out
    return rc, json.loads(out)


def fixed(tmp_path, name, edits):
    text = open(BROKEN, encoding="utf-8").read()
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    if "{end}" not in text.split("=== vault ===")[1]:
        text = text.replace("-> END \"Vault\"\n", "-> END \"Vault\"\n{end}\n-> END \"Vault\"\n")
    path = tmp_path / name.replace(" ", "_") / "main.story"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    loaded = loader.load(str(path))
    assert loaded.ok, [f"{d.span}: {d.message}" for d in loaded.diagnostics]
    return loaded.story


def test_the_rest_of_a_broken_story_is_still_checked(capsys, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    rc = main(["check", BROKEN])
    out = capsys.readouterr().out
    assert rc == 1  # errors are errors: the exit code does not change
    assert "note[FP411]: with its 4 errors neutralised (each one a dead end), 4 of 6 scenes and 2 of 4 endings " \
           "are reachable without passing one" in out
    assert 'not decided (a fix may lead there): scene `secret`, scene `vault`, ending "Rich", ending "Secret"' in out
    assert "broken.story:33 is reached by: “Knock” → “Dig” (2 choices)" in out
    assert "broken.story: not fully analysed (4 errors, 0 warnings, 1 note); with its errors neutralised: " \
           "4 of 6 scenes and 2 of 4 endings reachable" in out


def test_json_gives_the_recovered_reachability(capsys):
    rc, doc = check_json(capsys, BROKEN)
    [story] = doc["stories"]
    rec = story["recovered"]
    assert story["ok"] is False and story["scenes"] is None  # the story itself is not analysed
    assert {n: e["status"] for n, e in rec["scenes"].items()} == {
        "gate": "reachable", "yard": "reachable", "shed": "reachable", "cellar": "reachable",
        "secret": "undecided", "vault": "undecided"}
    assert {n: e["status"] for n, e in rec["endings"].items()} == {
        "Home": "reachable", "Rested": "reachable", "Rich": "undecided", "Secret": "undecided"}
    # the places neutralised (the scene that did not parse is a dead end of its own, not listed)
    assert [(s["line"], s["status"]) for s in rec["stops"]] == [(14, "reachable"), (27, "reachable"), (33, "reachable")]
    assert all(e["witness"] is None or e["witness"]["replay"] is None for e in rec["scenes"].values())


@pytest.mark.parametrize("fix", sorted(FIXES))
def test_what_is_reachable_stays_reachable_whatever_the_fix(capsys, tmp_path, fix):
    """The claim behind FP411: a witness that passes no neutralised place runs the same in the
    story with its errors fixed, any fix; so each reaches its target there too."""
    rc, doc = check_json(capsys, BROKEN)
    rec = doc["stories"][0]["recovered"]
    story = fixed(tmp_path, fix, FIXES[fix])
    for kind in ("scenes", "endings"):
        for name, entry in rec[kind].items():
            if entry["status"] != "reachable":
                continue
            s = runtime.start(story, render=False)
            for cid in entry["witness"]["ids"]:
                s = runtime.choose(story, s, cid, render=False)
            if kind == "scenes":
                assert s.visits.get(name, 0) > 0 or s.scene == name, (fix, name)
            else:
                assert s.ending == name, (fix, name, s.ending)


def test_errors_outside_every_scene_are_not_neutralised(capsys, tmp_path, monkeypatch):
    """A broken declaration changes every scene that reads it: nothing is claimed."""
    monkeypatch.setenv("NO_COLOR", "1")
    path = tmp_path / "main.story"
    path.write_text('var b = true and 1\n=== a ===\n{b: yes|no}\n-> END "x"\n', encoding="utf-8")
    rc = main(["check", str(path)])
    out = capsys.readouterr().out
    assert rc == 1 and "FP411" not in out and ": not analysed (" in out
