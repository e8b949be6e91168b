"""Link precision/recall on the labelled pairs stays where eval/RESULTS.md records it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli import app

PAIRS = Path(__file__).resolve().parents[2] / "eval" / "pairs"


def test_links_on_labelled_pairs() -> None:
    result = CliRunner().invoke(app, ["eval", str(PAIRS), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["pairs"] == 15
    assert report["link_precision"] == 1.0
    assert report["link_recall"] >= 0.9
    wrong = [r for r in report["rows"] if not r["correct"]]
    assert all(r["label"] == "rewrite" for r in wrong)  # only weak rewrites may be missed
    assert all(r["predicted"] is None for r in report["rows"] if r["label"] == "different_story")
