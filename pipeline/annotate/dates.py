"""Publication and update dates, from the article's own header, with their evidence.

Candidates are found with one compiled pattern (fast, and no false dates from words such as
"die" or "mit", which is what scanning German prose with ``dateparser.search_dates`` gives);
month names come from dateparser's locale data, so every configured language is covered. What a
date *means* comes from where it stands: a dateline segment before the article body publishes
it, one after "Aktualisiert"/"Updated" updates it, dates in related lists or the narrative are
mentions only. No year in the text means no date: "am 12. Juli" stays a mention with value null.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from zoneinfo import ZoneInfo

from pipeline import cues
from pipeline.patternset import PatternSet
from pipeline.reasons import BODY_KINDS, DateRole
from pipeline.reasons import SegmentKind as K

MONTH_KEYS = (
    "january february march april may june july august september october november december"
).split()
MONTH_LANGUAGES = ("de", "en", "fr", "es", "it", "nl", "pl", "pt")
# More languages' month names, where they cannot be mistaken for a word of another language
# after a number: at least four letters (the three-letter abbreviations of these locales
# include "des", "pro", "led", "lis", "tra", words of other languages), and never a Roman
# numeral (Hungarian months are also written "III."); "maj" and "máj" are whole names.
MORE_MONTH_LANGUAGES = (
    "sv", "da", "nb", "fi", "cs", "sk", "hu", "ro", "hr", "sl", "ru", "uk", "bg", "el", "tr", "sr",
    "ca", "gl", "af", "lv", "lt", "et", "is",
    # scripts no other language of the list writes, and Indonesian
    "ar", "fa", "he", "hi", "th", "id",
)  # fmt: skip
SHORT_MONTH_NAMES = frozenset({
    "maj", "máj", "мая", "май", "мај", "maí",
    # Bulgarian and Russian abbreviations, as headers print them: "11 фев 2025 14:05"
    "яну", "янв", "фев", "мар", "апр", "юни", "юли", "июн", "июл", "авг", "сеп", "сен", "окт",
    "ное", "ноя", "дек",
    # Greek: "27 Μαρ 2025 11:30"
    "ιαν", "φεβ", "μάρ", "μαρ", "απρ", "μάι", "μαΐ", "αυγ", "αύγ", "σεπ", "οκτ", "νοέ", "νοε",
    "δεκ",
})  # fmt: skip
_ROMAN = re.compile(r"[ivxlc]+")
# Greek π.μ. / μ.μ. and Arabic ص / م: before and after noon
_OTHER_MERIDIEM = {"πμ": "am", "μμ": "pm", "ص": "am", "م": "pm"}
MIN_YEAR = 1990

COUNTRY_TIMEZONES = {
    "DE": "Europe/Berlin",
    "AT": "Europe/Vienna",
    "CH": "Europe/Zurich",
    "FR": "Europe/Paris",
    "ES": "Europe/Madrid",
    "IT": "Europe/Rome",
    "NL": "Europe/Amsterdam",
    "BE": "Europe/Brussels",
    "PL": "Europe/Warsaw",
    "GB": "Europe/London",
    "IE": "Europe/Dublin",
    "US": "America/New_York",
    "RU": "Europe/Moscow",
    "QA": "Asia/Qatar",
    "PT": "Europe/Lisbon",
    "DK": "Europe/Copenhagen",
    "SE": "Europe/Stockholm",
    "CZ": "Europe/Prague",
    "NO": "Europe/Oslo",
    "FI": "Europe/Helsinki",
    "SK": "Europe/Bratislava",
    "HU": "Europe/Budapest",
    "RO": "Europe/Bucharest",
    "HR": "Europe/Zagreb",
    "SI": "Europe/Ljubljana",
    "UA": "Europe/Kyiv",
    "CN": "Asia/Shanghai",
    "LU": "Europe/Luxembourg",
}
LANGUAGE_TIMEZONES = {
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "pl": "Europe/Warsaw",
    "pt": "Europe/Lisbon",
    "cs": "Europe/Prague",
    "da": "Europe/Copenhagen",
    "sv": "Europe/Stockholm",
    "nb": "Europe/Oslo",
    "fi": "Europe/Helsinki",
    "sk": "Europe/Bratislava",
    "hu": "Europe/Budapest",
    "ro": "Europe/Bucharest",
    "hr": "Europe/Zagreb",
    "sl": "Europe/Ljubljana",
}
TZ_ABBREVIATIONS = {
    "MEZ": "Europe/Berlin",
    "MESZ": "Europe/Berlin",
    "CET": "Europe/Berlin",
    "CEST": "Europe/Berlin",
    "UTC": "UTC",
    "GMT": "UTC",
    "Z": "UTC",
    "BST": "Europe/London",
    "ET": "America/New_York",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "PT": "America/Los_Angeles",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "CT": "America/Chicago",
    "CDT": "America/Chicago",
    "CST": "America/Chicago",
    "MDT": "America/Denver",
    "MST": "America/Denver",
    "HAE": "America/Toronto",
    "HNE": "America/Toronto",
    "HAA": "America/Halifax",
    "HNA": "America/Halifax",
    "HAC": "America/Winnipeg",
    "HNC": "America/Winnipeg",
    "HAP": "America/Vancouver",
    "HNP": "America/Vancouver",
}


@lru_cache(maxsize=1)
def month_names() -> dict[str, int]:
    """Lower-case month names and abbreviations of the covered languages -> month number."""
    import dateparser.languages.loader as loader

    names: dict[str, int] = {}
    for language in (*MONTH_LANGUAGES, *MORE_MONTH_LANGUAGES):
        more = language in MORE_MONTH_LANGUAGES
        info = loader.default_loader.get_locale(language).info
        for number, key in enumerate(MONTH_KEYS, start=1):
            for name in info.get(key, []):
                name = name.lower().rstrip(".")
                if len(name) < 3 or not _letters(name):
                    continue
                if more and (
                    (len(name) < 4 and name not in SHORT_MONTH_NAMES) or _ROMAN.fullmatch(name)
                ):
                    continue
                names.setdefault(name, number)
                if language == "el":  # headlines and datelines in capitals drop the accents
                    names.setdefault(_without_accents(name), number)
    return names


@lru_cache(maxsize=32)
def _local_month_names(language: str) -> dict[str, int]:
    """Month names of one language: where languages disagree, the page's own wins (Croatian
    "listopada" is October, Polish and Czech "listopad…" November)."""
    import dateparser.languages.loader as loader

    try:
        info = loader.default_loader.get_locale(language).info
    except (KeyError, ValueError):
        return {}
    names: dict[str, int] = {}
    for number, key in enumerate(MONTH_KEYS, start=1):
        for name in info.get(key, []):
            name = name.lower().rstrip(".")
            if len(name) >= 4 and _letters(name):
                names[name] = number
    return names


def _month(name: str, language: str | None) -> int:
    name = name.lower().rstrip(".")
    if language:
        local = _local_month_names(language).get(name)
        if local is not None:
            return local
    return month_names()[name]


def _letters(name: str) -> bool:
    """Letters only, with their marks (Hindi's vowel signs and nukta are marks)."""
    return name.isalpha() or all(
        c.isalpha() or unicodedata.category(c).startswith("M") for c in name
    )


# Digits of other scripts, as Arabic, Persian and Hindi pages print dates ("١٢/٣/٢٠٢٥"):
# read as ASCII digits, one character each, so every offset stays
_OTHER_DIGITS = re.compile(r"[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]")
_TO_ASCII_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९", "0123456789" * 3)
BUDDHIST_ERA = 543  # Thai years: 2568 is 2025


def _without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept)


