"""The signatures of a run's candidate pairs, staged once per run in flat files.

The links stage verifies its candidate pairs a chunk at a time, and a chunk's pairs reach
documents all over the warehouse (the stored side of a pair can be anyone). Fetching each
chunk's signatures from DuckDB turned ~40,000 rows of list values into Arrow per chunk: at
200,000 documents every signature was converted about 19 times, 53 s of a 137 s links phase.
Staged once, as a fixed-width MinHash matrix and flat story-vector files, all memory-mapped, a
chunk reads only the rows it needs, a window of a file at a time, letting each window's pages go
after it (``_MappedFile``). So what is mapped stays within a window however large the run; in
memory stay seven integers a document (keys, codes, story offsets).
"""

from __future__ import annotations

import mmap
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline import io, links

STAGE_BATCH_ROWS = 10_000  # signature rows converted to Arrow at a time while staging
STORY_COLUMNS = 2**63 - 1  # story keys are 63-bit hashes: the sparse vectors' own column space
_IDS_SCHEMA = pa.schema([
    pa.field("r", pa.int64(), nullable=False),
    pa.field("content_sha256", pa.string(), nullable=False),
    pa.field("document_id", pa.string(), nullable=False),
    pa.field("body_sha256", pa.string(), nullable=False),
])  # fmt: skip


class PairSignatures:
    """Staged signatures: row ``r`` is the r-th signature fetched. Ids stay in DuckDB (the temp
    table ``pair_signatures``: r, content_sha256, document_id, body_sha256), to be joined to
    the pairs that pass."""

    def __init__(self, folder: Path, keys: np.ndarray, document: np.ndarray, body: np.ndarray,
                 story_start: np.ndarray, story_length: np.ndarray) -> None:  # fmt: skip
        self.rows = len(keys)
        self._order = np.argsort(keys, kind="stable")
        self._sorted = keys[self._order]
        self.document = document  # equal codes: versions of one document
        self.body = body  # equal codes: the same normalised body
        self._story_start, self._story_length = story_start, story_length
        self._minhash = _MappedFile(folder / "minhash.u32", np.uint32, links.NUM_PERM)
        self._story_keys = _MappedFile(folder / "story_keys.i64", np.int64)
        self._story_weights = _MappedFile(folder / "story_weights.f32", np.float32)

    @classmethod
    def stage(cls, con: duckdb.DuckDBPyConnection, query: str, folder: Path) -> PairSignatures:
        """Stage the rows of ``query`` (doc_key, content_sha256, document_id, body_sha256,
        minhash as uinteger[], story_keys, story_weights) under ``folder``, and create the temp
        table ``pair_signatures`` on ``con``: one pass, STAGE_BATCH_ROWS rows at a time."""
        folder.mkdir(parents=True, exist_ok=True)
        keys, starts, lengths = [], [], []
        rows = flat = 0
        reader = con.execute(query).to_arrow_reader(STAGE_BATCH_ROWS)
        with (open(folder / "minhash.u32", "wb") as minhash,
              open(folder / "story_keys.i64", "wb") as story_keys,
              open(folder / "story_weights.f32", "wb") as story_weights,
              pq.ParquetWriter(folder / "ids.parquet", _IDS_SCHEMA) as ids):  # fmt: skip
            for batch in reader:
                n = batch.num_rows
                values = pc.list_flatten(batch.column("minhash")).to_numpy()
                if len(values) != n * links.NUM_PERM:
                    raise ValueError(
                        f"a stored signature does not have {links.NUM_PERM} MinHash values"
                    )
                minhash.write(values.astype(np.uint32, copy=False).tobytes())
                row_keys, row_weights, row_lengths = _canonical_stories(
                    batch.column("story_keys"), batch.column("story_weights")
                )
                story_keys.write(row_keys.tobytes())
                story_weights.write(row_weights.tobytes())
                starts.append(flat + np.cumsum(row_lengths) - row_lengths)
                lengths.append(row_lengths)
                flat += int(row_lengths.sum())
                # a copy: a view would keep the whole batch DuckDB handed over alive
                keys.append(np.array(batch.column("doc_key").to_numpy(), np.int64))
                ids.write_table(pa.table({
                    "r": pa.array(np.arange(rows, rows + n), pa.int64()),
                    **{name: batch.column(name) for name in _IDS_SCHEMA.names[1:]},
                }, schema=_IDS_SCHEMA))  # fmt: skip
                rows += n
        path = io.sql_path(folder / "ids.parquet")
        con.execute(f"create or replace temp table pair_signatures as from read_parquet('{path}')")
        # Ids and body hashes are only compared in the verification: their ranks will do.
        codes = con.execute(
            "select dense_rank() over (order by document_id) as document, "
            "dense_rank() over (order by body_sha256) as body from pair_signatures order by r"
        ).fetchnumpy()
        return cls(
            folder, _joined(keys), codes["document"].astype(np.int64),
            codes["body"].astype(np.int64), _joined(starts), _joined(lengths),
        )  # fmt: skip

    def rows_of(self, keys: np.ndarray) -> np.ndarray:
        """The staged row of each document key, -1 where a key has none."""
        if not self.rows:
            return np.full(len(keys), -1, np.int64)
        at = np.clip(np.searchsorted(self._sorted, keys), 0, self.rows - 1)
        return np.where(self._sorted[at] == keys, self._order[at], -1)

    def minhash(self, rows: np.ndarray) -> np.ndarray:
        """The MinHash values of ``rows``, a row each (uint32: rensa's slots are 32 bits)."""
        return self._minhash.take(rows)

    def stories(self, rows: np.ndarray) -> Any:
        """The story vectors of ``rows`` as a sparse matrix (a row each), keyed by the stored
        term hashes themselves: no column index to build per chunk."""
        from scipy import sparse

        # In row order the vectors' positions in the files increase: no sort to read them.
        order = np.argsort(rows, kind="stable")
        ordered = rows[order]
        lengths = self._story_length[ordered]
        indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
        positions = np.arange(indptr[-1]) - np.repeat(indptr[:-1] - self._story_start[ordered],
                                                      lengths)  # fmt: skip
        matrix = sparse.csr_matrix(
            (self._story_weights.take(positions, increasing=True),
             self._story_keys.take(positions, increasing=True), indptr),
            shape=(len(rows), STORY_COLUMNS),
        )  # fmt: skip
        return matrix[np.argsort(order)]

    def close(self) -> None:
        for staged in (self._minhash, self._story_keys, self._story_weights):
            staged.close()

    def __enter__(self) -> PairSignatures:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:  # fmt: skip
        self.close()


