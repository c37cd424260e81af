"""The read-only HSDS 3.0 API under /api/hsds/, as opendata/hsds_standard/schema/openapi.json describes it.

Views orchestrate: check the query (opendata.query), take the HSDS dataset of the current catalogue
snapshot (opendata.mapping), page it. Every answer is JSON, errors included; only GET and HEAD.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import datetime
from functools import cache, wraps
from typing import Any

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from opendata import query as q
from opendata.mapping import Dataset, Publisher, to_hsds
from opendata.nested import Nested
from opendata.selectors import service_modified_times
from opendata.tables import HSDS_VERSION, TAXONOMY_ID
from opendata.tabular import SCHEMA_DIR
from programmes.snapshot import get_catalogue, remembered

SAFE_METHODS = ("GET", "HEAD")
LISTS = {
    "services": ("page", "per_page", "search", "format", "taxonomy_term_id", "taxonomy_id", "organization_id",
                 "modified_after", "minimal", "full"),
    "organizations": ("page", "per_page", "search", "format", "full", "full_service"),
    "organization": ("full_service",),
    "taxonomies": ("page", "per_page", "search", "format"),
    "taxonomy_terms": ("page", "per_page", "search", "format", "taxonomy_id", "top_only", "parent_id"),
    "service_at_locations": ("page", "per_page", "search", "format", "taxonomy_term_id", "taxonomy_id",
                             "organization_id", "modified_after", "full"),
}


def _json(data: Any, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, safe=False, json_dumps_params={"ensure_ascii": False})
    # Open data: any site may read it from a browser (no cookies are read or set here).
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _errors(status: int, **errors: list[str]) -> JsonResponse:
    return _json({"errors": errors}, status=status)


def hsds_api(view: Callable[..., JsonResponse]) -> Callable[..., JsonResponse]:
    """require_safe with a JSON 405; no CSRF check, as nothing here changes or reads a session."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> JsonResponse:
        if request.method not in SAFE_METHODS:
            response = _errors(405, method=["Deze API kan alleen lezen: gebruik GET of HEAD."])
            response["Allow"] = ", ".join(SAFE_METHODS)
            return response
        try:
            return view(request, *args, **kwargs)
        except BadQuery as refused:
            return _errors(400, **refused.errors)

    return csrf_exempt(transaction.non_atomic_requests(wrapper))


# --- The dataset of the current snapshot, built once per change ----------------------------------


def _base_url(request: HttpRequest) -> str:
    return request.build_absolute_uri("/").rstrip("/")


def _nested(request: HttpRequest) -> Nested:
    catalogue = get_catalogue()
    modified = service_modified_times()
    key = (_base_url(request), tuple(sorted(modified.items())))

    def build() -> Nested:
        publisher = Publisher(base_url=key[0], assurer_email=getattr(settings, "HSDS_ASSURER_EMAIL", ""))
        return Nested(to_hsds(catalogue, publisher, modified))

    # A few keys: the addresses the site is reached at (ALLOWED_HOSTS) rarely number more.
    return remembered("hsds-dataset", key, build, limit=4, catalogue=catalogue)


class BadQuery(Exception):
    """A query parameter with a value this endpoint does not take: hsds_api answers a 400."""

    def __init__(self, errors: dict[str, list[str]]):
        super().__init__(errors)
        self.errors = errors


def _query(request: HttpRequest, endpoint: str) -> q.ListQuery:
    query, errors = q.parse({k: request.GET.getlist(k) for k in request.GET}, LISTS[endpoint])
    if errors:
        raise BadQuery(errors)
    return query


def _not_found(what: str) -> JsonResponse:
    return _errors(404, id=[f"{what} met deze id bestaat niet (of is niet gepubliceerd)."])


def _descendants(data: Dataset, term_id: str) -> set[str]:
    children: dict[str, list[str]] = {}
    for term in data.rows("taxonomy_terms"):
        children.setdefault(term.get("parent_id", ""), []).append(term["id"])
    found, todo = set(), [term_id]
    while todo:
        current = todo.pop()
        if current not in found:
            found.add(current)
            todo += children.get(current, [])
    return found