_ZONES = (
    r"MESZ|MEZ|CEST|CET|UTC|GMT|BST|EDT|EST|ET|CDT|CST|CT|MDT|MST|PDT|PST|PT"
    r"|HAE|HNE|HAA|HNA|HAC|HNC|HAP|HNP"  # Canada's French zone letters: "16 h 45 HAE"
    r"|[+-]\d{2}:?\d{2}"
)
_TIME = (
    # (a comma and the clock's word: "12.03.2024, kl. 07.45")
    r"(?:\s*(?:,(?:\s*(?:kl\.?|klo|klockan|kell|um|at|à|alle|ore|om)(?=\s*\d))?|um|at|à|às|ás|a las"
    r"|a les|alle|ore|om|ob|o|kl\.?|klockan|klo|kell|plkst\.?|в|о|у"
    r"|στις|u|-|–|—|\||/|•|·)?\s*"
    r"(?:ore\s+)?"
    # (Québec spaces its hours: "à 5 h 00")
    # (and Flemish sites' "09u15")
    r"(?:(?P<H>[01]?\d|2[0-3])(?:[:.h]| h |u(?=[0-5]\d\b))(?P<M>[0-5]\d)(?::[0-5]\d)?"
    # (and the Greek and Arabic halves of the day: "9:10 μ.μ.", "02:15 م")
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?|[πμΠΜ]\.\s?[μΜ]\.|[صم](?![\u0600-\u06ff])))?"
    # "5 a.m. EDT", and "3 AM PT" (with a zone: "5 am Bahnhof" is German)
    # (or a US zone's word: "5 AM Central")
    r"|(?P<H1>1[0-2]|0?[1-9])\s*(?P<ampm1>[ap]\.\s?m\.|[ap]m(?=\s*(?:[ecmp][sd]?t|eastern|central"
    r"|mountain|pacific)\b)))"
    # (a Brazilian clock spells its minutes: "19h05min")
    rf"(?:\s*(?:uhr|hs?\b)|(?<=h\d\d)min\b)?(?:\s*(?P<tz>{_ZONES}))?)?"  # ("18:22hs": horas)
)


