"""Time and peak memory of warehouse queries, each in a fresh process on newsdesk's connection.

    python benchmarks/query_memory.py DATA_DIR "select count(*) from documents_current" [SQL ...]
    python benchmarks/query_memory.py DATA_DIR --marts

A query's cost at scale is what decides whether the marts, the report and a search rebuild
work on a large warehouse: DuckDB keeps to its memory cap for what it accounts for, but the
process grows past it (readers of the lake's many files, the allocator), and that is what a
machine runs out of. Each query runs in a child process of its own (so one query's leftovers
do not count against the next) on ``warehouse.connect`` (the 512 MB cap); the line printed per
query gives its wall seconds, the child's peak RSS (``getrusage``), rows, or the error.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import time
from pathlib import Path


def _measure(data_dir: str, sql: str, out: multiprocessing.SimpleQueue) -> None:
    from pipeline import warehouse
    from pipeline.config import load_settings

    settings = load_settings(data_dir=Path(data_dir))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    try:
        with warehouse.connect(settings) as con:
            rows = len(con.execute(sql).fetchall())
        error = None
    except Exception as exc:  # noqa: BLE001 - reported, not raised: the next query still runs
        rows, error = None, f"{type(exc).__name__}: {str(exc).splitlines()[0][:160]}"
    out.put({
        "sql": sql, "seconds": round(time.perf_counter() - started, 2), "rows": rows,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "rss_before_mb": round(before / 1024), "error": error,
    })  # fmt: skip


def measure(data_dir: Path, sql: str) -> dict:
    """One query in a fresh (spawned) process: its seconds, rows and peak RSS."""
    context = multiprocessing.get_context("spawn")
    out = context.SimpleQueue()
    child = context.Process(target=_measure, args=(str(data_dir), sql, out))
    child.start()
    child.join()
    return out.get() if not out.empty() else {"sql": sql, "error": f"exit {child.exitcode}"}


MART_VIEWS = (
    "documents_current", "documents_by_outlet_language", "documents_per_outlet_day",
    "documents_per_outlet_week", "language_mix", "boilerplate_per_outlet",
    "cited_sources_per_outlet",
)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("sql", nargs="*")
    parser.add_argument("--marts", action="store_true", help="count(*) of each mart view")
    args = parser.parse_args()
    queries = list(args.sql)
    if args.marts:
        queries += [f"select count(*) from {view}" for view in MART_VIEWS]
    for sql in queries:
        print(json.dumps(measure(args.data_dir, sql)), flush=True)


if __name__ == "__main__":
    main()
