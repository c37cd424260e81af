"""Flat HSDS tables → nested HSDS objects (what the API returns)."""

from __future__ import annotations

from collections import defaultdict

from opendata.mapping import Dataset


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