def _modified_since(row: dict[str, Any], moment: datetime) -> bool:
    stamp = row.get("last_modified")
    return stamp is not None and datetime.fromisoformat(stamp) >= moment


# --- Endpoints -------------------------------------------------------------------------------------


@cache
def _standard_openapi() -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / "openapi.json").read_text(encoding="utf-8"))


@hsds_api
def index(request: HttpRequest) -> JsonResponse:
    return _json({"version": HSDS_VERSION, "openapi_url": request.build_absolute_uri("openapi.json")})


@hsds_api
def openapi(request: HttpRequest) -> JsonResponse:
    """The HSDS API description with our details; a derivative of Open Referral's, so CC BY-SA 4.0 too."""
    spec = copy.deepcopy(_standard_openapi())
    base = _base_url(request)
    spec["info"] = {
        "title": "Werkroute HSDS API",
        "version": "1.0.0",
        "summary": "De catalogus van Werkroute als Open Referral HSDS 3.0, alleen lezen.",
        "description": (
            "Gepubliceerde trajecten naar werk voor mensen met psychische klachten: trajecten als `program`, "
            "het aanbod per aanbieder als `service`, met werkgebied (CBS-codes), financiering en de vragen "
            "van het stroomschema als `attributes` op de taxonomie ‘werkroute’ (zie /taxonomy_terms). "
            "Alleen GET en HEAD; fouten zijn JSON: {\"errors\": {\"parameter\": [\"melding\"]}}. "
            "Een lijst zonder kenmerk op een vraag betekent: geen beperking op die vraag. "
            "Er zijn geen locaties: /service_at_locations is altijd leeg."
        ),
        "contact": {"name": "Werkroute", "url": f"{base}/"},
        "license": {"name": "CC BY-SA 4.0 (deze beschrijving, afgeleid van Open Referral HSDS 3.0)",
                    "identifier": "CC-BY-SA-4.0"},
    }
    spec["servers"] = [{"url": f"{base}/api/hsds"}]
    spec["security"] = []
    # What this API answers besides the standard's 200s: errors are JSON (see _errors).
    spec["components"]["schemas"]["Errors"] = ERRORS_SCHEMA
    for path, item in spec["paths"].items():
        if isinstance(item.get("get"), dict):
            item["get"]["responses"].update(_error_responses(path))
    return _json(spec)


ERRORS_SCHEMA = {
    "type": "object",
    "required": ["errors"],
    "properties": {"errors": {
        "type": "object",
        "additionalProperties": {"type": "array", "items": {"type": "string"}},
        "description": "Per parameter (of `id`, `method`) de meldingen in het Nederlands.",
    }},
}


CHECKED_QUERIES = {"/services", "/organizations", "/organizations/{id}", "/taxonomies", "/taxonomy_terms",
                   "/service_at_locations"}


def _error_responses(path: str) -> dict[str, Any]:
    def answer(description: str) -> dict[str, Any]:
        schema = {"$ref": "#/components/schemas/Errors"}
        return {"description": description, "content": {"application/json": {"schema": schema}}}

    responses = {"405": answer("Alleen GET en HEAD (header Allow).")}
    if path in CHECKED_QUERIES:  # the paths whose query parameters are checked (LISTS)
        responses["400"] = answer("Een parameter heeft een ongeldige waarde.")
    if "{id}" in path:
        responses["404"] = answer("Geen (gepubliceerd) object met deze id.")
    return responses


