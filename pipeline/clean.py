"""Split an article into title, body and boilerplate segments, keeping every removal.

A page copy is read as lines (a copy made by a tool, not a browser: markdown, a text
browser's dump, hard-wrapped or e-paper text, is read through views of its logical lines that
show what a browser's copy would, see ``pipeline.markup``). Each line gets a kind in four
passes:

1. line rules (``cues.LINE_RULES``): vocabulary and shape of a single line, with a length cap;
2. block rules: a related-articles heading, a donation appeal or a comment section opens a
   block that runs over the list-like lines after it;
3. structure: "prose" lines (sentences) find the article's core; the title is the title-like
   line nearest above the first prose line (or a line the page repeats), short lines before it
   are navigation or a section label, short lines between prose paragraphs are subheadings,
   and unclaimed lines after the last paragraph are page footer;
4. spans: URLs, e-mail addresses, IBAN/BIC and wallet addresses are cut out of body lines.

Nothing is dropped: removed lines and spans are segments with ``in_body = False`` and the id
of the rule that removed them.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import pyarrow as pa

from pipeline import cues, markup
from pipeline.annotate.dates import date_coverage, date_matches, find_dates
from pipeline.reasons import BODY_KINDS
from pipeline.reasons import SegmentKind as K
from pipeline.scripts import INDIC, SPACELESS_LETTER

LanguageOf = Callable[[str], tuple[str, float]]

# A sentence ends in . ! ? … : ; possibly followed by closing quotes or brackets; a headline
# ending in a quote ("… warns of 'financial cliff edge'") is not a sentence.
# "… mit. (dpa)"; and the full stops of Hindi (।), Chinese and Japanese (。！？), Arabic (؟)
# (and the agency's sign-off after the stop: "… (NTB)", "… sex veckor. TT", "… /ritzau/")
# (a Bulgarian or Russian year abbreviated closes a headline without ending a sentence:
# "… до 2026 г."; nor does a Nordic currency's: "… for 11 mio. kr.")
_SENTENCE_END = re.compile(
    r"(?<!\d\sг)(?<!\d\skr)(?<!\.\skr)"
    r"[.!?…:;।。！？؟][\"“”»«'’)\]」』]*(?:\s*[(（][^()（）]{1,25}[)）])?$"
    r"|[.!?][\"“”»«'’)\]]*(?:\s+[A-Z]{2,5}|\s*/[\w-]{2,12}/?)$"
)
# (the vowel signs of the scripts of India are marks, not word characters: "हिंदी" is one word)
_WORD = re.compile(rf"[\w{INDIC}]+(?:[-'’.][\w{INDIC}]+)*")
_SPACELESS = SPACELESS_LETTER


@dataclass(frozen=True)
class CleanRules:
    """Thresholds of the structural pass; the defaults fit web articles in European languages."""

    prose_min_words: int = 8
    prose_any_end_words: int = 25
    title_min_chars: int = 15
    title_max_chars: int = 300
    subheading_max_words: int = 15
    soft_rule_max_words: int = 20
    section_label_max_words: int = 3
    original_title_min_confidence: float = 0.6
    soft_rules: frozenset[str] = frozenset({
        "cookie_notice",
        "newsletter",
        "paywall",
        "social_embed",
        "image_caption_credit",
    })


DEFAULT_RULES = CleanRules()


@dataclass(slots=True)
class Segment:
    start: int
    end: int
    text: str
    kind: K | None = None
    rule: str = ""
    words: int = 0
    blank_before: bool = False
    line: int = 0  # index of the source line; pieces of a cut line share it
    view: markup.View | None = None  # the source pieces when ``text`` is a tool copy's view
    glue: bool = False  # continues the piece before it without a space ("Bür-" / "germeister")

    @property
    def in_body(self) -> bool:
        return self.kind in BODY_KINDS


@dataclass(frozen=True, slots=True)
class CleanedDocument:
    title: str | None
    lead: str | None
    body: str
    segments: list[Segment]


@dataclass(frozen=True, slots=True)
class CleanResult:
    documents: pa.Table
    segments: pa.Table
    counts: dict[str, int] = field(default_factory=dict)


def split_lines(text: str) -> list[Segment]:
    """Non-empty lines with their character offsets in ``text``."""
    segments = []
    blank = False
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = position + line.index(stripped[0])
            segments.append(
                Segment(
                    start,
                    start + len(stripped),
                    stripped,
                    words=_words(stripped),
                    blank_before=blank,
                    line=len(segments),
                )
            )
            blank = False
        else:
            blank = True
        position += len(line) + 1
    return segments


def _words(text: str) -> int:
    if _SPACELESS.search(text) is None:
        return len(_WORD.findall(text))
    # Chinese, Japanese and Thai run their words together: two letters count as one word
    # (a Chinese word has 1.5-2 characters), so that a paragraph still looks like one
    letters = len(_SPACELESS.findall(text))
    return len(_WORD.findall(_SPACELESS.sub(" ", text))) + (letters + 1) // 2


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", unicodedata.normalize("NFKC", text).casefold()).strip()


class _Norms:
    """``_norm`` of a document's lines, each made at most once and only where a line could
    equal another: finding the title asks whether a candidate repeats a line of the page's
    head, and marking repeated titles asks it of every unclassified line; a first word that
    differs answers most of those questions."""

    def __init__(self, lines: list[Segment]) -> None:
        self._lines = lines
        self._done: dict[int, str] = {}
        self._first: dict[int, str] = {}

    def __getitem__(self, i: int) -> str:
        norm = self._done.get(i)
        if norm is None:
            norm = self._done[i] = _norm(self._lines[i].text)
        return norm

    def first_word(self, i: int) -> str:
        """The first word of ``self[i]``, found without normalising the whole line."""
        word = self._first.get(i)
        if word is None:
            if i in self._done:
                word = self._done[i].partition(" ")[0]
            else:
                folded = unicodedata.normalize("NFKC", self._lines[i].text).casefold()
                found = _NORM_WORD.search(folded)
                word = found.group() if found else ""
            self._first[i] = word
        return word

    def equals(self, i: int, norm: str) -> bool:
        """``self[i] == norm``; a line whose first word differs is ruled out without
        normalising the rest of it (most lines are paragraphs, and the title is one line)."""
        return self.first_word(i) == norm.partition(" ")[0] and self[i] == norm


_NORM_WORD = re.compile(r"\w+")


def clean_text(
    text: str, *, rules: CleanRules = DEFAULT_RULES, language_of: LanguageOf | None = None
) -> CleanedDocument:
    """Classify the lines of one article; see the module docstring for the passes."""
    lines = split_lines(text)
    shape = markup.detect(text) if lines else markup.PLAIN
    syntax_only: list[Segment] = []
    if shape:
        lines, syntax_only = _views(text, lines, shape)
    _apply_line_rules(lines, rules)
    if shape.quoted:
        _apply_mail_reply(text, lines)
    _apply_print_stamp(lines)
    _apply_tool_header(lines)
    _apply_block_rules(lines, rules)
    _apply_profile_box(lines)
    _apply_neighbour_rules(lines, rules)
    _release_colon_list(lines, rules)
    _apply_caption_twice(lines)
    _apply_premium_teaser(lines, rules)
    _fill_boxes(lines, rules)
    _apply_named_bio(lines)
    _apply_name_over_house(lines, rules)
    _apply_structure(lines, rules, language_of)
    _title_from_tool_header(lines)
    _title_toolbar(lines)
    _caption_over_two_names(lines)
    _tables_after_text(lines)
    _gallery_captions_as_text(lines)
    if shape:
        lines = _source_pieces(text, lines, syntax_only)
    segments = _cut_sensitive_spans(lines)
    title = _join_line(text, segments, K.TITLE)
    lead = _join_line(text, segments, K.LEAD)
    body = _assemble_body(text, segments)
    return CleanedDocument(title, lead, body, segments)


# A scraping tool's header above the page it copied (reader APIs print "Title:", "URL Source:",
# "Published Time:", then "Markdown Content:"). The page's <title> there carries the site's
# name ("… - DER SPIEGEL"); the headline is the page's own. A date in it stays a dateline.
# A feed item saved as text has the same shape: "channel:", "title:", "link:", "pubDate:".
_TOOL_HEADER = re.compile(
    r"(?:title|url(?: source)?|source(?: url)?|published(?: time)?|description|author|"
    r"site(?: ?name)?|language|markdown content|content|warning|image|date|channel(?: link)?"
    r"|feed|link|guid|pubdate|category|enclosure|copyright|creator|dc:creator|updated|id"
    # an exporter's fields: "kicker:", "teaser:", "image_caption:", "reading_time:"
    r"|kicker|teaser|section|image_?caption|image_?credit|caption|reading_?time|tags|keywords"
    r"|modified|lang)"
    r"\s*:(?:\s|$)",
    re.IGNORECASE,
)
_TOOL_HEADER_ANCHOR = re.compile(r"(?:title|url source|url|link|guid|pubdate)\s*:\s", re.I)
_TOOL_HEADER_TITLE = re.compile(r"title\s*:\s+", re.IGNORECASE)


# A web archive's toolbar, copied with the page it shows: the Wayback Machine's ("The Wayback
# Machine - https://web.archive.org/web/…", capture counts, a calendar, "About this capture",
# who collected it) down to its "TIMESTAMPS" / "loading" lines; archive.today's ("Saved from",
# "All snapshots from host …", "Webpage", "Screenshot", "download .zip", "report bug or abuse").
# Its dates are the capture's, never the article's.
_ARCHIVE_START = re.compile(
    r"^(?:the wayback machine - https?://web\.archive\.org/|archive\.(?:today|ph|is|li|vn|md)\b"
    r"|webpage capture$|saved from\b)",
    re.IGNORECASE,
)
_ARCHIVE_END = re.compile(
    r"^(?:timestamps|loading|report bug or abuse|download \.zip|screenshot"
    r"|all snapshots from host .+|collection: .+)$",
    re.IGNORECASE,
)
ARCHIVE_REACH = 40


# An e-mail's header, where an article was forwarded: its dates are the mail's.
_MAIL_HEADER = re.compile(
    r"^(?:from|sent|to|cc|bcc|subject|date|reply-to|von|gesendet|an|betreff|datum|de|envoyé"
    r"|à|objet|enviado|para|asunto)\s*:\s*\S",
    re.IGNORECASE,
)
_MAIL_KEYS = re.compile(r"^(?:from|sent|subject|von|gesendet|betreff|envoyé|objet|enviado"
                        r"|asunto)\s*:", re.IGNORECASE)  # fmt: skip
_MAIL_DIVIDER = re.compile(
    r"^-{2,}\s*(?:original message|forwarded message|weitergeleitete nachricht"
    r"|ursprüngliche nachricht|message transféré|mensaje reenviado)\s*-{2,}$"
    r"|^(?:begin forwarded message|anfang der weitergeleiteten nachricht)\s*:",
    re.IGNORECASE,
)


# A browser's print of a page: the date and time it was printed on the first line (short,
# as browsers print it: "20.02.25, 10:03", "2/20/25, 10:03 AM"), again on every page with the
# page's title, and the page count at the foot ("Seite 1 von 2", "1/2"). That date is the
# printout's, never the article's.
_PRINT_TIME = re.compile(rf"^{cues.PRINT_TIME}$", re.I)
_PAGE_COUNT = re.compile(
    r"^(?:(?:seite|page|pagina|página|strona|sida|side)\s+)?\d{1,3}\s*(?:/|von|of|sur|di|de|z|av)"
    r"\s*\d{1,3}$",
    re.IGNORECASE,
)


def _apply_print_stamp(lines: list[Segment]) -> None:
    if not lines or not _PRINT_TIME.match(lines[0].text):
        return
    if not any(_PAGE_COUNT.match(seg.text) for seg in lines[1:]):
        return
    stamp = lines[0].text
    # the page's title beside the stamp, on every printed page but the first
    title = lines[1].text if len(lines) > 1 else None
    for k, seg in enumerate(lines):
        if seg.text == stamp or (k > 1 and seg.text == title and lines[k - 1].text == stamp):
            seg.kind, seg.rule = K.FOOTER, "print_stamp"
        elif _PAGE_COUNT.match(seg.text) and seg.kind in {None, K.NAVIGATION}:
            seg.kind, seg.rule = K.FOOTER, "print_stamp"  # (a printed page's count, no link)


def _apply_mail_reply(text: str, lines: list[Segment]) -> None:
    """A page quoted in an e-mail reply ("> " before its lines): what the reply says above
    the quote, and the quote's "Am …, schrieb …:" line, are the e-mail's, not the page's."""
    first = None
    for i, seg in enumerate(lines):
        line_start = text.rfind("\n", 0, seg.start) + 1
        if text[line_start : seg.start + 1].lstrip().startswith(">"):
            first = i
            break
        seg.kind, seg.rule = K.PAGE_METADATA, "email_reply"
    if first is None or not _SALUTATION.match(lines[first].text):
        return
    # the forwarding note quoted with the page: "Servus zusammen," … "Grüße" / "Jens"
    for j in range(first + 1, min(first + 10, len(lines) - 1)):
        if _VALEDICTION.match(lines[j].text) and lines[j + 1].words <= 3:
            for seg in lines[first : j + 2]:
                seg.kind, seg.rule = K.PAGE_METADATA, "email_reply"
            return


_SALUTATION = re.compile(
    r"^(?:hallo|hi|hey|servus|moin|liebe|lieber|sehr geehrte|guten (?:morgen|tag|abend)|dear"
    r"|hello|bonjour|hola|ciao)\b",
    re.IGNORECASE,
)
_VALEDICTION = re.compile(
    r"^(?:(?:viele|beste|liebe|herzliche|schöne) )?grüße|^(?:lg|vg|gruß|ciao|cheers|best|thanks"
    r"|best regards|kind regards|regards|cordialement|saludos)\b",
    re.IGNORECASE,
)


def _apply_mail_headers(lines: list[Segment]) -> None:
    """A forwarded e-mail's header blocks (two or more "From:/Sent:/Subject:" lines, one of
    them a sender or subject) and dividers ("-----Original Message-----")."""
    i = 0
    while i < len(lines):
        text = lines[i].text
        if text[:1] in "-BbAa" and _MAIL_DIVIDER.match(text):
            lines[i].kind, lines[i].rule = K.PAGE_METADATA, "email_header"
            i += 1
            continue
        j = i
        while j < len(lines) and ":" in lines[j].text[:12] and _MAIL_HEADER.match(lines[j].text):
            j += 1
        if j - i >= 2 and any(_MAIL_KEYS.match(seg.text) for seg in lines[i:j]):
            for seg in lines[i:j]:
                seg.kind, seg.rule = K.PAGE_METADATA, "email_header"
        i = max(j, i + 1)


# A press clipping service's header over the clipped text: its fields, and the lines of the
# service and its order around them. The "Datum:" field is the clipping's date, which is the
# article's: it stays a dateline.
_CLIPPING_FIELD = re.compile(
    r"^(?:kunde|auftrag|quelle|ausgabe|datum|ressort|seite|auflage|reichweite|autor|wörter"
    r"|medium|mediengattung|suchbegriff|source|edition|date|section|page|circulation|reach"
    r"|author|words|client)\s*:\s*\S",
    re.IGNORECASE,
)
_CLIPPING_SERVICE = re.compile(
    r"pressespiegel|medienbeobachtung|medienbeobachter|clipping|press review|media monitoring"
    r"|revue de presse|rassegna stampa",
    re.IGNORECASE,
)
CLIPPING_FIELDS = 4
CLIPPING_REACH = 20


def _apply_clipping_header(lines: list[Segment]) -> None:
    head = lines[:CLIPPING_REACH]
    fields = [i for i, seg in enumerate(head) if _CLIPPING_FIELD.match(seg.text)]
    if len(fields) < CLIPPING_FIELDS:
        return
    start, end = fields[0], fields[-1] + 1
    while end < len(head) and not _LETTER.search(head[end].text):  # a rule of dashes
        end += 1
    while start > 0 and not _LETTER.search(head[start - 1].text):
        start -= 1
    if start == 1 and _CLIPPING_SERVICE.search(head[0].text):
        start = 0  # the service's name in the first line
    for seg in lines[start:end]:
        if seg.kind != K.DATELINE or not _CLIPPING_FIELD.match(seg.text):
            seg.kind, seg.rule = K.PAGE_METADATA, "clipping_header"


def _apply_tool_header(lines: list[Segment]) -> None:
    """A scraping tool's header, when the page opens with "Title:" or "URL Source:" and one
    more such line; a web archive's toolbar over the page it shows."""
    _apply_mail_headers(lines)
    _apply_clipping_header(lines)
    if lines and any(_ARCHIVE_START.match(seg.text) for seg in lines[:3]):
        ends = [i for i, seg in enumerate(lines[:ARCHIVE_REACH]) if _ARCHIVE_END.match(seg.text)]
        for seg in lines[: ends[-1] + 1] if ends else lines[:1]:
            seg.kind, seg.rule = K.PAGE_METADATA, "archive_toolbar"
        return
    end = 0
    while end < min(len(lines), 16) and _TOOL_HEADER.match(lines[end].text):
        end += 1
    anchors = sum(1 for seg in lines[:end] if _TOOL_HEADER_ANCHOR.match(seg.text))
    if end < 2 or not anchors or (end < 3 and not _TOOL_HEADER_ANCHOR.match(lines[0].text)):
        return
    for seg in lines[:end]:
        if seg.kind != K.DATELINE:
            seg.kind, seg.rule = K.PAGE_METADATA, "tool_header"


def _tables_after_text(lines: list[Segment]) -> None:
    """A table right under the last paragraph (a browser copies its cells with tabs: three or
    more rows of as many cells) and its caption line above it belong to the text: a round's
    results under a match report, a price list under a consumer story. A table after
    anything else (a comment form, a related list) is the page's: a league's standings box."""
    n = len(lines)
    i = 0
    while i < n:
        if "\t" not in lines[i].text:
            i += 1
            continue
        cells = lines[i].text.count("\t")
        j = i
        while j < n and lines[j].text.count("\t") == cells:
            j += 1
        heading = i - 1 if i and "\t" not in lines[i - 1].text and lines[i - 1].words <= 8 else i
        before = lines[heading - 1] if heading else None
        if (
            j - i >= 3
            and before is not None
            and before.kind in BODY_KINDS
            and all(seg.rule == "after_last_paragraph" for seg in lines[heading:j])
        ):
            for seg in lines[heading:i]:
                seg.kind, seg.rule = K.SUBHEADING, "table_heading"
            for seg in lines[i:j]:
                seg.kind, seg.rule = K.BODY, "table_row"
        i = max(j, i + 1)


_HEADER_FIELD_RULES = frozenset({"tool_header", "clipping_header"})


def _title_from_tool_header(lines: list[Segment]) -> None:
    """A page with no headline of its own under a tool's header (a feed item saved as text)
    has it in the header's "title:" field: the field's value becomes the title."""
    if any(seg.kind == K.TITLE for seg in lines):
        return
    for i, seg in enumerate(lines):
        if seg.rule not in _HEADER_FIELD_RULES or seg.view is not None:
            continue
        m = _TOOL_HEADER_TITLE.match(seg.text)
        if m and len(seg.text) > m.end():
            rest = seg.text[m.end() :]
            value = Segment(seg.start + m.end(), seg.end, rest, K.TITLE, "tool_header_title",
                            _words(rest), line=seg.line)  # fmt: skip
            seg.end, seg.text = (
                seg.start + len(seg.text[: m.end()].rstrip()),
                seg.text[: m.end()].rstrip(),
            )
            lines.insert(i + 1, value)
            return


_TOOLBAR_WORD = re.compile(
    r"^(?:pdf|drucken|druckversion|e-?mail|versenden|print|teilen|share|merken|imprimer"
    r"|envoyer|stampa|imprimir)$",
    re.IGNORECASE,
)
_GAP = re.compile(r"\t+| {2,}")


def _title_toolbar(lines: list[Segment]) -> None:
    """A CMS prints its buttons on the headline's line ("Freibad: Rat vertagt
    Entscheidung⇥PDF⇥Drucken⇥E-Mail", Joomla's): they become a line of their own."""
    for i, seg in enumerate(lines):
        if seg.kind != K.TITLE or seg.view is not None or not _GAP.search(seg.text):
            continue
        parts = _GAP.split(seg.text)
        tail = next((k for k in range(1, len(parts))
                     if all(_TOOLBAR_WORD.match(p) for p in parts[k:])), None)  # fmt: skip
        if tail is None:
            return
        head = _GAP.split(seg.text, maxsplit=tail)
        cut = len(seg.text) - len(head[-1])
        keep = seg.text[:cut].rstrip()
        rest = seg.text[cut:]
        lines.insert(i + 1, Segment(seg.start + cut, seg.end, rest, K.SHARE, "title_toolbar",
                                    _words(rest), line=seg.line))  # fmt: skip
        seg.end, seg.text, seg.words = seg.start + len(keep), keep, _words(keep)
        return


def _views(
    text: str, lines: list[Segment], shape: markup.Shape
) -> tuple[list[Segment], list[Segment]]:
    """The lines the rules read on a tool's copy (``markup``): a hard-wrapped paragraph as one
    line, markdown and link numbers hidden. A line of syntax alone (an image, a link around a
    logo) is not shown to the rules, as a browser's copy would not show it."""
    blank = {seg.start: seg.blank_before for seg in lines}
    groups = markup.logical_lines(text, [(seg.start, seg.end) for seg in lines], shape)
    shown: list[Segment] = []
    syntax_only: list[Segment] = []
    image_text: set[str] = set()  # the alt text of a picture line just above: its caption
    for group in groups:
        start, end = group[0][0], group[-1][1]
        v = markup.view(text, group, shape)
        seg = Segment(start, end, v.text, words=_words(v.text), blank_before=blank[start], view=v)
        if not v.text:
            alts = [alt for s, e in group for alt in markup.image_texts(text[s:e])]
            seg.kind, seg.rule = (
                (K.IMAGE_CAPTION, "markup_image") if alts else (K.MARKUP, "markup_only")
            )
            syntax_only.append(seg)
            image_text = {_norm(alt) for alt in alts if alt.strip()}
            continue
        if v.link_only:  # the line rules may know better ("Merken" is a share button)
            seg.kind, seg.rule = K.NAVIGATION, "link_line"
        elif image_text and _norm(v.text) in image_text:
            seg.kind, seg.rule = K.IMAGE_CAPTION, "caption_repeats_image_text"
        image_text = set()
        seg.line = len(shown)
        shown.append(seg)
    return shown, syntax_only


def _source_pieces(text: str, lines: list[Segment], syntax_only: list[Segment]) -> list[Segment]:
    """Segments of the decoded text again: a kept line's visible runs keep its kind and its
    syntax between them becomes ``markup``; a removed line stays whole, a segment a source
    line."""
    out: list[Segment] = []
    for number, seg in enumerate(sorted([*lines, *syntax_only], key=lambda s: s.start)):
        v = seg.view
        if v is None or (len(v.parts) == 1 and text[v.parts[0][0] : v.parts[0][1]] == seg.text):
            seg.line, seg.view = number, None
            out.append(seg)
            continue
        kept = seg.in_body or seg.kind == K.TITLE
        for part_start, part_end in v.parts:
            if not kept:
                out.append(_source_segment(text, part_start, part_end, seg.kind, seg.rule, number))
                continue
            cursor = part_start
            for r, (run_start, run_end) in enumerate(v.runs):
                if run_end <= part_start or run_start >= part_end:
                    continue
                if text[cursor:run_start].strip():
                    out.append(_source_segment(text, cursor, run_start, K.MARKUP, "markup", number))
                piece = _source_segment(text, run_start, run_end, seg.kind, seg.rule, number)
                piece.glue = r in v.glued
                out.append(piece)
                cursor = run_end
            if text[cursor:part_end].strip():
                out.append(_source_segment(text, cursor, part_end, K.MARKUP, "markup", number))
    return out


def _source_segment(
    text: str, start: int, end: int, kind: K | None, rule: str, line: int
) -> Segment:
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    end -= len(piece) - len(piece.rstrip())
    return Segment(start, end, text[start:end], kind, rule, _words(text[start:end]), line=line)


def _is_prose(seg: Segment, rules: CleanRules) -> bool:
    if seg.words >= rules.prose_any_end_words:
        return True
    return seg.words >= rules.prose_min_words and bool(_SENTENCE_END.search(seg.text))


# A caption's photographer or source in Chinese or Korean: "新华社记者 周凯 摄", "澎湃新闻记者
# 陈思远 图", "… 돌보고 있다. /연합뉴스", "… 전국택배노동조합 제공". Its words are one or two
# characters, too short for the line rules' prefilter, so it runs only on lines with such
# characters.
_CJK_CREDIT = re.compile(
    r"(?:记者|記者|摄影|攝影)\s*[\u4e00-\u9fff·]{2,8}\s*(?:摄|攝|图|圖)$"
    r"|[.!?]\s+/\s*[\uac00-\ud7af]{2,10}$|[.!?]\s+[\uac00-\ud7af\w ]{2,20} 제공$"
)
_CJK_CREDIT_RULE = cues.LineRule(K.IMAGE_CAPTION, "cjk_caption_credit", _CJK_CREDIT, 300)


def _apply_line_rules(lines: list[Segment], rules: CleanRules) -> None:
    for seg in lines:
        text = seg.text
        # "🔗 Condividi: 📘 Facebook | …", "✍️ di Redazione": the words decide (UI lines are
        # short, and max() rules out a line without such a character cheaper than a search)
        if len(text) <= 200 and max(text, default="") > "\u25ff" and _EMOJI.search(text):
            text = " ".join(_EMOJI.sub(" ", text).split())
        rule = cues.LINE_MATCHER.first(text, cues.lowered(text))
        if (
            rule is None
            and len(text) <= _CJK_CREDIT_RULE.max_chars  # (a paragraph is not scanned)
            and max(text, default="") >= "\u3400"
            and _CJK_CREDIT.search(text)
        ):
            rule = _CJK_CREDIT_RULE  # "…。新华社记者 周凯 摄", "… 있다. /연합뉴스"
        if rule is not None and rule.rule == "reading_time" and _DATE_FIRST.match(text):
            rule = None  # "16/03/2025 22:10 (hora canaria) · Lectura: 4 min": a dateline first
        if rule is not None and not (
            rule.rule == "image_caption_marker"
            and (
                (seg.words > 30 and _AGENCY_SIGN_OFF.search(text))
                or (seg.words >= 15 and _DESK_SIGN_OFF.search(text))
            )
        ):  # (a paragraph signed "(dpa / Radio Beispiel)" or "(bph/KNA)" is text, not a
            # caption's credit: a picture is not credited to a writer's initials)
            seg.kind, seg.rule = rule.kind, rule.rule
        found = (
            next(date_matches(seg.text), None)
            if seg.kind is None and len(seg.text) <= 160
            else None
        )
        if seg.rule == "page_head" and next(date_matches(seg.text), None):
            seg.kind, seg.rule = K.DATELINE, "page_head"  # the printed page's date
        if found:
            cue = cues.UPDATED_CUE.match(seg.text) or cues.PUBLISHED_CUE.match(seg.text)
            start = found.start()
            if (
                start
                and (
                    found.end() >= 0.7 * len(seg.text)
                    or _COMMENT_LINK_TAIL.fullmatch(seg.text, found.end()) is not None
                    or _UPDATE_TIME_TAIL.fullmatch(seg.text, found.end()) is not None
                )
                and (
                    _WEEKDAY.fullmatch(_ON.sub("", seg.text[:start].strip(" ,")))
                    or _SECTION_OF_DAY.fullmatch(seg.text[:start].strip(" ,"))
                )
            ):
                start = 0  # "Tuesday 30 July 2024 14:38, UK", not "Sonntag, …, Sportplatz X"
            before = seg.text[:start].rstrip()
            if (
                before[-1:]
                in {",", "·", "|", "–", "-"}  # "name, date": not "1. Gründung zum 1. Januar"
                and _USER_NAME.fullmatch(before.strip(" ,·|–-"))
                and (
                    found.end() >= len(seg.text) - 1
                    or _COUNT_TAIL.fullmatch(seg.text, found.end())  # "… 2:15 PM | 88"
                )
            ):
                start = 0  # a comment's "Kenny_R · 3 June 2024", "Dieter W., 24.09.2024 - 19:12"
            if (
                date_coverage(seg.text) >= 0.6
                or (start == 0 and seg.words <= 12)  # "09.04.2024, 17.22 Uhr • aus …"
                # the paper's name, then the date to the end: "Daily Inquirer / 05:30 AM April 08,
                # 2025"
                or (
                    before[-1:] in {"/", "|", "·", "•"}
                    and len(before.split()) <= 5
                    and found.end() >= len(seg.text.rstrip(" .")) - 1
                )
                or (seg.words <= 14 and cue)
                # the reporter's city, then the date to the end or to the update's time:
                # "Barcelona - 03 d'abr. 2025 - 11:48 CEST", "València 17·03·25 | 20:15 |
                # Actualizado a las 22:40"
                or (
                    _PLACE_BEFORE.fullmatch(before) is not None
                    and (
                        found.end() >= len(seg.text.rstrip(" .")) - 1
                        or _UPDATE_TIME_TAIL.fullmatch(seg.text, found.end()) is not None
                        # or the section after a bar: "KYODO NEWS - Mar 5, 2025 - 19:12 | All"
                        or _SECTION_TAIL.fullmatch(seg.text, found.end()) is not None
                    )
                )
                or _meta_parts(seg.text)
                # "Vikram Beispiel / TNN / Updated: Mar 12, 2025, 16:24 IST": a cue right
                # before the date, and the date to the end (but a zone's letters)
                or (
                    seg.words <= 20
                    and _cue_right_before(before)
                    and _ZONE_TAIL.fullmatch(seg.text, found.end()) is not None
                )
            ):
                seg.kind, seg.rule = K.DATELINE, "dateline"
        elif seg.kind == K.BYLINE and date_coverage(seg.text) > 0.3:
            seg.rule = "byline_dateline"
        elif seg.kind is None and seg.words <= 25 and _byline_of_parts(seg.text):
            seg.kind, seg.rule = K.BYLINE, "byline_parts"
        if (
            seg.kind is None
            and seg.text.startswith(("http", "www."))
            and cues.URL.fullmatch(seg.text)
        ):
            seg.kind, seg.rule = K.CONTACT, "line_of_url"  # a print view's address: no headline
        elif seg.kind is None and cues.RELATED_INLINE.match(
            seg.text if seg.text[:1].isalnum() else _LEADING_MARKS.sub("", seg.text)
        ):
            seg.kind, seg.rule = K.RELATED_LINK, "related_inline"  # (also after "👉 ", "» ")
        elif seg.kind is None and "  " in seg.text and _consent_buttons(seg.text):
            seg.kind, seg.rule = K.COOKIE_NOTICE, "consent_buttons"
        elif seg.kind is None and "  " in seg.text and _spaced_menu(seg.text):
            seg.kind, seg.rule = K.NAVIGATION, "spaced_menu"
        elif seg.kind is None and "  " in seg.text and _menu_row(seg.text):
            seg.kind, seg.rule = K.NAVIGATION, "menu_row"
        elif seg.kind is None and _separators(seg.text) >= 5 and _pipe_menu(seg.text):
            seg.kind, seg.rule = K.NAVIGATION, "pipe_menu"
        elif seg.kind is None and len(seg.text) <= 3 and seg.text.isalpha():
            seg.kind, seg.rule = K.NAVIGATION, "ui_fragment"  # an icon's letter, a "NEW" badge
        elif seg.kind is None and len(seg.text) <= 60 and not _LETTER.search(seg.text):
            seg.kind, seg.rule = K.NAVIGATION, "ui_fragment"  # "👍 312   ❤️ 97": no words


