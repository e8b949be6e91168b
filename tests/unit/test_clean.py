"""Segment classification on page shapes written for these tests (German, English, French)."""

from __future__ import annotations

import pytest

from pipeline.annotate.language import LanguageIdentifier
from pipeline.clean import clean_text, split_lines

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


@pytest.fixture(scope="module")
def identify() -> LanguageIdentifier:
    return LanguageIdentifier(("de", "en", "fr"))


def kinds(text: str, identify: LanguageIdentifier | None = None) -> dict[str, str]:
    return {s.text: str(s.kind) for s in clean_text(text, language_of=identify).segments}


def test_split_lines_keeps_offsets() -> None:
    text = "  Titel hier  \n\nZweite Zeile\n"
    lines = split_lines(text)
    assert [text[s.start : s.end] for s in lines] == ["Titel hier", "Zweite Zeile"]
    assert lines[1].blank_before


def test_whole_page_german(identify: LanguageIdentifier) -> None:
    page = "\n".join([
        "Startseite", "Politik", "Wirtschaft", "Sport",
        "Wir verwenden Cookies, um Inhalte zu personalisieren. "
        "Mit „Alle akzeptieren“ stimmen Sie zu.",
        "Alle akzeptieren", "Lokales",
        "Markthalle bleibt stehen: Stadtrat stimmt für Umbau",
        "Von Jana Beispiel", "12.03.2024, 07:15 Uhr", "Teilen", "Artikel anhören",
        P1, P2, "Opposition will Akten sehen", P3,
        "Lesen Sie auch", "Neue Radwege am Ring geplant", "08.03.2024",
        "Parkgebühren steigen ab April", "01.03.2024",
        "Kommentare (3)", "Impressum", "Datenschutz", "© 2024 Beispiel Verlag",
    ])  # fmt: skip
    result = clean_text(page, language_of=identify)
    k = {s.text: str(s.kind) for s in result.segments}
    assert result.title == "Markthalle bleibt stehen: Stadtrat stimmt für Umbau"
    assert k["Startseite"] == "navigation"
    assert k["Lokales"] == "section_label"
    assert k["Alle akzeptieren"] == "cookie_notice"
    assert k["Von Jana Beispiel"] == "byline"
    assert k["12.03.2024, 07:15 Uhr"] == "dateline"
    assert k["Teilen"] == "share"
    assert k["Artikel anhören"] == "audio_player"
    assert k[P1] == "lead"
    assert k["Opposition will Akten sehen"] == "subheading"
    assert {k["Neue Radwege am Ring geplant"], k["08.03.2024"]} == {"related_list"}
    assert k["Kommentare (3)"] == "comment_prompt"
    assert k["© 2024 Beispiel Verlag"] == "copyright"
    assert result.body.split("\n\n") == [P1, P2, "Opposition will Akten sehen", P3]


def test_article_only_english_with_caption_and_credit() -> None:
    page = "\n".join([
        "Ferry terminal to stay open all winter after council U-turn",
        "By Sam Example",
        "Published 14 November 2023",
        "Passengers queue at the terminal on Monday.",
        "Photo: Alex Sample",
        E1, E2,
        "Related: Island school gets new roof",
    ])  # fmt: skip
    k = kinds(page)
    assert k["Ferry terminal to stay open all winter after council U-turn"] == "title"
    assert k["By Sam Example"] == "byline"
    assert k["Passengers queue at the terminal on Monday."] == "image_caption"
    assert k["Photo: Alex Sample"] == "image_credit"
    assert k["Related: Island school gets new roof"] == "related_link"
    assert k[E1] == "lead" and k[E2] == "body"


def test_repeated_headline_wins_over_kicker() -> None:
    page = "\n".join(["Ratgeber", "So sparen Mieter bei den Nebenkosten", P1,
                      "So sparen Mieter bei den Nebenkosten", P2])  # fmt: skip
    result = clean_text(page)
    assert result.title == "So sparen Mieter bei den Nebenkosten"
    assert {str(s.kind) for s in result.segments if s.text == "Ratgeber"} == {"section_label"}
    assert [str(s.kind) for s in result.segments].count("repeated_title") == 1


