"""Dates: finding them in many shapes, resolving them, and choosing the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.annotate.dates import (
    DateHit,
    document_dates,
    find_dates,
    resolve,
    zone_for,
)
from pipeline.reasons import DateRole
from pipeline.reasons import SegmentKind as K

TODAY = dt.date(2024, 6, 1)
BERLIN = "Europe/Berlin"
UTC = dt.UTC


def _only(text: str) -> DateHit:
    hits = find_dates(text, today=TODAY)
    assert len(hits) == 1, hits
    return hits[0]


@pytest.mark.parametrize(
    ("text", "local", "utc", "zone"),
    [
        ("04.11.2023 18:33", "2023-11-04T18:33", dt.datetime(2023, 11, 4, 17, 33), BERLIN),
        (
            "4. November 2023, 18:33 Uhr",
            "2023-11-04T18:33",
            dt.datetime(2023, 11, 4, 17, 33),
            BERLIN,
        ),
        (
            "Veröffentlicht am 12.03.2024 um 07:15 Uhr",
            "2024-03-12T07:15",
            dt.datetime(2024, 3, 12, 6, 15),
            BERLIN,
        ),
        ("30/10/23", "2023-10-30", dt.datetime(2023, 10, 29, 23, 0), BERLIN),
        (
            "Oct 30, 2023 6:33 PM ET",
            "2023-10-30T18:33",
            dt.datetime(2023, 10, 30, 22, 33),
            "America/New_York",
        ),
        (
            "2024-03-12T07:15:00+01:00",
            "2024-03-12T07:15",
            dt.datetime(2024, 3, 12, 6, 15),
            "UTC+01:00",
        ),
        (
            "30 octobre 2023 à 18h33",
            "2023-10-30T18:33",
            dt.datetime(2023, 10, 30, 17, 33),
            BERLIN,
        ),
        ("12.07.2023, 09:05 MESZ", "2023-07-12T09:05", dt.datetime(2023, 7, 12, 7, 5), BERLIN),
        ("2024-01-15T08:00Z", "2024-01-15T08:00", dt.datetime(2024, 1, 15, 8, 0), "UTC"),
        ("March 3rd, 2024", "2024-03-03", dt.datetime(2024, 3, 2, 23, 0), BERLIN),
        ("10/15/2023", "2023-10-15", dt.datetime(2023, 10, 14, 22, 0), BERLIN),
        ("16:05 Uhr, 22.05.2024", "2024-05-22T16:05", dt.datetime(2024, 5, 22, 14, 5), BERLIN),
    ],
    ids=[
        "numeric-with-time",
        "german-month-name",
        "published-cue",
        "two-digit-year",
        "us-et-pm",
        "iso-offset",
        "french-18h33",
        "mesz",
        "iso-z",
        "english-ordinal",
        "us-month-first-day-13-19",
        "german-time-before-date",
    ],
)
def test_complete_dates_resolve(text: str, local: str, utc: dt.datetime, zone: str) -> None:
    hit = _only(text)
    assert hit.complete
    resolved = resolve(hit, BERLIN)
    assert resolved is not None
    value, local_text, zone_name = resolved
    assert value == utc.replace(tzinfo=UTC)
    assert value.tzinfo is not None and value.utcoffset() == dt.timedelta(0)
    assert local_text == local
    assert zone_name == zone
    assert hit.precision == ("minute" if "T" in local else "day")


def test_us_month_first_date_with_late_day() -> None:
    hit = _only("10/30/2023")
    assert (hit.year, hit.month, hit.day) == (2023, 10, 30)


@pytest.mark.parametrize(
    ("text", "day_month_hour"),
    [
        ("29/01/2025 a las 04:50 p. m.", (29, 1, 16)),  # a day over 12 is never the month
        ("03/09/2025 12:47 PM EDT", (9, 3, 12)),  # with a 12-hour clock, month first
    ],
)
def test_a_slashed_date_with_a_12_hour_clock(text: str, day_month_hour: tuple) -> None:
    hit = _only(text)
    assert (hit.day, hit.month, hit.hour) == day_month_hour


def test_a_date_in_markdown_emphasis_is_found_but_not_one_inside_a_word() -> None:
    hit = _only("_03.04.2024 um 09:30 Uhr_ – Jana Beispiel")
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == (2024, 4, 3, 9, 30)
    assert find_dates("Artikel-ID a03.04.2024b") == []


def test_iso_date_time_with_named_zone() -> None:
    hit = _only("2024-01-15 08:00 UTC")
    resolved = resolve(hit, BERLIN)
    assert resolved is not None
    assert resolved[0] == dt.datetime(2024, 1, 15, 8, 0, tzinfo=UTC)


def test_stand_line_keeps_the_cue_outside_the_hit() -> None:
    text = "Stand: 04.11.2023 18:33 Uhr"
    hit = _only(text)
    assert hit.text == "04.11.2023 18:33 Uhr"
    assert text[hit.start : hit.end] == hit.text
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == (2023, 11, 4, 18, 33)


def test_explicit_zone_beats_the_document_timezone() -> None:
    resolved = resolve(_only("Oct 30, 2023 6:33 PM ET"), "Europe/Paris")
    assert resolved is not None
    assert resolved[2] == "America/New_York"
    assert resolved[1] == "2023-10-30T18:33"


def test_document_timezone_is_used_without_an_explicit_zone() -> None:
    hit = _only("04.11.2023 18:33")
    berlin, london = resolve(hit, BERLIN), resolve(hit, "Europe/London")
    assert berlin is not None and london is not None
    assert london[0] - berlin[0] == dt.timedelta(hours=1)
    assert berlin[1] == london[1] == "2023-11-04T18:33"


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("vor 2 Stunden", True),
        ("3 hours ago", True),
        ("gestern, 18:30", True),
        ("am 12. Juli", False),
        ("le 5 mars", False),
        ("3 hrs ago", True),
        ("Publié aujourd’hui à 18h27", True),
    ],
    ids=[
        "vor-2-stunden",
        "hours-ago",
        "gestern-with-time",
        "am-12-juli",
        "no-year-french",
        "hrs-ago",
        "aujourdhui-18h27",
    ],  # fmt: skip
)
def test_incomplete_dates_are_mentions_without_value(text: str, relative: bool) -> None:
    hit = _only(text)
    assert hit.relative is relative
    assert not hit.complete
    assert hit.precision is None
    assert resolve(hit, BERLIN) is None


def test_month_and_day_are_kept_when_the_year_is_missing() -> None:
    hit = _only("am 12. Juli")
    assert (hit.year, hit.month, hit.day) == (None, 7, 12)
    assert hit.text == "12. Juli"


@pytest.mark.parametrize(
    "text",
    [
        "31.02.2023",
        "30.02.2024 10:00",
        "2023-13-01",
        "29.02.2023",
        "12.03.1850",
        "1850-03-12",
        "01.01.1989",
        "01.01.2027",
    ],
    ids=[
        "feb-31",
        "feb-30",
        "month-13",
        "feb-29-non-leap",
        "year-1850",
        "iso-1850",
        "before-min-year",
        "far-future",
    ],
)
def test_impossible_or_implausible_dates_are_dropped(text: str) -> None:
    hits = find_dates(text, today=TODAY)
    assert not [hit for hit in hits if hit.complete], hits


def test_worded_date_with_old_year_never_gets_that_year() -> None:
    hits = find_dates("Die Kirche wurde am 12. März 1850 geweiht.", today=TODAY)
    assert all(hit.year != 1850 for hit in hits)
    assert all(resolve(hit, BERLIN) is None for hit in hits)


def test_leap_day_is_kept() -> None:
    hit = _only("29.02.2024")
    assert (hit.year, hit.month, hit.day) == (2024, 2, 29)


def test_ordinary_words_are_not_dates() -> None:
    text = (
        "Die Gemeinde hat mit den Vereinen gesprochen, die im Mai und im Juni die Halle nutzen "
        "wollten; 12 Teams und 3,5 Millionen Euro sind im Spiel."
    )
    assert all(not hit.complete for hit in find_dates(text, today=TODAY))


def test_several_dates_in_one_line_keep_their_offsets() -> None:
    text = "Veröffentlicht am 12.03.2024, aktualisiert am 14.03.2024 um 09:30 Uhr"
    hits = find_dates(text, today=TODAY)
    assert [(h.day, h.month) for h in hits] == [(12, 3), (14, 3)]
    assert all(text[h.start : h.end] == h.text for h in hits)


# --- document_dates: what a date means depends on where it stands ------------------------

TITLE = (0, 0, "Obernbach saniert die alte Turnhalle", str(K.TITLE))
LEAD = (
    2,
    70,
    "Der Gemeinderat hat am Dienstagabend beschlossen, die alte Turnhalle zu sanieren.",
    str(K.LEAD),
)
BODY = (
    3,
    160,
    "Die Halle war am 12.03.2021 wegen Schäden am Dach geschlossen worden, sagte die "
    "Bürgermeisterin.",
    str(K.BODY),
)
PLAIN_BODY = (3, 160, "Die Arbeiten sollen im Herbst abgeschlossen sein.", str(K.BODY))


def _dates(*segments: tuple[int, int, str, str], timezone: str = BERLIN):
    return document_dates(list(segments), timezone=timezone, today=TODAY)


def test_dateline_before_the_body_publishes() -> None:
    dateline = (1, 40, "12.03.2024, 07:15 Uhr", str(K.DATELINE))
    dates = _dates(TITLE, dateline, LEAD, BODY)

    assert dates.published is not None
    assert dates.published_source == "dateline"
    assert dates.published.value == dt.datetime(2024, 3, 12, 6, 15, tzinfo=UTC)
    assert dates.published.local == "2024-03-12T07:15"
    assert dates.published.timezone == BERLIN
    assert dates.published.segment_seq == 1
    assert dates.published.start == 40  # offsets are relative to the document
    assert dates.published.end == 40 + len("12.03.2024, 07:15 Uhr")
    assert dates.updated is None
    roles = {m.text: m.role for m in dates.mentions}
    assert roles == {"12.03.2024, 07:15 Uhr": DateRole.PUBLISHED, "12.03.2021": DateRole.NARRATIVE}


def test_stand_dateline_is_an_update() -> None:
    dateline = (1, 40, "Stand: 04.11.2023 18:33 Uhr", str(K.DATELINE))
    dates = _dates(TITLE, dateline, LEAD, PLAIN_BODY)
    assert [m.role for m in dates.mentions] == [DateRole.UPDATED]
    assert dates.updated is not None
    assert dates.updated.value == dt.datetime(2023, 11, 4, 17, 33, tzinfo=UTC)
    assert dates.mentions[0].start == 40 + len("Stand: ")


def test_published_and_updated_in_one_dateline() -> None:
    dateline = (
        1,
        40,
        "Veröffentlicht am 12.03.2024 um 07:15 Uhr, aktualisiert am 14.03.2024 um 09:30 Uhr",
        str(K.DATELINE),
    )
    dates = _dates(TITLE, dateline, LEAD, PLAIN_BODY)
    assert dates.published_source == "dateline"
    assert dates.published is not None and dates.updated is not None
    assert dates.published.local == "2024-03-12T07:15"
    assert dates.updated.local == "2024-03-14T09:30"


def test_only_an_update_line_publishes_from_it() -> None:
    dateline = (1, 40, "Aktualisiert am 14.03.2024, 09:30 Uhr", str(K.DATELINE))
    dates = _dates(TITLE, dateline, LEAD, PLAIN_BODY)
    assert dates.published_source == "updated"
    assert dates.published is dates.updated
    assert dates.published is not None
    assert dates.published.value == dt.datetime(2024, 3, 14, 8, 30, tzinfo=UTC)


def test_date_in_related_list_never_publishes() -> None:
    related = [
        (4, 300, "Mehr zum Thema", str(K.RELATED_LIST)),
        (5, 320, "Neue Brücke über die Lahn eröffnet 03.02.2024", str(K.RELATED_LIST)),
        (6, 380, "01.04.2024 – Freibad startet früher in die Saison", str(K.RELATED_LINK)),
    ]
    dates = _dates(TITLE, LEAD, PLAIN_BODY, *related)
    assert dates.published is None
    assert dates.published_source is None
    assert dates.updated is None
    assert {m.role for m in dates.mentions} == {DateRole.RELATED_LIST}
    assert len(dates.mentions) == 2


def test_related_list_before_the_body_does_not_publish_either() -> None:
    related = (1, 40, "Lesen Sie auch: Ortsumgehung ab 03.02.2024 gesperrt", str(K.RELATED_LINK))
    dates = _dates(TITLE, related, LEAD, PLAIN_BODY)
    assert dates.published is None
    assert [m.role for m in dates.mentions] == [DateRole.RELATED_LIST]


def test_narrative_date_in_body_never_publishes() -> None:
    dates = _dates(TITLE, LEAD, BODY)
    assert dates.published is None
    assert dates.published_source is None
    assert [m.role for m in dates.mentions] == [DateRole.NARRATIVE]
    assert dates.mentions[0].value == dt.datetime(2021, 3, 11, 23, 0, tzinfo=UTC)


def test_relative_date_is_recorded_but_never_publishes() -> None:
    dateline = (1, 40, "vor 2 Stunden", str(K.DATELINE))
    dates = _dates(TITLE, dateline, LEAD, PLAIN_BODY)
    assert dates.published is None
    assert [(m.role, m.value) for m in dates.mentions] == [(DateRole.RELATIVE, None)]


def test_nothing_dated_means_no_publication_date() -> None:
    dates = _dates(TITLE, LEAD, PLAIN_BODY)
    assert dates.mentions == []
    assert dates.published is None
    assert dates.published_source is None
    assert dates.updated is None


def test_dated_lead_opening_is_header_text() -> None:
    lead = (
        1,
        40,
        "12.03.2024 – Der Gemeinderat hat am Dienstagabend beschlossen, die Halle zu sanieren.",
        str(K.LEAD),
    )
    dates = _dates(TITLE, lead, PLAIN_BODY)
    assert dates.published_source == "text"
    assert dates.published is not None
    assert dates.published.role == DateRole.HEADER_TEXT


def test_cue_marked_dateline_after_the_body_still_publishes() -> None:
    footer = (9, 900, "Veröffentlicht am 12.03.2024 um 07:15 Uhr", str(K.DATELINE))
    dates = _dates(TITLE, LEAD, PLAIN_BODY, footer)
    assert dates.published_source == "dateline"
    assert dates.published is not None and dates.published.segment_seq == 9


def test_bare_dateline_after_the_body_is_boilerplate() -> None:
    footer = (9, 900, "12.03.2024", str(K.DATELINE))
    dates = _dates(TITLE, LEAD, PLAIN_BODY, footer)
    assert dates.published is None
    assert [m.role for m in dates.mentions] == [DateRole.BOILERPLATE]


@pytest.mark.parametrize(
    ("country", "language", "expected"),
    [
        ("AT", "de", "Europe/Vienna"),
        ("US", "en", "America/New_York"),
        (None, "fr", "Europe/Paris"),
        (None, "de", "Europe/Berlin"),
        ("XX", "en", "Europe/Berlin"),
    ],
    ids=["country-wins", "us", "language-fallback", "default", "unknown-country"],
)
def test_zone_for(country: str | None, language: str, expected: str) -> None:
    assert zone_for(country, language, BERLIN) == expected


def test_time_before_the_date_with_us_zone() -> None:
    (hit,) = find_dates("Published: 10:41 AM CDT April 3, 2024")
    value, local, zone = resolve(hit, "Europe/Berlin")
    assert (local, zone) == ("2024-04-03T10:41", "America/Chicago")
    assert value.isoformat() == "2024-04-03T15:41:00+00:00"


def test_time_before_the_date_with_a_middle_dot_between() -> None:
    (hit,) = find_dates("9:40 AM PDT · April 8, 2025")
    _, local, zone = resolve(hit, "Europe/Berlin")
    assert (local, zone) == ("2025-04-08T09:40", "America/Los_Angeles")


def test_time_before_a_day_first_date_and_before_a_weekday() -> None:
    (first, _) = find_dates("Published: 14:32 GMT, 5 March 2024 | Updated: 16:05 GMT, 5 March 2024")
    assert resolve(first, "Europe/London")[1] == "2024-03-05T14:32"
    (hit,) = find_dates("Updated 6:42 PM EST, Tue March 5, 2024")
    assert resolve(hit, "Europe/Berlin")[1:] == ("2024-03-05T18:42", "America/New_York")


def test_a_date_glued_to_the_update_cue_is_found() -> None:
    hits = find_dates("Published Nov. 14, 2023Updated Nov. 15, 2023, 9:20 a.m. ET")
    assert [(h.day, h.hour) for h in hits] == [(14, None), (15, 9)]
    # other letters glued to a year still end no date: "2023er" is no year of that date
    assert [(h.day, h.year) for h in find_dates("am 14. März 2023er Jahrgang")] == [(14, None)]


def test_stated_publication_beats_the_sites_date_above_the_headline() -> None:
    today_widget = (0, 0, "Montag, 23.10.2023", str(K.DATELINE))
    title = (1, 30, "Obernbach saniert die alte Turnhalle", str(K.TITLE))
    stated = (3, 200, "Veröffentlicht: 20.10.2023", str(K.DATELINE))
    dates = _dates(today_widget, title, LEAD, stated, PLAIN_BODY)
    assert dates.published is not None and dates.published.local == "2023-10-20"


def test_date_above_the_headline_publishes_when_nothing_says_otherwise() -> None:
    dateline = (0, 0, "12.03.2024, 07:15 Uhr", str(K.DATELINE))
    title = (1, 30, "Obernbach saniert die alte Turnhalle", str(K.TITLE))
    dates = _dates(dateline, title, LEAD, PLAIN_BODY)
    assert dates.published is not None and dates.published.local == "2024-03-12T07:15"


def test_dateline_below_the_headline_beats_the_sites_date_above_it() -> None:
    today_widget = (0, 0, "Freitag, 08. März 2024", str(K.DATELINE))
    title = (1, 30, "Obernbach saniert die alte Turnhalle", str(K.TITLE))
    dateline = (2, 70, "08.03.2024, 09:15 Uhr", str(K.DATELINE))
    dates = _dates(today_widget, title, dateline, PLAIN_BODY)
    assert dates.published is not None and dates.published.local == "2024-03-08T09:15"


def test_day_above_the_headline_and_the_time_alone_below_make_the_minute() -> None:
    day = (0, 0, "Artikel vom 18.10.2023", str(K.DATELINE))
    title = (1, 30, "Obernbach saniert die alte Turnhalle", str(K.TITLE))
    time_alone = (2, 70, "19.46 Uhr", str(K.DATELINE))
    lead = (3, 90, LEAD[2], str(K.LEAD))
    body = (4, 200, PLAIN_BODY[2], str(K.BODY))
    dates = _dates(day, title, time_alone, lead, body)
    assert dates.published is not None
    assert (dates.published.local, dates.published.precision) == ("2023-10-18T19:46", "minute")
    # a live ticker's entry times in the text say nothing about the day's article
    later = (6, 400, "17:58 Uhr", str(K.DATELINE))
    dates = _dates((0, 0, "Artikel vom 18.10.2023", str(K.DATELINE)), title, lead, body, later)
    assert dates.published is not None and dates.published.precision == "day"


def test_a_paragraph_right_above_the_dateline_is_still_the_header() -> None:
    deck = (2, 60, "Ein Dorf, neun Jahre Planung und keine Einigung in Sicht", str(K.LEAD))
    standfirst = (3, 120, LEAD[2], str(K.BODY))
    byline = (4, 200, "Von Jana Beispiel", str(K.BYLINE))
    dateline = (5, 220, "07.05.2024, 16:32", str(K.DATELINE))
    body = (6, 240, PLAIN_BODY[2], str(K.BODY))
    dates = _dates(TITLE, deck, standfirst, byline, dateline, body)
    assert dates.published is not None and dates.published.local == "2024-05-07T16:32"


def test_the_date_a_live_page_calls_first_published_beats_its_last_update() -> None:
    updated = (1, 40, "Tue 9 Apr 2024 17.42 BST", str(K.DATELINE))
    first = (2, 70, "First published on Tue 9 Apr 2024 08.15 BST", str(K.DATELINE))
    dates = _dates(TITLE, updated, first, LEAD, BODY)
    assert dates.published is not None and dates.published.local == "2024-04-09T08:15"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5. března 2024", (2024, 3, 5, None, None)),  # Czech, the genitive
        ("Aktualizováno: 6. března 2024 9:20", (2024, 3, 6, 9, 20)),
        ("2024. március 5. 14:32", (2024, 3, 5, 14, 32)),  # Hungarian: year, month, day
        ("Publicerad 5 maj 2024 kl. 14.32", (2024, 5, 5, 14, 32)),  # Swedish
        ("julkaistu 5. maaliskuuta 2024 klo 14.32", (2024, 3, 5, 14, 32)),  # Finnish
        ("Publisert 7. desember 2023", (2023, 12, 7, None, None)),  # Norwegian
        ("12. listopadu 2023", (2023, 11, 12, None, None)),
        ("2024. gada 9. oktobris", (2024, 10, 9, None, None)),  # Latvian: year, day, month
        ("2025. gada 3. marts plkst. 14:05", (2025, 3, 3, 14, 5)),
        ("2025 m. kovo 14 d. 09:12", (2025, 3, 14, 9, 12)),  # Lithuanian, the genitive
        ("Avaldatud: 14. märts 2025 kell 10:00", (2025, 3, 14, 10, 0)),  # Estonian
    ],
)
def test_month_names_of_more_languages(text: str, expected: tuple) -> None:
    hit = _only(text)
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Karte kostet 50 pro Woche und Person.",  # Czech "pro" (December) is German "per"
        "Unsere Top 5 list der besten Radwege",
        "Il a gagné 5 des 10 manches.",  # Norwegian "des" (December) is a French article
        "Teil III der Serie, 2024 erschienen",  # Hungarian months are also Roman numerals
    ],
)
def test_short_month_abbreviations_of_other_languages_are_not_dates(text: str) -> None:
    assert [h for h in find_dates(text, today=TODAY) if h.month is not None] == []


@pytest.mark.parametrize(
    "text",
    [
        "acum 3 ore",
        "před 3 hodinami",
        "3 órája",
        "för 2 timmar sedan",
        "for 3 timer siden",
        "há 2 horas",
        "3 tuntia sitten",
        "prije 2 sata",
    ],  # fmt: skip
)
def test_relative_times_of_more_languages_are_relative(text: str) -> None:
    assert _only(text).relative


def test_spaced_day_month_year() -> None:
    hit = _only("10. 6. 2024")
    assert (hit.year, hit.month, hit.day) == (2024, 6, 10)
    assert find_dates("Version 1. 2. 3", today=TODAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14:32, 5 марта 2024", (2024, 3, 5, 14, 32)),
        ("Опубліковано 12 квітня 2024 о 10:47", (2024, 4, 12, 10, 47)),
        ("5 мая 2024 в 10:00", (2024, 5, 5, 10, 0)),
        ("18 Σεπτεμβρίου 2023, 13:25", (2023, 9, 18, 13, 25)),
        ("18 ΣΕΠΤΕΜΒΡΙΟΥ 2023", (2023, 9, 18, None, None)),  # capitals drop the accents
        ("07 Mayıs 2024", (2024, 5, 7, None, None)),
        ("12 април 2024", (2024, 4, 12, None, None)),
    ],
)
def test_cyrillic_greek_and_turkish_month_names(text: str, expected: tuple) -> None:
    hit = _only(text)
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == expected


def test_the_pages_language_decides_a_month_name_languages_share() -> None:
    text = "24. listopada 2023. u 08:15"
    croatian = find_dates(text, today=TODAY, language="hr")[0]
    polish = find_dates(text, today=TODAY, language="pl")[0]
    assert (croatian.month, croatian.day, croatian.hour) == (10, 24, 8)  # listopad: October
    assert polish.month == 11  # listopad: November


def test_a_slashed_date_with_a_12_hour_clock_or_us_zone_is_month_first() -> None:
    us = _only("03/09/2025 12:47 PM EDT")
    assert (us.month, us.day, us.hour) == (3, 9, 12)
    european = _only("03/09/2025 12:47")
    assert (european.month, european.day) == (9, 3)


def test_when_a_copy_was_saved_or_printed_is_not_its_publication() -> None:
    segments = [
        (0, 0, "Markthalle bleibt stehen", str(K.TITLE)),
        (1, 30, "Saved on 14 March 2025 · 5 min read", str(K.READING_TIME)),
        (2, 70, "Tue 11 Mar 2025 07.00 GMT", str(K.DATELINE)),
        (3, 100, "Der Stadtrat hat am Abend beschlossen, die Halle umzubauen.", str(K.BODY)),
    ]
    dates = document_dates(segments, timezone=BERLIN, today=TODAY.replace(year=2026))
    assert dates.published is not None and dates.published.local == "2025-03-11T07:00"


def test_dateline_under_a_toolbar_below_the_standfirst_publishes() -> None:
    """Standfirst, then reading time, "vorlesen", share and comment count, then byline and
    dateline: the first paragraph was the standfirst and the header runs on to the date."""
    standfirst = (1, 20, "Die Halle bleibt bis zum Sommer geschlossen, teilt die Stadt mit.",
                  str(K.BODY))  # fmt: skip
    toolbar = [(2 + k, 90 + 10 * k, text, str(kind)) for k, (text, kind) in enumerate([
        ("Lesezeit: 3 Min.", K.READING_TIME), ("vorlesen", K.AUDIO_PLAYER),
        ("Druckansicht", K.SHARE), ("Kommentare lesen (214)", K.COMMENT_PROMPT)])]  # fmt: skip
    byline = (6, 140, "Von Jan Beispiel", str(K.BYLINE))
    dateline = (7, 160, "12.03.2024, 07:15 Uhr", str(K.DATELINE))
    body = (8, 190, BODY[2], str(K.BODY))
    dates = _dates(TITLE, standfirst, *toolbar, byline, dateline, body)
    assert dates.published is not None and dates.published.local == "2024-03-12T07:15"


def test_catalan_and_galician_datelines() -> None:
    catalan = _only("9 de maig de 2024, 12:37")
    galician = _only("26 de febreiro de 2024 ás 19:10")
    assert (catalan.year, catalan.month, catalan.day, catalan.hour) == (2024, 5, 9, 12)
    assert (galician.year, galician.month, galician.day, galician.hour) == (2024, 2, 26, 19)


def test_the_date_of_another_languages_edition_is_not_the_pages() -> None:
    dateline = (1, 40, "23.04.2024", str(K.DATELINE))
    note = (2, 60, "This article was first published in German on April 22, 2024.",
            str(K.CREDIT_LINE))  # fmt: skip
    dates = _dates(TITLE, dateline, note, LEAD, PLAIN_BODY)
    assert dates.published is not None and dates.published.local == "2024-04-23"
    assert {m.text: m.role for m in dates.mentions}["April 22, 2024"] == DateRole.BOILERPLATE


def test_an_hour_alone_with_its_am_or_pm_is_the_minute() -> None:
    dateline = (1, 40, "March 14, 2024, 5 a.m. EDT", str(K.DATELINE))
    dates = _dates(TITLE, dateline, LEAD, PLAIN_BODY)
    assert dates.published is not None and dates.published.precision == "minute"
    assert dates.published.value == dt.datetime(2024, 3, 14, 9, 0, tzinfo=UTC)
    # a German "am" after a date is no time
    assert [h.hour for h in find_dates("14. März 2024, 5 am Bahnhof", today=TODAY)] == [None]


def test_a_day_without_its_year_takes_the_year_the_page_gives_that_day() -> None:
    dateline = (1, 40, "14. März, 16:20 Uhr", str(K.DATELINE))
    note = (4, 400, "In einer früheren Fassung dieses Artikels vom 14. März 2025 hieß es …",
            str(K.BODY))  # fmt: skip
    dates = _dates(TITLE, dateline, LEAD, note)
    assert dates.published is not None and dates.published.local == "2025-03-14T16:20"
    # with no such day elsewhere, a day without a year is no date
    assert _dates(TITLE, dateline, LEAD, PLAIN_BODY).published is None


def test_the_sites_date_over_the_headline_anchors_todays_time() -> None:
    site_date = (0, 0, "Freitag, 14. März 2025", str(K.DATELINE))
    title = (1, 30, TITLE[2], str(K.TITLE))
    today = (2, 90, "Heute, 07:12 Uhr", str(K.DATELINE))
    dates = _dates(site_date, title, today, (3, 120, LEAD[2], str(K.LEAD)), PLAIN_BODY)
    assert dates.published is not None and dates.published.local == "2025-03-14T07:12"
    # a relative time with nothing to anchor it is no date
    assert _dates(title, today, (3, 120, LEAD[2], str(K.LEAD)), PLAIN_BODY).published is None


def test_the_sites_date_over_its_breadcrumb_is_not_the_articles() -> None:
    # an old page's head: the site's date of the day (of the copy or an archive's capture),
    # then its menus and breadcrumb; the article under them prints no date of its own
    segments = [
        (0, 0, "Donnerstag, 19. Oktober 2006", str(K.DATELINE)),
        (1, 30, "Startseite | Lokales | Sport | Kultur", str(K.NAVIGATION)),
        (2, 70, "Sie sind hier: Startseite > Lokales > Nord", str(K.BREADCRUMB)),
        (3, 120, "Bockwindmühle dreht sich wieder", str(K.TITLE)),
        (4, 160, "Die Flügel drehen sich seit Sonntag wieder im Wind.", str(K.LEAD)),
    ]
    assert _dates(*segments).published is None
    # without the breadcrumb between them, a date over the headline is the article's
    dated = _dates(*segments[:1], *segments[3:])
    assert dated.published is not None and dated.published.local == "2006-10-19"


@pytest.mark.parametrize(
    "head",
    [
        "Oviedo · Gijón · Avilés · Asturias · Cuencas · Deportes",  # the site's menu
        "Beispielstadt 18°C Partly sunny",  # the site's weather
    ],
)
def test_the_sites_date_over_its_menu_or_weather_is_not_the_articles(head: str) -> None:
    segments = [
        (0, 0, "Lunes, 19 de mayo de 2025", str(K.DATELINE)),
        (1, 30, head, str(K.NAVIGATION)),
        (2, 90, "El pozo será un museo vivo: los antiguos mineros guiarán las visitas",
         str(K.TITLE)),
        (3, 170, "El Ayuntamiento firma el convenio para abrir en 2026 el primer recorrido.",
         str(K.LEAD)),
    ]  # fmt: skip
    assert _dates(*segments, timezone="Europe/Madrid").published is None


def test_a_twelve_hour_time_with_its_zone_under_the_day_gives_the_minute() -> None:
    day = (1, 40, "Wednesday, 19 Feb 2025", str(K.DATELINE))
    time = (2, 64, "4:21 PM MYT", str(K.DATELINE))
    lead = (3, 80, LEAD[2], str(K.LEAD))
    body = (4, 170, BODY[2], str(K.BODY))
    dates = _dates(TITLE, day, time, lead, body)
    assert dates.published is not None and dates.published.local == "2025-02-19T16:21"


def test_icelandic_published_and_updated_lines() -> None:
    hit = _only("Birt 14. maí 2025 kl. 06:42")
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == (2025, 5, 14, 6, 42)


def test_bulgarian_abbreviated_months_and_the_update_on_one_line() -> None:
    hits = find_dates("11 фев 2025 14:05, обновена 11 фев 2025 16:38", today=TODAY)
    assert [(h.month, h.day, h.hour) for h in hits] == [(2, 11, 14), (2, 11, 16)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabic-Indic and Persian digits, read as ASCII (the evidence keeps the page's)
        ("نُشر في: ١٢/٣/٢٠٢٤ - ٠٩:١٥", (2024, 3, 12, 9, 15)),
        ("۲۳ اسفند ۱۴۰۲ - ۱۳ مارس ۲۰۲۴", (2024, 3, 13, None, None)),
        ("अपडेटेड: 19 फ़रवरी 2024, 04:45 PM", (2024, 2, 19, 16, 45)),
        ("2024年6月18日 午後7時05分", (2024, 6, 18, 19, 5)),
        ("2024年3月4日 10:32", (2024, 3, 4, 10, 32)),
        ("입력 2024.04.22 06:00", (2024, 4, 22, 6, 0)),
        ("2024년 4월 22일 오전 6시", (2024, 4, 22, 6, 0)),
        # a Thai page's Buddhist-era year: 2567 is 2024
        ("12 มิถุนายน 2567 17:45 น.", (2024, 6, 12, 17, 45)),
    ],
)
def test_dates_of_asian_and_middle_eastern_pages(
    text: str, expected: tuple[int, int, int, int | None, int | None]
) -> None:
    (hit, *_) = find_dates(text, today=TODAY)
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == expected
    assert hit.text in text  # the page's own digits


def test_a_dotted_year_first_date_is_not_read_inside_a_day_first_one() -> None:
    assert [(h.year, h.month, h.day) for h in find_dates("am 3.4.2024", today=TODAY)] == [
        (2024, 4, 3)
    ]


def test_the_first_publication_time_printed_after_the_update() -> None:
    line = (1, 40, "Updated August 14, 2024 — 11.32am, first published at 5.00am", str(K.DATELINE))
    dates = _dates(TITLE, line, LEAD, BODY, timezone="Australia/Sydney")
    assert dates.published is not None and dates.published.local == "2024-08-14T05:00"
    assert dates.published.text == "first published at 5.00am"


def test_relative_day_with_um_and_time_on_or_after() -> None:
    assert find_dates("Publiziert heute um 06:12 Uhr", today=TODAY)[0].relative
    (hit,) = find_dates("6:05 am on 18 June 2024", today=TODAY)
    assert (hit.day, hit.hour, hit.minute) == (18, 6, 5)


def test_quebec_hours_and_zone_letters() -> None:
    (hit,) = find_dates("Publié le 3 juin 2024 à 16 h 45 HAE", today=TODAY)
    _, local, zone = resolve(hit, "Europe/Paris")
    assert (local, zone) == ("2024-06-03T16:45", "America/Toronto")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 11, 2024 3 AM PT", (2024, 3, 11, 3, 0)),
        ("7 Mart 2024 Cuma 07:48 | Güncelleme: 7 Mart 2024 Cuma 12:15", (2024, 3, 7, 7, 48)),
    ],
)
def test_an_hour_without_minutes_and_a_weekday_after_the_year(
    text: str, expected: tuple[int, int, int, int, int]
) -> None:
    hit = find_dates(text, today=TODAY)[0]
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("16/Feb/2024", (2024, 2, 16, None, None)),
        ("Sóller 03·06·24 | 06:00", (2024, 6, 3, 6, 0)),
        ("First uploaded on: 01-04-2024 at 18:20 IST", (2024, 4, 1, 18, 20)),
    ],
)
def test_dates_of_spanish_and_indian_pages(
    text: str, expected: tuple[int, int, int, int | None, int | None]
) -> None:
    hit = find_dates(text, today=TODAY)[0]
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == expected


def test_a_publication_cue_alone_over_its_date_under_the_text() -> None:
    header = (1, 40, "Last Updated: January 22, 2024, 18:02 IST", str(K.DATELINE))
    cue = (9, 900, "First Published:", str(K.FOOTER))
    date = (10, 920, "January 22, 2024, 14:35 IST", str(K.DATELINE))
    dates = _dates(TITLE, header, LEAD, BODY, cue, date)
    assert dates.published is not None and dates.published.local == "2024-01-22T14:35"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7.15pm, 14 Mar 2024", (2024, 3, 14, 19, 15)),
        ("10.47 19 Mar 2024", (2024, 3, 19, 10, 47)),
    ],
)
def test_a_time_with_a_full_stop_before_the_date(
    text: str, expected: tuple[int, int, int, int | None, int | None]
) -> None:
    hit = _only(text)
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == expected


def test_the_foots_first_publication_note_beats_the_headers_update() -> None:
    header = (1, 40, "Aktualisiert am 05.03.2024 um 14:12 Uhr", str(K.DATELINE))
    note = (
        9,
        900,
        "Dieser Artikel ist erstmals am 05.03.2024 um 06:30 Uhr auf Beispiel24 erschienen.",
        str(K.FOOTER),
    )
    dates = _dates(TITLE, header, LEAD, PLAIN_BODY, note)
    assert dates.published is not None and dates.published.local == "2024-03-05T06:30"
    assert dates.published_source == "dateline"
    assert dates.updated is not None and dates.updated.local == "2024-03-05T14:12"


def test_a_first_publication_the_text_narrates_is_no_publication_date() -> None:
    body = (3, 160, "Das Buch ist erstmals am 05.03.1998 erschienen.", str(K.BODY))
    dates = _dates(TITLE, LEAD, body)
    assert dates.published is None


def test_a_us_time_with_its_zones_word() -> None:
    hit = _only("Aug. 20, 2024 5 AM Central")
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == (2024, 8, 20, 5, 0)


def test_a_comma_and_the_clocks_word_before_the_time() -> None:
    hit = _only("Publisert 12.03.2024, kl. 07.45")
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == (2024, 3, 12, 7, 45)


def test_a_hungarian_date_closed_by_a_full_stop_keeps_its_time() -> None:
    hit = _only("2024.04.16. 13:27")
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == (2024, 4, 16, 13, 27)


def test_a_first_publication_line_under_the_update_publishes() -> None:
    updated = (1, 40, "Aktualisiert: 15.03.2024, 11:02 Uhr", str(K.DATELINE))
    first = (2, 80, "Erstveröffentlichung: 14.03.2024, 05:30 Uhr", str(K.DATELINE))
    dates = _dates(TITLE, updated, first, LEAD, PLAIN_BODY)
    assert dates.published is not None and dates.published.local == "2024-03-14T05:30"


def test_a_republished_texts_first_appearance_elsewhere_is_not_the_pages_date() -> None:
    header = (1, 40, "VON ANNA BEISPIEL am 14. März 2025", str(K.BYLINE))
    credit = (
        2,
        80,
        "Erstveröffentlichung: Dieser Beitrag erschien zuerst am 27. Februar 2025 im Blog"
        " „Beispielpraxis“ und wurde für das Magazin leicht gekürzt.",
        str(K.CREDIT_LINE),
    )
    dates = _dates(TITLE, header, credit, LEAD, PLAIN_BODY)
    assert dates.published is not None and dates.published.local == "2025-03-14"


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("12.03.2025. u 14:32", 14),  # a South Slavic year closed by a full stop
        ("уторак, 19.11.2024. у 21:45", 21),
        ("Ponedjeljak, 7.4.2025. 09:18", 9),
        ("am 12.03.2025. 5 Menschen wurden verletzt", None),  # no clock after the stop
    ],
)
def test_a_year_closed_by_a_full_stop_keeps_its_time(text: str, hour: int | None) -> None:
    assert _only(text).hour == hour


def test_a_cue_alone_on_the_line_above_dates_the_next_line() -> None:
    # an article's info box under the text: "erstellt am:" / "30.10.2025" / "zuletzt …"
    box = [
        (5, 500, "erstellt am:", str(K.FOOTER)),
        (6, 520, "30.10.2025", str(K.DATELINE)),
        (7, 540, "zuletzt aktualisiert am:", str(K.FOOTER)),
        (8, 570, "31.10.2025", str(K.DATELINE)),
    ]
    dates = _dates(TITLE, LEAD, PLAIN_BODY, *box)
    assert dates.published is not None and dates.published.local == "2025-10-30"
    assert dates.updated is not None and dates.updated.local == "2025-10-31"


def test_turkish_creation_and_update_lines() -> None:
    created = (1, 40, "Oluşturulma Tarihi: Kasım 04, 2025 08:17", str(K.DATELINE))
    updated = (2, 90, "Güncelleme Tarihi: Kasım 04, 2025 11:52", str(K.DATELINE))
    dates = _dates(TITLE, created, updated, LEAD, PLAIN_BODY)
    assert dates.published is not None and dates.published.local == "2025-11-04T08:17"
    assert dates.updated is not None and dates.updated.local == "2025-11-04T11:52"


def test_a_brazilian_clock_that_spells_its_minutes() -> None:
    posted = (1, 40, "21/08/2025 - 19h05min", str(K.DATELINE))
    updated = (2, 70, "Atualizada em 21/08/2025 - 21h40min", str(K.DATELINE))
    dates = _dates(TITLE, posted, updated, LEAD, PLAIN_BODY)
    assert dates.published is not None and dates.published.local == "2025-08-21T19:05"
    assert dates.updated is not None and dates.updated.local == "2025-08-21T21:40"


def test_the_date_under_the_breadcrumb_beats_a_fixture_in_the_sites_head() -> None:
    # a club's page: its next match in the head, the report's own date over the headline
    segments = [
        (0, 0, "Nächstes Spiel", str(K.NAVIGATION)),
        (1, 20, "Sa, 01.03.2025, 19:30 Uhr", str(K.DATELINE)),
        (2, 50, "Home » News » Spielberichte", str(K.BREADCRUMB)),
        (3, 80, "23. Februar 2025", str(K.DATELINE)),
        (4, 100, "Starke zweite Hälfte: Heimsieg im Kellerduell", str(K.TITLE)),
        (5, 150, LEAD[2], str(K.LEAD)),
        (6, 300, PLAIN_BODY[2], str(K.BODY)),
    ]
    dates = _dates(*segments)
    assert dates.published is not None and dates.published.local == "2025-02-23"


def test_a_french_relative_update_in_hours_is_a_relative_date() -> None:
    # (read as a date, the line is the header's, never the headline; it dates nothing)
    updated = (1, 40, "Mis à jour il y a 2 h", str(K.DATELINE))
    dates = _dates(TITLE, updated, LEAD, PLAIN_BODY)
    assert [(m.text, m.role) for m in dates.mentions] == [("il y a 2 h", DateRole.RELATIVE)]
    assert dates.published is None


def test_a_catalan_month_after_an_elided_de() -> None:
    posted = (1, 40, "Barcelona - 03 d'abr. 2025 - 11:48 CEST", str(K.DATELINE))
    dates = _dates(TITLE, posted, LEAD, PLAIN_BODY)
    assert dates.published is not None and dates.published.local == "2025-04-03T11:48"


def test_a_time_first_with_its_gmt_twin_in_brackets() -> None:
    posted = (1, 40, "14:05 ET(18:05 GMT) 11 marzo, 2025", str(K.DATELINE))
    dates = _dates(TITLE, posted, LEAD, PLAIN_BODY)
    assert dates.published is not None and dates.published.local == "2025-03-11T14:05"


def test_a_flemish_time_with_a_u_between_hours_and_minutes() -> None:
    posted = (1, 40, "23/02/2025 om 09u15", str(K.DATELINE))
    dates = _dates(TITLE, posted, LEAD, PLAIN_BODY)
    assert dates.published is not None and dates.published.local == "2025-02-23T09:15"


@pytest.mark.parametrize(
    ("line", "local"),
    [
        ("27 Μαρ 2025 11:30", "2025-03-27T11:30"),  # Greek months abbreviated
        ("Δημοσιεύτηκε 2 Μαΐου 2025, 9:10 μ.μ.", "2025-05-02T21:10"),  # after noon
        ("15/04/2025 9:10 π.μ.", "2025-04-15T09:10"),  # a Greek 12-hour clock: day first
    ],
)
def test_greek_dates_with_short_months_and_a_12_hour_clock(line: str, local: str) -> None:
    posted = (1, 40, line, str(K.DATELINE))
    dates = _dates(TITLE, posted, LEAD, PLAIN_BODY, timezone="Europe/Athens")
    assert dates.published is not None and dates.published.local == local


def test_the_day_printed_again_over_the_headline_takes_the_time_under_it() -> None:
    # the site's date of the day at the top, the same day over the headline with its time
    site_day = (0, 0, "Wednesday, 16 Oct 2024", str(K.DATELINE))
    menus = [(k, 30 + k, f"Section {k}", str(K.NAVIGATION)) for k in range(1, 12)]
    day = (12, 200, "Wednesday, 16 Oct 2024", str(K.DATELINE))
    time_alone = (13, 230, "8:41 PM MYT", str(K.DATELINE))
    title = (14, 250, "Land for the new depot to be bought next year", str(K.TITLE))
    lead = (15, 300, LEAD[2], str(K.LEAD))
    body = (16, 400, PLAIN_BODY[2], str(K.BODY))
    dates = _dates(
        site_day, *menus, day, time_alone, title, lead, body, timezone="Asia/Kuala_Lumpur"
    )
    assert dates.published is not None
    assert (dates.published.local, dates.published.precision) == ("2024-10-16T20:41", "minute")


def test_a_turkish_guncellenme_line_is_an_update() -> None:
    created = (1, 40, "Oluşturulma Tarihi: Mart 14, 2024 10:42", str(K.DATELINE))
    updated = (2, 90, "Güncellenme Tarihi: Mart 14, 2024 11:05", str(K.DATELINE))
    dates = _dates(TITLE, created, updated, LEAD, PLAIN_BODY, timezone="Europe/Istanbul")
    assert dates.published is not None and dates.published.local == "2024-03-14T10:42"
    assert dates.updated is not None and dates.updated.local == "2024-03-14T11:05"


def test_a_wire_dateline_in_brackets_opening_the_first_paragraph_dates_the_page() -> None:
    deck = (1, 40, "Posponen a finales de año el arranque del tramo nuevo del metro.", str(K.LEAD))
    first = (
        2,
        120,
        "Monterrey, México (10 febrero 2025).- La apertura del primer tramo de la línea volvió "
        "a posponerse y ahora se prevé para los últimos meses del año.",
        str(K.BODY),
    )
    dates = _dates(TITLE, deck, first, PLAIN_BODY, timezone="America/Monterrey")
    assert dates.published is not None
    assert (dates.published.local, dates.published_source) == ("2025-02-10", "text")


def test_an_argentine_time_with_hs_after_it() -> None:
    posted = (1, 40, "15 de marzo 2025 · 18:22hs", str(K.DATELINE))
    dates = _dates(TITLE, posted, LEAD, PLAIN_BODY, timezone="America/Argentina/Buenos_Aires")
    assert dates.published is not None and dates.published.local == "2025-03-15T18:22"


def test_a_slovenian_dateline_with_ob_before_the_time() -> None:
    posted = (1, 40, "Celje, 14. marec 2025 ob 18:42,", str(K.DATELINE))
    updated = (2, 80, "zadnji poseg: 14. marec 2025 ob 21:05", str(K.DATELINE))
    dates = _dates(TITLE, posted, updated, LEAD, PLAIN_BODY, timezone="Europe/Ljubljana")
    assert dates.published is not None and dates.published.local == "2025-03-14T18:42"
    assert dates.updated is not None and dates.updated.local == "2025-03-14T21:05"


@pytest.mark.parametrize(
    ("text", "local"),
    [
        ("毎日新聞 2024/11/20 東京朝刊", "2024-11-20"),
        ("2024/09/18 14:32", "2024-09-18T14:32"),
        ("송고시간2024-05-21 15:47", "2024-05-21T15:47"),
        ("الأحد 17 مارس 2024 02:15 م", "2024-03-17T14:15"),
        ("17/3/2024 09:12 ص", "2024-03-17T09:12"),
    ],
)
def test_slashed_cjk_dates_glued_labels_and_arabic_halves_of_the_day(text: str, local: str) -> None:
    posted = (1, 40, text, str(K.DATELINE))
    dates = _dates(TITLE, posted, LEAD, PLAIN_BODY, timezone="Asia/Tokyo")
    assert dates.published is not None and dates.published.local == local


def test_a_season_or_a_fiscal_year_is_no_slashed_date() -> None:
    assert find_dates("Saison 2024/25 und Haushalt 2024/2025", today=TODAY) == []
