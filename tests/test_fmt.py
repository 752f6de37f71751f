"""`forkpaths fmt`: the canonical layout, comments kept, idempotence, meaning kept (a Hypothesis property), --check."""

import os

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from forkpaths import cli, formatter, source

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FMT = os.path.join(HERE, "data", "tooling", "fmt")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def bundled_story_files():
    out = []
    for folder in ("stories", os.path.join("tests", "data", "tooling")):
        for dirpath, _, names in os.walk(os.path.join(ROOT, folder)):
            out += [os.path.join(dirpath, n) for n in sorted(names) if n.endswith(".story")]
    return sorted(out)


# ---------------------------------------------------------------- the layout

def test_messy_file_gets_the_canonical_layout():
    got = formatter.format_text(read(os.path.join(FMT, "messy.story")), "messy.story")
    assert got == read(os.path.join(FMT, "messy.expected.story"))


def test_the_canonical_layout_is_a_fixed_point():
    want = read(os.path.join(FMT, "messy.expected.story"))
    assert formatter.format_text(want) == want


def test_comments_are_all_kept():
    text = read(os.path.join(FMT, "messy.story"))
    got = formatter.format_text(text)
    src = source.decode("m", text.encode())[0]
    for tok in formatter.comments(src.parse_text):
        for line in str(tok).splitlines():
            assert line.strip() in got, line


@pytest.mark.parametrize("path", bundled_story_files(), ids=lambda p: os.path.relpath(p, ROOT))
def test_every_bundled_story_keeps_its_meaning_and_formats_idempotently(path):
    text = read(path)
    src = source.decode(path, text.encode())[0]
    want, diags, _ = formatter.parse_meaning(text, path)
    if want is None:
        pytest.skip("does not parse (a fixture with deliberate errors)")
    # the rewriting layout itself (not only the safe fallback) must keep the meaning
    assert formatter.parse_meaning(formatter.layout(src), path)[0] == want
    once = formatter.format_text(text, path)
    assert formatter.format_text(once, path) == once


@pytest.mark.parametrize("before, after", [
    ("=== a ===\n\n\nHi.\n\n\n\nThere.\n-> END \"e\"\n\n\n", "=== a ===\nHi.\n\nThere.\n-> END \"e\"\n"),
    ("=== a ===\n-> b\n=== b ===\n-> END \"e\"", "=== a ===\n-> b\n\n=== b ===\n-> END \"e\"\n"),
    ("=== a ===\n-> b\n// about b\n=== b ===\n-> END \"e\"\n",
     "=== a ===\n-> b\n\n// about b\n=== b ===\n-> END \"e\"\n"),
    ("=== a ===\n*   [x]->a\n  +{true}[y] ->   END   \"e\"\n",
     "=== a ===\n* [x] -> a\n+ {true} [y] -> END \"e\"\n"),
    ("=== a ===\n* {true else \"no\"}(l)[x]\n~x=-1\n->a\n", "=== a ===\n* (l) {true else \"no\"} [x]\n    ~ x = -1\n    -> a\n"),
    ("=== a ===\n{ if not(x>1)and y }\nA.\n{ elif x }\nB.\n{ else }\n{end}\n-> a\n",
     "=== a ===\n{if not (x > 1) and y}\nA.\n{elif x}\nB.\n{else}\n{end}\n-> a\n"),
    ("=== a ===\n->   b   ->\n   ->->\n", "=== a ===\n-> b ->\n->->\n"),
    ("===a\"T\"===#k:v  #bare  #e:\n-> a\n", "=== a \"T\" === #k: v #bare #e:\n-> a\n"),
    ("title:   The   Title  \nvar x=random( 1 ,2 )+visits( a )\n=== a ===\n-> a\n",
     "title: The   Title\nvar x = random(1, 2) + visits(a)\n\n=== a ===\n-> a\n"),
    ("=== a ===\nKeep   {x}   words  exactly. // a note  \n-> a\n",
     "=== a ===\nKeep   {x}   words  exactly. // a note\n-> a\n"),
    ("=== a ===\n/* a\n      block */   Text.\n-> a\n", "=== a ===\n/* a\n      block */   Text.\n-> a\n"),
    ("\ufeff=== a ===\r\n-> a\r\n", "=== a ===\n-> a\n"),
])
def test_layout_rules(before, after):
    assert formatter.format_text(before) == after


def test_a_file_that_does_not_parse_is_refused_with_diagnostics():
    with pytest.raises(formatter.FormatError) as e:
        formatter.format_text("=== a ===\nHello {oops\n")
    assert e.value.diagnostics and e.value.diagnostics[0].code.startswith("FP1")


# ---------------------------------------------------------------- the property

NAMES = st.sampled_from(["a", "b", "cave", "x1", "graph", "End", "_u"])
SPACE = st.sampled_from(["", " ", "  ", "\t"])
SOME_SPACE = st.sampled_from([" ", "  ", "\t", " \t "])
WORD = st.text(st.sampled_from("abcdefghij"), min_size=1, max_size=6)


