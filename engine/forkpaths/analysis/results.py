"""What the checker learned about a story: targets with witnesses, soft-locks, errors, coverage (the Report API)."""

from __future__ import annotations

REACHABLE, UNREACHABLE, UNKNOWN = "reachable", "unreachable", "unknown"


class Target:
    """One scene, ending or choice, and what the analysis knows about reaching it."""

    def __init__(self, kind, name, span, status=UNKNOWN, reason="", witness_fn=None, depth=None):
        self.kind = kind  # scene | ending | choice
        self.name = name  # scene name, ending name, or "scene.choice"
        self.span = span
        self.status = status
        self.reason = reason  # unreachable: the proof; unknown: the bound that stopped the search
        self.depth = depth  # choices in the witness
        self.longest = None  # endings: the most choices a playthrough can make to get there
        self.longest_bounded = None  # endings: False when some playthrough can loop before it
        self._witness_fn = witness_fn
        self._witness = None

    @property
    def witness(self):
        """The shortest playthrough found that reaches it (a Witness), or None."""
        if self._witness is None and self._witness_fn is not None:
            self._witness = self._witness_fn()
        return self._witness

    def as_json(self) -> dict:
        out = {"status": self.status, "depth": self.depth,
               "witness": self.witness.as_json() if self.witness is not None else None}
        if self.status != REACHABLE:
            out["reason"] = self.reason
        if self.kind == "ending":
            out["longest"] = self.longest
            out["longest_bounded"] = self.longest_bounded
        out["file"], out["line"], out["column"] = self.span.file, self.span.line, self.span.column
        return out


class Softlock:
    """A reachable state from which no ending can be reached."""

    def __init__(self, scene, span, witness, cycle, stuck):
        self.scene = scene
        self.span = span
        self.witness = witness
        self.cycle = tuple(cycle)  # scenes the reader can still move between
        self.stuck = stuck  # True: not a single choice is available

    def as_json(self) -> dict:
        return {"scene": self.scene, "stuck": self.stuck, "cycle": list(self.cycle),
                "witness": self.witness.as_json(), "file": self.span.file, "line": self.span.line,
                "column": self.span.column}


class RuntimeFinding:
    """A runtime error some playthrough runs into."""

    def __init__(self, message, span, witness):
        self.message = message
        self.span = span
        self.witness = witness

    def as_json(self) -> dict:
        return {"message": self.message, "witness": self.witness.as_json(),
                "file": self.span.file if self.span else None, "line": self.span.line if self.span else None}


class Coverage:
    """What the exploration reached, as (reached, total) pairs and the names left out."""

    def __init__(self, scenes, choices, branches, missed):
        self.scenes = scenes
        self.choices = choices
        self.branches = branches  # conditional text and `{if}` branches, per the value analysis
        self.missed = missed  # {"scenes": [...], "choices": [...], "branches": [...]}

    @staticmethod
    def percent(pair) -> float:
        return 100.0 if pair[1] == 0 else round(100.0 * pair[0] / pair[1], 1)

    def as_json(self) -> dict:
        return {k: {"reached": v[0], "total": v[1], "percent": self.percent(v)}
                for k, v in (("scenes", self.scenes), ("choices", self.choices), ("branches", self.branches))} | \
            {"missed": self.missed}


class Report:
    """Everything `analyze` learned about one story."""

    def __init__(self, story):
        self.story = story
        self.scenes = {}  # name -> Target
        self.endings = {}  # name -> Target
        self.choices = {}  # "scene.choice" -> Target
        self.softlocks = []  # Softlock, shallowest first
        self.softlock_states = 0
        self.softlocks_complete = False  # True when soft-locks are decided (by the search or the proof)
        self.softlocks_decided = None  # "search" (every reachable state checked) | "proof" (sure exits) | None
        self.errors = []  # RuntimeFinding
        # how runtime errors were decided: "search" (found, or every state explored and no text
        # can fail), "proof" (analysis/safety.py rules out every one), or None
        self.runtime_errors_decided = None
        self.hazards = []  # safety.Hazard: where the proof could not rule a runtime error out
        self.coverage = None
        self.states_explored = 0
        self.complete = False  # the whole projected state space was explored
        self.bound = None  # which bound stopped the exact search: max-states | timeout | random-range
        self.timed_out = False  # the safety stop (--timeout) fired: the result depends on the machine
        self.seconds = 0.0
        self.diagnostics = []  # FP4xx Diagnostics
        self.extra = {}  # id(diagnostic) -> lines of witness shown under it
        self.fuzz = None  # fuzz.FuzzResult when playthroughs were run
        self.projection = None
        self.phases = []  # (stage, seconds, scenes with a witness so far)

    # -- convenience for other commands (stats, graph --check)
    def unreachable_scenes(self) -> list:
        return [n for n, t in self.scenes.items() if t.status == UNREACHABLE]

    def softlock_cycles(self) -> list:
        return [s.cycle for s in self.softlocks]

    def shortest(self, ending: str):
        t = self.endings.get(ending)
        return t.depth if t is not None and t.status == REACHABLE else None

    def longest(self, ending: str):
        t = self.endings.get(ending)
        return t.longest if t is not None else None

    def counts(self, table) -> dict:
        out = {REACHABLE: 0, UNREACHABLE: 0, UNKNOWN: 0}
        for t in table.values():
            out[t.status] += 1
        return out

    def as_json(self) -> dict:
        return {
            "scenes": {n: t.as_json() for n, t in self.scenes.items()},
            "endings": {n: t.as_json() for n, t in self.endings.items()},
            "choices": {n: t.as_json() for n, t in self.choices.items()},
            "softlocks": [s.as_json() for s in self.softlocks],
            "runtime_errors": [e.as_json() for e in self.errors],
            "coverage": self.coverage.as_json() if self.coverage else None,
            "states_explored": self.states_explored,
            "complete": self.complete,
            "bound": self.bound,
            "timed_out": self.timed_out,
            "softlocks_decided": self.softlocks_decided,
            "runtime_errors_decided": self.runtime_errors_decided,
            "runtime_error_hazards": [h.as_json() for h in self.hazards[:50]],
            "seconds": round(self.seconds, 3),
            "fuzz": self.fuzz.as_json() if self.fuzz is not None else None,
            "phases": [{"stage": n, "seconds": t, "scenes_reached": k} for n, t, k in self.phases],
        }


# ---------------------------------------------------------------- the analysis
