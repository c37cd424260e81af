"""Our catalogue snapshot → Open Referral HSDS 3.0, and back. Pure: no ORM, no request.

A published programme is an HSDS `program`; each of its offerings is a `service` of the offering's
provider (an `organization`). The stroomschema's dimensions, the kind of support, the recognition and
the work area are `attributes` linked to terms of our taxonomy "werkroute" (opendata.taxonomy).

The mapping is a set of tables (COLUMNS and VALUES below): one row per field, naming our field as
"<owner>.<attribute>" of the snapshot dataclasses. Rows with `back` set are carried: `from_hsds`
reads them back, so an export imported into an empty database gives the same catalogue for them.
Rows without `back` are derived text for people (e.g. eligibility_description) and are not read back.
An offering's own eligibility narrows its programme's (programmes.rules.narrowed): a service carries the
eligibility that applies at that provider, its availability, the desk a person goes through, its phone and
its own conditions; a condition's answers that settle it are attributes too (condition_settled_by).

Ids are UUID5s of our keys (slugs and codes): stable across exports, never reused.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from opendata import taxonomy as tx
from opendata.tables import (
    FUNDING_VALUES,
    LANGUAGES,
    ORGANIZATION_COLUMNS,
    ORGANIZATION_VALUES,
    PROGRAM_COLUMNS,
    PROGRAM_VALUES,
    PUBLISHED,
    SERVICE_COLUMNS,
    SERVICE_VALUES,
    TABLES,
    TAXONOMY_ID,
    Value,
    first_email,
    hsds_id,
    iso_date,
    limits,
    phones_in,
    row_of,
    term_id,
    value_at,
)
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
            value = item.out(value_at(sources, item.ours))
            if value:
                self.attribute(entity, link_id, item.term, "detail", value)

    def classification(
        self, entity: str, link_id: str, programme: ProgrammeData, offering: OfferingData | None = None
    ) -> None:
        applies = limits(programme, offering)
        for dimension in tx.DIMENSIONS:
            for key, _label in dimension.choices:  # in the vocabulary's order
                if key in applies.sets[dimension.field]:
                    self.attribute(entity, link_id, tx.child(dimension.code, key), "eligibility")
        self.attribute(entity, link_id, tx.child(tx.KIND, programme.kind.slug), "classification")
        self.attribute(
            entity,
            link_id,
            tx.child(tx.RECOGNITION, programme.recognition_level),
            "evidence",
            iso_date(programme.recognition_valid_until),
        )

    def organisation(self, org: OrganisationData) -> None:
        org_id = hsds_id("organization", org.slug)
        self.add("organizations", {"id": org_id, **row_of(ORGANIZATION_COLUMNS, {"organisation": org})})
        self.values("organization", org_id, ORGANIZATION_VALUES, {"organisation": org})
        self.attribute("organization", org_id, tx.child(tx.ORGANISATION_KIND, org.kind), "classification")

    def programme(self, programme: ProgrammeData) -> None:
        program_id = hsds_id("program", programme.slug)
        providers = {o.provider.slug for o in programme.offerings}
        row = {"id": program_id}
        # HSDS gives a program one owner; a method offered by several organisations has none.
        if len(providers) == 1:
            row["organization_id"] = hsds_id("organization", next(iter(providers)))
        self.add("programs", {**row, **row_of(PROGRAM_COLUMNS, {"programme": programme})})
        self.values("program", program_id, PROGRAM_VALUES, {"programme": programme})
        self.classification("program", program_id, programme)
        self.conditions("program", program_id, programme.conditions)
        for offering in sorted(programme.offerings, key=lambda o: o.provider.slug):
            self.service(programme, offering, program_id)

    def conditions(self, entity: str, link_id: str, conditions: Iterable[ConditionData]) -> None:
        """One attribute per condition (the question), and one per answer key that settles it."""
        settling = 0
        for nth, condition in enumerate(conditions):
            self.attribute(entity, link_id, tx.CONDITION, "eligibility", condition.question, nth)
            for key, values in condition.settled_by:
                settled = {"condition": nth + 1, "question": key, "answers": sorted(values)}
                value = json.dumps(settled, ensure_ascii=False)
                self.attribute(entity, link_id, tx.SETTLED_BY, "eligibility", value, settling)
                settling += 1

    def service(self, programme: ProgrammeData, offering: OfferingData, program_id: str) -> None:
        keys = (programme.slug, offering.provider.slug)
        service_id = hsds_id("service", *keys)
        sources = {"programme": programme, "offering": offering, "service": (programme, offering)}
        row = {
            "id": service_id,
            "organization_id": hsds_id("organization", offering.provider.slug),
            "program_id": program_id,
            **row_of(SERVICE_COLUMNS, sources),
        }
        if self.publisher.assurer_email and offering.last_verified:
            row["assurer_email"] = self.publisher.assurer_email
        if keys in self.modified:
            row["last_modified"] = self.modified[keys].isoformat()
        self.add("services", row)
        self.values("service", service_id, SERVICE_VALUES, sources)
        self.classification("service", service_id, programme, offering)
        if offering.requires_care_at_provider:
            self.attribute("service", service_id, tx.CARE_AT_PROVIDER, "eligibility")
        for parent, key in ((tx.AVAILABILITY, offering.availability), (tx.DESK, offering.desk)):
            self.attribute("service", service_id, tx.child(parent, key), "classification")
        self.conditions("service", service_id, offering.conditions)
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
        else:
            regions = offering.scope == "regions"
            term = tx.AREA_REGION if regions else tx.AREA_MUNICIPALITY
            what = "Arbeidsmarktregio" if regions else "Gemeente"
            places = self.catalogue.regions if regions else self.catalogue.municipalities
            codes = offering.region_codes if regions else offering.municipality_codes
            areas = [(term, code, self._name(places, code), f"{what}, CBS-code {code}")
                     for code in sorted(codes)]
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
        if offering.phone and offering.phone not in phones_in(offering.contact):
            self.add("phones", {"id": hsds_id("phone", *keys, offering.phone), "service_id": service_id,
                                "number": offering.phone, "type": "voice"})
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
