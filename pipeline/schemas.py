"""Every Arrow schema newsdesk writes, defined once.

Writers always pass these schemas and readers cast to them, so a Parquet file, a DuckDB view
and an orchestrator asset of the same name always agree on columns and types.
"""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = 3

TS = pa.timestamp("us", tz="UTC")

# Names shared by the lake folders, DuckDB views, Airflow Assets and Dagster assets.
FILES = "files"
RAW_DOCUMENTS = "raw_documents"
DOCUMENTS = "documents"
SEGMENTS = "segments"
DATE_MENTIONS = "date_mentions"
CITATIONS = "citations"
OUTLETS = "outlets"
QUARANTINE = "quarantine"
RUNS = "runs"
DQ_RESULTS = "dq_results"
SIGNATURES = "signatures"
LINK_BUCKETS = "link_buckets"
DOCUMENT_LINKS = "document_links"

_RUN_COLUMNS = [
    pa.field("run_id", pa.string(), nullable=False),
    pa.field("ingest_date", pa.date32(), nullable=False),
]

_DOC_KEY = [
    pa.field("content_sha256", pa.string(), nullable=False),
    pa.field("document_id", pa.string(), nullable=False),
]

# Where a document version came from and how its bytes were read.
_SOURCE = [
    pa.field("version", pa.int32(), nullable=False),
    pa.field("source_path", pa.string(), nullable=False),
    pa.field("size_bytes", pa.int64(), nullable=False),
    pa.field("mtime", TS, nullable=False),
    pa.field("encoding", pa.string(), nullable=False),
    pa.field("repaired", pa.bool_(), nullable=False),
]

FILES_SCHEMA = pa.schema([
    pa.field("source_path", pa.string(), nullable=False),
    pa.field("size_bytes", pa.int64(), nullable=False),
    pa.field("mtime_ns", pa.int64(), nullable=False),
    pa.field("content_sha256", pa.string()),
    pa.field("document_id", pa.string(), nullable=False),
    pa.field("version", pa.int32()),
    pa.field("status", pa.string(), nullable=False),
    pa.field("duplicate_of", pa.string()),
    pa.field("seen_at", TS, nullable=False),
    *_RUN_COLUMNS,
])

RAW_DOCUMENTS_SCHEMA = pa.schema([
    *_DOC_KEY,
    *_SOURCE,
    pa.field("content", pa.large_binary(), nullable=False),
    pa.field("text", pa.large_string(), nullable=False),
    *_RUN_COLUMNS,
])

SEGMENTS_SCHEMA = pa.schema([
    *_DOC_KEY,
    pa.field("seq", pa.int32(), nullable=False),
    pa.field("start", pa.int32(), nullable=False),
    pa.field("end", pa.int32(), nullable=False),
    pa.field("text", pa.string(), nullable=False),
    pa.field("kind", pa.string(), nullable=False),
    pa.field("in_body", pa.bool_(), nullable=False),
    pa.field("rule", pa.string(), nullable=False),
    pa.field("language", pa.string(), nullable=False),
    pa.field("language_confidence", pa.float64()),
    *_RUN_COLUMNS,
])

DOCUMENTS_SCHEMA = pa.schema([
    *_DOC_KEY,
    *_SOURCE,
    pa.field("title", pa.string()),
    pa.field("lead", pa.string()),
    pa.field("body", pa.large_string(), nullable=False),
    pa.field("language", pa.string(), nullable=False),
    pa.field("language_confidence", pa.float64()),
    pa.field("other_languages", pa.list_(pa.string())),
    pa.field("published_at", TS),
    pa.field("published_local", pa.string()),
    pa.field("published_timezone", pa.string()),
    pa.field("published_precision", pa.string()),
    pa.field("published_source", pa.string()),
    pa.field("published_evidence", pa.string()),
    pa.field("updated_at", TS),
    pa.field("updated_precision", pa.string()),
    pa.field("updated_evidence", pa.string()),
    pa.field("outlet_id", pa.string()),
    pa.field("outlet_name", pa.string()),
    pa.field("outlet_confidence", pa.float64()),
    pa.field("outlet_rule", pa.string()),
    pa.field("outlet_evidence", pa.string()),
    pa.field("outlet_candidate_id", pa.string()),
    pa.field("raw_chars", pa.int32(), nullable=False),
    pa.field("title_chars", pa.int32(), nullable=False),
    pa.field("body_chars", pa.int32(), nullable=False),
    pa.field("boilerplate_chars", pa.int32(), nullable=False),
    pa.field("boilerplate_share", pa.float64(), nullable=False),
    pa.field("segment_count", pa.int32(), nullable=False),
    pa.field("pipeline_version", pa.string(), nullable=False),
    pa.field("schema_version", pa.int32(), nullable=False),
    pa.field("ingested_at", TS, nullable=False),
    *_RUN_COLUMNS,
])

