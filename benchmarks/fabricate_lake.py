"""A committed lake of N documents in minutes, for probing the warehouse's queries at scale.

    python benchmarks/fabricate_lake.py DATA_DIR [--docs 1000000] [--batch 1000]
        [--changed 0.05] [--touched 0.02] [--body-words 300]

Making a million-document warehouse with ``newsdesk bench --docs 1000000`` takes over an hour
of both cores; what the warehouse's queries cost at that size (``documents_current``, the
checks, a search rebuild) depends on the lake's shape, not on real article text. This writes
the ``documents`` and ``files`` tables of two committed runs, batch files of ``--batch`` rows
as a run writes them: the first run brings every document (status ``new``), the second
changes a share of them (a version 2 and a ``changed`` observation) and touches another
share (a ``touched`` observation of the same content). Bodies are ``--body-words`` words
drawn from a small vocabulary, titles six, languages 60% de, 20% en, the rest fr, es, it, nl.
The other tables get their zero-row schema files only. Then the warehouse catalogue is built.
Reproducible: the same arguments make the same lake.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path

import duckdb
import pyarrow as pa

from pipeline import __version__, io, schemas, warehouse
from pipeline.config import load_settings

FIRST_RUN = "20261101T000000Z-fab001"
SECOND_RUN = "20261102T000000Z-fab002"

# One batch of documents, made by DuckDB from row numbers: hashes from the numbers, words
# from a fixed vocabulary picked by a hash of (row, position).
BATCH_SQL = """
with numbers as (
    select i, i + $version * 1000000000 as key,
    from range($first, $last) as t(i)
)
select
    sha256(key::varchar) as content_sha256,
    substr(sha256('path' || i::varchar), 1, 16) as document_id,
    $version::integer as version,
    'fab/' || (i // 1000)::varchar || '/' || i::varchar || '.txt' as source_path,
    3400::bigint as size_bytes,
    timestamp '2026-10-01 00:00:00+00' + to_seconds(i) as mtime,
    'utf-8' as encoding,
    false as repaired,
    list_aggregate(list_transform(range(6), p -> $words[(1 + hash(key, p, 'title') % $n)::bigint]),
                   'string_agg', ' ') as title,
    null::varchar as lead,
    list_aggregate(list_transform(range($body_words), p -> $words[(1 + hash(key, p) % $n)::bigint]),
                   'string_agg', ' ') as body,
    case when i % 10 < 6 then 'de' when i % 10 < 8 then 'en'
         else ['fr', 'es', 'it', 'nl'][(1 + i % 4)::bigint] end as language,
    0.99 as language_confidence,
    []::varchar[] as other_languages,
    timestamp '2026-01-01 00:00:00+00' + to_seconds(i * 25) as published_at,
    null::varchar as published_local, 'Europe/Berlin' as published_timezone,
    'minute' as published_precision, 'dateline' as published_source,
    'fabricated' as published_evidence, null::timestamptz as updated_at,
    null::varchar as updated_precision, null::varchar as updated_evidence,
    'o' || (i % 40)::varchar as outlet_id,
    'Outlet ' || (i % 40)::varchar as outlet_name,
    0.9 as outlet_confidence,
    'fabricated' as outlet_rule, 'fabricated' as outlet_evidence,
    'o' || (i % 40)::varchar as outlet_candidate_id,
    3400 as raw_chars, 40 as title_chars, 2400 as body_chars, 960 as boilerplate_chars,
    0.28 as boilerplate_share, 24 as segment_count,
    $pipeline as pipeline_version, $schema as schema_version,
    $now::timestamptz as ingested_at, $run as run_id, $day::date as ingest_date,
from numbers
where hash(i, 'pick') % 1000 between $low and $high - 1
"""

VOCABULARY = (
    "stadt rat haushalt schule brücke verkehr polizei gericht wahl partei minister bürger "
    "council budget school bridge traffic police court election party minister citizens "
    "ville conseil budget école pont trafic police tribunal élection parti ministre "
    "ciudad consejo presupuesto escuela puente tráfico policía tribunal elección partido "
    "città consiglio bilancio scuola ponte traffico polizia tribunale elezione partito "
    "stad raad begroting school brug verkeer politie rechtbank verkiezing partij minister"
).split()


def fabricate(
    data_dir: Path,
    docs: int,
    *,
    batch: int = 1000,
    changed: float = 0.05,
    touched: float = 0.02,
    body_words: int = 300,
) -> dict[str, int]:
    """Write the two runs' batch files and commits under ``data_dir``; return row counts."""
    settings = load_settings(data_dir=data_dir)
    lake = settings.lake_dir
    io.ensure_schema_files(lake)
    con = duckdb.connect()
    counts = {"documents": 0, "files": 0}
    cut, touch = round(changed * 1000), round((changed + touched) * 1000)
    runs = (  # run, day, version, per-mille range of the rows, status
        (FIRST_RUN, dt.date(2026, 11, 1), 1, (0, 1000), "new"),
        (SECOND_RUN, dt.date(2026, 11, 2), 2, (0, cut), "changed"),
        (SECOND_RUN, dt.date(2026, 11, 2), 1, (cut, touch), "touched"),
    )
    for run_id, day, version, (low, high), status in runs:
        now = dt.datetime.combine(day, dt.time(1), dt.UTC)
        for number, first in enumerate(range(0, docs, batch), start=1):
            params = {
                "first": first, "last": min(first + batch, docs), "version": version,
                "low": low, "high": high, "words": list(VOCABULARY), "n": len(VOCABULARY),
                "body_words": body_words, "pipeline": __version__,
                "schema": schemas.SCHEMA_VERSION, "now": now, "run": run_id, "day": day,
            }  # fmt: skip
            rows = con.execute(BATCH_SQL, params).to_arrow_table()
            if not rows.num_rows:
                continue
            # a touched file is the same content seen again: an observation, no new version
            part = f"{'t' if status == 'touched' else 'b'}{number:05d}"
            if status != "touched":
                path = io.batch_file(lake, schemas.DOCUMENTS, day, run_id, part)
                io.write_table(rows, path, schemas.DOCUMENTS_SCHEMA)
                counts["documents"] += rows.num_rows
            files = _files_rows(rows, status, now, run_id, day)
            path = io.batch_file(lake, schemas.FILES, day, run_id, part)
            io.write_table(files, path, schemas.FILES_SCHEMA)
            counts["files"] += files.num_rows
    for run_id, day in ((FIRST_RUN, dt.date(2026, 11, 1)), (SECOND_RUN, dt.date(2026, 11, 2))):
        _commit(lake, run_id, day)
    warehouse.ensure(settings)
    return counts


def _files_rows(rows: pa.Table, status: str, now: dt.datetime, run_id: str,
                day: dt.date) -> pa.Table:  # fmt: skip
    n = rows.num_rows
    return pa.table({
        "source_path": rows["source_path"],
        "size_bytes": rows["size_bytes"],
        "mtime_ns": pa.array([1_790_000_000_000_000_000] * n, pa.int64()),
        "content_sha256": rows["content_sha256"],
        "document_id": rows["document_id"],
        "version": rows["version"],
        "status": pa.array([status] * n, pa.string()),
        "duplicate_of": pa.array([None] * n, pa.string()),
        "seen_at": pa.array([now] * n, schemas.TS),
        "run_id": pa.array([run_id] * n, pa.string()),
        "ingest_date": pa.array([day] * n, pa.date32()),
    })


def _commit(lake: Path, run_id: str, day: dt.date) -> None:
    now = dt.datetime.combine(day, dt.time(2), dt.UTC)
    row = {"run_id": run_id, "started_at": now, "finished_at": now, "duration_s": 0.0,
           "landing_dir": "fabricated", "files_seen": 0, "files_unchanged": 0, "files_new": 0,
           "files_changed": 0, "files_duplicate": 0, "documents": 0, "quarantined": 0,
           "segments": 0, "date_mentions": 0, "citations": 0, "counts_json": json.dumps({}),
           "pipeline_version": __version__, "schema_version": schemas.SCHEMA_VERSION,
           "ingest_date": day}  # fmt: skip
    table = pa.Table.from_pylist([row], schema=schemas.RUNS_SCHEMA)
    io.write_table(table, io.batch_file(lake, schemas.RUNS, day, run_id, "commit"),
                   schemas.RUNS_SCHEMA)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--docs", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--changed", type=float, default=0.05)
    parser.add_argument("--touched", type=float, default=0.02)
    parser.add_argument("--body-words", type=int, default=300)
    args = parser.parse_args()
    started = time.perf_counter()
    counts = fabricate(args.data_dir, args.docs, batch=args.batch, changed=args.changed,
                       touched=args.touched, body_words=args.body_words)  # fmt: skip
    print(json.dumps({**counts, "seconds": round(time.perf_counter() - started, 1)}))


if __name__ == "__main__":
    main()
