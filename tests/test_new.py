"""`forkpaths new`: the scaffold is complete, passes check --strict, fmt --check, its transcripts and its own pytest."""

import importlib.metadata
import json
import os
import re
import subprocess
import sys

import pytest

import forkpaths
from forkpaths import cli, loader
from forkpaths.commands import new

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

EXPECTED = [".github/workflows/story.yml", ".gitignore", ".pre-commit-config.yaml", "chapters/clock.story",
            "main.story", "main.transcript", "pytest.ini"]


def files_under(folder):
    out = []
    for dirpath, _, names in os.walk(folder):
        out += [os.path.relpath(os.path.join(dirpath, n), folder).replace(os.sep, "/") for n in names]
    return sorted(out)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scaffold") / "the-night-ferry"
    assert cli.main(["new", str(folder), "--author", "Test Author"]) == 0
    return folder


def test_scaffold_has_every_file(project):
    assert files_under(project) == EXPECTED
    text = (project / "main.story").read_text(encoding="utf-8")
    assert "title: The Night Ferry" in text and "author: Test Author" in text
    assert not re.search(r"__[A-Z]+__", "".join((project / f).read_text(encoding="utf-8") for f in EXPECTED))
    workflow = (project / ".github/workflows/story.yml").read_text(encoding="utf-8")
    assert "forkpaths check --strict" in workflow and "pytest" in workflow


def test_scaffold_shows_every_feature(project):
    story = loader.load(str(project / "main.story")).story
    text = (project / "main.story").read_text(encoding="utf-8") + \
        (project / "chapters/clock.story").read_text(encoding="utf-8")
    for marker in ("include ", "var ", "const ", "#chapter:", "{if ", "{elif ", "{else}", "{end}", "{>", "{&",
                   "{!", "{~", "visits(", "turn", "random(", "-> END", "->->", "-> memory ->", "~ ", "// ", "/*",
                   "_Italic_", "**bold**", "else \"", "(walk_away)", "\n+ ", "\n* -> "):
        assert marker in text, marker
    assert len(story.endings) >= 2 and any(s.title for s in story.scenes)


def test_scaffold_passes_check_strict(project, capsys):
    assert cli.main(["check", "--strict", str(project / "main.story")]) == 0, capsys.readouterr().out


def test_scaffold_is_already_formatted(project, capsys):
    assert cli.main(["fmt", "--check", str(project)]) == 0, capsys.readouterr()


def test_scaffold_transcript_passes(project, capsys):
    assert cli.main(["test", str(project)]) == 0, capsys.readouterr().out


def test_check_test_and_fmt_with_no_arguments_inside_the_scaffold(project, capsys, monkeypatch):
    monkeypatch.chdir(project)
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli.main(["check", "--strict"]) == 0
    out = capsys.readouterr().out
    assert "main.story: " in out and "1 story checked: 0 errors, 0 warnings" in out
    assert cli.main(["test"]) == 0
    assert "2 passed, 0 failed" in capsys.readouterr().out
    assert cli.main(["fmt", "--check"]) == 0
    assert "2 unchanged" in capsys.readouterr().err  # main.story and its chapter


def test_workflow_uses_current_actions_least_privilege_and_an_install_that_works(project):
    workflow = (project / ".github/workflows/story.yml").read_text(encoding="utf-8")
    uses = re.findall(r"uses: ([\w/-]+)@(v\d+)", workflow)
    assert dict(uses) == {"actions/checkout": "v7", "actions/setup-python": "v7"}
    assert re.search(r"(?m)^permissions:\n  contents: read\n", workflow)
    # this forkpaths is an editable checkout, which CI cannot reach: the index's version, and `new` said so
    assert f'pip install "forkpaths=={forkpaths.__version__}" pytest' in workflow
    assert re.search(r"(?m)^      - run: forkpaths check --strict --format github$", workflow)


def test_requirement_from_the_installation(monkeypatch, tmp_path):
    """PEP 610 direct_url.json says where this forkpaths came from; CI installs the same."""
    def installed(info):
        monkeypatch.setattr(importlib.metadata, "distribution",
                            lambda name: type("D", (), {"read_text": lambda self, f: json.dumps(info) if info else None})())
        return new.installed_from()

    assert installed(None) == (f"forkpaths=={forkpaths.__version__}", None, None)
    got = installed({"url": "https://github.com/o/forkpaths.git", "vcs_info": {"vcs": "git", "commit_id": "abc123"}})
    assert got == ("forkpaths @ git+https://github.com/o/forkpaths.git@abc123", None, None)
    wheel = tmp_path / f"forkpaths-{forkpaths.__version__}-py3-none-any.whl"
    wheel.write_bytes(b"PK")
    req, copy, note = installed({"url": wheel.as_uri(), "archive_info": {}})
    assert req == f"./ci/{wheel.name}" and copy == str(wheel) and note is None
    req, copy, note = installed({"url": tmp_path.as_uri(), "dir_info": {"editable": True}})
    assert req == f"forkpaths=={forkpaths.__version__}" and copy is None and "CI cannot reach" in note


def test_a_wheel_given_as_requirement_is_copied_into_the_project(tmp_path, capsys):
    wheel = tmp_path / f"forkpaths-{forkpaths.__version__}-py3-none-any.whl"
    wheel.write_bytes(b"PK wheel bytes")
    assert cli.main(["new", str(tmp_path / "p"), "--requirement", str(wheel)]) == 0
    assert (tmp_path / "p" / "ci" / wheel.name).read_bytes() == b"PK wheel bytes"
    workflow = (tmp_path / "p" / ".github/workflows/story.yml").read_text(encoding="utf-8")
    assert f'pip install "./ci/{wheel.name}" pytest' in workflow
    assert f"ci/{wheel.name}" in capsys.readouterr().out


def _plugin_installed() -> bool:
    eps = importlib.metadata.entry_points(group="pytest11")
    return any(ep.value.startswith("forkpaths.pytest_plugin") for ep in eps)


@pytest.mark.skipif(not _plugin_installed(),
                    reason="the forkpaths pytest plugin (forkpaths.pytest_plugin, entry point pytest11) is not installed")
def test_scaffold_passes_its_own_pytest(project):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=project, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert " passed" in done.stdout and "failed" not in done.stdout


def test_refuses_a_non_empty_folder(tmp_path, capsys):
    (tmp_path / "keep.txt").write_text("mine")
    assert cli.main(["new", str(tmp_path)]) == 2
    assert "is not empty" in capsys.readouterr().err
    assert files_under(tmp_path) == ["keep.txt"]


def test_an_empty_folder_is_fine_and_a_file_is_not(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert cli.main(["new", str(empty), "--title", "Mine"]) == 0
    assert "title: Mine" in (empty / "main.story").read_text(encoding="utf-8")
    f = tmp_path / "file"
    f.write_text("x")
    assert cli.main(["new", str(f)]) == 2
    assert "not a folder" in capsys.readouterr().err
    assert cli.main(["new", str(tmp_path / "t"), "--title", "  "]) == 2


def test_title_comes_from_the_folder_name():
    assert new.title_from("/x/my-first_story") == "My First Story"
    assert new.title_from("stories/heist/") == "Heist"


def test_templates_ship_in_the_package():
    for template in new.FILES:
        assert os.path.exists(os.path.join(new.SCAFFOLD, template)), template
    assert os.path.dirname(new.SCAFFOLD) == os.path.join(ROOT, "engine", "forkpaths")
