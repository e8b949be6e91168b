"""A run is all or nothing: batch files stay invisible until the commit, and a crashed run's
leftovers are cleaned up and redone exactly once by the next run."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from builders import (
    DE_WEATHER_PARAGRAPHS,
    DE_WEATHER_TITLE,
    article,
    english_article,
    german_article,
)

from pipeline import io, schemas, stages, warehouse
from pipeline.config import Settings

ARTICLES = {
    "de/turnhalle.txt": german_article(footer_lines=["© 2024 ZDF"]),
    "de/wetter.txt": article(DE_WEATHER_TITLE, DE_WEATHER_PARAGRAPHS),
    "en/ferry.txt": english_article(),
}


@pytest.fixture
def settings(settings_for: Callable[..., Settings]) -> Settings:
    built = settings_for(batch_size=2)
    for name, text in ARTICLES.items():
        path = built.landing_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    (built.landing_dir / "leer.txt").write_bytes(b"")
    return built


def _count(settings: Settings, sql: str) -> int:
    return warehouse.query(settings, sql).column(0)[0].as_py()


def _crash_after_batches(settings: Settings) -> str:
    """Everything a run does except its commit (publish)."""
    started = dt.datetime.now(dt.UTC)
    run_id = io.new_run_id(started)
    stages.prepare(settings, run_id)
    found = stages.discover(settings, run_id, now=started)
    for manifest in stages.manifests(found):
        stages.run_batch(settings, manifest)
    return run_id


def test_uncommitted_batches_are_invisible(settings: Settings) -> None:
    run_id = _crash_after_batches(settings)

    written = io.table_files(settings.lake_dir, schemas.DOCUMENTS)
    assert written and all(path.name.startswith(run_id) for path in written)
    assert io.read_committed(settings.lake_dir, schemas.DOCUMENTS).num_rows == 0
    for view in ("documents", "documents_current", "segments", "quarantine", "files", "runs"):
        assert _count(settings, f"select count(*) from {view}") == 0, view


def test_next_run_cleans_up_and_publishes_exactly_once(settings: Settings) -> None:
    crashed = _crash_after_batches(settings)
    staging = settings.data_dir / stages.STAGING / crashed
    assert staging.is_dir()

    report = stages.run_all(settings)

    prepare = report.stages[0]
    assert prepare.stage == "prepare"
    assert prepare.counts["removed_uncommitted_files"] > 0
    assert not staging.exists()
    assert report.counts["documents"] == 3
    assert report.counts["failed_checks"] == 0
    assert not any(
        path.name.startswith(crashed)
        for table in schemas.BATCH_TABLES
        for path in io.table_files(settings.lake_dir, table)
    )
    assert _count(settings, "select count(*) from documents") == 3
    assert _count(settings, "select count(distinct content_sha256) from documents") == 3
    assert _count(settings, "select count(*) from quarantine") == 1
    assert _count(settings, "select count(distinct run_id) from documents") == 1
    assert _count(settings, f"select count(*) from documents where run_id = '{crashed}'") == 0


def test_rerunning_a_batch_overwrites_its_own_files(settings: Settings) -> None:
    started = dt.datetime.now(dt.UTC)
    run_id = io.new_run_id(started)
    stages.prepare(settings, run_id)
    found = stages.discover(settings, run_id, now=started)
    manifests = stages.manifests(found)
    assert len(manifests) == 2  # 4 files in batches of 2

    first = [stages.run_batch(settings, manifest) for manifest in manifests]
    retried = stages.run_batch(settings, manifests[0])  # an orchestrator retry
    assert sorted(retried.paths) == sorted(first[0].paths)

    stages.publish(settings, run_id, [found, *first], started_at=started)
    assert _count(settings, "select count(*) from documents") == 3
    assert _count(settings, "select count(*) from files") == 4
    assert all(check.passed for check in warehouse.run_checks(settings))


def test_a_batch_written_chunk_by_chunk_holds_the_rows_of_one_written_whole(
    settings_for: Callable[..., Settings], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker writes each chunk of its batch as it is made (a row group each): the files
    must hold exactly what processing the batch in one piece gives."""
    landed = settings_for()
    for name, text in ARTICLES.items():
        path = landed.landing_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    (landed.landing_dir / "leer.txt").write_bytes(b"")
    written = {}
    for chunk in (250, 2):
        monkeypatch.setattr("pipeline.process.CHUNK_FILES", chunk)
        settings = settings_for(batch_size=10, data_dir=landed.data_dir / f"chunk-{chunk}")
        started = dt.datetime.now(dt.UTC)
        run_id = io.new_run_id(started)
        stages.prepare(settings, run_id)
        (manifest,) = stages.manifests(stages.discover(settings, run_id, now=started))
        report = stages.run_batch(settings, manifest)
        files = {Path(p).parts[-3]: pq.ParquetFile(p) for p in report.paths}
        assert {name: f.metadata.num_row_groups for name, f in files.items()} == dict.fromkeys(
            files, 1 if chunk == 250 else 2
        )
        varying = {"run_id", "ingested_at", "quarantined_at", "seen_at", "mtime"}
        written[chunk] = (
            report.counts,
            {name: f.read().drop_columns([c for c in f.schema_arrow.names if c in varying])
             .to_pylist() for name, f in files.items()},
        )  # fmt: skip
    assert written[2] == written[250]
    counts, tables = written[2]
    assert counts["documents"] == 3 and counts["quarantined"] == 1
    assert len(tables[schemas.FILES]) == 4


