"""Format story source into one canonical layout, keeping comments and never changing what the story means."""

from __future__ import annotations

import re
from functools import lru_cache

import attrs
from lark import Lark
from lark.exceptions import LarkError

from . import model as m
from . import parser, source
from .diagnostics import has_errors

INDENT = "    "


class FormatError(Exception):
    """A file that cannot be formatted: it does not parse (diagnostics), or formatting would change it."""

    def __init__(self, message: str, diagnostics=(), source_lines=None):
        super().__init__(message)
        self.message = message
        self.diagnostics = tuple(diagnostics)
        self.source_lines = source_lines


# ---------------------------------------------------------------- meaning, apart from positions

def meaning(obj):
    """A comparable value for a parsed file or model node: positions left out.

    Also left out: Alternatives and AltBlock keys (they name a source position), whitespace at the end of a
    prose line, and prose lines of nothing but whitespace (the runtime joins words with single
    spaces, so neither ever shows).
    """
    if isinstance(obj, m.Span):
        return None
    if isinstance(obj, tuple) and any(_blank_prose(x) for x in obj):
        obj = tuple(x for x in obj if not _blank_prose(x))
    if isinstance(obj, m.Prose):
        parts = list(obj.parts)
        if parts and isinstance(parts[-1], str):
            parts[-1] = parts[-1].rstrip(" \t")
            if not parts[-1]:
                parts.pop()
        return ("Prose", meaning(tuple(parts)))
    if isinstance(obj, m.StoryFile):
        return ("StoryFile", obj.title, obj.author, obj.start, meaning(obj.includes), meaning(obj.variables),
                meaning(obj.scenes), obj.broken, meaning(obj.functions), meaning(obj.enums))
    if attrs.has(type(obj)):
        out = [type(obj).__name__]
        for f in attrs.fields(type(obj)):
            if f.name in ("span", "spans") or (f.name == "key" and isinstance(obj, (m.Alternatives, m.AltBlock))):
                continue
            out.append(meaning(getattr(obj, f.name)))
        return tuple(out)
    if isinstance(obj, (tuple, list)):
        return tuple(meaning(x) for x in obj)
    return obj


def _blank_prose(x) -> bool:
    return isinstance(x, m.Prose) and all(isinstance(p, str) and not p.strip(" \t") for p in x.parts)


def parse_meaning(text: str, path: str = "<story>"):
    """Parse story text -> (meaning, diagnostics, Source); meaning is None when it does not parse."""
    src, errs = source.decode(path, text.encode("utf-8"))
    if src is None:
        return None, errs, None
    parsed, diags = parser.parse_source(src)
    if has_errors(diags):
        return None, diags, src
    return meaning(parsed), diags, src


# ---------------------------------------------------------------- comments, from the real lexer

@lru_cache(maxsize=1)
def _comment_lexer():
    found = []
    with open(parser.grammar_path(), encoding="utf-8") as f:
        grammar = f.read()
    lk = Lark(grammar, parser="lalr", lexer="contextual", start="start",
              lexer_callbacks={"COMMENT": found.append, "BLOCK_COMMENT": found.append})
    return lk, found


def comments(parse_text: str) -> list:
    """Every comment token of the text (as the story's own lexer sees them), in order."""
    lk, found = _comment_lexer()
    found.clear()
    try:
        lk.parse(parse_text)
    except LarkError:
        pass  # callers only get here for text that parses; be safe anyway
    out = list(found)
    found.clear()
    return out


# ---------------------------------------------------------------- one line's code

_TOKEN = re.compile(r"""
    (?P<ws>[ \t]+)
  | (?P<str>"(?:[^"\\\n]|\\.)*")
  | (?P<text>\[[^\]\n]*\])
  | (?P<op>->->|->|===+|==|!=|<=|>=|\+=|-=|[-+*/%<>=~(){}:,])
  | (?P<int>[0-9]+)
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)
""", re.X)

_WORD_OPS = {"and", "or", "not", "else"}
_HEADER_TEXT = re.compile(r"^(title|author)[ \t]*:(.*)$")
_SCENE = re.compile(r'^===+[ \t]*([A-Za-z_][A-Za-z0-9_]*)[ \t]*("(?:[^"\\\n]|\\.)*")?[ \t]*===+[ \t]*(.*)$')
_BLOCK = re.compile(r"^\{[ \t]*(if|elif|else|end)\b")


def tokens(code: str):
    """Split one line of code into tokens; None if something is not a code token."""
    out, pos = [], 0
    while pos < len(code):
        mt = _TOKEN.match(code, pos)
        if not mt:
            return None
        if mt.lastgroup != "ws":
            out.append((mt.lastgroup, mt.group()))
        pos = mt.end()
    return out


