"""Prove single targets unreachable: value analysis kept apart per gate variable, on the target's cone."""

from __future__ import annotations

from .. import model as m
from . import walk
from .absint import AbstractInterpreter


class Prover:
    """For one scene at a time: the scenes that can lead to it, and the variables its ways in test."""

    def __init__(self, story, flow):
        self.story = story
        self.flow = flow
        self.rev = {}
        for s, ts in flow.items():
            for t in ts:
                self.rev.setdefault(t, set()).add(s)
        self.gates = {}  # scene -> variables read by the conditions guarding the ways into it
        for sc in story.scenes:
            self._guards(sc.body, sc, ())
            for ch in sc.choices:
                self._guards(ch.body, sc, (ch.cond,) if ch.cond is not None else ())

    def _guards(self, block, sc, conds):
        for st in block:
            if st.__class__ in (m.Divert, m.TunnelCall):
                g = self.gates.setdefault(st.target, set())
                for c in conds:
                    g |= walk.quantities(c, self.story)
            elif st.__class__ is m.If:
                for br in st.branches:
                    self._guards(br.body, sc, conds + ((br.cond,) if br.cond is not None else ()))

    def cone(self, target, cap=None):
        """The scenes that can lead to `target` (itself included); None if more than `cap`."""
        seen = {target}
        todo = [target]
        while todo:
            for p in self.rev.get(todo.pop(), ()):
                if p not in seen:
                    seen.add(p)
                    if cap is not None and len(seen) > cap:
                        return None
                    todo.append(p)
        return seen

    def prove(self, target, cone=None) -> str | None:
        """A reason `target` can never be reached, or None if the analysis cannot tell."""
        if cone is None:
            cone = self.cone(target)
        names = {q for q in self.gates.get(target, ()) if q in self.story.var_map}
        tried = []
        for extra in (set(), self._second_ring(target, cone)):
            part = sorted(names | extra)[:6]
            if part in tried:
                continue
            tried.append(part)
            a = AbstractInterpreter(self.story, partition=part, within=cone, goal=target,
                                    flow=self.flow, record=False)
            if not a.goal_reached:
                kept = ", ".join(f"`{v}`" for v in part)
                how = f" with the values of {kept} kept apart" if part else ""
                return (f"no way in can be taken with the values the variables can hold "
                        f"(value analysis of the {len(cone):,} scenes that lead here{how})")
        return None

    def _second_ring(self, target, cone) -> set:
        out = set()
        for p in self.rev.get(target, ()):
            out |= {q for q in self.gates.get(p, ()) if q in self.story.var_map}
        return out
