"""The I/O shell around the pure stages: what the CLI, Airflow and Dagster call.

A run is ``discover`` (list the landing folder, hash what changed, write batch manifests) →
``run_batch`` for each manifest (read, process, write that batch's Parquet files) → ``publish``
(write the run's row in ``runs``: the commit that makes the batch files visible, then refresh
the warehouse). Each step takes settings and a run id and returns a small JSON-safe report, so
an orchestrator can pass reports between tasks and retry any step: a batch overwrites only its
own files, and a crashed run's files are invisible and removed by the next run.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import fcntl
import itertools
import json
import os
import re
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from pipeline import __version__, io, schemas, warehouse
from pipeline.annotate.language import LanguageIdentifier
from pipeline.annotate.outlet import DISCOVERED_PREFIX, Registry
from pipeline.config import Settings
from pipeline.listing import SPLIT_AFTER_FILES, Columns, list_landing_columns
from pipeline.reasons import QuarantineReason

if TYPE_CHECKING:
    from pipeline import pairsigs

STAGING = "staging"


@dataclass
class StageReport:
    """What a stage did: counts and paths, never data."""

    stage: str
    run_id: str
    counts: dict[str, int] = field(default_factory=dict)
    paths: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> StageReport:
        return cls(**data)


class RunLockedError(RuntimeError):
    """Another newsdesk run holds the data folder."""


@contextlib.contextmanager
def run_lock(settings: Settings) -> Iterator[None]:
    """One writer per data folder: runs of the CLI and orchestrators never interleave."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    with open(settings.data_dir / ".newsdesk.lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise RunLockedError(f"another newsdesk run is using {settings.data_dir}") from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def prepare(settings: Settings, run_id: str) -> StageReport:
    """Make the lake and warehouse ready and drop what crashed runs left behind."""
    started = time.perf_counter()
    io.ensure_schema_files(settings.lake_dir)
    grace = settings.stale_run_after_s
    removed = io.remove_uncommitted(settings.lake_dir, keep_run=run_id, older_than_s=grace)
    staging = settings.data_dir / STAGING
    if staging.is_dir():
        for folder in staging.iterdir():
            if folder.name != run_id and folder.stat().st_mtime < time.time() - grace:
                shutil.rmtree(folder, ignore_errors=True)
    (staging / run_id).mkdir(parents=True, exist_ok=True)
    run_file = staging / run_id / "run.json"
    if not run_file.exists():
        begun = dt.datetime.now(dt.UTC).isoformat()
        io.write_json(run_file, {"run_id": run_id, "started_at": begun})
    warehouse.ensure(settings)
    return StageReport(
        "prepare",
        run_id,
        {"removed_uncommitted_files": len(removed)},
        seconds=time.perf_counter() - started,
    )


def discover(
    settings: Settings,
    run_id: str,
    *,
    now: dt.datetime | None = None,
    on_work: Callable[[], None] | None = None,
) -> StageReport:
    """Find new and changed files; write batch manifests and the skipped files' rows.

    A file whose size and mtime match the last run is not read. A file that was touched but
    not changed (same hash) is recorded with its new mtime, so the next run skips it on stat.
    A file whose content is already known under another path is recorded as a duplicate.

    Built for millions of files: the listing is an Arrow table joined in DuckDB with the last
    observation of every path (no Python object per known file), only files whose stat changed
    are hashed, and manifests and skipped rows are written chunk by chunk as they are found.

    ``on_work`` is called once, when discover has found enough files to process for the run
    to need the batch workers (``work_threshold``; a smaller run, or one with nothing to do,
    never calls it).
    """
    started = time.perf_counter()
    now = now or dt.datetime.now(dt.UTC)
    counts: Counter[str] = Counter()
    staging = settings.data_dir / STAGING / run_id
    staging.mkdir(parents=True, exist_ok=True)
    claimed = _claimed_by_other_runs(settings, run_id)
    listing, errors = _listing(settings)
    counts["files_seen"] = listing.num_rows + len(errors)
    writer = _DiscoverWriter(settings, run_id, now, staging, on_work)
    for error in errors:
        writer.candidate(_candidate(error.source_path, "", 0, 0, None, None, "unreadable",
                                    error.detail))  # fmt: skip
    spill = staging / "duckdb-spill"
    spill.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(config={"memory_limit": DISCOVER_MEMORY, "temp_directory": str(spill),
                                "preserve_insertion_order": True}) as con:  # fmt: skip
        _register_known_files(con, settings.lake_dir)
        con.register("listing", listing)
        con.execute(
            "create temp table changed as select l.source_path, l.size_bytes, l.mtime_ns, "
            "k.source_path is not null as seen_before, "
            "k.content_sha256 as previous_sha256, k.version as previous_version, "
            "k.max_version from listing as l left join latest_files as k using (source_path) "
            "where k.source_path is null or k.size_bytes <> l.size_bytes "
            "or k.mtime_ns <> l.mtime_ns"
        )
        changed = con.execute("select count(*) from changed").fetchone()[0]
        counts["files_unchanged"] = listing.num_rows - changed
        del listing
        root = str(settings.landing_dir.resolve())
        # Fetched whole (paths and two numbers a file: tens of MB for a million), since each
        # chunk's classification queries this connection, which would end a streaming result.
        todo = con.execute("select * from changed order by source_path").to_arrow_table()
        for chunk in todo.to_batches(max_chunksize=HASH_CHUNK_ROWS):
            hashed = []
            for row in chunk.to_pylist():
                if row["source_path"] in claimed:
                    counts["files_claimed_by_other_run"] += 1
                    continue
                row["abs_path"] = f"{root}/{row['source_path']}"
                try:
                    row["content_sha256"] = io.sha256_file(row["abs_path"])
                except OSError as exc:
                    writer.candidate(_candidate(row["source_path"], row["abs_path"],
                                                row["size_bytes"], row["mtime_ns"], None, row,
                                                "unreadable", str(exc)))  # fmt: skip
                    continue
                hashed.append(row)
            _classify(con, hashed, writer, counts, run_id, now)
    shutil.rmtree(spill, ignore_errors=True)
    paths = writer.close()
    counts["batches"] = writer.batches
    counts["files_to_process"] = writer.candidates
    report = StageReport("discover", run_id, dict(counts), paths, time.perf_counter() - started)
    io.write_json(staging / "discover.json", report.to_dict())
    return report


DISCOVER_MEMORY = "384MB"  # DuckDB's cap while comparing the listing with the known files
HASH_CHUNK_ROWS = 5_000  # changed files hashed and classified per chunk (see _classify)


def _listing(settings: Settings) -> tuple[pa.Table, list[io.ListingError]]:
    """The landing folder as an Arrow table (source_path, size_bytes, mtime_ns), built in
    column chunks so a million paths cost tens of MB, not a Python object each."""
    chunks: list[pa.RecordBatch] = []
    errors: list[io.ListingError] = []
    for paths, sizes, mtimes, chunk_errors in _landing_columns(settings):
        errors += chunk_errors
        columns = [pa.array(paths, pa.string()), pa.array(sizes, pa.int64()),
                   pa.array(mtimes, pa.int64())]  # fmt: skip
        chunks.append(pa.record_batch(columns, schema=LISTING_SCHEMA))
    return pa.Table.from_batches(chunks, schema=LISTING_SCHEMA), errors


def _landing_columns(settings: Settings) -> Iterator[Columns]:
    """The landing folder's listing in column chunks; a large folder is listed in two
    processes unless the run is to use one (``workers = 1``)."""
    return list_landing_columns(
        settings.landing_dir,
        follow_symlinks=settings.follow_symlinks,
        split_after=SPLIT_AFTER_FILES if settings.worker_count > 1 else None,
    )


LISTING_SCHEMA = pa.schema([("source_path", pa.string()), ("size_bytes", pa.int64()),
                            ("mtime_ns", pa.int64())])  # fmt: skip


def _register_known_files(con: duckdb.DuckDBPyConnection, lake: Path) -> None:
    """Views over the committed ``files`` rows: ``latest_files`` (the last observation of each
    path, with its current and highest version) and ``known_hashes`` (every content hash ever
    processed, with the document and version it first became)."""

    files = io.table_files(lake, schemas.FILES)
    committed = sorted(io.committed_run_ids(lake))
    if files and committed:
        con.read_parquet([str(p) for p in files]).create_view("files_all")
        con.register("committed_runs", pa.table({"run_id": pa.array(committed, pa.string())}))
        con.execute("create temp view files_seen as select * from files_all "
                    "where run_id in (select run_id from committed_runs)")  # fmt: skip
    else:
        con.register("files_seen", schemas.FILES_SCHEMA.empty_table())
    con.execute(
        "create temp table latest_files as select source_path, "
        "arg_max(size_bytes, seen_at) as size_bytes, arg_max(mtime_ns, seen_at) as mtime_ns, "
        "arg_max(content_sha256, seen_at) as content_sha256, "
        "arg_max(version, seen_at) filter (where version is not null) as version, "
        "coalesce(max(version), 0) as max_version from files_seen group by source_path"
    )
    con.execute(
        "create temp table known_hashes as select content_sha256, "
        "arg_min(document_id, seen_at) as document_id, arg_min(version, seen_at) as version "
        "from files_seen where status in ('new', 'changed', 'quarantined') "
        "and content_sha256 is not null group by content_sha256"
    )


