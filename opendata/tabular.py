"""HSDS's tabular form: one CSV per table, columns and types from the official schemas, and a
Frictionless datapackage.json describing them. Pure: rows in, text out."""

from __future__ import annotations

import csv
import io
import json
from functools import cache
from pathlib import Path
from typing import Any

from opendata.mapping import Dataset
from opendata.tables import HSDS_VERSION, TABLES

SCHEMA_DIR = Path(__file__).resolve().parent / "hsds_standard" / "schema"
# Our table name → the HSDS schema of its rows.
TABLE_SCHEMAS = {
    "organizations": "organization.json",
    "programs": "program.json",
    "services": "service.json",
    "attributes": "attribute.json",
    "contacts": "contact.json",
    "phones": "phone.json",
    "funding": "funding.json",
    "service_areas": "service_area.json",
    "languages": "language.json",
    "taxonomy_terms": "taxonomy_term.json",
    "cost_options": "cost_option.json",
    "taxonomies": "taxonomy.json",
}


@cache
def table_schema(table: str) -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / TABLE_SCHEMAS[table]).read_text(encoding="utf-8"))


def columns(table: str) -> list[str]:
    """The schema's one-to-one fields, in its order (nested lists and objects are tables of their own)."""
    properties = table_schema(table)["properties"]
    return [
        name
        for name, spec in properties.items()
        if spec.get("type") not in {"array", "object"} and "$ref" not in spec and "properties" not in spec
    ]


def file_name(table: str) -> str:
    return table_schema(table)["path"]


def to_csv(table: str, rows: list[dict[str, Any]]) -> str:
    stream = io.StringIO()
    writer = csv.DictWriter(stream, fieldnames=columns(table), extrasaction="raise", lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: "" if value is None else value for key, value in row.items()})
    return stream.getvalue()


def _field(table: str, name: str) -> dict[str, Any]:
    schema = table_schema(table)
    spec = schema["properties"][name]
    kind = spec.get("datapackage_type") or spec.get("type", "string")
    field: dict[str, Any] = {"name": name, "type": kind}
    if kind == "string" and spec.get("format") in {"uuid", "email", "uri"}:
        field["format"] = spec["format"]
    if spec.get("description"):
        field["description"] = spec["description"]
    constraints = {"required": name in schema.get("required", [])}
    if spec.get("constraints", {}).get("unique"):
        constraints["unique"] = True
    if spec.get("enum"):
        constraints["enum"] = spec["enum"]
    field["constraints"] = constraints
    return field


def datapackage(data: Dataset, *, title: str, description: str, homepage: str = "") -> dict[str, Any]:
    resources = []
    for table in TABLES:
        schema = table_schema(table)
        resources.append(
            {
                "name": schema["name"],
                "path": file_name(table),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": schema.get("description", ""),
                "schema": {"fields": [_field(table, name) for name in columns(table)], "primaryKey": ["id"]},
            }
        )
    package: dict[str, Any] = {
        "name": "werkroute-hsds",
        "title": title,
        "description": description,
        "profile": "tabular-data-package",
        "hsds_version": HSDS_VERSION,
        "resources": resources,
    }
    if homepage:
        package["homepage"] = homepage
    return package
