"""Page copies made by tools rather than by a browser's copy: markdown, link dumps, hard wraps.

The cleaning rules read lines as a browser's "select all, copy" gives them: a headline without
``#``, a link as its words, no images, one paragraph a line. Scraping tools give other shapes:
markdown exports (reader APIs, html2text, crawler frameworks: ``# Headline``,
``[words](https://…)``, ``![alt](…jpg)``, ``*   [Menu](…)``, ``**bold**``), text dumps of
text-mode browsers (lynx, w3m: ``[12]Politik`` before each link and a numbered list of
addresses at the end) and text hard-wrapped at a fixed width (html2text and lynx wrap at
~78 characters, so a paragraph is several lines and a caption two).

For such a page this module gives each logical line a *view*, the text a browser's copy would
have, for the rules to read; the segments stay pieces of the decoded text, as everything
downstream expects (``text == decoded[start:end]``): a kept line is cut into its visible
pieces and its syntax (``markup`` segments), a removed line stays whole, one segment per
source line. Plain copies (every page the rules were written on) are left exactly as they
are: each shape is recognised from the page as a whole, never from one line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.scripts import SPACELESS_LETTER

# Markdown syntax, each recognised only on a page that has enough of it (see ``detect``).
_IMAGE = re.compile(r"!\[[^\]\n]{0,500}\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"]*\")?\)")
# a link's target may hold one level of brackets (Wikipedia's "…_(Begriff)")
_LINK = re.compile(
    r"\[([^\[\]\n]{0,500})\]\((<?[^()\s]*(?:\([^()\s]*\)[^()\s]*)*>?)(?:\s+\"[^\"]*\")?\)"
)
_LINK_COUNT = re.compile(r"\]\((?:https?://|/|#|mailto:|\.\.?/)")
_HEADING = re.compile(r"^(#{1,6})\s+")
_HEADING_TAIL = re.compile(r"\s+#+\s*$")
_UNDERLINE = re.compile(r"={3,}|-{3,}")  # a setext heading's underline
_BULLET = re.compile(r"^(?:[*+-]|\d{1,3}[.)])\s+(?=\S)")
_QUOTE = re.compile(r"^(?:>\s?)+")
_TAG = re.compile(
    r"</?(?:p|br|strong|b|i|em|span|div|a|h[1-6]|time|li|ul|ol|figure|figcaption|blockquote"
    r"|section|article|header|footer|small|sup|sub)\b[^<>]{0,300}/?>",
    re.IGNORECASE,
)
_STRONG = re.compile(r"(?<![\w*])(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])"
    r"|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])"  # html2text's italics
)
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+.!<>|-])")
_AUTOLINK = re.compile(r"(<)(?:https?://|mailto:)[^>\s]+(>)")
_DEFINITION = re.compile(r"^\[[^\]\n]{1,100}\]:\s+\S+")
# a text-mode browser's link numbers: "[12]Politik", "#[1]BBC News"
_REFERENCE = re.compile(r"#?\[\d{1,4}\](?=\S)")
_REFERENCE_COUNT = re.compile(r"\[\d{1,4}\][^\s\]]")
_SHOWN = re.compile(rb"\x00+")  # runs of visible characters in a hidden-mask
_LIST_START = re.compile(r"^(?:[*+•·-]|\d{1,3}[.)])\s")

MIN_LINKS = 3  # markdown links or images on a page before its syntax is read as such
MIN_TAGS = 5  # HTML tags on a page before they are read as a scraper's leftovers
MIN_QUOTED = 5  # lines quoted with "> " (and three in five of all lines)
MIN_HEADINGS = 2  # ... or this many "# " headings and one link
MIN_REFERENCES = 5  # a text browser's link numbers
MIN_WRAPS = 4  # line pairs that read as one hard-wrapped paragraph
MAX_WRAP_WIDTH = 120  # a plain copy's paragraphs are longer lines than any wrap width
MIN_WRAP_WIDTH = 28  # narrower "paragraphs" are lists and menus


@dataclass(frozen=True, slots=True)
class Shape:
    """What a page copy is made of, found once per page."""

    markdown: bool = False
    references: bool = False
    wrap_width: int | None = None
    tags: bool = False  # a scraper kept the page's HTML tags: "<p>", "<br>", "<strong>"
    quoted: bool = False  # the page quoted in an e-mail reply: "> " before every line

    def __bool__(self) -> bool:
        return (
            self.markdown
            or self.references
            or self.wrap_width is not None
            or self.tags
            or self.quoted
        )


PLAIN = Shape()


def detect(text: str) -> Shape:
    """The shape of a page copy. Cheap on a plain page: a substring test and a line scan."""
    markdown = False
    if "](" in text:
        links = len(_LINK_COUNT.findall(text))
        headings = sum(1 for line in text.split("\n") if _HEADING.match(line))
        markdown = links >= MIN_LINKS or (headings >= MIN_HEADINGS and links >= 1)
    references = "[" in text and len(_REFERENCE_COUNT.findall(text)) >= MIN_REFERENCES
    lines = text.split("\n")
    tags = "<" in text and len(_TAG.findall(text)) >= MIN_TAGS
    quoted = ">" in text and _quoted(lines)
    if quoted:
        # (the wrap width is the reply's lines', without their "> ")
        lines = [_QUOTE.sub("", line) for line in lines]
    return Shape(markdown, references, _wrap_width(lines), tags, quoted)


def _quoted(lines: list[str]) -> bool:
    filled = [line for line in lines if line.strip()]
    marked = sum(1 for line in filled if line.lstrip().startswith(">"))
    return marked >= MIN_QUOTED and marked >= 0.6 * len(filled)


def _wrap_width(lines: list[str]) -> int | None:
    """The width the page was wrapped at, if it was: no line of words longer than
    MAX_WRAP_WIDTH, and at least MIN_WRAPS pairs of adjacent lines where the next line's first
    word would not have fit on the line before (how a greedy wrap breaks), most of them in
    mid-sentence (a plain copy's short paragraphs, one a line, end in a full stop). The width
    is the one that explains the most such pairs: 78 for html2text, ~40 for a newspaper's
    column copied out of its PDF (whose headline and page head are longer lines)."""
    stripped = [line.rstrip() for line in lines]
    lengths = set()
    for line in stripped:
        # (a print view's head and foot lay out their fields in columns: "14.03.24, 09:12
        # <spaces> page title"; they are no paragraph's line)
        if len(line) > MAX_WRAP_WIDTH and "://" not in line and "   " not in line.strip():
            return None
        if len(line) >= MIN_WRAP_WIDTH and "://" not in line:
            lengths.add(len(line))
    best, best_wraps, best_open = None, 0, 0
    for width in sorted(lengths):
        wraps = open_ends = 0
        for line, following in zip(stripped, lines[1:], strict=False):
            if _wraps_into(line, following, width):
                wraps += 1
                open_ends += line[-1] not in ".!?:;\"”“»«'’)"
        if wraps > best_wraps:
            best, best_wraps, best_open = width, wraps, open_ends
    if best is None or best_wraps < MIN_WRAPS or best_open < 0.6 * best_wraps:
        return None
    if len(SPACELESS_LETTER.findall("".join(lines))) >= 0.2 * sum(map(len, lines)):
        return None  # Chinese, Japanese, Thai: no spaces to wrap at, every line "wraps"
    return best


def _wraps_into(line: str, following: str, width: int) -> bool:
    nxt = following.strip()
    if not line.strip() or not nxt or len(line) > width:
        return False
    if _LIST_START.match(nxt) or nxt.startswith(("#", "|")) or _UNDERLINE.fullmatch(nxt):
        return False  # (a heading over its "=====" is no wrapped paragraph)
    indent = len(line) - len(line.lstrip())
    if len(following) - len(following.lstrip()) < indent:
        return False
    return len(line) + 1 + len(nxt.split(None, 1)[0]) > width


@dataclass(slots=True)
class View:
    """A logical line: the source lines it spans, and the visible runs of its joined text."""

    parts: list[tuple[int, int]]  # (start, end) in the decoded text of each stripped line
    runs: list[tuple[int, int]]  # visible (start, end) in the decoded text
    text: str  # what the rules read
    link_only: bool = False  # all of it is a link's words: a menu item, a teaser, a button
    glued: frozenset[int] = frozenset()  # runs that continue the run before them unspaced


def logical_lines(
    text: str, lines: list[tuple[int, int]], shape: Shape
) -> list[list[tuple[int, int]]]:
    """``lines`` (stripped spans) grouped into logical lines: a hard-wrapped paragraph is one."""
    if shape.wrap_width is None:
        return [[span] for span in lines]
    groups: list[list[tuple[int, int]]] = []
    previous_end = -1
    for start, end in lines:
        line_start = text.rfind("\n", 0, start) + 1
        if groups and previous_end >= 0:
            prev_start = text.rfind("\n", 0, previous_end) + 1
            between = text[previous_end:line_start]
            if between.count("\n") == 1 and _wraps_into(
                text[prev_start:previous_end], text[line_start:end], shape.wrap_width
            ):
                groups[-1].append((start, end))
                previous_end = end
                continue
        groups.append([(start, end)])
        previous_end = end
    return groups


def view(text: str, parts: list[tuple[int, int]], shape: Shape) -> View:
    """The visible runs and the browser-copy text of one logical line."""
    joined = " ".join(text[s:e] for s, e in parts)
    hidden = bytearray(len(joined))  # 1 where a character is syntax
    linked = bytearray(len(joined))  # 1 where a character is a link's words
    if shape.markdown:
        _hide_markdown(joined, hidden, linked)
    if shape.quoted and (m := _QUOTE.match(joined)):
        hidden[: m.end()] = b"\x01" * m.end()
    if shape.tags:
        for m in _TAG.finditer(joined):
            hidden[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    if shape.references:
        for m in _REFERENCE.finditer(joined):
            hidden[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        # a text browser does not mark where a link's words end: a short line that opens
        # with one ("[4]Home", "* [27]Picture of the bridge") is taken for a link
        m = _REFERENCE.search(joined)
        if m and not joined[: m.start()].strip(" *+-#•") and len(joined.split()) <= 8:
            linked[m.end() :] = b"\x01" * (len(joined) - m.end())
    # A word hyphenated at a line break ("Bür-" / "germeister") is one word again: the hyphen
    # is hidden and the halves join; before a capital ("CDU-" / "Fraktion") it stays.
    glue_parts: set[int] = set()
    position = 0
    for k, (part_start, part_end) in enumerate(parts[:-1]):
        end = position + part_end - part_start  # the part's end in ``joined``
        after = joined[end + 1 : end + 2]
        if joined[end - 1 : end] == "-" and joined[end - 2 : end - 1].isalpha() and after.isalpha():
            if after.islower():
                hidden[end - 1] = 1
            glue_parts.add(k + 1)
        position = end + 1
    runs: list[tuple[int, int]] = []
    glued: set[int] = set()
    text_view = ""
    link_only = 1 in linked and not _HEADING.match(joined)
    position = 0  # where the part starts in ``joined``
    for k, (part_start, part_end) in enumerate(parts):
        length = part_end - part_start
        first = True
        for m in _SHOWN.finditer(hidden, position, position + length):
            a, b = m.span()
            piece = joined[a:b]
            left = len(piece) - len(piece.lstrip())
            right = len(piece.rstrip())
            if right <= left:
                continue
            glue = first and k in glue_parts and a == position
            if glue and runs:
                glued.add(len(runs))
            runs.append((part_start + a - position + left, part_start + a - position + right))
            text_view += piece.strip() if glue else " " + piece
            first = False
            if link_only and 0 in linked[a:b]:
                link_only = all(linked[k] or joined[k].isspace() for k in range(a, b))
        position += length + 1
    return View(
        parts, runs, " ".join(text_view.split()), link_only and bool(runs), frozenset(glued)
    )


_IMAGE_TEXT = re.compile(r"!\[([^\]\n]{0,500})\]\(")


def image_texts(line: str) -> list[str]:
    """The alt texts of a line's markdown images (none: not an image line)."""
    if "![" not in line or _IMAGE.search(line) is None:
        return []
    return [m.group(1) for m in _IMAGE_TEXT.finditer(line)] or [""]


def _hide_markdown(line: str, hidden: bytearray, linked: bytearray) -> None:
    def hide(start: int, end: int) -> None:
        hidden[start:end] = b"\x01" * (end - start)

    if _DEFINITION.match(line) or _UNDERLINE.fullmatch(line.strip()):
        hide(0, len(line))  # (a heading's "=====" underline: syntax only)
        return
    for m in _IMAGE.finditer(line):
        hide(m.start(), m.end())
    masked = "".join("\x00" if hidden[k] else c for k, c in enumerate(line))
    for m in _LINK.finditer(masked):
        hide(m.start(), m.start(1))
        hide(m.end(1), m.end())
        linked[m.start(1) : m.end(1)] = b"\x01" * (m.end(1) - m.start(1))
    for pattern in (_HEADING, _QUOTE):
        m = pattern.match(line)
        if m:
            hide(0, m.end())
    m = _HEADING.match(line) and _HEADING_TAIL.search(line)
    if m:
        hide(m.start(), m.end())
    rest = next((k for k in range(len(line)) if not hidden[k] and not line[k].isspace()), None)
    if rest is not None:
        m = _BULLET.match(line, rest)
        if m and line[rest] in "*+-":  # not "1. ": a numbered paragraph is text
            hide(rest, m.end())
    for m in _STRONG.finditer(line):
        hide(m.start(), m.start(2))
        hide(m.end(2), m.end())
    for m in _EMPHASIS.finditer(line):
        inner = 1 if m.group(1) is not None else 2
        hide(m.start(), m.start(inner))
        hide(m.end(inner), m.end())
    for m in _ESCAPE.finditer(line):
        hide(m.start(), m.start() + 1)
    for m in _AUTOLINK.finditer(line):
        hide(m.start(1), m.end(1))
        hide(m.start(2), m.end(2))
