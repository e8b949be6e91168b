"""How common a word is (wordfreq's Zipf frequency), as flat arrays every process maps from disk.

wordfreq holds a language's list as Python objects (~100 MB for German, kept by its own caches,
and freed memory that the allocator keeps) in every process that asks. The story features of
every document need it, so each language is turned once per machine into two sorted arrays
(stable 64-bit word hashes and Zipf values, ~12 bytes a word), built in a child process and
saved under the cache folder; every process then maps the same pages read-only.

The cache folder is ``$NEWSDESK_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsdesk``, else
``~/.cache/newsdesk``; files are named by wordfreq's version and can be deleted at any time.
"""

from __future__ import annotations

import functools
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np


def cache_dir() -> Path:
    configured = os.environ.get("NEWSDESK_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newsdesk"


def word_hashes(words: list[str]) -> np.ndarray:
    """Stable 64-bit hashes (BLAKE2b) of words: the same in every process and on disk."""
    return np.fromiter(
        (int.from_bytes(hashlib.blake2b(w.encode(), digest_size=8).digest(), "little")
         for w in words),
        np.uint64, len(words),
    )  # fmt: skip


@functools.cache
def _wordlist_language(language: str) -> tuple[str, str]:
    """(language wordfreq has a list for, wordfreq's version)."""
    from importlib.metadata import version

    import wordfreq

    code = language if language in wordfreq.available_languages("best") else "en"
    return code, version("wordfreq")


@functools.cache
def table(language: str) -> tuple[np.ndarray, np.ndarray]:
    """Sorted word hashes and their Zipf values for ``language`` (English when wordfreq has no
    list for it), memory-mapped; built on first use."""
    code, release = _wordlist_language(language)
    name = f"wordfreq-{release}-{code}"
    # An unwritable home (a service account) falls back to the temporary folder.
    for folder in (cache_dir(), Path(tempfile.gettempdir()) / "newsdesk-cache"):
        path = folder / name
        keys, values = path / "keys.npy", path / "zipf.npy"
        if not (keys.exists() and values.exists()):
            # A child process builds it, so this one never holds wordfreq's lists.
            built = subprocess.run([sys.executable, "-m", __name__, code, str(path)],
                                   capture_output=True, text=True)  # fmt: skip
            if built.returncode != 0:
                error = built.stderr.strip().splitlines()[-1:] or ["no output"]
                continue
        return np.load(keys, mmap_mode="r"), np.load(values, mmap_mode="r")
    raise RuntimeError(f"cannot build the word-rarity table for {code!r}: {error[0]}")


# News repeats its vocabulary: a per-process memo of looked-up words answers most lookups
# without hashing (BLAKE2b per word was ~0.3 ms an article). Cleared whole when full, so it
# needs no bookkeeping per hit. The cap is one budget for all languages (~0.12 KB a word):
# a cap per language let a multilingual corpus hold ~73 MB a process (six full memos of
# 100,000 real words, measured), in each batch worker. On German words drawn by wordfreq's
# frequencies, a memo cleared at 60,000 answers ~89% of lookups, one at 100,000 ~92%.
MEMO_WORDS = 60_000
_memo: dict[str, dict[str, float]] = {}


def zipf_list(words: list[str], language: str) -> list[float]:
    """``zipf_many`` as a list, answered from the per-process memo where it can."""
    memo = _memo.setdefault(language, {})
    missing = [w for w in dict.fromkeys(words) if w not in memo]
    if missing:
        if sum(map(len, _memo.values())) + len(missing) > MEMO_WORDS:
            for kept in _memo.values():
                kept.clear()
            missing = list(dict.fromkeys(words))  # (the words it held are gone too)
        memo.update(zip(missing, zipf_many(missing, language).tolist(), strict=True))
    return [memo[w] for w in words]


def zipf_many(words: list[str], language: str) -> np.ndarray:
    """Zipf frequency of each casefolded word: the larger of ``language``'s and English's,
    0 for a word neither list has."""
    hashes = word_hashes(words)
    best = np.zeros(len(words), np.float32)
    for code in dict.fromkeys((language, "en")):
        keys, zipf = table(code)
        if not len(keys):
            continue
        at = np.searchsorted(keys, hashes).clip(max=len(keys) - 1)
        best = np.maximum(best, np.where(keys[at] == hashes, zipf[at], 0.0))
    return best


def build(language: str, path: Path) -> None:
    """Write ``language``'s arrays under ``path`` (atomically: a half-written table is never
    read, and two processes building it at once both succeed)."""
    import wordfreq

    frequencies = wordfreq.get_frequency_dict(language, "best")
    keys = word_hashes(list(frequencies))
    zipf = (np.log10(np.fromiter(frequencies.values(), np.float64, len(frequencies))) + 9).astype(
        np.float32
    )
    order = np.argsort(keys)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    tmp.mkdir(parents=True, exist_ok=True)
    np.save(tmp / "keys.npy", keys[order])
    np.save(tmp / "zipf.npy", zipf[order])
    try:
        tmp.rename(path)
    except OSError:  # built meanwhile by another process
        for file in tmp.iterdir():
            file.unlink()
        tmp.rmdir()


if __name__ == "__main__":
    build(sys.argv[1], Path(sys.argv[2]))
