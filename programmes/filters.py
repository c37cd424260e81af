"""Narrowing the public catalogue: a pure function over the snapshot (no ORM, no request).

Eligibility follows the catalogue's rule: an empty set on a dimension means "open to all".
"""

from __future__ import annotations

from collections.abc import Iterable

from programmes import vocabulary as vocab
from programmes.catalogue import Catalogue, KindData, OfferingData, ProgrammeData
from programmes.rules import reaches

PUBLISHED = vocab.Status.PUBLISHED
ENDED = vocab.Status.ENDED


def offering_in_region(offering: OfferingData, catalogue: Catalogue, region_code: str) -> bool:
    """Offered somewhere in the region: nationally, in the region, or in one of its gemeenten."""
    if offering.scope == vocab.Scope.MUNICIPALITIES:
        return any(
            (municipality := catalogue.municipalities.get(code)) is not None
            and municipality.region_code == region_code
            for code in offering.municipality_codes
        )
    in_region = offering.scope == vocab.Scope.REGIONS and region_code in offering.region_codes
    return offering.is_national or in_region


def offering_in_municipality(offering: OfferingData, catalogue: Catalogue, municipality_code: str) -> bool:
    """The offering reaches this gemeente (the same rule as matching: programmes.rules.reaches)."""
    municipality = catalogue.municipalities.get(municipality_code)
    return municipality is not None and reaches(offering, municipality)


def offerings_at(
    programme: ProgrammeData,
    catalogue: Catalogue,
    *,
    region_code: str | None = None,
    municipality_code: str | None = None,
) -> tuple[OfferingData, ...]:
    """The programme's offerings available at the chosen place (all of them when no place is chosen)."""
    return tuple(
        offering
        for offering in programme.offerings
        if (not region_code or offering_in_region(offering, catalogue, region_code))
        and (not municipality_code or offering_in_municipality(offering, catalogue, municipality_code))
    )


def regions_reached(programme: ProgrammeData, catalogue: Catalogue) -> frozenset[str]:
    """The arbeidsmarktregio's where filter_programmes(region_code=...) finds this programme.

    The same rule as offering_in_region, turned around: nationally offered reaches every region,
    otherwise its own regions and the regions of its gemeenten.
    """
    reached: set[str] = set()
    for offering in programme.offerings:
        if offering.is_national:
            return frozenset(catalogue.regions)
        reached.update(offering.region_codes)
        reached.update(
            municipality.region_code
            for code in offering.municipality_codes
            if (municipality := catalogue.municipalities.get(code)) is not None
        )
    return frozenset(reached)


def count_per_region(catalogue: Catalogue, programmes: Iterable[ProgrammeData]) -> dict[str, int]:
    """Region code → how many of these programmes are available there (0 included), in one pass."""
    counts = dict.fromkeys(catalogue.regions, 0)
    for programme in programmes:
        for code in regions_reached(programme, catalogue):
            counts[code] = counts.get(code, 0) + 1
    return counts


def _accepts(allowed: frozenset[str], value: str | None) -> bool:
    return not value or not allowed or value in allowed


def filter_programmes(
    catalogue: Catalogue,
    *,
    region_code: str | None = None,
    municipality_code: str | None = None,
    benefit: str | None = None,
    kind: str | None = None,
    wish: str | None = None,
    include_ended: bool = False,
) -> list[ProgrammeData]:
    """The programmes the public catalogue shows for these filters; published ones first, then by name.

    Concepts are never shown. Ended programmes only when asked: their evidence teaches,
    but nobody can join them any more.
    """
    statuses = {PUBLISHED, ENDED} if include_ended else {PUBLISHED}
    place = {"region_code": region_code, "municipality_code": municipality_code}
    found = [
        programme
        for programme in catalogue.programmes
        if programme.status in statuses
        and (not kind or programme.kind.slug == kind)
        and _accepts(programme.benefits, benefit)
        and _accepts(programme.wishes, wish)
        and (not (region_code or municipality_code) or offerings_at(programme, catalogue, **place))
    ]
    return sorted(found, key=lambda p: (p.status != PUBLISHED, p.name.casefold(), p.slug))


def kinds_in(catalogue: Catalogue) -> list[KindData]:
    """The kinds of support that the public catalogue can show, for the filter's choices."""
    kinds = {
        programme.kind.slug: programme.kind
        for programme in catalogue.programmes
        if programme.status in {PUBLISHED, ENDED}
    }
    return sorted(kinds.values(), key=lambda kind: kind.name.casefold())
