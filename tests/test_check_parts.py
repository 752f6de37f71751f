"""`forkpaths check` names a weave part (a gather, a choice's body) the way an author finds it, in text and JSON."""

import json

from forkpaths import cli

UNREACHED = """title: G
start: a

=== a ===
Start.
* [One] -> END "one"
* [Two] -> END "two"
- Never here.
* {true} [Three] -> END "three"
"""

LOOP = """title: S
start: a

=== a ===
* [One] -> END "one"
* [Two]
- (loop) Round.
+ [Again] -> a.loop
"""


def check(capsys, tmp_path, text, *argv):
    path = tmp_path / "s.story"
    path.write_text(text, encoding="utf-8")
    code = cli.main(["check", str(path), *argv])
    return code, capsys.readouterr().out


def test_an_unreachable_unlabelled_gather_is_named_by_its_line(capsys, tmp_path):
    code, out = check(capsys, tmp_path, UNREACHED)
    assert code == 1
    assert "s.story:8:1: error[FP401]: the gather at line 8 of scene `a` can never be reached" in out
    assert "`a.1`" not in out and "a.1" not in out


def test_a_soft_lock_in_a_labelled_gather_names_the_label(capsys, tmp_path):
    code, out = check(capsys, tmp_path, LOOP)
    assert code == 1
    assert "error[FP404]: soft-lock in the gather `(loop)` of scene `a`: " in out
    assert "scene `a.loop`" not in out


def test_json_keeps_the_stable_keys_and_adds_a_description(capsys, tmp_path):
    code, out = check(capsys, tmp_path, UNREACHED, "--format", "json")
    doc = json.loads(out)
    story = doc["stories"][0]
    assert story["scenes"]["a.1"]["status"] == "unreachable"
    assert story["scenes"]["a.1"]["description"] == "the gather at line 8 of scene `a`"
    assert story["scenes"]["a.1"]["line"] == 8
    assert story["scenes"]["a"]["description"] == "scene `a`"
    assert story["choices"]["a.1.three"]["description"] == "choice `three` of the gather at line 8 of scene `a`"
    messages = [d["message"] for d in doc["diagnostics"] if d["code"] == "FP401"]
    assert messages == ["the gather at line 8 of scene `a` can never be reached: no divert, choice or tunnel "
                        "leads to it from the start"]
