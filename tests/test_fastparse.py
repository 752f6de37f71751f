"""The parser's fast path (engine/forkpaths/fastparse.py) gives exactly what lark alone gives."""

import glob
import os

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forkpaths import parser, source
from forkpaths.fastparse import FastScenes
from test_fuzz_parser import FILES, GRAMMAR_TEXT, STORIES, mutate, mutation

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def deep(x):
    """A value with every field of every node, spans included (the model compares without them)."""
    if attrs.has(type(x)):
        return (type(x).__name__,) + tuple(deep(getattr(x, f.name)) for f in attrs.fields(type(x)))
    if isinstance(x, (list, tuple)):
        return tuple(deep(y) for y in x)
    if isinstance(x, dict):
        return tuple(sorted((k, deep(v)) for k, v in x.items()))
    return x


def both(text, path="main.story"):
    src, errs = source.decode(path, text.encode("utf-8"))
    assert src is not None, errs
    fast = parser.parse_source(src)
    slow = parser.parse_source(src, fast=False)
    return fast, slow


def same(text, path="main.story"):
    src, _ = source.decode(path, text.encode("utf-8", "surrogatepass"))
    if src is None:
        return  # not text: nothing is parsed
    fast, slow = both(text, path)
    assert deep(fast[0]) == deep(slow[0]), text
    assert [(str(d), deep(d.span)) for d in fast[1]] == [(str(d), deep(d.span)) for d in slow[1]], text


def _repo_stories():
    out = []
    for pattern in ("stories/**/*.story", "tests/data/**/*.story", "docs/**/*.story"):
        out += glob.glob(os.path.join(ROOT, pattern), recursive=True)
    return sorted(out)


