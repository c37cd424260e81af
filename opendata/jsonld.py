"""schema.org JSON-LD for a programme page: the same data as the page and the HSDS export. Pure.

Served as <script type="application/ld+json">: a data block the browser never executes, so the strict
CSP (script-src 'self') allows it without a nonce or hash (checked in tests/html/test_jsonld_csp.py).
"""

from __future__ import annotations

import json
from typing import Any

from opendata.tables import eligibility_text
from programmes.catalogue import Catalogue, OfferingData, OrganisationData, ProgrammeData

GOVERNMENT_KINDS = frozenset({"uwv", "gemeente"})
# What json_script escapes: "</script>" in any text can never end the block early.
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _organisation(org: OrganisationData) -> dict[str, Any]:
    item: dict[str, Any] = {
        "@type": "GovernmentOrganization" if org.kind in GOVERNMENT_KINDS else "Organization",
        "name": org.name,
    }
    if org.website:
        item["url"] = org.website
    return item


def _areas(offering: OfferingData, catalogue: Catalogue) -> list[dict[str, Any]]:
    if offering.is_national:
        return [{"@type": "Country", "name": "Nederland", "identifier": "NL"}]
    places = catalogue.regions if offering.scope == "regions" else catalogue.municipalities
    codes = offering.region_codes if offering.scope == "regions" else offering.municipality_codes
    return [
        {"@type": "AdministrativeArea", "name": places[code].name if code in places else code,
         "identifier": code}
        for code in sorted(codes)
    ]


def programme_jsonld(programme: ProgrammeData, catalogue: Catalogue, *, page_url: str) -> dict[str, Any]:
    providers = {o.provider.slug: o.provider for o in programme.offerings}
    areas: dict[str, dict[str, Any]] = {}
    for offering in programme.offerings:
        for area in _areas(offering, catalogue):
            areas.setdefault(area["identifier"], area)
    government = bool(providers) and all(p.kind in GOVERNMENT_KINDS for p in providers.values())
    audience: dict[str, Any] = {
        "@type": "PeopleAudience",
        "audienceType": eligibility_text(programme, with_conditions=False),
    }
    if programme.min_age is not None:
        audience["suggestedMinAge"] = programme.min_age
    if programme.max_age is not None:
        audience["suggestedMaxAge"] = programme.max_age
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "GovernmentService" if government else "Service",
        "@id": f"{page_url}#traject",
        "url": page_url,
        "identifier": programme.slug,
        "name": programme.name,
        "description": programme.summary,
        "serviceType": programme.kind.name,
        "provider": [_organisation(providers[slug]) for slug in sorted(providers)],
        "areaServed": [areas[key] for key in sorted(areas, key=lambda k: (k != "NL", k))],
        "audience": audience,
        "termsOfService": eligibility_text(programme),
    }
    if programme.how_to_apply:
        data["potentialAction"] = {"@type": "ApplyAction", "description": programme.how_to_apply}
    return data


def script_text(data: dict[str, Any]) -> str:
    """The JSON for inside the <script> element, safe against "</script>" in any text."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_ESCAPES)
