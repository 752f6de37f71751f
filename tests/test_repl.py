"""The interactive player: prompt-toolkit driven through create_pipe_input()/DummyOutput(), and once for real
under a pseudo-terminal (pexpect)."""

import json
import os
import re
import shutil
import sys
import time

import pytest
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from forkpaths import loader, saves
from forkpaths.repl.app import ChoiceCompleter, Repl
from forkpaths.repl.session import Session
from forkpaths.repl.wrap import width as text_width

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(HERE, "data", "runtime")
TOUR = os.path.join(ROOT, "stories", "tour", "main.story")
KOREAN = os.path.join(DATA, "korean.story")


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path / "data"


def story_of(path):
    loaded = loader.load(path)
    assert loaded.story is not None
    return loaded.story


def drive(path, keys, *, width=60, seed=0, debug=False, resume=True, session=None, **kw):
    """Run the REPL on typed keys -> (repl, exit code). Keys must end the session (Ctrl-D or :quit)."""
    s = session or Session(story_of(path), path, seed=seed, debug=debug, interactive=True, **kw)
    with create_pipe_input() as inp:
        inp.send_text(keys)
        repl = Repl(s, input=inp, output=DummyOutput(), width=width)
        code = repl.run(resume=resume)
    return repl, code


class TestPipeInput:
    def test_numbered_choices_and_a_choice_by_number(self):
        repl, code = drive(TOUR, "1\n\x04")
        assert code == 0
        assert "1. Climb the stairs" in repl.log and "4. Call out" in repl.log
        assert repl.session.state.scene == "stairs"
        assert repl.log.count("1. Light the lamp") == 1

    def test_choice_by_part_of_its_text(self):
        repl, _ = drive(TOUR, "beach\n\x04")
        assert repl.session.state.history == (("shore", "wait"),)

    def test_undo_is_repeatable_back_to_the_start(self):
        repl, _ = drive(TOUR, "1\n2\n:undo\n:undo\n:undo\n\x04")
        assert repl.session.state.turn == 0 and len(repl.session.steps) == 1
        assert repl.log.count("Undone: the last choice.") == 2
        assert "Nothing to undo: this is the start of the story." in repl.log

    def test_ctrl_c_cancels_the_line(self):
        repl, code = drive(TOUR, "4\x03" + "2\n\x04")
        assert code == 0
        assert repl.session.state.history == (("shore", "wait"),)

    def test_ctrl_d_quits_and_autosaves(self, data_home):
        repl, code = drive(TOUR, "1\n\x04")
        assert code == 0
        [path] = (data_home / "forkpaths" / "stories").glob("tour-*/saves/autosave.json")  # keyed by its place
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["position"]["scene"] == "stairs"
        assert repl.log[-1].startswith("Your place is kept")

    def test_next_play_offers_to_resume(self):
        drive(TOUR, "1\n1\n\x04")
        repl, _ = drive(TOUR, "\n\x04")
        assert any(line.startswith("You left off at \u201cThe Lamp\u201d (turn 2") for line in repl.log)
        assert repl.session.state.scene == "lamp"
        # the path was rebuilt, so :undo walks back along it
        assert [st.state.scene for st in repl.session.steps] == ["shore", "stairs", "lamp"]
        fresh, _ = drive(TOUR, "n\n\x04")
        assert fresh.session.state.turn == 0

    def test_undo_to_the_start_keeps_the_last_place(self, data_home):
        # the autosave is only ever replaced by a newer place, never removed (issue 10, item 1)
        drive(TOUR, "1\n:undo\n\x04")
        repl, _ = drive(TOUR, "\x04")
        assert any(line.startswith("You left off at") for line in repl.log)

    def test_save_and_load(self):
        repl, _ = drive(TOUR, "1\n:save top\n2\n:load top\n:saves\n\x04")
        assert "Saved in slot `top`." in repl.log
        assert repl.session.state.scene == "stairs"
        assert any(line.strip().startswith("top") and "The Stairs" in line for line in repl.log)

    def test_unknown_input_and_commands(self):
        repl, _ = drive(TOUR, "9\nzebra\n:frobnicate\n:undp\nquit\n\x04")
        assert "There is no choice 9: pick 1 to 4." in repl.log
        assert any(line.startswith("No choice matches \u201czebra\u201d") for line in repl.log)
        assert any(line.startswith("Unknown command :frobnicate.") for line in repl.log)
        assert any("Did you mean :undo?" in line for line in repl.log)
        assert any("commands start with a colon: :quit" in line for line in repl.log)

    def test_history(self):
        repl, _ = drive(TOUR, "1\n2\n:history\n\x04")
        assert "  1. The Shore: Climb the stairs" in repl.log
        assert "  2. The Stairs: Go back down." in repl.log  # the menu text of `Go back down[.], counting the steps.`

    def test_debug_commands_need_debug(self):
        repl, _ = drive(TOUR, ":vars\n\x04")
        assert any("--debug" in line for line in repl.log)

    def test_debug_commands(self):
        keys = ":vars\n:set oil 5\n:set oil lots\n:set nothing 1\n:goto lamp\n:where\n:seed 9\n:vars\n\x04"
        repl, _ = drive(TOUR, keys, debug=True)
        log = "\n".join(repl.log)
        assert "  oil = 2 (int)" in log and "  STEPS = 3 (const int)" in log
        assert "oil = 5" in log
        assert "`oil` is int: `lots` is not a int value." in log
        assert "No variable named `nothing`." in log
        assert "scene `lamp` \u201cThe Lamp\u201d at" in log and "main.story:" in log
        assert "seed 9" in repl.log[-1] or "seed 9" in log
        assert repl.session.state.scene == "lamp" and repl.session.state.seed == 9

    def test_set_reveals_a_choice(self):
        repl, _ = drive(TOUR, ":set oil 3\n3\n\x04", debug=True)
        assert repl.session.state.ending == "The Beacon"

    def test_ending_offers_restart_and_counts_endings(self):
        repl, _ = drive(TOUR, "1\n1\n1\n\x04")
        log = repl.log
        assert "THE END: The Keeper" in log
        assert "1 of 3 endings found on this machine. A new one!" in log
        assert "Play again from the start? [Y/n]" in log
        again, _ = drive(TOUR, "1\n1\n1\n\n\x04", resume=False)
        assert "1 of 3 endings found on this machine." in again.log
        assert again.session.state.turn == 0 and again.session.state.scene == "shore"

    def test_runtime_error_is_a_message_not_a_traceback(self):
        path = os.path.join(DATA, "faults.story")
        repl, code = drive(path, "divide\n:undo\n\x04", width=200)
        assert code == 0
        [err] = [line for line in repl.log if "runtime error" in line]
        assert re.match(r".*faults\.story:18:17: runtime error: division by zero$", err)
        assert not any("Traceback" in line for line in repl.log)
        assert repl.session.state.scene == "menu"

    def test_record(self, tmp_path):
        out = tmp_path / "t" / "tour.transcript"
        repl, _ = drive(TOUR, f"1\n:record {out}\n1\n1\n\x04")
        text = out.read_text(encoding="utf-8")
        assert text.startswith("# recorded by forkpaths play\nstory: ")
        assert "> 1\nThe lamp catches. Turn 2, traveller." in text
        from forkpaths import transcript
        results = transcript.run_file(str(out))
        assert results and all(r.ok for r in results), [r.message for r in results]


