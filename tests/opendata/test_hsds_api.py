"""The read-only HSDS API under /api/hsds/: every response valid against the official schemas."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from opendata.tables import TAXONOMY_ID, hsds_id, term_id
from programmes import models
from tests.opendata.conftest import response_schema, schema_errors

pytestmark = pytest.mark.django_db

API = "/api/hsds"
LISTS = ["/services", "/organizations", "/taxonomies", "/taxonomy_terms", "/service_at_locations"]


def get(client, path, **params):
    response = client.get(f"{API}{path}", params)
    assert response["Content-Type"] == "application/json", (path, response.content[:200])
    return response


def every_page(client, path, **params):
    page, items = 1, []
    while True:
        body = get(client, path, page=page, per_page=2, **params).json()
        items += body["contents"]
        if body["last_page"]:
            return items
        page += 1


def test_the_index_says_which_hsds_version_and_where_the_description_is(client):
    body = get(client, "/").json()

    assert body == {"version": "3.0", "openapi_url": "http://testserver/api/hsds/openapi.json"}
    assert schema_errors(body, response_schema("/")) == []


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("extra", [{}, {"full": "true"}, {"full_service": "true"}, {"minimal": "true"}])
def test_every_list_page_is_valid_hsds(client, small_catalogue, path, extra):
    response = get(client, path, **extra)

    assert response.status_code == 200
    assert schema_errors(response.json(), response_schema(path)) == []


def test_every_service_and_organization_by_id_is_valid_hsds(client, small_catalogue):
    services = every_page(client, "/services")
    organizations = every_page(client, "/organizations")
    terms = every_page(client, "/taxonomy_terms")

    problems = [
        (path, error)
        for path, schema in (
            *((f"/services/{s['id']}", "compiled/service.json") for s in services),
            *((f"/organizations/{o['id']}", "compiled/organization.json") for o in organizations),
            *((f"/organizations/{o['id']}?full_service=1", "compiled/organization.json")
              for o in organizations),
            *((f"/taxonomy_terms/{t['id']}", "taxonomy_term.json") for t in terms),
            (f"/taxonomies/{TAXONOMY_ID}", "taxonomy.json"),
        )
        for error in schema_errors(client.get(API + path).json(), schema)
    ]

    assert problems == []
    assert len(services) == 3
    assert {o["name"] for o in organizations} == {"UWV", "Yulius"}


def test_the_real_catalogue_answers_valid_hsds(client):
    from django.core.management import call_command

    call_command("loaddata", "catalogue", verbosity=0)
    page = get(client, "/services", full="true", per_page=500).json()

    assert page["total_items"] == models.Offering.objects.filter(programme__status="published").count()
    assert schema_errors(page, response_schema("/services")) == []
    assert [e for s in page["contents"] for e in schema_errors(s, "compiled/service.json")] == []


def test_pages_say_where_they_are(client, small_catalogue):
    first = get(client, "/services", per_page=2).json()
    second = get(client, "/services", per_page=2, page=2).json()
    beyond = get(client, "/services", per_page=2, page=9).json()

    def where(page):
        return page["total_items"], page["total_pages"], page["page_number"], page["size"], page["first_page"]

    assert (where(first), first["last_page"]) == ((3, 2, 1, 2, True), False)
    assert (where(second), second["last_page"]) == ((3, 2, 2, 1, False), True)
    assert (beyond["empty"], beyond["contents"], beyond["last_page"]) == (True, [], True)
    ids = [s["id"] for s in first["contents"] + second["contents"]]
    assert len(set(ids)) == 3


def test_modified_after_returns_what_changed_since(client, small_catalogue):
    long_ago = timezone.make_aware(datetime.datetime(2020, 1, 1))
    for model in (models.Programme, models.Offering, models.Organisation, models.SupportKind,
                  models.Funding, models.Condition):
        model.objects.update(updated_at=long_ago)
    models.Offering.objects.filter(programme__slug="jobcoaching").update(updated_at=timezone.now())

    recent = get(client, "/services", modified_after="2025-01-01").json()
    everything = get(client, "/services", modified_after="2019-12-31T23:00:00+00:00").json()

    assert [s["id"] for s in recent["contents"]] == [hsds_id("service", "jobcoaching", "uwv")]
    assert everything["total_items"] == 3


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("benefit:wajong", {("jobcoaching", "uwv")}),
        # a dimension stands for all of its values
        ("severity", {("ips-drechtsteden", "yulius"), ("ips-drechtsteden", "uwv")}),
        ("care_at_provider", {("ips-drechtsteden", "yulius")}),
        ("wish:explore", set()),
    ],
)
def test_services_by_taxonomy_term(client, small_catalogue, term, expected):
    body = get(client, "/services", taxonomy_term_id=term_id(term)).json()

    assert {s["id"] for s in body["contents"]} == {hsds_id("service", *keys) for keys in expected}


def test_services_of_one_organization_and_by_search(client, small_catalogue):
    by_org = get(client, "/services", organization_id=hsds_id("organization", "yulius")).json()
    by_text = get(client, "/services", search="jobcoach").json()

    assert [s["organization"]["name"] for s in by_org["contents"]] == ["Yulius"]
    assert [s["name"] for s in by_text["contents"]] == ["Jobcoaching"]


def test_taxonomy_terms_by_parent_and_top_level(client, small_catalogue):
    children = get(client, "/taxonomy_terms", parent_id=term_id("benefit"), per_page=100).json()
    top = get(client, "/taxonomy_terms", top_only="true", per_page=100).json()

    assert {t["code"] for t in children["contents"]} == {
        "benefit:bijstand", "benefit:ww", "benefit:wia_wga", "benefit:wia_iva", "benefit:wajong",
        "benefit:ziektewet", "benefit:wao_waz", "benefit:none",
    }
    assert "benefit" in {t["code"] for t in top["contents"]}
    assert all("parent_id" not in t for t in top["contents"])


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"page": "0"}, "page", "‘page’ moet 1 of meer zijn."),
        ({"page": "twee"}, "page", "‘page’ moet een geheel getal zijn."),
        ({"per_page": "10000"}, "per_page", "‘per_page’ moet tussen 1 en 500 zijn."),
        ({"full": "misschien"}, "full", "‘full’ moet true of false zijn."),
        ({"modified_after": "gisteren"}, "modified_after", "‘modified_after’ moet een datum of tijdstip"),
        ({"format": "ndjson"}, "format", "Alleen format=json wordt ondersteund."),
        ({"page": ["1", "2"]}, "page", "Geef deze parameter maar één keer op."),
    ],
)
def test_a_bad_parameter_gets_a_dutch_json_400(client, small_catalogue, params, field, message):
    response = client.get(f"{API}/services", params)

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["errors"][field][0].startswith(message)


def test_parameters_hsds_clients_send_that_we_do_not_offer_are_ignored(client, small_catalogue):
    assert get(client, "/service_at_locations", postcode="3311 AA", proximity="500").status_code == 200


@pytest.mark.parametrize(
    "path",
    ["/services/00000000-0000-0000-0000-000000000000", "/organizations/nope", "/taxonomies/x",
     "/taxonomy_terms/x", "/service_at_locations/x", "/bestaat-niet", "/services/x/y"],
)
def test_unknown_things_get_a_json_404(client, small_catalogue, path):
    response = client.get(API + path)

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["errors"]


def test_ended_and_concept_programmes_are_not_served(client, small_catalogue):
    assert client.get(f"{API}/services/{hsds_id('service', 'pilot-2013', 'uwv')}").status_code == 404
    assert client.get(f"{API}/services/{hsds_id('service', 'idee', 'yulius')}").status_code == 404


ALL_PATHS = ["/", "/openapi.json", *LISTS, f"/taxonomies/{TAXONOMY_ID}"]


@pytest.mark.parametrize("path", ALL_PATHS)
def test_head_works_everywhere(client, small_catalogue, path):
    response = client.head(API + path)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete", "options"])
@pytest.mark.parametrize("path", ["/", "/services"])
def test_a_write_gets_a_json_405_not_a_csrf_page(small_catalogue, method, path):
    client = Client(enforce_csrf_checks=True)

    response = getattr(client, method)(API + path)

    assert response.status_code == 405
    assert response["Content-Type"] == "application/json"
    assert response["Allow"] == "GET, HEAD"
    assert response.json() == {"errors": {"method": ["Deze API kan alleen lezen: gebruik GET of HEAD."]}}


def test_any_site_may_read_the_api_and_no_cookie_is_set(client, small_catalogue):
    response = get(client, "/services")

    assert response["Access-Control-Allow-Origin"] == "*"
    assert not response.cookies


def test_the_description_is_the_standard_with_our_details(client):
    spec = get(client, "/openapi.json").json()

    assert spec["openapi"] == "3.1.0"
    assert spec["servers"] == [{"url": "http://testserver/api/hsds"}]
    assert spec["security"] == []
    assert spec["info"]["license"]["identifier"] == "CC-BY-SA-4.0"
    assert "REQUIRED" not in str(spec["info"])
    assert set(spec["paths"]) == {
        "/", "/services", "/services/{id}", "/organizations", "/organizations/{id}", "/taxonomies",
        "/taxonomies/{id}", "/taxonomy_terms", "/taxonomy_terms/{id}", "/service_at_locations",
        "/service_at_locations/{id}",
    }
