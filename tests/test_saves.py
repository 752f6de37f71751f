"""Saves: the JSON format, atomic writes, clear refusals, and migration across story edits."""

import json
import os

import pytest

from forkpaths import loader, saves
from forkpaths import runtime as rt

STORY = """title: Edits
start: gate

var keys = 0
var lamp = false
var who = "Ji-ho"

=== gate "The Gate" === #chapter: One
The gate is shut. You hold {keys} keys.
+ [Take a key]
    ~ keys += 1
    -> gate
* [Light the lamp]
    ~ lamp = true
    -> yard
* [Visit the well] -> well

=== yard "The Yard" ===
The yard, {who}.
* [Back] -> gate
* [Sleep] -> END "Sleep"

=== well ===
-> echo ->
The well is deep.
* [Back] -> gate

=== echo ===
An echo answers.
* [Listen]
    ->->
* [Shout]
    ->->
"""


def write_story(folder, text):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "main.story"
    path.write_text(text, encoding="utf-8")
    loaded = loader.load(str(path))
    assert loaded.story is not None, [str(d) for d in loaded.diagnostics]
    return loaded.story


@pytest.fixture
def story(tmp_path):
    return write_story(tmp_path / "v1", STORY)


def edited(tmp_path, old, new, count=1):
    text = STORY.replace(old, new, count)
    assert text != STORY
    return write_story(tmp_path / "v2", text)


def snapshot(folder):
    out = {}
    for root, _, files in os.walk(folder):
        for f in files:
            p = os.path.join(root, f)
            with open(p, "rb") as fh:
                out[p] = (fh.read(), os.stat(p).st_mtime_ns)
    return out


def advance(story, *ids, seed=0):
    s = rt.start(story, seed)
    for cid in ids:
        s = rt.choose(story, s, cid)
    return s


class TestFormat:
    def test_fields(self, story):
        s = advance(story, "take_a_key", "take_a_key")
        data = json.loads(saves.dumps(story, s, "one", "2026-11-25 10:00:00"))
        assert data["format"] == "forkpaths-save"
        assert data["version"] == saves.VERSION and data["min_version"] == saves.MIN_COMPATIBLE
        assert data["story"] == {"title": "Edits", "file": saves.main_file(story), "hash": story.digest,
                                 "start": "gate"}
        assert data["position"] == {"scene": "gate", "ending": None, "stack": [],
                                    "offer": [["take_a_key", True], ["light_the_lamp", True],
                                              ["visit_the_well", True]]}
        assert data["variables"] == {"keys": 2, "lamp": False, "who": "Ji-ho"}
        assert data["visits"] == {"gate": 3}
        assert data["history"] == [["gate", "take_a_key"], ["gate", "take_a_key"]]
        assert data["seed"] == 0 and int(data["rng"], 16) == s.rng
        assert data["summary"] == {"scene_title": "The Gate", "chapter": "One"}
        assert data["text"] == ["The gate is shut. You hold 2 keys."]

    def test_tunnel_stack_round_trips(self, story):
        s = advance(story, "visit_the_well")
        assert s.scene == "echo" and len(s.stack) == 1
        assert saves.roundtrip(story, s) == s
        after = rt.choose(story, saves.roundtrip(story, s), "listen")
        assert after.scene == "well" and after.text == ("The well is deep.",)

    def test_large_seed_and_ending(self, story):
        s = advance(story, "light_the_lamp", "sleep", seed=2**70)
        back = saves.roundtrip(story, s)
        assert back == s and back.ending == "Sleep"


