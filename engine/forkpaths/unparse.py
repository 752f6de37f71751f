"""Write model pieces (expressions, inline text) back as story-language source that parses to the same model."""

from __future__ import annotations

import re

from . import model as m

# precedence, from the grammar: or < and < not < comparison < + - < * / % < unary +/- < atom
_PREC = {"or": 1, "and": 2, "==": 4, "!=": 4, "<": 4, "<=": 4, ">": 4, ">=": 4,
         "+": 5, "-": 5, "*": 6, "/": 6, "%": 6}
_INV_KIND = {v: k for k, v in m.ALT_KINDS.items()}


def string(value: str) -> str:
    """A "quoted string" literal."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _prec(e) -> int:
    if isinstance(e, m.Binary):
        return _PREC[e.op]
    if isinstance(e, m.Unary):
        return 3 if e.op == "not" else 7
    return 8


def expr(e) -> str:
    """An expression, with the parentheses its structure needs and canonical spacing."""
    if isinstance(e, m.Literal):
        v = e.value
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, int):
            return str(v) if v >= 0 else f"-{-v}"
        return string(v)
    if isinstance(e, (m.Var, m.Local)):  # (a resolved story names its temporaries by slot too)
        return e.name
    if isinstance(e, m.Turn):
        return "turn"
    if isinstance(e, m.Visits):
        return f"visits({e.scene})"
    if isinstance(e, m.TurnsSince):
        return f"turns_since({e.scene})"
    if isinstance(e, m.Call):
        return f"{e.name}({', '.join(expr(a) for a in e.args)})"
    if isinstance(e, m.Random):
        return f"random({expr(e.low)}, {expr(e.high)})"
    if isinstance(e, m.Unary):
        inner = expr(e.operand)
        need = 3 if e.op == "not" else 7
        if _prec(e.operand) < need:
            inner = f"({inner})"
        return f"not {inner}" if e.op == "not" else f"{e.op}{inner}"
    if isinstance(e, m.Binary):
        p = _PREC[e.op]
        left, right = expr(e.left), expr(e.right)
        # comparisons do not chain; everything else is left-associative
        if _prec(e.left) < p or (p == 4 and _prec(e.left) == 4):
            left = f"({left})"
        if _prec(e.right) <= p:
            right = f"({right})"
        return f"{left} {e.op} {right}"
    raise TypeError(f"not an expression: {e!r}")


_LINE_START = re.compile(r"^(?:[*+~{}#]|->|===|//|/\*)")


def _escape(s: str, inside: bool, extra: str = "") -> str:
    out = []
    for i, c in enumerate(s):
        nxt = s[i + 1] if i + 1 < len(s) else ""
        if c in "{}\\#" or (c == "|" and inside) or (c == "/" and nxt in "/*") or (c == "<" and nxt == ">") or (
                c in extra) or (c == "-" and nxt == ">" and extra):
            out.append("\\" + c)
        else:
            out.append(c)
    return "".join(out)


CHOICE_TEXT = "[]#"  # characters that choice text must escape (and `->`)


def text(parts, inside: bool = False, extra: str = "") -> str:
    """Inline text parts as source: escapes where needed, `{...}` for what changes.

    `extra`: more characters to escape in the words outside braces (CHOICE_TEXT for choice text)."""
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(_escape(p, inside, "" if inside else extra))
        elif isinstance(p, m.Interp):
            out.append("{" + expr(p.expr) + "}")
        elif isinstance(p, m.InlineCond):
            body = "{" + expr(p.cond) + ":" + text(p.then, True)
            if p.otherwise:
                body += "|" + text(p.otherwise, True)
            out.append(body + "}")
        elif isinstance(p, m.Alternatives):
            out.append("{" + _INV_KIND[p.kind] + "|".join(text(b, True) for b in p.branches) + "}")
        else:
            raise TypeError(f"not a text part: {p!r}")
    return "".join(out)


def prose_line(parts) -> str:
    """A whole prose line: like text(), and safe at the start of a line (never read as markup)."""
    s = text(parts)
    if _LINE_START.match(s) and not s.startswith("{"):
        s = "\\" + s
    return s
