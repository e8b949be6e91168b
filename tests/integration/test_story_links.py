"""Links through the CLI: a republished copy is linked to its original, across runs, and the
story_links mart says who was first; a different story on the same topic is not linked."""

from __future__ import annotations

import json
from pathlib import Path

from builders import FAST_LANGUAGES, article
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.config import load_settings
from pipeline.warehouse import query

BODY = [
    "Die Stadt hat am Montag beschlossen, die alte Markthalle am Fluss nicht abzureißen, sondern "
    "bis 2027 zu einem Zentrum für Handwerk und kleine Betriebe umzubauen.",
    "Die Kosten liegen nach Angaben der Verwaltung bei rund zwölf Millionen Euro, von denen das "
    "Land etwa die Hälfte aus einem Förderprogramm für Innenstädte übernehmen will.",
    "Kritik kam vor allem aus der Opposition, die eine genauere Prüfung der Folgekosten verlangt "
    "hatte und nun einen Antrag auf Akteneinsicht stellen will.",
]
OTHER = [
    "Der Landkreis investiert in neue Radwege entlang der Bundesstraße und will bis zum Herbst "
    "drei Lücken im Netz schließen, teilte das Landratsamt am Mittwoch mit.",
    "Die Bauarbeiten beginnen im Mai und dauern nach Angaben des Kreises etwa sechs Wochen; in "
    "dieser Zeit wird der Verkehr an den Baustellen mit Ampeln geregelt.",
    "Radverbände begrüßen die Pläne, fordern aber zusätzlich sichere Abstellanlagen an den "
    "Bahnhöfen, damit mehr Pendler auf das Rad umsteigen.",
]


