"""Translation: extract every reader-visible string (prose by paragraph) with a stable id, read/write gettext .po, apply a translation."""

from __future__ import annotations

import csv
import hashlib
import io
import re

import attrs
from attrs import frozen

from . import __version__
from . import model as m
from . import unparse
from .diagnostics import has_errors

# ---------------------------------------------------------------- entries


@frozen
class Entry:
    """One translatable string: `id` is stable (scene, place, short hash of the text)."""

    id: str
    text: str  # prose paragraphs in source form: `{...}` and markup kept, see docs/strings.md
    file: str
    line: int
    column: int
    context: str  # what it is: story title | scene title | prose | choice | reason | ending | string
    note: str = ""  # a word for the translator (prose joined by glue to the text around it)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:30] or "x"


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]


def prose_source(parts) -> str:
    """Prose (a line or a paragraph's joined lines) as translators see it: source form, outer whitespace trimmed, runs of spaces as one."""
    parts = list(parts)
    if parts and isinstance(parts[0], str):
        parts[0] = parts[0].lstrip()
    if parts and isinstance(parts[-1], str):
        parts[-1] = parts[-1].rstrip()
    parts = [p for p in parts if p != ""]
    return unparse.prose_line(_squash(parts))


def _squash(parts):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(re.sub(r"[ \t]+", " ", p))
        elif isinstance(p, m.InlineCond):
            out.append(attrs.evolve(p, then=tuple(_squash(p.then)), otherwise=tuple(_squash(p.otherwise))))
        elif isinstance(p, m.Alternatives):
            out.append(attrs.evolve(p, branches=tuple(tuple(_squash(b)) for b in p.branches)))
        else:
            out.append(p)
    return out