DATE_MENTIONS_SCHEMA = pa.schema([
    *_DOC_KEY,
    pa.field("segment_seq", pa.int32(), nullable=False),
    pa.field("start", pa.int32(), nullable=False),
    pa.field("end", pa.int32(), nullable=False),
    pa.field("text", pa.string(), nullable=False),
    pa.field("value", TS),
    pa.field("local", pa.string()),
    pa.field("precision", pa.string()),
    pa.field("role", pa.string(), nullable=False),
    *_RUN_COLUMNS,
])

CITATIONS_SCHEMA = pa.schema([
    *_DOC_KEY,
    pa.field("segment_seq", pa.int32(), nullable=False),
    pa.field("start", pa.int32(), nullable=False),
    pa.field("end", pa.int32(), nullable=False),
    pa.field("surface", pa.string(), nullable=False),
    pa.field("source_id", pa.string(), nullable=False),
    pa.field("source_name", pa.string(), nullable=False),
    pa.field("source_kind", pa.string(), nullable=False),
    *_RUN_COLUMNS,
])

OUTLETS_SCHEMA = pa.schema([
    pa.field("outlet_id", pa.string(), nullable=False),
    pa.field("name", pa.string(), nullable=False),
    pa.field("aliases", pa.list_(pa.string())),
    pa.field("domains", pa.list_(pa.string())),
    pa.field("country", pa.string()),
    pa.field("language", pa.string()),
    pa.field("kind", pa.string(), nullable=False),
    pa.field("origin", pa.string(), nullable=False),
])

QUARANTINE_SCHEMA = pa.schema([
    pa.field("quarantine_id", pa.string(), nullable=False),
    pa.field("source_path", pa.string(), nullable=False),
    pa.field("document_id", pa.string(), nullable=False),
    pa.field("content_sha256", pa.string()),
    pa.field("size_bytes", pa.int64(), nullable=False),
    pa.field("mtime", TS),
    pa.field("stage", pa.string(), nullable=False),
    pa.field("reason", pa.string(), nullable=False),
    pa.field("detail", pa.string(), nullable=False),
    pa.field("content", pa.large_binary()),
    pa.field("quarantined_at", TS, nullable=False),
    *_RUN_COLUMNS,
])

DQ_RESULTS_SCHEMA = pa.schema([
    pa.field("run_id", pa.string(), nullable=False),
    pa.field("batch", pa.string(), nullable=False),
    pa.field("table_name", pa.string(), nullable=False),
    pa.field("expectation", pa.string(), nullable=False),
    pa.field("expectation_type", pa.string(), nullable=False),
    pa.field("severity", pa.string(), nullable=False),
    pa.field("success", pa.bool_(), nullable=False),
    pa.field("element_count", pa.int64()),
    pa.field("unexpected_count", pa.int64()),
    pa.field("unexpected_percent", pa.float64()),
    pa.field("observed_value", pa.string()),
    pa.field("checked_at", TS, nullable=False),
    pa.field("ingest_date", pa.date32(), nullable=False),
])