@lru_cache(maxsize=2)
def date_pattern(lowered: bool = False) -> re.Pattern[str]:
    """Every date shape; ``lowered`` is the case-sensitive twin for lower-cased text (Python's
    ``re`` is about three times faster without IGNORECASE): its upper-case literals (zone
    abbreviations, ISO's T and Z) are written in lower case, group names stay as they are."""

    def case(literal: str) -> str:
        return literal.lower() if lowered else literal

    months = "|".join(sorted((re.escape(m) for m in month_names()), key=len, reverse=True))
    iso = (
        r"(?P<iy>(?:19|20)\d{2})-(?P<im>[01]\d)-(?P<id>[0-3]\d)"
        rf"(?:[{case('T')} ](?P<iH>[0-2]\d):(?P<iM>[0-5]\d)(?::\d{{2}}(?:\.\d+)?)?"
        rf"(?P<itz>{case('Z')}|[+-]\d{{2}}:?\d{{2}}|\s*(?:{case('UTC|GMT|MESZ|MEZ|CEST|CET')}))?)?"
    )
    numeric = (
        # "10.6.2024", and "10. 6. 2024" as Czech, Slovak and some German pages space it
        r"(?P<nd>[0-3]?\d)(?P<sep>[./·-])(?: (?=\d))?(?P<nm>[0-3]?\d)(?P=sep)(?: (?=\d))?"
        r"(?P<ny>(?:19|20)\d{2}|\d{2})"
        r"(?![\d.]\d)"
        # South Slavic pages close the year with a full stop: "12.03.2025. u 14:32"
        r"(?:\.(?=\s+(?:u\s+|o\s+|у\s+)?[0-2]?\d[:.][0-5]\d))?"
    )
    worded_dmy = (
        # (and "16/Feb/2025", "16-Feb-2025")
        # (and Catalan's elided "de": "03 d'abr. 2025")
        rf"(?P<td>[0-3]?\d)(?:\.|er|st|nd|rd|th)?(?:\s*|[/-])(?:de\s+|d['’])?(?P<tmon>{months})\.?"
        r"(?:(?:,?\s*|[/-])(?:de\s+)?(?P<ty>(?:19|20)\d{2}|25[3-9]\d)(?:\.(?=\s+(?:u|o|в|о)?\s*\d))?"
        # Turkish puts the weekday after the year: "7 Mart 2025 Cuma 07:48"
        r"(?:\s+(?:pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar)(?=\s+\d))?)?"
    )
    # Chinese, Japanese and Korean: "2025年3月4日 10:32", "2025年6月18日 午後7時05分",
    # "2025년 4월 22일 오전 6시"; Korean and Chinese sites' dotted "2025.04.22 06:00"
    cjk = (
        r"(?P<cy>(?:19|20)\d{2})\s*[年년]\s*(?P<cm>[01]?\d)\s*[月월]\s*(?P<cd>[0-3]?\d)\s*[日일]"
        r"(?:\s*(?:\([^)]{1,3}\)\s*)?(?P<cpm>午前|午後|上午|下午|오전|오후)?\s*"
        r"(?P<cH>[0-2]?\d)\s*(?:[時时시:])\s*(?P<cM>[0-5]\d)?\s*[分분]?)?"
        # (Hungarian closes it with a full stop: "2024.04.16. 13:27")
        # (and slashed, as Japanese and Chinese sites print it: "2024/09/18 14:32")
        r"|(?P<dy>(?:19|20)\d{2})(?P<dsep>[./])(?P<dm>[01]?\d)(?P=dsep)(?P<dd>[0-3]?\d)\.?"
        r"(?![\d./]\d)"
    )
    # Hungarian: "2024. március 5.", "2024. márc. 5., 14:32"
    # Latvian: "2024. gada 9. oktobris"; Lithuanian: "2025 m. kovo 14 d."
    worded_ydm = (
        rf"(?P<gy>(?:19|20)\d{{2}})\.\s*gada\s+(?P<gd>[0-3]?\d)\.\s*(?P<gmon>{months})\b"
        rf"|(?P<ky>(?:19|20)\d{{2}})\s*m\.\s*(?P<kmon>{months})\s+(?P<kd>[0-3]?\d)\s*d\."
    )
    worded_ymd = rf"(?P<hy>(?:19|20)\d{{2}})\.\s*(?P<hmon>{months})\.?\s+(?P<hd>[0-3]?\d)\.?(?!\d)"
    worded_mdy = (
        rf"(?P<umon>{months})\.?\s+(?P<ud>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<uy>(?:19|20)\d{{2}})"
    )
    relative = (
        r"(?P<rel>vor\s+(?:\d+|einer?|zwei|drei|vier|fünf)\s+(?:minuten?|stunden?|tagen?)"
        r"|(?:\d+|an?)\s+(?:minutes?|mins?|hours?|hrs?|days?)\.?\s+ago|\d+\s?[hdm]\s+ago"
        r"|il y a\s+\d+\s*(?:minutes?|min|heures?|h|jours?)\b"
        r"|hace\s+\d+\s+(?:minutos?|horas?|días?)|\d+\s+(?:minuti|ore|giorni)\s+fa"
        r"|\d+\s+(?:minuten|uur|dagen)\s+geleden|\d+\s+(?:minut|godzin[y]?|dni)\s+temu"
        r"|acum\s+(?:\d+|o|un)\s+(?:minute?|minut|ore|oră|zile|zi)|há\s+\d+\s+(?:minutos?|horas?|dias?)"
        r"|před\s+\d+\s+(?:minutami|minutou|hodinami|hodinou|dny|dnem)"
        r"|pred\s+\d+\s+(?:minútami|hodinami|dňami)|\d+\s+(?:perce|órája|napja)"
        r"|för\s+\d+\s+(?:minuter|timmar|dagar)\s+sedan|for\s+\d+\s+(?:minutter|timer|dage|dager)"
        r"\s+siden|\d+\s+(?:minuuttia|tuntia|päivää)\s+sitten|prije\s+\d+\s+(?:minuta|sat[ia]?|dana)"
        r"|(?:gestern|heute|yesterday|today|hier|aujourd'hui|ayer|hoy|ieri|oggi|gisteren|vandaag"
        r"|wczoraj|dzisiaj)(?=\s*,?\s*(?:um\s+|at\s+)?\d{1,2}[:.]\d{2})"
        r"|(?:aujourd['’]hui|hier)(?=\s+à\s+\d{1,2}h\d{2}))"
    )
    # "10:41 AM CDT April 3, 2024": a time before the date, as US sites print it; German
    # sites do it too: "16:05 Uhr, 22.05.2024".
    time_first = (
        # (Irish and British sites put a full stop in it: "7.15pm, 14 Mar 2024", "10.47 19 Mar")
        r"(?:(?P<pH>[01]?\d|2[0-3])[:.](?P<pM>[0-5]\d)\s*(?P<pampm>[ap]\.?\s?m\.?)?"
        rf"\s*(?P<ptz>{case(_ZONES)})?(?:\s*uhr)?"
        # the same time in GMT beside it: "14:05 ET(18:05 GMT) 11 marzo, 2025"
        rf"(?:\s*\((?:[01]?\d|2[0-3])[:.][0-5]\d\s*{case('(?:GMT|UTC)')}\))?"
        r"\s*[,·•|]?\s+(?:on\s+)?"  # "9:40 AM PDT · April 8"
        r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?"  # "6:42 PM EST, Tue March 5"
        rf"(?=(?:{months})\.?\s+\d|[0-3]?\d(?:\.|st|nd|rd|th)?\s+(?:{months})\b"
        r"|[0-3]?\d[./][01]?\d[./](?:19|20)\d\d))?"
    )
    time = _TIME.replace(_ZONES, case(_ZONES))
    return re.compile(
        # (an underscore is no word here: markdown's "_03.04.2024 um 09:30 Uhr_")
        # (a CJK label may run into the date: "송고시간2024-05-21 15:47", "发布/2024年…")
        rf"(?<![^\W_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])(?<!\.){time_first}(?:{iso}|{cjk}|{numeric}|{worded_ydm}|{worded_ymd}|{worded_mdy}|{worded_dmy}"
        rf"|{relative}){time}"
        r"(?:(?![^\W_])|(?=updated|aktualisiert|geändert|modified))",  # "Nov. 14, 2023Updated …"
        0 if lowered else re.IGNORECASE,
    )


