"""Parse: normalised source text -> lark (LALR) -> a StoryFile model, syntax errors -> diagnostics."""

from __future__ import annotations

import os
import re
from functools import lru_cache

import attrs
from lark import Lark, Token
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken, VisitError

from . import model as m
from . import weave
from .diagnostics import Diagnostic, Severity
from .source import Source
from .weave import slug  # noqa: F401  (re-exported: tools derive choice ids with it)

GRAMMAR_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "grammar", "story.lark")
_PACKAGED_GRAMMAR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "grammar", "story.lark")

HEADER_BROKEN = "=header"  # in StoryFile.broken: the header failed, so names are unknown
MAX_DEPTH = 64  # expression, inline-text and {if} block nesting
MAX_INT_DIGITS = 18  # whole numbers stay within 64 bits
RESERVED = frozenset("var const include if elif else end END not and or true false turn visits random "
                     "turns_since min max abs function external temp return enum".split())

_ESCAPE = re.compile(r"\\(.)")
_DECL = re.compile(r"(var|const)[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]*=(?!=)")  # a header line, inside a scene
_ARROW = re.compile(r'(?<!\\)->[ \t]*(END[ \t]*"[^"\n]*"|[A-Za-z_][A-Za-z0-9_]*)[ \t]*(?:->)?[ \t]*$')
_TARGETS = (m.Divert, m.EndStory, m.TunnelReturn)  # a choice's `-> target` (choice_target)
_CMP = frozenset("== != < <= > >=".split())
_TODO = re.compile(r"(?://|/\*)[ \t]*(TODO\b:?[^\n]*)")
_SCENE_LINE = re.compile(r"^===", re.M)
_HEAD_NAME = re.compile(r"===+[ \t]*(?:(?:function|external)[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)")
_FUNCTION_HEAD = re.compile(r"===+[ \t]*(?:function|external)\b")


def grammar_path() -> str:
    for p in (_PACKAGED_GRAMMAR, GRAMMAR_PATH):
        if os.path.exists(p):
            return p
    raise FileNotFoundError("grammar/story.lark is missing from the installation")


class _Abort(Exception):
    """Raised inside the transformer to stop a chunk with a diagnostic."""

    def __init__(self, diag):
        super().__init__(diag.message)
        self.diag = diag


def _unescape(s: str) -> str:
    return _ESCAPE.sub(r"\1", s) if "\\" in s else s


def _string(tok) -> str:
    return _unescape(tok[1:-1])


