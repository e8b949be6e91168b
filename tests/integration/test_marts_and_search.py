"""The analyst marts and full-text search, pinned on a small warehouse built from fixtures."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import pytest
from builders import FAST_LANGUAGES, article
from typer.testing import CliRunner

from pipeline.cli import app, snippet
from pipeline.config import load_settings
from pipeline.warehouse import query

HAFEN = article(
    "Hafenfähre fährt wieder nach Fahrplan",
    [
        "Die Fähre zwischen Nordhafen und Südspitze fährt seit Montag wieder nach Fahrplan, "
        "nachdem die Reparatur am Anleger früher als erwartet abgeschlossen wurde.",
        "Wie die Deutsche Presse-Agentur berichtet, hatten Pendler wochenlang Umwege in Kauf "
        "nehmen müssen. Laut dpa sollen die Fahrpreise bis zum Sommer stabil bleiben.",
        "Die Stadt kündigte an, den Anleger im Herbst noch einmal gründlich prüfen zu lassen, "
        "damit sich die lange Sperrung im nächsten Winter nicht wiederholt.",
    ],
    header_lines=["12.03.2024, 07:15 Uhr"],
    footer_lines=["© 2024 ZDF"],
)
MARKT = article(
    "Wochenmarkt zieht auf den Rathausplatz um",
    [
        "Der Wochenmarkt zieht im April vom Kirchplatz auf den Rathausplatz, weil dort mehr "
        "Platz für Stände und Lieferfahrzeuge ist, teilte die Verwaltung am Dienstag mit.",
        "Die Händler begrüßen den Umzug mehrheitlich. Einige fürchten aber, dass Stammkunden "
        "den neuen Standort zunächst nicht finden werden.",
        "Für die ersten Markttage sind Hinweisschilder an den Zufahrten geplant, und ein "
        "Faltblatt soll in den Geschäften der Innenstadt ausliegen.",
    ],
    header_lines=["13.03.2024, 09:00 Uhr"],
)
FERRY = article(
    "Island ferry returns to its timetable after repairs",
    [
        "The ferry between the harbour and the island returned to its timetable on Monday "
        "after repairs to the pier were finished earlier than planned, the council said.",
        "According to Reuters, commuters had faced long detours for weeks. The operator said "
        "fares would stay the same until the summer season begins.",
        "The council will inspect the pier again in the autumn so that the long closure does "
        "not happen again next winter, officials told residents at a meeting.",
    ],
    header_lines=["Published 14 March 2024"],
    footer_lines=["© 2024 BBC"],
)


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("marts")
    landing = root / "landing"
    landing.mkdir()
    for name, text in {"hafen.txt": HAFEN, "markt.txt": MARKT, "ferry.txt": FERRY}.items():
        (landing / name).write_text(text, "utf-8")
    (landing / "leer.txt").write_bytes(b"")
    config = root / "newsdesk.toml"
    config.write_text(f"languages = {json.dumps(FAST_LANGUAGES)}\n", "utf-8")
    data = str(root / "data")
    result = CliRunner().invoke(
        app, ["run", "--landing", str(landing), "--data-dir", data, "--config", str(config)]
    )
    assert result.exit_code == 0, result.output
    return load_settings(config, data_dir=root / "data")


def rows(settings, sql: str) -> list[dict]:
    return query(settings, sql).to_pylist()


def test_documents_per_outlet_day_and_week(warehouse) -> None:
    days = rows(warehouse, "select outlet, day::varchar as day, documents "
                           "from documents_per_outlet_day order by day")  # fmt: skip
    assert days == [
        {"outlet": "ZDFheute", "day": "2024-03-12", "documents": 1},
        {"outlet": "(unknown)", "day": "2024-03-13", "documents": 1},
        {"outlet": "BBC News", "day": "2024-03-14", "documents": 1},
    ]
    weeks = rows(warehouse, "select outlet, week::varchar as week, documents "
                            "from documents_per_outlet_week order by outlet")  # fmt: skip
    assert {w["week"] for w in weeks} == {"2024-03-11"}
    assert sum(w["documents"] for w in weeks) == 3


def test_language_mix(warehouse) -> None:
    mix = rows(warehouse, "select language, documents, share from language_mix")
    assert mix == [
        {"language": "de", "documents": 2, "share": 0.6667},
        {"language": "en", "documents": 1, "share": 0.3333},
    ]


def test_cited_sources_per_outlet(warehouse) -> None:
    cited = rows(warehouse, "select outlet, source_id, mentions, documents, rank "
                            "from cited_sources_per_outlet order by outlet, rank")  # fmt: skip
    assert cited == [
        {"outlet": "BBC News", "source_id": "reuters", "mentions": 1, "documents": 1, "rank": 1},
        {"outlet": "ZDFheute", "source_id": "dpa", "mentions": 2, "documents": 1, "rank": 1},
    ]


def test_boilerplate_per_outlet(warehouse) -> None:
    shares = rows(warehouse, "select outlet, documents, mean_boilerplate_share "
                             "from boilerplate_per_outlet")  # fmt: skip
    assert {r["outlet"] for r in shares} == {"ZDFheute", "BBC News", "(unknown)"}
    assert all(0 < r["mean_boilerplate_share"] < 0.2 for r in shares)
    unknown = next(r for r in shares if r["outlet"] == "(unknown)")
    assert unknown["documents"] == 1


def test_quality_per_run(warehouse) -> None:
    (run,) = rows(warehouse, "select documents, quarantined, quarantine_share, error_failures, "
                             "quarantine_reasons from quality_per_run")  # fmt: skip
    assert run == {"documents": 3, "quarantined": 1, "quarantine_share": 0.25,
                   "error_failures": 0, "quarantine_reasons": "empty 1"}  # fmt: skip


def test_search_ranks_with_stemming_and_shows_outlet_date_snippet(warehouse) -> None:
    found = CliRunner().invoke(
        app, ["search", "Fähren Anleger", "--data-dir", str(warehouse.data_dir), "--json"]
    )
    assert found.exit_code == 0, found.output
    hits = json.loads(found.stdout)
    assert [h["title"] for h in hits] == ["Hafenfähre fährt wieder nach Fahrplan"]
    assert hits[0]["outlet_name"] == "ZDFheute"
    assert hits[0]["published_at"].startswith("2024-03-12")
    assert "Anleger" in hits[0]["snippet"]
    english = json.loads(CliRunner().invoke(
        app, ["search", "repairs pier", "--data-dir", str(warehouse.data_dir), "--json"]
    ).stdout)  # fmt: skip
    assert [h["language"] for h in english] == ["en"]
    nothing = CliRunner().invoke(app, ["search", "Raumfahrt", "--data-dir",
                                       str(warehouse.data_dir)])  # fmt: skip
    assert nothing.exit_code == 0 and "no document matches" in nothing.stdout


def test_shards_built_side_by_side_equal_shards_built_one_at_a_time(
    warehouse, monkeypatch: pytest.MonkeyPatch
) -> None:
    import concurrent.futures

    from pipeline import warehouse as wh
    from pipeline.warehouse import rebuild_search, search

    def built(workers: int) -> tuple[dict[str, int], list[tuple]]:
        settings = warehouse.model_copy(update={"workers": workers})
        sizes = rebuild_search(settings)
        hits = [search(settings, terms).to_pylist() for terms in ("Fähren Anleger", "pier")]
        return sizes, [(h["content_sha256"], round(h["score"], 9)) for hit in hits for h in hit]

    one_at_a_time, side_by_side = built(1), built(2)
    assert side_by_side == one_at_a_time

    def no_threads(*args: object, **kwargs: object) -> None:
        raise AssertionError("a run with a large shard builds its shards one at a time")

    monkeypatch.setattr(wh, "SEARCH_SIDE_BY_SIDE_DOCS", 1)  # every shard is "large" now
    monkeypatch.setattr(concurrent.futures, "ThreadPoolExecutor", no_threads)
    assert built(2) == one_at_a_time
    # one shard per language group of the ingest month: German and English
    assert [name.split("_")[1] for name in sorted(one_at_a_time[0])] == ["de", "en"]
    assert len(one_at_a_time[1]) == 2


def test_search_returns_the_rows_ranking_whole_rows_would(tmp_path: Path) -> None:
    """search ranks on keys and reads the hits' rows afterwards, by row id, shard by shard:
    every column of every hit must be the row its score belongs to, in the order a ranking
    of whole rows gives. Synthetic pages, so that hits interleave across the language shards
    and come in another order than their rows."""
    from pipeline import synth
    from pipeline.warehouse import connect, load_fts, search, search_tables

    settings, landing = _empty_desk(tmp_path)
    synth.generate(landing, 60, seed=3, bad_share=0.0, exact_share=0.0)
    assert CliRunner().invoke(app, ["run", "--landing", str(landing), "--data-dir",
                                    str(settings.data_dir)]).exit_code == 0  # fmt: skip
    terms = "Stadtrat council Feuerwehr police Haushalt budget"
    with connect(settings, read_only=True) as con:
        load_fts(con)
        tables = search_tables(con)
        whole = " union all ".join(
            f"select {t}.*, fts_main_{t}.match_bm25(content_sha256, $terms) as score, "
            f"'{t}' as shard, rowid as row_id from {t}"
            for t in tables
        )
        expected = con.execute(
            f"select * from ({whole}) where score is not null "
            "order by score desc, content_sha256 limit 10",
            {"terms": terms},
        ).to_arrow_table()
    shards = expected["shard"].to_pylist()
    places = list(zip(shards, expected["row_id"].to_pylist(), strict=True))
    assert len(set(shards)) >= 2 and places != sorted(places)  # the case this test is for
    found = search(settings, terms)
    assert found.equals(expected.drop_columns(["shard", "row_id"]))
    nothing = search(settings, "Raumfahrtagentur")
    assert nothing.num_rows == 0 and nothing.schema.equals(found.schema)


def test_snippet_centres_on_the_first_term() -> None:
    body = "Anfang. " + "Füllwort " * 40 + "Die Fähre legt an. " + "Rest " * 40
    text = snippet(body, "Fähren")
    assert "[bold]Fähre[/]" in text and text.startswith("…")


def test_readme_lists_every_mart() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    marts = Path(__file__).resolve().parents[2] / "sql" / "marts"
    for path in marts.glob("*.sql"):
        assert f"from {path.stem}" in readme, f"README has no example query for {path.stem}"


def _empty_desk(root: Path):
    """Settings over an empty landing folder under ``root``, and that folder."""
    landing = root / "landing"
    landing.mkdir()
    settings = load_settings(landing_dir=landing, data_dir=root / "data",
                             languages=FAST_LANGUAGES)  # fmt: skip
    return settings, landing


def _shards(settings) -> list[str]:
    from pipeline import warehouse

    with warehouse.connect(settings) as con:
        return warehouse.search_tables(con)


def _found(settings, terms: str) -> set[str]:
    from pipeline import warehouse

    return {row["title"] for row in warehouse.search(settings, terms).to_pylist()}


def test_each_run_indexes_only_its_own_documents_and_old_months_are_compacted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A publish indexes its run's documents as shards of their own (its cost follows the run,
    not the month); a month that is over, or holds too many run shards, becomes one shard per
    language group, and search finds the same documents before and after."""
    import datetime as dt

    from pipeline import stages, warehouse

    settings, landing = _empty_desk(tmp_path)
    shards, found = partial(_shards, settings), partial(_found, settings)

    (landing / "hafen.txt").write_text(HAFEN, "utf-8")
    first = stages.run_all(settings)
    assert first.counts["search_documents"] == 1
    (landing / "markt.txt").write_text(MARKT, "utf-8")
    second = stages.run_all(settings)
    assert second.counts["search_documents"] == 1  # the new document only
    month = dt.date.today().strftime("%Y%m")
    runs = sorted(r.run_id.lower().replace("-", "_") for r in (first, second))
    assert shards() == [f"search_de_{month}_{run}" for run in runs]
    both = {"Hafenfähre fährt wieder nach Fahrplan", "Wochenmarkt zieht auf den Rathausplatz um"}
    assert found("Fähre Wochenmarkt") == both

    next_month = dt.date.today().replace(day=28) + dt.timedelta(days=5)
    sizes = warehouse.index_run(settings, second.run_id, now=next_month)
    assert sizes[f"search_de_{month}"] == 2
    assert shards() == [f"search_de_{month}"]
    assert found("Fähre Wochenmarkt") == both

    monkeypatch.setattr(warehouse, "SEARCH_MAX_RUN_SHARDS", 0)  # compact at once
    (landing / "markt.txt").write_text(MARKT.replace("April", "Mai"), "utf-8")  # a new version
    stages.run_all(settings)
    assert shards() == [f"search_de_{month}"]
    assert found("Wochenmarkt") == {"Wochenmarkt zieht auf den Rathausplatz um"}
    (indexed,) = warehouse.query(settings, f"select count(*) as n from search_de_{month}")["n"]
    assert indexed.as_py() == 2  # the superseded version left the shard


