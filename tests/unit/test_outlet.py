"""The outlet registry, and telling the publisher apart from the sources it cites."""

from __future__ import annotations

import tomllib
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

import pytest

from pipeline.annotate.outlet import DISCOVERED_PREFIX, Registry, identify_outlet
from pipeline.reasons import SegmentKind as K

TITLE = (0, 0, "Neue Regeln für den Nahverkehr im ganzen Land", str(K.TITLE))
LEAD = (
    1,
    50,
    "Die Landesregierung hat am Montag neue Regeln für Busse und Bahnen beschlossen, die ab "
    "Herbst gelten sollen.",
    str(K.LEAD),
)
BODY = (
    2,
    160,
    "Fahrgäste sollen künftig in allen Verkehrsverbünden mit einem einzigen Ticket reisen "
    "können, teilte das Ministerium mit.",
    str(K.BODY),
)


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


def _decide(registry: Registry, *extra: tuple[int, int, str, str], min_confidence: float = 0.5):
    return identify_outlet([TITLE, LEAD, BODY, *extra], registry, min_confidence=min_confidence)


def _raw_entries() -> list[dict]:
    raw = resources.files("pipeline").joinpath("outlets.toml").read_bytes()
    return tomllib.loads(raw.decode("utf-8"))["outlet"]


def test_registry_loads_with_german_and_international_outlets(registry: Registry) -> None:
    by_language = Counter(outlet.language for outlet in registry.outlets.values())
    assert by_language["de"] >= 60
    assert by_language["en"] >= 20
    assert len([lang for lang in by_language if lang not in {"de", None}]) >= 5
    countries = {outlet.country for outlet in registry.outlets.values()}
    assert {"DE", "AT", "CH"} <= countries
    assert {"US", "GB", "FR"} <= countries
    kinds = Counter(outlet.kind for outlet in registry.outlets.values())
    assert kinds["agency"] >= 5
    assert set(kinds) <= {"newspaper", "magazine", "broadcaster", "online", "agency", "pollster"}
    assert all(outlet.origin == "registry" for outlet in registry.outlets.values())


def test_registry_ids_are_unique_slugs(registry: Registry) -> None:
    ids = [entry["id"] for entry in _raw_entries()]
    duplicates = [ident for ident, n in Counter(ids).items() if n > 1]
    assert duplicates == []
    assert len(ids) == len(registry.outlets)
    assert all(ident == ident.lower() and " " not in ident for ident in ids)
    assert not any(ident.startswith(DISCOVERED_PREFIX) for ident in ids)


def test_duplicate_id_fails_loudly(tmp_path: Path) -> None:
    entry = '[[outlet]]\nid = "beispiel"\nname = "Beispiel"\nkind = "online"\n'
    path = tmp_path / "outlets.toml"
    path.write_text(entry + entry, "utf-8")
    with pytest.raises(ValueError, match="duplicate id 'beispiel'"):
        Registry.load(path)


def test_every_alias_and_domain_belongs_to_one_outlet(registry: Registry) -> None:
    alias_owners: dict[str, set[str]] = defaultdict(set)
    domain_owners: dict[str, set[str]] = defaultdict(set)
    for outlet in registry.outlets.values():
        for alias in outlet.aliases:
            alias_owners[alias.casefold()].add(outlet.id)
        for domain in outlet.domains:
            domain_owners[domain].add(outlet.id)
    assert {a: o for a, o in alias_owners.items() if len(o) > 1} == {}
    assert {d: o for d, o in domain_owners.items() if len(o) > 1} == {}
    assert sum(len(o.aliases) for o in registry.outlets.values()) >= len(registry.outlets)


def test_every_domain_is_found_as_its_outlet(registry: Registry) -> None:
    wrong = []
    for outlet in registry.outlets.values():
        for domain in outlet.domains:
            found = registry.find_domains(f"Mehr auf www.{domain} lesen")
            if [o.id for _, o in found] != [outlet.id]:
                wrong.append((domain, outlet.id, [o.id for _, o in found]))
    assert wrong == []


def test_every_alias_is_found_whole_as_its_own_outlet(registry: Registry) -> None:
    wrong = []
    for outlet in registry.outlets.values():
        for alias in outlet.aliases:
            found = registry.find_aliases(alias)
            if [(surface, o.id) for _, _, surface, o in found] != [(alias, outlet.id)]:
                wrong.append((alias, outlet.id, [(s, o.id) for _, _, s, o in found]))
    assert wrong == []


def test_copyright_of_rt_deutsch_is_rt_deutsch(registry: Registry) -> None:
    decision = _decide(registry, (3, 400, "© 2024 RT Deutsch", str(K.COPYRIGHT)))
    assert decision.outlet is not None
    assert decision.outlet.id == "rt-de"


@pytest.mark.parametrize(
    ("line", "outlet_id"),
    [
        ("© 2024 ZDF", "zdf"),
        ("© 2024 SPIEGEL", "spiegel"),
        ("© 2024 NZZ", "nzz"),
        ("© 2024 ORF", "orf"),
        ("© 2024 BBC", "bbc"),
        ("© 2024 spiegel.de", "spiegel"),
        ("Copyright 2024 welt.de – alle Rechte vorbehalten", "welt"),
    ],
    ids=["zdf", "spiegel", "nzz", "orf", "bbc", "spiegel-domain", "welt-domain"],
)
def test_copyright_line_names_the_outlet(registry: Registry, line: str, outlet_id: str) -> None:
    decision = _decide(registry, (3, 400, line, str(K.COPYRIGHT)))
    assert decision.outlet is not None
    assert decision.outlet.id == outlet_id
    assert decision.confidence is not None and decision.confidence >= 0.85
    assert decision.evidence == line
    assert decision.citations == []


