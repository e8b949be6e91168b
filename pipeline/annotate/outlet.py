"""Which outlet published an article, and which sources it cites.

Evidence for the publisher only comes from the page's own furniture (boilerplate segments):
its domain, its copyright line, its brand standing alone as a label in menus and related lists,
the name a donation appeal asks readers to support, registry signatures. A name in the article
text is a citation ("berichtet NBC", "laut dpa"), never the publisher; citations go to their
own table. Several independent pieces of evidence combine (noisy-or); below the configured
confidence the outlet is reported unknown, with the best candidate kept for review.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

import pyarrow as pa

from pipeline import cues
from pipeline.patternset import PatternSet
from pipeline.reasons import BODY_KINDS
from pipeline.reasons import SegmentKind as K

DISCOVERED_PREFIX = "x-"
CITABLE_KINDS = BODY_KINDS | {K.IMAGE_CAPTION, K.IMAGE_CREDIT, K.SOURCES}
NOT_PUBLISHERS = frozenset({"agency", "pollster"})


# A word in capitals right before an alias in capitals, other than an article: the alias ends
# another brand's name ("AUTO BILD", "SPORT BILD"), while "DIE ZEIT" is the paper itself.
_CAPS_WORD_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:DIE|DER|DAS|THE|LE|LA|LES|EL|IL|DE|HET)\s)[A-ZÄÖÜ]{2,} $"
)


# A brand with a country after it is that country's licensee, another newsroom
_FRANCHISE = re.compile(
    r" (?:TÜRK|Türk|TURK|Turk|BRASIL|Brasil|CHILE|Chile|INDONESIA|Indonesia|PORTUGAL|Portugal"
    r"|PRIMA|Prima|PHILIPPINES|Philippines|ARABIA|Arabia|ARGENTINA|Argentina|COLOMBIA|Colombia"
    r"|MÉXICO|México|ESPAÑA|España|TÜRKÇE|Türkçe|URUGUAY|Uruguay|PERÚ|Perú|PARAGUAY|Paraguay"
    r"|VENEZUELA|Venezuela|ECUADOR|Ecuador|BOLIVIA|Bolivia)(?![\w-])"
)


# what a site offers under its own name: "ZDFheute-WhatsApp-Channel", "Tagesspiegel-Newsletter"
_OWN_PRODUCTS = (
    r"whatsapp|newsletter|app|channel|kanal|podcast|abo|push|telegram|liveblog|liveticker"
    r"|e-paper|epaper"
)
_PROGRAMME_NOTE = re.compile(
    r"(?:über dieses thema berichte|dieses thema im programm|darüber berichte|sendung\s*:)",
    re.IGNORECASE,
)
_JOINT_NAME = re.compile(r"-(?:[A-Za-z]+\d+|[A-Z]{2,})\b")
# a licensee's notice of the brand it uses: "CNN name, logo and all associated elements ® and ©
# 2024 Cable News Network" on CNN-News18's page
_LICENCE_NOTICE = re.compile(
    r"\bname,? logos? and all associated elements\b|\bused under licen[cs]e\b", re.I
)


def _in_caps_name(text: str, start: int, name: str) -> bool:
    return name.isupper() and bool(_CAPS_WORD_BEFORE.search(text, max(0, start - 30), start))


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    country: str | None
    language: str | None
    kind: str
    signatures: tuple[re.Pattern[str], ...] = ()
    weak_signatures: tuple[re.Pattern[str], ...] = ()
    origin: str = "registry"
    # the name alone on a line is an ordinary phrase there (a section: "Foreign Affairs"), so
    # only a copyright line that names it counts
    phrase_name: bool = False


@dataclass(frozen=True, slots=True)
class Evidence:
    outlet_id: str
    confidence: float
    rule: str
    text: str


@dataclass(frozen=True, slots=True)
class Citation:
    segment_seq: int
    start: int
    end: int
    surface: str
    outlet: Outlet


def trie_pattern(words: list[str], *, fold: bool = False) -> str:
    """One regex alternation for many literal words, as a trie of their characters.

    Python's ``re`` tries every branch of a flat alternation at every position; with hundreds
    of aliases that made alias search the slowest step of outlet detection. The trie shares
    prefixes, so a position is rejected after one character test; longer words still win,
    because each optional tail is tried before the shorter word it extends.
    """
    root: dict = {}
    for word in words:
        node = root
        for char in word.casefold() if fold else word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items())
                    if char]  # fmt: skip
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return render(root) or "(?!)"


@dataclass
class Registry:
    outlets: dict[str, Outlet]
    discovered: dict[str, Outlet] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> Registry:
        """Read and check the registry file; a bad entry fails loudly with its id."""
        raw = (
            path.read_bytes()
            if path
            else resources.files("pipeline").joinpath("outlets.toml").read_bytes()
        )
        outlets: dict[str, Outlet] = {}
        for entry in tomllib.loads(raw.decode("utf-8"))["outlet"]:
            ident = entry["id"]
            if ident in outlets:
                raise ValueError(f"outlet registry: duplicate id {ident!r}")
            try:
                outlets[ident] = Outlet(
                    id=ident,
                    name=entry["name"],
                    aliases=tuple(entry.get("aliases", [])),
                    domains=tuple(d.lower() for d in entry.get("domains", [])),
                    country=entry.get("country"),
                    language=entry.get("language"),
                    kind=entry["kind"],
                    signatures=tuple(re.compile(p, re.M) for p in entry.get("signatures", [])),
                    weak_signatures=tuple(
                        re.compile(p, re.M) for p in entry.get("weak_signatures", [])
                    ),
                    phrase_name=bool(entry.get("phrase_name", False)),
                )
            except (KeyError, re.error) as exc:
                raise ValueError(f"outlet registry: entry {ident!r} is invalid: {exc}") from exc
        return cls(outlets)

    def by_bare_name(self, name: str) -> list[Outlet]:
        """Outlets whose name or an alias, its article dropped, is ``name`` ("ZEIT" for "DIE
        ZEIT", "SPIEGEL" for "DER SPIEGEL")."""
        key = name.strip().casefold()
        return [
            outlet
            for outlet in self.outlets.values()
            if any(_ARTICLE.sub("", label).strip("„“\"").casefold() == key
                   for label in (outlet.name, *outlet.aliases))
        ]  # fmt: skip

    def get(self, outlet_id: str | None) -> Outlet | None:
        if outlet_id is None:
            return None
        return self.outlets.get(outlet_id) or self.discovered.get(outlet_id)

    @cached_property
    def _alias_patterns(
        self,
    ) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str]]:
        strict, caps, loose, owner = [], [], [], {}
        for outlet in self.outlets.values():
            for alias in outlet.aliases:
                owner[alias.casefold()] = outlet.id
                if alias.isupper() and len(alias) >= 3:
                    caps.append(alias)
                else:
                    (strict if len(alias) <= 6 else loose).append(alias)

        def build(parts: list[str], flags: int, end: str = r"[\w@-]") -> re.Pattern[str]:
            body = trie_pattern(parts, fold=bool(flags & re.IGNORECASE))
            return re.compile(rf"(?<![\w.@/-])(?:{body})(?!{end}|\.\w)", flags)

        # a name in capitals starts a German compound: "MOPO-Newsletter", "ZDF-Politbarometer"
        compound = r"[\w@]|-(?![A-ZÄÖÜ][a-zäöüß])"
        # a longer name before the outlet's own product: "ZDFheute-WhatsApp-Channel"
        product = rf"[\w@]|-(?!(?:{_OWN_PRODUCTS})(?![\w]))"
        return (
            build(strict, 0),
            build(caps, 0, compound),
            build(loose, re.IGNORECASE, product),
            owner,
        )

    @cached_property
    def _domain_pattern(self) -> tuple[re.Pattern[str], dict[str, str]]:
        owner = {d: o.id for o in self.outlets.values() for d in o.domains}
        # a domain may start a German compound ("Zur Merkur.de-Startseite"), not a longer name
        end = r"(?![\w]|-(?!(?-i:[A-ZÄÖÜ][a-zäöüß])))"
        pattern = re.compile(
            rf"(?<![\w-])(?:[\w-]+\.)*?({trie_pattern(list(owner), fold=True)}){end}", re.I
        )
        return pattern, owner

    @cached_property
    def _alias_set(self) -> PatternSet:
        *patterns, _ = self._alias_patterns
        return PatternSet(patterns)

    @cached_property
    def _domain_set(self) -> PatternSet:
        return PatternSet([self._domain_pattern[0]])

    @cached_property
    def _signature_set(self) -> tuple[PatternSet, list[tuple[str, str]]]:
        """Every outlet's signatures in one set (the page is scanned once, not once per
        pattern), with (outlet id, rule) of each, in registry order."""
        patterns, owners = [], []
        for outlet in self.outlets.values():
            for rule, kept in (("signature", outlet.signatures),
                               ("weak_signature", outlet.weak_signatures)):  # fmt: skip
                patterns += kept
                owners += [(outlet.id, rule)] * len(kept)
        return PatternSet(patterns), owners

    def find_signatures(self, page: str) -> list[tuple[str, str, str]]:
        """(outlet id, rule, matched text) of each signature found on the page."""
        found_set, owners = self._signature_set
        found = []
        for number in found_set.candidates(page):
            if match := found_set.patterns[number].search(page):
                found.append((*owners[number], match.group(0)))
        return found

    def find_aliases(self, text: str) -> list[tuple[int, int, str, Outlet]]:
        *_, owner = self._alias_patterns
        aliases = self._alias_set
        matches = [m for k in aliases.candidates(text) for m in aliases.patterns[k].finditer(text)]
        # Longest match first, so "RT Deutsch" is not read as "RT" plus a word.
        matches.sort(key=lambda m: (-(m.end() - m.start()), m.start()))
        taken: list[tuple[int, int]] = []
        found = []
        for match in matches:
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            if (
                match.start() > 1
                and text[match.start() - 1] == "-"
                and text[match.start() - 2].isalpha()
            ):
                continue  # the end of another name: "WESER-KURIER" is not the KURIER
            if _in_caps_name(text, match.start(), match.group(0)):
                continue  # the end of a name in capitals: "AUTO BILD" is not BILD
            if _FRANCHISE.match(text, match.end()):
                continue  # another country's licensee: "CNN TÜRK", "CNN Brasil"
            if _JOINT_NAME.match(text, match.end()):
                continue  # another brand: "CNN-News18", "CNN-IBN" (not "BILD-Reporter")
            taken.append((match.start(), match.end()))
            outlet = self.outlets[owner[match.group(0).casefold()]]
            found.append((match.start(), match.end(), match.group(0), outlet))
        return sorted(found, key=lambda item: item[0])

    @cached_property
    def _name_pattern(self) -> tuple[re.Pattern[str], dict[str, str]]:
        owner = {o.name: o.id for o in self.outlets.values()}
        # (not the end of another name: "WESER-KURIER")
        return re.compile(rf"(?<![\w-])(?:{trie_pattern(list(owner))})(?![\w])"), owner

    def find_names(self, text: str) -> list[Outlet]:
        """Canonical names, matched exactly (case-sensitive): used only where the page names
        itself (copyright lines, lone labels), since names such as "Libération" are words."""
        pattern, owner = self._name_pattern
        return [self.outlets[owner[m.group(0)]] for m in pattern.finditer(text)
                if not _in_caps_name(text, m.start(), m.group(0))
                and not _FRANCHISE.match(text, m.end())]  # fmt: skip

    def find_domains(self, text: str) -> list[tuple[str, Outlet]]:
        pattern, owner = self._domain_pattern
        if not self._domain_set.candidates(text):
            return []
        return [
            (m.group(0), self.outlets[owner[m.group(1).lower()]]) for m in pattern.finditer(text)
        ]

    def discover(self, name: str) -> Outlet:
        """An outlet named by the page itself but missing from the registry."""
        slug = re.sub(
            r"[^a-z0-9]+",
            "-",
            unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower(),
        ).strip("-")
        ident = f"{DISCOVERED_PREFIX}{slug}"
        if ident not in self.discovered:
            self.discovered[ident] = Outlet(
                ident, name, (name,), (), None, None, "unknown", origin="discovered"
            )
        return self.discovered[ident]

    def to_table(self) -> pa.Table:
        from pipeline.schemas import OUTLETS_SCHEMA

        rows = [
            {
                "outlet_id": o.id,
                "name": o.name,
                "aliases": list(o.aliases),
                "domains": list(o.domains),
                "country": o.country,
                "language": o.language,
                "kind": o.kind,
                "origin": o.origin,
            }
            for o in [*self.outlets.values(), *self.discovered.values()]
        ]
        return pa.Table.from_pylist(rows, schema=OUTLETS_SCHEMA)


