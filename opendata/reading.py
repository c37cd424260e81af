"""Nested HSDS → our catalogue snapshot (for import_hsds): the mapping's rows with `back`, read back."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from opendata import tables
from opendata import taxonomy as tx
from programmes import catalogue
from programmes import vocabulary as vocab

# --- Nested HSDS → snapshot (for import_hsds) -----------------------------------------------------


class HsdsError(ValueError):
    """The HSDS data cannot be read as a Werkroute catalogue; the message says why, in Dutch."""


@dataclass(frozen=True)
class Imported:
    kinds: tuple[catalogue.KindData, ...]
    organisations: tuple[catalogue.OrganisationData, ...]
    programmes: tuple[catalogue.ProgrammeData, ...]


def _put(values: dict[str, dict[str, Any]], path: str, value: Any) -> None:
    owner, _, name = path.partition(".")
    values[owner][name] = value


def _read_columns(columns: Iterable[tables.Column], obj: Mapping[str, Any], values: dict[str, dict]) -> None:
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

    def read_values(self, items: Iterable[tables.Value], obj: Mapping[str, Any],
                    values: dict[str, dict]) -> None:
        given = dict(self.attributes(obj))
        for item in items:
            _put(values, item.ours, item.back(given.get(item.term)))

    def keys_under(self, obj: Mapping[str, Any], parent: str) -> list[tuple[str, Any]]:
        return [
            (key, value)
            for code, value in self.attributes(obj)
            if (key := tx.key_of(code, parent)) is not None
        ]

    def conditions(self, obj: Mapping[str, Any]) -> tuple[catalogue.ConditionData, ...]:
        """The conditions in order, each with the answers that settle it (condition_settled_by)."""
        questions = [value for code, value in self.attributes(obj) if code == tx.CONDITION and value]
        settled: dict[int, list[tuple[str, frozenset[str]]]] = defaultdict(list)
        for code, value in self.attributes(obj):
            if code == tx.SETTLED_BY and value:
                try:
                    item = json.loads(value)
                    answers = (str(item["question"]), frozenset(item["answers"]))
                    settled[int(item["condition"])].append(answers)
                except (ValueError, KeyError, TypeError) as error:
                    unreadable = f"‘{obj.get('name')}’: onleesbaar kenmerk {tx.SETTLED_BY}: {value}"
                    raise HsdsError(unreadable) from error
        return tuple(
            catalogue.ConditionData(question, settled_by=tuple(sorted(settled.get(nth, ()))))
            for nth, question in enumerate(questions, start=1)
        )

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
        catalogue.KindData(
            slug=key,
            name=term["name"],
            description="" if term.get("description") == term["name"] else term.get("description", ""),
        )
        for term in terms
        if (key := tx.key_of(term.get("code", ""), tx.KIND)) is not None
    )
    kinds_by_slug = {k.slug: k for k in kinds}

    organisations: dict[str, catalogue.OrganisationData] = {}
    for org in organizations:
        values: dict[str, dict] = {"organisation": {}}
        _read_columns(tables.ORGANIZATION_COLUMNS, org, values)
        reader.read_values(tables.ORGANIZATION_VALUES, org, values)
        kind = next((key for key, _ in reader.keys_under(org, tx.ORGANISATION_KIND)), "other")
        reader.required_key(org, "Organisatie")
        organisations[org["id"]] = catalogue.OrganisationData(kind=kind, **values["organisation"])

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
        _read_columns(tables.PROGRAM_COLUMNS, program, values)
        reader.read_values(tables.PROGRAM_VALUES, program, values)
        _read_columns([c for c in tables.SERVICE_COLUMNS if c.ours.startswith("programme.")], first, values)
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
            _offering(service, organisations, reader, values["programme"])
            for service in sorted(group, key=lambda s: organisations[s["organization_id"]].slug)
        )
        funding = tuple(_funding(item, reader) for item in first.get("funding") or ())
        conditions = reader.conditions(program)
        programmes.append(
            catalogue.ProgrammeData(
                status=tables.PUBLISHED,
                kind=kinds_by_slug[kind_slug],
                recognition_level=level,
                recognition_valid_until=tables.date_from_iso(valid_until),
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
    service: Mapping[str, Any],
    organisations: Mapping[str, catalogue.OrganisationData],
    reader: _Reader,
    programme: Mapping[str, Any],
) -> catalogue.OfferingData:
    provider = organisations.get(service.get("organization_id", ""))
    if provider is None:
        raise HsdsError(f"Dienst ‘{service.get('name')}’: de organisatie staat niet in organizations.")
    values: dict[str, dict] = {"offering": {}}
    _read_columns([c for c in tables.SERVICE_COLUMNS if c.ours.startswith("offering.")], service, values)
    reader.read_values(tables.SERVICE_VALUES, service, values)
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
    # The service carries what applies at this provider; the offering's own is where that differs.
    own: dict[str, Any] = {}
    for dimension in tx.DIMENSIONS:
        keys = frozenset(key for key, _ in reader.keys_under(service, dimension.code))
        own[dimension.field] = keys if keys != programme[dimension.field] else frozenset()
    for column, name in (("minimum_age", "min_age"), ("maximum_age", "max_age")):
        age = service.get(column)
        own[name] = None if age is None or age == programme.get(name) else int(age)
    routes = {parent: key for parent in (tx.AVAILABILITY, tx.DESK)
              for key, _ in reader.keys_under(service, parent)}
    return catalogue.OfferingData(
        provider=provider,
        scope=scope,
        region_codes=regions,
        municipality_codes=municipalities,
        requires_care_at_provider=care_at_provider,
        availability=routes.get(tx.AVAILABILITY, vocab.Availability.OFFERED),
        desk=routes.get(tx.DESK, vocab.Desk.PROVIDER),
        conditions=reader.conditions(service),
        **own,
        **values["offering"],
    )


def _funding(item: Mapping[str, Any], reader: _Reader) -> catalogue.FundingData:
    values: dict[str, dict] = {"funding": {}}
    reader.read_values(tables.FUNDING_VALUES, item, values)
    benefit = next((key for key, _ in reader.keys_under(item, "benefit")), None)
    if benefit not in dict(vocab.PROGRAMME_BENEFITS):
        raise HsdsError(f"Financiering ‘{item.get('source')}’ noemt geen bekende uitkering.")
    return catalogue.FundingData(benefit=benefit, **values["funding"])
