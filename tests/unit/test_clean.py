"""Segment classification on page shapes written for these tests (German, English, French)."""

from __future__ import annotations

import pytest
from builders import DE_PARAGRAPHS, E1, E2, P1, P2, P3

from pipeline import cues
from pipeline.annotate.language import LanguageIdentifier
from pipeline.clean import clean_text, split_lines


@pytest.fixture(scope="module")
def identify() -> LanguageIdentifier:
    return LanguageIdentifier(("de", "en", "fr"))


def kinds(text: str, identify: LanguageIdentifier | None = None) -> dict[str, str]:
    return {s.text: str(s.kind) for s in clean_text(text, language_of=identify).segments}


def kind_in_english_text(line: str) -> str:
    """The kind of ``line`` standing between the paragraphs of an English article."""
    page = "\n".join([
        "Ferry terminal to stay open all winter",
        E1,
        line,
        E2,
        E2.replace("two", "six"),
    ])
    return kinds(page)[line]


def kind_in_german_text(line: str) -> str:
    """The kind of ``line`` standing between the paragraphs of a German article."""
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, line, P2, P3])
    return kinds(page)[line]


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
        ("Copia link", "share"),
        ("Jetzt 1 Monat um 1 € testen", "paywall"),
        ("Über dieses Thema berichtet: Radio Beispiel am 18.04.2024 um 12:00 Uhr.", "audio_player"),
        ("Audio: Fähre stellt den Betrieb ein", "audio_player"),
        ("Dieser Text wurde mit Unterstützung einer KI erstellt.", "credit_line"),
        ("Vergrößern des Bildes", "image_caption"),
        ("NEW", "navigation"),
        ("Gerade keine Zeit? Artikel merken", "share"),
        ("Ticker aktualisieren", "navigation"),
        ("SKIP ADVERTISEMENT", "ad_marker"),
        ("Listen to this article · 6:48 min Learn more", "audio_player"),
        ("A version of this article appears in print on March 10, 2024", "footer"),
        ("Watch: Commuters react to the fare rise", "audio_player"),
        ("Visualizza questo post su Instagram", "social_embed"),
        ("Un post condiviso da Mirto (@mirto.muri)", "social_embed"),
        ("Czytaj także: Gdańsk kupi 20 nowych tramwajów", "related_link"),
        ("Redactora de la delegación de un diario en Valencia", "byline"),
        ("Pressefoto herunterladen (JPG, 2,4 MB)", "audio_player"),
        ("Alle Bilder anzeigen", "image_caption"),
        ("Jetzt Beispielblatt unterstützen – für freien Journalismus", "donation_appeal"),
        ("Lesen Sie den vollständigen Artikel mit Beispiel Plus", "paywall"),
        ("Aus der Beispielzeit Nr. 25/2024", "footer"),
        ("Artikel verschenken", "share"),
        ("Player wird geladen...", "audio_player"),
        ("Rückfragen bitte an:", "contact"),
        (
            "Original-Content von: Polizeipräsidium Beispiel, übermittelt durch news aktuell",
            "credit_line",
        ),  # fmt: skip
        ("Hast du auch etwas beobachtet? Schick uns deine Fotos per WhatsApp.", "navigation"),
        ("Skip next section Related topics", "navigation"),
        ("Escuchá esta nota", "audio_player"),
        ("Mirá también: Vendimia 2023", "related_link"),
        ("3 minuti di lettura", "reading_time"),
        ("Lesen Sie weiter mit Beispiel Premium", "paywall"),
        ("Dies ist ein experimentelles KI-Tool.", "credit_line"),
        ("12 Gedanken zu „Markthalle bleibt stehen“", "comment_prompt"),
        ("Hinweis: Gastbeiträge geben die Meinung des jeweiligen Autors wieder.", "footer"),
        ("Übersetzt mit Unterstützung von DeepL", "credit_line"),
        ("Hinweis: Dieser Artikel wurde aktualisiert.", "credit_line"),
        ("2:14 Min", "audio_player"),
        ("Zum Artikel: Neue Buslinie fährt ab Herbst bis zum Klinikum", "related_link"),
        ("Mehr dazu in oe1.ORF.at", "related_link"),
        ("Irakurri ere: Bilbobus estrena tres líneas eléctricas", "related_link"),
        ("Entzun albistea", "audio_player"),
        ("Argazkia: Bilbo Gaur / Ane Beispiel", "image_credit"),
        ("abspielen. Laufzeit 3 Minuten 12 Sekunden.", "audio_player"),
        ("Box aufklappen", "navigation"),
        ("Aktualisiert um 12:05 Uhr", "dateline"),
        ("Ultimo aggiornamento: 12.03.2025 16:20", "dateline"),
        (
            "Sie wollen mitreden? Hier können Sie Ihre Meinung zu diesem Artikel mit anderen "
            "Nutzern teilen.",
            "comment_prompt",
        ),
        (
            "Hier können Sie die Updates nach neuesten oder ältesten Einträgen sortieren.",
            "navigation",
        ),
        (
            "Äußerungen unserer Gesprächspartner geben deren eigene Auffassungen wieder. Der "
            "Beispielfunk macht sich Äußerungen seiner Gesprächspartner nicht zu eigen.",
            "footer",
        ),
        ("This article was first published in German on April 22, 2024.", "credit_line"),
        ("Aus dem Englischen übersetzt von Anna Beispiel", "credit_line"),
        ("Katrin Beispiel | Ausgabe 12/2024", "byline"),
        ("Authors: Ines Beispiel, Rahul Example", "byline"),
        ("From the December 2023 issue", "footer"),
        ("Photography by Kwame Example", "image_credit"),
        ("Lismore, NSW", "dateline"),
        ("Republish this article", "copyright"),
        (
            "Thank you for your interest in republishing this story. You are free to do so.",
            "copyright",
        ),
        ("This article is licensed under CC BY-NC-ND 4.0.", "copyright"),
        (
            "Ana Example does not work for, consult, own shares in or receive funding from any "
            "company that would benefit from this article.",
            "footer",
        ),
        ("Mit Material von dpa und AFP", "credit_line"),
        ("Lies auch: Ein Jahr Deutschlandticket – meine Auswertung", "related_link"),
        ("Auch lesen: Stadtwerke erhöhen den Grundpreis für Wasser", "related_link"),
        ("👉 Das könnte Sie auch interessieren: Brand in der Nachbarstadt", "related_link"),
        ("Smart Brevity® count: 1.8 mins...462 words", "reading_time"),
        ("Pressemitteilung Nr. 47/2025 | 12.03.2025", "dateline"),
        ("Sperrfrist: Mittwoch, 12.03.2025, 17:00 Uhr MEZ", "footer"),
        ("Dieser Artikel ersetzt keine ärztliche Beratung oder Behandlung.", "footer"),
        ("2 CME-Punkte. Zur Teilnahme ist ein Fachkreis-Login erforderlich.", "paywall"),
        ("Zuletzt aktualisiert: Februar 2025", "dateline"),
        ("Text: Sabine Beispiel | Fachlich geprüft: Dr. Ulrich Beispiel, Apotheker", "byline"),
        ("Fachgebiete: Kardiologie  Diabetologie", "tags"),
        ("Schlagworte Arbeitsagentur, Algorithmen, Datenschutz", "tags"),
        ("Ajouter à vos sélections", "share"),
        ("Print: Ausgabe vom 12.03.2025 · Beispieler Tagblatt", "footer"),
        ("Probleme mit der Darstellung? Im Browser ansehen", "navigation"),
        (
            "Kommentare sind hier deaktiviert. Antworten gern direkt im Original-Thread.",
            "comment_form",
        ),
        (
            "Die in Gastbeiträgen geäußerten Meinungen geben nicht unbedingt die Meinung der "
            "Redaktion wieder.",
            "footer",
        ),
        (
            "Über 640 Menschen unterstützen uns bereits – ab 5 Euro im Monat.",
            "donation_appeal",
        ),
        ("Investigations  Guides  Tools  Workshops  About  Contact", "navigation"),
        (
            "Das Ensemble probt, es könnte die letzte Premiere sein Foto: Sven Bsp/Blatt",
            "image_caption",
        ),
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


def test_consent_dialog_naming_its_partners_is_not_the_first_paragraph() -> None:
    consent = (
        "Wir und unsere 212 Partner speichern und verarbeiten personenbezogene Daten wie Ihre "
        "IP-Adresse, um Inhalte und Werbung zu personalisieren und die Nutzung zu analysieren."
    )
    page = "\n".join(["Beispiel Kurier", "Politik", "Sport", consent, "Zustimmen",
                      "Markthalle bleibt stehen und wird umgebaut", P1, P2])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Markthalle bleibt stehen und wird umgebaut"
    assert kinds(page)[consent] == "cookie_notice"


def test_question_headline_above_its_dateline_is_the_title() -> None:
    headline = "Ferry fares: why are prices rising and what can islanders do?"
    page = "\n".join(["Home", "News", "Sport", headline, "2 March 2024", "By Sam Example",
                      E1, E2])  # fmt: skip
    assert clean_text(page).title == headline


def test_headline_above_the_lead_picture_wins_over_a_gallery_button() -> None:
    page = "\n".join(["Startseite", "KRAN-DRAMA", "Retter holen Kranführer aus 60 Metern Höhe",
                      "1 von 9", "Höhenretter klettern den Turm des Hafenkrans hinauf",
                      "Foto: Jana Beispiel", "Alle Bilder anzeigen", "Von: Sam Example",
                      "11.03.2024 - 17:42 Uhr", P1, P2])  # fmt: skip
    assert clean_text(page).title == "Retter holen Kranführer aus 60 Metern Höhe"


def test_header_line_with_share_buttons_is_a_dateline() -> None:
    meta = "Von Jana Beispiel | 12.03.2024 | Lesedauer: 4 Min. | Teilen: Facebook | X | E-Mail"
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, meta, P2, P3])
    assert kinds(page)[meta] == "dateline"


def test_caption_below_a_photo_agency_credit() -> None:
    caption = "The ferry carries about two million passengers a year across the strait"
    page = "\n".join(["Ferry terminal to stay open all winter after council U-turn",
                      "By Sam Example", "Getty Images", caption, E1, E2])  # fmt: skip
    assert kinds(page)[caption] == "image_caption"


def test_photographer_in_capitals_under_a_caption_but_not_a_wire_subheading() -> None:
    caption = "Campos de arroz secos junto al lago, el pasado lunes."
    page = "\n".join(["La sequía deja a medio lago sin agua en invierno", caption,
                      "LUCÍA EJEMPLO PÉREZ", "Sam Example", "18 oct 2023 - 05:30 CEST", E1,
                      E2, "WIDER CRACKDOWN", E1 + " Again."])  # fmt: skip
    k = kinds(page)
    assert k[caption] == "image_caption"
    assert k["WIDER CRACKDOWN"] == "subheading"


def test_premium_teaser_inside_the_text_goes_but_the_text_after_it_stays() -> None:
    short = "Das Problem: Eine Drehleiter reicht nur bis etwa 30 Meter."
    page = "\n".join(["Retter holen Kranführer aus 60 Metern Höhe", P1, "BILDplus",
                      "Hafen-Report: Diese Krane sind älter als 40 Jahre",
                      "Exklusiv: Prüfberichte zeigen, wie marode die Häfen sind",
                      "Drehleiter reicht nicht", short, P2])  # fmt: skip
    body = clean_text(page).body
    assert "Hafen-Report" not in body and "Prüfberichte" not in body
    assert short in body
    assert kinds(page)["Drehleiter reicht nicht"] == "subheading"  # two teaser lines at most


def test_author_box_under_a_heading_takes_the_name_and_the_bio() -> None:
    bio = "Redactora de la delegación en Valencia. Escribe sobre medio ambiente y agricultura."
    page = "\n".join(["La sequía deja a medio lago sin agua en invierno", E1, E2,
                      "Sobre la firma", "Sam Example", bio, "Más información"])  # fmt: skip
    assert bio not in clean_text(page).body


def test_partners_and_reactions_in_the_text_are_not_consent_or_comments() -> None:
    quote = "„Wir und unsere Partner haben viel erreicht“, sagte die Bürgermeisterin."
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, "Reaktionen", quote,
                      P3, "Impressum"])  # fmt: skip
    k = kinds(page)
    assert k["Reaktionen"] == "subheading"
    assert k[quote] == "body"


def test_most_read_list_with_a_place_ends_at_the_headline_its_dateline_introduces() -> None:
    page = "\n".join([
        "Meistgelesen im Landkreis", "Neue Buslinie startet im April", "12.02.2024, 09:10 Uhr",
        "Landkreis", "Markthalle bleibt stehen und wird umgebaut", "13.02.2024, 17:45 Uhr",
        "Lesezeit: 4 Min.", P1, P2,
    ])  # fmt: skip
    result = clean_text(page)
    k = kinds(page)
    assert result.title == "Markthalle bleibt stehen und wird umgebaut"
    assert k["Neue Buslinie startet im April"] == k["12.02.2024, 09:10 Uhr"] == "related_list"
    assert k["13.02.2024, 17:45 Uhr"] == "dateline"


@pytest.mark.parametrize(
    "credit",
    ["(Foto: Jana Beispiel)", "Keystone / Jana Beispiel", "© Feuerwehr Obernbach"],
)
def test_sentence_above_a_bare_picture_credit_is_its_caption(credit: str) -> None:
    caption = "Seit Montag steht der Markt leer."
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", "Von Jana Beispiel",
                      caption, credit, P1, P2, P3])  # fmt: skip
    result = clean_text(page)
    assert kinds(page)[caption] == "image_caption"
    assert result.body.split("\n\n") == [P1, P2, P3]


def test_agency_copyright_under_the_last_paragraph_leaves_the_paragraph() -> None:
    short_last = "Die Entscheidung fällt im Herbst, teilte die Stadt mit."
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, short_last,
                      "© dpa", "Impressum", "Datenschutz"])  # fmt: skip
    assert short_last in clean_text(page).body


def test_short_closing_sentence_stays_but_footer_text_goes() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2,
                      "Fortsetzung folgt.", "Mehr zum Thema", "Neue Radwege am Ring geplant",
                      "Impressum"])  # fmt: skip
    result = clean_text(page)
    assert result.body.endswith("Fortsetzung folgt.")
    assert "Neue Radwege" not in result.body


def test_comments_between_user_names_and_dates_are_not_the_article() -> None:
    comment_a = "Endlich! Das hätte man schon vor Jahren so machen sollen, finde ich."
    comment_b = "Schade, das gehörte einfach dazu. Mal sehen, wie es ohne wird, ehrlich gesagt."
    page = "\n".join([
        "Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Lokales",
        "Markthalle bleibt stehen und wird umgebaut", P1, P2, P3, "Forum", "12 Postings",
        "Die Kommentare von Usern geben nicht die Meinung der Redaktion wieder, bitte bleiben Sie "
        "sachlich.",
        "Diskutieren Sie mit!", "Sabine aus Nordstadt", "vor 2 Stunden", comment_a,
        "Markus_NA", "vor 1 Stunde", comment_b, "Impressum", "Datenschutz", "AGB", "Kontakt",
        "© 2024 Beispiel Verlag",
    ])  # fmt: skip
    result = clean_text(page)
    assert result.body.split("\n\n") == [P1, P2, P3]
    assert kinds(page)[comment_a] == kinds(page)[comment_b] == "comment_form"


def test_header_line_of_byline_date_and_reading_time_is_a_dateline() -> None:
    meta = "By Sam Example | Published 14 November 2023 | 4 min read"
    page = "\n".join(["Ferry terminal to stay open all winter after council U-turn", meta, E1, E2])
    assert kinds(page)[meta] == "dateline"


def test_two_authors_beside_the_dateline_are_the_byline() -> None:
    page = "\n".join(["Ferry terminal to stay open all winter after council U-turn", E1,
                      "Sam Example and Alex Sample", "Thu 9 Nov 2023 06.00 GMT", E2])  # fmt: skip
    assert kinds(page)["Sam Example and Alex Sample"] == "byline"


def test_author_box_with_compound_job_title_and_contact_line_leaves_the_body() -> None:
    bio = "Jana Beispiel ist freie Wissenschaftsjournalistin und lebt in Leipzig."
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", "Autoreninfo", bio,
                      "So erreichen Sie Jana Beispiel:", P1, P2, P3])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3]


def test_sources_list_is_its_own_kind() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, "Verwendete Quellen",
                      "Nachrichtenagentur dpa", 'beispiel.de: "Markthalle war schon 2023 marode"',
                      "Mehr zum Thema", "Neue Radwege am Ring geplant"])  # fmt: skip
    k = kinds(page)
    assert k["Verwendete Quellen"] == k["Nachrichtenagentur dpa"] == "sources"
    assert k['beispiel.de: "Markthalle war schon 2023 marode"'] == "sources"
    assert k["Neue Radwege am Ring geplant"] == "related_list"


def test_line_between_two_newsletter_lines_is_the_newsletter_box() -> None:
    pitch = "Das Wichtigste aus der Stadt, jeden Werktag um 6 Uhr für Sie zusammengestellt."
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2,
                      "Beispiel Kurier – der Newsletter", pitch, "Jetzt kostenlos anmelden",
                      P3])  # fmt: skip
    assert kinds(page)[pitch] == "newsletter"


def test_media_label_and_its_title_are_not_the_standfirst() -> None:
    page = "\n".join(["Stadt erhöht den Deich am Fluss", "Audiobeitrag",
                      "Die Stadt probt den Ernstfall am Deich", "02:31 Min.",
                      "Stand: 05.03.2024 18:27 Uhr", P1, P2])  # fmt: skip
    assert "Ernstfall" not in clean_text(page).body


def test_ad_line_under_the_marker_that_reads_as_a_sentence_goes() -> None:
    ad = "Autohaus Beispiel – Jetzt den Frühlings-Check für nur 49 € buchen!"
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, "Anzeige", ad, P3])
    assert ad not in clean_text(page).body


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


def test_contents_box_entries_go_but_the_first_subheading_stays() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", "Von Jana Beispiel", P1,
                      "In diesem Artikel:", "→ Der Beschluss", "→ Die Kosten",
                      "Der Beschluss im Stadtrat", P2, "Die Kosten", P3])  # fmt: skip
    k = kinds(page)
    assert k["→ Der Beschluss"] == k["→ Die Kosten"] == "navigation"
    assert k["Der Beschluss im Stadtrat"] == "subheading"
    assert k["Die Kosten"] == "subheading"


def test_standfirst_above_the_headline_stays_the_lead() -> None:
    standfirst = (
        "Vier Stadtwerke wollen den Rollout gemeinsam stemmen und gründen dafür eine Firma."
    )
    page = "\n".join(["Beispiel Energie", "Digitalisierung | Messwesen", standfirst,
                      "Stadtwerke bündeln den Zählertausch in einer Gemeinschaftsfirma",
                      "Jana Beispiel", "Veröffentlicht: 21.11.2023, 09:40 Uhr",
                      P1, P2])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Stadtwerke bündeln den Zählertausch in einer Gemeinschaftsfirma"
    assert result.lead == standfirst


def test_cue_marked_datelines_under_the_text_are_not_a_dated_list() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3,
                      "Veröffentlicht am 05.02.2024, 06:12 Uhr",
                      "Zuletzt aktualisiert am 05.02.2024, 11:30 Uhr", "Mehr aus der Region",
                      "Neue Radwege am Ring geplant", "03.02.2024 | 17:20 Uhr"])  # fmt: skip
    k = kinds(page)
    assert k["Veröffentlicht am 05.02.2024, 06:12 Uhr"] == "dateline"
    assert k["Neue Radwege am Ring geplant"] == "related_list"


def test_newsletter_pitch_between_its_heading_and_its_button() -> None:
    pitch = "Einmal täglich die besten Geschichten aus der Redaktion."
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3,
                      "Der Beispiel-Newsletter", pitch, "Jetzt abonnieren",
                      "Impressum"])  # fmt: skip
    assert kinds(page)[pitch] == "newsletter"


def test_abbreviation_in_a_headline_is_not_a_second_sentence() -> None:
    headline = (
        "POL-XY: (Obernbach, Lkr. Beispiel) Skulpturen im Stadtgarten mit Farbe beschmiert – "
        "Polizei sucht Zeugen"
    )
    page = "\n".join(["beispiel-portal.de – Das Regionalportal für den Kreis", "Blaulicht",
                      headline, "12.06.2024 – 10:47", P1, P2])  # fmt: skip
    assert clean_text(page).title == headline


def test_section_name_repeated_as_a_kicker_is_not_the_headline() -> None:
    headline = "Olivenbauern fällen alte Bäume, um das Wasser für die jungen zu sparen"
    page = "\n".join(["Politik", "Klima und Umwelt im Land", "Kultur", "Sport",
                      "KLIMA UND UMWELT IM LAND", "DÜRRE", headline, "Sam Example",
                      "12.04.2024, 07:15 Uhr", P1, P2])  # fmt: skip
    assert clean_text(page).title == headline


def test_comments_right_after_their_counter_on_a_blog_page() -> None:
    comment = "180.000 Euro für ein Café, während an der Schule die Toiletten kaputt sind."
    page = "\n".join([
        "Startseite", "Lokales", "Sport", "Kultur", "Termine", "Kontakt",
        "Markthalle bleibt stehen und wird umgebaut", "Veröffentlicht am 14.03.2024",
        P1, P2, P3, "Schlagwörter: Markthalle, Stadtrat", "3 Kommentare", "Gerda Beispiel",
        "14. März 2024 um 21:47 Uhr", "Endlich passiert da mal was, das wurde auch Zeit!",
        "Antworten", "Thomas K.", "15. März 2024 um 08:12 Uhr", comment, "Antworten",
        "Schreibe einen Kommentar", "Neueste Beiträge", "Archive", "Kategorien", "Meta",
        "Impressum", "Datenschutz", "Stolz präsentiert von WordPress", "Nach oben",
    ])  # fmt: skip
    result = clean_text(page)
    assert result.body.split("\n\n") == [P1, P2, P3]


def test_poll_question_and_answers_leave_the_body() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2,
                      "Deine Meinung zählt", "Warst du schon einmal in der Markthalle?",
                      "Ja, oft.", "Nein, nie.", P3])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3]


def test_press_release_contact_block_leaves_the_body() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3,
                      "Rückfragen bitte an:", "Polizeipräsidium Beispiel", "Pressestelle",
                      "Telefon: 0123 456-789",
                      "Original-Content von: Polizei Beispiel, übermittelt durch news aktuell",
                      "Impressum"])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3]


def test_unmarked_contents_list_stops_at_the_headline() -> None:
    page = "\n".join(["Startseite", "Inhaltsverzeichnis", "Der Beschluss", "Die Kosten",
                      "Markthalle bleibt stehen und wird umgebaut", "Von Jana Beispiel",
                      "12.03.2024", P1, P2])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Markthalle bleibt stehen und wird umgebaut"
    assert kinds(page)["Die Kosten"] == "navigation"


def test_video_title_over_its_duration_is_not_the_headline() -> None:
    page = "\n".join(["Startseite", "Hochwasser an der Mosel: Bilder aus der Altstadt", "2:14 Min",
                      "Hochwasser in der Region", "Cochem räumt die Altstadt – der Fluss steigt",
                      "Stand: 14.03.2024 17:42 Uhr", P1, P2])  # fmt: skip
    assert clean_text(page).title == "Cochem räumt die Altstadt – der Fluss steigt"


def test_embedded_post_leaves_the_body() -> None:
    post = "Die mobilen Schutzwände an der Promenade stehen. Bitte meiden Sie das Ufer."
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, "Feuerwehr Beispiel",
                      "@FW_Beispiel", post, "3:12 nachm. · 14. März 2024", P2, P3])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3]


def test_title_image_credit_does_not_caption_the_last_paragraph() -> None:
    last = "Das Hallenbad schließt im Juli, wenn nicht noch ein Wunder geschieht."
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, last,
                      "Titelbild: Jana Beispiel / Shutterstock", "Mehr zum Thema:",
                      "Neue Radwege am Ring geplant"])  # fmt: skip
    assert clean_text(page).body.endswith(last)


def test_brand_plus_subheading_over_its_own_paragraph_stays() -> None:
    para = (
        "Disney+ setzt im Dezember auf Weihnachtsfilme und eine neue Animationsserie, die in "
        "einer Bäckerei in Lissabon spielt."
    )
    page = "\n".join(["Diese Serien starten im Dezember bei den Streamingdiensten", P1,
                      "Disney+", para, "SZ Plus", "Hafen-Report: Diese Krane sind alt",
                      P2])  # fmt: skip
    k = kinds(page)
    assert k["Disney+"] == "subheading" and para in clean_text(page).body
    assert k["SZ Plus"] == "paywall"  # a label over another article's headline still goes


def test_a_closing_paragraph_that_mentions_a_subscription_is_not_a_paywall() -> None:
    last = "Wer nur ein Abo abschließen will, ist bei den kleineren Anbietern oft besser dran."
    page = "\n".join(["Diese Serien starten im Dezember bei den Streamingdiensten", P1, P2,
                      "Fazit", last, "Jetzt Abo abschließen", "Impressum"])  # fmt: skip
    k = kinds(page)
    assert k[last] == "body" and k["Fazit"] == "subheading"
    assert k["Jetzt Abo abschließen"] == "paywall"


def test_byline_with_a_translator_credit_in_one_line_leaves_the_body() -> None:
    byline = "Von Sam Beispiel · Aus dem Englischen von Jana Beispiel"
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", byline, P1, P2])
    assert kinds(page)[byline] == "byline"
    assert clean_text(page).body.split("\n\n") == [P1, P2]


def test_print_view_address_line_is_not_the_headline() -> None:
    page = "\n".join(["Beispiel-Zeitung", "Druckversion",
                      "Diesen Artikel drucken | Fenster schließen",
                      "https://www.beispiel-zeitung.de/region/article123/markthalle-umbau.html",
                      "Region", "Markthalle bleibt stehen und wird umgebaut", "Jana Beispiel",
                      "12.03.2024, 16:45 Uhr", P1, P2])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Markthalle bleibt stehen und wird umgebaut"
    assert result.body.split("\n\n") == [P1, P2]


def test_a_picture_in_a_sentence_is_no_photo_credit() -> None:
    para = (
        "Wer morgens mit der Fähre pendelt, kennt das Bild: Schon an den Brücken stauen sich "
        "Fahrräder, Kinderwagen und Menschen mit Aktentaschen, und die erste Fähre ist voll."
    )
    caption = "Die Fähre legt am Anleger an. Foto: Sam Beispiel / Beispiel Foto Services"
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", para, P1, caption, P2])
    k = kinds(page)
    assert k[para] in {"lead", "body"} and k[caption] == "image_caption"


def test_rights_notice_after_the_copyright_line_is_footer() -> None:
    notice = (
        "Vervielfältigung nur mit Genehmigung des Verlags. Ein Angebot der Beispiel Mediengruppe."
    )
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2,
                      "© Beispiel-Zeitung 2024 – Alle Rechte vorbehalten.", notice])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2]


def test_paywall_pitch_naming_the_plan_leaves_the_body() -> None:
    cut = (
        "Die Stadt will nun prüfen, ob sich eine kleinere Variante des Umbaus mit weniger "
        "Ausstellungsfläche und ohne das geplante Café im Obergeschoss schneller und billiger"
    )
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, cut,
                      "Lesen Sie mit BZ Plus weiter",
                      "Sie wollen wissen, wie es weitergeht? Mit BZ Plus lesen Sie alle Artikel.",
                      "Jetzt 1 Monat für 0,99 € testen"])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, cut]


def test_a_sites_funding_pitch_above_its_bank_account_is_the_appeal() -> None:
    pitch = ("Das Beispielblatt ist unabhängig und finanziert sich über Anzeigen und die "
             "Unterstützung unserer Leserinnen und Leser.")  # fmt: skip
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3,
                      "Guter Lokaljournalismus kostet Geld", pitch,
                      "Spendenkonto: Beispielblatt UG",
                      "IBAN: DE41 6649 1200 0043 2871 05"])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3]


def test_disclaimers_and_print_notes_under_the_text_are_footer() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2,
                      "Für den Inhalt der Nachrichten sind die jeweiligen Vereine verantwortlich.",
                      "Dieser Artikel ist in der BEISPIEL Nr. 11/2024 erschienen."])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2]


def test_long_read_header_kicker_headline_teaser_and_genre_byline() -> None:
    teaser = ("Früher zogen Hunderte Schäfer über die Alb. Heute ist es noch eine Handvoll. "
              "Eine Woche unterwegs mit einem der letzten.")  # fmt: skip
    caption = "Sam Beispiel, 58, auf der Heide. Seine Familie zieht dort. © Jana Foto für BEISPIEL"
    page = "\n".join(["Anmelden", "B+ (abopflichtiger Inhalt)", "Wanderschäfer",
                      "Zwischen Autobahn und Heide", teaser,
                      "Eine Reportage von Jana Beispiel", "6. März 2024, 7:15 Uhr",
                      "Artikel hören", caption, P1, P2])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Zwischen Autobahn und Heide"
    assert result.body.split("\n\n") == [teaser, P1, P2]


def test_kicker_above_a_longer_headline_is_not_the_headline() -> None:
    page = "\n".join(["Startseite", "Ein neuer Ort für Vereine",
                      "Der Quartiertreff zieht ins alte Waschhaus am Fluss",
                      P3, "Jana Beispiel", "Publiziert: 07.09.2024, 06:15", P1, P2])  # fmt: skip
    assert clean_text(page).title == "Der Quartiertreff zieht ins alte Waschhaus am Fluss"


def test_long_tabloid_headline_over_its_bullet_summary() -> None:
    headline = ("Fury as seaside town installs 'ugly' gull-proof bins - and residents say the "
                "birds have already worked out how to open them")  # fmt: skip
    page = "\n".join(["Home", "News", headline, "Residents say the new steel bins are an eyesore",
                      "Council spent around £54,000 on the bins",
                      "By SAM EXAMPLE FOR EXAMPLEONLINE",
                      "Published: 14:32 GMT, 5 March 2024", E1, E2])  # fmt: skip
    assert clean_text(page).title == headline


def test_breadcrumb_ending_in_the_headline_is_not_the_headline() -> None:
    headline = (
        "Kritische Lücke: Das Industrie-Gateway der Stadtwerke lässt sich ohne Passwort übernehmen"
    )
    page = "\n".join(["beispiel online › News › 2024 › KW 11 › " + headline, headline,
                      "12.03.2024", P1, P2])  # fmt: skip
    assert clean_text(page).title == headline


def test_tabloid_comment_section_after_the_text_goes() -> None:
    page = "\n".join(["Ferry terminal to stay open through the winter", E1, E2,
                      "Share or comment on this article:", "Comments 214", "Share what you think",
                      "Newest", "The comments below have not been moderated.",
                      "Pay a fortune for a ferry and still wait an hour. Only in Britain!",
                      "Kevin, Truro, United Kingdom, 2 hours ago", "Click to rate",
                      "312"])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [E1, E2]


def test_comment_under_a_user_handle_and_date_goes() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3, "Kommentare (2)",
                      "Um kommentieren zu können, müssen Sie angemeldet sein.",
                      "Gerti_aus_Eben, 12.01.2024 19:40",
                      "Endlich! Wir sind jedes Mal eine halbe Stunde gefahren, nur für ein Rezept.",
                      "Pongauer73, 13.01.2024 07:15",
                      "Hoffentlich bleibt der Arzt länger."])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3]


def test_podcast_page_chapter_marks_and_subscribe_box_leave_the_body() -> None:
    page = "\n".join(["Quereinsteiger an Schulen: Retten sie den Unterricht?", P1, "Kapitel",
                      "00:00 Einstieg", "03:40 Wer kommt da eigentlich?", "12:15 Crashkurs",
                      "Abonnieren Sie den Podcast", "Apple Podcasts", "Spotify", "Beispiel App",
                      "RSS-Feed", P2,
                      "Dieses Transkript wurde mithilfe automatischer Spracherkennung erstellt."
                      ])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2]


def test_live_ticker_times_and_a_brand_subheading_stay() -> None:
    para = "Spotify hat im Quartal erstmals mehr als 600 Millionen Nutzer gezählt, teilte es mit."
    page = "\n".join(["Streaming-Bilanz: Die Zahlen des Quartals", P1, "Spotify", para,
                      "14:05 Polizei sperrt die Brücke", "14:20 Feuerwehr rückt an",
                      "14:35 Lage entspannt sich", P2])  # fmt: skip
    k = kinds(page)
    assert k["Spotify"] == "subheading" and para in clean_text(page).body
    assert k["14:05 Polizei sperrt die Brücke"] != "audio_player"


def test_author_box_name_and_subjectless_bio_after_the_text() -> None:
    bio = "Redakteurin im Lokalressort. Schreibt über Stadtentwicklung und Verkehr."
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", "Von Jana Beispiel", P1, P2,
                      "Jana Beispiel", bio, "Stand: 18.11.2023, 09:41 Uhr"])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2]


def test_share_price_box_inside_the_text_is_a_widget() -> None:
    page = "\n".join(["Gewinnwarnung: Beispiel-Aktie bricht um elf Prozent ein", P1,
                      "Beispiel Logistik AG", "WKN: A3E1LK", "14,82 EUR",
                      "-1,93 EUR (-11,52 %)",
                      "Xetra · 06.03.2024, 11:32 Uhr", "Tageshoch 16,71 · Tagestief 14,55",
                      "Zur Kursseite", "Schwaches Asiengeschäft belastet", P2])  # fmt: skip
    k = kinds(page)
    assert (
        k["Beispiel Logistik AG"] == "widget" and k["Tageshoch 16,71 · Tagestief 14,55"] == "widget"
    )
    assert k["Schwaches Asiengeschäft belastet"] == "subheading"


def test_table_rows_and_related_box_inside_the_text() -> None:
    row = "Beschäftigte (Jahresende)\t3.412\t3.386\t-0,8 %"
    page = "\n".join(["Gewinnwarnung: Beispiel-Aktie bricht um elf Prozent ein", P1,
                      "Umsatz\t1.284,0\t1.157,3\t-9,9 %", row,
                      "Quelle: Unternehmensangaben, vorläufige Zahlen", P2,
                      "Mehr Wirtschaftsnachrichten aus Hamburg",
                      "Hafen: Was die neue Reederei-Allianz bedeutet",
                      "Stellenabbau ausgeschlossen",
                      P3])  # fmt: skip
    k = kinds(page)
    assert k[row] == "subheading"
    assert k["Hafen: Was die neue Reederei-Allianz bedeutet"] == "related_list"
    assert k["Stellenabbau ausgeschlossen"] == "subheading"


def test_tags_under_the_text_go_but_a_menu_item_before_the_title_takes_nothing() -> None:
    page = "\n".join(["Themen", "Streik bei der Bahn", "12.03.2024", P1, P2, "Themen",
                      "Hafen Hamburg", "Börse", "Newsletter", "Jetzt anmelden",
                      "Mit der Anmeldung stimmen Sie unserer Datenschutzerklärung zu."
                      ])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Streik bei der Bahn"
    assert result.body.split("\n\n") == [P1, P2]
    assert {s.text: str(s.kind) for s in result.segments}["Börse"] == "tags"


def test_caption_with_a_credit_in_brackets_under_the_headline() -> None:
    caption = "Crews inspect the underside of the bridge on Monday. (KWVT)"
    last = "The bridge will reopen in the spring, the county said on Tuesday. (AP)"
    page = "\n".join(["County approves $4.2 million to replace aging bridge", caption,
                      "By Sam Example", "Published: Mar. 4, 2024 at 5:12 PM CST", E1, E2,
                      last])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [E1, E2, last]


def test_alt_text_then_caption_glued_to_its_credit_and_a_headline_of_two_sentences() -> None:
    headline = "Floodgates stayed shut in two river towns during the storm. Engineers ask why"
    deck = "County officials say a faulty sensor may have blocked the automatic opening"
    alt = "Water covers Main Street in Example Falls after the storm on Sunday."
    page = "\n".join(["KXMP 7", "News", "Weather", "Sports", headline, deck, alt,
                      alt + "(KXMP)", "By Sam Example",
                      "Published: Mar. 4, 2024 at 5:12 PM CST", E1, E2])  # fmt: skip
    result = clean_text(page)
    assert result.title == headline
    assert result.body.split("\n\n") == [deck, E1, E2]


def test_a_video_players_playlist_inside_the_text_leaves_it() -> None:
    page = "\n".join(["County approves $4.2 million to replace aging bridge", "By Sam Example",
                      "Published: Mar. 4, 2024 at 5:12 PM CST", E1,
                      "WATCH: Drone footage shows the damaged bridge", "Now playing",
                      "Damaged bridge from the air", "Up next",
                      "Crews restore power to 1,800 customers", E2])  # fmt: skip
    kinds = {s.text: str(s.kind) for s in clean_text(page).segments}
    assert kinds["Damaged bridge from the air"] == "audio_player"
    assert clean_text(page).body.split("\n\n") == [E1, E2]


def test_a_clips_title_under_now_playing_and_its_duration_is_no_standfirst() -> None:
    page = "\n".join(["County approves $4.2 million to replace aging bridge", "By Sam Example",
                      "Published: Mar. 4, 2024 at 5:12 PM CST", "Share", "Now playing", "01:12",
                      "Drone video shows the damaged bridge pier in the river", "Up next", "02:47",
                      "Why the river matters for the grain trade", E1, E2])  # fmt: skip
    result = clean_text(page)
    assert result.body.split("\n\n") == [E1, E2]


def test_caption_under_a_bare_credit_below_a_long_quote_paragraph() -> None:
    quote = ('"We were told years ago that a new boat would be in the water by now. We are now '
             'being told another four years, and nobody believes that either," he said at the '
             "meeting on Tuesday.")  # fmt: skip
    caption = "Shellfish exporters say they cannot get their catches to market in time"
    page = "\n".join(["Islanders told to expect months of disruption as ferry fails again",
                      "14 March 2024", E1, quote, "Getty Images", caption, E2])  # fmt: skip
    result = clean_text(page)
    assert result.body.split("\n\n") == [E1, quote, E2]
    assert {s.text: str(s.kind) for s in result.segments}[caption] == "image_caption"


def test_a_section_name_in_title_case_beside_the_menu_is_no_byline() -> None:
    headline = "Dozens of schools close classrooms as ageing boilers fail in the cold"
    deck = "Heads say broken heating systems leave pupils in coats as temperatures drop"
    page = "\n".join(["Example Post", "News", "Sport", "Log in", "UK News", "Education",
                      headline, deck, "By Sam Example, Education Editor",
                      "22 January 2024 • 7:05pm", E1, E2])  # fmt: skip
    result = clean_text(page)
    assert result.title == headline
    assert {s.text: str(s.kind) for s in result.segments}["UK News"] != "byline"


def test_aggregator_page_wire_credits_and_its_lists_of_other_stories() -> None:
    page = "\n".join(["Copper workers strike at mine, halting output", "Source: Example Wire",
                      "Tue, March 5, 2024 at 4:10 PM EST", E1, E2,
                      "(Reporting by Sam Example in Santiago; Editing by Jana Example)",
                      "Read the original article on Example Wire", "What to read next",
                      "Copper hits 11-month high as China signals more stimulus",
                      "Source: Example News · 2h ago", "Trending on Beispielportal",
                      "Airline recalls some pilots after software glitch", "About Beispielportal",
                      "Beispielportal aggregates stories from publishers worldwide. Articles "
                      "are provided by our content partners."])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [E1, E2]


def test_guest_author_line_and_bio_of_the_byline_leave_a_french_tribune() -> None:
    f1 = (
        "Je suis médecin généraliste depuis vingt-deux ans dans un canton rural, et je vois "
        "chaque semaine des patients qui ont renoncé à se soigner faute de rendez-vous."
    )
    f2 = ("Depuis le début des années 2000, les gouvernements successifs ont misé sur "
          "l’incitation, avec des primes et des aides qui n’ont rien changé.")  # fmt: skip
    bio = (
        "Jean Exemple est médecin généraliste à Saint-Flour et membre d’un collectif de soignants."
    )
    page = "\n".join(["« Les déserts médicaux ne reculeront pas sans régulation »",
                      "Publié le 04 mars 2024 à 06h00", "Jean Exemple (Médecin généraliste)",
                      f1, f2, bio, "Jean Exemple (Médecin généraliste)", "Réutiliser ce contenu",
                      "Lecture du Monde en cours sur un autre appareil."])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [f1, f2]


def test_heading_over_a_dated_event_list_goes_with_it() -> None:
    page = "\n".join(["Der Quartiertreff zieht ins alte Waschhaus am Fluss", P1, P2,
                      "Was läuft im Quartier",
                      "Sa, 14. September 2024, 10 Uhr: Kinderflohmarkt vor dem Waschhaus",
                      "Mi, 18. September 2024, 19 Uhr: Quartierversammlung im Gemeindehaus",
                      "Sa, 21. September 2024, 9 Uhr: Velo-Flickaktion auf dem Platz",
                      P3])  # fmt: skip
    assert kinds(page)["Was läuft im Quartier"] == "related_list"
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3]


def test_captions_without_a_full_stop_between_paragraphs_go() -> None:
    first = (
        "Locals say the new steel bins, put up last month on the harbour front, are an 'eyesore'"
    )
    second = (
        "One of the new bins on the harbour. The council says they are built to withstand birds"
    )
    page = "\n".join(["Ferry terminal to stay open through the winter", E1, first, second, E2])
    assert clean_text(page).body.split("\n\n") == [E1, E2]


def test_hard_wrapped_paragraphs_keep_their_unpunctuated_lines() -> None:
    wrapped = [
        "the council said on Tuesday that the extra sailings in the winter would cost about two",
        "million pounds, which will be met from reserves rather than from higher fares paid by",
        "passengers who use the ferry every day to reach their jobs on the mainland and back home",
        "again in the evening, a decision that islanders and their councillors had asked for since",
    ]
    last = "The ferry company said it would publish the winter timetable by the end of the month."
    page = "\n".join(["Ferry terminal to stay open through the winter", E1, wrapped[0], E2,
                      *wrapped[1:], last])  # fmt: skip
    assert all(line in clean_text(page).body for line in wrapped)


def test_bylines_in_other_words_and_an_interview_credit() -> None:
    page = "\n".join(["Interview: «Die Landschaft ist auch eine Ressource»",
                      "Publié par Jana Exemple", "Interview: Sam Beispiel", "21/09/2024",
                      P1, P2])  # fmt: skip
    k = kinds(page)
    assert k["Publié par Jana Exemple"] == "byline" and k["Interview: Sam Beispiel"] == "byline"
    assert clean_text(page).title == "Interview: «Die Landschaft ist auch eine Ressource»"


def test_gallery_page_keeps_its_captions_as_text() -> None:
    caps = [f"Bild {n}: Schon am Vormittag drängten sich am Platz {n} die Zuschauer dicht."
            for n in range(1, 5)]  # fmt: skip
    page = ["Die Bilder vom Rosenmontagszug", "Hunderttausende feierten bei Sonnenschein."]
    for n, cap in enumerate(caps, 1):
        page += [f"Bild {n} von 4", cap, "© Sam Beispiel / dpa"]
    body = clean_text("\n".join(page)).body
    assert all(cap in body for cap in caps) and "dpa" not in body


def test_caption_credits_of_many_shapes() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1,
                      "Die Halle am Fluss wird seit Jahren kaum genutzt.", "ANP", P2,
                      "Der Platz wird ab Juni für den Verkehr gesperrt.", "20min/Jana Beispiel", P3,
                      "Braune Wiesen statt weißer Pisten am Hochkogel.", "© Bild: APA/SAM BEISPIEL",
                      P1 + " Noch einmal."])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3, P1 + " Noch einmal."]


def test_photographer_between_caption_and_author_over_the_dateline() -> None:
    caption = "Una agricultora trabaja en un campo de la huerta, en el norte de la ciudad."
    page = "\n".join(["València compra tierras abandonadas de la huerta", P1, caption,
                      "Carla Ejemplo", "Lucía Ejemplo", "València - 19 feb 2024 - 05:40 CET", P2,
                      P3])  # fmt: skip
    assert kinds(page)["Carla Ejemplo"] == "image_credit"
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3]


def test_polish_consent_button_and_glued_skip_links_are_not_the_headline() -> None:
    page = "\n".join(["Skip to contentSkip to site index",
                      "Szanujemy Twoją prywatność. Klikając „Akceptuję i przechodzę do serwisu”, "
                      "wyrażasz zgodę na pliki cookies.",
                      "Akceptuję i przechodzę do serwisu", "Ustawienia zaawansowane",
                      "Zakopane bez węgla od 2027 roku", "5 kwietnia 2024, 14:32",
                      P1, P2])  # fmt: skip
    assert clean_text(page).title == "Zakopane bez węgla od 2027 roku"


def test_title_case_teasers_under_a_related_heading_inside_the_text() -> None:
    page = "\n".join(["Ferry terminal to stay open through the winter", E1, "Related Content",
                      "The Digital Divide Is Shrinking. Not in These Counties.",
                      "Federal Broadband Money Is Coming. Will It Reach the Hills?",
                      E2])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [E1, E2]


def test_name_and_place_byline_and_a_newsletter_pitch_under_its_heading() -> None:
    pitch = ("Der Überblick über die wichtigsten Nachrichten aus der Schweiz, jeden Werktag um "
             "6 Uhr in Ihrer Mailbox. Hier kostenlos abonnieren.")  # fmt: skip
    page = "\n".join(["Solarpark auf der Alp: Ein Bergdorf ringt um seine Zukunft", P1,
                      "Andrea Beispiel, Grächenried", "Hören", "Merken", P2,
                      "Newsletter «Beispiel Briefing Schweiz»", pitch, P3])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3]


def test_shared_subscription_notice_and_comment_policy_leave_the_body() -> None:
    page = "\n".join(["Galway to trial car-free Sundays in the Latin Quarter", E1, E2,
                      "Tu suscripción se está usando en otro dispositivo", "Añadir usuario",
                      "Si continúas leyendo en este dispositivo, no se podrá leer en el otro.",
                      "Find The Example Times on WhatsApp and stay up to date",
                      "Sam Example is Western Correspondent of The Example Times",
                      "Your Comments",
                      "We reserve the right to remove any content at any time from this "
                      "Community, including without limitation if it breaks the rules."
                      ])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [E1, E2]


def test_commentary_page_rights_link_teasers_and_reader_comments() -> None:
    page = "\n".join(["Ein Preisdeckel löst das Problem der Industrie nicht", P1, P2,
                      "Hier können Sie die Rechte an diesem Artikel erwerben", "Weitere Themen",
                      "Strompreise: Warum Netzentgelte im Norden höher sind",
                      "Chemieindustrie: Wie lange hält der Standort noch durch?",
                      "Lesermeinungen (48)", "Zur Kommentarfunktion",
                      "Sam Beispiel, 24.09.2024 - 19:12",
                      "Sehr richtig. Die Netzentgelte sind der eigentliche Skandal, sagt niemand."
                      ])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2]


def test_breaking_news_tags_feedback_and_newsletter_box_leave_the_body() -> None:
    pitch = ("Was heute wichtig war – und was morgen wichtig wird. Jeden Abend von der "
             "Chefredaktion für Sie zusammengestellt.")  # fmt: skip
    page = "\n".join(["Großbrand in Lagerhalle – Behörden warnen vor Rauch", P1, P2, P3,
                      "Mehr lesen über", "Duisburg", "Brände", "Feedback",
                      "Haben Sie einen Fehler entdeckt? Schreiben Sie uns.", "Newsletter",
                      "Die Lage am Abend", pitch, "Jetzt kostenlos anmelden", P1 + " Ende."
                      ])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3, P1 + " Ende."]


def test_ad_button_and_a_numbered_contents_list_with_a_question() -> None:
    page = "\n".join(["Was Eigentümer jetzt über die neue Grundsteuer wissen müssen", P1,
                      "Inhalt", "1. Warum die Grundsteuer reformiert wurde",
                      "2. Was tun, wenn der Bescheid wirklich falsch ist?", P2, "Anzeige",
                      "Jetzt Gasanbieter vergleichen und bis zu 600 Euro im Jahr sparen",
                      "Zum Vergleichsrechner", P3, "Teilen Sie Ihre Meinung mit",
                      "Was tun Sie, um Heizkosten zu sparen? Diskutieren Sie mit."])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3]


def test_headline_over_the_byline_when_no_line_looks_like_a_title() -> None:
    headline = (
        "Small-town pharmacies are closing fast. Some states are trying to keep the lights on"
    )
    page = "\n".join(["News", "Local", "Sports", headline, "By SAM EXAMPLE Associated Press",
                      "March 3rd, 2024", "Share on Facebook", E1, E2])  # fmt: skip
    assert clean_text(page).title == headline


@pytest.mark.parametrize(
    ("page", "headline"),
    [
        (["Startseite | Hameln | Bad Pyrmont | Holzminden | Sport | Wirtschaft", "Hameln",
          "Neuer Mietspiegel: Kaltmieten in Hameln steigen im Schnitt um 7,4 Prozent",
          "Veröffentlicht am 02.09.2024", "Von Jana Beispiel", P1, P2],
         "Neuer Mietspiegel: Kaltmieten in Hameln steigen im Schnitt um 7,4 Prozent"),
        (["Wetter Weilheim: 23 °C, heiter", "Sie sind hier: Startseite > Region > Blaulicht",
          "Blaulicht", "Scheune in Flammen: 250.000 Euro Schaden bei Peißenberg",
          "15.07.2024 – 16:20 Uhr", P1, P2],
         "Scheune in Flammen: 250.000 Euro Schaden bei Peißenberg"),
        (["Beispiel Energie AG", "Beispiel Energie AG", "27.05.2024 – 10:15",
          "Beispiel Energie AG",
          "Umfrage: Fast jeder zweite Eigenheimbesitzer plant den Heizungstausch", P1, P2],
         "Umfrage: Fast jeder zweite Eigenheimbesitzer plant den Heizungstausch"),
        (["Urteil zu Elternbeiträgen", "Verwaltungsgericht kippt Neusser Gebührensatzung",
          "5. Juni 2024 um 19:03 Uhr", P1, P2],
         "Verwaltungsgericht kippt Neusser Gebührensatzung"),
        (["Sky News - back to home", "Watch Live", "Home",
          "HOTTEST DAY OF THE YEAR AS 34C IS RECORDED IN LONDON - AND IT COULD GET WARMER",
          "Temperatures are expected to stay above 30C in parts of southern England until "
          "Thursday, forecasters say.", "Sam Example", "Tuesday 30 July 2024 14:38, UK", E1, E2],
         "HOTTEST DAY OF THE YEAR AS 34C IS RECORDED IN LONDON - AND IT COULD GET WARMER"),
    ],
    ids=["menu-in-one-line", "weather-widget", "repeated-name", "kicker", "headline-in-capitals"],
)  # fmt: skip
def test_menus_names_widgets_and_kickers_do_not_take_the_headline(
    page: list[str], headline: str
) -> None:
    assert clean_text("\n".join(page)).title == headline


def test_emoji_prefixed_ui_lines_are_read_by_their_words() -> None:
    page = "\n".join(["☰ Menu", "🏠 Home | 📰 Cronaca | ⚽ Sport | 🎭 Eventi | 🍝 Food | 🌦️ Meteo",
                      "📲 Seguici: 📘 Facebook · 📸 Instagram · ▶️ YouTube",
                      "Ciclabile del lungolago, sabato l'inaugurazione: 4 chilometri nuovi",
                      "⏱️ Lettura: 3 min", "🔗 Condividi: 📘 Facebook | 💬 WhatsApp", P1, P2,
                      "👍 312   ❤️ 97   😮 4", "🔔 Attiva le notifiche per non perdere le news!"
                      ])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Ciclabile del lungolago, sabato l'inaugurazione: 4 chilometri nuovi"
    assert result.body.split("\n\n") == [P1, P2]


def test_consent_wall_wire_note_and_an_agency_credit_at_the_end_of_the_text() -> None:
    last = "Verletzt wurde niemand, die Polizei hat die Ermittlungen aufgenommen. (dpa/lby)"
    page = "\n".join(["Politik", "Wirtschaft",
                      "Sie können BEISPIEL mit Werbung und Tracking lesen oder werbefrei mit dem "
                      "Pur-Abo. Mit Ihrer Zustimmung verarbeiten wir und unsere Partner Daten.",
                      "Zustimmen und weiter", "Elbfähre nach Finkenwerder fällt wochenlang aus",
                      "14. Februar 2024, 17:52 Uhr", P1, P2, last,
                      "Dieser Artikel wurde über den dpa-Newskanal automatisch veröffentlicht. Er "
                      "wurde von der BEISPIEL-Redaktion nicht bearbeitet."])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Elbfähre nach Finkenwerder fällt wochenlang aus"
    assert result.body.split("\n\n") == [P1, P2, last]


def test_audio_block_and_a_caption_over_a_copyright_credit() -> None:
    caption = "Seit vergangener Woche ist die Brücke über die Lahn für den Verkehr gesperrt."
    page = "\n".join(["Lahnbrücke wochenlang gesperrt – Pendler fahren Umwege", P1, "Audio",
                      "01:42 Min.", "Lahnbrücke gesperrt: Pendler und Händler verärgert",
                      "Audio starten", caption, "Bild © beispiel.de", P2, P3])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3]


def test_amp_copy_above_the_page_leaves_the_text_once() -> None:
    page = "\n".join(["Island ferry timetable cut to three sailings a day", "By Sam Example",
                      "3 June 2024 • 6:15am", E1, E2, "View full site", "Skip to main content",
                      "News", "Sport", "Island ferry timetable cut to three sailings a day", E1,
                      "Published 3 June 2024, 6:15am BST", E2, "14 comments",
                      "Kenny_R · 3 June 2024",
                      "Three boats a day in 2024 is a disgrace, the council should buy a ferry."
                      ])  # fmt: skip
    result = clean_text(page)
    assert result.body.split("\n\n") == [E1, E2]
    assert "repeated_text" in {str(s.kind) for s in result.segments}


def test_credit_heading_the_caption_below_it_and_related_questions() -> None:
    standfirst = ("Die geplante Verlängerung der Linie wird später umgesetzt als vorgesehen, "
                  "weil die Kosten gestiegen sind.")  # fmt: skip
    caption = "Derzeit enden die Obusse der Linie 3 in Salzburg-Süd."
    page = ("Obus-Linie nach Grödig: Baustart verschiebt sich\n\n" + standfirst
            + "\n\nBild: SN/Jana Beispiel\n" + caption + "\n\nSam Beispiel\n19.46 Uhr\n\n"
            + "\n\n".join([P1, P2, "Read more from Example News:", "Water firm bans hosepipes",
                           "What is a heat-health alert and what do the colours mean?",
                           "Health warning for older people", P3]))  # fmt: skip
    result = clean_text(page)
    assert result.body.split("\n\n") == [standfirst, P1, P2, "Health warning for older people", P3]


@pytest.mark.parametrize(
    ("page", "headline"),
    [
        (["+++ EILMELDUNG +++ 14:52 Uhr: Tarifeinigung für die Länder +++", "Trending",
          "Streit um den Haushalt: Was die Ampel jetzt noch retten kann", "Wohnungsmarkt",
          "Mieten in Leipzig steigen schneller als in München", P1,
          "Von Jana Beispiel, Leipzig", "15.03.2024, 14.27 Uhr", P2, P3],
         "Mieten in Leipzig steigen schneller als in München"),
        (["Environment", "The Monarchs Came Early", "March 28, 2024 5:00 AM ET",
          "Heard on Morning Edition", "Sam Example", E1, E2],
         "The Monarchs Came Early"),
        (["Windkraft im Odenwald", "Der lange Streit um sieben Windräder",
          "Ein Dorf, neun Jahre Planung und keine Einigung in Sicht", P1,
          "Von Jana Beispiel, Steinwalden", "07.05.2024, 16:32", P2, P3],
         "Der lange Streit um sieben Windräder"),
        (["Skip Navigation", "EXAMPLE", "Subscribe to EXAMPLE Pro: Get the inside track on every "
          "policy fight in Washington with real-time news and analysis.", "CONGRESS",
          "Farm bill talks stall as senators split over work rules", E1, "By Sam Example",
          "04/17/2024 06:00 PM EDT", E2],
         "Farm bill talks stall as senators split over work rules"),
        (["Sociedad", "Clima y Medio Ambiente", "Lucía Ejemplo",
          "Periodista especializada en clima y recursos hídricos. Antes trabajó en la radio.",
          "SEQUÍA", "Cataluña estudia traer agua en barco a Barcelona si no llueve", P1,
          "Barcelona - 21 de enero de 2024 - 23:05 CET", P2, P3],
         "Cataluña estudia traer agua en barco a Barcelona si no llueve"),
        (["The Example Sentinel", "Subscribe", "Log in", "News", "Local", "Sports", "Opinion",
          "Small-town pharmacies are closing fast. Some states are trying to keep them open",
          "By SAM EXAMPLE Associated Press", "March 3rd, 2024", E1, E2],
         "Small-town pharmacies are closing fast. Some states are trying to keep them open"),
    ],
    ids=["ticker-and-trending", "title-case-headline", "kicker-headline-deck",
         "skip-link-and-promotions", "author-box-first", "site-name-over-two-sentences"],
)  # fmt: skip
def test_busy_headers_leave_the_headline_to_be_found(page: list[str], headline: str) -> None:
    assert clean_text("\n".join(page)).title == headline


def test_box_teaser_and_a_subheading_set_apart_by_a_blank_line() -> None:
    page = ("Pescadores esperam o seguro-defeso há três meses\n\n" + P1 + "\n\nLEIA TAMBÉM\n"
            "Porto retoma operações com novo terminal de contêineres\n\n"
            "Fila no INSS e exigência de documentos\n\n" + P2 + "\n\njbe/dpa")  # fmt: skip
    result = clean_text(page)
    assert result.body.split("\n\n") == [P1, "Fila no INSS e exigência de documentos", P2]


def test_caption_block_with_a_photographer_on_assignment_and_caption_toggles() -> None:
    caption = "A monarch butterfly feeds on a native milkweed bloom in a garden outside the city"
    page = "\n".join(["The Monarchs Came Early", "March 28, 2024 5:00 AM ET", "Enlarge this image",
                      caption, "Sam Example for NPR", "hide caption", "toggle caption", E1,
                      "Sponsor Message", E2, "Teure Probleme für die Wasserversorgung",
                      "Please turn on JavaScript to use this feature"])  # fmt: skip
    k = kinds(page)
    assert k["Sam Example for NPR"] == "image_credit" and k[caption] == "image_caption"
    assert k["Teure Probleme für die Wasserversorgung"] != "image_credit"
    assert clean_text(page).body.split("\n\n")[:2] == [E1, E2]


def test_dutch_caption_credit_and_an_author_line_that_writes_for_the_paper() -> None:
    caption = "Leerlingen van groep 5 tijdens een zwemles in Emmen. Beeld Sam Voorbeeld / de Krant"
    page = "\n".join(["Steeds meer basisscholen schrappen het schoolzwemmen", caption, E1, E2,
                      "Jan de Voorbeeld schrijft voor de Krant over onderwijs en jeugd.",
                      "Het beste van de Krant, elke ochtend in uw mailbox."])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [E1, E2]


def test_user_and_date_lines_are_datelines_but_a_numbered_heading_is_not() -> None:
    page = "\n".join(["Artikel vom 18.10.2023", "Markthalle bleibt stehen und wird umgebaut", P1,
                      "Inhalt", "1. Gründung zum 1. Januar", "2. Stimmen aus der Branche", P2,
                      "Kommentare (2)", "Dieter Beispiel, 24.09.2024 - 19:12",
                      "Sehr richtig, das war überfällig.", "Kenny_R · 3 June 2024"])  # fmt: skip
    k = kinds(page)
    assert k["Artikel vom 18.10.2023"] == "dateline"
    assert k["Dieter Beispiel, 24.09.2024 - 19:12"] == "dateline"
    assert k["Kenny_R · 3 June 2024"] == "dateline"
    assert k["1. Gründung zum 1. Januar"] != "dateline"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Dela artikeln", "share"),
        ("Kopier lenke", "share"),
        ("Sdílejte článek", "share"),
        ("Megosztás: Facebook | X | E-mail", "share"),
        ("Share full article", "share"),
        ("Logga in för att kommentera. Kommentarerna granskas.", "comment_form"),
        ("Du må være innlogget for å kommentere.", "comment_form"),
        ("Vstoupit do diskuse", "comment_prompt"),
        ("Hozzászólások (8)", "comment_prompt"),
        ("Annonse", "ad_marker"),
        ("Hirdetés", "ad_marker"),
        ("Čtěte také: Nová autobusová linka propojí Lipovou s průmyslovou zónou", "related_link"),
        ("Kapcsolódó: Száz új munkahelyet ígér a logisztikai központ", "related_link"),
        ("Related article Ridership hit a record in 2023. Can it keep up?", "related_link"),
        ("Témata: doprava, jízdné, krajský úřad, autobusy", "tags"),
        ("Címkék: munkahely, pékség, gazdaság", "tags"),
        ("Iratkozzon fel hírlevelünkre", "newsletter"),
        ("Få nyheterna direkt i din inkorg – prenumerera på vårt nyhetsbrev", "newsletter"),
        ("Reporting from Marshfield, Vt.", "byline"),
    ],
)
def test_page_furniture_of_more_languages(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_agency_partner_and_photographer_credit_takes_the_caption_above() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1,
                      "Lkw-Kolonne auf der Autobahn bei Kufstein", "APA/Expa/Johann Beispiel",
                      P2, P3])  # fmt: skip
    k = kinds(page)
    assert k["APA/Expa/Johann Beispiel"] == "image_credit"
    assert k["Lkw-Kolonne auf der Autobahn bei Kufstein"] == "image_caption"


def test_donation_appeal_opening_mid_paragraph() -> None:
    appeal = ("I hope you appreciated this article. Before you move on, I wanted to ask if you "
              "would consider supporting our journalism as we enter a busy news year.")  # fmt: skip
    page = "\n".join(["Ferry terminal to stay open all winter", E1, E2, appeal,
                      "Support the Example Courier", "Comments (12)"])  # fmt: skip
    assert kinds(page)[appeal] == "donation_appeal"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("S’inscrire", "newsletter"),
        ("Kostenlos anmelden", "newsletter"),
        (
            "A reading group meets at the library on Elm Street. (Ledger file photo)",
            "image_caption",
        ),
        ("Tom Example covers the islands. He can be reached at 207-555-0148.", "author_bio"),
        ("de Andreea Exemplu", "byline"),
        ("acum 3 ore", "dateline"),
        ("10. 6. 2024", "dateline"),
    ],
)
def test_more_furniture_of_tool_copies_and_small_sites(line: str, kind: str) -> None:
    page = "\n".join([
        "Ferry terminal to stay open all winter",
        E1,
        line,
        E2,
        E2.replace("two", "three"),
    ])
    assert kinds(page)[line] == kind


def test_a_subheading_of_capitalised_dutch_words_is_not_a_byline() -> None:
    page = "\n".join([
        "Markthalle bleibt stehen und wird umgebaut",
        P1,
        "De kosten lopen op",
        P2,
        P3,
    ])
    assert kinds(page)["De kosten lopen op"] != "byline"


def test_donation_cues_under_the_text() -> None:
    appeal = ("Unabhängiger Journalismus lebt von Ihnen. Die Zeitung bleibt frei zugänglich, "
              "weil Tausende Leserinnen und Leser freiwillig zahlen.")  # fmt: skip
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3, appeal,
                      "Jetzt unterstützen"])  # fmt: skip
    assert kinds(page)[appeal] == "donation_appeal"


def test_a_table_under_the_text_is_text_and_one_after_the_comments_is_not() -> None:
    results = ["Partita\tRisultato", "Lago – Monte\t3-1", "Riva – Ponte\t0-2", "Valle – Colle\t1-1"]
    standings = ["Pos\tSquadra\tPt", "1\tLago\t16", "2\tMonte\t13", "3\tRiva\t12"]
    page = "\n".join(["Il Lago vince il derby e aggancia la vetta della classifica", P1, P2,
                      "I risultati della giornata", *results, "Lascia un commento", "Nome *",
                      "Invia commento", "CLASSIFICA", *standings])  # fmt: skip
    doc = clean_text(page)
    k = {s.text: str(s.kind) for s in doc.segments}
    assert k["I risultati della giornata"] == "subheading"
    assert all(k[row] == "body" for row in results)
    assert all(k[row] != "body" for row in standings)
    assert "Riva – Ponte\t0-2" in doc.body


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("In de rubriek In memoriam beschrijft de krant het leven van recent overleden mensen.",
         "footer"),
        ("Keine Nachricht mehr verpassen: Folgen Sie dem Isengau-Boten auf WhatsApp.", "share"),
        ("Bitte beachten Sie unsere Netiquette und bleiben Sie sachlich.", "comment_form"),
        ("Reageren? Lees hier hoe we omgaan met reacties.", "comment_form"),
        ("Kopieer link", "share"),
    ],
)  # fmt: skip
def test_series_notes_follow_calls_and_comment_rules(line: str, kind: str) -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, line, P3])
    assert kinds(page)[line] == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Поделиться", "share"),
        ("Скопіювати посилання", "share"),
        ("Читайте також: У Вінниці відновили рух трамваїв", "related_link"),
        ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Κλειστή για τρεις εβδομάδες η Λεωφόρος", "related_link"),
        ("Теги: Житомир, громадський транспорт, електробуси", "tags"),
        ("Войдите или зарегистрируйтесь, чтобы оставить комментарий", "comment_form"),
        ("Этот сайт использует файлы cookie для улучшения работы.", "cookie_notice"),
        ("Käytämme evästeitä sivuston toiminnan varmistamiseen", "cookie_notice"),
        ("Kuuntele artikkeli", "audio_player"),
        ("Снимка: Черноморие Инфо", "image_credit"),
        ("Göreme'de bekleyen balonlar (Fotoğraf: Mehmet Örnek - Ajans)", "image_caption"),
        ("Подпишитесь на наш канал в Telegram, чтобы первыми узнавать новости", "share"),
        ("Реклама", "ad_marker"),
    ],
)
def test_page_furniture_in_cyrillic_greek_turkish_and_finnish(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_the_pages_own_datelines_and_a_dated_caption_are_no_list() -> None:
    page = "\n".join(["Опубліковано 12 квітня 2024 о 10:47", "Оновлено 12 квітня 2024 о 16:20",
                      "Markthalle bleibt stehen und wird umgebaut",
                      "Die Markthalle am Fluss, 11. April 2024", "Foto: Stadtverwaltung",
                      P1, P2, P3])  # fmt: skip
    k = kinds(page)
    assert k["Markthalle bleibt stehen und wird umgebaut"] == "title"
    assert k["Опубліковано 12 квітня 2024 о 10:47"] == "dateline"
    assert k["Оновлено 12 квітня 2024 о 16:20"] == "dateline"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Artikel wird unter der Anzeige fortgesetzt", "ad_marker"),
        ("*Wir erhalten eine Provision, wenn Sie über die Links einkaufen.", "ad_marker"),
        ("Example News may earn a commission when you buy through links on our site.",
         "ad_marker"),
        ("Dual-sensor radiator heater $89.99 at Walmart", "ad_marker"),
        ("Contributing: The Associated Press", "credit_line"),
        ("ALSO READ: Council approves $4.2M for aging pipe replacement", "related_link"),
        ("À lire aussi Sécheresse : ces départements déjà placés en alerte", "related_link"),
        ("You’ve reached your limit of free articles.", "paywall"),
    ],
)  # fmt: skip
def test_furniture_interleaved_with_the_text(line: str, kind: str) -> None:
    assert kind_in_english_text(line) == kind


def test_a_poll_in_the_text_is_a_widget_and_the_fact_box_after_it_stays() -> None:
    poll = ["Umfrage: Würden Sie den Steig noch gehen?", "Ja, auf jeden Fall",
            "Nein, ich meide solche Wege", "Abstimmen", "1.847 Stimmen",
            "Die Umfrage ist nicht repräsentativ."]  # fmt: skip
    box = ["Info: Das gilt jetzt am Steig", "Gesperrt: Abschnitt bis zum Gipfelkreuz"]
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, *poll, *box, P2, P3])
    k = kinds(page)
    assert all(k[line] == "widget" for line in poll), {line: k[line] for line in poll}
    assert all(k[line] in {"subheading", "body"} for line in box)


def test_a_subheading_after_a_box_of_place_teasers_is_given_back() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1,
                      "Das könnte Sie auch interessieren", "Kinheim: Neue Brücke bekommt Radweg",
                      "Wittlich: Kreis warnt vor falschen Sammlern", "Trier: Fest lockt Besucher",
                      "Schaden in Millionenhöhe", P2, P3])  # fmt: skip
    k = kinds(page)
    assert k["Schaden in Millionenhöhe"] == "subheading"
    assert k["Trier: Fest lockt Besucher"] == "related_list"


def test_a_gallery_title_between_its_label_and_counter() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, "Bildergalerie",
                      "Großbrand in der Nacht: Die Bilder", "Bild 1 von 14", P2, P3])  # fmt: skip
    assert kinds(page)["Großbrand in der Nacht: Die Bilder"] == "image_caption"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Item 1 of 2 A firefighter monitors a controlled burn", "image_caption"),
        ("REUTERS/Jane Example/File Photo Purchase Licensing Rights, opens new tab",
         "image_credit"),
        ("Advertisement · Scroll to continue", "ad_marker"),
        ("Report This Ad", "ad_marker"),
        ("Continua após a publicidade", "ad_marker"),
        ("Picture: Jane Example/The Example Courier", "image_credit"),
        ("Residents queue for water on Tuesday. Picture: Jane Example/The Courier",
         "image_caption"),
        ("Workers at the water plant, in a file picture.Jane Example (Agencia)", "image_caption"),
        ("READ: Teachers' group seeks higher entry-level salary", "related_link"),
        ("By providing an email address, I agree to the Terms of Use", "newsletter"),
        ("Receba as notícias do Jornal Exemplo no WhatsApp", "share"),
        ("Tópicos: queimadas, incêndios, Defesa Civil", "tags"),
        ("Os comentários são de responsabilidade exclusiva de seus autores", "comment_form"),
        ("Our Standards: The Example Trust Principles.", "footer"),
    ],
)  # fmt: skip
def test_furniture_of_sites_beyond_europe(line: str, kind: str) -> None:
    assert kind_in_english_text(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Dieser Artikel wurde von der Deutschen Presse-Agentur (dpa) übernommen", "credit_line"),
        ("Aus der Ausgabe: Beispielzeitung vom 19. Januar 2025", "footer"),
        ("Filed under: Community, Gardening", "tags"),
        ("Étiquettes : trains de nuit, Aveyron, SNCF", "tags"),
        ("The Example Line — Issue #212", "section_label"),
        ("Money, markets and the Midwest, every Thursday. Forwarded this email? Subscribe here.",
         "newsletter"),
        ("Share this issue", "share"),
        ("Jane Example est économiste et chroniqueuse à « Libération ».", "author_bio"),
    ],
)  # fmt: skip
def test_furniture_of_syndicated_and_newsletter_pages(line: str, kind: str) -> None:
    assert kind_in_english_text(line) == kind


def test_a_newsletter_pitch_over_its_email_field() -> None:
    pitch = "The unofficial guide to the county hall, every morning and weekday afternoons."
    page = "\n".join(["Ferry terminal to stay open all winter", E1, E2, "Hallways", pitch,
                      "Your Email", "Sign Up", E2.replace("two", "six")])  # fmt: skip
    k = kinds(page)
    assert k[pitch] == "newsletter"
    assert k["Hallways"] == "newsletter"


def test_a_text_source_under_the_last_paragraph_is_not_a_picture_credit() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3,
                      "Quelle: beispiel.de, mau"])  # fmt: skip
    assert kinds(page)[P3] == "body"
    caption = "Eine Pflegerin begleitet eine Bewohnerin über den Flur eines Seniorenheims."
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, caption,
                      "Quelle: Carla Beispiel/dpa", P2, P3])  # fmt: skip
    assert kinds(page)[caption] == "image_caption"


def test_an_ai_summary_box_is_set_aside_and_the_newsrooms_own_stays() -> None:
    points = ["Der Stadtrat stimmt für den Umbau der alten Markthalle.",
              "Die Kosten liegen bei rund zwölf Millionen Euro.",
              "Die Opposition verlangt Akteneinsicht."]  # fmt: skip
    note = "Diese Zusammenfassung wurde mit Unterstützung von KI erstellt."
    ai = "\n".join(["Markthalle bleibt stehen und wird umgebaut", "KI-Zusammenfassung",
                    *points, note, P1, P2, P3])  # fmt: skip
    k = kinds(ai)
    assert all(k[line] == "summary" for line in ["KI-Zusammenfassung", *points, note])
    own = "\n".join(["Markthalle bleibt stehen und wird umgebaut", "Das Wichtigste in Kürze",
                     *points, P1, P2, P3])  # fmt: skip
    assert all(line in clean_text(own).body for line in points)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Download der Audiodatei", "audio_player"),
        ("Beitrag auf Bluesky ansehen", "social_embed"),
        ("Auf Mastodon ansehen", "social_embed"),
        ("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können "
         "personenbezogene Daten an Drittplattformen übermittelt werden.", "social_embed"),
        ("Das könnte Sie auch interessieren: Heidenau: Neuer Markt am Bahnhof", "related_link"),
        ("Sie wollen auf dem Laufenden bleiben? Dann folgen Sie uns auf WhatsApp.", "share"),
    ],
)  # fmt: skip
def test_furniture_of_current_german_pages(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_a_subheading_with_a_slash_is_not_a_photo_credit() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, "Auch Köln/Bonn betroffen",
                      P2, P3])  # fmt: skip
    assert kinds(page)["Auch Köln/Bonn betroffen"] == "subheading"


def test_an_embedded_post_with_a_bluesky_handle() -> None:
    post = ["Externer Inhalt von Bluesky", "verdi NRW", "@verdi-nrw.bsky.social",
            "Donnerstag ist Streiktag an den Flughäfen.", "5. März 2025 um 06:02",
            "Beitrag auf Bluesky ansehen"]  # fmt: skip
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, *post, P2, P3])
    k = kinds(page)
    assert all(k[line] == "social_embed" for line in post)


def test_a_consent_dialogs_buttons_in_one_line_are_not_the_headline() -> None:
    consent = "Wir nutzen Cookies, um diese Seite für Sie zu verbessern. Sie können das ablehnen."
    page = "\n".join(["Beispiel Kurier", consent, "Einverstanden   Auswahl anpassen",
                      "Markthalle bleibt stehen und wird umgebaut", "11.03.2025, 19:48 Uhr",
                      P1, P2])  # fmt: skip
    assert clean_text(page).title == "Markthalle bleibt stehen und wird umgebaut"
    assert kinds(page)["Einverstanden   Auswahl anpassen"] == "cookie_notice"
    # two short items with a wide gap are a menu's line, never a headline
    menu = "\n".join(["Anmelden    Abo testen", "Markthalle bleibt stehen und wird umgebaut",
                      "11.03.2025, 19:48 Uhr", P1, P2])  # fmt: skip
    assert clean_text(menu).title == "Markthalle bleibt stehen und wird umgebaut"


def test_a_live_blogs_label_in_capitals_does_not_make_its_headline_a_standfirst() -> None:
    headline = ("DIRECT. Tempête sur la Haute-Savoie : rafales à 150 km/h, "
                "40 000 foyers privés d'électricité")  # fmt: skip
    lead = ("Vigilance orange vents violents dans le département jusqu'à vendredi matin. "
            "Routes coupées, écoles fermées.")  # fmt: skip
    paragraph = ("Le préfet a annoncé jeudi que les écoles du Chablais resteront fermées "
                 "vendredi, et les routes de montagne sont coupées.")  # fmt: skip
    page = "\n".join(["La Voix du Lac", "Accueil", "Haute-Savoie", "EN DIRECT", headline, lead,
                      "Par la rédaction", "Publié le 27 mars 2025 à 07h12", paragraph,
                      paragraph.replace("jeudi", "mercredi"), "Réagir à cet article",
                      "La Voix du Lac"])  # fmt: skip
    assert clean_text(page).title == headline


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Photo La Voix du Lac / Julien Marchal", "image_credit"),
        ("Rafraîchir le direct", "navigation"),
        ("Load more updates", "navigation"),
        ("Weitere Einträge laden", "navigation"),
    ],
)
def test_live_blog_controls_and_a_credit_without_a_colon_are_furniture(
    line: str, kind: str
) -> None:
    assert kind_in_german_text(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("(Schluss) kla/bei", "credit_line"),
        ("Vraag een gratis proefabonnement aan via onze verkoopafdeling.", "paywall"),
        (
            "Online-Kondolenzbuch: Schreiben Sie der Familie ein paar tröstende Worte.",
            "comment_form",
        ),
        ("This article was produced by the Example Fact Check team.", "credit_line"),
        ("All quotes delayed a minimum of 15 minutes.", "footer"),
        ("Get weekly news and analysis, delivered to your inbox. Sign up here.", "newsletter"),
        ("Suggested Topics:", "tags"),
        ("Riproduzione riservata © Copyright Esempio", "copyright"),
    ],
)
def test_wire_and_service_furniture_is_not_text(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_paragraphs_below_a_wire_storys_end_mark_are_the_sites() -> None:
    pitch = ("Diese Meldung stammt aus dem Basisdienst der Agentur. Medienhäuser und "
             "Institutionen können ihn für ihre eigenen Angebote beziehen und nutzen.")  # fmt: skip
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3,
                      "(Schluss) kla/bei", pitch, "Impressum"])  # fmt: skip
    result = clean_text(page)
    assert P3 in result.body
    assert pitch not in result.body
    # without the mark, a last paragraph is text
    assert pitch in clean_text(page.replace("(Schluss) kla/bei\n", "")).body


def test_a_name_and_outlet_in_parentheses_credits_the_picture_above() -> None:
    caption = "Forward Matt Example celebrates his late goal in the third period on Saturday"
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, caption,
                      "(Carla Example / The Example Ledger)", P2, P3])  # fmt: skip
    assert kinds(page)[caption] == "image_caption"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Folgen Sie dem Beispielboten jetzt auch auf WhatsApp! Alles aus dem Ort aufs Handy.",
         "share"),
        ("Keine Nachrichten verpassen: Jetzt den Beispiel-Kanal auf WhatsApp abonnieren.", "share"),
        ("Eilmeldungen aus dem Landkreis direkt aufs Handy? Benachrichtigungen aktivieren",
         "newsletter"),
        ("Instagram-Beitrag von @beispiel.halle ansehen", "social_embed"),
        ("Gefällt 1.284 Mal", "social_embed"),
        ("Der Beispielbote erscheint wöchentlich kostenlos in allen Haushalten in Beispielstadt.",
         "footer"),
        ("Korrekturhinweis: In einer früheren Version dieses Artikels hieß es, die Abstimmung sei "
         "14 zu 6 ausgegangen. Richtig ist 13 zu 7.", "footer"),
        ("Correction: March 13, 2024", "footer"),
        ("Sportredakteur in der Lokalredaktion Beispielstadt. Hat selbst Handball gespielt.",
         "author_bio"),
        ("Jonas schreibt für BEISPIEL über Essen, Trinken und neue Imbisse in der Stadt.",
         "author_bio"),
        ("Visualisierung: Beispiel Partner Architekten", "image_credit"),
        ("Diese Pressemitteilung wurde uns von der Stadt Beispiel zur Verfügung gestellt und "
         "redaktionell nicht bearbeitet.", "credit_line"),
    ],
)  # fmt: skip
def test_local_pages_furniture_is_not_text(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


@pytest.mark.parametrize(
    "line", ["Von Pho bis Ahle Wurscht", "Die Stadt schreibt für das Projekt über 40 Stellen aus"]
)
def test_a_range_is_no_byline_and_a_sentence_about_writing_no_bio(line: str) -> None:
    assert kind_in_german_text(line) in {"subheading", "body"}


def _thread(*comments: tuple[str, str, str]) -> list[str]:
    """A comment section's lines: each comment's author, time, text and its buttons."""
    lines = []
    for author, time, text in comments:
        lines += [author, time, text, "Antworten", "Melden", "Gefällt mir 12"]
    return lines


COMMENT_1 = (
    "Ich habe in diesem Bad schwimmen gelernt, meine Kinder auch. Dass man es jetzt "
    "einfach zumacht, finde ich falsch, und die Kosten hätte man früher sehen können."
)
COMMENT_2 = (
    "Als Anwohner sehe ich das anders. Seit Jahren parken abends die Autos bis in die "
    "Einfahrten, und wer sich beschwert, wird vertröstet."
)
COMMENT_3 = (
    "Und noch etwas: Die Busverbindung zum Nachbarbad ist so schlecht, dass die "
    "Schulklassen mehr Zeit im Bus als im Wasser verbringen werden."
)


def test_a_comment_thread_below_the_text_is_comments_however_long_its_comments_are() -> None:
    page = "\n".join([
        "Markthalle bleibt stehen und wird umgebaut", "12.03.2024, 07:15 Uhr", P1, P2, P3,
        "Themen", "Stadtrat", "Kommentare (48)", "Neueste zuerst", "Beliebteste",
        *_thread(("Bernd_K", "vor 2 Stunden", COMMENT_1),
                 # a comment of two paragraphs: not the article resuming
                 ("Lindenallee_Anwohner", "12.03.2024 um 19:12", COMMENT_2)),
        COMMENT_3, "Antworten", "Melden",
        "Mehr aus der Stadt", "Neue Kita öffnet später", "Impressum",
    ])  # fmt: skip
    result = clean_text(page)
    assert P3 in result.body
    for comment in (COMMENT_1, COMMENT_2, COMMENT_3):
        assert comment not in result.body
    k = kinds(page)
    assert k["12.03.2024 um 19:12"] == "comment_form"  # a comment's time, not a dateline
    assert k["Bernd_K"] == "comment_form"


def test_a_comment_counter_in_the_header_does_not_swallow_the_text() -> None:
    page = "\n".join([
        "Markthalle bleibt stehen und wird umgebaut", P1, P2, "Kommentare lesen 214 Beiträge",
        "Von Jan Beispiel", "12.03.2024, 07:15 Uhr", P3, P1.replace("Abend", "Morgen"),
        "Kommentare (214)", *_thread(("Bernd_K", "vor 2 Stunden", COMMENT_1),
                                    ("Hanne.W", "vor 1 Stunde", COMMENT_2)),
    ])  # fmt: skip
    result = clean_text(page)
    assert P3 in result.body and P1.replace("Abend", "Morgen") in result.body
    assert COMMENT_1 not in result.body and COMMENT_2 not in result.body


def test_letters_to_the_editor_below_the_text_are_not_the_text() -> None:
    letter = (
        "Ich wohne seit meiner Kindheit in der Stadt und habe die erste Versammlung zur "
        "Umgehung noch erlebt. Geschehen ist seitdem nichts."
    )
    page = "\n".join([
        "Markthalle bleibt stehen und wird umgebaut", P1, P2, P3, "Leserbriefe zum Thema",
        "Ein Trauerspiel", "Zu: „Anwohner verlieren die Geduld“, Ausgabe vom 27. Februar",
        letter, "Gerda Beispiel, Altstadt", "Tempo 30 jetzt",
        "Zu: „Markthalle bleibt stehen“, Ausgabe vom 1. März", letter.replace("Kindheit", "Jugend"),
        "Reinhold Beispiel, Neustadt", "Impressum",
    ])  # fmt: skip
    result = clean_text(page)
    assert P3 in result.body
    assert letter not in result.body and "Ein Trauerspiel" not in result.body


def test_the_whole_headline_under_a_shortened_one_is_the_title() -> None:
    short = "Beispiel-NAS: Kritische Lücke erlaubt Übernahme ohne Passwort"
    page = "\n".join(["Security", short, f"{short} – Update verfügbar", P1,
                      "Von Jan Beispiel", "12.03.2024, 07:15 Uhr", P2, P3])  # fmt: skip
    assert clean_text(page).title == f"{short} – Update verfügbar"


def test_a_browsers_print_header_is_neither_the_date_nor_the_headline() -> None:
    headline = "Winzer schließen sich zusammen: Fusion soll 300 Betriebe retten"
    page = "\n".join([
        "20.02.25, 10:03", f"{headline} | Beispiel-Rundschau", "Druckansicht", "BEISPIEL-RUNDSCHAU",
        "Lokales", headline, "Erstellt am 12.02.2025", "Von Theresa Beispiel", P1, P2,
        "Seite 1 von 2", "20.02.25, 10:03", f"{headline} | Beispiel-Rundschau", P3,
        "© Beispiel-Rundschau 2025",
    ])  # fmt: skip
    result = clean_text(page)
    assert result.title == headline
    k = kinds(page)
    assert k["20.02.25, 10:03"] == "footer" and k["Seite 1 von 2"] == "footer"
    assert P3 in result.body and headline not in result.body


def test_kicker_and_headline_printed_twice_the_headline_is_the_longer() -> None:
    page = "\n".join(["Politik", "Länder uneins über Finanzierung",
                      "Ticket soll ab Januar 69 Euro kosten", P1, "21.05.2025, 18:27 Uhr",
                      "Länder uneins über Finanzierung", "Ticket soll ab Januar 69 Euro kosten",
                      P2, P3])  # fmt: skip
    assert clean_text(page).title == "Ticket soll ab Januar 69 Euro kosten"


@pytest.mark.parametrize(
    "box",
    [
        ["Video", "Pendler reagieren auf Preispläne", "21.05.2025", "01:36 min", "Play",
         "Untertitel"],
        ["Live", "Bundesrat: Alle Abstimmungen im Überblick", "Zum Liveblog"],
        ["Umfrage", "Würden Sie das Ticket für 69 Euro weiter nutzen?", "Ja", "Nein",
         "Ich habe keines", "Abstimmen"],
        ["Quiz", "Wie gut kennen Sie die Liga? Testen Sie Ihr Wissen in zehn Fragen!",
         "Frage 1 von 5: Welcher Verein stieg 2019 auf?", "Quiz starten"],
        ["Wetter Beispieldorf", "6° leicht bewölkt", "Mi 8° | Do 5° | Fr 3°", "Zur Wetterprognose"],
        ["Beispiel & Partner 14,62 € -8,31 %"],
    ],
)  # fmt: skip
def test_widgets_between_paragraphs_are_not_text(box: list[str]) -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, *box, P3,
                      P1.replace("Abend", "Morgen")])  # fmt: skip
    result = clean_text(page)
    assert P3 in result.body
    for line in box[1:] or box:
        if len(line.split()) >= 2:
            assert line not in result.body, line


def test_a_pull_quote_and_its_speaker_are_not_text_but_a_quoted_subheading_is() -> None:
    said = (
        "Bürgermeister Andreas Beispiel wirbt seit Jahren für die Umgehung. „Der Ort erstickt "
        "im Verkehr. Das kann so nicht bleiben“, sagt er im Gespräch mit unserer Zeitung."
    )
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, said,
                      "„Der Ort erstickt im Verkehr.“", "Andreas Beispiel, Bürgermeister", P2,
                      "„Das kann so nicht bleiben“", P3])  # fmt: skip
    k = kinds(page)
    assert k["„Der Ort erstickt im Verkehr.“"] == "repeated_text"
    assert k["Andreas Beispiel, Bürgermeister"] == "repeated_text"
    assert k["„Das kann so nicht bleiben“"] == "subheading"  # a section's quoted heading
    # a quotation over the text is the headline
    interview = "\n".join(["„Das kann so nicht bleiben“", "12.03.2024, 07:15 Uhr", said, P2, P3])
    assert clean_text(interview).title == "„Das kann so nicht bleiben“"


def test_a_subheading_after_a_dated_teaser_list_is_given_back() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, "Mehr zum Thema",
                      "Neuer Busfahrplan: Diese Linien fallen weg", "Gestern, 18:30 Uhr",
                      "Parkhaus am Markt wird abgerissen", "12.03.2024, 09:10 Uhr",
                      "Was die Händler sagen", P3])  # fmt: skip
    assert kinds(page)["Was die Händler sagen"] == "subheading"


def test_captions_under_every_gallery_counter_and_the_swiss_agency_cited_in_text() -> None:
    cited = (
        "Noch ist der Bestand nicht gefährdet. Wie die Nachrichtenagentur Keystone-SDA "
        "meldet, wollen die Forschenden nun weitere Kolonien untersuchen."
    )
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, "Bildergalerie",
                      "Bild 1 von 6", "Ein Segler im Nistkasten.", "Keystone/Urs Beispiel",
                      "Bild 2 von 6", "Die Datenlogger wiegen weniger als ein Gramm.",
                      "Forschungsstelle Beispiel", cited, P3])  # fmt: skip
    k = kinds(page)
    assert k["Die Datenlogger wiegen weniger als ein Gramm."] == "image_caption"
    assert k[cited] == "body"


def test_the_newsrooms_summary_box_above_the_lead_keeps_its_heading() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", "Von Ute Beispiel",
                      "Das Wichtigste in Kürze", "Die Halle bleibt bis zum Sommer geschlossen.",
                      "Die Sanierung kostet rund zwölf Millionen Euro.",
                      "Der Markt zieht in die Turnhalle um.", P1, P2, P3])  # fmt: skip
    assert "Das Wichtigste in Kürze" in clean_text(page).body


def test_the_last_paragraph_over_an_agencies_credit_is_text_and_a_tagline_no_headline() -> None:
    last = ("Baubeginn ist für 2027 geplant. Die Haltestelle soll mit dem Fahrplanwechsel im "
            "Dezember 2030 in Betrieb gehen.")  # fmt: skip
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, last, "SDA/Keystone"])
    assert last in clean_text(page).body
    tagged = "\n".join(["Politik", "Nachrichten aus Deutschland und der Welt – vom Beispielnetz",
                        "Pflegeversicherung", "Kassen warnen vor Beitragssprung in der Pflege",
                        "Von Katrin Beispiel", "11.03.2025, 05:45 Uhr", P1, P2, P3])  # fmt: skip
    assert clean_text(tagged).title == "Kassen warnen vor Beitragssprung in der Pflege"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("This story has been updated with additional information.", "footer"),
        ("This article was amended on 12 April 2025 to correct a figure.", "footer"),
        ("Associated Press writer Hal Beispiel in Des Moines, Iowa, contributed to this report.",
         "credit_line"),
        ("THIS SITE IS PROTECTED BY RECAPTCHA AND THE GOOGLE PRIVACY POLICY AND TERMS OF "
         "SERVICE APPLY.", "newsletter"),
        ("Courtesy Example County Fire Department", "image_credit"),
        ("Sentinel photo by Gail Beispiel", "image_credit"),
        ("The reservoir stood at 23 percent of capacity last month. (Adria Beispiel for The "
         "Example Post)", "image_caption"),
    ],
)  # fmt: skip
def test_us_and_uk_pages_furniture_is_not_text(line: str, kind: str) -> None:
    assert kind_in_english_text(line) == kind


def test_a_sites_support_pitch_over_the_headline_is_neither_headline_nor_text() -> None:
    page = "\n".join(["The Example", "Support the Example",
                      "Fund the free, independent journalism the world needs.", "Support us",
                      "News", "Opinion", "Ferry terminal to stay open all winter",
                      "By Jane Beispiel", "Sat 12 Apr 2025 07.00 BST", E1, E2])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Ferry terminal to stay open all winter"
    assert "independent journalism" not in result.body


def test_pay_or_okay_consent_never_takes_the_headline() -> None:
    s1 = ("La Confederación declaró este miércoles la emergencia por sequía en toda la cuenca, "
          "después de que sus embalses cayeran al 14 % de su capacidad.")  # fmt: skip
    s2 = ("Los regantes solo recibirán un tercio del agua prevista hasta octubre, y los "
          "municipios estudian cortes nocturnos del suministro durante el verano.")  # fmt: skip
    page = "\n".join([
        "Puedes aceptar y continuar navegando de forma gratuita, o rechazar y suscribirte para "
        "acceder sin publicidad personalizada.",
        "Aceptar y continuar", "Rechazar y suscribirse", "Ir al contenido",
        "Los embalses caen al 14 % y la cuenca decreta la emergencia por sequía",
        "09 jul 2024 - 18:42 CEST", s1, s2])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Los embalses caen al 14 % y la cuenca decreta la emergencia por sequía"
    assert result.body.split("\n\n") == [s1, s2]


def test_lead_pictures_caption_and_credit_under_the_header() -> None:
    s1 = ("La Guardia Civil ha detenido a 19 personas en tres provincias en una operación "
          "contra la venta de aceite adulterado, según informó el instituto armado.")  # fmt: skip
    s2 = ("Los investigadores calculan que la red colocó más de dos millones de litros en "
          "supermercados de varios países europeos en dos campañas.")  # fmt: skip
    caption = "Agentes inspeccionan bidones en una almazara durante la operación."
    for credit, under in ((["EFE", "Alfonso Ejemplo", "Sevilla"], []),
                          ([], ["Juan Carlos Ejemplo (EFE)"])):  # fmt: skip
        page = "\n".join(["La Guardia Civil desmantela una red de aceite adulterado",
                          *([caption] if credit else []), *credit,
                          "Actualizado Jueves, 25 septiembre 2024 - 18:42",
                          "Compartir en Facebook", "Enviar por email", "Ver 37 comentarios",
                          *([] if credit else [caption]), *under, s1, s2])  # fmt: skip
        result = clean_text(page)
        assert result.body.split("\n\n") == [s1, s2], credit or under
        assert {s.text: str(s.kind) for s in result.segments}[caption] == "image_caption"


def test_browser_title_with_kicker_section_and_site_gives_way_to_the_printed_headline() -> None:
    page = "\n".join([
        "Einsamkeit: „Wir unterschätzen, wie viel Nähe Routine braucht“ - Gesundheit - "
        "Beispiel.de",
        "Zum Inhalt springen", "Beispiel Zeitung", "Politik", "Wirtschaft", "Einsamkeit",
        "Plus", "„Wir unterschätzen, wie viel Nähe Routine braucht“",
        "Freitag, 21. März 2024", P1, P2])  # fmt: skip
    result = clean_text(page)
    assert result.title == "„Wir unterschätzen, wie viel Nähe Routine braucht“"
    assert result.body.split("\n\n") == [P1, P2]
    assert {s.text: str(s.kind) for s in result.segments}["Beispiel Zeitung"] != "byline"


def test_live_blog_headline_named_by_the_browser_title_and_its_dates_not_a_list() -> None:
    headline = "River surge live: hundreds evacuated as severe flood warnings issued"
    bullets = [
        "Agency issues three ‘danger to life’ warnings along the estuary; rail line closed",
        "Residents of two villages told to leave before the evening high tide",
        "Mayor urges people in low-lying streets to ‘stay upstairs and stay put’",
    ]
    page = "\n".join([
        f"{headline} | UK news | The Example", "Skip to main content", "The Example - Home",
        "News", "Sport", headline, *bullets, "Sam Example and Jo Example",
        "Thu 22 May 2024 18.42 BST", "First published on Thu 22 May 2024 07.05 BST", "Share",
        "Key events", "1h ago Evening summary", "2h ago Mayor: ‘stay upstairs’",
        "5h ago Trains suspended", "9h ago Three severe flood warnings issued", E1, E2,
    ])  # fmt: skip
    result = clean_text(page)
    assert result.title == headline
    kinds = {s.text: str(s.kind) for s in result.segments}
    assert kinds["Thu 22 May 2024 18.42 BST"] == "dateline"
    assert kinds["First published on Thu 22 May 2024 07.05 BST"] == "dateline"
    assert kinds["5h ago Trains suspended"] == "related_list"


def test_iab_consent_purposes_and_a_screen_readers_marked_list_leave_the_page() -> None:
    teasers = [
        "Thousands flee as fighting reaches coastal towns",
        "Why are so many boats sinking on the great lakes?",
    ]
    page = "\n".join([
        "Search", "Click here to search", "We and our partners process data to provide:",
        "Use precise geolocation data. Actively scan device characteristics for "
        "identification. Store and/or access information on a device.",
        "List of Partners (vendors)", "Accept all", "Reject all", "Show purposes",
        "Dozens missing after overloaded ferry capsizes on the lake", "Published On 11 Sep 2024",
        "Click here to share on social media", "share2", E1, "Editor’s picks",
        "list of 2 items", "list 1 of 2", teasers[0], "list 2 of 2", teasers[1], "end of list",
        E2,
    ])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Dozens missing after overloaded ferry capsizes on the lake"
    assert result.body.split("\n\n") == [E1, E2]


def test_question_headline_under_its_kicker() -> None:
    page = "\n".join(["Startseite", "Lokales", "Grafing", "Sanierung für 14 Millionen Euro",
                      "Muss das Hallenbad in Grafing schließen?", "Von Lena Beispiel",
                      "11.02.2024, 06:12 Uhr", P1, P2])  # fmt: skip
    assert clean_text(page).title == "Muss das Hallenbad in Grafing schließen?"


def test_teasers_with_their_dates_above_the_headline_are_no_standfirst() -> None:
    teasers = [
        "Der Stadtrat beantragt einen Zusatzkredit. Die Eröffnung verschiebt sich.",
        "Über zwei Millionen Reisende nutzten den Flughafen, so viele wie noch nie.",
    ]
    headline = "Stadtrat will Tempo 30 auf 80 Prozent der Strassen"
    page = "\n".join([
        f"Verkehr in Zürich: {headline} | Beispiel-Anzeiger", "Beispiel-Anzeiger", "Zürich",
        "Winterthur: Neue Stadtbibliothek kostet mehr", teasers[0], "10.2.2024",
        "Flughafen: Rekordzahl an Passagieren", teasers[1], "10.2.2024", "Verkehr in Zürich",
        headline, "Von Lena Beispiel", "11.02.2024, 06:12 Uhr", P1, P2])  # fmt: skip
    result = clean_text(page)
    assert result.title == headline
    assert result.body.split("\n\n") == [P1, P2]


def test_a_call_to_support_that_ends_the_text_is_not_the_donation_appeal_below_it() -> None:
    last = ("Kommen Sie zu unserem Infostand am Samstag auf dem Stadtplatz und unterstützen Sie "
            "uns. Unsere Sparkasse gehört den Bürgerinnen und Bürgern!")  # fmt: skip
    page = "\n".join([
        "Bürgerunion kämpft um die Filialen der Sparkasse", "12.03.2024", P1, P2, P3, last,
        "Schlagwörter: Sparkasse, Landkreis, Daseinsvorsorge",
        "Unterstützen Sie unsere Arbeit! Die Bürgerunion finanziert sich aus Spenden.",
        "Spendenkonto: Bürgerunion e. V., IBAN DE89 3704 0044 0532 0130 00"])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3, last]


def test_premium_note_montage_credit_and_a_photographers_copyright_leave_the_text() -> None:
    caption = "Viele geerbte Häuser stehen nach dem Tod der Eltern monatelang leer"
    chart = "Durchschnittliche Warmmiete für ein WG-Zimmer in ausgewählten Städten"
    page = "\n".join([
        "Was Erben über das Elternhaus wissen müssen", "Von Jana Beispiel", "14.03.2024",
        "Artikel verschenken", caption, "© Jana Beispiel / dpa-tmn", "Inhaltsverzeichnis",
        "Fristen: Annehmen oder ausschlagen?", "Erbschaftsteuer: Welche Freibeträge gelten?",
        P1, "RP+ Sie lesen diesen Artikel mit Ihrem RP+-Abo.", P2, chart,
        "[M] Jana Beispiel / DER BEISPIEL; Daten: Institut", P3])  # fmt: skip
    result = clean_text(page)
    assert result.body.split("\n\n") == [P1, P2, P3]
    assert {s.text: str(s.kind) for s in result.segments}[caption] == "image_caption"


def test_premium_furniture_podcast_promo_print_notes_and_a_bio_under_a_capitals_byline() -> None:
    bio = ("Anna Beispiel ist Politikwissenschaftlerin und lehrt Staatsorganisation an der "
           "Universität Beispielstadt.")  # fmt: skip
    furniture = [
        "Podcast „Auf den Punkt“: Warum so viele junge Menschen einsam sind – jetzt anhören",
        "Sie haben 1 von 3 kostenlosen Artikeln in diesem Monat gelesen.",
        "Bestens informiert mit Beispiel Plus – 4 Wochen kostenlos zur Probe lesen.",
        "Dieser Text ist in der März-Ausgabe des Beispiel-Magazins erschienen.",
        "Jegliche Veröffentlichung und nicht-private Nutzung exklusiv über Beispiel Content.",
    ]
    head = ["Der Föderalismus frisst seine Kinder", "VON ANNA BEISPIEL", bio, "14.03.2024"]
    page = "\n".join([*head, P1, furniture[0], P2, furniture[1], P3, *furniture[2:]])
    result = clean_text(page)
    assert result.body.split("\n\n") == [P1, P2, P3]
    assert {s.text: str(s.kind) for s in result.segments}[bio] == "author_bio"


def test_international_page_furniture_leaves_the_text() -> None:
    caption = "Une salle de classe vide au lycée de Ziguinchor, le 2 juin 2024."
    page = "\n".join([
        "Sénégal: la grève des enseignants entre dans sa troisième semaine", caption,
        "© AFP - Jean Exemple", "Par : Exemple", "Suivre", "Publié le : 04/06/2024 - 18:42",
        "Écouter - 02:58", E1, "Passer la publicité",
        'Embed <iframe src="https://www.example.org/player/embed/123" width="100%" '
        'height="290" frameborder="0" scrolling="no" title="embedded audio player">',
        E2, "Become an Example sponsor", "Skopiuj link",
        "By subscribing, you acknowledge and agree to Example's Terms of Use."])  # fmt: skip
    result = clean_text(page)
    assert result.body.split("\n\n") == [E1, E2]
    assert {s.text: str(s.kind) for s in result.segments}[caption] == "image_caption"


def test_a_content_type_label_over_the_pages_own_headline_makes_no_caption_of_it() -> None:
    headline = "Hochwasserschutz an der Zusam wird deutlich teurer als geplant"
    page = "\n".join(["Zum Inhalt springen", "Beispiel24", "Startseite", "Nachrichten",
                      "Bildrechte: picture alliance/dpa | Jana Beispiel", "Bildbeschreibung",
                      "Im Juni stand das Wasser der Zusam meterhoch in den Straßen.",
                      "Artikel mit Audio-Inhalten", headline,
                      "Neun Monate nach dem Hochwasser liegen neue Zahlen vor. Die Kosten "
                      "steigen um mehr als die Hälfte.", "04.03.2024, 16:30 Uhr",
                      "Von Jana Beispiel", P1, P2])  # fmt: skip
    assert clean_text(page).title == headline


def test_extraction_tool_leftovers_and_a_lead_about_tracking_under_the_dateline() -> None:
    lead = ("Die Datenschutzaufsicht hat den Anbieter einer an Hunderten Schulen genutzten "
            "Lernplattform verwarnt. Die Software habe ohne Rechtsgrundlage Nutzungsdaten an "
            "Drittanbieter übermittelt.")  # fmt: skip
    page = "\n".join([
        "Datenschützer rügen Lernplattform wegen versteckter Tracking-Dienste",
        "03.04.2024, 09:30 Uhr", lead, P1,
        "Parkende Autos in der Severinstraße in der Südstadt (Archivbild)", P2,
        "Teilen Twittern Mailen Drucken Zur Merkliste", P3, "Zum Weiterlesen",
        "Wiener Linien suchen 500 neue Mitarbeitende", "Diskutieren Sie mit",
        "Hinweis: Postings zu diesem Artikel werden vor der Freischaltung geprüft."])  # fmt: skip
    result = clean_text(page)
    assert result.body.split("\n\n") == [lead, P1, P2, P3]


def test_skip_links_cookie_banners_and_breadcrumbs_in_more_languages() -> None:
    s1 = ("L'antiga fàbrica tèxtil tindrà una segona vida: el ple municipal ha aprovat el pla "
          "urbanístic que permetrà construir-hi seixanta pisos de lloguer.")  # fmt: skip
    s2 = ("El projecte l'impulsa una cooperativa d'habitatge juntament amb un fons d'inversió, "
          "i les obres podrien començar l'any vinent si no hi ha al·legacions.")  # fmt: skip
    page = "\n".join([
        "Ves al contingut", "Diari Exemple", "Aquest lloc web utilitza galetes pròpies i de "
        "tercers per millorar l'experiència de navegació.", "Accepto", "Configuració de galetes",
        "Inici / Notícies / Osona", "L'antiga fàbrica es convertirà en 64 pisos de lloguer",
        "9 de maig de 2024, 12:37", s1, s2])  # fmt: skip
    result = clean_text(page)
    assert result.title == "L'antiga fàbrica es convertirà en 64 pisos de lloguer"
    assert result.body.split("\n\n") == [s1, s2]


def test_app_share_view_and_a_press_release_portal_headline_over_its_ots_text() -> None:
    ots = ("Lindenau (ots) - Die Stadtwerke Lindenau senken zum 1. Juli den Arbeitspreis für "
           "Fernwärme um durchschnittlich elf Prozent, teilte das Unternehmen mit.")  # fmt: skip
    headline = "Stadtwerke Lindenau senken Fernwärmepreis zum 1. Juli um elf Prozent"
    page = "\n".join(["PRESSEKANAL", "Ein Service von news aktuell", "Pressemitteilungen",
                      "Diese Story wurde mit dir aus der App geteilt", "App öffnen",
                      "Im Browser weiterlesen", "Stadtwerke Lindenau GmbH", "Folgen",
                      "03.06.2024 – 10:05", "Stadtwerke Lindenau GmbH", headline, ots, P1,
                      "Das könnte dich auch interessieren", "Haushaltsrede: Investieren statt "
                      "kaputtsparen", "Kita-Gebühren: Entlastung für Familien gefordert",
                      P2, "Jetzt Mitglied werden – gemeinsam für ein soziales Dorf!"])  # fmt: skip
    result = clean_text(page)
    assert result.title == headline
    assert result.body.split("\n\n") == [ots, P1, P2]


def test_cms_template_pages_headline_under_a_download_and_over_its_date() -> None:
    headline = "Gemeinderat gibt grünes Licht für Sanierung der Grundschule"
    page = "\n".join([
        "Zum Hauptinhalt springen", "Zur Hauptnavigation springen", "Gemeinde Beispielheim",
        "Sie befinden sich hier: Startseite Aktuelles Pressemitteilungen Grundschule",
        "Amtsblatt online – Mitteilungsblatt der Gemeinde Beispielheim",
        "Aktuelle Ausgabe: Nr. 10/2024 (PDF, 3,2 MB)", "Pressemitteilung Nr. 47/2024",
        "Gemeinderat", headline, "Veröffentlicht am 06.03.2024", P1, P2,
        "Wir bedanken uns bei den Nachbarn für die schnelle Hilfe und die warmen Getränke "
        "während des langen Einsatzes am Abend.", "Fotos: Feuerwehr Beispielheim", "« Zurück",
        "Weiter »", "Benutzername", "Passwort", "Angemeldet bleiben", "Passwort vergessen?",
        "Beispielheim auf WhatsApp – jetzt Kanal abonnieren und keine Meldung verpassen!",
        "Stolz präsentiert von WordPress"])  # fmt: skip
    result = clean_text(page)
    assert result.title == headline
    assert result.body.split("\n\n")[:2] == [P1, P2]
    assert result.body.split("\n\n")[2].startswith("Wir bedanken uns")
    assert len(result.body.split("\n\n")) == 3


def test_portal_furniture_affiliate_boxes_galleries_videos_and_a_teaser_summary() -> None:
    sub = "Ministerium verweist auf Gespräche"
    page = "\n".join([
        "Frost bedroht die Obstblüte im Süden", "14.03.2024, 06:12 Uhr", P1,
        "Anzeige | Wir erhalten eine Provision", "Unser Tipp",
        "Ratgeber „Garten clever planen“ – jetzt für 19,90 € statt 24,90 €", "Zum Angebot*",
        "*Wenn Sie über diesen Link einkaufen, erhält Beispiel eine Provision.",
        "Fotostrecke: Die schönsten Gärten im Süden", "Bild 1 von 12", "Video",
        "Frost im Garten: So schützen Sie Ihre Pflanzen", "Mehr Videos", P2, "Beispiel+",
        "Ärztemangel: Warum Patienten monatelang auf einen Termin warten", sub, P3,
        "Instagram-Inhalte anzeigen",
        "Hier können Sie sich den Artikel vorlesen lassen. Die Stimme wird künstlich erzeugt.",
        "Jana Beispiel schreibt bei Beispiel Online über Rente, Steuern und Verbraucher.",
    ])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, sub, P3]


def test_world_english_furniture_glued_credits_and_site_notes() -> None:
    caption = "Floodwater covers a road near the river on Friday afternoon.(Supplied: Jo Example)"
    page = "\n".join([
        "Residents told to evacuate as river heads for major flood peak - Example News",
        "Example News", "Residents told to evacuate as river heads for major flood peak",
        "Posted 14 Mar 2024, 6:42pm", caption, E1,
        "Reminder, this is a Premium article and requires a subscription to read.", E2,
        "Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.",
        "Jo Example joined the Post in 2021 and covers transport and infrastructure.",
        "(This story has not been edited by Example staff and is auto-generated from a "
        "syndicated feed.)", "Your information is being handled in accordance with the "
        "Example Privacy Collection Statement.", "We acknowledge Aboriginal and Torres Strait "
        "Islander peoples as the First Australians.", "The Example Post is a member of the New "
        "Zealand Media Council."])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Residents told to evacuate as river heads for major flood peak"
    assert result.body.split("\n\n") == [E1, E2]


def test_match_report_keeps_its_data_and_drops_other_scores_and_fixtures() -> None:
    data = ["Tore: 1:0 Krämer (23.), 1:1 Yilmaz (67.)",
            "Aufstellung TSV Beispiel: Müller – Schmidt, Huber, Kratzer – Krämer, Seitz",
            "Schiedsrichter: Max Beispiel (TSV Bobingen)", "Zuschauer: 340"]  # fmt: skip
    page = "\n".join([
        "Live: SpVgg Beispiel – FC Muster 04 0:1 (71.)", "Endstand: Borussia A – Eintracht B 3:1",
        "Liveticker: Beispiel dreht das Spiel spät", "Stand: 22.03.2024 17:36 Uhr",
        "Anpfiff: Sa., 22.03.2024, 15:30 Uhr | Arena am Fluss", P1, P2, "Spieldaten",
        "TSV Beispiel – SV Muster 1:1 (1:0)", *data, "Nächstes Heimspiel: Sa., 29.03.2024, "
        "19:30 Uhr – TSV Beispiel vs. TSG Nachbar", "Zur Tabelle der Landesliga"])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Liveticker: Beispiel dreht das Spiel spät"
    paragraphs = result.body.split("\n\n")
    assert paragraphs[:2] == [P1, P2] and paragraphs[-4:] == data
    assert not any("Live:" in p or "Endstand" in p or "Anpfiff" in p for p in paragraphs)


def test_business_and_tech_pages_keep_tables_updates_and_isins() -> None:
    isin = ("Beim Spezialchemiekonzern Beispiel Chemie (ISIN DE000HLV0017) lag die Ausschüttung "
            "im vergangenen Jahr bei 2,10 Euro je Aktie.")  # fmt: skip
    row = "Harte Kernkapitalquote (%) | 15,8 | 16,4"
    update = "Nachtrag vom 14. März 2024, 15:20 Uhr"
    page = "\n".join([
        "Beispiel-Bank verdient weniger als erwartet", "14.03.2024, 06:12 Uhr", P1, isin,
        "heise+", "Ransomware abwehren: So härten Sie Ihre Zugänge", "Jetzt mit heise+ lesen",
        "Kennzahl | 2023 | 2024", row, "Quelle: Unternehmen", P2,
        "Anzeige: Jetzt ab 0 € handeln – über 3000 ETFs als Sparplan beim Testsieger",
        "Capital-Podcast „Geld ist Zeit“: Jeden Dienstag eine neue Folge", update, P3,
        "Weiterlesen: Wie Österreich mit dem Algorithmus scheiterte",
        "Risikohinweis: Der Handel mit Wertpapieren ist mit Risiken verbunden."])  # fmt: skip
    body = clean_text(page).body
    for kept in (isin, row, update, P3):
        assert kept in body
    for gone in ("heise+", "Ransomware", "Anzeige:", "Podcast", "Weiterlesen", "Risikohinweis"):
        assert gone not in body


def test_regional_papers_byline_with_dashes_and_captions_with_glued_credits() -> None:
    f1 = ("Perdus dans le brouillard au-dessus du village, un père et son fils ont passé la nuit "
          "dans un igloo de fortune avant d'être secourus samedi matin.")  # fmt: skip
    f2 = ("Partis jeudi vers 13 heures du col pour une boucle en raquettes, les deux hommes ont "
          "été surpris par la neige et le vent en fin d'après-midi.")  # fmt: skip
    page = "\n".join([
        "Isère : deux randonneurs passent la nuit dans un igloo de fortune",
        "Par Jean Exemple (avec AFP) - 7 février 2024 à 17:15 - Temps de lecture : 2 min",
        "| Mis à jour le 8 février 2024 à 07:10",
        "La bakkerij in de Kerkstraat werd zwaar beschadigd. — © Jan Voorbeeld", f1,
        "Lire aussi. Chartreuse : le risque d'avalanche reste marqué ce week-end", f2,
        "Mariscadoras trabajando en el banco, en una imagen de archivo. M.EJEMPLO"])  # fmt: skip
    result = clean_text(page)
    assert result.body.split("\n\n") == [f1, f2]


def test_inline_links_of_sports_and_culture_pages_leave_the_text() -> None:
    page = "\n".join(["Mühlbachtal feiert Derbysieg vor Rekordkulisse", "15.03.2024", P1,
                      "Lesen Sie dazu auch: Donaumünster holt Torjäger", P2,
                      "Lesen Sie mehr zum Thema: Münchner Liedermacherinnen", P3,
                      "Mehr TV-Tipps: Die besten Filme und Serien der Woche"])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3]


def test_a_caption_under_its_photographer_and_agency_credit_between_paragraphs() -> None:
    caption = "Die Siegerin jubelte im Zielraum über ihren ersten Weltcup-Sieg"
    page = "\n".join(["Beispiel krönt Saison mit Super-G-Sieg beim Finale", "16.03.2024", P1,
                      "GEPA/Jana Beispiel", caption, P2])  # fmt: skip
    result = clean_text(page)
    assert result.body.split("\n\n") == [P1, P2]
    assert {s.text: str(s.kind) for s in result.segments}[caption] == "image_caption"


def test_an_appeal_box_between_paragraphs_leaves_the_text_after_it() -> None:
    de = DE_PARAGRAPHS
    box = ["Wir sind ein spendenfinanziertes Medium",
           "Unterstütze auch Du unsere Arbeit mit einer Spende.", "Jetzt spenden"]  # fmt: skip
    subheading = "Halle bleibt bis zum Herbst geschlossen"
    page = "\n".join([
        "Obernbach saniert die alte Turnhalle", de[0], de[1], *box, subheading, de[2], de[3],
        "Unterstützen Sie unabhängigen Lokaljournalismus", "IBAN: DE00 1234 5678 9012 3456 78",
    ])  # fmt: skip
    result = clean_text(page)
    k = {s.text: str(s.kind) for s in result.segments}
    assert [k[line] for line in box] == ["donation_appeal"] * 3
    assert k[subheading] == "subheading"
    assert result.body.split("\n\n") == [de[0], de[1], subheading, de[2], de[3]]
    assert k["IBAN: DE00 1234 5678 9012 3456 78"] == "payment_details"


def test_an_appeal_telling_of_itself_between_its_asks_stays_the_appeal() -> None:
    own = [
        "Jeden Tag senden wir von sechs bis zwanzig Uhr Nachrichten aus der Region, Musik "
        "lokaler Bands und Gespräche mit Menschen aus unseren Dörfern und Städten.",
        "Jeden Abend kommen Podcasts von uns und unseren Partnern dazu, die Sie nachhören "
        "können, wann immer Sie wollen und so oft Sie möchten.",
    ]
    page = "\n".join([
        "Markthalle bleibt stehen", P1, P2, P3, "Radio Beispielwelle",
        "Wir brauchen Ihre Unterstützung", *own, "Das alles kostet Geld.",
        "Um das Programm zu erhalten, sind wir auf Ihre Unterstützung angewiesen.",
        "IBAN: DE00 1234 5678 9012 3456 78",
    ])  # fmt: skip
    result = clean_text(page)
    k = {s.text: str(s.kind) for s in result.segments}
    assert [k[line] for line in own] == ["donation_appeal"] * 2
    assert result.body.split("\n\n") == [P1, P2, P3]


def test_an_article_about_a_donation_account_is_not_an_appeal() -> None:
    text = [
        "Nach dem Brand in der Altstadt kursieren in sozialen Netzwerken Aufrufe, Geld auf ein "
        "angebliches Hilfskonto zu überweisen; die Polizei warnt ausdrücklich davor.",
        "Wer Geld überwiesen hat, soll sich umgehend bei seiner Bank melden und Anzeige "
        "erstatten, sagte eine Sprecherin am Montag in der Kreisstadt.",
        "Stadt richtet offizielles Spendenkonto ein",
        "Die Stadt hat gemeinsam mit der Diakonie ein offizielles Konto eingerichtet; die "
        "Kontoverbindung steht nur auf der Internetseite der Stadt und im Rathaus.",
        "Bis Montagabend seien dort bereits rund 23.000 Euro eingegangen, teilte die Diakonie "
        "mit; das Geld gehe vollständig an die betroffenen Familien.",
    ]
    result = clean_text("\n".join(["Polizei warnt vor falschen Spendenaufrufen", *text]))
    assert result.body.split("\n\n") == text


def test_an_appeal_paragraph_above_its_button_is_the_appeal() -> None:
    appeal = ("Als Genossenschaft gehören wir unseren Leserinnen und Lesern. Unser Journalismus "
              "ist konzernfrei und bleibt für alle frei zugänglich.")  # fmt: skip
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3,
                      "Gemeinsam für freie Presse", appeal, "Jetzt unterstützen"])  # fmt: skip
    k = kinds(page)
    assert k[appeal] == "donation_appeal"
    assert k["Gemeinsam für freie Presse"] == "donation_appeal"


def test_a_caption_under_a_screen_readers_label_on_its_own_line() -> None:
    caption = "Volunteers gathered outside the pub on Saturday to celebrate reaching their target"
    page = "\n".join(["Ferry terminal to stay open all winter", "Image caption,", caption, E1, E2])
    k = kinds(page)
    assert k["Image caption,"] == "image_caption"
    assert k[caption] == "image_caption"


def test_a_profile_of_someone_in_the_story_is_text_and_the_authors_is_not() -> None:
    profile = ("Jana Beispiel (41) ist Krankenpflegerin und gründete 2013 mit drei Kolleginnen "
               "den Verein, der den Kältebus betreibt.")  # fmt: skip
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", "Von Tom Muster", P1, P2,
                      "Zur Person", profile, P3])  # fmt: skip
    assert kinds(page)[profile] == "body"
    bio = ("Tom Muster (38) ist in Obernbach aufgewachsen und arbeitet seit 2016 in der "
           "Lokalredaktion.")  # fmt: skip
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", "Ein Kommentar von Tom Muster",
                      P1, P2, P3, "Zur Person", bio])  # fmt: skip
    assert kinds(page)[bio] == "author_bio"


def test_a_list_of_links_ends_where_the_articles_fact_box_begins() -> None:
    facts = ["Termin: Samstag, 1. Juni 2024, ab 10 Uhr", "Eintritt: frei, danach 4 Euro",
             "Info: geöffnet täglich von 9 bis 20 Uhr"]  # fmt: skip
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, "Lesen Sie auch",
                      "Obernbach: Baggersee bekommt eine Wasserwacht", "Eröffnung der Halle",
                      *facts, P3])  # fmt: skip
    k = kinds(page)
    assert k["Obernbach: Baggersee bekommt eine Wasserwacht"] == "related_list"
    assert all(k[line] in {"body", "subheading"} for line in facts)


def test_text_resumed_after_an_appeal_goes_on_over_a_box_of_links() -> None:
    de = DE_PARAGRAPHS
    box = ["Unsere Leserhilfe", "Mit unserer Aktion helfen Leserinnen und Leser Menschen in Not.",
           "Spendenkonto: Leserhilfe e.V., IBAN DE00 1234 5678 9012 3456 78"]  # fmt: skip
    links = ["Lesen Sie auch", "Obernbach: Tafel muss Aufnahmestopp verhängen",
             "Obernbach: Warum so viele Dörfer keinen Bus mehr haben"]  # fmt: skip
    page = "\n".join(["Obernbach saniert die alte Turnhalle", de[0], de[1], *box, de[2], de[3],
                      *links, P1, P2, "Newsletter", "Jetzt kostenlos abonnieren"])  # fmt: skip
    result = clean_text(page)
    assert result.body.split("\n\n") == [de[0], de[1], de[2], de[3], P1, P2]
    k = {s.text: str(s.kind) for s in result.segments}
    assert k[links[1]] == "related_list"


def test_a_long_title_case_headline_with_a_kicker_is_no_menu() -> None:
    title = ("Tracing the Serafina Rose: How a Sanctioned Tanker Kept Loading Oil With Its "
             "Transponder Switched Off")  # fmt: skip
    page = "\n".join(["Example Lab", "Investigations  Guides  Tools  Workshops  About",
                      "English | Español | Français", title, "15 January 2025",
                      "Authors: Ines Beispiel, Rahul Example", "Reading time: 9 min",
                      E1, E2])  # fmt: skip
    assert clean_text(page).title == title


def test_an_appeal_in_the_newsrooms_voice_between_paragraphs_leaves_the_text_after_it() -> None:
    appeal = ("Community radio runs on community support. During our spring pledge drive, every "
              "new sustaining member helps keep local news on the air.")  # fmt: skip
    after = [
        "Many of the roughly 80 people who spoke said the number of homes rented to visitors "
        "had pushed out the people who work in town, from teachers to line cooks.",
        "The council will take up the ordinance again at its April meeting, and written "
        "comments can be sent to the town clerk until then.",
        "Okonkwo is already thinking about the roof.",
    ]
    page = "\n".join(["Ferry terminal to stay open all winter", E1, E2,
                      E2.replace("two", "three"), appeal, *after])  # fmt: skip
    result = clean_text(page)
    k = {seg.text: str(seg.kind) for seg in result.segments}
    assert k[appeal] == "donation_appeal"
    assert result.body.split("\n\n")[-3:] == after


def test_a_bare_name_beside_the_date_and_reading_time_is_a_dateline() -> None:
    meta = "Ole Beispiel · 2. Februar 2024 · Lesezeit ca. 6 Minuten"
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", meta, P1, P2, P3])
    assert kinds(page)[meta] == "dateline"


def test_a_profiles_tagline_under_the_authors_name_is_no_headline() -> None:
    title = "Behörde prüft erstmals Mittelständler: Was die Kontrollen bedeuten"
    tagline = "Geschäftsführerin Beispiel Spedition GmbH | Nachhaltige Logistik | Compliance"
    page = "\n".join(["Artikel", "Personen", title, "Sabine Beispiel", tagline,
                      "Veröffentlicht: 14. Feb. 2024", P1, P2, P3])  # fmt: skip
    result = clean_text(page)
    assert result.title == title
    assert {s.text: str(s.kind) for s in result.segments}[tagline] == "byline"


def test_an_appeal_heading_in_the_newsrooms_voice_and_a_price_button_belong_to_it() -> None:
    appeal = ("Unabhängiger Journalismus kostet Geld. Wir verzichten auf eine Paywall, damit alle "
              "unsere Texte lesen können.")  # fmt: skip
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3,
                      "Wir sind das Beispielblatt. Und wir bleiben es.", appeal,
                      "Mit 5 Euro im Monat dabei sein", "Jetzt unterstützen"])  # fmt: skip
    result = clean_text(page)
    assert result.body.split("\n\n") == [P1, P2, P3]


def test_the_bio_of_an_author_named_in_capitals_in_the_byline() -> None:
    bio = "Hanna Beispiel ist Verwaltungswissenschaftlerin und forscht an einer Hochschule."
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut",
                      "VON HANNA BEISPIEL am 14. März 2025", P1, P2, P3, bio])  # fmt: skip
    assert kinds(page)[bio] == "author_bio"


def test_a_masthead_of_initials_and_name_is_no_headline_and_a_release_dates_its_head() -> None:
    title = "Ultrafeine Partikel: Messungen zeigen hohe Belastung um Flughäfen"
    page = "\n".join(["IBL – Institut für Beispielmedizin und Luftqualität", "Startseite | Presse",
                      "News | 27.05.2025", title, P1, P2, P3])  # fmt: skip
    assert clean_text(page).title == title
    title = "Reifenabrieb im Boden bremst Regenwürmer aus"
    page = "\n".join(["Universität Beispiel", "Pressemitteilung Nr. 47/2025 | 12.03.2025",
                      "Sperrfrist: Mittwoch, 12.03.2025, 17:00 Uhr MEZ", title,
                      P1, P2, P3])  # fmt: skip
    assert clean_text(page).title == title


def test_a_markdown_heading_underlined_is_the_headline_not_a_newsletters_pitch() -> None:
    title = "Senate panel advances bill forcing airlines to pay automatic refunds"
    page = "\n".join(["[Politics](https://example.com/politics)",
                      "[Newsletters](https://example.com/newsletters)", "", title, "=" * 40, "",
                      "Updated 2 hours ago", "", "[Priya Example](https://example.com/a/p)", "",
                      E1, "", E2, "", "[More](https://example.com/more)"])  # fmt: skip
    assert clean_text(page).title == title


LANGUAGE_PICKER = " | ".join(
    "Albanian Amharic Arabic Bengali Bosnian Bulgarian Croatian Dari English French German Greek"
    " Hausa Hindi Indonesian Kiswahili Macedonian Pashto Persian Polish Portuguese Romanian"
    " Russian Serbian Spanish Turkish Ukrainian Urdu".split()
)


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        # the site's name, its sections and the kicker around the headline in the tab's title
        (
            [
                "Hafenstreit in Neustrand: Kapitän verliert Prozess um Liegeplatz"
                " - BEISPIEL ONLINE - Nachrichten - Politik",
                "BEISPIEL ONLINE",
                "Login | Registrierung",
                "HomePolitikWirtschaftPanoramaSportKultur",
                "Deutschland Ausland Forum Wahlen 2008",
                "Nachrichten > Politik > Deutschland",
                "14. März 2008, 16:42 Uhr",
                "HAFENSTREIT IN NEUSTRAND",
            ],
            "Kapitän verliert Prozess um Liegeplatz",
        ),
        # the site's name first
        (
            [
                "beispiel online - Kapitän verliert Prozess um Liegeplatz",
                "beispiel online",
                "News  Foren  Download  Abo",
                "27.03.2007 13:45",
            ],
            "Kapitän verliert Prozess um Liegeplatz",
        ),
        # a section, the site's domain and another section after the headline
        (
            [
                "Kapitän verliert Prozess um Liegeplatz - Chronik - beispiel.at › Panorama",
                "beispiel.at",
                "Panorama > Chronik > Österreich",
                "23. Februar 2009, 18:31",
            ],
            "Kapitän verliert Prozess um Liegeplatz",
        ),
        # the tab's title with a date, and a language picker between bars that is no text
        (
            [
                "Kapitän verliert Prozess um Liegeplatz | Germany | BEISPIEL.DE | 04.06.2012",
                "BEISPIEL.DE",
                LANGUAGE_PICKER,
                "GERMANY",
            ],
            "Kapitän verliert Prozess um Liegeplatz",
        ),
        # kicker and headline on their own lines, both in the tab's title
        (
            [
                "Streit am Hafen - Kapitän verliert Prozess um Liegeplatz - Neustrand - beispiel",
                "beispiel.de",
                "Neustrand",
                "Startseite › Neustrand",
                "28.07.2010, 17:33",
                "Streit am Hafen",
            ],
            "Kapitän verliert Prozess um Liegeplatz",
        ),
    ],
)
def test_an_old_pages_tab_title_names_the_printed_headline(head: list[str], headline: str) -> None:
    page = "\n".join([*head, headline, "Von Erika Beispiel", P1, P2, "Datum 04.06.2012"])
    result = clean_text(page)
    assert result.title == headline
    assert result.body.split("\n\n") == [P1, P2]


def test_a_cms_toolbar_on_the_headlines_line_is_cut_off() -> None:
    page = "\n".join(["Lokalbote Online", "Startseite > Lokales",
                      "Markthalle bleibt stehen\tPDF\tDrucken\tE-Mail",
                      "Geschrieben von Erika Beispiel", P1, P2])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Markthalle bleibt stehen"
    assert result.body.split("\n\n") == [P1, P2]
    assert {s.text: str(s.kind) for s in result.segments}["PDF\tDrucken\tE-Mail"] == "share"


def test_a_line_printed_twice_without_a_header_under_it_is_not_the_headline() -> None:
    # the site's name and slogan twice at the top; a subheading also in the contents list
    for top, contents in ((["beispiel - Nachrichten für Deutschland"] * 2, []),
                          ([], ["Auf einen Blick", "Das Wichtigste im Überblick",
                                "So gehen Sie vor", "Häufige Fragen"])):  # fmt: skip
        page = "\n".join([
            "Zum Inhalt springen", *top, "Suche öffnen", "Menü öffnen", "Login", "Nachrichten",
            "Sport", "Leben", "Startseite", "Ratgeber",
            "Markthalle: Was der Umbau für Händler bedeutet", "Von Erika Beispiel",
            "Stand: 29. Oktober 2024", *contents,
            *(["Das Wichtigste im Überblick"] if contents else []), P1, P2,
        ])  # fmt: skip
        assert clean_text(page).title == "Markthalle: Was der Umbau für Händler bedeutet", top


def test_unspaced_breadcrumb_and_a_kicker_a_word_shorter_than_the_headline() -> None:
    page = "\n".join(["BEISPIEL", "Home", "Politik", "Startseite/Unterhaltung/TV/Tanzabend",
                      "Drama beim großen Tanzabend", "Sängerin bricht Live-Show unter Tränen ab",
                      "11.03.2025 - 06:54 Uhr", "Von: Erika Beispiel", P1, P2])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Sängerin bricht Live-Show unter Tränen ab"
    assert kinds(page)["Startseite/Unterhaltung/TV/Tanzabend"] == "breadcrumb"


def test_the_headline_is_under_the_breadcrumb_not_the_sites_slogan_over_its_date() -> None:
    page = "\n".join([
        "Beispielbote Online - Lokales - Nord",
        "Um alle Funktionen dieser Seite nutzen zu können, aktivieren Sie bitte JavaScript in "
        "Ihrem Browser.",
        "BEISPIELBOTE", "Ihre Heimatzeitung im Netz", "Donnerstag, 19. Oktober 2006",
        "Startseite | Lokales | Sport | Kultur | Wirtschaft | Anzeigen | Kontakt",
        "Sie benötigen den Macromedia Flash Player, um diesen Inhalt anzuzeigen. Hier kostenlos "
        "herunterladen.",
        "Sie sind hier: Startseite > Lokales > Nord",
        "Markthalle in Obernbach öffnet wieder", P1, P2,
    ])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Markthalle in Obernbach öffnet wieder"
    assert result.body.split("\n\n") == [P1, P2]


def test_pay_or_okay_prompt_and_teasers_dated_on_a_tuesday_stay_out() -> None:
    page = "\n".join([
        "Beispiel.de: IT-News für Profis",
        "Beispiel.de werbefrei lesen? Jetzt mit Beispiel pur – ohne Werbung und ohne Tracking.",
        "Zustimmen und weiter   Beispiel pur abonnieren",
        "Top-Themen", "Berlin", "Neue U-Bahn-Züge kommen erst im Herbst", "Mi 10.04.24 | 16:55 Uhr",
        "Potsdam", "Garnisonkirche: Streit um Eröffnungsfeier geht weiter",
        "Di 09.04.24 | 19:30 Uhr", "Alle Nachrichten",
        "Markthalle bleibt stehen und wird umgebaut", "Mi 10.04.24 | 17:40 Uhr", P1, P2,
    ])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Markthalle bleibt stehen und wird umgebaut"
    assert result.body.split("\n\n") == [P1, P2]
    assert kinds(page)["Di 09.04.24 | 19:30 Uhr"] != "byline"


NEXT_ARTICLE = [
    "Brücke in Obernbach bleibt bis Ostern gesperrt",
    "Veröffentlicht am 06.03.2024",
    "Von Max Beispiel",
    "Die Brücke über die Lauter bleibt nach einem Gutachten bis Ostern für Autos gesperrt. "
    "Fußgänger dürfen sie auf einem schmalen Steg weiter überqueren, teilte die Stadt mit.",
    "Die Sanierung soll im Sommer beginnen und rund drei Millionen Euro kosten; ein Teil des "
    "Geldes kommt aus einem Förderprogramm des Landes für kommunale Brücken.",
]


@pytest.mark.parametrize(
    "end",
    [
        ["Themen", "Stadtrat", "Markthalle", "Artikel teilen", "Facebook", "WhatsApp"],
        ["Kommentare (23)", "Kommentar verfassen", "Nächster Artikel"],
        ["© Beispiel Verlag GmbH. Alle Rechte vorbehalten.", "Weitere Meldungen aus der Region"],
    ],
)
def test_another_article_loaded_under_the_story_is_not_its_text(end: list[str]) -> None:
    page = "\n".join([
        "Markthalle bleibt stehen und wird umgebaut", "05.03.2024, 17:40 Uhr",
        "Von Erika Beispiel", P1, P2, P3, *end, *NEXT_ARTICLE, "Impressum", "Datenschutz",
    ])  # fmt: skip
    result = clean_text(page)
    assert result.body.split("\n\n") == [P1, P2, P3]


def test_an_e_paper_pages_next_article_is_not_the_storys_text() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", "VON ERIKA BEISPIEL",
                      P1, P2, P3, "Artikel 2 von 4 auf dieser Seite", "OBERNBACH",
                      *NEXT_ARTICLE[:1], *NEXT_ARTICLE[3:]])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3]


def test_the_storys_own_header_after_a_summary_box_and_an_embedded_post_stay() -> None:
    summary = [
        "Darum gehts",
        "Der Stadtrat will die alte Markthalle am Fluss nicht abreißen, sondern umbauen.",
        "Das Land übernimmt nach eigenen Angaben etwa die Hälfte der Kosten des Umbaus.",
    ]
    post = ["Stadt Obernbach", "@obernbach", "Die Lauterbrücke ist ab sofort gesperrt.",
            "7:48 AM · Mar 5, 2024", "Reply", "Copy link"]  # fmt: skip
    page = "\n".join([
        "Markthalle bleibt stehen und wird umgebaut", *summary, "Erika Beispiel",
        "Publiziert 5. März 2024, 06:12", "Kommentare", P1, P2, *post, P3,
    ])  # fmt: skip
    body = clean_text(page).body
    assert P1 in body and P3 in body


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Seite 1 von 3", "navigation"),
        ("Markthalle im Umbau: Weiter auf Seite 2", "navigation"),
        ("Versenden  Drucken  Twitter  Facebook  Mister Wong  del.icio.us  Webnews", "share"),
        ("Artikel drucken | Artikel versenden | Leserbrief schreiben", "share"),
        ("Bookmarken bei: Mister Wong | del.icio.us | Yigg | Webnews", "share"),
        (
            "Die Kommentare von Usern geben nicht notwendigerweise die Meinung der Redaktion "
            "wieder.",
            "footer",
        ),
        (
            "Dieser Eintrag wurde veröffentlicht in Lokales und verschlagwortet mit Feuerwehr, "
            "Unwetter von Redaktion. Setze ein Lesezeichen auf den Permalink.",
            "tags",
        ),  # fmt: skip
        ("Sendung: Antenne Beispiel, 10.04.2024, 16:40 Uhr", "audio_player"),
        ("Beitrag von Erika Beispiel", "byline"),
        ("Die Kommentarfunktion wurde am 11.04.2024, 08:30 Uhr geschlossen.", "comment_form"),
        ("Mehr Nachrichten aus Obernbach lesen Sie hier.", "related_link"),
        (
            "Um alle Funktionen dieser Seite nutzen zu können, aktivieren Sie bitte JavaScript in "
            "Ihrem Browser.",
            "navigation",
        ),  # fmt: skip
    ],
)
def test_furniture_of_older_and_regional_pages(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_a_text_ending_in_an_authors_code_with_an_apostrophe_is_no_caption() -> None:
    update = ("Update: Inzwischen hat sich auch die Bürgermeisterin zu Wort gemeldet. Sie will "
              "die Halle spätestens zum Stadtfest im Juni wieder öffnen. (akl/c't)")  # fmt: skip
    assert kind_in_german_text(update) == "body"


def test_a_multi_page_articles_page_links_and_next_page_title_stay_out() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", "Von Erika Beispiel",
                      P1, P2, "Markthalle im Umbau: Weiter auf Seite 2",
                      "Die Händler: skeptisch, aber nicht ohne Hoffnung", "1", "2", "3",
                      "Nächste Seite", "Artikel teilen",
                      "Hinweis: Für Links auf dieser Seite zahlt der Händler gegebenenfalls eine "
                      "Provision, zum Beispiel für gekennzeichnete Links.",
                      "Kommentieren (63)"])  # fmt: skip
    body = clean_text(page).body
    assert P1 in body and P2 in body
    assert "Seite 2" not in body and "Die Händler: skeptisch" not in body


def test_an_old_forum_and_comment_thread_under_the_text_stay_out() -> None:
    forum = ["Posting 1 bis 25 von 143", "1 | 2 | 3 | >",
             "Die Kommentare von Usern geben nicht notwendigerweise die Meinung der Redaktion "
             "wieder.", "Neues Posting", "BergfexBeispiel", "23.02.2009 18:44", "Völlig richtig",
             "Wer nachts ohne Licht auf der vereisten Bahn fährt, braucht sich über Unfälle "
             "wirklich nicht zu wundern, das war doch absehbar.",
             "Antworten | melden | Bewertung: +42 / -3", "Erika B.", "23.02.2009 18:52",
             "re: Völlig richtig", "Die Bahn ist doch beleuchtet, das steht sogar im Artikel.",
             "Antworten | melden | Bewertung: +8 / -1"]  # fmt: skip
    thread = ["Kommentare (87)", "gartenzwerg_61 schrieb am 08.09.2011 um 11:42 Uhr",
              "Als nächstes kommt die Steuer auf Gartenzwerge. Wetten, dass es so kommt?",
              "Empfehlen (64) | Antworten | Melden",
              "Steuerzahler_Nord schrieb am 08.09.2011 um 12:05 Uhr",
              "Wer sich einen Kaminofen in die Laube stellt, kann auch 150 Euro im Jahr zahlen.",
              "Empfehlen (21) | Antworten | Melden"]  # fmt: skip
    for tail in (forum, thread):
        page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", "Von Erika Beispiel",
                          P1, P2, P3, "Schlagworte",
                          "Markthalle Stadtrat Umbau Obernbach Förderung", *tail])  # fmt: skip
        result = clean_text(page)
        assert result.body.split("\n\n") == [P1, P2, P3], tail[0]
        tags = {s.text: str(s.kind) for s in result.segments}
        assert tags["Markthalle Stadtrat Umbau Obernbach Förderung"] == "tags"


def test_a_caption_over_a_desk_and_photographers_initial_credit() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1,
                      "Die Markthalle am Fluss wurde 1896 gebaut und steht seit acht Jahren leer",
                      "DW/J. Beispiel", P2, P3])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3]


def test_a_teaser_box_and_a_video_box_between_live_entries_stay_out() -> None:
    page = "\n".join([
        "Liveblog", "Sturm über der Küste: Die Lage am Abend", "Stand: 22.12.2023 21:47 Uhr",
        "21:15 Uhr", "Hallig Beispiel: Warften überflutet", P1,
        "Weitere Informationen", "Sturmflut: So funktioniert der Küstenschutz",
        "Deiche, Sperrwerke, Warften: Wie die Küste geschützt wird. mehr",
        "20:32 Uhr", "Bäume auf Gleisen: Bahnstrecke gesperrt", P2,
        "Video", "Sturmflut an der Küste: Bilder aus Beispielhafen", "2 Min",
        "19:48 Uhr", "Feuerwehren im Dauereinsatz", P3,
    ])  # fmt: skip
    body = clean_text(page).body
    assert "Küstenschutz" not in body and "Bilder aus" not in body and "Informationen" not in body
    assert "Bäume auf Gleisen: Bahnstrecke gesperrt" in body and P3 in body


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "An dieser Stelle finden Sie einen externen Inhalt von Datawrapper, der den Artikel "
            "ergänzt.",
            "social_embed",
        ),  # fmt: skip
        (
            "Um diesen Inhalt zu sehen, müssen Sie der Nutzung von Cookies für externe Medien "
            "zustimmen. Dabei werden Daten an Flourish übermittelt.",
            "social_embed",
        ),  # fmt: skip
        (
            "Mit Klick auf „Inhalt laden“ stimme ich zu, dass mir Inhalte von Datawrapper "
            "angezeigt werden.",
            "social_embed",
        ),  # fmt: skip
        ("Inhalt laden", "cookie_notice"),
        ("Hier geht es zur interaktiven Karte mit allen 96 Landkreisen", "related_link"),
        ("Ergebnisse nach Gemeinde – hier geht es zur interaktiven Karte", "related_link"),
        ("aus DER BEISPIEL-SPIEGEL 12/2025", "footer"),
        (
            "Dieser Artikel ist erstmals am 13.03.2025 auf Beispiel24 erschienen. Das Thema ist "
            "auch im Radio zu hören.",
            "footer",
        ),  # fmt: skip
        ("Artikel anhören (7 Minuten)", "audio_player"),
        ("Aus der Serie: Datenlage", "footer"),
        (
            "Der Windpark gehört zu den größten im Land. Bildrechte: MDR/Erika Beispiel",
            "image_caption",
        ),  # fmt: skip
    ],
)
def test_data_journalism_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_a_machine_summary_with_its_vote_stays_out_and_the_newsrooms_box_after_it_stays() -> None:
    ai = ["Artikelzusammenfassung",
          "Die Markthalle wird umgebaut, das Land zahlt die Hälfte. Dies ist ein experimentelles "
          "Tool.", "Fanden Sie die Zusammenfassung hilfreich?"]  # fmt: skip
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", "12.03.2024, 07:15 Uhr",
                      *ai, P1, P2])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2]
    note = ["Artikelzusammenfassung", "Dies ist ein experimentelles KI-Tool. Die Resultate "
            "können unvollständig oder falsch sein."]  # fmt: skip
    box = ["Das Wichtigste in Kürze", "Der Stadtrat will die Markthalle nicht abreißen lassen.",
           "Das Land übernimmt etwa die Hälfte der Kosten.",
           "Die Opposition verlangt Akteneinsicht."]  # fmt: skip
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", "12.03.2024, 07:15 Uhr",
                      *note, *box, P1, P2])  # fmt: skip
    body = clean_text(page).body
    assert "Das Land übernimmt etwa die Hälfte der Kosten." in body
    assert "experimentelles" not in body


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "BEISPIEL ist unabhängig und wird von Lesern unterstützt: Wenn Sie über markierte "
            "Links einkaufen, erhalten wir eventuell eine Provision.",
            "ad_marker",
        ),  # fmt: skip
        (
            "* Wir bekommen eine Vergütung, wenn Du über diesen Link einen Vertrag abschließt.",
            "ad_marker",
        ),  # fmt: skip
        (
            "Mit ** markierte Links sind teilweise Partner-Links: Wenn du hier kaufst, unterstützt "
            "du uns.",
            "ad_marker",
        ),  # fmt: skip
        (
            "Sie kennen ein gutes Gerät, das fehlt? Schreiben Sie es uns in die Kommentare.",
            "comment_prompt",
        ),  # fmt: skip
        ("Hat Dir der Ratgeber geholfen?", "widget"),
        ("Jetzt „Die Beispielvilla“ bei RTL+ streamen", "ad_marker"),
        ("Bilder ansehen", "image_caption"),
        ("Weiterlesen auf beispiel.de: Lebensmittel richtig lagern", "related_link"),
        ("Lese-Tipp: „Die Beispielvilla“: Das sind die Kandidaten", "related_link"),
        ("Alle Infos zu Erika Beispiel im Special bei Beispiel.de", "related_link"),
    ],
)
def test_service_and_celebrity_page_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_service_page_boxes_polls_shop_lists_and_the_authors_box_stay_out() -> None:
    poll = ["Was sagt ihr zu ihren Worten?", "Ich finde es toll, dass sie so offen spricht!",
            "Ehrlich gesagt hätte ich mehr erwartet.", "Ergebnis anzeigen"]  # fmt: skip
    shops = ["Kühlschrankthermometer kaufen**:", "Beispielstore", "Musterladen", "Amazon"]
    related = ["Mehr zu „Die Beispielvilla“", "Die Gewinner der letzten Staffel: So geht es ihnen",
               "Lügendetektor im TV: Wie zuverlässig ist die Maschine wirklich?"]  # fmt: skip
    page = "\n".join([
        "Markthalle bleibt stehen und wird umgebaut", "Erika Beispiel | 21.01.2025, 10:34", P1,
        *poll, P2, *shops, P3, *related, "Erika Beispiel",
        "Erika Beispiel testet seit 2016 Haushaltsgeräte für Beispiel. Im Labor ist sie für "
        "alles zuständig, was einen Stecker hat.",
    ])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3]


def test_a_tabloids_one_line_opening_under_the_header_is_text() -> None:
    page = "\n".join(["Drama beim Tanzabend", "Sängerin bricht Live-Show unter Tränen ab",
                      "11.03.2025 - 06:54 Uhr", "Von: Erika Beispiel",
                      "Diese Szene ging allen ans Herz!", P1, P2])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == ["Diese Szene ging allen ans Herz!", P1, P2]


def test_a_tabloid_headline_of_25_words_over_bullets_and_a_menu_of_two_word_items() -> None:
    headline = ("Reality star Erika Beispiel breaks her silence on her shock exit as she reveals "
                "the 'cruel' message from a co-star that left her in tears")  # fmt: skip
    page = "\n".join([
        "Home", "News", "Showbiz", "Showbiz Archive", "Authors", "Latest Headlines", "Real Life",
        "Login", headline, "Erika, 26, was sent home from the ranch in Sunday's episode",
        "She claims a fellow contestant sent her a 'vile' voice note after the vote",
        "By ANNA BEISPIEL FOR EXAMPLEONLINE", "Published: 16:31 BST, 2 June 2025", E1, E2,
    ])  # fmt: skip
    assert clean_text(page).title == headline


def test_a_headline_with_its_deck_unstopped_under_it_stays_the_headline() -> None:
    page = "\n".join(["Rovers sack their manager just 48 hours after play-off heartbreak",
                      "Rovers have parted company with their manager, two days after the side "
                      "were beaten on penalties in the play-off final at Wembley",
                      "BookmarkShare", "By Anna Beispiel", E1, E2])  # fmt: skip
    assert clean_text(page).title.startswith("Rovers sack their manager")


@pytest.mark.parametrize(
    "head",
    [
        # a phone's notifications copied over the article
        ["Mitteilungen", "Beispiel Nachrichten · jetzt",
         "+++ Eilmeldung +++ Großbrand bei Obernbach – Fenster geschlossen halten",
         "Beispiel Nachrichten · 38 Min.", "Koalition einigt sich auf Rentenpaket",
         "Tippen, um den Artikel zu öffnen"],
        # an aggregator's card
        ["upday", "Top News", "Markthalle: Stadtrat stimmt für den Umbau", "Beispiel · vor 3 Std.",
         "Der Stadtrat will die alte Halle nicht abreißen. Das Land zahlt mit.",
         "Weiterlesen auf beispiel.de"],
        # an app's share view
        ["Geteilt aus der Beispiel App", "Diesen Artikel in der App lesen", "Öffnen"],
        # another story's teaser over the header
        ["Verkehr", "A40 nach Lkw-Unfall voll gesperrt – kilometerlange Staus",
         "Ein Sattelzug hat sich quergestellt. Die Polizei rechnet mit einer Sperrung bis "
         "zum Abend.", "Weiterlesen", "Startseite", "Städte"],
    ],
)  # fmt: skip
def test_other_stories_copied_over_the_header_are_not_the_headline(head: list[str]) -> None:
    page = "\n".join([*head, "Markthalle bleibt stehen und wird umgebaut",
                      "07.03.2025, 18:04 Uhr", "Von Erika Beispiel", P1, P2])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Markthalle bleibt stehen und wird umgebaut"
    assert result.body.split("\n\n") == [P1, P2]


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        (["Startseite Obernbach Verkehr in Obernbach", "Pro & Contra zur geplanten Seilbahn"],
         "Soll Obernbach über den Fluss schweben?"),
        (["Aktuell Politik Briefe an die Herausgeber", "Briefe an die Herausgeber"],
         "Wem gehört der Feldberg?"),
        (["Analyse", "Streit um das Deutschlandticket"], "Ein Ticket als Machtprobe"),
        (["Home/Regional/München", "Nach 41 Jahren hinter dem Tresen"],
         "DER LETZTE WIRT VON GIESING SPERRT ZU"),
    ],
)  # fmt: skip
def test_kickers_and_crumbs_without_separators_over_the_headline(
    head: list[str], headline: str
) -> None:
    page = "\n".join(["Menü", "Suche", *head, headline, "Stand: 21.03.2024 16:52 Uhr", P1, P2])
    assert clean_text(page).title == headline


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "We use your sign-up to provide content in ways you've consented to and to improve our "
            "understanding of you.",
            "newsletter",
        ),  # fmt: skip
        ("Join Example Football's WhatsApp community for the latest news", "share"),
        ("Do you have a story for the Example Showbiz team?", "navigation"),
        ("Tell us which stories we should cover in Cumbria", "navigation"),
        (
            "This external site may contain content that is not suitable for children.",
            "navigation",
        ),  # fmt: skip
        (
            "©Example Newspapers Limited in England No. 679215 Registered office: 1 Example "
            "Street, "
            "London. This service is provided on our Standard Terms and Conditions in accordance "
            "with our Privacy & Cookie Policy.",
            "copyright",
        ),  # fmt: skip
        (
            "Click to subscribe to The Example Daily wherever you get your podcasts",
            "audio_player",
        ),  # fmt: skip
        ("North of England correspondent @annaexample", "byline"),
        (
            "example.ie is the website of Example Broadcasting, Ireland's public service media.",
            "navigation",
        ),  # fmt: skip
    ],
)
def test_british_and_irish_page_furniture(line: str, kind: str) -> None:
    assert kind_in_english_text(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Die Meinung des Autors muss nicht mit der Meinung der Redaktion übereinstimmen.",
            "footer",
        ),  # fmt: skip
        (
            "Hinweis: Ein Standpunkt gibt die persönliche Meinung der Autorin oder des Autors "
            "wieder",
            "footer",
        ),  # fmt: skip
        ("Was meinen Sie? Schreiben Sie uns Ihre Meinung", "comment_prompt"),
        ("Ein Standpunkt von Erika Beispiel", "byline"),
        ("Ein Debattenbeitrag von Erika Beispiel", "byline"),
        ("Ein Thema in der Sendung „Region am Mittag“", "audio_player"),
        ("Artikelrechte erwerben", "share"),
        ("Alle Folgen der Kolumne „Unter uns gesagt“ finden Sie hier", "related_link"),
        (
            "Um Kommentare verfassen zu können, müssen Sie sich anmelden oder registrieren.",
            "comment_form",
        ),  # fmt: skip
        ("Bitte registrieren Sie sich und halten Sie sich an unsere Netiquette.", "comment_form"),
        ("Mehr News finden Sie in unserer brandaktuellen Beispiel.de-App", "navigation"),
        (
            "Hören Sie hier die Audioaufnahme des Artikels: Ein Dorf streitet über Windräder",
            "audio_player",
        ),  # fmt: skip
        ("Ende des Audiobeitrags", "audio_player"),
        ("Diese Audioversion wurde künstlich generiert.", "audio_player"),
        (
            "Die Tankstelle am Mittwochabend: Von hier flüchtete der Täter. Bild © beispiel.de",
            "image_caption",
        ),  # fmt: skip
        (
            "Der Text erschien im Original unter dem Titel „Europe's Soft Underbelly“ und wurde "
            "gekürzt.",
            "credit_line",
        ),  # fmt: skip
    ],
)
def test_opinion_app_and_headline_page_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_captions_in_the_shapes_of_tabloids_apps_and_broadcasters() -> None:
    cases = [
        # a word and a colon, no stop, its credit alone below
        ["Candid: Erika Beispiel, 26, has broken her silence on her exit", "ITV"],
        # the picture's alt text, then the same words with the credit glued on
        ["Die Rauchsäule war noch in 30 Kilometern Entfernung zu sehen.",
         "Die Rauchsäule war noch in 30 Kilometern Entfernung zu sehen.(Foto: Beispiel/dpa)"],
        # the caption with its credit, then again alone
        ["Lauer Sommerabend an der Schlachte: Die Gäste dürfen bis Mitternacht sitzen. Foto: "
         "Erika Beispiel", "Lauer Sommerabend an der Schlachte: Die Gäste dürfen bis Mitternacht "
         "sitzen."],
        # a broadcaster's picture block between two labels
        ["Bildbeitrag", "Bildrechte: BR/Erika Beispiel",
         "Das Gasthaus am Dorfplatz: Seit Herbst war es geschlossen.", "Bildbeitrag", ">"],
    ]  # fmt: skip
    for picture in cases:
        page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", "Von Erika Beispiel",
                          P1, *picture, P2, P3])  # fmt: skip
        assert clean_text(page).body.split("\n\n") == [P1, P2, P3], picture[0]


def test_a_text_source_with_an_editors_initials_is_the_texts_not_a_pictures() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2,
                      "Am Samstag will die Bürgermeisterin als Erste durch die Halle gehen.",
                      "Quelle: BEISPIEL THÜRINGEN/ch"])  # fmt: skip
    assert "Am Samstag will die Bürgermeisterin" in clean_text(page).body
    picture = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1,
                         "Eine Pflegerin begleitet eine Bewohnerin über den Flur des Heims.",
                         "Quelle: Carsten Beispiel/dpa", P2, P3])  # fmt: skip
    assert clean_text(picture).body.split("\n\n") == [P1, P2, P3]


def test_a_debate_pieces_bio_under_its_byline_and_its_poll_stay_out() -> None:
    page = "\n".join([
        "Sollen kleine Gemeinden fusionieren?", "vor 6 Stunden", "Erika Beispiel",
        "Ein Debattenbeitrag von Erika Beispiel",
        "Erika Beispiel war 18 Jahre Bürgermeisterin einer Gemeinde und ist heute Beraterin.",
        P1, P2, "UMFRAGE", "Sollen kleine Gemeinden im Land erneut zusammengelegt werden?",
        "Ja, das spart Geld", "37%", "Nur freiwillig", "29%", "Abstimmen",
    ])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2]


def test_comments_with_a_relative_time_under_each_user_stay_comments() -> None:
    page = "\n".join([
        "Markthalle bleibt stehen und wird umgebaut", "Von Erika Beispiel", P1, P2, P3,
        "Kommentare (12)",
        "Um Kommentare verfassen zu können, müssen Sie sich anmelden oder registrieren.",
        "M. Beispiel vor 2 Stunden",
        "14,8 auf 18,2 Millionen – und das nennt man dann Puffer. Typisch für diese Stadt.",
        "rotkehlchen71 vor 3 Stunden",
        "Immerhin denkt man an die Fledermäuse. Das muss man auch mal loben, finde ich.",
        "Alle Kommentare anzeigen",
    ])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("vor 3 Std.", "dateline"),
        ("Artikel anhören • 5 Minuten", "audio_player"),
        ("Hinweis: Die Kommentarfunktion ist für diesen Artikel deaktiviert.", "comment_form"),
        (
            "Die Beispielstimme auf WhatsApp: Hier gibt es die wichtigsten Nachrichten.",
            "share",
        ),  # fmt: skip
        ("Immer informiert mit der Beispielblatt-App: Jetzt kostenlos herunterladen", "navigation"),
        ("Radio Beispiel ist ein Programm von Beispiel Rundfunk.", "navigation"),
        ("▶ Hier anhören: Die Bürgermeisterin im Gespräch (1:52)", "audio_player"),
        ("Tu as une info? Écris-nous sur WhatsApp ou via notre formulaire.", "navigation"),
        (
            "Stau oder Blitzer gesehen? Kostenlose Staumelder-Hotline: 0800 – 33 44 000",
            "navigation",
        ),  # fmt: skip
    ],
)
def test_regional_papers_and_radio_stations_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_a_stations_traffic_box_and_prize_game_stay_out() -> None:
    page = "\n".join([
        "Markthalle bleibt stehen und wird umgebaut", "Von Erika Beispiel", P1, P2,
        "Beispiel-Verkehr – Stand 14:20 Uhr", "B3 Lahr – Offenburg: Baustelle, Behinderungen",
        "B28 Kehl Richtung Straßburg: Stau auf der Europabrücke",
        "Alle Meldungen im Verkehrsservice",
        "Blitzer", "Herborn, B277 (Dillstraße) – 50 km/h", "Wetzlar, Karl-Kellner-Ring – 50 km/h",
        "Jetzt mitspielen",
        "Das Beispiel-Sommerrätsel – gewinnt jeden Tag 500 Euro! Einfach anrufen, wenn ihr den "
        "Jingle hört.", P3,
    ])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3]


def test_a_paragraph_signed_by_an_agency_and_a_station_is_no_caption() -> None:
    text = (
        "Die Arbeiten sollen im Juli abgeschlossen sein. Die Verkehrsbetriebe teilten mit, "
        "dass die Strecke in den letzten Ferienwochen schneller gebaut werden soll und dass die "
        "Fahrgäste die aktuellen Hinweise in der App finden. (dpa / Radio Beispiel)"
    )
    assert kind_in_german_text(text) == "body"


def test_a_photographers_name_as_source_mid_text_credits_the_caption_over_it() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", "Von Erika Beispiel", P1,
                      "Von der Halle blieben nur die Grundmauern und der Schornstein übrig.",
                      "Quelle: Stefan Beispiel", P2, P3])  # fmt: skip
    assert clean_text(page).body.split("\n\n") == [P1, P2, P3]


def test_an_aggregators_cards_of_source_headline_and_time_are_not_the_header() -> None:
    page = "\n".join([
        "Google News", "Für dich", "Beispielkurier",
        "Markthalle bleibt stehen und wird umgebaut", "Vor 5 Std.", "NDR",
        "Naturschutz: Seeadler-Horst bremst den Umbau der Markthalle", "Vor 3 Std.",
        "Vollständige Berichterstattung ansehen", "Beispielkurier",
        "Markthalle bleibt stehen und wird umgebaut", "Veröffentlicht: 08.04.2025, 07:30 Uhr",
        P1, P2,
    ])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Markthalle bleibt stehen und wird umgebaut"
    assert {s.text: str(s.kind) for s in result.segments}["NDR"] == "related_link"


def test_a_page_quoted_in_an_e_mail_reply_is_read_without_the_reply() -> None:
    page = "\n".join([
        "Danke dir! Lese ich mir heute Abend in Ruhe durch.", "", "Viele Grüße", "Maria", "",
        "Am Fr., 15. März 2024 um 08:12 Uhr schrieb Jens <jens@example.com>:",
        "> Servus zusammen,", ">", "> anbei der Artikel von gestern Abend.", ">", "> Grüße",
        "> Jens", ">", "> Startseite > Bayern", ">",
        "> Markthalle bleibt stehen und wird umgebaut", ">", "> 14. März 2024, 18:07 Uhr", ">",
        f"> {P1}", ">", f"> {P2}",
    ])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Markthalle bleibt stehen und wird umgebaut"
    assert result.body.split("\n\n") == [P1, P2]


def test_a_copy_with_its_html_tags_left_in_reads_as_its_text() -> None:
    page = "\n".join([
        '<span class="kicker">Markthalle</span>',
        "<h1>Markthalle bleibt stehen und wird umgebaut</h1>",
        '<time datetime="2024-03-12T16:45">12.03.2024, 16:45 Uhr</time>',
        f"<p>{P1}</p>", f"<p>{P2}<br>{P3}</p>", "<strong>Wie es weitergeht</strong>",
        f"<p>{P1}</p>",
    ])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Markthalle bleibt stehen und wird umgebaut"
    assert "<" not in result.body and P2 in result.body


def test_an_exporters_fields_name_the_title_and_stay_out_of_the_text() -> None:
    page = "\n".join([
        "id: 3000000211456", "url: https://www.example.at/story/3000000211456/markthalle",
        "source: BEISPIEL", "section: Inland > Wirtschaft", "kicker: Markthalle",
        "title: Markthalle bleibt stehen und wird umgebaut", "author: Erika Beispiel",
        "date: 2024-03-14T10:15:00+01:00", "reading_time: 3 min",
        "image_caption: Die Halle am Fluss wird seit 2021 saniert.", "tags: Markthalle, Stadtrat",
        "", P1, P2,
    ])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Markthalle bleibt stehen und wird umgebaut"
    assert result.body.split("\n\n") == [P1, P2]


def test_austrian_and_swiss_portals_video_boxes_and_agency_bylines() -> None:
    page = "\n".join([
        "Markthalle bleibt stehen und wird umgebaut", "vor 5 Stunden", "Keystone-SDA", P1,
        "Video", "Mobile Hochwasserwände für die Markthalle", "NÖ heute, 22.4.2025", P2,
        "Das Video wird geladen ...",
        "Stadtrat Beispiel und Bauleiterin Eva Beispiel im Interview. (Quelle: Beispiel.at)",
        "TV Beispiel", "03:24", "Kritik von Hauseigentümern", P3,
    ])  # fmt: skip
    result = clean_text(page)
    assert result.body.split("\n\n") == [P1, P2, "Kritik von Hauseigentümern", P3]
    assert {s.text: str(s.kind) for s in result.segments}["Keystone-SDA"] == "byline"


def test_a_breadcrumb_ending_in_the_headline_over_it_is_not_the_title() -> None:
    headline = "E-Rezept: App-Anbieter Beispiel stellt Betrieb zum 30. Juni ein"
    page = "\n".join(["beispiel online", f"beispiel online > News > 2024 > KW 20 > {headline}",
                      headline, "14.05.2024 11:32 Uhr", "In Pocket speichern", P1, P2])  # fmt: skip
    result = clean_text(page)
    assert result.title == headline
    assert result.body.split("\n\n") == [P1, P2]


def test_an_articles_own_schedule_under_its_lead_in_is_text_not_a_dated_list() -> None:
    schedule = ["Die Programmpunkte im Überblick:", "Freitag, 20. Juni",
                "16 Uhr: Eröffnung und Fassbieranstich", "18 Uhr: Beispielband (Hauptbühne)",
                "Samstag, 21. Juni", "11 Uhr: Flohmarkt an der Markthalle",
                "Sonntag, 22. Juni", "10 Uhr: Gottesdienst unter freiem Himmel"]  # fmt: skip
    page = "\n".join(["Markthalle feiert ihr Stadtteilfest", P1, P2, *schedule, P3])
    body = clean_text(page).body
    assert "16 Uhr: Eröffnung und Fassbieranstich" in body and P3 in body


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Weitere Polizeimeldungen aus Obernbach und Umgebung lesen Sie hier.", "related_link"),
        (
            "Noch mehr aktuelle Nachrichten aus dem Kreis finden Sie auf Beispiel.de",
            "related_link",
        ),
        (
            "Mehr News finden Sie in unserer brandneuen Beispiel.de-App, jetzt im verbesserten "
            "Design mit mehr Personalisierungs-Funktionen. Direkt zum Download, mehr "
            "Informationen gibt es hier.",
            "navigation",
        ),  # fmt: skip
        (
            "Dieser Beitrag wurde mithilfe maschineller Unterstützung erstellt und vor der "
            "Veröffentlichung redaktionell geprüft.",
            "credit_line",
        ),  # fmt: skip
        ("Dieser Inhalt wird von Instagram bereitgestellt.", "social_embed"),
        (
            "Wenn Sie „Akzeptieren und weiter“ klicken, stimmen Sie der Verarbeitung Ihrer Daten "
            "durch uns und unsere Partner zu.",
            "cookie_notice",
        ),  # fmt: skip
    ],
)
def test_city_portals_and_network_sites_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Find out what's happening in Examplevillewith free, real-time updates from Patch.",
            "navigation",
        ),  # fmt: skip
        ("Be respectful. This is a space for friendly local discussions.", "navigation"),
        ("Copy article link", "share"),
        ("Submitted by ledger on Wed, 03/13/2024 - 10:15am", "byline"),
        ("Get the Ledger in your mailbox every Wednesday for just $42 a year", "navigation"),
        ("Video above: Barge traffic on the river (station file video)", "footer"),
        (
            "For the latest news, weather, sports, and streaming video, head to Example News 2.",
            "footer",
        ),  # fmt: skip
        (
            "Example Dispatch is part of States Newsroom, a nonprofit news network supported by "
            "grants and a coalition of donors as a public charity. Example Dispatch maintains "
            "editorial independence. Contact the editor for questions. Follow Example Dispatch on "
            "Facebook and Twitter.",
            "footer",
        ),  # fmt: skip
        (
            "Our stories may be republished online or in print under Creative Commons license "
            "CC BY-NC-ND 4.0.",
            "footer",
        ),  # fmt: skip
        ("Example Daily staff photo", "image_credit"),
    ],
)
def test_us_local_news_furniture(line: str, kind: str) -> None:
    assert kind_in_english_text(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Preberite še: Poplave na Koroškem terjale visoko škodo", "related_link"),
        ("Lasi arī: Rīgas satiksme maina kustības sarakstu", "related_link"),
        ("Loe ka: Tallinna sadam sai uue juhi", "related_link"),
        ("Skaitykite taip pat: Vilniuje atidarytas naujas tiltas", "related_link"),
        ("NOZ+ Auch interessant: Warum die Stadt ihre Brücken prüft", "related_link"),
        ("Auch MZ-Leser interessiert: Neue Parkregeln am Bahnhof", "related_link"),
        ("Pamanīji kļūdu? Iezīmē to un spied Ctrl+Enter.", "navigation"),
        ("Oglasno sporočilo", "ad_marker"),
        ("Ljubljana, pred 2 urami | Posodobljeno: pred 30 minutami", "dateline"),
        ("Vážime si vaše súkromie", "cookie_notice"),
        ("A lap sütiket használ a jobb felhasználói élményért.", "cookie_notice"),
        ("Egy teherhajó a kikötőben 2024. május 3-án – Fotó: Kiss Péter / Példa", "image_caption"),
        ("Statybvietė prie Kauno / Jonas Petraitis/ELTA nuotr.", "image_caption"),
        ("Laev Paldiski sadamas. Autor/allikas: Mari Tamm/Näide", "image_caption"),
        ("Nová električka na Račianskej ulici. (Zdroj: TASR – Ján Novák)", "image_caption"),
        ("Źródło zdjęcia: Przykładowa Spółka", "image_credit"),
        ("Editor: A.B.", "byline"),
        ("Toimetaja: Mari Tamm", "byline"),
        ("Distribuie pe:", "share"),
        ("Ugrás a tartalomra", "navigation"),
    ],
)
def test_central_and_eastern_european_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Wie hilfreich findest du diesen Artikel?", "widget"),
        ("Hast du Fragen zum Thema? Schreib sie uns in die Kommentare!", "comment_prompt"),
        ("Tausch dich mit anderen Eltern in unserer Community aus!", "comment_prompt"),
        (
            "Dieser Artikel wurde mithilfe eines KI-Tools übersetzt und redaktionell geprüft.",
            "credit_line",
        ),
        ("Alle 18 Bilder anzeigen", "navigation"),
        ("Mehr Rezepte gibt es auf Instagram. Folge @beispielkueche!", "navigation"),
        ("Quiz: Wie gut kennst du die Regeln im Straßenverkehr?", "related_link"),
        ("Hinweis der Redaktion: Dieser Beitrag wird laufend ergänzt.", "footer"),
        ("Darum gehts", "section_label"),
    ],
)
def test_magazine_and_newsroom_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_a_readers_question_closing_the_text_stays_when_the_text_goes_on() -> None:
    line = (
        "Ihr kennt einen Imbiss, der fehlt? Schreibt sie uns in die Kommentare – wir testen weiter."
    )
    assert kind_in_german_text(line) == "body"


def test_an_affiliate_product_box_leaves_the_text_with_its_heading_price_and_button() -> None:
    box = [
        "Unsere Empfehlung für den Gemüsegarten",
        "Hochbeet aus Lärchenholz, 120 x 60 cm, mit Schneckenkante",
        "★★★★☆ 4,4 (812)",
        "89,99 €",
        "Bei Gartenshop ansehen*",
        "Kompostbehälter, 400 Liter, aus Recyclingkunststoff",
        "★★★★★ 4,8 (1.102)",
        "ab 49,00 €",
        "Zum Angebot bei Baumarkt*",
    ]
    found = kinds("\n".join(["Gartenjahr beginnt früher als gedacht", P1, *box, P2, P3]))
    assert {line: found[line] for line in box} == dict.fromkeys(box, "ad_marker")
    assert found[P2] == "body"


def test_an_app_pitch_with_the_stores_buttons_leaves_the_text() -> None:
    box = [
        "Die neue Beispiel-App",
        "Alle Nachrichten aus Ihrer Region und das E-Paper auf dem Handy.",
        "Jetzt herunterladen",
    ]
    found = kinds("\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, *box, P3]))
    assert {line: found[line] for line in box} == dict.fromkeys(box, "navigation")
    assert found[P2] == "body"


def test_a_box_between_its_screen_reader_marks_is_not_the_text() -> None:
    box = [
        "Weitere Informationen",
        "Verkehrslage im Land",
        "Staus und Baustellen finden Sie in unserem Verkehrsservice.",
        "Ende der weiteren Informationen",
    ]
    found = kinds("\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, *box, P2, P3]))
    assert {line: found[line] for line in box} == dict.fromkeys(box, "related_list")


def test_a_gallery_with_a_button_label_takes_its_title_along() -> None:
    box = ["Fotostrecke ansehen", "Der Umbau der Markthalle in Bildern", "Bild 1 von 12"]
    found = kinds("\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, *box, P2, P3]))
    assert found["Fotostrecke ansehen"] == "navigation"
    assert found["Der Umbau der Markthalle in Bildern"] == "image_caption"


def test_a_related_heading_with_one_teaser_gives_back_the_next_subheading() -> None:
    page = "\n".join([
        "Markthalle bleibt stehen und wird umgebaut", P1,
        "Lesen Sie mehr zum Thema",
        "Stadtrat: Warum die Sanierung teurer wird",
        "Händler bleiben während des Umbaus",
        P2, P3,
    ])  # fmt: skip
    found = kinds(page)
    assert found["Stadtrat: Warum die Sanierung teurer wird"] == "related_list"
    assert found["Händler bleiben während des Umbaus"] == "subheading"


def test_a_headline_of_two_sentences_under_a_breadcrumb_is_the_title() -> None:
    headline = "Tramvaj do Modřan pojede už v létě. Město podepsalo smlouvu s dodavatelem stavby"
    page = "\n".join([
        "Zprávy", "Domácí", "Zahraničí", "Sport",
        "Domů › Praha",
        headline,
        "Stavba potrvá dva roky, omezení dopravy začnou už na jaře.",
        "Jana Nováková",
        "Dopravní podnik podepsal smlouvu s vítězem soutěže na stavbu nové tramvajové trati do "
        "Modřan. Práce začnou v dubnu a mají skončit do konce příštího roku, řekl mluvčí podniku.",
        "Trať bude dlouhá 3,2 kilometru a bude mít pět nových zastávek. Město na stavbu vyčlenilo "
        "více než miliardu korun ze svého rozpočtu a počítá i s penězi z evropských fondů.",
    ])  # fmt: skip
    assert clean_text(page).title == headline


def test_a_breadcrumb_that_ends_in_the_shortened_headline_is_a_breadcrumb() -> None:
    line = "Acasă / Știri / Economie / Prețurile la energie au scăzut în primul trimestru..."
    assert kind_in_german_text(line) == "breadcrumb"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Partager cet article", "share"),
        ("Offrir cet article", "share"),
        ("Deel via e-mail", "share"),
        ("Geef cadeau", "share"),
        ("Gift this article", "share"),
        ("Continuer sans accepter", "cookie_notice"),
        ("Propulsé par Exemple Audio", "audio_player"),
        ("Listen (4 mins)", "audio_player"),
        ("Article rédigé par Exemple Info avec AFP", "byline"),
        ("C.D. avec AFP", "byline"),
        ("Laatste update: 18:31", "dateline"),
        ("Lees verder met Premium", "paywall"),
        ("Ontvang de nieuwsbrief Wetenschap", "newsletter"),
        ("Een versie van dit artikel verscheen ook in de krant van 3 maart 2024", "footer"),
        ("Heb jij een tip over dit nieuws? Stuur het ons via WhatsApp.", "navigation"),
        ("Reageren kan enkel voor abonnees. Meld u aan of word abonnee.", "comment_prompt"),
        ("Kommentare: 3", "comment_prompt"),
        ("Do you like the content of this article?", "widget"),
        ("Related search: harbour, ferries, fares", "tags"),
        ("Unsere Bewertung: 3,5 von 5 Sternen", "widget"),
        ("Video | „Tatort“-Quiz: Wie gut kennen Sie die Kommissare?", "related_link"),
        ("Jetzt bei Beispiel Streaming ansehen*", "ad_marker"),
        ("Source: Example Wire", "credit_line"),
        ("Subscribe to EXAMPLE PLUS to get access to the newspaper and 70 more titles", "paywall"),
        ("Don't miss out on the latest news and information.", "newsletter"),
        ("420 Seiten, 24 Euro", "widget"),
        ("Kai im Hafen bei Niedrigwasser. Ⓒ Foto Hafenamt", "image_caption"),
        ("Ein Kran am Kai im Hafen. — Eva Muster/Beispielblatt", "image_caption"),
        ("Residents queue at a water tanker in the old town. — Staff Photo/File", "image_caption"),
        ("This photo taken March 3 shows cranes at the port.", "image_caption"),
        ("Students leave school early on Monday. —JANA EXAMPLE", "image_caption"),
        ("— K.Muster/Beispielzeitung", "image_credit"),
    ],
)
def test_french_dutch_and_international_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_a_source_line_of_a_teaser_in_a_list_is_not_the_texts_credit() -> None:
    assert kind_in_english_text("Source: Example Wire · 2h ago") != "credit_line"


def test_a_weather_box_in_the_head_is_no_headline_nor_the_articles_update() -> None:
    box = ["28°", "Overcast", "Exampleville, IA (52801)", "Today",
           "Overcast. High 31F. Winds NW at 10 to 15 mph.",
           "Updated: January 10, 2024 @ 11:02 am", "Full Forecast"]  # fmt: skip
    headline = "Harbor bowling alley to close after 58 years as owners cite rising costs"
    page = "\n".join(["Example Times", "Subscribe", *box, "Top Stories", headline,
                      "Jan 9, 2024", E1, E2])  # fmt: skip
    result = clean_text(page)
    assert result.title == headline
    found = {s.text: str(s.kind) for s in result.segments}
    assert {line: found[line] for line in box} == dict.fromkeys(box, "widget")


def test_a_menu_run_together_is_not_title_like() -> None:
    from pipeline.clean import DEFAULT_RULES, _title_like

    menu = "NewsMusicFood & DrinkArtsCannabisBest of ExamplevilleThings to DoClassifieds"
    headline = "McDonald's opens a drive-through on the YouTube campus"  # two glued words
    assert not _title_like(split_lines(menu)[0], DEFAULT_RULES)
    assert _title_like(split_lines(headline)[0], DEFAULT_RULES)


def test_a_list_above_the_headline_stops_at_the_headline_with_its_deck_over_the_byline() -> None:
    headline = "Senate passes bill capping county jail phone call fees at seven cents"
    page = "\n".join([
        "TRENDING:", "Property taxes", "Water quality", "GOVERNMENT",
        headline,
        "Measure heads to House as lawmakers push to adjourn",
        "BY: JANE EXAMPLE - APRIL 17, 2024 7:12 PM",
        E1, E2,
    ])  # fmt: skip
    assert clean_text(page).title == headline


def test_a_kicker_printed_again_in_the_box_under_the_text_is_not_the_headline() -> None:
    page = "\n".join([
        "Startseite", "Literatur",
        "Jana Muster: „Die Marsch“",
        "Ein Dorf, das nicht untergehen will",
        "Von Max Beispiel",
        "12.03.2025",
        P1, P2, P3,
        "Jana Muster: „Die Marsch“",
        "Roman",
        "Beispielverlag, Berlin 2025",
        "368 Seiten, 26 Euro",
    ])  # fmt: skip
    result = clean_text(page)
    assert result.title == "Ein Dorf, das nicht untergehen will"
    found = {s.text: str(s.kind) for s in result.segments}
    assert found["Beispielverlag, Berlin 2025"] == "widget"
    assert found["Roman"] == "widget"


def test_the_paragraph_a_paywall_cuts_off_stays_with_its_subheading() -> None:
    cut = ("Nach Angaben der Ermittler ist der Hauptverdächtige kein Unbekannter. Er wurde schon "
           "einmal in einem Verfahren wegen")  # fmt: skip
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, "Alter Bekannter",
                      cut, "Lees verder met Premium", "Word abonnee"])  # fmt: skip
    found = kinds(page)
    assert found[cut] == "body"
    assert found["Alter Bekannter"] == "subheading"


def test_an_app_heading_and_its_one_line_pitch_at_the_end_of_a_box() -> None:
    found = kinds("\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3,
                             "Download de app van Omroep Voorbeeld",
                             "Blijf op de hoogte van het laatste nieuws uit jouw buurt.",
                             "Omroep Voorbeeld", "Over ons"]))  # fmt: skip
    assert found["Blijf op de hoogte van het laatste nieuws uit jouw buurt."] == "navigation"


def test_a_caption_over_a_bare_agency_credit_over_the_header_is_a_caption() -> None:
    caption = "Reizigers op het station kijken naar de vertrekborden"
    page = "\n".join([
        "Binnenland", "Urenlang geen treinen rond Voorbeeldstad door kapotte bovenleiding",
        caption, "ANP",
        "Geplaatst 14 november 2024 om 07:58",
        "Deel artikel:", "Deel via WhatsApp", "Deel via e-mail", "Kopieer link",
        "Het treinverkeer rond Voorbeeldstad ligt sinds het begin van de ochtendspits "
        "grotendeels stil. Bij het station is rond 06.15 uur een bovenleiding naar beneden "
        "gekomen.",
        "De bovenleiding raakte beschadigd toen een goederentrein met een kapotte stroomafnemer "
        "het emplacement opreed, meldt de spoorbeheerder.",
    ])  # fmt: skip
    assert kinds(page)[caption] == "image_caption"


def test_a_clips_title_under_its_play_label_and_duration_is_the_players() -> None:
    clip = "Drukte op het station na de storing"
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1,
                      "Video afspelen", "01:12", clip, P2, P3])  # fmt: skip
    assert kinds(page)[clip] == "audio_player"


def test_the_papers_name_then_its_date_is_a_dateline() -> None:
    assert kind_in_english_text("Example Daily Herald / 05:30 AM April 08, 2025") == "dateline"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Hopp til innhold", "navigation"),
        ("Siirry pääsisältöön", "navigation"),
        ("Lyt til artiklen", "audio_player"),
        ("Denne artikel er forbeholdt abonnenter", "paywall"),
        ("Prøv 1 måned for 1 kr.", "paywall"),
        ("Har du tips om denne saken?", "navigation"),
        ("Avisen arbeider etter Vær Varsom-plakatens regler", "footer"),
        ("Mynd: Jón Jónsson", "image_credit"),
        ("Kort: Veðurstofa Íslands", "image_credit"),
        ("Escuchar nota", "audio_player"),
        ("Gentileza Bolsa de Ejemplo", "image_credit"),
        ("Sigue el canal de Ejemplo en WhatsApp y recibe las noticias en tu móvil.", "newsletter"),
        ("Regístrese en nuestros boletines y reciba noticias en su correo", "newsletter"),
        ("Le puede interesar: Así avanza el control del incendio en los cerros", "related_link"),
        ("Lea también: ¿Por qué hay tantos incendios este año?", "related_link"),
        ("Läs mer: Så mycket höjs hyran i din kommun i år", "related_link"),
        ("Sede del banco, en la calle de Alcalá de Madrid. ANA PÉREZ GÓMEZ", "image_caption"),
        (
            "Esempio S.p.A. - Sede legale: via Roma 1 - 20100 Milano | Cap. Soc. Euro 1.000",
            "footer",
        ),
        ("(Imagoeconomica)", "image_credit"),
        ("Un mercato a Milano - RIPRODUZIONE RISERVATA", "image_caption"),
        ("3' di lettura", "reading_time"),
        ("Ascolta la versione audio dell'articolo", "audio_player"),
        ("Post su X di Esempio", "social_embed"),
        ("Dichiarazione di accessibilità", "navigation"),
        ("Abbonati a Esempio per continuare a leggere", "paywall"),
    ],
)
def test_nordic_spanish_and_italian_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_a_paragraph_signed_by_an_agencys_desk_initials_stays_text() -> None:
    line = ("The scheme will be run by the ministry with the states, and the first projects are "
            "expected to be approved by September. PTI ABC NSD")  # fmt: skip
    assert kind_in_english_text(line) == "body"


def test_a_menus_item_named_like_a_list_opens_no_list_over_the_headline() -> None:
    headline = "Malmtåg dödade 47 renar på en natt – samebyn kräver stängsel"
    page = "\n".join(["Start", "Senaste nytt", "Inrikes", "Utrikes", "Lokalt", headline, "Dela",
                      "Publicerad 9 december 2024 kl. 07.12", P1, P2])  # fmt: skip
    assert clean_text(page).title == headline


def test_a_list_heading_over_places_and_teasers_still_opens_a_list() -> None:
    page = "\n".join([
        "Verkehr", "Top-Themen", "Berlin", "Neue Züge kommen erst im Herbst",
        "Mi 10.04.24 | 16:55 Uhr",
        "Potsdam", "Streit um die Eröffnungsfeier geht weiter", "Di 09.04.24 | 19:30 Uhr",
        "Markthalle bleibt stehen und wird umgebaut", "Mi 10.04.24 | 17:40 Uhr", P1, P2,
    ])  # fmt: skip
    assert clean_text(page).title == "Markthalle bleibt stehen und wird umgebaut"


def test_the_articles_own_list_of_roads_stays_and_a_traffic_box_goes() -> None:
    roads = ["Diese Strecken sind besonders staugefährdet",
             "A8 München – Salzburg, vor allem zwischen Holzkirchen und dem Irschenberg",
             "A93 Inntaldreieck – Kufstein, wegen der Blockabfertigung"]  # fmt: skip
    found = kinds("\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, *roads, P2, P3]))
    assert "widget" not in [found[line] for line in roads]
    box = ["Verkehr in Bayern", "A9 München Richtung Nürnberg zwischen Allershausen und Kranzberg",
           "A92 Deggendorf Richtung München zwischen Erding und Flughafen"]  # fmt: skip
    found = kinds("\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3, *box]))
    assert [found[line] for line in box[1:]] == ["widget", "widget"]


def test_an_apps_name_over_its_pitch_ending_in_the_download() -> None:
    found = kinds("\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3,
                             "Die Beispiel-Radio App",
                             "Nachrichten aus Ihrer Region aufs Smartphone. Jetzt kostenlos "
                             "herunterladen.", "Impressum"]))  # fmt: skip
    assert found["Die Beispiel-Radio App"] == "navigation"


def test_a_bare_time_under_the_day_is_the_datelines() -> None:
    page = "\n".join(["Inflazione all'1,9% a marzo, pesano energia e alimentari", "31 marzo 2025",
                      "11:20", P1, P2])  # fmt: skip
    assert kinds(page)["11:20"] == "dateline"


def test_a_headline_of_two_open_sentences_under_the_sites_name_is_the_title() -> None:
    headline = ("Liste d'attesa, 7 visite su 10 fuori dai tempi massimi in Calabria. Al Nord va "
                "meglio, ma per una mammografia si aspetta fino a 14 mesi")  # fmt: skip
    page = "\n".join([
        "il Giornale di Esempio", "Politica", "Cronaca", "Salute", headline,
        "Il rapporto sulle prestazioni sanitarie: analizzate oltre 46mila prenotazioni in 19 "
        "regioni. Boom della spesa privata: +9% in un anno",
        "di Mario Rossi | 9 Aprile 2024",
        "Sette visite su dieci prenotate in Calabria superano i tempi massimi previsti dalla "
        "legge, secondo il rapporto presentato oggi a Roma dall'osservatorio civico.",
        "Al Nord la situazione è migliore, ma anche in Lombardia per una mammografia si "
        "aspetta fino a quattordici mesi, denunciano le associazioni dei pazienti.",
    ])  # fmt: skip
    assert clean_text(page).title == headline


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Pular para o conteúdo principal", "navigation"),
        ("Перейти до основного вмісту", "navigation"),
        ("Valorizamos a sua privacidade", "cookie_notice"),
        ("Partilhe", "share"),
        ("Legenda da foto, Moradores usam sacos de areia na praia", "image_caption"),
        ("Crédito, Maria Exemplo/BBC", "image_credit"),
        ("Role, Da BBC News Brasil em Exemplo", "byline"),
        ("Pule Podcast e continue lendo", "navigation"),
        ("Os comentários deste artigo estão reservados a assinantes.", "comment_prompt"),
        ("Os comentários não representam a opinião do jornal", "comment_form"),
        ("Tudo o que acontece na cidade, todas as sextas-feiras no seu email.", "newsletter"),
        ("Assine o Jornal Exemplo e tenha acesso ilimitado", "paywall"),
        ("Jornal Exemplo © 2025 Grupo Exemplo, S.A. Todos os direitos reservados.", "copyright"),
        ("Ouvir o artigo · 4:12", "audio_player"),
        ("Dalsza część artykułu pod materiałem wideo", "ad_marker"),
        ("Pozostało jeszcze 64% artykułu", "paywall"),
        ("Źródło: Przykład, PAP", "credit_line"),
        ("bpi/ mok/", "credit_line"),
        ("WIDEO: Niedźwiedź w centrum miasta", "audio_player"),
        ("Dołącz do nas na Facebooku!", "newsletter"),
        ("Don't miss...", "related_list"),
        ("Get the biggest stories from the Example sent straight to your WhatsApp", "newsletter"),
        ("Audio created using AI assistance", "audio_player"),
        ("Hide Ad", "ad_marker"),
        ("View gallery", "navigation"),
        ("Stay up to date with all the latest news", "newsletter"),
        ("— Cllr Jane Example (@JaneExample) March 8, 2024", "social_embed"),
        ("[EXAMPLE NEWS]", "image_credit"),
        ("ПРОЧИТАЈТЕ ПОВЕЌЕ Мерките против загадувањето доцнат", "related_link"),
        ("Lexo edhe: Bllokohet rruga për shkak të borës", "related_link"),
    ],
)
def test_portuguese_polish_british_and_eastern_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_a_subheading_under_a_gallery_button_stays_text() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1,
                      "Die Halle in Bildern", "1 of 14", "View gallery",
                      "Was sich geändert hat", P2, P3])  # fmt: skip
    assert kinds(page)["Was sich geändert hat"] == "subheading"


def test_a_long_subscription_pitch_under_the_text_is_the_paywalls() -> None:
    pitch = (
        "Você já conhece as vantagens de ser assinante do Exemplo? Além de ter acesso a "
        "reportagens e colunas, você conta com newsletters exclusivas e muito mais."
    )
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3, pitch])
    assert kinds(page)[pitch] in {"paywall", "newsletter"}  # (it offers newsletters too)


def test_a_trending_item_in_a_menu_of_short_items_opens_no_list_over_the_headline() -> None:
    headline = "Hundreds of homes without water after a main bursts beneath a busy road"
    page = "\n".join([
        "News", "Sport", "Marketplace", "Advertise with us", "Trending", "Met Police",
        "Cost of living", headline, "Bookmark", "Share", "By", "Jess Example",
        "14:32, 12 Mar 2024", E1, E2,
    ])  # fmt: skip
    assert clean_text(page).title == headline


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "IE 11 is not supported. For an optimal experience visit our site on another browser.",
            "navigation",
        ),
        (
            "Thank you for visiting example.com. You are using a browser version with limited "
            "support for CSS. To obtain the best experience, we recommend you use a more up to "
            "date browser.",
            "navigation",
        ),
        ("Save this story", "share"),
        ("Unsere Quellen und Standards: Die Redaktion berichtet nach ihren Grundsätzen.", "footer"),
        ("Dario Beispiel/Reuters/File", "image_credit"),
        (
            "Residents lined up outside the fire station last week.Credit...Jo Example for The "
            "Example Times",
            "image_caption",
        ),
        ("NEWYou can now listen to Example News articles!", "audio_player"),
        ("CLICK HERE TO GET THE EXAMPLE NEWS APP", "related_link"),
        ("Reuters contributed.", "credit_line"),
        (
            "Associated Press writers Jo Example in Jackson, Mississippi, and Sam Example in "
            "Birmingham, Alabama, contributed to this report.",
            "credit_line",
        ),
        ("Sign up here.", "newsletter"),
        (
            "Your guide to the latest scoops and analysis on the Hill, delivered every weekday.",
            "newsletter",
        ),
        ("Contact me with news and offers from other Example brands", "newsletter"),
        (
            "Example.com is part of Example US Inc, an international media group and leading "
            "digital publisher.",
            "footer",
        ),
        ("Join our Space Forums to keep talking space on the latest missions!", "comment_prompt"),
        ("Embargo note: Findings were released under embargo by the journal.", "footer"),
        ("Nature Catalysis, 2025. DOI: 10.1038/s41929-025-01311-7", "sources"),
        ("2. Example, C., Key, K. & Evans, R. L. Sci. Rep. 9, 8709 (2019).", "sources"),
        (
            "Children in the trial had their hearing checked after one injection. Adobe Stock",
            "image_caption",
        ),
        ("Jo Example is a senior writer at EXAMPLE covering security and privacy.", "author_bio"),
        ("Video Ad Feedback", "ad_marker"),
    ],
)
def test_us_national_tech_and_german_politics_furniture(line: str, kind: str) -> None:
    assert kind_in_english_text(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        # a story about AI is not a credit for AI
        "Two senators are introducing a bill that would make it a crime to use AI-generated "
        "voice clones to impersonate someone in a fraud scheme.",
        # a tip in the text is not a newsletter's pitch
        "Travelers can check flight status through their airline's app and sign up for text "
        "alerts, experts say.",
        # a full citation with its authors, as a press release gives it, is its text
        "Example-Dorn M, Yilmaz S, Hallmann G et al. Registry Research 2025; DOI: "
        "10.5555/cvrr.2025.3391",
    ],
)
def test_sentences_that_only_look_like_furniture_stay_text(line: str) -> None:
    assert kind_in_english_text(line) in {"body", "subheading"}


def test_a_name_over_the_house_in_capitals_is_the_byline() -> None:
    page = "\n".join(["Ferry terminal to stay open all winter", "Kendra Example", "EXAMPLE TODAY",
                      E1, E2, E2.replace("two", "six")])  # fmt: skip
    found = kinds(page)
    assert found["Kendra Example"] == found["EXAMPLE TODAY"] == "byline"


def test_a_bio_under_its_authors_name_opening_with_the_first_name() -> None:
    bio = "Rhea covers robotics, climate hardware and industrial tech for Example."
    page = "\n".join(["Ferry terminal to stay open all winter", E1, E2, E2.replace("two", "six"),
                      E1.replace("Tuesday", "Monday"), "Rhea Example", "Hardware Reporter", bio,
                      "Most Popular"])  # fmt: skip
    assert kinds(page)[bio] == "author_bio"


def test_a_profiles_name_over_its_paragraph_stays_text() -> None:
    # a candidate's portrait: the name as a subheading, and what she is, not a journalist's bio
    text = "Anna Example ist 45 Jahre alt und arbeitet als Ärztin in der Kreisstadt."
    page = "\n".join(["Die Kandidaten im Überblick", P1, "Anna Example", text, P2, P3])
    assert kinds(page)[text] == "body"


def test_a_name_and_date_line_with_a_comment_count_is_the_dateline() -> None:
    line = "Jo Example – Mar 11, 2025 2:15 PM | 88"
    page = "\n".join(["Engineered enzyme chews through nylon fishing line", line, E1, E2,
                      E2.replace("two", "six")])  # fmt: skip
    assert kinds(page)[line] == "dateline"


def test_a_video_title_between_an_ad_marker_and_its_duration_is_a_caption() -> None:
    title = "See inside the new trains that were supposed to transform the corridor"
    page = "\n".join(["Ferry terminal to stay open all winter", E1, "Video Ad Feedback", title,
                      "01:52 - Source: Example", E2, E2.replace("two", "six")])  # fmt: skip
    assert kinds(page)[title] == "image_caption"


def test_tags_in_one_comma_separated_line_under_their_heading() -> None:
    tags = "Example Ventures, Fundraising, Hardware, infrastructure, Robotics, Startups"
    page = "\n".join(["Ferry terminal to stay open all winter", E1, E2,
                      E2.replace("two", "six"), "Topics", tags, "Jo Example"])  # fmt: skip
    assert kinds(page)[tags] == "tags"


def test_a_consent_dialog_asking_for_agreement_over_the_headline() -> None:
    consent = (
        "Wir und unsere Partner benötigen Ihre Zustimmung (Klick auf „Alle akzeptieren“) bei "
        "ausgewählten Diensten für die Speicherung und/oder den Abruf von Informationen auf "
        "Ihrem Gerät. Weitere Informationen in der Datenschutzerklärung."
    )
    page = "\n".join(["Abo | Login", consent, "Alle akzeptieren | Einstellungen oder ablehnen",
                      "Markthalle bleibt stehen und wird umgebaut", P1, P2, P3])  # fmt: skip
    found = kinds(page)
    assert found[consent] == "cookie_notice"
    assert found["Markthalle bleibt stehen und wird umgebaut"] == "title"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Alle akzeptieren | Einstellungen oder ablehnen", "cookie_notice"),
        ("Externer Inhalt: Hier finden Sie einen Inhalt von Datawrapper.", "social_embed"),
        ("Teilen | Feedback | Merken", "share"),
        ("Auf Facebook teilen | Auf X teilen | Per WhatsApp teilen", "share"),
        (
            "Beschreibung des Videos: Die Ministerin verteidigt im Plenum den Entwurf.",
            "image_caption",
        ),
        ("Das Gespräch führte Jana Beispiel", "byline"),
        (
            "Lokaljournalismus braucht Unterstützung: Jetzt Beispiel+ Digital-Abo abschließen.",
            "paywall",
        ),
    ],
)
def test_german_politics_pages_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_a_chinese_page_is_not_read_as_hard_wrapped_and_keeps_its_headline() -> None:
    headline = "我国将新建农村充电桩50万个 县域充电网络实现全覆盖"
    paragraphs = [
        "新华社北京4月8日电 记者8日从国家发展改革委获悉，今年我国将在农村地区新建公共充电桩50万个，"
        "推动县域充电网络实现全覆盖。",
        "国家发展改革委有关负责人介绍，截至今年3月底，全国充电基础设施总数已超过1300万台，"
        "但农村地区覆盖率仍然偏低。",
        "该负责人表示，将加快推进农村电网改造升级，保障充电设施用电需求，并鼓励企业参与建设运营。",
        "业内人士指出，下一步还需统一充电接口和支付方式，推动不同运营商之间互联互通。",
    ]
    page = "\n".join([
        "首页 > 财经 > 正文",
        headline,
        "2025-04-08 10:32:15 来源：新华网",
        *paragraphs,
    ])
    result = clean_text(page)
    assert result.title == headline
    assert all(p in result.body for p in paragraphs)


def test_a_hindi_paragraph_ends_a_related_list() -> None:
    text = (
        "किसान ग्राम पंचायत कार्यालय और सहकारी समितियों से मुफ्त पंजीयन करा सकेंगे। इसके लिए बैंक खाता जरूरी होगा।"
    )
    page = "\n".join([
        "गेहूं खरीदी के लिए पंजीयन शुरू", P1, "ये भी पढ़ें", "मंडी में सरसों के दाम गिरे",
        "ओलावृष्टि से फसल खराब, सर्वे के आदेश", "कहां और कैसे कराएं पंजीयन", text, P2, P3,
    ])  # fmt: skip
    assert kinds(page)[text] == "body"


def test_the_bbc_headline_over_a_labelled_credit_and_caption() -> None:
    headline = "کمبود گاز چرخ صدها کارخانه در اصفهان و مرکزی را متوقف کرد"
    body = [
        "همزمان با طولانی شدن سرمای زمستان و افزایش مصرف خانگی، سهمیه گاز صدها واحد صنعتی در "
        "استان‌های اصفهان و مرکزی قطع شده است و کارگران زیادی بیکار مانده‌اند.",
        "به گفته فعالان صنعتی، این نخستین بار است که محدودیت گاز صنایع تا اواخر اسفند ادامه "
        "پیدا می‌کند و خسارت آن برای کارخانه‌ها سنگین است.",
        "یکی از مدیران یک کارخانه کاشی در حومه اصفهان گفت که تولید این واحد از دو هفته پیش به "
        "طور کامل متوقف شده و حقوق کارگران هم پرداخت نشده است.",
    ]
    page = "\n".join(["اقتصاد", headline, "منبع تصویر، Getty Images",
                      "توضیح تصویر، یک کارخانه فولاد در حاشیه اصفهان", "نویسنده، پریسا نادری",
                      *body])  # fmt: skip
    found = kinds(page)
    assert clean_text(page).title == headline
    assert found["منبع تصویر، Getty Images"] == "image_credit"
    assert found["نویسنده، پریسا نادری"] == "byline"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("تخطي إلى المحتوى الرئيسي", "navigation"),
        ("نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على موقعنا.", "cookie_notice"),
        ("اقرأ أيضا: مزارعو الطماطم في سوس يقتلعون أشجارهم", "related_link"),
        ("שתפו בפייסבוק | שתפו בוואטסאפ | שתפו במייל | 12 תגובות", "share"),
        ("זמן קריאה: 3 דקות", "reading_time"),
        ("Xem thêm: Nhật Bản cho taxi tự lái chạy thử tại Tokyo", "related_link"),
        ("Baca juga: Tumpukan Sampah di Pasar Capai Dua Meter", "related_link"),
        ("หน้าแรก > ภูมิภาค", "breadcrumb"),
        ("シェア | X | Facebook | LINE | リンクをコピー", "share"),
        (
            "기사를 읽어드립니다 Your browser does not support the audio element. 0:00",
            "audio_player",
        ),
        ("【字体：大 中 小】 打印 | 分享到：微信 | 微博", "navigation"),
        (
            "Mới nhất | Thời sự | Góc nhìn | Thế giới | Khoa học công nghệ | Sức khỏe | Thể thao",
            "navigation",
        ),
    ],
)
def test_furniture_of_asian_and_middle_eastern_pages(line: str, kind: str) -> None:
    assert kind_in_english_text(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Ausgabe KW 11/2025 · erschienen am 12.03.25", "dateline"),
        ("Amtsblatt der Gemeinde Beispielbach – Ausgabe 12/2025 (KW 12)", "dateline"),
        ("Ihre lokale Wochenzeitung – jeden Mittwoch kostenlos", "navigation"),
        ("Beispielstadt › Politik vor Ort", "breadcrumb"),
        ("[Schrift größer] [Kontrast] [Leichte Sprache]", "breadcrumb"),
        (
            "Lokales · Vereine & Ehrenamt · Sport · Kultur · Veranstaltungen · Marktplatz",
            "navigation",
        ),
        ("Verfasser: Timo Beispiel (Pressewart SV Beispielbach)", "byline"),
        (
            "Moers-Beispiel · erstellt am 08.03.2025 um 16:42 · zuletzt bearbeitet am 09.03.2025",
            "dateline",
        ),
        ("dpa-AFX/ck/he", "credit_line"),
        ("Kaufen | Verkaufen", "ad_marker"),
        (
            "CFDs sind komplexe Instrumente und gehen wegen der Hebelwirkung mit dem hohen Risiko "
            "einher, schnell Geld zu verlieren.",
            "ad_marker",
        ),
        (
            "Hinweis auf Interessenkonflikte: Der Autor hält keine Positionen in der Aktie.",
            "footer",
        ),
        ("Veröffentlichung der Original-Studie: 21.01.2025 / 18:44 / GMT", "footer"),
        ("Bewertung dieses Artikels", "comment_form"),
        ("Artikel anhören | Merken | Teilen | Drucken | Kommentieren", "share"),
        ("Zum Kursverlauf: DAX 40", "related_link"),
        ("Hinweis: Dieser Artikel wurde mithilfe von KI-Werkzeugen erstellt.", "credit_line"),
        (
            "(Bericht von Jana Beispiel, redigiert von Ole Muster; bei Rückfragen wenden Sie sich "
            "an unsere Redaktion)",
            "credit_line",
        ),
        ("Jetzt 3 Monate für Fr. 1.– lesen", "paywall"),
        ("Blick-Reporter vor Ort: Lena Beispiel und Sara Muster", "byline"),
        ("Aus Regionaljournal Graubünden vom 08.04.2025, 17:30 Uhr.", "audio_player"),
        (
            "Die Kommentarfunktion ist für diesen Artikel geöffnet. Bitte halte dich an unsere "
            "Community-Regeln: keine Beleidigungen.",
            "comment_form",
        ),
        ("Du möchtest kommentieren?", "comment_form"),
        ("Jetzt kostenlos als Vereinsredakteur registrieren", "newsletter"),
        ("« Einsatz 22/2025 | Übersicht | Einsatz 24/2025 »", "navigation"),
        ("Redaktionsschluss für das Amtsblatt ist jeweils dienstags, 12 Uhr.", "footer"),
    ],
)
def test_swiss_finance_and_small_local_pages_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("The audio version of this article is generated by text-to-speech.", "audio_player"),
        ("With files from The Canadian Press", "credit_line"),
        ("CBC's Journalistic Standards and Practices", "footer"),
        ("Example is an independent public media organisation.", "footer"),
        ("6 mins to read", "reading_time"),
        ("Transport Reporter·Example Herald·", "byline"),
        (
            "Welcome to The Example's comment community. Comments have been closed for this "
            "article.",
            "comment_form",
        ),
        ("Commenting on this article has been disabled.", "comment_form"),
        ("This report by The Canadian Press was first published Nov. 21, 2024.", "footer"),
        ("Log in, register or subscribe to save articles for later.", "share"),
        ("Larger text size", "navigation"),
        (
            "The sky turned orange on Monday as smoke drifted east. (Supplied: Kelly Example)",
            "image_caption",
        ),
    ],
)
def test_canadian_australian_and_new_zealand_furniture(line: str, kind: str) -> None:
    assert kind_in_english_text(line) == kind


def test_a_headline_under_its_date_below_the_sites_menus_and_masthead() -> None:
    headline = "Kopfball in der Nachspielzeit: Beispielbach dreht das Spiel in Musterstadt"
    page = "\n".join([
        "Gemeinsam für die Region Beispielkreis und Umgebung",  # the masthead
        "Fußball > Kreisliga A2 > 19. Spieltag", "Vereinsbericht",
        "Verfasser: Timo Beispiel (Pressewart)",
        "Veröffentlicht: So., 16.03.2025 – 21:17 Uhr", "Lesezeit: ca. 3 Minuten", headline,
        "Zuschauer: 140 · Schiedsrichter: Dennis Muster (Beispielstadt)", P1, P2, P3,
    ])  # fmt: skip
    assert clean_text(page).title == headline


def test_a_caption_over_a_bracketed_supplied_credit() -> None:
    caption = "Firefighters watch a spot fire on the eastern flank of the blaze"
    page = "\n".join(["Ferry terminal to stay open all winter", E1, caption,
                      "(Supplied: Kelly Example)", E2, E2.replace("two", "six")])  # fmt: skip
    assert kinds(page)[caption] == "image_caption"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Um Inhalte von Instagram anzuzeigen, benötigen wir deine Zustimmung.", "social_embed"),
        ("Dieser Inhalt kann nicht angezeigt werden", "social_embed"),
        ("Hier findest du Inhalte von TikTok.", "social_embed"),
        ("Instagram öffnen", "social_embed"),
        ("Anzeige | Jetzt bei Amazon", "ad_marker"),
        ("DSDS im Stream: Alle Folgen der Staffel jederzeit auf RTL+", "ad_marker"),
        ("Zur Bildergalerie: Die schönsten Fotos der Taufe", "related_link"),
        ("cl / DPA", "credit_line"),
        ("Dieser Artikel ist Teil unseres Premium-Angebots.", "paywall"),
        ("Erschienen in profil 7/2025", "dateline"),
        ("FALTER 6/25 vom 05.02.2025", "dateline"),
        ("Dieser Artikel ist im FALTER 6/25 erschienen.", "dateline"),
        ("Du willst mitdiskutieren? Bitte melde dich an.", "comment_form"),
    ],
)
def test_celebrity_and_austrian_pages_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("[Listen to this article] 00:00 / 04:12", "audio_player"),
        ("(NAN)", "credit_line"),
        ("— Reuters", "credit_line"),
        (
            "Comments expressed here do not reflect the opinions of Example newspapers.",
            "comment_form",
        ),
        ("Read more on:  zambia", "tags"),
        ("Subscribe to Example24 for R75 per month", "paywall"),
        ("Example24 subscribers can comment on this article.", "comment_form"),
        ("This story first appeared in our weekly Example 168 newspaper.", "footer"),
        ("Support Example: Join our community of Insiders from R25 a month.", "paywall"),
        ("Watch the latest edition of Example Headlines below:", "audio_player"),
        ("Vidéo : Le 12h45 / 2 min. / aujourd'hui à 12:45", "image_caption"),
        ("À LIRE Port de Cotonou : comment l'opérateur a dopé le trafic", "related_link"),
        ("Lire également: La pénurie de logements atteint un nouveau record", "related_link"),
        ("5 min. de lecture", "reading_time"),
        ("Léa Exemple est correspondante du «Temps» à Genève", "author_bio"),
        ("La lecture audio est générée automatiquement.", "audio_player"),
        ("Facebook | X | Courriel | Imprimer", "share"),
        ("PHOTO OLIVIER EXEMPLE, LA PRESSE", "image_credit"),
    ],
)
def test_african_english_and_french_outside_france_furniture(line: str, kind: str) -> None:
    assert kind_in_english_text(line) == kind


def test_a_premium_teaser_between_paragraphs_over_its_button() -> None:
    teaser = "Stern+ Das große Interview: Hartmut Beispiel über das Alter und das Spielen"
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, teaser,
                      "Jetzt mit stern+ lesen", P3])  # fmt: skip
    assert kinds(page)[teaser] == "related_link"


def test_the_last_paragraph_over_a_chart_credit_stays_text() -> None:
    last = ("Bis die ersten Züge rollen, bleibt es bei den Busverbindungen. Während der Bauphase "
            "rechnen die Planer mit Behinderungen.")  # fmt: skip
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3,
                      "Das bedeutet es für Pendler", last, "Grafik: APA"])  # fmt: skip
    assert kinds(page)[last] == "body"


def test_a_caption_under_the_headers_credit() -> None:
    caption = "Un centre de la petite enfance en construction à Sept-Îles, en janvier dernier"
    page = "\n".join(["Places en garderie : les régions éloignées attendront encore",
                      "Lecture : 5 min", "Photo : La Presse canadienne / Karine Exemple", caption,
                      "Partager", E1, E2, E2.replace("two", "six")])  # fmt: skip
    assert kinds(page)[caption] == "image_caption"


def test_a_section_of_the_day_before_the_date_is_a_dateline() -> None:
    line = "General News of Wednesday, 12 March 2025"
    page = "\n".join(["Galamsey operators return to the river", line, E1, E2,
                      E2.replace("two", "six")])  # fmt: skip
    assert kinds(page)[line] == "dateline"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Zum Forum (142 Kommentare)", "comment_prompt"),
        (
            "Bild 1 von 12: Die Königsstadt ist das erste große Gebiet. (Quelle: Beispiel)",
            "image_caption",
        ),
        ("In diesem Artikel sind Partnerlinks enthalten", "ad_marker"),
        ("Artikel anhören (4:12)", "audio_player"),
        ("Bildergalerie (15 Bilder)  |  Teilen  |  Artikel merken  |  54 Kommentare", "share"),
        ("Jana Beispiel, top agrar-Redaktion Berlin", "byline"),
        ("Dieser Artikel ist Teil von top agrar Plus.", "paywall"),
        (
            "Sie lesen ihn, weil Sie registriert sind. Noch kein Abo? Jetzt 4 Wochen top agrar "
            "Plus für 1 € testen",
            "paywall",
        ),
        ("Nur für registrierte Nutzer", "paywall"),
        ("Haberin Devamı", "ad_marker"),
        ("Paylaş: Facebook | X | WhatsApp | Telegram | E-posta | Linki kopyala", "share"),
        (
            "Gerçekleri yazmaya devam edebilmemiz için Beispiel'e abone olun. Destek verin!",
            "paywall",
        ),
        ("▶ VİDEO | Barajda son durum havadan görüntülendi (01:42)", "audio_player"),
        ("[Video] Deprem anı güvenlik kamerasına yansıdı ▶ 00:47", "audio_player"),
        ("Reklamı geç ›", "ad_marker"),
    ],
)
def test_tech_trade_and_turkish_pages_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Gift Article   Share on Facebook   Share on X   Email to a Friend", "share"),
        ("Share this: Click to share on Facebook | Click to share on X | Click to print", "share"),
        (
            "Waves crashed over the seawall during a storm on Jan. 12.Jessica Example/Globe Staff",
            "image_caption",
        ),
        (
            "Children play in the splash pad shortly after it opened. [ DIRK EXAMPLE | Times ]",
            "image_caption",
        ),
        (
            "The warehouse the startup plans to convert into a factory. Courtesy of Example",
            "image_caption",
        ),
        ("Show 27 comments", "comment_prompt"),
        ("Article continues below this ad", "ad_marker"),
        ("This is read by an automated voice. Please report any issues here.", "audio_player"),
        ("You may occasionally receive promotional content from the Example Times.", "newsletter"),
        (
            "Anadolu Agency website contains only a portion of the news stories offered to "
            "subscribers.",
            "footer",
        ),
    ],
)
def test_us_metro_furniture(line: str, kind: str) -> None:
    assert kind_in_english_text(line) == kind


def test_a_headline_under_an_ad_slot_is_no_ad_copy() -> None:
    headline = "Plow crews ran out of salt twice in February and now the city wants more"
    page = "\n".join(["Local | Example City | St. Paul | Politics | Business | Sports | Opinion",
                      "Advertisement", headline, "A committee will weigh a $4.2 million plan.",
                      "By Nora Example", "Published 5:00 AM CST March 6, 2025", E1, E2,
                      E2.replace("two", "six")])  # fmt: skip
    assert clean_text(page).title == headline


def test_a_byline_with_its_update_glued_on_dates_the_page() -> None:
    line = "By Maya Example Globe Staff,Updated March 4, 2025, 6:42 p.m."
    page = "\n".join(["Council approves $38 million seawall bond after residents plead", line,
                      E1, E2, E2.replace("two", "six")])  # fmt: skip
    assert kinds(page)[line] in {"byline", "dateline"}


def test_a_paragraph_signed_with_initials_and_site_stays_text() -> None:
    last = (E2 + " Das Urteil dürfte vor allem Berufstätigen den Weg zu einer Kostenübernahme "
            "erleichtern. © hil/example.de")  # fmt: skip
    page = "\n".join(["Ferry terminal to stay open all winter", E1, E2.replace("two", "six"),
                      last, "Schlagworte: Beispiel · Hilfsmittel"])  # fmt: skip
    assert kinds(page)[last] == "body"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Bild 1 von 3 – Blick auf den Hafen: Hier soll der neue Liegeplatz entstehen.",
            "image_caption",
        ),
        ("– Anzeige –", "ad_marker"),
        ("Die CZ auf WhatsApp – jetzt kostenlos folgen und nichts mehr verpassen!", "newsletter"),
        ("Redakteur Nordfriesland – schreibt über Inseln, Halligen und die Küste.", "author_bio"),
    ],
)
def test_north_german_regional_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Saltar al contenido principal", "navigation"),
        ("Leer en castellano | Llegir en català", "navigation"),
        ("EN DIRECTO | Sigue toda la actualidad de las fiestas", "related_link"),
        (
            "ÚLTIMA HORA  22:45 Reabre el aeropuerto  ·  22:30 Binter cancela 14 vuelos",
            "related_list",
        ),
        ("Souhlasím se všemi   Přizpůsobit", "cookie_notice"),
        (
            "Example.cz a naši partneři zpracovávají údaje o vašem zařízení a chování na webu.",
            "cookie_notice",
        ),
    ],
)
def test_spanish_and_czech_furniture(line: str, kind: str) -> None:
    assert kind_in_english_text(line) == kind


def test_a_cue_before_the_date_in_a_byline_line_makes_it_the_dateline() -> None:
    line = "Vikram Example / TNN / Updated: Mar 12, 2025, 16:24 IST"
    page = "\n".join(["PMC announces staggered water cuts across 14 wards as storage dips", line,
                      E1, E2, E2.replace("two", "six")])  # fmt: skip
    assert kinds(page)[line] == "dateline"


def test_a_title_case_headline_after_a_quoted_kicker_is_no_menu() -> None:
    headline = ("'Earned It The Hard Way': Uncapped Vidarbha Pacer Harshal Example Named In India "
                "A Squad For England Tour")  # fmt: skip
    page = "\n".join(["Home | India | Politics | Movies | Cricket | Business | Lifestyle", headline,
                      E1, "By Example Staff", E2, E2.replace("two", "six")])  # fmt: skip
    assert clean_text(page).title == headline


def test_a_subheading_under_an_empty_ad_slot_stays_text() -> None:
    subheading = "Bürgerbeteiligung als Angebot"
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, "Anzeige", subheading,
                      P3])  # fmt: skip
    assert kinds(page)[subheading] == "subheading"


def test_a_consent_text_working_with_partners_over_the_headline() -> None:
    consent = ("Um Ihnen ein besseres Nutzungserlebnis zu ermöglichen, arbeiten wir mit Partnern "
               "zusammen. Mit einem Klick auf „Akzeptieren“ stimmen Sie dem zu.")  # fmt: skip
    page = "\n".join(["Abo | Login", consent, "Markthalle bleibt stehen und wird umgebaut", P1, P2,
                      P3])  # fmt: skip
    assert kinds(page)[consent] == "cookie_notice"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("▶ Vídeo | Así fue la salida de la carrera popular (01:45)", "audio_player"),
        ("Fotogalerie (9)", "gallery_counter"),
        ("Bildergalerie 14 Bilder", "gallery_counter"),
        ("(With inputs from PTI)", "credit_line"),
        ("(With agency inputs)", "credit_line"),
        (
            "(Except for the headline, this story has not been edited by Example staff and is "
            "published from a syndicated feed.)",
            "credit_line",
        ),
        ("Este contenido ha sido elaborado por la Agencia Ejemplo.", "credit_line"),
        (
            "Catch all the Business News, Market News and Latest News Updates on Example Mint.",
            "navigation",
        ),
        (
            "Get Current Updates on India News, World News, Live Score and Top Headlines",
            "navigation",
        ),
        ("Track Latest News Live on Example.com and get news updates from India", "navigation"),
        ("Explore news from around the world at Example Times.", "navigation"),
        ("Example Wire is now on WhatsApp. Follow our channel for sharp analysis.", "share"),
        ("Follow Us :", "share"),
        ("Sledujte Příklad24 také na Instagramu a v aplikaci.", "share"),
        ("Make a contribution to Independent Journalism", "donation_appeal"),
        ("Support Free & Independent Journalism", "donation_appeal"),
        ("Curated By :", "byline"),
        ("The Example Staff", "byline"),
        ("Mohlo by vás zajímat", "related_list"),
        ("Související", "related_list"),
        ("Další zprávy z regionu", "related_list"),
        ("Přečtěte si také: Automobilky zpomalují kvůli cenám baterií", "related_link"),
        ("Zdroj: Ejemplo, Priklad.cz", "credit_line"),
        ("Dočetli jste zdarma přístupnou část článku.", "paywall"),
        ("Předplaťte si Premium od 49 Kč měsíčně", "paywall"),
        (
            "Celý text je dostupný pouze pro předplatitele Příklad.cz Premium. Předplaťte si "
            "Premium a čtěte bez omezení.",
            "paywall",
        ),
        ("Nejčtenější zprávy týdne každou neděli do vašeho e-mailu. Zdarma.", "newsletter"),
        ("Poslechněte si reportáž Jany Příkladové", "audio_player"),
        ("Přehrát   00:00 / 04:21", "audio_player"),
        ("Přehrát   Autor videa: Petr Příklad", "credit_line"),
        ("Nová hala krajské nemocnice v Jihlavě | Zdroj: KN Jihlava", "image_caption"),
        ("@mestoejemplo · X", "social_embed"),
        ("Vecinos en la plaza mayor durante la fiesta del lunes. LUIS M. EJEMPLO", "image_caption"),
        (
            "Students queue outside the hostel office last week. (Express Photo by Example Name)",
            "image_caption",
        ),
        ("The bridge was closed to traffic on Sunday evening. (Representational)", "image_caption"),
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_spanish_indian_and_czech_furniture_second_look(line: str, kind: str) -> None:
    assert kind_in_english_text(line) == kind


ES_BODY = [
    "La Diputación admitió ayer que las obras del nuevo tramo se retrasarán al menos un año por "
    "las filtraciones de agua detectadas en el túnel durante el invierno.",
    "La diputada de Movilidad explicó en las Juntas Generales que los técnicos estudian ahora "
    "una solución de impermeabilización que encarecerá el proyecto en varios millones.",
    "Los vecinos del barrio, que esperan la estación desde hace una década, reclamaron un "
    "calendario cerrado y una reunión con la empresa adjudicataria antes del verano.",
]


@pytest.mark.parametrize("credit", ["Juan Ejemplo", "Europa Press", "ANA B. EJEMPLO"])
def test_the_lead_pictures_caption_with_its_credit_after_the_last_stop(credit: str) -> None:
    caption = (
        f"Operarios en el frente del túnel, a la altura de la estación, el pasado mes. {credit}"
    )
    page = "\n".join(["Las filtraciones retrasan un año la nueva línea de metro",
                      "Miércoles, 12 de marzo 2025, 07:05", "Guardar   Compartir   Comentar",
                      caption, *ES_BODY])  # fmt: skip
    assert kinds(page)[caption] == "image_caption"


def test_a_standfirst_closing_on_a_capitalised_phrase_stays_text() -> None:
    standfirst = (
        "Die Stadt baut bis 2027 zwölf neue Radwege und streicht dafür Parkplätze. Alle Infos"
    )
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", "12.03.2025, 07:05 Uhr",
                      standfirst, P1, P2, P3])  # fmt: skip
    assert kinds(page)[standfirst] in {"lead", "body"}


def test_the_author_and_place_slash_desk_in_capitals_over_the_date() -> None:
    page = "\n".join(["Las mariscadoras protestan por la nueva norma de la lonja",
                      "La cofradía denuncia que el nuevo sistema obliga a desplazarse al puerto.",
                      "JUAN EJEMPLO", "PUERTO / EL DIARIO", "14 mar 2025", *ES_BODY])  # fmt: skip
    found = kinds(page)
    assert found["PUERTO / EL DIARIO"] == "byline"
    assert found["JUAN EJEMPLO"] not in {"lead", "body", "subheading"}


def test_a_headline_labelled_video_over_its_date_is_the_title() -> None:
    headline = (
        "VIDEO: Chirurgové operovali pacienta na dálku. Robot stál v jiném městě, lékař jinde"
    )
    page = "\n".join(["Příklad24 – Zpravodajství", "Regiony > Kraj", headline,
                      "Publikováno: 15. 1. 2025, 14:32", E1, E2,
                      E2.replace("two", "six")])  # fmt: skip
    assert clean_text(page).title == headline


def test_a_video_title_under_the_headline_stays_a_video_title() -> None:
    headline = "Chirurgové operovali pacienta na dálku, robot stál v jiném městě"
    clip = "VIDEO: Jak operace probíhala a co na ni říkají lékaři z obou nemocnic"
    page = "\n".join([headline, clip, "Publikováno: 15. 1. 2025, 14:32", E1, E2,
                      E2.replace("two", "six")])  # fmt: skip
    assert clean_text(page).title == headline


def test_a_sections_name_from_the_menu_over_the_date_is_not_the_headline() -> None:
    headline = "Přehrada je nejníž od roku 2018. Správce omezí odtok, lodní doprava začne později"
    page = "\n".join(["Zprávy z domova   Svět   Ekonomika   Věda   Kultura   Sport",
                      "Zprávy z domova", "Praha 18:42 5. dubna 2025", headline, E1, E2,
                      E2.replace("two", "six")])  # fmt: skip
    assert clean_text(page).title == headline


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Ihre Privatsphäre ist uns wichtig", "cookie_notice"),
        (
            "Wir und unsere Partner legen Informationen auf Ihrem Gerät ab und werten "
            "Nutzungsdaten aus.",
            "cookie_notice",
        ),
        ("Die Kommentarfunktion wurde für diesen Artikel nicht freigeschaltet.", "comment_form"),
        ("Wissen Sie mehr? Sind Sie betroffen? Schreiben Sie uns.", "navigation"),
        ("Du warst beim Spiel? Lade deine Fotos hoch und werde Beispiel-Reporter!", "navigation"),
        ("Melde dich an, um mitzudiskutieren und anderen zu antworten.", "comment_prompt"),
        ("Zur Autorin: Anna Beispiel schreibt seit 20 Jahren über Theater.", "author_bio"),
        ("Sie haben 45 % des Artikels gelesen.", "paywall"),
        ("Lesen Sie jetzt weiter mit Beispiel Plus", "paywall"),
        ("Sie haben einen Fehler entdeckt? Schreiben Sie unserer Redaktion.", "navigation"),
        ("Rennkalender (Link ist extern)", "related_link"),
        ("Komplette Tabelle anzeigen", "widget"),
        ("Gesamten Ticker anzeigen", "widget"),
        ("1. SV Beispieldorf 24 Spiele 55 Pkt.", "widget"),
        ("vor 4 Std. · Maria Beispiel (Vereinsreporterin)", "byline"),
        ("312 Aufrufe · 3 Kommentare", "share"),
        ("Bildergalerie (24 Fotos) ansehen", "gallery_counter"),
        ("Video | Die Highlights: Beispielstadt gegen Musterhausen | 3 Min", "audio_player"),
        ("Verfügbar bis 09.02.2026", "audio_player"),
        ("Das Spiel im Video: Alle Tore und Highlights bei Beispiel-TV (4:05)", "audio_player"),
        ("Teilen | Feedback senden", "share"),
        (
            "Wir und ausgewählte Partner legen Informationen auf Ihrem Gerät ab und werten "
            "Nutzungsdaten aus.",
            "cookie_notice",
        ),
        (
            "Damit wir Ihnen Inhalte zeigen können, speichern wir und rund 140 Partner "
            "Informationen auf Ihrem Gerät.",
            "cookie_notice",
        ),
        ("Beispiel.de und bis zu 95 Partner verarbeiten Daten.", "cookie_notice"),
        (
            "Sportwetten-Anzeige: Quoten für das Derby 2,05 | 4,10. Teilnahme ab 18 Jahren.",
            "ad_marker",
        ),
        (
            "Sportwetten: Quoten für das Derby. Spielen Sie verantwortungsbewusst, ab 18.",
            "ad_marker",
        ),
        ("Die Beispiel-App – alle Ergebnisse deiner Liga live aufs Handy.", "navigation"),
        (
            "Beispiel1 zeigt am Sonntag ab 22.35 Uhr eine Zusammenfassung des Rennens.",
            "audio_player",
        ),
        ("Read more at The Example Beast:", "related_list"),
        ("Related...", "related_list"),
        ("1.4K Comments", "share"),
        ("Share All sharing options", "share"),
        ("Request Reprint & Licensing", "share"),
        ("Signing up means you accept our Privacy Policy and Terms of Service.", "newsletter"),
        (
            "The chair speaks to reporters on the Hill on Jan. 14. | Tom Example for EXAMPLE",
            "image_caption",
        ),
        ("Aggiornato alle 09:41", "dateline"),
        ("3 min di lettura", "reading_time"),
        ("[Foto] Le transenne del cantiere in via Roma (FotoEsempio)", "image_caption"),
        (
            "La provinciale riaperta con le reti appena installate - Foto Reporter Esempio",
            "image_caption",
        ),
        (
            "[Galleria fotografica] Via Roma, i negozi dietro le transenne   Foto 1 di 8",
            "gallery_counter",
        ),
        (
            "Post Instagram di @esempio_udine · «Ci vediamo in piazza» · Visualizza su Instagram",
            "social_embed",
        ),
        ("Il Secolo Esempio nel tuo smartphone: segui il nostro canale WhatsApp", "share"),
        (
            "Abbonati al Giornale Esempio: accesso illimitato a tutti i contenuti Premium.",
            "paywall",
        ),
        ("Il servizio di Valentina Esempio. Riprese di Andrea Esempio", "credit_line"),
        ("I commenti vengono letti dalla redazione prima di comparire.", "comment_prompt"),
        ("Compartir en Facebook · Compartir en X · Enviar por correo · Comentar", "share"),
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_regional_sports_digital_and_italian_furniture(line: str, kind: str) -> None:
    assert kind_in_english_text(line) == kind


def test_a_scoreline_over_the_match_date_is_no_headline_and_its_kickoff_no_publication() -> None:
    headline = "Beispielstadt entführt drei Punkte aus Musterhausen – Muster trifft doppelt"
    page = "\n".join(["Eishockey > Liga > Musterhausen - Beispielstadt", "Adler Musterhausen 2 : 4 "
                      "Haie Beispielstadt", "22.12.2024, 16:30 Uhr · Beispiel Arena", headline, P1,
                      "Aktualisiert: 22.12.2024 | 19:48 Uhr", P2, P3])  # fmt: skip
    found = clean_text(page)
    assert found.title == headline
    assert kinds(page)["22.12.2024, 16:30 Uhr · Beispiel Arena"] == "widget"


def test_a_tagline_over_the_sites_date_and_menus_is_not_the_headline() -> None:
    headline = (
        "Ztl, da marzo varchi elettronici anche a Veronetta: multe per chi entra senza permesso"
    )
    deck = ("Cinque nuove telecamere tra via XX Settembre e Porta Vescovo. Un mese di "
            "pre-esercizio senza sanzioni, poi scatteranno i verbali.")  # fmt: skip
    page = "\n".join(["L'ESEMPIO", "Il giornale di Verona", "Mercoledì 5 febbraio 2025",
                      "Menu   Cerca   Accedi   ABBONATI",
                      "Verona   Provincia   Lago   Economia   Cultura   Sport", "Cronaca", headline,
                      deck, "Aggiornato: 03.02.2025 11:27", "Francesca Esempio", E1, E2,
                      E2.replace("two", "six")])  # fmt: skip
    assert clean_text(page).title == headline


def test_the_pages_own_date_and_update_under_the_lead_are_no_feed_cards() -> None:
    page = "\n".join(["Nuova diga, il primo cassone posato al largo del porto", E1,
                      "Simone Esempio", "22 gennaio 2025 · 17:05",
                      "Aggiornato 23 gennaio 2025 · 08:12", E2,
                      E2.replace("two", "six")])  # fmt: skip
    assert kinds(page)["22 gennaio 2025 · 17:05"] == "dateline"


def test_reader_comments_signed_by_their_users_are_not_the_article() -> None:
    comments = ["Rheinschiffer_Heinz: Mein Vater ist mitgefahren. Ich schaue mir das sicher an.",
                "Gabi aus Beispielstadt: Schön, dass so etwas nicht im Container landet.",
                "M. Beispiel: Wäre toll, wenn der Katalog auch online erscheint."]  # fmt: skip
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3, "Kommentare (3)",
                      "Diskutieren Sie mit!", *comments])  # fmt: skip
    found = kinds(page)
    assert all(found[c] == "comment_form" for c in comments)


def test_an_events_age_limit_is_no_betting_notice() -> None:
    line = "Die Teilnahme ab 18 Jahren ist kostenlos, eine Anmeldung beim Verein ist nötig."
    assert kind_in_german_text(line) == "body"


def test_a_betting_ads_copy_under_its_legal_line_is_the_ad() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, "Anzeige",
                      "Sportwetten: Quoten ab 1,85 – 18+ | Glücksspiel kann süchtig machen",
                      "Jetzt Wettbonus sichern", "Die Gäste kommen zurück", P2,
                      P3])  # fmt: skip
    assert kinds(page)["Jetzt Wettbonus sichern"] == "ad_marker"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("WEATHER ALERT", "widget"),
        (
            "Wind Advisory for Beispiel lowlands until 8 PM Tuesday. Gusts to 45 mph possible.",
            "widget",
        ),
        ("Weather Alert: Winter Weather Advisory for Example counties until 6 p.m.", "widget"),
        ("Autoplay: Brush fire burning near the canyon, hundreds evacuated", "audio_player"),
        ("Copy Link URL Copied!", "share"),
        ("Watch NBC Example for free, 24/7, wherever you are.", "navigation"),
        ("KEXA is powered by listeners like you.", "donation_appeal"),
        (
            "Contact Example transportation reporter Jordan Example at jordan@example.com.",
            "author_bio",
        ),
        ("Partager sur Facebook · Partager sur X · Envoyer par mail", "share"),
        ("Il vous reste 70 % de l'article à découvrir.", "paywall"),
        ("Cet article est en accès libre", "paywall"),
        ("Vous lisez cet article grâce à votre abonnement. Offrez-le à un proche.", "paywall"),
        ("Ne manquez rien : recevez notre lettre du soir, gratuite.", "newsletter"),
        ("Votre témoignage nous intéresse", "navigation"),
        ("Vous souhaitez réagir ?", "comment_prompt"),
        ("Le post ci-dessous est issu de X", "social_embed"),
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_us_local_stations_and_french_regional_furniture(line: str, kind: str) -> None:
    assert kind_in_english_text(line) == kind


def test_a_weather_report_naming_a_warning_stays_text() -> None:
    line = "A flood warning for the Beispiel River remains in effect until Friday, officials said."
    assert kind_in_english_text(line) == "body"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # Dutch and Flemish pages
        ("Dit artikel is exclusief voor abonnees", "paywall"),
        ("Word abonnee", "paywall"),
        ("Al abonnee? Log in", "paywall"),
        ("Nu de eerste 2 maanden voor €1 per week", "paywall"),
        ("Onbeperkt Premium-artikelen lezen?", "paywall"),
        ("Reageren op dit artikel? Alleen abonnees kunnen reageren.", "comment_prompt"),
        ("Bewaar", "share"),
        ("Zie ook: Zo werkt het nieuwe huurbeleid in de grote steden", "related_link"),
        (
            "Weet jij meer over de brand of heb je beelden? Tip de redactie via WhatsApp",
            "navigation",
        ),
        # Australian and New Zealand pages
        ("Help keep family & friends informed by sharing this article", "share"),
        ("Share this with family and friends", "share"),
        (
            "Get the day's breaking news, entertainment ideas and a long read to enjoy. Sign up to"
            " receive our Evening Edition newsletter.",
            "newsletter",
        ),
        ("Listen to Example Radio News at 6am, 7am, 5pm and 6pm daily.", "navigation"),
        (
            "Example News acknowledges the traditional owners of country throughout Australia.",
            "footer",
        ),  # fmt: skip
        (
            "Commuters queue at the ferry terminal on Monday morning. (ABC Example: Jo Beispiel)",
            "image_caption",
        ),
        (
            "Families wait outside the registry office in the rain. Source: AAP / Lukas Beispiel",
            "image_caption",
        ),
        (
            "Megan Beispiel receives funding from the National Health Research Council.",
            "footer",
        ),
        (
            "Stuff has been here for you since the start. If you value what you read, please"
            " consider making a contribution.",
            "donation_appeal",
        ),
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_dutch_and_australian_furniture(line: str, kind: str) -> None:
    assert kind_in_english_text(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("VN/Beispiel", "image_credit"),
        ("APA / Roland Beispiel", "image_credit"),
        ("VN-Redaktion", "byline"),
        ("Dieser Artikel ist Teil von profil+", "paywall"),
        ("Die Beispieler Zeitung als ePaper", "paywall"),
        ("Lesen Sie die BZ schon ab 22 Uhr am Vorabend – auf allen Geräten.", "paywall"),
        (
            "Alle Artikel auf beispiel.de – 4 Wochen für 0,99 €, danach 12,90 € im Monat.",
            "paywall",
        ),  # fmt: skip
        ("Bereits registriert? Einloggen", "paywall"),
        ("Lesen Sie dazu auch", "related_list"),
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_austrian_and_southern_german_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_a_dutch_dateline_with_its_weekday_and_hour_is_a_dateline() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", "Pieter Beispiel",
                      "Donderdag 6 februari 2025 om 3.00 uur", P1, P2, P3])  # fmt: skip
    assert kinds(page)["Donderdag 6 februari 2025 om 3.00 uur"] == "dateline"


def test_a_sign_off_with_the_day_is_cut_from_the_last_paragraph() -> None:
    last = P3 + " (Markus Beispiel, Sandra Muster, 14.1.2025)"
    cleaned = clean_text("\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, last]))
    assert "14.1.2025" not in cleaned.body and P3 in cleaned.body
    assert {s.text: str(s.kind) for s in cleaned.segments}[
        "(Markus Beispiel, Sandra Muster, 14.1.2025)"
    ] == "byline"


def test_a_caption_over_a_photographer_credit_with_digits_goes() -> None:
    caption = "Die Wucht der Explosion zerstörte den Vorraum der Filiale vollständig."
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, caption,
                      "© News5/Beispiel", P2, P3])  # fmt: skip
    assert kinds(page)[caption] == "image_caption"


def test_an_academic_authors_post_under_the_name_is_a_byline() -> None:
    post = "Associate Professor, Heat and Health Research Group, Example University"
    page = "\n".join(["Ferry terminal to stay open all winter", "Megan Beispiel", post, E1, E2,
                      E2.replace("two", "six")])  # fmt: skip
    assert kinds(page)[post] == "byline"


def test_a_title_under_a_video_label_is_the_clips_not_a_subheading() -> None:
    page = "\n".join(["Ferry terminal to stay open all winter", E1, "Video",
                      "Ferry fares rise for the third time this year", E2,
                      "A new timetable", E2.replace("two", "six")])  # fmt: skip
    found = kinds(page)
    assert found["Ferry fares rise for the third time this year"] == "related_link"
    assert found["A new timetable"] == "subheading"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Kommentarfunktion am 03.02.2025, 22:00 Uhr geschlossen. Wir danken für Ihre Beiträge.",
            "comment_form",
        ),  # fmt: skip
        ("Zum Audio", "audio_player"),
        (
            "Auch lesenswert: Beispielweg: Welche Skulpturen bleiben und welche gehen",
            "related_link",
        ),
        (
            "Beispielstädter Theater vor dem Sparhaushalt: Was den Bühnen droht (SZ+)",
            "related_link",
        ),  # fmt: skip
        (
            "Welche Projekte sollten bleiben? Diskutieren Sie mit – registrierte Nutzer können"
            " unten kommentieren.",
            "comment_prompt",
        ),  # fmt: skip
        ("Kostenlos abonnieren", "newsletter"),
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_eastern_german_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Partagez votre avis : avez-vous trouvé la fête plus fréquentée cette année ?",
            "navigation",
        ),  # fmt: skip
        (
            "Cet article vous a plu ? Retrouvez chaque jour à midi l'essentiel de l'actualité de"
            " Beispielville dans notre lettre d'information.",
            "newsletter",
        ),  # fmt: skip
        (
            "L'Orb à Roquebrun, ce lundi : les galets affleurent. MIDI EXEMPLE - Gilles Beispiel",
            "image_caption",
        ),  # fmt: skip
        ("Voir sur X", "share"),
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_french_regional_furniture_in_the_text(line: str, kind: str) -> None:
    assert kind_in_english_text(line) == kind


def test_an_embedded_posts_text_under_its_handle_and_day_goes() -> None:
    post = "#Feu #Exemple : 380 sapeurs-pompiers engagés. Restez éloignés de la zone."
    handle = "@PompiersExemple · 18 août"
    page = "\n".join(["Ferry terminal to stay open all winter", E1, handle, post, E2,
                      E2.replace("two", "six")])  # fmt: skip
    found = kinds(page)
    assert found[post] == found[handle] == "social_embed"


def test_the_authors_box_under_the_text_goes_with_her_post() -> None:
    bio = ("Journaliste au service des sports, il suit le club depuis 2016 après avoir couvert le"
           " football régional.")  # fmt: skip
    page = "\n".join(["Ferry terminal to stay open all winter", "Romain Beispiel",
                      "14 mars 2025 à 18h42", E1, E2, E2.replace("two", "six"),
                      "Romain Beispiel", bio])  # fmt: skip
    segments = clean_text(page).segments
    assert [str(s.kind) for s in segments if s.text == bio] == ["author_bio"]
    assert str(segments[-2].kind) == "author_bio"  # the name over it


def test_a_name_between_the_lead_and_its_picture_is_the_byline() -> None:
    caption = "Le quai de la gare maritime, mercredi matin. Photo Exemple-Matin / Marc Beispiel"
    page = "\n".join(["Ferry terminal to stay open all winter", E1, "Jean-Baptiste Beispiel",
                      caption, E2, E2.replace("two", "six")])  # fmt: skip
    assert kinds(page)["Jean-Baptiste Beispiel"] == "byline"


def test_a_quoted_subheading_under_a_related_box_is_given_back() -> None:
    quote = "'I can't vote, I can't apply for the job'"
    page = "\n".join(["Ferry terminal to stay open all winter", E1, "READ MORE",
                      "What you need to know about the new ferry timetable for the winter",
                      "Ferry fares rise again as the operator blames fuel prices", quote, E2,
                      E2.replace("two", "six")])  # fmt: skip
    found = kinds(page)
    assert found[quote] == "subheading"
    assert found["Ferry fares rise again as the operator blames fuel prices"] == "related_list"


def test_a_short_subheading_under_a_box_of_a_quiz_and_a_teaser_is_given_back() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, "Auch interessant",
                      "Quiz: Erkennen Sie diese Orte in Beispielhessen?",
                      "Auch Autofahrer betroffen", P2, P3])  # fmt: skip
    assert kinds(page)["Auch Autofahrer betroffen"] == "subheading"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # Swiss pages
        ("Mit der Beispiel-App verpasst du keine Breaking News mehr.", "navigation"),
        (
            "Aktiviere die Push-Mitteilungen in der 20-Beispiel-App und erfahre es als Erste.",
            "navigation",
        ),  # fmt: skip
        ("Folgst du schon Beispiel Minuten auf WhatsApp?", "newsletter"),
        ("Wie findest du die neuen Preise? Diskutiere mit in den Kommentaren.", "comment_prompt"),
        ("(nk/sda)", "credit_line"),
        ("Das könnte dich auch noch interessieren:", "related_list"),
        (
            "Der Morgen-Newsletter der Beispielzeitung: Die wichtigsten Nachrichten und Analysen"
            " aus der Schweiz und der Welt, kompakt und verständlich, werktags um 6 Uhr.",
            "newsletter",
        ),  # fmt: skip
        (
            "Erhalten Sie die wichtigsten Nachrichten aus der Stadt, jeden Werktag am Abend.",
            "newsletter",
        ),  # fmt: skip
        (
            "Unbegrenzter Zugang zu allen Artikeln von Beispielzeitung, inklusive E-Paper und App.",
            "paywall",
        ),  # fmt: skip
        # German magazines
        ("Dieser Artikel erschien in der Beispielwoche 13/2025.", "footer"),
        ("Dieser Text stammt aus der März-Ausgabe des Beispielmagazins", "footer"),
        ("Im Video: Neurologin erklärt, wann Kopfschmerzen gefährlich werden", "related_link"),
        (
            "Beispielwoche Mittelstand: Jeden Dienstag die wichtigsten Entwicklungen für"
            " Unternehmer.",
            "newsletter",
        ),  # fmt: skip
        ("Hier kostenlos anmelden", "newsletter"),
        ("Mehr Wissen auf »Beispiel.de«", "related_list"),
        ("Fotografie: Andreas Beispiel", "image_credit"),
        ("Diesen Artikel anhören", "audio_player"),
        ("Gelesen von Sebastian Beispiel · 14:22", "audio_player"),
        ("Heft bestellen", "paywall"),
        (
            "Ein Apartment im Neubau: Bett, Schreibtisch, Kochnische © Lukas Beispiel für DIE ZEIT",
            "image_caption",
        ),  # fmt: skip
        ("Besuchen Sie beispiel.de wie gewohnt mit Werbung und Tracking", "cookie_notice"),
        (
            "Wenn Sie inhaltliche Anmerkungen zu diesem Artikel haben, können Sie die Redaktion per"
            " E-Mail informieren.",
            "comment_form",
        ),  # fmt: skip
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_swiss_and_magazine_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_a_copyright_notice_is_not_a_caption_closing_on_its_photographer() -> None:
    assert kind_in_german_text("Riproduzione riservata © Messaggero Beispiel") != "image_caption"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # UK pages
        (
            "For the latest on crime in Greater Example, join our WhatsApp community by clicking"
            " here.",
            "share",
        ),  # fmt: skip
        (
            "Our community members are treated to special offers, promotions, and adverts from us.",
            "cookie_notice",
        ),  # fmt: skip
        (
            "Keep up with all the latest news from the UK and around the world by following Example"
            " News",
            "share",
        ),  # fmt: skip
        (
            "Cut through the spin with our weekly round-up of the key political stories",
            "newsletter",
        ),
        (
            "Did you know with a Digital Subscription to The Example, you can get unlimited access"
            " to the website including our premium content.",
            "paywall",
        ),  # fmt: skip
        (
            "The council's headquarters in Glenurquhart Road | Peter Beispiel/Northpix",
            "image_caption",
        ),  # fmt: skip
        (
            "Camden Lock Market, where hundreds of traders operate ( Alamy Stock Photo )",
            "image_caption",
        ),  # fmt: skip
        (
            "The Local Democracy Reporting Service is a BBC-funded public service news agency.",
            "credit_line",
        ),  # fmt: skip
        ("Have your say...", "comment_prompt"),
        # Latin American pages
        (
            "Recibí en tu mail todas las novedades sobre tarifas, transporte y servicios.",
            "newsletter",
        ),  # fmt: skip
        (
            "Suscríbete aquí para recibir directo en tu correo nuestras newsletters sobre noticias"
            " del día, opinión, planes para el fin de semana y mucho más.",
            "newsletter",
        ),  # fmt: skip
        (
            "Los trabajos en el viaducto llevan un avance del 82 por ciento. | Especial",
            "image_caption",
        ),  # fmt: skip
        ("¡Notamos que te gusta estar informado!", "paywall"),
        ("Exclusivo suscriptores", "paywall"),
        (
            "Los comentarios de esta publicación están siendo moderados. Te invitamos a leer las"
            " reglas.",
            "comment_form",
        ),  # fmt: skip
        (
            "Periodista de Prensa Ejemplo con 15 años de experiencia en temas comunitarios.",
            "author_bio",
        ),  # fmt: skip
        ("Te recomendamos", "related_list"),
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_uk_and_latin_american_furniture(line: str, kind: str) -> None:
    assert kind_in_english_text(line) == kind


def test_a_spanish_subheading_opening_with_por_is_not_a_byline() -> None:
    assert kind_in_english_text("Por qué ahora") == "subheading"
    assert kind_in_english_text("Por la redacción") == "byline"


def test_a_sponsored_headline_under_its_label_goes_but_the_next_subheading_stays() -> None:
    page = "\n".join(["Ferry terminal to stay open all winter", E1, "SPONSORED",
                      "Why renters are turning to co-living", "Council 'watching closely'", E2,
                      E2.replace("two", "six")])  # fmt: skip
    found = kinds(page)
    assert found["Why renters are turning to co-living"] == "ad_marker"
    assert found["Council 'watching closely'"] == "subheading"


def test_a_title_under_a_browser_notice_of_a_video_is_the_clips() -> None:
    page = "\n".join(["Ferry terminal to stay open all winter", E1,
                      "Please use Chrome browser for a more accessible video player",
                      "Passengers react to the new timetable", E2,
                      E2.replace("two", "six")])  # fmt: skip
    assert kinds(page)["Passengers react to the new timetable"] == "related_link"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # Brazilian and Portuguese pages
        ("Assinantes podem liberar 7 acessos por dia para conteúdos da Folha.", "paywall"),
        ("Receba no seu email o que de mais importante acontece na economia.", "newsletter"),
        ("Participe do canal do g1 Exemplo no WhatsApp", "share"),
        ("Os comentários são exclusivos para assinantes do Exemplo.", "comment_form"),
        ("Resumo gerado por ferramenta de IA treinada pela redação do Exemplo.", "credit_line"),
        ("Encontrou algum erro nesta matéria? Comunique ao Exemplo.", "navigation"),
        ("Oferecer artigo", "share"),
        ("Apoie o jornalismo. Leia sem limites.", "paywall"),
        ("Assine a partir de 0,18€ por dia.", "paywall"),
        (
            "Saguão do aeroporto; movimento no trimestre foi o maior desde 2019 Imagem: Ana"
            " Beispiel/Agência Exemplo",
            "image_caption",
        ),  # fmt: skip
        ("LEIA MAIS", "related_list"),
        ("Dê sua opinião", "comment_form"),
        # Canadian pages
        ("timer4 min. read", "reading_time"),
        ("Marta Beispiel Toronto Example file photo", "image_credit"),
        (
            "Conversations are opinions of our readers and are subject to the Code of Conduct.",
            "comment_form",
        ),  # fmt: skip
        ("Unlock unlimited digital access to the Example for just $1 per week", "paywall"),
        ("You can save this article by registering for free here.", "paywall"),
        ("This advertisement has not loaded yet, but your article continues below.", "ad_marker"),
        ("L’espace commentaires est fermé.", "comment_form"),
        (
            "By submitting a comment, you accept that Example has the right to reproduce it.",
            "comment_form",
        ),  # fmt: skip
        ("Share this item on X", "share"),
        ("WATCH | Residents describe fleeing as flames crossed the highway:", "related_link"),
        ("Article content", "navigation"),
        ("Recommended from Editorial", "related_list"),
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_portuguese_and_canadian_furniture(line: str, kind: str) -> None:
    assert kind_in_english_text(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Direkt zum Inhalt springen", "navigation"),
        ("Wissenschaftliche Ansprechpartner:", "contact"),
        ("Discover more from Beispielpost", "navigation"),
        (
            "Beispielpost ist ein leserfinanzierter Newsletter aus der Uckermark.",
            "donation_appeal",
        ),  # fmt: skip
        ("Die BZ gibt es jetzt auch auf WhatsApp.", "share"),
        (
            "Mit dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Facebook.",
            "cookie_notice",
        ),  # fmt: skip
        (
            "Wir benötigen Ihre Zustimmung, um den von unserer Redaktion eingebundenen Instagram"
            " Inhalt anzuzeigen. Sie können diesen mit einem Klick anzeigen lassen.",
            "cookie_notice",
        ),  # fmt: skip
        (
            "Polizei Beispielhessen (@Polizei_BH): Kupferkabeldiebstahl an Tram-Baustelle",
            "social_embed",
        ),  # fmt: skip
        ("Danke für 87 Jahre! #schwabing #wirtshaus", "social_embed"),
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_network_and_small_publisher_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_a_box_stops_at_the_content_marker_and_gives_back_its_subheading() -> None:
    page = "\n".join(["Ferry terminal to stay open all winter", E1, "Article content",
                      "Recommended from Editorial",
                      "Opinion: The ferry service is being starved. Riders will pay the price",
                      "Port authority to open its western terminal by the end of 2025",
                      "Article content", "Riders' group calls cuts 'a step backward'", E2,
                      E2.replace("two", "six")])  # fmt: skip
    found = kinds(page)
    assert found["Port authority to open its western terminal by the end of 2025"] == (
        "related_list"
    )
    assert found["Riders' group calls cuts 'a step backward'"] == "subheading"


def test_a_name_and_her_post_between_the_lead_and_the_date_are_the_byline() -> None:
    page = "\n".join(["Ferry terminal to stay open all winter", E1, "Mariana Lobo Beispiel",
                      "Jornalista", "20 maio 2025 19:48", E2,
                      E2.replace("two", "six")])  # fmt: skip
    found = kinds(page)
    assert found["Mariana Lobo Beispiel"] == found["Jornalista"] == "byline"


def test_a_kicker_and_a_headline_between_paragraphs_are_another_storys_teaser() -> None:
    teaser = "Beispielspital will bis 2030 rund 200 Pflegefachleute ausbilden"
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, "Spitalplanung", teaser,
                      "Eröffnung erst 2029", P2, P3])  # fmt: skip
    found = kinds(page)
    assert found["Spitalplanung"] == found[teaser] == "related_link"
    assert found["Eröffnung erst 2029"] == "subheading"


def test_a_box_of_facts_under_its_heading_is_no_teaser() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, "Das Jubiläumsfest",
                      "Termin: Sonnabend, 24. August 2024, 11 bis 22 Uhr, mit Festumzug",
                      "Ort: Kolonie Sonnenwinkel, Beispielstraße 40", P2, P3])  # fmt: skip
    assert kinds(page)["Das Jubiläumsfest"] != "related_link"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Nur technisch notwendige", "cookie_notice"),
        ("We care about your privacy", "cookie_notice"),
        ("The new route begins at the bus station | PICTURE: Sean Beispiel", "image_caption"),
        (
            "Firefighters at the scene on the main road on Monday (Pic: Sean Beispiel)",
            "image_caption",
        ),
        (
            "Sie möchten keine News aus Beispielstadt verpassen? Folgen Sie der Beispielpost Nord"
            " jetzt auch auf WhatsApp.",
            "newsletter",
        ),  # fmt: skip
        (
            "Beispielbote Nord bei WhatsApp: Die wichtigsten Nachrichten direkt auf Ihr Smartphone",
            "newsletter",
        ),  # fmt: skip
        ("Beispiel24-WhatsApp-Channel", "newsletter"),
        (
            "Sie interessieren sich für Nachrichten? Dann sind Sie beim Beispiel24-WhatsApp-Channel"
            " genau richtig.",
            "newsletter",
        ),  # fmt: skip
        (
            "Über dieses Thema berichten wir auch im Beispielradio: Regionalmagazin, 18.05.2024.",
            "audio_player",
        ),  # fmt: skip
        ("Diese Nachricht wurde am 19.03.2024 im Programm Beispielfunk gesendet.", "audio_player"),
        (
            "Der Beispielbote jetzt auch als App: Nachrichten aus der Region immer dabei.",
            "navigation",
        ),
        ("Catch up on the day's top stories from the region. Sent every weekday.", "newsletter"),
        (
            "Sie lesen einen Artikel von Beispielbote PLUS. Danke, dass Sie mit Ihrem Abo"
            " unabhängigen Lokaljournalismus möglich machen.",
            "paywall",
        ),  # fmt: skip
        ("Redactor de Local en Diario Ejemplo, especializado en urbanismo.", "author_bio"),
        (
            "Si te gusta lo que hacemos, ayúdanos a seguir haciéndolo. Sin tu apoyo, Diario"
            " Ejemplo no podría existir.",
            "donation_appeal",
        ),  # fmt: skip
        ("Ejemplo News is a trademark of Example Media Ltd.", "copyright"),
        (
            "Subscribe to the Example Leader digital edition for all the latest news and sport.",
            "paywall",
        ),  # fmt: skip
        (
            "Archivo - Vecinos durante una protesta en la plaza mayor - EUROPA PRESS - Archivo",
            "image_caption",
        ),  # fmt: skip
        ("Vídeo: Las lluvias anegan las calles del centro", "audio_player"),
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_broadcaster_irish_and_spanish_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_an_update_time_in_twelve_hours_under_the_dateline_is_a_dateline() -> None:
    page = "\n".join(["Ferry terminal to stay open all winter", "7.15pm, 14 Mar 2024",
                      "Updated 9.02pm", E1, E2, E2.replace("two", "six")])  # fmt: skip
    assert kinds(page)["Updated 9.02pm"] == "dateline"


def test_the_headline_over_the_lead_pictures_credit_is_the_title() -> None:
    """Dateline and kicker above the headline, the picture's credit right under it."""
    page = "\n".join(["Beispielfunk", "Menü", "Politik", "Do 11.04.24 | 17:05 Uhr", "Ab Juli",
                      "Beispielstadt will Parkgebühren in der Innenstadt fast verdoppeln",
                      "Bild: dpa/Erika Beispiel", P1, P2, P3])  # fmt: skip
    doc = clean_text(page)
    assert doc.title == "Beispielstadt will Parkgebühren in der Innenstadt fast verdoppeln"


def test_a_headline_over_two_decks_and_a_video_caption_beats_the_decks() -> None:
    title = "La Aemet activa el aviso rojo por lluvias en el litoral de Ejemplo"
    page = "\n".join(["Noticias", "Sociedad", title,
                      "Se esperan acumulados de hasta 180 litros por metro cuadrado en 12 horas",
                      "La Generalitat pide evitar los desplazamientos y suspende las clases",
                      "Vídeo: Las lluvias anegan calles de Villaejemplo", "Ejemplo.es / EFE",
                      "Madrid", "04.06.2024 | 14:22", E1, E2])  # fmt: skip
    assert clean_text(page).title == title


def test_a_list_of_other_stories_over_a_kicker_and_headline_is_not_the_title() -> None:
    title = "Nach Pleiten-Serie: Beispielstadt trennt sich von Trainer Muster"
    page = "\n".join(["Fußball", "Bundesliga: Eintracht Beispiel – SV Muster 3:2",
                      "3. Liga: Viktoria Beispiel – SV Ober 0:2",
                      "3. Liga: Preußen Muster – FC Unter 1:1", "3. Liga", title,
                      "Beispiel / SID", "23.03.2025 • 19:07 Uhr", P1, P2, P3])  # fmt: skip
    assert clean_text(page).title == title


def test_a_consent_banners_link_opens_no_list_that_swallows_the_headline() -> None:
    title = "La Guardia Civil desarticula una red que robaba maquinaria en cuatro provincias"
    page = "\n".join(["Ejemplo Press", "Utilizamos cookies propias y de terceros para mejorar"
                      " nuestros servicios.", "Aceptar todo", "Rechazar", "Más información",
                      "Portada", "Nacional", "Internacional", "Economía", "Sociedad", "Deportes",
                      "Cultura", "Sucesos", title,
                      "Archivo - Agentes durante una inspección en una finca - EJEMPLO - Archivo",
                      "Redacción Ejemplo", "Publicado: martes, 27 febrero 2024 13:45",
                      E1, E2])  # fmt: skip
    doc = clean_text(page)
    assert doc.title == title
    assert {str(x.kind) for x in doc.segments if x.text in {"Más información", "Portada"}} == {
        "navigation"
    }


def test_kicker_and_headline_in_one_line_over_a_subheading_are_a_teaser() -> None:
    teaser = "Pflegeheim-Kosten: Eigenanteil steigt auf neuen Höchstwert"
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, teaser,
                      "Ministerium verweist auf Reform", P3])  # fmt: skip
    found = kinds(page)
    assert found[teaser] == "related_link"
    assert found["Ministerium verweist auf Reform"] == "subheading"


def test_one_sentence_over_a_source_under_the_date_is_the_pictures_caption() -> None:
    caption = "Die Eigenanteile in Pflegeheimen steigen seit Jahren – nun auch die Beiträge."
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1,
                      "Datum: 27.02.2024 11:48 Uhr", caption, "Quelle: dpa", P2, P3])  # fmt: skip
    assert kinds(page)[caption] == "image_caption"


def test_the_items_of_an_announced_list_stay_in_the_text() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1,
                      "Der Shuttle hält an vier Stationen:", "Konrad-Beispiel-Platz",
                      "Rathaus Musterdorf", "Obere Beispielstraße", "Rheinweg/Ecke Musterstraße",
                      P2, P3])  # fmt: skip
    found = kinds(page)
    assert found["Obere Beispielstraße"] == found["Rheinweg/Ecke Musterstraße"] == "subheading"


def test_a_caption_printed_again_with_its_photographer_goes() -> None:
    caption = "Fachada del centro de salud de Ejemplo, cerrado desde su finalización"
    page = "\n".join(["La Junta retrasa otra vez la apertura del centro de salud", E1, caption,
                      f"{caption} — Ana Beispiel Muster", E2, E1])  # fmt: skip
    found = kinds(page)
    assert found[caption] == found[f"{caption} — Ana Beispiel Muster"] == "image_caption"


def test_a_headline_extended_after_a_dash_is_no_caption_printed_twice() -> None:
    page = "\n".join(["Beispiel online", "Lücke in Beispiel-NAS erlaubt Übernahme ohne Passwort",
                      "Lücke in Beispiel-NAS erlaubt Übernahme ohne Passwort – Update verfügbar",
                      P1, P2])  # fmt: skip
    assert clean_text(page).title is not None


def test_a_caption_over_its_photographer_and_the_author_under_the_deck() -> None:
    caption = "Vista del paseo marítimo de Villaejemplo en un domingo de julio del año pasado"
    page = "\n".join(["Villaejemplo limitará el acceso en coche al paseo marítimo en verano",
                      "El Ayuntamiento habilitará dos aparcamientos disuasorios y un bus gratuito",
                      caption, "Xavier Beispiel", "Jordi Muster Comas", "Villaejemplo",
                      "23/05/2024 06:00", E1, E2])  # fmt: skip
    found = kinds(page)
    assert found[caption] == "image_caption"
    assert found["Jordi Muster Comas"] == "byline"
    assert found["El Ayuntamiento habilitará dos aparcamientos disuasorios y un bus gratuito"] == (
        "lead"
    )


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Be the first to know", "newsletter"),
        ("Get browser notifications for breaking news, live events and exclusives.", "newsletter"),
        ("Not Now", "newsletter"),
        ("Add Example News on Google", "newsletter"),
        ("Commenter (48)", "comment_prompt"),
        ("Le Quotidien avec AFP", "byline"),
        (
            "Lecture restreinte : votre abonnement n’autorise pas la lecture de cet article",
            "paywall",
        ),
        ("Never miss a story. Start your subscription to The Example.", "paywall"),
        (
            "Lesen Sie alle Beispiel+-Artikel und das Magazin digital. Die ersten 30 Tage"
            " kostenlos, danach 9,99 Euro im Monat.",
            "paywall",
        ),  # fmt: skip
        ("Il Giornale Esempio si regge sui suoi abbonati", "donation_appeal"),
        (
            "Example Watch is a nonprofit newsroom that investigates abuses of power. Sign up to"
            " receive our biggest stories as soon as they are published.",
            "donation_appeal",
        ),  # fmt: skip
        ("Wir sind communityfinanziert und unabhängig von Werbung.", "donation_appeal"),
        (
            "Disclosure: Example University has been a financial supporter of The Example Tribune."
            " Financial supporters play no role in the Tribune's journalism.",
            "donation_appeal",
        ),  # fmt: skip
        ("Sign up for The Brief, The Example Tribune's daily newsletter", "newsletter"),
        (
            "Die wichtigsten Digital-News des Tages, jeden Morgen in deinem Postfach.",
            "newsletter",
        ),  # fmt: skip
        ("Mit Beispiel pur ohne Werbung lesen", "cookie_notice"),
        (
            "Volontari al centro di ascolto della parrocchia di San Esempio / Archivio Caritas",
            "image_caption",
        ),  # fmt: skip
        (
            "Dans l'église de Villexemple, les fidèles gardent leur manteau pendant la messe."
            " Jean-Marc Exemple pour La Croix",
            "image_caption",
        ),  # fmt: skip
        (
            "Le pont de Kerexemple voit passer 11 000 véhicules par jour. | OUEST-FRANCE",
            "image_caption",
        ),  # fmt: skip
        ("A lire aussi : Toulouse : les trottinettes bientôt interdites la nuit", "related_link"),
        ("Mehr Wissen auf Beispiel.de: Moore – die vergessenen Klimaretter", "related_link"),
        ("Produced by ElevenLabs and News Over Audio (NOA) using AI narration.", "audio_player"),
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_american_italian_french_and_business_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "par Lucie Exemple, correspondante à Marseille",
        "Xavier Exemple, envoyé spécial à Bourges et Vierzon",
        "by Jane Roe, Example Watch, and John Doe, The Example Ledger",
    ],
)
def test_bylines_with_a_post_or_a_second_newsroom(line: str) -> None:
    page = "\n".join(["Ferry terminal to stay open all winter", E1, line, "14 March 2024",
                      E2, E2.replace("two", "six")])  # fmt: skip
    assert kinds(page)[line] == "byline"


def test_a_french_range_without_a_comma_is_no_byline() -> None:
    assert kind_in_german_text("De Lyon à Genève") != "byline"


def test_a_list_of_other_stories_under_its_heading_goes() -> None:
    page = "\n".join(["Ferry terminal to stay open all winter", E1, E2,
                      "More Local Reporting Network stories",
                      "A Sheriff Seized Thousands in Cash From Drivers. Few Were Ever Charged.",
                      "Hospitals Sued Patients Over Old Bills. A New Law Has Not Stopped Them.",
                      "Popular Stories", "Trolley tunnel closing for repairs again this weekend",
                      "This cheesesteak shop is closing after 58 years"])  # fmt: skip
    found = kinds(page)
    assert found["A Sheriff Seized Thousands in Cash From Drivers. Few Were Ever Charged."] == (
        "related_list"
    )
    assert found["This cheesesteak shop is closing after 58 years"] == "related_list"


def test_a_headline_of_two_sentences_with_a_full_stop_over_its_deck_and_byline() -> None:
    title = "A block pooled $9,000 to plant its own street trees. Then came the permit."
    page = "\n".join(["The Example Inquirer", "Subscribe", "News", "Sports", "Opinion", "News",
                      title, "Neighbors spent a year raising money for fourteen trees, and the"
                      " city then asked for a permit that costs more than the trees.",
                      "by Kevin Example", "Published Feb. 27, 2025, 5:00 a.m. ET",
                      E1, E2])  # fmt: skip
    assert clean_text(page).title == title


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Beispiel online möchte Ihnen Benachrichtigungen zu den wichtigsten Nachrichten"
            " senden.",
            "newsletter",
        ),  # fmt: skip
        (
            "Push-Nachrichten von Beispiel.de: Verpassen Sie keine Eilmeldung aus Köln.",
            "newsletter",
        ),
        ("Wednesday, Apr 3rd 2024 4PM 11°C 7PM 9°C 5-Day Forecast", "widget"),
        ("Beispielbote Wochenblatt · Ausgabe Buxtehude / Altes Land", "navigation"),
        ("Beispielkanal bruker informasjonskapsler for å forbedre tjenestene.", "cookie_notice"),
        ("Bare nødvendige", "cookie_notice"),
        ("BEISPIEL-Leserreporter: Haben Sie etwas Ähnliches erlebt?", "navigation"),
        (
            "Ihr habt etwas gesehen? Schickt uns eure Fotos und Videos per WhatsApp an die"
            " Redaktion.",
            "navigation",
        ),  # fmt: skip
        ("We pay for your stories! Do you have a story for The Example news desk?", "navigation"),
        (
            "Example Newspapers Limited in England No. 123456 Registered office: 1 Example Street,"
            " London",
            "footer",
        ),  # fmt: skip
        ("Få fuld adgang til Eksempelavisen for 1 kr. den første måned.", "paywall"),
        ("Prova Plus för 1 kr första månaden", "paywall"),
        ("Har du ett tips? Mejla eller ring oss.", "navigation"),
        ("Frederik Eksempel Holm skriver om trafik og klima i hovedstaden.", "author_bio"),
        (
            "Camilla Eksempel Ravn dækker industri og arbejdsmarked for Eksempel Business.",
            "author_bio",
        ),  # fmt: skip
        ("Ingrid Eksempel er journalist i Osloby og skriver om skole og helse.", "author_bio"),
        (
            "Ich schreibe seit 2015 für den Beispielkompass über Vereine, Feste und Menschen.",
            "author_bio",
        ),  # fmt: skip
        ("Praat mee en reageer op dit artikel.", "comment_prompt"),
        ("Lytt til saken", "audio_player"),
        (
            "Über die Inhalte auf BEISPIEL.DE: Unsere Redaktion bearbeitet und ergänzt Meldungen.",
            "navigation",
        ),  # fmt: skip
        (
            "Aktuelle Staus und Blitzer in Beispielstadt findet ihr in unserem Verkehrsservice.",
            "navigation",
        ),  # fmt: skip
        (
            "Melde dich jetzt kostenlos an, um selbst mit eigenen Beiträgen über deine Region zu"
            " berichten.",
            "navigation",
        ),  # fmt: skip
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_tabloid_british_nordic_and_hyperlocal_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Novo Eksempel dækker omkostningerne ved behandlingen af alle patienter i regionen.",
        "Danske Eksempel skriver i en meddelelse, at renten stiger igen i løbet af foråret.",
    ],
)
def test_a_company_that_covers_costs_or_writes_is_no_author(line: str) -> None:
    assert kind_in_german_text(line) != "author_bio"


def test_a_last_paragraph_signed_by_its_agency_is_text() -> None:
    last = "Rättegången väntas inledas i april och är planerad till sex veckor. TT"
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2,
                      "Polisen uppmanar allmänheten att:", "aldrig logga in med BankID,",
                      "lägga på och själv ringa bankens nummer,", last,
                      "Läs mer med Eksempel Plus",
                      "Prova Plus för 1 kr första månaden"])  # fmt: skip
    found = kinds(page)
    assert found[last] == "body"
    assert found["lägga på och själv ringa bankens nummer,"] == "subheading"


def test_a_teaser_ending_in_its_sources_name_is_no_sentence() -> None:
    teaser = "Dengue cases expected to rise in coming months as warmer weather sets in: NEA"
    page = "\n".join(["Ferry terminal to stay open all winter", E1, E2, "Public health",
                      "MORE FROM THE EXAMPLE TIMES", teaser,
                      "Heavy rain floods several roads in the east"])  # fmt: skip
    assert kinds(page)[teaser] == "related_list"


def test_a_ticker_of_other_stories_ends_at_the_breadcrumb() -> None:
    title = "Christkindlesmarkt: Erstmals Pfandautomaten auf dem Friedrichsplatz"
    page = "\n".join(["beispiel-news.de", "Nachrichten aus Beispielstadt und der Region",
                      "Blaulicht-Ticker",
                      "26.11.2024 | 21:40 – Durlach: Küchenbrand in Mehrfamilienhaus",
                      "26.11.2024 | 17:05 – A5 bei Bruchsal: Stau nach Lkw-Panne",
                      "Beispielstadt › Nachrichten › Freizeit", "Beispielstadt", title,
                      "27.11.2024 06:30 | Aktualisiert 27.11.2024 10:12",
                      "Von Moritz Beispiel", P1, P2])  # fmt: skip
    assert clean_text(page).title == title


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Wraz z naszymi partnerami zapisujemy i odczytujemy informacje na Twoim urządzeniu.",
            "cookie_notice",
        ),  # fmt: skip
        ("Twoja prywatność jest dla nas ważna", "cookie_notice"),
        (
            "Společnost Příklad, a.s., a naši partneři ukládají a čtou informace ve vašem"
            " zařízení.",
            "cookie_notice",
        ),  # fmt: skip
        ("Mit Werbung weiterlesen", "cookie_notice"),
        ("Beispiel Online ohne Werbetracking", "cookie_notice"),
        ("Bildbeschreibung: Ein Schulbus an einer Haltestelle im Landkreis", "image_caption"),
        (
            "Dziękujemy, że jesteś z nami. Ten tekst czytasz w ramach prenumeraty cyfrowej.",
            "paywall",
        ),  # fmt: skip
        ("Subskrybuj przyklad.pl i czytaj bez ograniczeń", "paywall"),
        ("Předplaťte si Příklad+ a čtěte všechny články bez omezení.", "paywall"),
        ("Ön Példa360-előfizetőként olvassa ezt a cikket.", "paywall"),
        ("Masz ciekawy temat? Napisz do nas!", "navigation"),
        ("Pisze o zieleni miejskiej, urbanistyce i sprawach dzielnic.", "author_bio"),
        ("Jana Příkladová se v Příkladových zprávách věnuje regionům a venkovu.", "author_bio"),
        ("Dziękujemy, że przeczytałaś/eś nasz artykuł do końca.", "navigation"),
        ("Ha máskor is tudni szeretne, lájkolja a Példa Gazdaság Facebook-oldalát.", "navigation"),
        ("A legfrissebb Példát keresse az újságárusoknál", "navigation"),
        ("A cikk a Példa hetilap 2024/5. számában jelent meg.", "footer"),
        ("Olvasd el: Tavaly többen bicikliztek Budapesten", "related_link"),
        ("Beispielkurier jetzt auch auf WhatsApp – hier abonnieren!", "newsletter"),
        ("For the latest news from the Example Post download our mobile app.", "navigation"),
        (
            "In a time of both misinformation and too much information, quality journalism is"
            " more crucial than ever.",
            "navigation",
        ),  # fmt: skip
        ("By subscribing, you can help us get the story right.", "navigation"),
        ("This is AI generated summarization, which may have errors.", "audio_player"),
        ("LDR is local democracy journalism co-funded by Example Radio.", "navigation"),
        (
            "Visitors walk past a closed lodge in the old district on Dec. 18. | Kyodo",
            "image_caption",
        ),  # fmt: skip
        (
            "Das Wichtigste aus der Region, jederzeit und überall: Hier geht's zur Beispiel-App.",
            "navigation",
        ),  # fmt: skip
        ("BEISPIEL AKTUELL Do 26.06.2025 17:30Uhr 01:24 min", "audio_player"),
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_central_european_asian_and_broadcaster_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_a_chronology_under_a_one_teaser_box_is_the_articles_own() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, "Mehr zum Thema",
                      "Volkstheater: Intendant kündigt überraschend seinen Rückzug an",
                      "Stationen eines Lebens", "1937 in der Au geboren, Lehre als Schriftsetzer",
                      "1961 erstes Engagement am Volkstheater",
                      "1974 Premiere als Brandner Kaspar",
                      "Ein Leben im Viertel", P3])  # fmt: skip
    found = kinds(page)
    assert found["1974 Premiere als Brandner Kaspar"] == "subheading"
    assert found["Volkstheater: Intendant kündigt überraschend seinen Rückzug an"] == (
        "related_list"
    )


def test_read_more_on_a_line_of_its_own_heads_the_next_headline() -> None:
    teaser = "Ceny skupu mleka spadają czwarty miesiąc z rzędu. Rolnicy zapowiadają protesty"
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, "Czytaj więcej", teaser,
                      P2, P3])  # fmt: skip
    assert kinds(page)[teaser] == "related_list"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Cet article vous a plu? Abonnez-vous pour lire tous nos articles dès 1 franc.",
            "paywall",
        ),
        ("Abbonati ora per leggere tutti gli articoli della Gazzetta senza limiti.", "paywall"),
        ("Assinantes podem liberar 5 acessos por dia para conteúdos do Exemplo.", "paywall"),
        ("Zugang zu allen Testergebnissen: Flatrate ab 7,90 € im Monat", "paywall"),
        ("Kaufen mit PayPal, Kreditkarte oder auf Rechnung", "paywall"),
        ("Tu as été témoin de l'accident?", "navigation"),
        ("Envoyez-nous vos photos et vidéos par WhatsApp.", "navigation"),
        ("Hai visto qualcosa? Segnalacelo!", "navigation"),
        ("Seguir a EL EJEMPLO en Google", "newsletter"),
        (
            "Bitte klicke auf den Link in der Bestätigungsmail, um die Anmeldung abzuschließen.",
            "newsletter",
        ),  # fmt: skip
        (
            "Por favor, inicia sesión en El Ejemplo para acceder a los comentarios.",
            "comment_prompt",
        ),
        ("Read comments 12 posts", "comment_prompt"),
        ("Save in Pocket", "share"),
        (
            "Hinweis: Dieser Artikel enthält sogenannte Affiliate-Links. Bei einem Kauf über diese"
            " Links erhält Beispiel.de eine kleine Provision.",
            "ad_marker",
        ),  # fmt: skip
        ("* Preise können sich seit der Veröffentlichung geändert haben.", "ad_marker"),
        ("Ein Test von Marta Beispiel", "byline"),
        ("De Belém (PA) para a BBC News Brasil", "byline"),
        ("Il servizio del Telegiornale (Esempio TV 12.03.2025)", "credit_line"),
        (
            "Die neue Haltestelle am Marktplatz in einer Visualisierung © Stadtwerke Beispiel/Anna"
            " Muster",
            "image_caption",
        ),  # fmt: skip
        ("Das neue Depot am Stadtrand - Créditos: Ana Ejemplo", "image_caption"),
        ("Ti-Press / Marco Esempio", "image_credit"),
        ("Tipress", "image_caption"),
        ("German original: Neue Regeln für den Nahverkehr", "original_title"),
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_swiss_latin_american_and_special_interest_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_a_caption_under_a_credit_line_of_its_own_is_the_pictures() -> None:
    caption = "Die Rauchwolke war im ganzen Tal zu sehen"
    # (a short paragraph over a credit would be taken for its caption)
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2 + " " + P1,
                      "Bild: Feuerwehr Beispielort/Max Muster", caption,
                      "Die Halle wird gerettet", P3])  # fmt: skip
    found = kinds(page)
    assert found[caption] == "image_caption"
    assert found["Die Halle wird gerettet"] == "subheading"


def test_alt_text_repeated_with_the_credit_is_the_caption() -> None:
    alt = "Die Helfer räumten bis in die Nacht den Schutt von der Straße."
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, alt,
                      alt + " IMAGO/Beispielbild", P2, P3])  # fmt: skip
    found = kinds(page)
    assert found[alt] == "image_caption"
    assert found[alt + " IMAGO/Beispielbild"] == "image_caption"


def test_alt_text_under_the_dateline_over_a_credited_caption_is_the_pictures() -> None:
    alt = "Ein Bagger steht vor der alten Halle am Stadtrand."
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, "3. Juni 2025, 12:00 Uhr",
                      alt, "Die Halle soll bis 2027 saniert werden. (Bild: Anna Muster/Beispiel)",
                      P2, P3])  # fmt: skip
    assert kinds(page)[alt] == "image_caption"


def test_a_headline_under_the_desk_over_a_credited_caption_stays_the_headline() -> None:
    headline = "Markthalle bleibt stehen und wird umgebaut"
    page = "\n".join(["REGION / WIRTSCHAFT", headline,
                      "Die Halle soll bis 2027 saniert werden. (Bild: Anna Muster/Beispiel)",
                      P1, P2, P3])  # fmt: skip
    assert kinds(page)[headline] == "title"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("PROČITAJTE VIŠE: Grad od jeseni uvodi nove vrećice za otpad", "related_link"),
        ("Vaš komentar će biti objavljen nakon odobrenja moderatora.", "comment_form"),
        ("Prijavite se na Primer njuzleter i svakog jutra dobijte najvažnije vesti.", "newsletter"),
        ("Ова интернет страница користи колачиће.", "cookie_notice"),
        ("Deli na Facebook | Deli na X | Pošlji po e-pošti", "share"),
        ("Пише: Марија Петровић", "byline"),
        ("Функција, BBC News на српском", "byline"),
        ("Извор слике, Петар Петровић", "image_credit"),
        ("Кључне речи: Ниш, позориште, култура", "tags"),
        ("Članek je na voljo naročnikom.", "paywall"),
        ("Že imate naročnino? Prijava", "paywall"),
        ("Φωτ. ΑΠΕ-ΜΠΕ / Γιώργος Παπαδόπουλος", "image_credit"),
        ("MORE: What to pack for a winter day hike", "related_link"),
        (
            "This archived news story is available only for your personal, non-commercial use.",
            "navigation",
        ),  # fmt: skip
        ("Diese Meldung kann unter Angabe der Quelle frei verwendet werden.", "credit_line"),
        ("Pressemitteilung Nr. 12/25 | Umwelt", "credit_line"),
        (
            "Residents walk along the canal road on Tuesday. (Jane Example, Example.com)",
            "image_caption",
        ),  # fmt: skip
        (
            "Owners could receive up to $40,000 each. | JANE EXAMPLE | Times (2024)",
            "image_caption",
        ),  # fmt: skip
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_south_east_european_institutional_and_north_american_furniture(
    line: str, kind: str
) -> None:
    assert kind_in_german_text(line) == kind


def test_a_bbc_caption_label_alone_leaves_the_headline_over_the_credit() -> None:
    headline = "Warum die Bienen im Frühjahr verhungern"
    caption = "Ein Imker prüft seine Stöcke nach dem Frost"
    page = "\n".join(["Zum Inhalt springen", headline, "Fotoğraf kaynağı, Getty Images",
                      "Fotoğraf altı yazısı,", caption, "Yazan, Deniz Örnek",
                      "4 Şubat 2025", P1, P2, P3])  # fmt: skip
    found = kinds(page)
    assert found[headline] == "title"
    assert found[caption] == "image_caption"


def test_a_name_in_greek_or_cyrillic_beside_the_dateline_is_the_byline() -> None:
    for name in ("Μαρία Παπαδοπούλου", "Мария Петрова"):
        page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, name,
                          "14.03.2025 16:42", P2, P3])  # fmt: skip
        assert kinds(page)[name] == "byline"


def test_a_paragraph_signed_by_the_desk_and_its_agency_is_text() -> None:
    signed = (
        "Bundesweit werden nach Angaben der Nachrichtenagentur jährlich zwischen 30 und 50 "
        "Kirchen aufgegeben, die meisten davon im Westen. (bph/KNA)"
    )
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, signed, P3])
    assert kinds(page)[signed] == "body"


def test_a_headline_closing_on_an_abbreviated_year_is_the_title() -> None:
    headline = "Пловдив срещу жегите: градът ще засади 5000 дървета до 2026 г."
    page = "\n".join(["България", headline, P1, "Мария Петрова", "14.06.2024", P2, P3])
    assert kinds(page)[headline] == "title"


def test_a_local_stations_weather_alert_bar_over_the_headline_is_not_the_headline() -> None:
    headline = "Warm spell forces early scramble to pull fish houses off the lakes"
    bar = (
        "WINTER STORM WARNING: Heavy snow expected north of the metro tonight. Check the forecast."
    )
    page = "\n".join(["Local News", bar, headline, "Updated on: March 12, 2025 / 5:42 PM CDT",
                      E1, E2, E2.replace("two", "six")])  # fmt: skip
    found = kinds(page)
    assert found[bar] == "navigation"
    assert found[headline] == "title"


def test_a_turkish_creation_line_is_a_dateline() -> None:
    created = "Oluşturulma Tarihi: Kasım 04, 2025 08:17"
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, created,
                      "Güncelleme Tarihi: Kasım 04, 2025 11:52", P2, P3])  # fmt: skip
    assert kinds(page)[created] == "dateline"


def test_the_headline_printed_again_over_the_picture_is_the_repeated_title() -> None:
    headline = "Markthalle bleibt stehen und wird umgebaut"
    page = "\n".join([headline, P1, "3. Juni 2025, 12:00 Uhr", headline,
                      "Die Halle soll bis 2027 saniert werden. (Bild: Anna Muster/Beispiel)",
                      P2, P3])  # fmt: skip
    segments = clean_text(page).segments
    assert [str(s.kind) for s in segments if s.text == headline] == ["title", "repeated_title"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Detta är en debattartikel. Åsikterna som uttrycks är skribentens egna.", "footer"),
        (
            "Os artigos de opinião publicados neste jornal são da exclusiva responsabilidade dos "
            "seus autores.",
            "footer",
        ),  # fmt: skip
        ("Para comentar, tem de ser assinante do Jornal Exemplo.", "comment_prompt"),
        ("Want to join the conversation? Please or to comment on this article.", "comment_prompt"),
        ("Ouça este artigo", "audio_player"),
        (
            "Gostaria de ouvir este artigo? Assine o Jornal e ouça os artigos em formato áudio.",
            "audio_player",
        ),  # fmt: skip
        (
            "Vill du skriva för Exempelbladet Debatt? Skicka ditt bidrag till redaktionen.",
            "navigation",
        ),  # fmt: skip
        ("Repliker på denna artikel", "related_list"),
        ("Partilhar no Facebook", "share"),
        ("Share options", "share"),
        ("Relacionado", "related_list"),
        ("VÍDEOS: tudo sobre Ribeirão Preto e região", "related_list"),
        (
            "Siga o canal do Jornal Exemplo no WhatsApp e receba as principais notícias do dia.",
            "share",
        ),  # fmt: skip
        ("O Jornal Exemplo faz parte do The Trust Project", "footer"),
        ("Genom att registrera dig godkänner du våra användarvillkor.", "newsletter"),
        ("Ao subscrever, aceita os Termos e Condições e a Política de Privacidade.", "newsletter"),
        ("Denne artikkelen er for abonnenter", "paywall"),
        ("Subscribe for £1 for 3 months", "paywall"),
        ("Police handout", "image_caption"),
        ("Reports from Semple Stadium", "byline"),
        ("SPORT1/sid", "credit_line"),
        ("kicker/dpa", "credit_line"),
        ("/ritzau/", "credit_line"),
        ("Do UOL, em Belo Horizonte", "byline"),
        ("Colaboração para o UOL, em Recife", "byline"),
        ("Da Redação", "byline"),
        ("Pular para mais conteúdos da DW", "navigation"),
        ("Die Kommentare anderer Nutzer spiegeln nicht die Meinung der Redaktion wider.", "footer"),
        (
            "Teresa Exemplo é jornalista e professora. Escreve quinzenalmente no Jornal Exemplo.",
            "author_bio",
        ),  # fmt: skip
        (
            "O avançado saiu mais cedo do treino desta quinta-feira, com dores.Ana Exemplo / "
            "Clube Exemplo",
            "image_caption",
        ),  # fmt: skip
        ("Subscrever", "newsletter"),
        ("Tilmeld dig", "newsletter"),
        ("Meld deg på", "newsletter"),
        ("Dette er et debatindlæg. Indlægget udtrykker skribentens egen holdning.", "footer"),
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_portuguese_nordic_irish_and_broadcaster_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_a_nordic_headline_closing_on_kroner_is_the_title() -> None:
    headline = "Landsret skærper straf til tidligere direktør for svindel for 11 mio. kr."
    page = "\n".join([
        "Eksempelavisen",
        "Indland",
        headline,
        "EKSEMPELBUREAU",
        "Publiceret 24. feb. 2025 kl. 15.31",
        P1,
        P2,
        P3,
        "© Eksempelavisen",
    ])
    assert kinds(page)[headline] == "title"


def test_a_picture_label_alone_then_its_caption_with_the_photographer() -> None:
    caption = "A nova ponte sobre o rio, vista da margem norte ao fim da tarde Ana Exemplo"
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, "Foto", caption, P2, P3])
    found = kinds(page)
    assert found["Foto"] == found[caption] == "image_caption"


def test_a_long_pitch_between_a_boxs_heading_and_its_button_is_the_boxs() -> None:
    pitch = (
        "Get the full paper every week in print or read the digital edition on any device, "
        "from just €2.50 a week."
    )
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2,
                      "Subscribe to The Example Star", pitch, "Subscribe now", P3])  # fmt: skip
    assert kinds(page)[pitch] == "paywall"


def test_a_caption_under_a_bare_credit_below_the_reporters_desk() -> None:
    caption = "Anna Example, 58, was a keen club cyclist and grandmother of four"
    page = "\n".join(["Driver jailed for killing cyclist while scrolling on his phone",
                      "Jane Reporter", "Example News NI", "Family handout", caption, E1, E2,
                      E2.replace("two", "six")])  # fmt: skip
    found = kinds(page)
    assert found[caption] == "image_caption"
    assert found["Example News NI"] != "image_caption"


def test_the_list_a_last_paragraph_announces_is_text() -> None:
    items = ["Baustopp für neue Anlagen bis Ende 2026",
             "verpflichtende Gutachten vor jeder Genehmigung",
             "Vetorecht für betroffene Gemeinderäte"]  # fmt: skip
    page = "\n".join([
        "Markthalle bleibt stehen und wird umgebaut",
        P1,
        P2,
        "Das sind die wichtigsten Punkte des abgelehnten Antrags:",
        *items,
        "Über dieses Thema berichtet: Radio Beispiel am 18.02.2025 um 17:00 Uhr.",
    ])
    found = kinds(page)
    assert [found[item] for item in items] == ["subheading"] * 3


def test_a_clips_summary_between_its_title_and_its_length_is_the_clips() -> None:
    summary = "Eine Verkehrsexpertin im Gespräch über den Zustand der Brücken im Land."
    page = "\n".join([
        "Markthalle bleibt stehen und wird umgebaut",
        P1,
        "Audio",
        "Marode Brücken: Ein riesiger Sanierungsstau",
        summary,
        "5 Min",
        P2,
        P3,
    ])
    assert kinds(page)[summary] == "image_caption"


def test_a_caption_over_a_broadcasters_marked_credit_is_the_pictures() -> None:
    caption = "Die gesperrte Brücke über den Kanal bei Beispielstadt."
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, "", caption,
                      "© NDR Foto: Anna Muster", "", P2, P3])  # fmt: skip
    assert kinds(page)[caption] == "image_caption"


def test_a_cookie_banner_is_no_standfirst_for_a_headline_over_the_picture() -> None:
    headline = "Landtag beschließt Bestandsgarantie für kleine Grundschulen"
    banner = (
        "Wir nutzen Cookies und vergleichbare Technologien. Einige sind technisch notwendig, "
        "andere helfen uns, unser Angebot zu verbessern."
    )
    page = "\n".join([banner, "Einverstanden", "Politik", "Do 27.02.25 | 17:45 Uhr",
                      "Neues Schulgesetz", headline,
                      "Bild: picture alliance/dpa/Anna Muster Beispiel", P1, P2, P3])  # fmt: skip
    assert kinds(page)[headline] == "title"


def test_a_numbered_comment_with_its_date_keeps_the_thread_a_thread() -> None:
    comment = "Schön und gut, aber wer soll da künftig unterrichten?"
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3, "Kommentare",
                      "Die Kommentarfunktion wurde am 28.02.2025, 08:12 Uhr geschlossen.",
                      "63. Uckermärker, Freitag, 28.02.2025 | 07:41 Uhr",
                      "Endlich. Bei uns mussten die Kinder jahrelang lange mit dem Bus fahren.",
                      "62. Klaus aus Cottbus, Donnerstag, 27.02.2025 | 22:03 Uhr", comment,
                      "Weitere Kommentare anzeigen"])  # fmt: skip
    assert kinds(page)[comment] == "comment_form"


def test_three_authors_joined_by_och_beside_the_dateline_are_the_byline() -> None:
    names = "Sara Exempel, Ahmed Exempel och Jens Exempel"
    page = "\n".join(["Nedskärningen på fritidsgårdarna kommer att kosta staden dyrt", P1, names,
                      "Publicerad 2 februari 2025", P2, P3])  # fmt: skip
    assert kinds(page)[names] == "byline"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Märksõnad: elektri hind, börsihind, energia", "tags"),
        ("Kommentaarid (27)", "comment_prompt"),
        ("Kopeeri link", "share"),
        ("Telli Postimehe majandusuudiskiri!", "newsletter"),
        ("Loe lisaks", "related_list"),
        ("Lasiet arī: Dome pārskatīs 120 būvatļauju izsniegšanas procesu", "related_link"),
        (
            "Ziņu aģentūras LETA materiālu pārpublicēšana bez LETA rakstiskas atļaujas ir "
            "aizliegta.",
            "copyright",
        ),  # fmt: skip
        (
            "Griežtai draudžiama naujienų agentūros ELTA informaciją skelbti be raštiško sutikimo.",
            "copyright",
        ),  # fmt: skip
        ("Delfi aicina savus lasītājus komentēt atbildīgi un ievērot pieklājību.", "comment_form"),
        ("Jeśli chcesz czytać dalej, wykup prenumeratę", "paywall"),
        ("Masz już prenumeratę? Zaloguj się", "paywall"),
        ("Užsiprenumeruokite naujienlaiškį", "newsletter"),
        ("Populiariausi", "related_list"),
        ("The city council in session. Source: Anna Example /ERR", "image_caption"),
        ("TEXT AD: Need affordable solar panels? Call our office today.", "ad_marker"),
        ("Read more about:", "tags"),
        ("Share in Facebook", "share"),
        ("Support EXAMPLE TIMES' journalism of integrity and credibility", "donation_appeal"),
        (
            "Would you consider supporting us with a modest contribution on a monthly basis?",
            "donation_appeal",
        ),  # fmt: skip
        ("Make Contribution", "donation_appeal"),
        ("You're a dedicated reader", "donation_appeal"),
        ("For the latest news, visit the Example24 homepage.", "navigation"),
        (
            "Motorists queue to pay parking fees in the city centre. | File | Example Media Group",
            "image_caption",
        ),  # fmt: skip
        (
            "Players celebrate a wicket during the second one-day match. (X/@ExampleCricket)",
            "image_caption",
        ),  # fmt: skip
        (
            "Get Latest Cricket News along with Live Score and Schedule at Example Times.",
            "navigation",
        ),  # fmt: skip
        ("La joie des supporters après le but de la victoire. - ÉdA Jean Exemple", "image_caption"),
        (
            "Bei Durchsuchungen hat die Polizei sechs Verdächtige festgenommen (Symbolbild) "
            "(Anna MUSTER)",
            "image_caption",
        ),  # fmt: skip
        (
            "Ein leeres Klassenzimmer (Symbolbild): Der Unterricht fällt aus. (Quelle: Anna "
            "Muster/dpa)",
            "image_caption",
        ),  # fmt: skip
        (
            "Cet article vous a été offert par Le Quotidien. Pour continuer à lire tous nos "
            "articles, abonnez-vous.",
            "paywall",
        ),  # fmt: skip
        ("Infolettre Sports", "newsletter"),
        ("Avec les informations de Jean Exemple", "credit_line"),
        ("With files from The Canadian Press", "credit_line"),
        ("La lecture audio de cet article est générée par une voix de synthèse.", "audio_player"),
        ("« Un coup de force » selon l'opposition", "subheading"),
        ("Mehr Verkehrsnachrichten aus Hessen lesen Sie auch auf example.de.", "related_link"),
        ("Mis à jour il y a 2 h", "dateline"),
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_baltic_african_asian_and_francophone_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_a_table_of_figures_under_a_short_heading_after_the_text_is_text() -> None:
    rows = ["1. Jordan – 3 points (goal difference +3)", "2. Saudi Arabia – 3 points (+1)",
            "3. Lebanon – 0 points (-1)"]  # fmt: skip
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3,
                      "Group A standings after the first round:", *rows,
                      "Topics: football, Jordan, Lebanon"])  # fmt: skip
    found = kinds(page)
    assert [found[row] for row in rows] == ["subheading"] * 3


def test_a_score_line_with_each_teams_goals_is_not_the_headline() -> None:
    headline = "Lajoie achève les Leafs, le Canadien respire"
    page = "\n".join(["Hockey", "Canadien 4 – Maple Leafs 3 (prolongation)", headline,
                      "Jean Exemple", "Le Quotidien", "8 mars 2025 à 22 h 41", P1, P2,
                      P3])  # fmt: skip
    assert kinds(page)[headline] == "title"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Story geht unten weiter", "ad_marker"),
        ("Artikel wird unten fortgesetzt", "ad_marker"),
        ("Článek pokračuje pod reklamou", "ad_marker"),
        ("Ausgewählte Hebelprodukte auf Beispiel AG", "ad_marker"),
        (
            "Der Emittent ist berechtigt, Wertpapiere mit Open End-Laufzeit zu kündigen.",
            "ad_marker",
        ),  # fmt: skip
        ("Linktipp: Engagiert für die Gemeinde", "related_link"),
        ("beispielportal.de ist das Internetportal der Beispielkirche in Deutschland.", "footer"),
        ("Ajánljuk", "related_list"),
        ("Останні новини", "related_list"),
        ("Підтримайте УП", "donation_appeal"),
        (
            "Будьте з нами – долучайтеся до спільноти читачів, які допомагають нам",
            "donation_appeal",
        ),  # fmt: skip
        (
            "При цитуванні і використанні будь-яких матеріалів в Інтернеті посилання обов'язкове.",
            "copyright",
        ),  # fmt: skip
        (
            "Трамвай на Салтівці, 12 березня 2025 року. Суспільне Харків/Максим Приклад",
            "image_caption",
        ),  # fmt: skip
        ("Reporta un error", "navigation"),
        ("Límite de sesiones alcanzadas", "paywall"),
        ("El acceso al contenido Premium está abierto por cortesía del establecimiento", "paywall"),
        ("Fes-te subscriptor de VilaWeb", "paywall"),
        ("Més informació", "related_list"),
        ("Llegir en castellà", "navigation"),
        ("Compartir a Whatsapp", "share"),
        ("| Actualizado 22:15h.", "dateline"),
    ],
    ids=lambda value: value if len(value) < 30 else value[:27] + "...",
)
def test_iberian_wire_portal_and_east_european_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


@pytest.mark.parametrize(
    "box",
    [
        [
            "Il tabellino",
            "Sampdoria-Ferrara 2-1",
            "Marcatori: 12' pt Martinelli (F), 13' st Olmi (S)",
            "Sampdoria (4-4-2): Ravaglia; Ferrando, Ghiglione, Pareti",
            "Spettatori: 21.480",
        ],
        [
            "FICHA TÉCNICA",
            "PALMEIRAS 2 X 1 FORTALEZA",
            "Local: Allianz Parque, em São Paulo (SP)",
            "Gols: Breno Lacerda, aos 17 minutos do primeiro tempo (FOR)",
        ],
        [
            "HSG Beispielstadt – Dessau-Roßlauer HV 31:27 (15:14)",
            "HSG: Berends, Schepers (Tor); Terhorst 9/3, Lammers 6",
            "Zuschauer: 2.850",
        ],
    ],
    ids=["italian-tabellino", "brazilian-ficha", "handball-result"],
)
def test_a_match_box_under_the_last_paragraph_is_the_reports(box: list[str]) -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3, *box, "Tags",
                      "Fußball"])  # fmt: skip
    found = kinds(page)
    assert all(found[line] in {"body", "subheading"} for line in box), found


def test_alt_text_then_the_caption_with_its_photographers_name_run_on() -> None:
    alt = "Guruzeta celebra el tanto de la victoria ante la grada de San Mamés."
    page = "\n".join(["El Athletic remonta en San Mamés y se asienta en la zona Champions",
                      "Un gol en el minuto 84 culmina la reacción ante un Osasuna que mandó (2-1)",
                      alt, alt + " Ignacio Ejemplo", "Íñigo Ejemplo Arteche", "Bilbao",
                      "Domingo, 16 de marzo 2025, 20:47", "| Actualizado 22:15h.",
                      E1, E2, E2.replace("two", "six")])  # fmt: skip
    found = kinds(page)
    assert found[alt] == found[alt + " Ignacio Ejemplo"] == "image_caption"
    assert found["Íñigo Ejemplo Arteche"] == "byline"
    assert found["| Actualizado 22:15h."] == "dateline"


def test_the_sites_name_beside_the_dateline_is_its_desks_byline() -> None:
    page = "\n".join(["El cierzo soplará a más de 100 kilómetros por hora en el valle",
                      "Las rachas más fuertes se esperan entre el jueves y el sábado",
                      "Ejemplo.es", "Actualizada 12/02/2025 a las 09:15", P1, P2, P3])  # fmt: skip
    assert kinds(page)["Ejemplo.es"] == "byline"


def test_a_city_before_the_date_and_an_update_time_is_a_dateline() -> None:
    for line in ("València 17·03·25 | 20:15 | Actualizado a las 22:40",
                 "Barcelona - 03 d'abr. 2025 - 11:48 CEST"):  # fmt: skip
        page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, "Paula Ejemplo",
                          line, P2, P3])  # fmt: skip
        assert kinds(page)[line] == "dateline", line


def test_a_byline_and_its_date_joined_by_an_em_dash_is_the_headers() -> None:
    line = "Оксана Приклад — Вівторок, 4 листопада 2025, 11:47"
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, line,
                      "Фото: Приклад", P2, P3])  # fmt: skip
    assert kinds(page)[line] == "dateline"


def test_the_place_between_the_desk_and_the_date_is_no_headline() -> None:
    headline = "La calima obliga a desviar doce vuelos y dispara la contaminación en las islas"
    caption = "Aspecto de la ciudad desde la avenida Marítima, cubierta por la calima este sábado."
    page = "\n".join([
        headline,
        "El Gobierno declara la situación de alerta por polvo en suspensión",
        caption,
        caption + " Efe",
        "Ejemplo7 / EFE",
        "Las Palmas de Gran Canaria",
        "Sábado, 8 de marzo 2025, 11:20",
        E1,
        E2,
        E2.replace("two", "six"),
    ])
    found = kinds(page)
    assert found[headline] == "title"
    assert found["Las Palmas de Gran Canaria"] == "dateline"


def test_an_italian_update_abbreviated_after_the_date_is_the_headers() -> None:
    line = "Giovedì 13 Marzo 2025, 07:15 - Ultimo agg. 08:02"
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, "di Ettore Esempio", line,
                      P2, P3])  # fmt: skip
    assert kinds(page)[line] == "dateline"


@pytest.mark.parametrize(
    "line",
    [
        # Italian "consentire" and Spanish "consentimiento" are no cookie consent
        "Fino ad allora potranno esserci chiusure notturne di quattro ore per consentire i lavori "
        "in quota. Le date saranno comunicate di volta in volta.",
        "Die Gemeinde will den Umbau bis zum Herbst abschließen und hofft auf die Zustimmung des "
        "Kantons, der das Projekt mitfinanziert.",
    ],
)
def test_a_word_that_starts_like_consent_is_text(line: str) -> None:
    # (as the last paragraph, where a consent banner's sentence would be cut as furniture)
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, line])
    assert kinds(page)[line] == "body"


def test_a_rights_notice_forbidding_reuse_is_the_copyright() -> None:
    line = (
        "© Ejemplo 2025. Está expresamente prohibida la redistribución y la redifusión de "
        "todo o parte de los contenidos de Ejemplo, sin previo y expreso consentimiento."
    )
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3, line])
    assert kinds(page)[line] == "copyright"


def test_spanish_consent_buttons_are_the_banners() -> None:
    page = "\n".join([
        "Usamos cookies y tecnologías similares para ofrecerte la mejor experiencia.",
        "Sí, estoy de acuerdo",
        "No, llévame a la configuración",
        "Las ranas doradas vuelven a cantar en un valle de Panamá",
        E1,
        E2,
    ])
    found = kinds(page)
    assert (
        found["Sí, estoy de acuerdo"] == found["No, llévame a la configuración"] == "cookie_notice"
    )
    assert found["Las ranas doradas vuelven a cantar en un valle de Panamá"] == "title"


def test_the_line_over_a_credito_credit_is_its_caption() -> None:
    caption = "Vecinos protestan frente al Ayuntamiento de la ciudad."
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, caption,
                      "Crédito: Ejemplo Foto/Juana Ejemplo | EJ", P2, P3])  # fmt: skip
    assert kinds(page)[caption] == "image_caption"


@pytest.mark.parametrize(
    "heading",
    ["A lire aussi", "Correlati", "Ook interessant", "Weitere Artikel zum Thema",
     "También te puede interesar:", "Related coverage:", "Seguir leyendo:"],
)  # fmt: skip
def test_related_headings_of_more_languages_open_their_lists(heading: str) -> None:
    item_1 = "Feuerwehr übt am Hafenbecken mit zwei Booten"
    item_2 = "Neue Buslinie verbindet den Norden mit dem Bahnhof"
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, heading, item_1,
                      item_2, P3])  # fmt: skip
    found = kinds(page)
    assert found[heading] == found[item_1] == found[item_2] == "related_list"


def test_a_tags_heading_with_its_colon_alone_heads_the_labels() -> None:
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3, "Etiquetas:",
                      "Remesas", "Honduras", "El Salvador"])  # fmt: skip
    found = kinds(page)
    assert found["Remesas"] == found["El Salvador"] == "tags"


@pytest.mark.parametrize(
    "line",
    [
        "Reageer (14)",
        "Votre avis nous intéresse. Réagissez à cet article en vous connectant.",
        "Dit artikel is gratis. Wil je alle artikels van Het Voorbeeld lezen?",
        "Ontvang elke vrijdag het belangrijkste nieuws uit jouw buurt.",
        "Erhalten Sie die wichtigsten Nachrichten aus der Region.",
        "6:40 p.m. 14 de julio de 2025: Este artículo se actualizó con el número de solicitudes.",
        "A version of this article was first published by Ejemplo Shimbun.",
        "20min/News-Scout",
        "Beitrag anhören (1:42 Min.)",
        "Wir brauchen deine Zustimmung",
    ],
)
def test_more_furniture_between_paragraphs_is_no_text(line: str) -> None:
    assert kind_in_german_text(line) not in {"body", "subheading"}, line


def test_a_comment_sections_house_rules_are_no_text() -> None:
    line = ("Comments will be moderated. Keep comments relevant to the article. Remarks containing "
            "abusive and obscene language, personal attacks of any kind or promotion will be "
            "removed and the user banned.")  # fmt: skip
    assert kind_in_english_text(line) == "comment_prompt"


def test_a_spanish_bio_that_says_what_the_writer_covers() -> None:
    line = ("Daniela Ejemplo Fuentes cubre el gobierno del condado y temas de medio ambiente para "
            "el Nuevo Ejemplo.")  # fmt: skip
    assert kind_in_german_text(line) == "author_bio"


def test_a_photographer_in_capitals_with_an_address_credits_the_caption_above() -> None:
    caption = "Un residente camina por una calle inundada tras la marea alta de octubre."
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, caption,
                      "PEDRO EJEMPLO pejemplo@ejemplo.com", P2, P3])  # fmt: skip
    found = kinds(page)
    assert found[caption] == "image_caption"
    assert found["PEDRO EJEMPLO pejemplo@ejemplo.com"] == "image_credit"


def test_a_teaser_ending_on_an_abbreviation_stays_in_its_list() -> None:
    teaser = "Cuatro claves para entender la inflación de febrero en EE.UU."
    page = "\n".join(["Markthalle bleibt stehen und wird umgebaut", P1, P2, P3, "Lo último",
                      teaser, "El peso cierra su mejor semana del año"])  # fmt: skip
    assert kinds(page)[teaser] == "related_list"


def test_a_sentence_with_its_source_in_brackets_over_a_paragraph_is_a_caption() -> None:
    caption = "Container ships are docked at the new port in Busan, Feb. 20. (Yonhap)"
    page = "\n".join(["Ferry terminal to stay open all winter", E1, caption, E2,
                      E2.replace("two", "six")])  # fmt: skip
    assert kinds(page)[caption] == "image_caption"


def test_an_agencys_header_line_with_its_section_is_a_dateline() -> None:
    line = "EJEMPLO NEWS - Mar 5, 2025 - 19:12 | All, Japan"
    page = "\n".join(["Ferry terminal to stay open all winter", line, E1, E2,
                      E2.replace("two", "six")])  # fmt: skip
    assert kinds(page)[line] == "dateline"


def test_a_radio_stations_slogan_and_its_now_playing_box_are_the_header() -> None:
    headline = "Nach Glätte auf der Autobahn stecken Pendler stundenlang fest"
    page = "\n".join([
        "RADIO BEISPIEL",
        "Jetzt live hören",
        "RADIO BEISPIEL – Wir lieben die Region. Wir lieben Hits.",
        "Gerade läuft",
        "Beispielband – Sommerlied",
        "Heute, 06:45 Uhr",
        headline,
        P1,
        P2,
        P3,
    ])
    found = kinds(page)
    assert found["RADIO BEISPIEL – Wir lieben die Region. Wir lieben Hits."] == "navigation"
    assert found["Beispielband – Sommerlied"] == "audio_player"
    assert found["Jetzt live hören"] == "audio_player"


def test_the_show_under_an_on_air_box_is_the_player_not_the_lead() -> None:
    headline = "Nach Glätte auf der Autobahn stecken Pendler stundenlang fest"
    page = "\n".join(["RADIO BEISPIEL", "On Air", "Die Morningshow mit Anna und Ben", headline,
                      P1, P2, P3])  # fmt: skip
    found = kinds(page)
    assert found["Die Morningshow mit Anna und Ben"] == "audio_player"
    assert found[headline] == "title"


EL1 = (
    "Η δημοτική αρχή ανακοίνωσε χθες ότι οι εργασίες στην παραλιακή λεωφόρο θα ξεκινήσουν "
    "τον Ιούνιο και θα διαρκέσουν περίπου οκτώ μήνες."
)
EL2 = (
    "Οι κάτοικοι της περιοχής ζητούν να εξασφαλιστεί η πρόσβαση στα καταστήματα κατά τη "
    "διάρκεια των έργων, ενώ ο εμπορικός σύλλογος προτείνει νυχτερινές βάρδιες."
)
EL3 = (
    "Το συνολικό κόστος του έργου εκτιμάται σε τέσσερα εκατομμύρια ευρώ και θα καλυφθεί "
    "κυρίως από το περιφερειακό πρόγραμμα."
)
EL_TITLE = "Νέα ποδηλατόδρομος στην παραλιακή λεωφόρο από τον Ιούνιο"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a caption closing on its credit: "Photo:", "archive photo:", "ph.:"
        ("Η παραλιακή λεωφόρος σε ώρα αιχμής. Φωτογραφία: Γιώργος Παράδειγμα", "image_caption"),
        ("Η πλατεία κατά τη διάρκεια των έργων / Φωτογραφία αρχείου: Eurokinissi", "image_caption"),
        ("Εργασίες στην όχθη της λίμνης (φωτ.: ΕΡΤ Παράδειγμα)", "image_caption"),
        ("Η λεωφόρος τη νύχτα (φωτ. αρχείου: Παράδειγμα Team)", "image_caption"),
        (
            "Philenews Premium: Απεριόριστη πρόσβαση σε όλο το περιεχόμενο με 1,99€ τον μήνα.",
            "paywall",
        ),
    ],
)
def test_greek_captions_with_credits_and_a_premium_offer(line: str, kind: str) -> None:
    assert kinds("\n".join([EL_TITLE, EL1, line, EL2, EL3]))[line] == kind


def test_a_greek_header_byline_breadcrumb_and_related_heading() -> None:
    page = "\n".join([
        "Αρχική / Ειδήσεις / Πάτρα",
        EL_TITLE,
        "Της Ελένης Παραδειγματίδου",
        EL1,
        EL2,
        EL3,
        "ΔΙΑΒΑΣΤΕ ΑΚΟΜΗ",
        "Πάτρα: Πότε ανοίγει ξανά η παλιά αγορά της πόλης",
        "Νέα δρομολόγια προς τα νησιά του Ιονίου",
    ])
    found = kinds(page)
    assert found["Αρχική / Ειδήσεις / Πάτρα"] == "breadcrumb"
    assert found["Της Ελένης Παραδειγματίδου"] == "byline"
    assert found["ΔΙΑΒΑΣΤΕ ΑΚΟΜΗ"] == "related_list"
    assert found["Νέα δρομολόγια προς τα νησιά του Ιονίου"] == "related_list"
    assert found[EL3] == "body"


def test_the_headline_under_the_cookie_banner_beats_the_sites_tagline_over_its_date() -> None:
    tagline = "Ηλεκτρονική έκδοση της εφημερίδας ΠΑΡΑΔΕΙΓΜΑ"
    page = "\n".join([
        "ΠΑΡΑΔΕΙΓΜΑ",
        tagline,
        "Τρίτη 15 Απριλίου 2025",
        "Χρησιμοποιούμε cookies για να εξασφαλίσουμε την καλύτερη δυνατή εμπειρία στον "
        "ιστότοπό μας. Αποδέχεστε τη χρήση τους;",
        "ΑΡΧΙΚΗ", "ΠΟΛΙΤΙΚΗ", "ΟΙΚΟΝΟΜΙΑ", "ΑΘΛΗΤΙΣΜΟΣ",
        EL_TITLE,
        "15/04/2025 16:20",
        "Του Στέλιου Παραδειγματίδη",
        EL1, EL2, EL3,
    ])  # fmt: skip
    found = kinds(page)
    assert found[EL_TITLE] == "title"
    assert found[tagline] != "title"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Summarize this article with AI", "audio_player"),
        ("There are no comments yet. Add your comment to start the conversation.",
         "comment_prompt"),
        ("How does this make you feel?", "comment_prompt"),
        ("– Examplenews.com", "credit_line"),
        ("An artist's impression of the new station in the old town. - Filepic", "image_caption"),
        ("Residents collect water from a tanker in the village on February 3, 2025. — Picture "
         "by Ana Beispiel", "image_caption"),
        ("Villagers look at what remains of the old bridge. (District fire department pic)",
         "image_caption"),
        ("The STAR / Jerome Beispiel, file", "image_credit"),
    ],
)  # fmt: skip
def test_south_east_asian_sites_furniture(line: str, kind: str) -> None:
    assert kind_in_english_text(line) == kind


SV1 = (
    "Kommunen har beslutat att bygga ut fjärrvärmenätet i hela stadsdelen under de kommande "
    "tre åren, enligt ett beslut i tekniska nämnden."
)
SV2 = (
    "Omkring fyrahundra hushåll berörs av utbyggnaden, som beräknas kosta drygt sextio "
    "miljoner kronor och finansieras genom lån."
)
SV3 = (
    "Arbetet börjar i maj och de första husen ska kunna anslutas redan till vintern, säger "
    "projektledaren till tidningen."
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Få UNT:s morgonbrev med de viktigaste lokala nyheterna.", "newsletter"),
        ("Detta är en artikel från TT. Tidningen har kompletterat med lokala uppgifter.",
         "footer"),
        ("Vad tycker du? Kommentera artikeln nedan. Logga in med ditt konto för att delta.",
         "comment_prompt"),
    ],
)  # fmt: skip
def test_swedish_agency_note_newsletter_and_comment_prompt(line: str, kind: str) -> None:
    assert (
        kinds("\n".join(["Fjärrvärmen byggs ut i hela stadsdelen", SV1, line, SV2, SV3]))[line]
        == kind
    )


def test_a_swedish_more_from_heading_opens_a_related_list() -> None:
    page = "\n".join([
        "Fjärrvärmen byggs ut i hela stadsdelen", SV1, SV2, SV3,
        "Mer från Umeå",
        "Snöröjningen släpar efter – ”Vi gör så gott vi kan”",
        "Ny förskola klar till hösten",
    ])  # fmt: skip
    found = kinds(page)
    assert found["Mer från Umeå"] == "related_list"
    assert found["Snöröjningen släpar efter – ”Vi gör så gott vi kan”"] == "related_list"


def test_a_premium_articles_notice_goes_and_a_price_list_in_the_text_stays() -> None:
    assert kind_in_german_text("Sie lesen einen Premium-Artikel.") == "paywall"
    assert kind_in_german_text("Premium: 21,99 Euro (bisher 19,99 Euro)") != "paywall"


def test_the_consent_line_under_a_newsletter_box_goes_with_it() -> None:
    consent = (
        "By providing an email address. I agree to the Terms of Use and acknowledge that I have "
        "read the Privacy Policy."
    )
    page = "\n".join([
        "Ferry terminal to stay open all winter", E1, E2, E2.replace("two", "six"),
        "Subscribe to our daily newsletter", "Enter your email address", "Sign Me Up", consent,
        "Copyright 2025 Example Media. All rights reserved.",
    ])  # fmt: skip
    assert kinds(page)[consent] == "newsletter"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Pahkalan koulussa opiskelee nyt 38 oppilasta. Kuva: Paula Esimerkki / Yle",
         "image_caption"),
        ("Siirry suoraan sisältöön", "navigation"),
        ("Abonnez-vous à Exemple Matin numérique et accédez à l'intégralité de nos éditions.",
         "paywall"),
        ("Le boulevard à hauteur du marché, le 25 mars 2024. Photo EXEMPLE.CD.", "image_caption"),
        ("Radio Exemple est une radio des Nations Unies en République démocratique du Congo.",
         "footer"),
        ("İLGİLİ HABERLERMeteoroloji'den 11 il için sarı kodlu uyarı", "related_link"),
        ("Okumaya devam etmek için: Ara tatil açıklaması: Takvim değişecek mi?", "related_link"),
        ("ÖRNEK TV CANLI YAYIN İÇİN TIKLAYIN", "navigation"),
        ("Yorumlar kurallara uygun olarak yayınlanacaktır.", "comment_form"),
        ("Ajansın WhatsApp kanallarına katılın, önemli gelişmeler cebinize gelsin.",
         "newsletter"),
        ("Örnek Belediyesi (@ornekbld) · X", "social_embed"),
        ("Numune sonuçları paylaşılacaktır. pic.twitter.com/k3fZr8aQwP", "social_embed"),
    ],
)  # fmt: skip
def test_finnish_french_african_and_turkish_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_turkish_capital_i_is_lowered_to_a_plain_i_for_the_line_rules() -> None:
    assert cues.lowered("İLGİLİ HABERLER") == "ilgili haberler"
    assert cues.lowered("Zum Inhalt") == "zum inhalt"


def test_a_cookie_dialog_in_finnish_stays_out_of_the_headline_and_text() -> None:
    page = "\n".join([
        "Siirry suoraan sisältöön", "Esimerkki", "Uutiset", "Urheilu", "Haku", "Valikko",
        "Esimerkki käyttää evästeitä",
        "Käytämme evästeitä ja muita vastaavia tekniikoita, jotta palvelumme toimisivat ja "
        "voisimme kehittää niitä.",
        "Voit muuttaa valintojasi milloin tahansa sivun alareunan kohdasta Evästeasetukset.",
        "Hyväksy kaikki", "Vain välttämättömät", "Muokkaa asetuksia",
        "Oulu aikoo sulkea kolme kyläkoulua – vanhemmat keräävät adressia",
        "12.3.2024 klo 14.05",
        "Kaupungin palveluverkkoselvitys esittää kolmen pienen koulun lakkauttamista ensi "
        "syksynä, ja päätös tehdään toukokuussa.",
        "Kouluissa on yhteensä 143 oppilasta, ja pisin uusi koulumatka olisi selvityksen mukaan "
        "yli kaksikymmentä kilometriä.",
        "Vanhemmat ovat keränneet adressiin jo yli tuhat nimeä, ja he aikovat luovuttaa sen "
        "valtuustolle ensi viikolla.",
    ])  # fmt: skip
    found = kinds(page)
    assert found["Oulu aikoo sulkea kolme kyläkoulua – vanhemmat keräävät adressia"] == "title"
    assert found["Hyväksy kaikki"] == "cookie_notice"
    assert found["Esimerkki käyttää evästeitä"] == "cookie_notice"


def test_a_press_releases_contact_block_and_newsroom_links_go() -> None:
    page = "\n".join([
        "POL-XY: Beispielstadt: Radfahrerin angefahren / Polizei sucht Zeugen",
        "Beispielstadt (ots)", P1, P2, P3,
        "Rückfragen bitte an:",
        "Polizeipräsidium Beispielland", "Pressestelle", "Beispielstraße 145",
        "64285 Beispielstadt",
        "Telefon: 06151 / 969 - 2410",
        "E-Mail: pressestelle@polizei.example",
        "Polizeipräsidium Beispielland abonnieren",
        "Erhalten Sie neue Meldungen dieses Newsrooms per E-Mail oder RSS.",
    ])  # fmt: skip
    found = kinds(page)
    for line in (
        "Polizeipräsidium Beispielland",
        "Beispielstraße 145",
        "Telefon: 06151 / 969 - 2410",
    ):
        assert found[line] == "contact"
    assert (
        found["Erhalten Sie neue Meldungen dieses Newsrooms per E-Mail oder RSS."] == "newsletter"
    )
    assert found[P3] == "body"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Ihr seid betroffen oder habt Fotos vom Einsatz? Schickt sie uns per WhatsApp an die "
         "Beispiel-Hotline!", "navigation"),
        ("Habt ihr etwas beobachtet? Ruft uns an im Studio unter 040 / 3 39 71 11.", "navigation"),
        ("Stau melden: 0800 / 100 100 4 (kostenlos)", "navigation"),
        ("Gewinnspiel: Wir schicken dich zum Konzert deines Lebens – jetzt einschalten!",
         "ad_marker"),
        ("Jetzt mitmachen: Der Beispiel-Osterkracher – wir bezahlen deinen Urlaub!", "ad_marker"),
        ("Dacă ai informații despre un subiect de interes public, trimite-ne un mesaj pe "
         "WhatsApp.", "navigation"),
        ("Primește zilnic, pe e-mail, cele mai importante știri ale zilei.", "newsletter"),
        ("Последвайте ни във Facebook и Telegram.", "share"),
        ("Примерен сайт разчита на подкрепата на читателите си.", "donation_appeal"),
        ("Lectura de 4 minutos", "reading_time"),
        ("Leé también: Alerta extrema por incendios en las sierras", "related_link"),
        ("Te recomendamos: ¿Lloverá este fin de semana en la ciudad?", "related_link"),
        ("Sumate al canal de WhatsApp de Diario Ejemplo", "share"),
        ("Suscríbase a la edición digital de El Ejemplo de Valparaíso", "paywall"),
    ],
)  # fmt: skip
def test_radio_call_ins_and_romanian_bulgarian_and_latin_american_furniture(
    line: str, kind: str
) -> None:
    assert kind_in_german_text(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Bildbeschreibung einblenden", "audio_player"),
        ("Hier können Sie die Rechte an diesem Artikel erwerben.", "share"),
        ("Sie kehrt zurück: Anna Beispiel als Lehrerin in „Die Zeit der Kraniche“ © Beispiel "
         "Film/Weltkino", "image_caption"),
        ("Temitope, a correspondent with The Example, has over five years of experience "
         "covering housing.", "author_bio"),
        ("PT Mag Campaign AD", "ad_marker"),
        ("[Collins Beispiel-Were, Standard]", "image_credit"),
        ("Please read our Comment Policy before commenting.", "comment_form"),
        ("Esta funcionalidad es exclusiva para suscriptores.", "paywall"),
        ("La Audiencia celebrará el juicio la próxima semana. ARCHIVO", "image_caption"),
        ("Esta es la opinión de los lectores, no la de este medio.", "comment_form"),
        ("Regístrate para comentar y participar en la conversación.", "comment_prompt"),
        ("Čitajte više: Vlada najavila veći porez na nekretnine", "related_link"),
        ("Najvažnije vijesti iz grada svakog jutra u vašem sandučiću.", "newsletter"),
        ("Želite čitati sve članke? Pretplatite se na digitalno izdanje Primjer lista.",
         "paywall"),
        ("Prijavite se na e-novice Primera in vsak dan prejmite izbor novic.", "newsletter"),
        ("Primer+ Naročite se in berite brez omejitev. Prvi mesec brezplačno.", "paywall"),
        ("Komentarje lahko oddajo le prijavljeni uporabniki.", "comment_form"),
        ("Poglejte to objavo na Instagramu", "social_embed"),
        ("Tina Primer je novinarka gospodarske redakcije, piše o socialni politiki.",
         "author_bio"),
    ],
)  # fmt: skip
def test_culture_african_crime_croatian_and_slovenian_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


@pytest.mark.parametrize("heading", ["Vezane vijesti", "Več iz rubrike Maribor", "Več na temo"])
def test_croatian_and_slovenian_related_headings(heading: str) -> None:
    page = "\n".join([
        "Markthalle bleibt stehen und wird umgebaut", P1, P2, P3,
        heading,
        "Gužve u trajektnoj luci: u subotu čekanje i do četiri sata",
        "Hvarani traže novi vez za brodove u Starom Gradu",
    ])  # fmt: skip
    found = kinds(page)
    assert found[heading] == "related_list"
    assert found["Hvarani traže novi vez za brodove u Starom Gradu"] == "related_list"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Sie wollen keine Nachrichten aus Ihrer Region mehr verpassen? Dann folgen Sie uns auch "
         "auf Facebook.", "share"),
        ("Eintrag 3 von 27 (ungelesen)", "navigation"),
        ("Schau dir diesen Artikel aus der Beispiel-App an:", "navigation"),
        ("Lesen Sie aus unserem Plus-Angebot: Warum dem Amateurhandball die Schiedsrichter "
         "ausgehen", "related_link"),
        ("RP+ Eishockey: Neusser EV startet mit zwei Siegen in die Regionalliga", "related_link"),
        ("المصدر : الجزيرة", "credit_line"),
        ("أضف تعليقك", "comment_prompt"),
        ("المرجو عدم تضمين تعليقاتكم بعبارات تسيء للأشخاص", "comment_form"),
        ("(צילום: רמי דוגמה)", "image_credit"),
        ("(الصورة من واس)", "image_credit"),
        ("הצטרפו למינוי דיגיטלי – ותיהנו מגישה מלאה לכל הכתבות", "paywall"),
        ("乗客の少ない車内で運行を続ける路線バス＝長野県で2024年11月14日、山田太郎撮影",
         "image_caption"),
        ("农民驾驶智能育秧流水线设备开展水稻育秧作业。新华社记者 周凯 摄", "image_caption"),
        ("图为盛港一带的组屋区。（联合早报档案照）", "image_caption"),
        ("지난 4일 한 산후조리원 신생아실에서 간호사가 신생아를 돌보고 있다. /연합뉴스",
         "image_caption"),
        ("朝日新聞デジタルに掲載の記事・写真の無断転載を禁じます。", "copyright"),
        ("この記事は有料記事です。残り1284文字", "paywall"),
    ],
)  # fmt: skip
def test_tool_copies_local_sports_arabic_hebrew_and_cjk_furniture(line: str, kind: str) -> None:
    assert kind_in_german_text(line) == kind


def test_an_arabic_related_box_between_a_screen_readers_marks_goes_whole() -> None:
    page = "\n".join([
        "Markthalle bleibt stehen und wird umgebaut", P1, P2,
        "اقرأ أيضا", "list 1 of 2", "ارتفاع أسعار زيت الزيتون عالميا.. من الرابح ومن الخاسر؟",
        "list 2 of 2", "المغرب يقيد تصدير زيت الزيتون لحماية سوقه المحلية", "end of list",
        P3,
    ])  # fmt: skip
    found = kinds(page)
    assert found["المغرب يقيد تصدير زيت الزيتون لحماية سوقه المحلية"] == "related_list"
    assert found["list 1 of 2"] == "related_list"
    assert found[P3] == "body"


def test_a_print_views_column_head_does_not_hide_its_hard_wrapped_text() -> None:
    from pipeline import markup

    head = "14.03.24, 09:12" + " " * 23 + "Stadtrat deckelt Mieten: Was das für Mieter bedeutet"
    head += " | Beispielzeitung – Nachrichten aus München"
    wrapped = (
        "Der Stadtrat hat am Mittwoch mit den Stimmen der Mehrheit beschlossen, die\n"
        "Mieten in den Wohnungen der städtischen Gesellschaft in den nächsten fünf\n"
        "Jahren um höchstens zwei Prozent jährlich zu erhöhen. Bisher lag die Grenze\n"
        "bei drei Prozent, für frei finanzierte Wohnungen sogar darüber, sagte die\n"
        "Sprecherin der Verwaltung am Abend nach der Sitzung im Rathaus der Stadt.\n"
    )
    assert len(head) > markup.MAX_WRAP_WIDTH
    assert markup.detect(head + "\n\n" + wrapped + "\n" + wrapped).wrap_width is not None


def test_an_address_ends_where_chinese_text_runs_on_after_it() -> None:
    line = (
        "澎湃新闻（www.example.cn）记者从上海市住房和城乡建设管理委员会获悉，全市已完成加装电梯。"
    )
    assert [m.group(0) for m in cues.URL.finditer(line)] == ["www.example.cn"]