class _Builder:
    """Inline transformer: called by the LALR parser as it reduces each rule."""

    def __init__(self):
        self.src = None
        self.offset = 0
        self.depth = {}
        self.notes = []  # non-fatal diagnostics found while building
        self.arrows = []  # (target, span): prose lines ending in what reads as a divert (resolve decides)
        self.parens = set()  # ids of expressions written in parentheses
        self.if_choices = False  # the scene being read has choices inside `{if}` blocks

    # -- positions
    def span(self, tok) -> m.Span:
        return self.span_at(tok.line, tok.column, tok.end_line, tok.end_column)

    def span_at(self, line, column, end_line, end_column) -> m.Span:
        """The span of a line and column range of the chunk being read, in the file."""
        o = self.offset
        line, end = line + o, end_line + o
        ind = self.src.indents  # Source.span, inlined: a span per token is the parse's commonest call
        n = len(ind)
        return m.Span(self.src.path, line, column + (ind[line - 1] if 0 < line <= n else 0),
                      end, end_column + (ind[end - 1] if 0 < end <= n else 0))

    def span2(self, first, last) -> m.Span:
        a, b = self.span(first), self.span(last)
        return m.Span(a.file, a.line, a.column, b.end_line, b.end_column)

    def _first_span(self, node):
        return node.span if not isinstance(node, Token) else self.span(node)

    def _deep(self, node, *kids):
        d = 1 + max((self.depth.get(id(k), 0) for k in kids), default=0)
        if d > MAX_DEPTH:
            raise _Abort(Diagnostic.make("FP113", node.span,
                                         detail=f"nesting deeper than {MAX_DEPTH} levels"))
        self.depth[id(node)] = d
        return node

    # -- expressions
    def int_lit(self, c):
        if len(c[0]) > MAX_INT_DIGITS:  # reported, then read as 0 so nothing else cascades
            self.notes.append(Diagnostic.make(
                "FP118", self.span(c[0]), detail=f"a number of {len(c[0]):,} digits; the limit is {MAX_INT_DIGITS}"))
            return m.Literal(0, self.span(c[0]))
        return m.Literal(int(c[0]), self.span(c[0]))

    def str_lit(self, c):
        return m.Literal(_string(c[0]), self.span(c[0]))

    def true_lit(self, c):
        return m.Literal(True, self.span(c[0]))

    def false_lit(self, c):
        return m.Literal(False, self.span(c[0]))

    def var_ref(self, c):
        return m.Var(str(c[0]), self.span(c[0]))

    def turn(self, c):
        return m.Turn(self.span(c[0]))

    def visits(self, c):
        return m.Visits(str(c[2]), self.span2(c[0], c[3]))

    def turns_since(self, c):
        return m.TurnsSince(str(c[2]), self.span2(c[0], c[3]))

    def call(self, c):
        args = tuple(x for x in c[2:-1] if not isinstance(x, Token))
        node = m.Call(str(c[0]), args, self.span2(c[0], c[-1]))
        return self._deep(node, *args)

    def random(self, c):
        node = m.Random(c[2], c[4], self.span2(c[0], c[5]))
        return self._deep(node, c[2], c[4])

    def paren(self, c):
        self.parens.add(id(c[1]))
        return c[1]

    def binary(self, c):
        left, op, right = c
        a, b = left.span, right.span
        node = m.Binary(str(op).strip(), left, right, m.Span(a.file, a.line, a.column, b.end_line, b.end_column))
        return self._deep(node, left, right)

    def unary(self, c):
        op, x = c
        if str(op) == "not" and x.__class__ is m.Binary and x.op in _CMP and id(x) not in self.parens:
            self.notes.append(Diagnostic.make("FP132", self.span2(op, op), left=_unparse_expr(x.left),
                                              op=x.op, right=_unparse_expr(x.right)))
        s = self.span(op)
        node = m.Unary(str(op), x, m.Span(s.file, s.line, s.column, x.span.end_line, x.span.end_column))
        return self._deep(node, x)

    # -- inline text
    def branch(self, c):
        return tuple(_unescape(str(x)) if isinstance(x, Token) else x for x in c)

    def interp(self, c):
        return m.Interp(c[1], self.span2(c[0], c[2]))

    def inline_cond(self, c):
        then = c[3]
        otherwise = c[5] if len(c) > 5 else ()
        node = m.InlineCond(c[1], then, otherwise, self.span2(c[0], c[-1]))
        return self._deep(node, *then, *otherwise)

    def alternatives(self, c):
        kind = m.ALT_KINDS[str(c[0]).lstrip("{ \t")]
        branches = tuple(c[1:-1:2])
        s = self.span2(c[0], c[-1])
        node = m.Alternatives(kind, branches, f"{os.path.basename(s.file)}:{s.line}:{s.column}", s)
        return self._deep(node, *(p for b in branches for p in b))

    # choice text has the same inline forms under rules of its own (the grammar aliases them to these)
    ct_interp = menu_interp = interp
    ct_cond = menu_cond = inline_cond
    ct_alts = menu_alts = alternatives

    # -- statements
    def prose(self, c):
        if not any(x.__class__ is Token and x.type == "GLUE" for x in c):
            return self._prose(c)
        return self._glued(c)

    def _prose(self, c):
        tags = ()
        at = next((k for k, x in enumerate(c) if x.__class__ is Token and _unescaped_hash(x) >= 0), None)
        if at is not None:  # the first `#` outside braces: the rest of the line is tags
            from . import unparse
            tok = c[at]
            rest = "".join(str(x) if isinstance(x, Token) else unparse.text((x,)) for x in c[at + 1:])
            raw, tags = self._tags(str(tok) + rest, self.span(tok))
            c = c[:at] + ([tok.update(value=raw)] if raw else [])
            if not c:
                return m.Prose((), self.span(tok), tags)
        last = c[-1]
        parts = tuple(_unescape(str(x)) if isinstance(x, Token) else x for x in c)
        first = c[0]
        span = self.span(first) if isinstance(first, Token) else first.span
        if first.__class__ is Token and first.type == "LINE_TEXT":
            self._slips(str(first), span)
        if last.__class__ is Token and "->" in last:
            self._arrow(str(last), self.span(last))
        return m.Prose(parts, span, tags)

    def _tags(self, raw, span):
        """Raw prose text -> (the text before its first unescaped `#`, the Tags after it)."""
        k = _unescaped_hash(raw)
        if k < 0:
            return raw, ()
        tags = []
        col = span.column + k
        for piece in raw[k + 1:].split("#"):
            tags.append(_tag(piece, m.Span(span.file, span.line, col, span.line, col + len(piece) + 1)))
            col += len(piece) + 1
        return raw[:k], tuple(tags)

    def _slips(self, raw, span):
        """A prose line that reads as a header line (`var x = 1` inside a scene): FP131."""
        if raw[:1] in "vc" and _DECL.match(raw):
            self.notes.append(Diagnostic.make("FP131", span, word=raw.split()[0]))

    def _arrow(self, raw, span):
        """Remember a prose line ending in `-> name`; resolve says FP230 if it names a scene or END."""
        mt = _ARROW.search(raw)
        if mt:
            at = span.column + mt.start()
            target = "END" if mt.group(1).startswith("END") else mt.group(1)
            self.arrows.append((target, m.Span(span.file, span.line, at, span.line, span.column + len(raw.rstrip()))))

    def _glued(self, c):
        """A prose line holding `<>`: its text pieces as Prose statements with a Glue between
        (and at either end); pieces of nothing but spaces are dropped."""
        out, cur = [], []
        for k, x in enumerate(c):
            if not (x.__class__ is Token and x.type == "GLUE"):
                cur.append(x)
                continue
            before = c[k - 1] if k else None
            after = c[k + 1] if k + 1 < len(c) else None
            space = (isinstance(before, Token) and before.type != "GLUE" and before[-1:] in (" ", "\t")) or (
                isinstance(after, Token) and after.type != "GLUE" and after[:1] in (" ", "\t"))
            if cur:
                out.append(self._prose(cur))
            cur = []
            out.append(m.Glue(bool(space), self.span(x)))
        if cur:
            out.append(self._prose(cur))
        return [st for st in out
                if not (st.__class__ is m.Prose and all(p.__class__ is str and not p.strip() for p in st.parts))]

    def prose_line(self, c):
        return self.prose_text(c[0], c[0].line, c[0].column)

    def prose_text(self, tok: str, line: int, column: int):
        """A PROSE_LINE token's text (newlines included) at `line`, `column` of the chunk."""
        text = tok.rstrip("\n")
        line += self.offset
        col = self.src.indents[line - 1] + column if self.src.indents else column
        tags = ()
        if "#" in text:
            text, tags = self._tags(text, m.Span(self.src.path, line, col, line, col + len(text)))
        prose = m.Prose((_unescape(text),) if text else (), m.Span(self.src.path, line, col, line, col + len(text)),
                        tags)
        if text[:1] in "vc":
            self._slips(text, prose.span)
        if "->" in text:
            self._arrow(text, prose.span)
        if tok.count("\n") > 1:
            return [prose, m.Break(prose.span)]
        return [prose]

    def goto_line(self, c):
        return self.goto_text(c[0], c[0].line, c[0].column)

    def goto_text(self, tok: str, line: int, column: int):
        """A GOTO_LINE token's text (newlines included) at `line`, `column` of the chunk."""
        name = tok.strip()[2:].strip()
        line += self.offset
        col = self.src.indents[line - 1] + column if self.src.indents else column
        div = m.Divert(name, m.Span(self.src.path, line, col, line, col + len(tok.rstrip())))
        if tok.count("\n") > 1:  # a blank line follows
            return [div, m.Break(div.span)]
        return [div]

    def effect(self, c):
        return self.effect_at(str(c[1]), str(c[2]).strip(), c[3], self.span2(c[0], c[1]))

    def effect_at(self, name: str, op: str, expr, span) -> m.Effect:
        return m.Effect(name, op, expr, span)

    def temp(self, c):
        op = str(c[3]).strip()
        if op != "=":
            raise _Abort(Diagnostic.make("FP140", self.span(c[3]), detail=f"`~ temp {c[2]} {op} ...`"))
        return m.Temp(str(c[2]), c[4], self.span2(c[0], c[2]))

    def return_stmt(self, c):
        return m.Return(c[2], self.span2(c[0], c[1]))

    def call_stmt(self, c):
        args = tuple(x for x in c[3:-1] if not isinstance(x, Token))
        call = m.Call(str(c[1]), args, self.span2(c[1], c[-1]))
        return m.CallStmt(self._deep(call, *args), self.span2(c[0], c[-1]))

    def function(self, c):
        external = c[1].type == "EXTERNAL"
        close = next(i for i, x in enumerate(c) if isinstance(x, Token) and x.type == "SCENE_CLOSE")
        params = tuple(str(x) for x in c[3:close] if isinstance(x, Token) and x.type == "NAME")
        body = c[close + 2]
        while body and body[0].__class__ is m.Break:  # blank lines in a function print nothing
            body = body[1:]
        return m.Function(str(c[2]), params, _trim_end(body), external, self.span2(c[0], c[close]))

    def divert(self, c):
        return m.Divert(str(c[1]), self.span2(c[0], c[1]))

    def tunnel_call(self, c):
        return m.TunnelCall(str(c[1]), self.span2(c[0], c[2]))

    def tunnels(self, c):
        """`-> a -> b ->`: a tunnel call per name (the last a divert when no `->` ends the line)."""
        out = []
        for k in range(1, len(c), 2):
            last = k + 1 >= len(c)
            span = self.span2(c[k - 1], c[k] if last else c[k + 1])
            out.append(m.Divert(str(c[k]), span) if last else m.TunnelCall(str(c[k]), span))
        return out

    def tunnel_return(self, c):
        if len(c) > 1:
            return m.TunnelReturn(self.span2(c[0], c[1]), str(c[1]))
        return m.TunnelReturn(self.span(c[0]))

    def ending(self, c):
        return m.EndStory(_string(c[2]), self.span2(c[0], c[2]))

    def body(self, c):
        """A block's statements. A blank line is a Break wherever it stands, at the start and the
        end of a block too (several in a row are one); see docs/language.md, "Paragraphs"."""
        out = []
        for x in c:
            if isinstance(x, Token):
                if len(x) > 1 and not (out and out[-1].__class__ is m.Break):
                    out.append(m.Break(self.span(x)))
            elif isinstance(x, list):
                for st in x:
                    if not (st.__class__ is m.Break and out and out[-1].__class__ is m.Break):
                        out.append(st)
            else:
                out.append(x)
        if out and out[-1].__class__ is m.Break and len(out) > 1 and out[-2].__class__ in m.JUMPS:
            out.pop()  # after the flow has left, a blank line ends nothing
        return tuple(out)

    def _opened(self, nl, body):
        """A block's body, with a Break first when a blank line follows the line that opens it."""
        if nl.count("\n") > 1 and not (body and body[0].__class__ is m.Break):
            return (m.Break(self.span(nl)),) + body
        return body

    def _choices_after(self, body, c, i):
        """A branch's body with the choices written in it (weave.Item, lifted out by weave.py)."""
        items = []
        while i < len(c) and c[i].__class__ is weave.Item:
            items.append(c[i])
            i += 1
        if items:
            self.if_choices = True
            body = body + tuple(items)
        return body, i

    def if_block(self, c):
        body, i = self._choices_after(self._opened(c[3], c[4]), c, 5)
        branches = [m.Branch(c[1], body, self.span2(c[0], c[2]))]
        branches.extend(x for x in c[i:-1])
        node = m.If(tuple(branches), self.span2(c[0], c[2]))
        return self._deep(node, *(st for br in branches for st in br.body if st.__class__ is m.If))

    def elif_branch(self, c):
        return m.Branch(c[1], self._choices_after(self._opened(c[3], c[4]), c, 5)[0], self.span2(c[0], c[2]))

    def else_branch(self, c):
        return m.Branch(None, self._choices_after(self._opened(c[1], c[2]), c, 3)[0], self.span(c[0]))

    def alt_block(self, c):
        head = str(c[0])
        kind = m.ALT_WORDS[" ".join(head.lstrip("{ \t").split(":")[0].split())]
        span = self.span(c[0])
        branches = tuple(c[2:-1])
        return m.AltBlock(kind, branches, f"{os.path.basename(span.file)}:{span.line}:{span.column}", span)

    def alt_branch(self, c):
        mark = c[0]
        if str(mark).count("-") > 1 or "(" in mark:
            raise _Abort(Diagnostic.make("FP134", self.span(mark),
                                         detail="a branch of multi-line alternatives starts with one `-` and no label"))
        first = []
        for x in c[1:-1]:
            if isinstance(x, list):
                first.extend(x)
            elif not isinstance(x, Token):
                first.append(x)
        body = tuple(first) + c[-1]
        for st in body:
            if st.__class__ not in (m.Prose, m.Break, m.Glue):
                raise _Abort(Diagnostic.make("FP134", st.span, detail="a branch of multi-line alternatives holds "
                                             "prose only: effects, diverts and blocks go outside it"))
        return _trim_end(body)

    # -- choices
    def label(self, c):
        return ("label", str(c[1]), self.span(c[1]))

    def guard(self, c):
        reason = _string(c[3]) if len(c) == 5 else None
        return ("guard", c[1], reason)

    def choice_target(self, c):
        if c[0].type == "TUNNEL_RETURN":  # `->->` (or `->-> target`): the choice leaves its tunnel
            return self.tunnel_return(c)
        if len(c) == 3:
            return m.EndStory(_string(c[2]), self.span2(c[0], c[2]))
        return m.Divert(str(c[1]), self.span2(c[0], c[1]))

    def menu(self, c):
        return ("menu", c[1:-1])

    def choice_text(self, c):
        lead, menu, tail = [], None, []
        for x in c:
            if isinstance(x, tuple) and x and x[0] == "menu":
                menu = list(x[1])
            else:
                (lead if menu is None else tail).append(x)
        return ("text", lead, menu, tail)

    def _choice_text(self, mark, lead, menu, tail):
        """(text, lead parts, menu parts, statements printed once taken) of `* lead [menu] tail`."""
        def parts(items):
            return tuple(_unescape(str(x)) if isinstance(x, Token) else x for x in items
                         if not (x.__class__ is Token and x.type == "GLUE"))

        lead_p, menu_p = parts(lead), parts(menu or ())
        spaced = bool(lead_p) and lead_p[-1].__class__ is str and lead_p[-1][-1:] in (" ", "\t")
        # the menu text's outer spaces never show: trimmed, so the model does not depend on them
        first, last = (lead_p or menu_p), (menu_p if menu is not None else lead_p)
        if first and first[0].__class__ is str:
            first = (first[0].lstrip(),) + first[1:]
            lead_p, menu_p = (first, menu_p) if lead_p else (lead_p, first)
            last = menu_p if menu is not None else lead_p
        if last and last[-1].__class__ is str:
            last = last[:-1] + (last[-1].rstrip(),)
            lead_p, menu_p = (lead_p, last) if menu is not None else (last, menu_p)
        lead_p = tuple(p for p in lead_p if p != "")
        menu_p = tuple(p for p in menu_p if p != "")
        shown = lead_p + menu_p
        if all(p.__class__ is str for p in shown):
            text = "".join(shown).strip()
        else:
            from . import unparse
            text = " ".join(unparse.text(shown).split())
        said = []
        if any(p.__class__ is not str or p.strip() for p in lead_p):
            said.append(m.ChoiceLead(self.span(mark)))
            lead = list(lead)
            while lead and lead[-1].__class__ is Token and lead[-1].type == "GLUE":
                said.insert(1, lead.pop())
            if len(said) > 1 and spaced:
                said.insert(1, Token("CT_MORE", " "))  # `I cheered. <>`: the glue has a space before it
        said += tail
        if not any(x.__class__ is not Token or x.type == "GLUE" or x.strip() for x in said):
            return text, lead_p, menu_p, ()
        got = self.prose(said)
        return text, lead_p, menu_p, tuple(got if isinstance(got, list) else [got])

    def choice(self, c):
        mark = c[0]
        head = mark[: mark.index("[")] if mark.type == "CHOICE_HEAD" else mark
        level = head.count("*") + head.count("+")
        if level > 1 and head.count("*") != level and head.count("+") != level:
            self.notes.append(Diagnostic.make("FP120", self.span(mark),
                                              marks=" ".join(ch for ch in head if ch in "*+")))
        label = cond = reason = text = target = None
        lead = menu = said = ()
        tags = []
        if mark.type == "CHOICE_HEAD":
            text = _unescape(mark[mark.index("[") + 1: mark.rindex("]")]).strip()
            menu = (text,)
        body = ()
        gap = False  # a blank line right after the choice line
        for x in c[1:]:
            cls = x.__class__
            if cls is tuple:
                kind = x[0] if x else None
                if kind == "label":
                    label = x[1]
                elif kind == "guard":
                    cond, reason = x[1], x[2]
                elif kind == "text":
                    text, lead, menu, said = self._choice_text(mark, *x[1:])
                else:
                    body = x
            elif cls is Token:
                if x.type == "NL":
                    gap = len(x) > 1
                elif x.type == "TAG":
                    tags.append(_tag(str(x)[1:], self.span(x)))
            elif cls is list:  # goto_line: the target, and a Break if a blank line follows
                target, gap = x[0], len(x) > 1
            elif cls in _TARGETS:
                target = x
        body = _trim_end(body)  # the body leaves (or its target follows): a blank line there ends nothing
        if gap and body and body[0].__class__ is not m.Break:
            body = (m.Break(body[0].span),) + body
        if target is not None:
            body = body + (target,)
        # the id is provisional: the choice point makes it unique (weave.name_choices)
        span = self.span(mark)
        cid = label or ("fallback" if text is None else slug(text))
        ch = m.Choice(cid, text, mark[0] == "+", cond, reason, said + body, label, span, lead, menu,
                      len(said), tuple(tags))
        return weave.Item("choice", level, span, choice=ch)

    def gather(self, c):
        mark = c[0]
        head = str(mark)
        label = label_span = None
        if "(" in head:
            at = head.index("(")
            label = head[at + 1: head.index(")")].strip()
            lspan = self.span(mark)
            col = lspan.column + at + 1 + (len(head[at + 1:]) - len(head[at + 1:].lstrip()))
            label_span = m.Span(lspan.file, lspan.line, col, lspan.line, col + len(label))
            head = head[:at]
        stmts = []
        for x in c[1:-1]:
            if isinstance(x, list):
                stmts.extend(x)
            elif not isinstance(x, Token):
                stmts.append(x)
        return weave.Item("gather", head.count("-"), self.span(mark), label=label, label_span=label_span,
                          body=tuple(stmts) + c[-1])

    def scene(self, c):
        name_tok = c[1]
        title = None
        tags = []
        i = 2
        if isinstance(c[i], Token) and c[i].type == "STRING":
            title = _string(c[i])
            i += 1
        i += 1  # SCENE_CLOSE
        while isinstance(c[i], Token) and c[i].type == "TAG":
            raw = str(c[i])[1:].strip()
            key, sep, value = raw.partition(":")
            tags.append(m.Tag(key.strip(), value.strip() if sep else None, self.span(c[i])))
            i += 1
        i += 1  # NL
        body = c[i]
        if body and body[0].__class__ is m.Break:
            body = body[1:]  # entering a scene starts a paragraph anyway
        if len(c) == i + 1:  # no choices: a blank line at the end ends nothing
            body = _trim_end(body)
        items = list(c[i + 1:])
        if items and items[-1].kind == "gather":  # the scene's last lines: a blank line there ends nothing
            items[-1] = attrs.evolve(items[-1], body=_trim_end(items[-1].body))
        lift, self.if_choices = self.if_choices, False
        return weave.build(str(name_tok), title, tuple(tags), body, items,
                           self.span2(c[0], c[min(3, len(c) - 1)]), self.notes, lift)

    # -- header
    def title_line(self, c):
        return ("title", str(c[0]).split(":", 1)[1].strip(), self.span(c[0]))

    def paragraphs_line(self, c):
        return ("paragraphs", " ".join(str(c[0]).split(":", 1)[1].split()), self.span(c[0]))

    def author_line(self, c):
        return ("author", str(c[0]).split(":", 1)[1].strip(), self.span(c[0]))

    def start_line(self, c):
        return ("start", str(c[1]), self.span(c[1]))

    def include(self, c):
        return m.Include(_string(c[1]), self.span2(c[0], c[1]))

    def var_decl(self, c):
        return ("var", str(c[1]), c[3], self.span(c[1]), False)

    def enum_decl(self, c):
        members = tuple((str(x), self.span(x)) for x in c[3:] if isinstance(x, Token) and x.type == "NAME")
        return m.EnumDecl(str(c[1]), tuple(n for n, _ in members), self.span(c[1]), tuple(sp for _, sp in members))

    def const_decl(self, c):
        return ("var", str(c[1]), c[3], self.span(c[1]), True)

    def header(self, c):
        return [x for x in c if not isinstance(x, Token)]

    def start(self, c):
        return c[0], [sc for x in c[1:] for sc in ((x,) if x.__class__ is m.Function else x)]