def date_matches(text: str) -> Iterator[re.Match[str]]:
    """Date matches in ``text``. Where lower-casing keeps every offset (nearly always), the
    fast twin runs on the lower-cased text: group values are then lower case, so take the
    matched text from ``text`` by offsets, never from ``match.group(0)``."""
    if _OTHER_DIGITS.search(text):
        text = text.translate(_TO_ASCII_DIGITS)
    lower = text.lower()
    if len(lower) == len(text):
        if not _date_set().candidates(lower):
            return iter(())  # most lines hold no date: one RE2 pass says so
        return date_pattern(lowered=True).finditer(lower)
    return date_pattern().finditer(text)


@lru_cache(maxsize=1)
def _date_set() -> PatternSet:
    return PatternSet([date_pattern(lowered=True)])


@dataclass(frozen=True, slots=True)
class DateHit:
    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    hour: int | None
    minute: int | None
    tz: str | None
    relative: bool

    @property
    def complete(self) -> bool:
        return self.year is not None and not self.relative

    @property
    def precision(self) -> str | None:
        if not self.complete:
            return None
        return "minute" if self.hour is not None else "day"


def find_dates(
    text: str, *, today: dt.date | None = None, language: str | None = None
) -> list[DateHit]:
    """Every date-like span in ``text``; impossible calendar dates are dropped."""
    today = today or dt.date.today()
    hits = []
    for match in date_matches(text):
        hit = _hit(match, text, today, language)
        if hit is not None:
            hits.append(hit)
    return hits


