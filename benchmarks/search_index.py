"""Seconds and CPU seconds of building a run's search shards, newsdesk's way and the fts
extension's own way, on the same documents.

    python benchmarks/search_index.py --data-dir data/bench/data [--repeats 2]

Reads the documents of the data folder's first committed run (a benchmark's data folder after
``newsdesk bench``), and for each shard (language group, ingest month) builds it in scratch
tables of the warehouse, alternating: ``newsdesk`` is ``warehouse._build_shard`` (the
extension makes the empty index, ``warehouse.index_rows`` fills it); ``extension`` fills the
table first and runs ``create_fts_index`` on it. One shard at a time, so each build has both
cores to itself. The scratch tables are dropped at the end.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import psutil

from pipeline import io, schemas, warehouse
from pipeline.config import Settings


def _extension_build(con, job: warehouse._ShardJob) -> None:
    con.execute(
        f"create or replace table {job.table} as select {warehouse._SEARCH_COLUMNS} "
        f"from {job.source} where list_contains(?, language) "
        "and strftime(ingest_date, '%Y%m') = ?",
        [job.members, job.month],
    )
    stemmer = warehouse.STEMMERS.get(job.group, "none")
    con.execute(f"pragma create_fts_index('{job.table}', 'content_sha256', 'title', 'body', "
                f"stemmer='{stemmer}', stopwords='none', overwrite=1)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    settings = Settings(landing_dir=args.data_dir, data_dir=args.data_dir)
    run_id = sorted(io.committed_run_ids(settings.lake_dir))[0]
    files = io.run_files(settings.lake_dir, schemas.DOCUMENTS, run_id)
    source = f"read_parquet({io.sql_paths(files)}, union_by_name = true)"
    me = psutil.Process()
    totals: dict[str, list[float]] = {"newsdesk": [0.0, 0.0], "extension": [0.0, 0.0]}
    with warehouse._open_search(settings) as con:
        found = con.execute(
            f"select language, strftime(ingest_date, '%Y%m'), count(*) from {source} group by all"
        ).fetchall()
        jobs = warehouse._shard_jobs(found, source, "_bench")
        print(f"{'shard':28} {'docs':>7} {'way':>9} {'seconds':>8} {'CPU-s':>7}")
        for job in jobs:
            for _ in range(args.repeats):
                for way, build in (("newsdesk", warehouse._build_shard),
                                   ("extension", _extension_build)):  # fmt: skip
                    cpu, started = sum(me.cpu_times()[:2]), time.perf_counter()
                    build(con, job)
                    seconds = time.perf_counter() - started
                    used = sum(me.cpu_times()[:2]) - cpu
                    totals[way][0] += seconds / args.repeats
                    totals[way][1] += used / args.repeats
                    print(f"{job.table:28} {job.documents:7} {way:>9} {seconds:8.2f} {used:7.2f}")
            con.execute(f"pragma drop_fts_index('{job.table}')")
            con.execute(f"drop table {job.table}")
    for way, (seconds, used) in totals.items():
        print(f"all shards, {way}: {seconds:.2f} s, {used:.2f} CPU-s (mean of {args.repeats})")


if __name__ == "__main__":
    main()
