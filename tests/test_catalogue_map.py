"""The public catalogue's map: how many programmes each arbeidsmarktregio has for the filters chosen."""

import re

import pytest

from programmes.catalogue import (
    Catalogue,
    KindData,
    MunicipalityData,
    OfferingData,
    OrganisationData,
    ProgrammeData,
    RegionData,
)
from programmes.filters import count_per_region, filter_programmes, regions_reached
from tests.catalogue_factories import full_programme
from tests.factories import MunicipalityFactory, OrganisationFactory, RegionFactory, SupportKindFactory

LIST = "/catalogus/"

# --- The count per region (pure) -----------------------------------------------------------------

PROVIDER = OrganisationData(slug="aanbieder", name="Aanbieder", kind="ggz")
KIND = KindData(slug="ips", name="IPS")


def offering(scope, regions=(), municipalities=()):
    return OfferingData(
        provider=PROVIDER, scope=scope,
        region_codes=frozenset(regions), municipality_codes=frozenset(municipalities),
    )


def programme(slug, *offerings, status="published"):
    return ProgrammeData(slug=slug, name=slug, status=status, kind=KIND, offerings=offerings)


CATALOGUE = Catalogue(
    programmes=(
        programme("landelijk", offering("national")),
        programme("drechtsteden", offering("regions", regions=["AM23"])),
        programme("enschede", offering("municipalities", municipalities=["GM0153"])),
        programme(
            "twee-plekken",
            offering("regions", regions=["AM23"]),
            offering("municipalities", municipalities=["GM0153"]),
        ),
        programme("zonder-aanbod"),
        programme("beeindigd", offering("national"), status="ended"),
    ),
    regions={code: RegionData(code, name) for code, name in [
        ("AM23", "Drechtsteden"), ("AM05", "Twente"), ("AM01", "Groningen"),
    ]},
    municipalities={
        "GM0505": MunicipalityData("GM0505", "Dordrecht", "AM23"),
        "GM0153": MunicipalityData("GM0153", "Enschede", "AM05"),
    },
)


@pytest.mark.parametrize(
    ("slug", "regions"),
    [
        ("landelijk", {"AM23", "AM05", "AM01"}),
        ("drechtsteden", {"AM23"}),
        ("enschede", {"AM05"}),
        ("twee-plekken", {"AM23", "AM05"}),
        ("zonder-aanbod", set()),
    ],
)
def test_a_programme_reaches_the_regions_of_its_offerings(slug, regions):
    assert regions_reached(CATALOGUE.programme(slug), CATALOGUE) == regions


def test_the_count_per_region_agrees_with_filtering_on_each_region():
    for include_ended in (False, True):
        found = filter_programmes(CATALOGUE, include_ended=include_ended)
        counts = count_per_region(CATALOGUE, found)
        assert counts == {
            code: len(filter_programmes(CATALOGUE, region_code=code, include_ended=include_ended))
            for code in CATALOGUE.regions
        }
    assert count_per_region(CATALOGUE, filter_programmes(CATALOGUE)) == {"AM23": 3, "AM05": 3, "AM01": 1}


# --- On the catalogue page ------------------------------------------------------------------------


@pytest.fixture
def catalogue(db):
    drechtsteden = RegionFactory(code="AM23", name="Drechtsteden")
    twente = RegionFactory(code="AM05", name="Twente")
    RegionFactory(code="AM01", name="Groningen")
    MunicipalityFactory(code="GM0505", name="Dordrecht", region=drechtsteden)
    enschede = MunicipalityFactory(code="GM0153", name="Enschede", region=twente)
    ips = SupportKindFactory(slug="ips", name="IPS")
    yulius = OrganisationFactory(slug="yulius", name="Yulius")
    full_programme(
        "ips-drechtsteden", name="IPS Drechtsteden", kind=ips, benefits=["bijstand"],
        offerings=[(yulius, "regions", [drechtsteden], [], True)],
    )
    full_programme(
        "jobcoaching", name="Jobcoaching", benefits=[],
        offerings=[(OrganisationFactory(name="UWV", slug="uwv"), "national", [], [], False)],
    )
    mediant = OrganisationFactory(slug="mediant", name="Mediant")
    full_programme(
        "training-enschede", name="Training Enschede", benefits=["ww"],
        offerings=[(mediant, "municipalities", [], [enschede], False)],
    )


AREA = re.compile(r'<a class="wr-map__area[^>]*? data-region="(AM\d\d)" href="([^"]+)" aria-label="([^"]+)"')


def areas(response) -> dict[str, tuple[str, str]]:
    found = AREA.findall(response.content.decode())
    return {code: (href.replace("&amp;", "&"), label) for code, href, label in found}


def test_the_catalogue_shows_per_region_how_many_programmes_there_are(client, catalogue):
    response = client.get(LIST)
    drawn = areas(response)
    assert len(drawn) == 35
    assert drawn["AM23"] == ("/catalogus/?region=AM23", "Drechtsteden: 2 trajecten")
    assert drawn["AM05"] == ("/catalogus/?region=AM05", "Twente: 2 trajecten")
    assert drawn["AM01"] == ("/catalogus/?region=AM01", "Groningen: 1 traject")
    content = response.content.decode()
    assert "Bron: CBS/PDOK" in content
    assert re.search(r'href="/catalogus/\?region=AM23">Drechtsteden</a></th>\s*<td[^>]*>2</td>', content)


def test_each_region_links_to_the_list_there_with_the_same_count(client, catalogue):
    drawn = areas(client.get(LIST, {"benefit": "bijstand"}))
    for code in ("AM23", "AM05", "AM01"):
        href, label = drawn[code]
        listed = client.get(href).content.decode()
        count = re.search(r'id="result-count"[^>]*>(\d+) traject(?:en)? gevonden', listed).group(1)
        assert label.endswith(f": {count} traject" + ("" if count == "1" else "en")), (code, label, count)


def test_the_map_keeps_the_other_filters_and_marks_the_chosen_place(client, catalogue):
    response = client.get(LIST, {"kind": "ips", "municipality": "Dordrecht", "ended": "on"})
    drawn = areas(response)
    assert drawn["AM05"] == ("/catalogus/?kind=ips&ended=on&region=AM05", "Twente: geen trajecten")
    assert drawn["AM23"][1] == "Drechtsteden: 1 traject"
    content = response.content.decode()
    current = r'<a class="wr-map__area wr-map__area--current" aria-current="true" data-region="AM23"'
    assert re.search(current, content)
    assert "Aantal trajecten per arbeidsmarktregio bij deze filters" in content


def test_filter_changes_through_htmx_update_the_map_too(client, catalogue):
    response = client.get(LIST, {"kind": "ips"}, headers={"HX-Request": "true"})
    content = response.content.decode()
    assert '<div id="region-map" data-hx-swap-oob="innerHTML">' in content
    assert areas(response)["AM23"][1] == "Drechtsteden: 1 traject"


def test_a_wrong_filter_shows_no_map_but_says_why(client, catalogue):
    response = client.get(LIST, {"region": "AM99"})
    assert response.status_code == 400
    assert areas(response) == {}
    assert "De kaart komt terug zodra de filters goed zijn ingevuld." in response.content.decode()


def test_the_map_is_optional_and_closed_until_asked_for(client, catalogue):
    content = client.get(LIST).content.decode()
    assert re.search(r'<details class="[^"]*wr-map-details">\s*<summary', content)