def _operand_end(tok) -> bool:
    kind, text = tok
    return kind in ("int", "str") or (kind == "name" and text not in _WORD_OPS) or text == ")"


def expr_text(toks) -> str:
    """Expression tokens with canonical spacing: `a + b`, `not x`, `-x`, `random(1, 2)`, `(a or b)`."""
    out = []
    prev = None
    unary = False
    for tok in toks:
        kind, text = tok
        if prev is None or text in (")", ",") or prev[1] == "(" or unary:
            sep = ""
        elif text == "(" and prev[0] == "name" and prev[1] not in _WORD_OPS:  # a call: `max(a, b)`
            sep = ""
        else:
            sep = " "
        unary = text in ("-", "+") and (prev is None or not _operand_end(prev))
        out.append(sep + text)
        prev = tok
    return "".join(out)


def _guard(toks):
    """`{expr}` or `{expr else "reason"}` tokens -> canonical text."""
    inner = toks[1:-1]
    if len(inner) >= 2 and inner[-2] == ("name", "else") and inner[-1][0] == "str":
        return "{" + expr_text(inner[:-2]) + " else " + inner[-1][1] + "}"
    return "{" + expr_text(inner) + "}"


def _choice_text(raw: str) -> str:
    inner = raw[1:-1]
    stripped = inner.strip()
    if stripped.endswith("\\"):
        return raw  # an escaped trailing space: keep it exactly
    return "[" + stripped + "]"


def _target(toks):
    if not toks:
        return ""
    if toks == [("op", "->->")]:
        return "->->"
    if len(toks) == 2 and toks[0] == ("op", "->->") and toks[1][0] == "name":
        return f"->-> {toks[1][1]}"
    if len(toks) == 2 and toks[0][1] == "->" and toks[1][0] == "name":
        return f"-> {toks[1][1]}"
    if len(toks) == 3 and toks[0][1] == "->" and toks[1] == ("name", "END") and toks[2][0] == "str":
        return f"-> END {toks[2][1]}"
    return None


def _balanced(toks, i):
    """Index just past the `}` closing the `{` at toks[i], or None."""
    depth = 0
    for j in range(i, len(toks)):
        if toks[j][1] == "{":
            depth += 1
        elif toks[j][1] == "}":
            depth -= 1
            if depth == 0:
                return j + 1
    return None


def choice_line(code: str):
    toks = tokens(code)
    if not toks or toks[0][1] not in ("*", "+"):
        return None
    i = 1
    while i < len(toks) and toks[i][1] in ("*", "+"):
        i += 1  # `* *`: a nested choice (weave)
    parts = [" ".join(t[1] for t in toks[:i])]
    label = guard = None
    for _ in range(2):
        if i + 2 < len(toks) + 0 and toks[i][1] == "(" and toks[i + 1][0] == "name" and i + 2 < len(toks) \
                and toks[i + 2][1] == ")" and label is None:
            label = f"({toks[i + 1][1]})"
            i += 3
        elif i < len(toks) and toks[i][1] == "{" and guard is None:
            end = _balanced(toks, i)
            if end is None:
                return None
            guard = _guard(toks[i:end])
            i = end
    parts += [p for p in (label, guard) if p]
    if i < len(toks) and toks[i][0] == "text":
        parts.append(_choice_text(toks[i][1]))
        i += 1
    target = _target(toks[i:])
    if target is None:
        return None
    if target:
        parts.append(target)
    return " ".join(parts)


_GATHER = re.compile(r"^((?:-(?!>)[ \t]*)+)(?:\([ \t]*([A-Za-z_][A-Za-z0-9_]*)[ \t]*\))?[ \t]*(.*)$")


def level(code: str) -> int:
    """How deep a choice (`* *`) or gather (`- -`) line is in its scene's weave."""
    mt = re.match(r"^(?:[*+][ \t]*)+" if code[0] in "*+" else r"^(?:-(?!>)[ \t]*)+", code)
    return sum(1 for ch in mt.group() if ch in "*+-") if mt else 1


def gather_line(code: str):
    """`- - (label) rest`: the marks and label respaced; a divert or effect after them too."""
    mt = _GATHER.match(code)
    if not mt:
        return None
    marks, label, rest = mt.groups()
    out = " ".join("-" * marks.count("-"))
    if label:
        out += f" ({label})"
    if rest:
        out += " " + (body_line(rest) or rest)
    return out


_FUNCTION = re.compile(r"^===+[ \t]*(function|external)[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]*"
                       r"(?:\(([^()]*)\))?[ \t]*===+[ \t]*$")


