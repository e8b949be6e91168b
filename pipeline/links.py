"""Links between document versions: copies, rewrites and independent reports of one story.

Each cleaned body gets a MinHash signature over its word 3-shingles (rensa's R-MinHash), LSH band
buckets and one row per story term; all are lake tables, so a new document is compared with
every document ever ingested by joining buckets in DuckDB, never through an in-memory index that
grows with the warehouse. Candidate pairs are verified on the signatures (estimated Jaccard
similarity) and on the number of story terms they share.

Kinds, with thresholds tuned on the labelled pairs in ``eval/pairs`` (see eval/RESULTS.md):
``exact_duplicate`` (the same body after whitespace normalisation), ``near_duplicate`` (a copy
with small edits), ``rewrite`` (the same story retold: same facts and quotes, other words),
``same_story`` (another outlet's own report of the same event: no shared running text, but the
same rare names and figures within a few days). Word 3-shingles separate copies and rewrites
from different stories on the same topic, which share vocabulary but almost no three-word runs;
story terms separate independent reports of one event from those, which share the topic's
words but not its people, places and numbers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa
import rensa

from pipeline import schemas, wordrarity

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
# Story-term rows: one bucket per story term, matched within the story window like story bands.
# A pair is a candidate when it shares STORY_MIN_SHARED_TERMS terms; a term carried by more
# than STORY_TERM_MAX_DOCS documents of one window block is not specific to a story (and would
# make the join quadratic in that term's documents), so it is not counted.
STORY_TERM_BAND = -2
STORY_MIN_SHARED_TERMS = 2
STORY_TERM_MAX_DOCS = 30
# A new document keeps its STORY_MAX_PARTNERS best story-term candidates (most shared terms), so
# the work per document stays bounded where a story runs in dozens of outlets (on the synthetic
# 200k corpus: 3.0M candidates instead of 12.3M). Past the cap, which partners a document keeps
# depends on what was ingested with it, as with any capped incremental matching.
STORY_MAX_PARTNERS = 30
_WORD = re.compile(r"\w+", re.UNICODE)
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5],
                dtype=np.uint64)  # fmt: skip


@dataclass(frozen=True)
class Thresholds:
    near_duplicate: float = 0.5  # word 3-shingle Jaccard
    rewrite: float = 0.05  # word 3-shingle Jaccard
    same_story: float = 0.3  # cosine of the story vectors (candidates share story terms)


DEFAULT_THRESHOLDS = Thresholds()


def shingles(body: str, size: int = 3) -> list[str]:
    words = _WORD.findall(body.casefold())
    # shingle i joins words i .. i + size - 1; zip stops after the last whole shingle
    return list(map(" ".join, zip(*(words[i:] for i in range(size)), strict=False)))


# Story features. Independent reports of one event share no running text, but they share the
# event's rare names, words and figures; reports of another event on the same topic share the
# topic's words, and often some names, but fewer of the rare ones. Word rarity comes from
# wordfreq (Zipf scale: 3 is once per million words) in the document's language and English.
#
# Story terms (the join's candidates): capitalised words rarer than STORY_TERM_MAX_ZIPF and
# numbers of at least three digits that are not years.
# Story vector (the verification), over the title and the lead (the first STORY_LEAD_CHARS of
# the body: news writing states the event there; the background further down is what reports
# of other events about the same people share): every word rarer than STORY_COMMON_ZIPF, by its
# first STORY_STEM characters (so inflections meet), weighted by rarity (STORY_COMMON_ZIPF -
# zipf), and those numbers (weight STORY_NUMBER_WEIGHT); unit length. A capitalised word the
# word lists hardly know (rarer than STORY_NAME_ZIPF: in practice a proper name) weighs no more
# than STORY_NAME_WEIGHT: names say who a report is about, the event's words what happened,
# and reports of two events about the same people share the names.
STORY_TERM_MAX_ZIPF = 3.0
STORY_COMMON_ZIPF = 5.5
STORY_STEM = 5
STORY_NUMBER_WEIGHT = 3.0
STORY_NAME_ZIPF = 1.0
STORY_NAME_WEIGHT = 3.0
STORY_LEAD_CHARS = 700
# "12 300" and "12.300" are one number; so are "2,5" and "2.5" (digits only, separators dropped)
_TOKEN = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+(?![\d])|\d+(?:[.,]\d+)?|[^\W\d_]{3,}")
_YEAR = re.compile(r"(?:19|20)\d\d")


# Stems and story terms repeat from page to page: a per-process memo answers the repeats among
# the ~80 hashes an article needs without BLAKE2b (cleared whole when full, like wordrarity's;
# ~0.13 KB a key, so ~6 MB a batch worker at the cap).
MEMO_HASHES = 50_000
_hash_memo: dict[str, int] = {}


def stable_hash(text: str) -> int:
    """63 bits of ``text``'s BLAKE2b digest: the same in every process (it is stored)."""
    value = _hash_memo.get(text)
    if value is None:
        if len(_hash_memo) >= MEMO_HASHES:
            _hash_memo.clear()
        digest = hashlib.blake2b(text.encode(), digest_size=8).digest()
        value = _hash_memo[text] = int.from_bytes(digest) >> 1
    return value


