"""Our catalogue snapshot → Open Referral HSDS 3.0, and back. Pure: no ORM, no request.

A published programme is an HSDS `program`; each of its offerings is a `service` of the offering's
provider (an `organization`). The stroomschema's dimensions, the kind of support, the recognition and
the work area are `attributes` linked to terms of our taxonomy "werkroute" (opendata.taxonomy).

The mapping is a set of tables (COLUMNS and VALUES below): one row per field, naming our field as
"<owner>.<attribute>" of the snapshot dataclasses. Rows with `back` set are carried: `from_hsds`
reads them back, so an export imported into an empty database gives the same catalogue for them.
Rows without `back` are derived text for people (e.g. eligibility_description) and are not read back.
When offerings get eligibility or structured contacts of their own, that is a row here.

Ids are UUID5s of our keys (slugs and codes): stable across exports, never reused.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from opendata import taxonomy as tx
from programmes import vocabulary as vocab
from programmes.catalogue import (
    Catalogue,
    ConditionData,
    FundingData,
    KindData,
    OfferingData,
    OrganisationData,
    ProgrammeData,
)

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


def _same(value: Any) -> Any:
    return value


def _number(value: int | None) -> int | None:
    return value


def _iso_date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _parse_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _back_text(value: Any) -> str:
    return value or ""


def _back_number(value: Any) -> int | None:
    return None if value is None else int(value)


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
    for dimension in tx.DIMENSIONS:
        keys = getattr(programme, dimension.field)
        if keys:
            labels = [_as_description(label) for key, label in dimension.choices if key in keys]
            lines.append(f"{dimension.name}: {'; '.join(labels)}.")
    low, high = programme.min_age, programme.max_age
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
    if with_conditions and programme.conditions:
        lines.append("Controleer zelf: " + " ".join(c.question for c in programme.conditions))
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
    Value("last_verified", "programme.last_verified", out=_iso_date, back=_parse_date),
)

SERVICE_COLUMNS: tuple[Column, ...] = (
    Column("name", "programme.name", back=None),  # read back from the program
    Column("description", "programme.summary"),
    Column("url", "offering.url"),
    Column("email", "offering.contact", out=first_email, back=None),  # read back from contacts
    Column("status", "programme.status", out=SERVICE_STATUS.get, back=None),
    Column("application_process", "programme.how_to_apply"),
    Column("eligibility_description", "service", out=lambda s: eligibility_text(*s), back=None),
    Column("minimum_age", "programme.min_age", out=_number, back=_back_number),
    Column("maximum_age", "programme.max_age", out=_number, back=_back_number),
    Column("accreditations", "programme", out=accreditation_text, back=None),
    Column("assured_date", "offering.last_verified", out=_iso_date, back=_parse_date),
)
SERVICE_VALUES: tuple[Value, ...] = (Value("offering_note", "offering.note"),)

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


def _get(sources: Mapping[str, Any], path: str) -> Any:
    owner, _, name = path.partition(".")
    value = sources[owner]
    return getattr(value, name) if name else value


def _columns(columns: Iterable[Column], sources: Mapping[str, Any]) -> dict[str, Any]:
    row = {}
    for column in columns:
        value = column.out(_get(sources, column.ours))
        if value is not None:
            row[column.hsds] = value
    return row


# --- Snapshot → flat HSDS tables -------------------------------------------------------------------


@dataclass
class Dataset:
    """HSDS in its tabular shape: one list of flat rows per table, linked by ids."""

    tables: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {name: [] for name in TABLES})

    def rows(self, table: str) -> list[dict[str, Any]]:
        return self.tables[table]


@dataclass(frozen=True)
class Publisher:
    """What the export says about itself; base_url makes taxonomy URIs absolute (empty: left out)."""

    base_url: str = ""
    assurer_email: str = ""


class _Builder:
    def __init__(
        self, catalogue: Catalogue, publisher: Publisher, modified: Mapping[tuple[str, str], datetime]
    ):
        self.catalogue = catalogue
        self.publisher = publisher
        self.modified = modified
        self.data = Dataset()

    def add(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        self.data.tables[table].append(row)
        return row

    def attribute(
        self, link_entity: str, link_id: str, code: str, link_type: str, value: Any = None, nth: int = 0
    ) -> None:
        keys = (link_id, code, str(nth)) if nth else (link_id, code)
        row = {
            "id": hsds_id("attribute", *keys),
            "link_id": link_id,
            "taxonomy_term_id": term_id(code),
            "link_type": link_type,
            "link_entity": link_entity,
        }
        if value:
            row["value"] = value
        self.add("attributes", row)

    def values(self, entity: str, link_id: str, values: Iterable[Value], sources: Mapping[str, Any]) -> None:
        for item in values:
            value = item.out(_get(sources, item.ours))
            if value:
                self.attribute(entity, link_id, item.term, "detail", value)

    def classification(self, entity: str, link_id: str, programme: ProgrammeData) -> None:
        for dimension in tx.DIMENSIONS:
            for key, _label in dimension.choices:  # in the vocabulary's order
                if key in getattr(programme, dimension.field):
                    self.attribute(entity, link_id, tx.child(dimension.code, key), "eligibility")
        self.attribute(entity, link_id, tx.child(tx.KIND, programme.kind.slug), "classification")
        self.attribute(
            entity,
            link_id,
            tx.child(tx.RECOGNITION, programme.recognition_level),
            "evidence",
            _iso_date(programme.recognition_valid_until),
        )

    def organisation(self, org: OrganisationData) -> None:
        org_id = hsds_id("organization", org.slug)
        self.add("organizations", {"id": org_id, **_columns(ORGANIZATION_COLUMNS, {"organisation": org})})
        self.values("organization", org_id, ORGANIZATION_VALUES, {"organisation": org})
        self.attribute("organization", org_id, tx.child(tx.ORGANISATION_KIND, org.kind), "classification")

    def programme(self, programme: ProgrammeData) -> None:
        program_id = hsds_id("program", programme.slug)
        providers = {o.provider.slug for o in programme.offerings}
        row = {"id": program_id}
        # HSDS gives a program one owner; a method offered by several organisations has none.
        if len(providers) == 1:
            row["organization_id"] = hsds_id("organization", next(iter(providers)))
        self.add("programs", {**row, **_columns(PROGRAM_COLUMNS, {"programme": programme})})
        self.values("program", program_id, PROGRAM_VALUES, {"programme": programme})
        self.classification("program", program_id, programme)
        for nth, condition in enumerate(programme.conditions):
            self.attribute("program", program_id, tx.CONDITION, "eligibility", condition.question, nth)
        for offering in sorted(programme.offerings, key=lambda o: o.provider.slug):
            self.service(programme, offering, program_id)

    def service(self, programme: ProgrammeData, offering: OfferingData, program_id: str) -> None:
        keys = (programme.slug, offering.provider.slug)
        service_id = hsds_id("service", *keys)
        sources = {"programme": programme, "offering": offering, "service": (programme, offering)}
        row = {
            "id": service_id,
            "organization_id": hsds_id("organization", offering.provider.slug),
            "program_id": program_id,
            **_columns(SERVICE_COLUMNS, sources),
        }
        if self.publisher.assurer_email and offering.last_verified:
            row["assurer_email"] = self.publisher.assurer_email
        if keys in self.modified:
            row["last_modified"] = self.modified[keys].isoformat()
        self.add("services", row)
        self.values("service", service_id, SERVICE_VALUES, sources)
        self.classification("service", service_id, programme)
        if offering.requires_care_at_provider:
            self.attribute("service", service_id, tx.CARE_AT_PROVIDER, "eligibility")
        self.areas(offering, service_id, keys)
        self.contact(offering, service_id, keys)
        for code, name in LANGUAGES:
            self.add(
                "languages",
                {
                    "id": hsds_id("language", *keys, code),
                    "service_id": service_id,
                    "name": name,
                    "code": code,
                },
            )
        for item in programme.funding:
            self.funding(item, service_id, keys)

    def areas(self, offering: OfferingData, service_id: str, keys: tuple[str, str]) -> None:
        if offering.is_national:
            areas = [(tx.AREA_NATIONAL, "", "Heel Nederland", "Landelijk")]
        elif offering.scope == "regions":
            areas = [
                (
                    tx.AREA_REGION,
                    code,
                    self._name(self.catalogue.regions, code),
                    f"Arbeidsmarktregio, CBS-code {code}",
                )
                for code in sorted(offering.region_codes)
            ]
        else:
            areas = [
                (
                    tx.AREA_MUNICIPALITY,
                    code,
                    self._name(self.catalogue.municipalities, code),
                    f"Gemeente, CBS-code {code}",
                )
                for code in sorted(offering.municipality_codes)
            ]
        for term, code, name, description in areas:
            area_id = hsds_id("service_area", *keys, code or "NL")
            self.add(
                "service_areas",
                {"id": area_id, "service_id": service_id, "name": name, "description": description},
            )
            self.attribute("service_area", area_id, term, "service_area", code)

    @staticmethod
    def _name(places: Mapping[str, Any], code: str) -> str:
        return places[code].name if code in places else code

    def contact(self, offering: OfferingData, service_id: str, keys: tuple[str, str]) -> None:
        if not offering.contact:
            return
        contact_id = hsds_id("contact", *keys)
        row = {"id": contact_id, "service_id": service_id, "name": offering.contact}
        email = first_email(offering.contact)
        if email:
            row["email"] = email
        self.add("contacts", row)
        for number in phones_in(offering.contact):
            self.add(
                "phones",
                {
                    "id": hsds_id("phone", *keys, number),
                    "service_id": service_id,
                    "contact_id": contact_id,
                    "number": number,
                    "type": "voice",
                },
            )

    def funding(self, item: FundingData, service_id: str, keys: tuple[str, str]) -> None:
        funding_id = hsds_id("funding", *keys, item.benefit)
        self.add(
            "funding",
            {"id": funding_id, "service_id": service_id, "source": f"{item.payer}, uit {item.budget}"},
        )
        benefit = tx.child("benefit", item.benefit)
        self.attribute("funding", funding_id, benefit, "funding")
        self.values("funding", funding_id, FUNDING_VALUES, {"funding": item})
        # cost_options is HSDS's structured form of fees: who pays, per benefit (derived, one way).
        cost_id = hsds_id("cost_option", *keys, item.benefit)
        self.add(
            "cost_options",
            {
                "id": cost_id,
                "service_id": service_id,
                "option": f"Met {vocab.label(vocab.BENEFITS, item.benefit)}",
                "amount_description": (
                    f"Betaald door {item.payer}, uit {item.budget}. Aanvragen: {item.applicant}."
                ),
            },
        )
        self.attribute("cost_option", cost_id, benefit, "funding")

    def taxonomy(self, kinds: Iterable[KindData]) -> None:
        base = self.publisher.base_url.rstrip("/")
        taxonomy = {
            "id": TAXONOMY_ID,
            "name": tx.TAXONOMY_NAME,
            "description": tx.TAXONOMY_DESCRIPTION,
            "version": tx.TAXONOMY_VERSION,
        }
        if base:
            taxonomy["uri"] = f"{base}/api/hsds/taxonomies/{TAXONOMY_ID}"
        self.add("taxonomies", taxonomy)
        for term in tx.all_terms(kinds):
            row = {
                "id": term_id(term.code),
                "code": term.code,
                "name": term.name,
                "description": term.description or term.name,
                "taxonomy": tx.TAXONOMY_NAME,
                "taxonomy_id": TAXONOMY_ID,
                "language": tx.LANGUAGE,
            }
            if term.parent:
                row["parent_id"] = term_id(term.parent)
            if base:
                row["term_uri"] = f"{base}/api/hsds/taxonomy_terms/{row['id']}"
            self.add("taxonomy_terms", row)


def published(catalogue: Catalogue) -> list[ProgrammeData]:
    return sorted((p for p in catalogue.programmes if p.status == PUBLISHED), key=lambda p: p.slug)


def to_hsds(
    catalogue: Catalogue,
    publisher: Publisher = Publisher(),
    modified: Mapping[tuple[str, str], datetime] | None = None,
) -> Dataset:
    """The published part of the catalogue as HSDS tables. `modified`: (programme, provider) → last change."""
    builder = _Builder(catalogue, publisher, modified or {})
    programmes = published(catalogue)
    providers = {o.provider.slug: o.provider for p in programmes for o in p.offerings}
    for slug in sorted(providers):
        builder.organisation(providers[slug])
    for programme in programmes:
        builder.programme(programme)
    builder.taxonomy({p.kind.slug: p.kind for p in programmes}.values())
    return builder.data


# --- Flat tables → nested HSDS objects (what the API returns) -----------------------------------


class Nested:
    """Composes the nested objects of the HSDS API from a Dataset's flat tables."""

    def __init__(self, data: Dataset):
        self.data = data
        self.by_id = {name: {row["id"]: row for row in rows} for name, rows in data.tables.items()}
        self.terms = self.by_id["taxonomy_terms"]
        self.taxonomy = data.rows("taxonomies")[0] if data.rows("taxonomies") else None
        self._children: dict[tuple[str, str], dict[str, list[dict]]] = {}
        for table, key in (
            ("attributes", "link_id"),
            ("service_areas", "service_id"),
            ("funding", "service_id"),
            ("cost_options", "service_id"),
            ("contacts", "service_id"),
            ("phones", "service_id"),
            ("phones", "contact_id"),
            ("languages", "service_id"),
            ("services", "organization_id"),
            ("programs", "organization_id"),
            ("services", "program_id"),
        ):
            index: dict[str, list[dict]] = defaultdict(list)
            for row in data.rows(table):
                if key in row:
                    index[row[key]].append(row)
            self._children[(table, key)] = index

    def children(self, table: str, key: str, parent_id: str) -> list[dict]:
        return self._children[(table, key)].get(parent_id, [])

    def term(self, term_row: dict) -> dict:
        term = dict(term_row)
        if self.taxonomy is not None:
            term["taxonomy_detail"] = dict(self.taxonomy)
        return term

    def attributes(self, link_id: str) -> list[dict]:
        # The term goes along (code and name), its taxonomy once at /taxonomies: keeps a service small.
        return [
            {**row, "taxonomy_term": self.terms[row["taxonomy_term_id"]]}
            for row in self.children("attributes", "link_id", link_id)
        ]

    def with_attributes(self, row: dict) -> dict:
        return {**row, "attributes": self.attributes(row["id"]), "metadata": []}

    def program(self, program_id: str) -> dict:
        return self.with_attributes(self.by_id["programs"][program_id])

    def organization(self, organization_id: str, *, services: str = "none") -> dict:
        """services: "none" (as nested in a service), "list" (one-to-one fields) or "full"."""
        row = self.by_id["organizations"][organization_id]
        nested = {
            **self.with_attributes(row),
            "funding": [],
            "contacts": [],
            "phones": [],
            "locations": [],
            "organization_identifiers": [],
            "programs": [
                self.program(p["id"]) for p in self.children("programs", "organization_id", row["id"])
            ],
        }
        if services != "none":
            rows = self.children("services", "organization_id", row["id"])
            nested["services"] = [
                self.service(s["id"]) if services == "full" else self.service_item(s["id"]) for s in rows
            ]
        return nested

    def service_item(self, service_id: str) -> dict:
        """A service with its one-to-one fields, as in a list (compiled/service_list.json)."""
        row = self.by_id["services"][service_id]
        item = dict(row)
        item["organization"] = dict(self.by_id["organizations"][row["organization_id"]])
        item["program"] = dict(self.by_id["programs"][row["program_id"]])
        return item

    def service(self, service_id: str) -> dict:
        """A fully nested service (compiled/service.json)."""
        row = self.by_id["services"][service_id]
        organization = self.by_id["organizations"][row["organization_id"]]
        contacts = [
            {**self.with_attributes(c), "phones": self.children("phones", "contact_id", c["id"])}
            for c in self.children("contacts", "service_id", service_id)
        ]
        return {
            **self.with_attributes(row),
            "organization": self.with_attributes(organization),
            "program": self.program(row["program_id"]),
            "service_areas": [
                self.with_attributes(a) for a in self.children("service_areas", "service_id", service_id)
            ],
            "funding": [self.with_attributes(f) for f in self.children("funding", "service_id", service_id)],
            "cost_options": [
                self.with_attributes(c) for c in self.children("cost_options", "service_id", service_id)
            ],
            "contacts": contacts,
            "phones": self.children("phones", "service_id", service_id),
            "languages": self.children("languages", "service_id", service_id),
            "schedules": [],
            "service_at_locations": [],
            "required_documents": [],
        }

    def taxonomy_term(self, term_id_: str) -> dict:
        return self.term(self.terms[term_id_])


