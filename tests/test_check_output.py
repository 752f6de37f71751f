"""`check`'s machine output: the JSON document (same keys always, versioned, schema-valid), SARIF, `--fuzz N` exactly."""

import re
import json
import os

import pytest

from forkpaths.cli import main

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOUR = os.path.join(REPO, "stories", "tour")


def check_json(capsys, *args):
    rc = main(["check", "--format", "json", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return rc, json.loads(out)


@pytest.mark.parametrize("runs", [1, 20, 50])
def test_fuzz_plays_exactly_n_playthroughs(capsys, runs):
    # the tour has sticky choices, so some of Hypothesis' examples run out of data midway: those are not playthroughs
    rc, doc = check_json(capsys, TOUR, "--fuzz", str(runs))
    assert rc == 0
    assert doc["stories"][0]["fuzz"]["runs"] == runs


# ---------------------------------------------------------------- the JSON document

CORPUS = os.path.join(REPO, "tests", "data", "check")
SCHEMA_PATH = os.path.join(REPO, "docs", "check.schema.json")
BROKEN = 'title: Half Done\nvar x = 1\n=== a ===\n~ x = true\n-> nowhere\n'
RUNTIME = 'var d = 1\n=== a ===\n* [Spend] \n    ~ d -= 1\n    -> b\n=== b ===\n~ d = 10 / d\n{d}\n-> END "x"\n'


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a test dependency: pip install -e '.[test]'")
    with open(SCHEMA_PATH, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _valid(validator, doc):
    errors = [f"{e.json_path}: {e.message[:300]}" for e in validator.iter_errors(doc)]
    assert not errors, "check's JSON does not match docs/check.schema.json (new key? add it there):\n" + \
        "\n".join(errors[:10])


@pytest.fixture
def stories(tmp_path):
    (tmp_path / "broken.story").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "runtime.story").write_text(RUNTIME, encoding="utf-8")
    return tmp_path


def test_a_story_that_does_not_load_has_the_same_keys(capsys, stories):
    rc, doc = check_json(capsys, TOUR, str(stories / "broken.story"))
    assert rc == 1
    good, bad = doc["stories"]
    assert list(bad) == list(good)  # same keys, same order
    assert bad["ok"] is False and bad["title"] == "Half Done"  # the title: line is read even with errors
    absent = {k for k, v in bad.items() if v is None}
    assert absent == {"scene_count", "ending_count", "scenes", "endings", "choices", "softlocks", "runtime_errors",
                      "coverage", "bound", "softlocks_decided", "runtime_errors_decided",
                      "runtime_error_hazards", "seconds", "fuzz", "phases"}
    assert bad["states_explored"] == 0 and bad["complete"] is False and doc["complete"] is False
    rc, doc = check_json(capsys, "--no-analysis", TOUR)
    assert list(doc["stories"][0]) == list(good) and doc["stories"][0]["scenes"] is None


def test_the_document_is_versioned(capsys):
    import forkpaths
    rc, doc = check_json(capsys, TOUR)
    assert doc["format_version"] == 1 and doc["tool"] == {"name": "forkpaths", "version": forkpaths.__version__}
    assert doc["strict"] is False and doc["problems"] == [] and doc["complete"] is True
    with open(SCHEMA_PATH, encoding="utf-8") as f:
        assert json.load(f)["properties"]["format_version"]["const"] == doc["format_version"]


def test_real_output_matches_the_schema(capsys, validator, stories):
    rc, doc = check_json(capsys, "--fuzz", "5", "--strict", TOUR, os.path.join(CORPUS, "softlock_once.story"),
                         os.path.join(CORPUS, "gated_never_set.story"), str(stories / "broken.story"),
                         str(stories / "runtime.story"), str(stories / "missing.story"))
    assert rc == 2 and doc["problems"] == [f"{stories / 'missing.story'}: no such file or folder"]
    kinds = {d["code"] for d in doc["diagnostics"]}
    assert {"FP401", "FP404", "FP405", "FP206", "FP202"} <= kinds
    assert any(s["softlocks"] for s in doc["stories"]) and any(s["runtime_errors"] for s in doc["stories"])
    _valid(validator, doc)
    rc, doc = check_json(capsys, "--no-analysis", TOUR)
    _valid(validator, doc)


def test_the_schema_rejects_what_check_never_prints(capsys, validator):
    rc, doc = check_json(capsys, TOUR)
    for broken in ({**doc, "format_version": 2}, {k: v for k, v in doc.items() if k != "problems"},
                   {**doc, "stories": [{**doc["stories"][0], "surprise": 1}]},
                   {**doc, "stories": [{k: v for k, v in doc["stories"][0].items() if k != "title"}]}):
        assert list(validator.iter_errors(broken)), broken.keys()


# ---------------------------------------------------------------- SARIF 2.1.0


def check_sarif(capsys, *args):
    rc = main(["check", "--format", "sarif", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return rc, json.loads(out)


def _sarif_structure(log):
    """The properties SARIF 2.1.0 requires (sarif-schema-2.1.0.json), and the ones GitHub code scanning reads."""
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    [run] = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "forkpaths" and isinstance(driver["version"], str)
    rules = driver["rules"]
    assert len({r["id"] for r in rules}) == len(rules)
    for r in rules:
        assert r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["text"]
        assert r["defaultConfiguration"]["level"] in ("error", "warning", "note")
        # fields shown as <name>, not {name} (a brace inside `code` is the story's own syntax)
        assert "{" not in re.sub(r"`[^`]*`", "", r["fullDescription"]["text"])
    bases = run["originalUriBaseIds"]
    assert bases["SRCROOT"]["uri"].startswith("file:///") and bases["SRCROOT"]["uri"].endswith("/")
    for res in run["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        assert res["level"] in ("error", "warning", "note") and res["message"]["text"]
        for loc in res["locations"] + res.get("relatedLocations", []):
            phys = loc["physicalLocation"]
            art = phys["artifactLocation"]
            assert art["uri"] and (art.get("uriBaseId") in bases or art["uri"].startswith("file:///"))
            assert not art["uri"].startswith(".."), art  # never outside SRCROOT
            region = phys["region"]
            assert region["startLine"] >= 1 and region["startColumn"] >= 1
            if "endLine" in region:
                assert (region["endLine"], region["endColumn"]) >= (region["startLine"], region["startColumn"])
        for loc in res.get("relatedLocations", []):
            assert isinstance(loc["id"], int) and loc["message"]["text"]
    assert isinstance(run["invocations"][0]["executionSuccessful"], bool)
    return run


def test_sarif_has_a_rule_per_registered_code_and_a_result_per_diagnostic(capsys, monkeypatch, stories):
    from forkpaths.diagnostics import REGISTRY
    monkeypatch.chdir(REPO)
    rc, log = check_sarif(capsys, TOUR, os.path.join("tests", "data", "check", "softlock_once.story"),
                          str(stories / "broken.story"))
    assert rc == 1
    run = _sarif_structure(log)
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == sorted(REGISTRY)
    rc, doc = check_json(capsys, TOUR, os.path.join("tests", "data", "check", "softlock_once.story"),
                         str(stories / "broken.story"))
    assert sorted(r["ruleId"] for r in run["results"]) == sorted(d["code"] for d in doc["diagnostics"])
    lock = next(r for r in run["results"] if r["ruleId"] == "FP404")
    assert lock["level"] == "error" and lock["message"]["text"].startswith("soft-lock in scene `hub`")
    assert "replay: forkpaths play" in lock["message"]["text"]
    phys = lock["locations"][0]["physicalLocation"]
    assert phys["artifactLocation"] == {"uri": "tests/data/check/softlock_once.story", "uriBaseId": "SRCROOT"}
    assert phys["region"]["startLine"] == 3 and phys["region"]["startColumn"] == 1
    # the witness playthrough: where each of its choices is written, in order
    steps = lock["relatedLocations"]
    assert [s["message"]["text"] for s in steps] == ["step 1: choose 2. \u201cGo out\u201d",
                                                    "step 2: choose 1. \u201cBack in\u201d"]
    assert all(s["physicalLocation"]["artifactLocation"]["uri"].endswith("softlock_once.story") for s in steps)
    bad = [r for r in run["results"] if r["ruleId"] == "FP202"]
    assert bad and bad[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("file:///")


def test_sarif_uris_outside_the_current_folder_are_absolute(capsys, tmp_path, monkeypatch):
    (tmp_path / "here").mkdir()
    (tmp_path / "away.story").write_text('=== a ===\n-> nowhere\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path / "here")
    rc, log = check_sarif(capsys, os.path.join("..", "away.story"))
    [res] = [r for r in _sarif_structure(log)["results"] if r["level"] == "error"]
    assert res["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": (tmp_path / "away.story").as_uri()}


def test_sarif_levels_follow_strict_and_problems_mark_the_run(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "warns.story").write_text('var spare = 1\n=== a ===\n-> END "x"\n', encoding="utf-8")
    rc, log = check_sarif(capsys, "warns.story")
    run = _sarif_structure(log)
    assert rc == 0 and [r["level"] for r in run["results"]] == ["warning"]
    assert run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "warns.story"
    rc, log = check_sarif(capsys, "--strict", "warns.story", "gone.story")
    run = _sarif_structure(log)
    assert rc == 2 and [r["level"] for r in run["results"]] == ["error"]
    assert run["invocations"][0]["executionSuccessful"] is False
    assert run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"].startswith("gone.story")


def test_sarif_of_a_clean_story_has_no_results(capsys):
    rc, log = check_sarif(capsys, TOUR)
    assert rc == 0 and _sarif_structure(log)["results"] == []
