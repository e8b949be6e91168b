"""Language identification: which texts fastText answers alone and which go on to lingua."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pipeline import synth
from pipeline.annotate import language
from pipeline.annotate.language import LanguageIdentifier

TEXT = "Ein Satz mit genug Wörtern, damit die Erkennung überhaupt etwas zu tun bekommt."


@dataclass
class _FakeFastText:
    """fastText's ``predict`` with fixed answers: (labels, probabilities)."""

    answer: tuple[tuple[str, ...], tuple[float, ...]]

    def predict(self, text: str, k: int) -> tuple[tuple[str, ...], tuple[float, ...]]:
        labels, probs = self.answer
        return tuple(f"__label__{code}" for code in labels[:k]), probs[:k]


@dataclass
class _Value:
    language: object
    value: float


@dataclass
class _FakeLingua:
    """Records the shortlists lingua is asked about; always answers Dutch at 0.55."""

    calls: list[tuple[str, ...]] = field(default_factory=list)

    def __call__(self, languages: tuple[str, ...], accuracy: str = "low") -> _FakeLingua:
        self.calls.append(languages)
        return self

    def compute_language_confidence_values_in_parallel(self, texts: list[str]) -> list:
        from lingua import Language

        return [[_Value(Language.DUTCH, 0.55)] for _ in texts]


@pytest.mark.parametrize(
    ("answer", "expected", "asks_lingua"),
    [
        ((("de", "en"), (0.95, 0.02)), ("de", 0.95), False),  # sure
        ((("de", "en"), (0.75, 0.05)), ("de", 0.75), False),  # clearly ahead (15x)
        ((("de", "en"), (0.75, 0.1)), ("nl", 0.55), True),  # ahead, but not by 10x
        ((("de", "en"), (0.6, 0.01)), ("nl", 0.55), True),  # far ahead, but below 0.7
        ((("de", "ja"), (0.6, 0.3)), ("de", 0.6), False),  # the only candidate language
    ],
)
def test_fasttext_answers_alone_only_when_sure_or_clearly_ahead(
    monkeypatch: pytest.MonkeyPatch,
    answer: tuple[tuple[str, ...], tuple[float, ...]],
    expected: tuple[str, float],
    asks_lingua: bool,
) -> None:
    lingua = _FakeLingua()
    monkeypatch.setattr(language, "fast_model", lambda: _FakeFastText(answer))
    monkeypatch.setattr(language, "detector", lingua)
    identify = LanguageIdentifier(("de", "en", "fr", "nl"))

    assert identify(TEXT) == expected
    assert bool(lingua.calls) == asks_lingua
    if asks_lingua:  # restricted to the candidates on fastText's shortlist
        assert lingua.calls == [("de", "en")]


def test_real_detectors_label_text_and_leave_fragments_undetermined() -> None:
    identify = LanguageIdentifier(("de", "en", "fr"))
    texts = [
        TEXT,
        "The council voted on Tuesday to close the old bridge for repairs until spring.",
        "Kommentare (12)",
        "DE12 3456 7890 1234 5678 90",
    ]
    labels = [code for code, _ in identify.detect_many(texts)]
    assert labels == ["de", "en", language.UNDETERMINED, language.UNDETERMINED]


@dataclass
class _RecordingFastText(_FakeFastText):
    """Unsure of everything (so lingua is asked too); records the texts it is given."""

    seen: list[str] = field(default_factory=list)

    def predict(self, text: str, k: int) -> tuple[tuple[str, ...], tuple[float, ...]]:
        self.seen.append(text)
        return super().predict(text, k)


@dataclass
class _RecordingLingua(_FakeLingua):
    seen: list[str] = field(default_factory=list)

    def compute_language_confidence_values_in_parallel(self, texts: list[str]) -> list:
        self.seen += texts
        return super().compute_language_confidence_values_in_parallel(texts)


def test_fasttext_reads_a_short_sample_and_lingua_a_longer_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """fastText's cost grows with the text it reads; what it is unsure of goes to lingua with
    more of the text."""
    import pyarrow as pa

    fast, lingua = _RecordingFastText((("de", "en"), (0.5, 0.4))), _RecordingLingua()
    monkeypatch.setattr(language, "fast_model", lambda: fast)
    monkeypatch.setattr(language, "detector", lingua)
    body = " ".join([TEXT] * 30)  # ~2,400 characters
    documents = pa.table({"content_sha256": ["a"], "body": [body]})
    segments = pa.table({"content_sha256": ["a"], "text": [body]})
    language.annotate_language(
        documents, segments, identify=LanguageIdentifier(("de", "en", "fr", "nl"))
    )
    assert [len(t) for t in fast.seen] == [language.FAST_DOCUMENT_CHARS,
                                           language.FAST_SEGMENT_CHARS]  # fmt: skip
    assert [len(t) for t in lingua.seen] == [language.DOCUMENT_SAMPLE_CHARS] * 2


