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

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from pipeline import schemas

NUM_PERM = 256
SEED = 1
# Story bands find rewrites (Jaccard ~0.1-0.3): 256 bands of 2 values (each value in two bands:
# neighbours, and the value 128 places on), matched only between documents dated within
# STORY_WINDOW_DAYS of each other and only when at least STORY_MIN_HITS bands agree. Unwindowed,
# bands this loose pair every document with every other that shares a few stock phrases
# (quadratic at scale); a rewrite is published within days.
STORY_BANDS, STORY_ROWS = 256, 2
STORY_WINDOW_DAYS = 3
STORY_MIN_HITS = 2
# Copy bands find near-duplicates (Jaccard >= 0.5) across all time: 32 bands of 4 values.
COPY_BANDS, COPY_ROWS = 32, 4
EXACT_BAND = -1  # one bucket per normalised body: exact copies, whenever they were published
_WORD = re.compile(r"\w+", re.UNICODE)
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5],
                dtype=np.uint64)  # fmt: skip


@dataclass(frozen=True)
class Thresholds:
    near_duplicate: float = 0.5
    rewrite: float = 0.05


DEFAULT_THRESHOLDS = Thresholds()


def shingles(body: str, size: int = 3) -> list[bytes]:
    words = _WORD.findall(body.casefold())
    return [" ".join(words[i : i + size]).encode() for i in range(max(0, len(words) - size + 1))]


def body_hash(body: str) -> str:
    return hashlib.sha256(" ".join(body.split()).casefold().encode()).hexdigest()


def doc_key(content_sha256: str) -> int:
    """A document version's 60-bit key in the bucket table (from its content hash)."""
    return int(content_sha256[:15], 16)


def signature(body: str) -> tuple[np.ndarray, int]:
    from datasketch import MinHash

    grams = shingles(body)
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    if grams:
        minhash.update_batch(grams)
    return minhash.hashvalues.astype(np.uint64), len(grams)


def signatures(bodies: list[str]) -> list[tuple[np.ndarray, int]]:
    """``signature`` of many bodies at once: datasketch's bulk mode shares the permutations
    and runs about twice as fast as one MinHash at a time (same values)."""
    from datasketch import MinHash

    grams = [shingles(body) for body in bodies]
    with_grams = [g for g in grams if g]
    hashed = iter(MinHash.bulk(with_grams, num_perm=NUM_PERM, seed=SEED) if with_grams else [])
    empty = MinHash(num_perm=NUM_PERM, seed=SEED).hashvalues.astype(np.uint64)
    return [(next(hashed).hashvalues.astype(np.uint64), len(g)) if g else (empty, 0)
            for g in grams]  # fmt: skip


def _combine(values: np.ndarray, rows: int, salt: int) -> np.ndarray:
    """One 64-bit bucket per band of ``rows`` consecutive values (wrapping multiply-add)."""
    bands = values[: len(values) // rows * rows].reshape(-1, rows)
    with np.errstate(over="ignore"):
        mixed = (bands * _MIX[:rows]).sum(axis=1, dtype=np.uint64)
        mixed ^= np.uint64(salt) * _MIX[0]
    return mixed.view(np.int64)


def buckets(values: np.ndarray, body_sha256: str) -> tuple[np.ndarray, np.ndarray]:
    """(band, bucket) arrays of one signature: story bands, copy bands and the exact band."""
    half = len(values) // 2
    crossed = np.stack([values[:half], values[half:]], axis=1).reshape(-1)
    story = np.concatenate([_combine(values, STORY_ROWS, 1), _combine(crossed, STORY_ROWS, 3)])
    copy = _combine(values[: COPY_BANDS * COPY_ROWS], COPY_ROWS, 2)
    exact = np.array([int(body_sha256[:15], 16)], dtype=np.int64)
    bands = np.concatenate([np.arange(STORY_BANDS), STORY_BANDS + np.arange(COPY_BANDS),
                            [EXACT_BAND]]).astype(np.int16)  # fmt: skip
    return bands, np.concatenate([story, copy, exact])


def is_candidate(a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray]) -> bool:
    """Would the bucket join propose this pair (both dated within the story window)?"""
    same = a[1] == b[1]
    story = int(same[(a[0] >= 0) & (a[0] < STORY_BANDS)].sum())
    return story >= STORY_MIN_HITS or bool(same[(a[0] >= STORY_BANDS) | (a[0] < 0)].any())