def test_donation_appeal_and_payment_details_leave_the_body() -> None:
    page = "\n".join([
        "Markthalle bleibt stehen", P1, P2, P3,
        "Freies Lokalradio", "Wir brauchen Ihre Unterstützung",
        "Unabhängiger Journalismus kostet Geld, und wir finanzieren uns allein durch Spenden.",
        "Bitte unterstützen Sie Freies Lokalradio",
        "IBAN: DE00 1234 5678 9012 3456 78", "BIC: ABCDDEFFXXX",
        "PayPal – spenden@example.org", "Bitcoin – bc1qexampleexampleexampleexample0000",
    ])  # fmt: skip
    result = clean_text(page)
    k = {s.text: str(s.kind) for s in result.segments}
    assert k["Freies Lokalradio"] == "donation_appeal"
    assert k["Wir brauchen Ihre Unterstützung"] == "donation_appeal"
    assert k["IBAN: DE00 1234 5678 9012 3456 78"] == "payment_details"
    assert k["PayPal – spenden@example.org"] == "payment_details"
    assert "Spenden" not in result.body and "DE00" not in result.body
    assert result.body.split("\n\n") == [P1, P2, P3]


def test_inline_url_and_email_are_cut_from_a_body_paragraph() -> None:
    sentence = (
        "Wer Fragen zum Umbau hat, kann sich an das Bürgerbüro unter info@stadt.example wenden "
        "oder die Pläne auf https://www.stadt.example/markthalle einsehen, hieß es am Abend."
    )
    result = clean_text("\n".join(["Markthalle bleibt stehen", P1, sentence, P2]))
    assert "info@stadt.example" not in result.body
    assert "https://" not in result.body
    assert "Wer Fragen zum Umbau hat" in result.body and "hieß es am Abend." in result.body
    cut = {str(s.kind): s.rule for s in result.segments if s.rule.startswith("inline_")}
    assert cut == {"contact": cut["contact"]} and cut["contact"] in {"inline_email", "inline_url"}
    rules = {s.rule for s in result.segments}
    assert {"inline_email", "inline_url"} <= rules


def test_original_title_in_other_language_is_detected(identify: LanguageIdentifier) -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3,
                      "Council Keeps Historic Market Hall Standing After Long Debate"])  # fmt: skip
    k = kinds(page, identify)
    assert k["Council Keeps Historic Market Hall Standing After Long Debate"] == "original_title"


def test_long_prose_mentioning_cookies_stays_in_body() -> None:
    about_cookies = (
        "Die Verbraucherzentrale kritisiert seit Jahren, dass viele Websites ihre Cookie-Banner so "
        "gestalten, dass Nutzer der Datenverarbeitung eher zustimmen als sie abzulehnen, "
        "und fordert "
        "klare Regeln für die Einwilligung."
    )
    result = clean_text("\n".join(["Streit um Cookie-Banner geht weiter", P1, about_cookies, P2]))
    assert about_cookies in result.body


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Lesezeit: 4 Min.", "reading_time"),
        ("5 min read", "reading_time"),
        ("2/28", "gallery_counter"),
        ("Deutsch | English | Français", "language_picker"),
        ("Anzeige", "ad_marker"),
        ("Schreibe einen Kommentar", "comment_prompt"),
        ("Ihre E-Mail-Adresse wird nicht veröffentlicht.", "comment_form"),
        ("Themen: Verkehr, Stadtrat", "tags"),
        ("Startseite > Politik > Ausland", "breadcrumb"),
        ("teaser:box_related", "cms_marker"),
        ("Jetzt abonnieren und weiterlesen", "paywall"),
        ("Alle Rechte vorbehalten.", "copyright"),
        ("Mehr zum Thema – Neue Radwege am Ring geplant", "related_link"),
        ("Laisser un commentaire", "comment_prompt"),
        ("Partager sur Facebook", "share"),
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_line_vocabulary(line: str, kind: str) -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, line, P3])
    assert kinds(page)[line] == kind


def test_region_kicker_is_not_the_headline() -> None:
    page = "\n".join([
        "Nordstadt, Südstadt und Hafenviertel", "Neue Buslinie verbindet drei Viertel",
        "Stand: 12.03.2024 07:15 Uhr", P1, P2,
    ])  # fmt: skip
    assert clean_text(page).title == "Neue Buslinie verbindet drei Viertel"