class _Walker:
    """Visits every translatable string of a story in a fixed order, so ids agree between extract and apply.

    Ids: `story.title`, `ending.SLUG`, `SCENE.title`, `SCENE.CHOICE.text`, `SCENE.CHOICE.reason`, and for
    prose `SCENE.p.HASH` (scene body) or `SCENE.CHOICE.p.HASH` (choice body), HASH being 6 hex digits of
    the paragraph's source form; a repeat of the same paragraph in the same scene gets `.2`, `.3`...
    Nothing in an id depends on line numbers, so editing other paragraphs (or scenes) leaves it alone.
    A paragraph here is a run of consecutive prose lines in one block: an `{if}`, effect or divert
    between lines ends the unit (the runtime may still join the text around it into one paragraph).

    `fn(kind, id, text, node)` returns a replacement text (or parts, for prose) or None to keep the source.
    """

    def __init__(self, fn):
        self.fn = fn
        self.glue = ""  # while a paragraph is visited: how glue joins it to the text around it

    def story(self, story: m.Story) -> m.Story:
        title = self.fn("story title", "story.title", story.title, None)
        endings = {}
        used = set()
        for e in story.endings:
            id_ = _unique(f"ending.{_slug(e.name)}", used)
            new = self.fn("ending", id_, e.name, e)
            if new and new != e.name:
                endings[e.name] = new
        self.endings = endings
        scenes = tuple(self.scene(sc) for sc in story.scenes)
        changes = {}
        if title:
            changes["title"] = title
        if endings:
            changes["endings"] = tuple(attrs.evolve(e, name=endings.get(e.name, e.name)) for e in story.endings)
        if any(a is not b for a, b in zip(scenes, story.scenes)):
            changes["scenes"] = scenes
        return attrs.evolve(story, **changes) if changes else story

    def scene(self, sc: m.Scene) -> m.Scene:
        changes = {}
        self.used, self.line_used = set(), set()
        if sc.title:
            t = self.fn("scene title", f"{sc.name}.title", sc.title, sc)
            if t:
                changes["title"] = t
        body = self.block(sc.body, sc.name)
        if body is not sc.body:
            changes["body"] = body
        choices = [self.choice(sc, ch) for ch in sc.choices]
        if any(a is not b for a, b in zip(choices, sc.choices)):
            changes["choices"] = tuple(choices)
        return attrs.evolve(sc, **changes) if changes else sc

    def choice(self, sc, ch: m.Choice) -> m.Choice:
        changes = {}
        base = f"{sc.name}.{ch.id}"
        said = ch.body[:ch.said]  # the choice's own text, printed once taken: part of the choice's entry
        if ch.text is not None:
            t = self.fn("choice", f"{base}.text", choice_source(ch), ch)
            if isinstance(t, dict):
                said = t.pop("said")
                changes.update(t)
            elif t:
                changes["text"], changes["menu"] = t, (t,)
        if ch.reason is not None:
            r = self.fn("reason", f"{base}.reason", ch.reason, ch)
            if r:
                changes["reason"] = r
        rest = ch.body[ch.said:]
        body = self.block(rest, base)
        if body is not rest or said is not ch.body[:ch.said]:
            changes["body"], changes["said"] = tuple(said) + tuple(body), len(said)
        return attrs.evolve(ch, **changes) if changes else ch

    def block(self, body, base, before=None, after=None):
        """`before`, `after`: the statements beside the block in the one around it (an {if}'s
        branch is joined by glue written just before or after the {if})."""
        out, changed, i = list(body), False, 0
        while i < len(body):
            st = body[i]
            if isinstance(st, m.Prose):
                j = i
                while j < len(body) and isinstance(body[j], m.Prose):
                    j += 1
                self.glue = _glue_note(body[i - 1] if i else before, body[j] if j < len(body) else after)
                run = self.paragraph(body[i:j], base)
                self.glue = ""
                if run is not None:
                    out[i:j] = run
                    changed = True
                i = j
                continue
            new = st
            if isinstance(st, m.If):
                branches = []
                for br in st.branches:
                    b = self.block(br.body, base, body[i - 1] if i else before,
                                   body[i + 1] if i + 1 < len(body) else after)
                    branches.append(br if b is br.body else attrs.evolve(br, body=b))
                if any(a is not b for a, b in zip(branches, st.branches)):
                    new = attrs.evolve(st, branches=tuple(branches))
            elif isinstance(st, m.AltBlock):
                branches = tuple(self.block(b, base) for b in st.branches)
                if any(a is not b for a, b in zip(branches, st.branches)):
                    new = attrs.evolve(st, branches=branches)
            elif isinstance(st, m.EndStory) and st.ending in self.endings:
                new = attrs.evolve(st, ending=self.endings[st.ending])
            if new is not st:
                out[i] = new
                changed = True
            i += 1
        return tuple(out) if changed else body

    def paragraph(self, lines, base):
        """A run of prose lines (one paragraph, or the part of one inside a block) -> new lines or None.

        The paragraph is one unit, `SCENE.p.HASH` of its whole source form. A translation replaces the
        first line and leaves the others empty, so every statement keeps its index (saves hold them).
        With no translation of the paragraph, each line may still have one from an older template
        (one unit per source line, its id `BASE.p.HASH` of the line): kind "line".
        """
        line_ids = [_unique(f"{base}.p.{short_hash(prose_source(st.parts))}", self.line_used) for st in lines]
        parts = paragraph_parts(lines)
        src = prose_source(parts)
        if not src:
            return None
        id_ = _unique(f"{base}.p.{short_hash(src)}", self.used)
        got = self.fn("prose", id_, src, m.Prose(parts, lines[0].span))
        if got is not None:
            return [m.Prose(got, lines[0].span, lines[0].tags)] + [m.Prose((), st.span, st.tags) for st in lines[1:]]
        out = list(lines)
        for k, (st, line_id) in enumerate(zip(lines, line_ids)):
            line_src = prose_source(st.parts)
            if line_src and (len(lines) > 1 or line_id != id_):
                got = self.fn("line", line_id, line_src, st)
                if got is not None:
                    out[k] = m.Prose(got, st.span, st.tags)
        return out if any(a is not b for a, b in zip(out, lines)) else None