# Confidence of one piece of evidence, by where it was found.
CONFIDENCE = {
    "signature": 0.95,
    "copyright_alias": 0.9,
    "copyright_company": 0.6,
    "domain_in_boilerplate": 0.85,
    "page_address": 0.9,
    "alias_line": 0.7,
    "donation_appeal_alias": 0.85,
    "donation_appeal_name": 0.75,
    "alias_in_own_ui": 0.65,
    "source_line": 0.6,
    "photographer_on_assignment": 0.7,
    "interviewer": 0.7,
    "self_reference": 0.6,
    "staff_photo_credit": 0.55,
    "dateline_name": 0.7,
    "desk_with_agency": 0.6,
    "republication_credit": 0.7,
    "alias_in_boilerplate": 0.45,
    "domain_mention": 0.4,
    "weak_signature": 0.3,
    "agency_own_site": 0.9,
    "print_issue": 0.7,
}
_PRINT_ISSUE = re.compile(r"^aus (?:der|dem) (?P<name>[\w .-]{2,30}?) (?:nr\. ?)?\d+/\d{4}$", re.I)
_ARTICLE = re.compile(r"^(?:die|der|das|the|le|la|il|el)\s+", re.I)
LIST_OF_OUTLETS = 3  # outlets named in one line of furniture that make it a list of them
_MENU_ITEMS = re.compile(r"\s+[|·•]\s+")
MENU_ITEMS = 4
_COPYRIGHT_START = re.compile(r"^(?:©|\(c\)|copyright)", re.I)
# "Source: Al Jazeera and news agencies" closes many articles with the publisher's own name.
# The site's name with its slogan, as a page title gives it: "t-online - Nachrichten für
# Deutschland", "Brand | News from the region". A slogan is short; a headline is longer.
# (not an aggregator's provider line, its name and how long ago: "MDR · vor 5 Std.")
_TAGLINE = re.compile(
    r"^(?!\s+[-–—|·]\s+(?:vor\s+\d|\d+\s*(?:std|min|h|hrs?|hours?|minutes?)\b|gestern\b"
    r"|yesterday\b))\s+[-–—|·]\s+(?:[^\s:?!]+\s+){0,4}[^\s:?!]+$",
    re.IGNORECASE,
)
_FIRST_PUBLISHED = re.compile(
    r"erschien (?:zuerst|ursprünglich)|zuerst erschienen"
    r"|(?:first|originally) (?:published|appeared)"
    r"|publié initialement|publicado originalmente|pubblicato originariamente",
    re.I,
)
# A company's legal form right after a name: the publishing house, not (only) the title.
_COMPANY_FORM = re.compile(
    r"[\s-]*(?:(?:Verlag|Medien|Media)\w*\s+)?(?:GmbH|mbH|AG|SE|KGaA|KG|Ltd|Limited|Inc|LLC|plc"
    r"|S\.A\.|S\.L\.U?\.?|S\.p\.A\.|SpA|Spa|S\.r\.l\.|Srl|B\.V\.|N\.V\.|Verlag\w*|Mediengruppe"
    r"|Media Group)(?![\w-])"
)
# the publisher's legal notice ("Sede legale: …", "Registered office: …"), as cleaning knows it
_COMPANY_REGISTER = next(rule for rule in cues.LINE_RULES if rule.rule == "company_register")
_OWN_UI_NAME = re.compile(
    r"\b(?:subscribe to|sign in to|log in to|abonnez-vous à|s['’]abonner à)\s", re.IGNORECASE
)
_SOURCE_LINE = re.compile(r"^(?:source|quelle|fuente|fonte|bron|źródło)\s*:", re.I)
# Who made a text this page reprints: "Dieses Interview wurde zuerst im Deutschlandfunk …
# ausgestrahlt", "Das Gespräch führte Miriam Beispiel vom Deutschlandfunk".
_SUPPLIED = re.compile(
    r"zuerst (?:im|in der|in|bei|beim|auf) .{0,80}(?:ausgestrahlt|gesendet|veröffentlicht"
    r"|erschienen)|(?:first|originally) (?:aired|broadcast)|das (?:gespräch|interview)"
    r" führte .{2,60}\b(?:vom|von der|beim|bei der|für)\s",
    re.I,
)
# "… und wurde für WELT leicht gekürzt": the outlet that edited a translation it prints
# "… für die", "… for the", "… voor": the outlet a text or a picture was made for
_FOR = re.compile(
    r"(?:^|\s)(?:für|for|pour|para|per|voor)\s+(?:die\s|den\s|das\s|the\s|le\s|la\s|el\s)?$",
    re.IGNORECASE,
)
_EDITED = re.compile(
    r"\s+(?:leicht |stark |redaktionell )?(?:gekürzt|übersetzt|bearbeitet|adaptiert|angepasst)\b"
    r"|\s+(?:and )?(?:lightly )?(?:edited|translated|adapted)\b",
    re.IGNORECASE,
)
# "Support Us": a pronoun, not the name of the outlet an appeal asks for
_NOT_A_NAME = frozenset({"us", "uns", "our", "we", "wir", "me", "mich", "you", "sie"})
# "Ein Mitglied der ARD", "a member station of NPR": a network the page's outlet belongs to
_MEMBER_OF = re.compile(
    r"\b(?:mitglied|teil|mitgliedsanstalt) (?:der|des|von)\s*$"
    r"|\b(?:member|part)(?: station| organi[sz]ation| newspaper)? of(?: the)?\s*$"
    r"|\bmembre de(?: la| l['’])?\s*$",
    re.IGNORECASE,
)
# "Telepolis veröffentlicht ihn mit freundlicher Genehmigung": the outlet republishing the text.
_PUBLISHES = re.compile(
    r"^\s*(?:veröffentlicht|publishes|republishes|publie|publica|pubblica)\b", re.I
)
# The page's own subscription, newsletter, comment and follow-us furniture names its outlet.
OWN_UI_KINDS = frozenset({K.PAYWALL, K.NEWSLETTER, K.COMMENT_PROMPT, K.COMMENT_FORM, K.SHARE})
LABEL_KINDS = frozenset({
    K.RELATED_LIST,
    K.NAVIGATION,
    K.FOOTER,
    K.SECTION_LABEL,
    K.BYLINE,
    K.CREDIT_LINE,
    K.DONATION_APPEAL,
    K.COPYRIGHT,
})


