"""Weave: compile a scene's nested choices, gathers and labels into the scene plus its parts."""

from __future__ import annotations

import re

import attrs

from . import model as m
from .diagnostics import Diagnostic

MAX_LEVEL = 64  # `* * * ...` nesting

_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    s = _SLUG.sub("_", text.lower()).strip("_")
    return s[:40].rstrip("_") or "choice"


def name_choices(choices) -> tuple:
    """Give every choice of one choice point a unique, stable id: its label, else a slug of its text
    (the parser's provisional id), with `_2`, `_3`, ... when that is taken."""
    if len({ch.id for ch in choices}) == len(choices):
        return tuple(choices)  # the provisional ids are unique already: they are the ids
    used = set(ch.label for ch in choices if ch.label)
    out = []
    for ch in choices:
        if ch.label:
            out.append(attrs.evolve(ch, id=ch.label) if ch.id != ch.label else ch)
            continue
        base = ch.id
        cid, n = base, 2
        while cid in used:
            cid, n = f"{base}_{n}", n + 1
        used.add(cid)
        out.append(attrs.evolve(ch, id=cid))
    return tuple(out)


@attrs.frozen
class Item:
    """One weave line of a scene as parsed: a choice (with its body) or a gather (with what follows it)."""

    kind: str  # choice | gather
    level: int  # 1 for `*` and `-`, 2 for `* *` and `- -`, ...
    span: m.Span
    choice: m.Choice | None = None
    label: str | None = None  # a gather's label
    label_span: m.Span | None = None
    body: tuple = ()  # a gather's statements


def leaves(stmts) -> bool:
    """True when the flow always leaves a block (a divert, `->->`, an ending, or an `{if}` whose
    every branch, `{else}` included, leaves): nothing falls through to what comes after."""
    for st in stmts:
        cls = st.__class__
        if cls in m.JUMPS:
            return True
        if cls is m.If and st.branches[-1].cond is None and all(leaves(br.body) for br in st.branches):
            return True
    return False


class _Point:
    """A scene or a part being built: a body and, once the flow splits, its choices."""

    def __init__(self, name, kind, span, body=()):
        self.name, self.kind, self.span = name, kind, span
        self.body = list(body)
        self.choices = []

    def fall_to(self, target, span):
        if target is not None and not leaves(self.body):
            self.body.append(m.Divert(target, span))

    def point(self, weaver, span):
        return self


class _Body(_Point):
    """A choice's body: it cannot hold choices, so nested choices go to a part it diverts to."""

    def point(self, weaver, span):
        part = weaver.part(weaver.fresh(), "choices", span)
        self.body.append(m.Divert(part.name, span))
        return part


class _Weaver:
    def __init__(self, scene: str, notes: list):
        self.scene = scene
        self.notes = notes
        self.parts = []
        self.count = 0
        self.names = {}  # id(gather item) -> part name
        self.labels = {}  # label -> span of its first definition

    def fresh(self) -> str:
        self.count += 1
        return f"{self.scene}.{self.count}"

    def part(self, name, kind, span, body=()) -> _Point:
        pt = _Point(name, kind, span, body)
        self.parts.append(pt)
        return pt

    def label(self, label, span, report=True) -> str:
        if label in self.labels:
            if report:  # (two choices of one choice point with one label are FP210, from resolve)
                self.notes.append(Diagnostic.make("FP220", span, name=label, scene=self.scene,
                                                  other=str(self.labels[label])))
            return self.fresh()  # reported; built under a name of its own so nothing else cascades
        self.labels[label] = span
        return f"{self.scene}.{label}"

    def gather_name(self, it: Item) -> str:
        name = self.names.get(id(it))
        if name is None:
            name = self.names[id(it)] = self.label(it.label, it.label_span or it.span) if it.label else self.fresh()
        return name

    def flow(self, point, elems, loose):
        """Run one level of a weave on from `point`; loose ends fall to the gather `loose` (or nowhere)."""
        for k, (kind, x) in enumerate(elems):
            after = elems[k + 1][1] if k + 1 < len(elems) and elems[k + 1][0] == "gather" else None
            to = self.gather_name(after) if after is not None else loose
            if kind == "gather":
                name = self.gather_name(x)
                if point is not None:
                    point.fall_to(name, x.span)
                point = _Point(name, "gather", x.span, x.body)
                self.parts.append(point)
            elif kind == "choices":
                holder = point.point(self, x[0][0].span) if point is not None else None
                if holder is None:  # cannot happen: choices at one level always follow content or a gather
                    raise AssertionError("choices with no place to go")
                seen = set()
                for it, kids in x:
                    holder.choices.append(self.choice(it, kids, to, it.choice.label not in seen))
                    seen.add(it.choice.label)
                point = None
            else:  # deeper lines with no choice above them at this level: a weave of their own
                if k + 1 < len(elems) and elems[k + 1][0] == "choices":  # whose loose ends meet those choices
                    nxt = self.part(self.fresh(), "choices", elems[k + 1][1][0][0].span)
                    to = nxt.name
                else:
                    nxt = None
                if point is not None:
                    self.flow(point, x, to)
                point = nxt
        if point is not None:
            point.fall_to(loose, point.span)

    def choice(self, it: Item, kids, to, report=True) -> m.Choice:
        ch = it.choice
        if ch.label:
            name = self.label(ch.label, ch.span, report)
            part = self.part(name, "choice", ch.span, ch.body[ch.said:])
            self.flow(part, kids, to)  # the choice's own printed text (ch.said) stays with the choice
            return attrs.evolve(ch, body=ch.body[:ch.said] + (m.Divert(name, ch.span),))
        body = _Body(None, None, ch.span, ch.body)
        self.flow(body, kids, to)
        return attrs.evolve(ch, body=tuple(body.body))


