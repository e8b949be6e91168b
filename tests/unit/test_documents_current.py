"""The documents_current view on hand-made observations: which version a file holds now."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

VIEW = Path(__file__).resolve().parents[2] / "sql" / "marts" / "documents_current.sql"
DAY = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)


def _current(observations: list[tuple], published: list[tuple]) -> dict[str, int]:
    """documents_current over ``observations`` (document, content, version, status, day) and
    ``published`` (document, content, version): {document: current version}."""
    con = duckdb.connect()
    con.execute("create table files (document_id varchar, content_sha256 varchar, "
                "version integer, status varchar, seen_at timestamptz)")  # fmt: skip
    con.execute("create table documents (document_id varchar, content_sha256 varchar, "
                "version integer)")  # fmt: skip
    for doc, sha, version, status, day in observations:
        con.execute("insert into files values (?, ?, ?, ?, ?)",
                    [doc, sha, version, status, DAY + dt.timedelta(days=day)])  # fmt: skip
    if published:
        con.executemany("insert into documents values (?, ?, ?)", published)
    con.execute(VIEW.read_text("utf-8"))
    rows = con.execute("select document_id, version from documents_current").fetchall()
    assert len(rows) == len({doc for doc, _ in rows}), "one current version per document"
    for doc in {doc for doc, *_ in observations}:  # the keys of a few documents, as search asks
        keys = con.execute("select document_id, content_sha256 from current_versions($ids)",
                           {"ids": [doc]}).fetchall()  # fmt: skip
        expected = con.execute("select document_id, content_sha256 from documents_current "
                               "where document_id = ?", [doc]).fetchall()  # fmt: skip
        assert keys == expected
    return dict(rows)


@pytest.mark.parametrize(
    ("observations", "published", "expected"),
    [
        pytest.param(  # a change adds a version, which is current
            [("a", "s1", 1, "new", 0), ("a", "s2", 2, "changed", 1)],
            [("a", "s1", 1), ("a", "s2", 2)],
            {"a": 2},
            id="changed",
        ),
        pytest.param(  # changed back: the earlier version is current again
            [("a", "s1", 1, "new", 0), ("a", "s2", 2, "changed", 1), ("a", "s1", 1, "reverted", 2)],
            [("a", "s1", 1), ("a", "s2", 2)],
            {"a": 1},
            id="reverted",
        ),
        pytest.param(  # a quarantined change, then touched: the published version stays
            [
                ("a", "s1", 1, "new", 0),
                ("a", "s2", 2, "quarantined", 1),
                ("a", "s2", 2, "touched", 2),
            ],
            [("a", "s1", 1)],
            {"a": 1},
            id="quarantined-change",
        ),
        pytest.param(  # touched: same content, a later observation of the same version
            [
                ("a", "s1", 1, "new", 0),
                ("a", "s2", 2, "changed", 1),
                ("a", "s2", 2, "touched", 3),
                ("b", "s3", 1, "new", 0),
            ],
            [("a", "s1", 1), ("a", "s2", 2), ("b", "s3", 1)],
            {"a": 2, "b": 1},
            id="touched",
        ),
        pytest.param(  # a copy of another file's content is that file's, not a version
            [("a", "s1", 1, "new", 0), ("b", "s1", None, "duplicate", 1)],
            [("a", "s1", 1)],
            {"a": 1},
            id="duplicate",
        ),
        pytest.param(  # a file never published has no current version
            [("a", "s1", 1, "quarantined", 0)],
            [],
            {},
            id="never-published",
        ),
    ],
)
def test_the_current_version_is_the_last_published_one_observed(
    observations: list[tuple], published: list[tuple], expected: dict[str, int]
) -> None:
    assert _current(observations, published) == expected