@dataclass(frozen=True, slots=True)
class OutletDecision:
    outlet: Outlet | None
    confidence: float | None
    rule: str | None
    evidence: str | None
    candidate: Outlet | None
    citations: list[Citation]


def identify_outlet(
    segments: Iterable[tuple[int, int, str, str]], registry: Registry, *, min_confidence: float
) -> OutletDecision:
    """Publisher and citations of one document from its (seq, start, text, kind) segments."""
    evidence: list[Evidence] = []
    citations: list[Citation] = []
    text_of_page = []
    # interview questions put by an outlet: "ZEIT ONLINE: Frau Voss, …"
    asks: dict[str, list[tuple[Citation, str]]] = {}
    previous_kind = None
    before_title = True
    head_labels: list[tuple[str, str]] = []  # (text, kind) of labels above the headline
    agency_rights: dict[str, str] = {}  # agencies holding the page's rights: the line
    segments_copyright: list[str] = []
    after_note = False  # the line under "Dieses Thema im Programm:"
    for seq, start, text, kind in segments:
        # a broadcaster's note of where it aired the story names its own programme:
        # "Dieses Thema im Programm:" / "NDR 1 Niedersachsen | Regional Lüneburg | …"
        programme = kind == K.AUDIO_PLAYER and (after_note or bool(_PROGRAMME_NOTE.match(text)))
        after_note = kind == K.AUDIO_PLAYER and bool(_PROGRAMME_NOTE.match(text))
        text_of_page.append(text)
        if kind == K.COPYRIGHT:
            segments_copyright.append(text)
        before_title = before_title and kind != K.TITLE
        if kind == K.COPYRIGHT:
            _agency_marks(text, kind, registry, set(), agency_rights)
        elif before_title and kind in LABEL_KINDS:
            head_labels.append((text, kind))
        elif kind == K.BYLINE and (desk := _DESK_BYLINE.match(text)):
            # "Redazione ANSA": the agency's own newsroom signs, as only its own site prints it
            head_labels.append((desk.group("name"), kind))
        after_author, previous_kind = previous_kind == K.BYLINE, kind
        if after_author and kind != K.BYLINE and len(text.split()) <= 3:
            # "Katrin Wellmer" / "RND": the author's network or agency, under her name, is a
            # credit of where the text came from, not the label of the site that prints it
            found = registry.find_aliases(text)
            if found and all(f[2] == text.strip() for f in found):
                for s, e, surface, outlet in found:
                    citations.append(Citation(seq, start + s, start + e, surface, outlet))
                continue
        if kind in CITABLE_KINDS:
            aliases = registry.find_aliases(text)
            own = _own_desk_and_agency(text, kind, aliases)
            if own is not None:  # "Quelle: hessenschau.de/dpa/lhe": the site's desk, an agency
                evidence.append(Evidence(own.id, CONFIDENCE["source_line"], "source_line", text))
            elif (own := _assigned_by(text, kind, aliases)) is not None:
                rule = "photographer_on_assignment"  # "Ana Lucero for NPR"
                evidence.append(Evidence(own.id, CONFIDENCE[rule], rule, text))
            elif (own := _self_reference(text, kind, aliases)) is not None:
                rule = "self_reference"  # "El informe, al que ha tenido acceso EL MUNDO, …"
                evidence.append(Evidence(own.id, CONFIDENCE[rule], rule, text))
            elif (own := _staff_photo(text, kind, aliases, registry)) is not None:
                rule = "staff_photo_credit"  # "(Bild: Name/Golem.de)", "© Bild: KURIER/Name"
                evidence.append(Evidence(own.id, CONFIDENCE[rule], rule, text))
            for s, e, surface, outlet in aliases:
                if own is not None and outlet.id == own.id:
                    continue
                citation = Citation(seq, start + s, start + e, surface, outlet)
                if s == 0 and text[e : e + 1] == ":" and outlet.kind not in NOT_PUBLISHERS:
                    asks.setdefault(outlet.id, []).append((citation, text))
                else:
                    citations.append(citation)
            continue
        if kind == K.CREDIT_LINE and _FIRST_PUBLISHED.search(text):
            # "Dieser Artikel erschien zuerst bei ntv.de": where the text came from is cited;
            # only an outlet that says it republishes it ("Telepolis veröffentlicht ihn")
            # is this page's publisher
            for s, e, surface, outlet in registry.find_aliases(text):
                if _PUBLISHES.match(text[e:]):
                    rule = "republication_credit"
                    evidence.append(Evidence(outlet.id, CONFIDENCE[rule], rule, text))
                else:
                    citations.append(Citation(seq, start + s, start + e, surface, outlet))
            continue
        if kind == K.TITLE:
            continue
        evidence.extend(_boilerplate_evidence(text, kind, registry, own_ui=programme))
    # an interview another outlet made and aired first: that outlet asks, this page reprints
    # (looked for only on a page with an interviewer's questions)
    supplied = {outlet.id for text in (text_of_page if asks else ())
                if _SUPPLIED.search(text) or _FIRST_PUBLISHED.search(text)
                for *_, outlet in registry.find_aliases(text)}  # fmt: skip
    for outlet_id, questions in asks.items():
        if len(questions) >= 2 and outlet_id not in supplied:
            # one "Spiegel: …" line quotes it; an interviewer asks again
            rule = "interviewer"
            evidence.append(Evidence(outlet_id, CONFIDENCE[rule], rule, questions[0][1]))
        else:
            citations.extend(citation for citation, _ in questions)
    page = "\n".join(text_of_page)
    # A discovered name that also stands alone on a line of the page is the page's own label.
    lines = {t.strip(' .:|·•-–—„“"') for t in text_of_page}
    for piece in list(evidence):
        outlet = registry.get(piece.outlet_id)
        if outlet is not None and outlet.origin == "discovered" and outlet.name in lines:
            evidence.append(
                Evidence(outlet.id, CONFIDENCE["alias_line"], "alias_line", outlet.name)
            )
    for outlet_id, rule, matched in registry.find_signatures(page):
        evidence.append(Evidence(outlet_id, CONFIDENCE[rule], rule, matched))
    agency_labels: set[str] = set()  # agencies naming the site above the headline
    for text, kind in head_labels if agency_rights else ():  # (only then worth a search)
        _agency_marks(text, kind, registry, agency_labels, agency_rights)
    for outlet_id in agency_labels & agency_rights.keys():
        rule = "agency_own_site"
        evidence.append(Evidence(outlet_id, CONFIDENCE[rule], rule, agency_rights[outlet_id]))
    for owner in _unknown_rights_holders(segments_copyright, registry):
        # "SZ+" on a page "© Sächsische Zeitung GmbH" holds: that paper's initials, not the
        # Süddeutsche's alias
        evidence = [e for e in evidence if not _initials_of(owner, e, registry)]
        # "© 2025 El País Uruguay": another country's paper of the same name holds the rights,
        # so "El País" in its menus is that paper, not the registered one
        franchised = _franchise_of(owner, registry)
        evidence = [
            e for e in evidence if e.outlet_id not in franchised or e.rule not in _ALIAS_RULES
        ]
    if any(_UNKNOWN_SITE_RIGHTS.match(t) and not registry.find_domains(t) and not
           registry.find_aliases(t) for t in segments_copyright) or any(
        _UNKNOWN_SITE_NAME.match(t) and not registry.find_domains(t) and not
        registry.find_aliases(t) for t in lines):  # fmt: skip
        # "© Sächsische.de – DDV Mediengruppe", or "Sächsische.de" alone on a line (its
        # masthead): a site the registry does not know holds the rights or names itself; a
        # premium label or a brand in a list ("SZ Plus") is no proof of another
        evidence = [e for e in evidence if e.rule not in _WEAK_ALIAS_RULES]
    for host in _unknown_own_addresses(lines, registry):
        # "abc.net.au/news/…" under "ABC News": the page's address is on a site the registry
        # does not know whose name starts like a registered outlet's (the US ABC News,
        # abcnews.go.com): a namesake, so that outlet's name on the page is not evidence
        namesakes = {e.outlet_id for e in evidence if e.rule in _ALIAS_RULES
                     and _names_host(registry.get(e.outlet_id), host)}  # fmt: skip
        evidence = [e for e in evidence if e.outlet_id not in namesakes]
    # "Dieser Artikel erschien zuerst bei t-online": a page says so of another site, never of
    # itself, so that site's name standing in the header is the source's label, not the page's
    # (a search of the page for the regular expression cost ~0.25 ms; the words, ~2 µs)
    cued = any(word in page for word in _FIRST_AT_WORDS) and _FIRST_AT.search(page)
    elsewhere = _first_published_at(text_of_page, registry) if cued else ()
    if elsewhere:
        evidence = [
            e for e in evidence if e.outlet_id not in elsewhere or e.rule == "republication_credit"
        ]
    return _decide(evidence, citations, registry, min_confidence)