def _unescaped_hash(raw: str) -> int:
    """Index of the first `#` in raw text that no backslash escapes, or -1."""
    i = 0
    while i < len(raw):
        if raw[i] == "\\":
            i += 2
            continue
        if raw[i] == "#":
            return i
        i += 1
    return -1


def _tag(piece: str, span) -> m.Tag:
    """`key: value` or `key` (the text after a `#`) -> a Tag, both parts trimmed."""
    key, sep, value = piece.strip().partition(":")
    return m.Tag(key.strip(), value.strip() if sep else None, span)


def _unparse_expr(e) -> str:
    from . import unparse
    return unparse.expr(e)


def _trim_end(body: tuple) -> tuple:
    """A block without the blank lines at its end (and prose of nothing but spaces among them)."""
    k = len(body)
    while k and (body[k - 1].__class__ is m.Break or (body[k - 1].__class__ is m.Prose and all(
            p.__class__ is str and not p.strip() for p in body[k - 1].parts))):
        k -= 1
    if k < len(body) and any(st.__class__ is m.Break for st in body[k:]):
        return body[:k] + tuple(st for st in body[k:] if st.__class__ is not m.Break)
    return body


@lru_cache(maxsize=1)
def _lark():
    builder = _Builder()
    with open(grammar_path(), encoding="utf-8") as f:
        grammar = f.read()
    parser = Lark(grammar, parser="lalr", lexer="contextual", transformer=builder,
                  start=["start", "header", "scene", "function"], maybe_placeholders=False,
                  propagate_positions=False, cache=_cache_path(grammar))
    return parser, builder