def test_brand_repeated_in_header_and_footer_is_not_the_headline() -> None:
    page = "\n".join(["Beispiel Kurier", "Politik", "Markthalle bleibt stehen und wird umgebaut",
                      "Von Jana Beispiel", P1, P2, P3, "Beispiel Kurier"])  # fmt: skip
    assert clean_text(page).title == "Markthalle bleibt stehen und wird umgebaut"


def test_two_short_sentences_can_be_a_headline() -> None:
    page = "\n".join(["Tram kommt später. Stadt nennt neuen Termin", "Von Jana Beispiel", P1, P2])
    assert clean_text(page).title == "Tram kommt später. Stadt nennt neuen Termin"


def test_ad_copy_under_marker_goes_but_a_subheading_stays() -> None:
    page = "\n".join([
        "Markthalle bleibt stehen und wird umgebaut", P1, "Anzeige",
        "Ihr neues Bad aus einer Hand – Sanitär Beispiel", "Jetzt Beratungstermin sichern",
        "Busse fahren nach Ersatzfahrplan", P2, "Advertisement", "Hauling water at $9,000 a week",
        E1, E2,
    ])  # fmt: skip
    k = kinds(page)
    assert k["Ihr neues Bad aus einer Hand – Sanitär Beispiel"] == "ad_marker"
    assert k["Jetzt Beratungstermin sichern"] == "ad_marker"
    assert k["Busse fahren nach Ersatzfahrplan"] == "subheading"
    assert k["Hauling water at $9,000 a week"] == "subheading"


def test_video_teaser_above_the_headline_is_a_caption() -> None:
    teaser = "Der Deich soll bis 2026 um bis zu einen Meter erhöht werden, sagt die Stadt."
    page = "\n".join(["Video abspielen", teaser, "02:15 Min", "Stadt erhöht den Deich am Fluss",
                      "Stand: 05.03.2024 18:27 Uhr", P1, P2])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Stadt erhöht den Deich am Fluss"
    assert teaser not in result.body


def test_box_inside_the_body_gives_back_the_next_subheading() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, "Lees ook",
                      "Stadt plant neue Radwege entlang des Flusses bis zum Jahr 2026",
                      "Kosten steigen", P2, P3])  # fmt: skip
    k = kinds(page)
    assert k["Stadt plant neue Radwege entlang des Flusses bis zum Jahr 2026"] == "related_list"
    assert k["Kosten steigen"] == "subheading"


def test_comment_counter_in_a_toolbar_does_not_swallow_the_article() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, "Teilen", "Kommentare",
                      P2, P3, "Opposition will Akten sehen", E1])  # fmt: skip
    assert kinds(page)["Opposition will Akten sehen"] == "subheading"


def test_sidebar_before_the_body_stops_at_the_headline() -> None:
    page = "\n".join(["Most read", "Bridge reopens after six months of works",
                      "Bakery brings pastries to downtown", "Ferry terminal stays open all winter",
                      "By Sam Example", E1, E2])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Ferry terminal stays open all winter"


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin – Konto – bc1qexampleexampleexampleexample0000abcd",
        "DE00 1234 5678 9012 3456 78 – BIC",
    ],
    ids=["wallet", "iban"],
)
def test_codes_and_numbers_have_no_language(identify: LanguageIdentifier, text: str) -> None:
    assert identify(text) == ("und", 0.0)


def test_repeated_title_check_answers_as_normalising_both_lines() -> None:
    from pipeline.clean import _norm, _Norms

    texts = [
        "Stadtrat rettet die Markthalle",
        "  STADTRAT rettet die Markthalle!  ",
        "„Stadtrat rettet die Markthalle“",
        "Stadtrat rettet die Markthalle am Fluss",
        "Der Stadtrat rettet die Markthalle",
        "ﬁnale Entscheidung im Stadtrat",  # NFKC: the ligature becomes "fi"
        "finale Entscheidung im Stadtrat",
        "— · —",
        "",
    ]
    lines = split_lines("\n".join(texts))
    titles = [_norm(text) for text in texts if _norm(text)]
    for title in titles:
        norms = _Norms(lines)  # a fresh cache: lines not yet normalised take the short cut
        got = [norms.equals(i, title) for i in range(len(lines))]
        assert got == [_norm(line.text) == title for line in lines]
    assert sum(_Norms(lines).equals(i, titles[0]) for i in range(len(lines))) == 3