_WIDE_GAP = re.compile(r"\s{3,}|\t")
_AGENCY_SIGN_OFF = re.compile(
    rf"\((?:{cues.AGENCY_NAMES})\s*/(?![^()]*(?:photo|foto|bild|image))[^()]*\)\s*$"
    # the desk's initials and the site: "… erleichtern. © hil/aerzteblatt.de"
    r"|[.!?]\s+©\s*(?-i:[a-z]{2,4})/[\w.-]+\.[a-z]{2,3}$",
    re.IGNORECASE,
)
_DESK_SIGN_OFF = re.compile(
    rf"[.!?]\s*\((?-i:[a-z]{{2,5}})\s*/\s*(?:{cues.AGENCY_NAMES})\)\s*$", re.IGNORECASE
)
_LEADING_MARKS = re.compile(r"^[^\w„“\"'‚‘(«»]+(?=\w)|^[»›>]+\s*")


def _spaced_menu(text: str, least: int = 3) -> bool:
    """A menu laid out with wide gaps ("Home    For you    Following    Search"): three (or
    ``least``) or more items of one to three words, none a sentence."""
    items = _WIDE_GAP.split(text)
    return len(items) >= least and all(
        1 <= len(item.split()) <= 3 and not _SENTENCE_END.search(item) for item in items
    )


def _menu_row(text: str) -> bool:
    """Links copied into one line two spaces apart ("Investigations  Guides  Tools  About"):
    four or more items of one to three words, no figures (a table's row has them)."""
    items = _TWO_SPACES.split(text.strip())
    return len(items) >= 4 and all(
        1 <= len(item.split()) <= 3 and not _NOT_MENU_ITEM.search(item) for item in items
    )


def _pipe_menu(text: str) -> bool:
    """Links between bars ("Albanian | Amharic | Arabic | Bengali | …", "Inland | Ausland |
    Wirtschaft | …"): six or more items of one to three words, no figures (a table's row has
    them, and its header row has fewer columns)."""
    items = _MENU_SEPARATOR.split(text)
    sizes = [len(item.split()) for item in items]
    # (Vietnamese writes a space between syllables: "Khoa học công nghệ" is one menu item)
    return (
        len(items) >= 6
        and all(1 <= size <= 4 for size in sizes)
        and sum(size == 4 for size in sizes) <= len(items) // 4
        and not any(_NOT_MENU_ITEM.search(item) for item in items)
    )


_TWO_SPACES = re.compile(r" {2,}")
# links between bars or dots: "Lokales · Vereine & Ehrenamt · Sport · Kultur · …"
_MENU_SEPARATOR = re.compile(r" [|·•] ")


def _separators(text: str) -> int:
    return text.count(" | ") + text.count(" · ") + text.count(" • ")


_NOT_MENU_ITEM = re.compile(r"[\d!?:]|\.$")  # (but "St. Paul" is a place)


def _consent_buttons(text: str) -> bool:
    """A consent dialog's buttons in one line ("Einverstanden   Auswahl anpassen")."""
    items = _WIDE_GAP.split(text)
    return len(items) >= 2 and all(_CONSENT_RULE.matches(i, i.lower()) for i in items)


# "Par Jean Exemple - 7 février 2024 à 17:15", "Оксана Коваленко — Вівторок, 4 листопада …"
_META_SEPARATOR = re.compile(r"\s+[|·•–—-]\s+")
_META_PART_KINDS = frozenset({K.BYLINE, K.READING_TIME, K.DATELINE, K.SHARE, K.CREDIT_LINE})
_SHARE_RULE = next(rule for rule in cues.LINE_RULES if rule.rule == "share_buttons")
_CONSENT_RULE = next(rule for rule in cues.LINE_RULES if rule.rule == "consent_button")


def _meta_parts(text: str) -> bool:
    """A header line of parts that are each a byline, a date, a reading time or a share
    button: "By Tom Hadley | Published 12 June 2023 | 4 min read"."""
    parts = _META_SEPARATOR.split(text)
    if not 2 <= len(parts) <= 12 or len(text) > 200:
        return False
    names = 0
    for k, part in enumerate(parts):
        if _NAME.match(part) and len(part.split()) <= 4:
            names += 1  # the author's bare name beside the date: "Ole Beispiel · 2. Februar 2024"
            continue
        if k == 0 and _PLACE_PART.fullmatch(part):
            names += 1  # the place first: "Moers-Repelen · erstellt am 08.03.2025 um 16:42"
            continue
        rule = cues.LINE_MATCHER.first(part, cues.lowered(part))
        if rule is not None and rule.kind in _META_PART_KINDS:
            continue
        if _SHARE_RULE.matches(part, part.lower()):  # "E-Mail" is a share button here
            continue
        if next(date_matches(part), None) is not None and date_coverage(part) >= 0.5:
            continue
        if cues.PUBLISHED_CUE.match(part) or cues.UPDATED_CUE.match(part):
            continue
        return False
    return names < len(parts)


_PLACE_PART = re.compile(r"(?-i:[A-ZÄÖÜ])[\w.'’-]+(?: (?-i:[A-ZÄÖÜ])[\w.'’-]+)?")
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+")
_LETTER = re.compile(r"[^\W\d_]")
_USER_NAME = re.compile(r"[\w.@-]{2,30}(?:\s[\w.@-]{2,30}){0,2}")  # a user's name, 1-3 words
_WEEKDAY = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|(?:mo|di|mi|do|fr|sa|so)\."
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|(?:segunda|terça|quarta|quinta|sexta)-feira"
    r"|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|senin|selasa|rabu|kamis|jumat|sabtu|minggu",
    re.IGNORECASE,
)
_DATE_FIRST = re.compile(r"\d{1,2}[./·-]\d{1,2}[./·-](?:19|20)?\d{2}\b")
_TRAILING_PREPOSITION = re.compile(r"(?:\s+(?:on|at|am|le|el|il))?\s*:?\s*$", re.I)


def _cue_right_before(before: str) -> bool:
    """A publication or update cue ends the text before the date: "… / TNN / Updated:"."""
    tail = _TRAILING_PREPOSITION.sub("", before)
    return any(
        found.end() == len(tail)
        for cue in (cues.PUBLISHED_CUE, cues.UPDATED_CUE)
        for found in cue.finditer(tail)
    )


_ZONE_TAIL = re.compile(r"\s*(?:\(?[A-Z]{2,5}\)?)?\s*\.?$")
# a comment link after the date: "am Dienstag, 08.04.2025 - 06:00 (Jetzt kommentieren)"
_COMMENT_LINK_TAIL = re.compile(
    r"\s*\((?:jetzt )?(?:kommentieren|comment|\d+ (?:kommentare?|comments?))\)\s*$", re.I
)
# "Giovedì 7 Novembre 2024, 18:42 - Ultimo aggiornamento: 19:10": the day's update, its time
_UPDATE_TIME_TAIL = re.compile(
    rf"\s*[-–|·,]\s*{cues.UPDATE_TIME_CUE}\s*:?\s*\d{{1,2}}[:.h]\d{{2}}(?:\s*(?:uur|uhr|h))?\s*$",
    re.I,
)
_PLACE_BEFORE = re.compile(r"(?-i:[A-ZÀ-Ý])[\w'’.-]+(?:\s+[\w'’.-]+){0,2}\s*[-–,|·]?")
_SECTION_TAIL = re.compile(r"\s*\|\s*[\w'’&-]+(?:,?\s[\w'’&-]+){0,3}\s*")
_ON = re.compile(r"^(?:am|on|le|el|il)\s+", re.I)  # "am Dienstag, 08.04.2025 - 06:00"
# GhanaWeb's "General News of Wednesday, 12 March 2025": the section, then the weekday
_SECTION_OF_DAY = re.compile(rf"(?:[\w&]+ ){{1,3}}of,?\s+(?:{_WEEKDAY.pattern})", re.I)


def _byline_of_parts(text: str) -> bool:
    """ "Von Callum Ashdown · Aus dem Englischen von Marta Reinholz": a byline and a credit in
    one line, too long for the byline rule alone."""
    if " | " not in text and " · " not in text and " • " not in text and " - " not in text:
        return False  # (most lines: no regular expression needed)
    head = _META_SEPARATOR.split(text, maxsplit=1)[0]
    if head == text:
        return False
    rule = cues.LINE_MATCHER.first(head, cues.lowered(head))
    return rule is not None and rule.kind == K.BYLINE and _meta_parts(text)


# (or the first item's own mark: "list 1 of 3" … "end of list")
_LIST_START = re.compile(r"^list (?:of \d{1,2} items?|1 of \d{1,2})$", re.IGNORECASE)
_LIST_END = re.compile(r"^end of list$", re.IGNORECASE)


def _between_menu_items(lines: list[Segment], i: int) -> bool:
    """A menu's item that names a list ("Senaste nytt", "Siste nytt", "Tuoreimmat" between
    "Start" and "Inrikes"): no heading, or the list it would open runs on over the headline."""
    return 0 < i < len(lines) - 2 and all(
        s.words <= 3 and not _SENTENCE_END.search(s.text) and s.kind in {None, K.NAVIGATION}
        for s in (lines[i - 1], lines[i + 1], lines[i + 2])
    )


def _figures_row(seg: Segment) -> bool:
    return seg.words <= 15 and _DIGIT.search(seg.text) is not None


def _list_end(lines: list[Segment], start: int) -> int | None:
    return next((j for j in range(start + 1, min(len(lines), start + 40))
                 if _LIST_END.match(lines[j].text)), None)  # fmt: skip


# The lines of an article's fact box: the event's time, place and price, a person's data.
_FACT_LINE = re.compile(
    r"^(?:termine?|wann|wo|ort|treffpunkt|adresse|eintritt|preise?|kosten|tickets|karten"
    r"|anmeldung|öffnungszeiten|info|infos|informationen|kontakt|programm|veranstalter"
    r"|when|where|venue|admission|entry|tickets|date|dates)\s*:\s*\S",
    re.IGNORECASE,
)


def _opens_fact_box(lines: list[Segment], j: int) -> bool:
    """Two facts in a row ("Termin: Samstag, 1. Juni, ab 10 Uhr" / "Eintritt: frei"), or a
    short heading over them ("Der Abendmarkt im Überblick")."""

    def facts_from(k: int) -> bool:
        return (k + 1 < len(lines) and _FACT_LINE.match(lines[k].text) is not None
                and _FACT_LINE.match(lines[k + 1].text) is not None)  # fmt: skip

    return facts_from(j) or (lines[j].words <= 6 and facts_from(j + 1))


def _apply_block_rules(lines: list[Segment], rules: CleanRules) -> None:
    n = len(lines)
    i = 0
    while i < n:
        seg = lines[i]
        if _LIST_START.match(seg.text) and (end := _list_end(lines, i)) is not None:
            # a screen reader's marks around a teaser list: "list of 4 items" … "end of list"
            for s in lines[i : end + 1]:
                s.kind, s.rule = K.RELATED_LIST, "marked_list"
            if i and lines[i - 1].kind is None and lines[i - 1].words <= 4:
                lines[i - 1].kind, lines[i - 1].rule = K.RELATED_LIST, "related_heading"
            i = end + 1
            continue
        if (
            len(seg.text) <= 60
            and cues.RELATED_HEADING.match(seg.text)
            and not _between_menu_items(lines, i)
            # a consent banner's link under its buttons: "Rechazar" / "Más información"
            and not (i and lines[i - 1].rule == "consent_button")
        ):
            seg.kind, seg.rule = K.RELATED_LIST, "related_heading"
            j = i + 1
            if j < n and _LIST_START.match(lines[j].text) and (end := _list_end(lines, j)):
                for s in lines[j : end + 1]:  # the box's items between a screen reader's marks
                    s.kind, s.rule = K.RELATED_LIST, "marked_list"
                i = end + 1
                continue
            while j < n and (_list_like(lines[j], rules) or _list_continues(lines, j, rules)):
                if _opens_article(lines, j, rules):
                    break  # the article's own headline, after a list that precedes it
                if _opens_fact_box(lines, j):
                    break  # the article's own box of facts: "Termin: …", "Ort: …"
                if lines[j].rule == "content_marker":
                    break  # "Article content": the text goes on
                if _chronology_at(lines, j) or _chronology_at(lines, j + 1):
                    break  # the article's own box of dates ("Stationen eines Lebens" / "1937 …")
                if lines[j].kind is None or lines[j].kind in {K.DATELINE, K.NAVIGATION}:
                    lines[j].kind, lines[j].rule = K.RELATED_LIST, "related_block"
                j += 1
            _give_back_subheading(lines, i, j, rules)
            i = j
            continue
        i += 1
    _apply_repeated_text(lines)
    _apply_pull_quotes(lines)
    _apply_sources_block(lines, rules)
    _apply_tags_block(lines, rules)
    _apply_widget_block(lines, rules)
    _apply_weather_box(lines)
    _apply_time_under_date(lines)
    _apply_book_box(lines, rules)
    _apply_chapter_marks(lines)
    _apply_social_posts(lines)
    _apply_contents_block(lines, rules)
    _apply_donation_block(lines, rules)
    _apply_comment_block(lines, rules)
    _apply_dated_list(lines, rules)
    _apply_image_placeholders(lines, rules)
    _apply_summary_box(lines)
    _apply_newsletter_pitch(lines)
    _apply_teaser_box(lines)
    _apply_shop_list(lines)
    _apply_product_box(lines)
    _apply_app_box(lines)
    _apply_info_box(lines)
    _apply_feed_cards(lines)
    _apply_teaser_above_header(lines)
    _apply_traffic_box(lines)
    _apply_poll_block(lines, rules)
    _apply_gallery_title(lines, rules)


_SUMMARY_HEADING = re.compile(
    r"^(?:das wichtigste (?:in kürze|auf einen blick|zusammengefasst)|(?:ki-)?zusammenfassung"
    r"|artikelzusammenfassung"
    r"|in kürze|kurz und knapp|auf einen blick|key points|at a glance|(?:ai )?summary"
    r"|the essentials|l['’]essentiel|en bref|lo esencial|en resumen|in breve|in het kort)\s*:?$",
    re.IGNORECASE,
)
_AI_SUMMARY = re.compile(
    r"\b(?:ki|ai|künstliche[rn]? intelligenz|artificial intelligence|l['’]ia|la ia)\b"
    r"|ki-zusammenfassung|ai-generated|experimentelles (?:ki-)?tool|experimental (?:ai )?tool",
    re.IGNORECASE,
)
# The reader's vote under a machine-made summary: "Fanden Sie die Zusammenfassung hilfreich?"
_SUMMARY_FEEDBACK = re.compile(
    r"^(?:fanden sie|fandest du|war) (?:die|diese) zusammenfassung hilfreich\??$"
    r"|^(?:was this summary helpful|did you find this summary helpful)\??$",
    re.IGNORECASE,
)
SUMMARY_ITEMS = 6
SUMMARY_ITEM_WORDS = 24


def _apply_summary_box(lines: list[Segment]) -> None:
    """A machine-made summary over the text ("KI-Zusammenfassung", or a summary box whose note
    says AI wrote it): its heading, its points and the note, kept aside as ``summary``. A box
    the newsroom wrote ("Das Wichtigste in Kürze", "Key points") is the article's own and
    stays in the text (labelled so in two of the evaluation sets, and not in a third)."""
    for i, seg in enumerate(lines):
        if len(seg.text) > 40 or not _SUMMARY_HEADING.match(seg.text):
            continue
        j = i + 1
        while (
            j < len(lines)
            and j - i <= SUMMARY_ITEMS
            and lines[j].kind in (None, K.CREDIT_LINE)
            and 3 <= lines[j].words <= SUMMARY_ITEM_WORDS
            and not _SUMMARY_HEADING.match(lines[j].text)  # (the next box)
        ):
            j += 1
        box = lines[i:j]
        if len(box) >= 3 and any(_AI_SUMMARY.search(item.text) for item in box):
            for item in box:
                item.kind, item.rule = K.SUMMARY, "summary_box"
        elif len(box) >= 3 and seg.kind is None:
            # the newsroom's box heads the text even above the lead: not a section's label
            seg.kind, seg.rule = K.SUBHEADING, "summary_heading"
    for i, seg in enumerate(lines):
        if not seg.text.endswith(("?", "hilfreich", "helpful")) or not _SUMMARY_FEEDBACK.match(
            seg.text
        ):
            continue
        # "Artikelzusammenfassung" / the summary / "Fanden Sie die Zusammenfassung hilfreich?"
        heading = next((k for k in range(i - 1, max(i - 5, -1), -1)
                        if _SUMMARY_HEADING.match(lines[k].text)), None)  # fmt: skip
        if heading is not None and all(
            s.kind in (None, K.NAVIGATION, K.CREDIT_LINE) for s in lines[heading + 1 : i]
        ):
            for item in lines[heading : i + 1]:
                item.kind, item.rule = K.SUMMARY, "summary_box"


_EMAIL_FIELD = re.compile(
    r"^(?:your e-?mail(?: address)?|e-?mail(?:-adresse| address)?"
    r"|(?:ihre|deine) e-mail(?:-adresse)?"
    r"|enter your e-?mail(?: address)?|votre (?:adresse )?e-?mail|tu (?:correo|email))\s*\*?$",
    re.IGNORECASE,
)


def _apply_newsletter_pitch(lines: list[Segment]) -> None:
    """Over a sign-up form's e-mail field: the newsletter's pitch ("The unofficial guide to
    official Washington, every morning …") and, above it, the newsletter's name."""
    for i, seg in enumerate(lines[1:], start=1):
        if len(seg.text) > 40 or not _EMAIL_FIELD.match(seg.text):
            continue
        pitch = lines[i - 1]
        if pitch.kind is not None or pitch.words > 30:
            continue
        pitch.kind, pitch.rule = K.NEWSLETTER, "pitch_above_email_field"
        name = lines[i - 2] if i >= 2 else None
        if name is not None and name.kind is None and name.words <= 3 and not name.blank_before:
            name.kind, name.rule = K.NEWSLETTER, "newsletter_name"


_POLL_CUE = re.compile(
    r"^(?:umfrage|abstimmung|poll|sondage|encuesta|sondaggio|peiling|ankieta|enquete|quiz)\s*:"
    r"|^(?:frage|question|domanda|pregunta|vraag) \d+ (?:von|of|sur|di|de|van) \d+\s*:",
    re.IGNORECASE,
)
POLL_OPTIONS = 8
_POLL_NOTE = re.compile(
    r"(?:umfrage|abstimmung|poll) ist nicht repräsentativ|nicht repräsentativ|not a scientific"
    r"|non (?:représentatif|rappresentativ)|no (?:es )?representativ",
    re.IGNORECASE,
)


_GALLERY_LABEL = re.compile(
    r"^(?:bildergalerie|fotostrecke|galerie|gallery|photo gallery|galería|galleria|fotogalerij"
    r"|galeria|diaporama)(?:\s+(?:ansehen|anzeigen|öffnen|starten))?$|^view gallery$",
    re.IGNORECASE,
)


def _apply_gallery_title(lines: list[Segment], rules: CleanRules) -> None:
    """A gallery's own title, between its label ("Bildergalerie") and its counter."""
    for i, seg in enumerate(lines[2:], start=2):
        title, label = lines[i - 1], lines[i - 2]
        if (
            seg.kind == K.GALLERY_COUNTER
            and title.kind is None
            and title.words <= 15
            and not _is_prose(title, rules)
            and _GALLERY_LABEL.match(label.text)
        ):
            title.kind, title.rule = K.IMAGE_CAPTION, "gallery_title"


def _apply_poll_block(lines: list[Segment], rules: CleanRules) -> None:
    """A poll: its question ("Umfrage: …?", or a question), its answers (short lines) and
    its button or vote count ("Abstimmen", "1.847 Stimmen"), all one widget."""
    for i, seg in enumerate(lines):
        if seg.rule != "poll_button":
            continue
        j = i - 1
        while j >= 0 and i - j <= POLL_OPTIONS and lines[j].words <= 20:
            if lines[j].kind not in (None, K.WIDGET) and lines[j].rule != "ui_fragment":
                break  # (an answer as short as "Ja" was taken for an icon's letter)
            if _POLL_CUE.match(lines[j].text) or lines[j].text.rstrip().endswith("?"):
                for item in lines[j:i]:
                    item.kind, item.rule = K.WIDGET, "poll_item"
                break
            if lines[j].words > 15 and _is_prose(lines[j], rules):
                break  # (an answer may be a short sentence: "Ich finde es toll!")
            j -= 1
        k = i + 1
        while k < len(lines) and lines[k].rule == "poll_button":
            k += 1
        if k < len(lines) and lines[k].kind is None and _POLL_NOTE.search(lines[k].text):
            lines[k].kind, lines[k].rule = K.WIDGET, "poll_item"


def _apply_image_placeholders(lines: list[Segment], rules: CleanRules) -> None:
    """Under a text browser's "[image]": the picture's credit (a name of a few words) and,
    after it, its caption (a line that is not a paragraph). Without a credit the line below
    may as well be a subheading, and stays for the structural pass."""
    for i, seg in enumerate(lines[:-2]):
        if seg.rule != "image_placeholder":
            continue
        credit, caption = lines[i + 1], lines[i + 2]
        if credit.words > 4 or _SENTENCE_END.search(credit.text) or credit.kind in BODY_KINDS:
            continue
        if caption.kind is not None and caption.kind not in {K.BYLINE, K.NAVIGATION}:
            continue
        if caption.words > 30 or _is_prose(caption, rules):
            continue
        credit.kind, credit.rule = K.IMAGE_CREDIT, "credit_below_image"
        caption.kind, caption.rule = K.IMAGE_CAPTION, "caption_below_image_credit"


# "@name", "@name.bsky.social", "@name@instance.social"
_HANDLE = re.compile(r"^@\w[\w.-]{1,40}(?:@[\w.-]{2,40})?$")
_HANDLE_DATE = re.compile(r"^@\w[\w.-]{1,40}\s*[·•|]\s*\S")
_CHAPTER = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}\s+\S")
_CHAPTER_START = re.compile(r"^0?0:00\s+\S")


def _apply_chapter_marks(lines: list[Segment]) -> None:
    """A podcast's or video's chapter list: three or more short lines in a row that open with
    a time stamp, the first at 0:00 (a live ticker's times are the day's), and its heading."""
    n = len(lines)
    starts = [k for k, s in enumerate(lines) if s.text[:1] == "0" and _CHAPTER_START.match(s.text)]
    for i in starts:
        if lines[i].kind is not None:
            continue
        j = i
        while (
            j < n
            and lines[j].kind is None
            and lines[j].words <= 10
            and _CHAPTER.match(lines[j].text)
        ):
            j += 1
        if j - i >= 3:
            head = lines[i - 1] if i else None
            first = i - 1 if head is not None and head.kind is None and head.words <= 2 else i
            for seg in lines[first:j]:
                seg.kind, seg.rule = K.AUDIO_PLAYER, "chapter_marks"


def _apply_social_posts(lines: list[Segment]) -> None:
    """An embedded post: the account's name, its "@handle", the post, and its time stamp
    ("3:12 nachm. · 14. März 2024" within four lines, which tells a post from a mention)."""
    for i, seg in enumerate(lines):
        if (
            seg.kind == K.DATELINE
            and _HANDLE_DATE.match(seg.text)
            and i + 1 < len(lines)
            and lines[i + 1].kind is None
            and lines[i + 1].words <= 60
        ):  # "@PompiersVar83 · 18 août" over the post's text: the handle and its day first
            for post in lines[i : i + 2]:
                post.kind, post.rule = K.SOCIAL_EMBED, "embedded_post"
            continue
        if seg.kind is not None or not _HANDLE.match(seg.text):
            continue
        end = next((j for j in range(i + 1, min(i + 5, len(lines)))
                    if lines[j].kind == K.DATELINE
                    or (lines[j].words <= 8 and next(date_matches(lines[j].text), None))),
                   None)  # fmt: skip
        if end is None:
            continue
        start = i - 1 if i and lines[i - 1].kind is None and lines[i - 1].words <= 6 else i
        for post in lines[start : end + 1]:
            post.kind, post.rule = K.SOCIAL_EMBED, "embedded_post"


def _apply_sources_block(lines: list[Segment], rules: CleanRules) -> None:
    """A sources heading and the short lines under it, up to the next prose or claimed line."""
    for i, seg in enumerate(lines):
        if seg.kind is None and cues.SOURCES_HEADING.match(seg.text):
            seg.kind, seg.rule = K.SOURCES, "sources_heading"
            for item in lines[i + 1 : i + 12]:
                if item.kind is not None or _is_prose(item, rules) or item.words > 20:
                    break
                item.kind, item.rule = K.SOURCES, "sources_list"


def _apply_repeated_text(lines: list[Segment]) -> None:
    """A paragraph the page prints a second time (an AMP copy above the full page, a teaser
    repeated as the first paragraph) is kept once, where it first stands."""
    seen: set[str] = set()
    for seg in lines:
        if seg.kind is None and seg.words >= 12:
            if seg.text in seen:
                seg.kind, seg.rule = K.REPEATED_TEXT, "repeated_paragraph"
            else:
                seen.add(seg.text)


# A pull quote: a sentence of the text set apart in quotation marks, often with its
# speaker's name and role under it. The text says it already.
_PULL_QUOTE = re.compile(r"^[„“\"»«‚‹]\s*(.+?)[.!?…]?\s*[“”\"«»‘’‹›]\s*[.!?]?$")
PULL_QUOTE_MAX_WORDS = 30
_SENTENCE_QUOTE = re.compile(r"[.!…]\s*[“”\"«»‘’‹›]\s*$|[“”\"«»‘’‹›]\s*[.!]$")
_ATTRIBUTION = re.compile(
    r"^[-–—]?\s*(?-i:[A-ZÀ-Ý])[\w.'’-]+(?:\s+[\w.'’-]+){0,2},\s+[^.!?]{2,60}$"
)


