"""Soft-locks past the exact search's reach: complete searches of the futures of states other searches reached.

The exact breadth-first search decides soft-locks only near the start. Where the sure-exit proof
fails (`SureExits.failed`), a state that IW(1) or the hunting walks reached there is a real,
reachable state with a witness; a complete search of its future (a few thousand states at most)
that finds states from which no ending can be reached has found a real soft-lock: the witness
to the state, then the path inside its future. Nothing here is ever said to be absent.
"""

from __future__ import annotations

from .results import Softlock
from .search import Limits, Search, softlocks
from .witness import Witness, WitnessStep

FUTURE_STATES = 2_000  # states of one future searched (it must be complete to count)
TOTAL_STATES = 20_000  # states of all the futures together
PER_SCENE = 4  # reached states tried per scene where the proof fails


def _origins(scene, sources, proj):
    """Up to PER_SCENE reached states in `scene`, shallowest first: (source, step, State)."""
    out = []
    for src in sources:
        kept = getattr(src, "by_scene", None)
        if kept is not None:  # hunting walks keep restart points per scene
            out += [(src, step, state) for step, state in kept.get(scene, ())]
        else:  # a search: the states of its graph standing in the scene
            g = src.graph
            for n, key in enumerate(g.keys):
                if key[0] == scene and key[1] is None:
                    out.append((src, g.steps[n], proj.state_of(key)))
                    if len(out) >= 4 * PER_SCENE:
                        break
    out.sort(key=lambda o: o[1].depth)
    return out[:PER_SCENE]


def _steps(src, path):
    return [WitnessStep(src.scene_of(st.parent), st.choice, src.choice_sets[src.scene_of(st.parent)][st.choice].text,
                        st.number, st.rolls) for st in path[1:]]


def find(story, proj, exits, sources, safety, already=()) -> list:
    """Soft-locks (results.Softlock, one per scene) found in the futures of reached states where the proof fails."""
    found = []
    budget = TOTAL_STATES
    scenes = sorted({s for s, _ in exits.failed if s in story.scene_map and s not in already})
    origins = {s: _origins(s, sources, proj) for s in scenes}
    # the shallowest first: a soft-lock found there usually covers the scenes it leads to
    scenes.sort(key=lambda s: (origins[s][0][1].depth if origins[s] else 1 << 30, s))
    covered = set()  # scenes where a soft-lock found already leaves the reader (one report per region)
    for scene in scenes:
        if budget < FUTURE_STATES or safety.expired():
            break
        if scene in covered:
            continue
        for src, step, state in origins[scene]:
            if budget < FUTURE_STATES:
                break
            sub = Search(story, proj, Limits(FUTURE_STATES, safety), origin=state).run()
            budget -= len(sub.graph)
            if not sub.complete:
                continue
            locked, _ = softlocks(sub)
            if not locked:
                continue
            g = sub.graph
            n = min(locked, key=lambda x: (g.steps[x].depth, x))
            prefix = src.path(step)
            steps = _steps(src, prefix) + _steps(sub, sub.path(g.steps[n]))
            w = Witness(story, proj, prefix[0].rolls, steps, False)
            cycle = []
            for x in sorted(locked, key=lambda x: g.steps[x].depth):
                sc = g.keys[x][0]
                if sc not in cycle:
                    cycle.append(sc)
            at = g.keys[n][0]
            found.append(Softlock(at, story.scene(at).span, w, cycle, not g.succ[n]))
            covered.update(cycle)
            break
    return found