# A site's own rights line under its domain-like name: "© Sächsische.de – DDV Mediengruppe"
_SITE_TLD = r"\.(?:de|at|ch|com|net|info|it|fr|es|nl|pl|cz)"
_UNKNOWN_SITE_RIGHTS = re.compile(
    rf"^(?:©|\(c\)|copyright)\s*(?:\d{{4}}\s*)?[\w-]+{_SITE_TLD}\b", re.IGNORECASE
)
# a site's name as its masthead prints it ("Sächsische.de"), not a platform's button ("X.com")
_UNKNOWN_SITE_NAME = re.compile(
    r"^(?!(?:facebook|instagram|twitter|youtube|tiktok|linkedin|whatsapp|threads|telegram|google"
    rf"|apple|amazon|spotify|bsky)\.)[\w-]{{4,}}{_SITE_TLD}$",
    re.I,
)
# a newsroom signing by its name: "Redazione ANSA", "Redacción EFE", "Redaktion APA"
_DESK_BYLINE = re.compile(
    r"^(?:redazione|redaktion|rédaction|redacción|redacció|redação|newsroom)\s+(?P<name>\S.{1,30})$",
    re.IGNORECASE,
)
# a desk and the agency it drew on: "Par Le Figaro Lyon avec AFP", "BFMTV avec AFP"
_DESK_WITH_AGENCY = re.compile(
    r"^(?:par |by |von |por |di )?(?P<desk>\S.{1,40}?)\s+(?:avec|with|mit|con)\s+(?:l['’])?"
    r"(?:afp|ap|reuters|dpa|ansa|efe|belga|agences?|agencies)\s*$",
    re.IGNORECASE,
)
# a name closing a dateline after its time: "…, 6.42pm GMT, The Times", "… 14:32 | Die Zeitung"
_DATELINE_NAME = re.compile(
    r"\d(?:\s*(?:[ap]\.?m\.?|uhr|h|gmt|bst|cet|cest|ist|utc))*\s*[,|·•–—]\s*"
    r"(?P<name>[^\d,|·•–—]{2,40}?)\s*$",
    re.IGNORECASE,
)
_TEASER_SOURCE = re.compile(r"\s\([\w .&+-]{2,30}\)\s*$")
_WEAK_ALIAS_RULES = frozenset({"alias_in_own_ui", "alias_in_boilerplate"})
_ALIAS_RULES = _WEAK_ALIAS_RULES | {"alias_line", "copyright_alias"}
# A line that is only an article's address (host and path), as share boxes print it
_ADDRESS_LINE = re.compile(r"^(?:https?://)?(?:www\.)?(?P<host>[\w-]+(?:\.[\w-]+)+)/[\w./%-]{8,}$")