def _apply_pull_quotes(lines: list[Segment]) -> None:
    """A line that only quotes words printed in a paragraph of the page is a pull quote, and
    a name with a role right under it ("Andreas Greimel, Bürgermeister von Haselbrunn") its
    attribution: both kept aside as repeated text."""
    prose = [i for i, seg in enumerate(lines) if seg.kind is None and seg.words >= 15]
    paragraphs = [lines[i].text for i in prose]
    for i, seg in enumerate(lines):
        if seg.kind is not None or not 4 <= seg.words <= PULL_QUOTE_MAX_WORDS:
            continue
        if not prose or i < prose[0]:
            continue  # above the text a quotation is the headline ("„Wir leben …“")
        quoted = _PULL_QUOTE.match(seg.text)
        if not quoted or not any(quoted.group(1) in text and text != seg.text
                                 for text in paragraphs):  # fmt: skip
            continue
        below = lines[i + 1] if i + 1 < len(lines) else None
        attributed = below is not None and below.kind is None and _ATTRIBUTION.match(below.text)
        # a quoted subheading ("„Ohne die Fähre ist das Dorf tot“") heads the next section;
        # a pull quote is a whole sentence, or its speaker is named under it
        if not (attributed or _SENTENCE_QUOTE.search(seg.text)):
            continue
        seg.kind, seg.rule = K.REPEATED_TEXT, "pull_quote"
        if attributed:
            below.kind, below.rule = K.REPEATED_TEXT, "pull_quote"


def _apply_tags_block(lines: list[Segment], rules: CleanRules) -> None:
    """A tags heading ("Themen") under the text and the short labels under it (above the
    text, "Themen" is a menu item, and a short headline may follow it)."""
    for i, seg in enumerate(lines):
        # ("Etiquetas:" alone on its line: the heading, the labels below it)
        heading = seg.rule == "tags_heading" or (
            seg.rule == "tags" and seg.words <= 3 and seg.text.rstrip().endswith(":")
        )
        if heading and any(s.kind is None and _is_prose(s, rules) for s in lines[:i]):
            for n, item in enumerate(lines[i + 1 : i + 16]):
                if item.kind is not None or item.text.endswith("."):
                    break
                if item.words > 4 and not (n == 0 and _run_of_tags(item)):
                    break
                item.kind, item.rule = K.TAGS, "tags_list"
                if item.words > 4:
                    break  # all the labels in one line: what follows is something else


def _run_of_tags(seg: Segment) -> bool:
    """The labels copied into one line: "Kleingarten Steuern Kommunalfinanzen Hessen" (each
    word capitalised, no punctuation; a subheading has its small words)."""
    tokens = seg.text.split()
    if len(tokens) <= 15 and not _TAG_RUN_BREAK.search(seg.text):
        return all(t[0].isupper() or t[0].isdigit() for t in tokens)
    # or separated: "Foundry Arc Ventures, Fundraising, Hardware, pipelines, Robotics"
    items = [item.split() for item in re.split(r"\s*[,|·•]\s*", seg.text.strip())]
    return (
        len(items) >= 3
        and all(0 < len(item) <= 4 for item in items)
        and not any(c in seg.text for c in '.!?;:"„“”«»()')
    )


_TAG_RUN_BREAK = re.compile(r"[.,;:!?\"„“”«»()]")


def _apply_widget_block(lines: list[Segment], rules: CleanRules) -> None:
    """A share-price box: its cue lines (WKN, day's high and low, "Zur Kursseite"), the line
    above them (the company's name) and the figures below (the price, exchange and time)."""
    for i, seg in enumerate(lines):
        if seg.rule != "stock_widget":
            continue
        for step, reach in ((-1, 1), (1, 4)):  # one line above, up to four below
            j = i + step
            while 0 <= j < len(lines) and abs(j - i) <= reach:
                other = lines[j]
                if other.kind not in (None, K.DATELINE, K.WIDGET) or other.words > 8:
                    break
                if other.kind is None and _is_prose(other, rules):
                    break
                if step == 1 and not any(c.isdigit() for c in other.text):
                    break  # below the box: its figures, not the next subheading
                if other.kind != K.WIDGET:
                    other.kind, other.rule = K.WIDGET, "stock_widget_line"
                j += step


_WEATHER_END = re.compile(
    r"^(?:full forecast|7-day forecast|extended forecast|10-day forecast|hourly forecast"
    r"|(?:zur|zum) (?:wetterprognose|wettervorhersage|wetterseite|wetter|7-tage-wetter)"
    r"|7-tage-wetter|alle wetterdaten|prévisions (?:complètes|à 7 jours)|previsioni complete)$",
    re.IGNORECASE,
)
WEATHER_BOX_LINES = 8


def _apply_weather_box(lines: list[Segment]) -> None:
    """A weather box in the page's head: from its temperature ("28°") to its link to the
    forecast, with the place, the sky and the box's own "Updated" time between (not the
    article's, and the place is no headline: "Davenport, IA (52801)")."""
    for i, seg in enumerate(lines):
        if seg.rule != "stock_widget" or "°" not in seg.text:
            continue
        for j in range(i + 1, min(i + WEATHER_BOX_LINES, len(lines))):
            if _WEATHER_END.match(lines[j].text):
                for item in lines[i : j + 1]:
                    item.kind, item.rule = K.WIDGET, "weather_box"
                break


def _apply_time_under_date(lines: list[Segment]) -> None:
    """ "31 marzo 2025" / "11:20": a bare time under the day is the dateline's, not a
    player's length (a player's length stands by its play button or clip title)."""
    for prev, seg in itertools.pairwise(lines):
        if (
            seg.rule == "media_duration"
            and prev.kind == K.DATELINE
            and ":" in seg.text
            and len(seg.text) <= 5
            and next(date_matches(prev.text), None) is not None
        ):
            seg.kind, seg.rule = K.DATELINE, "time_line"


BOOK_BOX_LINES = 3


def _apply_book_box(lines: list[Segment], rules: CleanRules) -> None:
    """A review's box on the book: over its pages and price, the author and title, the genre
    and the publisher ("Jana Beispiel: „Titel“" / "Roman" / "Verlag, Berlin 2025")."""
    for i, seg in enumerate(lines):
        if seg.rule != "book_details":
            continue
        for j in range(i - 1, max(i - 1 - BOOK_BOX_LINES, -1), -1):
            above = lines[j]
            if above.kind is not None or above.words > 8 or _is_prose(above, rules):
                break
            above.kind, above.rule = K.WIDGET, "book_details"


_ENTRY_MARKER = re.compile(r"^(?:(\d{1,2}[.)])|([→•·▸►\-–*]))\s")


def _apply_contents_block(lines: list[Segment], rules: CleanRules) -> None:
    """A table of contents and its entries (short lines, often numbered or arrowed), up to
    the first prose line: the same words return as the text's subheadings."""
    for i, seg in enumerate(lines):
        if seg.kind is None and cues.TOC_HEADING.match(seg.text):
            seg.kind, seg.rule = K.NAVIGATION, "contents_heading"
            style = None
            for j in range(i + 1, min(i + 15, len(lines))):
                item = lines[j]
                marker = _ENTRY_MARKER.match(item.text)
                numbered = style == "number" and marker is not None and marker.group(1)
                if (
                    item.kind is not None
                    or item.words > 12
                    or (
                        _is_prose(item, rules) and not numbered  # "5. Was tun, wenn …?" is one
                    )
                ):
                    break
                shape = ("number" if marker.group(1) else marker.group(2)) if marker else None
                style = shape if j == i + 1 else style
                if style is not None and shape != style:
                    break  # the entries were "→ …" or "1. …"; this line is not one
                if style is None and (
                    (j + 1 < len(lines) and _is_prose(lines[j + 1], rules))
                    or _opens_article(lines, j, rules)
                ):
                    break  # unmarked entries: the line over a paragraph, or the headline
                item.kind, item.rule = K.NAVIGATION, "contents_entry"
            return


def _opens_article(
    lines: list[Segment], j: int, rules: CleanRules, *, standfirst: bool = True
) -> bool:
    """A headline the article's meta follows (a standfirst may stand between): a byline, or
    a dateline followed by more meta or by text. A teaser's date is followed by the next
    teaser, its cut-off summary ("…"), or by whatever ends the list."""
    nxt = lines[j + 1] if j + 1 < len(lines) else None
    if (
        standfirst
        and nxt is not None
        and nxt.kind is None
        and not _is_teaser(nxt)
        and (
            _is_prose(nxt, rules)
            # a deck without a full stop or the author's name, the byline or dateline under
            # it: "Measure heads to House as lawmakers push to adjourn" / "BY: …"
            # (a headline has words enough: "Die Kosten" over the headline is a list's item)
            or (
                j + 2 < len(lines)
                and lines[j + 2].kind in {K.BYLINE, K.DATELINE}
                and nxt.words <= 20
                and lines[j].words >= 5
            )
        )
    ):
        return _opens_article(lines, j + 1, rules, standfirst=False)
    if nxt is None or nxt.kind not in {K.BYLINE, K.DATELINE}:
        return False
    if nxt.kind == K.BYLINE:
        return True
    after = lines[j + 2] if j + 2 < len(lines) else None
    return after is not None and (
        after.kind in _META
        or (after.kind is None and _is_prose(after, rules) and not _is_teaser(after))
    )


def _list_like(seg: Segment, rules: CleanRules) -> bool:
    """A line that can belong to a list of teasers: short, a date, or a truncated teaser."""
    if seg.kind is not None and seg.kind not in BODY_KINDS:
        return True
    if _is_teaser(seg) or (not _is_prose(seg, rules) and seg.words <= 30):
        return True
    if seg.text.endswith("?") and seg.words <= 14:
        return True  # a teaser asking its question: "What is a heat-health alert?"
    if seg.words <= 14 and _ABBREVIATED_END.search(seg.text):
        return True  # a headline ending on an abbreviation: "… la inflación en EE.UU."
    if seg.words <= 16 and _DATED_TEASER.search(seg.text):
        return True  # "Beispielstadt feiert ersten Heimsieg (vor 6 Std.)"
    if seg.words <= 40 and _TICKER_ENTRY.match(seg.text):
        return True  # a live ticker's entry under "Ticker zum Nachlesen": "60. Min: Schluss!"
    return bool(_KICKER_HEADLINE.match(seg.text)) or _title_case(seg)


# a teaser's age or day in brackets after it
_DATED_TEASER = re.compile(
    r"\((?:vor \d+ \w+\.?|gestern|heute|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\d+ ?(?:min|h|std|d)\.?)\)$",
    re.IGNORECASE,
)
_TICKER_ENTRY = re.compile(
    r"^\d{1,3}\.(?:\s?\+\s?\d{1,2})?\s?min(?:\.|ute)?\s*:\s*\S", re.IGNORECASE
)


# "Chemieindustrie: Wie lange hält der Standort noch durch?": a teaser's kicker and headline
_KICKER_HEADLINE = re.compile(r"^[\w-]{3,30}: (?:\S+ ){1,11}\S+$")
_SMALL_WORDS = frozenset("a an the and or but of in on at to for by with from as is it its".split())


def _title_case(seg: Segment) -> bool:
    """An English headline in title case ("The Digital Divide Is Shrinking. Not in These
    Counties."): every word but the small ones capitalised, which running text never is."""
    words = seg.text.split()
    if not 4 <= len(words) <= 20:
        return False
    big = [w for w in words if w.lower().strip(".,:;!?\"'’“”") not in _SMALL_WORDS]
    return len(big) >= 3 and all(
        w[:1].isupper() or w[:1].isdigit() or not w[:1].isalpha() for w in big
    )


def _give_back_subheading(lines: list[Segment], head: int, end: int, rules: CleanRules) -> None:
    """A box inside the article ends where the text resumes; a last line clearly shorter
    than the box's items, right above a paragraph, is the next section's subheading."""
    items = [s for s in lines[head + 1 : end] if s.kind in {K.RELATED_LIST, K.RELATED_LINK}]
    if len(items) < 2 or end >= len(lines) or not _is_prose(lines[end], rules):
        return
    last = lines[end - 1]
    others = sorted(s.words for s in items[:-1])
    median = others[len(others) // 2]
    # the box's lines stand together; a blank line sets the subheading apart from them
    apart = last.blank_before and not any(s.blank_before for s in lines[head + 1 : end - 1])
    # teasers named "Place: headline" all, and a last line without the colon
    kicker_items = all(": " in s.text for s in items[:-1]) and ": " not in last.text
    shorter = last.words <= 8 and (last.words < 0.7 * median or kicker_items)
    # teasers each closed by their date ("Gestern, 18:30 Uhr"): a last line after the last
    # date is not a teaser
    dated = (
        end - 2 > head
        and date_coverage(lines[end - 2].text) >= 0.6
        and sum(1 for s in items if date_coverage(s.text) >= 0.6) >= 2
        and date_coverage(last.text) < 0.6
    )
    # a section headed by a quote: "'I can't vote, I can't apply for the job'" (a teaser
    # quotes and goes on: "'Tears on the highway': Women giving birth in cars")
    quoted = _WHOLE_QUOTE.match(last.text) and not any(
        _WHOLE_QUOTE.match(s.text) for s in items[:-1]
    )
    if last.rule == "related_block" and (apart or shorter or dated or quoted):
        last.kind, last.rule = None, ""


def _caption_over_two_names(lines: list[Segment]) -> None:
    """Under the headline and its deck, a second line over two names on lines of their own
    is the lead picture's caption over its photographer and the author ("Vista del paseo …"
    / "Xavier Cervera" / "Jordi Pallarès Comas"; "Recreación de …" / "Junta de Andalucía" /
    "Rocío Delgado Moreno"): a second paragraph of the deck has the byline under it."""
    t = next((i for i, s in enumerate(lines) if s.kind == K.TITLE), None)
    if t is None or t + 4 >= len(lines):
        return
    deck, caption, credit, author = lines[t + 1 : t + 5]
    if (
        deck.kind == K.LEAD
        and caption.kind in {K.LEAD, K.BODY}
        and caption.words <= 40
        and all(_NAME_LINE.match(s.text) for s in (credit, author))
        and credit.kind not in BODY_KINDS
        and author.kind not in BODY_KINDS
    ):
        caption.kind, caption.rule = K.IMAGE_CAPTION, "caption_over_names"
        credit.kind, credit.rule = K.IMAGE_CREDIT, "photographer_name"
        author.kind, author.rule = K.BYLINE, "name_line_after_title"


# two to four capitalised words, with a name's particles: "Junta de Andalucía"
_NAME_LINE = re.compile(
    r"^[A-ZÀ-ÝĀ-Ž][\w'’.-]+(?:\s+(?:(?:de|del|la|las|los|da|do|dos|van|von|di|y|i|e)\s+)?"
    r"[A-ZÀ-ÝĀ-Ž][\w'’.-]+){1,3}$"
)


def _apply_caption_twice(lines: list[Segment]) -> None:
    """A picture's caption printed twice, the second time with its photographer's name
    ("Fachada del centro …" / "Fachada del centro … — Ana Belén Torralba"): the figure's
    text and its caption box."""
    for first, second in itertools.pairwise(lines):
        if (
            first.kind is None
            and second.kind is None
            and first.words >= 4
            and second.text.startswith(first.text)
            and _CREDIT_AFTER_CAPTION.fullmatch(second.text, len(first.text))
        ):
            for seg in (first, second):
                seg.kind, seg.rule = K.IMAGE_CAPTION, "caption_twice"


# " — Ana Belén Torralba", " | Name/Agency" after the caption's words
_CREDIT_AFTER_CAPTION = re.compile(
    # (an en dash adds to a headline: "Lücke erlaubt Übernahme – Update verfügbar")
    r"\s*[—|/]\s*[A-ZÀ-Ý][\w.'’-]+(?:\s+[A-ZÀ-Ý][\w.'’-]+){0,4}(?:\s*/\s*[\w .'’&-]{2,30})?\s*"
)


def _chronology_at(lines: list[Segment], i: int) -> bool:
    """Three lines from ``i`` on, each led by a year: a life's or a project's stations."""
    run = lines[i : i + 3]
    return len(run) == 3 and all(
        _YEAR_LED.match(s.text) and s.kind in {None, K.RELATED_LIST} for s in run
    )


_YEAR_LED = re.compile(r"^(?:1[5-9]|20)\d{2}(?:\s*[:–-])?\s+\S")


def _release_colon_list(lines: list[Segment], rules: CleanRules) -> None:
    """The items of a list a sentence of the text announces ("Der Shuttle hält an vier
    Stationen:" / "Rathaus Beuel" / "Rheinaustraße/Ecke Hermannstraße") are text, even where
    one reads like a picture's credit and the item above it like that picture's caption."""
    for i, seg in enumerate(lines):
        if not (seg.kind is None and seg.words >= 3 and seg.text.endswith(":")):
            continue
        if not _is_prose(seg, rules) and seg.words < 5:
            continue  # "Fotos:" / a label of a box
        j = i + 1
        while (
            j < len(lines)
            and lines[j].words <= 12
            and not _SENTENCE_END.search(lines[j].text)
            and (lines[j].kind is None or lines[j].rule in _LIST_ITEM_CREDIT_RULES)
        ):
            j += 1
        if j - i - 1 < 3:
            continue
        for item in lines[i + 1 : j]:
            if item.rule in _LIST_ITEM_CREDIT_RULES:
                item.kind, item.rule = None, ""


# what a list item that reads like a picture's caption or credit was taken for
_LIST_ITEM_CREDIT_RULES = frozenset({"line_above_credit", "name_slash_organisation"})


def _kicker_teaser(lines: list[Segment], i: int, rules: CleanRules) -> bool:
    """Line ``i`` a kicker of one or two words and the next a headline, between paragraphs,
    with another short line or a box below them (a subheading stands right over its text)."""
    if not (0 < i and i + 2 < len(lines)) or lines[i].words > 2 or len(lines[i].text) > 24:
        return False
    kicker, headline, below = lines[i], lines[i + 1], lines[i + 2]
    return (
        lines[i - 1].kind == K.BODY
        and not _SENTENCE_END.search(kicker.text)
        and headline.kind is None
        and 5 <= headline.words <= 20
        and not headline.text.endswith((".", ":", "?", "!"))
        and not (_FIELD.match(headline.text) and _FIELD.match(below.text))  # a box of facts
        and (
            (below.kind is None and below.words <= 8 and not _is_prose(below, rules))
            # over a box, not a paragraph the paywall cuts off ("… Er wurde schon einmal")
            or (below.kind in _BOX_KINDS and not _SENTENCE_BREAK.search(headline.text))
        )
    )


_FIELD = re.compile(r"^[\w /-]{2,25}:\s")  # "Termin: …", "Mainboard AMD: …"


def _colon_teaser(lines: list[Segment], i: int, rules: CleanRules) -> bool:
    """Line ``i`` "Kicker: Headline" in one line between paragraphs, right over the next
    section's subheading (which stands over its text): another story's teaser ("Pflegeheim-
    Kosten: Eigenanteil steigt auf neuen Höchstwert" / "Ministerium verweist auf …")."""
    if not (0 < i and i + 2 < len(lines)):
        return False
    seg, below, after = lines[i], lines[i + 1], lines[i + 2]
    kicker = _COLON_KICKER.match(seg.text)
    return (
        kicker is not None
        and lines[i - 1].kind == K.BODY
        and 4 <= len(seg.text[kicker.end() :].split()) <= 14
        and not seg.text.endswith((".", ":", "?", "!"))
        and below.kind is None
        and 2 <= below.words <= 8
        and ":" not in below.text
        and not _SENTENCE_END.search(below.text)
        and after.kind is None
        and _is_prose(after, rules)
    )


# one to three words and a colon, then a capital: "Pflegeheim-Kosten: Eigenanteil steigt …"
_COLON_KICKER = re.compile(r"^[\w-]{3,30}(?: [\w-]{2,20}){0,2}: (?=[A-ZÀ-ÝĀ-Ž])")


_WHOLE_QUOTE = re.compile(r"^['‘\"“„«][^\"“”„«»]{8,120}['’\"”“»]$")


def _is_teaser(seg: Segment) -> bool:
    """A teaser's cut-off text ("…"), or its text with the link's word glued on ("…
    geschützt wird. mehr")."""
    return seg.words <= 80 and (
        seg.text.endswith(("...", "…"))
        or (seg.text.endswith(_READ_ON_WORDS) and _TEASER_LINK_END.search(seg.text) is not None)
    )


_TEASER_LINK_END = re.compile(r"[.!?…]\s+(?:mehr|more|plus|más|altro|meer)$")
_READ_ON_WORDS = ("mehr", "more", "plus", "más", "altro", "meer")


# A phone's notification or an aggregator's card names its source and how long ago:
# "ntv Nachrichten · 38 Min.", "hessenschau · 16:12", "WELT · vor 3 Std."
_SOURCE_AND_TIME = re.compile(
    r"^[\w .&+'’-]{2,30} · (?:jetzt|now|gerade(?: eben)?|just now|vor \d+ (?:min\.?|minuten|std\.?"
    r"|stunden|tagen?)|\d+ (?:min|std|h|m|hrs?|mins?)\.?(?: ago)?|\d{1,2}:\d{2}(?: uhr)?)$",
    re.IGNORECASE,
)
_CARD_EXIT = re.compile(
    r"^(?:weiterlesen auf|mehr auf|zum artikel auf|read more on|continue reading on"
    r"|in der app öffnen|tippen, um den artikel zu öffnen|tap to open)\b",
    re.IGNORECASE,
)


# A traffic or speed-camera box's items: "B28 Kehl Richtung Straßburg: Stau …", "A45 Gießen
# Richtung Dortmund … 3 km Stau", "Herborn, B277 (Dillstraße) – 50 km/h", "Achern,
# Hauptstraße (30)"
_ROAD_ITEM = re.compile(
    r"^(?:A|B|L|K|St)\s?\d{1,4}\b[^.!?]*$|[–-]\s*\d{2,3} km/h$"
    r"|^[A-ZÄÖÜ][\w.-]+, [^.!?]+\(\d{2,3}\)$"
)


def _road_item(text: str) -> bool:
    # (most lines are ruled out by their first and last character, before any pattern)
    road = text[:1] in _ROAD_FIRST and (text[1:2].isdigit() or text[2:3].isdigit())
    limit = text.endswith("km/h") or (text.endswith(")") and text[-2:-1].isdigit())
    return (road or limit) and _ROAD_ITEM.search(text) is not None


_ROAD_FIRST = frozenset("ABLKS")
# what a report or a speed camera's line says: the direction, the jam, the limit
_TRAFFIC_REPORT = re.compile(
    r"\b(?:richtung|stau|stockender verkehr|gesperrt|sperrung|baustelle|unfall|gefahr"
    r"|fahrstreifen|km/h)\b|\(\d{2,3}\)$",
    re.IGNORECASE,
)


def _apply_traffic_box(lines: list[Segment]) -> None:
    """A traffic or speed-camera box: two or more road items in a row, and the short lines
    around them (its heading, its "Alle Meldungen" link, its hotline)."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].kind is None and _road_item(lines[j].text):
            j += 1
        if j - i < 2:
            i += 1
            continue
        if 2 * sum(1 for seg in lines[i:j] if _TRAFFIC_REPORT.search(seg.text)) < j - i:
            i = j  # the article's own list of roads ("A93 Inntaldreieck – Kufstein, wegen …")
            continue
        for seg in lines[i:j]:
            seg.kind, seg.rule = K.WIDGET, "traffic_item"
        for k in (i - 1, j):
            near = lines[k] if 0 <= k < len(lines) else None
            if near is not None and near.kind is None and near.words <= 12:
                near.kind, near.rule = K.WIDGET, "traffic_item"
        i = j + 1


_READ_ON = frozenset({"weiterlesen", "mehr lesen", "zum artikel", "read more", "lire la suite",
                      "leer más", "continua a leggere", "lees meer"})  # fmt: skip


def _apply_teaser_above_header(lines: list[Segment]) -> None:
    """Another story's teaser printed over the article's header: its headline, its text and
    "Weiterlesen", where the page's first byline or dateline comes only after it (a teaser
    of the page's own article, a paywall's "Weiterlesen", stands under its header)."""
    for i, seg in enumerate(lines[:80]):
        if i < 2 or len(seg.text) > 24 or seg.text.casefold().strip(" .:»›>") not in _READ_ON:
            continue
        text, head = lines[i - 1], lines[i - 2]
        if not (
            text.kind is None
            and 8 <= text.words <= 60
            and head.kind is None
            and head.words <= 20
            and not _SENTENCE_END.search(head.text)
        ):
            continue
        if any(s.kind in {K.DATELINE, K.BYLINE} for s in lines[: i - 2]):
            continue
        if not any(s.kind in {K.DATELINE, K.BYLINE} for s in lines[i + 1 : i + 13]):
            continue
        for s in (head, text, seg):
            s.kind, s.rule = K.RELATED_LINK, "teaser_above_header"


def _apply_feed_cards(lines: list[Segment]) -> None:
    """Notifications and an aggregator's cards copied over the article (two or more, or one
    with its "Weiterlesen auf welt.de"): each source-and-time line, the text over it and the
    text under it are other stories' teasers, not the page's header."""
    heads = [i for i, seg in enumerate(lines[:60])
             if " · " in seg.text and seg.kind in (None, K.DATELINE, K.READING_TIME)
             and _SOURCE_AND_TIME.match(seg.text)
             # (not the page's own date and time: "22 gennaio 2025 · 17:05")
             and next(date_matches(seg.text.partition(" · ")[0]), None) is None]  # fmt: skip
    # an aggregator's cards of three lines: the source, the headline, "Vor 5 Std."
    cards = [i for i, seg in enumerate(lines[:60])
             if i >= 2 and seg.rule == "relative_time" and lines[i - 1].kind is None
             and lines[i - 2].kind in (None, K.NAVIGATION) and 1 <= lines[i - 2].words <= 3
             and not _SENTENCE_END.search(lines[i - 2].text)]  # fmt: skip
    if len(cards) >= 2:
        for i in cards:
            for seg in lines[i - 2 : i + 1]:
                seg.kind, seg.rule = K.RELATED_LINK, "feed_card"
    if not heads or (
        len(heads) == 1
        and not any(_CARD_EXIT.match(s.text) for s in lines[heads[0] + 1 : heads[0] + 4])
    ):
        return
    for i in heads:
        lines[i].kind, lines[i].rule = K.RELATED_LINK, "feed_card"
        for j in (i - 1, i + 1):
            near = lines[j] if 0 <= j < len(lines) else None
            if near is not None and near.kind is None and near.words <= 40:
                near.kind, near.rule = K.RELATED_LINK, "feed_card"
    for seg in lines[: heads[-1] + 4]:
        if seg.kind is None and _CARD_EXIT.match(seg.text):
            seg.kind, seg.rule = K.RELATED_LINK, "feed_card"


# "Kühlschrankthermometer kaufen**:", "Erhältlich bei*:": the asterisk marks partner links
_SHOP_LIST_HEAD = re.compile(
    r"\b(?:kaufen|bestellen|erhältlich(?: bei)?|shoppen|buy|shop)\s*\*+\s*:?$", re.IGNORECASE
)


def _apply_shop_list(lines: list[Segment]) -> None:
    """A list of shops under a line of partner links: the shops' names, one to a line."""
    for i, seg in enumerate(lines):
        if seg.kind is not None or seg.words > 8 or "*" not in seg.text:
            continue
        if not _SHOP_LIST_HEAD.search(seg.text):
            continue
        seg.kind, seg.rule = K.AD_MARKER, "shop_list"
        for item in lines[i + 1 : i + 9]:
            if item.kind is not None or item.words > 3 or _SENTENCE_END.search(item.text):
                break
            item.kind, item.rule = K.AD_MARKER, "shop_list"


# A shop's button under a product ("Bei Amazon ansehen*", "Zum Angebot bei OTTO*", "Jetzt im
# MSG-Shop bestellen"), and the price and star rating over it.
_SHOP_AT = re.compile(
    r"^(?:(?:jetzt )?(?:bei|im) [\w.&-]+(?: [\w.&-]+)? (?:ansehen|kaufen|bestellen|shoppen)"
    r"|zum angebot bei [\w.&-]+(?: [\w.&-]+)?|(?:view|buy) (?:it )?(?:at|on) [\w.&-]+)\*?$",
    re.IGNORECASE,
)
_PRICE_OR_RATING = re.compile(
    r"^(?:ab |statt |nur |uvp:? |preis:? |from )?(?:\d{1,3}(?:\.\d{3})*|\d+)(?:,\d{2}|\.\d{2})?"
    r"\s*(?:€|eur|euro|chf|\$|£)\*?$|^[€$£]\s?\d[\d.,]*\*?$|[★☆]"
    r"|^\d[,.]\d\s*(?:/\s*5|von 5|out of 5)\b",
    re.IGNORECASE,
)
PRODUCT_BOX_LINES = 7