def choice_source(ch: m.Choice) -> str:
    """A choice's text as translators see it: the menu text, or with `[...]` when the choice
    also prints text of its own once taken (`"I am[."] not sure," you say.`)."""
    if not ch.said and not ch.lead:
        return ch.text if not ch.varies else " ".join(unparse.text(ch.menu, extra=unparse.CHOICE_TEXT).split())
    out = [unparse.text(ch.lead, extra=unparse.CHOICE_TEXT).lstrip(), "[",
           unparse.text(ch.menu, extra=unparse.CHOICE_TEXT), "]"]
    for st in ch.body[:ch.said]:
        if st.__class__ is m.Glue:
            out.append(" <>" if st.space else "<>")
        else:
            parts = st.parts[1:] if st.parts and st.parts[0].__class__ is m.ChoiceLead else st.parts
            out.append(unparse.text(parts, extra=unparse.CHOICE_TEXT))
    return "".join(out).rstrip()


def translated_choice(ch: m.Choice, line: str):
    """Check a translated choice text against its source -> (changes for the Choice, None) or (None, why).

    The same rules as prose: only the source's `{...}` expressions, the same alternatives. A choice
    that prints text of its own keeps its `[...]`; a menu-only one stays menu-only."""
    from . import parser, source
    line = " ".join(line.split())
    split = bool(ch.said or ch.lead)
    if split and ("[" not in line.replace("\\[", "")):
        return None, "it has no `[...]`: the source shows part of it only in the menu"
    text = line if split else "[" + line + "]"
    src, errs = source.decode("<translation>", f"=== t ===\n* {text} -> t\n".encode("utf-8"))
    if src is None:
        return None, errs[0].message if errs else "it cannot be read"
    parsed, diags = parser.parse_source(src)
    if has_errors(diags) or len(parsed.scenes) != 1 or len(parsed.scenes[0].choices) != 1:
        msg = next((d.message for d in diags if d.severity.value == "error"), "it does not parse")
        return None, f"it does not read as a choice's text: {msg}"
    got = parsed.scenes[0].choices[0]
    if bool(got.said) != bool(ch.said) and not split:
        return None, "it does not read as a choice's text"
    new_said = got.body[:got.said]
    src_exprs, src_alts, exprs, alts = [], [], [], []
    _logic(ch.lead + ch.menu + _said_parts(ch.body[:ch.said]), src_exprs, src_alts)
    _logic(got.lead + got.menu + _said_parts(new_said), exprs, alts)
    for e in exprs:
        if e not in src_exprs:
            return None, f"`{{{unparse.expr(e)}}}` is not in the source text"
    if [(a.kind, len(a.branches)) for a in alts] != [(a.kind, len(a.branches)) for a in src_alts]:
        return None, "its alternatives differ from the source text's (same kinds, order and branch counts needed)"
    keys = iter(a.key for a in src_alts)
    lead, menu = _rekey(got.lead, keys), _rekey(got.menu, keys)
    said = [attrs.evolve(st, parts=_rekey(st.parts, keys)) if st.__class__ is m.Prose else st for st in new_said]
    return {"text": got.text, "lead": lead, "menu": menu, "said": tuple(said)}, None


def _said_parts(stmts) -> tuple:
    return tuple(p for st in stmts if st.__class__ is m.Prose for p in st.parts)


def _glue_note(before, after) -> str:
    """What a translator needs to know of the glue beside a paragraph: "" if there is none."""
    sides = [f"{where} ({'with a space' if g.space else 'no space between'})"
             for where, g in (("the text before it", before), ("the text after it", after)) if g.__class__ is m.Glue]
    return "joined by `<>` to " + " and to ".join(sides) if sides else ""


def paragraph_parts(lines) -> tuple:
    """The text parts of consecutive prose lines as one paragraph: the lines joined by a space."""
    parts = []
    for st in lines:
        for p in ((" ",) if parts else ()) + tuple(st.parts):
            if isinstance(p, str) and parts and isinstance(parts[-1], str):
                parts[-1] += p
            else:
                parts.append(p)
    return tuple(parts)


def _unique(id_: str, used: set) -> str:
    """The id, or id.2, id.3 ... when the same text comes again in the same place."""
    out, n = id_, 2
    while out in used:
        out, n = f"{id_}.{n}", n + 1
    used.add(out)
    return out