def _unknown_own_addresses(lines: Iterable[str], registry: Registry) -> list[str]:
    """Hosts of the page's own address lines on sites the registry does not know."""
    return [match.group("host").lower() for line in lines
            if "/" in line and (match := _ADDRESS_LINE.match(line))
            and not registry.find_domains(line)]  # fmt: skip


def _names_host(outlet: Outlet | None, host: str) -> bool:
    """Whether ``host``'s first label is ``outlet``'s name or its first word ("abc" of
    "ABC News"), on a domain that is not the outlet's."""
    if outlet is None or any(host.endswith(domain) for domain in outlet.domains):
        return False
    label = host.split(".")[0]
    for alias in outlet.aliases:
        words = re.findall(r"\w+", alias.casefold())
        if words and label in (words[0], "".join(words)):
            return True
    return False


_RIGHTS_HOLDER = re.compile(
    r"^(?:©|\(c\)|copyright)(?:\s*©)?\s*(?:\d{4}\s*)?"
    r"(?P<name>[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){1,3})",
    re.IGNORECASE,
)


def _unknown_rights_holders(lines: list[str], registry: Registry) -> list[str]:
    """The names the page's rights lines give their holders, where the registry does not know
    them: "© Sächsische Zeitung GmbH 2024" -> "Sächsische Zeitung" (and a photographer's)."""
    holders = []
    for text in lines:
        if (match := _RIGHTS_HOLDER.match(text)) is None:
            continue
        words = [w for w in match.group("name").split() if not _COMPANY_FORM.fullmatch(f" {w}")]
        name = " ".join(words)
        if len(words) >= 2 and not registry.find_aliases(name) and not registry.find_domains(name):
            holders.append(name)
    return holders


