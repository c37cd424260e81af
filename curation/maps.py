"""What the curators' maps colour a region by: pure rules, no ORM, no request.

- `programme_presence`: where one programme is offered ("waar is IPS beschikbaar?"): in the whole
  region, in some of its gemeenten only, or not at all.
- `region_gaps` and `gap_legend`: the gap overview's counts per region, built only from the
  rounded counts its table shows (`curation.gaps`: multiples of 5, "< 5" below). An exact count
  never reaches the map: a region's number is the sum of its rounded cells of 5 or more, and its
  small cells are only counted as groups, as in the overview's total.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from curation import gaps
from programmes import vocabulary as vocab
from programmes.catalogue import Catalogue, ProgrammeData
from programmes.regionmap import CROSS, DOTS, HATCH, LINES, SOLID, Band, Legend, count_bands

# --- One programme --------------------------------------------------------------------------------

WHOLE, PART, MAYBE, ABSENT = "hele-regio", "deel", "navragen", "nee"
PRESENCE = (
    (WHOLE, "In de hele regio"),
    (PART, "In een deel van de gemeenten"),
    (MAYBE, "Misschien: navragen"),
    (ABSENT, "Niet beschikbaar"),
)
_RANK = {WHOLE: 0, PART: 1, MAYBE: 2, ABSENT: 3}


def programme_presence(programme: ProgrammeData, catalogue: Catalogue) -> dict[str, str]:
    """Region code → WHOLE, PART, MAYBE or ABSENT for every region of the catalogue, as the result
    page would say it (docs/curators.md, "Where it is").

    WHOLE: an offering the sources confirm is national or names the region; PART: such offerings
    name only some of the region's gemeenten. MAYBE: only an older source reports it there, or the
    programme is offered by GGZ-instellingen and the catalogue has no word on this region's (the
    result asks "Biedt uw GGZ-instelling het aan?"). An offering the source says is not offered
    counts for nothing.
    """
    fallback = MAYBE if programme.offered_by_institutions else ABSENT
    presence = dict.fromkeys(catalogue.regions, fallback)

    def better(code: str, state: str) -> None:
        if code in presence and _RANK[state] < _RANK[presence[code]]:
            presence[code] = state

    for offering in programme.offerings:
        if offering.availability == vocab.Availability.NOT_OFFERED:
            continue
        reported = offering.availability == vocab.Availability.REPORTED
        if offering.is_national:
            for code in presence:
                better(code, MAYBE if reported else WHOLE)
            continue
        for code in offering.region_codes:
            better(code, MAYBE if reported else WHOLE)
        for code in offering.municipality_codes:
            municipality = catalogue.municipalities.get(code)
            if municipality is not None:
                better(municipality.region_code, MAYBE if reported else PART)
    return presence


# --- The gaps -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegionGaps:
    name: str
    shown: int  # the sum of the region's rounded counts of 5 or more (a multiple of 5)
    small: int  # how many of its cells round below 5 ("< 5" in the table)
    words: str  # as the overview's total says it: "10, plus 1 groep van minder dan 5"


GapCount = tuple[str, str, str, str, int]  # (region code, region name, benefit, wish, count)


def region_gaps(counts: Iterable[GapCount], secret: str) -> dict[str, RegionGaps]:
    """Region code → its rounded gaps. Each cell is rounded exactly as in the table (same offset:
    region name, benefit, wish), so the map never says more than the table does."""
    per_region: dict[str, list[tuple[str, str, str, int]]] = defaultdict(list)
    names: dict[str, str] = {}
    for code, name, benefit, wish, count in counts:
        per_region[code].append((name, benefit, wish, count))
        names[code] = name
    result = {}
    for code, cells in per_region.items():
        rounded = [
            gaps.rounded_count(count, gaps.cell_offset(secret, name or "", benefit, wish))
            for name, benefit, wish, count in cells
            if count > 0
        ]
        if rounded:
            result[code] = RegionGaps(
                name=names[code],
                shown=sum(n for n in rounded if n >= gaps.SMALL_COUNT),
                small=sum(1 for n in rounded if n < gaps.SMALL_COUNT),
                words=gaps.gap_total(cells, secret),
            )
    return result


NOTHING_BAND = Band("niets", "Niets geteld", "#ffffff", SOLID)
SMALL_BAND = Band("klein", f"Alleen groepen van minder dan {gaps.SMALL_COUNT}", "#fdd49e", DOTS, "#7f2704")
GAP_STYLES = (
    ("#fc8d59", LINES, "#4a1204"),
    ("#d7301f", HATCH, "#ffffff"),
    ("#7f0000", CROSS, "#ffffff"),  # not solid: "niets geteld" is the plain one
)


def gap_legend(values: Iterable[RegionGaps], *, title: str) -> Legend:
    """Bands for the rounded gap counts: nothing counted, only "< 5", then up to three ranges of
    multiples of 5, darker for more. Each band has its own pattern and words, not only a colour."""
    base = gaps.BASE
    fives = [v.shown // base for v in values if isinstance(v, RegionGaps)]
    ranges = tuple((low * base, high * base) for low, high in count_bands(fives))
    styles = GAP_STYLES[len(GAP_STYLES) - len(ranges):] if ranges else ()
    bands = (
        NOTHING_BAND,
        SMALL_BAND,
        *(
            Band(f"{low}-{high}", f"{low}" if low == high else f"{low} tot en met {high}", fill, pattern, ink)
            for (low, high), (fill, pattern, ink) in zip(ranges, styles, strict=True)
        ),
    )

    def classify(value: object) -> str:
        shown = value.shown if isinstance(value, RegionGaps) else 0
        if not isinstance(value, RegionGaps) or (shown == 0 and value.small == 0):
            return NOTHING_BAND.key
        if shown == 0:
            return SMALL_BAND.key
        return next(f"{low}-{high}" for low, high in ranges if low <= shown <= high)

    def tabulate(value: object) -> str:
        return value.words if isinstance(value, RegionGaps) else "0"

    def describe(value: object) -> str:
        if not isinstance(value, RegionGaps):
            return "niets geteld"
        return f"{value.words} keer geen passend aanbod (afgerond)"

    return Legend(title=title, bands=bands, classify=classify, describe=describe, tabulate=tabulate)


def gap_values(catalogue_regions: Iterable[str], found: Mapping[str, RegionGaps]) -> dict[str, object]:
    """Every region of the catalogue gets a value: its gaps, or 0 for "niets geteld"."""
    return {code: found.get(code, 0) for code in catalogue_regions}
