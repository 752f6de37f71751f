"""`check`'s machine output: the JSON document (same keys always, versioned, schema-valid), SARIF, `--fuzz N` exactly."""

import json
import os

import pytest

from forkpaths.cli import main

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOUR = os.path.join(REPO, "stories", "tour")


def check_json(capsys, *args):
    rc = main(["check", "--format", "json", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return rc, json.loads(out)


@pytest.mark.parametrize("runs", [1, 20, 50])
def test_fuzz_plays_exactly_n_playthroughs(capsys, runs):
    # the tour has sticky choices, so some of Hypothesis' examples run out of data midway: those are not playthroughs
    rc, doc = check_json(capsys, TOUR, "--fuzz", str(runs))
    assert rc == 0
    assert doc["stories"][0]["fuzz"]["runs"] == runs