def _hit(
    match: re.Match[str], text: str, today: dt.date, language: str | None = None
) -> DateHit | None:
    g = match.groupdict()
    hour = minute = None
    tz = g.get("tz")
    relative = False
    if g["iy"]:
        year, month, day = int(g["iy"]), int(g["im"]), int(g["id"])
        if g["iH"]:
            hour, minute = int(g["iH"]), int(g["iM"])
        tz = (g["itz"] or "").strip() or tz
    elif g["cy"]:
        year, month, day = int(g["cy"]), int(g["cm"]), int(g["cd"])
        if g["cH"] is not None:
            hour, minute = int(g["cH"]), int(g["cM"] or 0)
            if g["cpm"] in {"午後", "下午", "오후"} and hour < 12:
                hour += 12
            elif g["cpm"] in {"午前", "上午", "오전"} and hour == 12:
                hour = 0
    elif g["dy"]:
        year, month, day = int(g["dy"]), int(g["dm"]), int(g["dd"])
    elif g["ny"]:
        day, month, year = int(g["nd"]), int(g["nm"]), int(g["ny"])
        if year < 100:
            year += 2000 if year <= today.year % 100 + 1 else 1900
        if month > 12 and day <= 12:
            day, month = month, day
        elif g["sep"] == "/" and day <= 12 and _american(g):
            # "03/09/2025 12:47 PM EDT": month first (not "29/01/2025 a las 04:50 p. m.", a
            # day first with a 12-hour clock, as Latin American sites print it)
            day, month = month, day
    elif g["gmon"]:
        month, day, year = _month(g["gmon"], language), int(g["gd"]), int(g["gy"])
    elif g["kmon"]:
        month, day, year = _month(g["kmon"], language), int(g["kd"]), int(g["ky"])
    elif g["hmon"]:
        month, day, year = _month(g["hmon"], language), int(g["hd"]), int(g["hy"])
    elif g["umon"]:
        month, day, year = _month(g["umon"], language), int(g["ud"]), int(g["uy"])
    elif g["tmon"]:
        month, day = _month(g["tmon"], language), int(g["td"])
        year = int(g["ty"]) if g["ty"] else None
        if year is not None and year > 2400:
            year -= BUDDHIST_ERA
    else:
        relative = True
        year = month = day = None
    if g["H"] is None and g.get("H1") is not None:
        g["H"], g["M"], g["ampm"] = g["H1"], "0", g["ampm1"]
    if g["H"] is None and g["pH"] is not None:
        g["H"], g["M"], g["ampm"] = g["pH"], g["pM"], g["pampm"]
        tz = tz or g["ptz"]
    if g["H"] is not None:
        hour, minute = int(g["H"]), int(g["M"])
        ampm = (g.get("ampm") or "").replace(".", "").replace(" ", "").lower()
        ampm = _OTHER_MERIDIEM.get(ampm, ampm)
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
    if not relative:
        try:
            dt.date(year or 2000, month, day)
        except (TypeError, ValueError):
            return None
        if year is not None and not (MIN_YEAR <= year <= today.year + 1):
            return None
    start, end = match.span()
    return DateHit(start, end, text[start:end], year, month, day, hour, minute, tz, relative)


_US_ZONES = frozenset({"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST",
                       "PDT"})  # fmt: skip


def _american(g: dict[str, str | None]) -> bool:
    """A slashed date printed with a 12-hour clock or a US time zone is month/day/year (Greek
    pages' 12-hour clock, "μ.μ.", goes with day/month/year)."""
    latin_ampm = (g.get("ampm") or "")[:1] in {"a", "p", "A", "P"}
    return latin_ampm or bool(g.get("pampm")) or (g.get("tz") or "").upper() in _US_ZONES


def resolve(hit: DateHit, timezone: str) -> tuple[dt.datetime, str, str] | None:
    """(UTC instant, local ISO text, timezone name) of a complete hit; None otherwise."""
    if not hit.complete:
        return None
    zone_name = timezone
    offset = None
    if hit.tz:
        upper = hit.tz.upper()
        if upper in TZ_ABBREVIATIONS:
            zone_name = TZ_ABBREVIATIONS[upper]
        elif re.fullmatch(r"[+-]\d{2}:?\d{2}", hit.tz):
            sign = 1 if hit.tz[0] == "+" else -1
            digits = hit.tz[1:].replace(":", "")
            offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])) * sign
    zone: dt.tzinfo = dt.timezone(offset) if offset is not None else ZoneInfo(zone_name)
    if offset is not None:
        zone_name = f"UTC{hit.tz}"
    local = dt.datetime(hit.year, hit.month, hit.day, hit.hour or 0, hit.minute or 0, tzinfo=zone)
    text = local.strftime("%Y-%m-%dT%H:%M") if hit.hour is not None else local.date().isoformat()
    return local.astimezone(dt.UTC), text, zone_name


def date_coverage(text: str) -> float:
    """Share of a line taken by dates, times and dateline cue words (1.0 = a pure dateline)."""
    stripped = text.strip()
    if not stripped:
        return 0.0
    rest = date_pattern().sub(" ", stripped)
    rest = cues.UPDATED_CUE.sub(" ", rest)
    rest = cues.PUBLISHED_CUE.sub(" ", rest)
    rest = re.sub(
        r"\b(?:uhr|uur|am|um|om|on|at|le|el|il|op|dnia|à|a las|ore|,|\||\.|:|-|–)\b|[|,.:–-]",
        " ",
        rest,
        flags=re.IGNORECASE,
    )
    return 1.0 - len(rest.strip()) / len(stripped)


@dataclass(frozen=True, slots=True)
class Mention:
    segment_seq: int
    start: int
    end: int
    text: str
    value: dt.datetime | None
    local: str | None
    precision: str | None
    role: DateRole
    timezone: str | None


@dataclass(frozen=True, slots=True)
class DocumentDates:
    mentions: list[Mention]
    published: Mention | None
    published_source: str | None
    updated: Mention | None


HEADER_KINDS = frozenset({K.DATELINE, K.BYLINE, K.READING_TIME, K.SECTION_LABEL, K.CREDIT_LINE})
RELATED_KINDS = frozenset({K.RELATED_LIST, K.RELATED_LINK})


def _site_head_between(
    segments: Sequence[tuple[int, int, str, str]], after: int, before: int
) -> bool:
    """The site's breadcrumb, a menu of four or more items or the weather stands between two
    lines: the article starts under it (every line over a headline is "navigation"; an
    e-paper's issue date over the page's head and toolbar is the issue's)."""
    return any(
        kind == K.BREADCRUMB or _menu_text(text) or _WEATHER.search(text)
        for seq, _, text, kind in segments
        if after < seq < before
    )


