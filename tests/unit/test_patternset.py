"""PatternSet: RE2 rules patterns out in one pass, ``re`` decides; it must never miss a match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import re2

from pipeline import cues
from pipeline.annotate.outlet import Registry
from pipeline.patternset import PatternSet, loosen

# Lines where RE2's ASCII-only \b, \w, \d and \s would differ from re's Unicode ones.
TRICKY = [
    "Foto:\u00a0Müller/dpa",
    "Bild: Ärztekammer",
    "Kommentare\u00a0(12)",
    "© 2024 Zeitung für Österreich",
    "Straße\u2009und\u202fPlatz: 12\u00a0300 Menschen",
    "Zdjęcie: Łukasz Żółć",
    "٣٤٥ تعليقات",
    "Teilen\u2003Drucken",
    "Lesezeit: 4\u00a0Minuten",
    "Ende.\u0085Neu",
    "Schreiben Sie an leser@zeitung.example oder www.zeitung.example/abo",
    "Spenden: DE02 1203 0000 0000 2020 51, BIC BYLADEM1001",
]


def test_loosen_drops_assertions_and_widens_classes() -> None:
    assert loosen(r"\bfoto\b") == "foto"
    assert loosen(r"(?<![\w.])abc(?![\w-]|\.\w)") == r"(?:^|[^\w.])abc(?:$|[^\w-])"
    assert loosen(r"\w+") == r"[\pL\pN\pM_]+"
    assert loosen(r"[\w.+-]") == r"[\pL\pN\pM_.+-]"
    assert loosen(r"[^\s<>]") == r"[^\s<>]"  # negated: RE2's ASCII \s already excludes less
    assert loosen(r"a(?=[)])b") == "ab"


@pytest.mark.parametrize(
    "pattern",
    [r"\bfür\b", r"\w+@\w+", r"\d{3}", r"foto\s*:\s*\S+", r"(?<!\w)platz\b", r"\bŁukasz"],
)
def test_candidates_include_every_match_re_finds(pattern: str) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    found = PatternSet([compiled])
    for line in TRICKY + ["Platz für alle", "١٢٣", "Ärzte für Łukasz"]:
        if compiled.search(line):
            assert found.candidates(line) == [0], line


def test_a_pattern_re2_cannot_run_is_always_a_candidate() -> None:
    # An atomic group: re has it, RE2 does not.
    found = PatternSet([re.compile(r"(?>ab)c"), re.compile("zzz")])
    assert found.candidates("nothing here") == [0]
    assert found.candidates("zzz") == [0, 1]


def test_back_references_are_loosened_not_missed() -> None:
    found = PatternSet([re.compile(r"(\w)\1"), re.compile(r"(?P<q>[\"'])x(?P=q)")])
    assert found.candidates("aa 'x'") == [0, 1]
    assert found.candidates("-- ;") == []


def _first_rule_one_by_one(text: str) -> cues.LineRule | None:
    lower = text.lower()
    return next((rule for rule in cues.LINE_RULES if rule.matches(text, lower)), None)


def test_line_matcher_picks_what_trying_each_rule_in_order_picks() -> None:
    lines = TRICKY + [
        "Kommentare (3)",
        "Teilen auf Facebook",
        "Foto: Anna Beispiel",
        "Alle Rechte vorbehalten.",
        "Von Max Mustermann",
        "Jetzt abonnieren und weiterlesen",
        "Der Stadtrat hat am Dienstag beschlossen, die Brücke im Frühjahr zu sanieren.",
        "Newsletter: jetzt kostenlos anmelden",
        "Lesen Sie auch: Was die Reform bedeutet",
        "(Foto: Beispiel/Agentur)",
    ]
    hits = 0
    for line in lines:
        expected = _first_rule_one_by_one(line)
        assert cues.LINE_MATCHER.first(line, line.lower()) is expected, line
        hits += expected is not None
    assert hits >= 8  # the lines exercise the rules, not only the no-match path


def test_sensitive_candidates_cover_every_span_pattern_that_matches() -> None:
    for line in TRICKY:
        wanted = {name for name, pattern, _ in cues.SENSITIVE_SPANS if pattern.search(line)}
        offered = {name for name, _, _ in cues.sensitive_candidates(line)}
        assert wanted <= offered, line
    assert {name for name, _, _ in cues.sensitive_candidates(TRICKY[-1])} >= {"iban", "bic"}


def _aliases_one_pattern_at_a_time(registry: Registry, text: str) -> list[tuple[int, int]]:
    *patterns, _ = registry._alias_patterns
    matches = [m for pattern in patterns for m in pattern.finditer(text)]
    matches.sort(key=lambda m: (-(m.end() - m.start()), m.start()))
    taken: list[tuple[int, int]] = []
    for m in matches:
        if not any(m.start() < e and s < m.end() for s, e in taken):
            taken.append(m.span())
    return sorted(taken)


def test_registry_lookups_equal_plain_re() -> None:
    registry = Registry.load()
    domain, _ = registry._domain_pattern
    outlets = list(registry.outlets.values())
    names = [o.aliases[0] for o in outlets if o.aliases][:30]
    domains = [o.domains[0] for o in outlets if o.domains][:30]
    lines = TRICKY + [f"Quelle: {n}" for n in names] + [f"Mehr auf www.{d}/x" for d in domains]
    for line in lines:
        found = [(s, e) for s, e, _, _ in registry.find_aliases(line)]
        assert found == _aliases_one_pattern_at_a_time(registry, line), line
        assert [m.group(0) for m in domain.finditer(line)] == [
            surface for surface, _ in registry.find_domains(line)
        ], line
    assert sum(bool(registry.find_aliases(line)) for line in lines) >= len(names) // 2
    assert sum(bool(registry.find_domains(line)) for line in lines) >= len(domains) // 2


def test_prefiltered_search_answers_as_re_does() -> None:
    lines = [
        *TRICKY,
        "Bitte UNTERSTÜTZEN Sie Radio Beispiel mit einer Spende.",
        "Jetzt spenden: wir brauchen Ihre Hilfe",
        "Please donate today",
        "Donated goods were sold",  # \bdonate\b: not a cue
        "Wesprzyj nas",
        "Der Stadtrat beschloss am Dienstag den Bau einer neuen Brücke.",
    ]
    prefiltered = cues.DONATION_CUE
    found = [prefiltered.search(line) for line in lines]
    expected = [prefiltered.pattern.search(line) for line in lines]
    assert [m and m.span() for m in found] == [m and m.span() for m in expected]
    assert sum(m is not None for m in found) == 4


def _project_sets() -> dict[str, PatternSet]:
    from pipeline import quality
    from pipeline.annotate import dates

    registry = Registry.load()
    return {
        "line rules (lower-cased)": cues.LINE_MATCHER._lowered,
        "line rules (cased)": cues.LINE_MATCHER._cased,
        "outlet aliases": registry._alias_set,
        "outlet domains": registry._domain_set,
        "outlet signatures": registry._signature_set[0],
        "dates": dates._date_set(),
        "sensitive spans": cues._SENSITIVE_SET,
        "donation cue": cues.DONATION_CUE._set,
        "body findings": quality._body_patterns(),
    }


def test_no_set_of_the_pipeline_misses_a_match_re_finds(tmp_path: Path) -> None:
    """Every PatternSet the pipeline builds, on lines of synthetic pages, the tricky lines and
    those lines with word characters, dots, dashes and @ glued to each end (where loosened
    edge assertions must still admit what ``re`` admits): each pattern ``re`` finds on a line
    is a candidate for it. The sets must also be selective: most lines are no candidate."""
    from pipeline import synth

    synth.generate(tmp_path, 120, seed=3)
    lines = [line.strip() for path in sorted(tmp_path.rglob("*.txt"))
             for line in path.read_text(errors="replace").splitlines() if line.strip()]  # fmt: skip
    lines += TRICKY
    glued = [f"{a}{line}{b}" for line in lines[::7] + TRICKY for a, b in
             (("x", "y"), ("é", "ß"), (".", "."), ("-", "@"), ("1", "_"), ("/", ".z"))]  # fmt: skip
    texts = lines + glued + [line.lower() for line in lines]
    checked = 0
    for name, found in _project_sets().items():
        candidates = 0
        for text in texts:
            offered = set(found.candidates(text))
            candidates += bool(offered)
            wanted = {k for k, pattern in enumerate(found.patterns) if pattern.search(text)}
            assert wanted <= offered, (name, text, wanted - offered)
            checked += len(wanted)
        assert candidates < len(texts) / 2, name
    assert checked > 1_000  # the texts exercise the patterns, not only the no-match path


def test_wide_counted_repeats_are_loosened_to_open_ones() -> None:
    """RE2 unrolls "{2,30}" into thirty copies of a Unicode-wide class; sets of such rules cost
    tens of MB in every process. An open repeat with the same minimum is looser and small."""
    assert loosen(r"^subscribe to [\w .]{2,30}:").endswith("{2,}:")
    assert loosen(r"x{0,40}y") == "x*y"
    assert loosen(r"[a-z]{2,5}") == "[a-z]{2,5}"  # small counts stay exact
    wide, narrow = re2.compile(r"[\pL ]{2,60}x"), re2.compile(loosen(r"[\w ]{2,60}x"))
    assert narrow.programsize < wide.programsize / 10
