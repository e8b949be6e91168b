"""Bytes to clean Unicode text, or a quarantine reason.

Most landing files are valid UTF-8, so strict UTF-8 is tried first and charset-normalizer only
runs on the rest. ftfy is expensive (~3 ms a document) and its defaults rewrite German „quotes“,
so it only runs on text that shows mojibake or HTML-entity markers, with quote uncurling off.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from dataclasses import dataclass, field

import ftfy
import pyarrow as pa
from charset_normalizer import from_bytes

from pipeline import schemas
from pipeline.reasons import QuarantineReason

# Sequences that UTF-8 read as cp1252/latin-1 produces (Ã¤, â€ž, Â ...) and HTML entities.
_MOJIBAKE = re.compile(
    r"[ÃÂâÅÄ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    r"\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    r"|&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});"
)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Marks that print nothing and break words for every later step: soft hyphens ("Woh\xadnungs"),
# zero-width spaces, word joiners, a byte-order mark inside the text. (Not the zero-width
# joiner of emoji sequences and Indic scripts.)
_INVISIBLE_MARKS = ("\u00ad", "\u200b", "\u2060", "\ufeff")
_INVISIBLE = re.compile(f"[{''.join(_INVISIBLE_MARKS)}]")
_FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    normalization="NFC",
)
BINARY_CONTROL_SHARE = 0.01


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    repaired: bool


@dataclass(frozen=True, slots=True)
class Rejected:
    reason: QuarantineReason
    detail: str


def decode(content: bytes) -> Decoded | Rejected:
    """Decode, repair and NFC-normalise one file's bytes, or say why it is not an article."""
    if not content:
        return Rejected(QuarantineReason.EMPTY, "file has 0 bytes")
    encoding, text = _decode_bytes(content)
    if text is None:
        return Rejected(QuarantineReason.UNDECODABLE, "no text encoding fits the bytes")
    if encoding is None:
        return Rejected(QuarantineReason.BINARY, text)
    controls = len(_CONTROL.findall(text))
    if controls > max(2, BINARY_CONTROL_SHARE * len(text)):
        return Rejected(
            QuarantineReason.BINARY,
            f"{controls} control characters in {len(text)} decoded characters ({encoding})",
        )
    text = _CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    if any(mark in text for mark in _INVISIBLE_MARKS):  # (four scans cost less than a sub)
        text = _INVISIBLE.sub("", text)
    repaired = False
    if _MOJIBAKE.search(text):
        fixed = ftfy.fix_text(text, config=_FTFY_CONFIG)
        if "<" in fixed and _ENTITY.search(fixed):
            # ftfy leaves entities alone in text with tags in it ("<p>… 120&nbsp;Euro"): a
            # scraper's copy of the page's markup, whose entities are characters all the same
            fixed = _ENTITY.sub(lambda m: html.unescape(m.group()), fixed)
        repaired = fixed != text
        text = fixed
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        return Rejected(QuarantineReason.WHITESPACE_ONLY, "file holds only white space")
    return Decoded(text, encoding, repaired)


def _decode_bytes(content: bytes) -> tuple[str | None, str | None]:
    """(encoding, text); encoding None means binary with text as the detail."""
    if content.startswith(b"\xef\xbb\xbf"):
        try:
            return "utf-8-sig", content.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return "utf-16", content.decode("utf-16")
        except UnicodeDecodeError:
            pass
    head = content[:8192]
    if b"\x00" in head:
        return None, f"NUL bytes in the first {len(head)} bytes"
    try:
        return "utf-8", content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(content).best()
    if best is None:
        return None, None
    return best.encoding, str(best)


@dataclass(frozen=True, slots=True)
class IngestResult:
    raw_documents: pa.Table
    quarantine: pa.Table
    counts: dict[str, int] = field(default_factory=dict)


def ingest(files: pa.Table, *, run_id: str, ingest_date: dt.date, now: dt.datetime) -> IngestResult:
    """Decode every file of a batch; undecodable ones become quarantine rows, never errors.

    ``files`` has source_path, document_id, version, content_sha256, size_bytes, mtime and
    content (null when the file was over the size cap or could not be read, with ``detail``).
    """
    raw_rows: list[dict] = []
    quarantine_rows: list[dict] = []
    counts = {"files": files.num_rows, "decoded": 0, "repaired": 0}
    for row in files.to_pylist():
        content = row["content"]
        if content is None:
            reason = QuarantineReason(row["error_reason"])
            quarantine_rows.append(
                quarantine_row(row, reason, row["error_detail"], "ingest", run_id, ingest_date, now)
            )
            continue
        result = decode(content)
        if isinstance(result, Rejected):
            quarantine_rows.append(
                quarantine_row(
                    row, result.reason, result.detail, "ingest", run_id, ingest_date, now
                )
            )
            continue
        counts["decoded"] += 1
        counts["repaired"] += int(result.repaired)
        raw_rows.append({
            **{key: row[key] for key in ("content_sha256", "document_id", "version")},
            **{key: row[key] for key in ("source_path", "size_bytes", "mtime", "content")},
            "encoding": result.encoding,
            "repaired": result.repaired,
            "text": result.text,
            "run_id": run_id,
            "ingest_date": ingest_date,
        })
    for row in quarantine_rows:
        key = f"quarantined_{row['reason']}"
        counts[key] = counts.get(key, 0) + 1
    return IngestResult(
        pa.Table.from_pylist(raw_rows, schema=schemas.RAW_DOCUMENTS_SCHEMA),
        pa.Table.from_pylist(quarantine_rows, schema=schemas.QUARANTINE_SCHEMA),
        counts,
    )


def quarantine_row(
    row: dict,
    reason: QuarantineReason,
    detail: str,
    stage: str,
    run_id: str,
    ingest_date: dt.date,
    now: dt.datetime,
) -> dict:
    """One quarantine record; the raw bytes travel with it so nothing is lost."""
    import hashlib

    key = f"{row['source_path']}|{row.get('content_sha256')}|{reason}"
    return {
        "quarantine_id": hashlib.sha256(key.encode()).hexdigest()[:16],
        "source_path": row["source_path"],
        "document_id": row["document_id"],
        "content_sha256": row.get("content_sha256"),
        "size_bytes": row["size_bytes"],
        "mtime": row.get("mtime"),
        "stage": stage,
        "reason": str(reason),
        "detail": detail,
        "content": row.get("content"),
        "quarantined_at": now,
        "run_id": run_id,
        "ingest_date": ingest_date,
    }