@st.composite
def expr(draw, depth=0):
    if depth > 2 or draw(st.booleans()):
        return draw(st.one_of(st.integers(0, 99).map(str), NAMES, st.sampled_from(["true", "false", "turn"]),
                              st.builds(lambda n: f"visits({n})", NAMES), WORD.map(lambda w: f'"{w}"')))
    kind = draw(st.integers(0, 3))
    a = draw(expr(depth + 1))
    if kind == 0:
        op = draw(st.sampled_from(["+", "-", "*", "/", "%", "==", "!=", "<", ">=", "and", "or"]))
        b = draw(expr(depth + 1))
        sp = draw(SOME_SPACE) if op in ("and", "or") else draw(SPACE)
        return f"({a}{sp}{op}{sp}{b})"
    if kind == 1:
        return f"not{draw(SOME_SPACE)}{a}" if draw(st.booleans()) else f"-{draw(SPACE)}({a})"
    if kind == 2:
        return f"random({draw(SPACE)}{a},{draw(SPACE)}{draw(expr(depth + 1))})"
    return f"({draw(SPACE)}{a}{draw(SPACE)})"


@st.composite
def inline(draw, depth=0):
    kind = draw(st.integers(0, 2 if depth < 2 else 0))
    if kind == 0:
        return "{" + draw(expr()) + "}"
    if kind == 1:
        branches = [draw(text_run(depth + 1)) for _ in range(draw(st.integers(1, 2)))]
        return "{" + draw(expr()) + ":" + "|".join(branches) + "}"
    mark = draw(st.sampled_from(">&!~"))
    branches = [draw(text_run(depth + 1)) for _ in range(draw(st.integers(1, 3)))]
    return "{" + mark + "|".join(branches) + "}"


@st.composite
def text_run(draw, depth=0):
    out = []
    for _ in range(draw(st.integers(0, 3))):
        if depth < 2 and draw(st.integers(0, 4)) == 0:
            out.append(draw(inline(depth)))
        else:
            out.append(draw(st.sampled_from([" ", "", "  "])) + draw(WORD) + draw(st.sampled_from(["", ".", ",", "!", " "])))
    return "".join(out)


@st.composite
def comment(draw):
    kind = draw(st.integers(0, 4))
    if kind == 0:
        return ""
    if kind == 1:
        return draw(SPACE) + "// " + draw(WORD)
    if kind == 2:
        return draw(SPACE) + "/* " + draw(WORD) + " */"
    if kind == 3:
        return draw(SPACE) + "/* " + draw(WORD) + "\n" + draw(SPACE) + draw(WORD) + " */"
    return draw(st.sampled_from(["   ", "\t"]))  # trailing whitespace


@st.composite
def body_line(draw, in_choice):
    kind = draw(st.integers(0, 6))
    ind = draw(st.sampled_from(["", "  ", "    ", "\t"]))
    if kind <= 1:
        line = draw(WORD).capitalize() + draw(text_run())
    elif kind == 2:
        line = f"~{draw(SPACE)}{draw(NAMES)}{draw(SPACE)}{draw(st.sampled_from(['=', '+=', '-=']))}{draw(SPACE)}{draw(expr())}"
    elif kind == 3:
        line = f"->{draw(SPACE)}{draw(NAMES)}" + (f"{draw(SPACE)}->" if draw(st.booleans()) else "")
    elif kind == 4:
        line = f"->{draw(SPACE)}END{draw(SOME_SPACE)}\"{draw(WORD)}\""
    elif kind == 5:
        inner = [draw(WORD).capitalize() + "."]
        line = "{" + draw(SPACE) + "if " + draw(expr()) + draw(SPACE) + "}\n" + "\n".join(inner)
        if draw(st.booleans()):
            line += "\n{" + draw(SPACE) + "elif " + draw(expr()) + "}\n" + draw(WORD) + "."
        if draw(st.booleans()):
            line += "\n{else}\n" + draw(WORD)
        line += "\n{" + draw(SPACE) + "end" + draw(SPACE) + "}"
    else:
        line = "->->"
    blank = "\n" * draw(st.integers(0, 2))
    return ind + line + draw(comment()) + "\n" + blank


@st.composite
def choice(draw):
    mark = draw(st.sampled_from("*+"))
    parts = [mark]
    if draw(st.booleans()):
        parts.append(f"({draw(SPACE)}{draw(NAMES)}{draw(SPACE)})")
    if draw(st.booleans()):
        g = draw(expr())
        if draw(st.booleans()):
            g += f"{draw(SOME_SPACE)}else{draw(SOME_SPACE)}\"{draw(WORD)}\""
        parts.append("{" + draw(SPACE) + g + draw(SPACE) + "}")
    has_text = draw(st.booleans())
    if has_text:
        parts.append("[" + draw(SPACE) + draw(WORD) + draw(st.sampled_from(["", " ", " x"])) + draw(SPACE) + "]")
    if not has_text or draw(st.booleans()):
        parts.append(f"->{draw(SPACE)}{draw(NAMES)}")
    head = "".join(p + draw(SPACE) for p in parts).rstrip(" \t")
    body = "".join(draw(st.lists(body_line(True), max_size=3)))
    return head + draw(comment()) + "\n" + body