def _franchise_of(owner: str, registry: Registry) -> set[str]:
    """Registered outlets whose name opens ``owner`` followed by a country's ("El País
    Uruguay"): the registry's paper is a namesake of the holder."""
    if _FRANCHISE.search(owner) is None:
        return set()
    *patterns, owners = registry._alias_patterns
    return {owners[m.group(0).casefold()] for pattern in patterns for m in pattern.finditer(owner)
            if _FRANCHISE.match(owner, m.end())}  # fmt: skip


def _initials_of(owner: str, piece: Evidence, registry: Registry) -> bool:
    """A piece of evidence that is only an abbreviation the rights holder's initials spell."""
    initials = "".join(word[0] for word in owner.split() if word[:1].isupper())
    if len(initials) < 2 or initials not in piece.text.upper():
        return False  # (the cheap test first: most pieces spell no such initials)
    surfaces = [surface.rstrip("+-").upper() for _, _, surface, outlet
                in registry.find_aliases(piece.text) if outlet.id == piece.outlet_id]  # fmt: skip
    return bool(surfaces) and all(s == initials for s in surfaces)


# "erschien zuerst bei t-online", "first appeared on Example News": a site, not a print issue
# ("erschien zuerst in der ZEIT Nr. 12/2025" on the paper's own site)
_FIRST_AT = re.compile(
    r"(?:erschien (?:zuerst|ursprünglich)|zuerst erschienen) (?:bei|auf)\s"
    r"|(?:first|originally) (?:published|appeared) (?:on|at|by)\s"
    r"|publié initialement (?:sur|par)\s|publicado originalmente (?:en|por)\s",
    re.I,
)


_FIRST_AT_WORDS = ("zuerst", "Zuerst", "ursprünglich", "first", "First", "riginally",
                   "initialement", "originalmente")  # fmt: skip


def _first_published_at(text_of_page: list[str], registry: Registry) -> set[str]:
    found: set[str] = set()
    for text in text_of_page:
        if (cue := _FIRST_AT.search(text)) is None or _FEED_FOOTER.match(text):
            continue
        stop = _SENTENCE_STOP.search(text, cue.end())  # (its own sentence only: "… bei der
        end = stop.start() if stop else len(text)  # WiWo. Ein Artikel … mit t-online.")
        for s, e, _, outlet in registry.find_aliases(text):
            if cue.end() <= s < end and not _PUBLISHES.match(text[e:]):
                found.add(outlet.id)
    return found


_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
# A blog's own feed signs each item "Der Beitrag <title> erschien zuerst auf <blog>." (The post
# … appeared first on …): a copy of the feed names its own site there.
_FEED_FOOTER = re.compile(r"^(?:der beitrag|the post|l'article|el artículo) .+ (?:erschien "
                          r"zuerst auf|appeared first on|est apparu en premier sur|apareció "
                          r"primero en)\b", re.I)  # fmt: skip


# "© 2025 Reuters. All rights reserved", "Copyright © ANSA - Tutti i diritti riservati": the
# agency right after the sign and year, and after it only words (a company form, the rights):
# not a picture's "© ANSA/Fabio Cimaglia" or a wire story's "© dpa-infocom, dpa:250306-…".
# (and "Riproduzione riservata © Copyright ANSA", "© Copyright ANSA")
_RIGHTS_PREFIX = re.compile(
    r"^(?:riproduzione riservata\s*)?(?:©|\(c\)|copyright)(?:\s*(?:©|copyright))?\s*"
    r"(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?",
    re.I,
)
# (a year may close it, or stand before the rights: "© Anadolu Ajansı 2025 - Tüm hakları …")
_RIGHTS_REST = re.compile(r"^[^\d/:@]*(?:(?<=\s)(?:19|20)\d{2}\b\.?[^\d/:@]*)?$")


def _agency_marks(
    text: str, kind: str, registry: Registry, labels: set[str], rights: dict[str, str]
) -> None:
    """Where an agency publishes on its own site. Newspapers print agency copy with the
    agency's name everywhere (bylines, credits, "© dpa-infocom" markers, "Copyright The
    Associated Press"), so one mark says nothing; the agency's own site names itself twice, in
    the page's head above the headline ("dpa Deutsche Presse-Agentur", "ANSA.it") and as the
    holder of the page's rights ("© 2025 APA – Austria Presse Agentur eG")."""
    for found_at, end, surface, outlet in registry.find_aliases(text):
        if outlet.kind != "agency":
            continue
        if kind == K.COPYRIGHT:
            prefix = _RIGHTS_PREFIX.match(text)
            if (
                prefix
                # "Copyright 2025 The Associated Press. All Rights Reserved."
                and text[prefix.end() : found_at].lower() in {"", "the "}
                and _RIGHTS_REST.match(text[end:])
            ):
                rights.setdefault(outlet.id, text)
            continue
        stripped = text.strip(" .:|·•-–—")
        if found_at == len(text) - len(text.lstrip(" .:|·•-–—")) and (
            stripped == surface
            or len(stripped.split()) <= 3
            or _TAGLINE.match(stripped[len(surface) :])
        ):
            labels.add(outlet.id)
    if kind != K.COPYRIGHT:  # a site named by its address: "ANSA.it"
        stripped = text.strip(" .:|·•-–—")
        labels.update(outlet.id for surface, outlet in registry.find_domains(text)
                      if outlet.kind == "agency" and surface == stripped)  # fmt: skip


_DESK_AND_AGENCY = re.compile(
    rf"\s*(?:/|,|&|\+|und|and|et|y|e)\s*(?:{cues.AGENCY_NAMES}"
    r"|news agencies|nachrichtenagenturen|agenturen|agencies|agences)\b",
    re.I,
)


def _self_reference(
    text: str, kind: str, aliases: list[tuple[int, int, str, Outlet]]
) -> Outlet | None:
    """A Spanish paper claims its scoops in the third person ("el informe, al que ha tenido
    acceso EL MUNDO", "según ha podido saber EL PAÍS"); another paper quoting the scoop says
    "según publica …" instead."""
    if kind not in BODY_KINDS:
        return None
    for start, _end, _surface, outlet in aliases:
        if outlet.kind not in NOT_PUBLISHERS and _OWN_SCOOP.search(text, 0, start):
            return outlet
    return None


_OWN_SCOOP = re.compile(
    r"\bha (?:tenido acceso|podido (?:saber|confirmar|constatar|comprobar|consultar))\s+$",
    re.IGNORECASE,
)