@dataclass(frozen=True)
class StoryFeatures:
    terms: list[str]  # story terms, sorted and unique
    keys: np.ndarray  # int64 stable hashes of the vector's stems and numbers, sorted
    weights: np.ndarray  # float32, unit length


def story_features(body: str, language: str, title: str = "") -> StoryFeatures:
    """Story terms of the title and the whole body, story vector of the title and the lead.

    Past the lead only numbers and capitalised words can count, and only as terms (a set), so
    that part is read as plain strings, each distinct word looked up once: most of a body's
    tokens are there, and a match object and a rarity lookup each were most of the cost."""
    text = f"{title}\n{body}"
    lead_end = len(title) + 1 + STORY_LEAD_CHARS
    terms: set[str] = set()
    vector: dict[str, float] = {}
    words: list[str] = []
    rest_at = len(text)
    for match in _TOKEN.finditer(text):
        if match.start() >= lead_end:
            rest_at = match.start()  # the pattern has no look-behind: findall resumes alike
            break
        token = match.group()
        if token[0].isdigit():  # a number: its digits, unless it is short or a year
            digits = _story_number(token)
            if digits:
                terms.add(digits)
                vector["#" + digits] = STORY_NUMBER_WEIGHT
        else:
            words.append(token)
    keys = [word.casefold() for word in words]
    for word, key, rarity in zip(words, keys, wordrarity.zipf_list(keys, language), strict=True):
        capitalised = word[0].isupper()
        if capitalised and rarity < STORY_TERM_MAX_ZIPF:
            terms.add(key)
        if rarity < STORY_COMMON_ZIPF:
            weight = STORY_COMMON_ZIPF - rarity
            if capitalised and rarity < STORY_NAME_ZIPF:
                weight = min(weight, STORY_NAME_WEIGHT)
            stem = key[:STORY_STEM]
            vector[stem] = max(vector.get(stem, 0.0), weight)
    rest = set(_TOKEN.findall(text, rest_at))
    terms.update(filter(None, map(_story_number, {t for t in rest if t[0].isdigit()})))
    names = list({token.casefold() for token in rest if token[0].isupper()})
    rarities = wordrarity.zipf_list(names, language)
    terms.update(k for k, r in zip(names, rarities, strict=True) if r < STORY_TERM_MAX_ZIPF)
    hashed = sorted((stable_hash(key), weight) for key, weight in vector.items())
    hashes = np.array([k for k, _ in hashed], np.int64)
    weights = np.array([w for _, w in hashed], np.float32)
    norm = float(np.linalg.norm(weights))
    return StoryFeatures(sorted(terms), hashes, weights / norm if norm else weights)


def _story_number(token: str) -> str:
    """A number token's digits, or "" if it is short or a year."""
    digits = _NON_DIGIT.sub("", token)
    return digits if len(digits) >= 3 and not _YEAR.fullmatch(digits) else ""


