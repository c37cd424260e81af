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
    make_curator,
)

AREA = re.compile(
    r'<a class="wr-map__area[^"]*"[^>]* data-region="(AM\d\d)" href="([^"]+)" aria-label="([^"]+)">'
    r'<title>[^<]+</title><path d="[^"]+" fill="url\(#dekking-kaart-([a-z0-9-]+)\)"/>'
)


@pytest.fixture
def curator_client(client, db):
    client.force_login(make_curator())
    return client


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
