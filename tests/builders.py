"""Small builders for test inputs: page copies, Arrow batches and a processing context.

All article text here is invented for the tests.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import pyarrow as pa

from pipeline import io
from pipeline.annotate.language import LanguageIdentifier
from pipeline.annotate.outlet import Registry
from pipeline.process import ProcessContext
from pipeline.stages import READ_FILES_SCHEMA

# Three candidate languages load in well under a second; the 25 defaults take several.
FAST_LANGUAGES = ["de", "en", "fr"]
FIXED_NOW = dt.datetime(2024, 6, 3, 9, 30, tzinfo=dt.UTC)

# Paragraphs the cleaning tests set lines between (German P, English E).
P1 = (
    "Der Stadtrat hat am Abend mit knapper Mehrheit beschlossen, die alte Markthalle am Fluss "
    "nicht abzureißen, sondern bis zum Jahr 2027 zu einem Zentrum für Handwerk umzubauen."
)
P2 = (
    "Die Kosten schätzt die Verwaltung auf rund zwölf Millionen Euro, von denen das Land nach "
    "eigenen Angaben etwa die Hälfte aus einem Förderprogramm für Innenstädte übernehmen will."
)
P3 = (
    "Kritik kam vor allem aus der Opposition, die eine genauere Prüfung der Folgekosten "
    "verlangt hatte und nun einen Antrag auf Akteneinsicht stellen will."
)
E1 = (
    "The regional council voted on Tuesday to keep the old ferry terminal open through the "
    "winter, reversing a decision that had angered islanders for months."
)
E2 = (
    "Officials said the extra sailings would cost about two million pounds, which will be met "
    "from reserves rather than from higher fares for passengers."
)

DE_TITLE = "Obernbach saniert die alte Turnhalle am Marktplatz"
DE_PARAGRAPHS = (
    "Der Gemeinderat von Obernbach hat am Dienstagabend nach langer Debatte beschlossen, die alte "
    "Turnhalle am Marktplatz bis zum Herbst zu sanieren und danach wieder für Vereine zu öffnen.",
    "Bürgermeisterin Petra Vollmer sprach von einem wichtigen Signal für die Jugendarbeit im Ort. "
    "Die Kosten von rund 1,2 Millionen Euro sollen zu einem Drittel aus Fördermitteln des Landes "
    "gedeckt werden.",
    "Kritik kam von der Opposition, die eine gründlichere Prüfung der Statik verlangt hatte. „Wir "
    "tragen die Entscheidung mit, aber wir werden genau hinschauen“, sagte ein Sprecher der "
    "Fraktion im Anschluss an die Sitzung.",
    "Während der Bauarbeiten weichen die Sportgruppen in die Halle der Nachbargemeinde aus. Ein "
    "Shuttlebus soll die Kinder an drei Nachmittagen in der Woche vom Schulhof in der Gartenstraße "
    "dorthin bringen.",
)

DE_WEATHER_TITLE = "Unwetter lässt Keller im Talgrund volllaufen"
DE_WEATHER_PARAGRAPHS = (
    "Ein kräftiges Gewitter hat in der Nacht zum Sonntag mehrere Ortsteile im Talgrund getroffen "
    "und dort zahlreiche Keller und zwei Unterführungen unter Wasser gesetzt.",
    "Die Freiwillige Feuerwehr war nach eigenen Angaben mit mehr als sechzig Kräften im Einsatz "
    "und pumpte bis in die frühen Morgenstunden Wasser aus Wohnhäusern und einer Werkstatt.",
    "Verletzt wurde nach bisherigen Erkenntnissen niemand. Der Wetterdienst rechnet für die "
    "kommenden Tage mit weiteren Schauern, allerdings deutlich schwächer als in der Unwetternacht.",
)

EN_TITLE = "Westmere ferry terminal to close for summer repairs"
EN_PARAGRAPHS = (
    "The harbour authority in Westmere announced on Monday that the old ferry terminal will close "
    "for repairs at the end of the month, leaving commuters to rely on buses for most of the "
    "summer.",
    "Officials said the work had been postponed twice because of rising material costs, but "
    "inspections in the spring found corrosion in several of the steel supports beneath the main "
    "pier.",
    "Local business owners told reporters they were worried about losing customers, although the "
    "council has promised extra parking near the temporary bus stops along the waterfront.",
)


def article(
    title: str,
    paragraphs: Iterable[str],
    *,
    header_lines: Sequence[str] = (),
    footer_lines: Sequence[str] = (),
) -> str:
    """A plain-text page copy: title, header lines, paragraphs, footer lines."""
    blocks = [title]
    if header_lines:
        blocks.append("\n".join(header_lines))
    blocks.extend(paragraphs)
    if footer_lines:
        blocks.append("\n".join(footer_lines))
    return "\n\n".join(blocks) + "\n"


def german_article(**kwargs: Sequence[str]) -> str:
    return article(DE_TITLE, DE_PARAGRAPHS, **kwargs)


def english_article(**kwargs: Sequence[str]) -> str:
    return article(EN_TITLE, EN_PARAGRAPHS, **kwargs)


def files_table(rows: Iterable[Mapping[str, object]]) -> pa.Table:
    """The read-files batch ``process_batch`` takes (``stages.READ_FILES_SCHEMA``).

    Each row needs ``source_path`` and ``content`` (str, bytes or None); ``version``,
    ``mtime``, ``error_reason`` and ``error_detail`` may be given, the rest is derived.
    """
    out = []
    for row in rows:
        content = row.get("content")
        if isinstance(content, str):
            content = content.encode("utf-8")
        size = row.get("size_bytes", len(content) if content is not None else 0)
        mtime = row.get("mtime", FIXED_NOW - dt.timedelta(hours=1))
        out.append({
            "source_path": row["source_path"],
            "document_id": io.document_id_for(str(row["source_path"])),
            "version": row.get("version", 1),
            "content_sha256": row.get("content_sha256", hashlib.sha256(content or b"").hexdigest()),
            "size_bytes": size,
            "mtime_ns": int(mtime.timestamp() * 1e9),
            "mtime": mtime,
            "content": content,
            "error_reason": row.get("error_reason"),
            "error_detail": row.get("error_detail"),
        })
    return pa.Table.from_pylist(out, schema=READ_FILES_SCHEMA)


def context(*, run_id: str = "20240603T093000Z-test01", **overrides: object) -> ProcessContext:
    """A processing context with a small language set and the bundled outlet registry."""
    return ProcessContext(
        identify=LanguageIdentifier(tuple(FAST_LANGUAGES)),
        registry=Registry.load(),
        run_id=run_id,
        now=FIXED_NOW,
        **overrides,
    )


SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def seed_landing(folder: Path) -> Path:
    """A landing folder holding copies of the user's seed articles (read at run time, never
    stored in the project), or three invented articles where the seeds are absent (a clone
    without ``shared/`` beside it): enough for tests that split a landing folder in groups.
    None of them is byte for byte ``english_article()``, which tests add as a new file."""
    folder.mkdir(parents=True, exist_ok=True)
    if SEEDS.is_dir():
        for path in SEEDS.glob("*.txt"):
            shutil.copy(path, folder / path.name)
    else:
        (folder / "de.txt").write_text(german_article(), "utf-8")
        (folder / "de-dated.txt").write_text(
            german_article(header_lines=("Von Anna Beispiel", "12.03.2024, 10:15 Uhr")), "utf-8"
        )
        (folder / "en.txt").write_text(
            english_article(header_lines=("By Sam Example", "March 12, 2024")), "utf-8"
        )
    return folder
