"""One batch through the pure core: Arrow in, publishable tables out."""

from __future__ import annotations

import pytest
from builders import (
    DE_WEATHER_PARAGRAPHS,
    DE_WEATHER_TITLE,
    EN_TITLE,
    article,
    context,
    english_article,
    files_table,
    german_article,
)

from pipeline import schemas
from pipeline.process import BatchResult, ProcessContext, process_batch
from pipeline.reasons import QuarantineReason


@pytest.fixture(scope="module")
def ctx() -> ProcessContext:
    return context()


@pytest.fixture(scope="module")
def result(ctx: ProcessContext) -> BatchResult:
    files = files_table([
        {
            "source_path": "de/turnhalle.txt",
            "content": german_article(
                header_lines=["Lokales", "12.03.2024, 07:15 Uhr"], footer_lines=["© 2024 ZDF"]
            ),
        },
        {
            "source_path": "de/wetter.txt",
            "content": article(DE_WEATHER_TITLE, DE_WEATHER_PARAGRAPHS),
        },
        {
            "source_path": "en/ferry.txt",
            "content": english_article(footer_lines=["© 2024 BBC"]).encode("cp1252"),
        },
        {"source_path": "leer.txt", "content": b""},
        {"source_path": "kurz.txt", "content": "Nur eine kurze Zeile ohne Artikel."},
        {
            "source_path": "riesig.txt",
            "content": None,
            "size_bytes": 10_000_000,
            "content_sha256": "0" * 64,
            "error_reason": "too_large",
            "error_detail": "10000000 bytes > max_file_bytes=5000000",
        },
    ])
    return process_batch(files, ctx)


def _by_path(table, column: str = "source_path") -> dict[str, dict]:
    return {row[column]: row for row in table.to_pylist()}


def test_every_table_matches_its_schema(result: BatchResult) -> None:
    for name, table in result.tables.items():
        assert table.schema.equals(schemas.SCHEMAS[name]), name


def test_articles_become_documents(result: BatchResult, ctx: ProcessContext) -> None:
    docs = _by_path(result.tables[schemas.DOCUMENTS])
    assert set(docs) == {"de/turnhalle.txt", "de/wetter.txt", "en/ferry.txt"}
    assert result.counts["documents"] == 3

    turnhalle = docs["de/turnhalle.txt"]
    assert turnhalle["language"] == "de"
    assert turnhalle["title"].startswith("Obernbach saniert")
    assert turnhalle["outlet_id"] == "zdf"
    assert turnhalle["published_local"] == "2024-03-12T07:15"
    assert turnhalle["published_source"] == "dateline"
    assert "© 2024 ZDF" not in turnhalle["body"]
    assert "Lokales" not in turnhalle["body"]
    assert turnhalle["run_id"] == ctx.run_id

    ferry = docs["en/ferry.txt"]
    assert ferry["language"] == "en"
    assert ferry["title"] == EN_TITLE
    assert ferry["outlet_id"] == "bbc"
    assert ferry["published_at"] is None

    assert docs["de/wetter.txt"]["outlet_id"] is None


def test_bad_files_are_quarantined_with_their_reason(result: BatchResult) -> None:
    quarantine = _by_path(result.tables[schemas.QUARANTINE])
    assert {path: row["reason"] for path, row in quarantine.items()} == {
        "leer.txt": QuarantineReason.EMPTY,
        "kurz.txt": QuarantineReason.NO_ARTICLE_TEXT,
        "riesig.txt": QuarantineReason.TOO_LARGE,
    }
    assert quarantine["kurz.txt"]["stage"] == "clean"
    assert quarantine["kurz.txt"]["content"] == b"Nur eine kurze Zeile ohne Artikel."
    assert quarantine["riesig.txt"]["content"] is None
    assert result.counts["quarantined"] == 3


def test_no_content_version_is_both_published_and_quarantined(result: BatchResult) -> None:
    published = set(result.tables[schemas.DOCUMENTS].column("content_sha256").to_pylist())
    held = set(result.tables[schemas.QUARANTINE].column("content_sha256").to_pylist())
    assert published.isdisjoint(held)
    raw = set(result.tables[schemas.RAW_DOCUMENTS].column("content_sha256").to_pylist())
    assert raw == published


def test_segments_cover_only_published_documents(result: BatchResult) -> None:
    segments = result.tables[schemas.SEGMENTS]
    published = set(result.tables[schemas.DOCUMENTS].column("content_sha256").to_pylist())
    assert set(segments.column("content_sha256").to_pylist()) == published
    rows = segments.to_pylist()
    assert all(0 <= row["start"] <= row["end"] for row in rows)
    kinds = {row["kind"] for row in rows}
    assert {"title", "lead", "body", "copyright"} <= kinds


def test_date_mentions_point_into_the_text(result: BatchResult) -> None:
    raw = _by_path(result.tables[schemas.RAW_DOCUMENTS], "content_sha256")
    mentions = result.tables[schemas.DATE_MENTIONS].to_pylist()
    assert mentions
    for mention in mentions:
        text = raw[mention["content_sha256"]]["text"]
        assert text[mention["start"] : mention["end"]] == mention["text"]


def test_one_failing_file_is_quarantined_and_the_rest_publish(
    ctx: ProcessContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipeline.clean as clean_module

    real = clean_module.clean_text

    def fragile(text: str, **kwargs):
        if "Sturm" in text:
            raise RuntimeError("rule crashed on this page")
        return real(text, **kwargs)

    monkeypatch.setattr(clean_module, "clean_text", fragile)
    files = files_table([
        {"source_path": "de/wetter.txt",
         "content": article(DE_WEATHER_TITLE, [*DE_WEATHER_PARAGRAPHS, "Der Sturm zog ab."])},
        {"source_path": "en/ferry.txt", "content": english_article()},
    ])  # fmt: skip
    result = process_batch(files, ctx)
    published = _by_path(result.tables[schemas.DOCUMENTS])
    quarantined = _by_path(result.tables[schemas.QUARANTINE])
    assert set(published) == {"en/ferry.txt"}
    assert quarantined["de/wetter.txt"]["reason"] == QuarantineReason.PROCESSING_ERROR
    assert "rule crashed on this page" in quarantined["de/wetter.txt"]["detail"]
    assert quarantined["de/wetter.txt"]["content"]  # the raw bytes are kept
    assert result.counts["quarantined_processing_error"] == 1


def test_a_batch_processed_in_chunks_gives_the_same_rows(ctx: ProcessContext) -> None:
    """Chunks bound a worker's memory; they must not change a single row or count."""
    files = files_table([
        {"source_path": f"de/{i}.txt", "content": content}
        for i, content in enumerate([
            german_article(header_lines=["12.03.2024, 07:15 Uhr"]),
            article(DE_WEATHER_TITLE, DE_WEATHER_PARAGRAPHS), english_article(), b"", "Kurz.",
        ])
    ])  # fmt: skip
    whole = process_batch(files, ctx)
    chunked = process_batch(files, ctx, chunk=2)
    assert chunked.counts == whole.counts
    assert whole.counts["documents"] == 3 and whole.counts["quarantined"] == 2
    for name in (schemas.DOCUMENTS, schemas.SEGMENTS, schemas.DATE_MENTIONS, schemas.LINK_BUCKETS):
        assert whole.tables[name].num_rows, name
    for name, table in whole.tables.items():
        assert chunked.tables[name].to_pylist() == table.to_pylist(), name