def extract(story: m.Story) -> list:
    """Every reader-visible string of the story, in story order -> [Entry]."""
    found = []

    def fn(kind, id_, text, node):
        if kind == "line":  # the units of older templates: looked up when translating, never extracted
            return None
        span = getattr(node, "span", None)
        if kind == "ending":
            span = node.spans[0] if node.spans else None
        if kind == "story title":
            span = m.Span(story.files[0], 1, 1, 1, 1) if story.files else None
        found.append(Entry(id_, text, span.file if span else "", span.line if span else 0,
                           span.column if span else 0, kind, walker.glue if kind == "prose" else ""))
        return None

    walker = _Walker(fn)
    walker.story(story)
    found.extend(_string_entries(story))
    order = {f: i for i, f in enumerate(story.files)}
    return sorted(found, key=lambda e: (e.context != "story title", order.get(e.file, len(order)), e.line, e.column))


# ---------------------------------------------------------------- .po files

class POError(Exception):
    """A .po file that cannot be read: path, line, what is wrong."""

    def __init__(self, path: str, line: int, message: str):
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")
        self.path, self.line, self.message = path, line, message


@frozen
class Message:
    """One .po entry."""

    msgid: str
    msgstr: str
    msgctxt: str | None = None
    fuzzy: bool = False
    line: int = 0


_PO_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_PO_UNESCAPES = {"\\": "\\", '"': '"', "n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f",
                 "v": "\v"}


def po_quote(s: str) -> str:
    return '"' + "".join(_PO_ESCAPES.get(c, c) for c in s) + '"'


def po_field(keyword: str, s: str, width: int = 79) -> str:
    """`keyword "s"`, wrapped as gettext wraps long strings: `keyword ""`, then lines that break after spaces."""
    line = f"{keyword} {po_quote(s)}"
    if len(line) <= width and "\n" not in s[:-1]:
        return line
    out, cur = [f'{keyword} ""'], ""
    for word in re.findall(r"[^ \n]*(?: +|\n|$)", s):
        if cur and len(po_quote(cur + word)) > width:
            out.append(po_quote(cur))
            cur = ""
        cur += word
        if word.endswith("\n"):
            out.append(po_quote(cur))
            cur = ""
    if cur:
        out.append(po_quote(cur))
    return "\n".join(out)


def _po_unquote(s: str, path: str, n: int) -> str:
    s = s.strip()
    if len(s) < 2 or not s.startswith('"') or not s.endswith('"'):
        raise POError(path, n, f"expected a \"quoted string\", found `{s[:40]}`")
    body, out, i = s[1:-1], [], 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            if i + 1 >= len(body):
                raise POError(path, n, "a backslash ends the string")
            nxt = body[i + 1]
            if nxt not in _PO_UNESCAPES:
                raise POError(path, n, f"unknown escape `\\{nxt}`")
            out.append(_PO_UNESCAPES[nxt])
            i += 2
            continue
        if c == '"':
            raise POError(path, n, "an unescaped `\"` inside a string")
        out.append(c)
        i += 1
    return "".join(out)


def read_po(text: str, path: str = "<po>") -> list:
    """Parse .po text -> [Message] (the header entry included; obsolete `#~` entries skipped)."""
    messages = []
    cur: dict = {}
    flags: set = set()
    field = None
    start = 0

    def flush():
        nonlocal cur, flags, field
        if cur:
            if "msgid" not in cur:
                raise POError(path, start, "an entry without `msgid`")
            if "msgstr" not in cur:
                raise POError(path, start, f"the entry for {po_quote(cur['msgid'])[:50]} has no `msgstr`")
            messages.append(Message(cur["msgid"], cur["msgstr"], cur.get("msgctxt"), "fuzzy" in flags, start))
        cur, flags, field = {}, set(), None

    for n, raw in enumerate(text.split("\n"), 1):
        line = raw.strip(" \t\r\f\v")
        if not line or line.startswith("#~"):
            continue
        if line.startswith("#"):
            if "msgstr" in cur:
                flush()
            if line.startswith("#,"):
                flags.update(f.strip() for f in line[2:].split(","))
            continue
        if line.startswith('"'):
            if field is None:
                raise POError(path, n, "a string continues nothing: it must follow msgctxt, msgid or msgstr")
            cur[field] += _po_unquote(line, path, n)
            continue
        keyword, _, rest = line.partition(" ")
        if keyword in ("msgctxt", "msgid") and "msgstr" in cur:
            flush()
        if not cur:
            start = n
        if keyword in ("msgctxt", "msgid", "msgid_plural"):
            if keyword in cur:
                raise POError(path, n, f"`{keyword}` given twice in one entry")
            if keyword == "msgctxt" and "msgid" in cur:
                raise POError(path, n, "`msgctxt` must come before its `msgid`")
            cur[keyword] = _po_unquote(rest, path, n)
            field = keyword
        elif keyword == "msgstr" or re.fullmatch(r"msgstr\[\d+\]", keyword):
            if "msgid" not in cur:
                raise POError(path, n, "`msgstr` before its `msgid`")
            value = _po_unquote(rest, path, n)
            field = "msgstr" if keyword in ("msgstr", "msgstr[0]") else "msgstr_other"
            if field == "msgstr" and "msgstr" in cur:
                raise POError(path, n, "`msgstr` given twice in one entry")
            cur[field] = cur.get(field, "") + value if field == "msgstr_other" else value
        else:
            raise POError(path, n, f"unexpected `{keyword[:30]}`: a .po line is a comment, msgctxt, msgid, "
                                   f"msgstr or a \"string\"")
    flush()
    return messages