def _assigned_by(
    text: str, kind: str, aliases: list[tuple[int, int, str, Outlet]]
) -> Outlet | None:
    """A picture credited "Name for OUTLET" was taken on that outlet's assignment: the page
    is that outlet's (a wire picture is credited to the agency, not "for" anyone). The credit
    may close its caption: "… in Winschoten. Beeld Jelmer Beispiel voor de Volkskrant"."""
    if kind not in {K.IMAGE_CREDIT, K.IMAGE_CAPTION}:
        return None
    for start, end, _surface, outlet in aliases:
        credit = text[:start]
        if kind == K.IMAGE_CAPTION:
            credit = _SENTENCE_END.split(credit)[-1]
            if len(credit.split()) > 6:
                continue
        if outlet.kind not in NOT_PUBLISHERS and not text[end:].strip(" .") and _FOR.search(credit):
            return outlet
    return None


_SENTENCE_END = re.compile(r"[.!?]\s+")

# A picture credit that pairs a photographer with a paper or a site: "(Bild: Sabine Beispiel/
# Golem.de)", "© Bild: KURIER/Name". Over the labelled pages such a credit named the page's own
# outlet every time for papers, magazines and online sites; a broadcaster's name there is often
# a still from its programme on another outlet's page ("Foto: ZDF/Name"), so it is left out.
_PHOTO_CUE = (
    r"(?:\b(?:foto|fotos|bild|bilder|image|photo|picture|credit|crédit|créditos?)\s*:?|©)\s*"
)
# (an alias right after a slash is not looked for on the page, where "/" reads as a path)
_PERSON_SLASH = re.compile(
    _PHOTO_CUE + r"(?-i:[A-ZÀ-Ý])[\w'’.-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'’.-]+){0,3}\s*/\s*"
    r"(?P<outlet>[^/()]{2,40}?)\s*\)?\s*\.?\s*$",
    re.IGNORECASE,
)
# with no cue when the credit stands alone in brackets: "(Name Surname / Los Angeles Times)"
_PAREN_PERSON_SLASH = re.compile(
    r"^\(\s*(?-i:[A-ZÀ-Ý])[\w'’.-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'’.-]+){1,3}\s*/\s*"
    r"(?P<outlet>[^/()]{2,40}?)\s*\)\.?$"
)
_CUE_ONLY = re.compile(_PHOTO_CUE + r"$", re.IGNORECASE)
_SLASH_PERSON = re.compile(r"\s*/\s*[A-ZÀ-Ý][\w'’.-]+")
_STAFF_KINDS = frozenset({"newspaper", "online", "magazine"})


def _staff_photo(
    text: str, kind: str, aliases: list[tuple[int, int, str, Outlet]], registry: Registry
) -> Outlet | None:
    """The outlet whose photographer took the page's picture, as its credit says."""
    if kind not in {K.IMAGE_CREDIT, K.IMAGE_CAPTION}:
        return None
    for start, end, _surface, outlet in aliases:  # "Bild: KURIER/Name"
        head = text[max(0, start - 30) : start]
        if (
            outlet.kind in _STAFF_KINDS
            and _CUE_ONLY.search(head)
            and _SLASH_PERSON.match(text, end)
        ):
            return outlet
    if "/" in text and (
        credit := _PERSON_SLASH.search(text) or _PAREN_PERSON_SLASH.match(text)
    ):  # "Bild: Name/Golem.de", "(Name / Los Angeles Times)"
        name = credit.group("outlet")
        for start, end, _surface, outlet in registry.find_aliases(name):
            if outlet.kind in _STAFF_KINDS and start == 0 and end == len(name):
                return outlet
    return None


def _own_desk_and_agency(
    text: str, kind: str, aliases: list[tuple[int, int, str, Outlet]]
) -> Outlet | None:
    """A source line under the text that names a publisher first and an agency after it
    ("Quelle: hessenschau.de/dpa/lhe", "Source: Al Jazeera and news agencies") credits the
    site's own desk; a source line naming one other outlet alone cites it."""
    if kind not in {K.IMAGE_CREDIT, K.SOURCES} or not aliases or not _SOURCE_LINE.match(text):
        return None
    first_start, first_end, _surface, outlet = min(aliases, key=lambda found: found[0])
    if outlet.kind in NOT_PUBLISHERS or first_start > 12:
        return None
    return outlet if _DESK_AND_AGENCY.match(text, first_end) else None


