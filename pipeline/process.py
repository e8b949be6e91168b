"""One batch through ingest, clean and annotate: Arrow in, publishable Arrow tables out.

This is the pure core the CLI, Airflow and Dagster all run; it touches no files. Annotators only
add columns; the one decision that removes a document from ``documents`` (no article text left
after cleaning) turns it into a quarantine row that keeps the raw bytes.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

import pyarrow as pa

from pipeline import __version__, schemas
from pipeline.annotate.dates import document_dates, zone_for
from pipeline.annotate.language import LanguageIdentifier, annotate_language
from pipeline.annotate.outlet import Registry, identify_outlet
from pipeline.clean import DEFAULT_RULES, CleanRules, clean
from pipeline.ingest import ingest, quarantine_row
from pipeline.links import sign
from pipeline.reasons import QuarantineReason


@dataclass(frozen=True)
class ProcessContext:
    """Everything a batch needs besides its files; built once per process."""

    identify: LanguageIdentifier
    registry: Registry
    run_id: str
    now: dt.datetime
    default_timezone: str = "Europe/Berlin"
    outlet_min_confidence: float = 0.5
    min_body_chars: int = 80
    rules: CleanRules = DEFAULT_RULES

    @property
    def ingest_date(self) -> dt.date:
        return self.now.date()


@dataclass(frozen=True)
class BatchResult:
    tables: dict[str, pa.Table]
    counts: dict[str, int] = field(default_factory=dict)


CHUNK_FILES = 250


def process_batch(files: pa.Table, ctx: ProcessContext, *, chunk: int = CHUNK_FILES) -> BatchResult:
    """Turn one batch of read files into rows for every published table, ``chunk`` files at a
    time.

    A chunk's rows pass through Python objects (dicts, token lists, lingua's results) several
    times the size of the Arrow tables they end as; only those tables outlive the chunk. So a
    batch can be large, which is what the quality gate's fixed cost per batch asks for, while
    a worker's Python objects follow the chunk (measured with tracemalloc on a batch of 1,000:
    a peak of ~57 MB processed whole, ~20 MB in chunks of 250).

    If anything in a chunk raises, its files are processed one by one and only the file that
    fails is quarantined (``processing_error``, with the error), so one bad page never stops a
    run.
    """
    if files.num_rows <= chunk:
        return _process_chunk(files, ctx)
    return _combine([_process_chunk(files.slice(start, chunk), ctx)
                     for start in range(0, files.num_rows, chunk)])  # fmt: skip


def _process_chunk(files: pa.Table, ctx: ProcessContext) -> BatchResult:
    try:
        return _process(files, ctx)
    except Exception:  # noqa: BLE001 - isolate the failing file below
        if files.num_rows <= 1:
            return _failed(files, ctx)
    parts = []
    for i in range(files.num_rows):
        one = files.slice(i, 1)
        try:
            parts.append(_process(one, ctx))
        except Exception:  # noqa: BLE001 - recorded as a quarantine row with the error
            parts.append(_failed(one, ctx))
    return _combine(parts)


def _failed(files: pa.Table, ctx: ProcessContext) -> BatchResult:
    import traceback

    detail = traceback.format_exc(limit=3).strip().splitlines()
    rows = [
        quarantine_row(row, QuarantineReason.PROCESSING_ERROR, " | ".join(detail[-3:]),
                       "process", ctx.run_id, ctx.ingest_date, ctx.now)
        for row in files.to_pylist()
    ]  # fmt: skip
    tables = {name: schemas.SCHEMAS[name].empty_table() for name in OUTPUT_TABLES}
    tables[schemas.QUARANTINE] = pa.Table.from_pylist(rows, schema=schemas.QUARANTINE_SCHEMA)
    counts = {"files": files.num_rows, "quarantined": len(rows),
              "quarantined_processing_error": len(rows)}  # fmt: skip
    return BatchResult(tables, counts)


def _combine(parts: list[BatchResult]) -> BatchResult:
    tables = {name: pa.concat_tables([p.tables[name] for p in parts]) for name in OUTPUT_TABLES}
    counts: dict[str, int] = {}
    for part in parts:
        for key, value in part.counts.items():
            counts[key] = counts.get(key, 0) + value
    return BatchResult(tables, counts)


OUTPUT_TABLES = (*schemas.DOCUMENT_TABLES, schemas.QUARANTINE)


def _process(files: pa.Table, ctx: ProcessContext) -> BatchResult:
    ingested = ingest(files, run_id=ctx.run_id, ingest_date=ctx.ingest_date, now=ctx.now)
    raw = ingested.raw_documents
    cleaned = clean(raw, rules=ctx.rules, language_of=ctx.identify)
    languages = annotate_language(cleaned.documents, cleaned.segments, identify=ctx.identify)
    segments = cleaned.segments.append_column("language", languages.segment_language).append_column(
        "language_confidence", languages.segment_confidence
    )
    by_doc: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    for sha, seq, start, text, kind in zip(
        *(
            segments.column(c).to_pylist()
            for c in ("content_sha256", "seq", "start", "text", "kind")
        ),
        strict=True,
    ):
        by_doc[sha].append((seq, start, text, kind))

    raw_rows = {row["content_sha256"]: row for row in raw.to_pylist()}
    clean_rows = {row["content_sha256"]: row for row in cleaned.documents.to_pylist()}
    lang_rows = {row["content_sha256"]: row for row in languages.documents.to_pylist()}
    documents, mentions, citations = [], [], []
    quarantine = ingested.quarantine.to_pylist()
    counts = {**ingested.counts, **cleaned.counts, **languages.counts}
    run_columns = {"run_id": ctx.run_id, "ingest_date": ctx.ingest_date}
    for sha, raw_row in raw_rows.items():
        doc = clean_rows[sha]
        if doc["body_chars"] < ctx.min_body_chars:
            detail = (
                f"{doc['body_chars']} characters of article text after cleaning"
                f" (< min_body_chars={ctx.min_body_chars})"
            )
            quarantine.append(
                quarantine_row(
                    raw_row,
                    QuarantineReason.NO_ARTICLE_TEXT,
                    detail,
                    "clean",
                    ctx.run_id,
                    ctx.ingest_date,
                    ctx.now,
                )
            )
            counts["quarantined_no_article_text"] = counts.get("quarantined_no_article_text", 0) + 1
            continue
        key = {"content_sha256": sha, "document_id": raw_row["document_id"]}
        segs = by_doc[sha]
        decision = identify_outlet(segs, ctx.registry, min_confidence=ctx.outlet_min_confidence)
        lang = lang_rows[sha]
        zone = zone_for(
            decision.outlet.country if decision.outlet else None,
            lang["language"],
            ctx.default_timezone,
        )
        dates = document_dates(
            segs, timezone=zone, today=ctx.ingest_date, language=lang["language"]
        )
        for m in dates.mentions:
            mentions.append({
                **key,
                "segment_seq": m.segment_seq,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "value": m.value,
                "local": m.local,
                "precision": m.precision,
                "role": str(m.role),
                **run_columns,
            })
        for c in decision.citations:
            citations.append({
                **key,
                "segment_seq": c.segment_seq,
                "start": c.start,
                "end": c.end,
                "surface": c.surface,
                "source_id": c.outlet.id,
                "source_name": c.outlet.name,
                "source_kind": c.outlet.kind,
                **run_columns,
            })
        published, updated = dates.published, dates.updated
        documents.append({
            **key,
            **{
                k: raw_row[k]
                for k in ("version", "source_path", "size_bytes", "mtime", "encoding", "repaired")
            },
            **{
                k: doc[k]
                for k in (
                    "title",
                    "lead",
                    "body",
                    "raw_chars",
                    "title_chars",
                    "body_chars",
                    "boilerplate_chars",
                    "boilerplate_share",
                    "segment_count",
                )
            },
            **{k: lang[k] for k in ("language", "language_confidence", "other_languages")},
            "published_at": published.value if published else None,
            "published_local": published.local if published else None,
            "published_timezone": published.timezone if published else None,
            "published_precision": published.precision if published else None,
            "published_source": dates.published_source,
            "published_evidence": published.text if published else None,
            "updated_at": updated.value if updated else None,
            "updated_precision": updated.precision if updated else None,
            "updated_evidence": updated.text if updated else None,
            "outlet_id": decision.outlet.id if decision.outlet else None,
            "outlet_name": decision.outlet.name if decision.outlet else None,
            "outlet_confidence": decision.confidence,
            "outlet_rule": decision.rule,
            "outlet_evidence": decision.evidence,
            "outlet_candidate_id": decision.candidate.id if decision.candidate else None,
            "pipeline_version": __version__,
            "schema_version": schemas.SCHEMA_VERSION,
            "ingested_at": ctx.now,
            **run_columns,
        })
        counts["outlet_identified" if decision.outlet else "outlet_unknown"] = (
            counts.get("outlet_identified" if decision.outlet else "outlet_unknown", 0) + 1
        )
        counts["published_found" if published else "published_null"] = (
            counts.get("published_found" if published else "published_null", 0) + 1
        )
    kept = {d["content_sha256"] for d in documents}
    segments = segments.filter(
        pa.array([s in kept for s in segments.column("content_sha256").to_pylist()], pa.bool_())
    )
    segments = segments.append_column(
        "run_id", pa.array([ctx.run_id] * segments.num_rows, pa.string())
    )
    segments = segments.append_column(
        "ingest_date", pa.array([ctx.ingest_date] * segments.num_rows, pa.date32())
    )
    documents_table = pa.Table.from_pylist(documents, schema=schemas.DOCUMENTS_SCHEMA)
    signatures, bands = sign(documents_table, run_id=ctx.run_id, ingest_date=ctx.ingest_date)
    raw_kept = raw.filter(
        pa.array([s in kept for s in raw.column("content_sha256").to_pylist()], pa.bool_())
    )
    counts["documents"] = len(documents)
    counts["quarantined"] = len(quarantine)
    counts["date_mentions"] = len(mentions)
    counts["citations"] = len(citations)
    counts["segments"] = segments.num_rows
    tables = {
        schemas.RAW_DOCUMENTS: raw_kept,
        schemas.DOCUMENTS: documents_table,
        schemas.SIGNATURES: signatures,
        schemas.LINK_BUCKETS: bands,
        schemas.SEGMENTS: segments.select(schemas.SEGMENTS_SCHEMA.names).cast(
            schemas.SEGMENTS_SCHEMA
        ),
        schemas.DATE_MENTIONS: pa.Table.from_pylist(mentions, schema=schemas.DATE_MENTIONS_SCHEMA),
        schemas.CITATIONS: pa.Table.from_pylist(citations, schema=schemas.CITATIONS_SCHEMA),
        schemas.QUARANTINE: pa.Table.from_pylist(quarantine, schema=schemas.QUARANTINE_SCHEMA),
    }
    return BatchResult(tables, counts)