# today's weather in a site's head: "Seattle 64°F Partly sunny", "Köln 12 °C"
_WEATHER = re.compile(r"\b-?\d{1,2}\s?°\s?[CF]?\b")
_WIDE_GAP = re.compile(r"\S\s{3,}(?=\S)")


def _menu_text(text: str) -> bool:
    """Four or more items in one line: "Oviedo · Gijón · Avilés · Asturias · Cuencas"."""
    separators = text.count(" | ") + text.count(" · ") + text.count(" • ")
    return separators >= 4 or len(_WIDE_GAP.findall(text)) >= 4


def document_dates(
    segments: Sequence[tuple[int, int, str, str]],
    *,
    timezone: str,
    today: dt.date,
    language: str | None = None,
) -> DocumentDates:
    """Mentions with roles, and the publication/update dates, for one document (``language``,
    the document's, decides month names that languages share with other meanings).

    ``segments`` are (seq, start, text, kind) in reading order. The header ends at the first
    body paragraph after the lead; dates after it are never the publication date, except a
    cue-marked dateline ("Veröffentlicht am …") that some sites print under the article.
    """
    # a paragraph right above the byline or dateline is the standfirst (a deck above it took
    # the lead's place): the header ends at the first paragraph that no such meta follows
    segments = list(segments)
    kinds = [kind for _, _, _, kind in segments]
    bodies = [k for k, kind in enumerate(kinds) if kind == K.BODY]
    first = bodies[0] if bodies else None
    if (
        first is not None
        and len(bodies) > 1
        and (
            {K.BYLINE, K.DATELINE} & set(kinds[first + 1 : min(first + 3, bodies[1])])
            # or both under a toolbar (reading time, "vorlesen", share, comment count)
            or {K.BYLINE, K.DATELINE} <= set(kinds[first + 1 : min(first + 9, bodies[1])])
        )
    ):
        first = bodies[1]  # text follows that meta: the first paragraph was the standfirst
    first_body = segments[first][0] if first is not None else None
    title_seq = next((seq for seq, _, _, kind in segments if kind == K.TITLE), None)
    mentions: list[Mention] = []
    cued: set[int] = set()  # mentions a publication cue introduces ("Veröffentlicht: …")
    times: list[tuple[int, str, int, int]] = []  # a header's time on its own line: "19.46 Uhr"
    found = [
        (seq, seg_start, text, kind, list(find_dates(text, today=today, language=language)))
        for seq, seg_start, text, kind in segments
    ]
    # "14. März, 16:20 Uhr" where the page gives the day's year elsewhere ("… dieses Artikels
    # vom 14. März 2025"): that year
    years = {(h.month, h.day): h.year for *_, hits in found for h in hits
             if h.year is not None and not h.relative}  # fmt: skip
    relative_times: list[tuple[int, int, int]] = []  # the header's (days back, hour, minute)
    lead_in = ""  # a cue alone on the line before: "First Published:" / "January 22, 2025, …"
    for seq, seg_start, text, kind, hits in found:
        in_header = first_body is None or seq < first_body
        cue_before, lead_in = lead_in, ""  # (it leads into the next line only)
        if not hits and _BARE_CUE.fullmatch(text.strip()):
            lead_in = text.strip()
            continue
        if kind == K.DATELINE and in_header and (alone := _TIME_ALONE.match(text.strip())):
            hour, half = int(alone.group(1)), (alone.group(3) or "").lower()
            hour = (
                hour + 12
                if half == "p" and hour < 12
                else 0
                if half == "a" and hour == 12
                else hour
            )
            times.append((seq, text.strip(), hour, int(alone.group(2))))
            continue
        if hits and hits[0].complete and (first := _FIRST_PUBLISHED_AT.search(text)):
            # "Updated August 14, 2024 — 11.32am, first published at 5.00am": the day's first
            # time, the page says, is its publication
            hour = int(first.group(1)) % 12 + (12 if first.group(3).lower() == "p" else 0)
            at = replace(hits[0], hour=hour, minute=int(first.group(2)), tz=None,
                         start=first.start(), end=first.end(), text=first.group(0))  # fmt: skip
            if (resolved := resolve(at, timezone)) is not None:
                cued.add(len(mentions))
                mentions.append(
                    Mention(
                        seq,
                        seg_start + at.start,
                        seg_start + at.end,
                        at.text,
                        resolved[0],
                        resolved[1],
                        at.precision,
                        DateRole.PUBLISHED,
                        resolved[2],
                    )  # fmt: skip
                )
        previous_end = 0
        for hit in hits:
            if hit.year is None and not hit.relative and (hit.month, hit.day) in years:
                hit = replace(hit, year=years[hit.month, hit.day])
            if in_header and hit.relative and (said := _DAY_AND_TIME.match(hit.text)):
                back = 0 if said.group(1).lower() in _TODAY else 1
                relative_times.append((back, int(said.group(2)), int(said.group(3))))
            before = text[previous_end : hit.start]
            if previous_end == 0 and cue_before:
                before = f"{cue_before} {before}"
            previous_end = hit.end
            role = _role(hit, kind, in_header, before, text)
            if role == DateRole.PUBLISHED and cues.PUBLISHED_CUE.search(before):
                cued.add(len(mentions))
            resolved = resolve(hit, timezone)
            value, local, zone = resolved if resolved else (None, None, None)
            mentions.append(
                Mention(
                    seq,
                    seg_start + hit.start,
                    seg_start + hit.end,
                    hit.text,
                    value,
                    local,
                    hit.precision,
                    role,
                    zone,
                )
            )
    complete = [m for m in mentions if m.value is not None]
    published = next((m for m in complete if m.role == DateRole.PUBLISHED), None)
    if published is not None and title_seq is not None and published.segment_seq < title_seq:
        # a date above the headline is often the site's today ("Montag, 23.10.2023"): the
        # article's own dateline below the headline wins, one that says so first
        below = [
            (i, m)
            for i, m in enumerate(mentions)
            if m.value is not None and m.role == DateRole.PUBLISHED and m.segment_seq > title_seq
        ]
        if below:
            published = next((m for i, m in below if i in cued), below[0][1])
        else:
            # a club's "Nächstes Spiel" / "Sa, 01.03.2025, 19:30 Uhr" in the site's head, and
            # the article's date under the breadcrumb, over its headline: the article's
            under_head = [
                m
                for m in mentions
                if m.value is not None
                and m.role == DateRole.PUBLISHED
                and published.segment_seq < m.segment_seq < title_seq
                and _site_head_between(segments, published.segment_seq, m.segment_seq)
            ]
            if under_head:
                published = under_head[0]
    if (
        published is not None
        and title_seq is not None
        and published.segment_seq < title_seq
        and published.precision == "day"
        and not relative_times
        and mentions.index(published) not in cued
        and _site_head_between(segments, published.segment_seq, title_seq)
    ):
        # "Donnerstag, 19. Oktober 2006" over the site's menus and breadcrumb: the site's
        # date of the day (of the copy, of an archive's capture), not the article's
        published = None
    if published is not None and cued and mentions.index(published) not in cued:
        # "Tue 9 Apr 2024 17.42 BST" / "First published on Tue 9 Apr 2024 08.15 BST": a live
        # page's last update stands first; the date the page calls its publication wins
        said = [mentions[i] for i in sorted(cued) if mentions[i].value is not None]
        if said and said[0].segment_seq - published.segment_seq <= 3:
            published = said[0]
    if published is not None and published.precision == "day" and times:
        # (the same day printed again further down, the time alone under it: "Wednesday, 16
        # Oct 2024" in the site's head, then over the headline with "8:41 PM MYT")
        twins = [m for m in mentions if m is not published and m.local == published.local
                 and m.role == published.role]  # fmt: skip
        published = next(
            (w for m in (published, *twins) if (w := _with_time(m, times, timezone))), published
        )
    if (
        published is not None
        and published.precision == "day"
        and title_seq is not None
        and published.segment_seq < title_seq
        and relative_times
    ):
        # the site's date over the headline ("Freitag, 14. März 2025") anchors the header's
        # "Heute, 07:12 Uhr"
        published = _anchored(published, relative_times[0], timezone) or published
    updated = next((m for m in complete if m.role == DateRole.UPDATED), None)
    source = "dateline" if published else None
    if published is None:
        published = next((m for m in complete if m.role == DateRole.HEADER_TEXT), None)
        source = "text" if published else None
    if published is None and updated is not None:
        published, source = updated, "updated"
    return DocumentDates(mentions, published, source, updated)


