"""Packaging: the wheel carries the engine and its grammar; installed in a fresh venv it runs outside the repo."""

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import zipfile

import pytest

import forkpaths
from forkpaths.render import plain_lines

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))



def _pip(python, *args, cwd=None):
    return subprocess.run([python, "-m", "pip", "--disable-pip-version-check", *args], capture_output=True,
                          text=True, timeout=300, cwd=cwd, stdin=subprocess.DEVNULL)


def _index_unreachable(tmp) -> bool:
    """After a failed pip run: can pip fetch a well-known package at all? If not, we are offline."""
    probe = _pip(sys.executable, "download", "--no-deps", "--only-binary=:all:", "--dest", str(tmp), "attrs")
    return probe.returncode != 0


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """Build the wheel once, from the repository as it is."""
    out = tmp_path_factory.mktemp("dist")
    args = ["wheel", "--no-deps", "--wheel-dir", str(out), REPO]
    if importlib.util.find_spec("hatchling") is not None:
        args.append("--no-build-isolation")  # the backend is here: no download needed
    proc = _pip(sys.executable, *args, cwd=REPO)
    if proc.returncode != 0 and "--no-build-isolation" not in args and _index_unreachable(out / "probe"):
        pytest.skip("the package index is unreachable, so the build backend cannot be fetched")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    [built] = list(out.glob("forkpaths-*.whl"))
    return built


def test_wheel_contents(wheel):
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        meta = z.read(f"forkpaths-{forkpaths.__version__}.dist-info/METADATA").decode()
        entry_points = z.read(f"forkpaths-{forkpaths.__version__}.dist-info/entry_points.txt").decode()
        grammar = z.read("forkpaths/grammar/story.lark").decode()
    with open(os.path.join(REPO, "grammar", "story.lark"), encoding="utf-8") as f:
        assert grammar == f.read()
    for module in ("__init__", "__main__", "cli", "loader", "parser", "resolve", "source", "diagnostics",
                   "model", "runtime", "commands/check", "commands/parse"):
        assert f"forkpaths/{module}.py" in names
    assert not any(n.startswith(("tests/", "stories/", "grammar/", "benchmarks/")) for n in names)
    assert "forkpaths/py.typed" in names  # type checkers read the package's annotations
    assert "forkpaths/stories/neither_human/main.story" in names
    assert re.search(r"(?m)^License-Expression: MIT$", meta)
    with zipfile.ZipFile(wheel) as z:
        shipped = z.read(f"forkpaths-{forkpaths.__version__}.dist-info/licenses/LICENSE").decode()
    with open(os.path.join(REPO, "LICENSE"), encoding="utf-8") as f:
        assert shipped == f.read() and shipped.startswith("MIT License")
    assert re.search(r"(?m)^forkpaths = forkpaths\.cli:entry$", entry_points)
    assert re.search(r"(?m)^Version: " + re.escape(forkpaths.__version__) + "$", meta)
    for dep in ("lark", "attrs", "prompt-toolkit", "hypothesis"):
        assert re.search(rf"(?mi)^Requires-Dist: {dep}\b", meta), dep


def _fresh_venv(path):
    subprocess.run([sys.executable, "-m", "venv", str(path)], check=True, capture_output=True, timeout=120)
    return str(path / ("Scripts" if os.name == "nt" else "bin"))


def _clean_env(tmp):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(NO_COLOR="1", XDG_CACHE_HOME=str(tmp / "cache"), HOME=str(tmp / "home"))
    os.makedirs(tmp / "home", exist_ok=True)
    return env


def test_installed_wheel_runs_outside_the_repo(wheel, tmp_path):
    bin_dir = _fresh_venv(tmp_path / "venv")
    python = os.path.join(bin_dir, "python")
    proc = _pip(python, "install", "--only-binary=:all:", str(wheel))
    if proc.returncode != 0 and _index_unreachable(tmp_path / "probe"):
        pytest.skip("the package index is unreachable, so the wheel's dependencies cannot be installed")
    assert proc.returncode == 0, proc.stdout + proc.stderr

    work = tmp_path / "elsewhere"
    shutil.copytree(os.path.join(REPO, "stories", "tour"), work / "tour")
    (work / "broken.story").write_text('=== a ===\nHello } there.\n-> END "e"\n', encoding="utf-8")
    (work / "clean.story").write_text('title: Clean\n=== a ===\nHello.\n* [Go] -> b\n* [Stay] -> END "Stayed"\n'
                                      '=== b ===\n-> END "Gone"\n', encoding="utf-8")
    env = _clean_env(tmp_path)
    exe = os.path.join(bin_dir, "forkpaths")

    def run(*args):
        return subprocess.run(list(args), capture_output=True, text=True, timeout=120, cwd=work, env=env,
                              stdin=subprocess.DEVNULL)

    proc = run(exe, "--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"forkpaths {forkpaths.__version__}", proc.stderr
    proc = run(exe, "check", "--strict", "clean.story")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "clean.story: 2 scenes, 2 endings" in proc.stdout
    # the bundled tour and its included file: read, parsed and checked (its verdict is the tour's own business)
    proc = run(exe, "check", "tour")
    assert proc.returncode in (0, 1) and "1 story checked" in proc.stdout, proc.stdout + proc.stderr
    assert "tour/main.story" in proc.stdout and "Traceback" not in proc.stderr
    proc = run(exe, "check", "broken.story")
    assert proc.returncode == 1 and "broken.story:2:7: error[FP107]" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr
    # the code and the grammar both come from inside the venv, not from this checkout
    proc = run(python, "-c", "import forkpaths, forkpaths.parser as p; print(forkpaths.__file__); print(p.grammar_path())")
    code_file, grammar_file = proc.stdout.split()
    venv = str(tmp_path / "venv")
    assert code_file.startswith(venv) and grammar_file.startswith(venv), proc.stdout
    assert grammar_file.endswith(os.path.join("forkpaths", "grammar", "story.lark"))
    proc = run(python, "-m", "forkpaths", "check", "clean.story")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # the bundled story plays from a folder that has nothing to do with it
    proc = subprocess.run([exe, "play"], input="1\n", capture_output=True, text=True, timeout=120, cwd=work,
                          env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    bundled = forkpaths.load(os.path.join(REPO, "stories", "neither_human", "main.story")).story
    assert bundled.title == "Neither Human Nor Monster"
    opening = plain_lines(forkpaths.view(bundled, forkpaths.start(bundled)))
    assert proc.stdout.startswith(opening[0]) and opening[-1] in proc.stdout, proc.stdout[:300]
    assert "Traceback" not in proc.stderr
    # a new project made with the wheel: its CI installs the same wheel, copied into the project
    proc = run(exe, "new", "my-story")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    copied = work / "my-story" / "ci" / wheel.name
    assert copied.read_bytes() == wheel.read_bytes()
    workflow = (work / "my-story" / ".github" / "workflows" / "story.yml").read_text(encoding="utf-8")
    assert f'pip install "./ci/{wheel.name}" pytest' in workflow
    steps = re.findall(r"(?m)^      - run: (forkpaths .*)$", workflow)
    assert steps and all(s.startswith(("forkpaths fmt", "forkpaths check")) for s in steps)
    for step in steps:  # the workflow's own commands, run as CI would run them
        done = subprocess.run(step.split(), capture_output=True, text=True, timeout=120, cwd=work / "my-story",
                              env={**env, "PATH": bin_dir + os.pathsep + env.get("PATH", "")},
                              stdin=subprocess.DEVNULL)
        assert done.returncode == 0, (step, done.stdout, done.stderr)
