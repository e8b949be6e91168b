"""The quality gate through the CLI: quarantine, dq_results, --strict, retries and release."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pytest
from test_cli import Desk, make_desk

from pipeline import io, schemas, stages
from pipeline.config import load_settings

# A paywalled teaser stub: its headline is longer than the text left after cleaning.
TEASER = (
    "Lieferverkehr in der Altstadt: Verwaltung prüft Zufahrtsregeln, Ladezonen und feste "
    "Zeitfenster für Paketdienste, Getränkehändler und Handwerksbetriebe im Zentrum\n"
    "Die Verwaltung will bis zum Herbst ein Konzept vorlegen, sagte ein Sprecher am Dienstag.\n"
    "Jetzt weiterlesen mit Abo\n"
)


@pytest.fixture
def gated(tmp_path: Path) -> Desk:
    desk = make_desk(tmp_path)
    (desk.landing / "de" / "teaser.txt").write_text(TEASER, "utf-8")
    return desk


def test_failing_document_is_quarantined_with_check_and_observed_value(gated: Desk) -> None:
    counts = gated.run()["counts"]
    assert counts["documents"] == 3
    assert counts["dq_quarantined"] == 1
    assert counts["quarantined_dq_title_shorter_than_body"] == 1
    rows = gated.query("select * from quarantine where stage = 'quality'")
    assert len(rows) == 1
    row = rows[0]
    assert row["source_path"] == "de/teaser.txt"
    assert row["reason"] == "quality_check_failed"
    assert row["detail"].startswith("title_shorter_than_body:")
    assert row["content"]  # kept whole
    assert gated.query("select * from documents where source_path = 'de/teaser.txt'") == []
    status = gated.query("select status from files where source_path = 'de/teaser.txt'")
    assert status == [{"status": "quarantined"}]
    failed = gated.query(
        "select table_name, expectation, severity, unexpected_count from dq_results "
        "where not success"
    )
    assert failed == [{"table_name": "documents", "expectation": "title_shorter_than_body",
                       "severity": "error", "unexpected_count": 1}]  # fmt: skip
    assert gated.invoke("checks", "--data-dir", str(gated.data)).exit_code == 0


def test_results_are_recorded_for_every_check_and_docs_are_built(gated: Desk) -> None:
    report = gated.run()
    rows = gated.query("select distinct expectation from dq_results")
    from pipeline import quality

    assert {r["expectation"] for r in rows} == {c.name for c in quality.all_checks()}
    docs = [p for s in report["stages"] if s["stage"] == "quality" for p in s["paths"]
            if p.endswith("index.html")]  # fmt: skip
    assert docs and Path(docs[0]).is_file()
    assert "<html" in Path(docs[0]).read_text("utf-8").lower()
    shown = gated.invoke("dq", "--data-dir", str(gated.data), "--json")
    assert shown.exit_code == 0, shown.output
    results = json.loads(shown.stdout)["results"]
    assert results[0]["expectation"] == "title_shorter_than_body"  # failures first
    assert results[0]["success"] is False


def test_strict_exits_1_but_still_publishes_the_rest(gated: Desk) -> None:
    result = gated.invoke("run", "--landing", str(gated.landing), "--data-dir", str(gated.data),
                          "--config", str(gated.config), "--strict", "--quiet")  # fmt: skip
    assert result.exit_code == 1
    assert "--strict" in result.stderr
    assert len(gated.query("select * from documents")) == 3


def test_strict_passes_when_nothing_fails(tmp_path: Path) -> None:
    desk = make_desk(tmp_path)
    result = desk.invoke("run", "--landing", str(desk.landing), "--data-dir", str(desk.data),
                         "--config", str(desk.config), "--strict", "--quiet")  # fmt: skip
    assert result.exit_code == 0, result.output


def test_retried_gate_is_idempotent(gated: Desk) -> None:
    settings = load_settings(gated.config, landing_dir=gated.landing, data_dir=gated.data)
    run_id = io.new_run_id()
    stages.prepare(settings, run_id)
    found = stages.discover(settings, run_id)
    for manifest in stages.manifests(found):
        stages.run_batch(settings, manifest)
    first = stages.run_quality(settings, run_id)
    again = stages.run_quality(settings, run_id)
    assert first.counts["dq_quarantined"] == 1
    assert again.counts.get("batches_already_checked") == 1
    # A crash after the quarantine rows but before the results: the retry redoes the batch.
    for path in first.paths:
        if path.endswith(".parquet"):
            Path(path).unlink()
    redone = stages.run_quality(settings, run_id)
    assert redone.counts["batches_checked"] == 1
    stages.publish(settings, run_id, [found, first], started_at=dt.datetime.now(dt.UTC))
    rows = gated.query("select quarantine_id from quarantine where stage = 'quality'")
    assert len(rows) == 1
    assert len(gated.query("select * from documents")) == 3


def test_release_reprocesses_and_force_publishes(gated: Desk) -> None:
    gated.run()
    (ident,) = [r["quarantine_id"] for r in gated.query("select * from quarantine_current")
                if r["source_path"] == "de/teaser.txt"]  # fmt: skip
    again = gated.invoke("quarantine", "release", ident, "--data-dir", str(gated.data), "--json")
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["counts"]["dq_quarantined"] == 1  # rules unchanged: held again
    forced = gated.invoke("quarantine", "release", ident, "--force", "--data-dir",
                          str(gated.data), "--json")  # fmt: skip
    assert forced.exit_code == 0, forced.output
    counts = json.loads(forced.stdout)["counts"]
    assert counts["documents"] == 1 and counts["dq_forced"] == 1
    published = gated.query("select source_path, version from documents_current "
                            "where source_path = 'de/teaser.txt'")  # fmt: skip
    assert published == [{"source_path": "de/teaser.txt", "version": 1}]
    current = gated.query("select source_path from quarantine_current")
    assert "de/teaser.txt" not in {r["source_path"] for r in current}
    assert gated.invoke("checks", "--data-dir", str(gated.data)).exit_code == 0


def test_release_of_unknown_or_never_read_items_is_a_clear_error(tmp_path: Path) -> None:
    desk = make_desk(tmp_path)
    (desk.landing / "huge.txt").write_text("x" * 5000, "utf-8")
    desk.run("--max-file-bytes", "4000")
    unknown = desk.invoke("quarantine", "release", "nope", "--data-dir", str(desk.data))
    assert unknown.exit_code == 2 and "no quarantine row nope" in unknown.stderr
    (huge,) = desk.query("select quarantine_id from quarantine where reason = 'too_large'")
    unread = desk.invoke("quarantine", "release", huge["quarantine_id"], "--data-dir",
                         str(desk.data))  # fmt: skip
    assert unread.exit_code == 2 and "never read" in unread.stderr


def test_outlet_check_rejects_ids_outside_registry_and_discovered_slugs(tmp_path: Path) -> None:
    desk = make_desk(tmp_path)
    settings = load_settings(desk.config, landing_dir=desk.landing, data_dir=desk.data)
    run_id = io.new_run_id()
    stages.prepare(settings, run_id)
    for manifest in stages.manifests(stages.discover(settings, run_id)):
        stages.run_batch(settings, manifest)
    documents = pa.concat_tables([
        io.read_file(io.batch_file(settings.lake_dir, schemas.DOCUMENTS, day, run_id, part),
                     schemas.DOCUMENTS_SCHEMA)
        for day, part in stages.batch_parts(settings, run_id)
    ])  # fmt: skip
    config = stages._quality_config(settings, dt.datetime.now(dt.UTC), documents)
    assert "zdf" in config.known_outlets and "bbc" in config.known_outlets
    assert all(o.startswith("x-") or o in stages.Registry.load().outlets
               for o in config.known_outlets)  # fmt: skip
    assert "made-up-outlet" not in config.known_outlets