def run(landing: Path, data: Path, config: Path) -> dict:
    result = CliRunner().invoke(app, ["run", "--landing", str(landing), "--data-dir", str(data),
                                      "--config", str(config), "--json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["counts"]


def test_copy_is_linked_across_runs_and_the_first_outlet_is_named(tmp_path: Path) -> None:
    landing, data = tmp_path / "landing", tmp_path / "data"
    landing.mkdir()
    config = tmp_path / "newsdesk.toml"
    config.write_text(f"languages = {json.dumps(FAST_LANGUAGES)}\n", "utf-8")
    original = article("Markthalle bleibt stehen", BODY, header_lines=["12.03.2024, 07:15 Uhr"],
                       footer_lines=["© 2024 ZDF"])  # fmt: skip
    (landing / "original.txt").write_text(original, "utf-8")
    (landing / "radwege.txt").write_text(article("Neue Radwege im Kreis", OTHER), "utf-8")
    first = run(landing, data, config)
    assert first.get("document_links", 0) == 0
    copy = article("Stadt rettet die Markthalle", BODY, header_lines=["13.03.2024, 10:00 Uhr"],
                   footer_lines=["© 2024 BBC"])  # fmt: skip
    (landing / "kopie.txt").write_text(copy, "utf-8")
    second = run(landing, data, config)
    assert second["document_links"] == 1 and second["links_exact_duplicate"] == 1
    settings = load_settings(config, data_dir=data)
    rows = query(settings, "select kind, similarity, a_outlet, b_outlet, first_outlet "
                           "from story_links").to_pylist()  # fmt: skip
    assert len(rows) == 1
    assert rows[0]["kind"] == "exact_duplicate" and rows[0]["similarity"] == 1.0
    assert {rows[0]["a_outlet"], rows[0]["b_outlet"]} == {"ZDFheute", "BBC News"}
    assert rows[0]["first_outlet"] == "ZDFheute"


# Two outlets' own reports of one invented event, a week-later report naming the same people,
# and a report of another event on the same topic.
FERRY = [
    "Die Fähre „Wattläufer“ ist am Sonntagmorgen vor Norderhörn auf eine Sandbank gelaufen. An "
    "Bord waren 212 Fahrgäste, die nach Angaben der Reederei Tammen-Linie unverletzt blieben.",
    "Kapitän Joost Harmsen sagte, ein Nebelfeld habe die Sicht plötzlich auf wenige Meter "
    "verringert. Zwei Seenotretter aus Brakensiel schleppten das Schiff mit der Flut wieder frei.",
    "Die Wasserschutzpolizei hat Ermittlungen aufgenommen; die Verbindung nach Norderhörn fällt "
    "bis zur Prüfung des Rumpfes aus.",
]
FERRY_OWN_REPORT = [
    "Schreck im Wattenmeer: Mit 212 Menschen an Bord saß die „Wattläufer“ der Tammen-Linie "
    "stundenlang fest, bevor Retter aus Brakensiel sie am Mittag losbekamen.",
    "Ein Passagier berichtete, man habe nur einen kurzen Ruck gespürt. Schiffsführer Harmsen "
    "habe die Fahrgäste über Lautsprecher beruhigt und Tee ausschenken lassen.",
    "Wann die Fähre wieder nach Norderhörn fährt, ist offen. Ein Gutachter soll den Rumpf am "
    "Montag untersuchen.",
]
OTHER_FERRY = [
    "Auf der Linie nach Süderwarf fällt die Fähre „Möwenflug“ wegen eines Getriebeschadens für "
    "drei Wochen aus. Die Reederei setzt ein kleineres Ersatzschiff ein.",
    "Fahrgäste müssen mit längeren Wartezeiten rechnen, teilte die Hafenverwaltung mit; Autos "
    "können in dieser Zeit nicht übergesetzt werden.",
]


def test_independent_reports_of_one_story_are_linked_within_days(tmp_path: Path) -> None:
    landing, data = tmp_path / "landing", tmp_path / "data"
    landing.mkdir()
    config = tmp_path / "newsdesk.toml"
    config.write_text(f"languages = {json.dumps(FAST_LANGUAGES)}\n", "utf-8")
    (landing / "faehre.txt").write_text(
        article("Fähre läuft vor Norderhörn auf Grund", FERRY,
                header_lines=["14.09.2025, 11:20 Uhr"], footer_lines=["© 2025 ZDF"]), "utf-8",
    )  # fmt: skip
    (landing / "andere.txt").write_text(
        article("Ersatzschiff nach Süderwarf", OTHER_FERRY,
                header_lines=["15.09.2025, 09:00 Uhr"]), "utf-8",
    )  # fmt: skip
    first = run(landing, data, config)
    assert first.get("document_links", 0) == 0  # the same topic is not the same story
    (landing / "eigener-bericht.txt").write_text(
        article("Stundenlang auf der Sandbank", FERRY_OWN_REPORT,
                header_lines=["14.09.2025, 16:45 Uhr"], footer_lines=["© 2025 BBC"]), "utf-8",
    )  # fmt: skip
    (landing / "spaeter.txt").write_text(  # the same report, dated five weeks later
        article("Rückblick: die Sandbank", FERRY_OWN_REPORT,
                header_lines=["20.10.2025, 08:00 Uhr"]), "utf-8",
    )  # fmt: skip
    second = run(landing, data, config)
    settings = load_settings(config, data_dir=data)
    sql = ("select l.kind, l.method, l.similarity, l.threshold, a.title as a, b.title as b "
           "from document_links l join documents a on a.content_sha256 = l.a_content_sha256 "
           "join documents b on b.content_sha256 = l.b_content_sha256")  # fmt: skip
    rows = query(settings, sql).to_pylist()
    by_titles = {frozenset((r["a"], r["b"])): r for r in rows}
    story = by_titles[frozenset(("Fähre läuft vor Norderhörn auf Grund",
                                 "Stundenlang auf der Sandbank"))]  # fmt: skip
    assert story["kind"] == "same_story" and story["method"] == "story_vector"
    assert story["similarity"] >= story["threshold"]
    # the later copy is an exact copy of the second report, but too late for the story window
    later = by_titles[frozenset(("Stundenlang auf der Sandbank", "Rückblick: die Sandbank"))]
    assert later["kind"] == "exact_duplicate"
    assert len(rows) == 2 and second["links_same_story"] == 1
    mart = query(settings, "select first_outlet from story_links where kind = 'same_story'")
    assert mart.to_pylist() == [{"first_outlet": "ZDFheute"}]


def test_a_lake_signed_under_another_scheme_is_resigned_before_links(tmp_path: Path) -> None:
    """Signatures of two MinHash schemes meet only by chance: a lake signed under an older
    one (no scheme record; values of another hash) is signed again, story rows unchanged,
    and a lightly edited copy of an old article is then found as a near-duplicate."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from pipeline import io, links, resign, schemas

    landing, data = tmp_path / "landing", tmp_path / "data"
    landing.mkdir()
    config = tmp_path / "newsdesk.toml"
    config.write_text(f"languages = {json.dumps(FAST_LANGUAGES)}\n", "utf-8")
    (landing / "original.txt").write_text(article("Markthalle bleibt stehen", BODY), "utf-8")
    (landing / "radwege.txt").write_text(article("Neue Radwege im Kreis", OTHER), "utf-8")
    run(landing, data, config)
    lake = data / "lake"
    assert resign.lake_scheme(lake) == links.MINHASH_SCHEME
    # Make the lake look signed by another scheme: other values, buckets made from them.
    (lake / schemas.SIGNATURES / resign.SCHEME_FILE).unlink()
    terms_before = []
    for path in io.table_files(lake, schemas.SIGNATURES):
        table = pq.read_table(path)
        values = np.array(table.column("minhash").to_pylist(), np.uint64) ^ np.uint64(0x5A5A5A5A)
        table = table.set_column(table.schema.get_field_index("minhash"), "minhash",
                                 pa.array(values.tolist(), pa.list_(pa.uint64())))  # fmt: skip
        io.write_table(table, path, schemas.SIGNATURES_SCHEMA)
        buckets_path = lake / schemas.LINK_BUCKETS / path.parent.name / path.name
        buckets = pq.read_table(buckets_path)
        terms_before += buckets.filter(pc.equal(buckets["band"], links.STORY_TERM_BAND)).to_pylist()
        rows = []
        keys = zip(table["content_sha256"].to_pylist(), table["body_sha256"].to_pylist(),
                   strict=True)  # fmt: skip
        for row, (sha, body_sha) in zip(values, keys, strict=True):
            band, bucket = links.buckets(row, body_sha)
            rows += [{"doc_key": links.doc_key(sha), "band": int(b), "bucket": int(k), "day": -1,
                      "run_id": table["run_id"][0].as_py(),
                      "ingest_date": table["ingest_date"][0].as_py()}
                     for b, k in zip(band, bucket, strict=True)]  # fmt: skip
        io.write_table(pa.Table.from_pylist(rows, schema=schemas.LINK_BUCKETS_SCHEMA),
                       buckets_path, schemas.LINK_BUCKETS_SCHEMA)  # fmt: skip
    assert resign.lake_scheme(lake) == links.LEGACY_MINHASH_SCHEME
    old_bucket_files = io.table_files(lake, schemas.LINK_BUCKETS)
    edited = [BODY[0].replace("am Montag", "am Dienstag"), *BODY[1:]]
    (landing / "kopie.txt").write_text(article("Stadt rettet die Markthalle", edited), "utf-8")
    second = run(landing, data, config)
    assert second["signatures_resigned_files"] == 1 and second["signatures_resigned"] == 2
    assert second["links_near_duplicate"] == 1
    assert resign.lake_scheme(lake) == links.MINHASH_SCHEME
    signatures = io.read_committed(lake, schemas.SIGNATURES)
    documents = io.read_committed(lake, schemas.DOCUMENTS, ["content_sha256", "body"])
    bodies = dict(zip(*(documents.column(c).to_pylist() for c in documents.column_names),
                      strict=True))  # fmt: skip
    for sha, values in zip(*(signatures.column(c).to_pylist() for c in ("content_sha256",
                                                                          "minhash")),
                           strict=True):  # fmt: skip
        assert values == links.signature(bodies[sha])[0].tolist()
    terms_after = [r for p in old_bucket_files for r in pq.read_table(p).to_pylist()
                   if r["band"] == links.STORY_TERM_BAND]  # fmt: skip
    assert terms_after == terms_before and terms_before