@pytest.mark.parametrize(
    ("text", "has_words"),
    [
        ("Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.", True),
        ("„Wir sind zufrieden“, sagte die Sprecherin der Stadtwerke Köln-Deutz am Abend.", True),
        ("IBAN DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX, Konto 0532 0130 00", False),
        ("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh bc1qar0srrr7xfkvy5l643lydnw9re59", False),
        ("Kommentare (12)", False),  # shorter than min_chars
        ("Ⅻ ² ½ x_y 12,5 3.000 ... --- ''' Ⅻ ² ½ x_y 12,5 3.000 ... ---", False),
    ],
)
def test_has_words_needs_running_words(text: str, has_words: bool) -> None:
    assert LanguageIdentifier(("de", "en"))._has_words(text) is has_words


def _has_words_in_full(text: str, min_chars: int = 40) -> bool:
    """The has-words test without its letter-only shortcut: what the shortcut must agree with."""
    if len(text.strip()) < min_chars:
        return False
    text = text[: language.HAS_WORDS_SAMPLE]
    tokens = [token.strip(language._EDGE_PUNCTUATION) for token in text.split()]
    words = [t for t in tokens if len(t) >= 2 and language._WORD.fullmatch(t)]
    return len(words) >= language.MIN_WORDS and sum(map(len, words)) >= 0.5 * len(
        text.replace(" ", "")
    )


def test_has_words_shortcut_gives_the_full_tests_answer(tmp_path: Path) -> None:
    """Running text is accepted on its letter-only tokens alone; every other text (codes,
    lists, punctuation-heavy lines, lines just under or over the thresholds) must get the
    answer of the whole test."""
    synth.generate(tmp_path, 60, seed=5)
    lines = [line for path in sorted(tmp_path.rglob("*.txt"))
             for line in path.read_text("utf-8", errors="replace").splitlines()]  # fmt: skip
    edge = ["Ein Satz, der „zitiert“ wird: so, und so – und dann? Ja! (Nein.) Genau, so ist es.",
            "ab cd ef gh " + "1234 " * 8, "ab, cd, ef, gh, ij, kl, mn, op, qr, st, uv, wx, yz",
            "x " * 30, "Wörter wie U-Bahn, E-Mail, Baden-Württemberg und O’Neill zählen auch.",
            "12:30 Uhr Anpfiff 13:45 Uhr Halbzeit 14:50 Uhr Abpfiff 15:00 Uhr"]  # fmt: skip
    # Mixtures of words, punctuated words, figures and codes in every proportion: many of
    # them sit near the thresholds, where a shortcut that is too generous would show.
    rng = random.Random(11)
    pool = ["Haus", "Stadt", "und", "der", "Rat,", "„Ja“", "(Bonn)", "U-Bahn", "a", "1234",
            "12,5", "3.000", "DE89", "bc1qxy2", "—", "x_y", "O’Neill", "Köln-Deutz.",
            "ist:"]  # fmt: skip
    mixed = [" ".join(rng.choices(pool, k=rng.randint(4, 40))) for _ in range(3000)]
    identify = LanguageIdentifier(("de", "en"))
    texts = lines + edge + mixed + [line[:cut] for line in lines[:300] for cut in (41, 80, 399)]
    answers = [identify._has_words(text) for text in texts]
    assert answers == [_has_words_in_full(text) for text in texts]
    assert 0.2 < sum(answers) / len(answers) < 0.9  # both answers are exercised


def test_a_letter_only_token_is_always_a_word() -> None:
    """``_has_words`` takes ``str.isalpha`` as a shortcut for matching ``_WORD``: that is only
    sound if no letter, in any script, fails the pattern."""
    import sys

    letters = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isalpha()]
    assert len(letters) > 100_000
    assert [c for c in letters if not language._WORD.fullmatch(c * 2)] == []


def test_default_candidates_tell_catalan_from_spanish_and_afrikaans_from_dutch() -> None:
    from pipeline.config import DEFAULT_LANGUAGES

    identify = LanguageIdentifier(tuple(DEFAULT_LANGUAGES))
    texts = {
        "ca": "L'ajuntament ha aprovat aquest dijous la reforma de l'antiga fàbrica, que es "
        "convertirà en seixanta pisos de lloguer assequible per a joves i gent gran.",
        "es": "El ayuntamiento aprobó este jueves la reforma de la antigua fábrica, que se "
        "convertirá en sesenta pisos de alquiler asequible para jóvenes y mayores.",
        "af": "Die munisipaliteit het Donderdag besluit om die ou fabriek in sestig woonstelle "
        "te omskep, en die werk sal volgende jaar begin, het die burgemeester gesê.",
        "nl": "De gemeente heeft donderdag besloten de oude fabriek om te bouwen tot zestig "
        "huurwoningen; de werkzaamheden beginnen volgend jaar, zei de burgemeester.",
    }
    assert {code: identify(text)[0] for code, text in texts.items()} == {c: c for c in texts}


