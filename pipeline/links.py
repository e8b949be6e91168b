"""Links between document versions that carry the same text: copies and rewrites.

Each cleaned body gets a MinHash signature over its word 3-shingles (datasketch) and LSH band
buckets; both are lake tables, so a new document is compared with every document ever ingested
by joining band buckets in DuckDB, never through an in-memory index that grows with the
warehouse. Candidate pairs are verified on the signatures (estimated Jaccard similarity).

Kinds, with thresholds tuned on the labelled pairs in ``eval/pairs`` (see eval/RESULTS.md):
``exact_duplicate`` (the same body after whitespace normalisation), ``near_duplicate`` (a copy
with small edits), ``rewrite`` (the same story retold: same facts and quotes, other words).
Word 3-shingles separate these from different stories on the same topic, which share vocabulary
but almost no three-word runs.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from pipeline import schemas

NUM_PERM = 256
BANDS = 128
ROWS = NUM_PERM // BANDS
SEED = 1
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Thresholds:
    near_duplicate: float = 0.5
    rewrite: float = 0.05


DEFAULT_THRESHOLDS = Thresholds()

SIGNATURES_SCHEMA = schemas.SIGNATURES_SCHEMA
BANDS_SCHEMA = schemas.LSH_BANDS_SCHEMA
LINKS_SCHEMA = schemas.DOCUMENT_LINKS_SCHEMA


def shingles(body: str, size: int = 3) -> list[bytes]:
    words = _WORD.findall(body.casefold())
    return [" ".join(words[i : i + size]).encode() for i in range(max(0, len(words) - size + 1))]


def body_hash(body: str) -> str:
    return hashlib.sha256(" ".join(body.split()).casefold().encode()).hexdigest()


def signature(body: str) -> tuple[np.ndarray, int]:
    from datasketch import MinHash

    grams = shingles(body)
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    if grams:
        minhash.update_batch(grams)
    return minhash.hashvalues.astype(np.uint64), len(grams)


def sign(documents: pa.Table, *, run_id: str, ingest_date) -> tuple[pa.Table, pa.Table]:
    """Signatures and LSH band buckets of a batch's documents."""
    sig_rows, band_rows = [], []
    for row in documents.select(["content_sha256", "document_id", "body"]).to_pylist():
        values, count = signature(row["body"])
        sig_rows.append({"content_sha256": row["content_sha256"],
                         "document_id": row["document_id"], "body_sha256": body_hash(row["body"]),
                         "shingles": count, "minhash": values.tolist(), "run_id": run_id,
                         "ingest_date": ingest_date})  # fmt: skip
        if count == 0:
            continue
        for band in range(BANDS):
            chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
            bucket = int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little")
            band_rows.append({
                "content_sha256": row["content_sha256"], "band": band, "bucket": bucket,
                "run_id": run_id, "ingest_date": ingest_date,
            })  # fmt: skip
    return (pa.Table.from_pylist(sig_rows, schema=SIGNATURES_SCHEMA),
            pa.Table.from_pylist(band_rows, schema=BANDS_SCHEMA))  # fmt: skip


def classify(
    similarity: float, same_body: bool, thresholds: Thresholds
) -> tuple[str, float] | None:
    if same_body:
        return "exact_duplicate", 1.0
    if similarity >= thresholds.near_duplicate:
        return "near_duplicate", thresholds.near_duplicate
    if similarity >= thresholds.rewrite:
        return "rewrite", thresholds.rewrite
    return None


def estimate(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity: the share of MinHash values two signatures share."""
    return float(np.mean(a == b))
