"""Parse fast path: the commonest scene lines lexed by hand and fed to the LALR parser's own callbacks.

A big story is mostly plain lines: prose, `-> scene`, `+ [text] -> scene`, `+ {guard} [text]`,
`~ stat += 5`, `{flag: text}`. Lark reads them token by token through its LALR tables, about
20 µs a token. This module reads a scene made only of such lines in one pass of regular
expressions (lark's own terminal patterns, taken from the grammar, so every token is the one
lark's contextual lexer would make), builds the same `Token`s lark would, and calls the same
`_Builder` callbacks in the order the LALR parser reduces them. The model it gives is the one
lark gives; tests/test_fastparse.py compares the two on every story in the repository and on
generated ones. Any line it does not know sends its whole scene to lark, so the grammar stays
the one definition of the language; a story with any syntax error is parsed by lark alone
(parser.py), which reports every error.

Reading the story a scene at a time is the same parse as reading it whole: in a story that
parses, every line that starts with `===` starts a scene or function (no token spans lines
but block comments, and a story with `/*` is read whole).
"""

from __future__ import annotations

import re

from lark import Token

_new = str.__new__
_WS = re.compile(r"[ \t]*")  # ignored whitespace (lark's WS, or nothing)
_HEAD = re.compile(r"(===+[ \t]*)([A-Za-z_][A-Za-z0-9_]*)([ \t]*===+[ \t]*)(?=\n)")  # SCENE_OPEN NAME SCENE_CLOSE
_LITERALS = {"true": "TRUE", "false": "FALSE"}
# lines that open a block: left to lark
_BLOCKS = ("IF_OPEN", "ELIF_OPEN", "ELSE_LINE", "END_LINE", "ALT_OPEN", "ALT_BLOCK")


class _Miss(Exception):
    """The scene holds a line the fast path does not read: lark reads the scene."""


