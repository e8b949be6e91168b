"""Bytes to text: encodings, repair of mojibake, normalisation, and what gets rejected."""

from __future__ import annotations

import random
import unicodedata

import pytest
from builders import DE_PARAGRAPHS, DE_TITLE, article

from pipeline.ingest import Decoded, Rejected, decode
from pipeline.reasons import QuarantineReason

GERMAN = article(DE_TITLE, DE_PARAGRAPHS)  # umlauts, ß and „…“ quotes

# Latin-1 cannot hold „…“; a French page with accents on every line instead.
FRENCH = (
    "Le conseil municipal de Vaubrune a voté mardi soir un nouveau plan pour les pistes "
    "cyclables, après des mois de débats très animés entre la majorité et l'opposition.\n\n"
    "Selon la maire, les travaux commenceront dès le printemps prochain et dureront près de deux "
    "ans. Les commerçants du centre-ville craignent une baisse de fréquentation.\n\n"
    "« Nous avons écouté tout le monde », a déclaré l'adjoint chargé des transports, qui promet "
    "des aménagements à chaque carrefour où la sécurité des piétons est en jeu.\n"
)


def _mojibake(text: str) -> bytes:
    """UTF-8 bytes read as cp1252 and saved again as UTF-8: the classic double encoding."""
    return text.encode("utf-8").decode("cp1252").encode("utf-8")


@pytest.mark.parametrize(
    ("content", "encodings", "expected"),
    [
        (GERMAN.encode("utf-8"), {"utf-8"}, GERMAN),
        ("\ufeff".encode() + GERMAN.encode("utf-8"), {"utf-8-sig"}, GERMAN),
        # charset-normalizer may name a sibling code page; the text is what counts.
        (GERMAN.encode("cp1252"), {"cp1252", "cp1250", "windows-1252", "windows-1250"}, GERMAN),
        (FRENCH.encode("latin-1"), {"latin_1", "iso8859_1", "cp1252", "iso8859_15"}, FRENCH),
        (GERMAN.encode("utf-16"), {"utf-16"}, GERMAN),
    ],
    ids=["utf-8", "utf-8-bom", "cp1252-german", "latin-1-french", "utf-16-bom"],
)
def test_decode_recovers_the_original_text(
    content: bytes, encodings: set[str], expected: str
) -> None:
    result = decode(content)
    assert isinstance(result, Decoded)
    assert result.text == expected
    assert result.encoding in encodings
    assert result.repaired is False
    assert "\ufeff" not in result.text


def test_the_german_sample_exercises_legacy_code_pages() -> None:
    assert {"„", "“", "ß", "ü", "ö"} <= set(GERMAN)
    assert GERMAN.encode("cp1252") != GERMAN.encode("utf-8")


def test_utf8_bom_is_named_and_removed() -> None:
    result = decode(b"\xef\xbb\xbf" + GERMAN.encode("utf-8"))
    assert isinstance(result, Decoded)
    assert result.encoding == "utf-8-sig"
    assert result.text.startswith(DE_TITLE)


@pytest.mark.parametrize(
    "original",
    [
        "Herzliche Grüße aus München an alle Leserinnen und Leser.",
        "Viele Grüße, Ihre Redaktion – wir melden uns „bald“ wieder.",
    ],
    ids=["umlauts", "umlauts-dash-quotes"],
)
def test_mojibake_is_repaired(original: str) -> None:
    broken = _mojibake(original)
    assert "Grüße".encode() not in broken  # really broken before decoding
    result = decode(broken)
    assert isinstance(result, Decoded)
    assert result.repaired is True
    assert "Grüße" in result.text
    assert result.text == original


