"""Link precision/recall on the labelled pairs stays where eval/RESULTS.md records it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

PAIRS = Path(__file__).resolve().parents[2] / "eval" / "pairs"


def test_links_on_labelled_pairs() -> None:
    result = CliRunner().invoke(app, ["eval", str(PAIRS), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["pairs"] == 28
    assert report["link_precision"] == 1.0 and report["link_recall"] >= 0.89
    by_label = report["by_label"]
    assert by_label["copy"] == {"pairs": 5, "correct": 5}
    assert by_label["rewrite"] == {"pairs": 5, "correct": 5}
    assert by_label["same_story"]["correct"] >= 7 and by_label["different_story"]["correct"] == 9
    # The recorded misses (eval/RESULTS.md): a German and an English report of one event share
    # too few words, and a French pair whose leads tell the theft from different ends.
    wrong = {(r["a"][:3], r["label"], r["predicted"]) for r in report["rows"] if not r["correct"]}
    assert wrong <= {("p24", "same_story", None), ("p23", "same_story", None)}


@pytest.mark.parametrize(
    ("folder", "same_story", "different_story"),
    [("pairs_blind", 6, 7), ("pairs_blind2", 5, 8), ("pairs_blind3", 5, 3)],
)  # fmt: skip
def test_story_links_on_the_blind_sets_stay_as_recorded(
    folder: str, same_story: int, different_story: int
) -> None:
    """The figures of eval/RESULTS.md (pairs_blind3 is v3's first look; the others were used to
    tune it): a change that loses what they record fails here."""
    result = CliRunner().invoke(app, ["eval", str(PAIRS.parent / folder), "--json"])
    assert result.exit_code == 0, result.output
    by_label = json.loads(result.stdout)["by_label"]
    assert by_label["same_story"]["correct"] >= same_story
    assert by_label["different_story"]["correct"] >= different_story