class FastScenes:
    """Reads scenes of plain lines for one lark parser and its builder (parser._lark())."""

    def __init__(self, parser, builder, reserved):
        terms = {t.name: re.compile(t.pattern.to_regexp()) for t in parser.terminals}
        self.prose_line = terms["PROSE_LINE"]
        self.goto_line = terms["GOTO_LINE"]
        self.line_text = terms["LINE_TEXT"]
        self.text = terms["TEXT"]
        self.nl, self.cmp_op = terms["NL"], terms["CMP_OP"]
        self.blocks = [terms[n] for n in _BLOCKS]
        src = {t.name: t.pattern.to_regexp() for t in parser.terminals}
        atom = f"{src['INT']}|{src['STRING']}|{src['NAME']}"
        self.atom = re.compile(atom)
        end = f"(?:({src['GOTO_LINE']})|(\n+))"
        self.l_choice = re.compile(f"({src['CHOICE_HEAD']}){end}")
        self.l_effect = re.compile(f"(~[ \t]*)([A-Za-z_][A-Za-z0-9_]*)({src['ASSIGN_OP']})({atom})[ \t]*(\n+)")
        self.l_ending = re.compile(f"({src['ARROW']})(END)[ \t]*({src['STRING']})[ \t]*(\n+)")
        self.l_guarded = re.compile(
            rf"({src['CHOICE_MARK']})(\{{)[ \t]*({atom})(?:({src['CMP_OP']})({atom}))?[ \t]*(\}})[ \t]*"
            rf"(\[)({src['CT_IN']})?(\])({src['CT_MORE']})?{end}")
        self.b = builder
        self.reserved = reserved

    # ---------------------------------------------------------------- reading (no callbacks)
    def scene(self, chunk: str):
        """The scene in `chunk` built by the parser's callbacks, or None (lark must read it).
        Nothing is called back unless the whole scene is read, so a miss leaves no trace."""
        lines = self.scene_lines(chunk)
        return None if lines is None else self._build_scene(*lines)

    def scene_lines(self, chunk: str):
        """The tokens of the scene in `chunk`, line by line, or None if it holds a line this does not read."""
        self.s, self.pos, self.line, self.col = chunk, 0, 1, 1
        try:
            head = self._head()
            body = self._body()
            items = []
            while self.pos < len(chunk):
                items.append(self._choice())
        except _Miss:
            return None
        return head, body, items

    def _tok(self, kind, end):
        """The token from the cursor to `end`, positioned as lark's line counter does."""
        value = self.s[self.pos:end]
        line, col = self.line, self.col
        n = value.count("\n")
        if n:
            self.line += n
            self.col = len(value) - value.rindex("\n")
        else:
            self.col += len(value)
        tok = _new(Token, value)  # Token(kind, value, ...) without lark's keyword handling: a third of the cost
        tok.type, tok.value, tok.start_pos, tok.end_pos = kind, value, self.pos, end
        tok.line, tok.column, tok.end_line, tok.end_column = line, col, self.line, self.col
        self.pos = end
        return tok

    def _match(self, rx, kind):
        mt = rx.match(self.s, self.pos)
        if mt is None or mt.end() == self.pos:
            raise _Miss
        return self._tok(kind, mt.end())

    def _skip_ws(self):
        end = _WS.match(self.s, self.pos).end()
        self.col += end - self.pos
        self.pos = end

    def _nl(self):
        return self._match(self.nl, "NL")

    def _head(self):
        mt = _HEAD.match(self.s)
        if mt is None or mt.group(2) in self.reserved:
            raise _Miss
        return [self._tok("SCENE_OPEN", mt.end(1)), self._tok("NAME", mt.end(2)),
                self._tok("SCENE_CLOSE", mt.end(3)), self._nl()]

    def _atom(self):
        """One operand: a number, a string, true, false or a variable (named as `_atoms` names it)."""
        return self._atoms((self._match(self.atom, "ATOM"),))[0]

    def _expr(self):
        """`atom` or `atom <comparison> atom`, as (tokens)."""
        self._skip_ws()
        left = self._atom()
        mt = self.cmp_op.match(self.s, self.pos)
        if mt is None:
            self._skip_ws()
            return (left,)
        op = self._tok("CMP_OP", mt.end())
        right = self._atom()
        self._skip_ws()
        return (left, op, right)

    def _inline(self):
        """`{expr}` or `{expr: text}` or `{expr: text | text}` -> ("interp" | "cond", tokens...)."""
        for rx in self.blocks:
            if rx.match(self.s, self.pos):
                raise _Miss
        lb = self._tok("LBRACE", self.pos + 1)
        expr = self._expr()
        ch = self.s[self.pos:self.pos + 1]
        if ch == "}":
            return ("interp", lb, expr, self._tok("RBRACE", self.pos + 1))
        if ch != ":":
            raise _Miss
        colon = self._tok("COLON", self.pos + 1)
        branches = [self._branch()]
        if self.s[self.pos:self.pos + 1] == "|":
            branches.append(self._tok("BAR", self.pos + 1))
            branches.append(self._branch())
        if self.s[self.pos:self.pos + 1] != "}":
            raise _Miss
        return ("cond", lb, expr, colon, branches, self._tok("RBRACE", self.pos + 1))

    def _branch(self):
        mt = self.text.match(self.s, self.pos)
        return [self._tok("TEXT", mt.end())] if mt and mt.end() > self.pos else []

    def _prose(self):
        """A prose line with inline braces: pieces up to the line's end, then its NL."""
        pieces = []
        if self.s[self.pos] == "{":
            pieces.append(self._inline())
        else:
            pieces.append(self._match(self.line_text, "LINE_TEXT"))
        while self.s[self.pos:self.pos + 1] != "\n":
            ch = self.s[self.pos:self.pos + 1]
            if ch == "{":
                pieces.append(self._inline())
            elif ch == "|":
                pieces.append(self._tok("BAR", self.pos + 1))
            else:
                pieces.append(self._match(self.text, "TEXT"))
        return ("prose", pieces, self._nl())

    def _line(self, mt, kinds):
        """Tokens of one whole line matched by `mt`, a group a token (`kinds`; None: no token);
        the last group ends the line with its newlines."""
        line, start, text = self.line, mt.start(), self.s
        regs, last = mt.regs, mt.lastindex
        toks = []
        for k, kind in enumerate(kinds, 1):
            a, e = regs[k]
            if a < 0 or kind is None:
                continue
            if kind == "NL" and e - a == 1:
                toks.append(None)  # a single newline: the callbacks look only at blank lines (two or more)
                continue
            value = text[a:e]
            tok = _new(Token, value)
            tok.type, tok.value, tok.start_pos, tok.end_pos, tok.line = kind, value, a, e, line
            tok.column = col = a - start + 1
            if k == last:
                tok.end_line, tok.end_column = line + value.count("\n"), 1
            else:
                tok.end_line, tok.end_column = line, col + e - a
            toks.append(tok)
        a, e = regs[last]
        self.line += text.count("\n", a, e)
        self.pos, self.col = mt.end(), 1
        return toks

    def _atoms(self, toks):
        """Name the ATOM tokens of an expression as lark's lexer does (INT, STRING, NAME, TRUE,
        FALSE); any other keyword is a miss."""
        for t in toks:
            if t.type != "ATOM":
                continue
            c = t[0]
            if c in "0123456789":
                t.type = "INT"
            elif c == '"':
                t.type = "STRING"
            elif t in self.reserved:
                if t not in _LITERALS:
                    raise _Miss
                t.type = _LITERALS[t]
            else:
                t.type = "NAME"
        return toks

    def _raw(self, kind, mt):
        """(kind, text, line, column) of a line that is one PROSE_LINE or GOTO_LINE token, for the
        builder's `prose_text` and `goto_text` (no Token needed); the line is consumed."""
        value = mt.group()
        out = (kind, value, self.line, 1)
        self.line += value.count("\n")
        self.pos, self.col = mt.end(), 1
        return out

    def _body(self):
        """The lines of a block up to the next choice (or the end of the scene)."""
        out = []
        s, n = self.s, len(self.s)
        while self.pos < n:
            pos = self.pos
            ch = s[pos]
            if ch == "*" or ch == "+":
                break
            if ch == "~":
                mt = self.l_effect.match(s, pos)
                if mt is None:
                    raise _Miss
                name = mt.group(2)
                if name in self.reserved:
                    raise _Miss
                line = self.line
                value, nl = self._line(mt, (None, None, None, "ATOM", "NL"))
                self._atoms((value,))
                # the effect's span: from `~` to the end of the variable's name
                out.append(("effect", name, mt.group(3).strip(), (line, 1, line, mt.end(2) - pos + 1), value, nl))
            elif ch == "-":
                mt = self.goto_line.match(s, pos)
                if mt:
                    out.append(self._raw("goto_line", mt))
                    continue
                mt = self.l_ending.match(s, pos)
                if mt is None:
                    raise _Miss
                out.append(("ending",) + tuple(self._line(mt, ("ARROW", "END", "STRING", "NL"))))
            else:
                mt = self.prose_line.match(s, pos)
                if mt:
                    out.append(self._raw("prose_line", mt))
                else:
                    out.append(self._prose())
        return out

    def _choice(self):
        """`+ [text]` or `+ {guard} [text] more`, then `-> target` or the line's end; its body."""
        s, pos = self.s, self.pos
        mt = self.l_choice.match(s, pos)
        if mt:
            if mt.start(2) >= 0:
                head = self._line(mt, ("CHOICE_HEAD", None))[0]
                end = ("goto_line", mt.group(2), head.line, mt.start(2) - pos + 1)
            else:
                head, nl = self._line(mt, ("CHOICE_HEAD", None, "NL"))
                end = ("nl", nl)
            return [head], end, self._body()
        mt = self.l_guarded.match(s, pos)
        if mt is None:
            raise _Miss
        line = self.line
        toks = self._line(mt, ("CHOICE_MARK", "LBRACE", "ATOM", "CMP_OP", "ATOM", "RBRACE", "CT_OPEN",
                               "CT_IN", "CT_CLOSE", "CT_MORE", None, "NL"))
        mark, lb = toks[0], toks[1]
        k = 4 if mt.start(4) >= 0 else 2  # the tokens of the guard's expression
        expr = tuple(self._atoms(toks[2:2 + k - 1]))
        rb = toks[1 + k]
        menu = toks[2 + k:4 + k + (mt.start(8) >= 0)]
        more = [t for t in toks if t is not None and t.type == "CT_MORE"]
        if mt.start(11) >= 0:
            end = ("goto_line", mt.group(11), line, mt.start(11) - pos + 1)
        else:
            end = ("nl", toks[-1])
        return [mark, (lb, expr, rb), menu, more], end, self._body()

    # ---------------------------------------------------------------- building (the callbacks)
    def _build_expr(self, toks):
        b = self.b
        out = []
        for t in toks[::2]:
            kind = t.type
            if kind == "INT":
                out.append(b.int_lit([t]))
            elif kind == "NAME":
                out.append(b.var_ref([t]))
            elif kind == "STRING":
                out.append(b.str_lit([t]))
            elif kind == "TRUE":
                out.append(b.true_lit([t]))
            else:
                out.append(b.false_lit([t]))
            if len(out) == 2:
                return b.binary([out[0], toks[1], out[1]])
        return out[0]

    def _build_inline(self, x):
        b = self.b
        if x[0] == "interp":
            return b.interp([x[1], self._build_expr(x[2]), x[3]])
        _, lb, expr, colon, branches, rb = x
        kids = [lb, self._build_expr(expr), colon]
        for br in branches:
            kids.append(br if br.__class__ is Token else b.branch(br))
        kids.append(rb)
        return b.inline_cond(kids)

    def _build_body(self, lines):
        b = self.b
        kids = []
        for x in lines:
            kind = x[0]
            if kind == "prose_line":
                kids.append(b.prose_text(x[1], x[2], x[3]))
            elif kind == "goto_line":
                kids.append(b.goto_text(x[1], x[2], x[3]))
            elif kind == "effect":
                kids.append(b.effect_at(x[1], x[2], self._build_expr((x[4],)), b.span_at(*x[3])))
                if x[5] is not None:
                    kids.append(x[5])
            elif kind == "ending":
                kids.append(b.ending([x[1], x[2], x[3]]))
                if x[4] is not None:
                    kids.append(x[4])
            else:
                pieces = [p if p.__class__ is Token else self._build_inline(p) for p in x[1]]
                kids.append(b.prose(pieces))
                kids.append(x[2])
        return b.body(kids)

    def _build_scene(self, head, body, items):
        b = self.b
        kids = head + [self._build_body(body)]
        for first, end, lines in items:
            if len(first) == 1:
                c = [first[0]]
            else:
                mark, (lb, expr, rb), menu, more = first
                c = [mark, b.guard([lb, self._build_expr(expr), rb]),
                     b.choice_text([b.menu(menu)] + more)]
            if end[0] == "goto_line":
                c.append(b.goto_text(end[1], end[2], end[3]))
            elif end[1] is not None:
                c.append(end[1])
            c.append(self._build_body(lines))
            kids.append(b.choice(c))
        return b.scene(kids)