# --- Nested HSDS → snapshot (for import_hsds) -----------------------------------------------------


class HsdsError(ValueError):
    """The HSDS data cannot be read as a Werkroute catalogue; the message says why, in Dutch."""


@dataclass(frozen=True)
class Imported:
    kinds: tuple[KindData, ...]
    organisations: tuple[OrganisationData, ...]
    programmes: tuple[ProgrammeData, ...]


def _put(values: dict[str, dict[str, Any]], path: str, value: Any) -> None:
    owner, _, name = path.partition(".")
    values[owner][name] = value


def _read_columns(columns: Iterable[Column], obj: Mapping[str, Any], values: dict[str, dict]) -> None:
    for column in columns:
        if column.back is not None:
            _put(values, column.ours, column.back(obj.get(column.hsds)))


class _Reader:
    def __init__(self, terms: Iterable[Mapping[str, Any]]):
        self.codes = {term["id"]: term["code"] for term in terms if term.get("code")}

    def attributes(self, obj: Mapping[str, Any]) -> list[tuple[str, Any]]:
        found = []
        for attribute in obj.get("attributes") or ():
            code = self.codes.get(attribute.get("taxonomy_term_id"))
            if code is None and isinstance(attribute.get("taxonomy_term"), Mapping):
                code = attribute["taxonomy_term"].get("code")
            if code:
                found.append((code, attribute.get("value")))
        return found

    def read_values(self, items: Iterable[Value], obj: Mapping[str, Any], values: dict[str, dict]) -> None:
        given = dict(self.attributes(obj))
        for item in items:
            _put(values, item.ours, item.back(given.get(item.term)))

    def keys_under(self, obj: Mapping[str, Any], parent: str) -> list[tuple[str, Any]]:
        return [
            (key, value)
            for code, value in self.attributes(obj)
            if (key := tx.key_of(code, parent)) is not None
        ]

    def required_key(self, obj: Mapping[str, Any], what: str) -> str:
        key = dict(self.attributes(obj)).get(tx.KEY)
        if not key:
            raise HsdsError(
                f"{what} ‘{obj.get('name', obj.get('id'))}’ heeft geen Werkroute-sleutel (attribuut ‘key’)."
            )
        return key


