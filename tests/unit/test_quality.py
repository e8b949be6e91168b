"""Every quality check can fail: a batch that violates it, and what the gate then reports.

A clean batch passes every check; each case below breaks one value of one row and expects
exactly that check to fail on exactly that document version (or on the batch, for the
row-count check), with error checks quarantining and warnings only recording.
"""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest
from builders import (
    DE_WEATHER_PARAGRAPHS,
    DE_WEATHER_TITLE,
    FAST_LANGUAGES,
    FIXED_NOW,
    article,
    context,
    english_article,
    files_table,
    german_article,
)

from pipeline import quality, schemas
from pipeline.process import process_batch

KEY = "content_sha256"


@pytest.fixture(scope="module")
def batch() -> dict[str, pa.Table]:
    weather = article(DE_WEATHER_TITLE, DE_WEATHER_PARAGRAPHS)
    files = files_table([
        {"source_path": "de/turnhalle.txt", "content": german_article()},
        {"source_path": "de/wetter.txt", "content": weather},
        {"source_path": "en/ferry.txt", "content": english_article()},
    ])
    result = process_batch(files, context())
    tables = dict(result.tables)
    tables[schemas.FILES] = pa.table({"status": ["new"] * 3})
    return tables


@pytest.fixture(scope="module")
def config(batch: dict[str, pa.Table]) -> quality.QualityConfig:
    outlets = {o for o in batch[schemas.DOCUMENTS].column("outlet_id").to_pylist() if o}
    return quality.QualityConfig(
        now=FIXED_NOW,
        known_outlets=frozenset(outlets | {"bbc"}),
        languages=frozenset(FAST_LANGUAGES),
    )


def with_value(tables: dict[str, pa.Table], table: str, column: str, value: object,
               row: int = 0) -> dict[str, pa.Table]:  # fmt: skip
    """A copy of the batch with one cell changed."""
    data = tables[table]
    values = data.column(column).to_pylist()
    values[row] = value
    index = data.schema.get_field_index(column)
    changed = dict(tables)
    changed[table] = data.set_column(index, data.schema.field(column),
                                     pa.array(values, data.schema.field(column).type))  # fmt: skip
    return changed


def results_by_check(outcome: quality.Outcome) -> dict[str, dict]:
    return {r["expectation"]: r for r in outcome.results}


def test_a_clean_batch_passes_every_check(batch, config) -> None:
    outcome = quality.validate(batch, config, batch="clean")
    failed = [r["expectation"] for r in outcome.results if not r["success"]]
    assert failed == []
    assert {r["expectation"] for r in outcome.results} == {c.name for c in quality.all_checks()}
    assert outcome.failed == {}


DOC = schemas.DOCUMENTS
SEG = schemas.SEGMENTS
CASES = [
    ("document_id_not_null", DOC, "document_id", None),
    ("language_is_iso_639_1", DOC, "language", "xx"),
    ("language_confidence_in_unit_interval", DOC, "language_confidence", 1.5),
    ("published_at_plausible", DOC, "published_at", dt.datetime(1985, 5, 1, tzinfo=dt.UTC)),
    ("published_at_plausible", DOC, "published_at", FIXED_NOW + dt.timedelta(days=3)),
    ("title_not_empty", DOC, "title", ""),
    ("title_present", DOC, "title", None),
    ("title_shorter_than_body", DOC, "title_chars", 100_000),
    ("body_length_within_bounds", DOC, "body_chars", 10),
    ("body_free_of_contact_and_payment", DOC, "body", "Schreiben Sie an leser@example.org bitte."),
    ("body_free_of_contact_and_payment", DOC, "body", "Spenden an DE00 1234 5678 9012 3456 78."),
    ("body_free_of_contact_and_payment", DOC, "body", "Mehr unter https://example.org/artikel"),
    ("outlet_in_outlets", DOC, "outlet_id", "no-such-outlet"),
    ("segment_offsets_ordered", SEG, "end", -1),
    ("segment_offsets_non_negative", SEG, "start", -5),
    ("segment_text_matches_offsets", SEG, "text", "text that is not at these offsets"),
    ("segment_kind_known", SEG, "kind", "mystery"),
]


@pytest.mark.parametrize(("check", "table", "column", "value"), CASES,
                         ids=[f"{c[0]}:{c[2]}={c[3]!r}"[:60] for c in CASES])  # fmt: skip
