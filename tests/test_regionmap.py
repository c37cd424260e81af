"""The map of the arbeidsmarktregio's: geometry, legend and the data a template draws (pure)."""

import csv
import json
import re
from pathlib import Path

import pytest
from django.template.loader import render_to_string

from programmes import regiongeometry
from programmes.regiongeometry import build_geometry, decode_arcs, simplify
from programmes.regionmap import (
    NO_DATA,
    count_bands,
    count_legend,
    count_map,
    region_map,
    state_legend,
    state_map,
)

DATA = Path(__file__).resolve().parent.parent / "data"


def regions_2026() -> dict[str, str]:
    with (DATA / "arbeidsmarktregios_2026.csv").open(encoding="utf-8") as handle:
        return {row["arbeidsmarktregiocode"]: row["arbeidsmarktregionaam"] for row in csv.DictReader(handle)}


# --- Geometry ------------------------------------------------------------------------------------

# Two unit squares side by side sharing the middle arc (arc 1), quantised with a transform:
# arc 0 runs along the left square, arc 1 is the shared border, arc 2 the right square.
TWO_SQUARES = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
    "arcs": [
        [[2, 0], [-2, 0], [0, 2], [2, 0]],  # (11,20) → (10,20) → (10,21) → (11,21)
        [[2, 2], [0, -2]],  # (11,21) → (11,20)
        [[2, 2], [2, 0], [0, -2], [-2, 0]],  # (11,21) → (12,21) → (12,20) → (11,20)
    ],
    "objects": {
        "regions": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "id": "L", "properties": {"statcode": "AM01", "statnaam": "Links"},
                 "arcs": [[0, 1]]},
                {"type": "Polygon", "id": "R", "properties": {"statcode": "AM02", "statnaam": "Rechts"},
                 "arcs": [[2, ~1]]},
            ],
        }
    },
}


def test_arcs_are_delta_decoded_and_transformed():
    arcs = decode_arcs(TWO_SQUARES)
    assert arcs[0] == [(11, 20), (10, 20), (10, 21), (11, 21)]
    assert arcs[1] == [(11, 21), (11, 20)]


def test_neighbours_share_their_border_and_a_reversed_arc_runs_backwards():
    # Height 100 over one degree of latitude; the squares sit at 20–21 degrees north.
    geometry = build_geometry(TWO_SQUARES, "regions", height=100, tolerance=0)
    left, right = geometry.shapes
    assert (left.code, left.name, right.code) == ("AM01", "Links", "AM02")
    assert geometry.height == 100
    # Width: two degrees of longitude at cos(20.5°) ≈ 0.937 → 188 units.
    assert geometry.width == 188
    # Left: (94,100) (0,100) (0,0) (94,0), back along the shared border to the start.
    assert left.path == "M94 100l-94 0 0-100 94 0z"
    # Right: (94,0) (187,0) (187,100) (94,100), then the shared border backwards (to (94,0)).
    assert right.path == "M94 0l93 0 0 100-93 0z"


@pytest.mark.parametrize(
    ("points", "tolerance", "expected"),
    [
        ([(0, 0), (5, 0.2), (10, 0)], 0.5, [(0, 0), (10, 0)]),  # a small bump goes
        ([(0, 0), (5, 3), (10, 0)], 0.5, [(0, 0), (5, 3), (10, 0)]),  # a corner stays
        ([(0, 0), (10, 0)], 5, [(0, 0), (10, 0)]),  # the ends always stay
        ([(0, 0), (4, 4), (0, 0.1), (0, 0)], 1, [(0, 0), (4, 4), (0, 0)]),  # a closed arc keeps its shape
    ],
)
def test_simplify_drops_only_points_closer_than_the_tolerance(points, tolerance, expected):
    assert simplify(points, tolerance) == expected


def test_the_map_has_the_35_regions_of_the_2026_list_with_their_names():
    shapes = regiongeometry.geometry().shapes
    assert len(shapes) == 35
    assert {shape.code: shape.name for shape in shapes} == regions_2026()


def test_every_region_is_drawn_inside_the_view_with_small_path_data():
    geometry = regiongeometry.geometry()
    for shape in geometry.shapes:
        assert shape.path.startswith("M"), shape.code
        x, y = (int(n) for n in re.match(r"M(-?\d+) (-?\d+)", shape.path).groups())
        assert 0 <= x <= geometry.width, shape.code
        assert 0 <= y <= geometry.height, shape.code
    total = sum(len(shape.path) for shape in geometry.shapes)
    assert total < 12_000, f"path data grew to {total} characters"


