"""The warehouse's views over lake files: by name only where the files' schemas differ."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import io, schemas, warehouse
from pipeline.config import load_settings

DAY = dt.date(2024, 6, 3)
RUN = "20240603T090000Z-aaaaaa"
OLD_RUN = "20240602T090000Z-bbbbbb"


def _quarantine(run_id: str, path: str) -> pa.Table:
    row = {
        "quarantine_id": f"q-{path}", "source_path": path, "document_id": io.document_id_for(path),
        "content_sha256": None, "size_bytes": 0, "mtime": None, "stage": "ingest",
        "reason": "empty", "detail": "file has 0 bytes", "content": b"",
        "quarantined_at": dt.datetime(2024, 6, 3, tzinfo=dt.UTC), "run_id": run_id,
        "ingest_date": DAY,
    }  # fmt: skip
    return pa.Table.from_pylist([row], schema=schemas.QUARANTINE_SCHEMA)


def _commit(lake: Path, run_id: str) -> None:
    now = dt.datetime(2024, 6, 3, 9, tzinfo=dt.UTC)
    row = {name: 0 for name in schemas.RUNS_SCHEMA.names}
    row.update({"run_id": run_id, "started_at": now, "finished_at": now, "duration_s": 0.0,
                "landing_dir": "/landing", "counts_json": "{}", "pipeline_version": "test",
                "schema_version": schemas.SCHEMA_VERSION, "ingest_date": DAY})  # fmt: skip
    table = pa.Table.from_pylist([row], schema=schemas.RUNS_SCHEMA)
    io.write_table(table, io.batch_file(lake, schemas.RUNS, DAY, run_id, "commit"),
                   schemas.RUNS_SCHEMA)  # fmt: skip


def _by_name(settings: object, view: str) -> bool:
    """Whether the view reads its files with union_by_name (DuckDB keeps the flag as
    ``CAST('t' AS BOOLEAN)`` in the view's SQL)."""
    with warehouse.connect(settings) as con:
        sql = con.execute("select sql from duckdb_views() where view_name = ?",
                          [view]).fetchone()[0]  # fmt: skip
    flag = re.search(r"union_by_name = (?:CAST\('([tf])'|(true|false))", sql)
    assert flag, sql
    return (flag.group(1) or flag.group(2))[0] == "t"


def test_same_schema_compares_names_types_and_order(tmp_path: Path) -> None:
    schema = pa.schema([("a", pa.int64()), ("b", pa.string())])
    cases = {
        "same": pa.table({"a": [1], "b": ["x"]}, schema=schema),
        "missing": pa.table({"a": [1]}),
        "extra": pa.table({"a": [1], "b": ["x"], "c": [1.0]}),
        "retyped": pa.table({"a": pa.array([1], pa.int32()), "b": ["x"]}),
        "reordered": pa.table({"b": ["x"], "a": [1]}),
    }
    paths = {}
    for name, table in cases.items():
        paths[name] = tmp_path / f"{name}.parquet"
        pq.write_table(table, paths[name])
    (tmp_path / "broken.parquet").write_bytes(b"not parquet")

    assert io.same_schema([paths["same"], paths["same"]], schema)
    assert io.same_schema([], schema)
    for name in ("missing", "extra", "retyped", "reordered"):
        assert not io.same_schema([paths["same"], paths[name]], schema), name
    assert not io.same_schema([tmp_path / "broken.parquet"], schema)
    assert io.union_by_name([paths["same"]], schema) == "false"
    assert io.union_by_name([paths["same"], paths["missing"]], schema) == "true"


def test_views_match_columns_by_name_only_over_files_of_an_older_schema(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path / "data")
    lake = settings.lake_dir
    io.ensure_schema_files(lake)
    io.write_table(_quarantine(RUN, "a.txt"),
                   io.batch_file(lake, schemas.QUARANTINE, DAY, RUN, "b00001"),
                   schemas.QUARANTINE_SCHEMA)  # fmt: skip
    _commit(lake, RUN)

    assert warehouse.ensure(settings)
    assert not _by_name(settings, "quarantine")
    assert warehouse.query(settings, "select source_path from quarantine")[
        "source_path"].to_pylist() == ["a.txt"]  # fmt: skip

    # A file an older version wrote, without a column this version has: a warehouse made now
    # reads that table by name (the missing column is null) and the others as before.
    old = _quarantine(OLD_RUN, "b.txt").drop_columns(["detail"])
    pq.write_table(old, io.batch_file(lake, schemas.QUARANTINE, DAY, OLD_RUN, "b00001"))
    _commit(lake, OLD_RUN)
    fresh = load_settings(data_dir=tmp_path / "data", warehouse=tmp_path / "fresh.duckdb")
    assert warehouse.ensure(fresh)
    assert _by_name(fresh, "quarantine")
    assert not _by_name(fresh, "documents")
    rows = warehouse.query(fresh, "select source_path, detail from quarantine order by 1")
    assert rows.to_pylist() == [{"source_path": "a.txt", "detail": "file has 0 bytes"},
                                {"source_path": "b.txt", "detail": None}]  # fmt: skip
