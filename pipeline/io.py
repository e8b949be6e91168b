"""File-system side of newsdesk: landing listing, hashing, and the lake's Parquet files.

The lake is the source of truth. Every batch writes its own Parquet files, named after the run
and batch, through a temp file and a rename; nothing is visible to readers until the run's row in
``runs`` exists (the commit). A crashed run therefore leaves only invisible files, which the next
run deletes, and a re-run of the same batch overwrites the same file names (idempotent).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from pipeline import schemas
from pipeline.listing import ListingError, walk

HASH_CHUNK = 1 << 20
SCHEMA_DIR = "_schema"


@dataclass(frozen=True, slots=True)
class FileStat:
    """A file seen in the landing folder, before it is read."""

    source_path: str  # relative to the landing folder, with forward slashes
    abs_path: str
    size_bytes: int
    mtime_ns: int


def list_landing(
    landing: Path, *, follow_symlinks: bool = False
) -> Iterator[FileStat | ListingError]:
    """Every file of the landing folder as a ``FileStat`` (or a ``ListingError``)."""
    for folder, prefix, files, errors in walk(landing, follow_symlinks):
        yield from errors
        for name, size, mtime in files:
            yield FileStat(prefix + name, f"{folder}/{name}", size, mtime)


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def read_capped(path: str | Path, max_bytes: int) -> bytes | None:
    """The file's bytes, or None when it is larger than ``max_bytes`` (never read whole)."""
    with open(path, "rb") as handle:
        data = handle.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def document_id_for(source_path: str) -> str:
    """Stable identity of a landing path: every content version of it shares this id."""
    return hashlib.sha256(source_path.encode("utf-8")).hexdigest()[:16]


def new_run_id(now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.UTC)
    return f"{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}"


def partition_dir(lake: Path, table: str, ingest_date: dt.date) -> Path:
    return lake / table / f"ingest_date={ingest_date.isoformat()}"


def write_table(table: pa.Table, path: Path, schema: pa.Schema) -> Path:
    """Write ``table`` cast to ``schema`` as zstd Parquet, atomically (temp file + rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    table = table.select(schema.names).cast(schema)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        pq.write_table(table, tmp, compression="zstd", use_dictionary=_dictionary_columns(schema))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


class TableWriter:
    """One Parquet file written a part at a time (a row group each), made visible as a whole
    by ``close``: ``write_table``'s temp file and rename, for output that arrives in parts.

    A batch worker hands each chunk of files' rows to the file as soon as they are made, so
    it never holds the batch's tables whole (measured on a batch of 1,000 files: ~30 MB of
    Arrow data, and the writer's whole-table buffers another ~35 MB at the write). Used as a
    context manager, an exception removes the temp file and leaves no file behind.
    """

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path, self.schema = path, schema
        self._tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
        self._writer: pq.ParquetWriter | None = None

    def write(self, table: pa.Table) -> None:
        table = table.select(self.schema.names).cast(self.schema)
        if self._writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            dictionary = _dictionary_columns(self.schema)
            self._writer = pq.ParquetWriter(
                self._tmp, self.schema, compression="zstd", use_dictionary=dictionary
            )
        self._writer.write_table(table)

    def close(self) -> Path:
        """Finish the file and move it into place (with no rows written: an empty table)."""
        if self._writer is None:
            self.write(self.schema.empty_table())
        assert self._writer is not None
        self._writer.close()
        os.replace(self._tmp, self.path)
        return self.path

    def abort(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()


def write_json(path: Path, payload: dict) -> None:
    """Write ``payload`` as JSON, atomically (temp file + rename)."""
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(payload), "utf-8")
    os.replace(tmp, path)


def _dictionary_columns(schema: pa.Schema) -> list[str]:
    """Columns worth dictionary encoding: not 64-bit integers (hashes, keys, buckets) nor lists
    (MinHash values, story vectors), which are nearly all distinct. Encoding those anyway
    built a dictionary only to give it up, for a larger file: a batch of 1,000 documents'
    signatures and link buckets each peaked ~40 MB higher and wrote 6-18% more bytes."""
    wide = (pa.int64(), pa.uint64())
    return [field.name for field in schema
            if not (pa.types.is_list(field.type) or field.type in wide)]  # fmt: skip


def read_file(path: Path, schema: pa.Schema, columns: list[str] | None = None) -> pa.Table:
    """One Parquet file cast to ``schema`` (only ``columns`` of it, when given); a missing file
    is an empty table."""
    if columns is not None:
        schema = pa.schema([schema.field(name) for name in columns])
    if not path.exists():
        return schema.empty_table()
    return pq.read_table(path, columns=columns).cast(schema)


def batch_file(lake: Path, table: str, ingest_date: dt.date, run_id: str, part: str) -> Path:
    return partition_dir(lake, table, ingest_date) / f"{run_id}-{part}.parquet"


def table_files(lake: Path, table: str) -> list[Path]:
    """Data files of a table; the zero-row schema file and temp files are left out."""
    folder = lake / table
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.glob("*/*.parquet")
        if p.parent.name != SCHEMA_DIR and not p.name.startswith(".")
    )


def run_files(lake: Path, table: str, run_id: str) -> list[Path]:
    """The data files one run wrote into a table."""
    return [p for p in table_files(lake, table) if p.name.startswith(f"{run_id}-")]


def sql_path(path: Path | str) -> str:
    """A path for the inside of a single-quoted SQL string (quotes doubled): for statements
    such as COPY and views, which take no bound parameters."""
    return str(path).replace("'", "''")


def sql_paths(paths: list[Path]) -> str:
    """Paths as a SQL list literal for ``read_parquet`` (see ``sql_path``)."""
    return "[" + ", ".join(f"'{sql_path(p)}'" for p in paths) + "]"


def same_schema(paths: list[Path], schema: pa.Schema) -> bool:
    """Whether every file has ``schema``'s columns and types, in its order (what this version
    writes). Only then may DuckDB read them without ``union_by_name``, which matches every
    file's columns by name and holds every file's metadata for the whole query: a count over
    a million documents in 1,000 files took 343 MB of the process with it, 188 MB without.
    Reads each file's footer (~0.6 ms a file); an unreadable one counts as different."""
    want = [(field.name, field.type) for field in schema]
    try:
        return all([(f.name, f.type) for f in pq.read_schema(path)] == want for path in paths)
    except (OSError, pa.ArrowInvalid):
        return False