def test_the_geometry_is_decoded_once_per_process():
    assert regiongeometry.geometry() is regiongeometry.geometry()


def test_the_geometry_file_is_the_unchanged_cbs_pdok_copy():
    text = (DATA / "arbeidsmarktregios_2025.topojson").read_text(encoding="utf-8")
    assert len(text) == 24_947
    assert json.loads(text)["type"] == "Topology"
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    assert "Bron: CBS/PDOK" in readme
    assert "CC BY 4.0" in readme


# --- Legend --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], ()),
        ([0, 0], ()),
        ([0, 1, 1], ((1, 1),)),
        ([0, 1, 2], ((1, 1), (2, 2))),
        ([0, 1, 2, 3], ((1, 1), (2, 2), (3, 3))),
        ([1, 6], ((1, 2), (3, 4), (5, 6))),
        ([17, 18, 19, 20, 21], ((17, 18), (19, 19), (20, 21))),
        ([2, 10], ((2, 4), (5, 7), (8, 10))),
    ],
)
def test_count_bands_split_the_counts_above_zero_into_equal_ranges(values, expected):
    assert count_bands(values) == expected


@pytest.mark.parametrize(
    ("value", "band", "text", "cell"),
    [
        (0, "Geen", "geen trajecten", "0"),
        (1, "1 of 2", "1 traject", "1"),
        (4, "3 of 4", "4 trajecten", "4"),
        (6, "5 of 6", "6 trajecten", "6"),
    ],
)
def test_a_count_legend_names_each_value(value, band, text, cell):
    legend = count_legend([0, 1, 6], one="traject", many="trajecten")
    assert legend.title == "Aantal trajecten"
    assert legend.band_for(value).label == band
    assert legend.describe(value) == text
    assert legend.tabulate(value) == cell


def test_every_band_has_its_own_pattern_so_colour_is_not_needed():
    for legend in (
        count_legend([0, 1, 9], one="traject", many="trajecten"),
        state_legend([("ja", "Beschikbaar"), ("misschien", "Misschien"), ("nee", "Niet")], title="IPS"),
    ):
        patterns = [band.pattern for band in (*legend.bands, NO_DATA)]
        assert len(set(patterns)) == len(patterns)


def test_a_value_beyond_the_legend_is_refused():
    legend = count_legend([1, 3], one="traject", many="trajecten")
    with pytest.raises(ValueError, match="outside"):
        legend.band_for(4)


# --- A map with values ------------------------------------------------------------------------------


def fills(drawn) -> dict[str, str]:
    return {area.code: area.band.fill for area in drawn.areas}


def test_colours_follow_the_counts_for_two_different_inputs():
    first = {"AM01": 0, "AM02": 5, "AM22": 1}
    second = {"AM01": 5, "AM02": 0, "AM22": 1}
    one = region_map(first, count_legend(first.values(), one="traject", many="trajecten"), title="t")
    two = region_map(second, count_legend(second.values(), one="traject", many="trajecten"), title="t")
    assert fills(one)["AM01"] == fills(two)["AM02"] == "#f3f3f3"  # none: the palest, hatched
    assert fills(one)["AM02"] == fills(two)["AM01"] == "#08519c"  # most: the darkest
    assert fills(one)["AM22"] == fills(two)["AM22"] == "#c6dbef"
    assert fills(one)["AM03"] == NO_DATA.fill  # no value given for Drenthe


def test_colours_follow_the_states_for_two_choices():
    choices = [("ja", "Beschikbaar"), ("nee", "Niet beschikbaar")]
    ips = state_map({"AM01": "ja", "AM02": "nee"}, choices, title="Waar is IPS beschikbaar?")
    wabz = state_map({"AM01": "nee", "AM02": "ja"}, choices, title="Waar is Werk als Beste Zorg?")
    assert fills(ips)["AM01"] == fills(wabz)["AM02"] != fills(ips)["AM02"] == fills(wabz)["AM01"]
    labels = {area.code: area.label for area in ips.areas}
    assert labels["AM01"] == "Groningen: beschikbaar"
    assert labels["AM02"] == "Friesland: niet beschikbaar"
    cells = {row.name: row.cell for row in ips.rows}
    assert cells["Groningen"] == "Beschikbaar"
    assert cells["Friesland"] == "Niet beschikbaar"
    assert ips.legend_title == "Waar is IPS beschikbaar?"


