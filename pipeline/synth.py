"""A synthetic landing folder for benchmarks: scraped-page shapes at any size, reproducibly.

Pages are assembled from a pool of generated sentences per language (so a million pages cost
seconds, not the hours a word-by-word generator would) and wrapped in one of many outlet house
styles: navigation, section labels, bylines, datelines in many formats, image captions and
credits, related lists, comment prompts, donation appeals with bank details, footers. A share of
pages are exact copies, same-text-other-outlet copies and light rewrites of earlier pages, and a
few files are bad (empty, binary, latin-1, double-encoded, no article text), so every branch of
the pipeline runs. Nothing here is keyed to real articles: vocabularies are invented word lists.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path

# Per language: determiners+nouns (subject/object phrases), verbs, adjectives, prepositions with
# place phrases, time phrases, connectors and speech verbs. Words are space-separated, phrases
# are "|"-separated.
_VOCAB: dict[str, dict[str, str]] = {
    "de": {
        "subj": "die Stadtverwaltung|der Gemeinderat|die Landesregierung|das Ministerium|die "
        "Bürgerinitiative|der Verband|die Polizei|das Gericht|die Feuerwehr|der Konzern|die "
        "Gewerkschaft|das Krankenhaus|die Universität|der Verein|die Opposition|der Landkreis|die "
        "Verkehrsbetriebe|das Bundesamt|die Kommission|der Stadtrat|die Schulleitung|der Vorstand",
        "obj": "neue Radwege|höhere Gebühren|den Ausbau der Schiene|mehr Personal|einen "
        "Neubau|die Sanierung der Brücke|strengere Regeln|zusätzliche Mittel|eine Studie|den "
        "Haushaltsentwurf|die Schließung des Werks|mehr Kitaplätze|ein Tempolimit|günstigere "
        "Mieten|die Förderung von Solaranlagen|eine Untersuchung|neue Stellen|den Hochwasserschutz"
        "|die Verlängerung der Frist|mehr Transparenz|ein Verbot|den Umbau des Bahnhofs",
        "verb": "fordert|plant|prüft|kritisiert|beschließt|verschiebt|unterstützt|lehnt|"
        "finanziert|verteidigt|kündigt|begrüßt|bestätigt|stoppt|erwägt|verlangt",
        "adj": "deutlich|vorerst|überraschend|erneut|offenbar|nun|kurzfristig|endgültig|"
        "ausdrücklich|einstimmig|knapp|schrittweise",
        "place": "in Niederbruck|im Kreis Altenfeld|in der Innenstadt|am Hafen|im Norden der "
        "Stadt|in Hohenwalde|an der Grenze|im Landtag|in Kleinmühlen|am Stadtrand|in Oberau|im "
        "Rathaus|in Eschenbach|im Gewerbegebiet|an der Ostküste",
        "time": "am Montag|am Dienstag|am Mittwoch|seit Wochen|bis zum Herbst|im kommenden Jahr|"
        "nach langem Streit|in dieser Woche|vor der Wahl|zum Jahresende",
        "conn": "Zudem|Allerdings|Gleichzeitig|Nach Angaben der Behörde|Dennoch|Außerdem|Bereits "
        "zuvor|Nach Einschätzung von Fachleuten|Wie berichtet",
        "say": "sagte|erklärte|betonte|warnte|räumte ein",
        "people": "Anna|Jonas|Lea|Markus|Sabine|Tobias|Katrin|Felix|Miriam|Stefan|Ute|Yusuf|"
        "Helga|Dominik|Petra|Karim",
        "last": "Albrecht|Berger|Demir|Engel|Falk|Grünwald|Hartl|Imhof|Jansen|Kessler|Lorenz|"
        "Marx|Neumaier|Oswald|Pohl|Reuter|Seidl|Thalmann|Ulrich|Vogt|Winkler|Zeller",
        "role": "Bürgermeisterin|Sprecher|Landrätin|Abgeordneter|Vorsitzende|Geschäftsführer|"
        "Stadträtin|Professor",
        "unit": "Millionen Euro|Prozent|Kilometer|Wohnungen|Stellen|Tonnen",
    },
    "en": {
        "subj": "the city council|the county board|the ministry|the regulator|the union|the "
        "hospital trust|the university|the transport authority|the opposition|the police|the "
        "court|the company|the residents' group|the school board|the state government",
        "obj": "new cycle lanes|higher fees|a rail upgrade|more staff|a new bridge|stricter rules"
        "|extra funding|an inquiry|the draft budget|the plant closure|more childcare places|a "
        "speed limit|cheaper rents|solar subsidies|a review|new jobs|flood defences|a ban",
        "verb": "demands|plans|reviews|criticises|approves|delays|backs|rejects|funds|defends|"
        "announces|welcomes|confirms|halts|considers",
        "adj": "sharply|for now|unexpectedly|again|apparently|finally|quietly|formally|narrowly|"
        "gradually|unanimously",
        "place": "in Millbrook|in the county|downtown|at the harbour|north of the city|in "
        "Ashford Vale|at the border|in the state house|in Eastwick|on the outskirts|in Redhill",
        "time": "on Monday|on Tuesday|on Wednesday|for weeks|by the autumn|next year|after a "
        "long dispute|this week|before the election|by the end of the year",
        "conn": "Meanwhile|However|At the same time|According to officials|Still|In addition|"
        "Earlier|Experts say|As reported",
        "say": "said|explained|stressed|warned|conceded",
        "people": "Emma|Liam|Olivia|Noah|Grace|Ethan|Chloe|Oscar|Maya|Daniel|Ruth|Samir",
        "last": "Archer|Bennett|Carter|Doyle|Ellison|Fletcher|Grant|Hughes|Irving|Jenkins|"
        "Keller|Lawson|Morgan|Nolan|Porter|Quinn|Reyes|Shaw",
        "role": "Mayor|spokesperson|councillor|chief executive|professor|chair",
        "unit": "million dollars|percent|miles|homes|jobs|tonnes",
    },
    "fr": {
        "subj": "la mairie|le conseil municipal|le ministère|la région|le syndicat|l'hôpital|"
        "l'université|la préfecture|l'opposition|la police|le tribunal|l'entreprise|"
        "l'association des riverains|le département",
        "obj": "de nouvelles pistes cyclables|des tarifs plus élevés|la rénovation de la gare|"
        "plus de personnel|un nouveau pont|des règles plus strictes|des fonds supplémentaires|"
        "une enquête|le projet de budget|la fermeture de l'usine|des places en crèche|une "
        "limitation de vitesse|des loyers plus bas|une étude",
        "verb": "réclame|prévoit|examine|critique|approuve|reporte|soutient|rejette|finance|"
        "défend|annonce|salue|confirme|suspend",
        "adj": "nettement|pour l'instant|à nouveau|finalement|discrètement|officiellement|"
        "de justesse|progressivement",
        "place": "à Valmont|dans le département|au centre-ville|sur le port|au nord de la ville|"
        "à Saint-Aubin|à la frontière|à Belleville-sur-Lys|en périphérie",
        "time": "lundi|mardi|mercredi|depuis des semaines|d'ici l'automne|l'an prochain|après "
        "un long conflit|cette semaine|avant les élections",
        "conn": "Par ailleurs|Cependant|En même temps|Selon les autorités|Pourtant|En outre|"
        "Auparavant|Selon des experts",
        "say": "a déclaré|a expliqué|a souligné|a averti",
        "people": "Camille|Louis|Chloé|Hugo|Manon|Jules|Inès|Théo|Claire|Mehdi",
        "last": "Arnaud|Bertin|Chevalier|Dumas|Fabre|Garnier|Lemoine|Marchand|Perrin|Roussel|Vidal",
        "role": "la maire|le porte-parole|la conseillère|le directeur|la présidente",
        "unit": "millions d'euros|pour cent|kilomètres|logements|emplois",
    },
    "es": {
        "subj": "el ayuntamiento|el gobierno regional|el ministerio|el sindicato|el hospital|"
        "la universidad|la oposición|la policía|el tribunal|la empresa|la asociación vecinal",
        "obj": "nuevos carriles bici|tasas más altas|la reforma de la estación|más personal|un "
        "nuevo puente|normas más estrictas|fondos adicionales|una investigación|el presupuesto",
        "verb": "exige|planea|revisa|critica|aprueba|aplaza|apoya|rechaza|financia|anuncia",
        "adj": "claramente|por ahora|de nuevo|finalmente|oficialmente|por poco",
        "place": "en Villanueva|en la provincia|en el centro|en el puerto|en San Martín del Río",
        "time": "el lunes|el martes|desde hace semanas|el próximo año|esta semana",
        "conn": "Además|Sin embargo|Al mismo tiempo|Según las autoridades|Aun así",
        "say": "dijo|explicó|subrayó|advirtió",
        "people": "Lucía|Mateo|Sofía|Diego|Carmen|Pablo",
        "last": "Álvarez|Benítez|Castro|Delgado|Herrera|Molina|Navarro|Ortega",
        "role": "la alcaldesa|el portavoz|la concejala|el director",
        "unit": "millones de euros|por ciento|kilómetros|viviendas",
    },
    "it": {
        "subj": "il comune|la regione|il ministero|il sindacato|l'ospedale|l'università|"
        "l'opposizione|la polizia|il tribunale|l'azienda|il comitato dei residenti",
        "obj": "nuove piste ciclabili|tariffe più alte|il restauro della stazione|più personale|"
        "un nuovo ponte|regole più severe|fondi aggiuntivi|un'indagine|il bilancio",
        "verb": "chiede|prevede|esamina|critica|approva|rinvia|sostiene|respinge|finanzia",
        "adj": "nettamente|per ora|di nuovo|infine|ufficialmente|di poco",
        "place": "a Montefiore|in provincia|in centro|al porto|a San Vito sul Lago",
        "time": "lunedì|martedì|da settimane|l'anno prossimo|questa settimana",
        "conn": "Inoltre|Tuttavia|Allo stesso tempo|Secondo le autorità|Eppure",
        "say": "ha detto|ha spiegato|ha sottolineato|ha avvertito",
        "people": "Giulia|Marco|Chiara|Luca|Elena|Paolo",
        "last": "Bianchi|Colombo|Ferrari|Galli|Moretti|Rinaldi|Santoro",
        "role": "la sindaca|il portavoce|l'assessora|il direttore",
        "unit": "milioni di euro|per cento|chilometri|alloggi",
    },
    "nl": {
        "subj": "de gemeente|de provincie|het ministerie|de vakbond|het ziekenhuis|de "
        "universiteit|de oppositie|de politie|de rechtbank|het bedrijf|de bewonersgroep",
        "obj": "nieuwe fietspaden|hogere tarieven|de verbouwing van het station|meer personeel|"
        "een nieuwe brug|strengere regels|extra geld|een onderzoek|de begroting",
        "verb": "eist|plant|onderzoekt|bekritiseert|keurt goed|stelt uit|steunt|verwerpt",
        "adj": "duidelijk|voorlopig|opnieuw|uiteindelijk|officieel|nipt",
        "place": "in Zandvoorde|in de provincie|in het centrum|bij de haven|in Oosterbeek",
        "time": "op maandag|op dinsdag|al weken|volgend jaar|deze week",
        "conn": "Daarnaast|Echter|Tegelijkertijd|Volgens de autoriteiten|Toch",
        "say": "zei|legde uit|benadrukte|waarschuwde",
        "people": "Sanne|Daan|Emma|Bram|Lotte|Thijs",
        "last": "de Vries|Jansen|Bakker|Visser|Smit|Mulder|de Boer",
        "role": "de burgemeester|de woordvoerder|de wethouder|de directeur",
        "unit": "miljoen euro|procent|kilometer|woningen",
    },
}
# Word parts that combine into thousands of topics and places, so unrelated pages share about as
# few three-word runs as real unrelated news does (the near-duplicate stage depends on it).
_PARTS: dict[str, dict[str, tuple[list[str], list[str], str]]] = {
    "de": {
        "topic": (
            "Wasser Strom Bahn Schul Kita Bus Rad Miet Wohn Energie Wärme Abfall Klima Kranken "
            "Pflege Hafen Grund Gewerbe Boden Wald Brücken Straßen Lärm Forst Jugend Sport Kultur "
            "Bürger Alten Hochwasser Netz Glasfaser Tarif Steuer Sozial Bau Park Markt"
            " Hallen".split(),
            "gebühr plan gesetz bericht projekt förderung reform konzept vertrag streit abgabe "
            "zuschuss satzung verordnung studie kosten ausbau sanierung beirat verband fonds "
            "quote prüfung debatte frist bilanz gutachten vorhaben programm haushalt".split(),
            "",
        ),
        "place": (
            "Nieder Ober Unter Alt Neu Hohen Klein Groß Bad Mittel Wester Oster Sonnen Eichen "
            "Linden Birken Mühl Stein Tann Rosen".split(),
            "bruck feld hausen dorf berg bach heim stedt au walde rode kirchen tal furt burg "
            "hagen beck weiler".split(),
            "",
        ),
    },
    "en": {
        "topic": (
            "water power rail school childcare bus cycling rent housing energy heating waste "
            "climate hospital care harbour land business park forest bridge road noise youth "
            "sports arts library broadband tax welfare market transit".split(),
            "fees plan bill report project grant reform scheme contract dispute levy subsidy "
            "rules study costs upgrade repairs panel fund quota review debate deadline audit "
            "budget inquiry programme".split(),
            " ",
        ),
        "place": (
            "Ash Oak Elm Mill Stone Red Black White Green North South East West Bright Fair "
            "Cold Long High Wood Clay".split(),
            "ford field ton bury wick ham worth by stead mouth bridge dale ley cliffe hurst "
            "gate well moor".split(),
            "",
        ),
    },
    "fr": {
        "topic": (
            "la réforme|le plan|le projet|la hausse|la baisse|le budget|le contrat|la taxe|"
            "le rapport|la subvention|l'enquête|le débat|la règle|le programme".split("|"),
            "des loyers|du réseau d'eau|des écoles|des transports|de la santé|des routes|du "
            "port|des forêts|des crèches|de l'énergie|du logement|des déchets|du climat|des "
            "marchés|de la culture|du sport".split("|"),
            " ",
        ),
        "place": (
            "Saint- Sainte- Mont Val Beau Ville Pont Bourg Roche Fonte".split(),
            "aubin marie fleury neuve lac ris villiers mont chêne croix".split(),
            "",
        ),
    },
    "es": {
        "topic": (
            "la reforma|el plan|el proyecto|la subida|el presupuesto|el contrato|la tasa|el "
            "informe|la ayuda|la investigación|el debate|la norma".split("|"),
            "de los alquileres|del agua|de las escuelas|del transporte|de la sanidad|de las "
            "carreteras|del puerto|de los bosques|de la energía|de la vivienda|de los residuos"
            "|del clima|de los mercados|de la cultura".split("|"),
            " ",
        ),
        "place": (
            "Villa Puerto Monte Valle Torre Campo Fuente Alto Vega Sierra Arroyo Olivar".split(),
            "nueva mar verde real blanca sol rosa llana seca fría honda rubia".split(),
            "",
        ),
    },
    "it": {
        "topic": (
            "la riforma|il piano|il progetto|l'aumento|il bilancio|il contratto|la tassa|il "
            "rapporto|il contributo|l'indagine|il dibattito|la norma".split("|"),
            "degli affitti|dell'acqua|delle scuole|dei trasporti|della sanità|delle strade|del "
            "porto|dei boschi|dell'energia|della casa|dei rifiuti|del clima|dei mercati|della "
            "cultura".split("|"),
            " ",
        ),
        "place": (
            "Villa Porto Monte Valle Torre Campo Castel Borgo Poggio Colle Rocca Pieve".split(),
            "nuova mare verde reale bianca sole rosa fiume piana alta secca lunga".split(),
            "",
        ),
    },
    "nl": {
        "topic": (
            "water stroom spoor school opvang bus fiets huur woning energie warmte afval "
            "klimaat zorg haven grond bos brug weg geluid jeugd sport cultuur".split(),
            "plan wet rapport project subsidie hervorming contract heffing regeling studie "
            "kosten fonds debat begroting onderzoek programma".split(),
            "",
        ),
        "place": (
            "Noord Zuid Oost West Hoog Laag Groot Klein Nieuw Oud".split(),
            "dorp veen horst broek dijk hoven wijk zand berg kerk".split(),
            "",
        ),
    },
}
_AT = {"de": "in ", "en": "in ", "fr": "à ", "es": "en ", "it": "a ", "nl": "in "}
EXACT_SHARE = 0.02  # share of pages that are byte-for-byte copies of a recent page
GENERATOR_VERSION = 2  # bump when the output for a given size and seed changes
LANGUAGE_SHARES = {"de": 0.6, "en": 0.2, "fr": 0.1, "es": 0.04, "it": 0.03, "nl": 0.03}

_MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}

# House-style pieces per language: (label of a related list, comment prompt, byline prefix,
# photo credit word, section labels, navigation lines, share line).
_STYLE: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {
        "related": ("Mehr zum Thema", "Lesen Sie auch", "Das könnte Sie auch interessieren"),
        "comments": ("Kommentare ({n})", "Diskutieren Sie mit", "Jetzt kommentieren"),
        "byline": ("Von {name}", "Ein Artikel von {name}", "Autor: {name}"),
        "credit": ("Foto: {name} / {agency}", "Bild: {agency}", "© {agency} / {name}"),
        "section": ("Politik", "Lokales", "Wirtschaft", "Panorama", "Kultur"),
        "nav": ("Startseite", "Menü", "Suche", "Anmelden", "Abo"),
        "share": ("Teilen", "Artikel teilen", "Drucken"),
        "donate": (
            "Unabhängiger Journalismus kostet Geld. Unterstützen Sie {outlet} mit einer Spende!",
            "Empfänger: {outlet} e.V. IBAN: DE{iban} BIC: GENODEF1XYZ",
        ),
    },
    "en": {
        "related": ("Related stories", "Read more", "More on this story"),
        "comments": ("Comments ({n})", "Join the conversation", "Leave a comment"),
        "byline": ("By {name}", "Written by {name}", "{name}, Reporter"),
        "credit": ("Photo: {name}/{agency}", "Image: {agency}", "Credit: {agency}"),
        "section": ("Politics", "Local", "Business", "World", "Culture"),
        "nav": ("Home", "Menu", "Search", "Sign in", "Subscribe"),
        "share": ("Share", "Share this article", "Print"),
        "donate": (
            "Independent journalism needs your support. Donate to {outlet} today.",
            "Account name: {outlet} Trust IBAN: GB{iban} BIC: NWBKGB2LXXX",
        ),
    },
    "fr": {
        "related": ("Sur le même sujet", "À lire aussi", "Lire aussi"),
        "comments": ("Commentaires ({n})", "Réagissez", "Laisser un commentaire"),
        "byline": ("Par {name}", "Publié par {name}", "{name}, journaliste"),
        "credit": ("Photo : {name} / {agency}", "Crédit : {agency}", "© {agency}"),
        "section": ("Politique", "Société", "Économie", "Monde", "Culture"),
        "nav": ("Accueil", "Menu", "Rechercher", "Se connecter", "S'abonner"),
        "share": ("Partager", "Imprimer", "Partager sur Facebook"),
        "donate": (
            "Le journalisme indépendant a besoin de vous. Soutenez {outlet} par un don.",
            "Titulaire : {outlet} IBAN : FR{iban} BIC : CCBPFRPPXXX",
        ),
    },
    "es": {
        "related": ("Noticias relacionadas", "Lea también", "Más información"),
        "comments": ("Comentarios ({n})", "Deja tu comentario", "Comentar"),
        "byline": ("Por {name}", "Escrito por {name}", "{name}, redactora"),
        "credit": ("Foto: {name} / {agency}", "Imagen: {agency}", "© {agency}"),
        "section": ("Política", "Local", "Economía", "Internacional", "Cultura"),
        "nav": ("Inicio", "Menú", "Buscar", "Iniciar sesión", "Suscríbete"),
        "share": ("Compartir", "Imprimir", "Compartir en Facebook"),
        "donate": (
            "El periodismo independiente necesita tu apoyo. Haz una donación a {outlet}.",
            "Titular: {outlet} IBAN: ES{iban} BIC: CAIXESBBXXX",
        ),
    },
    "it": {
        "related": ("Articoli correlati", "Leggi anche", "Potrebbe interessarti"),
        "comments": ("Commenti ({n})", "Lascia un commento", "Commenta"),
        "byline": ("Di {name}", "Scritto da {name}", "{name}, giornalista"),
        "credit": ("Foto: {name} / {agency}", "Immagine: {agency}", "© {agency}"),
        "section": ("Politica", "Cronaca", "Economia", "Esteri", "Cultura"),
        "nav": ("Home", "Menu", "Cerca", "Accedi", "Abbonati"),
        "share": ("Condividi", "Stampa", "Condividi su Facebook"),
        "donate": (
            "Il giornalismo indipendente ha bisogno di te. Sostieni {outlet} con una donazione.",
            "Intestatario: {outlet} IBAN: IT{iban} BIC: BCITITMMXXX",
        ),
    },
    "nl": {
        "related": ("Meer over dit onderwerp", "Lees ook", "Gerelateerde artikelen"),
        "comments": ("Reacties ({n})", "Reageer", "Plaats een reactie"),
        "byline": ("Door {name}", "Geschreven door {name}", "{name}, verslaggever"),
        "credit": ("Foto: {name} / {agency}", "Beeld: {agency}", "© {agency}"),
        "section": ("Politiek", "Regio", "Economie", "Buitenland", "Cultuur"),
        "nav": ("Home", "Menu", "Zoeken", "Inloggen", "Abonneren"),
        "share": ("Delen", "Printen", "Delen op Facebook"),
        "donate": (
            "Onafhankelijke journalistiek kost geld. Steun {outlet} met een donatie.",
            "Ten name van: {outlet} IBAN: NL{iban} BIC: INGBNL2AXXX",
        ),
    },
}
_AGENCIES = ("dpa", "Reuters", "AFP", "AP", "ANP", "EFE", "ANSA", "picture alliance")
_NAME_PARTS = {
    "de": (
        "Nord Süd West Ost Rhein Main Elb Alpen Havel Weser Mosel Isar Oder Saale Lahn".split(),
        "kurier bote anzeiger blatt rundschau post echo tagblatt nachrichten depesche".split(),
    ),
    "en": (
        "North South East West River Harbour Valley Lake Hill Coast Bay Moor".split(),
        "Gazette Herald Courier Observer Chronicle Sentinel Tribune Ledger Dispatch".split(),
    ),
}


@dataclass(frozen=True, slots=True)
class HouseStyle:
    """How one outlet lays out its pages."""

    name: str
    slug: str
    language: str
    domain: str
    date_format: int
    byline: int
    credit: int
    related: int
    comments: int
    nav: bool
    section: bool
    share: bool
    donate: bool
    lead: bool


@dataclass
class SynthReport:
    """What was generated: counts by kind and bytes written."""

    files: int = 0
    bytes: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)


def _outlets(rng: random.Random, count: int) -> list[HouseStyle]:
    """Invented outlets: ``count`` house styles spread over the languages by share."""
    fr_names = ("Le Courrier", "Le Journal", "L'Écho", "La Voix", "Le Progrès", "Le Réveil")
    fr_places = ("de Valmont", "du Littoral", "des Collines", "de l'Est", "du Val", "de la Côte")
    styles: list[HouseStyle] = []
    seen: set[str] = set()
    languages = list(LANGUAGE_SHARES)
    weights = list(LANGUAGE_SHARES.values())
    while len(styles) < count:
        language = (
            languages[len(styles)] if len(styles) < len(languages) else
            rng.choices(languages, weights)[0]
        )  # fmt: skip
        if language == "de":
            first, second = _NAME_PARTS["de"]
            name = rng.choice(first) + rng.choice(second)
        elif language == "en":
            first, second = _NAME_PARTS["en"]
            name = f"The {rng.choice(first)} {rng.choice(second)}"
        elif language == "fr":
            name = f"{rng.choice(fr_names)} {rng.choice(fr_places)}"
        else:
            name = f"{rng.choice(_VOCAB[language]['last'].split('|'))} {language.upper()} Diario"
        slug = "".join(ch for ch in name.lower().replace(" ", "-") if ch.isalnum() or ch == "-")
        if slug in seen:
            continue
        seen.add(slug)
        tld = {"de": "de", "en": "co.uk", "fr": "fr", "es": "es", "it": "it", "nl": "nl"}[language]
        styles.append(HouseStyle(
            name=name, slug=slug, language=language,
            domain=f"{slug.replace('-', '')}.{tld}",
            date_format=rng.randrange(6), byline=rng.randrange(3), credit=rng.randrange(3),
            related=rng.randrange(3), comments=rng.randrange(3), nav=rng.random() < 0.6,
            section=rng.random() < 0.7, share=rng.random() < 0.5, donate=rng.random() < 0.15,
            lead=rng.random() < 0.7,
        ))  # fmt: skip
    return styles


class _Sentences:
    """A pool of generated sentences per language; pages sample from it."""

    def __init__(self, rng: random.Random, per_language: int) -> None:
        self.pool: dict[str, list[str]] = {}
        self.words: dict[str, dict[str, list[str]]] = {}
        for language, vocab in _VOCAB.items():
            words = {key: value.split("|") for key, value in vocab.items()}
            for key, (first, second, joiner) in _PARTS.get(language, {}).items():
                at = "" if key == "topic" else _AT[language]
                combined = [f"{at}{a}{joiner}{b}" for a in first for b in second]
                words[key] = combined if key == "topic" else words[key] + combined
            self.words[language] = words
            size = max(8_000, int(per_language * LANGUAGE_SHARES[language] / 0.6))
            self.pool[language] = [self._sentence(rng, words) for _ in range(size)]

    @staticmethod
    def _sentence(rng: random.Random, w: dict[str, list[str]]) -> str:
        # Places and people are placeholders filled per page (a story names its own); topics,
        # numbers and dates vary per sentence. Stock phrases (connectives, times) are kept
        # rare, so unrelated pages share about as few three-word runs as real news does.
        person = f"{rng.choice(w['role'])} {{n{rng.randrange(3)}}}"
        number = f"{rng.randint(2, 9500)} {{u{rng.randrange(2)}}}"
        where = f"{{p{rng.randrange(4)}}}"
        # What is done by whom to what is the story's own too: each page draws its actors,
        # actions and objects from the lists once (placeholders s, v, o), as a report on one
        # subject keeps coming back to the same few.
        subj = person if rng.random() < 0.4 else f"{{s{rng.randrange(2)}}} {where}"
        obj = f"{{o{rng.randrange(3)}}} ({{t{rng.randrange(3)}}}, {rng.choice(w['place'])})"
        parts = [subj, f"{{v{rng.randrange(4)}}}"]
        if rng.random() < 0.5:
            parts.append(rng.choice(w["adj"]))
        parts.append(obj)
        if rng.random() < 0.5:
            parts.append(number)
        if rng.random() < 0.3:
            parts.append(rng.choice(w["time"]))
        if rng.random() < 0.3:
            parts.append(f"{{p{rng.randrange(4)}}}")
        text = " ".join(parts)
        if rng.random() < 0.2:
            text = f"{rng.choice(w['conn'])} {text}"
        elif rng.random() < 0.2:
            text = f"{text}, {rng.choice(w['say'])} {person}"
        return text[0].upper() + text[1:] + "."

    def entities(self, rng: random.Random, language: str) -> dict[str, str]:
        """The places, topics and people one story is about."""
        w = self.words[language]
        found = {f"p{i}": rng.choice(w["place"]) for i in range(4)}
        found |= {f"t{i}": rng.choice(w.get("topic", w["obj"])) for i in range(3)}
        found |= {f"n{i}": f"{rng.choice(w['people'])} {rng.choice(w['last'])}" for i in range(3)}
        found |= {f"s{i}": rng.choice(w["subj"]) for i in range(2)}
        found |= {f"v{i}": rng.choice(w["verb"]) for i in range(4)}
        found |= {f"o{i}": rng.choice(w["obj"]) for i in range(3)}
        found |= {f"u{i}": rng.choice(w["unit"]) for i in range(2)}
        return found

    def sentences(
        self, rng: random.Random, language: str, count: int, entities: dict[str, str]
    ) -> list[str]:
        return [s.format_map(entities) for s in rng.choices(self.pool[language], k=count)]

    def body(
        self, rng: random.Random, language: str, target_chars: int, entities: dict[str, str]
    ) -> list[str]:
        """Paragraphs of two to five sentences until ``target_chars`` is reached."""
        paragraphs: list[str] = []
        size = 0
        while size < target_chars:
            paragraph = " ".join(self.sentences(rng, language, rng.randint(2, 5), entities))
            paragraphs.append(paragraph)
            size += len(paragraph) + 1
        return paragraphs


def _dateline(style: HouseStyle, when: dt.datetime) -> str:
    months = _MONTHS[style.language].split()
    month = months[when.month - 1]
    lang = style.language
    if lang == "de":
        shapes = (
            f"{when:%d.%m.%Y}, {when:%H:%M} Uhr", f"{when.day}. {month} {when.year}",
            f"Stand: {when:%d.%m.%Y %H:%M} Uhr", f"{when:%d.%m.%Y}",
            f"Veröffentlicht am {when.day}. {month} {when.year}, {when:%H.%M} Uhr",
            f"{when:%d.%m.%Y} | {when:%H:%M}",
        )  # fmt: skip
    elif lang == "en":
        hour = when.hour % 12 or 12
        ampm = "am" if when.hour < 12 else "pm"
        shapes = (
            f"{month} {when.day}, {when.year}", f"Published {when:%Y-%m-%d}",
            f"{when.day} {month} {when.year}", f"{month} {when.day}, {when.year} {hour}:"
            f"{when:%M} {ampm}", f"Updated {when.day} {month} {when.year}",
            f"{when:%d/%m/%Y}",
        )  # fmt: skip
    elif lang == "fr":
        shapes = (
            f"Publié le {when.day} {month} {when.year} à {when:%Hh%M}",
            f"{when.day} {month} {when.year}", f"{when:%d/%m/%Y}",
            f"Mis à jour le {when:%d/%m/%Y à %Hh%M}", f"le {when.day} {month} {when.year}",
            f"{when:%d/%m/%Y %H:%M}",
        )  # fmt: skip
    else:
        shapes = (f"{when.day} {month} {when.year}", f"{when:%d/%m/%Y}", f"{when:%d-%m-%Y}")
    return shapes[style.date_format % len(shapes)]


def _page(
    rng: random.Random,
    style: HouseStyle,
    title: str,
    lead: str | None,
    body: list[str],
    when: dt.datetime,
) -> str:
    s = _STYLE[style.language]
    words = _VOCAB[style.language]
    author = f"{rng.choice(words['people'].split('|'))} {rng.choice(words['last'].split('|'))}"
    lines: list[str] = []
    if style.nav:
        lines += [style.name, *s["nav"][: rng.randint(2, 5)]]
    if style.section:
        lines.append(s["section"][rng.randrange(len(s["section"]))])
    lines.append(title)
    if style.lead and lead:
        lines.append(lead)
    lines.append(s["byline"][style.byline].format(name=author))
    lines.append(_dateline(style, when))
    if style.share:
        lines.append(s["share"][0])
    paragraphs = list(body)
    if len(paragraphs) > 3:  # an image with caption and credit after the second paragraph
        caption = f"{_cap(rng.choice(words['place'].split('|')))}: {title}"
        credit = s["credit"][style.credit].format(name=author, agency=rng.choice(_AGENCIES))
        paragraphs[2:2] = [caption, credit]
    lines += paragraphs
    lines.append(s["related"][style.related])
    for _ in range(rng.randint(2, 4)):
        lines.append(f"{_cap(rng.choice(words['subj'].split('|')))}: "
                     f"{rng.choice(words['obj'].split('|'))}")  # fmt: skip
    if style.donate:
        iban = "".join(str(rng.randrange(10)) for _ in range(20))
        lines += [part.format(outlet=style.name, iban=iban) for part in s["donate"]]
    lines.append(s["comments"][style.comments].format(n=rng.randint(0, 250)))
    lines.append(f"© {when.year} {style.name}" if rng.random() < 0.5 else style.domain)
    return "\n".join(lines) + "\n"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _title(rng: random.Random, language: str) -> str:
    w = {key: value.split("|") for key, value in _VOCAB[language].items()}
    text = f"{rng.choice(w['subj'])} {rng.choice(w['verb'])} {rng.choice(w['obj'])}"
    return text[0].upper() + text[1:]


def generate(
    root: Path,
    docs: int,
    *,
    seed: int = 0,
    outlets: int = 40,
    exact_share: float = EXACT_SHARE,
    same_text_share: float = 0.02,
    rewrite_share: float = 0.03,
    bad_share: float = 0.002,
    target_chars: int = 3_600,
) -> SynthReport:
    """Write ``docs`` files under ``root`` (outlet/yyyy-mm/number.txt) and say what they are."""
    rng = random.Random(seed)
    styles = _outlets(rng, outlets)
    sentences = _Sentences(rng, per_language=min(60_000, max(20_000, docs * 10)))
    report = SynthReport()
    languages, weights = list(LANGUAGE_SHARES), list(LANGUAGE_SHARES.values())
    by_language = {lang: [s for s in styles if s.language == lang] for lang in languages}
    recent: deque[tuple[str, str, str | None, list[str], dt.datetime, bytes]] = deque(maxlen=500)
    start = dt.datetime(2023, 1, 1, 6, 0)
    span_minutes = 2 * 365 * 24 * 60
    root.mkdir(parents=True, exist_ok=True)
    made_dirs: set[Path] = set()
    # Copies of other outlets' text and rewrites are shares of the pages that are not byte
    # copies: a corpus of mostly byte copies (to measure listing) still has a few of each.
    scale = max(0.0, 1 - bad_share - exact_share) / (1 - bad_share - EXACT_SHARE)
    same_text_share, rewrite_share = same_text_share * scale, rewrite_share * scale
    for number in range(docs):
        roll = rng.random()
        style = rng.choice(by_language[rng.choices(languages, weights)[0]])
        kind = "article"
        if roll < bad_share:
            kind, data = _bad_file(rng, sentences)
        elif recent and roll < bad_share + exact_share:
            kind, data = "exact_copy", rng.choice(recent)[5]
        elif recent and roll < bad_share + exact_share + same_text_share + rewrite_share:
            language, title, lead, body, when, _ = rng.choice(recent)
            candidates = [s for s in styles if s.language == language and s is not style]
            style = rng.choice(candidates) if candidates else style
            if roll < bad_share + exact_share + same_text_share:
                kind = "same_text_other_outlet"
            else:
                kind = "rewrite"
                fresh = sentences.sentences(rng, language, 40, sentences.entities(rng, language))
                body = _rewrite(rng, body, fresh)
            when = when + dt.timedelta(minutes=rng.randint(5, 600))
            data = _page(rng, style, title, lead, body, when).encode("utf-8")
        else:
            language = style.language
            title = _title(rng, language)
            story = sentences.entities(rng, language)
            lead = sentences.sentences(rng, language, 1, story)[0]
            size = rng.randint(target_chars // 2, target_chars)
            body = sentences.body(rng, language, size, story)
            when = start + dt.timedelta(minutes=rng.randrange(span_minutes))
            data = _page(rng, style, title, lead, body, when).encode("utf-8")
            recent.append((language, title, lead, body, when, data))
        folder = root / style.slug / f"{number // 20_000:03d}"
        if folder not in made_dirs:
            folder.mkdir(parents=True, exist_ok=True)
            made_dirs.add(folder)
        (folder / f"{number:07d}.txt").write_bytes(data)
        report.files += 1
        report.bytes += len(data)
        report.kinds[kind] += 1
        if kind not in ("empty", "binary", "whitespace"):
            report.languages[style.language] += 1
    return report


def _rewrite(rng: random.Random, body: list[str], fresh: list[str]) -> list[str]:
    """The same story retold: about a fifth of the sentences replaced, a paragraph dropped."""
    out = []
    for paragraph in body:
        sentences = paragraph.split(". ")
        sentences = [rng.choice(fresh).rstrip(".") if rng.random() < 0.2 else s for s in sentences]
        out.append(". ".join(sentences))
    if len(out) > 4:
        del out[rng.randrange(len(out))]
    return out


def _bad_file(rng: random.Random, sentences: _Sentences) -> tuple[str, bytes]:
    """One of the broken files crawls produce."""
    text = " ".join(sentences.sentences(rng, "de", 30, sentences.entities(rng, "de")))
    which = rng.randrange(6)
    if which == 0:
        return "empty", b""
    if which == 1:
        return "binary", bytes(rng.randrange(256) for _ in range(2_048))
    if which == 2:
        return "whitespace", b"\n \n\t\n"
    if which == 3:
        return "latin1", ("Meldung\n" + text).encode("latin-1", errors="replace")
    if which == 4:
        return "mojibake", ("Meldung\n" + text).encode("utf-8").decode("latin-1").encode("utf-8")
    return "no_article_text", "Startseite\nMenü\nSuche\nKommentare (0)\n".encode()