# ---------------------------------------------------------------- grammar cache
# Lark's cache is a pickle: loading a planted one runs code. It lives only in this
# user's own cache folder (platformdirs), which must be a real folder owned by us and
# closed to others (created 0700); the file must be ours and writable by nobody else.
# Anything else (no home, read-only, a bad XDG_CACHE_HOME, a symlink): no cache.

def _cache_path(grammar: str):
    import hashlib

    import lark
    import platformdirs

    key = hashlib.sha256((grammar + lark.__version__).encode()).hexdigest()[:16]
    try:
        folder = platformdirs.user_cache_dir("forkpaths", appauthor=False)
        os.makedirs(folder, mode=0o700, exist_ok=True)
        info = os.lstat(folder)
        if not _ours(info, dir=True):
            return False
        if info.st_mode & 0o077:
            os.chmod(folder, 0o700)  # ours, writable only by us (an older version made it 0755)
        path = os.path.join(folder, f"grammar-{key}.lark-cache")
        try:
            return path if _ours(os.lstat(path), dir=False) else False
        except FileNotFoundError:
            return path
    except (OSError, ValueError):
        return False


def _ours(info, dir: bool) -> bool:
    """A real folder (or regular file) owned by this user that no one else can write."""
    import stat

    uid = getattr(os, "geteuid", lambda: info.st_uid)()
    kind = stat.S_ISDIR(info.st_mode) if dir else stat.S_ISREG(info.st_mode)
    return kind and info.st_uid == uid and not info.st_mode & 0o022


