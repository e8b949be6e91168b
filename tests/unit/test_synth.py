"""The synthetic benchmark corpus: reproducible, the requested size, every kind of page."""

from __future__ import annotations

from pathlib import Path

from pipeline import synth


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*.txt"))}


def test_same_seed_same_corpus_and_requested_size(tmp_path: Path) -> None:
    first = synth.generate(tmp_path / "a", 400, seed=7)
    again = synth.generate(tmp_path / "b", 400, seed=7)
    assert again.kinds == first.kinds
    other = synth.generate(tmp_path / "c", 400, seed=8)
    assert first.files == 400 and sum(first.kinds.values()) == 400
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert _files(tmp_path / "a") != _files(tmp_path / "c")
    assert first.bytes == sum(len(b) for b in _files(tmp_path / "a").values())
    assert other.files == 400


def test_corpus_mixes_languages_duplicates_rewrites_and_bad_files(tmp_path: Path) -> None:
    report = synth.generate(tmp_path, 3_000, seed=1, bad_share=0.01)
    assert set(report.languages) == set(synth.LANGUAGE_SHARES)
    assert report.languages["de"] > report.languages["en"] > report.languages["nl"]
    for kind in ("article", "exact_copy", "same_text_other_outlet", "rewrite"):
        assert report.kinds[kind] > 0, kind
    bad = {"empty", "binary", "whitespace", "latin1", "mojibake", "no_article_text"}
    assert sum(report.kinds[k] for k in bad) > 10
    sizes = [len(b) for b in _files(tmp_path).values()]
    articles = sorted(s for s in sizes if s > 1_000)
    assert 2_000 < articles[len(articles) // 2] < 6_000  # pages of a few KB


def test_pages_have_boilerplate_around_the_article(tmp_path: Path) -> None:
    synth.generate(tmp_path, 200, seed=3, bad_share=0, exact_share=0, same_text_share=0,
                   rewrite_share=0)  # fmt: skip
    pages = [b.decode("utf-8") for b in _files(tmp_path).values()]
    # Every page ends with a comment prompt and a footer (copyright line or domain) and has a
    # dateline: the shapes the cleaner must remove.
    assert all(len(page.splitlines()) > 8 for page in pages)
    assert sum("©" in page for page in pages) > 50
    assert sum("IBAN" in page for page in pages) > 5