_NON_DIGIT = re.compile(r"\D")


def story_terms(body: str, language: str) -> list[str]:
    """The document's story terms, casefolded, sorted and unique."""
    return story_features(body, language).terms


def story_similarity(a: StoryFeatures, b: StoryFeatures) -> float:
    """Cosine of two story vectors."""
    _, ia, ib = np.intersect1d(a.keys, b.keys, assume_unique=True, return_indices=True)
    return float(np.dot(a.weights[ia], b.weights[ib]))


def body_hash(body: str) -> str:
    return hashlib.sha256(" ".join(body.split()).casefold().encode()).hexdigest()


def term_bucket(term: str) -> int:
    """A story term's bucket."""
    return stable_hash(term)


def doc_key(content_sha256: str) -> int:
    """A document version's 60-bit key in the bucket table (from its content hash)."""
    return int(content_sha256[:15], 16)


# The MinHash scheme of every stored signature and the buckets made from it. Signatures of two
# schemes cannot be compared, so a lake signed under another one is re-signed before its next
# links (``pipeline.resign``). rensa's algorithm version is part of it: rensa says to rebuild
# saved signatures when it changes (its 0.5.0 did). Before MINHASH_SCHEME, signatures were
# datasketch's (SHA-1 of each shingle, then 256 affine permutations): LEGACY_MINHASH_SCHEME.
MINHASH_SCHEME = (f"rensa-rminhash-{rensa.RMinHash.ALGORITHM_VERSION}"
                  f"/perm-{NUM_PERM}/seed-{SEED}/words-3")  # fmt: skip
LEGACY_MINHASH_SCHEME = f"datasketch-sha1/perm-{NUM_PERM}/seed-{SEED}/words-3"


def signature(body: str) -> tuple[np.ndarray, int]:
    """The MinHash values (uint64 holding rensa's 32-bit slots) and shingle count of a body."""
    values, counts = signatures([body])
    return values[0], int(counts[0])


