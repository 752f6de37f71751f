"""`forkpaths stats`: counts from the model, path lengths from the checker, text and JSON output."""

import json
import os

from forkpaths import cli, loader
from forkpaths.commands import stats

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(HERE, "data", "tooling")
TINY = os.path.join(DATA, "tiny", "main.story")
PATHS = os.path.join(DATA, "paths", "main.story")
GRAPH = os.path.join(DATA, "graph", "main.story")


def load(path):
    loaded = loader.load(path)
    assert loaded.ok, [str(d) for d in loaded.diagnostics]
    return loaded.story


def test_counts_from_the_model():
    d = stats.counts(load(TINY))
    assert (d["scenes"], d["endings"], d["choices"], d["fallbacks"]) == (3, 3, 6, 0)
    assert (d["variables"], d["constants"]) == (2, 0)
    assert d["branching"] == 3.0  # hall offers 4, red offers 2
    # prose (every branch of conditions and alternatives), choice texts and reasons
    prose = "A cold hall. You have gold, . You feel rich. You feel poor. A red room. First time here. " \
            "Back again. A blue room. The dice say ."
    choices = "Open the red door Open the blue door Open the gold door It is locked tight. Wait Go back Sleep"
    assert d["words"] == stats.words_in(prose) + stats.words_in(choices) == 46
    assert d["files"] == [{"file": loader.display_path(TINY), "words": 46, "scenes": 3}]


def test_words_per_file_and_fallbacks():
    d = stats.counts(load(GRAPH))
    assert [f["scenes"] for f in d["files"]] == [4, 1]
    assert d["files"][1]["words"] == 5  # "A tunnel in another file."
    assert d["words"] == sum(f["words"] for f in d["files"])
    assert d["fallbacks"] == 2


def test_word_counting():
    assert stats.words_in("Don't stop — it's **well-known**, _isn't_ it?") == 6
    assert stats.words_in("  ") == 0
    assert stats.words_in("Ünïcode wörds 42") == 3


def test_paths_shortest_and_longest_without_loops():
    rows, note = stats.paths(load(PATHS))
    assert note is None
    by = {r["ending"]: r for r in rows}
    assert by["Home"]["shortest"]["choices"] == 2 and by["Home"]["longest"]["choices"] == 3
    assert by["Across"]["shortest"]["choices"] == 3 and by["Across"]["longest"]["choices"] == 3
    assert by["Across"]["longest"]["words"] == by["Across"]["shortest"]["words"]
    assert by["Home"]["longest"]["words"] > by["Home"]["shortest"]["words"]
    # the words shown on the shortest way home: the gate, the high road, its choices
    assert by["Home"]["shortest"]["words"] == stats.words_in(
        "Two roads leave the gate. Take the high road Take the low road Wind. Climb the tower Go home")


def test_paths_with_loops_and_unreachable_endings():
    rows, _ = stats.paths(load(TINY))
    by = {r["ending"]: r for r in rows}
    assert by["Riches"]["status"] == "unreachable" and by["Riches"]["shortest"] is None
    assert by["Blue"]["shortest"]["choices"] == 1
    assert by["Sleep"]["longest"] is None and by["Sleep"]["longest_bounded"] is False


def test_json_has_the_documented_keys(capsys):
    assert cli.main(["stats", TINY, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"scenes", "endings", "choices", "words", "variables", "files", "paths"} <= set(data)
    assert data["scenes"] == 3 and isinstance(data["paths"], list)


def test_text_output(capsys):
    assert cli.main(["stats", PATHS]) == 0
    out = capsys.readouterr().out
    assert "  scenes     4" in out and "  endings    2" in out
    assert "Home: shortest 2 choices (" in out and "longest 3 choices (about" in out
    assert cli.main(["stats", TINY, "--no-paths"]) == 0
    out = capsys.readouterr().out
    assert "paths: skipped (--no-paths)" in out


def test_errors_exit_1_or_2(tmp_path, capsys):
    assert cli.main(["stats", str(tmp_path / "nope.story")]) == 2
    assert cli.main(["stats", os.path.join(DATA, "broken", "main.story")]) == 1
    assert cli.main(["stats", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "holds no .story file" in err