def lark_parser():
    """The cached Lark parser (for tools and tests)."""
    return _lark()[0]


# ---------------------------------------------------------------- errors

# Snippets whose parse fails the way a writer's common slips do (match_examples).
_EXAMPLES = {
    "FP102": ["=== a ===\nThe fire {x: y\n", "=== a ===\nThe fire {x\n", "=== a ===\n{~ a|b\n",
              "=== a ===\nx {x: y|z\n", "=== a ===\n{x > 1: y\n", "=== a ===\n* {x [Go] -> a\n",
              "=== a ===\nx {> a|b\n", "=== a ===\nx {x: {y}\n"],
    "FP105": ["=== the roof ===\n", "=== ===\n", "=== a\n", "=== a b\n", "=== a \"T\" b ===\n"],
    "FP107": ["=== a ===\nx } y\n", "=== a ===\n}\n"],
    "FP108": ["=== a ===\n~ x = \n", "=== a ===\n* {} [a] -> b\n", "=== a ===\n{if}\n", "=== a ===\n~ x = 1 +\n",
              "=== a ===\n{}\n", "=== a ===\nx {}\n", "=== a ===\n{x >}\n", "=== a ===\n{x: a}{ > 1: b}\n"],
    "FP109": ["=== a ===\n->\n", "=== a ===\n* [x] ->\n", "=== a ===\n-> \"x\"\n"],
    "FP115": ["=== a ===\n-> end \"x\"\n", "=== a ===\n-> End \"x\"\n", "=== a ===\n* [x] -> end \"y\"\n"],
    "FP116": ["=== a ===\n{if x}\nfoo\n", "=== a ===\n{else}\n", "=== a ===\n{end}\n", "=== a ===\n{elif x}\n",
              "=== a ===\n{if x}\n* [a] -> b\n"],
}