def test_publishing_company_in_the_copyright_yields_to_the_masthead(registry: Registry) -> None:
    # A publishing house prints several titles under one company copyright; the title that
    # names itself at the top of the page is the one this page belongs to.
    masthead = (-2, 0, "Unternehmen | WirtschaftsWoche", str(K.NAVIGATION))
    brand = (-1, 30, "WirtschaftsWoche", str(K.NAVIGATION))
    company = (3, 400, "© Handelsblatt GmbH – Alle Rechte vorbehalten", str(K.COPYRIGHT))
    decision = identify_outlet([masthead, brand, TITLE, LEAD, BODY, company], registry,
                               min_confidence=0.5)  # fmt: skip
    assert decision.outlet is not None and decision.outlet.id == "wiwo"
    # alone, the company still names the page's publisher
    alone = _decide(registry, company)
    assert alone.outlet is not None and alone.outlet.id == "handelsblatt"
    assert alone.rule == "copyright_company"


def test_same_name_only_in_the_body_is_a_citation(registry: Registry) -> None:
    text = "Wie das ZDF am Abend berichtete, sollen die Regeln zunächst ein Jahr lang gelten."
    decision = _decide(registry, (3, 300, text, str(K.BODY)))
    assert decision.outlet is None
    assert decision.confidence is None
    assert [(c.surface, c.outlet.id, c.segment_seq) for c in decision.citations] == [
        ("ZDF", "zdf", 3)
    ]
    citation = decision.citations[0]
    assert (citation.start, citation.end) == (300 + text.index("ZDF"), 300 + text.index("ZDF") + 3)


def test_agency_in_caption_is_a_citation_never_the_outlet(registry: Registry) -> None:
    caption = (3, 300, "Ein Regionalzug am Bahnhof von Obernbach. Foto: dpa", str(K.IMAGE_CAPTION))
    credit = (4, 360, "Bild: Reuters", str(K.IMAGE_CREDIT))
    decision = _decide(registry, caption, credit)
    assert decision.outlet is None
    assert decision.candidate is None
    assert {(c.outlet.id, c.outlet.kind) for c in decision.citations} == {
        ("dpa", "agency"),
        ("reuters", "agency"),
    }


def test_agency_in_boilerplate_is_not_the_publisher(registry: Registry) -> None:
    decision = _decide(registry, (3, 300, "Quelle: dpa, AFP", str(K.CREDIT_LINE)))
    assert decision.outlet is None
    assert decision.confidence is None


def test_agency_cited_in_body_next_to_copyright_of_publisher(registry: Registry) -> None:
    body = (3, 300, "Das berichtete die Nachrichtenagentur dpa am Montagabend.", str(K.BODY))
    decision = _decide(registry, body, (4, 400, "© 2024 ZDF", str(K.COPYRIGHT)))
    assert decision.outlet is not None and decision.outlet.id == "zdf"
    assert [c.outlet.id for c in decision.citations] == ["dpa"]


def test_donation_appeal_names_an_unknown_outlet() -> None:
    registry = Registry.load()  # discovering mutates the registry
    appeal = (3, 300, "Bitte unterstützen Sie Radio Beispielwelle", str(K.DONATION_APPEAL))
    decision = _decide(registry, appeal)
    assert decision.outlet is not None
    assert decision.outlet.id.startswith(DISCOVERED_PREFIX)
    assert decision.outlet.id == "x-radio-beispielwelle"
    assert decision.outlet.name == "Radio Beispielwelle"
    assert decision.outlet.origin == "discovered"
    assert decision.rule == "donation_appeal_name"
    assert registry.get(decision.outlet.id) is decision.outlet
    assert "x-radio-beispielwelle" not in registry.outlets  # the reviewed registry is untouched
    assert decision.outlet.id in set(registry.to_table().column("outlet_id").to_pylist())


def test_weak_signature_alone_is_only_a_candidate(registry: Registry) -> None:
    text = "Dieser Beitrag ist ein BILDplus-Inhalt und erscheint morgen auch in der Zeitung."
    decision = _decide(registry, (3, 300, text, str(K.BODY)))
    assert decision.outlet is None
    assert decision.candidate is not None and decision.candidate.id == "bild"
    assert decision.confidence is not None and decision.confidence < 0.5
    assert decision.rule == "weak_signature"


def test_lower_threshold_accepts_the_weak_candidate(registry: Registry) -> None:
    text = "Dieser Beitrag ist ein BILDplus-Inhalt und erscheint morgen auch in der Zeitung."
    decision = _decide(registry, (3, 300, text, str(K.BODY)), min_confidence=0.25)
    assert decision.outlet is not None and decision.outlet.id == "bild"


def test_no_evidence_means_no_outlet(registry: Registry) -> None:
    decision = _decide(registry)
    assert decision.outlet is None
    assert decision.candidate is None
    assert decision.confidence is None
    assert decision.citations == []


