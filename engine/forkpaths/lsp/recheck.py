"""Resolve a story again after an edit, reusing what the resolver found in each scene that did not change."""

from __future__ import annotations

from .. import resolve

# What `resolve._Resolver.scene` may change, and how to record it. A scene's findings depend on
# the scene itself (the same parsed object when its text did not change) and on the story's
# names: every scene name, every variable's type and constness, the scenes that did not parse.
_RECORDED = ("diags", "read", "written", "endings", "tunnel_targets")
_KNOWN_STATE = frozenset({"files", "root", "diags", "vars", "scenes", "read", "written", "endings",
                          "tunnel_targets", "edges", "broken", "unknown"})


class Memo:
    """Each scene's findings under the names they were found with."""

    def __init__(self):
        self.env = None
        self.scenes = {}  # id(scene) -> (scene, findings)


class _Remembering(resolve._Resolver):
    def __init__(self, files, root, memo: Memo):
        super().__init__(files, root)
        self.memo = memo
        self.kept = {}
        self.env_checked = False

    def _env(self):
        env = (frozenset(self.scenes), tuple((n, d.type, d.const) for n, d in self.vars.items()),
               frozenset(self.broken), frozenset(self.unknown))
        if env != self.memo.env:
            self.memo.env, self.memo.scenes = env, {}

    def scene(self, sc):
        if not self.env_checked:
            self._env()
            self.env_checked = True
        got = self.memo.scenes.get(id(sc))
        if got is None or got[0] is not sc:
            saved = tuple(getattr(self, k) for k in _RECORDED)
            self.diags, self.read, self.written, self.endings, self.tunnel_targets = [], set(), set(), {}, set()
            try:
                returns = super().scene(sc)
                got = (sc, (self.diags, self.read, self.written, self.endings, self.tunnel_targets,
                            self.edges.get(sc.name), returns))
            finally:
                for k, v in zip(_RECORDED, saved):
                    setattr(self, k, v)
        diags, read, written, endings, tunnels, edges, returns = got[1]
        if diags:
            self.diags.extend(diags)
        if read:
            self.read |= read
        if written:
            self.written |= written
        for name, spans in endings.items():
            self.endings.setdefault(name, []).extend(spans)
        if tunnels:
            self.tunnel_targets |= tunnels
        if edges is not None:
            self.edges[sc.name] = set(edges)
        self.kept[id(sc)] = got
        return list(returns)


def resolver(memo: Memo):
    """A `resolve.resolve` that remembers each scene's findings in `memo` between calls."""

    def check(files, root: str, digest: str = ""):
        r = _Remembering(list(files), root, memo)
        if set(vars(r)) - {"memo", "kept", "env_checked"} != _KNOWN_STATE:
            return resolve.resolve(files, root, digest)  # the resolver changed: nothing to reuse safely
        story = r.run(digest)
        memo.scenes = r.kept
        return story, r.diags
    return check