def _boilerplate_evidence(
    text: str, kind: str, registry: Registry, *, own_ui: bool = False
) -> list[Evidence]:
    found: list[Evidence] = []
    if kind == K.RELATED_LINK:
        # "Mehr Verkehrsnachrichten aus Hessen lesen Sie auch auf fr.de.": a link names the
        # site it leads to, another as often as this one
        return found
    aliases = registry.find_aliases(text)
    if len({outlet.id for *_, outlet in aliases}) >= LIST_OF_OUTLETS:
        return found  # "Sender: Das Erste | ZDF | RTL | …": a list of outlets, none the page's
    sentence = len(text.split()) >= 8
    if kind == K.RELATED_LIST and (source := _TEASER_SOURCE.search(text)):
        # "Wirtshäuser in Gefahr (merkur.de)": a teaser names the site it links to
        text = text[: source.start()]
        aliases = registry.find_aliases(text)
    for _surface, outlet in registry.find_domains(text):
        if kind == K.PAGE_METADATA:
            # a scraping tool's "URL Source:", an archive's copy of an address: the page's
            # own address (an agency's own site publishes what it serves)
            found.append(Evidence(outlet.id, CONFIDENCE["page_address"], "page_address", text))
        elif outlet.kind not in NOT_PUBLISHERS or kind == K.COPYRIGHT:
            # A domain inside a sentence ("with partners like foo.de") is a mention, not a mark.
            rule = "domain_mention" if sentence and kind != K.COPYRIGHT else "domain_in_boilerplate"
            found.append(Evidence(outlet.id, CONFIDENCE[rule], rule, text))
    stripped = text.strip(" .:|·•-–—")
    for _start, _end, surface, outlet in aliases:  # noqa: B007 (_end is used below)
        if outlet.kind in NOT_PUBLISHERS:
            continue
        if _MEMBER_OF.search(text, 0, _start):
            continue  # "© Saarländischer Rundfunk – Ein Mitglied der ARD": not the ARD's page
        if _LICENCE_NOTICE.search(text):
            continue
        if (
            kind == K.COPYRIGHT
            or _COPYRIGHT_START.match(text)
            # the publisher's legal notice: "Rai - Radiotelevisione Italiana Spa Sede legale: …"
            or (_COMPANY_REGISTER.matches(text, text.lower()) and _COMPANY_FORM.match(text, _end))
        ):
            # "© Handelsblatt GmbH" under a WirtschaftsWoche page: the publishing company,
            # which may own several titles; the page's masthead names which one this is
            rule = "copyright_company" if _COMPANY_FORM.match(text, _end) else "copyright_alias"
        elif (
            kind in LABEL_KINDS
            and not text.rstrip().endswith(":")
            and (
                stripped == surface
                or (stripped.startswith(surface) and len(stripped.split()) <= 3)
                or (stripped.startswith(surface) and _TAGLINE.match(stripped[len(surface) :]))
            )
        ):
            rule = "alias_line"
        elif (
            kind in OWN_UI_KINDS
            or own_ui
            or surface.endswith("+")
            or surface.lower().endswith("plus")
        ):
            rule = "alias_in_own_ui"  # (and the site's own premium brand: "stern+ …" teasers)
        elif _SOURCE_LINE.match(text) and text.find(surface) <= 12 and kind != K.RELATED_LIST:
            # (in a list of other stories, "Source: Bloomberg · 2h ago" credits that story)
            rule = "source_line"
        elif kind == K.CREDIT_LINE and _PUBLISHES.match(text[_end:]):
            rule = "republication_credit"
        elif (
            kind == K.CREDIT_LINE and _FOR.search(text, 0, _start) and _EDITED.match(text, _end)
        ):  # "… und wurde für WELT leicht gekürzt": the outlet that prints the translation
            rule = "republication_credit"
        elif kind in {K.DONATION_APPEAL, K.PAYMENT_DETAILS}:
            rule = "donation_appeal_alias"
        elif len(_MENU_ITEMS.split(stripped)) >= MENU_ITEMS:
            continue  # one item of a menu ("Sender: Das Erste | ZDF | RTL | …") links elsewhere
        else:
            rule = "alias_in_boilerplate"
        found.append(Evidence(outlet.id, CONFIDENCE[rule], rule, text))
    if not aliases and kind in OWN_UI_KINDS and _OWN_UI_NAME.search(text):
        # the site's own wall or comment box names it: "Subscribe to The Times to read the
        # full comments" (its name alone is too common a phrase to be an alias)
        for outlet in registry.find_names(text):
            if outlet.kind not in NOT_PUBLISHERS and not outlet.phrase_name:
                rule = "alias_in_own_ui"
                found.append(Evidence(outlet.id, CONFIDENCE[rule], rule, text))
    if not aliases and (kind == K.COPYRIGHT or (kind in LABEL_KINDS and len(text.split()) <= 3)):
        for outlet in registry.find_names(text):
            # (the label is the name, or starts with it: "Auf einen Blick" names no outlet)
            if outlet.kind not in NOT_PUBLISHERS and (
                kind == K.COPYRIGHT or (stripped.startswith(outlet.name) and not outlet.phrase_name)
            ):
                rule = "copyright_alias" if kind == K.COPYRIGHT else "alias_line"
                found.append(Evidence(outlet.id, CONFIDENCE[rule], rule, text))
    if kind == K.BYLINE and (desk := _DESK_WITH_AGENCY.match(text)):
        # the site's desk signs with the agency it drew on: "Par Le Figaro Lyon avec AFP"
        for start, _end, _surface, outlet in aliases:
            if start == desk.start("desk") and outlet.kind not in NOT_PUBLISHERS:
                rule = "desk_with_agency"
                found.append(Evidence(outlet.id, CONFIDENCE[rule], rule, text))
                break
    if kind == K.DATELINE and (tail := _DATELINE_NAME.search(text)):
        # the site signs its dateline: "Friday February 28 2025, 6.42pm GMT, The Times"
        name = tail.group("name")
        named = [o for o in registry.find_names(name) if o.name == name]
        named += [o for _s, _e, surface, o in registry.find_aliases(name) if surface == name]
        for outlet in {o.id: o for o in named if o.kind not in NOT_PUBLISHERS}.values():
            rule = "dateline_name"
            found.append(Evidence(outlet.id, CONFIDENCE[rule], rule, text))
    if kind == K.FOOTER and (issue := _PRINT_ISSUE.match(text)):
        # the paper's own print issue under the text: "Aus der ZEIT Nr. 8/2024" (its name
        # declined after "der", the article of "DIE ZEIT" dropped)
        for outlet in registry.by_bare_name(issue.group("name")):
            if outlet.kind not in NOT_PUBLISHERS:
                found.append(Evidence(outlet.id, CONFIDENCE["print_issue"], "print_issue", text))
    if kind in {K.DONATION_APPEAL} and not aliases:
        if (match := cues.DONATION_NAMED.search(text)) and match.group(
            "name"
        ).casefold() not in _NOT_A_NAME:  # ("Support Us")
            outlet = registry.discover(match.group("name"))
            found.append(
                Evidence(
                    outlet.id, CONFIDENCE["donation_appeal_name"], "donation_appeal_name", text
                )
            )
    return found


def _decide(
    evidence: list[Evidence], citations: list[Citation], registry: Registry, min_confidence: float
) -> OutletDecision:
    if not evidence:
        return OutletDecision(None, None, None, None, None, citations)
    combined: dict[str, float] = {}
    best_piece: dict[str, Evidence] = {}
    seen: set[tuple[str, str, str]] = set()
    # strongest first: the best piece counts whole, repeats half (in any order of the page)
    for piece in sorted(evidence, key=lambda piece: -piece.confidence):
        key = (piece.outlet_id, piece.rule, piece.text)
        if key in seen:
            continue
        seen.add(key)
        # Repeats of the same label add little: noisy-or over distinct pieces, capped.
        prior = combined.get(piece.outlet_id, 0.0)
        combined[piece.outlet_id] = min(
            0.99, 1 - (1 - prior) * (1 - piece.confidence * 0.5) if prior else piece.confidence
        )
        if (
            piece.outlet_id not in best_piece
            or piece.confidence > best_piece[piece.outlet_id].confidence
        ):
            best_piece[piece.outlet_id] = piece
    winner = max(combined, key=lambda ident: (combined[ident], best_piece[ident].confidence))
    confidence = round(combined[winner], 3)
    piece = best_piece[winner]
    outlet = registry.get(winner)
    if confidence < min_confidence:
        return OutletDecision(None, confidence, piece.rule, piece.text, outlet, citations)
    return OutletDecision(outlet, confidence, piece.rule, piece.text, outlet, citations)
