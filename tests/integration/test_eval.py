"""The labelled evaluation sets keep their accuracy: a regression guard for the cleaning rules.

``eval/corpus`` was used while writing the rules, so its bar is high; ``eval/holdout`` was
written without sight of the rules and measures generalisation, so its bar is lower.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("folder", "minimum"),
    [("eval/corpus", 0.95), ("eval/holdout", 0.75)],
    ids=["development-set", "holdout-set"],
)
def test_eval_accuracy(folder: str, minimum: float) -> None:
    path = ROOT / folder
    if not path.is_dir():
        pytest.skip(f"{folder} not present")
    result = CliRunner().invoke(app, ["eval", str(path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["files"] >= 15
    low = {k: v for k, v in report["accuracy"].items() if v < minimum}
    assert not low, f"fields below {minimum:.0%}: {low}; failures: {report['failures']}"
