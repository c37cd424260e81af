"""The files of an HSDS export: the API's lists as JSON, and the tabular form (CSV + datapackage.json)."""

from __future__ import annotations

import json
from typing import Any

from opendata import tabular
from opendata.mapping import Dataset
from opendata.nested import Nested
from opendata.tables import TABLES

TITLE = "Werkroute: begeleiding naar werk voor mensen met psychische klachten (HSDS 3.0)"
DESCRIPTION = (
    "De gepubliceerde trajecten van de Werkroute-catalogus in Open Referral HSDS 3.0: trajecten als "
    "programs, aanbod per aanbieder als services, met werkgebied (CBS-codes), financiering en de vragen "
    "van het stroomschema als attributen op de taxonomie ‘werkroute’."
)


def json_lists(data: Dataset) -> dict[str, list[dict[str, Any]]]:
    """Each list as the API returns it in full: services and organizations fully nested."""
    nested = Nested(data)
    return {
        "organizations": [nested.organization(o["id"], services="list") for o in data.rows("organizations")],
        "services": [nested.service(s["id"]) for s in data.rows("services")],
        "taxonomies": list(data.rows("taxonomies")),
        "taxonomy_terms": [nested.taxonomy_term(t["id"]) for t in data.rows("taxonomy_terms")],
    }


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def export_files(data: Dataset, *, homepage: str = "") -> dict[str, str]:
    """Relative path → file text."""
    files = {f"{name}.json": dumps(rows) for name, rows in json_lists(data).items()}
    for table in TABLES:
        files[f"csv/{tabular.file_name(table)}"] = tabular.to_csv(table, data.rows(table))
    package = tabular.datapackage(data, title=TITLE, description=DESCRIPTION, homepage=homepage)
    files["csv/datapackage.json"] = dumps(package)
    return files
