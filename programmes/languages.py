"""Which catalogue text a reader gets, in which language: pure, no ORM, no request.

Curators write the catalogue in Dutch and give each text people read an English twin (`<field>_en`,
docs/development.md). A page in English shows the English where there is some; where there is none,
the Dutch stands in and is marked lang="nl" (WCAG 3.1.2), so a screen reader says it in Dutch.
"""

from __future__ import annotations

from dataclasses import dataclass

from programmes.catalogue import ProgrammeData

SOURCE_LANGUAGE = "nl"


@dataclass(frozen=True)
class Localised:
    text: str
    lang: str  # "" when the text is in the page's language; "nl" when Dutch stands in for English


def is_source_language(language: str | None) -> bool:
    return not language or language.split("-")[0].lower() == SOURCE_LANGUAGE


def localised(dutch: str, english: str, language: str | None) -> Localised:
    """The text for a page in `language`: Dutch on a Dutch page; English where there is some;
    else the Dutch, marked "nl" (an empty text needs no mark)."""
    if is_source_language(language):
        return Localised(dutch, "")
    if english.strip():
        return Localised(english, "")
    return Localised(dutch, SOURCE_LANGUAGE if dutch.strip() else "")


# The English a published programme needs, with the names curators know the fields by.
PROGRAMME_TEXTS = (
    ("name", "naam"), ("summary", "samenvatting"), ("description", "beschrijving"),
    ("duration", "duur"), ("intensity", "intensiteit"), ("how_to_apply", "aanmelden"),
    ("how_to_refer", "verwijzen"), ("evidence_summary", "bewijs in het kort"),
)
CONDITION_TEXTS = (("question", "vraag"), ("client_text", "vraag in eenvoudige taal"))
OFFERING_TEXTS = (
    ("contact", "contact"), ("contact_professional", "contact voor professionals"), ("note", "toelichting"),
)


def _missing(item, texts) -> list[str]:
    return [
        label for name, label in texts
        if getattr(item, name).strip() and not getattr(item, f"{name}_en").strip()
    ]


def missing_english(programme: ProgrammeData) -> tuple[str, ...]:
    """The texts of a programme that have Dutch but no English, as curators name them
    ("samenvatting", "voorwaarde 2: vraag", "aanbod van Yulius: contact"); () when none is missing."""
    found = _missing(programme, PROGRAMME_TEXTS)
    if programme.kind.name.strip() and not programme.kind.name_en.strip():
        found.append("soort ondersteuning")
    conditions = [*programme.conditions, *(c for o in programme.offerings for c in o.conditions)]
    for number, condition in enumerate(conditions, start=1):
        found += [f"voorwaarde {number}: {label}" for label in _missing(condition, CONDITION_TEXTS)]
    for offering in programme.offerings:
        who = offering.provider.name
        found += [f"aanbod van {who}: {label}" for label in _missing(offering, OFFERING_TEXTS)]
    return tuple(found)
