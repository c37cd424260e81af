"""The curators' coverage overview on a map: 35 regions, named and linked, coloured by where the
chosen kind of support is offered; and the freshness lists on the check page."""

import datetime
import re

import pytest

from tests.factories import (
    MunicipalityFactory,
    OfferingFactory,
    ProgrammeFactory,
    RegionFactory,
    SupportKindFactory,
)

AREA = re.compile(
    r'<a class="wr-map__area[^"]*"[^>]* data-region="(AM\d\d)" href="([^"]+)" aria-label="([^"]+)">'
    r'<title>[^<]+</title><path d="[^"]+" fill="url\(#dekking-kaart-([a-z0-9-]+)\)"/>'
)


@pytest.fixture
def two_kinds(db):
    north = RegionFactory(code="AM01", name="Groningen")
    south = RegionFactory(code="AM02", name="Friesland")
    MunicipalityFactory(code="GM0014", name="Groningen", region=north)
    MunicipalityFactory(code="GM0080", name="Leeuwarden", region=south)
    ips = SupportKindFactory(slug="ips", name="IPS")
    coach = SupportKindFactory(slug="jobcoaching", name="Jobcoaching")
    for slug, kind, region in [("ips-1", ips, north), ("coach-1", coach, south), ("coach-2", coach, south)]:
        OfferingFactory(programme=ProgrammeFactory(slug=slug, kind=kind), scope="regions", regions=[region])


def drawn(client, kind: str) -> dict[str, tuple[str, str, str]]:
    body = client.get("/overzichten/dekking", {"soort": kind}).content.decode()
    return {code: (band, label, href) for code, href, label, band in AREA.findall(body)}


def test_the_map_has_35_named_and_linked_regions(curator_client, two_kinds):
    areas = drawn(curator_client, "")
    assert len(areas) == 35
    assert areas["AM01"][1] == "Groningen: 1 traject"
    assert areas["AM02"][1] == "Friesland: 2 trajecten"
    assert areas["AM01"][2] == "/catalogus/?region=AM01"


def test_the_colours_follow_the_coverage_of_the_chosen_kind(curator_client, two_kinds):
    ips, coach = drawn(curator_client, "ips"), drawn(curator_client, "jobcoaching")
    # The band's key: "0" (Geen, hatched) or a range such as "1-1" or "2-2".
    assert (ips["AM01"][0], ips["AM02"][0]) == ("1-1", "0")  # IPS only in Groningen
    assert (coach["AM01"][0], coach["AM02"][0]) == ("0", "2-2")  # jobcoaching only in Friesland
    assert ips["AM02"][1] == "Friesland: geen trajecten"
    assert coach["AM02"][2] == "/catalogus/?kind=jobcoaching&amp;region=AM02"
    # Regions the catalogue does not hold are "Geen gegevens", not a white spot.
    assert ips["AM35"][0] == coach["AM35"][0] == "geen-gegevens"
    body = curator_client.get("/overzichten/dekking", {"soort": "ips"}).content.decode()
    assert "Waar is IPS beschikbaar?" in body
    assert '<table class="wr-map-table">' in body


def test_an_unknown_kind_is_a_form_error(curator_client, two_kinds):
    response = curator_client.get("/overzichten/dekking", {"soort": "<onzin>"})
    assert response.status_code == 400
    assert "Kies een soort ondersteuning uit de lijst." in response.content.decode()


def test_stale_offerings_and_programmes_are_listed_with_who_verified_them(curator_client, db, settings):
    settings.CATALOGUE_STALE_MONTHS = 6
    today = datetime.date.today()
    old = today - datetime.timedelta(days=200)
    programme = ProgrammeFactory(name="Oud traject", last_verified=old, verified_by="Jan",
                                 verified_against="Deskresearch 2024")
    OfferingFactory(programme=programme, scope="national", last_verified=old, verified_by="Els",
                    verified_against="website van de aanbieder")
    OfferingFactory(programme=ProgrammeFactory(name="Vers traject"), scope="national", last_verified=today)
    body = curator_client.get("/overzichten/").content.decode()
    assert "meer dan 6 maanden geleden" in body
    assert "door Jan (aan de hand van Deskresearch 2024)" in body
    assert "Aanbod dat controle nodig heeft (1)" in body
    assert "door Els (aan de hand van website van de aanbieder)" in body
    settings.CATALOGUE_STALE_MONTHS = 12  # the setting decides
    body = curator_client.get("/overzichten/").content.decode()
    assert "Aanbod dat controle nodig heeft (0)" in body


# --- One programme, and the gaps --------------------------------------------------------------------

GAP_AREA = re.compile(
    r'<a class="wr-map__area[^"]*"[^>]* data-region="(AM\d\d)" href="([^"]+)" aria-label="([^"]+)">'
    r'<title>[^<]+</title><path d="[^"]+" fill="url\(#gaten-kaart-([a-z0-9-]+)\)"/>'
)