@pytest.mark.parametrize("path", _repo_stories(), ids=lambda p: os.path.relpath(p, ROOT))
def test_every_story_in_the_repository_parses_the_same(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    src, _ = source.decode(path, text.encode("utf-8"))
    if src is not None:
        same(text, path)


def _benchmark_like(n=300):
    """A story written like the synthetic benchmark's (benchmarks/synth.py): its line shapes only."""
    out = ["title: Like the benchmark", "start: s0", ""] + [f"var flag_{i} = false" for i in range(4)] + \
          [f"var stat_{i} = 0" for i in range(3)] + ["var loops = 0", ""]
    for i in range(n):
        nxt = (i * 7 + 1) % n
        out += [f"=== s{i} ===", "Around a somewhere and fox priest hour forgets.", "",
                "New iron blue road moon forest friend gate returns river.",
                f"{{flag_{i % 4}: The door stands open.}}" if i % 3 == 0 else f"{{stat_{i % 3} >= 3: A glint.}}",
                f"+ [Call the crow] -> s{nxt}", "+ [Watch the letter]", f"    ~ flag_{i % 4} = true",
                f"    ~ stat_{i % 3} += 5", f"    -> s{(nxt + 3) % n}", f"+ {{loops < 3}} [Wait a while]",
                "    ~ loops += 1", f"    -> s{i}", f"+ {{stat_{i % 3} >= 2}} [Cross the captain] -> s{(i + 2) % n}",
                f"+ {{flag_{i % 4}}} [Light the crow]", "    -> END \"Ending\"" if i % 50 == 49 else f"    -> s{nxt}", ""]
    return "\n".join(out)


def test_a_story_shaped_like_the_benchmark_parses_the_same_and_all_by_the_fast_path():
    text = _benchmark_like()
    same(text)
    fast = parser._fast_scenes()
    chunks = text.split("\n===")[1:]
    missed = [c for c in chunks if fast.scene_lines("===" + c) is None]
    assert len(chunks) == 300 and not missed, missed[:2]


# ---------------------------------------------------------------- generated scenes

HEADS = ["=== s0 ===", "===s1===", "==== s2 ====  ", "=== s3 \"Title\" ===", "=== s4 === #tag: x",
         "=== END ===", "=== turn ===", "=== a.b ===", "=== s5 ==="]
PROSE = ["Plain words here.", "Words, with punctuation: yes; no!", "She says \"hi\" and 5 > 3.",
         "A line #with #tags", "A line // and a comment", "Text {x} more.", "{x: shown}", "{x >= 3: shown}",
         "{ x : shown | hidden}", "{x == \"s\": a} and after", "{y} at the start", "a {x: b|c|d} e",
         "Glued <> here", "var y = 1", "const z = 2", "She waits. -> s0", "Escaped \\{ brace \\}",
         "bar | outside", "{if x}", "{else}", "{end}", "{~a|b}", "{stopping:", "}", "<>", "/* c */",
         "{true: t}", "{visits(s0): v}", "{x < -1: n}", "{turn > 2: t}", "{not x: n}", "{x: {y: z}}",
         "{12345678901234567890123: big}", "text with trailing spaces   ", "#", "a/b/c", "{x:}",
         "ünïcödé words", "- gather line", "- (lbl) gathered", "-- two", "(paren) start"]
GOTOS = ["-> s0", "->s1", "-> s2   ", "-> END", "-> END \"The end\"", "->END\"e\"", "-> END \"e\" // c",
         "-> s0 ->", "->->", "->-> s1", "-> a.b", "-> s0 -> s1", "-> ENDING", "-> turn"]
EFFECTS = ["~ x = 1", "~ x += 5", "~ x -= 2", "~ x = true", "~ x = false", "~ x = \"s\"", "~ x = y",
           "~x=1", "~ x = 1   ", "~ x == 1", "~ temp t = 1", "~ x = -1", "~ x = y + 1", "~ f(1)",
           "~ x = 123456789012345678901234", "~ x = turn", "~ x = visits(s0)", "~ x = 1 // c", "~ return 1",
           "~ x = truex", "~ x = 0012"]
CHOICES = ["+ [a] -> s0", "* [Say it]", "+ [a]   -> s1", "+ {x} [a]", "+ {x >= 3} [a] -> s1",
           "+ { x } [a]  ", "+ {x}[a]->s0", "* * [deeper]", "+ + [also deeper] -> s0", "* + [mixed]",
           "+ (lbl) [a]", "+ {x} [a] b -> s0", "+ [a {x}]", "+ {x else \"no\"} [a]", "+ {true} [a] -> s2",
           "+ {visits(s0) > 0} [a]", "+ [a] #t", "+ {not x} [a]", "+ {x} []", "+ []", "+ [a] -> END \"e\"",
           "+ [a] ->->", "* lead [menu] tail", "+ {x} (lbl) [a]", "+ {x == \"s\"} [a] ->s1",
           "+ {y < 10} [a] more text -> s0", "+ {x} [a] // c", "+ {x} [a\\]b]", "+ [a\\]", "*",
           "+ {x} [a] <> glued", "+ {x}", "+ {12345678901234567890123} [big]", "+ {x >= y} [a]"]
LINES = PROSE + GOTOS + EFFECTS


@st.composite
def scene_text(draw):
    """A header and some scenes made mostly of the fast path's lines, with near misses mixed in."""
    head = ["var x = 0", "var y = 1", "const c = 3"]
    out = draw(st.lists(st.sampled_from(["title: T", ""] + head), max_size=4))
    for _ in range(draw(st.integers(1, 4))):
        out.append(draw(st.sampled_from(HEADS)))
        for kind in draw(st.lists(st.sampled_from(["line", "line", "blank", "choice", "choice"]), max_size=10)):
            if kind == "blank":
                out.append(draw(st.sampled_from(["", "  ", "\t"])))
                continue
            pool = LINES if kind == "line" else CHOICES
            indent = draw(st.sampled_from(["", "", "    ", "\t", "  "]))
            out.append(indent + draw(st.sampled_from(pool)))
    return "\n".join(out) + draw(st.sampled_from(["\n", "", "\n\n"]))


@settings(max_examples=min(max(settings.default.max_examples, 300), 600), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(text=scene_text())
def test_generated_scenes_parse_the_same(text):
    same(text)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=GRAMMAR_TEXT)
def test_text_from_the_grammar_parses_the_same(text):
    same(text)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(rel=st.sampled_from(FILES), ops=st.lists(mutation, min_size=1, max_size=4))
def test_mutated_stories_parse_the_same(rel, ops):
    with open(os.path.join(STORIES, rel), encoding="utf-8") as f:
        lines = f.read().split("\n")
    same("\n".join(mutate(lines, ops)), rel)


def test_the_generator_reaches_the_fast_path_and_past_it():
    """The generated texts are worth comparing: they hold scenes the fast path reads and scenes it
    leaves to lark, and stories that parse as well as stories that do not."""
    read = left = ok = bad = 0

    @settings(max_examples=150, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(text=scene_text())
    def run(text):
        nonlocal read, left, ok, bad
        fast = parser._fast_scenes()
        for chunk in text.split("\n=")[1:]:
            if fast.scene_lines("=" + chunk + "\n") is None:
                left += 1
            else:
                read += 1
        if any(d.code.startswith("FP1") for d in both(text)[0][1]):
            bad += 1
        else:
            ok += 1

    run()
    assert read >= 50 and left >= 50 and ok >= 20 and bad >= 20, (read, left, ok, bad)


def test_a_scene_it_cannot_read_leaves_no_trace():
    """A miss halfway through a scene calls nothing back: the notes come out once."""
    text = "=== s0 ===\nvar y = 1\n~ x = 12345678901234567890123\n+ [a] -> s0\n+ (l) [b] -> s0\n"
    same("var x = 0\n" + text)
    fast, _ = both("var x = 0\n" + text)
    assert [d.code for d in fast[1]].count("FP131") == 1


def test_fast_scenes_are_built_for_one_parser():
    p, b = parser._lark()
    assert isinstance(parser._fast_scenes(), FastScenes) and parser._fast_scenes().b is b