def _classify(
    con: duckdb.DuckDBPyConnection,
    hashed: list[dict],
    writer: _DiscoverWriter,
    counts: Counter[str],
    run_id: str,
    now: dt.datetime,
) -> None:
    """Sort hashed files into touched, reverted, duplicate, and new or changed (candidates)."""
    if not hashed:
        return
    shas = pa.table({"content_sha256": pa.array([r["content_sha256"] for r in hashed])})
    con.register("chunk_hashes", shas)
    known = {
        sha: (doc, version)
        for sha, doc, version in con.execute(
            "select k.content_sha256, k.document_id, k.version from known_hashes as k "
            "join (select distinct content_sha256 from chunk_hashes) using (content_sha256)"
        ).fetchall()
    }
    con.unregister("chunk_hashes")
    fresh: dict[str, tuple[str, int]] = {}  # this chunk's new content: (document, version)
    for row in hashed:
        sha, path = row["content_sha256"], row["source_path"]
        document_id = io.document_id_for(path)
        stat = io.FileStat(path, row["abs_path"], row["size_bytes"], row["mtime_ns"])
        previous = {"version": row["previous_version"]} if row["seen_before"] else None
        if previous and row["previous_sha256"] == sha:
            counts["files_unchanged"] += 1
            counts["files_touched"] += 1
            writer.skipped(_file_row(stat, sha, previous, "touched", None, run_id, now))
        elif sha in known and known[sha][0] == document_id:
            # Changed back to content this path had before: that version is current again.
            counts["files_reverted"] += 1
            reverted = {"version": known[sha][1]}
            writer.skipped(_file_row(stat, sha, reverted, "reverted", None, run_id, now))
        elif sha in known or sha in fresh:
            counts["files_duplicate"] += 1
            writer.skipped(_file_row(stat, sha, previous, "duplicate", sha, run_id, now))
        else:
            counts["files_changed" if row["seen_before"] else "files_new"] += 1
            entry = _candidate(path, row["abs_path"], row["size_bytes"], row["mtime_ns"], sha, row)
            fresh[sha] = (document_id, entry["version"])
            writer.candidate(entry)
    # Later chunks see this run's new content as known (a copy of it is a duplicate). Kept in
    # DuckDB, not in a Python set: a million new hashes as Python objects spread over the
    # chunks' garbage and left ~60 MB of half-empty heap arenas in this process for the rest
    # of the run.
    if fresh:
        shas, ids = list(fresh), list(fresh.values())
        con.register("chunk_new", pa.table({
            "content_sha256": pa.array(shas, pa.string()),
            "document_id": pa.array([d for d, _ in ids], pa.string()),
            "version": pa.array([v for _, v in ids], pa.int32()),
        }))  # fmt: skip
        con.execute("insert into known_hashes select content_sha256, document_id, version "
                    "from chunk_new")  # fmt: skip
        con.unregister("chunk_new")


# A run smaller than one batch is split over the workers, in parts of at least this many
# files: below it, the quality gate's fixed cost per batch (~0.15 s) outweighs the second core.
MIN_SPLIT_FILES = 100


def work_threshold(settings: Settings) -> int:
    """The fewest files to process that make more than one batch (or part of one), so that a
    run uses the batch workers; a smaller run is made in the calling process."""
    return min(settings.batch_size + 1, 2 * MIN_SPLIT_FILES)