WINDOW_BYTES = 16 * 2**20  # what one read maps of a staged file at a time


class _MappedFile:
    """A staged file of fixed-width rows, memory-mapped read-only. ``take`` reads the rows it
    is asked for a window of the file at a time and lets each window's pages go: on a fault
    Linux maps the pages around the one touched as well (64 KB), so rows read all over a file
    would otherwise map all of it, and a file has a row per document in the run's pairs."""

    def __init__(self, path: Path, dtype: Any, width: int = 1) -> None:
        self._mapped: mmap.mmap | None = None
        self._shape: tuple[int, ...] = (width,) if width > 1 else ()
        self._row_bytes = np.dtype(dtype).itemsize * width
        if path.stat().st_size == 0:  # mmap cannot map an empty file
            self._array = np.zeros((0, *self._shape), dtype)
            return
        with open(path, "rb") as handle:
            self._mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        self._array = np.frombuffer(self._mapped, dtype).reshape(-1, *self._shape)

    def take(self, index: np.ndarray, *, increasing: bool = False) -> np.ndarray:
        """The rows at ``index`` (``increasing``: it never decreases, so needs no sort)."""
        out = np.empty((len(index), *self._shape), self._array.dtype)
        if not len(index):
            return out
        order = None if increasing else np.argsort(index, kind="stable")
        ordered = index if order is None else index[order]
        per_window = max(1, WINDOW_BYTES // self._row_bytes)
        first, last = int(ordered[0]) // per_window, int(ordered[-1]) // per_window
        edges = np.searchsorted(ordered, np.arange(first, last + 2) * per_window)
        for window, lo, hi in zip(range(first, last + 1), edges[:-1], edges[1:], strict=True):
            if lo == hi:
                continue
            out[slice(lo, hi) if order is None else order[lo:hi]] = self._array[ordered[lo:hi]]
            if self._mapped is not None:
                start = window * per_window * self._row_bytes // mmap.PAGESIZE * mmap.PAGESIZE
                end = min((window + 1) * per_window * self._row_bytes, len(self._mapped))
                self._mapped.madvise(mmap.MADV_DONTNEED, start, end - start)
        return out

    def close(self) -> None:
        self._array = np.zeros((0, *self._shape), self._array.dtype)
        if self._mapped is not None:
            self._mapped.close()
            self._mapped = None


def _canonical_stories(keys: pa.ChunkedArray | pa.Array, weights: pa.ChunkedArray | pa.Array
                       ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # fmt: skip
    """Flat story keys and weights with each row's length; within a row the keys strictly
    increase, as ``links.story_features`` writes them. A row that does not (a hash collision,
    a foreign writer) is sorted and its repeated keys dropped: SciPy's sparse product merges
    sorted rows, and would otherwise allocate a slot per column."""
    lengths = pc.fill_null(pc.list_value_length(keys), 0).to_numpy(zero_copy_only=False)
    lengths = lengths.astype(np.int64, copy=False)
    flat_keys = pc.list_flatten(keys).to_numpy(zero_copy_only=False).astype(np.int64, copy=False)
    flat_weights = pc.list_flatten(weights).to_numpy(zero_copy_only=False).astype(np.float32)
    if len(flat_keys) != len(flat_weights) or len(flat_keys) != lengths.sum():
        raise ValueError("a stored story vector does not have one weight per key")
    row = np.repeat(np.arange(len(lengths)), lengths)
    if np.all((np.diff(flat_keys) > 0) | (np.diff(row) != 0)):
        return flat_keys, flat_weights, lengths
    order = np.lexsort((flat_keys, row))
    row, flat_keys, flat_weights = row[order], flat_keys[order], flat_weights[order]
    first = np.concatenate([[True], (np.diff(flat_keys) != 0) | (np.diff(row) != 0)])
    kept = np.bincount(row[first], minlength=len(lengths)).astype(np.int64)
    return flat_keys[first], flat_weights[first], kept


def _joined(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.zeros(0, np.int64)
