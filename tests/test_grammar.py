"""The grammar: LALR, every rule has a handler, the tour parses."""

import re

from forkpaths import parser


def test_lalr_parser_with_contextual_lexer():
    lk = parser.lark_parser()
    assert lk.options.parser == "lalr"
    assert lk.options.lexer == "contextual"


def test_every_rule_has_a_handler():
    with open(parser.grammar_path(), encoding="utf-8") as f:
        text = f.read()
    rules = set(re.findall(r"^\??([a-z][a-z0-9_]*)\s*:", text, re.M))
    aliases = set(re.findall(r"->\s*([a-z][a-z0-9_]*)\s*$", text, re.M))
    inlined = {r for r in rules if r.startswith("_")}
    # `?rule`s that only pass a child through need no handler
    passthrough = set(re.findall(r"^\?([a-z][a-z0-9_]*)\s*:", text, re.M))
    needed = (rules | aliases) - inlined - passthrough
    missing = [r for r in sorted(needed) if not hasattr(parser._Builder, r)]
    assert not missing, f"rules without a handler: {missing}"
    assert "choice" in needed and "binary" in needed
