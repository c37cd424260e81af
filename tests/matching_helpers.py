"""Plain helpers for the pure matching tests (tests/test_matching.py, test_matching_outcome.py): a
hand-built catalogue of two regions, two GGZ institutions and a coach, a person who fits a programme
open to all, and ways to build and read a match. No database."""

from __future__ import annotations

from typing import Any

from programmes import catalogue as cat
from triage import matching

KIND = cat.KindData("soort", "Soort")
GGZ_A = cat.OrganisationData("ggz-a", "GGZ Alfa", "ggz")
GGZ_B = cat.OrganisationData("ggz-b", "GGZ Beta", "ggz")
COACH = cat.OrganisationData("coach", "Coachbureau", "other")
NATIONAL = cat.OfferingData(COACH, "national")
IN_R1 = cat.OfferingData(COACH, "regions", region_codes=frozenset({"R1"}))
IN_GM2 = cat.OfferingData(COACH, "municipalities", municipality_codes=frozenset({"GM0002"}))
AT_GGZ_A = cat.OfferingData(GGZ_A, "regions", region_codes=frozenset({"R1"}), requires_care_at_provider=True)
AT_GGZ_B = cat.OfferingData(GGZ_B, "regions", region_codes=frozenset({"R1"}), requires_care_at_provider=True)

REGIONS = {"R1": cat.RegionData("R1", "Regio Een"), "R2": cat.RegionData("R2", "Regio Twee")}
MUNICIPALITIES = {
    "GM0001": cat.MunicipalityData("GM0001", "Eendorp", "R1"),
    "GM0002": cat.MunicipalityData("GM0002", "Tweestad", "R2"),
}

# Everything answered; fits a programme open to all.
FULL: dict[str, Any] = {
    "concern": "mental",
    "care": "specialist_ggz",
    "care_provider": "ggz-a",
    "severity": "severe",
    "situation": "job_seeking",
    "benefit": "bijstand",
    "wish": "paid_work_now",
    "municipality": "GM0001",
    "age": 30,
}


def programme(slug: str = "traject", **fields: Any) -> cat.ProgrammeData:
    defaults: dict[str, Any] = {
        "name": slug.title(), "status": "published", "kind": KIND, "offerings": (NATIONAL,),
    }
    return cat.ProgrammeData(slug=slug, **{**defaults, **fields})


def catalogue(*programmes: cat.ProgrammeData) -> cat.Catalogue:
    organisations = {org.slug: org for org in (GGZ_A, GGZ_B, COACH)}
    return cat.Catalogue(programmes, REGIONS, MUNICIPALITIES, {}, organisations)


def answers(**changes: Any) -> dict[str, Any]:
    """FULL with changes; a value of None removes the answer."""
    merged = {**FULL, **changes}
    return {key: value for key, value in merged.items() if value is not None}


def outcome_of(prog: cat.ProgrammeData, given_answers: dict[str, Any]) -> str | None:
    result = matching.match(given_answers, catalogue(prog))
    found = (*result.matches, *result.near_misses)
    return found[0].fit if found else None