def sign(documents: pa.Table, *, run_id: str, ingest_date: dt.date) -> tuple[pa.Table, pa.Table]:
    """Signatures and bucket rows of a batch's documents. A story bucket carries the day the
    document is dated (publication date, else ingest date) for the windowed join."""
    sig_rows = []
    keys, bands, values_out, days = [], [], [], []
    default_day = (ingest_date - EPOCH).days
    published = documents.column("published_at").to_pylist() if (
        "published_at" in documents.column_names) else [None] * documents.num_rows  # fmt: skip
    rows = documents.select(["content_sha256", "document_id", "body"]).to_pylist()
    signed = signatures([row["body"] for row in rows])
    for row, when, (values, count) in zip(rows, published, signed, strict=True):
        body_sha = body_hash(row["body"])
        sig_rows.append({"content_sha256": row["content_sha256"],
                         "document_id": row["document_id"], "body_sha256": body_sha,
                         "shingles": count, "minhash": values.tolist(), "run_id": run_id,
                         "ingest_date": ingest_date})  # fmt: skip
        if count == 0:
            continue
        band, bucket = buckets(values, body_sha)
        day = (when.date() - EPOCH).days if when else default_day
        keys.append(np.full(len(band), doc_key(row["content_sha256"]), dtype=np.int64))
        bands.append(band)
        values_out.append(bucket)
        days.append(np.where((band >= 0) & (band < STORY_BANDS), day, -1).astype(np.int32))
    n = sum(len(k) for k in keys)
    table = pa.table({
        "doc_key": np.concatenate(keys) if keys else np.array([], np.int64),
        "band": np.concatenate(bands) if bands else np.array([], np.int16),
        "bucket": np.concatenate(values_out) if values_out else np.array([], np.int64),
        "day": np.concatenate(days) if days else np.array([], np.int32),
        "run_id": pa.array([run_id] * n, pa.string()),
        "ingest_date": pa.array([ingest_date] * n, pa.date32()),
    })  # fmt: skip
    return (pa.Table.from_pylist(sig_rows, schema=schemas.SIGNATURES_SCHEMA),
            table.cast(schemas.LINK_BUCKETS_SCHEMA))  # fmt: skip


EPOCH = dt.date(1970, 1, 1)

# Candidate pairs of the new documents. Story buckets pair documents whose days fall in the
# same or a neighbouring block of STORY_WINDOW_DAYS days (so every pair at most that many days
# apart is compared, and none more than twice that): the probe side is repeated for the three
# blocks, which keeps the join an equi-join on (band, bucket, block) that never enumerates a
# bucket's members outside the window. Copy and exact buckets match at any date.
CANDIDATES_SQL = f"""
with probe as (
    select doc_key, band, bucket, day // {STORY_WINDOW_DAYS} + shift as block
    from new_buckets, (values (-1), (0), (1)) as t(shift)
    where band >= 0 and band < {STORY_BANDS}
),
story_hits as (
    select p.doc_key as a, o.doc_key as b
    from probe as p join all_buckets as o
      on p.band = o.band and p.bucket = o.bucket
     and p.block = o.day // {STORY_WINDOW_DAYS}
    where o.band >= 0 and o.band < {STORY_BANDS} and p.doc_key <> o.doc_key
),
story as (
    select a, b from story_hits group by a, b having count(*) >= {STORY_MIN_HITS}
),
wide as (
    select n.doc_key as a, o.doc_key as b
    from new_buckets as n join all_buckets as o using (band, bucket)
    where (n.band >= {STORY_BANDS} or n.band = {EXACT_BAND}) and n.doc_key <> o.doc_key
)
select distinct least(a, b) as a, greatest(a, b) as b
from (select * from story union all select * from wide)
"""


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


def estimate_many(
    matrix: np.ndarray, a: np.ndarray, b: np.ndarray, chunk: int = 50_000
) -> np.ndarray:
    """``estimate`` for many pairs of rows of a signature matrix, in bounded memory."""
    out = np.empty(len(a), dtype=np.float64)
    for start in range(0, len(a), chunk):
        end = start + chunk
        out[start:end] = (matrix[a[start:end]] == matrix[b[start:end]]).mean(axis=1)
    return out
