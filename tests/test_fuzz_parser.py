"""Property tests: arbitrary text, grammar-generated text and mutated stories only ever give diagnostics."""

import os
import re
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.lark import from_lark
from lark import Lark
from lark.lexer import PatternStr

from forkpaths import explore, loader, parser, saves
from forkpaths import runtime as rt
from forkpaths.diagnostics import REGISTRY, Severity

HERE = os.path.dirname(os.path.abspath(__file__))
STORIES = os.path.join(HERE, os.pardir, "stories")

# 500 examples each under the CI profile (the suite stays within its fifteen minutes); the dev
# profile keeps its own count.
EXAMPLES = min(max(settings.default.max_examples, 200), 500)
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    """A scratch folder holding copies of the bundled stories (includes resolve inside it)."""
    root = tmp_path_factory.mktemp("fuzz")
    for name in ("tour", "neither_human"):
        shutil.copytree(os.path.join(STORIES, name), root / name)
    (root / "scratch").mkdir()
    (root / "scratch" / "other.story").write_text('=== other ===\n-> END "Other"\n', encoding="utf-8")
    return root


def check_loaded(loaded):
    """The property every input must satisfy: a Loaded with sane, registered diagnostics."""
    assert isinstance(loaded, loader.Loaded)
    if any(d.severity is Severity.ERROR for d in loaded.diagnostics):
        assert loaded.story is None and not loaded.ok
    for d in loaded.diagnostics:
        entry = REGISTRY.get(d.code)
        assert entry is not None, f"unregistered code {d.code}"
        assert d.severity in (entry.severity, Severity.ERROR)
        assert d.message.strip() and d.hint.strip()
        s = d.span
        assert s.line >= 1 and s.column >= 1, d
        assert (s.end_line, s.end_column) >= (s.line, s.column), d
        lines = loaded.lines(s.file)
        if lines is None:  # the file could not be decoded: only its start is known
            continue
        assert s.line <= max(len(lines), 1), (d, len(lines))
        width = len(lines[s.line - 1]) if s.line <= len(lines) else 0
        assert s.column <= width + 2, (d, width)
        assert s.end_line <= max(len(lines), 1) + 1, d
    if loaded.ok:
        run_and_check(loaded.story)


def run_and_check(story):
    """A story that loads also runs and is checked without an exception (issue 10: all 13 of
    the fuzzer's crashes were in stories that loaded): two playthroughs (first and last
    choice each time), every step through a save and a load, then the checker on a small
    state budget (a count, so the same on every machine)."""
    for pick in (0, -1):
        try:
            s = rt.start(story, 0)
            for _ in range(25):
                ids = rt.available(story, s)
                if s.ending is not None or not ids:
                    break
                s = saves.roundtrip(story, rt.choose(story, s, ids[pick]))
        except rt.StoryRuntimeError:
            pass  # a story's own fault (a division by zero, a divert loop): reported, not a crash
    if len(story.scenes) <= CHECKED_SCENES:
        explore.analyze(story, max_states=200, timeout=600)


# The checker costs about 0.15 s on the whole flagship story (82 scenes), which at the CI
# profile's 2,000 examples would double the suite; stories up to this size (every generated
# one, the tour, each flagship chapter loaded alone) are checked, bigger ones only run.
CHECKED_SCENES = 40


# ---------------------------------------------------------------- 1. arbitrary text

MARKUP = "=*+~-> {}[]()|#:/\\\"!&<%\n\t\r_aAz09é日\ufeff"

arbitrary = st.one_of(
    st.text(),
    st.text(alphabet=MARKUP),
    st.builds(lambda body: "=== a ===\n" + body, st.text(alphabet=MARKUP)),
    st.builds(lambda head, body: f"{head}\n=== a ===\n{body}\n-> END \"e\"\n",
              st.text(alphabet=MARKUP, max_size=40), st.text(alphabet=MARKUP, max_size=80)),
)


@FUZZ
@given(text=arbitrary)
def test_arbitrary_text_gives_only_diagnostics(work, text):
    check_loaded(loader.load(str(work / "scratch" / "main.story"), text=text))


# ---------------------------------------------------------------- 2. text from the grammar