class TestLayout:
    def test_wrapping_respects_the_width(self):
        repl, _ = drive(TOUR, "\x04", width=30)
        assert all(text_width(line) <= 30 for line in repl.log)
        assert "The tide is out. The" in repl.log

    def test_wide_characters(self):
        repl, _ = drive(KOREAN, "\x04", width=30)
        assert all(text_width(line) <= 30 for line in repl.log)
        assert repl.log[1] == "남라는 옥상 난간에 서서 불타는"
        assert text_width(repl.log[1]) == 30 and len(repl.log[1]) == 17
        assert "2. Stay by the fire and let" in repl.log
        assert "   the night pass without a" in repl.log  # hanging indent under the text

    def test_markup_is_style_not_asterisks(self):
        repl, _ = drive(KOREAN, "\x04", width=80)
        assert not any("**" in line for line in repl.log)
        frags = [f for line in repl._passage(repl.current) for f in line]
        assert ("class:bold", "The") in frags and ("class:italic", "coals") in frags

    def test_unavailable_choices_are_dimmed_with_reason(self):
        repl, _ = drive(TOUR, "\x04")
        frags = [f for line in repl._passage(repl.current) for f in line]
        reason = " ".join(t for s, t in frags if s == "class:reason" and t.strip())
        assert reason == "(unavailable: You need more oil first.)"
        dimmed = " ".join(t.strip() for s, t in frags if s == "class:unavailable" and t.strip())
        assert dimmed.startswith("3. Light a beacon fire")

    def test_toolbar(self):
        repl, _ = drive(TOUR, "1\n\x04")
        text = "".join(t for _, t in repl.toolbar())
        assert "The Lighthouse Tour" in text and "The Stairs" in text and "turn 1" in text
        repl, _ = drive(KOREAN, "\x04", resume=False)
        assert "첫째 날 \u00b7 옥상" in "".join(t for _, t in repl.toolbar())

    def test_no_color(self, monkeypatch):
        monkeypatch.setenv("NO_COLOR", "1")
        repl, _ = drive(TOUR, "\x04")
        from prompt_toolkit.output import ColorDepth
        assert repl.color_depth == ColorDepth.DEPTH_1_BIT


