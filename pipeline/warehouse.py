"""The only module that writes the DuckDB warehouse.

The warehouse holds no data of its own: it is a catalogue of views over the lake's Parquet files,
created from the ``sql/`` folder. Publishing a run therefore never needs a DuckDB write lock; the
catalogue is rewritten only when the SQL files or the lake location change, so analysts can keep
a read-only session open while runs land.
"""

from __future__ import annotations

import hashlib
import string
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from pipeline import schemas
from pipeline.config import Settings

META_TABLE = "newsdesk_catalog"


def sql_dir() -> Path:
    """``sql/`` of a checkout, or the copy packed into the wheel."""
    packaged = Path(__file__).parent / "sql"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "sql"


PER_TABLE_TEMPLATE = "committed_table.sql"


def _render(path: Path, lake: Path, table: str | None = None) -> str:
    """Fill in the lake path (and table name) of a SQL file; identifiers come from
    ``schemas``, never from user input, and values in queries are always bound."""
    lake_literal = str(lake).replace("'", "''")
    return string.Template(path.read_text("utf-8")).substitute(lake=lake_literal, table=table)


def _catalog() -> list[tuple[Path, str | None]]:
    """Every statement of the catalogue: (SQL file, table it is rendered for)."""
    root = sql_dir()
    staging = root / "staging"
    return [
        (root / "00_schemas.sql", None),
        *((staging / PER_TABLE_TEMPLATE, table) for table in schemas.BATCH_TABLES),
        *((p, None) for p in sorted(staging.glob("*.sql")) if p.name != PER_TABLE_TEMPLATE),
        *((p, None) for p in sorted((root / "marts").glob("*.sql"))),
    ]


def _fingerprint(settings: Settings) -> str:
    digest = hashlib.sha256(str(settings.lake_dir).encode())
    for path, table in _catalog():
        digest.update(f"{path.name}:{table}".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def connect(settings: Settings, *, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    path = settings.warehouse_path
    if read_only and not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `newsdesk run` first")
    path.parent.mkdir(parents=True, exist_ok=True)
    return duckdb.connect(str(path), read_only=read_only)


def ensure(settings: Settings) -> bool:
    """Create or update the views; return True when the catalogue was (re)written."""
    fingerprint = _fingerprint(settings)
    if settings.warehouse_path.exists():
        try:
            with connect(settings, read_only=True) as con:
                row = con.execute(
                    f"select fingerprint from {META_TABLE} limit 1"  # constant name, no input
                ).fetchone()
            if row and row[0] == fingerprint:
                return False
        except duckdb.Error:
            pass
    with connect(settings, read_only=False) as con:
        con.execute("begin transaction")
        pending = _catalog()
        # Views are bound when created; apply files until every dependency exists.
        while pending:
            failed: list[tuple[tuple[Path, str | None], Exception]] = []
            for item in pending:
                try:
                    con.execute(_render(item[0], settings.lake_dir, item[1]))
                except duckdb.CatalogException as exc:
                    failed.append((item, exc))
            if len(failed) == len(pending):
                (path, _), error = failed[0]
                raise RuntimeError(f"cannot create a view from {path}: {error}")
            pending = [item for item, _ in failed]
        con.execute(f"create or replace table {META_TABLE} (fingerprint varchar)")
        con.execute(f"insert into {META_TABLE} values (?)", [fingerprint])
        con.execute("commit")
    return True


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    offending_rows: int

    @property
    def passed(self) -> bool:
        return self.offending_rows == 0


def run_checks(settings: Settings) -> list[CheckResult]:
    """Run every ``sql/checks/assert_*.sql``; each returns offending rows (zero rows = pass)."""
    results = []
    with connect(settings, read_only=True) as con:
        for path in sorted((sql_dir() / "checks").glob("assert_*.sql")):
            query = path.read_text("utf-8").strip().rstrip(";")
            count = con.execute(f"select count(*) from ({query})").fetchone()[0]
            results.append(CheckResult(path.stem, count))
    return results


def query(settings: Settings, sql: str, params: list | None = None) -> pa.Table:
    """Run ad hoc SQL read-only and return an Arrow table (after bringing a catalogue that
    predates the current sql/ files up to date)."""
    if settings.warehouse_path.exists():
        ensure(settings)
    with connect(settings, read_only=True) as con:
        return con.execute(sql, params or []).to_arrow_table()
