"""The docs stay true: every diagnostic code is documented, examples load, stated limits match the code."""

import os
import re

import pytest

from forkpaths import loader, parser, runtime, source
from forkpaths.cli import main
from forkpaths.diagnostics import REGISTRY, Severity

DOCS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs")


def _read(name):
    with open(os.path.join(DOCS, name), encoding="utf-8") as f:
        return f.read()


LANGUAGE = _read("language.md")
DIAGNOSTICS = _read("diagnostics.md")


def _story_blocks(text):
    return re.findall(r"^```story\n(.*?)^```$", text, re.M | re.S)


# ---------------------------------------------------------------- docs/diagnostics.md


def test_every_registry_code_is_in_diagnostics_md():
    missing = []
    for code, entry in REGISTRY.items():
        row = re.search(rf"^\| \[{code}\]\(#{code.lower()}\) \| (\w+) \| ([^|]+) \|", DIAGNOSTICS, re.M)
        if not row or f"\n### {code}\n" not in DIAGNOSTICS:
            missing.append(code)
            continue
        assert row[1] == entry.severity.value, f"{code}: documented as {row[1]}, registered as {entry.severity.value}"
        assert row[2].strip() == entry.title, f"{code}: documented title {row[2].strip()!r}"
    assert not missing, f"codes missing from docs/diagnostics.md: {missing}"


def test_diagnostics_md_names_no_unknown_code():
    named = set(re.findall(r"^### (FP\d{3})$", DIAGNOSTICS, re.M))
    assert named and named <= set(REGISTRY), sorted(named - set(REGISTRY))


def test_diagnostics_md_examples_are_the_registry_examples():
    for code, entry in REGISTRY.items():
        if not entry.example:
            continue
        section = DIAGNOSTICS.split(f"\n### {code}\n", 1)[1].split("\n### ", 1)[0]
        blocks = _story_blocks(section)
        assert blocks and blocks[0] == entry.example.rstrip("\n") + "\n", f"{code}: the example differs from the registry"
        assert f"[{code}]: " in section, f"{code}: the section does not show the diagnostic printed"


# ---------------------------------------------------------------- docs/language.md


@pytest.mark.parametrize("index", range(len(_story_blocks(LANGUAGE))))
def test_language_md_story_examples_load_play_and_check(tmp_path, capsys, monkeypatch, index):
    text = _story_blocks(LANGUAGE)[index]
    path = tmp_path / "example.story"
    path.write_text(text, encoding="utf-8")
    loaded = loader.load(str(path))
    assert loaded.ok, [(d.code, str(d.span), d.message) for d in loaded.diagnostics]
    assert all(d.severity is Severity.NOTE for d in loaded.diagnostics)
    state = runtime.start(loaded.story)
    assert runtime.view(loaded.story, state).paragraphs or runtime.view(loaded.story, state).choices
    monkeypatch.setenv("NO_COLOR", "1")
    rc = main(["check", "--strict", str(path)])  # and the whole checker finds nothing wrong either
    out, err = capsys.readouterr()
    assert rc == 0, out + err


def test_language_md_has_a_guide_and_a_reference():
    assert "## A writer's guide" in LANGUAGE and "## Reference" in LANGUAGE
    assert len(_story_blocks(LANGUAGE)) >= 5


def test_language_md_codes_exist():
    named = set(re.findall(r"`(FP\d{3})`", LANGUAGE))
    assert named and named <= set(REGISTRY), sorted(named - set(REGISTRY))


def test_language_md_reserved_words_are_the_parsers():
    line = re.search(r"^    (var const include .*)$", LANGUAGE, re.M)[1]
    assert set(line.split()) == parser.RESERVED
    assert REGISTRY["FP211"].hint.endswith(line + ".")