def test_name_in_title_is_neither_outlet_nor_citation(registry: Registry) -> None:
    title = (0, 0, "ZDF zeigt neue Dokumentation über den Nahverkehr", str(K.TITLE))
    decision = identify_outlet([title, LEAD, BODY], registry, min_confidence=0.5)
    assert decision.outlet is None
    assert decision.citations == []


def test_site_name_with_its_slogan_labels_the_page(registry: Registry) -> None:
    label = (3, 300, "t-online - Nachrichten für Deutschland", str(K.NAVIGATION))
    decision = _decide(registry, label)
    assert decision.outlet is not None and decision.outlet.id == "t-online"
    assert decision.rule == "alias_line"


def test_outlet_after_a_dash_in_a_related_headline_is_not_a_label(registry: Registry) -> None:
    teaser = (
        3,
        300,
        "ZDF - Wie die neuen Regeln für Busse und Bahnen im Land gelten",
        "related_list",
    )
    decision = _decide(registry, teaser)
    assert decision.rule != "alias_line"


def test_outlet_on_the_sources_list_is_cited_not_the_publisher(registry: Registry) -> None:
    label = (3, 300, "t-online - Nachrichten für Deutschland", str(K.NAVIGATION))
    source = (9, 900, 'spiegel.de: "Die Regeln galten schon 2023"', str(K.SOURCES))
    decision = _decide(registry, label, source)
    assert decision.outlet is not None and decision.outlet.id == "t-online"
    assert "spiegel" in {c.outlet.id for c in decision.citations}


def test_outlet_a_text_first_appeared_in_is_cited_not_the_publisher(registry: Registry) -> None:
    label = (3, 300, "stern", str(K.NAVIGATION))
    credit = (9, 900, "Dieser Artikel erschien zuerst bei ntv.de.", str(K.CREDIT_LINE))
    decision = _decide(registry, label, credit)
    assert decision.outlet is not None and decision.outlet.id == "stern"


def test_the_source_a_portal_names_in_its_header_is_not_the_portals_outlet(
    registry: Registry,
) -> None:
    label = (3, 300, "t-online", str(K.NAVIGATION))
    credit = (5, 500, "Dieser Artikel erschien zuerst bei t-online", str(K.CREDIT_LINE))
    decision = _decide(registry, label, credit)
    assert decision.outlet is None
    assert "t-online" in {c.outlet.id for c in decision.citations}
    # a partner named after the credit's sentence stays the publisher
    partner = (5, 500, "Dieser Artikel erschien zuerst bei der WirtschaftsWoche. Ein Artikel "
               "von WirtschaftsWoche in Kooperation mit t-online.", str(K.CREDIT_LINE))  # fmt: skip
    decision = _decide(registry, label, partner)
    assert decision.outlet is not None and decision.outlet.id == "t-online"
    # a blog's own feed item, copied, signs with the blog's name
    feed = (9, 900, "Der Beitrag Warum es hakt erschien zuerst auf t-online.", str(K.FOOTER))
    decision = _decide(registry, label, feed)
    assert decision.outlet is not None and decision.outlet.id == "t-online"


def test_a_teaser_for_the_sites_own_premium_brand_names_the_site(registry: Registry) -> None:
    teaser = (5, 500, "stern+ Burnout im Rampenlicht: Warum Künstler zusammenbrechen",
              str(K.RELATED_LIST))  # fmt: skip
    decision = _decide(registry, teaser)
    assert decision.outlet is not None and decision.outlet.id == "stern"
    plain = (5, 500, "Sterne über dem Rampenlicht: Warum Künstler zusammenbrechen",
             str(K.RELATED_LIST))  # fmt: skip
    assert _decide(registry, plain).outlet is None


def test_outlet_that_says_it_republishes_the_text_is_the_publisher(registry: Registry) -> None:
    credit = (
        9,
        900,
        "Dieser Beitrag erschien zuerst im Magazin Beispiel. Telepolis veröffentlicht ihn mit "
        "freundlicher Genehmigung.",
        str(K.CREDIT_LINE),
    )
    decision = _decide(registry, credit)
    assert decision.outlet is not None and decision.outlet.id == "telepolis"


def test_source_line_of_a_teaser_in_a_list_is_not_the_publisher(registry: Registry) -> None:
    teaser_source = (5, 500, "Source: Bloomberg · 2h ago", str(K.RELATED_LIST))
    assert _decide(registry, teaser_source).outlet is None
    closing = (5, 500, "Source: Al Jazeera and news agencies", str(K.CREDIT_LINE))
    decision = _decide(registry, closing)
    assert decision.outlet is not None and decision.outlet.id == "al-jazeera"


def test_outlet_asking_the_questions_of_an_interview_is_the_publisher(registry: Registry) -> None:
    q1 = (3, 300, "ZEIT ONLINE: Frau Beispiel, war der Winter nass genug?", str(K.BODY))
    q2 = (5, 500, "ZEIT ONLINE: Woran liegt das?", str(K.SUBHEADING))
    decision = _decide(registry, q1, q2)
    assert decision.outlet is not None and decision.outlet.id == "zeit"
    assert decision.rule == "interviewer"
    once = _decide(registry, (3, 300, "SPIEGEL: Die Regeln gelten ab Mai.", str(K.BODY)))
    assert once.outlet is None and "spiegel" in {c.outlet.id for c in once.citations}