@hsds_api
def services(request: HttpRequest) -> JsonResponse:
    query = _query(request, "services")
    nested = _nested(request)
    data = nested.data
    wanted_terms = _descendants(data, query.taxonomy_term_id) if query.taxonomy_term_id else None
    rows = []
    for row in data.rows("services"):
        if not q.matches(query.search, row.get("name"), row.get("description")):
            continue
        if query.organization_id and row["organization_id"] != query.organization_id:
            continue
        if query.taxonomy_id and query.taxonomy_id != TAXONOMY_ID:
            continue
        if query.modified_after and not _modified_since(row, query.modified_after):
            continue
        if wanted_terms is not None:
            terms = {a["taxonomy_term_id"] for a in nested.children("attributes", "link_id", row["id"])}
            if not terms & wanted_terms:
                continue
        rows.append(row)
    page = q.page_of(rows, query)
    if query.full:
        page["contents"] = [nested.service(row["id"]) for row in page["contents"]]
    elif query.minimal:
        keys = ("id", "name", "status", "last_modified")
        page["contents"] = [{k: row[k] for k in keys if k in row} for row in page["contents"]]
    else:
        page["contents"] = [nested.service_item(row["id"]) for row in page["contents"]]
    return _json(page)


@hsds_api
def service(request: HttpRequest, id: str) -> JsonResponse:
    nested = _nested(request)
    if id not in nested.by_id["services"]:
        return _not_found("Een dienst")
    return _json(nested.service(id))


@hsds_api
def organizations(request: HttpRequest) -> JsonResponse:
    query = _query(request, "organizations")
    nested = _nested(request)
    rows = [row for row in nested.data.rows("organizations") if q.matches(query.search, row["name"])]
    page = q.page_of(rows, query)
    if query.full or query.full_service:
        services = "full" if query.full_service else "list"
        page["contents"] = [nested.organization(row["id"], services=services) for row in page["contents"]]
    return _json(page)


@hsds_api
def organization(request: HttpRequest, id: str) -> JsonResponse:
    query = _query(request, "organization")
    nested = _nested(request)
    if id not in nested.by_id["organizations"]:
        return _not_found("Een organisatie")
    return _json(nested.organization(id, services="full" if query.full_service else "list"))


@hsds_api
def taxonomies(request: HttpRequest) -> JsonResponse:
    query = _query(request, "taxonomies")
    rows = [row for row in _nested(request).data.rows("taxonomies") if q.matches(query.search, row["name"])]
    return _json(q.page_of(rows, query))


@hsds_api
def taxonomy(request: HttpRequest, id: str) -> JsonResponse:
    nested = _nested(request)
    if id not in nested.by_id["taxonomies"]:
        return _not_found("Een taxonomie")
    return _json(nested.by_id["taxonomies"][id])


@hsds_api
def taxonomy_terms(request: HttpRequest) -> JsonResponse:
    query = _query(request, "taxonomy_terms")
    nested = _nested(request)
    rows = [
        row for row in nested.data.rows("taxonomy_terms")
        if q.matches(query.search, row["name"], row["code"])
        and (not query.taxonomy_id or row["taxonomy_id"] == query.taxonomy_id)
        and (not query.parent_id or row.get("parent_id") == query.parent_id)
        and (not query.top_only or "parent_id" not in row)
    ]
    page = q.page_of(rows, query)
    page["contents"] = [nested.taxonomy_term(row["id"]) for row in page["contents"]]
    return _json(page)


@hsds_api
def taxonomy_term(request: HttpRequest, id: str) -> JsonResponse:
    nested = _nested(request)
    if id not in nested.terms:
        return _not_found("Een term")
    return _json(nested.taxonomy_term(id))


@hsds_api
def service_at_locations(request: HttpRequest) -> JsonResponse:
    """The catalogue knows where a service is available (service_areas), not at what address: no locations."""
    query = _query(request, "service_at_locations")
    return _json(q.page_of([], query))


@hsds_api
def service_at_location(request: HttpRequest, id: str) -> JsonResponse:
    return _not_found("Een dienst op een locatie")


@hsds_api
def not_found(request: HttpRequest, rest: str = "") -> JsonResponse:
    return _errors(404, path=["Deze HSDS-route bestaat niet. Zie openapi.json voor de routes."])