def scene_line(code: str):
    fm = _FUNCTION.match(code)
    if fm:
        kind, name, params = fm.groups()
        if params is None:
            return f"=== {kind} {name} ==="
        names = [p.strip() for p in params.split(",")] if params.strip() else []
        if not all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", n) for n in names):
            return None
        return f"=== {kind} {name}({', '.join(names)}) ==="
    mt = _SCENE.match(code)
    if not mt:
        return None
    name, title, rest = mt.groups()
    if rest and not rest.startswith("#"):
        return None
    out = f"=== {name} {title} ===" if title else f"=== {name} ==="
    for raw in re.findall(r"#[^#]*", rest):
        body = raw[1:].strip()
        key, sep, value = body.partition(":")
        key, value = key.strip(), value.strip()
        out += " #" + key + ((": " + value if value else ":") if sep else "")
    return out


def body_line(code: str):
    """Canonical form of an effect, divert or block line in a scene; None for prose (kept as written)."""
    if code.startswith("~"):
        toks = tokens(code)
        if toks and len(toks) >= 4 and toks[1][0] == "name" and toks[2][1] in ("=", "+=", "-="):
            return f"~ {toks[1][1]} {toks[2][1]} {expr_text(toks[3:])}"
        if toks and len(toks) >= 5 and toks[1] == ("name", "temp") and toks[2][0] == "name" and toks[3][1] == "=":
            return f"~ temp {toks[2][1]} = {expr_text(toks[4:])}"
        if toks and len(toks) >= 3 and toks[1] == ("name", "return"):
            return f"~ return {expr_text(toks[2:])}"
        if toks and len(toks) >= 4 and toks[1][0] == "name" and toks[2][1] == "(" and toks[-1][1] == ")":
            return f"~ {expr_text(toks[1:])}"
        return None
    if code.startswith("->"):
        toks = tokens(code)
        if toks and toks[0] == ("op", "->->"):
            return _target(toks)
        if toks and len(toks) >= 3 and all(t[1] == "->" for t in toks[::2]) and \
                all(t[0] == "name" and t[1] != "END" for t in toks[1::2]):  # tunnels, `-> a -> b ->`
            return " ".join(f"-> {t[1]}" for t in toks[1::2]) + (" ->" if len(toks) % 2 else "")
        return _target(toks) if toks else None
    mt = _BLOCK.match(code)
    if mt:
        toks = tokens(code)
        if not toks or toks[-1][1] != "}":
            return None
        word = mt.group(1)
        if word in ("else", "end"):
            return "{" + word + "}" if len(toks) == 3 else None
        return "{" + word + " " + expr_text(toks[2:-1]) + "}"
    return None


def header_line(code: str):
    mt = _HEADER_TEXT.match(code)
    if mt:
        value = mt.group(2).strip()
        return f"{mt.group(1)}: {value}" if value else f"{mt.group(1)}:"
    toks = tokens(code)
    if not toks:
        return None
    first = toks[0][1]
    if first in ("var", "const") and len(toks) >= 4 and toks[1][0] == "name" and toks[2][1] == "=":
        return f"{first} {toks[1][1]} = {expr_text(toks[3:])}"
    if first == "enum" and len(toks) >= 4 and toks[1][0] == "name" and toks[2][1] == "=":
        names = [t[1] for t in toks[3::2]]
        commas = toks[4::2]
        if all(t[0] == "name" for t in toks[3::2]) and all(t[1] == "," for t in commas) and len(toks) % 2 == 0:
            return f"enum {toks[1][1]} = {', '.join(names)}"
        return None
    if first == "include" and len(toks) == 2 and toks[1][0] == "str":
        return f"include {toks[1][1]}"
    if first == "start" and len(toks) == 3 and toks[1][1] == ":" and toks[2][0] == "name":
        return f"start: {toks[2][1]}"
    return None


# ---------------------------------------------------------------- the whole file

@attrs.define
class _Line:
    kind: str  # blank | comment | scene | choice | code | verbatim
    text: str  # without indentation
    indent: str = ""


def _split(src, toks):
    """Each line's code (comments cut out) and the comments that trail it; block-comment interiors marked."""
    lines = src.parse_text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    trailing = {}  # line index -> comment text from its start column to the end of the line
    inside = set()  # line indexes covered by a multi-line block comment after its first line
    middle = set()  # line indexes where a comment has code after it on the same line
    for t in toks:
        a, b = t.line - 1, t.end_line - 1
        if a == b:
            line = lines[a]
            if line[t.end_column - 1:].strip():
                middle.add(a)
            elif a not in trailing:
                trailing[a] = t.column - 1
            else:
                trailing[a] = min(trailing[a], t.column - 1)
        else:
            if a not in trailing:
                trailing[a] = t.column - 1
            for k in range(a + 1, b + 1):
                inside.add(k)
            if lines[b][t.end_column - 1:].strip():
                middle.add(b)
    return lines, trailing, inside, middle