def signatures(bodies: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """``signature`` of many bodies: a (bodies, NUM_PERM) uint64 matrix and the shingle counts.

    rensa hashes a document's shingles in Rust (R-MinHash: a slot per token in a few bucket
    rounds, not a hash per token and slot), ~0.015 ms an article; making the shingle strings
    is most of the rest. datasketch's scheme, reproduced in NumPy before, cost ~0.35 ms an
    article, two thirds of it a Python call to SHA-1 per shingle. A sketch per document, not
    rensa's batch call: that one may start a thread pool, which a forked worker must not
    inherit and two busy workers on two cores cannot use."""
    out = np.empty((len(bodies), NUM_PERM), np.uint64)
    counts = np.zeros(len(bodies), np.int32)
    sketch = rensa.RMinHash
    for i, body in enumerate(bodies):
        grams = shingles(body)
        minhash = sketch(num_perm=NUM_PERM, seed=SEED)
        minhash.update(grams)  # no shingles: every slot stays at its maximum
        out[i] = minhash.digest()
        counts[i] = len(grams)
    return out, counts


def _combine(values: np.ndarray, rows: int, salt: int) -> np.ndarray:
    """One 64-bit bucket per band of ``rows`` consecutive values (wrapping multiply-add), along
    the last axis: one signature, or a matrix of them a row each."""
    width = values.shape[-1] // rows * rows
    bands = values[..., :width].reshape(*values.shape[:-1], width // rows, rows)
    with np.errstate(over="ignore"):
        mixed = (bands * _MIX[:rows]).sum(axis=-1, dtype=np.uint64)
        mixed ^= np.uint64(salt) * _MIX[0]
    return mixed.view(np.int64)


# The bands of every signature's bucket rows, in order: story bands, copy bands, exact band.
_SIGNATURE_BANDS = np.concatenate([np.arange(STORY_BANDS), STORY_BANDS + np.arange(COPY_BANDS),
                                   [EXACT_BAND]]).astype(np.int16)  # fmt: skip


def _signature_buckets(values: np.ndarray, exact: np.ndarray) -> np.ndarray:
    """The buckets of ``_SIGNATURE_BANDS`` for signatures ``values`` (one, or a row each) and
    their exact-band buckets."""
    half = values.shape[-1] // 2
    crossed = np.stack([values[..., :half], values[..., half:]], axis=-1)
    crossed = crossed.reshape(values.shape)
    return np.concatenate([
        _combine(values, STORY_ROWS, 1),
        _combine(crossed, STORY_ROWS, 3),
        _combine(values[..., : COPY_BANDS * COPY_ROWS], COPY_ROWS, 2),
        exact.astype(np.int64).reshape(*values.shape[:-1], 1),
    ], axis=-1)  # fmt: skip


def _exact_bucket(body_sha256: str) -> int:
    return int(body_sha256[:15], 16)


def buckets(values: np.ndarray, body_sha256: str) -> tuple[np.ndarray, np.ndarray]:
    """(band, bucket) arrays of one signature: story bands, copy bands and the exact band."""
    exact = np.array([_exact_bucket(body_sha256)], dtype=np.int64)
    return _SIGNATURE_BANDS.copy(), _signature_buckets(values, exact)


def is_candidate(
    a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray], shared_terms: int = 0
) -> bool:
    """Would the bucket join propose this pair (both dated within the story window)?"""
    same = a[1] == b[1]
    story = int(same[(a[0] >= 0) & (a[0] < STORY_BANDS)].sum())
    return (
        story >= STORY_MIN_HITS
        or bool(same[(a[0] >= STORY_BANDS) | (a[0] == EXACT_BAND)].any())
        or shared_terms >= STORY_MIN_SHARED_TERMS
    )


def _list_array(parts: list[np.ndarray], dtype: Any) -> pa.Array:
    """A list array of ``parts`` built from one flat buffer, not converted row by row."""
    offsets = np.zeros(len(parts) + 1, np.int32)
    np.cumsum([len(part) for part in parts], out=offsets[1:])
    flat = np.concatenate(parts) if parts else np.array([], dtype)
    return pa.ListArray.from_arrays(pa.array(offsets), pa.array(flat.astype(dtype, copy=False)))


def sign(documents: pa.Table, *, run_id: str, ingest_date: dt.date) -> tuple[pa.Table, pa.Table]:
    """Signatures and bucket rows of a batch's documents. Story buckets and story-term rows
    carry the day the document is dated (publication date, else ingest date) for the windowed
    join. A document's bucket rows are its signature's (``buckets``), then its story terms';
    the signatures' rows are computed for the whole batch at once, as one matrix."""
    n_docs = documents.num_rows
    names = documents.column_names
    published = documents.column("published_at").to_pylist() if (
        "published_at" in names) else [None] * n_docs  # fmt: skip
    languages = documents.column("language").to_pylist() if (
        "language" in names) else ["en"] * n_docs  # fmt: skip
    titles = documents.column("title").to_pylist() if "title" in names else [""] * n_docs
    bodies = documents.column("body").to_pylist()
    shas = documents.column("content_sha256").to_pylist()
    matrix, counts = signatures(bodies)
    body_shas = [body_hash(body) for body in bodies]
    stories = [
        story_features(body, language, title or "")
        for body, language, title in zip(bodies, languages, titles, strict=True)
    ]
    run_ids = pa.array([run_id] * n_docs, pa.string())
    signatures_table = pa.Table.from_arrays([
        pa.array(shas, pa.string()),
        documents.column("document_id").combine_chunks(),
        pa.array(body_shas, pa.string()),
        pa.array(counts),
        pa.ListArray.from_arrays(pa.array(np.arange(n_docs + 1, dtype=np.int32) * NUM_PERM),
                                 pa.array(matrix.reshape(-1))),
        _list_array([story.keys for story in stories], np.int64),
        _list_array([story.weights for story in stories], np.float32),
        run_ids,
        pa.array([ingest_date] * n_docs, pa.date32()),
    ], schema=schemas.SIGNATURES_SCHEMA)  # fmt: skip

    rows = np.flatnonzero(counts > 0)  # an empty body has no buckets
    exact = np.array([_exact_bucket(body_shas[i]) for i in rows], np.int64)
    fixed = _signature_buckets(matrix[rows], exact)  # (documents, len(_SIGNATURE_BANDS))
    width = len(_SIGNATURE_BANDS)
    terms = [np.array([term_bucket(t) for t in stories[i].terms], np.int64) for i in rows]
    n_terms = np.array([len(t) for t in terms], np.int64)
    per_doc = width + n_terms
    starts = np.cumsum(per_doc) - per_doc
    total = int(per_doc.sum())
    bucket = np.empty(total, np.int64)
    band = np.empty(total, np.int16)
    at_fixed = (starts[:, None] + np.arange(width)).reshape(-1)
    bucket[at_fixed] = fixed.reshape(-1)
    band[at_fixed] = np.tile(_SIGNATURE_BANDS, len(rows))
    term_starts = np.repeat(starts + width - (np.cumsum(n_terms) - n_terms), n_terms)
    at_terms = term_starts + np.arange(int(n_terms.sum()))
    bucket[at_terms] = np.concatenate(terms) if terms else np.array([], np.int64)
    band[at_terms] = STORY_TERM_BAND
    default_day = (ingest_date - EPOCH).days
    days = np.array([(published[i].date() - EPOCH).days if published[i] else default_day
                     for i in rows], np.int32)  # fmt: skip
    windowed = ((band >= 0) & (band < STORY_BANDS)) | (band == STORY_TERM_BAND)
    keys = np.array([doc_key(shas[i]) for i in rows], np.int64)
    table = pa.table({
        "doc_key": np.repeat(keys, per_doc),
        "band": band,
        "bucket": bucket,
        "day": np.where(windowed, np.repeat(days, per_doc), -1).astype(np.int32),
        "run_id": pa.array([run_id] * total, pa.string()),
        "ingest_date": pa.array([ingest_date] * total, pa.date32()),
    })  # fmt: skip
    return signatures_table, table.cast(schemas.LINK_BUCKETS_SCHEMA)


EPOCH = dt.date(1970, 1, 1)

# Candidate pairs of the new documents are found in two passes, so every join stays small
# however large the run and the warehouse, and each stored bucket row is read once per run.
#
# 1. By bucket partition (PARTITION_SQL, TERM_NEW_SQL, TERM_SPECIFIC_SQL): the new documents'
#    bucket rows (``new_part``) are joined with all stored rows of the same partition
#    (``all_part``). Story bands and story terms pair documents whose days fall in the same or a
#    neighbouring block of STORY_WINDOW_DAYS days (so every pair at most that many days apart
#    is compared, and none more than twice that): the probe side is repeated for the three
#    blocks, which keeps the join an equi-join on (band, bucket, block) that never enumerates a
#    bucket's members outside the window. Copy and exact buckets match at any date. Story-band
#    hits are counted per partition (``partial``, a file a partition) and summed after; story
#    terms are only filtered here (a term carried by more than STORY_TERM_MAX_DOCS documents of
#    one block is not specific to a story) into ``term_new`` (the new documents' terms) and
#    ``term_specific`` (every document's specific terms that a new document also has).
# 2. By new document (TERM_PAIRS_SQL over ``term_probe``, one slice of the new documents):
#    pairs sharing STORY_MIN_SHARED_TERMS specific terms; each new document keeps its
#    STORY_MAX_PARTNERS best.
PARTITION_SQL = f"""
with shifts as (select * from (values (-1), (0), (1)) as t(shift)),
probe as (
    select doc_key, band, bucket, day // {STORY_WINDOW_DAYS} + shift as block
    from new_part, shifts
    where band >= 0 and band < {STORY_BANDS}
),
story as (
    select p.doc_key as a, o.doc_key as b, 1 as kind, count(*) as n
    from probe as p join all_part as o
      on p.band = o.band and p.bucket = o.bucket
     and p.block = o.day // {STORY_WINDOW_DAYS}
    where o.band >= 0 and o.band < {STORY_BANDS} and p.doc_key <> o.doc_key
    group by 1, 2
),
wide as (
    select distinct n.doc_key as a, o.doc_key as b, 3 as kind, 1 as n
    from new_part as n join all_part as o using (band, bucket)
    where (n.band >= {STORY_BANDS} or n.band = {EXACT_BAND}) and n.doc_key <> o.doc_key
)
select * from story union all select * from wide
"""

TERM_NEW_SQL = f"""
select doc_key, bucket, day // {STORY_WINDOW_DAYS} as block
from new_part where band = {STORY_TERM_BAND}
"""

TERM_SPECIFIC_SQL = f"""
with shifts as (select * from (values (-1), (0), (1)) as t(shift)),
probe_blocks as (
    select distinct bucket, day // {STORY_WINDOW_DAYS} + shift as block
    from new_part, shifts
    where band = {STORY_TERM_BAND}
),
term_rows as (
    select doc_key, bucket, day // {STORY_WINDOW_DAYS} as block
    from all_part
    where band = {STORY_TERM_BAND}
),
specific as (
    select bucket, block from term_rows semi join probe_blocks using (bucket, block)
    group by bucket, block having count(*) <= {STORY_TERM_MAX_DOCS}
)
select o.* from term_rows as o semi join specific using (bucket, block)
"""

TERM_PAIRS_SQL = f"""
with shifts as (select * from (values (-1), (0), (1)) as t(shift)),
probe as (
    select doc_key, bucket, block + shift as block from term_probe, shifts
)
select p.doc_key as a, o.doc_key as b, count(*) as shared
from probe as p join term_specific as o using (bucket, block)
where p.doc_key <> o.doc_key
group by 1, 2
having count(*) >= {STORY_MIN_SHARED_TERMS}
qualify row_number() over (partition by p.doc_key order by count(*) desc, o.doc_key)
        <= {STORY_MAX_PARTNERS}
"""

# The candidate pairs: a pair sharing STORY_MIN_HITS story bands (summed over the partitions),
# a copy band or the exact band, or its story terms (``term_pairs``). A pair of two new
# documents is met from both sides and kept once. Run over one slice of keys at a time, on
# views of that slice named ``partial`` and ``term_pairs``.
CANDIDATES_SQL = f"""
select least(a, b) as a, greatest(a, b) as b, max(shared)::integer as shared
from (
    select a, b, 0 as shared from partial group by a, b, kind
    having kind = 3 or sum(n) >= {STORY_MIN_HITS}
    union all select a, b, shared from term_pairs
)
group by 1, 2
"""


def classify(
    similarity: float, same_body: bool, thresholds: Thresholds, story: float = 0.0
) -> tuple[str, float, float, str] | None:
    """(kind, similarity, threshold, method) of a candidate pair, or None when it is no link.
    Text first: a pair that shares its words is a copy or a rewrite whatever else it shares;
    ``story`` is the cosine of the story vectors (``story_similarity``)."""
    if same_body:
        return "exact_duplicate", 1.0, 1.0, "body_sha256"
    if similarity >= thresholds.near_duplicate:
        return "near_duplicate", similarity, thresholds.near_duplicate, "minhash_word3"
    if similarity >= thresholds.rewrite:
        return "rewrite", similarity, thresholds.rewrite, "minhash_word3"
    if story >= thresholds.same_story:
        return "same_story", story, thresholds.same_story, "story_vector"
    return None


def story_cosines(a: Any, b: Any) -> np.ndarray:
    """``story_similarity`` of each row of one sparse matrix of story vectors with the same row
    of another (``pairsigs.PairSignatures.stories``: sorted keys within a row)."""
    return np.asarray(a.multiply(b).sum(axis=1), dtype=np.float64).ravel()


def estimate(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity: the share of MinHash values two signatures share."""
    return float(np.mean(a == b))


def estimates(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``estimate`` of each row of one matrix of signatures with the same row of another."""
    return (a == b).mean(axis=1)
