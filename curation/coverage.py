"""The coverage matrix: how many published programmes fit a typical person, per
arbeidsmarktregio × benefit × wish. Computed from the catalogue alone (pure), so white spots
show up before anyone has been turned away.

The typical person (explained on the page): psychische klachten, 35 jaar, living in the region's
first gemeente (by name); looking for work, or, for the wish "werk behouden", with a job at risk.
The kind of care and the severity are chosen on the page (default: specialist GGZ with the
instelling unknown, so a programme only for a provider's own clients counts as "misschien"; EPA).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from programmes import snapshot
from programmes import vocabulary as vocab
from programmes.catalogue import Catalogue, MunicipalityData, RegionData
from triage import matching

BENEFITS = tuple(key for key, _label in vocab.PROGRAMME_BENEFITS)
WISHES = tuple(key for key, _label in vocab.PROGRAMME_WISHES)
CARE = tuple(key for key, _label in vocab.CARE)
SEVERITIES = tuple(key for key, _label in vocab.PROGRAMME_SEVERITIES)
SITUATIONS = tuple(key for key, _label in vocab.PROGRAMME_SITUATIONS)
DEFAULT_CARE = "specialist_ggz"
DEFAULT_SEVERITY = "severe"
TYPICAL_AGE = 35

Combo = tuple[str, str, str]  # (region code, benefit, wish)


def situation_for(wish: str) -> str:
    # Someone who wants to keep a job has one; everyone else is looking for work.
    return "employed_at_risk" if wish == "keep_job" else "job_seeking"


def typical_answers(
    municipality_code: str, benefit: str, wish: str, care: str = DEFAULT_CARE,
    severity: str = DEFAULT_SEVERITY, situation: str | None = None,
) -> dict:
    return {
        "concern": "mental",
        "care": care,
        "severity": severity,
        "situation": situation or situation_for(wish),
        "benefit": benefit,
        "wish": wish,
        "municipality": municipality_code,
        "age": TYPICAL_AGE,
    }


def first_municipalities(catalogue: Catalogue) -> dict[str, MunicipalityData]:
    """Region code → its first gemeente by name (regions without a gemeente are left out)."""
    first: dict[str, MunicipalityData] = {}
    for municipality in sorted(catalogue.municipalities.values(), key=lambda m: (m.name.casefold(), m.code)):
        first.setdefault(municipality.region_code, municipality)
    return first


def regions_in_order(catalogue: Catalogue) -> tuple[RegionData, ...]:
    return tuple(sorted(catalogue.regions.values(), key=lambda r: r.name.casefold()))


@dataclass(frozen=True)
class Coverage:
    care: str
    severity: str
    regions: tuple[RegionData, ...]
    municipalities: Mapping[str, MunicipalityData]  # region code → the gemeente used
    cells: Mapping[Combo, tuple[str, ...]]  # → slugs of the programmes that fit (or may fit)

    def count(self, region_code: str, benefit: str, wish: str) -> int | None:
        """None when the region has no gemeente to try."""
        programmes = self.cells.get((region_code, benefit, wish))
        return None if programmes is None else len(programmes)

    def white_spots(self, benefit: str | None = None) -> int:
        return sum(1 for (_r, b, _w), found in self.cells.items() if not found and benefit in (None, b))


def coverage(catalogue: Catalogue, care: str = DEFAULT_CARE, severity: str = DEFAULT_SEVERITY) -> Coverage:
    first = first_municipalities(catalogue)
    regions = regions_in_order(catalogue)
    cells: dict[Combo, tuple[str, ...]] = {}
    for region in regions:
        municipality = first.get(region.code)
        if municipality is None:
            continue
        for benefit in BENEFITS:
            for wish in WISHES:
                answers = typical_answers(municipality.code, benefit, wish, care, severity)
                result = matching.match(answers, catalogue)
                cells[(region.code, benefit, wish)] = tuple(m.programme.slug for m in result.matches)
    return Coverage(care=care, severity=severity, regions=regions, municipalities=first, cells=cells)


def current_coverage(care: str = DEFAULT_CARE, severity: str = DEFAULT_SEVERITY) -> Coverage:
    """The coverage of the current catalogue snapshot, computed once per catalogue version."""
    key = f"coverage:{care}:{severity}"
    return snapshot.derived(key, lambda catalogue: coverage(catalogue, care, severity))
