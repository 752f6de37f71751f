"""`forkpaths new`: scaffold a story project (story, transcript test, pytest, CI workflow, pre-commit hooks)."""

from __future__ import annotations

import getpass
import os
import re
import shutil
import sys

from .. import __version__
from ..printable import say_error

HELP = "start a new story project from a scaffold"
DESCRIPTION = """Create a story project in DIR: main.story (a short story that shows every
feature of the language, with comments), a chapter it includes, a transcript
test, a pytest configuration that uses the Forking Paths plugin, a GitHub
Actions workflow and a .pre-commit-config.yaml. The scaffold passes
`forkpaths check --strict` and its own `pytest` as it is.

DIR must not exist yet, or be empty.
Exit status: 0 created, 2 usage or I/O errors (DIR not empty, cannot write).

examples:
  forkpaths new my-story
  forkpaths new stories/heist --title "The Heist" --author "Ada"
  cd my-story && forkpaths play main.story"""

SCAFFOLD = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "scaffold")

# template file (under engine/forkpaths/scaffold/) -> path in the new project
FILES = {
    "main.story": "main.story",
    "chapters/clock.story": "chapters/clock.story",
    "main.transcript": "main.transcript",
    "pytest.ini": "pytest.ini",
    "github-workflow.yml": ".github/workflows/story.yml",
    "pre-commit-config.yaml": ".pre-commit-config.yaml",
    "gitignore": ".gitignore",
}


def add_arguments(p):
    p.add_argument("dir", metavar="DIR", help="the folder to create (must be new or empty)")
    p.add_argument("--title", help="the story's title (default: from DIR's name)")
    p.add_argument("--author", help="the author (default: your user name)")
    p.add_argument("--requirement", metavar="REQ",
                   help="what the CI workflow installs: `forkpaths==VERSION`, `forkpaths @ git+https://...`, "
                        "or a wheel's path in the project (default: how this forkpaths was installed; see docs/new.md)")


def title_from(folder: str) -> str:
    name = os.path.basename(os.path.normpath(os.path.abspath(folder)))
    words = re.split(r"[-_\s]+", name)
    return " ".join(w[:1].upper() + w[1:] for w in words if w) or "A New Story"


def _one_line(value: str, what: str):
    value = " ".join(value.split())
    if not value:
        return None, f"the {what} cannot be empty"
    return value, None


WHEEL_FOLDER = "ci"  # where a copied wheel goes in the new project


def installed_from():
    """How this forkpaths was installed -> (requirement for CI, wheel file to copy or None, note or None).

    From PEP 610's direct_url.json: a git URL or an https archive is reachable from CI as it
    is; a local wheel is copied into the project; from the package index (no direct_url.json),
    the same version from the index. A local folder (a checkout, editable) is not reachable
    from CI: the index's version, with a note saying so.
    """
    import importlib.metadata
    import json
    from urllib.parse import unquote, urlparse

    pinned = f"forkpaths=={__version__}"
    try:
        raw = importlib.metadata.distribution("forkpaths").read_text("direct_url.json")
        info = json.loads(raw) if raw else None
    except (importlib.metadata.PackageNotFoundError, ValueError):
        info = None
    if not isinstance(info, dict) or not isinstance(info.get("url"), str):
        return pinned, None, None
    url = info["url"]
    vcs = info.get("vcs_info")
    if isinstance(vcs, dict) and vcs.get("vcs") == "git":
        commit = vcs.get("commit_id") or vcs.get("requested_revision")
        return f"forkpaths @ git+{url}" + (f"@{commit}" if commit else ""), None, None
    parsed = urlparse(url)
    if parsed.scheme in ("http", "https"):
        return f"forkpaths @ {url}", None, None
    path = unquote(parsed.path) if parsed.scheme == "file" else None
    if path and path.endswith(".whl") and os.path.isfile(path):
        name = os.path.basename(path)
        return f"./{WHEEL_FOLDER}/{name}", path, None
    return pinned, None, (f"forkpaths is installed from {path or url}, which CI cannot reach: the workflow "
                          f"installs {pinned} from the package index; give --requirement a git URL or a "
                          f"wheel if forkpaths is not there yet (docs/new.md)")


def render(title: str, author: str, requirement: str) -> dict:
    """The project's files: relative path -> text."""
    out = {}
    for template, target in FILES.items():
        with open(os.path.join(SCAFFOLD, template), encoding="utf-8") as f:
            text = f.read()
        text = text.replace("__TITLE__", title).replace("__AUTHOR__", author)
        text = text.replace("__REQUIREMENT__", requirement)
        out[target] = text
    return out


def run(args) -> int:
    folder = args.dir
    if os.path.exists(folder):
        if not os.path.isdir(folder):
            say_error(f"{folder} exists and is not a folder", file=sys.stderr)
            return 2
        try:
            entries = os.listdir(folder)
        except OSError as e:
            say_error(f"cannot read {folder}: {e.strerror or e}", file=sys.stderr)
            return 2
        if entries:
            say_error(f"{folder} is not empty ({len(entries)} entries); "
                  f"choose a new folder so nothing is overwritten", file=sys.stderr)
            return 2
    title, problem = _one_line(args.title if args.title is not None else title_from(folder), "title")
    author, problem2 = _one_line(args.author if args.author is not None else _user(), "author")
    if problem or problem2:
        say_error(f"{problem or problem2}", file=sys.stderr)
        return 2
    wheel = note = None
    requirement = args.requirement
    if requirement is None:
        requirement, wheel, note = installed_from()
    elif requirement.endswith(".whl") and os.path.isfile(requirement):
        wheel = requirement  # a wheel on this machine: CI installs the project's copy
        requirement = f"./{WHEEL_FOLDER}/{os.path.basename(wheel)}"
    files = render(title, author, requirement)
    created = sorted(files)
    try:
        for rel, text in files.items():
            path = os.path.join(folder, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "x", encoding="utf-8", newline="\n") as f:
                f.write(text)
        if wheel is not None:
            rel = f"{WHEEL_FOLDER}/{os.path.basename(wheel)}"
            os.makedirs(os.path.join(folder, WHEEL_FOLDER), exist_ok=True)
            with open(wheel, "rb") as src, open(os.path.join(folder, rel), "xb") as dst:
                shutil.copyfileobj(src, dst)
            created = sorted(created + [rel])
    except OSError as e:
        say_error(f"cannot create the project in {folder}: {e.strerror or e}", file=sys.stderr)
        return 2
    print(f"created {folder}/ with {', '.join(created)}")
    if wheel is not None:
        print(f"the CI workflow installs forkpaths from {rel} (a copy of the wheel this forkpaths came from)")
    if note:
        print(f"note: {note}")
    print(f"next: cd {folder} && forkpaths play main.story")
    return 0


def _user() -> str:
    try:
        return getpass.getuser() or "Anonymous"
    except Exception:  # no user database entry (containers): not worth failing for
        return "Anonymous"