def _variants(examples):
    """The same slip after prose, after an effect and inside a choice body: other LALR states."""
    out = {}
    for code, snippets in examples.items():
        more = list(snippets)
        for sn in snippets:
            head, _, rest = sn.partition("\n")
            if head.startswith("===") and not rest.startswith(("===", "*", "+")):
                more += [f"{head}\nHello.\n{rest}", f"{head}\n~ x = 1\n{rest}",
                         f"{head}\nHi.\n\n{rest}", f"{head}\n* [a] -> b\n* [c]\n{rest}",
                         f"{head}\n* [a]\nHi.\n{rest}"]
        out[code] = more
    return out


_EXAMPLES = _variants(_EXAMPLES)

_FRIENDLY = {
    "NL": "the end of the line", "$END": "the end of the scene", "ARROW": "`->`", "NAME": "a name",
    "STRING": "a \"quoted string\"", "INT": "a number", "CHOICE_TEXT": "choice text in `[...]`",
    "RBRACE": "`}`", "LBRACE": "`{`", "COLON": "`:`", "BAR": "`|`", "CHOICE_MARK": "a choice (`*` or `+`)",
    "SCENE_OPEN": "a scene header (`===`)", "SCENE_CLOSE": "`===`", "TEXT": "text", "LINE_TEXT": "prose",
    "TILDE": "an effect (`~`)", "IF_OPEN": "`{if ...}`", "END_LINE": "`{end}`", "ELSE_LINE": "`{else}`",
    "ELIF_OPEN": "`{elif ...}`", "LPAR": "`(`", "RPAR": "`)`", "CMP_OP": "a comparison", "ADD_OP": "`+` or `-`",
    "MUL_OP": "`*`, `/` or `%`", "ASSIGN": "`=`", "ASSIGN_OP": "`=`, `+=` or `-=`", "TAG": "a tag (`#...`)",
    "COMMA": "`,`", "ALT_OPEN": "alternatives (`{~`, `{&`, `{!`, `{>`)", "TUNNEL_RETURN": "`->->`",
    "END": "`END`", "GOTO_LINE": "`-> scene`", "GLUE": "glue `<>`", "CT_OPEN": "`[`", "CT_CLOSE": "`]`", "CT_LEAD": "choice text",
    "CT_MORE": "choice text", "CT_IN": "choice text", "PARAGRAPHS_LINE": "`paragraphs:`", "PROSE_LINE": "prose", "CHOICE_HEAD": "a choice", "ELSE": "`else`", "AND": "`and`", "OR": "`or`", "NOT": "`not`",
}


def _friendly(names) -> str:
    seen = []
    for n in sorted(names):
        w = _FRIENDLY.get(n, "`" + n.lower() + "`")
        if w not in seen:
            seen.append(w)
    if len(seen) > 6:
        seen = seen[:6] + ["…"]
    return ", ".join(seen)


def _describe(e: UnexpectedInput) -> str:
    if isinstance(e, UnexpectedToken):
        tok = e.token
        what = "end of the scene" if tok.type == "$END" else (
            "end of the line" if tok.type == "NL" else f"`{str(tok).strip()[:30]}`")
        return f"unexpected {what}; expected {_friendly(e.accepts or e.expected)}"
    if isinstance(e, UnexpectedCharacters):
        return f"unexpected `{e.char}`; expected {_friendly(e.allowed)}"
    if isinstance(e, UnexpectedEOF):
        return f"unexpected end of the scene; expected {_friendly(e.expected)}"
    return str(e)


def _label(e: UnexpectedInput, start: str) -> str:
    parser, builder = _lark()
    old = builder.src, builder.offset
    builder.src = Source("<example>", "", "", ())
    builder.offset = 0
    try:
        return e.match_examples(lambda text: parser.parse(text, start=start), _EXAMPLES,
                                use_accepts=True) or "FP101"
    except Exception:
        return "FP101"
    finally:
        builder.src, builder.offset = old


def _header_code(line: str) -> tuple:
    word = line.split(":", 1)[0].strip() if ":" in line else line.split(" ", 1)[0]
    low = word.lower()
    if low in ("title", "author", "start", "var", "const", "include") and word != low:
        return "FP115", f"`{word}` should be written `{low}`"
    if ":" in line and re.fullmatch(r"[A-Za-z_]+", word or "-"):
        return "FP106", f"`{word}:` is not a header line"
    if re.fullmatch(r"(?i)(titel|tile|auther|athor|strat|stat|inlcude|incude|vr|cnst|const?)", word or "-"):
        return "FP115", f"`{word}` is not a keyword; did you mean one of title:, author:, start:, include, var, const?"
    if line.strip().startswith(("*", "+", "~", "->", "{")):
        return "FP117", None
    if re.fullmatch(r"[A-Za-z_]+", word or "-") and re.match(r"\s*[A-Za-z_]+\s+[A-Za-z_]+\s*=", line):
        return "FP115", f"`{word}` is not a keyword; declarations start with `var` or `const`"
    return "FP117", None


