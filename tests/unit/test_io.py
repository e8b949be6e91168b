"""The file-system shell: listing the landing folder, hashing, capped reads, lake files."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import io, schemas

DAY = dt.date(2024, 6, 3)


def _listing(landing: Path, **kwargs: bool) -> tuple[dict[str, io.FileStat], list[io.ListingError]]:
    files, errors = {}, []
    for item in io.list_landing(landing, **kwargs):
        if isinstance(item, io.ListingError):
            errors.append(item)
        else:
            files[item.source_path] = item
    return files, errors


def test_list_landing_recurses_and_reports_relative_paths(landing: Path) -> None:
    (landing / "de" / "2024" / "06").mkdir(parents=True)
    (landing / "en").mkdir()
    (landing / "top.txt").write_text("oben")
    (landing / "de" / "2024" / "06" / "deep.txt").write_text("ganz unten")
    (landing / "en" / "story.txt").write_bytes(b"x" * 123)

    files, errors = _listing(landing)

    assert errors == []
    assert set(files) == {"top.txt", "de/2024/06/deep.txt", "en/story.txt"}
    story = files["en/story.txt"]
    assert story.size_bytes == 123
    assert Path(story.abs_path) == landing / "en" / "story.txt"
    assert story.mtime_ns == (landing / "en" / "story.txt").stat().st_mtime_ns


def test_list_landing_skips_hidden_files_and_folders(landing: Path) -> None:
    (landing / ".git").mkdir()
    (landing / ".git" / "HEAD").write_text("ref: refs/heads/main")
    (landing / ".partial.txt.swp").write_text("tmp")
    (landing / "sub").mkdir()
    (landing / "sub" / ".DS_Store").write_bytes(b"\x00\x01")
    (landing / "sub" / "visible.txt").write_text("sichtbar")

    files, errors = _listing(landing)

    assert set(files) == {"sub/visible.txt"}
    assert errors == []


def test_symlink_leaving_the_landing_folder(landing: Path, tmp_path: Path) -> None:
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("not for the pipeline")
    (landing / "link.txt").symlink_to(secret)
    (landing / "real.txt").write_text("echt")

    files, errors = _listing(landing)
    assert set(files) == {"real.txt"}  # default: symlinks are skipped silently
    assert errors == []

    files, errors = _listing(landing, follow_symlinks=True)
    assert set(files) == {"real.txt"}  # never followed out of the folder...
    assert [e.source_path for e in errors] == ["link.txt"]  # ...but reported
    assert "leaves the landing folder" in errors[0].detail


def test_symlink_inside_the_landing_folder_is_followed_only_when_asked(landing: Path) -> None:
    (landing / "a").mkdir()
    (landing / "a" / "story.txt").write_text("Geschichte")
    (landing / "alias.txt").symlink_to(landing / "a" / "story.txt")

    assert set(_listing(landing)[0]) == {"a/story.txt"}
    files, errors = _listing(landing, follow_symlinks=True)
    assert set(files) == {"a/story.txt", "alias.txt"}
    assert files["alias.txt"].size_bytes == len("Geschichte")
    assert errors == []


def test_sha256_file(tmp_path: Path) -> None:
    path = tmp_path / "blob.bin"
    data = bytes(range(256)) * 5000  # larger than one hash chunk
    path.write_bytes(data)
    assert io.sha256_file(path) == hashlib.sha256(data).hexdigest()
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    assert io.sha256_file(empty) == hashlib.sha256(b"").hexdigest()


@pytest.mark.parametrize(
    ("size", "cap", "whole"),
    [(100, 100, True), (100, 101, True), (101, 100, False), (0, 1, True)],
    ids=["at-cap", "under-cap", "over-cap", "empty"],
)
def test_read_capped(tmp_path: Path, size: int, cap: int, whole: bool) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"a" * size)
    got = io.read_capped(path, cap)
    assert (got == b"a" * size) if whole else (got is None)


def test_document_id_is_stable_per_path() -> None:
    first = io.document_id_for("de/turnhalle.txt")
    assert first == io.document_id_for("de/turnhalle.txt")
    assert first != io.document_id_for("de/turnhalle2.txt")
    assert len(first) == 16


def test_write_table_is_atomic_and_casts_to_the_schema(tmp_path: Path) -> None:
    schema = schemas.CITATIONS_SCHEMA
    loose = pa.table({
        # extra column, wrong column order and wider/narrower types than the schema
        "extra": ["dropped"],
        "source_kind": ["agency"],
        "source_name": ["Deutsche Presse-Agentur"],
        "source_id": ["dpa"],
        "surface": ["dpa"],
        "end": pa.array([12], pa.int64()),
        "start": pa.array([9], pa.int64()),
        "segment_seq": pa.array([2], pa.int64()),
        "document_id": ["abc"],
        "content_sha256": ["f" * 64],
        "run_id": ["r1"],
        "ingest_date": [DAY],
    })
    path = io.batch_file(tmp_path / "lake", schemas.CITATIONS, DAY, "r1", "b00001")

    assert io.write_table(loose, path, schema) == path

    written = pq.read_table(path)
    assert written.schema.equals(schema)
    assert written.to_pylist()[0]["segment_seq"] == 2
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temp file left
    assert pq.ParquetFile(path).metadata.row_group(0).column(0).compression == "ZSTD"


def test_write_table_leaves_nothing_when_it_fails(tmp_path: Path) -> None:
    path = tmp_path / "lake" / "runs" / "x" / "bad.parquet"
    with pytest.raises((KeyError, pa.ArrowInvalid)):
        io.write_table(pa.table({"run_id": ["only"]}), path, schemas.RUNS_SCHEMA)
    assert not path.exists()
    assert list(path.parent.iterdir()) == []


def test_write_table_overwrites_the_same_name(tmp_path: Path) -> None:
    path = tmp_path / "t.parquet"
    schema = pa.schema([("n", pa.int32())])
    io.write_table(pa.table({"n": [1, 2]}), path, schema)
    io.write_table(pa.table({"n": [3]}), path, schema)
    assert pq.read_table(path).column("n").to_pylist() == [3]


def test_table_writer_writes_each_part_as_a_row_group_and_shows_the_file_only_when_closed(
    tmp_path: Path,
) -> None:
    path = tmp_path / "lake" / "t.parquet"
    schema = pa.schema([("n", pa.int32()), ("s", pa.string())])
    with io.TableWriter(path, schema) as writer:
        writer.write(pa.table({"s": ["a", "b"], "n": pa.array([1, 2], pa.int64())}))
        assert not path.exists()  # only the temp file while parts arrive
        writer.write(pa.table({"n": [3], "s": ["c"]}))
    written = pq.ParquetFile(path)
    assert written.metadata.num_row_groups == 2
    assert written.schema_arrow.equals(schema)
    assert written.read().to_pylist() == [{"n": 1, "s": "a"}, {"n": 2, "s": "b"},
                                          {"n": 3, "s": "c"}]  # fmt: skip
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_table_writer_without_parts_writes_an_empty_table(tmp_path: Path) -> None:
    path = tmp_path / "t.parquet"
    with io.TableWriter(path, schemas.CITATIONS_SCHEMA):
        pass
    written = pq.read_table(path)
    assert written.num_rows == 0
    assert written.schema.equals(schemas.CITATIONS_SCHEMA)


def test_table_writer_leaves_nothing_when_the_parts_fail(tmp_path: Path) -> None:
    path = tmp_path / "t.parquet"
    schema = pa.schema([("n", pa.int32())])
    with pytest.raises(RuntimeError), io.TableWriter(path, schema) as writer:
        writer.write(pa.table({"n": [1]}))
        raise RuntimeError("the second chunk failed")
    assert list(tmp_path.iterdir()) == []


def _runs_row(run_id: str) -> pa.Table:
    now = dt.datetime(2024, 6, 3, 9, 0, tzinfo=dt.UTC)
    counts = dict.fromkeys(
        [
            "files_seen",
            "files_unchanged",
            "files_new",
            "files_changed",
            "files_duplicate",
            "documents",
            "quarantined",
            "segments",
            "date_mentions",
            "citations",
        ],
        0,
    )
    row = {
        "run_id": run_id,
        "started_at": now,
        "finished_at": now,
        "duration_s": 0.0,
        "landing_dir": "/landing",
        **counts,
        "counts_json": "{}",
        "pipeline_version": "test",
        "schema_version": schemas.SCHEMA_VERSION,
        "ingest_date": DAY,
    }
    return pa.Table.from_pylist([row], schema=schemas.RUNS_SCHEMA)


def _quarantine_row(run_id: str, path: str) -> pa.Table:
    row = {
        "quarantine_id": f"q-{run_id}",
        "source_path": path,
        "document_id": io.document_id_for(path),
        "content_sha256": None,
        "size_bytes": 0,
        "mtime": None,
        "stage": "ingest",
        "reason": "empty",
        "detail": "file has 0 bytes",
        "content": b"",
        "quarantined_at": dt.datetime(2024, 6, 3, tzinfo=dt.UTC),
        "run_id": run_id,
        "ingest_date": DAY,
    }
    return pa.Table.from_pylist([row], schema=schemas.QUARANTINE_SCHEMA)


def test_remove_uncommitted_keeps_committed_runs_and_schema_files(tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    io.ensure_schema_files(lake)
    schema_files = sorted(lake.glob(f"*/{io.SCHEMA_DIR}/empty.parquet"))
    assert len(schema_files) == len(schemas.SCHEMAS)

    committed, crashed, running = (
        "20240603T090000Z-aaaaaa",
        "20240603T091500Z-bbbbbb",
        "20240603T093000Z-cccccc",
    )
    q = schemas.QUARANTINE
    keep = io.write_table(
        _quarantine_row(committed, "a.txt"),
        io.batch_file(lake, q, DAY, committed, "b00001"),
        schemas.QUARANTINE_SCHEMA,
    )
    io.write_table(
        _runs_row(committed),
        io.batch_file(lake, schemas.RUNS, DAY, committed, "commit"),
        schemas.RUNS_SCHEMA,
    )
    orphan = io.write_table(
        _quarantine_row(crashed, "b.txt"),
        io.batch_file(lake, q, DAY, crashed, "b00001"),
        schemas.QUARANTINE_SCHEMA,
    )
    current = io.write_table(
        _quarantine_row(running, "c.txt"),
        io.batch_file(lake, q, DAY, running, "b00001"),
        schemas.QUARANTINE_SCHEMA,
    )
    stray_tmp = orphan.parent / ".half-written.parquet.1234abcd.tmp"
    stray_tmp.write_bytes(b"partial")

    # Before cleaning, readers already see only the committed run.
    visible = io.read_committed(lake, q, ["run_id", "source_path"]).to_pylist()
    assert visible == [{"run_id": committed, "source_path": "a.txt"}]

    removed = io.remove_uncommitted(lake, keep_run=running)

    assert removed == [orphan]
    assert not orphan.exists() and not stray_tmp.exists()
    assert keep.exists() and current.exists()
    assert all(path.exists() for path in schema_files)
    assert io.committed_run_ids(lake) == {committed}

    # Without keep_run the running run's files count as uncommitted too.
    assert io.remove_uncommitted(lake) == [current]
    assert keep.exists()


def test_read_committed_on_an_empty_lake_has_the_schema(tmp_path: Path) -> None:
    table = io.read_committed(tmp_path / "lake", schemas.DOCUMENTS)
    assert table.num_rows == 0
    assert table.schema.equals(schemas.DOCUMENTS_SCHEMA)
    assert io.committed_run_ids(tmp_path / "lake") == set()


def test_symlink_cycle_lists_each_file_once(landing: Path) -> None:
    (landing / "sub").mkdir()
    (landing / "sub" / "a.txt").write_text("einmal")
    (landing / "sub" / "up").symlink_to(landing)  # a cycle that stays inside the folder

    files, errors = _listing(landing, follow_symlinks=True)

    real = [Path(stat.abs_path).resolve() for stat in files.values()]
    assert len(real) == len(set(real)) == 1
    assert errors == []


def test_sql_paths_reads_files_whose_path_holds_a_quote(tmp_path: Path) -> None:
    import duckdb

    folder = tmp_path / "O'Brien's lake"
    folder.mkdir()
    paths = []
    for number in (1, 2):
        paths.append(folder / f"part-{number}.parquet")
        pq.write_table(pa.table({"n": [number]}), paths[-1])
    with duckdb.connect() as con:
        rows = con.execute(f"select sum(n) from read_parquet({io.sql_paths(paths)})").fetchone()
    assert rows == (3,)


def test_hashes_and_signatures_are_written_without_a_dictionary(tmp_path: Path) -> None:
    """Nearly distinct 64-bit values and lists only cost memory in a dictionary; repeated
    strings (a run id on every bucket row) still get one."""
    rows = 5000
    table = pa.table({
        "doc_key": pa.array(range(rows), pa.int64()),
        "band": pa.array([i % 7 for i in range(rows)], pa.int16()),
        "bucket": pa.array([i * 7_919_993 for i in range(rows)], pa.int64()),
        "day": pa.array([20_000] * rows, pa.int32()),
        "run_id": ["20261122T000000Z-abcdef"] * rows,
        "ingest_date": pa.array([dt.date(2026, 11, 22)] * rows, pa.date32()),
    })  # fmt: skip
    path = io.write_table(table, tmp_path / "b.parquet", schemas.LINK_BUCKETS_SCHEMA)
    meta = pq.ParquetFile(path).metadata.row_group(0)
    encodings = {meta.column(i).path_in_schema: meta.column(i).encodings
                 for i in range(meta.num_columns)}  # fmt: skip
    dictionary = {"PLAIN_DICTIONARY", "RLE_DICTIONARY"}
    assert not dictionary & set(encodings["bucket"]) and not dictionary & set(encodings["doc_key"])
    assert dictionary & set(encodings["run_id"]) and dictionary & set(encodings["band"])
    assert pq.read_table(path).equals(table.cast(schemas.LINK_BUCKETS_SCHEMA))