def test_source_line_of_the_sites_desk_and_an_agency_names_the_publisher(
    registry: Registry,
) -> None:
    desk = (9, 900, "Quelle: hessenschau.de/dpa/lhe", str(K.IMAGE_CREDIT))
    decision = _decide(registry, desk)
    assert decision.outlet is not None and decision.outlet.id == "hr"
    other = (9, 900, "Quelle: tagesschau.de", str(K.IMAGE_CREDIT))
    decision = _decide(registry, other)
    assert decision.outlet is None and "tagesschau" in {c.outlet.id for c in decision.citations}


def test_network_credit_under_the_authors_name_is_cited_not_the_publisher(
    registry: Registry,
) -> None:
    author = (3, 300, "Katrin Beispiel", str(K.BYLINE))
    network = (4, 320, "RND", str(K.NAVIGATION))
    decision = _decide(registry, author, network)
    assert decision.outlet is None and "rnd" in {c.outlet.id for c in decision.citations}
    # a syndication desk is credited like an agency: its own site names it above the
    # headline and holds the page's rights; its name alone on a partner's page is a credit
    assert _decide(registry, network).outlet is None
    own_site = identify_outlet(
        _page((-1, 0, "RND", str(K.NAVIGATION)),
              (9, 900, "© RND RedaktionsNetzwerk Deutschland GmbH", str(K.COPYRIGHT))),
        registry, min_confidence=0.5,
    )  # fmt: skip
    assert own_site.outlet is not None and own_site.outlet.id == "rnd"


def test_photographer_on_the_outlets_assignment_names_the_publisher(registry: Registry) -> None:
    credit = (3, 300, "Sam Example for NPR", str(K.IMAGE_CREDIT))
    decision = _decide(registry, credit)
    assert decision.outlet is not None and decision.outlet.id == "npr"
    wire = (3, 300, "Foto: Sam Example / dpa", str(K.IMAGE_CREDIT))
    assert _decide(registry, wire).outlet is None


def test_a_scraping_tools_page_address_names_the_publisher_even_an_agency(
    registry: Registry,
) -> None:
    header = (3, 300, "URL Source: https://www.reuters.com/world/europe/grid-permits-2024-03-05/",
              str(K.PAGE_METADATA))  # fmt: skip
    decision = _decide(registry, header)
    assert decision.outlet is not None and decision.outlet.id == "reuters"
    assert decision.rule == "page_address"
    # the same address in a menu line is not enough for an agency (wire copy links to it)
    menu = (3, 300, "https://www.reuters.com/world/", str(K.NAVIGATION))
    assert _decide(registry, menu).outlet is None


def _page(*furniture: tuple[int, int, str, str]) -> list[tuple[int, int, str, str]]:
    """Segments in page order: furniture with a negative seq goes above the headline."""
    above = [f for f in furniture if f[0] < 0]
    below = [f for f in furniture if f[0] >= 0]
    return [*above, TITLE, LEAD, BODY, *below]


@pytest.mark.parametrize(
    ("label", "rights", "outlet_id"),
    [
        ("Austria Presse Agentur", "© 2025 Austria Presse Agentur eG", "apa"),
        ("AFP – Agence France-Presse", "Copyright © AFP. Tous droits réservés.", "afp"),
        ("ap.org", "© 2025 AP. All rights reserved.", "ap"),
        ("AP Buyline", "Copyright 2025 The Associated Press. All Rights Reserved.", "ap"),
        # the year after the holder's name
        ("RND RedaktionsNetzwerk Deutschland", "© RND RedaktionsNetzwerk Deutschland 2025", "rnd"),
    ],
)
def test_an_agency_naming_its_site_above_the_headline_and_holding_its_rights_publishes_it(
    registry: Registry, label: str, rights: str, outlet_id: str
) -> None:
    segments = _page((-2, 0, label, str(K.NAVIGATION)), (9, 900, rights, str(K.COPYRIGHT)))
    decision = identify_outlet(segments, registry, min_confidence=0.5)
    assert decision.outlet is not None and decision.outlet.id == outlet_id
    assert decision.rule == "agency_own_site"


@pytest.mark.parametrize(
    "segments",
    [
        # the rights line alone: a newspaper printing AP copy says the same
        _page((9, 900, "© 2025 Associated Press. All rights reserved.", str(K.COPYRIGHT))),
        # the label alone: an aggregator's source label above a wire story
        _page((-2, 0, "AFP", str(K.SECTION_LABEL))),
        # a picture's credit and a wire story's marker are not the page's rights
        _page((-2, 0, "ANSA", str(K.NAVIGATION)), (5, 500, "© ANSA/Lia Moro", str(K.COPYRIGHT))),
        _page(
            (-2, 0, "dpa", str(K.NAVIGATION)),
            (9, 900, "© dpa-infocom, dpa:250306-930-412876/2", str(K.COPYRIGHT)),
        ),
        # the agency's name below the headline is the story's credit, not the site's name
        _page(
            (5, 500, "Reuters", str(K.CREDIT_LINE)),
            (9, 900, "© 2025 Reuters. All rights reserved", str(K.COPYRIGHT)),
        ),
    ],
)
def test_one_mark_of_an_agency_does_not_make_it_the_publisher(
    registry: Registry, segments: list[tuple[int, int, str, str]]
) -> None:
    decision = identify_outlet(segments, registry, min_confidence=0.5)
    assert decision.outlet is None