REWRITES = ("header", "scene", "choice", "body")


def _layout(src, rewrite) -> str:
    """The layout; `rewrite` is the set of line kinds whose code is respaced (True: all, False: none)."""
    rewrite = set(REWRITES) if rewrite is True else set(rewrite or ())
    toks = comments(src.parse_text)
    lines, trailing, inside, middle = _split(src, toks)
    original = src.text.split("\n")
    out: list = []
    state = "header"
    depth = 0
    for i, line in enumerate(lines):
        if i in inside:
            out.append(_Line("verbatim", original[i].rstrip()))
            continue
        if i in middle:
            code, tail = line.rstrip(), ""
        elif i in trailing:
            code, tail = line[: trailing[i]].rstrip(), line[trailing[i]:].rstrip()
        else:
            code, tail = line.rstrip(), ""
        if not code:
            out.append(_Line("comment" if tail else "blank", tail))
            continue
        kind, text = "code", None
        if i not in middle:
            if code.startswith("==="):
                state, kind = "scene", "scene"
                text = scene_line(code) if "scene" in rewrite else None
            elif state == "header":
                text = header_line(code) if "header" in rewrite else None
            elif code[0] in "*+":
                state, kind, depth = "choice", "choice", level(code)
                text = choice_line(code) if "choice" in rewrite else None
            elif code[0] == "-" and not code.startswith("->"):
                state, kind, depth = "gather", "choice", level(code)
                text = gather_line(code) if "choice" in rewrite else None
            else:
                text = body_line(code) if "body" in rewrite else None
        elif code.startswith("==="):
            state, kind = "scene", "scene"
        elif state != "header" and code[0] in "*+":
            state, kind, depth = "choice", "choice", level(code)
        elif state != "header" and code[0] == "-" and not code.startswith("->"):
            state, kind, depth = "gather", "choice", level(code)
        if text is None:
            text = code
        if tail:
            text = f"{text} {tail}"
        # a choice's body one step in from its marker; what follows a gather at the gather's own step
        steps = depth - (kind == "choice" or state == "gather") if state in ("choice", "gather") else 0
        indent = INDENT * steps
        out.append(_Line(kind, text, indent))
    # comment lines take the indentation of the code that follows them
    nxt = ""
    for ln in reversed(out):
        if ln.kind == "comment":
            ln.indent = nxt
        elif ln.kind in ("code", "scene", "choice"):
            nxt = ln.indent
    return _join(out)


def _join(out) -> str:
    rows: list = []  # (kind, text with indentation)
    for ln in out:
        if ln.kind == "blank":
            # blank lines: at most one in a row, none at the top or right under a scene header
            if rows and rows[-1][0] not in ("blank", "scene"):
                rows.append(("blank", ""))
            continue
        if ln.kind == "scene" and rows:
            # exactly one blank line above the scene and the comment lines that lead into it
            j = len(rows)
            while j > 0 and rows[j - 1][0] in ("comment", "verbatim"):
                j -= 1
            while j < len(rows) and rows[j][0] == "verbatim":
                j += 1  # never inside a block comment
            if j > 0 and rows[j - 1][0] != "blank":
                rows.insert(j, ("blank", ""))
        rows.append((ln.kind, ln.text if ln.kind == "verbatim" else ln.indent + ln.text))
    while rows and rows[-1][0] == "blank":
        rows.pop()
    return "\n".join(t for _, t in rows) + "\n" if rows else ""


def format_source(src) -> str:
    """Format a decoded Source -> canonical text. Raises FormatError if the result would differ in meaning."""
    before = parser.parse_source(src)
    if has_errors(before[1]):
        raise FormatError("the file has syntax errors", [d for d in before[1] if d.severity.value == "error"],
                          src.lines)
    want = meaning(before[0])
    # everything; else all but one kind of line (a line the respacing would get wrong); else only layout
    tries = [True] + [[k for k in REWRITES if k != skip] for skip in REWRITES] + [False]
    for rewrite in tries:
        text = _layout(src, rewrite)
        got, _, _ = parse_meaning(text, src.path)
        if got == want:
            return text
    raise FormatError("formatting would change what the story means, so the file is left as it is "
                      "(please report this as a bug, with the file)")


def format_text(text: str, path: str = "<story>") -> str:
    """Format story text -> canonical text (see format_source)."""
    src, errs = source.decode(path, text.encode("utf-8"))
    if src is None:
        raise FormatError("the file cannot be read as text", errs, None)
    return format_source(src)


def layout(src) -> str:
    """The canonical layout of a decoded Source, unchecked (format_source checks it before using it)."""
    return _layout(src, True)