def from_hsds(
    organizations: Iterable[Mapping[str, Any]],
    services: Iterable[Mapping[str, Any]],
    taxonomy_terms: Iterable[Mapping[str, Any]],
) -> Imported:
    """Read back what to_hsds carries, from fully nested organizations and services."""
    terms = list(taxonomy_terms)
    reader = _Reader(terms)
    kinds = tuple(
        KindData(
            slug=key,
            name=term["name"],
            description="" if term.get("description") == term["name"] else term.get("description", ""),
        )
        for term in terms
        if (key := tx.key_of(term.get("code", ""), tx.KIND)) is not None
    )
    kinds_by_slug = {k.slug: k for k in kinds}

    organisations: dict[str, OrganisationData] = {}
    for org in organizations:
        values: dict[str, dict] = {"organisation": {}}
        _read_columns(ORGANIZATION_COLUMNS, org, values)
        reader.read_values(ORGANIZATION_VALUES, org, values)
        kind = next((key for key, _ in reader.keys_under(org, tx.ORGANISATION_KIND)), "other")
        reader.required_key(org, "Organisatie")
        organisations[org["id"]] = OrganisationData(kind=kind, **values["organisation"])

    services_by_program: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for service in services:
        if not isinstance(service.get("program"), Mapping):
            raise HsdsError(f"Dienst ‘{service.get('name')}’ hoort bij geen programma (program ontbreekt).")
        services_by_program[service["program"]["id"]].append(service)

    programmes = []
    for group in services_by_program.values():
        first = group[0]
        program = first["program"]
        values = {"programme": {}}
        reader.required_key(program, "Programma")
        _read_columns(PROGRAM_COLUMNS, program, values)
        reader.read_values(PROGRAM_VALUES, program, values)
        _read_columns([c for c in SERVICE_COLUMNS if c.ours.startswith("programme.")], first, values)
        for dimension in tx.DIMENSIONS:
            known = {key for key, _label in dimension.choices}
            keys = {key for key, _ in reader.keys_under(program, dimension.code)}
            if not keys <= known:
                raise HsdsError(
                    f"Programma ‘{program['name']}’: onbekende waarde(n) {', '.join(sorted(keys - known))} "
                    f"bij ‘{dimension.name}’."
                )
            values["programme"][dimension.field] = frozenset(keys)
        kind_slug = next((key for key, _ in reader.keys_under(program, tx.KIND)), None)
        if kind_slug not in kinds_by_slug:
            raise HsdsError(f"Programma ‘{program['name']}’ heeft geen bekende soort ondersteuning.")
        recognition = reader.keys_under(program, tx.RECOGNITION) or [("not_assessed", None)]
        level, valid_until = recognition[0]
        if level not in vocab.RECOGNITION_RANK:
            raise HsdsError(f"Programma ‘{program['name']}’: onbekende erkenning ‘{level}’.")
        offerings = tuple(
            _offering(service, organisations, reader)
            for service in sorted(group, key=lambda s: organisations[s["organization_id"]].slug)
        )
        funding = tuple(_funding(item, reader) for item in first.get("funding") or ())
        conditions = tuple(
            ConditionData(value)
            for code, value in reader.attributes(program)
            if code == tx.CONDITION and value
        )
        programmes.append(
            ProgrammeData(
                status=PUBLISHED,
                kind=kinds_by_slug[kind_slug],
                recognition_level=level,
                recognition_valid_until=_parse_date(valid_until),
                offerings=offerings,
                funding=funding,
                conditions=conditions,
                **values["programme"],
            )
        )
    return Imported(
        kinds=kinds,
        organisations=tuple(organisations.values()),
        programmes=tuple(sorted(programmes, key=lambda p: p.slug)),
    )


