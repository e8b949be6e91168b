"""MinHash signatures, LSH bands and the link kinds, on texts written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest
from scipy import sparse

from pipeline import links, pairsigs, schemas

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
    assert links.shingles("Eins zwei DREI vier") == ["eins zwei drei", "zwei drei vier"]
    assert links.shingles("zu kurz") == []


def test_identical_text_has_identical_signature_and_body_hash() -> None:
    a, count = links.signature(TEXT)
    b, _ = links.signature(TEXT)
    assert count > 20 and len(a) == links.NUM_PERM
    assert links.estimate(a, b) == 1.0
    assert links.body_hash(TEXT) == links.body_hash("  " + TEXT.replace(" ", "  ") + "\n")


def test_bulk_signatures_equal_one_by_one() -> None:
    bodies = [TEXT, "", "zwei Wörter", OTHER, "Äpfel, Birnen und 12 Öfen: Müller sagt ja."]
    matrix, counts = links.signatures(bodies)
    assert matrix.shape == (len(bodies), links.NUM_PERM) and matrix.dtype == np.uint64
    for body, values, count in zip(bodies, matrix, counts, strict=True):
        one, one_count = links.signature(body)
        assert np.array_equal(values, one) and count == one_count
    assert counts.tolist()[1:3] == [0, 0]  # no whole shingle: the empty signature
    assert (matrix[1] == np.iinfo(np.uint32).max).all()
    assert (matrix < 2**32).all()  # stored and staged as 32-bit slots


def test_signature_values_are_pinned_to_the_scheme() -> None:
    """Stored signatures are compared with new ones for ever: values may change only with
    ``MINHASH_SCHEME`` (whose change re-signs the lake). A rensa release that changes them
    without a new algorithm version fails here."""
    values, count = links.signature("Eins zwei drei vier fünf sechs")
    assert count == 4
    assert links.MINHASH_SCHEME == "rensa-rminhash-2/perm-256/seed-1/words-3"
    assert values[:4].tolist() == [3270061488, 3870040564, 3613309012, 3564978635]


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
        "content_sha256": [a, b], "document_id": ["d1", "d2"], "body": [REPORT_A, "kurz"],
        "published_at": pa.array([dt.datetime(2024, 3, 2, 23, 0, tzinfo=dt.UTC), None],
                                 pa.timestamp("us", tz="UTC")),
        "language": ["de", "de"],
    })  # fmt: skip
    signatures, buckets = links.sign(documents, run_id="r", ingest_date=dt.date(2024, 5, 1))
    assert signatures.schema.equals(schemas.SIGNATURES_SCHEMA)
    terms = links.story_terms(REPORT_A, "de")
    story = links.story_features(REPORT_A, "de")
    assert signatures.column("story_keys").to_pylist()[0] == story.keys.tolist()
    # the short text has no shingles and no buckets; the report one row per story term
    assert buckets.num_rows == links.STORY_BANDS + links.COPY_BANDS + 1 + len(terms)
    assert set(buckets.column("doc_key").to_pylist()) == {links.doc_key(a)}
    band, bucket = buckets.column("band").to_numpy(), buckets.column("bucket").to_numpy()
    assert sorted(bucket[band == links.STORY_TERM_BAND]) == sorted(map(links.term_bucket, terms))
    days = dict(zip(band.tolist(), buckets.column("day").to_pylist(), strict=False))
    publication_day = (dt.date(2024, 3, 2) - links.EPOCH).days
    assert days[0] == publication_day and days[links.STORY_TERM_BAND] == publication_day
    assert days[links.STORY_BANDS] == -1 and days[links.EXACT_BAND] == -1
    minhash = np.array(signatures.column("minhash")[0].as_py(), dtype=np.uint64)
    assert minhash.shape == (links.NUM_PERM,)


def test_sign_batch_rows_are_each_documents_buckets_then_its_terms() -> None:
    """``sign`` computes a batch's bucket rows as one matrix: they must be, document by
    document and in order, what ``buckets`` gives for one signature, then its story terms."""
    bodies = [REPORT_A, "", REPORT_B, TEXT, "zwei Wörter", OTHER]
    shas = [f"{i:x}" * 64 for i in range(len(bodies))]
    days = [dt.datetime(2024, 3, 2, tzinfo=dt.UTC), None, None,
            dt.datetime(2023, 1, 9, tzinfo=dt.UTC), None, None]  # fmt: skip
    documents = pa.table({
        "content_sha256": shas, "document_id": [f"d{i}" for i in range(len(bodies))],
        "body": bodies, "title": ["Lagertank undicht", None, "", "Markthalle", "", "Radwege"],
        "published_at": pa.array(days, pa.timestamp("us", tz="UTC")), "language": ["de"] * 6,
    })  # fmt: skip
    ingest = dt.date(2024, 5, 1)
    signatures, table = links.sign(documents, run_id="r", ingest_date=ingest)
    expected: list[tuple[int, int, int, int]] = []
    for sha, body, title, when in zip(shas, bodies, documents.column("title").to_pylist(), days,
                                      strict=True):  # fmt: skip
        values, count = links.signature(body)
        if count == 0:
            continue
        band, bucket = links.buckets(values, links.body_hash(body))
        terms = links.story_features(body, "de", title or "").terms
        band = [*band.tolist(), *[links.STORY_TERM_BAND] * len(terms)]
        bucket = [*bucket.tolist(), *map(links.term_bucket, terms)]
        day = ((when.date() if when else ingest) - links.EPOCH).days
        for b, k in zip(band, bucket, strict=True):
            windowed = 0 <= b < links.STORY_BANDS or b == links.STORY_TERM_BAND
            expected.append((links.doc_key(sha), b, k, day if windowed else -1))
    got = list(zip(*(table.column(c).to_pylist() for c in ("doc_key", "band", "bucket", "day")),
                   strict=True))  # fmt: skip
    assert got == expected
    assert table.schema.equals(schemas.LINK_BUCKETS_SCHEMA)
    assert signatures.column("shingles").to_pylist()[1] == 0
    assert signatures.column("minhash").to_pylist()[2] == links.signature(REPORT_B)[0].tolist()
    weights = signatures.column("story_weights").to_pylist()
    assert weights[3] == pytest.approx(links.story_features(TEXT, "de", "Markthalle").weights)
    empty = links.sign(documents.slice(0, 0), run_id="r", ingest_date=ingest)
    assert [t.num_rows for t in empty] == [0, 0]
    assert empty[0].schema.equals(schemas.SIGNATURES_SCHEMA)


def test_stable_hash_memo_gives_blake2b_values_across_clears(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import hashlib

    monkeypatch.setattr(links, "MEMO_HASHES", 3)
    monkeypatch.setattr(links, "_hash_memo", {})
    words = ["salpe", "feuer", "quell", "salpe", "gunna", "feuer", "salpe"] * 3
    for word in words:
        digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
        assert links.stable_hash(word) == int.from_bytes(digest) >> 1
        assert len(links._hash_memo) <= 3


# Two reporters' own accounts of one invented event, and a report of another event on the same
# topic: the first two share names and figures but hardly a three-word run.
REPORT_A = (
    "Im Chemiewerk Quellbrück ist am Dienstagabend ein Lagertank mit 4.800 Litern Salpetersäure "
    "undicht geworden. Werksleiter Gunnar Ottmers sagte, die Säure sei in eine Auffangwanne "
    "gelaufen. Die Feuerwehr Quellbrück war mit 85 Einsatzkräften vor Ort, Anwohner im Ortsteil "
    "Hasselkamp sollten Fenster und Türen geschlossen halten."
)
REPORT_B = (
    "Großeinsatz in Hasselkamp: Weil aus einem Behälter der Firma Ottmers-Chemie in Quellbrück "
    "Salpetersäure austrat, rückten 85 Feuerwehrleute an. Rund 4.800 Liter seien betroffen "
    "gewesen, erklärte Kreisbrandmeisterin Ilka Sommerfeld am Mittwoch. Verletzt wurde niemand."
)
OTHER_EVENT = (
    "In einem Galvanikbetrieb in Dornhagen ist am Freitag Natronlauge ausgelaufen. Die Feuerwehr "
    "war mit 30 Kräften im Einsatz, Betriebsleiterin Marlene Hülsbusch sprach von einem Defekt "
    "an einer Pumpe. Für Anwohner bestand keine Gefahr."
)


def test_story_terms_are_the_rare_names_and_figures() -> None:
    terms = links.story_terms(REPORT_A, "de")
    assert {"quellbrück", "ottmers", "hasselkamp", "salpetersäure", "4800"} <= set(terms)
    # common words, even capitalised ones, and short numbers are not story terms
    assert not {"feuerwehr", "dienstagabend", "die", "anwohner", "85"} & set(terms)
    assert terms == sorted(set(terms))
    assert links.story_terms("Die Wahl 2024 brachte 1.250 Stimmen mehr.", "de") == ["1250"]
    assert links.story_terms("Es kamen 12 300 Menschen.", "de") == ["12300"]  # one number
    assert links.story_terms("no names here at all", "en") == []


def test_story_vector_is_unit_length_and_weighs_rare_words_more() -> None:
    story = links.story_features(REPORT_A, "de")
    assert len(story.keys) == len(story.weights) > 10
    assert np.all(np.diff(story.keys) > 0)  # sorted and unique
    assert float(np.linalg.norm(story.weights)) == pytest.approx(1.0)
    weight = dict(zip(story.keys.tolist(), story.weights.tolist(), strict=True))
    rare, common = links.stable_hash("salpe"), links.stable_hash("feuer")  # stems of 5 letters
    assert weight[rare] > weight[common] > 0
    assert links.stable_hash("die") not in weight  # too common to say anything
    assert links.story_similarity(story, story) == pytest.approx(1.0)


def test_independent_reports_are_one_story_and_other_events_are_not() -> None:
    a, b, other = (links.story_features(t, "de") for t in (REPORT_A, REPORT_B, OTHER_EVENT))
    assert len(set(a.terms) & set(b.terms)) >= links.STORY_MIN_SHARED_TERMS
    assert links.estimate(links.signature(REPORT_A)[0], links.signature(REPORT_B)[0]) < 0.05
    story = links.story_similarity(a, b)
    found = links.classify(0.01, False, links.DEFAULT_THRESHOLDS, story)
    assert found == ("same_story", story, links.DEFAULT_THRESHOLDS.same_story, "story_vector")
    assert links.story_similarity(a, other) < links.DEFAULT_THRESHOLDS.same_story
    # the sparse form the links stage multiplies gives the same cosines
    rows = pa.table({
        "story_keys": pa.array([s.keys for s in (a, a, b, other)], pa.list_(pa.int64())),
        "story_weights": pa.array([s.weights for s in (a, a, b, other)], pa.list_(pa.float32())),
    })  # fmt: skip
    keys, weights, lengths = pairsigs._canonical_stories(rows["story_keys"], rows["story_weights"])
    matrix = sparse.csr_matrix((weights, keys, np.concatenate([[0], np.cumsum(lengths)])),
                               shape=(4, pairsigs.STORY_COLUMNS))  # fmt: skip
    many = links.story_cosines(matrix[[0, 1]], matrix[[2, 3]])
    assert many == pytest.approx([story, links.story_similarity(a, other)], abs=1e-6)


@pytest.mark.parametrize(
    ("similarity", "story", "kind"),
    [(0.2, 0.9, "rewrite"), (0.01, 0.5, "same_story"), (0.01, 0.2, None)],
    ids=["shared-text-wins", "same-story", "same-topic"],
)  # fmt: skip
def test_classify_story(similarity: float, story: float, kind: str | None) -> None:
    found = links.classify(similarity, False, links.DEFAULT_THRESHOLDS, story)
    assert (found[0] if found else None) == kind


def test_story_vector_reads_the_title_and_lead_and_terms_the_whole_body() -> None:
    tail = " Hintergrund:" + " Die Firma Ottmers-Chemie beschäftigt in Quellbrück Leute." * 20
    tail += " Sprecherin Wiebke Trautvetter nannte 7.450 Liter."
    lead_only = links.story_features(REPORT_A, "de", "Großalarm in Quellbrück")
    with_tail = links.story_features(REPORT_A.ljust(links.STORY_LEAD_CHARS) + tail, "de",
                                     "Großalarm in Quellbrück")  # fmt: skip
    assert np.array_equal(lead_only.keys, with_tail.keys)  # background further down is ignored
    # ... by the vector, not by the terms: a rare name and a figure past the lead are terms
    assert {"trautvetter", "7450"} <= set(with_tail.terms) - set(lead_only.terms)
    assert "sprecherin" not in with_tail.terms  # capitalised, but a common word
    assert "grossalarm" in lead_only.terms  # the title counts (casefolded)
    untitled = links.story_features(REPORT_A, "de")
    assert links.stable_hash("gross") in lead_only.keys.tolist()
    assert links.stable_hash("gross") not in untitled.keys.tolist()


def test_a_run_without_bucket_rows_has_no_candidates(tmp_path: Path) -> None:
    """Documents too short to sign write empty bucket files: the partitioned join finds no
    pair instead of failing on partitions that were never written."""
    import duckdb
    import pyarrow.parquet as pq

    from pipeline import stages

    empty = tmp_path / "run-b00001.parquet"
    pq.write_table(schemas.LINK_BUCKETS_SCHEMA.empty_table(), empty)
    with duckdb.connect() as con:
        stages._candidate_pairs(con, [empty], [empty], tmp_path / "spill")
        assert con.execute("select count(*) from pairs").fetchone() == (0,)


def test_candidate_pairs_come_in_key_order_across_partitions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The links stage verifies the pairs file a chunk at a time, in the order it was written:
    the pairs of every partition, once each, sorted by key (no window numbers them)."""
    import random

    import duckdb
    import pyarrow.parquet as pq

    from pipeline import stages

    keys = random.Random(5).sample(range(2**60), 300)  # 60-bit, as links.doc_key
    rows = []
    for i, key in enumerate(keys):  # each document shares a copy band with the next
        for bucket in (i, i + 1):
            rows.append({"doc_key": key, "band": links.STORY_BANDS, "bucket": bucket, "day": -1,
                         "run_id": "r", "ingest_date": dt.date(2026, 1, 1)})  # fmt: skip
    path = tmp_path / "r-b00001.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=schemas.LINK_BUCKETS_SCHEMA), path)
    monkeypatch.setattr(stages, "LINKS_PARTITION_ROWS", 50)  # 12 partitions
    monkeypatch.setattr(stages, "LINKS_CANDIDATE_SLICE_ROWS", 60)  # 16 slices of the pairs
    with duckdb.connect(config={"preserve_insertion_order": False, "threads": 2}) as con:
        pairs_files = stages._candidate_pairs(con, [path], [path], tmp_path / "spill")
        assert con.execute("select count(*) from pairs").fetchone() == (299,)
    assert len(pairs_files) > 1  # summed and sorted a slice at a time
    found = [row for file in pairs_files for row in pq.read_table(file).to_pylist()]
    expected = sorted((min(a, b), max(a, b)) for a, b in zip(keys, keys[1:], strict=False))
    assert [(row["a"], row["b"]) for row in found] == expected