def _tree(items, i, level):
    """items[i:] at `level` or deeper -> (elements, next index). An element is ("choices", [(item,
    children)]), ("gather", item) or ("nested", elements) for deeper lines with no choice above them."""
    out = []
    while i < len(items):
        it = items[i]
        if it.level < level:
            break
        if it.level > level:
            sub, i = _tree(items, i, level + 1)
            out.append(("nested", sub))
            continue
        i += 1
        if it.kind == "gather":
            out.append(("gather", it))
            continue
        kids, i = _tree(items, i, level + 1)
        if out and out[-1][0] == "choices":
            out[-1][1].append((it, kids))
        else:
            out.append(("choices", [(it, kids)]))
    return out, i


def plain(items) -> bool:
    """True for the v1 shape: first-level choices only, none labelled (no parts to build)."""
    return all(it.kind == "choice" and it.level == 1 and not it.choice.label for it in items)


# ---------------------------------------------------------------- choices inside `{if}` blocks

def _both(a, b, span):
    return b if a is None else a if b is None else m.Binary("and", a, b, span)


def _lift(stmts, least, notes, when=None):
    """Take the choices out of the `{if}` blocks of a block -> (block, [Item]): each choice keeps
    its level and is guarded by what its branch needs (`when`, then each branch's condition)."""
    if not any(st.__class__ is m.If or st.__class__ is Item for st in stmts):
        return stmts, []
    out, items = [], []
    for st in stmts:
        if st.__class__ is Item:
            ch = st.choice
            if ch.reason is not None:
                notes.append(Diagnostic.make("FP121", ch.span))
            if st.level < least:
                notes.append(Diagnostic.make("FP122", ch.span, level=least))
            guard = _both(when, ch.cond, ch.span)
            items.append(attrs.evolve(st, level=max(st.level, least), choice=attrs.evolve(ch, cond=guard)))
        elif st.__class__ is m.If:
            branches, before = [], None  # before: "no earlier branch was taken"
            for br in st.branches:
                mine = br.cond if before is None else (before if br.cond is None else _both(before, br.cond, br.span))
                body, got = _lift(br.body, least, notes, _both(when, mine, br.span))
                items.extend(got)
                branches.append(br if body is br.body else attrs.evolve(br, body=body))
                if br.cond is not None:
                    no = m.Unary("not", br.cond, br.span)
                    before = no if before is None else _both(before, no, br.span)
            out.append(st if all(a is b for a, b in zip(branches, st.branches)) else attrs.evolve(st, branches=tuple(branches)))
        else:
            out.append(st)
    return tuple(out), items