def _syntax_diag(e: UnexpectedInput, src: Source, offset: int, start: str, chunk: str) -> Diagnostic:
    at_end = isinstance(e, UnexpectedEOF) or (isinstance(e, UnexpectedToken) and e.token.type == "$END")
    if at_end:
        body = chunk.rstrip("\n")
        line = offset + body.count("\n") + 1
        col = len(body) - (body.rfind("\n") + 1) + 1
        span = src.span(line, max(col, 1), line, max(col, 1) + 1)
    else:
        line = offset + (e.line if e.line and e.line > 0 else 1)
        col = e.column if e.column and e.column > 0 else 1
        length = 1
        if isinstance(e, UnexpectedToken):
            length = max(1, len(str(e.token).split("\n")[0]))
        span = src.span(line, col, line, col + length)
    odd = _name_char(e, src, line, span)
    if odd is not None:
        return odd
    detail = _describe(e)
    if start == "header":
        text = src.lines[line - 1] if line - 1 < len(src.lines) else ""
        code, msg = _header_code(text)
        return Diagnostic.make(code, span, detail=msg or detail)
    tok = e.token if isinstance(e, UnexpectedToken) else None
    expected = set(getattr(e, "accepts", None) or getattr(e, "expected", None) or getattr(e, "allowed", None) or ())
    if at_end and expected & {"END_LINE", "ELSE_LINE", "ELIF_OPEN"}:
        return Diagnostic.make("FP116", span, detail="the scene ends inside an `{if ...}` block that has no `{end}`")
    if tok is not None and tok.type in ("END_LINE", "ELSE_LINE", "ELIF_OPEN"):
        return Diagnostic.make("FP116", span, detail=f"`{str(tok).strip()}` without an open `{{if ...}}` block")
    if not at_end:
        raw = src.parse_text.split("\n", line)[line - 1] if line >= 1 else ""
        at = _choice_brace(raw, e.column if e.column and e.column > 0 else 1)
        if at:
            rest = raw[at:].lstrip(" \t")
            if rest.startswith("}"):
                detail = "these braces in the choice text hold nothing"
            elif tok is not None and (tok.type in ("NL", "CT_CLOSE") or str(tok).startswith("]")):
                detail = "this `{` in the choice text is not closed before " + (
                    "the end of the line" if tok.type == "NL" else "`]`")
            else:
                detail = "the braces in this choice text do not read as inline text: " + detail
            return Diagnostic.make("FP133", src.span(line, at, line, at + 1), detail=detail)
    if (tok is not None and tok.type == "RBRACE" and "RBRACE" not in expected) or (
            isinstance(e, UnexpectedCharacters) and e.char == "}"):
        return Diagnostic.make("FP107", span)
    if "CT_CLOSE" in expected and (at_end or (tok is not None and tok.type in ("NL", "$END"))):
        raw = src.parse_text.split("\n", line)[line - 1] if line >= 1 else ""
        at = raw.rfind("[") + 1
        if at:
            span = src.span(line, at, line, at + 1)
        return Diagnostic.make("FP104", span)
    if (isinstance(e, UnexpectedCharacters) and e.char == "[") or (
            tok is not None and tok.type in ("LINE_TEXT", "TEXT", "PROSE_LINE") and str(tok).startswith("[")):
        return Diagnostic.make("FP104", span)
    code = _label(e, start)
    if code == "FP115":
        prev, at = _prev_word(chunk, e)
        if prev:
            detail = f"`{prev}` is not a keyword: endings are written `-> END \"name\"` in capitals"
            span = src.span(line, at, line, at + len(prev))
    if code == "FP102":
        at = _open_brace(src.parse_text.split("\n", line)[line - 1] if line >= 1 else "", span)
        if at:
            span = src.span(line, at, line, at + 1)
    if code == "FP102" and at_end:
        code = "FP101"
    return Diagnostic.make(code, span, detail=detail)


_CODE_LINE = re.compile(r"[ \t]*(?:var|const|start|include|~|->|===|\{|\*|\+)")


def _name_char(e, src: Source, line: int, span):
    """FP151 when the parse stopped at a character names cannot hold (`배`, a zero-width space)
    where a name or expression was being read; None otherwise (prose may hold any character)."""
    import unicodedata

    text = e.char if isinstance(e, UnexpectedCharacters) else str(getattr(e, "token", "") or "")
    if not text or text[0].isascii() or text[0] == "\n":
        return None
    ch = text[0]
    raw = src.lines[line - 1] if 0 < line <= len(src.lines) else ""
    col = span.column
    before = raw[: col - 1]
    if not before.strip() or not (_CODE_LINE.match(raw) or before.count("{") > before.count("}")):
        return None  # a prose line (or prose before the first scene): not about names
    name = unicodedata.name(ch, "")
    code = f"U+{ord(ch):04X}" + (f" {name}" if name else "")
    if unicodedata.category(ch) in ("Cf", "Zs", "Zl", "Zp", "Cc") or not ch.isprintable():
        detail = f"an invisible character, {code}, is here; names and keywords are plain ASCII"
    else:
        detail = f"`{ch}` ({code}) cannot be part of a name; names are ASCII letters, digits and `_`"
    return Diagnostic.make("FP151", m.Span(span.file, span.line, col, span.line, col + 1), detail=detail)


_CHOICE_START = re.compile(r"[ \t]*[*+](?:[ \t]*[*+])*[ \t]*(?:\([ \t]*[A-Za-z_][A-Za-z0-9_]*[ \t]*\)[ \t]*)?")


def _choice_brace(raw: str, col: int) -> int:
    """The 1-based column of a `{` left open before `col` in the text of a choice line (its guard
    and label skipped), or 0: not a choice line, or the error is not inside its text's braces."""
    mt = _CHOICE_START.match(raw)
    if not mt:
        return 0
    i = mt.end()
    if raw[i:i + 1] == "{":  # the guard
        end = _open_brace(raw[:col - 1], None)
        depth = 0
        for k in range(i, len(raw)):
            depth += {"{": 1, "}": -1}.get(raw[k], 0)
            if depth == 0:
                break
        else:
            return 0
        if end and end - 1 <= i:
            return 0  # the error is inside the guard
        i = k + 1
        mt = _CHOICE_START.match("*" + raw[i:])  # a label after the guard
        i += mt.end() - 1
    if col - 1 <= i:
        return 0
    at = _open_brace(raw[i:col - 1], None)
    return i + at if at else 0


def _prev_word(chunk: str, e):
    """The word before the error position and its 1-based column, or ("", 0)."""
    try:
        line = chunk.split("\n")[e.line - 1]
    except (IndexError, TypeError):
        return "", 0
    head = line[: e.column - 1].rstrip()
    words = head.split()
    if not words:
        return "", 0
    return words[-1], len(head) - len(words[-1]) + 1


