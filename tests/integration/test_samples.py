"""`make run`'s input: the bundled sample publishes its articles and quarantines its bad files
with the right reasons."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli import app

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "landing"
EXPECTED_QUARANTINE = {
    "empty.txt": ("empty", None),
    "broken_image.txt": ("binary", None),
    "whitespace_only.txt": ("whitespace_only", None),
    "tiny.txt": ("no_article_text", None),
    "2024-07-02_lieferverkehr-teaser.txt": ("quality_check_failed", "title_shorter_than_body"),
    "2024-05-21_hallenbad-export.txt": ("quality_check_failed", "title_present"),
}


def test_bundled_sample(tmp_path: Path) -> None:
    landing = tmp_path / "landing"
    shutil.copytree(SAMPLES, landing)
    runner = CliRunner()
    result = runner.invoke(
        app, ["run", "--landing", str(landing), "--data-dir", str(tmp_path / "data"), "--json"]
    )
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout)["counts"]
    articles = sum(1 for p in landing.rglob("*.txt")) - len(EXPECTED_QUARANTINE)
    assert counts["documents"] == articles
    assert counts["quarantined"] == len(EXPECTED_QUARANTINE)
    shown = runner.invoke(
        app, ["quarantine", "list", "--data-dir", str(tmp_path / "data"), "--json"]
    )
    rows = {r["source_path"]: r for r in json.loads(shown.stdout)}
    assert set(rows) == set(EXPECTED_QUARANTINE)
    for path, (reason, check) in EXPECTED_QUARANTINE.items():
        assert rows[path]["reason"] == reason, path
        if check:
            assert rows[path]["detail"].startswith(f"{check}:"), rows[path]["detail"]