def write_po(entries, title: str = "", source: str = "") -> str:
    """A .po template (msgstr empty) for the entries: msgctxt is the stable id, `#:` the source position."""
    out = [f"# Translation template for {title}." if title else "# Translation template.",
           f"# Extracted by `forkpaths strings` from {source}." if source else "# Extracted by `forkpaths strings`.",
           "# Text in {...} is story logic: keep it as it is, but translate the words inside",
           "# {condition: shown if true|shown if false} and {~ one|or another} branches.",
           "#, fuzzy",
           'msgid ""',
           'msgstr ""',
           po_quote(f"Project-Id-Version: {title}\n"),
           po_quote("PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\n"),
           po_quote("Last-Translator: FULL NAME <EMAIL@ADDRESS>\n"),
           po_quote("Language-Team: LANGUAGE <LL@li.org>\n"),
           po_quote("Language: \n"),
           po_quote("MIME-Version: 1.0\n"),
           po_quote("Content-Type: text/plain; charset=UTF-8\n"),
           po_quote("Content-Transfer-Encoding: 8bit\n"),
           po_quote(f"X-Generator: forkpaths {__version__}\n"),
           ""]
    for e in entries:
        out.append(f"#. {e.context}" + (" (keep the {...} parts)" if "{" in e.text and e.context == "prose" else ""))
        if e.note:
            out.append(f"#. {e.note}")
        if e.file:
            out.append(f"#: {e.file}:{e.line}")
        out.append(f"msgctxt {po_quote(e.id)}")
        out.append(po_field("msgid", e.text))
        out.append('msgstr ""')
        out.append("")
    return "\n".join(out)


def write_csv(entries) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "text", "file", "line", "column", "context"])
    for e in entries:
        w.writerow([e.id, e.text, e.file, e.line, e.column, e.context])
    return buf.getvalue()


# ---------------------------------------------------------------- applying a translation

class Catalog:
    """Translations: by (id, source text); else an entry without msgctxt for the text; else the text's
    one translation when every entry for that text agrees (so a translation survives an id change)."""

    def __init__(self, messages):
        self.exact, self.plain, by_text = {}, {}, {}
        for msg in messages:
            if msg.fuzzy or not msg.msgstr or msg.msgid == "":
                continue
            if msg.msgctxt is None:
                self.plain[msg.msgid] = msg.msgstr
            else:
                self.exact[(msg.msgctxt, msg.msgid)] = msg.msgstr
            by_text.setdefault(msg.msgid, set()).add(msg.msgstr)
        self.by_text = {k: next(iter(v)) for k, v in by_text.items() if len(v) == 1}

    def get(self, id_: str, text: str):
        return self.exact.get((id_, text)) or self.plain.get(text) or self.by_text.get(text)

    def __len__(self):
        return len(self.exact) + len(self.plain)


MAX_PO_BYTES = 64 * 1024 * 1024


