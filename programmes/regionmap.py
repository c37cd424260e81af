"""The country on a map: the 35 arbeidsmarktregio's as an accessible SVG, drawn on the server.

Pure (no ORM, no request). Two parts:

1. Geometry, static: `programmes.regiongeometry` decodes the CBS/PDOK TopoJSON in `data/` once
   per process into small SVG path data.
2. Values, per request: `region_map(values, legend, ...)` turns region code → value (a count or
   a state) into what `templates/programmes/_region_map.html` draws: per region its shape, band
   (colour *and* pattern, so nothing relies on colour alone), accessible name and link, plus the
   legend and the same data as table rows.

Usually one call does it:

    count_map({"AM01": 3, ...}, one="traject", many="trajecten", title="…", link=lambda code: url)
    state_map({"AM01": "ja", ...}, [("ja", "Beschikbaar"), ("nee", "Niet beschikbaar")], title="…")

and the page includes `programmes/_region_map.html` with `map` (styled in `css/werkroute.css`).
`region_map` with `count_legend` or `state_legend` is the same in two steps, for other legends.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from django.utils.translation import gettext, gettext_noop

from programmes.regiongeometry import ATTRIBUTION, Geometry, geometry

# --- Legend ----------------------------------------------------------------------------------------

# Patterns drawn over a band's colour, so bands differ without colour too (and in print).
HATCH, DOTS, CROSS, LINES, SOLID = "hatch", "dots", "cross", "lines", "solid"


@dataclass(frozen=True)
class Band:
    """One entry of the legend: the values drawn alike."""

    key: str  # stable, used in element ids: [a-z0-9-]
    label: str  # the legend's words, e.g. "Geen", "1 of 2", "Beschikbaar"
    fill: str  # background colour (an SVG presentation attribute, allowed under the CSP)
    pattern: str = SOLID
    ink: str = "#1b1f24"  # the pattern's colour


# Labels are Dutch msgids, said (gettext) when a legend is made: the language of the request.
NO_DATA = Band("geen-gegevens", gettext_noop("Geen gegevens"), "#ffffff", CROSS, "#767676")

# Light to dark, so the order also shows in grey; each with its own pattern. Blues read well for
# the common colour-vision deficiencies. "None" gets the boldest pattern: the white spots matter.
NONE_BAND = Band("0", gettext_noop("Geen"), "#f3f3f3", HATCH, "#b3261e")
COUNT_STYLES = (
    ("#c6dbef", DOTS, "#08306b"),
    ("#6baed6", LINES, "#08306b"),
    ("#08519c", SOLID, "#ffffff"),
)
# The first state is the good one (solid, dark), the third the white spot (like "Geen").
STATE_STYLES = (
    ("#08519c", SOLID, "#ffffff"),
    ("#9ecae1", DOTS, "#08306b"),
    ("#f3f3f3", HATCH, "#b3261e"),
    ("#fdd49e", LINES, "#7f2704"),
)


@dataclass(frozen=True)
class Legend:
    title: str
    bands: tuple[Band, ...]
    # value → band key; None (no value for the region) → NO_DATA
    classify: Callable[[object], str]
    # value → the words after the region's name: "3 trajecten", "beschikbaar"
    describe: Callable[[object], str]
    # value → what the table's cell shows: "3", "Beschikbaar"
    tabulate: Callable[[object], str] = str

    def band_for(self, value: object) -> Band:
        if value is None:
            return NO_DATA
        key = self.classify(value)
        return next(band for band in self.bands if band.key == key)


def count_bands(values: Iterable[int], steps: int = 3) -> tuple[tuple[int, int], ...]:
    """Up to `steps` ranges of whole numbers from the lowest to the highest count above zero.

    Equal widths, so a band's label says exactly what is in it; ranges that hold no whole
    number are left out. Zero is always a band of its own (see count_legend).
    """
    positive = sorted({int(v) for v in values if v and int(v) > 0})
    if not positive:
        return ()
    low, high = positive[0], positive[-1]
    width = (high - low + 1) / steps
    edges = [low + round(width * i) for i in range(steps + 1)]
    edges[-1] = high + 1
    ranges = [(edges[i], edges[i + 1] - 1) for i in range(steps)]
    return tuple(r for r in ranges if r[0] <= r[1])


def _range_label(low: int, high: int) -> str:
    if low == high:
        return str(low)
    if high == low + 1:
        return gettext("%(low)s of %(high)s") % {"low": low, "high": high}
    return gettext("%(low)s tot en met %(high)s") % {"low": low, "high": high}


def count_legend(
    values: Iterable[int], *, one: str, many: str, title: str = "", steps: int = 3
) -> Legend:
    """A legend for counts: "Geen", then up to `steps` ranges fitted to the counts shown."""
    if not 1 <= steps <= len(COUNT_STYLES):
        raise ValueError(f"a count legend has 1 to {len(COUNT_STYLES)} steps above zero")
    ranges = count_bands(values, steps=steps)
    # The darkest styles go to the highest ranges, whatever their number.
    styles = COUNT_STYLES[len(COUNT_STYLES) - len(ranges):] if ranges else ()
    bands = (
        replace(NONE_BAND, label=gettext(NONE_BAND.label)),
        *(
            Band(f"{low}-{high}", _range_label(low, high), fill, pattern, ink)
            for (low, high), (fill, pattern, ink) in zip(ranges, styles, strict=True)
        ),
    )

    def classify(value: object) -> str:
        count = int(value)  # type: ignore[call-overload]
        if count <= 0:
            return NONE_BAND.key
        for low, high in ranges:
            if low <= count <= high:
                return f"{low}-{high}"
        raise ValueError(f"{count} is outside the legend's ranges")

    def describe(value: object) -> str:
        count = int(value)  # type: ignore[call-overload]
        if count == 0:
            return gettext("geen %(many)s") % {"many": many}
        return f"{count} {one if count == 1 else many}"

    return Legend(
        title=title or gettext("Aantal %(many)s") % {"many": many}, bands=bands, classify=classify,
        describe=describe,
        tabulate=lambda value: str(int(value)),  # type: ignore[call-overload]
    )


def state_legend(states: Sequence[tuple[str, str]], *, title: str) -> Legend:
    """A legend for states, in the order given (e.g. [("yes", "Beschikbaar"), ("no", "Niet")])."""
    if len(states) > len(STATE_STYLES):
        raise ValueError(f"at most {len(STATE_STYLES)} states fit one map")
    # The last state (the worst: "niet beschikbaar") is always the grey hatch, however many come before.
    last = next(style for style in STATE_STYLES if style[1] == HATCH)
    styles = [*[style for style in STATE_STYLES if style is not last][: len(states) - 1], last]
    bands = tuple(
        Band(key, label, fill, pattern, ink)
        for (key, label), (fill, pattern, ink) in zip(states, styles, strict=False)
    )
    labels = dict(states)
    return Legend(
        title=title,
        bands=bands,
        classify=lambda value: str(value),
        describe=lambda value: labels[str(value)].lower(),
        tabulate=lambda value: labels[str(value)],
    )


# --- A map with values --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MapArea:
    code: str
    name: str
    path: str  # "" for a value whose code has no shape (it still gets a table row)
    value: object
    band: Band
    text: str  # "3 trajecten"
    cell: str  # the table's cell: "3"
    label: str  # the accessible name: "Groningen: 3 trajecten"
    fill: str = ""  # the band's pattern: url(#map_id-band)
    href: str = ""
    current: bool = False


@dataclass(frozen=True)
class LegendEntry:
    band: Band
    regions: int  # how many regions are in this band
    pattern_id: str = ""  # map_id-band: the <pattern> the map and the swatch fill with


@dataclass(frozen=True)
class RegionMap:
    map_id: str  # prefix for the ids of the map's patterns: unique on the page
    title: str
    width: int
    height: int
    areas: tuple[MapArea, ...]  # regions with a shape, the current one last (drawn on top)
    rows: tuple[MapArea, ...]  # every region with a shape or a value, by name: the table
    legend_title: str
    legend: tuple[LegendEntry, ...]
    attribution: str = ATTRIBUTION

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width} {self.height}"

    @property
    def not_on_map(self) -> tuple[MapArea, ...]:
        return tuple(row for row in self.rows if not row.path)


def region_map(
    values: Mapping[str, object],
    legend: Legend,
    *,
    title: str,
    names: Mapping[str, str] | None = None,
    link: Callable[[str], str] | None = None,
    current: str | None = None,
    map_id: str = "kaart",
    shapes: Geometry | None = None,
) -> RegionMap:
    """What the template needs to draw `values` (region code → count or state) on the map.

    names: the names people know (e.g. the catalogue's), else the geometry file's.
    link: region code → the address of its detail (e.g. the catalogue filtered on it).
    current: the region already chosen, marked for everyone (aria-current) and drawn on top.
    """
    drawn = shapes or geometry()
    names = names or {}
    no_data = replace(NO_DATA, label=gettext(NO_DATA.label))
    by_code = drawn.by_code()

    def area(code: str, path: str, fallback_name: str) -> MapArea:
        name = names.get(code) or fallback_name
        value = values.get(code)
        band = legend.band_for(value)
        text = legend.describe(value) if value is not None else no_data.label.lower()
        cell = legend.tabulate(value) if value is not None else no_data.label
        return MapArea(
            code=code, name=name, path=path, value=value, band=band, text=text, cell=cell,
            label=f"{name}: {text}", fill=f"url(#{map_id}-{band.key})", href=link(code) if link else "",
            current=code == current,
        )

    areas = [area(shape.code, shape.path, shape.name) for shape in drawn.shapes]
    extra = [area(code, "", code) for code in values if code not in by_code]
    rows = sorted([*areas, *extra], key=lambda a: (a.name.casefold(), a.code))
    used = [a.band.key for a in rows]
    bands = list(legend.bands) + ([no_data] if NO_DATA.key in used else [])
    return RegionMap(
        map_id=map_id,
        title=title,
        width=drawn.width,
        height=drawn.height,
        areas=tuple(sorted(areas, key=lambda a: a.current)),
        rows=tuple(rows),
        legend_title=legend.title,
        legend=tuple(LegendEntry(band, used.count(band.key), f"{map_id}-{band.key}") for band in bands),
        attribution=gettext(ATTRIBUTION),
    )


def count_map(
    counts: Mapping[str, int], *, one: str, many: str, title: str, legend_title: str = "", **options
) -> RegionMap:
    """Region code → a count (programmes, offerings, rounded gap counts), coloured in up to three
    ranges above "Geen". options: names, link, current, map_id (see region_map)."""
    legend = count_legend(counts.values(), one=one, many=many, title=legend_title)
    return region_map(counts, legend, title=title, **options)


def state_map(
    states: Mapping[str, str], choices: Sequence[tuple[str, str]], *, title: str, legend_title: str = "",
    **options,
) -> RegionMap:
    """Region code → a state key from choices [(key, label), ...], best first (e.g. "waar is IPS
    beschikbaar?": [("ja", "Beschikbaar"), ("misschien", "Misschien"), ("nee", "Niet beschikbaar")])."""
    legend = state_legend(choices, title=legend_title or title)
    return region_map(states, legend, title=title, **options)