def union_by_name(paths: list[Path], schema: pa.Schema) -> str:
    """``union_by_name`` for DuckDB's ``read_parquet`` of ``paths``: ``false`` when they all
    have ``schema`` (see ``same_schema``), else ``true``."""
    return "false" if same_schema(paths, schema) else "true"


def committed_run_ids(lake: Path) -> set[str]:
    files = table_files(lake, schemas.RUNS)
    if not files:
        return set()
    runs = ds.dataset(files, format="parquet").to_table(columns=["run_id"])
    return set(runs.column("run_id").to_pylist())


def read_committed(lake: Path, table: str, columns: list[str] | None = None) -> pa.Table:
    """Rows of ``table`` written by committed runs only (what the warehouse shows)."""
    schema = schemas.SCHEMAS[table]
    files = table_files(lake, table)
    committed = committed_run_ids(lake)
    if not files or not committed:
        return schema.empty_table().select(columns or schema.names)
    dataset = ds.dataset(files, format="parquet", schema=schema)
    return dataset.to_table(columns=columns, filter=ds.field("run_id").isin(sorted(committed)))


def remove_uncommitted(
    lake: Path, *, keep_run: str | None = None, older_than_s: float = 0.0
) -> list[Path]:
    """Delete files left by runs that crashed before their commit; return what was removed.

    Files younger than ``older_than_s`` may belong to a run still in flight (an orchestrator
    runs steps in separate processes) and are left alone.
    """
    committed = committed_run_ids(lake)
    cutoff = time.time() - older_than_s
    removed = []
    for table in schemas.BATCH_TABLES:
        for path in table_files(lake, table):
            run_id = path.name.rsplit("-", 1)[0]
            if run_id not in committed and run_id != keep_run and path.stat().st_mtime < cutoff:
                path.unlink(missing_ok=True)
                removed.append(path)
        for tmp in (lake / table).glob("*/.*.tmp"):
            tmp.unlink(missing_ok=True)
    return removed


def ensure_schema_files(lake: Path) -> None:
    """A zero-row file per table keeps the warehouse views valid before the first run."""
    for table, schema in schemas.SCHEMAS.items():
        path = lake / table / SCHEMA_DIR / "empty.parquet"
        if not path.exists():
            write_table(schema.empty_table(), path, schema)
