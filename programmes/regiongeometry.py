"""The 35 arbeidsmarktregio's as SVG path data, decoded once per process from the CBS/PDOK
TopoJSON in `data/` (delta-encoded, quantised arcs): projected, simplified per shared arc so
neighbours keep a common border, rounded to whole units. Pure: no ORM, no request."""

from __future__ import annotations

import functools
import itertools
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_noop

GEOMETRY_FILE = Path(__file__).resolve().parent.parent / "data" / "arbeidsmarktregios_2025.topojson"
GEOMETRY_OBJECT = "arbeidsmarktregio_2025"
ATTRIBUTION = gettext_noop("Bron: CBS/PDOK")

# Height of the SVG's coordinate system. One unit is about 470 m: finer than anyone sees at the
# map's size on screen, coarse enough that whole numbers keep the path data small.
VIEW_HEIGHT = 600
# Douglas-Peucker tolerance in view units: drops points that move the border less than this.
SIMPLIFY_TOLERANCE = 0.7


# --- Geometry ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegionShape:
    code: str
    name: str  # as in the geometry file (identical to the 2026 list, see data/README.md)
    path: SafeString  # SVG path data in the view's coordinates (digits, spaces and M l z - only)


@dataclass(frozen=True)
class Geometry:
    width: int
    height: int
    shapes: tuple[RegionShape, ...]  # in the file's order (by code)

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width} {self.height}"

    def by_code(self) -> dict[str, RegionShape]:
        return {shape.code: shape for shape in self.shapes}


Point = tuple[float, float]


def decode_arcs(topology: Mapping) -> list[list[Point]]:
    """Absolute longitude/latitude of every arc: cumulative sums of the deltas, then the transform."""
    transform = topology.get("transform")
    (sx, sy), (tx, ty) = (transform["scale"], transform["translate"]) if transform else ((1, 1), (0, 0))
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _perpendicular(point: Point, start: Point, end: Point) -> float:
    (px, py), (ax, ay), (bx, by) = point, start, end
    dx, dy = bx - ax, by - ay
    length = math.hypot(dx, dy)
    if length == 0:  # a closed arc (an island): distance to its start
        return math.hypot(px - ax, py - ay)
    return abs(dy * px - dx * py + bx * ay - by * ax) / length


def simplify(points: Sequence[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker, keeping both ends (so arcs still meet their neighbours)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, 0
        for i in range(first + 1, last):
            distance = _perpendicular(points[i], points[first], points[last])
            if distance > worst:
                worst, index = distance, i
        if worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def _ring_points(ring: Sequence[int], arcs: Sequence[Sequence[tuple[int, int]]]) -> list[tuple[int, int]]:
    """A ring's points from its arcs (~i is arc i backwards); each arc starts where the last ended."""
    points: list[tuple[int, int]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc[1:] if points else arc)
    return points


def _ring_path(points: Sequence[tuple[int, int]]) -> str:
    """'M x y l dx dy … z' with whole numbers; repeated points dropped; '' when nothing is left."""
    distinct = [points[0]]
    for point in points[1:]:
        if point != distinct[-1]:
            distinct.append(point)
    if len(distinct) > 1 and distinct[-1] == distinct[0]:
        distinct.pop()  # z closes the ring
    if len(distinct) < 3:
        return ""
    numbers = []
    for (x0, y0), (x1, y1) in itertools.pairwise(distinct):
        numbers += [x1 - x0, y1 - y0]
    x, y = distinct[0]
    return f"M{x} {y}l" + _join(numbers) + "z"


def _join(numbers: Iterable[int]) -> str:
    # A minus sign separates numbers by itself: "3-4" is 3, -4.
    out = []
    for number in numbers:
        text = str(number)
        if out and not text.startswith("-"):
            out.append(" ")
        out.append(text)
    return "".join(out)


def build_geometry(
    topology: Mapping, object_name: str = GEOMETRY_OBJECT, *, height: int = VIEW_HEIGHT,
    tolerance: float = SIMPLIFY_TOLERANCE,
) -> Geometry:
    """Project, simplify and round every arc once, then draw each region from the shared arcs."""
    arcs = decode_arcs(topology)
    lons = [lon for arc in arcs for lon, _lat in arc]
    lats = [lat for arc in arcs for _lon, lat in arc]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    # Equirectangular with the middle latitude's scale: at the Netherlands' size this differs
    # from the Rijksdriehoek projection by less than a unit of the view.
    x_scale = math.cos(math.radians((south + north) / 2))
    scale = height / (north - south)
    width = math.ceil((east - west) * x_scale * scale)

    def project(point: Point) -> Point:
        lon, lat = point
        return ((lon - west) * x_scale * scale, (north - lat) * scale)

    rounded = [
        [(round(x), round(y)) for x, y in simplify([project(p) for p in arc], tolerance)] for arc in arcs
    ]
    shapes = []
    for geometry in topology["objects"][object_name]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        parts = []
        for polygon in polygons:
            rings = [_ring_path(_ring_points(ring, rounded)) for ring in polygon]
            if rings and rings[0]:  # an islet smaller than a unit disappears, holes and all
                parts += [ring for ring in rings if ring]
        properties = geometry.get("properties", {})
        code = properties.get("statcode") or geometry["id"]
        path = mark_safe("".join(parts))  # noqa: S308 (built above from numbers only)
        shapes.append(RegionShape(code=code, name=properties.get("statnaam", code), path=path))
    return Geometry(width=width, height=height, shapes=tuple(shapes))


@functools.cache
def geometry() -> Geometry:
    """The arbeidsmarktregio's, decoded once per process (static data: the file ships with the code)."""
    with GEOMETRY_FILE.open(encoding="utf-8") as handle:
        return build_geometry(json.load(handle))