def _lift_items(items, notes) -> list:
    out = []
    for it in items:
        if it.kind == "choice":
            body, got = _lift(it.choice.body, it.level + 1, notes)
            out.append(attrs.evolve(it, choice=attrs.evolve(it.choice, body=body)) if got else it)
        else:
            body, got = _lift(it.body, it.level, notes)
            out.append(attrs.evolve(it, body=body) if got else it)
        out.extend(_lift_items(got, notes))
    return out


def build(name, title, tags, body, items, span, notes, lift=False) -> list:
    """A scene's header, prose and weave lines -> [the scene, its parts...]; `lift`: some `{if}`
    block of the scene holds choices."""
    if lift:
        body, first = _lift(body, 1, notes)
        items = _lift_items(list(first) + list(items), notes)
    if plain(items):
        return [m.Scene(name, title, tags, body, name_choices([it.choice for it in items]), span)]
    deepest = max(it.level for it in items)
    if deepest > MAX_LEVEL:
        it = next(it for it in items if it.level == deepest)
        notes.append(Diagnostic.make("FP113", it.span, detail=f"choices or gathers nested deeper than {MAX_LEVEL} levels"))
        items = [attrs.evolve(it, level=min(it.level, MAX_LEVEL)) for it in items]
    w = _Weaver(name, notes)
    root = _Point(name, None, span, body)
    elems, _ = _tree(items, 0, 1)
    w.flow(root, elems, None)
    scene = m.Scene(name, title, tags, tuple(root.body), name_choices(root.choices), span)
    return [scene] + [m.Scene(pt.name, None, (), tuple(pt.body), name_choices(pt.choices), pt.span, name, pt.kind)
                      for pt in w.parts]


def marks(story) -> dict:
    """Part name -> once-only key, for each labelled once-only choice's body: a divert to the
    label runs the body as though the choice had been chosen, so it is used up too (as in ink)."""
    out = {}
    for sc in story.scenes:
        owner = sc.part_of or sc.name
        for ch in sc.choices:
            if ch.label and not ch.sticky:
                part = story.scene_map.get(f"{owner}.{ch.label}")
                if part is not None and part.part_kind == "choice" and part.span == ch.span:
                    out[part.name] = f"{sc.name}.{ch.id}"
    return out


# ---------------------------------------------------------------- names inside a scene

def labels_of(scenes) -> dict:
    """Scene name -> {label: part name} for every scene whose weave has labels."""
    out = {}
    for sc in scenes:
        if sc.part_of is not None:
            label = sc.name.partition(".")[2]
            if not label[:1].isdigit():
                out.setdefault(sc.part_of, {})[label] = sc.name
    return out


def localize(node, names: dict):
    """`node` with divert targets and `visits()` arguments that name a label of its own scene
    (`-> drink` inside `cafe`) written out in full (`cafe.drink`); the same object when none do."""
    cls = node.__class__
    if cls is tuple:
        out = tuple(localize(x, names) for x in node)
        return node if all(a is b for a, b in zip(out, node)) else out
    if cls in (m.Divert, m.TunnelCall) or (cls is m.TunnelReturn and node.target is not None):
        full = names.get(node.target)
        return node if full is None else attrs.evolve(node, target=full)
    if cls is m.Visits or cls is m.TurnsSince:
        full = names.get(node.scene)
        return node if full is None else attrs.evolve(node, scene=full)
    if cls in (str, m.Span, m.Literal, m.Var, m.Turn, m.Break, m.TunnelReturn, m.EndStory, m.Tag) or node is None:
        return node
    if not attrs.has(cls):
        return node
    changes = {}
    for f in attrs.fields(cls):
        if f.name in ("span", "tags"):
            continue
        v = getattr(node, f.name)
        nv = localize(v, names)
        if nv is not v:
            changes[f.name] = nv
    return attrs.evolve(node, **changes) if changes else node


def describe(sc: m.Scene) -> str:
    """How messages name a scene or a weave part."""
    if sc.part_of is None:
        return f"scene `{sc.name}`"
    label = sc.name.partition(".")[2]
    what = {"gather": "the gather", "choice": "the choice", "choices": "the choices"}.get(sc.part_kind, "the part")
    if label[:1].isdigit():
        return f"{what} at line {sc.span.line} of scene `{sc.part_of}`"
    return f"{what} `({label})` of scene `{sc.part_of}`"