def load_catalog(path: str) -> Catalog:
    """Read a .po file -> Catalog; OSError for I/O, POError for malformed content."""
    from . import files
    data = files.read_bytes(path, MAX_PO_BYTES)  # a regular file, never blocks, bounded (TooLarge says so)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise POError(path, data[: e.start].count(b"\n") + 1, "not valid UTF-8 (save the file as UTF-8)") from None
    return Catalog(read_po(text, path))


def parse_prose(line: str):
    """A translated paragraph (its lines joined by spaces) -> its text parts, or a string saying why it cannot be used."""
    from . import parser, source
    line = " ".join(line.split())
    if not line:
        return "it is empty"
    src, errs = source.decode("<translation>", ("=== t ===\n" + line + "\n").encode("utf-8"))
    if src is None:
        return errs[0].message if errs else "it cannot be read"
    parsed, diags = parser.parse_source(src)
    if has_errors(diags) or len(parsed.scenes) != 1:
        msg = next((d.message for d in diags if d.severity.value == "error"), "it does not parse")
        return f"it does not read as one paragraph of prose: {msg}"
    body = parsed.scenes[0].body
    if parsed.scenes[0].choices or len(body) != 1 or not isinstance(body[0], m.Prose):
        return "it does not read as one paragraph of prose"
    return body[0].parts


def _logic(parts, exprs, alts):
    """Collect the expressions and alternatives of text parts, in order."""
    for p in parts:
        if isinstance(p, m.Interp):
            exprs.append(p.expr)
        elif isinstance(p, m.InlineCond):
            exprs.append(p.cond)
            _logic(p.then, exprs, alts)
            _logic(p.otherwise, exprs, alts)
        elif isinstance(p, m.Alternatives):
            alts.append(p)
            for b in p.branches:
                _logic(b, exprs, alts)


def _rekey(parts, keys):
    out = []
    for p in parts:
        if isinstance(p, m.InlineCond):
            p = attrs.evolve(p, then=_rekey(p.then, keys), otherwise=_rekey(p.otherwise, keys))
        elif isinstance(p, m.Alternatives):
            key = next(keys)
            p = attrs.evolve(p, key=key, branches=tuple(_rekey(b, keys) for b in p.branches))
        out.append(p)
    return tuple(out)


def _locals_like(parts, src_exprs):
    """The translation's names of the source's temporaries as the same slots (a resolved story's Local)."""
    from .resolve_functions import Scope, _rewrite

    found = {}
    todo = list(src_exprs)
    while todo:
        e = todo.pop()
        if isinstance(e, m.Local):
            found[e.name] = e
        elif attrs.has(type(e)):
            todo.extend(v for f in attrs.fields(type(e)) for v in _children(getattr(e, f.name)))
    if not found:
        return parts
    scope = Scope("scene", "")
    for name, e in found.items():
        scope.slots[name] = len(scope.types)
        scope.types.append(e.type)
    slot = {name: e.slot for name, e in found.items()}
    out = _rewrite(tuple(parts), scope)

    def fix(node):  # the rewrite numbered them afresh: give each its source slot
        if isinstance(node, tuple):
            return tuple(fix(x) for x in node)
        if isinstance(node, m.Local):
            return attrs.evolve(node, slot=slot[node.name])
        if attrs.has(type(node)) and not isinstance(node, m.Span):
            ch = {f.name: fix(getattr(node, f.name)) for f in attrs.fields(type(node))
                  if f.name not in ("span", "spans") and (isinstance(getattr(node, f.name), tuple)
                                                         or attrs.has(type(getattr(node, f.name))))}
            return attrs.evolve(node, **ch) if ch else node
        return node
    return fix(out)


def _children(v):
    if isinstance(v, tuple):
        return v
    return (v,) if attrs.has(type(v)) and not isinstance(v, m.Span) else ()


def translated_prose(source_parts, line: str):
    """Check a translated paragraph (or line) against its source -> (parts, None) or (None, why it is refused).

    The translation may reorder and rephrase, but every `{...}` expression must be one the source
    uses, and its alternatives (`{~ ...}` and friends) must be the same kinds in the same order
    with the same number of branches (they keep the source's counters).
    """
    parts = parse_prose(line)
    if isinstance(parts, str):
        return None, parts
    src_exprs, src_alts, exprs, alts = [], [], [], []
    _logic(source_parts, src_exprs, src_alts)
    parts = _locals_like(parts, src_exprs)
    _logic(parts, exprs, alts)
    for e in exprs:
        if e not in src_exprs:
            return None, f"`{{{unparse.expr(e)}}}` is not in the source text"
    if [(a.kind, len(a.branches)) for a in alts] != [(a.kind, len(a.branches)) for a in src_alts]:
        return None, "its alternatives differ from the source text's (same kinds, order and branch counts needed)"
    return _rekey(parts, iter(a.key for a in src_alts)), None