def test_count_map_is_the_count_legend_and_region_map_in_one_call():
    counts = {"AM01": 2, "AM02": 0}
    one_call = count_map(counts, one="witte vlek", many="witte vlekken", title="Witte vlekken", map_id="w")
    two_steps = region_map(
        counts, count_legend(counts.values(), one="witte vlek", many="witte vlekken"), title="Witte vlekken",
        map_id="w",
    )
    assert one_call == two_steps
    assert one_call.legend_title == "Aantal witte vlekken"


def test_each_region_gets_its_accessible_name_link_and_table_row():
    values = {"AM01": 3, "AM02": 1}
    drawn = region_map(
        values, count_legend(values.values(), one="traject", many="trajecten"), title="Aanbod",
        names={"AM01": "Groningen (stad en ommeland)"}, link=lambda code: f"/catalogus/?region={code}",
        current="AM02",
    )
    groningen = next(area for area in drawn.areas if area.code == "AM01")
    assert groningen.label == "Groningen (stad en ommeland): 3 trajecten"
    assert groningen.href == "/catalogus/?region=AM01"
    assert drawn.areas[-1].code == "AM02"  # drawn last: on top
    assert drawn.areas[-1].current
    assert [row.name for row in drawn.rows][:3] == ["Achterhoek", "Amersfoort", "Drechtsteden"]
    assert {entry.band.label: entry.regions for entry in drawn.legend} == {
        "Geen": 0, "1": 1, "2": 0, "3": 1, "Geen gegevens": 33,
    }


def test_a_code_without_a_shape_is_not_lost_but_listed_in_the_table():
    values = {"AM01": 2, "AM04": 1}  # AM04 no longer exists
    drawn = region_map(values, count_legend(values.values(), one="traject", many="trajecten"), title="t")
    assert [row.code for row in drawn.not_on_map] == ["AM04"]
    assert len(drawn.areas) == 35
    assert len(drawn.rows) == 36


# --- The template partial ----------------------------------------------------------------------------


def render(drawn) -> str:
    return render_to_string("programmes/_region_map.html", {"map": drawn})


def test_the_partial_draws_35_linked_shapes_with_codes_and_accessible_names():
    values = {shape.code: n % 4 for n, shape in enumerate(regiongeometry.geometry().shapes)}
    html = render(region_map(
        values, count_legend(values.values(), one="traject", many="trajecten"), title="Aanbod",
        link=lambda code: f"/catalogus/?region={code}",
    ))
    area = r'<a class="wr-map__area[^>]*? data-region="(AM\d\d)" href="([^"]+)" aria-label="([^"]+)"'
    areas = re.findall(area, html)
    assert len(areas) == 35
    assert len(re.findall(r"<path d=\"M", html)) == 35
    assert {code for code, _href, _label in areas} == set(regions_2026())
    assert ("AM01", "/catalogus/?region=AM01", "Groningen: geen trajecten") in areas
    assert ("AM02", "/catalogus/?region=AM02", "Friesland: 1 traject") in areas
    assert "Bron: CBS/PDOK" in html


def test_the_partial_needs_no_style_attributes_scripts_or_outside_resources():
    values = {"AM01": 1}
    legend = count_legend(values.values(), one="traject", many="trajecten")
    html = render(region_map(values, legend, title="t"))
    assert "style=" not in html
    assert "<script" not in html
    assert "http" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_the_legend_shows_each_band_with_its_pattern_and_the_table_the_numbers():
    values = {"AM01": 0, "AM02": 4}
    html = render(region_map(values, count_legend(values.values(), one="traject", many="trajecten"),
                             title="Aanbod", map_id="k"))
    for key in ("0", "4-4", "geen-gegevens"):
        assert f'<pattern id="k-{key}"' in html
        assert f'fill="url(#k-{key})"/></svg>' in html  # its legend swatch
    assert re.search(r"Friesland</th>\s*<td[^>]*>4</td>", html)
    assert re.search(r"Groningen</th>\s*<td[^>]*>0</td>", html)
    assert re.search(r"Drenthe</th>\s*<td[^>]*>Geen gegevens</td>", html)
