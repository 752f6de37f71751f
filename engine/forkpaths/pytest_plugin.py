"""pytest plugin: story files and transcripts collected as test items (parse, reachability, soft-locks, fuzz)."""

from __future__ import annotations

import os
import re

import pytest

DEFAULT_STORIES = ["stories/**/main.story", "stories/**/*.story"]
DEFAULT_TRANSCRIPTS = ["stories/**/*.transcript", "*.transcript"]
CHECKS = ("parses", "every scene reachable", "every ending reachable", "no soft-locks", "random playthroughs")


def pytest_addoption(parser):
    parser.addini("forkpaths_stories", type="linelist", default=DEFAULT_STORIES,
                  help="globs (relative to the rootdir) of story entry files to test; a file that another "
                       "story file includes is never an entry")
    parser.addini("forkpaths_transcripts", type="linelist", default=DEFAULT_TRANSCRIPTS,
                  help="globs (relative to the rootdir) of transcript files to replay")
    parser.addini("forkpaths_strict", default="true", help="treat warnings and `unknown` results as failures")
    parser.addini("forkpaths_fuzz", default="100", help="random playthroughs per story (0 to skip)")
    parser.addini("forkpaths_seed", default="0", help="seed of the random playthroughs")
    parser.addini("forkpaths_max_states", default="2000000", help="bound on the states the checker explores")
    parser.addini("forkpaths_timeout", default="60", help="seconds the checker may spend on one story")


def _glob_regex(pattern: str):
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out) + r"\Z")


def _matches(config, file_path, ini: str) -> bool:
    rel = os.path.relpath(str(file_path), str(config.rootpath)).replace(os.sep, "/")
    if rel.startswith("../"):
        return False
    return any(_glob_regex(p).match(rel) for p in config.getini(ini))


_INCLUDE = re.compile(r'^[ \t]*include[ \t]+"([^"\n]*)"', re.M)


def _included_elsewhere(path: str, root: str) -> bool:
    """True if another .story file in this story's folder (or its parent, within the rootdir) includes it."""
    from .files import read_head

    target = os.path.realpath(path)
    root = os.path.realpath(root)
    folder = os.path.dirname(target)
    parent = os.path.dirname(folder)
    top = parent if os.path.commonpath([root, parent]) == root else folder
    for dirpath, dirnames, files in os.walk(top):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and d not in ("node_modules", "__pycache__")]
        for name in files:
            if not name.endswith(".story"):
                continue
            other = os.path.join(dirpath, name)
            if os.path.realpath(other) == target:
                continue
            try:
                head = read_head(other, 65536).decode("utf-8", "replace")
            except OSError:
                continue
            for mt in _INCLUDE.finditer(head):
                if os.path.realpath(os.path.join(dirpath, mt.group(1))) == target:
                    return True
    return False


def pytest_collect_file(file_path, parent):
    config = parent.config
    if file_path.suffix == ".story" and _matches(config, file_path, "forkpaths_stories"):
        if not _included_elsewhere(str(file_path), str(config.rootpath)):
            return StoryFile.from_parent(parent, path=file_path)
    if file_path.suffix == ".transcript" and _matches(config, file_path, "forkpaths_transcripts"):
        return TranscriptFile.from_parent(parent, path=file_path)
    return None


class StoryCheckFailure(Exception):
    """A story check failed; the message is what an author needs to read."""


class StoryFile(pytest.File):
    """One story entry file: its checks share one load and one analysis."""

    def collect(self):
        self._loaded = self._report = self._fuzz = None
        for name in CHECKS:
            yield StoryItem.from_parent(self, name=name, check=name)

    def _ini(self, key, kind=int):
        raw = self.config.getini(key)
        if kind is bool:
            return str(raw).strip().lower() in ("1", "true", "yes", "on")
        return kind(raw)

    def loaded(self):
        if self._loaded is None:
            from . import loader

            try:
                self._loaded = loader.load(str(self.path))
            except loader.StoryIOError as e:
                raise StoryCheckFailure(str(e)) from None
        return self._loaded

    def report(self):
        if self._report is None:
            from .explore import analyze

            loaded = self.loaded()
            if not loaded.ok:
                pytest.skip("the story does not parse (see its `parses` item)")
            self._report = analyze(loaded.story, max_states=self._ini("forkpaths_max_states"),
                                   timeout=self._ini("forkpaths_timeout", float))
        return self._report

    def render(self, diags, extra=None) -> str:
        from .diagnostics import render_text, sort_key

        loaded = self.loaded()
        out = []
        for d in sorted(diags, key=sort_key):
            out.append(render_text(d, loaded.lines(d.span.file)))
            if extra:
                out.extend(extra.get(id(d), ()))
        return "\n".join(out)