def test_search_skips_superseded_versions_that_rank_higher(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run shards keep a changed file's old version until its month is compacted; search only
    checks its top hits for currency, and ranks further down while those leave it short."""
    from pipeline import stages, warehouse

    settings, landing = _empty_desk(tmp_path)
    (landing / "markt.txt").write_text(MARKT, "utf-8")
    stages.run_all(settings)
    changed = MARKT.replace("Der Wochenmarkt zieht", "Der Markt zieht")
    (landing / "markt.txt").write_text(changed, "utf-8")
    stages.run_all(settings)
    with warehouse.connect(settings) as con:
        warehouse.load_fts(con)
        scored = sorted(
            (score, body)
            for table in warehouse.search_tables(con)
            for score, body in con.execute(
                f"select fts_main_{table}.match_bm25(content_sha256, 'Wochenmarkt'), body "
                f"from {table}"
            ).fetchall()
        )
    assert len(scored) == 2 and "Der Wochenmarkt zieht" in scored[-1][1]  # the old one first

    monkeypatch.setattr(warehouse, "SEARCH_CANDIDATES", 1)
    (hit,) = warehouse.search(settings, "Wochenmarkt", limit=1).to_pylist()
    assert "Der Markt zieht" in hit["body"]
    assert len(warehouse.search(settings, "Wochenmarkt").to_pylist()) == 1


def test_a_run_the_index_missed_is_indexed_by_the_next_publish(tmp_path: Path) -> None:
    """A publish that could not index (a reader held the warehouse) leaves its documents to
    the next publish, which indexes them with its own."""
    import subprocess
    import sys

    from pipeline import stages, warehouse

    settings, landing = _empty_desk(tmp_path)
    (landing / "hafen.txt").write_text(HAFEN, "utf-8")
    stages.run_all(settings)
    (landing / "markt.txt").write_text(MARKT, "utf-8")
    reader = subprocess.Popen(  # an analyst's read-only session in another process
        [sys.executable, "-c", "import duckdb, sys, time; con = duckdb.connect(sys.argv[1], "
         "read_only=True); print('open', flush=True); time.sleep(120)",
         str(settings.warehouse_path)], stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "open"
        missed = stages.run_all(settings)
    finally:
        reader.kill()
        reader.wait()
    assert missed.counts["search_index_stale"] == 1
    titles = {row["title"] for row in warehouse.search(settings, "Wochenmarkt").to_pylist()}
    assert titles == set()
    (landing / "turm.txt").write_text(MARKT.replace("Wochenmarkt", "Turmfest"), "utf-8")
    caught_up = stages.run_all(settings)
    assert caught_up.counts["search_documents"] == 2  # the missed run's document and its own
    titles = {row["title"] for row in warehouse.search(settings, "Wochenmarkt").to_pylist()}
    assert titles == {"Wochenmarkt zieht auf den Rathausplatz um"}


def test_a_shard_over_the_size_cap_is_indexed_in_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run's or a month's documents of one language group past SEARCH_SHARD_DOCS are split
    into parts by content hash: each document in exactly one part, search finding what one
    shard would, and compaction counting runs, not their parts."""
    import datetime as dt

    from pipeline import stages, warehouse

    monkeypatch.setattr(warehouse, "SEARCH_SHARD_DOCS", 1)
    monkeypatch.setattr(warehouse, "SEARCH_MAX_RUN_SHARDS", 1)
    settings, landing = _empty_desk(tmp_path)
    shards, found = partial(_shards, settings), partial(_found, settings)

    def keys(tables: list[str]) -> list[str]:
        union = " union all ".join(f"select content_sha256 from {t}" for t in tables)
        return sorted(warehouse.query(settings, union)["content_sha256"].to_pylist())

    (landing / "hafen.txt").write_text(HAFEN, "utf-8")
    (landing / "markt.txt").write_text(MARKT, "utf-8")
    first = stages.run_all(settings)
    month = dt.date.today().strftime("%Y%m")
    run = first.run_id.lower().replace("-", "_")
    # two parts of one run: still one run's shards, so no compaction yet
    assert shards() == [f"search_de_{month}p1_{run}", f"search_de_{month}p2_{run}"]
    current = sorted(warehouse.query(
        settings, "select content_sha256 from documents_current")["content_sha256"].to_pylist()
    )  # fmt: skip
    assert len(current) == 2 and keys(shards()) == current
    both = {"Hafenfähre fährt wieder nach Fahrplan", "Wochenmarkt zieht auf den Rathausplatz um"}
    assert found("Fähre Wochenmarkt") == both

    (landing / "markt.txt").write_text(MARKT.replace("April", "Mai"), "utf-8")  # a new version
    second = stages.run_all(settings)
    assert second.counts["search_documents"] >= 2  # its own shard, then the compacted month
    # a second run's shard: the month is compacted, in parts again
    assert shards() == [f"search_de_{month}p1", f"search_de_{month}p2"]
    current = sorted(warehouse.query(
        settings, "select content_sha256 from documents_current")["content_sha256"].to_pylist()
    )  # fmt: skip
    assert keys(shards()) == current  # the superseded version left the index
    assert found("Fähre Wochenmarkt") == both
