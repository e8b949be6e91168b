"""Word rarity tables: built once in a child process, mapped from disk, looked up in bulk."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pipeline import wordrarity


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSDESK_CACHE_DIR", str(tmp_path / "cache"))
    wordrarity.table.cache_clear()
    yield tmp_path / "cache"
    wordrarity.table.cache_clear()


def test_table_is_built_once_and_memory_mapped(fresh_cache: Path) -> None:
    keys, zipf = wordrarity.table("en")
    built = sorted(p.name for p in fresh_cache.iterdir())
    assert len(built) == 1 and built[0].startswith("wordfreq-") and built[0].endswith("-en")
    assert isinstance(keys, np.memmap) and len(keys) == len(zipf) > 100_000
    assert np.all(np.diff(keys.astype(np.float64)) >= 0)  # sorted for searchsorted
    stamp = (fresh_cache / built[0] / "keys.npy").stat().st_mtime_ns
    wordrarity.table.cache_clear()
    again, _ = wordrarity.table("en")  # read back, not rebuilt
    assert (fresh_cache / built[0] / "keys.npy").stat().st_mtime_ns == stamp
    assert np.array_equal(keys, again)


def test_zipf_of_common_rare_and_unknown_words(fresh_cache: Path) -> None:
    the, harbour, unknown = wordrarity.zipf_many(["the", "harbour", "quellbrückhausen"], "en")
    assert the > 7 and 3 < harbour < 5.5 and unknown == 0
    # a German text's words are looked up in German and in English, the larger counts
    sie, computer = wordrarity.zipf_many(["sie", "computer"], "de")
    assert sie > 6 and computer > 4
    # a language wordfreq has no list for falls back to English
    assert wordrarity.zipf_many(["the"], "xx")[0] > 7


def test_a_table_built_meanwhile_by_another_process_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "wordfreq-x-en"
    wordrarity.build("en", target)
    first = (target / "keys.npy").read_bytes()
    wordrarity.build("en", target)  # a second builder loses the race quietly
    assert (target / "keys.npy").read_bytes() == first
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary folder left


def test_word_hashes_are_stable_across_processes() -> None:
    # pinned: Python's own str hash changes with every process, these are stored on disk
    assert wordrarity.word_hashes(["wort"]).dtype == np.uint64
    assert int(wordrarity.word_hashes(["wort"])[0]) == 0x28729E452297EAA1


def test_word_memo_is_one_budget_for_all_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    """A multilingual corpus must not hold a full memo per language in every worker."""
    monkeypatch.setattr(wordrarity, "MEMO_WORDS", 4)
    monkeypatch.setattr(wordrarity, "_memo", {})
    batches = [(["haus", "baum", "stadt"], "de"), (["house", "tree"], "en"),
               (["maison", "arbre", "ville", "rue"], "fr"), (["haus", "straße"], "de")]  # fmt: skip
    for words, language in batches:
        expected = wordrarity.zipf_many(words, language).tolist()
        assert wordrarity.zipf_list(words, language) == expected
        assert sum(map(len, wordrarity._memo.values())) <= 4
    assert wordrarity._memo["fr"] == {}  # cleared when German needed room
    assert set(wordrarity._memo["de"]) == {"haus", "straße"}


def test_words_the_memo_held_before_it_was_cleared_are_looked_up_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A batch with words the memo knows and enough new ones to fill it: the memo is cleared
    and every word of the batch answered (the known ones had gone with the clearing)."""
    monkeypatch.setattr(wordrarity, "MEMO_WORDS", 4)
    monkeypatch.setattr(wordrarity, "_memo", {})
    wordrarity.zipf_list(["haus", "baum"], "de")
    words = ["haus", "stadt", "straße", "dorf"]
    assert wordrarity.zipf_list(words, "de") == wordrarity.zipf_many(words, "de").tolist()
    assert set(wordrarity._memo["de"]) == set(words)
