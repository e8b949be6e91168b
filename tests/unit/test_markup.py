"""Copies made by tools (markdown exports, text-browser dumps, hard-wrapped text), written for
these tests: the rules read them as a browser's copy, and the segments stay the decoded text."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from builders import E1, E2, P1, P2, P3

from pipeline import markup
from pipeline.clean import clean_text

E3 = (
    "Islanders had collected more than four thousand signatures against the closure and "
    "travelled to the mainland twice to present them to the council's transport committee."
)

MARKDOWN_PAGE = f"""Title: Markthalle bleibt stehen - Der Flussbote
URL Source: https://www.flussbote.example/lokales/markthalle-bleibt-a-123
Published Time: 2024-05-02T09:14:00+02:00
Markdown Content:
[Zum Inhalt springen](#inhalt)

[![Der Flussbote](https://www.flussbote.example/logo.svg)](https://www.flussbote.example/)

*   [Lokales](https://www.flussbote.example/lokales/)
*   [Sport](https://www.flussbote.example/sport/)
*   [Kultur](https://www.flussbote.example/kultur/)
*   [Wetter](https://www.flussbote.example/wetter/)

# Markthalle bleibt stehen: Stadtrat stimmt für Umbau

Von [Jana Beispiel](https://www.flussbote.example/autorin/jana-beispiel)

![Die alte Markthalle am Fluss](https://cdn.flussbote.example/markthalle.jpg)

{P1}

{P2.replace("Förderprogramm", "[Förderprogramm](https://land.example/foerderung)")}

## Opposition will Akten sehen

**{P3}**

*   [Teilen per E-Mail](mailto:?subject=Markthalle)
*   [Mehr aus Lokales](https://www.flussbote.example/lokales/)
"""


def test_shape_is_found_from_the_whole_page_and_plain_copies_are_left_alone() -> None:
    assert markup.detect(MARKDOWN_PAGE).markdown
    plain = f"Titel der Meldung hier\n\n{P1}\n\n{P2}\n\n{P3}\n"
    assert not markup.detect(plain)
    # one bracketed aside in a plain page is not markdown
    assert not markup.detect(f"{P1} [Anm. d. Red.](siehe unten)\n\n{P2}\n")


def test_markdown_page_reads_as_its_browser_copy() -> None:
    doc = clean_text(MARKDOWN_PAGE)
    assert doc.title == "Markthalle bleibt stehen: Stadtrat stimmt für Umbau"
    assert P1 in doc.body
    # a link in a sentence keeps its words, and the sentence its punctuation
    assert P2 in doc.body
    assert "Opposition will Akten sehen" in doc.body
    assert P3 in doc.body  # bold marks are syntax
    for syntax in ("](", "**", "#", "https://", "Lokales", "Teilen", "Zum Inhalt", "Beispiel"):
        assert syntax not in doc.body, syntax


def test_markdown_segments_are_pieces_of_the_decoded_text() -> None:
    doc = clean_text(MARKDOWN_PAGE)
    assert all(MARKDOWN_PAGE[s.start : s.end] == s.text for s in doc.segments)
    by_text = {s.text: s for s in doc.segments}
    assert str(by_text["#"].kind) == "markup"  # the heading's mark, cut from the title line
    assert str(by_text["](https://land.example/foerderung)"].kind) == "markup"
    assert str(by_text["Title: Markthalle bleibt stehen - Der Flussbote"].kind) == "page_metadata"
    assert not by_text["Published Time: 2024-05-02T09:14:00+02:00"].in_body
    menu = by_text["*   [Sport](https://www.flussbote.example/sport/)"]
    assert (str(menu.kind), menu.rule) == ("navigation", "link_line")
    logo = (
        "[![Der Flussbote](https://www.flussbote.example/logo.svg)](https://www.flussbote.example/)"
    )
    assert str(by_text[logo].kind) == "image_caption"  # an image line: nothing a reader sees


LYNX_PAGE = (
    "   [1]Skip to content\n"
    "     * [2]Home\n"
    "     * [3]News\n"
    "     * [4]Sport\n"
    "     * [5]Weather\n\n"
    "Island ferry terminal to stay open all winter\n\n"
    "   By Morag Example\n\n"
    + textwrap.indent(textwrap.fill(E1, 76), "   ")
    + "\n\n"
    + textwrap.indent(textwrap.fill(E2.replace("reserves", "[6]reserves"), 76), "   ")
    + "\n\n"
    + textwrap.indent(textwrap.fill(E3, 76), "   ")
    + "\n\nReferences\n\n"
    + "".join(f"   {n}. https://news.example/item/{n}\n" for n in range(1, 7))
)


def test_text_browser_dump_is_unwrapped_and_loses_its_link_numbers() -> None:
    shape = markup.detect(LYNX_PAGE)
    assert shape.references and shape.wrap_width is not None
    doc = clean_text(LYNX_PAGE)
    assert doc.title == "Island ferry terminal to stay open all winter"
    assert doc.body.split("\n\n") == [E1, E2, E3]
    assert all(LYNX_PAGE[s.start : s.end] == s.text for s in doc.segments)
    assert all("\n" not in s.text for s in doc.segments)  # a segment a source line
    assert "https://news.example/item/6" not in doc.body


def test_hard_wrapped_caption_is_removed_whole() -> None:
    caption = (
        "Image caption, Engineers have spent more than a year rebuilding the foundations of "
        "the old bridge over the river"
    )
    page = "\n\n".join([
        "Bridge to reopen after two years",
        textwrap.fill(caption, 72),
        textwrap.fill(E1, 72),
        textwrap.fill(E2, 72),
        textwrap.fill(E3, 72),
    ])
    assert markup.detect(page).wrap_width is not None
    doc = clean_text(page)
    assert "Engineers" not in doc.body and "the old bridge over the river" not in doc.body
    assert doc.body.split("\n\n") == [E1, E2, E3]


def test_short_paragraphs_one_a_line_are_not_read_as_wrapped() -> None:
    lines = [
        "Der Rat tagt am Montag im großen Saal des Rathauses.",
        "Auf der Tagesordnung stehen der Haushalt und die neue Schule.",
        "Die Sitzung ist öffentlich, Gäste sind willkommen.",
        "Anträge können bis Freitag eingereicht werden.",
        "Die Verwaltung bittet um vorherige Anmeldung.",
        "Parkplätze gibt es hinter dem Gebäude.",
    ]
    assert markup.detect("\n".join(lines)).wrap_width is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Gedruckt am 18.09.2024 um 07:51", "footer"),
        ("Printed on 3/4/2025 2:41 PM from https://www.example.com/news/x", "footer"),
        ("18.09.24, 07:51              Bahn streicht Verbindungen | Beispielzeitung", "footer"),
        ("https://www.example.de/artikel?print                    2", "footer"),
        ("Jetzt die Flussbote-App herunterladen – alle Nachrichten aus der Region", "navigation"),
        ("Download the Example News app", "navigation"),
        ("In App öffnen", "navigation"),
        ("Image source, Westmorland County Council", "image_credit"),
        ("Image caption, Engineers have spent more than a year on the bridge", "image_caption"),
        ("Reporting by Jane Example; Editing by John Sample", "credit_line"),
        ("Home    For you    Following    Headlines    Search", "navigation"),
    ],
)
def test_lines_of_copies_made_by_tools_and_apps(line: str, kind: str) -> None:
    page = f"Ferry terminal to stay open all winter\n\n{E1}\n\n{line}\n\n{E2}\n\n{E3}\n"
    assert {s.text: str(s.kind) for s in clean_text(page).segments}[line] == kind


def test_app_and_print_words_inside_a_sentence_stay_text() -> None:
    sentence = (
        "Die App lässt sich seit Montag kostenlos herunterladen, sagte die Sprecherin der "
        "Stadtwerke am Abend."
    )
    page = f"Stadtwerke starten neue App\n\n{P1}\n\n{sentence}\n\n{P2}\n"
    assert sentence in clean_text(page).body


TOOL_COPIES = Path(__file__).parent / "tool_copies"


@pytest.mark.parametrize("name", ["html2text.md", "html2text_body_width_0.md", "markdownify.md"])
def test_copies_made_by_real_conversion_tools_read_alike(name: str) -> None:
    """One page (``page.html``) as three converters wrote it: the same headline and text."""
    text = (TOOL_COPIES / name).read_text("utf-8")
    doc = clean_text(text)
    assert doc.title == "Markthalle bleibt stehen: Stadtrat stimmt für Umbau"
    paragraphs = doc.body.split("\n\n")
    assert paragraphs[0].startswith("Der Stadtrat hat am Montagabend mit knapper Mehrheit")
    assert "aus einem Förderprogramm für Innenstädte übernehmen will." in paragraphs[1]
    assert paragraphs[2] == "Opposition will Akten sehen"
    assert "„Wir kaufen die Katze im Sack“" in paragraphs[3]
    assert paragraphs[-1].endswith("wie die Stadt am Dienstag mitteilte.")
    assert len(paragraphs) == 5
    for syntax in ("**", "_„", "](", "Markthalle am Fluss soll", "Lokales", "Wochenmarkt zieht"):
        assert syntax not in doc.body, syntax
    assert all(text[s.start : s.end] == s.text for s in doc.segments)


WAYBACK_TOOLBAR = [
    "The Wayback Machine - https://web.archive.org/web/20240611083215/https://www.zeit.de/x",
    "https://www.zeit.de/x",
    "Go",
    "14 captures",
    "10 Jun 2024 - 28 Aug 2024",
    "MAY\tJUN\tJUL",
    "2023\t2024\t2025",
    "success",
    "fail",
    "About this capture",
    "COLLECTED BY",
    "Organization: Internet Archive",
    "The Internet Archive discovers and captures web pages through many different web crawls.",
    "Collection: Save Page Now Outlinks",
    "TIMESTAMPS",
    "loading",
]


def test_web_archive_toolbar_is_the_archives_not_the_articles() -> None:
    page = "\n".join([*WAYBACK_TOOLBAR, "Markthalle bleibt stehen und wird umgebaut",
                      "Von Jana Beispiel", P1, P2, P3])  # fmt: skip
    doc = clean_text(page)
    kinds = {s.text: str(s.kind) for s in doc.segments}
    assert all(kinds[line.strip()] == "page_metadata" for line in WAYBACK_TOOLBAR)
    assert doc.title == "Markthalle bleibt stehen und wird umgebaut"
    assert doc.body.split("\n\n") == [P1, P2, P3]


def test_feed_item_saved_as_text_takes_its_title_field() -> None:
    page = "\n".join([
        "channel: Der Flussbote - Lokales",
        "title: Markthalle bleibt stehen und wird umgebaut",
        "link: https://www.flussbote.example/lokales/markthalle",
        "pubDate: Thu, 21 Mar 2024 07:15:00 +0100",
        "category: Lokales",
        "", P1, "", P2, "", "Opposition will Akten sehen", "", P3,
    ])  # fmt: skip
    doc = clean_text(page)
    assert doc.title == "Markthalle bleibt stehen und wird umgebaut"
    title = next(s for s in doc.segments if str(s.kind) == "title")
    assert page[title.start : title.end] == title.text  # the field's value, cut from its line
    assert doc.body.split("\n\n") == [P1, P2, "Opposition will Akten sehen", P3]


def test_a_text_browsers_menu_run_is_not_a_headline() -> None:
    menu = textwrap.fill(
        "Home News Sport Business Innovation Culture Arts Travel Earth Audio Video Live "
        "Weather Newsletters Israel-Gaza war War in Ukraine US & Canada UK Politics England",
        78,
    )
    page = f"{menu}\n\nIsland ferry terminal to stay open all winter\n\n14 March 2024\n\n" + (
        "\n\n".join(textwrap.fill(p, 78) for p in (E1, E2, E3))
    )
    doc = clean_text(page)
    assert doc.title == "Island ferry terminal to stay open all winter"


def test_text_browser_image_placeholder_takes_its_credit_and_caption() -> None:
    page = "\n\n".join([
        "Island ferry terminal to stay open all winter", "14 March 2024", E1,
        "[image]", "Example Ferries", "The old terminal building seen from the harbour wall",
        E2, E3,
    ])  # fmt: skip
    kinds = {s.text: str(s.kind) for s in clean_text(page).segments}
    assert kinds["Example Ferries"] == "image_credit"
    assert kinds["The old terminal building seen from the harbour wall"] == "image_caption"
    assert kinds[E2] == "body"


def test_markdown_picture_caption_printed_again_under_it() -> None:
    caption = "Die alte Markthalle am Fluss im vergangenen Winter."
    page = MARKDOWN_PAGE.replace(
        "![Die alte Markthalle am Fluss](https://cdn.flussbote.example/markthalle.jpg)",
        f"![{caption}](https://cdn.flussbote.example/markthalle.jpg)\n\n{caption}",
    )
    doc = clean_text(page)
    assert caption not in doc.body
    assert P1 in doc.body


EPAPER = """Der Flussbote
Seite 12 | Donnerstag, 6. März 2025 | Lokales

Markthalle bleibt stehen: Stadtrat stimmt für Umbau
Ehrenfeld. Die Bauarbeiten für die
Markthalle beginnen am 24. März. Das
hat die Stadtverwaltung am Mittwoch in
der Bezirksvertretung angekündigt. Auf
einer Fläche von 1300 Quadratmetern
sollen Werkstätten und ein Café ent-
stehen; dagegen stimmte die CDU-
Fraktion. Die Kosten beziffert die
Stadt auf zwölf Millionen Euro.
„Wir wollen vor dem Weihnachtsgeschäft
fertig sein“, sagte die Chefin. Ge-
baut werde in vier Abschnitten, damit
der Markt nie ganz schließen müsse.
12 | Lokales | Der Flussbote | Nr. 55
"""


def test_a_newspapers_pdf_column_is_unwrapped_and_its_hyphens_joined() -> None:
    assert markup.detect(EPAPER).wrap_width is not None
    doc = clean_text(EPAPER)
    assert doc.title == "Markthalle bleibt stehen: Stadtrat stimmt für Umbau"
    paragraphs = doc.body.split("\n\n")
    assert "in der Bezirksvertretung angekündigt." in paragraphs[0]
    assert "Werkstätten und ein Café entstehen; dagegen stimmte die CDU-Fraktion." in paragraphs[0]
    assert paragraphs[1].startswith("„Wir wollen vor dem Weihnachtsgeschäft fertig sein“")
    assert "sagte die Chefin. Gebaut werde in vier Abschnitten" in paragraphs[1]
    assert all(EPAPER[s.start : s.end] == s.text for s in doc.segments)
    kinds = {s.text: str(s.kind) for s in doc.segments}
    assert kinds["Seite 12 | Donnerstag, 6. März 2025 | Lokales"] == "dateline"
    assert kinds["12 | Lokales | Der Flussbote | Nr. 55"] == "footer"


def test_a_forwarded_mails_header_and_signature_are_the_mails() -> None:
    page = "\n".join([
        "From: Jana Beispiel <jana@example.com>", "Sent: Wednesday, February 12, 2025 8:17 PM",
        "To: Team", "Subject: Fwd: Markthalle", "", "Markthalle bleibt stehen und wird umgebaut",
        "12. Februar 2025, 18:04 Uhr", "", P1, "", P2, "", P3, "",
        "CONFIDENTIALITY NOTICE: This e-mail is confidential.",
        "Geschäftsführer: Max Muster · Amtsgericht München HRB 198734",
    ])  # fmt: skip
    kinds = {s.text: str(s.kind) for s in clean_text(page).segments}
    assert kinds["Sent: Wednesday, February 12, 2025 8:17 PM"] == "page_metadata"
    assert kinds["Subject: Fwd: Markthalle"] == "page_metadata"
    assert kinds["CONFIDENTIALITY NOTICE: This e-mail is confidential."] == "footer"
    assert kinds["Geschäftsführer: Max Muster · Amtsgericht München HRB 198734"] == "footer"


def test_a_press_clipping_header_is_the_services_and_its_date_the_articles() -> None:
    fields = ["Quelle: Der Flussbote", "Ausgabe: Stadtausgabe", "Datum: 11.03.2025",
              "Ressort: Lokales", "Seite: 29", "Auflage: 71.380"]  # fmt: skip
    page = "\n".join(["PRESSESPIEGEL BEISPIEL", "-" * 40, *fields, "-" * 40,
                      "Markthalle bleibt stehen und wird umgebaut", P1, P2, P3])  # fmt: skip
    doc = clean_text(page)
    kinds = {s.text: str(s.kind) for s in doc.segments}
    assert doc.title == "Markthalle bleibt stehen und wird umgebaut"
    assert kinds["Datum: 11.03.2025"] == "dateline"
    assert kinds["Auflage: 71.380"] == "page_metadata"
    assert kinds["PRESSESPIEGEL BEISPIEL"] == "page_metadata"
    # a headline above such fields stays the headline
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", *fields, P1, P2, P3])
    assert clean_text(page).title == "Markthalle bleibt stehen und wird umgebaut"


def test_a_copy_with_html_tags_or_quoted_in_a_reply_is_told_apart() -> None:
    tagged = "\n".join([f"<p>{P1}</p>", f"<p>{P2}<br>{P3}</p>", "<strong>Zwischentitel</strong>",
                        f"<p>{P1}</p>", "<span class=\"kicker\">Parkraum</span>"])  # fmt: skip
    assert markup.detect(tagged).tags and not markup.detect(tagged).quoted
    quoted = "\n".join(["Danke!", "", *(f"> {p}" for p in (P1, P2, P3, P1, P2, P3))])
    assert markup.detect(quoted).quoted and not markup.detect(quoted).tags
    assert not markup.detect("\n".join([P1, "> ein Zitat", P2])).quoted