# Cheap, meaningful spellings of each terminal (drawing every token from its regex is slow
# and almost never gives a story that gets past the parser). Word-like tokens are padded
# with spaces, which the grammar ignores, so neighbours do not glue into one name.
TOKENS = {
    "TITLE_LINE": ["title: The Test", "title:T", "title : A: B"],
    "AUTHOR_LINE": ["author: Someone", "author:"],
    "PARAGRAPHS_LINE": ["paragraphs: lines", "paragraphs: blank lines", "paragraphs:every line"],
    "START_KW": ["start: ", "start :"],
    "SCENE_OPEN": ["=== ", "====", "===\t"],
    "SCENE_CLOSE": [" ===", " =====", "==="],
    "TAG": [" #mood: calm", " #night", " #chapter: One "],
    "CHOICE_MARK": ["* ", "+ ", "*", "* * ", "+ + ", "* * * ", "* + "],
    "CHOICE_HEAD": ["* [Go] ", "+ [Look around]", "* [] ", "* * [Ask] ", "+ + + [Again]"],
    "GATHER": ["- ", "- - ", "-", "- (top) ", "- - (drink) ", "- - - "],
    "QNAME": ["a.top", "shore.drink", "b.missing", "x.y"],
    "CT_LEAD": ["Hello ", '"I am', "Go", " -5 gold"],
    "CT_MORE": [" right back.", '," you say.', " ", " (again)"],
    "CT_IN": ["back!", '."', "Ask ", "Wait for the dawn"],
    "TILDE": ["~ ", "~"],
    "TUNNEL_RETURN": ["->->"],
    "ARROW": ["-> ", "->"],
    "IF_OPEN": ["{if ", "{ if "],
    "ELIF_OPEN": ["{elif ", "{ elif "],
    "ELSE_LINE": ["{else}", "{ else }"],
    "END_LINE": ["{end}", "{ end }"],
    "ALT_OPEN": ["{~ ", "{& ", "{! ", "{> ", "{~", "{~! ", "{~>"],
    "ALT_BLOCK": ["{stopping:", "{ shuffle once:", "{cycle: ", "{shuffle stopping:", "{once:"],
    "ASSIGN_OP": [" = ", " += ", " -= ", "="],
    "CMP_OP": [" == ", " != ", " < ", " <= ", " > ", " >= "],
    "ADD_OP": [" + ", " - ", "-"],
    "MUL_OP": [" * ", " / ", " % "],
    "NAME": ["a", "b", "x", "n", "s", "told", "hunger", "name", "shore", "other", "turn_", "_"],
    "INT": ["0", "1", "2", "7", "10", "64", "999999999999999999999"],
    "STRING": ['"x"', '""', '"The Cure"', '"other.story"', '"a\\"b"', '"../up.story"', '"main.story"',
               '"/etc/passwd"', '"nope.story"', '"日本"'],
    "GOTO_LINE": ["-> a\n", "-> b\n\n", "->other\n", "-> nowhere\n"],
    "PROSE_LINE": ["The fire burns.\n", "Hello, _you_ **there**.\n\n", "a \\{ b \\} c\n", "It is 5 / 2.\n"],
    "LINE_TEXT": ["The fire", "Hello ", "x \\| y", "It's _late_", "a/b"],
    "TEXT": [" burns.", "yes", " no ", "\\{", "**bold**"],
    "NL": ["\n", "\n\n", "\n\n\n", " // a comment\n", "// TODO: fix this\n", " /* c */\n",
           "/* two\nlines */\n", "\n\t\n"],
    "WS": [" ", "\t"],
    "COMMENT": ["// a comment", "// TODO: fix this"],
    "BLOCK_COMMENT": ["/* c */", "/* two\nlines */", "/* TODO later */"],
}


def _grammar_lark():
    """Our grammar for from_lark; `%ignore` lines dropped: from_lark would otherwise draw a
    coin after every symbol (half the generation time). Spaces and comments still appear:
    the token spellings below carry them."""
    with open(parser.grammar_path(), encoding="utf-8") as f:
        text = re.sub(r"(?m)^%ignore\b.*$", "", f.read())
    return Lark(text, parser="lalr", lexer="contextual", start="start")


