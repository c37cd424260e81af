"""schema.org JSON-LD on programme pages, sitemap.xml and robots.txt."""

import json
import re
import xml.etree.ElementTree as ET

import pytest

from opendata import jsonld
from programmes.catalogue import (
    Catalogue,
    KindData,
    OfferingData,
    OrganisationData,
    ProgrammeData,
    RegionData,
)

pytestmark = pytest.mark.django_db

LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)

UWV = OrganisationData("uwv", "UWV", "uwv", "https://www.uwv.nl/")
YULIUS = OrganisationData("yulius", "Yulius", "ggz")


def programme(**fields) -> ProgrammeData:
    kind = KindData("ips", "Individuele plaatsing")
    base = {"slug": "ips", "name": "IPS", "status": "published", "kind": kind, "summary": "Hulp bij werk."}
    return ProgrammeData(**{**base, **fields})


@pytest.mark.parametrize(
    ("offerings", "kind", "areas"),
    [
        ((OfferingData(UWV, "national"),), "GovernmentService", [{"@type": "Country", "name": "Nederland",
                                                                  "identifier": "NL"}]),
        ((OfferingData(YULIUS, "regions", region_codes=frozenset({"AM07"})), OfferingData(UWV, "national")),
         "Service", [{"@type": "Country", "name": "Nederland", "identifier": "NL"},
                     {"@type": "AdministrativeArea", "name": "Drechtsteden", "identifier": "AM07"}]),
        ((), "Service", []),
    ],
)
def test_json_ld_describes_the_service_its_providers_and_where(offerings, kind, areas):
    catalogue = Catalogue(regions={"AM07": RegionData("AM07", "Drechtsteden")})

    data = jsonld.programme_jsonld(programme(offerings=offerings, min_age=18), catalogue,
                                   page_url="https://wr.example/catalogus/ips/")

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == kind
    assert data["areaServed"] == areas
    assert data["serviceType"] == "Individuele plaatsing"
    assert data["audience"]["@type"] == "PeopleAudience"
    assert data["audience"]["suggestedMinAge"] == 18
    assert "suggestedMaxAge" not in data["audience"]
    assert data["termsOfService"] == "Leeftijd: vanaf 18 jaar."
    assert [p["name"] for p in data["provider"]] == sorted(o.provider.name for o in offerings)


def test_json_ld_text_cannot_close_its_script_element():
    text = jsonld.script_text({"name": "</script><script>alert(1)</script> & co"})

    assert not set("<>&") & set(text)
    assert json.loads(text) == {"name": "</script><script>alert(1)</script> & co"}


def test_a_programme_page_carries_its_json_ld(client, small_catalogue):
    content = client.get("/catalogus/ips-drechtsteden/").content.decode()

    [block] = LD_JSON.findall(content)
    data = json.loads(block)
    assert data["@type"] == "Service"
    assert data["url"] == "http://testserver/catalogus/ips-drechtsteden/"
    assert data["name"] == "IPS Drechtsteden"
    assert {p["name"] for p in data["provider"]} == {"UWV", "Yulius"}
    assert {a["identifier"] for a in data["areaServed"]} == {"AM07", "AM31", "GM0505"}
    assert data["audience"]["suggestedMaxAge"] == 65


def test_an_ended_programme_page_has_no_json_ld(client, small_catalogue):
    assert not LD_JSON.search(client.get("/catalogus/pilot-2013/").content.decode())


SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def test_the_sitemap_lists_the_public_pages_and_every_visible_programme(client, small_catalogue):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    locations = [url.find(f"{SITEMAP}loc").text for url in root.iter(f"{SITEMAP}url")]
    assert locations == [
        "http://testserver/", "http://testserver/en/", "http://testserver/stroomschema",
        "http://testserver/en/stroomschema", "http://testserver/werkwijze", "http://testserver/en/werkwijze",
        "http://testserver/woordenlijst", "http://testserver/en/woordenlijst", "http://testserver/catalogus/",
        "http://testserver/en/catalogus/",
        "http://testserver/privacy", "http://testserver/en/privacy", "http://testserver/toegankelijkheid",
        "http://testserver/en/toegankelijkheid",
        "http://testserver/catalogus/ips-drechtsteden/", "http://testserver/en/catalogus/ips-drechtsteden/",
        "http://testserver/catalogus/jobcoaching/", "http://testserver/en/catalogus/jobcoaching/",
        "http://testserver/catalogus/pilot-2013/", "http://testserver/en/catalogus/pilot-2013/",
    ]
    assert "idee" not in response.content.decode()


def alternates_by_location(root) -> dict[str, dict[str, str]]:
    return {
        url.find(f"{SITEMAP}loc").text: {
            link.get("hreflang"): link.get("href")
            for link in url.iter(f"{XHTML}link") if link.get("rel") == "alternate"
        }
        for url in root.iter(f"{SITEMAP}url")
    }


def test_a_translated_page_lists_both_languages_as_alternates_and_dutch_as_default(client, small_catalogue):
    root = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 (our own response)
    found = alternates_by_location(root)
    both = {"nl": "http://testserver/stroomschema", "en": "http://testserver/en/stroomschema",
            "x-default": "http://testserver/stroomschema"}
    assert found["http://testserver/stroomschema"] == both
    assert found["http://testserver/en/stroomschema"] == both
    assert found["http://testserver/en/"] == {"nl": "http://testserver/", "en": "http://testserver/en/",
                                              "x-default": "http://testserver/"}
    assert found["http://testserver/en/catalogus/jobcoaching/"] == {
        "nl": "http://testserver/catalogus/jobcoaching/", "en": "http://testserver/en/catalogus/jobcoaching/",
        "x-default": "http://testserver/catalogus/jobcoaching/"}


def test_robots_txt_points_to_the_sitemap_and_keeps_answers_and_logins_out(client):
    response = client.get("/robots.txt")
    text = response.content.decode()

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert text.startswith("User-agent: *\n")
    assert "Sitemap: http://testserver/sitemap.xml" in text
    for path in ("/resultaat", "/overzicht", "/vraag/", "/casussen/", "/beheer/", "/api/v1/",
                 "/en/resultaat", "/en/overzicht", "/en/vraag/"):
        assert f"Disallow: {path}\n" in text
    assert "Disallow: /api/hsds" not in text
    assert "Disallow: /catalogus" not in text


@pytest.mark.parametrize("path", ["/sitemap.xml", "/robots.txt"])
def test_sitemap_and_robots_answer_head_and_refuse_post(client, path):
    assert client.head(path).status_code == 200
    assert client.post(path).status_code in {403, 405}