def test_an_interview_another_outlet_made_and_aired_first_is_not_that_outlets_page(
    registry: Registry,
) -> None:
    note = (
        3,
        200,
        "Dieses Interview wurde zuerst im Deutschlandfunk in der Sendung am Morgen "
        "ausgestrahlt. Wir dokumentieren es mit freundlicher Genehmigung.",
        str(K.BODY),
    )
    asks = [(4 + k, 300 + 80 * k, f"Deutschlandfunk: {q}", str(K.BODY)) for k, q in
            enumerate(["Frau Beispiel, kommt das Geld an?", "Woran liegt das?"])]  # fmt: skip
    assert _decide(registry, note, *asks).outlet is None
    printed = (3, 200, "Dieses Interview erschien zuerst im Deutschlandfunk.", str(K.CREDIT_LINE))
    assert _decide(registry, printed, *asks).outlet is None  # "first published" says the same
    # the outlet that asks, without such a note, is the page's
    decision = _decide(registry, *asks)
    assert decision.outlet is not None and decision.outlet.id == "deutschlandfunk"


def test_an_outlet_as_one_item_of_a_menu_or_a_syndication_desks_credit_is_no_publisher(
    registry: Registry,
) -> None:
    menu = (-1, 0, "Sender: Das Erste | ZDF | RTL | SAT.1 | ProSieben | VOX", str(K.NAVIGATION))
    assert _decide(registry, menu).outlet is None
    credit = (9, 900, "RND", str(K.FOOTER))  # a network's desk under its partner's article
    assert _decide(registry, credit).outlet is None


def test_an_abbreviation_that_spells_the_rights_holders_initials_is_that_paper(
    registry: Registry,
) -> None:
    # "SZ" is the Süddeutsche's alias and the initials of other papers: on a page whose rights
    # line names another "S… Z…", the "SZ+" label is that paper's
    plus = (-1, 0, "SZ+", str(K.PAYWALL))
    rights = (3, 400, "© Sauerländer Zeitung GmbH 2024", str(K.COPYRIGHT))
    decision = identify_outlet([plus, TITLE, LEAD, BODY, rights], registry, min_confidence=0.5)
    assert decision.outlet is None or decision.outlet.id != "sueddeutsche"
    alone = identify_outlet([plus, TITLE, LEAD, BODY], registry, min_confidence=0.5)
    assert alone.outlet is not None and alone.outlet.id == "sueddeutsche"


def test_a_name_in_capitals_opens_a_compound_of_the_outlets_own(registry: Registry) -> None:
    # "MOPO-Newsletter", "nach MOPO-Informationen": the paper's own newsletter and reporting
    line = (3, 300, "Mit dem MOPO-Newsletter wissen Sie jeden Tag, was in der Stadt los ist.",
            str(K.NEWSLETTER))  # fmt: skip
    decision = _decide(registry, line)
    assert decision.outlet is not None and decision.outlet.id == "mopo"
    # a capitalised word is no name in capitals: "Welt-Klimarat" names no outlet
    assert [o.id for *_, o in registry.find_aliases("Der Welt-Klimarat tagt.")] == []


def test_a_short_label_ending_in_an_outlets_name_is_a_phrase(registry: Registry) -> None:
    # "Auf einen Blick" over a summary box: the Swiss "Blick" is not the page's name
    label = (3, 300, "Auf einen Blick", str(K.SECTION_LABEL))
    assert _decide(registry, label).outlet is None
    named = (3, 300, "Blick", str(K.NAVIGATION))
    decision = _decide(registry, named)
    assert decision.outlet is not None and decision.outlet.id == "blick"


def test_a_member_of_a_network_in_the_copyright_is_not_the_publisher(registry: Registry) -> None:
    line = (3, 300, "© Beispielländischer Rundfunk – Ein Mitglied der ARD", str(K.COPYRIGHT))
    assert _decide(registry, line).outlet is None


def test_an_interviewers_paper_name_and_a_translation_edited_for_an_outlet(
    registry: Registry,
) -> None:
    questions = [
        (3 + k, 300 + 100 * k, f"STANDARD: {q}", str(K.BODY))
        for k, q in enumerate(["Wie viele Einsätze hatten Sie?", "Woran liegt das?"])
    ]
    decision = _decide(registry, *questions)
    assert decision.outlet is not None and decision.outlet.id == "derstandard"
    credit = (9, 900, "Der Text erschien im Original unter dem Titel „Soft Underbelly“ und wurde "
              "für WELT leicht gekürzt.", str(K.CREDIT_LINE))  # fmt: skip
    decision = _decide(registry, credit)
    assert decision.outlet is not None and decision.outlet.id == "welt"


def test_a_site_the_registry_does_not_know_holds_the_rights_over_a_premium_label(
    registry: Registry,
) -> None:
    label = (3, 300, "SZ Plus", str(K.PAYWALL))
    assert _decide(registry, label).outlet is not None  # the Süddeutsche's premium brand
    rights = (9, 900, "© Sächsische.de – DDV Mediengruppe", str(K.COPYRIGHT))
    assert _decide(registry, label, rights).outlet is None


