"""Our own published HSDS taxonomy "werkroute": the stroomschema's dimensions, and terms for what HSDS has
no field of its own for (each such attribute carries its text in `value`).

Pure data and lookups: no ORM, no request. Term codes are stable: other directories filter on them.
A child term's code is "<parent code>:<key>", e.g. "benefit:ww"; its id is a UUID5 of the code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from programmes import vocabulary as vocab
from programmes.catalogue import KindData

TAXONOMY_CODE = "werkroute"
TAXONOMY_NAME = "werkroute"
TAXONOMY_VERSION = "1"
TAXONOMY_DESCRIPTION = (
    "De indeling van Werkroute: voor wie een traject naar werk bedoeld is (de vragen van het stroomschema: "
    "om wie het gaat, zorg, ernst van de klachten, werksituatie, uitkering en wens), de soort ondersteuning, "
    "de erkenning, het werkgebied en de gegevens waar HSDS geen eigen veld voor heeft. "
    "Heeft een dienst geen kenmerk op een vraag, dan staat hij op die vraag voor iedereen open."
)
LANGUAGE = "nl"


@dataclass(frozen=True)
class Term:
    code: str
    name: str
    description: str = ""
    parent: str | None = None  # the parent term's code


@dataclass(frozen=True)
class Dimension:
    """One question of the stroomschema a programme can be limited on; no attribute = open to all."""

    code: str
    field: str  # the ProgrammeData attribute (a frozenset of keys)
    name: str
    choices: tuple[tuple[str, str], ...]


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension("concern", "concerns", "Om wie gaat het", vocab.CONCERNS),
    Dimension("care", "care", "Zorg of begeleiding", vocab.CARE),
    Dimension("severity", "severities", "Ernst van de klachten", vocab.PROGRAMME_SEVERITIES),
    Dimension("situation", "situations", "Werksituatie", vocab.PROGRAMME_SITUATIONS),
    Dimension("benefit", "benefits", "Uitkering", vocab.PROGRAMME_BENEFITS),
    Dimension("wish", "wishes", "Ondersteuningswens", vocab.PROGRAMME_WISHES),
)
DIMENSION_DESCRIPTION = (
    "Voor wie het traject bedoeld is, als antwoord op de vraag ‘{name}’ van het stroomschema."
)

# Terms whose attributes carry text in `value` (HSDS has no field for these).
KEY = "key"
RECOGNITION = "recognition"
KIND = "kind"
ORGANISATION_KIND = "organisation_kind"
CARE_AT_PROVIDER = "care_at_provider"
CONDITION = "condition"
SETTLED_BY = "condition_settled_by"
AVAILABILITY = "availability"
DESK = "desk"
AREA = "area"
AREA_NATIONAL = "area:national"
AREA_REGION = "area:region"
AREA_MUNICIPALITY = "area:municipality"

VALUE_TERMS: tuple[Term, ...] = (
    Term(
        KEY,
        "Werkroute-sleutel",
        "De vaste sleutel van dit traject of deze organisatie in Werkroute (in `value`). De HSDS-id is "
        "er een "
        "UUID5 van; de pagina van een traject is /catalogus/<sleutel>/.",
    ),
    Term("duration", "Duur", "Hoe lang het traject duurt (in `value`)."),
    Term("intensity", "Intensiteit", "Hoe vaak of hoeveel uur per week (in `value`)."),
    Term(
        "how_to_refer", "Verwijzen (voor professionals)", "Hoe een professional iemand aanmeldt (in `value`)."
    ),
    Term("evidence_summary", "Bewijs in het kort", "Wat bekend is over het effect (in `value`)."),
    Term(
        "source_caveat",
        "Let op bij de bronnen",
        "Wat oud, onzeker of onbekend is in de bronnen (in `value`).",
    ),
    Term(
        "last_verified",
        "Laatst gecontroleerd (traject)",
        "Wanneer de beschrijving van het traject laatst is gecontroleerd, als datum JJJJ-MM-DD (in `value`).",
    ),
    Term("offering_note", "Toelichting bij dit aanbod", "Wat geldt bij deze aanbieder (in `value`)."),
    Term("offering_phone", "Telefoon van dit aanbod", "Het telefoonnummer van dit aanbod (in `value`)."),
    Term(
        "offering_contact_professional",
        "Contact, voor wie het voor een ander invult",
        "Dezelfde contactroute, geschreven over ‘de cliënt’ (in `value`); zonder: de tekst van het contact.",
    ),
    Term("min_age", "Minimumleeftijd (traject)", "Vanaf welke leeftijd het traject er is (in `value`)."),
    Term("max_age", "Maximumleeftijd (traject)", "Tot en met welke leeftijd het traject er is (in `value`)."),
    Term("payer", "Wie betaalt", "Wie het traject betaalt bij deze uitkering (in `value`).", "funding"),
    Term("budget", "Budget of fonds", "Uit welk budget of fonds (in `value`).", "funding"),
    Term("applicant", "Wie vraagt aan", "Wie de financiering aanvraagt (in `value`).", "funding"),
    Term("legal_basis", "Wettelijke grondslag", "De wet of regeling (in `value`).", "funding"),
    Term("funding_note", "Toelichting bij de financiering", "In `value`.", "funding"),
)

FIXED_TERMS: tuple[Term, ...] = (
    Term("funding", "Financiering", "Gegevens over wie een traject betaalt, per uitkering."),
    Term(
        KIND, "Soort ondersteuning", "De soort ondersteuning naar werk (onderzoeksindeling van de catalogus)."
    ),
    Term(
        RECOGNITION,
        "Erkenning (Databank Effectieve Interventies)",
        "Het erkenningsniveau; bij een erkenning staat in `value` tot wanneer die geldt (JJJJ-MM-DD).",
    ),
    Term(ORGANISATION_KIND, "Soort organisatie", "Wat voor organisatie het traject aanbiedt."),
    Term(
        CARE_AT_PROVIDER,
        "Alleen voor cliënten van deze aanbieder",
        "Dit aanbod is er alleen voor mensen die bij deze aanbieder in zorg zijn.",
    ),
    Term(
        CONDITION,
        "Voorwaarde om zelf te controleren",
        "Een voorwaarde die Werkroute niet kan nagaan, als vraag in `value`; één kenmerk per voorwaarde.",
    ),
    Term(
        SETTLED_BY,
        "Voorwaarde al beantwoord door",
        "Antwoorden van het stroomschema die een voorwaarde al met ‘ja’ beantwoorden, als JSON in `value`: "
        '{"condition": <nummer van de voorwaarde bij dit traject of aanbod, vanaf 1>, "question": '
        '<vraag, bijv. "benefit">, "answers": [<antwoorden, bijv. "bijstand">]}.',
    ),
    Term(AVAILABILITY, "Beschikbaarheid", "Wat de bronnen zeggen over of dit aanbod er is."),
    Term(DESK, "Aanmelden via", "Via welk loket iemand zich meldt als het aanbod geen eigen contact heeft."),
    Term(AREA, "Werkgebied", "Waar een dienst beschikbaar is."),
    Term(AREA_NATIONAL, "Heel Nederland", "De dienst is in heel Nederland beschikbaar.", AREA),
    Term(
        AREA_REGION,
        "Arbeidsmarktregio",
        "In `value` de CBS-code van de arbeidsmarktregio (2026), bijv. AM07.",
        AREA,
    ),
    Term(AREA_MUNICIPALITY, "Gemeente", "In `value` de CBS-gemeentecode, bijv. GM0505.", AREA),
)


def child(parent: str, key: str) -> str:
    return f"{parent}:{key}"


def key_of(code: str, parent: str) -> str | None:
    """'benefit:ww' → 'ww' when the code sits under `parent`; otherwise None."""
    prefix = f"{parent}:"
    return code.removeprefix(prefix) if code.startswith(prefix) else None


def dimension_terms() -> list[Term]:
    terms = []
    for dimension in DIMENSIONS:
        terms.append(Term(dimension.code, dimension.name, DIMENSION_DESCRIPTION.format(name=dimension.name)))
        terms += [
            Term(child(dimension.code, key), label, parent=dimension.code) for key, label in dimension.choices
        ]
    return terms


def recognition_terms() -> list[Term]:
    return [
        Term(child(RECOGNITION, key), label, parent=RECOGNITION) for key, label in vocab.RECOGNITION_LEVELS
    ]


def organisation_kind_terms() -> list[Term]:
    return [
        Term(child(ORGANISATION_KIND, key), str(label), parent=ORGANISATION_KIND)
        for key, label in vocab.ORGANISATION_KINDS
    ]


def route_terms() -> list[Term]:
    """An offering's availability and the desk a person goes through."""
    return [
        *(Term(child(AVAILABILITY, key), label, parent=AVAILABILITY) for key, label in vocab.AVAILABILITIES),
        *(Term(child(DESK, key), label, parent=DESK) for key, label in vocab.DESKS),
    ]


def organisation_kind_label(kind: str) -> str:
    return dict(vocab.ORGANISATION_KINDS).get(kind, kind)


def kind_terms(kinds: Iterable[KindData]) -> list[Term]:
    """Kinds of support are catalogue data (curators add them), so their terms come from the catalogue."""
    return [
        Term(child(KIND, k.slug), k.name, k.description, KIND) for k in sorted(kinds, key=lambda k: k.slug)
    ]


def all_terms(kinds: Iterable[KindData]) -> list[Term]:
    """Every published term, parents before children."""
    return [
        *dimension_terms(),
        *FIXED_TERMS,
        *VALUE_TERMS,
        *recognition_terms(),
        *organisation_kind_terms(),
        *route_terms(),
        *kind_terms(kinds),
    ]