@pytest.mark.parametrize(
    "text",
    [
        GERMAN,
        "Er sagte: „Das ist – ehrlich gesagt – zu wenig.“ Kosten: 12 € pro Person.\n",
        "Die Firma Müller & Söhne feiert „100 Jahre“ im Städtchen Überlingen.\n",
    ],
    ids=["article", "dashes-euro", "ampersand"],
)
def test_clean_german_text_is_left_byte_identical(text: str) -> None:
    result = decode(text.encode("utf-8"))
    assert isinstance(result, Decoded)
    assert result.repaired is False
    assert result.text.encode("utf-8") == text.encode("utf-8")
    assert "„" in result.text and "“" in result.text


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", QuarantineReason.EMPTY),
        (b"   \n\t \r\n  \n", QuarantineReason.WHITESPACE_ONLY),
        (b"\xef\xbb\xbf \n ", QuarantineReason.WHITESPACE_ONLY),
        (
            bytes(random.Random(7).randrange(256) for _ in range(4096)) + b"\x00\x00",
            QuarantineReason.BINARY,
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", QuarantineReason.BINARY),
    ],
    ids=["empty", "whitespace-only", "bom-and-whitespace", "random-bytes-with-nul", "png-header"],
)
def test_non_text_is_rejected_with_a_reason(content: bytes, reason: QuarantineReason) -> None:
    result = decode(content)
    assert isinstance(result, Rejected)
    assert result.reason == reason
    assert result.detail  # a human-readable explanation travels with the reason


def test_random_bytes_with_nul_are_binary_wherever_the_nul_is() -> None:
    noise = bytes(random.Random(11).randrange(1, 256) for _ in range(2000))
    result = decode(noise[:1000] + b"\x00" + noise[1000:])
    assert isinstance(result, Rejected)
    assert result.reason == QuarantineReason.BINARY
    assert "NUL" in result.detail


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"Erste Zeile\r\nZweite Zeile\r\n", "Erste Zeile\nZweite Zeile\n"),
        (b"Alt\rMac\r", "Alt\nMac\n"),
        (b"Gemischt\r\nund\nnormal\r\n", "Gemischt\nund\nnormal\n"),
    ],
    ids=["crlf", "cr", "mixed"],
)
def test_line_endings_are_normalised(content: bytes, expected: str) -> None:
    result = decode(content)
    assert isinstance(result, Decoded)
    assert result.text == expected
    assert "\r" not in result.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mu\u0308ller fa\u0308hrt nach Ko\u0308ln.", "Müller fährt nach Köln."),
        ("Cafe\u0301 in Nume\u0301a", "Café in Numéa"),
    ],
    ids=["german-umlauts", "french-acute"],
)
def test_result_is_nfc(text: str, expected: str) -> None:
    result = decode(text.encode("utf-8"))
    assert isinstance(result, Decoded)
    assert result.text == expected
    assert unicodedata.is_normalized("NFC", result.text)
    assert "\u0308" not in result.text and "\u0301" not in result.text


def test_stray_control_characters_are_dropped_not_fatal() -> None:
    text = "Ein Absatz mit einem\x07 verirrten Steuerzeichen in einem sonst normalen Text.\n"
    result = decode(text.encode("utf-8"))
    assert isinstance(result, Decoded)
    assert result.text == text.replace("\x07", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Eintritt kostet 5 &euro; – „günstig“, sagt der Wirt.",
            "Der Eintritt kostet 5 € – „günstig“, sagt der Wirt.",
        ),
        (
            "„Grüße“ – sagte sie. Und dann noch einmal: GrÃ¼ÃŸe",
            "„Grüße“ – sagte sie. Und dann noch einmal: Grüße",
        ),
    ],
    ids=["html-entity", "mixed-clean-and-broken"],
)
def test_repair_keeps_german_quotes_and_dashes(text: str, expected: str) -> None:
    result = decode(text.encode("utf-8"))
    assert isinstance(result, Decoded)
    assert result.repaired is True
    assert result.text == expected


def test_soft_hyphens_and_zero_width_spaces_leave_the_text() -> None:
    raw = "Kasseler Woh\u00adnungs\u00adgesellschaft stoppt Neu\u200bbau\u2060projekte".encode()
    decoded = decode(raw)
    assert isinstance(decoded, Decoded)
    assert decoded.text == "Kasseler Wohnungsgesellschaft stoppt Neubauprojekte"
    # the joiner of an emoji sequence stays
    assert isinstance(family := decode("👩\u200d👧".encode()), Decoded)
    assert family.text == "👩\u200d👧"


def test_entities_in_a_copy_that_kept_its_html_tags_are_decoded() -> None:
    raw = "<p>Der Ausweis soll 120&nbsp;Euro kosten, sagte sie &bdquo;vorerst&ldquo;.</p>\n"
    decoded = decode(raw.encode())
    assert isinstance(decoded, Decoded)
    assert decoded.text.startswith("<p>Der Ausweis soll 120\u00a0Euro")
    assert "„vorerst“" in decoded.text and "&" not in decoded.text