def translate(story: m.Story, catalog: Catalog):
    """The story with every translated string replaced -> (Story, [problem messages])."""
    problems = []
    lines = []

    def fn(kind, id_, text, node):
        got = catalog.get(id_, text)
        if not got:
            return None
        if kind == "choice" and (node.said or node.lead or node.varies):
            changes, why = translated_choice(node, got)
            if changes is None:
                problems.append(f"{node.span}: the translation of {id_} is not used: {why}")
            return changes
        if kind not in ("prose", "line"):
            got = " ".join(got.split())
            return got or None
        parts, why = translated_prose(node.parts, got)
        if parts is None:
            problems.append(f"{node.span}: the translation of {id_} is not used: {why}")
            return None
        if kind == "line":
            lines.append(id_)
        return parts

    new = _Walker(fn).story(story)
    new = _translate_strings(new, catalog, problems)  # after the walker, which checks prose against its source
    if lines:
        n = len(lines)
        problems.append(
            f"{n} translation{'s' if n > 1 else ''} (first: {lines[0]}) translate{'' if n > 1 else 's'} one source "
            f"line of a longer paragraph, as templates from before whole-paragraph extraction did: used line by "
            f"line; to translate whole paragraphs, extract a new template with `forkpaths strings` and "
            f"`msgmerge` your file with it (docs/strings.md)")
    return new, problems


def apply_translation(story: m.Story, po_path: str, problems: list | None = None) -> m.Story:
    """A new Story with the .po's non-empty, non-fuzzy translations in place of the source text.

    Missing entries keep the source text. Raises OSError / POError when the file cannot be read;
    translations that cannot be used are skipped and described in `problems` (if a list is given).
    """
    new, found = translate(story, load_catalog(po_path))
    if problems is not None:
        problems.extend(found)
    return new


# ---------------------------------------------------------------- string values

def _string_literals(node, out: list, compared: bool = False) -> None:
    """Every string Literal under `node`, in source order -> out: [(Literal, compared)], `compared`
    when it stands directly beside `==` or `!=` (its value is tested, never shown)."""
    cls = node.__class__
    if cls is tuple:
        for x in node:
            _string_literals(x, out)
        return
    if cls is m.Literal:
        if node.value.__class__ is str:
            out.append((node, compared))
        return
    if cls is str or cls is m.Span or not attrs.has(cls):
        return
    if cls is m.Binary and node.op in ("==", "!="):
        for side in (node.left, node.right):
            _string_literals(side, out, True)
        return
    for f in attrs.fields(cls):
        if f.name not in ("span", "spans", "value_expr"):
            _string_literals(getattr(node, f.name), out)


def _owners(story: m.Story):
    """(where, node) for everything that holds expressions, in story order: the variables' initial
    values, the functions, the scenes (their parts included)."""
    for v in story.variables:
        if v.type == "string":
            yield f"the start value of `{v.name}`", v
    for fn in story.functions:
        yield f"function `{fn.name}`", fn
    for sc in story.scenes:
        yield f"scene `{sc.part_of or sc.name}`", sc


def string_values(story: m.Story) -> list:
    """The story's string values a reader may see, each text once, in story order ->
    [(text, span, [where it is used])]: every string literal (and string variable's initial value)
    except one only ever compared with `==` / `!=`, whose value is never shown. A translation of
    one is applied to every literal of the same text, so comparisons keep their meaning."""
    found: dict = {}
    shown: set = set()
    for where, node in _owners(story):
        if node.__class__ is m.VarDecl:
            lits = [(m.Literal(node.initial, node.span), False)]
        else:
            lits = []
            _string_literals(node, lits)
        for lit, compared in lits:
            text, place = lit.value, found.setdefault(lit.value, [lit.span, []])
            if where not in place[1]:
                place[1].append(where)
            if not compared:
                shown.add(text)
    return [(text, span, wheres) for text, (span, wheres) in found.items() if text in shown and text.strip()]