# MinHash signatures, their LSH band buckets, and the links they find (pipeline/links.py).
SIGNATURES_SCHEMA = pa.schema([
    pa.field("content_sha256", pa.string(), nullable=False),
    pa.field("document_id", pa.string(), nullable=False),
    pa.field("body_sha256", pa.string(), nullable=False),
    pa.field("shingles", pa.int32(), nullable=False),
    pa.field("minhash", pa.list_(pa.uint64()), nullable=False),
    # links.story_features of the body (schema 3; null before): the story vector, sparse
    pa.field("story_keys", pa.list_(pa.int64())),
    pa.field("story_weights", pa.list_(pa.float32())),
    *_RUN_COLUMNS,
])
LINK_BUCKETS_SCHEMA = pa.schema([
    pa.field("doc_key", pa.int64(), nullable=False),  # links.doc_key(content_sha256)
    pa.field("band", pa.int16(), nullable=False),
    pa.field("bucket", pa.int64(), nullable=False),
    pa.field("day", pa.int32(), nullable=False),  # days since 1970 (story bands and terms), else -1
    *_RUN_COLUMNS,
])
DOCUMENT_LINKS_SCHEMA = pa.schema([
    pa.field("a_content_sha256", pa.string(), nullable=False),
    pa.field("a_document_id", pa.string(), nullable=False),
    pa.field("b_content_sha256", pa.string(), nullable=False),
    pa.field("b_document_id", pa.string(), nullable=False),
    pa.field("similarity", pa.float64(), nullable=False),
    pa.field("kind", pa.string(), nullable=False),
    pa.field("method", pa.string(), nullable=False),
    pa.field("threshold", pa.float64(), nullable=False),
    *_RUN_COLUMNS,
])  # fmt: skip

RUNS_SCHEMA = pa.schema([
    pa.field("run_id", pa.string(), nullable=False),
    pa.field("started_at", TS, nullable=False),
    pa.field("finished_at", TS, nullable=False),
    pa.field("duration_s", pa.float64(), nullable=False),
    pa.field("landing_dir", pa.string(), nullable=False),
    pa.field("files_seen", pa.int64(), nullable=False),
    pa.field("files_unchanged", pa.int64(), nullable=False),
    pa.field("files_new", pa.int64(), nullable=False),
    pa.field("files_changed", pa.int64(), nullable=False),
    pa.field("files_duplicate", pa.int64(), nullable=False),
    pa.field("documents", pa.int64(), nullable=False),
    pa.field("quarantined", pa.int64(), nullable=False),
    pa.field("segments", pa.int64(), nullable=False),
    pa.field("date_mentions", pa.int64(), nullable=False),
    pa.field("citations", pa.int64(), nullable=False),
    pa.field("counts_json", pa.string(), nullable=False),
    pa.field("pipeline_version", pa.string(), nullable=False),
    pa.field("schema_version", pa.int32(), nullable=False),
    pa.field("ingest_date", pa.date32(), nullable=False),
])

SCHEMAS: dict[str, pa.Schema] = {
    FILES: FILES_SCHEMA,
    RAW_DOCUMENTS: RAW_DOCUMENTS_SCHEMA,
    DOCUMENTS: DOCUMENTS_SCHEMA,
    SEGMENTS: SEGMENTS_SCHEMA,
    DATE_MENTIONS: DATE_MENTIONS_SCHEMA,
    CITATIONS: CITATIONS_SCHEMA,
    OUTLETS: OUTLETS_SCHEMA,
    QUARANTINE: QUARANTINE_SCHEMA,
    RUNS: RUNS_SCHEMA,
    DQ_RESULTS: DQ_RESULTS_SCHEMA,
    SIGNATURES: SIGNATURES_SCHEMA,
    LINK_BUCKETS: LINK_BUCKETS_SCHEMA,
    DOCUMENT_LINKS: DOCUMENT_LINKS_SCHEMA,
}

# Tables written once per batch and made visible by the run's commit.
BATCH_TABLES = (
    FILES, RAW_DOCUMENTS, DOCUMENTS, SEGMENTS, DATE_MENTIONS, CITATIONS, QUARANTINE, DQ_RESULTS,
    SIGNATURES, LINK_BUCKETS, DOCUMENT_LINKS,
)  # fmt: skip
# Tables whose rows belong to one document version; the quality gate moves them together.
DOCUMENT_TABLES = (
    RAW_DOCUMENTS, DOCUMENTS, SEGMENTS, DATE_MENTIONS, CITATIONS, SIGNATURES, LINK_BUCKETS,
)  # fmt: skip
