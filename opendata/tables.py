"""The HSDS mapping's tables and converters: one row per field, our field → HSDS (see opendata.mapping)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from opendata import taxonomy as tx
from programmes import vocabulary as vocab
from programmes.catalogue import (
    OfferingData,
    ProgrammeData,
)
from programmes.rules import Limits, narrowed

HSDS_VERSION = "3.0"
PUBLISHED = "published"
# Never change: every published id is derived from it.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://werkroute.nl/open-data/hsds")
# The catalogue has no language per offering; every programme in it is given in Dutch.
LANGUAGES = (("nl", "Nederlands"),)
SERVICE_STATUS = {"published": "active", "ended": "defunct", "concept": "inactive"}


def hsds_id(kind: str, *keys: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join((kind, *keys))))


def term_id(code: str) -> str:
    return hsds_id("taxonomy_term", tx.TAXONOMY_CODE, code)


TAXONOMY_ID = hsds_id("taxonomy", tx.TAXONOMY_CODE)


# --- Converters ------------------------------------------------------------------------------------


def _text(value: Any) -> str | None:
    return value or None  # "" is left out rather than published as an empty field


def iso_date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def date_from_iso(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _back_text(value: Any) -> str:
    return value or ""


def _back_number(value: Any) -> int | None:
    return None if value in (None, "") else int(value)


def _number_text(value: int | None) -> str | None:
    return None if value is None else str(value)


def limits(programme: ProgrammeData, offering: OfferingData | None = None) -> Limits:
    """The eligibility that applies: the programme's, narrowed by the offering's own (programmes.rules)."""
    fields = [dimension.field for dimension in tx.DIMENSIONS]
    own = Limits({f: getattr(programme, f) for f in fields}, programme.min_age, programme.max_age)
    if offering is None:
        return own
    given = Limits({f: getattr(offering, f) for f in fields}, offering.min_age, offering.max_age)
    return narrowed(own, given)


def service_status(service: tuple[ProgrammeData, OfferingData]) -> str | None:
    programme, offering = service
    if offering.availability == vocab.Availability.NOT_OFFERED:
        return "inactive"  # a source says it is not offered there
    return SERVICE_STATUS.get(programme.status)


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?:\+31[ -]?|0)\d[\d \-]{6,}\d")


def emails_in(text: str) -> list[str]:
    return _EMAIL.findall(text or "")


def phones_in(text: str) -> list[str]:
    return [match.strip() for match in _PHONE.findall(text or "")]


def first_email(text: str) -> str | None:
    return next(iter(emails_in(text)), None)


def _as_description(label: str) -> str:
    """'Ja, ernstige problemen (EPA)' (an answer to a question) → 'Ernstige problemen (EPA)'."""
    for prefix in ("Ja, ", "Nee, "):
        if label.startswith(prefix):
            rest = label.removeprefix(prefix)
            return rest[:1].upper() + rest[1:]
    return label


def eligibility_text(
    programme: ProgrammeData, offering: OfferingData | None = None, *, with_conditions: bool = True
) -> str:
    """The eligibility in words, for people reading another directory (machines read the attributes)."""
    lines = []
    applies = limits(programme, offering)
    for dimension in tx.DIMENSIONS:
        keys = applies.sets[dimension.field]
        if keys:
            labels = [_as_description(label) for key, label in dimension.choices if key in keys]
            lines.append(f"{dimension.name}: {'; '.join(labels)}.")
    low, high = applies.min_age, applies.max_age
    if low is not None and high is not None:
        lines.append(f"Leeftijd: van {low} tot en met {high} jaar.")
    elif low is not None:
        lines.append(f"Leeftijd: vanaf {low} jaar.")
    elif high is not None:
        lines.append(f"Leeftijd: tot en met {high} jaar.")
    if offering is not None and offering.requires_care_at_provider:
        lines.append(f"Alleen voor cliënten van {offering.provider.name}.")
    if not lines:
        lines.append("Geen beperkingen: het traject staat voor iedereen open.")
    conditions = (*programme.conditions, *(offering.conditions if offering is not None else ()))
    if with_conditions and conditions:
        lines.append("Controleer zelf: " + " ".join(c.question for c in conditions))
    return "\n".join(lines)


def accreditation_text(programme: ProgrammeData) -> str | None:
    if programme.recognition_level == "not_assessed":
        return None
    level = vocab.label(vocab.RECOGNITION_LEVELS, programme.recognition_level)
    text = f"Databank Effectieve Interventies: {level}"
    if programme.recognition_valid_until:
        text += f" (geldig tot {programme.recognition_valid_until.isoformat()})"
    return text


# --- The tables ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """An HSDS field of an object, filled from one of our fields."""

    hsds: str
    ours: str  # "<owner>.<attribute>", or "<owner>" for a derived value computed from the whole object
    out: Callable[[Any], Any] = _text
    back: Callable[[Any], Any] | None = _back_text  # None: derived, not read back


@dataclass(frozen=True)
class Value:
    """An attribute with a text value, for one of our fields HSDS has no field for."""

    term: str
    ours: str
    out: Callable[[Any], Any] = _text
    back: Callable[[Any], Any] = _back_text


ORGANIZATION_COLUMNS: tuple[Column, ...] = (
    Column("name", "organisation.name"),
    # HSDS requires a description; the snapshot keeps none, so the kind of organisation stands in.
    Column("description", "organisation.kind", out=tx.organisation_kind_label, back=None),
    Column("website", "organisation.website"),
)
ORGANIZATION_VALUES: tuple[Value, ...] = (Value(tx.KEY, "organisation.slug"),)

PROGRAM_COLUMNS: tuple[Column, ...] = (
    Column("name", "programme.name"),
    Column("description", "programme.description"),
)
PROGRAM_VALUES: tuple[Value, ...] = (
    Value(tx.KEY, "programme.slug"),
    Value("duration", "programme.duration"),
    Value("intensity", "programme.intensity"),
    Value("how_to_refer", "programme.how_to_refer"),
    Value("evidence_summary", "programme.evidence_summary"),
    Value("source_caveat", "programme.source_caveat"),
    Value("last_verified", "programme.last_verified", out=iso_date, back=date_from_iso),
    Value("min_age", "programme.min_age", out=_number_text, back=_back_number),
    Value("max_age", "programme.max_age", out=_number_text, back=_back_number),
)

SERVICE_COLUMNS: tuple[Column, ...] = (
    Column("name", "programme.name", back=None),  # read back from the program
    Column("description", "programme.summary"),
    Column("url", "offering.url"),
    Column("email", "offering.contact", out=first_email, back=None),  # read back from contacts
    Column("status", "service", out=service_status, back=None),
    Column("application_process", "programme.how_to_apply"),
    Column("eligibility_description", "service", out=lambda s: eligibility_text(*s), back=None),
    # The ages that apply at this provider; read back as the offering's own where they differ.
    Column("minimum_age", "service", out=lambda s: limits(*s).min_age, back=None),
    Column("maximum_age", "service", out=lambda s: limits(*s).max_age, back=None),
    Column("accreditations", "programme", out=accreditation_text, back=None),
    Column("assured_date", "offering.last_verified", out=iso_date, back=date_from_iso),
)
SERVICE_VALUES: tuple[Value, ...] = (
    Value("offering_note", "offering.note"),
    Value("offering_phone", "offering.phone"),
    Value("offering_contact_professional", "offering.contact_professional"),
)

FUNDING_VALUES: tuple[Value, ...] = (
    Value("payer", "funding.payer"),
    Value("budget", "funding.budget"),
    Value("applicant", "funding.applicant"),
    Value("legal_basis", "funding.legal_basis"),
    Value("funding_note", "funding.note"),
)

# The HSDS tables we fill, in the order of the tabular form (datapackage.json).
TABLES = (
    "organizations",
    "programs",
    "services",
    "attributes",
    "contacts",
    "phones",
    "funding",
    "service_areas",
    "languages",
    "taxonomy_terms",
    "cost_options",
    "taxonomies",
)


def value_at(sources: Mapping[str, Any], path: str) -> Any:
    owner, _, name = path.partition(".")
    value = sources[owner]
    return getattr(value, name) if name else value


def row_of(columns: Iterable[Column], sources: Mapping[str, Any]) -> dict[str, Any]:
    row = {}
    for column in columns:
        value = column.out(value_at(sources, column.ours))
        if value is not None:
            row[column.hsds] = value
    return row


