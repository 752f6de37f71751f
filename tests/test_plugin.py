"""The pytest plugin: story files and transcripts in an author's repository become test items."""

import os
import shutil

import pytest

pytest_plugins = ["pytester"]

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOUR = os.path.join(ROOT, "stories", "tour")


@pytest.fixture
def repo(pytester):
    """An author's repository: stories/tour/ with its transcript, and nothing else."""
    shutil.copytree(TOUR, pytester.path / "stories" / "tour")
    pytester.makeini("[pytest]\nforkpaths_fuzz = 20\n")
    return pytester


def test_plain_pytest_collects_stories_and_transcripts(repo):
    result = repo.runpytest("-v", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=5 + 5)  # five checks of main.story, five transcript scenarios
    out = result.stdout.str()
    for check in ("parses", "every scene reachable", "every ending reachable", "no soft-locks",
                  "random playthroughs"):
        assert f"main.story::{check} PASSED" in out
    assert "keeper.story" not in out  # included by main.story: not an entry of its own
    assert "main.transcript::up the stairs to the lamp PASSED" in out


def test_unreachable_scene_and_softlock_fail_with_witnesses(repo):
    (repo.path / "stories" / "bad").mkdir()
    (repo.path / "stories" / "bad" / "main.story").write_text(
        "var key = false\n"
        "=== hall ===\nA hall.\n"
        "* [Open the door] -> door\n"
        "* [Wait] -> END \"Patience\"\n"
        "* {key} [Use the key] -> vault\n"
        "=== door ===\nA loop.\n+ [Back through the door] -> door2\n"
        "=== door2 ===\nStill looping.\n+ [Again] -> door\n"
        "=== vault ===\nGold.\n~ key = true\n-> END \"Rich\"\n", encoding="utf-8")
    result = repo.runpytest("-p", "no:cacheprovider", "stories/bad")
    result.assert_outcomes(passed=2, failed=3)
    out = result.stdout.str()
    assert "scene `vault` is unreachable" in out
    assert "ending `Rich` is unreachable" in out
    assert "soft-lock" in out and "= replay: forkpaths play" in out
    assert "Traceback" not in out


def test_story_that_does_not_parse(repo):
    (repo.path / "stories" / "broken.story").write_text("=== a ===\nHello } there.\n-> END \"x\"\n",
                                                        encoding="utf-8")
    result = repo.runpytest("-p", "no:cacheprovider", "stories/broken.story")
    result.assert_outcomes(failed=1, skipped=4)
    assert "error[FP107]" in result.stdout.str()


def test_failing_transcript_shows_the_difference(repo):
    path = repo.path / "stories" / "tour" / "main.transcript"
    text = path.read_text(encoding="utf-8").replace("THE END: The Keeper", "THE END: The Lighthouse", 1)
    path.write_text(text, encoding="utf-8")
    result = repo.runpytest("-p", "no:cacheprovider", "stories/tour/main.transcript")
    result.assert_outcomes(passed=4, failed=1)
    out = result.stdout.str()
    assert "THE END: The Lighthouse" in out and "THE END: The Keeper" in out


def test_junit_xml_from_pytest_itself(repo):
    result = repo.runpytest("-p", "no:cacheprovider", "--junitxml=report.xml")
    result.assert_outcomes(passed=10)
    xml = (repo.path / "report.xml").read_text(encoding="utf-8")
    assert xml.count("<testcase ") == 10 and 'name="every ending reachable"' in xml


def test_globs_in_ini_choose_the_stories(pytester):
    shutil.copytree(TOUR, pytester.path / "story")
    pytester.makeini("[pytest]\nforkpaths_stories = story/main.story\nforkpaths_transcripts =\nforkpaths_fuzz = 0\n")
    result = pytester.runpytest("-p", "no:cacheprovider", "-v")
    result.assert_outcomes(passed=4, skipped=1)


def test_a_repository_with_its_own_engine_package(tmp_path):
    """A game repository often has its own `engine/` package: our plugin and `python -m forkpaths` still load."""
    import subprocess
    import sys

    (tmp_path / "engine").mkdir()
    (tmp_path / "engine" / "__init__.py").write_text("GAME_ENGINE = True\n", encoding="utf-8")
    (tmp_path / "engine" / "pytest_plugin.py").write_text("raise ImportError('the game engine, not ours')\n",
                                                          encoding="utf-8")
    (tmp_path / "stories").mkdir()
    (tmp_path / "stories" / "mine.story").write_text('title: Mine\n=== a ===\nHi.\n-> END "e"\n', encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\nforkpaths_fuzz = 5\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env["NO_COLOR"] = "1"

    def run(*args):
        return subprocess.run([sys.executable, "-m", *args], cwd=tmp_path, env=env, capture_output=True, text=True,
                              timeout=300, stdin=subprocess.DEVNULL)

    done = run("pytest", "-v", "-p", "no:cacheprovider")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "stories/mine.story::every ending reachable PASSED" in done.stdout
    done = run("forkpaths", "check")
    assert done.returncode == 0 and "stories/mine.story: 1 scene, 1 ending" in done.stdout, done.stdout + done.stderr
    done = run("forkpaths", "--version")
    assert done.stdout.strip().startswith("forkpaths ")
