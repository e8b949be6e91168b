"""The search shards' index, filled by ``warehouse.index_rows``, must be the one the fts
extension's own ``create_fts_index`` builds: same rows in every table, same scores."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pipeline import synth, warehouse

QUERIES = ["Brücke", "die Sanierung der Brücke", "Regierung", "the government said",
           "Élection présidentielle", "2024", "Straße", "zzzz-not-a-word"]  # fmt: skip


def _pages(root: Path) -> list[tuple[str, str | None, str | None]]:
    """(key, title, body) of synthetic pages in several languages, and some edge rows."""
    synth.generate(root, 60, seed=11)
    rows = []
    for number, path in enumerate(sorted(p for p in root.rglob("*") if p.is_file())):
        text = path.read_bytes().decode("utf-8", "replace")
        title, _, body = text.partition("\n")
        rows.append((f"k{number:03d}", title, body))
    rows += [
        ("e1", None, "Nur ein Text ohne Titel, mit Zahlen 1.234,5 und ÄÖÜ äöü ß."),
        ("e2", "Titel ohne Text", None),
        ("e3", "", ""),
        ("e4", "---", "!!! ... 42"),
        ("e5", "Straße STRASSE strasse", "L'été à l'hôtel — «quoted» \"words\" o'clock"),
    ]
    return rows


def _table(con: duckdb.DuckDBPyConnection, name: str, rows: list) -> None:
    con.execute(f"create table {name} (content_sha256 varchar, title varchar, body varchar)")
    if rows:
        con.executemany(f"insert into {name} values (?, ?, ?)", rows)


def _index(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, list]:
    fts = f"fts_main_{table}"
    return {
        "docs": con.execute(f"select docid, name, len from {fts}.docs order by 1").fetchall(),
        "fields": con.execute(f"select * from {fts}.fields order by 1").fetchall(),
        "dict": con.execute(f"select term, df from {fts}.dict order by 1").fetchall(),
        "terms": con.execute(
            f"select t.docid, t.fieldid, d.term, count(*) from {fts}.terms t "
            f"join {fts}.dict d using (termid) group by all order by all"
        ).fetchall(),
        "stats": con.execute(f"select num_docs, avgdl from {fts}.stats").fetchall(),
        "scores": [
            con.execute(
                f"select content_sha256, round({fts}.match_bm25(content_sha256, ?), 9) as s "
                f"from {table} where s is not null order by 1",
                [query],
            ).fetchall()
            for query in QUERIES
        ],
    }


@pytest.mark.parametrize("stemmer", ["german", "english", "none"])
def test_index_rows_fills_the_index_the_extension_builds(tmp_path: Path, stemmer: str) -> None:
    rows = _pages(tmp_path / "landing")
    con = duckdb.connect()
    warehouse.load_fts(con)
    _table(con, "by_extension", rows)
    con.execute(f"pragma create_fts_index('by_extension', 'content_sha256', 'title', 'body', "
                f"stemmer='{stemmer}', stopwords='none')")  # fmt: skip
    _table(con, "by_newsdesk", [])
    con.execute(f"pragma create_fts_index('by_newsdesk', 'content_sha256', 'title', 'body', "
                f"stemmer='{stemmer}', stopwords='none')")  # fmt: skip
    con.execute("insert into by_newsdesk select * from by_extension")
    warehouse.index_rows(con, "by_newsdesk", stemmer)

    expected, got = _index(con, "by_extension"), _index(con, "by_newsdesk")
    assert len(expected["docs"]) == len(rows) and len(expected["dict"]) > 500
    assert sum(1 for scores in expected["scores"] if scores) >= 5  # the queries find pages
    for name in expected:
        assert got[name] == expected[name], name


def test_a_group_past_the_shard_cap_becomes_parts_of_about_equal_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(warehouse, "SEARCH_SHARD_DOCS", 100)
    found = [("de", "202612", 150), ("de", "202611", 100), ("fr", "202612", 30),
             ("xx", "202612", 200), ("yy", "202612", 50)]  # fmt: skip
    jobs = {job.table: job for job in warehouse._shard_jobs(found, "src", "_r1")}
    assert list(jobs) == ["search_other_202612p1_r1", "search_other_202612p2_r1",
                          "search_other_202612p3_r1", "search_de_202612p1_r1",
                          "search_de_202612p2_r1", "search_de_202611_r1",
                          "search_fr_202612_r1"]  # fmt: skip
    assert [(j.part, j.parts, j.documents) for j in jobs.values()] == [
        (1, 3, 84), (2, 3, 84), (3, 3, 84), (1, 2, 75), (2, 2, 75), (1, 1, 100), (1, 1, 30)
    ]  # fmt: skip
    assert jobs["search_other_202612p1_r1"].members == ["xx", "yy"]
    for name in jobs:  # every name parses back to its group, month and run
        shard = warehouse._SHARD.match(name)
        assert shard and shard.group(4) == "r1" and shard.group(2) in ("202611", "202612")