_FIRST_PUBLISHED_NOTE = re.compile(
    r"\b(?:erstmals|zuerst|ursprünglich) am\s*$|\b(?:first|originally) published on\s*$"
    r"|\bpublié (?:pour la première fois|initialement) le\s*$"
    r"|\bpublicad[oa] (?:originalmente|por primera vez) el\s*$",
    re.IGNORECASE,
)
# A cue alone on its line, the date on the next: "First Published:" / "January 22, 2025", an
# article's info box "erstellt am:" / "30.10.2025" / "zuletzt aktualisiert am:" / "31.10.2025"
_BARE_CUE = re.compile(
    r"(?:first published|published(?: on)?|first uploaded(?: on)?|erstveröffentlichung"
    r"|veröffentlicht(?: am)?|erschienen(?: am)?|erstellt(?: am)?|publié le|publicado(?: el)?"
    r"|(?:zuletzt )?(?:aktualisiert|geändert)(?: am)?|(?:last )?updated(?: on)?)\s*:?",
    re.IGNORECASE,
)
_FIRST_PUBLISHED_AT = re.compile(
    r"\bfirst published (?:at )?([01]?\d)[.:]([0-5]\d)\s?([ap])\.?m\b", re.IGNORECASE
)


# (and "4:21 PM MYT", a 12-hour clock with its zone's letters)
_TIME_ALONE = re.compile(
    r"^(?:um\s+)?([01]?\d|2[0-3])[:.]([0-5]\d)\s*(?:uhr|h|([ap])\.?\s?m\.?(?:\s+[a-z]{2,5})?)?$",
    re.I,
)


_TODAY = {"heute", "today", "aujourd'hui", "aujourd’hui", "hoy", "oggi", "vandaag", "dzisiaj"}
_DAY_AND_TIME = re.compile(
    r"^(heute|today|aujourd['’]hui|hoy|oggi|vandaag|dzisiaj|gestern|yesterday|hier|ayer|ieri"
    r"|gisteren|wczoraj)\W+(?:um\s+|à\s+)?([01]?\d|2[0-3])[:.h]([0-5]\d)",
    re.IGNORECASE,
)