class TestCompletion:
    def completions(self, session, text, requested=False):
        c = ChoiceCompleter(session)
        return [x.text for x in c.get_completions(Document(text), CompleteEvent(completion_requested=requested))]

    def test_choices_by_any_part_of_their_text(self):
        s = Session(story_of(TOUR), TOUR)
        s.begin()
        assert self.completions(s, "bea") == ["Wait on the beach"]  # the beacon choice is unavailable
        assert self.completions(s, "") == []
        assert len(self.completions(s, "", requested=True)) == 3
        assert self.completions(s, "2") == []

    def test_commands_and_arguments(self):
        s = Session(story_of(TOUR), TOUR, debug=True)
        s.begin()
        assert self.completions(s, ":un") == [":undo"]
        assert self.completions(s, ":goto st") == ["stairs"]
        assert self.completions(s, ":set o") == ["oil"]


PROMPT_READY = "\x1b\\[\\?2004h"  # prompt-toolkit turns on bracketed paste as each prompt starts


def plain(screen):
    """Terminal output without escape sequences and carriage returns."""
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen).replace("\r", "")


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
class TestRealTerminal:
    """One run under a real pseudo-terminal: what a person sees."""

    def test_play_at_a_terminal(self, tmp_path):
        pexpect = pytest.importorskip("pexpect")
        exe = shutil.which("forkpaths", path=os.path.dirname(sys.executable)) or shutil.which("forkpaths")
        argv = [exe] if exe else [sys.executable, "-m", "forkpaths"]
        env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "TERM": "xterm", "NO_COLOR": "1",
               "PROMPT_TOOLKIT_NO_CPR": "1",
               "PYTHONPATH": ROOT}
        child = pexpect.spawn(argv[0], argv[1:] + ["play", TOUR, "--seed", "0"], env=env, cwd=str(tmp_path),
                              dimensions=(30, 40), encoding="utf-8", timeout=10)
        try:
            child.expect_exact("Call out")
            screen = plain(child.before)
            # wrapped to 40 columns at a word boundary
            assert "The tide is out. The lighthouse stands\non its rock" in screen
            assert "1. Climb the stairs\n2. Wait on the beach" in screen and screen.endswith("\n4. ")
            child.expect(PROMPT_READY)
            child.send("1\r")
            child.expect_exact("Go back down")
            child.expect(PROMPT_READY)
            child.send(":save top\r")
            child.expect_exact("Saved in slot `top`.")
            child.send(":undo\r")
            child.expect_exact("Undone: the last choice.")
            child.expect_exact("Call out")
            child.send("2\r")
            child.expect_exact("You find a flask")
            child.send(":load top\r")
            child.expect_exact("Light the lamp")
            child.send("Go ba")  # Ctrl-C drops the half-typed line
            time.sleep(0.3)
            child.sendcontrol("c")
            time.sleep(0.3)
            child.send("1\r")
            child.expect_exact("The lamp catches")
            child.expect(PROMPT_READY)
            child.sendcontrol("d")
            child.expect(pexpect.EOF)
        finally:
            child.close()
        assert child.exitstatus == 0
        [auto] = (tmp_path / "data" / "forkpaths" / "stories").glob("tour-*/saves/autosave.json")
        assert json.loads(auto.read_text(encoding="utf-8"))["position"]["scene"] == "lamp"
        assert saves.VERSION == json.loads(auto.read_text(encoding="utf-8"))["version"]