def _open_brace(line: str, span) -> int:
    """Column (in the parser's line) of the last `{` still open, or 0."""
    depth_stack = []
    i = 0
    while i < len(line):
        ch = line[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "{":
            depth_stack.append(i + 1)
        elif ch == "}" and depth_stack:
            depth_stack.pop()
        i += 1
    return depth_stack[-1] if depth_stack else 0


# ---------------------------------------------------------------- entry point

def parse_source(src: Source, fast: bool = True):
    """Parse one decoded file -> (StoryFile or None, diagnostics). Never raises for bad input.
    `fast=False` reads it with lark alone (the fast path's tests compare the two)."""
    parser, builder = _lark()
    diags = [Diagnostic.make("FP901", src.span(*_line_col(src.parse_text, mt.start()),
                                               *_line_col(src.parse_text, mt.end())),
                             detail=mt.group(1).strip())
             for mt in _TODO.finditer(src.parse_text)]
    builder.src, builder.offset, builder.depth, builder.notes, builder.if_choices = src, 0, {}, [], False
    builder.arrows, builder.parens = [], set()
    try:
        header, scenes = _parse_fast(src, parser, builder, whole=not fast)
        return _assemble(src, header, scenes, arrows=builder.arrows), diags + builder.notes
    except (UnexpectedInput, _Abort, VisitError, RecursionError):
        pass
    finally:
        builder.depth = {}
    builder.offset, builder.notes, builder.depth, builder.if_choices = 0, [], {}, False
    builder.arrows, builder.parens = [], set()
    try:
        header, scenes = parser.parse(src.parse_text, start="start")
        return _assemble(src, header, scenes, arrows=builder.arrows), diags + builder.notes
    except (UnexpectedInput, _Abort, VisitError, RecursionError):
        pass
    finally:
        builder.depth = {}
    # slow path: parse the header and each scene alone to report every scene's error
    builder.notes, builder.arrows, builder.parens = [], [], set()
    header, scenes, errors, failed = _parse_chunks(src)
    return _assemble(src, header, scenes, failed, builder.arrows), diags + builder.notes + errors


def _parse_fast(src: Source, parser, builder, whole=False):
    """(header, scenes) of a story that parses: a scene at a time, plain scenes by the fast path
    (fastparse.py) and the others by lark, with the builder's state carried from one to the next
    as in a parse of the whole text; or the whole text by lark (`whole`, or a block comment,
    which may hold a line that starts with `===`). Raises lark's errors as `parser.parse` does."""
    text = src.parse_text
    if whole or "/*" in text:
        return parser.parse(text, start="start")
    fast = _fast_scenes()
    cuts = [mt.start() for mt in _SCENE_LINE.finditer(text)]
    first = cuts[0] if cuts else len(text)
    builder.offset = 0
    header = parser.parse(text[:first], start="header") if first else []
    scenes = []
    line = text.count("\n", 0, first)
    for a, b in zip(cuts, cuts[1:] + [len(text)]):
        chunk = text[a:b]
        builder.offset = line
        result = fast.scene(chunk)
        if result is None:
            result = parser.parse(chunk, start="function" if _FUNCTION_HEAD.match(chunk) else "scene")
        scenes.extend((result,) if result.__class__ is m.Function else result)
        line += chunk.count("\n")
    builder.offset = 0
    return header, scenes


@lru_cache(maxsize=1)
def _fast_scenes():
    from .fastparse import FastScenes

    parser, builder = _lark()
    return FastScenes(parser, builder, RESERVED)


def _line_col(text: str, index: int):
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _parse_chunks(src: Source):
    parser, builder = _lark()
    text = src.parse_text
    cuts = [mt.start() for mt in _SCENE_LINE.finditer(text)]
    bounds = [0] + cuts + [len(text)]
    header, scenes, errors, failed = [], [], [], []
    header_ok = True
    for i in range(len(bounds) - 1):
        a, b = bounds[i], bounds[i + 1]
        if a == b:
            continue
        chunk = text[a:b]
        start = "header" if i == 0 and (not cuts or cuts[0] != 0) else "scene"
        if start == "scene" and _FUNCTION_HEAD.match(chunk):
            start = "function"
        offset = text.count("\n", 0, a)
        builder.src, builder.offset, builder.depth, builder.if_choices = src, offset, {}, False
        diag = None
        try:
            result = parser.parse(chunk, start=start)
        except _Abort as e:
            diag = e.diag
        except VisitError as e:
            if not isinstance(e.orig_exc, _Abort):
                raise
            diag = e.orig_exc.diag
        except UnexpectedInput as e:
            diag = _syntax_diag(e, src, offset, start, chunk)
        except RecursionError:
            diag = Diagnostic.make("FP113", src.span(offset + 1, 1, offset + 1, 1),
                                   detail="this scene is nested too deeply to read")
        finally:
            builder.depth = {}
        if diag is not None:
            errors.append(diag)
            if start in ("scene", "function"):
                mt = _HEAD_NAME.match(chunk)
                if mt:
                    failed.append(mt.group(1))
            else:
                header_ok = False
            continue
        if start == "header":
            header = result
        else:
            scenes.extend((result,) if result.__class__ is m.Function else result)
    if not header_ok:
        failed.append(HEADER_BROKEN)
    return header, scenes, errors, failed


def _assemble(src: Source, header, scenes, failed=(), arrows=()) -> m.StoryFile:
    title = author = start = paragraphs = None
    start_span = title_span = author_span = paragraphs_span = None
    includes, variables = [], []
    seen, dups = set(), []
    enums = tuple(x for x in header if isinstance(x, m.EnumDecl))
    header = [x for x in header if not isinstance(x, m.EnumDecl)]
    for item in header:
        if not isinstance(item, m.Include) and item[0] in ("title", "author", "start", "paragraphs"):
            if item[0] in seen:
                dups.append(Diagnostic.make("FP213", item[2], detail=f"`{item[0]}:` is given twice"))
            seen.add(item[0])
        if isinstance(item, m.Include):
            includes.append(item)
        elif item[0] == "title":
            title, title_span = item[1], item[2]
        elif item[0] == "author":
            author, author_span = item[1], item[2]
        elif item[0] == "start":
            start, start_span = item[1], item[2]
        elif item[0] == "paragraphs":
            paragraphs, paragraphs_span = item[1], item[2]
        elif item[0] == "var":
            _, name, expr, span, const = item
            variables.append((name, expr, span, const))
    functions = tuple(x for x in scenes if isinstance(x, m.Function))
    scenes = tuple(x for x in scenes if not isinstance(x, m.Function))
    return m.StoryFile(src.path, title, author, start, start_span, tuple(includes), tuple(variables),
                       scenes, title_span, author_span, tuple(failed), tuple(dups), paragraphs,
                       paragraphs_span, tuple(arrows), functions, enums)
