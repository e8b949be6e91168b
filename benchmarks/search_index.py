"""Seconds and CPU seconds of building a run's search shards, newsdesk's way and the fts
extension's own way, on the same documents.

    python benchmarks/search_index.py --data-dir data/bench/data [--repeats 2]
        [--ways newsdesk] [--shard-docs 100000]

Reads the documents of the data folder's first committed run (a benchmark's data folder after
``newsdesk bench``), and for each shard (language group, ingest month) builds it in scratch
tables of the warehouse, alternating: ``newsdesk`` is ``warehouse._build_shard`` (the
extension makes the empty index, ``warehouse.index_rows`` fills it); ``extension`` fills the
table first and runs ``create_fts_index`` on it. One shard at a time, so each build has both
cores to itself. The scratch tables are dropped at the end. ``--shard-docs`` sets the size cap
of a shard (``warehouse.SEARCH_SHARD_DOCS``); the last line is the process's peak RSS, so one
process per cap (and ``--ways newsdesk``) measures what a cap costs in memory.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

import psutil

from pipeline import io, schemas, warehouse
from pipeline.config import Settings


def _extension_build(con, job: warehouse._ShardJob) -> None:
    select, params = warehouse.shard_rows(job)
    con.execute(f"create or replace table {job.table} as {select}", params)
    stemmer = warehouse.STEMMERS.get(job.group, "none")
    con.execute(f"pragma create_fts_index('{job.table}', 'content_sha256', 'title', 'body', "
                f"stemmer='{stemmer}', stopwords='none', overwrite=1)")  # fmt: skip


WAYS = {"newsdesk": warehouse._build_shard, "extension": _extension_build}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--ways", nargs="+", choices=WAYS, default=list(WAYS))
    parser.add_argument("--shard-docs", type=int, default=warehouse.SEARCH_SHARD_DOCS)
    args = parser.parse_args()
    warehouse.SEARCH_SHARD_DOCS = args.shard_docs
    settings = Settings(landing_dir=args.data_dir, data_dir=args.data_dir)
    run_id = sorted(io.committed_run_ids(settings.lake_dir))[0]
    files = io.run_files(settings.lake_dir, schemas.DOCUMENTS, run_id)
    source = f"read_parquet({io.sql_paths(files)}, union_by_name = true)"
    me = psutil.Process()
    totals: dict[str, list[float]] = {way: [0.0, 0.0] for way in args.ways}
    with warehouse._open_search(settings) as con:
        found = con.execute(
            f"select language, strftime(ingest_date, '%Y%m'), count(*) from {source} group by all"
        ).fetchall()
        jobs = warehouse._shard_jobs(found, source, "_bench")
        print(f"{'shard':28} {'docs':>7} {'way':>9} {'seconds':>8} {'CPU-s':>7}")
        for job in jobs:
            for _ in range(args.repeats):
                for way in args.ways:
                    build = WAYS[way]
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
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"peak RSS of this process: {peak} MB (shards of at most {args.shard_docs} documents)")


if __name__ == "__main__":
    main()