def test_a_masthead_the_registry_does_not_know_outweighs_a_premium_badge_in_the_menu(
    registry: Registry,
) -> None:
    menu = (1, 10, "Dresden   Region   Sachsen   Politik   Sport   SZ+   Trauer", str(K.NAVIGATION))
    buttons = (2, 80, "Einverstanden   Ablehnen und SZ+ abschließen", str(K.COOKIE_NOTICE))
    assert _decide(registry, menu, buttons).outlet is not None  # the Süddeutsche's alias
    masthead = (9, 900, "Beispielische.de", str(K.NAVIGATION))
    assert _decide(registry, menu, buttons, masthead).outlet is None
    share = (9, 900, "X.com", str(K.SHARE))  # a platform's button is no masthead
    assert _decide(registry, menu, buttons, share).outlet is not None


def test_an_outlets_name_at_the_end_of_another_compound_name_is_not_it(
    registry: Registry,
) -> None:
    rights = (9, 900, "© WESER-KURIER Mediengruppe 2024", str(K.COPYRIGHT))
    assert _decide(registry, rights).outlet is None
    own = (9, 900, "© KURIER Zeitungsverlag und Druckerei GmbH", str(K.COPYRIGHT))
    decision = _decide(registry, own)
    assert decision.outlet is not None and decision.outlet.id == "kurier"


def test_a_member_station_of_a_network_and_support_us_name_no_publisher(
    registry: Registry,
) -> None:
    member = (9, 900, "Radio Beispiel is a member station of NPR.", str(K.DONATION_APPEAL))
    assert _decide(registry, member).outlet is None
    appeal = (
        9,
        900,
        "Support Us: keep local journalism free for everyone.",
        str(K.DONATION_APPEAL),
    )
    assert _decide(registry, appeal).outlet is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("© 2025 AUTO BILD – ein Angebot des Verlags", []),  # another brand's name ends in BILD
        ("Das berichtet SPORT BILD am Montag.", []),
        ("Das berichtet BILD am Montag.", ["bild"]),
        ("Ein Interview in DIE ZEIT", ["zeit"]),  # an article before the name is the name's
    ],
)
def test_an_alias_in_capitals_ending_another_name_in_capitals_is_not_that_outlet(
    registry: Registry, text: str, found: list[str]
) -> None:
    assert [o.id for *_, o in registry.find_aliases(text)] == found


def test_a_copyright_line_of_another_brand_in_capitals_names_not_the_shorter_brand(
    registry: Registry,
) -> None:
    assert registry.find_names("© 2025 AUTO BILD – ein Angebot des Verlags") == []
    assert [o.id for o in registry.find_names("© 2025 BILD")] == ["bild"]


def test_a_section_named_like_a_magazine_is_no_evidence_but_its_copyright_is(
    registry: Registry,
) -> None:
    section = _decide(registry, (3, 400, "Foreign Affairs", str(K.NAVIGATION)))
    assert section.outlet is None
    copyright_line = _decide(registry, (3, 400, "© 2024 Foreign Affairs", str(K.COPYRIGHT)))
    assert copyright_line.outlet is not None and copyright_line.outlet.id == "foreign-affairs"


def test_an_agencys_own_site_names_itself_in_its_head_and_its_rights_line(
    registry: Registry,
) -> None:
    segments = [
        (0, 0, "ANSA.it", str(K.NAVIGATION)),
        (1, 10, "Inflazione all'1,9% a marzo", str(K.TITLE)),
        (2, 50, LEAD[2], str(K.LEAD)),
        (3, 200, BODY[2], str(K.BODY)),
        (4, 900, "Riproduzione riservata © Copyright ANSA", str(K.COPYRIGHT)),
    ]
    decision = identify_outlet(segments, registry, min_confidence=0.5)
    assert decision.outlet is not None and decision.outlet.id == "ansa"


@pytest.mark.parametrize(
    "rights", ["Copyright © 2025 CNN TÜRK. Tüm hakları saklıdır.", "© 2025 CNN Brasil"]
)
def test_a_licensees_name_is_not_the_brands(registry: Registry, rights: str) -> None:
    segments = _page((9, 900, rights, str(K.COPYRIGHT)))
    decision = identify_outlet(segments, registry, min_confidence=0.5)
    assert decision.outlet is None or decision.outlet.id != "cnn"


def test_a_wire_byline_and_sign_off_do_not_make_bloomberg_the_publisher(
    registry: Registry,
) -> None:
    segments = _page((-1, 0, "By Priya Example, Bloomberg", str(K.BYLINE)),
                     (9, 900, "Bloomberg", "footer"))  # fmt: skip
    decision = identify_outlet(segments, registry, min_confidence=0.5)
    assert decision.outlet is None or decision.outlet.id != "bloomberg"


def test_a_licensees_notice_of_the_brand_is_not_the_brands_page(registry: Registry) -> None:
    rights = ("Copyright © 2025. All Rights Reserved. CNN name, logo and all associated "
              "elements ® and © 2024 Cable News Network LP, LLLP.")  # fmt: skip
    segments = _page((-1, 0, "News18", str(K.NAVIGATION)), (9, 900, rights, str(K.COPYRIGHT)))
    decision = identify_outlet(segments, registry, min_confidence=0.5)
    assert decision.outlet is None or decision.outlet.id != "cnn"


def test_a_domain_starting_a_german_compound_names_its_outlet(registry: Registry) -> None:
    decision = _decide(registry, (9, 900, "Zur Merkur.de-Startseite", str(K.RELATED_LIST)))
    assert decision.outlet is not None and decision.outlet.id == "merkur"
    assert registry.find_domains("merkur.de-online.example") == []  # not a longer host's part