def _offering(
    service: Mapping[str, Any], organisations: Mapping[str, OrganisationData], reader: _Reader
) -> OfferingData:
    provider = organisations.get(service.get("organization_id", ""))
    if provider is None:
        raise HsdsError(f"Dienst ‘{service.get('name')}’: de organisatie staat niet in organizations.")
    values: dict[str, dict] = {"offering": {}}
    _read_columns([c for c in SERVICE_COLUMNS if c.ours.startswith("offering.")], service, values)
    reader.read_values(SERVICE_VALUES, service, values)
    contacts = service.get("contacts") or ()
    values["offering"]["contact"] = contacts[0].get("name", "") if contacts else ""
    care_at_provider = any(code == tx.CARE_AT_PROVIDER for code, _ in reader.attributes(service))
    areas = [
        area
        for service_area in service.get("service_areas") or ()
        for area in reader.attributes(service_area)
    ]
    regions = frozenset(value for code, value in areas if code == tx.AREA_REGION and value)
    municipalities = frozenset(value for code, value in areas if code == tx.AREA_MUNICIPALITY and value)
    if any(code == tx.AREA_NATIONAL for code, _ in areas):
        scope = "national"
    elif municipalities and not regions:
        scope = "municipalities"
    else:
        scope = "regions"
    return OfferingData(
        provider=provider,
        scope=scope,
        region_codes=regions,
        municipality_codes=municipalities,
        requires_care_at_provider=care_at_provider,
        **values["offering"],
    )


def _funding(item: Mapping[str, Any], reader: _Reader) -> FundingData:
    values: dict[str, dict] = {"funding": {}}
    reader.read_values(FUNDING_VALUES, item, values)
    benefit = next((key for key, _ in reader.keys_under(item, "benefit")), None)
    if benefit not in dict(vocab.PROGRAMME_BENEFITS):
        raise HsdsError(f"Financiering ‘{item.get('source')}’ noemt geen bekende uitkering.")
    return FundingData(benefit=benefit, **values["funding"])