def _anchored(published: Mention, said: tuple[int, int, int], timezone: str) -> Mention | None:
    back, hour, minute = said
    if published.local is None:
        return None
    day = dt.date.fromisoformat(published.local[:10]) - dt.timedelta(days=back)
    text = f"{day:%d.%m.%Y} {hour:02d}:{minute:02d}"
    hit = DateHit(0, 0, text, day.year, day.month, day.day, hour, minute, None, False)
    resolved = resolve(hit, published.timezone or timezone)
    if resolved is None:
        return None
    value, local, zone = resolved
    return replace(published, value=value, local=local, precision="minute", timezone=zone)


def _with_time(
    published: Mention, times: list[tuple[int, str, int, int]], timezone: str
) -> Mention | None:
    """A header that prints the day ("Artikel vom 18.10.2023") and, a few lines on, the time
    alone ("19.46 Uhr"): together they are the minute of publication."""
    near = [t for t in times if abs(t[0] - published.segment_seq) <= 8]
    if not near or published.local is None:
        return None
    _seq, text, hour, minute = near[0]
    day = dt.date.fromisoformat(published.local[:10])
    hit = DateHit(0, 0, text, day.year, day.month, day.day, hour, minute, None, False)
    resolved = resolve(hit, published.timezone or timezone)
    if resolved is None:
        return None
    value, local, zone = resolved
    return Mention(
        published.segment_seq,
        published.start,
        published.end,
        f"{published.text} {text}",
        value,
        local,
        "minute",
        published.role,
        zone,
    )


# "Saved on 14 March 2025", "Gedruckt am …", "abgerufen am …": when a copy was made or read
_COPY_CUE = re.compile(
    r"\b(?:saved|printed|archived|captured|accessed|retrieved|gespeichert|gedruckt|abgerufen"
    r"|archiviert|enregistré|imprimé|consulté|guardado|impreso|consultado|stampato|salvato)"
    r"(?:\s+(?:on|at|am|le|el|il))?\s*[:,]?\s*$",
    re.IGNORECASE,
)


# "This article was first published in German on April 22": the date of another language's
# edition, not of this page
_OTHER_EDITION = re.compile(
    r"\b(?:published|appeared|written) in (?:german|english|french|spanish|italian|dutch|polish"
    r"|portuguese)\b.{0,20}$|\b(?:erschien|erschienen) (?:zuerst |ursprünglich )?(?:auf|in) "
    r"(?:englisch|deutsch|französisch|spanisch|italienisch)\b.{0,20}$",
    re.IGNORECASE,
)


_BRACKETED_DATELINE_END = re.compile(r"\s*\)\s*\.?\s*[-–—]")


def _role(hit: DateHit, kind: str, in_header: bool, before: str, text: str) -> DateRole:
    if hit.relative:
        return DateRole.RELATIVE
    if _COPY_CUE.search(before) or _OTHER_EDITION.search(before):
        return DateRole.BOILERPLATE
    if kind in RELATED_KINDS:
        return DateRole.RELATED_LIST
    if kind not in BODY_KINDS and _FIRST_PUBLISHED_NOTE.search(before):
        # the foot's note under a page whose header shows only its update: "Dieser Artikel ist
        # erstmals am 05.03.2024 um 06:30 Uhr auf BR24 erschienen."; a republished text's
        # credit ("… erschien zuerst am 27. Februar 2025 im Blog …") dates the other venue's
        return DateRole.BOILERPLATE if kind == K.CREDIT_LINE else DateRole.PUBLISHED
    if kind in HEADER_KINDS:
        has_update_cue = cues.UPDATED_CUE.search(before)
        has_publish_cue = cues.PUBLISHED_CUE.search(before)
        if not in_header and not (has_update_cue or has_publish_cue):
            return DateRole.BOILERPLATE
        return DateRole.UPDATED if has_update_cue and not has_publish_cue else DateRole.PUBLISHED
    if (
        kind == K.LEAD
        and in_header
        and hit.start <= 40
        # (in brackets too, as Mexican papers print it: "Monterrey, México (10 febrero 2025).-")
        and text[hit.end : hit.end + 4].strip(" ,).")[:1] in {"–", "—", "-", "(", ""}
    ):
        return DateRole.HEADER_TEXT
    if (
        kind in {K.LEAD, K.BODY}
        and hit.start <= 40
        and before.endswith("(")
        and _BRACKETED_DATELINE_END.match(text, hit.end)
    ):  # a wire dateline opening a paragraph: "Monterrey, México (10 febrero 2025).- La …"
        return DateRole.HEADER_TEXT
    if kind in {K.LEAD, K.BODY, K.SUBHEADING, K.TITLE}:
        return DateRole.NARRATIVE
    return DateRole.BOILERPLATE


def zone_for(outlet_country: str | None, language: str | None, default: str) -> str:
    """Timezone to read a dateline without explicit zone: outlet's country, then language."""
    if outlet_country and outlet_country in COUNTRY_TIMEZONES:
        return COUNTRY_TIMEZONES[outlet_country]
    if language and language in LANGUAGE_TIMEZONES:
        return LANGUAGE_TIMEZONES[language]
    return default