@pytest.mark.parametrize(
    ("address", "outlet_id"),
    [
        # the page lives on a namesake's site the registry does not know: no outlet
        ("abc.net.au/news/ferry-terminal-winter-timetable/101152418", None),
        # the registered outlet's own address confirms it
        ("abcnews.go.com/US/ferry-terminal-winter-timetable/story?id=101152418", "abc-news"),
    ],
)
def test_a_namesake_on_another_site_is_not_the_registered_outlet(
    registry: Registry, address: str, outlet_id: str | None
) -> None:
    decision = _decide(
        registry,
        (3, 300, "ABC News", str(K.NAVIGATION)),
        (4, 320, address, str(K.SECTION_LABEL)),
    )
    assert (decision.outlet.id if decision.outlet else None) == outlet_id


def test_a_namesake_abroad_holding_the_rights_is_not_the_registered_paper(
    registry: Registry,
) -> None:
    """ "© 2025 El País Uruguay" holds the page: "El País" in its menu is that paper."""
    decision = _decide(
        registry,
        (8, 800, "El País", str(K.FOOTER)),
        (9, 820, "© 2025 El País Uruguay. Todos los derechos reservados.", str(K.COPYRIGHT)),
    )
    assert decision.outlet is None


def test_the_publishing_company_in_capitals_names_its_paper(registry: Registry) -> None:
    decision = _decide(registry, (9, 900, "© EDICIONES EL PAÍS S.L.", str(K.COPYRIGHT)))
    assert decision.outlet is not None and decision.outlet.id == "elpais"


def test_the_site_a_teaser_links_to_is_not_the_page(registry: Registry) -> None:
    """A related list's teaser names the site it comes from in brackets."""
    decision = _decide(
        registry,
        (8, 800, "Auch interessant", str(K.RELATED_LIST)),
        (
            9,
            820,
            "Wirtshäuser in Gefahr: Welche noch schließen müssen (merkur.de)",
            str(K.RELATED_LIST),
        ),  # fmt: skip
        (
            10,
            880,
            "Der Wiesn-Wirt gibt auf: Was aus dem Zelt wird (merkur.de)",
            str(K.RELATED_LIST),
        ),  # fmt: skip
    )
    assert decision.outlet is None
    assert _decide(registry, (9, 820, "Zur Merkur.de-Startseite", str(K.RELATED_LIST))).outlet


def test_the_sites_own_whatsapp_channel_names_it(registry: Registry) -> None:
    decision = _decide(
        registry,
        (
            8,
            800,
            "Sie interessieren sich für Nachrichten? Dann sind Sie beim ZDFheute-WhatsApp-Channel"
            " genau richtig.",
            str(K.NEWSLETTER),
        ),
    )
    assert decision.outlet is not None and decision.outlet.id == "zdf"


def test_a_broadcasters_programme_note_names_its_own_station(registry: Registry) -> None:
    decision = _decide(
        registry,
        (8, 800, "Dieses Thema im Programm:", str(K.AUDIO_PLAYER)),
        (
            9,
            830,
            "NDR 1 Niedersachsen | Regional Lüneburg | 09.01.2024 | 16:30 Uhr",
            str(K.AUDIO_PLAYER),
        ),
    )
    assert decision.outlet is not None and decision.outlet.id == "ndr"


def test_a_spanish_papers_scoop_in_the_third_person_names_it(registry: Registry) -> None:
    body = (
        3,
        300,
        "El informe, al que ha tenido acceso EL MUNDO, recoge certificaciones de obra duplicadas.",
        str(K.BODY),
    )
    decision = identify_outlet([TITLE, LEAD, body], registry, min_confidence=0.5)
    assert decision.outlet is not None and decision.outlet.id == "elmundo"


def test_a_paper_quoted_for_its_scoop_is_cited(registry: Registry) -> None:
    body = (
        3,
        300,
        "Según publica EL MUNDO, el informe recoge certificaciones de obra duplicadas.",
        str(K.BODY),
    )
    decision = identify_outlet([TITLE, LEAD, body], registry, min_confidence=0.5)
    assert decision.outlet is None
    assert [c.outlet.id for c in decision.citations] == ["elmundo"]


def test_the_publishers_legal_notice_names_its_broadcaster(registry: Registry) -> None:
    decision = _decide(
        registry,
        (
            9,
            900,
            "Rai - Radiotelevisione Italiana Spa Sede legale: Viale Esempio, 14 - 00195 Roma",
            str(K.FOOTER),
        ),
    )
    assert decision.outlet is not None and decision.outlet.id == "rai"


def test_a_photographers_credit_for_the_paper_closing_a_caption_names_it(
    registry: Registry,
) -> None:
    caption = (
        5,
        500,
        "Huisarts Anna Voorbeeld in haar praktijk in Winschoten. Beeld Jelmer Voorbeeld voor de"
        " Volkskrant",
        str(K.IMAGE_CAPTION),
    )
    decision = _decide(registry, caption)
    assert decision.outlet is not None and decision.outlet.id == "volkskrant"