def string_id(text: str) -> str:
    return f"string.{_slug(text)}.{short_hash(text)}"


def _string_entries(story: m.Story) -> list:
    return [Entry(string_id(text), text, span.file if span else "", span.line if span else 0,
                  span.column if span else 0, "string",
                  "a string value (shown where the story prints it), in " + ", ".join(wheres)
                  + ("; keep its spaces at either end" if text != text.strip() else ""))
            for text, span, wheres in string_values(story)]


def _compares_strings(story: m.Story) -> bool:
    """Whether the story may compare two strings (then two texts may not share one translation).
    Answered from the syntax, erring towards yes: any `==` / `!=` beside a string literal, a string
    variable, temporary or function, or a call to an external function."""
    strings = {v.name for v in story.variables if v.type == "string"}
    returns = {fn.name for fn in story.functions if fn.returns in ("string", None) or fn.external}

    def stringy(e) -> bool:
        cls = e.__class__
        if cls is m.Literal:
            return e.value.__class__ is str
        if cls is m.Var:
            return e.name in strings
        if cls is m.Local:
            return e.type == "string"
        if cls is m.Call:
            return e.name in returns
        if cls is m.Binary:
            return e.op == "+" and (stringy(e.left) or stringy(e.right))
        return False

    todo = [story.variables, story.functions, story.scenes]
    while todo:
        node = todo.pop()
        cls = node.__class__
        if cls is tuple:
            todo.extend(node)
        elif cls is m.Binary and node.op in ("==", "!=") and (stringy(node.left) or stringy(node.right)):
            return True
        elif cls is not str and cls is not m.Span and attrs.has(cls):
            todo.extend(getattr(node, f.name) for f in attrs.fields(cls) if f.name not in ("span", "spans"))
    return False


def _translate_strings(story: m.Story, catalog: Catalog, problems: list) -> m.Story:
    """Every string literal (and string variable's initial value) whose text has a translation,
    replaced by it. When the story compares strings, two texts never get one translation (the
    first keeps it, the other keeps its source text and is reported), so `==` answers as before."""
    values = string_values(story)
    every = set()
    for _, node in _owners(story):
        lits = [(m.Literal(node.initial, node.span), False)] if node.__class__ is m.VarDecl else []
        if node.__class__ is not m.VarDecl:
            _string_literals(node, lits)
        every.update(lit.value for lit, _ in lits)
    wanted = {}
    for text, span, _ in values:
        got = catalog.get(string_id(text), text)
        if got and got != text:
            wanted[text] = got
    if not wanted:
        return story
    if _compares_strings(story):
        taken = {t: t for t in every if t not in wanted}
        for text in list(wanted):
            other = taken.get(wanted[text])
            if other is not None:
                problems.append(f"the translation of {string_id(text)} is not used: it is the same as the "
                                f"{'translation' if other in wanted else 'text'} of {po_quote(other)}, and the "
                                f"story compares strings with `==` or `!=`")
                del wanted[text]
            else:
                taken[wanted[text]] = text

    def swap(node):
        cls = node.__class__
        if cls is tuple:
            new = tuple(swap(x) for x in node)
            return node if all(a is b for a, b in zip(new, node)) else new
        if cls is m.Literal:
            v = node.value
            return attrs.evolve(node, value=wanted[v]) if v.__class__ is str and v in wanted else node
        if cls is m.VarDecl:
            if node.initial.__class__ is str and node.initial in wanted:
                return attrs.evolve(node, initial=wanted[node.initial], value_expr=swap(node.value_expr))
            return node
        if cls is str or cls is m.Span or not attrs.has(cls):
            return node
        changes = {}
        for f in attrs.fields(cls):
            if f.name in ("span", "spans"):
                continue
            v = getattr(node, f.name)
            nv = swap(v)
            if nv is not v:
                changes[f.name] = nv
        return attrs.evolve(node, **changes) if changes else node

    return attrs.evolve(story, variables=swap(story.variables), functions=swap(story.functions),
                        scenes=swap(story.scenes))