class TestFiles:
    def test_atomic_write_leaves_no_temporary_files(self, tmp_path, story):
        tmp_path = tmp_path / "saves"
        path = saves.save(str(tmp_path), story, advance(story), "slot1")
        assert os.listdir(tmp_path) == ["slot1.json"]
        assert path == str(tmp_path / "slot1.json")
        assert saves.load(str(tmp_path), story, "slot1").state == advance(story)

    def test_failed_write_keeps_the_old_file(self, tmp_path, story, monkeypatch):
        tmp_path = tmp_path / "saves"
        tmp_path.mkdir()
        saves.save(str(tmp_path), story, advance(story), "slot1")
        before = snapshot(tmp_path)

        def boom(a, b):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "replace", boom)
        with pytest.raises(saves.SaveError, match="No space left on device"):
            saves.save(str(tmp_path), story, advance(story, "take_a_key"), "slot1")
        assert snapshot(tmp_path) == before

    @pytest.mark.parametrize("content, message", [
        (b"", "is empty"),
        (b"\x00\x01\xff\xfe", "not UTF-8"),
        (b'{"format": "forkpaths-save", "version": 1, "min_version": 1, "stor', "cut short"),
        (b"[1, 2, 3]", "not a forkpaths save"),
        (b'{"format": "ink-save", "version": 1}', "not a forkpaths save"),
        (b'{"format": "forkpaths-save", "version": 7, "min_version": 5}', "newer forkpaths"),
        (b'{"format": "forkpaths-save"}', "format version is missing"),
    ])
    def test_bad_files_are_refused_and_left_alone(self, tmp_path, story, content, message):
        tmp_path = tmp_path / "saves"
        tmp_path.mkdir()
        (tmp_path / "bad.json").write_bytes(content)
        saves.save(str(tmp_path), story, advance(story), "good")
        before = snapshot(tmp_path)
        with pytest.raises(saves.SaveError, match=message):
            saves.load(str(tmp_path), story, "bad")
        assert snapshot(tmp_path) == before

    def test_truncated_real_save(self, tmp_path, story):
        tmp_path = tmp_path / "saves"
        tmp_path.mkdir()
        text = saves.dumps(story, advance(story, "take_a_key"))
        (tmp_path / "cut.json").write_text(text[: len(text) // 2], encoding="utf-8")
        with pytest.raises(saves.SaveError, match="damaged: not valid JSON.*cut short"):
            saves.load(str(tmp_path), story, "cut")

    @pytest.mark.parametrize("field, value, message", [
        ("turn", "three", "`turn` should be a whole number"),
        ("rng", "zz", "`rng` should be a hexadecimal string"),
        ("variables", {"keys": [1]}, "not a bool, int, string or set"),
        ("history", [["gate"]], "`history` should list"),
        ("visits", {"gate": -1}, "count for `gate`"),
    ])
    def test_damaged_fields(self, tmp_path, story, field, value, message):
        data = saves.to_dict(story, advance(story))
        data[field] = value
        with pytest.raises(saves.SaveError, match=message):
            saves.from_dict(story, data)

    def test_missing_field(self, story):
        data = saves.to_dict(story, advance(story))
        del data["position"]
        with pytest.raises(saves.SaveError, match="damaged: `position` is missing"):
            saves.from_dict(story, data)

    def test_another_storys_save(self, tmp_path, story):
        other = write_story(tmp_path / "other", STORY.replace("title: Edits", "title: Other"))
        with pytest.raises(saves.SaveError, match="belongs to the story \u201cEdits\u201d"):
            saves.from_dict(other, saves.to_dict(story, advance(story)))

    def test_slot_names(self, tmp_path, story):
        tmp_path = tmp_path / "saves"
        tmp_path.mkdir()
        for bad in ("../escape", "", "a/b", ".hidden", "x" * 70, "name.tmp"):
            with pytest.raises(saves.SaveError, match="not a slot name"):
                saves.save(str(tmp_path), story, advance(story), bad)
        assert os.listdir(tmp_path) == []

    def test_listing(self, tmp_path, story):
        tmp_path = tmp_path / "saves"
        tmp_path.mkdir()
        saves.save(str(tmp_path), story, advance(story, "take_a_key"), "a", "2026-01-01 10:00:00")
        saves.save(str(tmp_path), story, advance(story, "light_the_lamp"), "b", "2026-01-02 10:00:00")
        (tmp_path / "c.json").write_text("{", encoding="utf-8")
        infos = saves.list_saves(str(tmp_path))
        assert [i.slot for i in infos] == ["b", "a", "c"]
        assert (infos[0].scene, infos[0].turn, infos[0].problem) == ("yard", 1, None)
        assert "damaged" in infos[2].problem

    def test_data_folder_follows_xdg(self, tmp_path, story, monkeypatch):
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
        assert saves.data_dir() == str(tmp_path / "xdg" / "forkpaths")
        key = saves.story_key(story)  # the main file's place, not the title
        assert saves.saves_dir(story) == str(tmp_path / "xdg" / "forkpaths" / "stories" / key / "saves")
        assert key.startswith("v1-")  # v1/main.story: named after its folder
        assert saves.saves_dir(story, str(tmp_path / "mine")) == str(tmp_path / "mine")

    def test_endings_found(self, tmp_path, story, monkeypatch):
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
        assert saves.endings_found(story) == []
        assert saves.record_ending(story, "Sleep") == ["Sleep"]
        assert saves.record_ending(story, "Sleep") == ["Sleep"]
        assert saves.endings_found(story) == ["Sleep"]


class TestStoryEdits:
    def test_prose_edit_keeps_the_place(self, tmp_path, story):
        s = advance(story, "take_a_key", "light_the_lamp")
        new = edited(tmp_path, "The yard, {who}.", "The wide yard, {who}, under stars.")
        got = saves.from_dict(new, saves.to_dict(story, s))
        assert not got.exact and got.notes == ()
        assert got.state.scene == "yard" and got.state.text == s.text
        assert rt.available(new, got.state) == ("back", "sleep")
        assert rt.choose(new, got.state, "back").text == ("The gate is shut. You hold 1 keys.",)

    def test_unchanged_story_is_exact(self, story):
        got = saves.from_dict(story, saves.to_dict(story, advance(story, "take_a_key")))
        assert got.exact and got.notes == ()

    def test_new_variable_takes_its_initial_value(self, tmp_path, story):
        s = advance(story, "take_a_key")
        new = write_story(tmp_path / "v3", STORY.replace('var who = "Ji-ho"\n',
                                                         'var who = "Ji-ho"\nvar coins = 7\n').replace(
            "You hold {keys} keys.", "You hold {keys} keys and {coins} coins."))
        got = saves.from_dict(new, saves.to_dict(story, s))
        idx = {v.name: i for i, v in enumerate(new.variables)}
        assert got.state.vars[idx["coins"]] == 7 and got.state.vars[idx["keys"]] == 1
        assert got.notes == ("new variable `coins` starts at 7",)

    def test_removed_variable_is_dropped_with_a_note(self, tmp_path, story):
        s = advance(story, "light_the_lamp")
        new = write_story(tmp_path / "v2", STORY.replace("var lamp = false\n", "").replace(
            "    ~ lamp = true\n", ""))
        got = saves.from_dict(new, saves.to_dict(story, s))
        assert got.state.scene == "yard"
        assert got.notes == ("variable `lamp` is no longer in the story: dropped",)
        assert len(got.state.vars) == len(new.variables)

    def test_changed_type_restarts_the_variable(self, tmp_path, story):
        s = advance(story, "take_a_key")
        new = write_story(tmp_path / "v2", STORY.replace('var who = "Ji-ho"', "var who = 3"))
        got = saves.from_dict(new, saves.to_dict(story, s))
        assert "`who` is now int, not string: it starts again at 3" in got.notes

    def test_new_choice_appears_in_the_offer(self, tmp_path, story):
        s = advance(story, "light_the_lamp")
        new = edited(tmp_path, "* [Sleep] -> END \"Sleep\"", "* [Sleep] -> END \"Sleep\"\n* [Dance] -> gate")
        got = saves.from_dict(new, saves.to_dict(story, s))
        assert rt.available(new, got.state) == ("back", "sleep", "dance")

    def test_used_choice_that_was_removed_is_forgotten(self, tmp_path, story):
        s = advance(story, "light_the_lamp", "back")
        assert "gate.light_the_lamp" in s.used
        new = edited(tmp_path, "* [Light the lamp]\n    ~ lamp = true\n    -> yard\n", "")
        got = saves.from_dict(new, saves.to_dict(story, s))
        assert got.state.used == frozenset({"yard.back"})

    def test_scene_gone_offers_replay(self, tmp_path, story):
        s = advance(story, "take_a_key", "light_the_lamp")
        text = STORY.replace("-> yard", "-> court").replace('=== yard "The Yard" ===', '=== court "The Court" ===')
        new = write_story(tmp_path / "v3", text)
        got = saves.from_dict(new, saves.to_dict(story, s))
        states, done, wanted = rt.replay(new, got.seed, got.history)
        assert (done, wanted) == (2, 2) and states[-1].scene == "court"
        text = text.replace("[Light the lamp]", "[Light the torch]")
        new = write_story(tmp_path / "v2", text)
        got = saves.from_dict(new, saves.to_dict(story, s))
        assert got.state is None
        assert got.lost == "the scene `yard` where this save stands is no longer in the story"
        states, done, wanted = rt.replay(new, got.seed, got.history)
        assert (done, wanted) == (1, 2) and states[-1].scene == "gate"
        assert states[-1].vars[0] == 1

    def test_changed_tunnel_caller_is_lost(self, tmp_path, story):
        s = advance(story, "visit_the_well")
        new = edited(tmp_path, "-> echo ->\nThe well is deep.", "The well is dark.\n-> echo ->\nThe well is deep.")
        got = saves.from_dict(new, saves.to_dict(story, s))
        assert got.state is None and "the way back from it is lost" in got.lost

    def test_fallback_now_due_moves_on(self, tmp_path, story):
        s = advance(story, "light_the_lamp")
        new = edited(tmp_path, "* [Back] -> gate\n* [Sleep] -> END \"Sleep\"",
                     "* {lamp == false} [Back] -> gate\n* -> END \"Sleep\"")
        got = saves.from_dict(new, saves.to_dict(story, s))
        assert got.state.ending == "Sleep"
        assert any("moved on by itself" in n for n in got.notes)