@pytest.fixture
def two_programmes(two_kinds):
    from programmes.models import Municipality

    # coach-1 in the whole of Friesland; a third programme only in the gemeente Groningen.
    OfferingFactory(programme=ProgrammeFactory(slug="stad", name="Stadstraject"), scope="municipalities",
                    municipalities=[Municipality.objects.get(code="GM0014")])


def programme_map(client, slug: str) -> dict[str, tuple[str, str, str]]:
    body = client.get("/overzichten/dekking", {"traject": slug}).content.decode()
    return {code: (band, label, href) for code, href, label, band in AREA.findall(body)}


def test_the_colours_follow_where_the_chosen_programme_is_offered(curator_client, two_programmes):
    ips, stad = programme_map(curator_client, "ips-1"), programme_map(curator_client, "stad")
    assert (ips["AM01"][0], ips["AM02"][0]) == ("hele-regio", "nee")
    assert (stad["AM01"][0], stad["AM02"][0]) == ("deel", "nee")
    assert ips["AM01"][1] == "Groningen: in de hele regio"
    assert stad["AM01"][1] == "Groningen: in een deel van de gemeenten"
    assert ips["AM02"][2] == "/catalogus/?kind=ips&amp;region=AM02"
    body = curator_client.get("/overzichten/dekking", {"traject": "stad"}).content.decode()
    assert "Waar is Stadstraject beschikbaar?" in body
    assert "<td>In een deel van de gemeenten</td>" in body  # the same data as a table


def test_a_kind_and_a_programme_together_or_an_unknown_programme_are_form_errors(
    curator_client, two_programmes
):
    both = curator_client.get("/overzichten/dekking", {"soort": "ips", "traject": "ips-1"})
    assert both.status_code == 400
    assert "Kies een soort ondersteuning of één traject, niet allebei." in both.content.decode()
    unknown = curator_client.get("/overzichten/dekking", {"traject": "bestaat-niet"})
    assert unknown.status_code == 400
    assert "Kies een traject uit de lijst." in unknown.content.decode()


@pytest.fixture
def gaps_counted(two_kinds):
    from programmes.models import Region
    from triage.models import GapRecord

    north, south = Region.objects.get(code="AM01"), Region.objects.get(code="AM02")
    cells = [
        (north, "ww", "paid_work_now", 23), (north, "bijstand", "education", 2), (south, "ww", "skills", 1),
    ]
    for region, benefit, wish, count in cells:
        for _ in range(count):
            GapRecord.objects.create(region=region, benefit=benefit, wish=wish, care="none")


def gap_map(client, **query) -> tuple[dict[str, tuple[str, str, str]], str]:
    body = client.get("/overzichten/witte-vlekken", query).content.decode()
    return {code: (band, label, href) for code, href, label, band in GAP_AREA.findall(body)}, body


def test_the_gap_map_shows_only_the_rounded_counts_of_the_table(curator_client, gaps_counted, settings):
    from curation import gaps

    offsets = {cell: gaps.cell_offset(settings.SECRET_KEY, *cell) for cell in
               [("Groningen", "ww", "paid_work_now"), ("Groningen", "bijstand", "education"),
                ("Friesland", "ww", "skills")]}
    cells = [gaps.rounded_count(23, offsets[("Groningen", "ww", "paid_work_now")]),
             gaps.rounded_count(2, offsets[("Groningen", "bijstand", "education")])]
    north = sum(n for n in cells if n >= 5)  # the table's rounded cells of 5 or more, added up
    areas, body = gap_map(curator_client)
    assert north in (20, 25, 30)
    low, high = (int(n) for n in areas["AM01"][0].split("-"))
    assert low <= north <= high
    assert low % 5 == high % 5 == 0
    assert areas["AM01"][1].startswith(f"Groningen: {north}")
    # Friesland's single visit rounds below 5 (or, at offset 1, to 5): never "1".
    south = gaps.rounded_count(1, offsets[("Friesland", "ww", "skills")])
    assert areas["AM02"][0] == "klein" if south == 0 else areas["AM02"][0].startswith("5-")
    assert areas["AM35"][0] == "geen-gegevens"  # not in this catalogue
    assert areas["AM01"][2] == "?regio=AM01#tabel"
    map_table = body[body.index('<table class="wr-map-table">'):body.index('id="tabel"')]
    for exact in (">23<", ">2<", ">1<", ">3<", ">24<", ">26<"):
        assert exact not in map_table


def test_the_gap_map_follows_the_chosen_benefit_and_a_region_narrows_the_table(curator_client, gaps_counted):
    areas, _body = gap_map(curator_client, uitkering="bijstand")
    assert areas["AM02"][0] == "niets"  # Friesland had no gap for bijstand
    assert areas["AM01"][0] in ("klein", "5-5")  # Groningen's 2 rounds to 0 or 5
    _areas, body = gap_map(curator_client, regio="AM02")
    table = body[body.index('id="tabel"'):]
    assert "Friesland" in table
    assert "Groningen" not in table
    assert 'aria-current="true" data-region="AM02"' in body
    assert curator_client.get("/overzichten/witte-vlekken", {"regio": "AM99"}).status_code == 400