def _apply_product_box(lines: list[Segment]) -> None:
    """An affiliate product box: the shop's button, and over it the price, the rating, the
    product's name and the box's heading ("Unsere Empfehlung für dein Home-Gym"), up to the
    paragraph or the "Anzeige" marker above. Only a box with a price or a rating counts: a
    line over a bare "Jetzt kaufen" may be the text's."""
    for i, seg in enumerate(lines):
        if seg.words > 8 or not (_SHOP_BUTTON.match(seg.text) or _SHOP_AT.match(seg.text)):
            continue
        box, priced, names = [i], False, 0
        for j in range(i - 1, max(i - PRODUCT_BOX_LINES, -1), -1):
            above = lines[j]
            if above.words <= 8 and _PRICE_OR_RATING.search(above.text):
                priced = True
            elif (
                above.kind is None
                and names < 2
                and above.words <= 20
                and not _SENTENCE_END.search(above.text)
                and not (_SHOP_BUTTON.match(above.text) or _SHOP_AT.match(above.text))
            ):
                names += 1
            else:
                break
            box.append(j)
        if priced:
            for j in box:
                lines[j].kind, lines[j].rule = K.AD_MARKER, "product_box"


# An app store's button: "App Store", "Google Play", "Jetzt kostenlos herunterladen".
_APP_BUTTON = re.compile(
    r"^(?:app store|google play|(?:jetzt )?(?:kostenlos |gratis )?herunterladen"
    r"|(?:im|aus dem) app store (?:laden|herunterladen)|(?:jetzt )?bei google play"
    r"|download on the app store|get it on google play|download now)$",
    re.IGNORECASE,
)
_APP_HEADING = re.compile(
    r"^(?:download|get|hol dir|lade dir|télécharge[zr]?|descarga|scarica)\b.*\bapp\b",
    re.IGNORECASE,
)
_NAMES_APP = re.compile(r"\bapps?\b|\w-app\b", re.IGNORECASE)
APP_BOX_LINES = 3


def _apply_app_box(lines: list[Segment]) -> None:
    """The outlet's app offered between or under the text: a heading or a pitch that names
    the app ("Die neue WB-App", "Mit der SZ-App immer bestens informiert."), what it offers,
    and the store's button under them; or a heading that asks to download it, and the one
    line of its pitch under it, where the box ends ("Download de app van …" / "Blijf op de
    hoogte van het laatste nieuws uit jouw buurt." / the footer)."""
    for i, seg in enumerate(lines[1:], start=1):
        above = lines[i - 1]
        if (
            seg.rule == "app_promo"
            and above.kind is None
            and above.words <= 6
            and _NAMES_APP.search(above.text)
        ):  # the app's name over its pitch: "Die MDR THÜRINGEN App"
            above.kind, above.rule = K.NAVIGATION, "app_promo"
    for i, seg in enumerate(lines[:-1]):
        if seg.words > 8 or not _APP_HEADING.search(seg.text):
            continue
        pitch = lines[i + 1]
        after = lines[i + 2] if i + 2 < len(lines) else None
        if (
            pitch.kind is None
            and pitch.words <= 30
            and (after is None or after.kind is not None or after.words <= 3)
        ):
            for item in (seg, pitch):
                item.kind, item.rule = K.NAVIGATION, "app_promo"
    for i, seg in enumerate(lines):
        if seg.words > 8 or not _APP_BUTTON.match(seg.text):
            continue
        top = None
        for j in range(i - 1, max(i - 1 - APP_BOX_LINES, -1), -1):
            if lines[j].kind is not None and not _APP_BUTTON.match(lines[j].text):
                break
            if lines[j].words > 30:
                break
            if _NAMES_APP.search(lines[j].text):
                top = j
        if top is None:
            continue
        for item in lines[top : i + 1]:
            item.kind, item.rule = K.NAVIGATION, "app_promo"


_INFO_BOX_HEAD = re.compile(r"^weitere informationen$", re.IGNORECASE)
_INFO_BOX_END = re.compile(r"^ende der weiteren informationen$", re.IGNORECASE)
INFO_BOX_LINES = 8


def _apply_info_box(lines: list[Segment]) -> None:
    """A box a broadcaster's page opens with "Weitere Informationen" and closes with "Ende der
    weiteren Informationen" (a screen reader's marks): a link to its service pages, a
    programme note, a fact box beside the text, and not the text."""
    for i, seg in enumerate(lines):
        if seg.words > 4 or not _INFO_BOX_END.match(seg.text):
            continue
        for j in range(i - 1, max(i - 1 - INFO_BOX_LINES, -1), -1):
            if _INFO_BOX_END.match(lines[j].text):
                break
            if _INFO_BOX_HEAD.match(lines[j].text):
                for item in lines[j : i + 1]:
                    item.kind, item.rule = K.RELATED_LIST, "info_box"
                break


def _apply_teaser_box(lines: list[Segment]) -> None:
    """A box linking another article: its headline, its text with the link's word glued on
    ("… geschützt wird. mehr"), and a heading over them ("Weitere Informationen")."""
    for i, seg in enumerate(lines):
        if seg.kind is not None or seg.words > 60 or not seg.text.endswith(_READ_ON_WORDS):
            continue
        if not _TEASER_LINK_END.search(seg.text):
            continue
        seg.kind, seg.rule = K.RELATED_LINK, "teaser_box"
        above = lines[i - 1] if i else None
        if above is None or above.kind is not None or above.words > 14:
            continue
        if _SENTENCE_END.search(above.text):
            continue
        above.kind, above.rule = K.RELATED_LINK, "teaser_box"
        heading = lines[i - 2] if i >= 2 else None
        if heading is not None and heading.kind is None and _BOX_HEADING.match(heading.text):
            heading.kind, heading.rule = K.RELATED_LIST, "related_heading"


_BOX_HEADING = re.compile(
    r"^(?:weitere informationen|mehr informationen|more information|plus d'informations"
    r"|más información|ulteriori informazioni|meer informatie)\s*:?$",
    re.IGNORECASE,
)


def _list_continues(lines: list[Segment], j: int, rules: CleanRules) -> bool:
    """A teaser headline inside a list: the list's dates or teasers follow within two lines."""
    if lines[j].words > 40:
        return False
    return any(
        _is_teaser(s) or (s.kind == K.DATELINE and s.words <= 4 and not _cued(s.text))
        for s in lines[j + 1 : j + 3]
    )  # (not the article's own "Publiziert: 11.2.2025, 06.12 Uhr" under its standfirst)


def _apply_donation_block(lines: list[Segment], rules: CleanRules) -> None:
    """An appeal for money below the first third of the page runs to the page's end, unless
    the article resumes after it: a box between two paragraphs ("Wir sind ein
    spendenfinanziertes Medium … Jetzt spenden") ends where the text goes on, and the text
    is followed to its end; what comes after it is the appeal's again (an appeal under the
    text, and the furniture around it), or another box when a cue opens it."""
    n = len(lines)
    start = _donation_start(lines)
    while start is not None and start < n:
        resume = _text_resumes(lines, start, rules)
        _label_appeal(lines[start:resume])
        if resume >= n:
            return
        end = _resumed_text_end(lines, resume, rules)
        asks_again = any(
            cues.DONATION_CUE.search(seg.text) for seg in lines[end : end + APPEAL_HEAD_LINES]
        )
        paragraphs = sum(1 for seg in lines[resume:end] if seg.words >= RESUMED_MIN_WORDS)
        if (
            asks_again
            and paragraphs <= RESUMED_PARAGRAPHS
            and any(_WE.search(_QUOTED.sub(" ", seg.text)) for seg in lines[resume:end])
        ):
            # not the article: the appeal's account of itself in its own voice ("Täglich
            # senden wir …"), and then its ask again
            _label_appeal(lines[resume:end])
        if asks_again:
            start = end
        else:
            _label_appeal(lines[end:])
            return


APPEAL_HEAD_LINES = 3


def _label_appeal(lines: list[Segment]) -> None:
    for seg in lines:
        if seg.kind in {K.COMMENT_PROMPT, K.COMMENT_FORM, K.COPYRIGHT, K.FOOTER}:
            continue
        payment = cues.PAYMENT_CUE.search(seg.text) or any(
            pattern.search(seg.text) for _, pattern, _ in cues.SENSITIVE_SPANS
        )
        if payment:
            seg.kind, seg.rule = K.PAYMENT_DETAILS, "payment_details"
        else:
            seg.kind, seg.rule = K.DONATION_APPEAL, "donation_block"


def _donation_start(lines: list[Segment]) -> int | None:
    n = len(lines)
    start = next(
        (i for i, s in enumerate(lines)
         if i >= n * 0.3 and s.words <= 40 and cues.DONATION_CUE.search(s.text)),
        None,
    )  # fmt: skip
    if start is None:
        return None
    # The appeal is one block: a cue the block's own cue follows only after the article's
    # furniture (the text's "Kommen Sie zum Infostand und unterstützen Sie uns.", then its
    # tags) is the article's last word.
    later = next(
        (j for j in range(start + 1, min(n, start + 4))
         if lines[j].words <= 40 and cues.DONATION_CUE.search(lines[j].text)),
        None,
    )  # fmt: skip
    if later is not None and any(
        lines[k].kind not in {None, K.DONATION_APPEAL, K.PAYMENT_DETAILS}
        for k in range(start + 1, later)
    ):
        start = later
    # the appeal's opening paragraphs may be longer, and only its button the cue: "… we have
    # a small favour to ask. …", "Als Genossenschaft gehören wir unseren Leser:innen. …"
    # (and a price button between them: "Mit 5 Euro im Monat dabei sein")
    while (
        start > 0
        and lines[start - 1].kind is None
        and (
            (lines[start - 1].words <= 120 and _appeal_like(lines[start - 1].text))
            or (
                lines[start - 1].words <= 8
                and start > 1
                and lines[start - 2].kind is None
                and lines[start - 2].words <= 120
                and _appeal_like(lines[start - 2].text)
            )
        )
    ):
        start -= 1
    # Short lines right before the cue are the appeal's heading (often the outlet's name, or
    # the newsroom speaking: "Wir sind nd. Und wir bleiben es.").
    while (
        start > 0
        and lines[start - 1].kind is None
        and (
            lines[start - 1].words <= 6
            or (
                lines[start - 1].words <= 10 and _WE.search(_QUOTED.sub(" ", lines[start - 1].text))
            )
        )
    ):
        start -= 1
    return start