def test_serbian_in_cyrillic_is_serbian_not_macedonian_or_bulgarian() -> None:
    from pipeline.config import DEFAULT_LANGUAGES

    identify = LanguageIdentifier(tuple(DEFAULT_LANGUAGES))
    texts = {
        "sr": "Градска управа је најавила да ће нови мост преко Дунава бити завршен до краја "
        "следеће године, а радови ће почети већ у марту.",
        "mk": "Градската управа најави дека новиот мост преку Вардар ќе биде завршен до крајот "
        "на следната година, а работите ќе почнат уште во март.",
        "bg": "Общината обяви, че новият мост над Марица ще бъде завършен до края на "
        "следващата година, а работата ще започне още през март.",
        "hr": "Gradska uprava najavila je da će novi most preko Drave biti dovršen do kraja "
        "iduće godine, a radovi će početi već u ožujku.",
    }
    assert {code: identify(text)[0] for code, text in texts.items()} == {c: c for c in texts}


def test_norwegian_nynorsk_is_told_from_bokmal_and_danish() -> None:
    """NRK's district desks write much of their news in Nynorsk: without it among the
    candidates, it was read as Bokmål."""
    from pipeline.config import DEFAULT_LANGUAGES

    identify = LanguageIdentifier(tuple(DEFAULT_LANGUAGES))
    texts = {
        "nn": "Vegen over fjellet er stengd etter eit steinras natt til tysdag, og bygda har "
        "ikkje anna tilkomst enn ferja. Kommunen seier det kan ta fleire veker før vegen er "
        "open att.",
        "nb": "Veien over fjellet er stengt etter et steinras natt til tirsdag, og bygda har "
        "ingen annen adkomst enn fergen. Kommunen sier det kan ta flere uker før veien er "
        "åpen igjen.",
        "da": "Vejen over bjerget er lukket efter et stenskred natten til tirsdag, og byen har "
        "ingen anden adgang end færgen. Kommunen siger, at det kan tage flere uger, før vejen "
        "er åben igen.",
    }
    assert {code: identify(text)[0] for code, text in texts.items()} == {c: c for c in texts}


def test_default_candidates_cover_the_big_languages_of_asia_and_the_middle_east() -> None:
    from pipeline.config import DEFAULT_LANGUAGES

    identify = LanguageIdentifier(tuple(DEFAULT_LANGUAGES))
    texts = {
        "ar": "قالت السلطات المغربية إن محطة التحلية الجديدة ستوفر مياه الري لآلاف المزارعين.",
        "he": "חברת החשמל מעריכה כי הביקוש לחשמל עשוי לשבור את שיא כל הזמנים מחר בצהריים.",
        "fa": "به گفته فعالان صنعتی، این نخستین بار است که محدودیت گاز صنایع ادامه پیدا می‌کند.",
        "hi": "प्रदेश में गेहूं की समर्थन मूल्य पर खरीदी के लिए किसानों का पंजीयन बुधवार से शुरू हुआ।",
        "zh": "国家发展改革委有关负责人介绍，今年将在农村地区新建公共充电桩五十万个。",
        "ja": "北海道東部の町で路線バスを運行する会社が、平日の便を減らす方針を明らかにしました。",
        "ko": "올해 신입생 모집에서 정원을 채우지 못한 대학이 예순일곱 곳에 이르는 것으로 "
        "나타났다.",
        "vi": "Singapore bắt đầu cho xe buýt không người lái chở khách trên hai tuyến ở phía tây.",
        "id": "Pemerintah kota meminta warga mengurangi sampah rumah tangga mulai pekan depan.",
        "th": "ฝนตกหนักต่อเนื่องทำให้น้ำป่าไหลหลากเข้าท่วมบ้านเรือนประชาชนในสามอำเภอ",
    }
    assert {code: identify(text)[0] for code, text in texts.items()} == {c: c for c in texts}


def test_a_short_chinese_headline_has_words_but_a_code_does_not() -> None:
    identify = LanguageIdentifier(("zh", "ja", "en"))
    assert identify("我国将新建农村充电桩 县域充电网络实现全覆盖")[0] == "zh"
    assert identify("2025-04-08 10:32:15 ID 4711-0815")[0] == "und"


def test_fasttexts_best_guess_in_a_script_the_text_lacks_goes_to_lingua(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the compact model's answer for a Chinese headline with a space in it
    lingua = _FakeLingua()
    monkeypatch.setattr(language, "fast_model", lambda: _FakeFastText((("ru", "ja"), (0.97, 0.01))))
    monkeypatch.setattr(language, "detector", lingua)
    identify = LanguageIdentifier(("de", "ru", "zh", "ja"))
    assert identify("我国将新建农村充电桩 县域充电网络实现全覆盖") == ("nl", 0.55)  # lingua's
    assert lingua.calls == [("de", "ru", "zh", "ja")]
