"""MinHash signatures, LSH bands and the link kinds, on texts written for these tests."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyarrow as pa
import pytest

from pipeline import links, schemas

TEXT = (
    "Die Stadt hat am Montag beschlossen, die alte Markthalle am Fluss nicht abzureißen, sondern "
    "bis 2027 zu einem Zentrum für Handwerk umzubauen. Die Kosten liegen bei zwölf Millionen "
    "Euro, von denen das Land die Hälfte übernehmen will. Kritik kam aus der Opposition."
)
OTHER = (
    "Der Landkreis investiert in neue Radwege entlang der Bundesstraße und will bis zum Herbst "
    "drei Lücken im Netz schließen. Die Bauarbeiten beginnen im Mai und dauern sechs Wochen."
)


def test_shingles_are_lowercase_word_triples() -> None:
    assert links.shingles("Eins zwei DREI vier") == [b"eins zwei drei", b"zwei drei vier"]
    assert links.shingles("zu kurz") == []


def test_identical_text_has_identical_signature_and_body_hash() -> None:
    a, count = links.signature(TEXT)
    b, _ = links.signature(TEXT)
    assert count > 20 and len(a) == links.NUM_PERM
    assert links.estimate(a, b) == 1.0
    assert links.body_hash(TEXT) == links.body_hash("  " + TEXT.replace(" ", "  ") + "\n")


def test_unrelated_texts_share_almost_nothing() -> None:
    a, _ = links.signature(TEXT)
    b, _ = links.signature(OTHER)
    assert links.estimate(a, b) < 0.05


@pytest.mark.parametrize(
    ("similarity", "same_body", "kind"),
    [(0.3, True, "exact_duplicate"), (0.9, False, "near_duplicate"), (0.2, False, "rewrite"),
     (0.02, False, None)],
    ids=["same-body", "copy", "rewrite", "different"],
)  # fmt: skip
def test_classify(similarity: float, same_body: bool, kind: str | None) -> None:
    found = links.classify(similarity, same_body, links.DEFAULT_THRESHOLDS)
    assert (found[0] if found else None) == kind


def test_sign_writes_one_bucket_per_band_dated_for_the_story_window() -> None:
    a, b = "a" * 64, "b" * 64
    documents = pa.table({
        "content_sha256": [a, b], "document_id": ["d1", "d2"], "body": [TEXT, "kurz"],
        "published_at": pa.array([dt.datetime(2024, 3, 2, 23, 0, tzinfo=dt.UTC), None],
                                 pa.timestamp("us", tz="UTC")),
    })  # fmt: skip
    signatures, buckets = links.sign(documents, run_id="r", ingest_date=dt.date(2024, 5, 1))
    assert signatures.schema.equals(schemas.SIGNATURES_SCHEMA)
    # the short text has no shingles and no buckets
    assert buckets.num_rows == links.STORY_BANDS + links.COPY_BANDS + 1
    assert set(buckets.column("doc_key").to_pylist()) == {links.doc_key(a)}
    days = dict(zip(buckets.column("band").to_pylist(), buckets.column("day").to_pylist(),
                    strict=True))  # fmt: skip
    assert days[0] == (dt.date(2024, 3, 2) - links.EPOCH).days  # the publication day
    assert days[links.STORY_BANDS] == -1 and days[links.EXACT_BAND] == -1
    minhash = np.array(signatures.column("minhash")[0].as_py(), dtype=np.uint64)
    assert minhash.shape == (links.NUM_PERM,)