APPEAL_BOX_LINES = 8  # an appeal inside the text is a box of a few lines
RESUMED_PARAGRAPHS = 2
RESUMED_MIN_WORDS = 15
# What an appeal speaks of besides its ask: the journalism, its readers and its money ...
_APPEAL_WORDS = re.compile(
    r"journalis|unabhängig|independen|\bleser|\breader|spende|\bspend|donat|unterstütz|support"
    r"|\babo(?:nn|\b)|subscri|mitglied|\bmember|förder|finanzier|\bfund|werb(?:ung|efrei)"
    r"|\badvert|paywall|kostenlos|frei (?:zugänglich|lesbar)|free to read|gemeinnützig|nonprofit"
    r"|non-profit|steuerlich|tax-deductible",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[„“”\"«»‚‘].*?[“”\"»«‘’]")
# ... in the voice of the newsroom, or to the reader
_WE = re.compile(r"\b(?:wir|uns|unser\w*|we|us|our|nous|notre|nos)\b", re.IGNORECASE)
_YOU = re.compile(
    r"\b(?:you|your|du|dich|dir|dein\w*|euch|euer\w*|Ihnen|vous|votre)\b"
    r"|(?<=[a-zäöüß,] )(?:Sie|Ihre?[mnrs]?)\b"  # the formal "you" inside a sentence: "sorgen Sie"
)


def _appeal_like(text: str) -> bool:
    """A paragraph of an appeal, cue or not: it speaks of journalism, readers or money in the
    newsroom's own voice or to the reader ("Millions are turning to the Guardian for open,
    independent, quality news … now support us"). An article's "members of the state
    parliament", "a fund in Luxembourg" or "progressive nonprofits" is none, and neither are
    the words of the people it quotes."""
    if cues.DONATION_CUE.search(text):
        return True
    if _APPEAL_WORDS.search(text) is None:
        return False
    own = _QUOTED.sub(" ", text)
    return _WE.search(own) is not None or _YOU.search(own) is not None


def _resumed_prose(seg: Segment, rules: CleanRules) -> bool:
    return (seg.kind is None and seg.words >= RESUMED_MIN_WORDS and _is_prose(seg, rules)
            and not _appeal_like(seg.text))  # fmt: skip


def _text_resumes(lines: list[Segment], start: int, rules: CleanRules) -> int:
    """Where the article goes on after an appeal box opened at ``start`` (``len(lines)`` when
    it does not): two paragraphs of prose in a row that are no part of an appeal, within a
    few lines of the box's start, with a short line right above them taken back as their
    subheading. A long appeal speaks of its journalism and its readers in every paragraph."""
    n = len(lines)
    for j in range(start + 1, min(n, start + APPEAL_BOX_LINES + 1)):
        if j + RESUMED_PARAGRAPHS > n or not all(
            _resumed_prose(seg, rules) for seg in lines[j : j + RESUMED_PARAGRAPHS]
        ):
            continue
        return j - 1 if j - 1 > start and _subheading_of(lines, j - 1, rules) else j
    return n


def _subheading_of(lines: list[Segment], i: int, rules: CleanRules) -> bool:
    """A short line over a paragraph that goes on with the article; not an author's name
    over the author's note ("Katrin Oberlinger" / "Katrin Oberlinger lebt in …")."""
    seg = lines[i]
    return (
        seg.kind is None
        and seg.words <= rules.subheading_max_words
        and not _SENTENCE_END.search(seg.text)
        and not _appeal_like(seg.text)
        and i + 1 < len(lines)
        and _resumed_prose(lines[i + 1], rules)
        and not lines[i + 1].text.startswith(seg.text.split()[0])
    )


# Furniture the article's text runs on after: a picture, an inline link, an ad.
_IN_TEXT_KINDS = frozenset({K.IMAGE_CAPTION, K.IMAGE_CREDIT, K.RELATED_LINK, K.AD_MARKER})


def _resumed_text_end(lines: list[Segment], j: int, rules: CleanRules) -> int:
    """Where the article's text, resumed at ``j`` after an appeal box, ends: at the first line
    that is neither its prose, a subheading, nor a picture, link or ad between paragraphs."""
    n = len(lines)
    while j < n:
        seg = lines[j]
        if seg.kind is None and _is_prose(seg, rules) and not _appeal_like(seg.text):
            j += 1
        elif _subheading_of(lines, j, rules):
            j += 1
        elif (
            seg.kind is None
            and seg.words >= 4
            and _SENTENCE_END.search(seg.text)
            and not _appeal_like(seg.text)
            and lines[j - 1].kind is None
            and _is_prose(lines[j - 1], rules)
        ):
            j += 1  # a short sentence closing the text: "Okonkwo is already thinking about …"
        elif seg.kind in _IN_TEXT_KINDS and j + 1 < n and _resumed_prose(lines[j + 1], rules):
            j += 1
        elif (after := _text_resumes(lines, j - 1, rules)) < n and not any(
            cues.DONATION_CUE.search(s.text) for s in lines[j:after]
        ):
            j = after  # over a box of links or a newsletter's, and on with the text
        else:
            break
    return j


def _apply_comment_block(lines: list[Segment], rules: CleanRules) -> None:
    """After a comment prompt near the end, the remaining short lines are the comment form,
    and a paragraph standing alone between them (user names, dates, vote counts) a comment.

    A prompt anywhere below the text that a thread follows (reply and report buttons under
    the comments) opens the comments however long they run: a comment of several paragraphs
    then stays a comment, and its author's name and time are the comment's, never the
    article's byline or date."""
    n = len(lines)
    for i, seg in enumerate(lines):
        if seg.kind != K.COMMENT_PROMPT:
            continue
        thread = _thread_follows(lines, i) and (
            sum(1 for s in lines[:i] if s.kind is None and _is_prose(s, rules)) >= 2
        )
        if (
            thread
            or i >= n * 0.5
            # earlier on a long page when comments follow at once: a name, then its date
            or (
                i >= n * 0.3
                and any(
                    s.kind == K.DATELINE or _COMMENT_HEADER.match(s.text)
                    for s in lines[i + 1 : i + 4]
                )
            )
        ):
            # The section may open a little earlier: "Forum" / "46 Postings" / a disclaimer /
            # "Diskutieren Sie mit!" are one header, prompts within three lines of each other.
            while (earlier := _prompt_before(lines, i)) is not None:
                i = earlier
            for j in range(i + 1, n):
                follower = lines[j]
                if not thread and _article_resumes(lines, j, rules):
                    break  # the article goes on: that prompt was a counter in a toolbar
                if thread and follower.kind in _THREAD_KINDS:
                    follower.kind, follower.rule = K.COMMENT_FORM, "comment_thread"
                elif follower.kind is None and follower.words <= 12:
                    follower.kind, follower.rule = K.COMMENT_FORM, "comment_block"
                elif follower.kind is None:
                    follower.kind, follower.rule = K.COMMENT_FORM, "comment_text"
            return


# A comment's buttons: "Antworten", "Melden", "Gefällt mir 34", "Reply · Report", "+87 / -12".
_COMMENT_ACTION = re.compile(
    r"^(?:(?:antworten|reply|répondre|responder|rispondi|beantwoorden|reageer|odpowiedz|melden"
    r"|report|signaler|denunciar|segnala|rapporteren|zitieren|quote|permalink"
    r"|(?:bewertung|rating)\s*:\s*[+]?\d+\s*/\s*[-−]\s?\d+"  # "… | Bewertung: +42 / -3"
    r"|empfehlen\s*\(\d+\))"
    r"(?:\s*[|·•/]\s*|\s+)?)+[↓↑]?$"
    r"|^(?:gefällt mir|like|likes|j['’]aime|me gusta|mi piace|vind ik leuk|recommend)"
    r"\s*\(?(?:\d[\d.,]*)?\)?$|^\d+\s+(?:likes?|antworten|replies|réponses|respuestas|reacties)$"
    r"|^(?:bewerten\s*:?\s*)?[+↑]\s?\d+\s*[/|]\s*[-−↓]\s?\d+$"
    # a letter to the editor's reference: "Zu: „Unkenfund bremst Straßenbau“, Ausgabe vom …"
    r"|^(?:zu|betr(?:\.|ifft)|re)\s*:\s*.{3,120}\b(?:ausgabe|vom|from|du|del)\b"
    # a comment's excerpt under its user's name: "Kalle_W: „Ich bin dabei.“"
    r"|^[\w.-]{2,30}:\s*[„\"“«].{5,200}[“\"”»]$",
    re.IGNORECASE,
)
THREAD_REACH = 25  # the first comment's buttons within this many lines of the prompt
# What a thread's lines were taken for before it was seen to be one: a user's name as a
# CMS marker or a subheading, a comment's time as a dateline, its like count as a share widget.
_THREAD_KINDS = frozenset({None, K.DATELINE, K.BYLINE, K.CMS_MARKER, K.SHARE, K.SUBHEADING,
                           K.READING_TIME})  # fmt: skip


def _thread_follows(lines: list[Segment], i: int) -> bool:
    """Comments follow prompt ``i``: a comment's buttons within THREAD_REACH lines (a sorting
    and paging toolbar may stand between), and a second comment's within twice that, with no
    byline before the first (a comment counter in the header sits over the byline)."""
    window = lines[i + 1 : i + 1 + 2 * THREAD_REACH]
    actions = [k for k, seg in enumerate(window)
               if seg.words <= 40 and _COMMENT_ACTION.match(seg.text)]  # fmt: skip
    return (
        len(actions) >= 2
        and actions[0] < THREAD_REACH
        and not any(seg.kind == K.BYLINE for seg in window[: actions[0]])
    )


def _prompt_before(lines: list[Segment], i: int) -> int | None:
    """The nearest comment prompt within three lines above line ``i``."""
    return next((j for j in range(i - 1, max(i - 4, -1), -1)
                 if lines[j].kind == K.COMMENT_PROMPT), None)  # fmt: skip


def _article_resumes(lines: list[Segment], i: int, rules: CleanRules) -> bool:
    """Two unclaimed paragraphs close together, nothing claimed between them: article text,
    not a stray footer sentence, nor comments (their names and dates stand between them)."""
    if lines[i].kind is not None or not _is_prose(lines[i], rules):
        return False
    if _COMMENTER.match(lines[i].text):
        return False  # "Rheinschiffer_Heinz: Mein Vater …": a reader's comment, its user first
    for seg in lines[i + 1 : i + 4]:
        if seg.kind is not None or _COMMENT_HEADER.match(seg.text):
            return False  # (a comment's user and time between: "rotkehlchen71 vor 3 Stunden")
        if _is_prose(seg, rules):
            return True
    return False


# A comment's user name and how long ago: "rotkehlchen71 vor 3 Stunden", "M. Beispiel ·
# 2 hours ago"
_COMMENT_HEADER = re.compile(
    r"^[\w.'’-]{2,30}(?: [\w.'’-]{1,30})?\s*[·,|]?\s*"
    r"(?:vor (?:einer|einem|\d+) (?:minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?)"
    r"|(?:an? |\d+ )(?:minutes?|hours?|days?|weeks?) ago|gestern|yesterday)\b"
    # a numbered comment's user and date: "62. Klaus aus Cottbus, Donnerstag, 27.02.2025 | …"
    r"|^\d{1,4}\.\s+[^\d,]{2,40},\s*(?:[^\W\d]+,\s*)?\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b",
    re.IGNORECASE,
)


# A reader's comment printed as "user: text": a handle ("Kalle_W", "rotkehlchen71"), a first
# name and a place ("Gabi aus Vallendar"), an initial and a surname ("M. Beispiel")
_COMMENTER = re.compile(
    r"^(?:[\w.-]*[_\d][\w.-]*|[A-ZÄÖÜ][\w'’-]+ (?:aus|from|de|di|van|von) [A-ZÄÖÜ][\w'’ -]{1,30}"
    r"|[A-ZÄÖÜ]\. ?[A-ZÄÖÜ][\w'’-]+|[A-ZÄÖÜ][\w'’-]+ [A-ZÄÖÜ]\.):\s+\S"
)


def _cued(text: str) -> bool:
    text = _FIRST.sub("", text, 1)  # "First published on …"
    return bool(cues.PUBLISHED_CUE.match(text) or cues.UPDATED_CUE.match(text))


_FIRST = re.compile(r"^(?:first|originally|zuerst|erstmals)\s+", re.IGNORECASE)


def _apply_dated_list(lines: list[Segment], rules: CleanRules) -> None:
    """Three or more short dated lines close together, with no prose between, are a list."""
    dated = [
        i
        for i, s in enumerate(lines)
        if s.kind in {None, K.DATELINE}
        and s.words <= 20
        and next(date_matches(s.text), None)
        and _listed_date(s.text)
        and not _is_prose(s, rules)
        and not (s.kind == K.DATELINE and _cued(s.text))  # the page's own "Published …"
    ]
    run: list[int] = []
    for i in dated + [10**9]:
        between = lines[run[-1] + 1 : min(i, len(lines))] if run else []
        if run and (
            i - run[-1] > 6
            or any(_is_prose(s, rules) and s.kind is None and not _is_teaser(s) for s in between)
            # the article starts under the breadcrumb: a ticker of other stories ends above it
            or any(s.kind == K.BREADCRUMB for s in between)
        ):
            while run and _beside_own_dateline(lines, run[0]):
                run = run[1:]  # the header's dates: "Thu 22 May 2024 18.42 BST" / "First …"
            lead_in = lines[run[0] - 1] if run and run[0] else None
            if (
                lead_in is not None
                and lead_in.kind is None
                and lead_in.words >= 3
                and lead_in.text.endswith(":")
            ):
                run = []  # "Die Programmpunkte im Überblick:": the article's own schedule
            if len(run) >= 3:
                for j in range(run[0], run[-1] + 1):
                    if lines[j].kind is None or (
                        lines[j].kind == K.DATELINE and not _cued(lines[j].text)
                    ):  # "Veröffentlicht am …" under the text is the page's own
                        lines[j].kind, lines[j].rule = K.RELATED_LIST, "dated_list"
                head = lines[run[0] - 1] if run[0] else None
                if (
                    head is not None
                    and head.kind is None
                    and head.words <= 6
                    and not _SENTENCE_END.search(head.text)
                ):  # "Was läuft im Quartier" over its dated events
                    head.kind, head.rule = K.RELATED_LIST, "dated_list_heading"
            run = []
        run.append(i)


def _beside_own_dateline(lines: list[Segment], i: int) -> bool:
    """Line ``i`` stands over or under the page's own cued dateline ("First published on …"),
    with nothing else on it than a date."""
    near = lines[max(0, i - 1) : i] + lines[i + 1 : i + 2]
    return date_coverage(lines[i].text) >= 0.5 and any(
        s.kind == K.DATELINE and _cued(s.text) for s in near
    )


def _listed_date(text: str) -> bool:
    """A list item's date has a year, a time or is relative ("12.03.2024", "14:32", "vor 2
    Std."), or opens the line ("Sa, 14. September: Flohmarkt"); a day and month alone inside
    a line ("… bis 15. März") is more often the text's own."""
    return any(
        hit.year is not None or hit.hour is not None or hit.relative or hit.start <= 12
        for hit in find_dates(text)
    )


# (capitals of the Latin, Greek and Cyrillic alphabets: "Μαρία Θεοδωροπούλου", "Мария Илчева")
_NAME = re.compile(
    r"^(?:[A-ZÀ-ÝĀ-ŽΆ-ΏΑ-ΩЀ-Я][\w'’.-]+)"
    r"(?:\s+(?:[A-ZÀ-ÝĀ-ŽΆ-ΏΑ-ΩЀ-Я][\w'’.-]+|von|van|de|di|da|der|del|la|le)){1,4}$"
)
_NAME_PLACE = re.compile(
    r"^[A-ZÀ-ÝĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÝĀ-Ž][\w'’.-]+){1,2},\s+[A-ZÀ-ÝĀ-Ž][\w'’.-]+(?:\s[\w'’.-]+)?$"
)
_META = frozenset({K.DATELINE, K.BYLINE, K.READING_TIME, K.SHARE, K.AUDIO_PLAYER, K.CREDIT_LINE})


# what a caption's credit adds after its last word: "Ignacio Pérez", "Efe", "/ J. M. López",
# "(Àlex Garcia)"
_CREDIT_TAIL = re.compile(
    r"\s*(?:[/|(–-]\s*)?(?-i:[A-ZÀ-Ý])[\w'’.-]*(?:\s*/\s*|\s+)?(?:(?-i:[A-ZÀ-Ý])[\w'’.-]*"
    r"(?:\s*/\s*|\s+)?){0,4}\)?\s*"
)


_SITE_NAME_ALONE = re.compile(
    r"[\w-]{2,30}\.(?:de|at|ch|com|es|it|fr|pt|pl|nl|net|org|cz|sk|hu|eu|info)", re.I
)


def _is_name(seg: Segment) -> bool:
    return seg.words <= 5 and bool(_NAME.match(seg.text)) and not _ARTICLE_FIRST.match(seg.text)


# "UK News", "Lokales Hameln", "US Politics": a section's name in title case, not a person's
_SECTION_WORD = re.compile(
    r"(?i:\b(?:news|nachrichten|politik|politics|sport|sports|wirtschaft|business|kultur|culture"
    r"|panorama|lokales|local|meinung|opinion|world|technik|science|gesundheit"
    r"|health|travel|education|bildung|regional|aktuell|ratgeber|lifestyle|life|leben|showbiz"
    r"|archive|archiv|headlines|soaps|royals|email|money|finanzen|reise|auto|wissen"
    # a masthead: "Neue Zürcher Zeitung", "ZEIT ONLINE", "Westfälische Rundschau"
    r"|zeitung|online|anzeiger|rundschau|kurier|tagblatt|journal|presse|times|herald|tribune"
    r"|gazette)\b)"
    r"|^[A-Z]{2,3}\s"  # an abbreviation first: "UK", "NRW", "EU"
)


# "The Monarchs Came Early" is a headline in title case: names do not open with an article
_ARTICLE_FIRST = re.compile(
    r"^(?:the|a|an|der|die|das|ein|eine|le|la|les|un|une|el|los|las|il|lo|gli|het|een)\s", re.I
)


# (or agencies alone, "SDA/Keystone", "dpa/AFP": a picture's credit names its photographer)
_TEXT_SOURCE = re.compile(
    rf"^(?:quelle|source|fuente|fonte|bron|źródło)\s*:"
    rf"|^(?:{cues.AGENCY_NAMES})(?:\s*/\s*(?:{cues.AGENCY_NAMES}))+$",
    re.IGNORECASE,
)
# ... unless it names a photographer: "Quelle: Carsten Beispiel/dpa"
_PHOTOGRAPHER_SOURCE = re.compile(
    r"^\w+\s*:\s*[A-ZÀ-ÝĀ-Ž][^\W\d_]+(?:[-'’][^\W\d_]+)?(?:\s+[A-ZÀ-ÝĀ-Ž][^\W\d_]+(?:[-'’][^\W\d_]+)?){1,2}"
    # (not an editor's initials: "Quelle: MDR THÜRINGEN/ch"; an agency: "Carsten Beispiel/dpa")
    rf"\s*/(?:(?!\s*[a-z]{{1,4}}$)|(?=\s*(?:{cues.AGENCY_NAMES})\s*$))"
)


_INSTITUTION = re.compile(
    r"(?:amt|ämter|institut|verband|ministerium|behörde|agentur|zentrum|gesellschaft|verein"
    r"|stiftung|universität|dienst|bank|polizei|feuerwehr|stadt|gemeinde|kreis|landkreis|press"
    r"|news|media|medien|online|zeitung)\b",
    re.IGNORECASE,
)


def _photographer_mid_text(lines: list[Segment], i: int, rules: CleanRules) -> bool:
    """ "Quelle: Christian Beispiel" between paragraphs: a person's name credits the picture
    above it (a text's source names an outlet or an agency, and stands under its end)."""
    value = lines[i].text.partition(":")[2].strip()
    if not _NAME.match(value) or len(value.split()) > 3 or _INSTITUTION.search(value):
        return False
    return any(s.kind is None and _is_prose(s, rules) for s in lines[i + 1 : i + 3])


_CHART_CREDIT = re.compile(r"^(?:grafik|infografik|chart|graphic|karte|map)\s*:", re.I)
_SENTENCE_BREAK = re.compile(r"[.!?] (?=[A-ZÄÖÜ])")
_PLURAL_CREDIT = re.compile(r"^(?:fotos|bilder|photos|pictures|images|fotografías|foto's)\s*:",
                            re.IGNORECASE)  # fmt: skip


def _caption_below_credit(lines: list[Segment], i: int) -> bool:
    """A long paragraph that ends a sentence, a bare credit ("Getty Images"), then a line of
    caption length without a full stop: the picture's caption stands under its credit (as on
    the BBC's pages), and the paragraph above is the text's."""
    if i + 2 >= len(lines):
        return False
    credit, below = lines[i + 1], lines[i + 2]
    if below.kind == K.IMAGE_CAPTION and _BBC_CAPTION_LABEL.match(below.text):
        return True  # "Image source, Getty Images" / "Image caption, …": the BBC's labels
    return (
        (
            (lines[i].words >= 25 and bool(_SENTENCE_END.search(lines[i].text)))
            # a name over a bare credit ("BBC News NI" / "Family handout" / "Declan Quinn, 58,
            # was a keen club cyclist …"): the header's byline, the caption the longer line
            # under the credit (a credit with its label, "Foto: …", stands under its caption)
            or (
                lines[i].words <= 4
                and not _SENTENCE_END.search(lines[i].text)
                and below.words >= lines[i].words + 3
                and not _CREDIT_START.match(credit.text)
            )
        )
        and credit.words <= 3
        and below.kind is None
        and 5 <= below.words <= 30
        and not _SENTENCE_END.search(below.text)
        and not below.text.endswith(":")
    )


# the label of a picture's caption under its credit, as the BBC's services print it
_BBC_LABELS = (
    r"image caption|legenda da foto|fotoğraf altyazısı|fotoğraf altı yazısı|pie de foto"
    r"|потпис испод фотографије|potpis ispod fotografije|подпись к фото|підпис до фото|توضیح تصویر"
    r"|التعليق على الصورة|इमेज कैप्शन|chụp lại hình ảnh|keterangan gambar|คำบรรยายภาพ"
    r"|图像加注文字|画像説明|사진 설명"
)
_BBC_CAPTION_LABEL = re.compile(
    rf"^(?:{_BBC_LABELS})[,،，](?:\s*\S|$)",
    re.I,
)


_PHOTOGRAPHER_AGENCY = re.compile(rf"\((?:{cues.AGENCY_NAMES})\)$", re.IGNORECASE)


def _caption_over_agency_photographer(lines: list[Segment], i: int) -> bool:
    """ "The reservoir at its lowest in decades." / "Juan Example (EFE)" under the header's
    dateline or share buttons: the lead picture's caption and its photographer, not a
    standfirst and an agency's byline (a byline stands with the header, not after it)."""
    nxt = lines[i + 1]
    return (
        nxt.rule == "name_with_role"
        and bool(_PHOTOGRAPHER_AGENCY.search(nxt.text))
        and lines[i].text.endswith(".")
        and any(s.kind in _META for s in lines[max(0, i - 6) : i])
    )


_PROFILE_HEADING = re.compile(r"^zur person\b\s*:?\s*", re.IGNORECASE)
# the person a profile is of: "Jana Beispiel (41) ist …", "Dr. Jens Beispiel, 54, …"
_PROFILE_NAME = re.compile(
    r"^(?:(?:dr|prof)\.\s+)*((?:[A-ZÄÖÜ][\w'’.-]+\s+){0,3}[A-ZÄÖÜ][\w'’-]+)\s*(?:\(|,|\bist\b|\bwar\b)"
)
# (an interview "mit" someone names who answers: a box on that person is the article's)
_BYLINE_BEFORE = re.compile(r"\b(?:von|by)\s+[^,.;]*$", re.IGNORECASE)


def _apply_profile_box(lines: list[Segment]) -> None:
    """ "Zur Person" heads the author's note under a comment or a guest post, and in a news
    story a box on someone the story is about ("Jana Beispiel (41) ist Krankenpflegerin …"),
    which is part of the article: the author is the one a byline names."""
    for i, seg in enumerate(lines):
        if seg.rule != "author_bio" or not (heading := _PROFILE_HEADING.match(seg.text)):
            continue
        inline = seg.text[heading.end() :]
        box = inline if inline else (lines[i + 1].text if i + 1 < len(lines) else "")
        name = _PROFILE_NAME.match(box)
        if name is None:
            continue
        surname = name.group(1).split()[-1]
        others = (s for k, s in enumerate(lines) if k not in (i, i + 1))
        if not any(
            surname in s.text
            and (s.kind == K.BYLINE or (s.words <= 12 and _BYLINE_BEFORE.search(
                s.text[: s.text.index(surname)])))
            for s in others
        ):  # fmt: skip
            seg.kind, seg.rule = None, ""


def _author_tagline(text: str) -> bool:
    """A profile's tagline under its name: pieces between bars, none a sentence, the first
    the person's job ("Geschäftsführerin Beispiel GmbH | Nachhaltige Logistik")."""
    pieces = text.split(" | ")
    return (
        2 <= len(pieces) <= 6
        and _ROLE.search(pieces[0]) is not None
        and all(1 <= len(p.split()) <= 5 and not _SENTENCE_END.search(p) for p in pieces)
    )


_ROLE = re.compile(
    r"\b(?:geschäftsführer\w*|gründer\w*|inhaber\w*|ceo|cto|cfo|coo|founder|co-founder"
    r"|head of|leiter\w*|manager\w*|berater\w*|consultant|redakteur\w*|journalist\w*"
    r"|autor\w*|author|professor\w*|dozent\w*|direktor\w*|director|vorstand\w*|referent\w*"
    r"|analyst\w*|engineer|ingenieur\w*|entwickler\w*|developer|researcher|forscher\w*)\b",
    re.IGNORECASE,
)


# A screen reader's label on a line of its own, the caption on the next
_CAPTION_LABEL = re.compile(
    rf"^(?:image|video|bild|foto) ?(?:caption|unterschrift),?$|^(?:{_BBC_LABELS})[,،，]?$", re.I
)


_GLUED_CREDIT = re.compile(
    r"\s*[(|]?\s*(?:foto|fotos|bild|bildrechte|photo|image|credit|quelle)\s*[:©]", re.IGNORECASE
)
_CREDIT_ALONE = re.compile(
    r"^(?:bild|foto|fotos|photo|image|credit|fotoğraf|φωτογραφία|фото|снимка)\s*:\s*[^\s.!?:]+(?:\s+[^\s.!?:]+){0,4}$",
    re.IGNORECASE,
)
_LABELLED_CAPTION = re.compile(r"^[A-Z][a-z'’-]{2,15}(?: [a-z]+)?: [A-Z0-9„“\"'‘]")
_CREDIT_TOKEN = re.compile(r"^(?:[A-Z][\w&.'’-]*|@[\w.]+|[\w.-]+/@?[\w.@-]+)$")


def _labelled_caption_over_credit(lines: list[Segment], i: int, rules: CleanRules) -> bool:
    """A tabloid's caption, a word and a colon before it and no stop after it ("Candid: …"),
    over its credit alone on a line ("ITV", "Instagram/@name", "Getty Images"), the text
    going on below."""
    seg = lines[i]
    if (
        seg.words < 5
        or seg.words > 45
        or i + 2 >= len(lines)
        or ": " not in seg.text[:20]
        or not _LABELLED_CAPTION.match(seg.text)
        or _SENTENCE_END.search(seg.text)
    ):
        return False
    credit, after = lines[i + 1], lines[i + 2]
    tokens = credit.text.split()
    return (
        credit.kind in (None, K.NAVIGATION, K.IMAGE_CREDIT, K.IMAGE_CAPTION)
        and 1 <= len(tokens) <= 3
        and all(_CREDIT_TOKEN.match(t) for t in tokens)
        and after.kind is None
        and _is_prose(after, rules)
    )


def _crumbs_over_their_last(seg: Segment, nxt: Segment) -> bool:
    """A breadcrumb copied without its separators, its last item printed again below as
    the section's label ("Aktuell Politik Briefe an die Herausgeber" / "Briefe an die
    Herausgeber")."""
    if nxt.words < 2 or not seg.text.endswith(" " + nxt.text):
        return False
    head = seg.text[: -len(nxt.text)]
    if len(_CRUMB.findall(head)) >= 2:
        return True  # "heise online > News > 2024 > KW 20 > " and the headline below
    crumbs = head.split()
    return (
        seg.words <= 12
        and 1 <= len(crumbs) <= 4
        and all(c[0].isupper() for c in crumbs)
        and not any(_SENTENCE_END.search(c) for c in crumbs)
    )


def _in_menu_run(lines: list[Segment], i: int) -> bool:
    """Three or more of the four lines around line ``i`` are a menu's items (one to three
    words, no stop), none of them a byline or date."""
    near = lines[max(0, i - 2) : i] + lines[i + 1 : i + 3]
    return (
        sum(
            1
            for s in near
            if 1 <= s.words <= 3
            and s.kind in {None, K.NAVIGATION}
            and s.rule != "ui_fragment"  # (a "·" between a byline's parts is no menu item)
            and not _SENTENCE_END.search(s.text)
        )
        >= 3
    )


_NAME_AND_SLOGAN = re.compile(r"^(?P<name>\S.{1,38}?)\s+[–—|-]\s+\S")


def _under_contact_heading(lines: list[Segment], i: int) -> bool:
    """Line ``i`` continues an address block that a contact heading opens ("Rückfragen bitte
    an:" / "Polizeipräsidium …" / "Pressestelle" / street / town / "Telefon: …")."""
    for k in range(i - 1, max(i - 9, -1), -1):
        if lines[k].kind != K.CONTACT:
            return False
        if lines[k].rule == "contact_heading":
            return True
    return False


def _masthead_tagline(lines: list[Segment], i: int) -> bool:
    """The site's name printed above, then again with its slogan: "ANTENNE BAYERN" / …
    / "ANTENNE BAYERN – Wir lieben Bayern. Wir lieben Hits." (a header, not the lead)."""
    seg = lines[i]
    if i > 15 or seg.words > 15 or not (match := _NAME_AND_SLOGAN.match(seg.text)):
        return False
    name = match.group("name")
    return any(lines[k].text == name for k in range(i))


# a sentence, then its source alone in brackets: "… on Feb. 27, 2025. (Kyodo)", "(Getty Images)"
_CAPTION_SOURCE = re.compile(r"[.!?\"”]\s*\((?-i:[A-Z])[\w.-]+(?:\s[\w.-]+){0,2}\)$")


def _apply_neighbour_rules(lines: list[Segment], rules: CleanRules) -> None:
    """Lines whose kind shows in what stands next to them: a caption sits on its credit or
    under a gallery counter, a credit in capitals under a caption, a bare name beside a
    dateline is the byline."""
    for i, seg in enumerate(lines):
        if seg.rule in _LABEL_RULES and _names_next_paragraph(lines, i, rules):
            seg.kind, seg.rule = None, ""  # "Disney+" over a paragraph on Disney+: a subheading
        if seg.kind is not None:
            continue
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        short = seg.words <= 40 and not seg.text.endswith(":") and "\t" not in seg.text
        if _masthead_tagline(lines, i):
            seg.kind, seg.rule = K.NAVIGATION, "site_tagline"
        elif (
            seg.words <= 8
            and not _SENTENCE_END.search(seg.text)
            and _under_contact_heading(lines, i)
        ):
            seg.kind, seg.rule = K.CONTACT, "contact_block"  # the office, street, town, phone
        elif (
            prev is not None
            and prev.rule == "listen_label"
            and prev.text.strip(" :").lower() in _NOW_PLAYING
        ):
            seg.kind, seg.rule = K.AUDIO_PLAYER, "now_playing"  # "Gerade läuft" / the song
        elif prev is not None and seg.words <= 60 and _CAPTION_LABEL.match(prev.text):
            seg.kind, seg.rule = K.IMAGE_CAPTION, "line_below_caption_label"  # "Image caption,"
        elif (
            prev is not None
            and prev.kind == K.IMAGE_CAPTION
            and len(seg.text) >= 20
            and prev.text.startswith(seg.text)
        ):  # the caption with its credit, then the picture's alt text (or the other way round)
            seg.kind, seg.rule = K.IMAGE_CAPTION, "caption_repeated"
        elif (
            nxt is not None
            and seg.words <= 60
            and len(nxt.text) > len(seg.text)
            and nxt.text.startswith(seg.text)
            and (
                _GLUED_CREDIT.match(nxt.text, len(seg.text))
                # the same words as a caption the rules know by its credit: "… Auswärtssieg.
                # IMAGO/Beautiful Sports", "… dos kilómetros - Créditos: Name"
                or (nxt.kind == K.IMAGE_CAPTION and len(nxt.text[len(seg.text) :].split()) <= 8)
                # the photographer's name or the agency run on: "… ante la grada de San Mamés."
                # / "… ante la grada de San Mamés. Ignacio Pérez", "… este sábado. Efe"
                or (
                    nxt.kind is None
                    and (
                        _SENTENCE_END.search(seg.text) is not None
                        or nxt.text[len(seg.text) :].lstrip()[:1] in {"(", "/"}
                    )
                    and _CREDIT_TAIL.fullmatch(nxt.text, len(seg.text)) is not None
                )
            )
        ):  # "Die Rauchsäule …" / "Die Rauchsäule ….(Foto: picture alliance/dpa)"
            seg.kind, seg.rule = K.IMAGE_CAPTION, "caption_alt_text"
            if nxt.kind is None:
                nxt.kind, nxt.rule = K.IMAGE_CAPTION, "caption_with_credit"
        elif (
            short
            and nxt is not None
            and nxt.kind is None
            and nxt.words >= 15
            and _CAPTION_SOURCE.search(seg.text)
        ):  # "… in Busan, Feb. 20. (Yonhap)" over a paragraph: the picture's, its source in
            # brackets (over the labelled pages no such line between paragraphs was text)
            seg.kind, seg.rule = K.IMAGE_CAPTION, "caption_source_in_brackets"
        elif short and _labelled_caption_over_credit(lines, i, rules):
            # "Candid: The star, 26, has broken her silence" / "Instagram/@handle" or "ITV"
            seg.kind, seg.rule = K.IMAGE_CAPTION, "labelled_caption"
            if nxt is not None and (nxt.kind is None or nxt.rule == "ui_fragment"):
                nxt.kind, nxt.rule = K.IMAGE_CREDIT, "credit_under_caption"
        elif nxt is not None and _crumbs_over_their_last(seg, nxt):
            seg.kind, seg.rule = K.BREADCRUMB, "crumb_run"
        elif (
            prev is not None
            and nxt is not None
            and prev.kind in _META_ABOVE_PICTURE
            and nxt.rule == "image_caption_marker"
            and nxt.words >= 6
            and 4 <= seg.words <= 15
            # (under the standfirst: a line over the first paragraph may be the headline; a
            # cookie banner's sentences are no standfirst)
            and any(s.kind is None and _is_prose(s, rules) for s in lines[:i])
            # (and the headline printed again over the picture is the repeated title)
            and not any(s.text == seg.text for s in lines[:i])
        ):  # "3. Juni 2025, 12:00 Uhr" / "Das Tablet liegt auf einem Schreibtisch." / "Es ist
            # dünner als ein Bleistift. (Bild: …)": the picture's alt text over its caption
            seg.kind, seg.rule = K.IMAGE_CAPTION, "alt_text_in_header"
        elif _AGENCY_LINE.match(seg.text) and any(
            n is not None and n.kind == K.DATELINE for n in (prev, nxt)
        ):  # "vor 5 Stunden" / "Keystone-SDA": the agency that wrote the text, as its byline
            seg.kind, seg.rule = K.BYLINE, "agency_byline"
        elif (
            prev is not None
            and seg.text.endswith(")")
            and seg.words <= 40
            and _SOURCE_IN_BRACKETS.search(seg.text)
            and _VIDEO_NOTE.search(prev.text)
        ):  # "Das Video wird geladen …" / "… im Interview. (Quelle: VOL.AT)": the clip's caption
            seg.kind, seg.rule = K.IMAGE_CAPTION, "video_caption"
        elif prev is not None and prev.rule == "contest" and prev.words <= 3 and seg.words <= 40:
            seg.kind, seg.rule = K.AD_MARKER, "contest"  # "Jetzt mitspielen" / the game's pitch
        elif (
            prev is not None
            and prev.rule == "pagination"
            and seg.words <= 14
            and not _SENTENCE_END.search(seg.text)
        ):  # "… Weiter auf Seite 2" / "Die App: solide, aber nicht ohne Cloud": the next
            seg.kind, seg.rule = K.NAVIGATION, "next_page_title"  # page's title
        elif prev is not None and _is_name(prev) and _author_tagline(seg.text):
            # "Sabine Beispiel" / "Geschäftsführerin Beispiel GmbH | Nachhaltige Logistik"
            seg.kind, seg.rule = K.BYLINE, "author_tagline"
        elif (
            short
            and nxt is not None
            and _credit_below(lines, i, rules)
            # "Quelle: ntv.de, mau" under a paragraph is the text's source, not a picture's
            # (one sentence under the header's date is the lead picture's caption)
            and not (
                _TEXT_SOURCE.match(nxt.text)
                and not _PHOTOGRAPHER_SOURCE.match(nxt.text)
                and not _photographer_mid_text(lines, i + 1, rules)
                and _is_prose(seg, rules)
                and not (
                    prev is not None
                    and prev.kind == K.DATELINE
                    and seg.words <= 25
                    and not _INNER_SENTENCE.search(seg.text)
                )
            )
            and not _caption_below_credit(lines, i)
            and seg.text.count(" | ") < 2  # a table's last row over its source
            # "Fotos: Feuerwehr Beispiel" under the last paragraph credits all the pictures, and
            # "Grafik: APA, Quelle: …" a chart: the paragraph of sentences above is text
            and not (_PLURAL_CREDIT.match(nxt.text) and _is_prose(seg, rules))
            and not (
                _CHART_CREDIT.match(nxt.text)
                and _is_prose(seg, rules)
                and len(_SENTENCE_BREAK.findall(seg.text)) >= 1
            )
        ):
            seg.kind, seg.rule = K.IMAGE_CAPTION, "line_above_credit"
        elif (
            prev is not None
            and _credit_only(lines, i - 1, rules)
            and _credit_sticks_below(lines, i - 1)
        ):
            seg.kind, seg.rule = K.IMAGE_CAPTION, "line_below_credit"
        elif (
            prev is not None
            and prev.kind == K.IMAGE_CREDIT
            and i >= 2
            and lines[i - 2].kind in _META
            and 5 <= seg.words <= 30
            and not seg.text.endswith((".", "!", "?", ":"))
        ):  # the header's picture, its credit first: "Lecture : 5 min" / "Photo : … / Name" /
            # "Un centre de la petite enfance en construction à Sept-Îles" / "Partager"
            seg.kind, seg.rule = K.IMAGE_CAPTION, "line_below_header_credit"
        elif short and _caption_over_photographer(lines, i, rules):
            seg.kind, seg.rule = K.IMAGE_CAPTION, "line_above_photographer"
            lines[i + 1].kind, lines[i + 1].rule = K.IMAGE_CREDIT, "photographer_name"
        elif short and nxt is not None and _caption_over_agency_photographer(lines, i):
            seg.kind, seg.rule = K.IMAGE_CAPTION, "line_above_photographer"
            nxt.kind, nxt.rule = K.IMAGE_CREDIT, "photographer_agency"
        elif (
            seg.words <= 25
            and prev is not None
            and prev.kind == K.GALLERY_COUNTER
            and (
                not (i >= 2 and lines[i - 2].kind in {K.IMAGE_CAPTION, K.IMAGE_CREDIT})
                or _counter_heads_caption(lines, i - 1)
            )
        ):
            seg.kind, seg.rule = K.IMAGE_CAPTION, "line_below_gallery_counter"
        elif (
            prev is not None
            and prev.kind == K.IMAGE_CAPTION
            and seg.words <= 6
            and seg.text.isupper()
            # (not a subheading in quotes: "'MASSIVE SHOES TO FILL'")
            and seg.text[:1] not in "'‘\"„“«»"
        ):
            seg.kind, seg.rule = K.IMAGE_CREDIT, "caps_line_below_caption"
        elif (
            nxt is not None
            and seg.words <= 20
            and (
                (nxt.rule == "media_duration" and not seg.text.endswith("."))
                # the clip's title, its summary, its length: "Marode Brücken: …" / "Katrin
                # Moll, Verkehrsexpertin …, im Gespräch über …." / "5 Min"
                or (
                    nxt.rule in {"media_duration", "reading_time"}
                    and prev is not None
                    and prev.rule == "media_title"
                )
            )
        ):  # a video's title over its duration ("2:14 Min"), an ad's "Video Ad Feedback" above
            seg.kind, seg.rule = K.IMAGE_CAPTION, "above_media_duration"
        elif prev is not None and (
            prev.rule == "ad_marker"
            # (under a betting ad's legal line: "Anzeige" / "18+ | Glücksspiel kann …" / copy)
            or (prev.rule == "gambling_notice" and i >= 2 and lines[i - 2].rule == "ad_marker")
        ):
            _mark_ad_copy(lines, i, rules)
        elif (
            prev is not None
            and prev.rule == "media_duration"
            and (
                (nxt is not None and nxt.kind == K.AUDIO_PLAYER)
                or (i >= 2 and lines[i - 2].text.strip(" :").lower() in _NOW_PLAYING)
                # ("Please use Chrome browser for a more accessible video player" / "1:48")
                or (i >= 2 and _PLAYER_WORD.search(lines[i - 2].text) is not None)
                # ("Video afspelen" / "01:12" / the clip's title)
                or (i >= 2 and lines[i - 2].rule == "media_label")
            )
            and seg.words <= 20
        ):  # "01:42 Min." / the clip's title / "Audio starten"; "Now playing" / "01:12" / title
            seg.kind, seg.rule = K.AUDIO_PLAYER, "media_title"
        elif (
            nxt is not None
            and nxt.text.lower() in _MORE_VIDEOS
            and seg.words <= 20
            and not _is_prose(seg, rules)
        ):  # a video player's clip over its "Mehr Videos" link
            seg.kind, seg.rule = K.AUDIO_PLAYER, "media_title"
        elif (
            nxt is not None
            and (_SHOP_BUTTON.match(nxt.text) or nxt.rule == "affiliate_note")
            and seg.words <= 20
            and not _is_prose(seg, rules)
        ):  # an affiliate box: the product and its price over "Zum Angebot*"
            seg.kind, seg.rule = K.AD_MARKER, "affiliate_product"
            if (
                prev is not None
                and prev.kind is None
                and (prev.words <= 3 or (i >= 2 and lines[i - 2].kind == K.AD_MARKER))
            ):  # "Unser Tipp", or the product's name under the box's "Anzeige"
                prev.kind, prev.rule = K.AD_MARKER, "affiliate_product"  # "Unser Tipp"
        elif (
            prev is not None
            and prev.text.strip(" :").lower() in _NOW_PLAYING
            and seg.words <= 20
            and not seg.text.endswith(".")
        ):  # "Now playing" / the clip's title: a video player's playlist, as "Up next" below
            seg.kind, seg.rule = K.AUDIO_PLAYER, "media_title"
        elif (
            prev is not None
            and prev.text.strip(" :").lower() in _MEDIA_LABELS
            and seg.words <= 20
            and any(
                s.kind == K.AUDIO_PLAYER
                or s.text.lower() in _MORE_VIDEOS
                or (s.kind == K.READING_TIME and s.words <= 3)  # (its length: "2 Min")
                # (its broadcast: "NÖ heute, 22.4.2025")
                or (s.kind in {None, K.DATELINE} and s.words <= 6 and date_coverage(s.text) >= 0.4)
                for s in lines[i + 1 : i + 3]
            )
        ):  # "Video" / the clip's title / its date / "01:36 min", "Play"
            seg.kind, seg.rule = K.AUDIO_PLAYER, "media_title"
        elif (
            prev is not None
            and prev.text.strip(" :").lower() in _LIVE_LABELS
            and nxt is not None
            and _LIVE_LINK.match(nxt.text)
            and seg.words <= 20
        ):  # "Live" / a live blog's title / "Zum Liveblog": a teaser for another page
            seg.kind, seg.rule = K.RELATED_LINK, "live_teaser"
        elif (
            prev is not None
            and prev.rule in _MEDIA_RULES
            and seg.words <= 30
            # "Artikel mit Audio-Inhalten" over the page's own headline, its meta below
            and not (
                prev.text.lower().startswith("artikel mit") and _opens_article(lines, i, rules)
            )
        ):
            seg.kind, seg.rule = K.IMAGE_CAPTION, "media_caption"
        elif prev is not None and prev.rule == "programme_note" and seg.words <= 25:
            seg.kind, seg.rule = K.AUDIO_PLAYER, "below_programme_note"
        elif (
            prev is not None
            and prev.rule in {"author_bio", "below_author_heading"}
            and prev.words <= 5
            and seg.words <= 100
        ):  # the heading, the author's name, the bio
            seg.kind, seg.rule = K.AUTHOR_BIO, "below_author_heading"
        elif (
            prev is not None
            and prev.rule in {"poll", "poll_block"}
            and (not _is_prose(seg, rules) or seg.text.endswith("?"))  # (the poll's question)
            and seg.words <= 20
        ):  # "Deine Meinung zählt" / the question / its answers
            seg.kind, seg.rule = K.COMMENT_FORM, "poll_block"
        elif (
            prev is not None
            and prev.rule in {"premium_label", "premium_teaser"}
            and not (i >= 2 and lines[i - 2].rule == "premium_teaser")  # headline, summary
            and any(s.kind is None and _is_prose(s, rules) for s in lines[:i])  # in the text
            and not _is_prose(seg, rules)
            and seg.words <= 25
            # a summary under the teaser's headline reads as one; a short line without a stop
            # there is the text's next subheading
            and (prev.rule == "premium_label" or seg.words >= 7 or _SENTENCE_END.search(seg.text))
        ):  # "BILDplus" over another article's headline and summary, inside the text
            seg.kind, seg.rule = K.RELATED_LIST, "premium_teaser"
        elif (
            prev is not None
            and (
                (prev.rule == "image_caption_credit" and prev.words <= 3)
                # "GEPA/Name" between two paragraphs (a headline may stand under one too)
                or (
                    prev.rule == "name_slash_organisation"
                    and prev.words <= 3
                    and i >= 2
                    and _is_prose(lines[i - 2], rules)
                )
                # "Bild: FF Zeltweg/Name", a credit alone on its line
                or (
                    prev.rule in {"image_caption_marker", "image_credit_prefix"}
                    and _CREDIT_ALONE.match(prev.text)
                    # (a gallery's picture, its credit, then the text's next subheading)
                    and not (i >= 2 and lines[i - 2].kind == K.GALLERY_COUNTER)
                )
            )
            and not (i >= 2 and lines[i - 2].kind == K.IMAGE_CAPTION)
            and 5 <= seg.words <= 30
            and not seg.text.endswith((".", "!", "?", ":"))
        ):
            # "Getty Images" over its caption, as some sites print them: a caption has no
            # full stop, the short paragraph a credit may stand above does
            seg.kind, seg.rule = K.IMAGE_CAPTION, "line_below_credit"
        elif (
            prev is not None
            and prev.kind is None
            and _PHOTO_LABEL.match(prev.text)
            and 5 <= seg.words <= 40
            and nxt is not None
            and _is_prose(nxt, rules)
        ):  # "Foto" / "A urgência do Hospital …, em Almada, … Tiago Lopes Pires": the picture's
            # label left alone on its line, then its caption with the photographer's name
            prev.kind, prev.rule = K.IMAGE_CAPTION, "photo_label"
            seg.kind, seg.rule = K.IMAGE_CAPTION, "caption_under_photo_label"
        elif (
            prev is not None
            and nxt is not None
            and prev.kind == nxt.kind
            and prev.kind in _BOX_KINDS
            # all three short: a long line of a soft rule may yet be given back to the text
            and max(prev.words, seg.words, nxt.words) < rules.soft_rule_max_words
        ):
            seg.kind, seg.rule = prev.kind, "inside_box"
        elif (
            prev is not None
            and nxt is not None
            and prev.kind in {K.NEWSLETTER, K.PAYWALL}
            and prev.words <= 5
            and (
                seg.words < rules.soft_rule_max_words
                # (a longer pitch between the box's heading and its button of the same kind:
                # "Subscribe to …" / "Get the full paper every week in print or …" / "Subscribe
                # now")
                or (seg.words <= 40 and nxt.kind == prev.kind and nxt.words <= 4)
            )
            and nxt.kind is not None
            and nxt.kind not in BODY_KINDS
            and nxt.kind not in _META  # (a menu's "Newsletters" over the headline and its date)
        ):  # "Der stern-Newsletter" / its pitch / "Jetzt abonnieren"
            seg.kind, seg.rule = prev.kind, "box_pitch"
        elif nxt is not None and nxt.kind == K.AUTHOR_BIO and _is_name(seg):
            seg.kind, seg.rule = K.AUTHOR_BIO, "name_above_bio"
        elif (
            _is_name(seg)
            and nxt is not None
            and nxt.kind is None
            and nxt.words <= 3
            and nxt.text[:1].isupper()
            and not _SENTENCE_END.search(nxt.text)
            and i + 2 < len(lines)
            and lines[i + 2].kind == K.DATELINE
        ):  # "Luis Benítez Ortega" / "Barcelona" / "12/03/2025 14:32": the author, the place
            seg.kind, seg.rule = K.BYLINE, "name_over_place_and_date"
        elif (
            prev is not None
            and nxt is not None
            and nxt.kind == K.DATELINE
            and seg.words <= 5
            and (_NAME.match(seg.text) is not None or (seg.words == 1 and seg.text[:1].isupper()))
            and (prev.kind in {K.BYLINE, K.CREDIT_LINE} or (prev.words <= 4 and "/" in prev.text))
        ):  # "Canarias7 / EFE" / "Las Palmas de Gran Canaria" / "Sábado, 8 de marzo 2025, …":
            # the desk, the place it reports from, the date
            seg.kind, seg.rule = K.DATELINE, "place_over_date"
        elif _SITE_NAME_ALONE.fullmatch(seg.text) and any(
            n is not None and n.kind == K.DATELINE for n in (prev, nxt)
        ):  # "Heraldo.es" / "Actualizada 12/02/2025 a las 09:15": the site's desk signs
            seg.kind, seg.rule = K.BYLINE, "site_beside_dateline"
        elif (
            _is_name(seg)
            or (seg.words <= 10 and _NAMES_AND.match(seg.text))
            or (seg.words <= 5 and _NAME_PLACE.match(seg.text))  # "Andrea Z., Grächenried"
        ) and (
            # (not beside a video's length: "TV Beispiel" / "03:24" / "Kritik von Mietern";
            # the header's "Listen to article" / "05:31 min" / its author stand together)
            any(
                n is not None
                and n.kind in _META
                and (n.rule != "media_duration" or (i >= 2 and lines[i - 2].kind == K.AUDIO_PLAYER))
                for n in (prev, nxt)
            )
            or (
                any(n is not None and n.kind == K.NAVIGATION for n in (prev, nxt))
                and not _SECTION_WORD.search(seg.text)  # "UK News" in the menu
                and not _in_menu_run(lines, i)  # "Formula One" among "Golf", "Tennis", …
            )
        ):
            seg.kind, seg.rule = K.BYLINE, "name_beside_dateline"


_DIGIT = re.compile(r"\d")
# a picture's label alone on its line, where the picture was
_PHOTO_LABEL = re.compile(
    r"^(?:foto|fotografia|fotografía|photo|imagem|imagen|image|bild|kuva|zdjęcie)$", re.I
)
_LABEL_RULES = frozenset({"premium_label", "podcast_subscribe"})


def _names_next_paragraph(lines: list[Segment], i: int, rules: CleanRules) -> bool:
    """A "Brand+" line between two paragraphs of the text, the second of which begins with that
    brand, is a subheading (a streaming guide's "Apple TV+"), not a paywall label: a label sits
    over another article's headline or the paywall's pitch, which never start with its name."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or nxt.kind is not None or not _is_prose(nxt, rules):
        return False
    brand = re.sub(r"\s*(?:\+|plus)$", "", lines[i].text, flags=re.I)
    return (
        bool(brand)
        and nxt.text.startswith(brand)
        and any(s.kind is None and _is_prose(s, rules) for s in lines[:i])
    )


_FILLED_BOXES = frozenset({K.NEWSLETTER, K.PAYWALL, K.DONATION_APPEAL})


def _fill_boxes(lines: list[Segment], rules: CleanRules) -> None:
    """A box after the text opens with its heading ("Newsletter") and closes with its button
    ("Jetzt kostenlos anmelden"): up to three lines between them (its name, its pitch) are
    the box's too."""
    first_prose = next(
        (i for i, s in enumerate(lines) if s.kind is None and _is_prose(s, rules)), len(lines)
    )
    for i in range(first_prose + 1, len(lines)):
        head = lines[i]
        if head.kind not in _FILLED_BOXES or head.words > 4 or lines[i - 1].kind == head.kind:
            continue  # (the box's first line, its heading)
        for j in range(i + 2, min(i + 5, len(lines))):
            between = lines[i + 1 : j]
            if any(s.kind is not None or s.words > 50 for s in between):
                break
            if sum(_is_prose(s, rules) for s in between) > 1:
                break  # one pitch; two paragraphs are the text going on
            if lines[j].kind == head.kind:
                for seg in between:
                    seg.kind, seg.rule = head.kind, "inside_box"
                break


_BYLINE_NAME = re.compile(
    r"^(?:(?:von|by|par|por|di|door|text|autor|autorin)\s*:?\s+)?"
    r"((?-i:[A-ZÀ-Ý])[\w'’-]+(?:[ -](?-i:[A-ZÀ-Ý])[\w'’-]+){1,3})",
    re.IGNORECASE,
)
_BYLINE_GENRE = re.compile(r"^(?:eine?\s+)?[\w-]+\s+von\s+(?=[A-ZÀ-Ý])", re.IGNORECASE)
_STATED_BYLINES = frozenset({"byline", "name_with_role", "byline_parts", "byline_dateline"})
_BIO_VERB = re.compile(
    r"\s+(?:ist|is|est|es|è|jest|war|was|lehrt|leitet|arbeitet|works|teaches|leads|testet"
    r"|schreibt|berichtet|tests|writes|covers|reports)\s"
)
# What may follow an author's "Name – date" on its line: the article's comment count
_COUNT_TAIL = re.compile(
    r"\s*[|·•]\s*\d{1,5}(?:\s+(?:comments?|kommentare?|reactions?))?\s*$", re.I
)

# The author and the date in one line: "Jonas Beispiel | 21.01.2025, 10:34"
_NAME_BESIDE_DATE = re.compile(
    r"^((?-i:[A-ZÀ-Ý])[\w'’-]+(?:[ -](?-i:[A-ZÀ-Ý])[\w'’-]+){1,3})\s*[|·•,]\s*\d"
)


_CAPS_WORD = re.compile(r"\b[A-ZÀ-Ý][A-ZÀ-Ýß'’-]+\b")


def _apply_named_bio(lines: list[Segment]) -> None:
    """A paragraph in the lower part of the page that opens with the byline's name and a
    verb of being ("Jean-Marc Vidal est médecin généraliste à …") is the author's bio."""
    _apply_name_over_bio(lines)
    names = set()
    below_byline: set[int] = set()  # the bio may follow the byline at once
    for i, s in enumerate(lines):
        if s.rule in _STATED_BYLINES:
            # "VON ANNA BEISPIEL", "VON ANNA BEISPIEL am 14. März 2025"
            text = _CAPS_WORD.sub(lambda m: m.group().title(), s.text)
            text = _BYLINE_GENRE.sub("", text, 1)  # "Ein Debattenbeitrag von Franz Beispiel"
            if m := _BYLINE_NAME.match(text):
                names.add(m.group(1))
                below_byline.update(range(i + 1, i + 3))
        elif s.kind == K.DATELINE and (m := _NAME_BESIDE_DATE.match(s.text)):
            names.add(m.group(1))
        elif s.kind == K.BYLINE and _NAME.match(s.text):  # a name alone by the dateline
            names.add(s.text)
    if not names:
        return
    for i, seg in enumerate(lines):
        if i < len(lines) // 2 and i not in below_byline:
            continue
        if seg.kind is None and seg.text in names and i + 1 < len(lines):
            bio = lines[i + 1]
            if bio.kind is None and bio.words <= 80 and _ROLE_FIRST.match(bio.text):
                # "Romain Beispiel" / "Journaliste au service des sports, il suit …": the
                # author's box under the text, the name over the post
                for part in (seg, bio):
                    part.kind, part.rule = K.AUTHOR_BIO, "bio_of_the_byline"
                continue
        if seg.kind is None and seg.words <= 80:
            name = next((n for n in names if seg.text.startswith(n)), None)
            if name is not None and _BIO_VERB.match(seg.text, len(name)):
                seg.kind, seg.rule = K.AUTHOR_BIO, "bio_of_the_byline"
                if i and lines[i - 1].kind is None and lines[i - 1].text == name:
                    lines[i - 1].kind, lines[i - 1].rule = K.AUTHOR_BIO, "bio_of_the_byline"


_ROLE_FIRST = re.compile(
    r"^(?:journaliste|journalist(?:in)?|redakteur(?:in)?|reporter(?:in)?|korrespondent(?:in)?"
    r"|correspondent|correspondante?|rédactrice|rédacteur|periodista|redactora?|giornalista"
    r"|redattrice|redattore|verslaggever|redacteur)\b",
    re.IGNORECASE,
)
_PREMIUM_MARK = re.compile(r"^\S{1,15}(?:\+|plus)(?:\s|:)", re.I)


def _apply_premium_teaser(lines: list[Segment], rules: CleanRules) -> None:
    """A headline between paragraphs over the paywall's button ("Stern+ Das große Interview:
    …" / "Jetzt mit stern+ lesen"): a teaser for another, paid article."""
    for i in range(2, len(lines) - 1):
        seg, below = lines[i], lines[i + 1]
        if (
            below.rule == "paywall"  # (the button, not a premium label under the headline)
            and seg.kind is None
            and seg.words <= 25
            # a headline with its label: "BILDplus: …", "Stern+ Das große Interview: …" (not the
            # paid text's cut-off last sentence)
            and (": " in seg.text[:60] or _PREMIUM_MARK.match(seg.text) is not None)
            and not _SENTENCE_END.search(seg.text)
            and lines[i - 1].kind is None
            and _is_prose(lines[i - 1], rules)
            # the text has begun: a deck above the headline is one paragraph
            and sum(s.kind is None and _is_prose(s, rules) for s in lines[:i]) >= 2
        ):
            seg.kind, seg.rule = K.RELATED_LINK, "premium_teaser"


def _apply_name_over_house(lines: list[Segment], rules: CleanRules) -> None:
    """An author's name over the house's name in capitals, with the text right below ("Kendra
    Beispiel" / "USA TODAY" / the first paragraph): a byline without its "By"."""
    for i in range(len(lines) - 2):
        seg, house, below = lines[i], lines[i + 1], lines[i + 2]
        if (
            seg.kind is None
            and 2 <= seg.words <= 3
            and _is_name(seg)
            and house.kind is None
            and house.words <= 3
            and len(house.text) >= 2
            and house.text.isupper()
            and below.kind is None
            and _is_prose(below, rules)
        ):
            seg.kind, seg.rule = K.BYLINE, "name_over_house"
            house.kind, house.rule = K.BYLINE, "name_over_house"


def _apply_name_over_bio(lines: list[Segment]) -> None:
    """A name on its own line in the lower half of the page, with a paragraph right below it
    that opens with that name or its first name and a verb of the trade ("Rhea Banerjee" /
    "Rhea covers robotics … for TechCrunch."): an author box, whatever byline the page has."""
    for i in range(len(lines) // 3, len(lines) - 1):
        seg = lines[i]
        if seg.kind not in (None, K.BYLINE) or not 2 <= seg.words <= 4 or not _is_name(seg):
            continue
        first = seg.text.split()[0]
        for j in range(i + 1, min(i + 3, len(lines))):
            bio = lines[j]
            if bio.kind is not None or bio.words > 80:
                continue
            name = seg.text if bio.text.startswith(seg.text) else first
            if bio.text.startswith(name) and _TRADE_BIO.match(bio.text, len(name)):
                for k in range(i, j + 1):
                    if k == i or lines[k].kind is None or lines[k].words <= 6:
                        lines[k].kind, lines[k].rule = K.AUTHOR_BIO, "bio_under_name"
                break


# what a journalist's bio says after the name (not a profile's "Anna Beispiel ist 45 Jahre alt")
_TRADE_BIO = re.compile(
    r"\s+(?:covers|reports on|writes (?:about|for|on)|schreibt (?:über|für)|berichtet (?:über|aus)"
    r"|(?:is|ist|est|es|è|was|war) [^.]{0,60}?(?:reporter|writer|editor|correspondent|journalist"
    r"|redakteur|korrespondent|redaktor|reporter|journaliste|periodista|giornalista|redacteur"
    r"|verslaggever|columnist|kolumnist))",
    re.I,
)


_BARE_CREDIT = re.compile(
    r"^\((?:foto|fotos|bild|photo|image|fot\.|quelle|source|supplied|credit|picture)\s*:"
    r"[^()]{2,60}\)$"
    # a broadcaster's credit of its own picture: "(ABC News: Danielle Beispiel)"
    r"|^\((?-i:[A-Z])[\w.&' -]{1,25} news\s*:\s*[^()]{2,40}\)$",
    re.I,
)


_LEAD_IMAGE_CREDIT = re.compile(
    r"^(?:titelbild|aufmacherbild|beitragsbild|headerbild|teaserbild|featured image|title image"
    r"|cover image|header image)\b",
    re.I,
)
_AGENCY_LINE = re.compile(rf"^(?:{cues.AGENCY_NAMES})$", re.I)
# "(Carla Ruiz / The Ledger)", "(Adria Beispiel for The Washington Post)"
_PAREN_CREDIT = re.compile(
    r"^\((?-i:[A-ZÀ-Ý])[\w.'’-]+(?:\s+[\w.'’-]+){0,3}\s*(?:/|\bfor\b)\s*[^()]{2,60}\)$"
)
_CREDIT_START = re.compile(  # (and the broadcaster's mark first: "© NDR Foto: Name")
    r"^(?:©\s*(?:[\w.-]+\s+)?)?(?:foto|fotos|bild|bilder|photo|image|credit|cr[ée]dits?|créditos?)"
    r"\s*:\s*\S",
    re.I,
)


def _counter_heads_caption(lines: list[Segment], i: int) -> bool:
    """The gallery's counter ``i`` stands over its picture's caption, as the one before it
    did ("Bild 1 von 6" / caption / credit / "Bild 2 von 6" / caption …)."""
    earlier = next((c for c in range(i - 1, max(i - 7, -1), -1)
                    if lines[c].kind == K.GALLERY_COUNTER), None)  # fmt: skip
    return earlier is not None and lines[earlier + 1].kind == K.IMAGE_CAPTION


def _credit_below(lines: list[Segment], i: int, rules: CleanRules) -> bool:
    """A picture credit right below line ``i``, or below an "enlarge image" button there."""
    if i + 1 >= len(lines):
        return False
    if _credit_only(lines, i + 1, rules):
        return not _credit_sticks_below(lines, i + 1)
    below = lines[i + 1]
    if (
        lines[i].text.endswith(".")  # a caption sentence; a headline ends without a stop
        and below.kind is None
        and 2 <= below.words <= 4
        and below.text.isupper()
        and _NAME.match(below.text.title())
        # not a wire story's subheading in capitals ("WIDER CRACKDOWN"): text follows that
        and not (i + 2 < len(lines) and _is_prose(lines[i + 2], rules))
        and not _MATCH_DATA_HEADING.match(below.text)  # "FICHA TÉCNICA" over a match's box
    ):
        return True  # the photographer in capitals: "LUCÍA FERRER IBÁÑEZ"
    return (
        lines[i + 1].rule == "image_ui" and i + 2 < len(lines) and _credit_only(lines, i + 2, rules)
    )


def _credit_sticks_below(lines: list[Segment], i: int) -> bool:
    """A blank line above credit ``i`` and none below it: the credit heads the caption under
    it ("Bild: SN/Jana Beispiel" / "Derzeit enden die Busse in Süd."), not the paragraph
    above."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    if below is None or below.kind is not None or below.words > 40:
        return False
    if i >= 1 and i + 2 < len(lines) and "media_label" == lines[i - 1].rule == lines[i + 2].rule:
        return True  # "Bildbeitrag" / "Bildrechte: …" / the caption / "Bildbeitrag": one picture
    return (
        lines[i].blank_before
        and not below.blank_before
        and (i + 2 >= len(lines) or lines[i + 2].blank_before)
    )


def _caption_over_photographer(lines: list[Segment], i: int, rules: CleanRules) -> bool:
    """Standfirst, caption, photographer, author, date ("… el pasado jueves." / "Carla M." /
    "Lucía F." / "València - 19 feb 2024"): of two names over the dateline, the first is the
    picture's; the paragraph above the caption is the standfirst, so this is no two-author
    byline under a standfirst."""
    if i < 1 or i + 3 >= len(lines) or lines[i + 3].kind != K.DATELINE:
        return False
    prev, name, author = lines[i - 1], lines[i + 1], lines[i + 2]
    return (
        prev.kind is None
        and _is_prose(prev, rules)
        and name.kind is None
        and _is_name(name)
        and (_is_name(author) or author.kind == K.BYLINE)
    )


def _credit_only(lines: list[Segment], i: int, rules: CleanRules) -> bool:
    """A line that is nothing but a picture credit: "Foto: Name", "(Foto: Name)", or a short
    "© Name" with the article going on below it (a "© dpa" under the last paragraph is the
    text's own credit, and the paragraph above it is text)."""
    seg = lines[i]
    if seg.words > 8 or _LEAD_IMAGE_CREDIT.match(seg.text):
        return False  # "Titelbild: …" credits the page's top picture, not the line above
    if seg.rule in {"image_credit_prefix", "staff_photo"} or _BARE_CREDIT.match(seg.text):
        return True
    if seg.rule == "image_caption_marker" and (
        _CREDIT_START.match(seg.text) or _PAREN_CREDIT.match(seg.text)
    ):
        return True  # "Bild: SN/Bergrettung", "(Carla Ruiz / The Ledger)": a credit the
        # caption rule met first
    if seg.rule in {"image_caption_credit", "name_slash_organisation"} and seg.words <= 8:
        return True  # "Keystone / Lena Gasser", "picture alliance / dpa"
    if _AGENCY_LINE.match(seg.text):  # a bare "ANP" under a caption, with text below
        return any(s.kind is None and _is_prose(s, rules) for s in lines[i + 1 : i + 6]) or (
            _text_after_header(lines, i, rules)
        )
    return (
        seg.kind == K.COPYRIGHT
        and seg.text.startswith("©")
        and seg.words <= 5
        and not _YEAR.search(seg.text)  # "© 2024 …" is the site's (not "© News5/Name")
        and (
            _PHOTOGRAPHER_COPYRIGHT.match(seg.text) is not None
            or any(s.kind is None and _is_prose(s, rules) for s in lines[i + 1 : i + 6])
            or _text_after_header(lines, i, rules)
        )
    )


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# "© Jana Beispiel / dpa-tmn", "© AFP - Jana Beispiel": a photographer and the agency, a
# picture's; "© dpa" alone under the last paragraph is the text's
_PHOTOGRAPHER_COPYRIGHT = re.compile(
    r"^©\s*(?:(?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+){1,2}\s*[/,]\s*[\w.-]+"
    rf"|(?i:{cues.AGENCY_NAMES})\s*[-–/]\s*(?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s+[\w'’-]+){{1,2}})$"
)  # "© AFP - Name" too


def _text_after_header(lines: list[Segment], i: int, rules: CleanRules) -> bool:
    """The text follows line ``i`` once the header's byline, place, dateline, share buttons,
    comment counter and table of contents are past."""
    for seg in lines[i + 1 : i + 16]:
        if (
            seg.kind in _META
            # (a share row's "E-mail" reads as a comment form's field)
            or seg.kind in {K.COMMENT_PROMPT, K.NAVIGATION, K.COMMENT_FORM}
            or (seg.kind is None and seg.words <= 2)
        ):
            continue
        return seg.kind is None and _is_prose(seg, rules)
    return False


_MEDIA_RULES = frozenset({"media_download", "media_label"})
_MEDIA_LABELS = frozenset({"video", "videos", "audio", "podcast", "vidéo", "vídeo"})
_SHOP_BUTTON = re.compile(
    r"^(?:zum angebot|zum shop|zum vergleich"
    r"|jetzt (?:für [\d.,]+ ?€\*? )?(?:bei [\w.-]+ )?(?:kaufen|ansehen|bestellen"
    r"|vergleichen)"
    r"|(?:hier|jetzt) (?:kaufen|bestellen)|buy now|shop now|check price|view deal)\*?$"
    # an affiliate link's star: "Jetzt bei Amazon Prime Video ansehen*"
    r"|^(?:jetzt )?(?:bei|auf) [\w .&+-]+ (?:ansehen|streamen|kaufen|bestellen|buchen)\*$",
    re.IGNORECASE,
)
_VIDEO_LABEL = re.compile(
    r"^(?:video|videos|watch|watch video|play video|watch \|.{4,200}"
    r"|please use (?:the )?chrome browser for a more accessible video player)$",
    re.IGNORECASE,
)
_VIDEO_NOTE = re.compile(r"\bvideo (?:wird geladen|is loading|lädt)|^video$", re.IGNORECASE)
_SOURCE_IN_BRACKETS = re.compile(r"\((?:quelle|source|video|foto)\s*:\s*[^()]{2,40}\)$", re.I)
_PLAYER_WORD = re.compile(r"\b(?:video ?player|videoplayer|audio ?player|player)\b", re.I)
_MORE_VIDEOS = frozenset({"mehr videos", "weitere videos", "alle videos", "more videos",
                          "plus de vidéos", "más vídeos"})  # fmt: skip
_NOW_PLAYING = frozenset({"now playing", "jetzt läuft", "läuft gerade", "gerade läuft", "on air",
                          "en cours de lecture", "en reproducción"})  # fmt: skip
_LIVE_LABELS = frozenset({"live", "liveblog", "live-blog", "liveticker", "live-ticker", "ticker",
                          "en direct", "direct", "in diretta"})  # fmt: skip
_LIVE_LINK = re.compile(
    r"^(?:zum|zur) (?:liveblog|live-?blog|live-?ticker|ticker|newsblog)$"
    r"|^(?:to|go to|follow) the live (?:blog|coverage)$|^suivre le direct$|^segui la diretta$",
    re.IGNORECASE,
)
_PICTURE_KINDS = frozenset({K.IMAGE_CAPTION, K.IMAGE_CREDIT, K.GALLERY_COUNTER})
# Boxes whose every line is the same furniture: a line between two of its lines is one too
# ("NZZ Zürich – der Newsletter" / a sentence about it / "Jetzt kostenlos anmelden").
# The header's lines under which a picture's alt text may stand.
_META_ABOVE_PICTURE = frozenset({
    K.DATELINE, K.BYLINE, K.ORIGINAL_TITLE, K.CREDIT_LINE, K.SHARE, K.READING_TIME,
    K.AUDIO_PLAYER,
})  # fmt: skip
_BOX_KINDS = frozenset({K.NEWSLETTER, K.PAYWALL, K.COOKIE_NOTICE, K.DONATION_APPEAL, K.AD_MARKER})


def _mark_ad_copy(lines: list[Segment], start: int, rules: CleanRules) -> None:
    """Under an "Anzeige"/"Advertisement" label, the short lines up to the last one that sells
    something (a price, "jetzt … sichern") are the ad; an empty ad slot marks nothing."""
    window = []
    for k, seg in enumerate(lines[start : start + 3], start=start):
        if seg.kind is not None or seg.words > 25:
            break
        if seg.words >= 5 and _opens_article(lines, k, rules):
            break  # the page's headline under an ad slot ("… Now the city wants …")
        if (
            seg.words <= 8
            and k + 1 < len(lines)
            and lines[k + 1].kind is None
            and _is_prose(lines[k + 1], rules)
            and not _PRICE.search(seg.text)
        ):
            break  # the text's subheading under an empty slot ("Bürgerbeteiligung als Angebot")
        if _is_prose(seg, rules) and not cues.COMMERCIAL.search(seg.text):
            break  # a sentence that sells nothing: the ad slot was empty
        window.append(seg)
    selling = [k for k, seg in enumerate(window) if cues.COMMERCIAL.search(seg.text)]
    if not selling and window and start and _SPONSORED.match(lines[start - 1].text):
        selling = [0]  # "SPONSORED" / a partner's headline, which sells by being read
    for seg in window[: selling[-1] + 1] if selling else []:
        seg.kind, seg.rule = K.AD_MARKER, "below_ad_marker"
    end = start + selling[-1] + 1 if selling else None
    if (
        end is not None
        and end < len(lines)
        and lines[end].kind is None
        and _AD_BUTTON.match(lines[end].text)
    ):
        lines[end].kind, lines[end].rule = K.AD_MARKER, "below_ad_marker"  # its button


_SPONSORED = re.compile(
    r"^(?:sponsored|sponsored content|promoted|paid content|partner content|gesponsert"
    r"|sponsored by [\w .&-]{2,30})$",
    re.IGNORECASE,
)
_PRICE = re.compile(r"\d+[,.]\d{2}\s*(?:€|eur|euro|\$|chf)|[€$£]\s?\d", re.I)
_AD_BUTTON = re.compile(
    r"^(?:zum|zur|jetzt|hier|mehr|to the|shop|buy|learn more)\b(?:\s+\S+){0,3}$", re.I
)


# A story's own end mark: a wire story's "(Schluss)", an Italian page's "Riproduzione
# riservata ©". What follows it is the site's, however much it reads like text (an agency's
# pitch to the media that buy its service).
_END_MARK = re.compile(r"^riproduzione riservata\b", re.I)
END_MARK_MAX_TAIL = 3


def _before_end_marker(lines: list[Segment], prose: list[int]) -> list[int]:
    """``prose`` without the few paragraphs below the story's end mark."""
    for i in range(prose[0] + 1, len(lines)):
        seg = lines[i]
        if seg.rule == "wire_end_marker" or (seg.kind == K.COPYRIGHT and _END_MARK.match(seg.text)):
            tail = [p for p in prose if p > i]
            if len(prose) - len(tail) >= 2 and len(tail) <= END_MARK_MAX_TAIL:
                return prose[: len(prose) - len(tail)]
            return prose
    return prose


# What ends an article on its page: its share buttons, tags, comments and copyright line.
_ARTICLE_END_KINDS = frozenset({K.SHARE, K.TAGS, K.COMMENT_PROMPT, K.COMMENT_FORM, K.COPYRIGHT})
# A page that says another article follows: "Nächster Artikel", an e-paper's "Artikel 2 von 4"
_NEXT_ARTICLE = re.compile(
    r"^(?:nächster artikel|next article|article suivant|artículo siguiente"
    r"|articolo successivo|volgend artikel|artikel \d+ von \d+(?: auf dieser seite)?)$",
    re.IGNORECASE,
)


def _before_other_article(lines: list[Segment], prose: list[int]) -> list[int]:
    """``prose`` without another article the page loaded under the story (an endless
    scroll's next article, a ticker's next items, an e-paper page's next article).

    Only where the story has ended first: between its text and the other article's stand
    its copyright line, its comments, or its share buttons and tags (two of those), and the
    other article opens with a date line of its own (a second one: the story's stands over its
    text), or the page says that another article follows. A live blog's entries, each with its
    time and share button, are not cut apart."""
    # (the story's own date line stands over its text: a page whose first date line follows
    # a summary box has its header there, not another article)
    dated = any(s.kind == K.DATELINE for s in lines[: prose[0]])
    for n in range(2, len(prose)):
        gap = lines[prose[n - 1] + 1 : prose[n]]
        if len(gap) < 2:
            continue
        if any(_NEXT_ARTICLE.match(s.text) for s in gap):
            return prose[:n]
        kinds = {s.kind for s in gap} & _ARTICLE_END_KINDS
        ended = (
            len(kinds) >= 2
            or K.COPYRIGHT in kinds
            or bool(kinds & {K.COMMENT_PROMPT, K.COMMENT_FORM})
        )
        if (
            dated
            and ended
            and any(
                # (not an embedded post's time, nor a print view's page stamp)
                s.kind == K.DATELINE
                # (a ticker's date line may have been taken into a teaser list)
                or (s.kind == K.RELATED_LIST and s.words <= 8 and date_coverage(s.text) >= 0.6)
                for s in gap[-6:]
            )
        ):
            return prose[:n]
    return prose


def _apply_structure(
    lines: list[Segment], rules: CleanRules, language_of: LanguageOf | None
) -> None:
    for i, seg in enumerate(lines[:-1]):
        if seg.rule == "news_ticker" and lines[i + 1].kind in {K.DATELINE, K.BYLINE}:
            # "Liveticker: Ahrtal dreht das Spiel spät" over "Stand: 22.03.2024 17:36 Uhr":
            # a live ticker's own headline, not a ticker bar over the page
            seg.kind, seg.rule = None, ""
    prose = [i for i, s in enumerate(lines) if s.kind is None and _is_prose(s, rules)]
    if prose:
        _release_soft_rules(lines, rules, prose[0], prose[-1])
        prose = [i for i, s in enumerate(lines) if s.kind is None and _is_prose(s, rules)]
    if prose and (
        _question_headline(lines, prose[0], rules) or _unstopped_headline(lines, prose[0], rules)
    ):
        prose = prose[1:]
    if prose and _caption_in_header(lines, prose[0]):
        lines[prose[0]].kind, lines[prose[0]].rule = K.IMAGE_CAPTION, "caption_credit_in_header"
        prose = prose[1:]
    elif (
        len(prose) >= 2
        and prose[1] == prose[0] + 1
        and lines[prose[1]].text.startswith(lines[prose[0]].text)
        and _caption_in_header(lines, prose[1])
    ):  # the picture's alt text, then the same words with the credit: its caption
        for i in prose[:2]:
            lines[i].kind, lines[i].rule = K.IMAGE_CAPTION, "caption_credit_in_header"
        prose = prose[2:]
    elif len(prose) >= 2 and _caption_with_trailing_credit(lines, prose[0], prose[1]):
        lines[prose[0]].kind, lines[prose[0]].rule = K.IMAGE_CAPTION, "caption_credit_in_header"
        prose = prose[1:]
    if prose:
        prose = _before_end_marker(lines, prose)
        prose = _before_other_article(lines, prose)
    first_prose = prose[0] if prose else len(lines)
    last_prose = prose[-1] if prose else len(lines) - 1
    if prose and _closing_sentence(lines, last_prose + 1):
        last_prose += 1
    if prose and lines[last_prose].text.endswith(":"):
        # "Das sind die wichtigsten Punkte des Antrags:" and the list it announces: the text
        # ends on the list's last item (two items at least: one line may be a teaser's)
        last_prose = _items_end(lines, last_prose, 12, lambda seg: True)
    elif (
        prose
        and last_prose + 1 < len(lines)
        and lines[last_prose + 1].kind is None
        and lines[last_prose + 1].text.endswith(":")
        and lines[last_prose + 1].words <= 12
    ):
        # "Group A standings after first round:" / "1. Jordan – 3 points (goal difference +3)"
        # / …: a table of figures under the text, its heading short (a list of other stories
        # has no figures on every line)
        table = _items_end(lines, last_prose + 1, 15, _figures_row)
        last_prose = table if table > last_prose + 1 else last_prose
    if prose:
        last_prose = _cut_by_paywall(lines, last_prose)
    _release_labelled_headline(lines, rules, first_prose)
    norms = _Norms(lines)
    title_index = _without_site_name(lines, _find_title(lines, rules, first_prose, norms))
    title_norm = norms[title_index] if title_index is not None else None
    doc_language = _LazyLanguage(lines, prose, language_of)
    # A page whose paragraphs are hard-wrapped has many long lines without a full stop;
    # only on a page with few can such a line be told apart as a caption.
    unwrapped = (
        sum(
            1
            for s in lines[first_prose:last_prose]
            if s.kind is None and s.words >= 12 and not _SENTENCE_END.search(s.text)
        )
        <= 3
    )
    for i, seg in enumerate(lines):
        if i == title_index:
            seg.kind, seg.rule = K.TITLE, "title"
            continue
        if seg.kind is not None:
            continue
        if title_norm and norms.equals(i, title_norm):
            seg.kind, seg.rule = K.REPEATED_TITLE, "repeated_title"
        elif _is_original_title(
            seg, i, lines, title_index, last_prose, rules, doc_language, language_of
        ):
            seg.kind, seg.rule = K.ORIGINAL_TITLE, "original_title_language"
        elif title_index is not None and first_prose <= i < title_index and _is_prose(seg, rules):
            if any(s.kind == K.DATELINE for s in lines[i + 1 : title_index]):
                # a teaser's summary and its date in a list above the headline
                seg.kind, seg.rule = K.RELATED_LIST, "teaser_before_title"
            else:
                seg.kind, seg.rule = K.LEAD, "standfirst_above_title"
        elif title_index is not None and i < title_index:
            _classify_before_title(seg, i, title_index, rules)
        elif i < first_prose:
            _classify_between_title_and_lead(seg, rules)
        elif i > last_prose:
            seg.kind, seg.rule = K.FOOTER, "after_last_paragraph"
        elif _is_prose(seg, rules):
            seg.kind, seg.rule = K.BODY, "prose"
        elif unwrapped and _caption_between_paragraphs(lines, i, rules):
            seg.kind, seg.rule = K.IMAGE_CAPTION, "unpunctuated_between_paragraphs"
        elif seg.words > rules.subheading_max_words:
            seg.kind, seg.rule = K.BODY, "prose"
        elif (
            i == first_prose + 1
            and seg.words <= 3
            and _NAME.match(seg.text)
            and i + 1 < len(lines)
            and lines[i + 1].kind in {K.IMAGE_CAPTION, K.IMAGE_CREDIT, K.DATELINE, K.BYLINE}
        ):  # the lead, "Jean-Baptiste Beispiel", the lead picture (or her post, the date)
            seg.kind, seg.rule = K.BYLINE, "name_after_lead"
        elif i and _VIDEO_LABEL.match(lines[i - 1].text):
            # "Video" / "Scammers stole $2.7 billion last year": an embedded clip's title
            seg.kind, seg.rule = K.RELATED_LINK, "video_title"
        elif _colon_teaser(lines, i, rules):
            seg.kind, seg.rule = K.RELATED_LINK, "kicker_teaser"
        elif _kicker_teaser(lines, i, rules):
            # "Spitalplanung" / "Luks will bis 2030 200 Pflegefachleute ausbilden" between two
            # paragraphs, over the next section's subheading or a box: another story's teaser
            for part in lines[i : i + 2]:
                part.kind, part.rule = K.RELATED_LINK, "kicker_teaser"
        else:
            seg.kind, seg.rule = K.SUBHEADING, "short_line_between_paragraphs"
    if first_prose < len(lines):
        _keep_match_data(lines, first_prose, last_prose)
    lead = next((s for s in lines if s.kind in {K.BODY, K.LEAD}), None)
    if lead is not None:
        lead.kind, lead.rule = K.LEAD, "first_paragraph" if lead.kind == K.BODY else lead.rule


# A match report's data: "Tore: 1:0 Krämer (23.)", "Zuschauer: 340", "Aufstellung TSV …:"
_MATCH_DATA = re.compile(
    r"^(?:aufstellung(?:en)?|tore|torfolge|torschützen|gelbe karten?|gelb-rote karten?|rote karten?"
    r"|schiedsrichter(?:in)?|zuschauer|einwechslung(?:en)?|auswechslung(?:en)?|wechsel|besondere"
    r" vorkommnisse|stadion|spielort|strafminuten|siebenmeter|goals|scorers|attendance|referee"
    r"|line-?ups?|buts|arbitre|spectateurs|goles|árbitro|espectadores|reti|arbitro|spettatori)"
    r"\b[^:]{0,40}:\s*\S",
    re.IGNORECASE,
)
_MATCH_DATA_HEADING = re.compile(
    r"^(?:spieldaten|statistik|match facts|fiche technique|ficha técnica|il tabellino|tabellino"
    r"|la ficha|box score)$",
    re.I,
)
_MATCH_SCORE = re.compile(r"^.{3,60}\s[–-]\s.{3,60}\s\d{1,3}:\d{1,3}(?:\s*\(\d{1,3}:\d{1,3}\))?$")
# the result in the other shapes boxes print it: "Sampdoria-Ferrara 2-1", "PALMEIRAS 2 X 1
# FORTALEZA"
_MATCH_RESULT = re.compile(
    r"^\S.{1,60}?\s(?:\d{1,3}\s?[-–:]\s?\d{1,3}|\d{1,3}\s[xX]\s\d{1,3})"
    r"(?:\s*\(\d{1,3}\s?[-–:]\s?\d{1,3}\))?(?:\s\S.{0,40})?$"
)
# a fact in the box, whatever its label: "Marcatori: 12' pt Martinelli (F)", "Sampdoria
# (4-4-2): Ravaglia; …", "HSG: Berends, Schepers (Tor); …"
_LABEL_VALUE = re.compile(r"^(?-i:[A-ZÀ-Ý])[\w .()'’/-]{1,40}:\s+\S")


def _figures_row(seg: Segment) -> bool:
    return seg.words <= 15 and _DIGIT.search(seg.text) is not None


def _items_end(lines: list[Segment], head: int, most: int, item: Callable[[Segment], bool]) -> int:
    """The last of the unclaimed lines under ``head`` that ``item`` accepts (at most ``most``),
    or ``head`` itself when fewer than two follow: a list has two items at least."""
    end = head
    while (
        end + 1 < len(lines)
        and end - head < most
        and lines[end + 1].kind is None
        and item(lines[end + 1])
    ):
        end += 1
    return end if end - head >= 2 else head


def _keep_match_data(lines: list[Segment], first: int, last: int) -> None:
    """A match report's data lines (goals, cards, referee, attendance, line-ups) belong to the
    report: inside the text, and right after its last paragraph (with their "Spieldaten"
    heading and the final score), before whatever the page puts next."""
    for i in range(first, last):
        seg = lines[i]
        if seg.kind in {K.SUBHEADING, K.IMAGE_CAPTION} and _MATCH_DATA.match(seg.text):
            seg.kind, seg.rule = K.BODY, "match_data"
    n = len(lines)
    # once the box's result stands (or the text's last paragraph is a fact already), every
    # "Label: value" line under it is a fact, whatever the label
    boxed = 0 <= last < n and bool(_MATCH_DATA.match(lines[last].text))

    def result(k: int) -> bool:
        text = lines[k].text
        return bool(_MATCH_SCORE.match(text)) or (
            lines[k].words <= 12 and bool(_MATCH_RESULT.match(text))
        )

    def fact(k: int) -> bool:
        return k < n and (
            bool(_MATCH_DATA.match(lines[k].text))
            or (boxed and lines[k].words <= 60 and bool(_LABEL_VALUE.match(lines[k].text)))
        )

    i = last + 1
    while i < n and lines[i].rule == "after_last_paragraph":
        text = lines[i].text
        if fact(i):
            lines[i].kind, lines[i].rule = K.BODY, "match_data"
        elif (
            i + 1 < n
            and result(i)
            and (_MATCH_DATA.match(lines[i + 1].text) or _LABEL_VALUE.match(lines[i + 1].text))
        ):
            lines[i].kind, lines[i].rule = K.SUBHEADING, "match_data"
            boxed = True
        elif _MATCH_DATA_HEADING.match(text) and i + 1 < n and _MATCH_DATA.match(lines[i + 1].text):
            lines[i].kind, lines[i].rule = K.SUBHEADING, "match_data"
        elif (
            (_MATCH_DATA_HEADING.match(text) or (lines[i].words <= 3 and not _DIGIT.search(text)))
            and i + 2 < n
            and result(i + 1)
            and (_MATCH_DATA.match(lines[i + 2].text) or _LABEL_VALUE.match(lines[i + 2].text))
        ):  # "Il tabellino" / "Sampdoria-Ferrara 2-1" / "Marcatori: …"
            lines[i].kind, lines[i].rule = K.SUBHEADING, "match_data"
        else:
            break
        i += 1


def _caption_between_paragraphs(lines: list[Segment], i: int, rules: CleanRules) -> bool:
    """A line of 16-24 words with no full stop between two paragraphs that end theirs is a
    picture's caption without its credit (tabloids print them so); a subheading is shorter."""
    seg, prev = lines[i], lines[i - 1]
    if not (
        rules.subheading_max_words < seg.words < rules.prose_any_end_words
        and not _SENTENCE_END.search(seg.text)
    ):
        return False
    if prev.rule != "unpunctuated_between_paragraphs" and not (
        prev.kind in BODY_KINDS and _SENTENCE_END.search(prev.text)
    ):
        return False
    for nxt in lines[i + 1 : i + 3]:  # two captions may follow each other
        if nxt.kind is None and _is_prose(nxt, rules) and _SENTENCE_END.search(nxt.text):
            return True
        if nxt.kind is not None or _SENTENCE_END.search(nxt.text) or nxt.words < 8:
            return False
    return False


def _gallery_captions_as_text(lines: list[Segment]) -> None:
    """On a photo gallery page ("Bild 3 von 10" over each picture) with little text of its
    own, the pictures' captions are what the page says: they join the text."""
    counters = [i for i, s in enumerate(lines) if s.kind == K.GALLERY_COUNTER]
    if len(counters) < 3:
        return
    captions = {
        j
        for i in counters
        for j in range(i + 1, min(i + 3, len(lines)))
        if lines[j].rule in {"line_above_credit", "line_below_gallery_counter"}
    }
    text = sum(len(s.text) for s in lines if s.kind in BODY_KINDS)
    if len(captions) >= 3 and sum(len(lines[j].text) for j in captions) > text:
        for j in captions:
            lines[j].kind, lines[j].rule = K.BODY, "gallery_caption"


def _question_headline(lines: list[Segment], i: int, rules: CleanRules) -> bool:
    """A headline asking a question ("Ferry fares: why are prices rising?") reads as a
    sentence; the header's byline or dateline right below it tells it apart."""
    seg = lines[i]
    if not seg.text.endswith("?") or seg.words > 20 or _INNER_SENTENCE.search(seg.text):
        return False
    below = [s for s in lines[i + 1 : i + 6] if s.kind not in _PICTURE_KINDS][:2]
    return any(s.kind in {K.DATELINE, K.BYLINE} for s in below)


def _unstopped_headline(lines: list[Segment], i: int, rules: CleanRules) -> bool:
    """A tabloid's headline of twenty-five words and more reads as a paragraph, but ends
    without a stop, and its header follows: bullet points (short lines, no paragraph) and the
    byline or dateline ("The Ranch star … left her in tears" / three bullets / "By …")."""
    seg = lines[i]
    if seg.words > 45 or _SENTENCE_END.search(seg.text) or _INNER_SENTENCE.search(seg.text):
        return False
    above = lines[i - 1] if i else None
    if (
        above is not None
        and above.kind is None
        and 4 <= above.words <= 20
        and not _SENTENCE_END.search(above.text)
    ):
        return False  # the headline stands over it: this is its deck
    for s in lines[i + 1 : i + 7]:
        if s.kind in {K.DATELINE, K.BYLINE}:
            return True
        if s.kind is None and _is_prose(s, rules):
            return False
    return False


_CLOSING = re.compile(r"^[A-ZÀ-ÝĀ-Ž„“\"«»'][^:?|]*[.!][\"“”»«'’]?$")


def _cut_by_paywall(lines: list[Segment], last: int) -> int:
    """The paragraph the paywall cuts off mid-sentence ("… aangehouden in een onderzoek naar"
    over "Lees verder met Premium") is the text's last, with a subheading before it: it has no
    full stop, so it did not count as a paragraph."""
    for j in range(last + 2, min(last + 4, len(lines))):
        if lines[j].kind == K.PAYWALL:
            cut = lines[j - 1]
            if cut.kind is None and cut.words >= 12 and not _SENTENCE_END.search(cut.text):
                return j - 1
            break
        if lines[j].kind is not None:
            break
    return last


def _closing_sentence(lines: list[Segment], i: int) -> bool:
    """A short sentence right after the last paragraph, that no rule claimed, is the text's
    last line ("Was fehlt, ist der Wille."): articles end on a punch line more often than a
    page puts an unclaimed full sentence between its text and its footer."""
    if i >= len(lines):
        return False
    seg = lines[i]
    return seg.kind is None and 2 <= seg.words < 8 and bool(_CLOSING.match(seg.text))


def _release_soft_rules(lines: list[Segment], rules: CleanRules, first: int, last: int) -> None:
    """Vocabulary rules that can misfire on prose ("consent", "Getty Images") do not apply to
    long lines inside the article core."""
    _release_lead_over_text(lines, rules, first)
    for i in range(first + 1, last):
        seg = lines[i]
        if (
            seg.kind == K.DATELINE
            and _UPDATE_HEADING.match(seg.text)
            # (the header's "Update: …" stands with its byline, other dates, share buttons)
            and not any(
                s.kind in {K.DATELINE, K.BYLINE, K.SHARE} for s in (lines[i - 1], lines[i + 1])
            )
        ):
            # "Nachtrag vom 14. März 2024, 15:20 Uhr" between paragraphs heads the text's update
            seg.kind, seg.rule = K.SUBHEADING, "update_heading"
            continue
        if seg.rule == "news_ticker" and lines[i + 1].kind is None:
            seg.kind, seg.rule = None, ""  # "+++ 11:05 Fischmarkt unter Wasser +++": a live
            continue  # blog's entry heading over its text, not the ticker bar over the page
        if (
            seg.rule in rules.soft_rules
            and seg.words >= rules.soft_rule_max_words
            and lines[i - 1].kind != seg.kind  # under its box's heading it is the box's pitch
        ):
            seg.kind, seg.rule = None, ""


_UPDATE_HEADING = re.compile(
    r"^(?:nachtrag|update|ergänzung|korrektur|aktualisierung|mise à jour|actualización"
    r"|aggiornamento)\b",
    re.IGNORECASE,
)


def _release_lead_over_text(lines: list[Segment], rules: CleanRules, first: int) -> None:
    """The paragraph between the header's dateline or byline and the text (past the lead
    picture) is the lead, whatever its words: an article about tracking says "Drittanbieter"
    as a consent banner does, but a banner has its buttons beside it, not the header."""
    i = first - 1
    while i >= 0 and lines[i].kind in _PICTURE_KINDS:
        i -= 1
    if i < 1 or lines[i].rule not in rules.soft_rules or lines[i].words < rules.soft_rule_max_words:
        return
    seg, above = lines[i], lines[i - 1]
    if above.kind in {K.DATELINE, K.BYLINE} and above.kind != seg.kind:
        seg.kind, seg.rule = None, ""


_CAPS_LABEL = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{1,25}[.:]\s+")  # "DIRECT. ", "VIDÉO. "
_INNER_SENTENCE = re.compile(r"(?:[^\W\d_]{4,}|\d)[.!?]\s+[A-ZÀ-ÝĀ-Ž]")  # "Lkr. K…" is no end
_CAP = r"[A-ZÀ-ÝĀ-Ž][\w'’.-]*"
_SITE_NAME = re.compile(
    r"^[\w-]+(?:\.[\w-]+)*\.(?:de|at|ch|com|net|org|info|eu|fr|es|it|nl|pl|uk)\b"
)
_NAME_LIST = re.compile(
    rf"^{_CAP}(?:\s+{_CAP})*(?:,\s*{_CAP}(?:\s+{_CAP})*)+"
    rf"(?:,?\s+(?:und|and|et|y|e|en|i|oder|or|ou|o)\s+{_CAP}(?:\s+{_CAP})*)?$"
)
# Two or more authors: "Rachel Ambrose and Tom Whitlock".
_NAMES_AND = re.compile(
    rf"^{_CAP}(?:\s+{_CAP}){{1,3}}(?:,\s*{_CAP}(?:\s+{_CAP}){{1,3}})*"
    rf"\s+(?:and|und|et|y|e|en|i|och|og|ja|a|és|oraz|și)\s+{_CAP}(?:\s+{_CAP}){{1,3}}$"
)


_GLUED_WORDS = re.compile(r"[a-zà-ÿ][A-ZÀ-Ý]")
_CRUMB = re.compile(r"\s[›»>/]\s")
_ANGLE_CRUMB = re.compile(r"\s[›>]\s")


# a headline may end on an abbreviation: "… до 2026 г." (Bulgarian, Russian: "year"), "… for
# 11 mio. kr." (Danish, Norwegian, Swedish: kroner)
# "… de febrero en EE.UU." (Spanish: the United States), "… in the U.S."
_ABBREVIATED_END = re.compile(r"(?:\d\sг|\d\skr|\.\skr|\bEE\.\s?UU|\bU\.S|\bU\.K)\.$")


def _title_like(seg: Segment, rules: CleanRules) -> bool:
    text = seg.text
    return (
        seg.kind is None
        and rules.title_min_chars <= len(text) <= rules.title_max_chars
        and seg.words >= 3
        and (not text.endswith((".", ":")) or _ABBREVIATED_END.search(text) is not None)
        and not (text.isupper() and seg.words <= 4)
        # a standfirst, not a title (a label in capitals before it is no sentence: "DIRECT. …");
        # a headline of two sentences leaves the last one open: "… wielosystemowe. Umowa
        # warta ponad 2,3 mld złotych"
        and not (
            seg.words > 12
            and _SENTENCE_END.search(text)
            and _INNER_SENTENCE.search(_CAPS_LABEL.sub("", text, 1))
        )
        and not _NAME_LIST.match(text)  # "Leipzig, Leipziger Land und Muldental": a region kicker
        and not _SITE_NAME.match(text)  # "beispiel-portal.de – Das Regionalportal …"
        and len(_CRUMB.findall(text)) < 2  # "heise online › News › 2024 › Headline"
        and not _ANGLE_CRUMB.search(text)  # "Kreisliga A Beispielgrund > Spielbericht"
        and text.count(" | ") < 3  # a menu in one line: "Startseite | Hameln | Sport | …"
        and not _menu_run(text, seg.words)  # "Home News Sport Business Culture Travel Earth …"
        and len(_GLUED_WORDS.findall(text)) < 3  # "NewsMusicFood & DrinkArtsCannabis…"
        and not ("   " in text and _spaced_menu(text, least=2))  # "Anmelden    Abo"
    )


def _extends(longer: str, shorter: str) -> bool:
    """``longer`` is ``shorter`` with more after a dash or a colon: "Lücke erlaubt Übernahme
    – Update verfügbar" under "Lücke erlaubt Übernahme"."""
    rest = longer[len(shorter) :] if longer.startswith(shorter) else ""
    return bool(_CONTINUATION.match(rest)) and not longer.endswith(".")


_CONTINUATION = re.compile(r"\s*[–—:|-]\s+\S")
_SEPARATOR = re.compile(r"\s*[–—:|-]\s+")


_KICKER_OR_QUESTION = re.compile(r"[\w'’\"”][:?!] ")  # (and after a quote: "'Earned It': …")


def _menu_run(text: str, words: int) -> bool:
    """A text browser's menu: many words in a row, nearly all capitalised (a headline of
    more than 14 words is rare, and in title case rarer)."""
    if words <= 14 or text.isupper():  # a headline in capitals is not a menu
        return False
    if "," not in text and _KICKER_OR_QUESTION.search(text):
        return False  # "Tracing the Rose: How a Tanker Kept …": a menu asks nothing, has no kicker
    tokens = text.split()
    capitalised = sum(1 for token in tokens if token[0].isupper() or not token[0].isalpha())
    return capitalised >= 0.8 * len(tokens)


_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—]{2,40}$")
_SITE_PREFIX = re.compile(r"^([^|–—:]{2,30}?)\s+[|–—-]\s+(?=\S)")
_TITLE_PARTS = re.compile(r"\s+[|–—›»-]\s+")
_KICKER_PREFIX = re.compile(r"^([^:]{2,40}):\s+(?=\S)")


def _named_elsewhere(lines: list[Segment], i: int, name: str) -> bool:
    name = name.casefold()
    return any(name in seg.text.casefold() for j, seg in enumerate(lines) if j != i)


def _browser_title_heads(lines: list[Segment]) -> set[str]:
    """What the page's title in the browser's tab says without the site's name and section
    ("Headline | UK news | The Guardian"), when the page opens with it: a line that is just
    that is the headline printed again."""
    heads: set[str] = set()
    for i, seg in enumerate(lines[:3]):
        head = seg.text
        prefix = _SITE_PREFIX.match(head)
        if prefix and len(head[prefix.end() :].split()) >= 4:
            if _named_elsewhere(lines, i, prefix.group(1)):
                heads.add(head[prefix.end() :])  # "heise online - Headline"
        site = _SITE_SUFFIX.search(head)
        if site is None or not any(
            _named_elsewhere(lines, i, part)
            for part in _TITLE_PARTS.split(site.group().strip(" |–—-"))
            if len(part) >= 3
        ):  # ("… - SPIEGEL ONLINE - Nachrichten - Politik": one part is enough)
            continue  # "Headline – Update verfügbar": the dash goes on with the headline
        for _ in range(3):
            if not (suffix := _SITE_SUFFIX.search(head)):
                break
            head = head[: suffix.start()]
            if len(head.split()) >= 4:
                heads.add(head)
            kicker = _KICKER_PREFIX.match(head)
            if kicker and any(
                s.text.casefold() == kicker.group(1).casefold() for s in lines[3:]
            ):  # "Kicker: Headline", the kicker on its line (in capitals, too)
                heads.add(head[kicker.end() :])
    return heads


def _kicker_then_headline(lines: list[Segment], i: int, browser_title: set[str]) -> bool:
    """Line ``i`` and the next are the kicker and the headline the browser's title joins
    ("Streit am Hafen - Kapitän verliert Prozess - Neustrand - Beispiel")."""
    if i + 1 >= len(lines) or lines[i + 1].kind is not None:
        return False
    kicker, headline = lines[i].text, lines[i + 1].text
    return any(
        _SEPARATOR.fullmatch(head[len(kicker) : len(head) - len(headline)]) is not None
        for head in browser_title
        if len(head) > len(kicker) + len(headline)
        and head.startswith(kicker)
        and head.endswith(headline)
    )


def _without_site_name(lines: list[Segment], best: int | None) -> int | None:
    """The headline itself where the line found is the page's title, the headline and the
    site's name ("… retten | Mainfranken-Rundschau", as a browser prints it; the name stands
    elsewhere on the page too), and the page also prints the headline alone."""
    if best is None or not (suffix := _SITE_SUFFIX.search(lines[best].text)):
        return best
    head = lines[best].text[: suffix.start()]
    site = suffix.group().strip(" |–—-")
    if not _named_elsewhere(lines, best, site):
        return best  # what follows the dash is the headline's ("– Update verfügbar")
    return next((j for j, seg in enumerate(lines)
                 if j != best and seg.text == head and seg.kind in {None, K.SECTION_LABEL}),
                best)  # fmt: skip


# two teams' names in capitalised words around the score, the periods' scores after it
_SCORELINE = re.compile(
    r"^(?:[\dA-ZÀ-Ý][\w.'’-]*\s){1,4}\d{1,3}\s?[:–-]\s?\d{1,3}"
    r"(?:\s*\(\d{1,3}:\d{1,3}(?:,\s*\d{1,3}:\d{1,3})*\))?(?:\s[\dA-ZÀ-Ý][\w.'’-]*){1,4}$"
    # each team with its goals: "Canadien 4 – Maple Leafs 3 (prolongation)"
    r"|^(?:[A-ZÀ-Ý][\w.'’-]*\s){1,4}\d{1,3}\s[–-]\s(?:[A-ZÀ-Ý][\w.'’-]*\s){1,4}\d{1,3}"
    r"(?:\s\([^()]{2,20}\))?$"
)
_MENU_RULES = frozenset({"spaced_menu", "pipe_menu", "menu_row"})
_MENU_CELL_BREAK = re.compile(r"\s{3,}|\s[|·•]\s")


def _menu_cells(lines: list[Segment], first_prose: int) -> set[str]:
    """The items of the menus above the text, casefolded."""
    return {
        cell.strip().casefold()
        for seg in lines[:first_prose]
        if seg.kind == K.NAVIGATION
        for cell in _MENU_CELL_BREAK.split(seg.text)
    }


def _release_labelled_headline(lines: list[Segment], rules: CleanRules, first_prose: int) -> None:
    """ "VIDEO: Chirurgové operovali …" right over the header's date, and no headline above it:
    the headline with the site's label for what the article holds (Czech and Slovak sites print
    them so), not a clip's title, which stands under the headline."""
    for i in range(min(first_prose, len(lines) - 1)):
        seg = lines[i]
        if (
            seg.rule == "media_title"
            and seg.words >= 8
            and lines[i + 1].kind in {K.DATELINE, K.BYLINE}  # (not a clip's length: "01:47")
            and not any(
                s.kind is None and s.words >= 5 and _title_like(s, rules)
                for s in lines[max(0, i - 4) : i]
            )
        ):
            seg.kind, seg.rule = None, ""


def _find_title(
    lines: list[Segment], rules: CleanRules, first_prose: int, norms: _Norms
) -> int | None:
    """The headline among the title-like lines above the text.

    A page repeats its headline (a line seen twice wins); the headline is followed by the
    header's metadata (dateline, byline, share buttons), while captions and audio titles come
    after that block. Ties go to the earliest line.
    """
    horizon = min(len(lines), first_prose + 12)
    cells = _menu_cells(lines, first_prose)
    candidates = [
        i
        for i in range(min(first_prose, len(lines)))
        if _title_like(lines[i], rules)
        # a section's name over the date, as its menu above names it ("Zprávy z domova")
        and not (lines[i].words <= 5 and lines[i].text.casefold() in cells)
        and not _SCORELINE.match(lines[i].text)  # a match box: "Adler Mannheim 2 : 4 Kölner Haie"
        # a short line the page prints again and again is a name ("Beispiel Energie AG")
        and not (lines[i].words <= 3 and _repeats(norms, i, horizon))
    ]
    if (
        first_prose < len(lines)
        and _title_like(lines[first_prose], rules)
        and _INNER_SENTENCE.search(lines[first_prose].text)
        and not any(_title_score(lines, i) >= 1 for i in candidates)
    ):  # a headline of two sentences, the second open, long enough to count as the text's
        # first paragraph, where no line above has a headline's length (only names do)
        candidates.append(first_prose)
    elif (
        first_prose + 1 < len(lines)
        and lines[first_prose].text.endswith(".")
        and 6 <= lines[first_prose].words <= 25
        and len(_INNER_SENTENCE.findall(lines[first_prose].text)) == 1
        and lines[first_prose + 1].kind is None
        and _title_score(lines, first_prose) >= 3
        and not any(_title_score(lines, i) >= 3 for i in candidates)
    ):  # "A block pooled $9,000 to plant its own trees. Then came the permit." over its deck,
        # the byline and the date, where nothing above has the header under it
        candidates.append(first_prose)

    browser_title = _browser_title_heads(lines)
    for i, seg in enumerate(lines if browser_title else ()):
        # the browser's title names the headline, and the header's metadata follows it: the
        # headline, even below teasers the page puts first
        if seg.kind not in {None, K.RELATED_LIST}:  # (a "Trending" list run on into it)
            continue
        if _kicker_then_headline(lines, i, browser_title) and any(
            s.kind in _META for s in lines[i + 2 : i + 6]
        ):
            return i + 1  # "Kicker - Headline - Section - Site": the kicker's line is first
        if seg.text in browser_title and any(s.kind in _META for s in lines[i + 1 : i + 5]):
            return i

    def repeated(i: int) -> bool:
        return lines[i].text in browser_title or any(
            norms.equals(j, norms[i]) for j in range(horizon) if j != i
        )

    def unplaced(i: int) -> bool:
        """A line printed twice where no header follows either print, while another
        candidate has the header under it: the site's name and tagline at the top ("t-online
        - Nachrichten für Deutschland" twice), a subheading also in the contents list."""
        if lines[i].text in browser_title:
            return False
        prints = [i, *(j for j in range(horizon) if j != i and norms.equals(j, norms[i]))]
        return all(_title_score(lines, j) <= 0 for j in prints) and any(
            _title_score(lines, k) >= 3 for k in candidates if k != i
        )

    for i in candidates:
        if (
            lines[i].words >= 4  # 4+ words: not a brand name
            and not _in_menu(lines, i)  # a section's name, repeated as its kicker
            and repeated(i)
            and not unplaced(i)
        ):
            nxt = i + 1
            if (
                nxt in candidates
                and lines[i].words <= 6
                and lines[nxt].words >= lines[i].words + 2
                and (
                    repeated(nxt)
                    # the kicker printed again only below the text (a review's book, "Autorin:
                    # „Titel“", in its box), the header's byline under the line after it
                    or (
                        _meta_under(lines, nxt)
                        and not any(norms.equals(j, norms[i]) for j in range(first_prose) if j != i)
                    )
                )
            ):
                return nxt  # kicker and headline printed twice (an AMP copy): the longer
            return i
    if not candidates and any(
        seg.rule in _HEADER_FIELD_RULES and _TOOL_HEADER_TITLE.match(seg.text)
        for seg in lines[:first_prose]
    ):
        return None  # a feed item's text under its fields: the "title:" field names it
    below = _headline_below_standfirst(lines, rules, first_prose)
    over_meta = _line_over_header_meta(lines, rules, first_prose)
    if candidates and over_meta is not None and over_meta not in candidates:
        # the line over the byline or dateline reads as two sentences ("Small towns are
        # losing pharmacies. States try to help"): it beats a title-like line no metadata
        # follows (the site's name at the top)
        if max(_title_score(lines, i) for i in candidates) < 3:
            return over_meta
    if candidates:
        # Ties go to the earliest line: a standfirst below the headline is the usual tie; a
        # kicker line above it is rarer (and then loses).
        crumb = next((k for k in range(min(first_prose, len(lines)) - 1, -1, -1)
                      if lines[k].kind == K.BREADCRUMB), -1)  # fmt: skip
        banner = next((k for k in range(min(first_prose, len(lines)) - 1, crumb, -1)
                       if lines[k].kind == K.COOKIE_NOTICE), -1)  # fmt: skip
        if banner > crumb and any(i > banner and _title_score(lines, i) >= 3 for i in candidates):
            # the cookie banner closes the site's head as a breadcrumb does: the site's
            # tagline over its date of the day stands above it, the headline with its dateline
            # and byline below
            crumb = banner
        # the article starts under the breadcrumb: what stands above it is the site's head
        # (its name, its tagline, today's date), even where the site's date follows a tagline
        # (the browser's title at the top names a headline under it, and stays)
        pool = [
            i for i in candidates if i > crumb or (_without_site_name(lines, i) or 0) > crumb
        ] or candidates
        # a tagline over the site's date and menus ("Il giornale di Verona"), a headline under
        # them: the short line is the site's
        menu = max((k for k in range(min(first_prose, len(lines))) if lines[k].rule in _MENU_RULES),
                   default=-1)  # fmt: skip
        if any(i > menu and lines[i].words >= 6 for i in pool):
            pool = [i for i in pool if i > menu or lines[i].words >= 6]
        best = max(pool, key=lambda i: (_title_score(lines, i), -i))
        if (
            best - 1 in pool
            and lines[best - 1].words >= 6
            and lines[best].words > lines[best - 1].words
            and _INNER_SENTENCE.search(lines[best].text)
            and not _INNER_SENTENCE.search(lines[best - 1].text)
        ):  # headline, then its deck of two sentences closer to the date: the headline
            best -= 1
        nxt = best + 1
        short, longer = lines[best].words, lines[nxt].words if nxt < len(lines) else 0
        if (
            nxt in candidates
            and best - 1 not in candidates  # kicker, headline, deck: the middle one is it
            and short <= 6
            # (a question is the headline, a kicker asks none: "Sanierung für 14 Millionen
            # Euro" / "Muss das Hallenbad schließen?")
            and (
                short + 2 <= longer
                or short <= 3 < longer
                # (longer by a word, or as short, and the byline or dateline at once under
                # it: "Streit um das Deutschlandticket" / "Ein Ticket als Machtprobe")
                or (_meta_under(lines, nxt) and (short < longer or short == longer <= 6))
                # (a tabloid's headline in capitals under its kicker in mixed case)
                or (lines[nxt].text.isupper() and longer >= 4 and not lines[best].text.isupper())
                or (longer >= short and lines[nxt].text.endswith("?"))
            )
            and longer <= 16
            and _title_score(lines, nxt) == _title_score(lines, best)
        ):
            best = nxt  # a kicker above a longer headline: both sit over the metadata
        elif (
            best + 2 in candidates
            and lines[best + 1].kind is None
            and lines[best + 1].words <= 3
            and not _is_prose(lines[best + 1], rules)
            and _title_score(lines, best + 2) == _title_score(lines, best)
        ):
            best += 2  # a section's tagline, the kicker, the headline: the kicker heads it
        if below is not None and _title_score(lines, below) > _title_score(lines, best):
            return below
        if _two_sentence_headline_above(lines, best, rules):
            return best - 1
        if nxt < len(lines) and _extends(lines[nxt].text, lines[best].text):
            return nxt  # a shortened headline (a teaser's, a tab's) over the whole one
        return best
    if below is not None:
        return below
    # No title-like line above the text: the line over the header's byline or dateline, else
    # the first line of the page, if it is short enough.
    if over_meta is not None:
        return over_meta
    for i in range(min(first_prose, len(lines))):
        # the headline right over the lead picture's credit, taken for its caption, where the
        # dateline and kicker stand above it ("Do 11.04.24 | 17:05 Uhr" / "Ab Juli" /
        # headline / "Bild: dpa/…" / the teaser)
        if (
            lines[i].rule == "line_above_credit"
            and lines[i].words >= 4
            and _title_like(replace(lines[i], kind=None), rules)
        ):
            return i
    for i, seg in enumerate(lines):
        if seg.kind is None and len(seg.text) <= rules.title_max_chars:
            return i
    return None


def _meta_under(lines: list[Segment], i: int) -> bool:
    return i + 1 < len(lines) and lines[i + 1].kind in {K.DATELINE, K.BYLINE}


def _two_sentence_headline_above(lines: list[Segment], best: int, rules: CleanRules) -> bool:
    """ "Sirens stayed silent during the storm. Officials want to know why" over the line
    found: a headline of two sentences, the second without a full stop (which is no title-like
    line), and under it the deck that was found."""
    if best == 0 or lines[best].words < 8:
        return False
    above = lines[best - 1]
    return (
        above.kind is None
        and 6 <= above.words <= 30
        and len(above.text) <= rules.title_max_chars
        and not above.text.endswith((".", ":"))
        and bool(_INNER_SENTENCE.search(above.text))
        and len(_INNER_SENTENCE.findall(above.text)) == 1
    )


def _line_over_header_meta(lines: list[Segment], rules: CleanRules, first_prose: int) -> int | None:
    """The unclaimed line right over the header's byline/dateline block above the text."""
    above = min(first_prose, len(lines)) - 1
    header = False
    while above >= 0 and lines[above].kind in _META | _PICTURE_KINDS:
        header = header or lines[above].kind in _META
        above -= 1
    if (
        header
        and above >= 0
        and lines[above].kind is None
        and lines[above].words >= 4
        and len(lines[above].text) <= rules.title_max_chars
    ):
        return above
    return None


def _repeats(norms: _Norms, i: int, horizon: int) -> bool:
    return any(norms.equals(j, norms[i]) for j in range(horizon) if j != i)


def _in_menu(lines: list[Segment], i: int) -> bool:
    """A short line between two menu items (short lines without a full stop)."""
    near = lines[i - 1 : i] + lines[i + 1 : i + 2]
    return (
        lines[i].words <= 5
        and len(near) == 2
        and all(s.words <= 3 and not s.text.endswith(".") for s in near)
    )


# a wire story's opening: "Lindenau (ots) - ", "Berlin (dpa) – ", "Wien (APA/Reuters): "
_WIRE_DATELINE = re.compile(
    r"^(?-i:[A-ZÄÖÜ])[\w.'’/ -]{1,40}\s\((?:ots|dpa|afp|ap|apa|reuters|kna|epd|dts|sda|ddp|efe"
    r"|ansa|anp|pap|belga|red)\b[^)]{0,20}\)\s*[-–—:]\s",
    re.IGNORECASE,
)


def _headline_below_standfirst(
    lines: list[Segment], rules: CleanRules, first_prose: int
) -> int | None:
    """Some sites print the standfirst above the headline: the first paragraph is short, and
    the line after it is a headline that the header's byline or dateline follows at once."""
    i = first_prose + 1
    if i >= len(lines) or lines[first_prose].words > 45 or not _title_like(lines[i], rules):
        return None
    first = lines[first_prose]
    if _title_like(first, rules) and _INNER_SENTENCE.search(first.text):
        return None  # a headline of two sentences, the second open, over its standfirst
    below = [s for s in lines[i + 1 : i + 6] if s.kind not in _PICTURE_KINDS][:2]
    return i if any(s.kind in {K.DATELINE, K.BYLINE} for s in below) else None


def _is_meta(seg: Segment) -> bool:
    # (a download's "Aktuelle Ausgabe: Nr. 10/2025 (PDF, 3,2 MB)" is no article's metadata,
    # nor an issue's "Ausgabe 12/2025 (KW 12)")
    return seg.kind in _META and seg.rule not in {"media_download", "issue_line"}


def _title_score(lines: list[Segment], i: int) -> int:
    words = lines[i].words
    score = 1 if 5 <= words <= 35 else 0
    # The header's metadata may come after the lead picture: skip its lines.
    below = [s for s in lines[i + 1 : i + 11] if s.kind not in _PICTURE_KINDS]
    # (and past one or two decks under it: "Headline" / deck / deck or the lead video's
    # caption / credit / place / dateline; not past a kicker and the headline it heads,
    # under a list of other stories: "3. Liga: A – B 1:1" / "3. Liga" / headline / date)
    decks = min(2, next((k for k, s in enumerate(below) if s.kind is not None or s.words < 6),
                        len(below)))  # fmt: skip
    if decks and any(
        below[k].kind is None
        and below[k].words < 6
        and below[k + 1].kind is None
        and below[k + 1].words >= 5
        and not below[k + 1].text.endswith(".")
        for k in range(decks, min(len(below), 4 + decks) - 1)
    ):
        decks = 0
    below = below[: 4 + decks]
    if any(_is_meta(s) for s in below) or (
        below and below[0].kind is None and _WIRE_DATELINE.match(below[0].text)
    ):  # (the text opening "Lindenau (ots) - …" right under it is its header too)
        score += 3
        if below[0].kind in {K.DATELINE, K.BYLINE} and not any(
            s.kind is None and s.words >= 4 and not s.text.endswith(".")
            for s in lines[max(0, i - 2) : i]
        ):  # the date or byline at once: closer than a site's tagline further up (a deck
            score += 1  # under its headline has the headline just above it)
    meta_above = next((k for k in range(max(0, i - 2), i) if _is_meta(lines[k])), None)
    # (a headline above that metadata, not the site's name over its menus and breadcrumb)
    head = meta_above and next(
        (k + 1 for k in range(meta_above - 1, -1, -1) if lines[k].kind in _SITE_HEAD_KINDS), 0
    )
    if meta_above is not None and any(
        s.kind is None and s.words >= 3 and not s.text.endswith((".", ":"))
        for s in lines[head:meta_above]
    ):
        score -= 2  # below the metadata, under a headline: a caption or an audio/video title
        # (a press release prints its number and date first, its headline under them)
    if lines[i].text.isupper() and words <= 6:
        score -= 2  # a kicker or a section's name in capitals; headlines mix case
    return score


_SITE_HEAD_KINDS = frozenset({K.NAVIGATION, K.BREADCRUMB, K.COOKIE_NOTICE})


def _classify_before_title(seg: Segment, i: int, title_index: int, rules: CleanRules) -> None:
    if i == title_index - 1 and seg.words <= rules.section_label_max_words:
        seg.kind, seg.rule = K.SECTION_LABEL, "short_line_before_title"
    else:
        seg.kind, seg.rule = K.NAVIGATION, "line_before_title"


_CREDIT_IN_BRACKETS = re.compile(
    r"[.!?]\s*\((?-i:[A-Z])[\w&./ -]{1,30}\)$"
    # the picture desk and the photographer: "… in Dubbo. (ABC Central West: Hamish Beispiel)"
    r"|[.!?]\s*\((?-i:[A-Z])[\w&./ -]{1,30}:\s*(?-i:[A-Z])[\w'’.-]+(?:\s+[\w'’.-]+){0,3}\)$"
    # without a stop, the photographer's name: "… on Monday (Rhiannon Beispiel)"
    r"|[^.!?]\s\((?-i:[A-Z][a-zà-ÿ'’-]+ [A-Z][a-zà-ÿ'’-]+)\)$"
    # scripts without capitals: the picture's source in brackets, "… في ريف صفاقس (الجزيرة)"
    r"|[\u0590-\u06ff][^.!?؟()]*\s\([\u0590-\u06ff][\u0590-\u06ff ]{1,30}\)$"
)


def _caption_in_header(lines: list[Segment], i: int) -> bool:
    """ "Crews inspect the bridge on Monday. (KWVT)" over the byline or dateline: the lead
    picture's caption; at the end of the text the same shape is the agency's credit."""
    return bool(_CREDIT_IN_BRACKETS.search(lines[i].text)) and any(
        s.kind in {K.DATELINE, K.BYLINE} for s in lines[i + 1 : i + 4]
    )


# "… el pasado febrero. Jordi Alemany", "… este domingo. Europa Press": a caption, then its
# photographer or agency after the last full stop, with no stop of their own
_TRAILING_CREDIT = re.compile(
    r"[.!?]\s+((?-i:[A-ZÀ-ÝÑ][\w'’-]+)(?:\s+(?:de|del|da|dos|van|von|i|y"
    r"|(?-i:[A-ZÀ-ÝÑ][\w'’-]+)|(?-i:[A-ZÀ-ÝÑ])\.)){0,3})$"
)
# capitalised words that open a standfirst's last phrase, not a name: "… Radwege. Alle Infos",
# "… officials said. Here's What We Know"
_NOT_CREDIT_WORDS = frozenset({
    "the", "a", "an", "here", "here's", "what", "how", "why", "who", "when", "we", "you", "it",
    "this", "that", "alle", "mehr", "was", "wie", "warum", "wer", "der", "die", "das", "ein",
    "eine", "el", "la", "los", "las", "qué", "cómo", "le", "les", "ce", "qui", "il", "lo",
    "infos", "details", "video", "fotos", "live", "update", "news",
})  # fmt: skip


def _trailing_credit(seg: Segment) -> bool:
    """A sentence or more, then a name or an agency with no stop: "… este domingo. Europa
    Press" (see ``_TRAILING_CREDIT``)."""
    found = _TRAILING_CREDIT.search(seg.text)
    if found is None or seg.words > 45:
        return False
    credit = found.group(1).split()
    if len(seg.text[: found.start()].split()) < 6 or any(
        word.lower() in _NOT_CREDIT_WORDS for word in credit
    ):
        return False
    # one capitalised word: only an agency's name says it is a credit
    return len(credit) > 1 or bool(_AGENCY_LINE.match(credit[0]))


def _caption_with_trailing_credit(lines: list[Segment], i: int, nxt: int) -> bool:
    """The first paragraph under the header's metadata (date, share buttons) closes on a name
    with no stop after it, and the text follows: the lead picture's caption and its credit, as
    Spanish papers print them (a paragraph ends on a stop; a credit on one alone is a line
    rule's)."""
    if nxt - i > 2 or not _trailing_credit(lines[i]):
        return False
    above = [s for s in lines[max(0, i - 3) : i] if s.kind is not None]
    return any(s.kind in _META or s.kind in {K.NAVIGATION, K.SECTION_LABEL} for s in above)


def _classify_between_title_and_lead(seg: Segment, rules: CleanRules) -> None:
    tokens = seg.text.split()
    if _CREDIT_IN_BRACKETS.search(seg.text) or _trailing_credit(seg):
        seg.kind, seg.rule = K.IMAGE_CAPTION, "caption_credit_in_header"
    elif seg.text.isupper() and seg.words <= 4:
        seg.kind, seg.rule = K.CREDIT_LINE, "caps_line_after_title"
    elif 2 <= len(tokens) <= 4 and all(t[:1].isupper() for t in tokens if t.isalpha()):
        seg.kind, seg.rule = K.BYLINE, "name_line_after_title"
    elif seg.words >= rules.prose_min_words:
        seg.kind, seg.rule = K.LEAD, "standfirst"
    elif seg.words >= 4 and seg.text.endswith(("!", "?")):
        # "Diese Szene ging allen ans Herz!": a tabloid's opening line, no label exclaims
        seg.kind, seg.rule = K.BODY, "opening_line"
    else:
        seg.kind, seg.rule = K.SECTION_LABEL, "short_line_after_title"


class _LazyLanguage:
    """The article's language, asked of the detector only if a line needs comparing to it."""

    def __init__(self, lines: list[Segment], prose: list[int], language_of: LanguageOf | None):
        self._args = (lines, prose, language_of)
        self._value: str | None = None
        self._done = False

    def get(self) -> str | None:
        if not self._done:
            self._value, self._done = _main_language(*self._args), True
        return self._value


def _main_language(
    lines: list[Segment], prose: list[int], language_of: LanguageOf | None
) -> str | None:
    if language_of is None or not prose:
        return None
    sample = " ".join(lines[i].text for i in prose[:4])[:1500]
    language, _ = language_of(sample)
    return language


def _is_original_title(
    seg: Segment,
    i: int,
    lines: list[Segment],
    title_index: int | None,
    last_prose: int,
    rules: CleanRules,
    doc_language: _LazyLanguage,
    language_of: LanguageOf | None,
) -> bool:
    """A translated article often repeats the source headline in its own language."""
    if language_of is None or title_index is None:
        return False
    near_title = i in (title_index + 1, title_index + 2)
    if not (near_title or i > last_prose) or not _title_like(seg, rules) or seg.words < 4:
        return False
    main = doc_language.get()
    if main is None:
        return False
    language, confidence = language_of(seg.text)
    return language not in (main, "und") and confidence >= rules.original_title_min_confidence


def _cut_sensitive_spans(lines: list[Segment]) -> list[Segment]:
    """Body lines lose URLs, e-mails, IBAN/BIC and wallets; a line that is mostly such spans
    goes whole. The cut spans become segments of their own."""
    out: list[Segment] = []
    for seg in lines:
        if not seg.in_body and seg.kind != K.TITLE:
            out.append(seg)
            continue
        spans = []
        for name, pattern, kind in cues.sensitive_candidates(seg.text):
            spans.extend((m.start(), m.end(), name, kind) for m in pattern.finditer(seg.text))
        if not spans:
            out.append(seg)
            continue
        spans.sort()
        covered = sum(end - start for start, end, _, _ in spans)
        if covered >= 0.5 * len(seg.text):
            seg.kind, seg.rule = spans[0][3], f"line_of_{spans[0][2]}"
            out.append(seg)
            continue
        out.extend(_split_around(seg, spans))
    return out


def _split_around(seg: Segment, spans: list[tuple[int, int, str, K]]) -> list[Segment]:
    pieces: list[Segment] = []
    cursor = 0
    for start, end, name, kind in spans:
        if start < cursor:
            continue
        if start > cursor:
            pieces.append(_piece(seg, cursor, start, seg.kind, seg.rule))
        pieces.append(_piece(seg, start, end, kind, f"inline_{name}"))
        cursor = end
    if cursor < len(seg.text):
        pieces.append(_piece(seg, cursor, len(seg.text), seg.kind, seg.rule))
    return [p for p in pieces if p.text.strip()]


def _piece(seg: Segment, start: int, end: int, kind: K | None, rule: str) -> Segment:
    text = seg.text[start:end]
    return Segment(
        seg.start + start, seg.start + end, text, kind, rule, _words(text), line=seg.line
    )


def _assemble_body(text: str, segments: list[Segment]) -> str:
    """Body lines as paragraphs separated by blank lines; the kept pieces of one line (around
    a cut URL or account number, a markdown link's target, the breaks of a hard-wrapped
    paragraph) are rejoined as the text had them: with a space where whitespace was between
    them, without one where only the cut or the syntax was ("[Reform](…)." gives "Reform.")."""
    paragraphs = _paragraphs(text, [seg for seg in segments if seg.in_body])
    return "\n\n".join(p for p in paragraphs if p)


def _join_line(text: str, segments: list[Segment], kind: K) -> str | None:
    """The first line of ``kind`` (the title, the lead), its pieces rejoined."""
    first = next((seg.line for seg in segments if seg.kind == kind), None)
    if first is None:
        return None
    pieces = [seg for seg in segments if seg.line == first and seg.kind == kind]
    return _paragraphs(text, pieces)[0]


def _paragraphs(text: str, kept: list[Segment]) -> list[str]:
    paragraphs: list[str] = []
    previous: Segment | None = None
    for seg in kept:
        piece = seg.text.strip()
        if paragraphs and previous is not None and seg.line == previous.line:
            gap = f"{previous.text[-1:]}{text[previous.end : seg.start]}{seg.text[:1]}"
            glue = " " if any(c.isspace() for c in gap) and not seg.glue else ""
            paragraphs[-1] = " ".join(f"{paragraphs[-1]}{glue}{piece}".split())
        else:
            paragraphs.append(" ".join(piece.split()) if "\n" in piece else piece)
        previous = seg
    return paragraphs


def clean(
    raw: pa.Table, *, rules: CleanRules = DEFAULT_RULES, language_of: LanguageOf | None = None
) -> CleanResult:
    """Split each raw document into title, body and boilerplate segments.

    Removed segments are returned, not discarded, so every removal can be audited by reason.
    ``documents`` carries the key columns plus title, lead, body and length counters.
    """
    doc_rows: list[dict] = []
    seg_rows: list[dict] = []
    counts: dict[str, int] = {"documents": raw.num_rows, "segments": 0}
    for row in raw.select(["content_sha256", "document_id", "text"]).to_pylist():
        cleaned = clean_text(row["text"], rules=rules, language_of=language_of)
        boilerplate = 0
        for seq, seg in enumerate(cleaned.segments):
            kept = seg.in_body or seg.kind == K.TITLE
            boilerplate += 0 if kept else len(seg.text)
            counts[f"segments_{seg.kind}"] = counts.get(f"segments_{seg.kind}", 0) + 1
            seg_rows.append({
                "content_sha256": row["content_sha256"],
                "document_id": row["document_id"],
                "seq": seq,
                "start": seg.start,
                "end": seg.end,
                "text": seg.text,
                "kind": str(seg.kind),
                "in_body": seg.in_body,
                "rule": seg.rule,
            })
        counts["segments"] += len(cleaned.segments)
        total = sum(len(s.text) for s in cleaned.segments) or 1
        doc_rows.append({
            "content_sha256": row["content_sha256"],
            "title": cleaned.title,
            "lead": cleaned.lead,
            "body": cleaned.body,
            "raw_chars": len(row["text"]),
            "title_chars": len(cleaned.title or ""),
            "body_chars": len(cleaned.body),
            "boilerplate_chars": boilerplate,
            "boilerplate_share": boilerplate / total,
            "segment_count": len(cleaned.segments),
        })
    return CleanResult(
        pa.Table.from_pylist(doc_rows, schema=CLEAN_DOCUMENTS_SCHEMA),
        pa.Table.from_pylist(seg_rows, schema=CLEAN_SEGMENTS_SCHEMA),
        counts,
    )


CLEAN_DOCUMENTS_SCHEMA = pa.schema([
    ("content_sha256", pa.string()),
    ("title", pa.string()),
    ("lead", pa.string()),
    ("body", pa.large_string()),
    ("raw_chars", pa.int32()),
    ("title_chars", pa.int32()),
    ("body_chars", pa.int32()),
    ("boilerplate_chars", pa.int32()),
    ("boilerplate_share", pa.float64()),
    ("segment_count", pa.int32()),
])
CLEAN_SEGMENTS_SCHEMA = pa.schema([
    ("content_sha256", pa.string()),
    ("document_id", pa.string()),
    ("seq", pa.int32()),
    ("start", pa.int32()),
    ("end", pa.int32()),
    ("text", pa.string()),
    ("kind", pa.string()),
    ("in_body", pa.bool_()),
    ("rule", pa.string()),
])