def test_run_lock_keeps_a_second_writer_out(settings: Settings) -> None:
    with stages.run_lock(settings):
        with pytest.raises(stages.RunLockedError, match="another newsdesk run"):
            stages.run_all(settings)
    assert stages.run_all(settings).counts["documents"] == 3


def test_stage_report_round_trips_through_json_safe_dicts(settings: Settings) -> None:
    started = dt.datetime.now(dt.UTC)
    run_id = io.new_run_id(started)
    stages.prepare(settings, run_id)
    found = stages.discover(settings, run_id, now=started)
    again = stages.StageReport.from_dict(found.to_dict())
    assert again == found
    assert again.counts["files_to_process"] == 4


def test_core_stages_do_not_import_orchestrators() -> None:
    code = (
        "import pipeline.stages, pipeline.process, sys; "
        "assert 'airflow' not in sys.modules and 'dagster' not in sys.modules"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_overlapping_runs_split_the_files_when_a_grace_period_is_set(
    settings: Settings,
) -> None:
    overlapping = settings.model_copy(update={"stale_run_after_s": 3600})
    first, second = io.new_run_id(), io.new_run_id()
    stages.prepare(overlapping, first)
    claimed = stages.discover(overlapping, first)
    stages.prepare(overlapping, second)  # must not delete the first run's staging
    assert (overlapping.data_dir / stages.STAGING / first).is_dir()
    found = stages.discover(overlapping, second)
    assert found.counts["files_claimed_by_other_run"] == claimed.counts["files_to_process"]
    assert found.counts.get("files_to_process", 0) == 0
    # The first run still finishes and publishes everything it claimed.
    reports = [claimed, *(stages.run_batch(overlapping, m) for m in stages.manifests(claimed))]
    reports.append(stages.run_quality(overlapping, first))
    stages.publish(overlapping, first, reports)
    assert _count(overlapping, "select count(*) from documents") == len(ARTICLES)


def _forge_run(settings: Settings, source_run: str) -> str:
    """Commit a run that republishes ``source_run``'s first document with a URL in its body
    and without segments: rows no real run writes, for the checks to find."""
    import pyarrow as pa

    forged = io.new_run_id(dt.datetime.now(dt.UTC))
    source = io.run_files(settings.lake_dir, schemas.DOCUMENTS, source_run)[0]
    table = io.read_file(source, schemas.DOCUMENTS_SCHEMA).slice(0, 1)
    body = [text + " https://example.org/x" for text in table.column("body").to_pylist()]
    table = table.set_column(table.schema.get_field_index("body"), "body",
                             pa.array(body, table.schema.field("body").type))  # fmt: skip
    table = table.set_column(table.schema.get_field_index("run_id"), "run_id",
                             pa.array([forged], pa.string()))  # fmt: skip
    day = table.column("ingest_date")[0].as_py()
    io.write_table(table, io.batch_file(settings.lake_dir, schemas.DOCUMENTS, day, forged, "b0"),
                   schemas.DOCUMENTS_SCHEMA)  # fmt: skip
    runs = io.read_committed(settings.lake_dir, schemas.RUNS).slice(0, 1)
    runs = runs.set_column(runs.schema.get_field_index("run_id"), "run_id",
                           pa.array([forged], pa.string()))  # fmt: skip
    io.write_table(runs, io.batch_file(settings.lake_dir, schemas.RUNS, day, forged, "commit"),
                   schemas.RUNS_SCHEMA)  # fmt: skip
    return forged


def test_checks_test_one_runs_rows_against_the_whole_warehouse(settings: Settings) -> None:
    """A run's checks look at what it published (earlier runs were checked when they were
    published), except uniqueness, which compares its rows with every published row."""
    report = stages.run_all(settings)
    assert report.counts["failed_checks"] == 0
    clean = report.run_id
    forged = _forge_run(settings, clean)

    def failing(run_id: str | None) -> set[str]:
        return {c.name for c in warehouse.run_checks(settings, run_id) if not c.passed}

    duplicate = {"assert_unique_content_hashes", "assert_unique_document_versions"}
    assert failing(None) == duplicate | {"assert_body_free_of_contact_and_payment"}
    assert failing(forged) == duplicate | {"assert_body_free_of_contact_and_payment",
                                           "assert_segments_cover_documents"}  # fmt: skip
    assert failing(clean) == duplicate  # its own rows are clean, but one is now published twice


def test_retrying_links_replaces_the_earlier_attempts_files(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An orchestrator retry of the links step leaves only its own files, even when the
    earlier attempt split its links into more files."""
    for copy in (1, 2):  # copies with other bytes: three exact-duplicate links
        (settings.landing_dir / "de" / f"copy{copy}.txt").write_text(
            ARTICLES["de/turnhalle.txt"] + " " * copy, "utf-8"
        )
    started = dt.datetime.now(dt.UTC)
    run_id = io.new_run_id(started)
    stages.prepare(settings, run_id)
    found = stages.discover(settings, run_id, now=started)
    reports = [found, *(stages.run_batch(settings, m) for m in stages.manifests(found))]
    monkeypatch.setattr(stages, "LINKS_FILE_ROWS", 1)
    monkeypatch.setattr(stages, "LINKS_VERIFY_PAIRS", 1)
    first = stages.run_links(settings, run_id)
    assert first.counts["document_links"] == len(first.paths) == 3
    first_rows = [row for path in first.paths for row in pq.read_table(path).to_pylist()]
    monkeypatch.undo()
    retried = stages.run_links(settings, run_id)
    assert len(retried.paths) == 1
    # the same links in the same order (the pairs'), however they were chunked and filed
    assert pq.read_table(retried.paths[0]).to_pylist() == first_rows
    written = io.run_files(settings.lake_dir, schemas.DOCUMENT_LINKS, run_id)
    assert [str(p) for p in written] == retried.paths
    stages.publish(settings, run_id, [*reports, retried], started_at=started)
    links = _count(settings, "select count(*) from document_links")
    assert links == retried.counts["document_links"] == first.counts["document_links"]


def test_discover_announces_work_once_and_a_no_op_never(settings: Settings) -> None:
    calls: list[str] = []
    started = dt.datetime.now(dt.UTC)
    run_id = io.new_run_id(started)
    stages.prepare(settings, run_id)
    found = stages.discover(settings, run_id, now=started, on_work=lambda: calls.append(run_id))
    assert found.counts["files_to_process"] == 4 and found.counts["batches"] == 2
    assert calls == [run_id]  # once, however many files and batches

    stages.run_all(settings)  # processes and commits everything
    started = dt.datetime.now(dt.UTC)
    again = io.new_run_id(started)
    stages.prepare(settings, again)
    nothing = stages.discover(settings, again, now=started, on_work=lambda: calls.append(again))
    assert nothing.counts["files_to_process"] == 0
    assert calls == [run_id]
