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