def test_language_md_limits_match_the_code():
    ref = LANGUAGE.split("## Reference", 1)[1]
    limits = ref.split("### Limits", 1)[1].split("\n### ", 1)[0]
    assert f"| {source.MAX_FILE_BYTES // (1024 * 1024)} MB |" in limits
    assert f"| {source.MAX_LINE_CHARS:,} characters" in limits
    assert f"| {parser.MAX_DEPTH} levels:" in limits
    assert f"| {parser.MAX_INT_DIGITS} |" in limits
    assert f"not yet returned | {runtime.MAX_TUNNEL_DEPTH} |" in limits
    assert f"| {runtime.MAX_ENTRIES_WITHOUT_CHOICE:,} |" in limits
    assert f"| {runtime.MAX_STRING:,} characters |" in limits
    assert runtime.MAX_INT == 2 ** 63 - 1 and "64-bit signed" in limits


# ---------------------------------------------------------------- default paths, CI


def test_every_command_that_takes_stories_links_the_one_default_path_rule():
    readme = _read(os.path.join("..", "README.md"))
    assert "### Default paths" in readme
    for page in ("check.md", "test.md", "fmt.md", "graph.md", "stats.md", "strings.md"):
        assert "(../README.md#default-paths)" in _read(page), page


def test_ci_md_workflow_matches_the_scaffold():
    from forkpaths.commands import new
    with open(os.path.join(new.SCAFFOLD, "github-workflow.yml"), encoding="utf-8") as f:
        scaffold = f.read()
    ci = _read("ci.md")
    for action, major in re.findall(r"uses: ([\w/-]+)@(v\d+)", scaffold):
        assert f"uses: {action}@{major}" in ci, action
        assert not re.search(rf"uses: {re.escape(action)}@(?!{major}\b)", ci), action
    assert "permissions:\n  contents: read" in ci
    for install in ('pip install "forkpaths==', 'pip install "forkpaths @ git+https://', 'pip install "./ci/forkpaths-'):
        assert install in ci, install
    # code scanning: the SARIF upload, with the one extra permission it needs
    assert "forkpaths check --strict --format sarif > story.sarif" in ci
    assert "uses: github/codeql-action/upload-sarif@v4" in ci and "security-events: write" in ci
    assert "## SARIF" in _read("check.md") and "(ci.md#code-scanning-sarif)" in _read("check.md")


# ---------------------------------------------------------------- docs/api.md


def test_api_md_examples_run(tmp_path, monkeypatch, capsys):
    """Every Python block of docs/api.md runs, on the page's own story saved as lighthouse.story."""
    api = _read("api.md")
    [story] = _story_blocks(api)
    (tmp_path / "lighthouse.story").write_text(story, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    blocks = re.findall(r"^```python\n(.*?)^```$", api, re.M | re.S)
    assert len(blocks) >= 2
    for block in blocks:
        exec(compile(block, "docs/api.md", "exec"), {"__name__": "api_md"})
    assert "THE END: The Keeper" in capsys.readouterr().out
    assert main(["check", "--strict", "lighthouse.story"]) == 0, capsys.readouterr().out


def test_api_md_names_only_what_forkpaths_exports():
    import forkpaths
    api = _read("api.md")
    for name in set(re.findall(r"forkpaths\.(\w+)", api)):
        assert hasattr(forkpaths, name), name
    assert set(forkpaths.__all__) <= {n for n in dir(forkpaths)} | set(forkpaths._LAZY)


def test_pre_commit_hooks_install_forkpaths_themselves():
    """`language: python`: pre-commit installs this repository (forkpaths) into the hook's own environment."""
    with open(os.path.join(os.path.dirname(DOCS), ".pre-commit-hooks.yaml"), encoding="utf-8") as f:
        text = f.read()
    hooks = ["  " + h for h in re.split(r"(?m)^- ", text)[1:]]
    assert {re.search(r"(?m)^  id: (\S+)$", h)[1] for h in hooks} == {"forkpaths-check", "forkpaths-fmt",
                                                                      "forkpaths-test"}
    for hook in hooks:
        assert re.search(r"(?m)^  language: python$", hook), hook
        assert re.search(r"(?m)^  entry: forkpaths (check|fmt|test)\b", hook), hook
        assert "args:" not in hook  # no path: the default-path rule finds the stories