class StoryItem(pytest.Item):
    def __init__(self, *, check, **kw):
        super().__init__(**kw)
        self.check = check

    def runtest(self):
        f = self.parent
        strict = f._ini("forkpaths_strict", bool)
        getattr(self, "_" + self.check.replace(" ", "_").replace("-", "_"))(f, strict)

    # -- the checks
    def _parses(self, f, strict):
        from .diagnostics import Severity

        loaded = f.loaded()
        bad = [d for d in loaded.diagnostics
               if d.severity is Severity.ERROR or (strict and d.severity is Severity.WARNING)]
        if bad or not loaded.ok:
            raise StoryCheckFailure(f.render(bad or loaded.diagnostics))

    def _targets(self, f, strict, kind):
        from .explore import REACHABLE, UNKNOWN

        report = f.report()
        table = report.scenes if kind == "scene" else report.endings
        bad = [t for t in table.values() if t.status != REACHABLE and (strict or t.status != UNKNOWN)]
        if bad:
            lines = [f"{t.span}: {kind} `{t.name}` is {t.status}" + (f": {t.reason}" if t.reason else "")
                     for t in bad]
            raise StoryCheckFailure("\n".join(lines))

    def _every_scene_reachable(self, f, strict):
        self._targets(f, strict, "scene")

    def _every_ending_reachable(self, f, strict):
        self._targets(f, strict, "ending")

    def _no_soft_locks(self, f, strict):
        report = f.report()
        if report.softlocks or report.errors:
            codes = {"FP404", "FP405"}
            diags = [d for d in report.diagnostics if d.code in codes] or report.diagnostics
            raise StoryCheckFailure(f.render(diags, report.extra))
        if strict and not report.softlocks_complete:
            raise StoryCheckFailure(f"soft-locks were not checked in every reachable state: the search stopped "
                                    f"at its bound ({report.bound}); raise forkpaths_max_states or forkpaths_timeout")

    def _random_playthroughs(self, f, strict):
        from . import fuzz

        runs = f._ini("forkpaths_fuzz")
        if runs <= 0:
            pytest.skip("forkpaths_fuzz = 0")
        loaded = f.loaded()
        if not loaded.ok:
            pytest.skip("the story does not parse (see its `parses` item)")
        result = fuzz.playthroughs(loaded.story, runs=runs, seed=f._ini("forkpaths_seed"))
        if result.failures:
            path = loaded.story.files[0]
            raise StoryCheckFailure("\n\n".join(
                "\n".join([f"{x.span}: {x.kind}: {x.message}" if x.span else f"{x.kind}: {x.message}"]
                          + x.lines(path)) for x in result.failures))

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, StoryCheckFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, None, self.name


class TranscriptFile(pytest.File):
    """A transcript file: one item per run."""

    def collect(self):
        from . import transcript

        self._results = None
        try:
            runs = transcript.read(str(self.path)).runs
            names = [r.name for r in runs]
        except (transcript.TranscriptError, OSError):
            names = ["(transcript)"]
        seen = {}
        for i, name in enumerate(names):
            n = seen[name] = seen.get(name, 0) + 1
            yield TranscriptItem.from_parent(self, name=name if n == 1 else f"{name} ({n})", index=i)

    def results(self):
        if self._results is None:
            from . import transcript

            self._results = transcript.run_file(str(self.path))
        return self._results


class TranscriptItem(pytest.Item):
    def __init__(self, *, index, **kw):
        super().__init__(**kw)
        self.index = index

    def runtest(self):
        results = self.parent.results()
        r = results[self.index] if self.index < len(results) else results[-1]
        if not r.ok:
            raise StoryCheckFailure(r.message)

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, StoryCheckFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, None, self.name