def test_the_sites_comment_wall_names_it_by_its_name(registry: Registry) -> None:
    wall = (
        9,
        900,
        "Subscribe to The Times to read the full comments and join the debate.",
        str(K.COMMENT_FORM),
    )
    decision = _decide(registry, wall)
    assert decision.outlet is not None and decision.outlet.id == "the-times"


@pytest.mark.parametrize(
    ("credit", "outlet_id"),
    [
        ("Das Gerät ist kaum dicker als ein Bleistift. (Bild: Anna Muster/Golem.de)", "golem"),
        ("© Bild: KURIER/Max Muster", "kurier"),
        ("A trench along a country road. (Image: Jane Example/heise online)", "heise"),
    ],
)
def test_a_staff_photographers_credit_names_the_paper_or_site(
    registry: Registry, credit: str, outlet_id: str
) -> None:
    decision = _decide(registry, (5, 500, credit, str(K.IMAGE_CAPTION)))
    assert decision.outlet is not None and decision.outlet.id == outlet_id


def test_a_broadcasters_still_in_a_credit_is_cited_not_the_publisher(registry: Registry) -> None:
    credit = "Die Kommissarin ermittelt wieder an der Küste. Foto: ZDF/Max Muster"
    decision = _decide(registry, (5, 500, credit, str(K.IMAGE_CAPTION)))
    assert decision.outlet is None
    assert [c.outlet.id for c in decision.citations] == ["zdf"]


def test_a_dateline_signed_with_the_sites_name_names_the_publisher(registry: Registry) -> None:
    # "The Times" alone is too common a phrase to be an alias; closing the dateline after its
    # time, it is the site signing its page
    dateline = (3, 400, "Friday February 28 2025, 6.42pm GMT, The Times", str(K.DATELINE))
    decision = _decide(registry, dateline)
    assert decision.outlet is not None and decision.outlet.id == "the-times"
    assert decision.rule == "dateline_name"
    unsigned = (3, 400, "Friday February 28 2025, 6.42pm GMT", str(K.DATELINE))
    assert _decide(registry, unsigned).outlet is None


def test_the_sites_desk_signing_with_its_agency_names_the_publisher(registry: Registry) -> None:
    byline = (3, 400, "Par Le Figaro Lyon avec AFP", str(K.BYLINE))
    decision = _decide(registry, byline)
    assert decision.outlet is not None and decision.outlet.id == "lefigaro"
    assert decision.rule == "desk_with_agency"


def test_a_link_to_another_site_is_no_evidence_of_the_publisher(registry: Registry) -> None:
    link = (3, 400, "Mehr Verkehrsnachrichten aus Hessen lesen Sie auch auf fr.de.", "related_link")
    assert _decide(registry, link).outlet is None


def test_an_agencys_newsroom_signing_on_a_page_whose_rights_it_holds(registry: Registry) -> None:
    desk = (3, 400, "Redazione ANSA", str(K.BYLINE))
    rights = (9, 900, "RIPRODUZIONE RISERVATA © Copyright ANSA", str(K.COPYRIGHT))
    decision = _decide(registry, desk, rights)
    assert decision.outlet is not None and decision.outlet.id == "ansa"
    assert decision.rule == "agency_own_site"
    # the rights line alone is a newspaper printing the agency's copy
    assert _decide(registry, rights).outlet is None


def test_reuters_own_page_signs_with_its_standards_link(registry: Registry) -> None:
    standards = (9, 900, "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
                 str(K.FOOTER))  # fmt: skip
    decision = _decide(registry, standards)
    assert decision.outlet is not None and decision.outlet.id == "reuters"


def test_an_aggregators_provider_line_is_no_label_of_the_site(registry: Registry) -> None:
    provider = (3, 400, "MDR · vor 5 Std.", str(K.NAVIGATION))
    decision = _decide(registry, provider)
    assert decision.rule != "alias_line"


def test_a_staff_photographers_credit_alone_in_brackets(registry: Registry) -> None:
    credit = (5, 500, "(Gina Ejemplo / Los Angeles Times)", str(K.IMAGE_CAPTION))
    decision = _decide(registry, credit)
    assert decision.outlet is not None and decision.outlet.id == "la-times"
    assert decision.rule == "staff_photo_credit"


def test_an_agencys_own_site_whose_rights_notice_forbids_reuse(registry: Registry) -> None:
    logo = (0, 0, "Agencia EFE", str(K.BYLINE))
    notice = (
        "© EFE 2025. Está expresamente prohibida la redistribución de los contenidos de EFE, "
        "sin previo y expreso consentimiento."
    )
    rights = (9, 900, notice, str(K.COPYRIGHT))
    # (the logo above the headline; the notice read as the copyright, as cleaning now reads it)
    decision = identify_outlet([logo, TITLE, LEAD, BODY, rights], registry, min_confidence=0.5)
    assert decision.outlet is not None and decision.outlet.id == "efe"


def test_the_papers_own_print_issue_under_the_text_names_it(registry: Registry) -> None:
    issue = (3, 400, "Aus der ZEIT Nr. 8/2024", str(K.FOOTER))
    decision = _decide(registry, issue)
    assert decision.outlet is not None
    assert (decision.outlet.id, decision.rule) == ("zeit", "print_issue")
    # the same words in the text are a citation, not the page's mark
    cited = (3, 400, "Aus der ZEIT Nr. 8/2024 zitierte der Minister gestern.", str(K.BODY))
    assert _decide(registry, cited).outlet is None
