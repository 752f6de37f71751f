"""The language server's state and wiring: open files, their stories, diagnostics as you type and on save."""

from __future__ import annotations

import asyncio
import os

from lsprotocol import types as t
from pygls.lsp.server import LanguageServer
from pygls.workspace import TextDocument

from .. import __version__, source
from ..diagnostics import Diagnostic, Severity
from ..model import Span
from . import convert, features
from .project import Project, find_main
from .reach import Runner

DEBOUNCE = 0.01  # seconds a burst of keystrokes may add up before the story is checked


class StoryDocument(TextDocument):
    """An open buffer whose edits cost the size of the edit, not of the file (pygls rebuilds every line)."""

    def _apply_incremental_change(self, change: t.TextDocumentContentChangePartial) -> None:
        a, b = self._offset(change.range.start), self._offset(change.range.end)
        self._source = self._source[:a] + change.text + self._source[b:]

    def _offset(self, pos: t.Position) -> int:
        src = self._source
        rest = src.split("\n", pos.line)  # in C: the lines before the position, and the rest
        if len(rest) <= pos.line:
            return len(src)
        i = len(src) - len(rest[-1])
        line = rest[-1].split("\n", 1)[0]
        return i + min(convert.column(self.position_codec, line, pos.character) - 1, len(line))


class StoryServer(LanguageServer):
    """`forkpaths lsp`: every open `.story` file, checked as part of the story that includes it."""

    def __init__(self):
        super().__init__("forkpaths", __version__, text_document_sync_kind=t.TextDocumentSyncKind.Incremental)
        self.projects = {}  # main path -> Project
        self.main_of = {}  # real path of an open file -> main path
        self.reach = {}  # main path -> the worker's last document
        self.reach_digests = {}  # main path -> {path: digest} of the files it checked
        self.runner = Runner()
        self.published = {}  # main path -> uris given diagnostics
        self._pending = {}  # main path -> generation of the latest edit
        self.check_on_save = True

    # ------------------------------------------------------------ texts
    def adopt(self, uri: str):
        """Swap a just-opened document for a StoryDocument (same text, version and settings)."""
        doc = self.workspace.text_documents.get(uri)
        if doc is None or isinstance(doc, StoryDocument):
            return
        self.workspace.text_documents[uri] = StoryDocument(
            uri, source=doc.source, version=doc.version, language_id=doc.language_id,
            sync_kind=t.TextDocumentSyncKind.Incremental, position_codec=doc.position_codec)

    def overlay(self) -> dict:
        out = {}
        for uri, doc in list(self.workspace.text_documents.items()):
            out[os.path.realpath(convert.path_of(uri))] = doc.source
        return out

    def text(self, path: str):
        """A file's text: the open buffer, else what is on disk (None if it cannot be read)."""
        real = os.path.realpath(path)
        for uri, doc in list(self.workspace.text_documents.items()):
            if os.path.realpath(convert.path_of(uri)) == real:
                return doc.source
        try:
            src, _ = source.read(real)
        except OSError:
            return None
        return src.text if src is not None else None

    def lines(self) -> convert.Lines:
        return convert.Lines(self.workspace.position_codec, self.text)

    def uri_for(self, path: str) -> str:
        real = os.path.realpath(path)
        for uri in list(self.workspace.text_documents):
            if os.path.realpath(convert.path_of(uri)) == real:
                return uri
        return convert.uri_of(path)

    # ------------------------------------------------------------ stories
    def project_for(self, path: str) -> Project:
        real = os.path.realpath(path)
        main = self.main_of.get(real)
        if main is None:
            root = self.workspace.root_path
            main = os.path.abspath(find_main(path, self.text, root))
            self.main_of[real] = main
        proj = self.projects.get(main)
        if proj is None:
            proj = self.projects[main] = Project(main)
        return proj

    def loaded(self, path: str) -> Project:
        """The project of a file, loaded at least once."""
        proj = self.project_for(path)
        if proj.result is None:
            proj.load(self.overlay())
        return proj

    def forget(self, path: str):
        self.main_of.pop(os.path.realpath(path), None)

    def schedule(self, path: str):
        """Check the story of `path` soon; a later edit replaces an earlier one still waiting."""
        main = self.project_for(path).main
        gen = self._pending.get(main, 0) + 1
        self._pending[main] = gen

        async def later():
            await asyncio.sleep(DEBOUNCE)
            if self._pending.get(main) == gen:
                self.check(main)
        asyncio.ensure_future(later())

    def check(self, main: str):
        """Parse and resolve the story now (only changed pieces are parsed again) and publish."""
        proj = self.projects[main]
        proj.load(self.overlay())
        self.publish(main)

    def publish(self, main: str):
        proj = self.projects[main]
        result = proj.result
        lines = self.lines()
        reach = self.reach.get(main)
        extra = _reach_by_file(reach, self.reach_digests.get(main, {}), result.loaded.sources) if reach else {}
        sent = set()
        for path in sorted(set(result.diagnostics) | set(extra)):
            diags = [convert.diagnostic(d, lines) for d in result.diagnostics.get(path, ())]
            diags.extend(_reach_diagnostic(doc, lines) for doc in extra.get(path, ()))
            uri = self.uri_for(path)
            sent.add(uri)
            version = None
            doc = self.workspace.text_documents.get(uri)
            if doc is not None:
                version = doc.version
            self.text_document_publish_diagnostics(
                t.PublishDiagnosticsParams(uri=uri, diagnostics=diags, version=version))
        for uri in self.published.get(main, set()) - sent:
            self.text_document_publish_diagnostics(t.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
        self.published[main] = sent

    async def check_reachability(self, main: str):
        """Run the checker on the saved story off the typing path; publish when the latest run ends."""
        doc = await self.runner.run(main, cwd=os.getcwd())
        if doc is None:
            return  # a newer save started another run
        self.reach[main] = doc
        self.reach_digests[main] = doc.get("digests", {})
        if main in self.projects and self.projects[main].result is not None:
            self.publish(main)


def _reach_by_file(reach, digests, sources) -> dict:
    """The checker's diagnostics by file, leaving out files edited since it ran."""
    if not reach.get("ok"):
        return {}
    now = {os.path.abspath(p): s.digest for p, s in sources.items()}
    out = {}
    for d in reach.get("diagnostics", ()):
        path = d["file"]
        if digests.get(path) is not None and now.get(path) not in (None, digests[path]):
            continue  # edited since the save: its lines may have moved
        out.setdefault(path, []).append(d)
    return out


def _reach_diagnostic(doc, lines) -> t.Diagnostic:
    span = Span(doc["file"], doc["line"], doc["column"], doc["end_line"], doc["end_column"])
    d = Diagnostic(doc["code"], doc["message"], span, doc.get("hint", ""), Severity(doc["severity"]))
    related = []
    w = doc.get("witness")
    if w:
        for st in w["steps"]:
            where = st["where"]
            if where is None:
                continue
            s = Span(where["file"], where["line"], where["column"], where["end_line"], where["end_column"])
            related.append(t.DiagnosticRelatedInformation(
                lines.location(s), f"{st['n']}. choose \u201c{st['text']}\u201d in scene `{st['scene']}`"))
        related.append(t.DiagnosticRelatedInformation(lines.location(span), f"replay: {w['command']}"))
    return convert.diagnostic(d, lines, related)


def build() -> StoryServer:
    server = StoryServer()
    features.register(server)
    return server
