"""Scoring of one labelled article against the pipeline's document."""

from __future__ import annotations

from pipeline.evaluate import _score

LABEL = {"file": "a.txt", "title": "T", "language": "no", "published": "", "outlet": ""}
DOC = {"title": "T", "language": "nb", "published_local": None, "outlet_id": None, "body": ""}


def test_a_macrolanguage_label_matches_the_language_reported() -> None:
    assert _score(LABEL, DOC).ok["language"]
    assert not _score(LABEL, {**DOC, "language": "da"}).ok["language"]
    assert _score({**LABEL, "language": "da"}, {**DOC, "language": "da"}).ok["language"]