@st.composite
def scene(draw):
    name = draw(NAMES)
    title = f'{draw(SPACE)}"{draw(WORD)}"' if draw(st.booleans()) else ""
    tags = "".join(f"{draw(SPACE)}#{draw(WORD)}" + (f":{draw(SPACE)}{draw(WORD)}" if draw(st.booleans()) else "")
                   for _ in range(draw(st.integers(0, 2))))
    head = f"{draw(st.sampled_from(['===', '====']))}{draw(SPACE)}{name}{title}{draw(SPACE)}==={tags}"
    lead = "\n" * draw(st.integers(0, 2)) + ("// " + draw(WORD) + "\n" if draw(st.booleans()) else "")
    body = "".join(draw(st.lists(body_line(False), max_size=4)))
    choices = "".join(draw(st.lists(choice(), max_size=3)))
    return lead + head + "\n" + body + choices


@st.composite
def story_text(draw):
    header = []
    if draw(st.booleans()):
        header.append(f"title{draw(SPACE)}:{draw(SPACE)}{draw(WORD)}")
    for _ in range(draw(st.integers(0, 2))):
        header.append(f"{draw(st.sampled_from(['var', 'const']))}{draw(SOME_SPACE)}{draw(NAMES)}{draw(SPACE)}="
                      f"{draw(SPACE)}{draw(expr())}{draw(comment())}")
    scenes = draw(st.lists(scene(), min_size=1, max_size=3))
    return "\n".join(header) + "\n" * draw(st.integers(1, 3)) + "".join(scenes)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(story_text())
def test_formatting_keeps_the_meaning_and_is_idempotent(text):
    want, _, src = formatter.parse_meaning(text)
    assume(want is not None)
    # the rewriting layout keeps the meaning on its own (no fallback needed) ...
    assert formatter.parse_meaning(formatter.layout(src))[0] == want
    # ... and the formatter's answer is a fixed point
    once = formatter.format_text(text)
    assert formatter.parse_meaning(once)[0] == want
    assert formatter.format_text(once) == once


def _grammar_strings():
    from hypothesis.extra.lark import from_lark
    from lark import Lark

    from forkpaths import parser
    with open(parser.grammar_path(), encoding="utf-8") as f:
        return from_lark(Lark(f.read(), parser="lalr", lexer="contextual", start="start"), start="start")


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.deferred(_grammar_strings))
def test_raw_syntax_from_the_grammar_keeps_its_meaning(text):
    """Token sequences drawn from the grammar itself (odd spacing, comments anywhere, every construct)."""
    want, _, src = formatter.parse_meaning(text)
    assume(want is not None)
    assert formatter.parse_meaning(formatter.layout(src))[0] == want
    once = formatter.format_text(text)
    assert formatter.format_text(once) == once


# ---------------------------------------------------------------- the command

def _copy(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_fmt_rewrites_files_atomically_and_reports(tmp_path, capsys):
    messy = _copy(tmp_path, "messy.story", read(os.path.join(FMT, "messy.story")))
    neat = _copy(tmp_path, "neat.story", "=== a ===\n-> a\n")
    assert cli.main(["fmt", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert f"formatted {messy}" in out and str(neat) not in out
    assert "1 file formatted, 1 unchanged" in err
    assert messy.read_text(encoding="utf-8") == read(os.path.join(FMT, "messy.expected.story"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["messy.story", "neat.story"]  # no temporary files
    assert cli.main(["fmt", "--check", str(tmp_path)]) == 0


def test_fmt_check_lists_files_and_changes_nothing(tmp_path, capsys):
    messy = _copy(tmp_path, "messy.story", read(os.path.join(FMT, "messy.story")))
    before = messy.read_bytes()
    assert cli.main(["fmt", "--check", str(messy)]) == 1
    assert capsys.readouterr().out == f"would reformat {messy}\n"
    assert messy.read_bytes() == before
    assert cli.main(["fmt", "--diff", str(messy)]) == 1
    assert "+=== cave \"The Cave\" === #mood: dark #night" in capsys.readouterr().out
    assert messy.read_bytes() == before


def test_fmt_refuses_broken_files_and_bad_paths(tmp_path, capsys):
    broken = _copy(tmp_path, "broken.story", "=== a ===\nHello {oops\n")
    before = broken.read_bytes()
    assert cli.main(["fmt", str(broken)]) == 1
    err = capsys.readouterr().err
    assert "error[FP1" in err and "not formatted" in err and "Traceback" not in err
    assert broken.read_bytes() == before
    assert cli.main(["fmt", str(tmp_path / "missing.story")]) == 2
    assert cli.main(["fmt", str(tmp_path / "empty_dir_is_not_here")]) == 2