class _DiscoverWriter:
    """Writes batch manifests and skipped-file rows as discover finds them (bounded memory)."""

    SKIPPED_CHUNK = 100_000

    def __init__(
        self,
        settings: Settings,
        run_id: str,
        now: dt.datetime,
        staging: Path,
        on_work: Callable[[], None] | None = None,
    ):
        self.settings, self.run_id, self.now, self.staging = settings, run_id, now, staging
        self.on_work = on_work
        self.pending: list[dict] = []
        self.skipped_rows: list[dict] = []
        self.paths: list[str] = []
        self.batches = self.candidates = self.skipped_parts = 0

    def candidate(self, entry: dict) -> None:
        self.pending.append(entry)
        self.candidates += 1
        if self.candidates == work_threshold(self.settings) and self.on_work:
            self.on_work()
        if len(self.pending) >= self.settings.batch_size:
            self._flush_batch()

    def skipped(self, row: dict) -> None:
        self.skipped_rows.append(row)
        if len(self.skipped_rows) >= self.SKIPPED_CHUNK:
            self._flush_skipped()

    def _flush_batch(self) -> None:
        if not self.pending:
            return
        self.batches += 1
        manifest = self.staging / f"batch-{self.batches:05d}.json"
        io.write_json(manifest, {"run_id": self.run_id, "batch": self.batches,
                               "ingest_date": self.now.date().isoformat(),
                               "files": self.pending})  # fmt: skip
        self.paths.append(str(manifest))
        self.pending = []

    def _flush_skipped(self) -> None:
        if not self.skipped_rows:
            return
        self.skipped_parts += 1
        part = "discover" if self.skipped_parts == 1 else f"discover{self.skipped_parts:03d}"
        table = pa.Table.from_pylist(self.skipped_rows, schema=schemas.FILES_SCHEMA)
        path = io.batch_file(self.settings.lake_dir, schemas.FILES, self.now.date(),
                             self.run_id, part)  # fmt: skip
        self.paths.insert(0, str(io.write_table(table, path, schemas.FILES_SCHEMA)))
        self.skipped_rows = []

    def close(self) -> list[str]:
        if not self.batches:  # the whole run fits in one batch: give every worker a part
            files = self.pending
            parts = max(1, min(self.settings.worker_count, len(files) // MIN_SPLIT_FILES))
            for i in range(parts):
                self.pending = files[i * len(files) // parts : (i + 1) * len(files) // parts]
                self._flush_batch()
        self._flush_batch()
        self._flush_skipped()
        return self.paths


def _claimed_by_other_runs(settings: Settings, run_id: str) -> set[str]:
    """Paths in the batch manifests of runs still in flight: they will commit them."""
    staging = settings.data_dir / STAGING
    if not staging.is_dir():
        return set()
    cutoff = time.time() - settings.stale_run_after_s
    committed = io.committed_run_ids(settings.lake_dir)
    claimed: set[str] = set()
    for folder in staging.iterdir():
        if folder.name in (run_id, *committed) or folder.stat().st_mtime < cutoff:
            continue
        for manifest in folder.glob("batch-*.json"):
            entries = json.loads(manifest.read_text("utf-8"))["files"]
            claimed.update(entry["source_path"] for entry in entries)
    return claimed


def run_started_at(settings: Settings, run_id: str) -> dt.datetime:
    """When ``prepare`` began the run (orchestrators run the steps in separate processes)."""
    run_file = settings.data_dir / STAGING / run_id / "run.json"
    if run_file.exists():
        return dt.datetime.fromisoformat(json.loads(run_file.read_text("utf-8"))["started_at"])
    return dt.datetime.now(dt.UTC)


def manifests(report: StageReport) -> list[str]:
    return [p for p in report.paths if p.endswith(".json")]


def _candidate(
    source_path: str,
    abs_path: str,
    size: int,
    mtime_ns: int,
    sha: str | None,
    known: dict | None,
    error: str | None = None,
    detail: str | None = None,
) -> dict:
    """A manifest entry; ``known`` is the path's last observation (with ``max_version``)."""
    version = (known.get("max_version") or 0) + 1 if known else 1
    return {
        "source_path": source_path,
        "abs_path": abs_path,
        "size_bytes": size,
        "mtime_ns": mtime_ns,
        "content_sha256": sha,
        "version": version,
        "document_id": io.document_id_for(source_path),
        "error": error,
        "detail": detail,
    }


def _file_row(
    item: io.FileStat,
    sha: str | None,
    previous: dict | None,
    status: str,
    duplicate_of: str | None,
    run_id: str,
    now: dt.datetime,
) -> dict:
    return {
        "source_path": item.source_path,
        "size_bytes": item.size_bytes,
        "mtime_ns": item.mtime_ns,
        "content_sha256": sha,
        "document_id": io.document_id_for(item.source_path),
        "version": previous["version"] if previous else None,
        "status": status,
        "duplicate_of": duplicate_of,
        "seen_at": now,
        "run_id": run_id,
        "ingest_date": now.date(),
    }


@lru_cache(maxsize=4)
def _context_parts(
    languages: tuple[str, ...], min_chars: int, accuracy: str, detector: str = "fast"
) -> tuple[LanguageIdentifier, Registry]:
    identify = LanguageIdentifier(languages, min_chars, accuracy, fast=detector == "fast")
    return identify, Registry.load()


def run_batch(settings: Settings, manifest_path: str | Path) -> StageReport:
    """Read, clean and annotate one batch and write its rows to the lake (invisible until
    the run commits). Re-running the same manifest rewrites the same files.

    The files are read and processed ``CHUNK_FILES`` at a time and each chunk's rows go
    straight into the batch's Parquet files (a row group each), so a worker holds one chunk's
    bytes and tables, not the batch's: the gate's fixed cost per batch wants large batches,
    and a worker's memory then does not grow with them.
    """
    from pipeline.process import CHUNK_FILES, OUTPUT_TABLES, ProcessContext, process_batch

    started = time.perf_counter()
    manifest = json.loads(Path(manifest_path).read_text("utf-8"))
    run_id, number = manifest["run_id"], manifest["batch"]
    ingest_date = dt.date.fromisoformat(manifest["ingest_date"])
    now = dt.datetime.now(dt.UTC)
    identify, registry = _context_parts(
        tuple(settings.languages),
        settings.min_segment_chars,
        settings.language_accuracy,
        settings.language_detector,
    )
    registry.discovered.clear()
    ctx = ProcessContext(
        identify=identify,
        registry=registry,
        run_id=run_id,
        now=dt.datetime.combine(ingest_date, now.timetz()),
        default_timezone=settings.default_timezone,
        outlet_min_confidence=settings.outlet_min_confidence,
        min_body_chars=settings.min_body_chars,
    )
    counts: Counter[str] = Counter()
    entries = manifest["files"]
    with contextlib.ExitStack() as stack:
        writers = {
            name: stack.enter_context(io.TableWriter(
                io.batch_file(settings.lake_dir, name, ingest_date, run_id, batch_part(number)),
                schemas.SCHEMAS[name]))
            for name in (*OUTPUT_TABLES, schemas.FILES)
        }  # fmt: skip
        for start in range(0, len(entries), CHUNK_FILES):
            files = _read_files(entries[start : start + CHUNK_FILES], settings.max_file_bytes)
            result = process_batch(files, ctx)
            for name, table in result.tables.items():
                writers[name].write(table)
            writers[schemas.FILES].write(_batch_file_rows(files, result.tables, run_id, ctx.now))
            counts.update(result.counts)
            del files, result
            _release_memory()
    paths = [str(writer.path) for writer in writers.values()]
    return StageReport("batch", run_id, dict(counts), paths, time.perf_counter() - started)


FILE_IDENTITY = (
    "source_path",
    "document_id",
    "version",
    "content_sha256",
    "size_bytes",
    "mtime_ns",
)


def _read_files(entries: list[dict], max_bytes: int) -> pa.Table:
    rows = []
    for entry in entries:
        row = {key: entry[key] for key in FILE_IDENTITY}
        row["mtime"] = dt.datetime.fromtimestamp(entry["mtime_ns"] / 1e9, dt.UTC)
        row["content"], row["error_reason"], row["error_detail"] = None, None, None
        if entry["error"]:
            row["error_reason"], row["error_detail"] = entry["error"], entry["detail"]
        else:
            try:
                content = io.read_capped(entry["abs_path"], max_bytes)
                if content is None:
                    row["error_reason"] = QuarantineReason.TOO_LARGE.value
                    row["error_detail"] = (
                        f"{entry['size_bytes']} bytes > max_file_bytes={max_bytes}"
                    )
                else:
                    row["content"] = content
            except OSError as exc:
                row["error_reason"] = QuarantineReason.UNREADABLE.value
                row["error_detail"] = f"cannot read: {exc}"
        rows.append(row)
    return pa.Table.from_pylist(rows, schema=READ_FILES_SCHEMA)


READ_FILES_SCHEMA = pa.schema([
    ("source_path", pa.string()),
    ("document_id", pa.string()),
    ("version", pa.int32()),
    ("content_sha256", pa.string()),
    ("size_bytes", pa.int64()),
    ("mtime_ns", pa.int64()),
    ("mtime", schemas.TS),
    ("content", pa.large_binary()),
    ("error_reason", pa.string()),
    ("error_detail", pa.string()),
])


def _batch_file_rows(
    files: pa.Table, tables: dict[str, pa.Table], run_id: str, now: dt.datetime
) -> pa.Table:
    quarantined = set(tables[schemas.QUARANTINE].column("source_path").to_pylist())
    rows = []
    for row in files.select(list(FILE_IDENTITY)).to_pylist():
        rows.append({
            **row,
            "status": "quarantined"
            if row["source_path"] in quarantined
            else ("new" if row["version"] == 1 else "changed"),
            "duplicate_of": None,
            "seen_at": now,
            "run_id": run_id,
            "ingest_date": now.date(),
        })
    return pa.Table.from_pylist(rows, schema=schemas.FILES_SCHEMA)


def process_batches(
    settings: Settings,
    manifest_paths: list[str],
    *,
    check: bool = False,
    on_batch: Callable[[StageReport], None] | None = None,
) -> list[StageReport]:
    """Run the batches, in ``settings.worker_count`` processes when there is more than one.

    Workers only read files and write their batch's Parquet files, so they need no lock. With
    ``check``, one more process, the gate, validates each batch as soon as a worker has made it
    (the gate's unit of work is a batch) and renders the run's Data Docs at the end; only that
    process loads Great Expectations. It imports GX (~2-3 s) while the workers make their
    first batches: when the workers' server imported it, both cores sat ~3-4 s mostly idle
    before the first batch. A run of a single batch makes it in this process meanwhile, and
    its gate starts a fresh interpreter (there is no workers' server to fork it from).
    """
    reports: list[StageReport] = []

    def finished(report: StageReport) -> None:
        reports.append(report)
        if on_batch:
            on_batch(report)

    workers = min(settings.worker_count, len(manifest_paths))
    if not manifest_paths or settings.worker_count <= 1 or (workers == 1 and not check):
        for manifest in manifest_paths:
            made, *checked = batch_and_check(settings, manifest, check=check)
            finished(made)
            reports.extend(checked)
        return reports
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor, as_completed

    # A run of one batch has no workers' server to fork the gate from (and would wait ~1.5 s
    # for its imports): the gate starts a fresh interpreter instead, ~50 MB more than a forked
    # one, which only a run without workers can spare.
    context = multiprocessing.get_context("spawn") if workers == 1 else worker_context()
    pending: dict[Future, str] = {}
    checks: list[Future] = []
    with contextlib.ExitStack() as pools:
        pools.callback(stop_workers)  # last: after both pools are shut down
        gate = None
        if check:
            gate = pools.enter_context(ProcessPoolExecutor(max_workers=1, mp_context=context))
            gate.submit(warm_gate, settings)  # starts it now: GX imports while batches are made
        try:
            if workers == 1:
                made = [(manifest_paths[0], run_batch(settings, manifest_paths[0]))]
            else:
                pool = pools.enter_context(
                    ProcessPoolExecutor(max_workers=workers, mp_context=context)
                )
                pending = {pool.submit(make_batch, settings, m): m for m in manifest_paths}
                made = []
            done = ((pending[future], future.result()) for future in as_completed(pending))
            for manifest, report in itertools.chain(made, done):
                finished(report)
                if gate is not None:
                    day, part = _batch_key(manifest)
                    checks.append(gate.submit(gate_batch, settings, report.run_id, day, part))
            reports.extend(future.result() for future in checks)
            if gate is not None and reports:
                gate.submit(build_run_docs, settings, reports[0].run_id, rebuild=True).result()
        except BaseException:
            for future in [*pending, *checks]:
                future.cancel()
            raise
    return reports


def stop_workers() -> None:
    """Stop the workers' server (it holds ~250 MB of imports) once the batches are done, so the
    links and publish phases do not carry it; the next run starts it again."""
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    if server is not None and hasattr(server, "_stop"):  # CPython's own cleanup hook
        server._stop()


def worker_context() -> Any:
    """The start method of the batch workers and the gate process: forkserver, so they start
    from a clean process that imported the pipeline and loaded its models once, never from a
    fork of this one (which may hold DuckDB threads and locks); the modules' memory is shared
    between them."""
    import multiprocessing

    # The server starts as "python -c …", whose first import path is the directory the run
    # started in (Python 3.11's forkserver does not take this process's path): a folder named
    # "pipeline" there, or another checkout's, would be what the workers import. -P's variable
    # leaves that directory out, so they import what this process imported.
    os.environ.setdefault("PYTHONSAFEPATH", "1")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(WORKER_PRELOAD))
    return context


def warm_workers(settings: Settings) -> None:
    """Start the workers' server now, so that its imports and models (~1-1.5 s) overlap the
    rest of this process's discover instead of delaying the first worker. It does not wait:
    the server imports in the background and serves forks when ready; calling it again is
    free."""
    if settings.worker_count <= 1:
        return
    from multiprocessing import forkserver

    worker_context()
    forkserver.ensure_running()


WORKER_PRELOAD = ("pipeline.process", "pipeline.workerinit")


def warm_gate(settings: Settings) -> None:
    """The gate process's first task: import Great Expectations and build its context and
    the suites this run's batches use, before the first batch arrives."""
    from pipeline import quality

    empty = schemas.DOCUMENTS_SCHEMA.empty_table()
    quality.warm_up(_quality_config(settings, dt.datetime.now(dt.UTC), empty))


def make_batch(settings: Settings, manifest_path: str | Path) -> StageReport:
    """A worker's unit of work: one batch, then the memory it used handed back."""
    report = run_batch(settings, manifest_path)
    _release_memory()
    return report


def gate_batch(settings: Settings, run_id: str, day: dt.date, part: str) -> StageReport:
    """The gate process's unit of work: one batch's checks, then the memory handed back."""
    report = check_batch(settings, run_id, day, part)
    _release_memory()
    return report


def _release_memory() -> None:
    """Hand freed memory back to the system, so a process between batches holds only what it
    needs: Arrow's allocator keeps freed pages for reuse (measured: ~75 MB after a 500-file
    batch), and glibc keeps the C heap's (lingua's threads and GX's pandas leave ~100 MB)."""
    pa.default_memory_pool().release_unused()
    _trim_heap()


def batch_and_check(
    settings: Settings, manifest_path: str | Path, *, check: bool = True
) -> list[StageReport]:
    """One batch, then (with ``check``) the quality gate on it, both in this process."""
    reports = [make_batch(settings, manifest_path)]
    if check:
        day, part = _batch_key(manifest_path)
        reports.append(gate_batch(settings, reports[0].run_id, day, part))
    return reports


def _trim_heap() -> None:
    """Give the C heap's free pages back to the system (glibc keeps them for reuse, per
    thread arena)."""
    libc = _libc()
    if libc is not None:  # not glibc: nothing to trim
        libc.malloc_trim(0)


@lru_cache(maxsize=1)
def _libc() -> Any:
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        return None


def _batch_key(manifest_path: str | Path) -> tuple[dt.date, str]:
    """(ingest date, part) of the files a batch manifest's run_batch writes."""
    manifest = json.loads(Path(manifest_path).read_text("utf-8"))
    return dt.date.fromisoformat(manifest["ingest_date"]), batch_part(manifest["batch"])


def batch_part(number: int) -> str:
    """The part name of batch ``number``'s files (``<run_id>-b00001.parquet``)."""
    return f"b{number:05d}"


def batch_parts(settings: Settings, run_id: str) -> list[tuple[dt.date, str]]:
    """(ingest date, part) of every batch this run wrote, from its documents files."""
    parts = []
    for path in io.table_files(settings.lake_dir, schemas.DOCUMENTS):
        stem = path.name.removesuffix(".parquet")
        if stem.startswith(f"{run_id}-b"):
            day = dt.date.fromisoformat(path.parent.name.removeprefix("ingest_date="))
            parts.append((day, stem.removeprefix(f"{run_id}-")))
    return sorted(parts)


def run_quality(
    settings: Settings, run_id: str, *, force: frozenset[str] = frozenset()
) -> StageReport:
    """The quality gate: validate every batch of the run with the expectation suites.

    Document versions failing an error-level check move from the batch's files to
    ``quarantine`` (kept whole: raw bytes plus the failed checks and observed values); every
    result goes to ``dq_results``. A batch whose results exist is done, so a retry skips it and a
    crash half-way is repaired by the retry. ``force`` lists content hashes released with
    ``--force``: their failures are recorded but they publish. Batches may have been checked
    already by the workers that made them; the run's Data Docs are built here from every
    batch's saved results, unless they are up to date.
    """
    started = time.perf_counter()
    counts: Counter[str] = Counter()
    paths = []
    for day, part in batch_parts(settings, run_id):
        report = check_batch(settings, run_id, day, part, force=force)
        counts.update(report.counts)
        paths += report.paths
    index = build_run_docs(settings, run_id, rebuild=bool(counts["batches_checked"]))
    if index is not None:
        paths.append(index)
    return StageReport("quality", run_id, dict(counts), paths, time.perf_counter() - started)


def build_run_docs(settings: Settings, run_id: str, *, rebuild: bool = False) -> str | None:
    """The run's Great Expectations Data Docs, from the validation results every checked batch
    saved in the run's staging folder; built once (again only with ``rebuild``)."""
    from pipeline import quality

    index = docs_dir(settings, run_id) / "index.html"
    if index.exists() and not rebuild:
        return str(index)
    saved = sorted((settings.data_dir / STAGING / run_id / "gx").glob("*.json"))
    results = [item for path in saved for item in json.loads(path.read_text("utf-8"))["results"]]
    built = quality.build_docs(docs_dir(settings, run_id), results)
    return str(built) if built else None


# What the gate reads of a batch besides whole documents, segments and files rows: the raw
# text, to test segment offsets. The bytes and the other tables are read only to move a
# rejected version to quarantine: a passing batch of 1,000 documents skips ~23 MB of Arrow
# data (its link buckets alone are ~17 MB).
GATE_COLUMNS = {schemas.RAW_DOCUMENTS: ["content_sha256", "text"]}


def check_batch(
    settings: Settings,
    run_id: str,
    day: dt.date,
    part: str,
    *,
    force: frozenset[str] = frozenset(),
) -> StageReport:
    """Validate one batch (the quality gate's unit of work); a batch already checked is
    skipped. Its counts move quarantined documents from ``documents`` to ``quarantined``."""
    from pipeline import quality

    started = time.perf_counter()
    counts: Counter[str] = Counter()
    marker = io.batch_file(settings.lake_dir, schemas.DQ_RESULTS, day, run_id, part)
    if marker.exists():
        counts["batches_already_checked"] += 1
        return StageReport("check", run_id, dict(counts), seconds=time.perf_counter() - started)
    now = dt.datetime.now(dt.UTC)
    tables = {
        name: io.read_file(io.batch_file(settings.lake_dir, name, day, run_id, part),
                           schemas.SCHEMAS[name], GATE_COLUMNS.get(name))
        for name in (schemas.DOCUMENTS, schemas.SEGMENTS, schemas.RAW_DOCUMENTS, schemas.FILES)
    }  # fmt: skip
    config = _quality_config(settings, now, tables[schemas.DOCUMENTS])
    outcome = quality.validate(tables, config, batch=part)
    gx_dir = settings.data_dir / STAGING / run_id / "gx"
    gx_dir.mkdir(parents=True, exist_ok=True)
    io.write_json(gx_dir / f"{day.isoformat()}-{part}.json", {"results": outcome.gx_results})
    rejected = {sha: failed for sha, failed in outcome.failed.items() if sha not in force}
    del tables
    if rejected:
        _move_to_quarantine(settings, rejected, day, run_id, part, now)
    results = pa.Table.from_pylist(
        [{**row, "batch": part, "run_id": run_id, "checked_at": now, "ingest_date": day}
         for row in outcome.results],
        schema=schemas.DQ_RESULTS_SCHEMA,
    )  # fmt: skip
    path = io.write_table(results, marker, schemas.DQ_RESULTS_SCHEMA)
    counts["batches_checked"] += 1
    counts["dq_quarantined"] += len(rejected)
    counts["quarantined"] += len(rejected)
    counts["documents"] -= len(rejected)
    counts["dq_forced"] += len(set(outcome.failed) - set(rejected))
    counts["dq_error_failures"] += sum(
        1 for r in outcome.results if not r["success"] and r["severity"] == "error"
    )
    counts["dq_warning_failures"] += sum(
        1 for r in outcome.results if not r["success"] and r["severity"] == "warning"
    )
    for failed in rejected.values():
        for check, _ in failed:
            counts[f"quarantined_dq_{check}"] += 1
    return StageReport("check", run_id, dict(counts), [str(path)], time.perf_counter() - started)


def run_links(settings: Settings, run_id: str) -> StageReport:
    """Link this run's documents to every document ever published that carries the same text
    or tells the same story: bucket joins in DuckDB propose candidate pairs, and their
    signatures, compared in NumPy, confirm them. The stored buckets and signatures are each
    read once per run, however many documents it brings; the joins run a hash partition at a
    time and the pairs are verified a chunk at a time, so memory follows DuckDB's cap and the
    chunk, not the run or the warehouse."""
    import numpy as np
    import pyarrow.parquet as pq

    from pipeline import resign

    started = time.perf_counter()
    lake = settings.lake_dir
    visible = io.committed_run_ids(lake) | {run_id}
    bucket_files = [p for p in io.table_files(lake, schemas.LINK_BUCKETS)
                    if p.name.rsplit("-", 1)[0] in visible]  # fmt: skip
    new_files = [p for p in bucket_files if p.name.startswith(f"{run_id}-")]
    counts: Counter[str] = Counter()
    paths: list[str] = []
    pending: list[pa.Table] = []  # verified links not yet written
    for stale in io.run_files(lake, schemas.DOCUMENT_LINKS, run_id):  # from an earlier attempt
        stale.unlink()
    if not new_files:
        return StageReport("links", run_id, {}, [], time.perf_counter() - started)
    counts.update(resign.ensure_current_scheme(lake, skip_run=run_id))
    signature_files = [p for p in io.table_files(lake, schemas.SIGNATURES)
                       if p.name.rsplit("-", 1)[0] in visible]  # fmt: skip
    day = run_started_at(settings, run_id).date()
    spill = settings.data_dir / STAGING / run_id / "duckdb-spill"
    spill.mkdir(parents=True, exist_ok=True)
    with _links_connection(spill) as con:
        pairs_files = _candidate_pairs(con, bucket_files, new_files, spill)
        total = sum(pq.read_metadata(path).num_rows for path in pairs_files)
        counts["link_candidates"] = int(total)
        if total and signature_files:  # buckets are written with their signatures
            with (
                contextlib.ExitStack() as stack,
                _stage_signatures(con, signature_files, spill / "signatures") as sigs,
            ):
                # The staged tables can wait on disk: the verification's arrays need the memory.
                con.execute(f"set memory_limit = '{LINKS_VERIFY_MEMORY}'")
                readers = (stack.enter_context(pq.ParquetFile(path)) for path in pairs_files)
                chunks = (chunk for reader in readers  # in the files' key order
                          for chunk in reader.iter_batches(LINKS_VERIFY_PAIRS))  # fmt: skip
                for chunk in chunks:
                    pairs = {name: chunk.column(name).to_numpy() for name in ("a", "b", "shared")}
                    a_idx = sigs.rows_of(pairs["a"].astype(np.int64))
                    b_idx = sigs.rows_of(pairs["b"].astype(np.int64))
                    known = (a_idx >= 0) & (b_idx >= 0)
                    found, kinds = _verified_links(
                        sigs, a_idx[known], b_idx[known], pairs["shared"].astype(np.int64)[known]
                    )
                    counts.update(kinds)
                    counts["document_links"] += found.num_rows
                    pending.append(found)
                    if sum(t.num_rows for t in pending) >= LINKS_FILE_ROWS:
                        paths.append(_write_links(con, lake, day, run_id, len(paths) + 1, pending))
                        pending = []
        if pending or not paths:
            paths.append(_write_links(con, lake, day, run_id, len(paths) + 1, pending))
    shutil.rmtree(spill, ignore_errors=True)
    counts.setdefault("document_links", 0)
    return StageReport("links", run_id, dict(counts), paths, time.perf_counter() - started)


def _links_connection(spill: Path) -> duckdb.DuckDBPyConnection:
    """A connection for the links joins, capped at LINKS_MEMORY and spilling under ``spill``.

    Without DuckDB's cache of the Parquet files it reads: that cache kept growing past the
    cap, and at a million new documents the process passed 1.2 GB by the 325th bucket
    partition, where it stays at ~290 MB without it (each partition's files are read three
    times, from the page cache instead)."""
    return duckdb.connect(config={"memory_limit": LINKS_MEMORY, "temp_directory": str(spill),
                                  "preserve_insertion_order": False,
                                  "enable_external_file_cache": False,
                                  "threads": 2})  # fmt: skip


def _write_links(con: duckdb.DuckDBPyConnection, lake: Path, day: dt.date, run_id: str,
                 part: int, found: list[pa.Table]) -> str:  # fmt: skip
    """One ``document_links`` file of the run (``links``, ``links0002``, …): the verified pairs
    (staged rows) with the ids of both sides, from ``pair_signatures``, in the pairs' order."""
    name = "links" if part == 1 else f"links{part:04d}"
    path = io.batch_file(lake, schemas.DOCUMENT_LINKS, day, run_id, name)
    if not any(t.num_rows for t in found):
        return str(io.write_table(schemas.DOCUMENT_LINKS_SCHEMA.empty_table(), path,
                                  schemas.DOCUMENT_LINKS_SCHEMA))  # fmt: skip
    rows = pa.concat_tables(found)
    con.register("found", rows.append_column("seq", pa.array(range(rows.num_rows), pa.int64())))
    table = con.execute(
        "select a.content_sha256 as a_content_sha256, a.document_id as a_document_id, "
        "b.content_sha256 as b_content_sha256, b.document_id as b_document_id, f.similarity, "
        "f.kind, f.method, f.threshold, ? as run_id, ? as ingest_date from found as f "
        "join pair_signatures as a on a.r = f.a_row join pair_signatures as b on b.r = f.b_row "
        "order by f.seq",
        [run_id, day],
    ).to_arrow_table()
    con.unregister("found")
    return str(io.write_table(table, path, schemas.DOCUMENT_LINKS_SCHEMA))


def _verified_links(
    sigs: pairsigs.PairSignatures, a_idx: Any, b_idx: Any, shared_terms: Any
) -> tuple[pa.Table, Counter[str]]:
    """The candidate pairs (staged rows) that are links, as a table of both rows, the
    similarity, kind, method and threshold: classified as ``links.classify`` does, in NumPy,
    never a Python object per pair."""
    import numpy as np

    from pipeline import links

    thresholds = links.DEFAULT_THRESHOLDS
    same_document = sigs.document[a_idx] == sigs.document[b_idx]
    same_body = sigs.body[a_idx] == sigs.body[b_idx]
    similarity, story_cosine = np.zeros(len(a_idx)), np.zeros(len(a_idx))
    for start in range(0, len(a_idx), LINKS_GATHER_PAIRS):
        a, b = a_idx[start : start + LINKS_GATHER_PAIRS], b_idx[start : start + LINKS_GATHER_PAIRS]
        similarity[start : start + len(a)] = links.estimates(sigs.minhash(a), sigs.minhash(b))
        story_cosine[start : start + len(a)] = links.story_cosines(sigs.stories(a), sigs.stories(b))
    story = (shared_terms >= links.STORY_MIN_SHARED_TERMS) & (story_cosine >= thresholds.same_story)
    kind = np.select(
        [same_body, similarity >= thresholds.near_duplicate,
         similarity >= thresholds.rewrite, story],
        ["exact_duplicate", "near_duplicate", "rewrite", "same_story"], "",
    )  # fmt: skip
    keep = (kind != "") & ~same_document  # versions of one document are not links
    threshold = np.select(
        [kind == "exact_duplicate", kind == "near_duplicate", kind == "rewrite"],
        [1.0, thresholds.near_duplicate, thresholds.rewrite], thresholds.same_story,
    )  # fmt: skip
    method = np.select([kind == "exact_duplicate", kind == "same_story"],
                       ["body_sha256", "story_vector"], "minhash_word3")  # fmt: skip
    measured = np.where(kind == "same_story", story_cosine, similarity)
    kinds = kind[keep]
    table = pa.table({
        "a_row": pa.array(a_idx[keep], pa.int64()),
        "b_row": pa.array(b_idx[keep], pa.int64()),
        "similarity": pa.array(np.round(measured[keep], 4)),
        "kind": pa.array(kinds.astype(object), pa.string()),
        "method": pa.array(method[keep].astype(object), pa.string()),
        "threshold": pa.array(threshold[keep]),
    })  # fmt: skip
    names, found = np.unique(kinds, return_counts=True)
    return table, Counter({f"links_{k}": int(c) for k, c in zip(names, found, strict=True)})


LINKS_MEMORY = "250MB"  # DuckDB's cap for the bucket joins; past it they spill to disk
LINKS_VERIFY_MEMORY = "150MB"  # DuckDB's cap while the pairs are verified in NumPy
LINKS_VERIFY_PAIRS = 50_000  # candidate pairs verified at a time
LINKS_GATHER_PAIRS = 10_000  # pairs whose staged signatures are read and compared at a time
LINKS_FILE_ROWS = 200_000  # verified links gathered per document_links file


def _candidate_pairs(
    con: duckdb.DuckDBPyConnection, bucket_files: list[Path], new_files: list[Path], spill: Path
) -> list[Path]:
    """The run's candidate pairs (a, b, shared) in key order (a chunk of pairs then shares its
    new documents' signatures): Parquet files under ``spill`` (in the list's order), also the
    temp view ``pairs``.
    The joins run a partition at a time (see ``links.PARTITION_SQL``), so every hash table
    stays small; the pairs are sorted on disk, not numbered by a window over all of them (at
    a million new documents that window ran out of the connection's memory)."""
    from pipeline import links

    # Each partition's results go to files of their own, read back as views: a temp table
    # appended to by every partition keeps its bookkeeping in memory (its blocks spill), 58 MB
    # of the connection's cap at a million new documents by partition 131 of 325 (84M
    # story-band rows), where the joins ran out of memory.
    outputs = {"partial": links.PARTITION_SQL, "term_new": links.TERM_NEW_SQL,
               "term_specific": links.TERM_SPECIFIC_SQL}  # fmt: skip
    folders = {name: spill / f"{name}-rows" for name in outputs}
    for folder in folders.values():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    partitions = _partition_buckets(con, bucket_files, new_files, spill)
    for number, (new_part, all_part) in enumerate(partitions):
        con.read_parquet(new_part).create_view("new_part", replace=True)
        con.read_parquet(all_part).create_view("all_part", replace=True)
        for name, sql in outputs.items():
            target = io.sql_path(folders[name] / f"{number:05d}.parquet")
            con.execute(f"copy ({sql}) to '{target}' (format parquet)")
    kind = "view" if partitions else "table"
    for name in outputs:
        glob = io.sql_path(folders[name] / "*.parquet")
        con.execute(
            f"create or replace temp view {name} as select * from read_parquet('{glob}')"
            if partitions
            else f"create or replace temp table {name} ({_LINKS_COLUMNS[name]})"
        )
    con.execute(f"create or replace temp table term_pairs ({_LINKS_COLUMNS['term_pairs']})")
    (terms,) = con.execute("select count(*) from term_new").fetchone() or (0,)
    slices = max(1, -(-int(terms) // LINKS_TERM_SLICE_ROWS))
    for number in range(slices):
        con.execute(
            "create or replace temp view term_probe as select * from term_new "
            f"where hash(doc_key) % {slices} = {number}"
        )
        con.execute(f"insert into term_pairs {links.TERM_PAIRS_SQL}")
    pairs_files = _sorted_candidates(con, spill / "pairs")
    con.execute("create or replace temp view pairs as select * from "
                f"read_parquet({io.sql_paths(pairs_files)})")  # fmt: skip
    con.execute("drop table term_pairs")
    for name in outputs:
        con.execute(f"drop {kind} {name}")
        shutil.rmtree(folders[name], ignore_errors=True)
    return pairs_files


LINKS_CANDIDATE_SLICE_ROWS = 1_000_000  # story-band hits and term pairs summed a slice at a time


def _sorted_candidates(con: duckdb.DuckDBPyConnection, folder: Path) -> list[Path]:
    """``links.CANDIDATES_SQL`` over ``partial`` and ``term_pairs``, sorted by key into files
    under ``folder`` (read in the list's order, the pairs are in key order).

    A run of a million new documents has ~210M story-band hits and term pairs to sum: one
    aggregate and sort of them all ran out of the connection's memory, and so did slices of
    ~6M rows on one connection after eight of them. So they are first split, in one pass,
    into slices of about LINKS_CANDIDATE_SLICE_ROWS by the range of the pair's lower key
    (every row of a pair lands in the same slice, and slice order is key order), then each
    slice is summed and sorted into a file of its own, on a connection of its own."""

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (rows,) = con.execute(
        "select (select count(*) from partial) + (select count(*) from term_pairs)"
    ).fetchone() or (0,)
    slices = max(1, -(-int(rows) // LINKS_CANDIDATE_SLICE_ROWS))
    bits = (slices - 1).bit_length()  # 2**bits slices, at least ``slices``
    if not bits:
        path = folder / "00000.parquet"
        _write_sorted_candidates(con, path)
        return [path]
    # doc keys are 60-bit (links.doc_key): the top ``bits`` of the lower one pick the slice
    slice_of = f"least(a, b) >> {60 - bits}"
    sources = ("partial", "term_pairs")
    for name in sources:
        target = io.sql_path(folder / name)
        con.execute(f"copy (select *, {slice_of} as slice from {name}) "
                    f"to '{target}' (format parquet, partition_by (slice))")  # fmt: skip
    files = []
    for number in range(2**bits):
        parts = {name: folder / name / f"slice={number}" for name in sources}
        if not any(part.is_dir() for part in parts.values()):
            continue
        path = folder / f"{number:05d}.parquet"
        with _links_connection(folder / "spill") as own:
            for name, part in parts.items():  # a slice's rows, or none of that table
                own.execute(
                    f"create temp view {name} as select * from "  # (no slice column)
                    f"read_parquet('{io.sql_path(part)}/*.parquet', hive_partitioning = false)"
                    if part.is_dir()
                    else f"create temp table {name} ({_LINKS_COLUMNS[name]})"
                )
            _write_sorted_candidates(own, path)
        files.append(path)
    for name in sources:
        shutil.rmtree(folder / name, ignore_errors=True)
    return files


def _write_sorted_candidates(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    from pipeline import links

    con.execute("set preserve_insertion_order = true")  # the file keeps the sort's order
    con.execute(f"copy (select a, b, shared from ({links.CANDIDATES_SQL}) order by a, b) "
                f"to '{io.sql_path(path)}' (format parquet)")  # fmt: skip
    con.execute("set preserve_insertion_order = false")


_LINKS_COLUMNS = {  # of the links stage's intermediate tables, where one has no rows
    "partial": "a bigint, b bigint, kind integer, n bigint",
    "term_new": "doc_key bigint, bucket bigint, block integer",
    "term_specific": "doc_key bigint, bucket bigint, block integer",
    "term_pairs": "a bigint, b bigint, shared bigint",
}


LINKS_PARTITION_ROWS = 1_000_000  # stored bucket rows per partition of the bucket join
LINKS_FILTER_NEW_ROWS = 2_000_000  # up to this many new bucket rows (~6,000 documents), the
# stored rows are filtered to the new rows' buckets before they are partitioned
# New documents' story-term rows per slice of the term join. Each slice probes every specific
# term row, so fewer, larger slices cost less (on a 200k run's 8.3M term rows: 56 slices of
# 150,000 took 37.6 s, 4 of 2.4M 14.9 s, one 26.7 s as its aggregate spilled to disk), and the
# slice's aggregate stays under the connection's memory cap (RSS ~430 MB in each case).
LINKS_TERM_SLICE_ROWS = 2_000_000


def _partition_buckets(
    con: duckdb.DuckDBPyConnection, bucket_files: list[Path], new_files: list[Path], spill: Path
) -> list[tuple[str, list[str]]]:
    """Split the earlier runs' and this run's bucket rows by a hash of the bucket into
    partitions of about LINKS_PARTITION_ROWS rows in all (one pass over each, written under
    ``spill``). Returns, for each partition that holds new rows, the glob of its new rows and
    the globs of all its rows (earlier and new: the new rows are written once, not twice)."""
    files = io.sql_paths
    new_rows = f"read_parquet({files(new_files)})"
    earlier_files = sorted(set(bucket_files) - set(new_files))
    earlier_rows = f"read_parquet({files(earlier_files)})" if earlier_files else None
    (new,) = con.execute(f"select count(*) from {new_rows}").fetchone()
    if earlier_rows and int(new) <= LINKS_FILTER_NEW_ROWS:
        # A small run keeps only the stored rows whose bucket it shares (every join is on the
        # bucket): one scan of the stored bucket column, and a few partitions.
        con.execute(
            "create or replace temp table stored_shared as select doc_key, band, bucket, day "
            f"from {earlier_rows} where bucket in (select bucket from {new_rows})"
        )
        earlier_rows = "stored_shared"
    (earlier,) = (con.execute(f"select count(*) from {earlier_rows}").fetchone()
                  if earlier_rows else (0,))  # fmt: skip
    count = max(1, -(-(int(earlier) + int(new)) // LINKS_PARTITION_ROWS))
    out = {}
    for name, rows in (("new", new_rows), ("earlier", earlier_rows)):
        folder = spill / f"buckets-{name}"
        shutil.rmtree(folder, ignore_errors=True)
        out[name] = folder
        if rows is None:
            continue
        spill.mkdir(parents=True, exist_ok=True)
        target = io.sql_path(folder)
        con.execute(
            f"copy (select doc_key, band, bucket, day, hash(bucket) % {count} as part "
            f"from {rows}) to '{target}' (format parquet, partition_by (part))"
        )
    con.execute("drop table if exists stored_shared")
    return [
        (f"{folder}/*.parquet",
         [f"{folder}/*.parquet",
          *([f"{out['earlier'] / folder.name}/*.parquet"]
            if (out["earlier"] / folder.name).is_dir() else [])])
        for folder in sorted(out["new"].glob("part=*"))
    ]  # fmt: skip


def _stage_signatures(
    con: duckdb.DuckDBPyConnection, files: list[Path], folder: Path
) -> pairsigs.PairSignatures:
    """Stage the signatures of every document in a candidate pair under ``folder`` (see
    ``pairsigs``): one scan of the stored signatures per run."""
    from pipeline import pairsigs

    union = not io.same_schema(files, schemas.SIGNATURES_SCHEMA)
    stored = con.read_parquet([str(p) for p in files], union_by_name=union)
    stored.create_view("signatures_all", replace=True)
    # Signatures written before schema 3 have no story vector: they are no one's same story.
    story = ("story_keys, story_weights" if "story_keys" in stored.columns
             else "null::bigint[] as story_keys, null::float[] as story_weights")  # fmt: skip
    # links.doc_key in SQL: the first 15 hex digits of the content hash as an integer;
    # MinHash slots are 32 bits (links.signatures), which halves what is converted.
    return pairsigs.PairSignatures.stage(
        con,
        "select * from (select ('0x' || substr(content_sha256, 1, 15))::bigint as doc_key, "
        "content_sha256, document_id, body_sha256, minhash::uinteger[] as minhash, "
        f"{story} from signatures_all) semi join "
        "(select a as doc_key from pairs union select b from pairs) as wanted using (doc_key)",
        folder,
    )


def docs_dir(settings: Settings, run_id: str) -> Path:
    """Where a run's Great Expectations Data Docs are built."""
    return settings.data_dir / "dq_docs" / run_id


_DISCOVERED = re.compile(rf"^{DISCOVERED_PREFIX}[a-z0-9]+(?:-[a-z0-9]+)*$")


def _quality_config(settings: Settings, now: dt.datetime, documents: pa.Table) -> Any:
    from pipeline import quality

    # Besides registry ids, only well-formed ids of outlets a page named itself (x-<slug>)
    # exist in the outlets view; anything else fails outlet_in_outlets.
    known = set(_registry_ids()) | {
        o for o in documents.column("outlet_id").to_pylist() if o and _DISCOVERED.match(o)
    }
    return quality.QualityConfig(
        now=now,
        known_outlets=frozenset(known),
        languages=frozenset(settings.languages),
        min_body_chars=settings.min_body_chars,
        max_body_chars=settings.max_body_chars,
        max_boilerplate_share=settings.max_boilerplate_share,
    )


@lru_cache(maxsize=1)
def _registry_ids() -> frozenset[str]:
    return frozenset(Registry.load().outlets)


def _move_to_quarantine(
    settings: Settings,
    rejected: dict[str, list[tuple[str, str]]],
    day: dt.date,
    run_id: str,
    part: str,
    now: dt.datetime,
) -> None:
    """Quarantine rows first, then the batch files without the rejected versions: a crash in
    between leaves both, and the retry rewrites the same files."""
    from pipeline.ingest import quarantine_row

    tables = {
        name: io.read_file(io.batch_file(settings.lake_dir, name, day, run_id, part),
                           schemas.SCHEMAS[name])
        for name in (*schemas.DOCUMENT_TABLES, schemas.FILES)
    }  # fmt: skip
    raw = {row["content_sha256"]: row for row in tables[schemas.RAW_DOCUMENTS].to_pylist()}
    rows = []
    for sha, failed in rejected.items():
        detail = "; ".join(f"{check}: {seen}" for check, seen in failed)
        reason = QuarantineReason.QUALITY_CHECK_FAILED
        rows.append(quarantine_row(raw[sha], reason, detail, "quality", run_id, day, now))
    quarantine = pa.Table.from_pylist(rows, schema=schemas.QUARANTINE_SCHEMA)
    io.write_table(
        quarantine,
        io.batch_file(settings.lake_dir, schemas.QUARANTINE, day, run_id, f"{part}dq"),
        schemas.QUARANTINE_SCHEMA,
    )
    from pipeline.links import doc_key

    kept = sorted(set(raw) - set(rejected))
    keep = pa.array(kept, pa.string())
    keep_keys = pa.array([doc_key(sha) for sha in kept], pa.int64())
    for name in schemas.DOCUMENT_TABLES:
        if name == schemas.LINK_BUCKETS:
            table = tables[name].filter(pc.is_in(tables[name].column("doc_key"), keep_keys))
        else:
            table = tables[name].filter(pc.is_in(tables[name].column("content_sha256"), keep))
        path = io.batch_file(settings.lake_dir, name, day, run_id, part)
        io.write_table(table, path, schemas.SCHEMAS[name])
    files = tables[schemas.FILES]
    status = [
        "quarantined" if sha in rejected else s
        for sha, s in zip(files.column("content_sha256").to_pylist(),
                          files.column("status").to_pylist(), strict=True)
    ]  # fmt: skip
    files = files.set_column(files.schema.get_field_index("status"), "status", pa.array(status))
    io.write_table(
        files,
        io.batch_file(settings.lake_dir, schemas.FILES, day, run_id, part),
        schemas.FILES_SCHEMA,
    )


def publish(
    settings: Settings,
    run_id: str,
    reports: list[StageReport] | None = None,
    *,
    started_at: dt.datetime | None = None,
) -> StageReport:
    """Commit the run: one atomic file write makes all its batch files visible at once."""
    started = time.perf_counter()
    started_at = started_at or run_started_at(settings, run_id)
    if reports is None:
        reports = [_report_from_lake(settings, run_id)]
    counts: Counter[str] = Counter()
    for report in reports:
        counts.update(report.counts)
    finished = dt.datetime.now(dt.UTC)
    _write_registry(settings)
    row = {
        "run_id": run_id,
        "started_at": started_at,
        "finished_at": finished,
        "duration_s": (finished - started_at).total_seconds(),
        "landing_dir": str(settings.landing_dir),
        "files_seen": counts["files_seen"],
        "files_unchanged": counts["files_unchanged"],
        "files_new": counts["files_new"],
        "files_changed": counts["files_changed"],
        "files_duplicate": counts["files_duplicate"],
        "documents": counts["documents"],
        "quarantined": counts["quarantined"],
        "segments": counts["segments"],
        "date_mentions": counts["date_mentions"],
        "citations": counts["citations"],
        "counts_json": json.dumps(dict(sorted(counts.items()))),
        "pipeline_version": __version__,
        "schema_version": schemas.SCHEMA_VERSION,
        "ingest_date": started_at.date(),
    }
    table = pa.Table.from_pylist([row], schema=schemas.RUNS_SCHEMA)
    path = io.batch_file(settings.lake_dir, schemas.RUNS, started_at.date(), run_id, "commit")
    io.write_table(table, path, schemas.RUNS_SCHEMA)
    shutil.rmtree(settings.data_dir / STAGING / run_id, ignore_errors=True)
    out = dict(counts)
    # The checks test the run's own rows; a run that wrote nothing but its runs row cannot
    # change their outcome, so a no-op rerun skips them.
    wrote = sum(counts[k] for k in ("files_to_process", "files_touched", "files_duplicate",
                                    "files_reverted", "files_released", "documents",
                                    "quarantined"))  # fmt: skip
    if wrote or reports_missing_counts(reports):
        failed = [c for c in warehouse.run_checks(settings, run_id) if not c.passed]
        out["failed_checks"] = len(failed)
    else:
        out["checks_skipped_no_changes"] = 1
    try:
        # Only a run that published documents changes what search sees; a no-op rerun over a
        # large warehouse must not pay for a full index rebuild.
        if counts["documents"] > 0:
            out["search_documents"] = sum(warehouse.index_run(settings, run_id).values())
    except duckdb.Error as exc:  # e.g. a reader holds the warehouse: the run is committed anyway
        out["search_index_stale"] = 1
        print(f"newsdesk: search index not rebuilt ({exc}); `newsdesk search --rebuild` retries")
    return StageReport("publish", run_id, out, [str(path)], time.perf_counter() - started)


def reports_missing_counts(reports: list[StageReport]) -> bool:
    """True when no report says what discover found (then assume the run changed things)."""
    return not any("files_seen" in report.counts for report in reports)


def _report_from_lake(settings: Settings, run_id: str) -> StageReport:
    """The counts of a run read back from its files, for callers that did not keep the
    stage reports (orchestrator steps in separate processes)."""
    import pyarrow.parquet as pq

    rows = run_table_rows(settings, run_id)
    found = settings.data_dir / STAGING / run_id / "discover.json"
    seen = json.loads(found.read_text("utf-8"))["counts"] if found.exists() else {}
    counts: Counter[str] = Counter({
        key: seen.get(key, 0)
        for key in ("files_seen", "files_unchanged", "files_new", "files_changed",
                    "files_duplicate", "files_reverted")
    })  # fmt: skip
    counts.update({
        "documents": rows[schemas.DOCUMENTS], "quarantined": rows[schemas.QUARANTINE],
        "segments": rows[schemas.SEGMENTS], "date_mentions": rows[schemas.DATE_MENTIONS],
        "citations": rows[schemas.CITATIONS],
    })  # fmt: skip
    for path in io.table_files(settings.lake_dir, schemas.DQ_RESULTS):
        if path.name.startswith(f"{run_id}-"):
            for row in pq.read_table(path).to_pylist():
                if not row["success"]:
                    counts[f"dq_{row['severity']}_failures"] += 1
    return StageReport("lake", run_id, dict(counts))


def _write_registry(settings: Settings) -> None:
    table = Registry.load().to_table()
    path = settings.lake_dir / schemas.OUTLETS / "registry" / "outlets.parquet"
    io.write_table(table, path, schemas.OUTLETS_SCHEMA)


@dataclass
class RunReport:
    run_id: str
    counts: dict[str, int]
    seconds: float
    warehouse: str
    stages: list[StageReport]
    phases: dict[str, float] = field(default_factory=dict)  # wall seconds of each phase

    def to_dict(self) -> dict:
        return {
            "run_id": self.run_id,
            "counts": self.counts,
            "seconds": round(self.seconds, 3),
            "phases": {name: round(seconds, 3) for name, seconds in self.phases.items()},
            "warehouse": self.warehouse,
            "stages": [s.to_dict() for s in self.stages],
        }


def run_all(
    settings: Settings,
    *,
    on_discovered: Callable[[StageReport], None] | None = None,
    on_batch: Callable[[StageReport], None] | None = None,
) -> RunReport:
    """The whole pipeline in this process: what ``newsdesk run`` does."""
    if not settings.landing_dir.is_dir():
        raise FileNotFoundError(f"landing folder {settings.landing_dir} does not exist")
    started_at = dt.datetime.now(dt.UTC)
    run_id = io.new_run_id(started_at)
    phases: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        phases[name], clock = now - clock, now

    with run_lock(settings):
        stages = [prepare(settings, run_id)]
        lap("prepare")
        # The workers' server imports for ~4 s (Great Expectations, models): start it when
        # discover finds the first file to process, so the two overlap.
        found = discover(settings, run_id, now=started_at,
                         on_work=lambda: warm_workers(settings))  # fmt: skip
        # Listing a million files leaves ~180 MB of freed heap in this process, which then
        # waits for the workers; a trim hands back what is not pinned (~50 MB at 1M files).
        _trim_heap()
        stages.append(found)
        lap("discover")
        if on_discovered:
            on_discovered(found)
        stages += process_batches(settings, manifests(found), check=True, on_batch=on_batch)
        lap("batches")
        stages.append(run_quality(settings, run_id))
        lap("quality")
        stages.append(run_links(settings, run_id))
        lap("links")
        done = publish(settings, run_id, stages[1:], started_at=started_at)
        stages.append(done)
        lap("publish")
    return RunReport(
        run_id,
        done.counts,
        (dt.datetime.now(dt.UTC) - started_at).total_seconds(),
        str(settings.warehouse_path),
        stages,
        phases,
    )


def release(settings: Settings, quarantine_ids: list[str], *, force: bool = False) -> RunReport:
    """Run quarantined items through the pipeline again from their kept bytes (after a fix to
    the rules or the settings); with ``force``, failed quality checks are recorded but the
    documents publish. It is a run of its own: one commit, one ``runs`` row."""
    table = io.read_committed(settings.lake_dir, schemas.QUARANTINE)
    rows = {
        r["quarantine_id"]: r for r in table.to_pylist() if r["quarantine_id"] in quarantine_ids
    }
    missing = sorted(set(quarantine_ids) - set(rows))
    if missing:
        raise KeyError(f"no quarantine row {', '.join(missing)}")
    empty = sorted(q for q, r in rows.items() if r["content"] is None)
    if empty:
        raise ValueError(f"no kept content to release for {', '.join(empty)} (never read)")
    versions = _versions_by_hash(settings.lake_dir)
    started_at = dt.datetime.now(dt.UTC)
    run_id = io.new_run_id(started_at)
    with run_lock(settings):
        stages = [prepare(settings, run_id)]
        staging = settings.data_dir / STAGING / run_id
        (staging / "released").mkdir(parents=True, exist_ok=True)
        entries = []
        for ident, row in sorted(rows.items()):
            kept = staging / "released" / ident
            kept.write_bytes(row["content"])
            sha = io.sha256_file(kept)
            entries.append({
                "source_path": row["source_path"], "abs_path": str(kept),
                "size_bytes": len(row["content"]), "mtime_ns": kept.stat().st_mtime_ns,
                "content_sha256": sha, "version": versions.get(sha, 1),
                "document_id": row["document_id"], "error": None, "detail": None,
            })  # fmt: skip
        manifest = staging / "batch-00001.json"
        day = started_at.date().isoformat()
        io.write_json(
            manifest, {"run_id": run_id, "batch": 1, "ingest_date": day, "files": entries}
        )
        stages.append(StageReport("release", run_id, {"files_released": len(entries)},
                                  [str(manifest)]))  # fmt: skip
        stages.append(run_batch(settings, manifest))
        forced = frozenset(e["content_sha256"] for e in entries) if force else frozenset()
        stages.append(run_quality(settings, run_id, force=forced))
        stages.append(run_links(settings, run_id))
        done = publish(settings, run_id, stages[1:], started_at=started_at)
        stages.append(done)
    return RunReport(run_id, done.counts, (dt.datetime.now(dt.UTC) - started_at).total_seconds(),
                     str(settings.warehouse_path), stages)  # fmt: skip


def _versions_by_hash(lake: Path) -> dict[str, int]:
    files = io.read_committed(lake, schemas.FILES, ["content_sha256", "version"])
    return {r["content_sha256"]: r["version"] for r in files.to_pylist()
            if r["content_sha256"] and r["version"]}  # fmt: skip


def process_landing(settings: Settings, run_id: str) -> StageReport:
    """prepare + discover + every batch in this process: the ingest/clean/annotate half of a
    run as one call (Dagster's processing asset; the CLI calls the steps itself)."""
    started = time.perf_counter()
    reports = [prepare(settings, run_id), discover(settings, run_id)]
    reports += [run_batch(settings, manifest) for manifest in manifests(reports[1])]
    counts: Counter[str] = Counter()
    for report in reports[1:]:
        counts.update(report.counts)
    paths = [p for report in reports[2:] for p in report.paths]
    return StageReport("process", run_id, dict(counts), paths, time.perf_counter() - started)


def orchestrated_run_id(prefix: str, orchestrator_run_id: str) -> str:
    """A newsdesk run id derived from an orchestrator's run id: the same in every task."""
    import hashlib

    return f"{prefix}-{hashlib.sha256(orchestrator_run_id.encode()).hexdigest()[:16]}"


def settings_from_params(params: dict | None) -> Settings:
    """Settings for an orchestrated run: non-empty params override NEWSDESK_* and the file."""
    from pipeline.config import load_settings

    values = {k: v for k, v in (params or {}).items() if v not in (None, "")}
    return load_settings(values.pop("config_file", None), **values)


def begin(settings: Settings, run_id: str) -> list[str]:
    """prepare + discover; the batch manifests to process (paths: small enough for XCom)."""
    prepare(settings, run_id)
    return manifests(discover(settings, run_id))


def manifest_groups(manifest_paths: list[str], max_groups: int) -> list[list[str]]:
    """The manifests in at most ``max_groups`` consecutive groups of near-equal size (one
    manifest each while they fit). An orchestrator maps one task over the groups: Airflow
    refuses to map more than ``[core] max_map_length`` tasks (1,024 by default), which batches
    of 1,000 files reach at about a million new files."""
    if max_groups < 1:
        raise ValueError(f"max_groups must be at least 1, not {max_groups}")
    count = min(len(manifest_paths), max_groups)
    size, extra = divmod(len(manifest_paths), count) if count else (0, 0)
    groups, start = [], 0
    for i in range(count):
        end = start + size + (i < extra)
        groups.append(manifest_paths[start:end])
        start = end
    return groups


def run_batches(settings: Settings, manifest_paths: list[str]) -> StageReport:
    """``run_batch`` of each manifest in turn, as one report (an orchestrator's group task)."""
    started = time.perf_counter()
    counts: Counter[str] = Counter()
    paths: list[str] = []
    run_id = ""
    for manifest in manifest_paths:
        report = run_batch(settings, manifest)
        counts.update(report.counts)
        paths += report.paths
        run_id = report.run_id
    return StageReport("batch", run_id, dict(counts), paths, time.perf_counter() - started)


def write_report(settings: Settings, run_id: str) -> str:
    """The run's HTML report (the Airflow run_report task); its path."""
    from pipeline.report import build_report

    return str(build_report(settings, run_id))


def refresh_analytics(settings: Settings) -> dict[str, int]:
    """Bring the warehouse catalogue up to date and count the marts' rows (the analytics DAG)."""
    warehouse.ensure(settings)
    marts = (
        "documents_current", "documents_by_outlet_language", "documents_per_outlet_day",
        "documents_per_outlet_week", "language_mix", "cited_sources_per_outlet",
        "boilerplate_per_outlet", "quality_per_run", "quarantine_current",
    )  # fmt: skip
    return {
        name: warehouse.query(settings, f"select count(*) as n from {name}").column(0)[0].as_py()
        for name in marts  # names from this tuple, not from input
    }


def landing_fingerprint(settings: Settings) -> tuple[str, int]:
    """A digest of the landing folder's listing (paths, sizes, mtimes) and its file count:
    a sensor's cursor, so it asks for a run once per new state of the folder. The digest is a
    sum of one hash per file, so it does not depend on the order of the listing, which a
    large folder's two-process walk changes."""
    import hashlib

    total = count = 0
    for paths, sizes, mtimes, _ in _landing_columns(settings):
        for path, size, mtime in zip(paths, sizes, mtimes, strict=True):
            one = hashlib.blake2b(f"{path}\0{size}\0{mtime}".encode(), digest_size=16).digest()
            total += int.from_bytes(one)
        count += len(paths)
    return f"{total % (1 << 128):032x}", count


def run_table_rows(settings: Settings, run_id: str) -> dict[str, int]:
    """Rows each table holds for this run so far (committed or not): asset metadata."""
    import pyarrow.parquet as pq

    rows: dict[str, int] = {}
    for table in schemas.BATCH_TABLES:
        rows[table] = sum(
            pq.ParquetFile(path).metadata.num_rows
            for path in io.table_files(settings.lake_dir, table)
            if path.name.startswith(f"{run_id}-")
        )
    return rows


def quality_verdict(settings: Settings, run_id: str, *, strict: bool = False) -> dict[str, dict]:
    """Per error-level check of this run: did it pass, must it block the publish, what failed.
    A row-level failure was resolved by quarantining those documents, so it blocks only when
    ``strict``; a batch-level failure (nothing to quarantine) always blocks."""
    import pyarrow.parquet as pq

    from pipeline import quality

    verdict = {c.name: {"passed": True, "blocking": False, "unexpected": 0, "observed": []}
               for c in quality.all_checks() if c.severity == "error"}  # fmt: skip
    for path in io.table_files(settings.lake_dir, schemas.DQ_RESULTS):
        if not path.name.startswith(f"{run_id}-"):
            continue
        for row in pq.read_table(path).to_pylist():
            entry = verdict.get(row["expectation"])
            if entry is None or row["success"]:
                continue
            entry["passed"] = False
            if strict or row["unexpected_count"] is None:
                entry["blocking"] = True
            entry["unexpected"] += row["unexpected_count"] or 0
            entry["observed"].append(row["observed_value"])
    return verdict