def _fits(pattern, s):
    """A spelling fits a terminal if it matches once spaces and comments the grammar ignores are dropped."""
    bare = re.sub(r"//[^\n]*|/\*.*?\*/", "", s, flags=re.S)
    return any(pattern.fullmatch(x) for x in (s, s.strip(), bare, bare.strip(" \t"), bare.replace("\t", "")))


def _explicit(lark):
    """A strategy for every terminal of the grammar as it is now (new terminals included)."""
    out = {}
    for term in lark.terminals:
        pattern = re.compile(term.pattern.to_regexp())
        pool = [s for s in TOKENS.get(term.name, []) if _fits(pattern, s)]
        if isinstance(term.pattern, PatternStr):
            word = term.pattern.value
            out[term.name] = st.just(f" {word} " if word[:1].isalpha() else word)
        elif pool:
            out[term.name] = st.sampled_from(pool)
        else:  # a terminal this file does not know yet: draw from its own regex
            out[term.name] = st.from_regex(pattern, fullmatch=True, alphabet=st.characters(codec="utf-8"))
    return out


_LARK = _grammar_lark()
GRAMMAR_TEXT = from_lark(_LARK, start="start", explicit=_explicit(_LARK))


def test_token_table_matches_the_grammar():
    """Every spelling in TOKENS is one the grammar's terminal accepts (so the table stays honest)."""
    terms = {t.name: re.compile(t.pattern.to_regexp()) for t in _LARK.terminals}
    wrong = [(name, s) for name, pool in TOKENS.items() if name in terms
             for s in pool if not _fits(terms[name], s)]
    assert not wrong


@FUZZ
@given(text=GRAMMAR_TEXT)
def test_grammar_generated_text_gives_only_diagnostics(work, text):
    check_loaded(loader.load(str(work / "scratch" / "main.story"), text=text))


def test_grammar_generated_text_reaches_past_the_parser():
    """The generator is worth its time: most of its text parses, and it reaches the resolver's checks."""
    seen = []

    @settings(max_examples=120, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(text=GRAMMAR_TEXT)
    def run(text):
        seen.append({d.code for d in loader.load("/nonexistent/fuzz/main.story", text=text).diagnostics})

    run()
    parsed = [c for c in seen if not any(code.startswith("FP1") for code in c)]
    assert len(parsed) >= len(seen) // 2, f"only {len(parsed)} of {len(seen)} generated texts parse"
    later = {code for c in seen for code in c if code[2] in "23"}
    assert len(later) >= 4, f"the resolver's checks reached: {sorted(later)}"


# ---------------------------------------------------------------- 3. mutated stories

def _story_files():
    out = []
    for name in ("tour", "neither_human"):
        base = os.path.join(STORIES, name)
        for dirpath, _, files in os.walk(base):
            for f in sorted(files):
                if f.endswith(".story"):
                    out.append(os.path.relpath(os.path.join(dirpath, f), STORIES))
    return sorted(out)


FILES = _story_files()

mutation = st.tuples(st.sampled_from(["delete", "duplicate", "swap"]),
                     st.integers(0, 1 << 16), st.integers(0, 1 << 16))


def mutate(lines, ops):
    lines = list(lines)
    for op, i, j in ops:
        if not lines:
            break
        i, j = i % len(lines), j % len(lines)
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(j, lines[i])
        else:
            lines[i], lines[j] = lines[j], lines[i]
    return lines


def test_mutate_does_what_it_says():
    assert mutate(["a", "b", "c"], [("delete", 1, 0)]) == ["a", "c"]
    assert mutate(["a", "b", "c"], [("duplicate", 0, 2)]) == ["a", "b", "a", "c"]
    assert mutate(["a", "b", "c"], [("swap", 0, 5)]) == ["c", "b", "a"]
    assert len(FILES) >= 3 and "tour/main.story" in FILES


@FUZZ
@given(rel=st.sampled_from(FILES), ops=st.lists(mutation, min_size=1, max_size=4))
def test_mutated_stories_give_only_diagnostics(work, rel, ops):
    path = work / rel
    with open(os.path.join(STORIES, rel), encoding="utf-8") as f:
        lines = f.read().split("\n")
    text = "\n".join(mutate(lines, ops))
    # each file is loaded as a main file (an included chapter on its own: its names from
    # other chapters are unknown, which must also end in diagnostics only)
    check_loaded(loader.load(str(path), text=text))
