"""Resolve a story again after an edit, reusing what the resolver found in each scene that did not change."""

from __future__ import annotations

import logging

from .. import resolve

log = logging.getLogger(__name__)

# What `resolve._Resolver.scene` adds to, recorded per scene and replayed for a scene that did not
# change. A scene's findings depend on the scene itself (the same parsed object when its text did
# not change) and on the story's names: every scene name, every variable's type and constness, the
# scenes that did not parse, and any other table the resolver builds before it checks scenes.
_RECORDED = ("diags", "read", "written", "endings", "tunnel_targets")
_KNOWN = frozenset({"files", "root", "edges", "scenes", "vars", "broken", "unknown", "decl_scope"})
_OWN = frozenset({"memo", "kept", "env_checked", "computed", "parsed"})


class Memo:
    """Each scene's findings under the names they were found with."""

    def __init__(self):
        self.env = None
        self.scenes = {}  # id(scene) -> (scene, findings)
        self.computed = 0  # scenes checked afresh in the latest run (the rest were replayed)
        self.disabled = ""  # set when the resolver changes state this module does not know how to replay


class _Unsafe(Exception):
    pass


def _fingerprint(v):
    """A value that is equal between two runs exactly when `v` holds the same things (hashable)."""
    if isinstance(v, dict):
        v = frozenset(v.items())
    elif isinstance(v, set):
        v = frozenset(v)
    elif isinstance(v, list):
        v = tuple(v)
    hash(v)  # TypeError if it holds something that cannot be compared cheaply
    return v


def _shape(v):
    """Enough of a value to see whether checking a scene changed it (identity, size, or the scalar)."""
    if isinstance(v, (dict, set, list)):
        return (id(v), len(v))
    return (id(v), v) if isinstance(v, (str, int, float, bool, type(None), tuple, frozenset)) else (id(v),)


class _Remembering(resolve._Resolver):
    def __init__(self, files, root, memo: Memo):
        super().__init__(files, root)
        self.memo = memo
        self.kept = {}
        self.env_checked = False
        self.computed = 0
        self.parsed = {}  # id(scene as declared) -> the scene as parsed, where declare rewrote it

    def _env(self):
        names = sorted(set(vars(self)) - _OWN - set(_RECORDED) - _KNOWN)
        try:
            env = (frozenset(self.scenes), tuple((n, d.type, d.const) for n, d in self.vars.items()),
                   frozenset(self.broken), frozenset(self.unknown), self.decl_scope,
                   tuple((k, _fingerprint(getattr(self, k))) for k in names))
            hash(env)
        except TypeError:
            env = object()  # never equal to another: nothing is reused
        if env != self.memo.env:
            self.memo.env, self.memo.scenes = env, {}

    def _state(self):
        return {k: _shape(v) for k, v in vars(self).items() if k not in _OWN and k not in _RECORDED}

    def declare(self):
        main = super().declare()
        # declare may stand a rewritten copy in for a parsed scene (weave.localize spells out its
        # labels): findings are remembered under the parsed scene, the same object while its text is
        self.parsed = {}
        for f in self.files:
            for sc in f.scenes:
                now = self.scenes.get(sc.name)
                if now is not None and now is not sc and now.span == sc.span:
                    self.parsed[id(now)] = sc
        self._env()
        self.env_checked = True
        return main

    def scene(self, sc):
        if not self.env_checked:
            self._env()
            self.env_checked = True
        key = self.parsed.get(id(sc), sc)
        got = self.memo.scenes.get(id(key))
        if got is None or got[0] is not key:
            got = (key, self._fresh(sc)[1])
        self.kept[id(key)] = got
        diags, read, written, endings, tunnels, edges, returns = got[1]
        if diags:
            self.diags.extend(diags)
        if read:
            self.read |= read
        if written:
            self.written |= written
        if endings:
            for name, spans in endings.items():
                self.endings.setdefault(name, []).extend(spans)
        if tunnels:
            self.tunnel_targets |= tunnels
        if edges is not None:
            self.edges[sc.name] = set(edges)
        return returns  # as the resolver's own scene() gives it: (its `->->`s, the resolved scene)

    def _fresh(self, sc):
        """Check a scene with empty findings, and return (scene, its findings)."""
        self.computed += 1
        saved = tuple(getattr(self, k) for k in _RECORDED)
        self.diags, self.read, self.written, self.endings, self.tunnel_targets = [], set(), set(), {}, set()
        before = self._state()
        before.pop("edges", None)
        try:
            returns = super().scene(sc)
            got = (sc, (self.diags, self.read, self.written, self.endings, self.tunnel_targets,
                        self.edges.get(sc.name), returns))
        finally:
            for k, v in zip(_RECORDED, saved):
                setattr(self, k, v)
        after = self._state()
        after.pop("edges", None)
        if after != before:
            changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
            raise _Unsafe(", ".join(changed))
        return got


def resolver(memo: Memo):
    """A `resolve.resolve` that remembers each scene's findings in `memo` between calls.

    If checking a scene changes resolver state that is not recorded here (the resolver grew), the
    run is done again by `resolve.resolve` itself, and so is every later one: slower, never wrong.
    """

    def check(files, root: str, digest: str = ""):
        if not memo.disabled:
            r = _Remembering(list(files), root, memo)
            try:
                story = r.run(digest)
            except _Unsafe as e:
                memo.disabled = str(e)
                memo.scenes, memo.env = {}, None
                log.warning("checking a scene changes resolver state %s: scenes are checked afresh "
                            "on every edit", memo.disabled)
            else:
                memo.scenes, memo.computed = r.kept, r.computed
                return story, r.diags
        memo.computed = None
        return resolve.resolve(files, root, digest)
    return check