def test_each_error_check_can_fail_and_names_the_document(batch, config, check, table, column,
                                                          value) -> None:  # fmt: skip
    broken = with_value(batch, table, column, value)
    outcome = quality.validate(broken, config, batch="broken")
    result = results_by_check(outcome)[check]
    assert result["success"] is False and result["severity"] == "error"
    assert result["unexpected_count"] == 1 if result["unexpected_count"] is not None else True
    sha = broken[table].column(KEY)[0].as_py()
    assert check in [name for name, _ in outcome.failed[sha]]
    assert set(outcome.failed) == {sha}  # only the broken document is rejected


def test_contact_check_reports_the_offending_span_not_the_body(batch, config) -> None:
    body = "Ein Absatz über den Stadtrat. Schreiben Sie an leser@example.org bitte."
    broken = with_value(batch, DOC, "body", body)
    outcome = quality.validate(broken, config, batch="contact")
    sha = broken[DOC].column(KEY)[0].as_py()
    assert dict(outcome.failed[sha])["body_free_of_contact_and_payment"] == "leser@example.org"


def test_gx_reads_only_the_columns_its_checks_name(batch, config) -> None:
    """Bodies and segment texts are checked through derived columns; converting them to
    pandas for GX was most of a large batch's validation time."""
    quality.validate(batch, config, batch="columns")
    read = {key[0]: quality._read_columns(definition)
            for key, definition in quality._definitions.items()}  # fmt: skip
    assert {"body_chars", "title", quality.BODY_FINDING, "segment_rows", KEY} <= set(read[DOC])
    assert "body" not in read[DOC]
    assert {"offsets_match_text", "start", "end", "kind", KEY} <= set(read[SEG])
    assert "text" not in read[SEG]


def test_suites_are_reused_across_batches_with_their_parameters(batch, config) -> None:
    """The second batch runs the same suite with its own values: a bound that moved (the
    row count) fails there and not in the first."""
    first = quality.validate(batch, config, batch="p1")
    fewer = dict(batch)
    fewer[schemas.FILES] = pa.table({"status": ["new"] * 2})
    second = quality.validate(fewer, config, batch="p2")
    assert results_by_check(first)["row_count_matches_files"]["success"] is True
    assert results_by_check(second)["row_count_matches_files"]["success"] is False
    assert {tuple(r["key"])[0] for r in first.gx_results} == {
        tuple(r["key"])[0] for r in second.gx_results
    }


def test_duplicate_content_hash_fails_uniqueness(batch, config) -> None:
    sha = batch[DOC].column(KEY)[0].as_py()
    broken = with_value(batch, DOC, KEY, sha, row=1)
    outcome = quality.validate(broken, config, batch="dup")
    assert results_by_check(outcome)["content_sha256_unique"]["success"] is False
    assert any(name == "content_sha256_unique" for name, _ in outcome.failed[sha])


def test_missing_content_hash_fails_not_null(batch, config) -> None:
    broken = with_value(batch, DOC, KEY, None)
    outcome = quality.validate(broken, config, batch="null")
    assert results_by_check(outcome)["content_sha256_not_null"]["success"] is False


def test_document_without_segments_fails(batch, config) -> None:
    sha = batch[DOC].column(KEY)[0].as_py()
    broken = dict(batch)
    broken[SEG] = batch[SEG].filter(pa.compute.not_equal(batch[SEG].column(KEY), sha))
    outcome = quality.validate(broken, config, batch="noseg")
    assert results_by_check(outcome)["has_segments"]["success"] is False
    assert [name for name, _ in outcome.failed[sha]] == ["has_segments"]


def test_row_count_mismatch_fails_the_batch(batch, config) -> None:
    broken = dict(batch)
    broken[schemas.FILES] = pa.table({"status": ["new"] * 4})
    outcome = quality.validate(broken, config, batch="count")
    result = results_by_check(outcome)["row_count_matches_files"]
    assert result["success"] is False and result["observed_value"] == "3"
    assert outcome.batch_failures == ["row_count_matches_files"]
    assert outcome.failed == {}


@pytest.mark.parametrize(
    ("check", "column", "value"),
    [("boilerplate_share_bounded", "boilerplate_share", 0.97),
     ("language_confident", "language_confidence", 0.2)],
    ids=["boilerplate", "confidence"],
)  # fmt: skip
def test_warnings_are_recorded_but_quarantine_nothing(batch, config, check, column, value) -> None:
    outcome = quality.validate(with_value(batch, DOC, column, value), config, batch="warn")
    result = results_by_check(outcome)[check]
    assert result["success"] is False and result["severity"] == "warning"
    assert outcome.failed == {}
    assert outcome.errors == 0
