"""Staged pair signatures: rows found by key, MinHash rows and story vectors read back as
written, ids left in DuckDB, and bad stored rows refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pytest

from pipeline import links, pairsigs

BODIES = [
    "Der Stadtrat in Uferbach beschloss am Montag einen neuen Haushalt mit 4.200 Stellen.",
    "Der Stadtrat in Uferbach beschloss am Montag einen neuen Haushalt mit 4.200 Stellen!",
    "Die Feuerwehr Kleinmoor rückte zu einem Brand in der Lagerhalle an der Ringstraße aus.",
]


def _rows(minhash: list[np.ndarray] | None = None) -> pa.Table:
    features = [links.story_features(body, "de") for body in BODIES]
    signatures = minhash or [links.signature(body)[0] for body in BODIES]
    return pa.table({
        "doc_key": pa.array([900, 100, 500], pa.int64()),
        "content_sha256": ["c900", "c100", "c500"],
        "document_id": ["doc-a", "doc-a", "doc-b"],
        "body_sha256": ["same", "same", "other"],
        "minhash": pa.array([s.astype(np.uint32) for s in signatures], pa.list_(pa.uint32())),
        "story_keys": pa.array([features[0].keys, None, features[2].keys],
                               pa.list_(pa.int64())),  # fmt: skip
        "story_weights": pa.array([features[0].weights, None, features[2].weights],
                                  pa.list_(pa.float32())),  # fmt: skip
    })  # fmt: skip


def _stage(tmp_path: Path, rows: pa.Table) -> tuple[duckdb.DuckDBPyConnection, Any]:
    con = duckdb.connect()
    con.register("rows", rows)
    return con, pairsigs.PairSignatures.stage(con, "select * from rows", tmp_path / "sigs")


def test_staged_rows_read_back_as_written(tmp_path: Path) -> None:
    rows = _rows()
    con, sigs = _stage(tmp_path, rows)
    with sigs:
        found = sigs.rows_of(np.array([100, 900, 500, 7], np.int64))
        assert found[-1] == -1  # a key nobody staged
        assert sorted(found[:3]) == [0, 1, 2]
        read = sigs.minhash(found[:3])
        for key, values in zip([100, 900, 500], read, strict=True):
            source = rows["doc_key"].to_pylist().index(key)
            assert values.tolist() == rows["minhash"][source].as_py()
        ids = con.execute("select r, content_sha256, document_id from pair_signatures order by r")
        assert [c for _, c, _ in ids.fetchall()] == ["c900", "c100", "c500"]
        # versions of one document and copies of one body share a code
        assert sigs.document[0] == sigs.document[1] != sigs.document[2]
        assert sigs.body[0] == sigs.body[1] != sigs.body[2]
        a, b = np.array([0, 0, 1]), np.array([0, 2, 2])
        cosines = links.story_cosines(sigs.stories(a), sigs.stories(b))
        features = [links.story_features(body, "de") for body in BODIES]
        assert cosines[0] == pytest.approx(1.0, abs=1e-6)
        assert cosines[1] == pytest.approx(links.story_similarity(features[0], features[2]))
        assert cosines[2] == 0.0  # no story vector (a signature from before schema 3)


def test_rows_are_read_a_window_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows asked for in any order, repeated, across many windows of the file (one page of
    the MinHash file each here), come back in the order asked."""
    monkeypatch.setattr(pairsigs, "WINDOW_BYTES", 4096)  # four rows of 256 uint32 values
    signatures = [np.full(links.NUM_PERM, n, np.uint32) for n in range(40)]
    rows = pa.table({
        "doc_key": pa.array(range(40), pa.int64()),
        "content_sha256": [f"c{n}" for n in range(40)],
        "document_id": [f"d{n}" for n in range(40)],
        "body_sha256": [f"b{n}" for n in range(40)],
        "minhash": pa.array(signatures, pa.list_(pa.uint32())),
        "story_keys": pa.array([[n, n + 100] for n in range(40)], pa.list_(pa.int64())),
        "story_weights": pa.array([[0.6, 0.8]] * 40, pa.list_(pa.float32())),
    })  # fmt: skip
    _, sigs = _stage(tmp_path, rows)
    with sigs:
        wanted = sigs.rows_of(np.array([39, 0, 17, 17, 3, 22], np.int64))
        assert sigs.minhash(wanted)[:, 0].tolist() == [39, 0, 17, 17, 3, 22]
        stories = sigs.stories(wanted)
        assert stories.indices.tolist() == [39, 139, 0, 100, 17, 117, 17, 117, 3, 103, 22, 122]


def test_unsorted_story_keys_are_sorted_and_repeats_dropped() -> None:
    keys = pa.array([[5, 3, 3, 9], [1, 2]], pa.list_(pa.int64()))
    weights = pa.array([[0.5, 0.3, 0.1, 0.9], [0.6, 0.8]], pa.list_(pa.float32()))
    flat, flat_weights, lengths = pairsigs._canonical_stories(keys, weights)
    assert flat.tolist() == [3, 5, 9, 1, 2]
    assert lengths.tolist() == [3, 2]
    assert flat_weights[:3] == pytest.approx([0.3, 0.5, 0.9])


def test_a_signature_with_the_wrong_number_of_values_is_refused(tmp_path: Path) -> None:
    short = [np.arange(10, dtype=np.uint32)] * len(BODIES)
    with pytest.raises(ValueError, match="MinHash values"):
        _stage(tmp_path, _rows(short))


def test_nothing_to_stage(tmp_path: Path) -> None:
    con, sigs = _stage(tmp_path, _rows().slice(0, 0))
    with sigs:
        assert sigs.rows == 0
        assert sigs.rows_of(np.array([1, 2], np.int64)).tolist() == [-1, -1]
        assert sigs.minhash(np.zeros(0, np.int64)).shape == (0, links.NUM_PERM)
        assert sigs.stories(np.zeros(0, np.int64)).shape[0] == 0
