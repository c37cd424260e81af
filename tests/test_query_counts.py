"""The main pages cost a small, fixed number of queries, whatever the catalogue's size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    MunicipalityFactory,
    OfferingFactory,
    OrganisationFactory,
    ProgrammeFactory,
    RegionFactory,
)
from triage.answers import SESSION_KEY
from triage.personas import YULIUS_CLIENT

pytestmark = pytest.mark.django_db

PERSON = YULIUS_CLIENT.with_answers(care_provider="ggz-0")
PAGES = [
    "/vraag/uitkering",
    "/overzicht",
    "/resultaat",
    "/stroomschema",
    "/api/v1/recommendations?concern=mental&benefit=bijstand&municipality=GM0505",
    "/catalogus/",
    "/catalogus/?benefit=bijstand&wish=paid_work_now",
    "/api/hsds/services?full=true",
    "/api/hsds/organizations?full_service=true",
    "/api/hsds/taxonomy_terms",
]


def grow_catalogue(count, start=0):
    regions = [RegionFactory(code=f"AM{n:02d}") for n in range(3)]
    providers = [OrganisationFactory(slug=f"ggz-{n}") for n in range(3)]
    for n in range(start, start + count):
        programme = ProgrammeFactory(slug=f"p-{n}", benefits=["bijstand", "ww"], wishes=["paid_work_now"])
        scope = "national" if n % 3 == 0 else "regions"
        OfferingFactory(
            programme=programme,
            provider=providers[n % 3],
            scope=scope,
            regions=[] if scope == "national" else regions[: 1 + n % 3],
            requires_care_at_provider=n % 2 == 0,
        )


def count_queries(client, path):
    client.get(path)  # the first request after a change builds the snapshot
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


@pytest.fixture
def person_client(client):
    MunicipalityFactory(code="GM0505", name="Dordrecht", region=RegionFactory(code="AM00"))
    session = client.session
    session[SESSION_KEY] = dict(PERSON)
    session.save()
    return client


def test_every_main_page_costs_the_same_few_queries_at_5_and_60_programmes(person_client):
    grow_catalogue(5)
    small = {path: count_queries(person_client, path) for path in PAGES}
    grow_catalogue(55, start=5)
    large = {path: count_queries(person_client, path) for path in PAGES}
    assert small == large
    assert max(large.values()) <= 3, large
    # The open data lists what was added: the counts above are for a grown catalogue.
    assert person_client.get("/api/hsds/services?per_page=100").json()["total_items"] >= 60


def test_snapshot_build_costs_the_same_queries_at_two_sizes(django_assert_max_num_queries):
    from programmes.snapshot import build_catalogue

    grow_catalogue(3)
    with CaptureQueriesContext(connection) as small:
        build_catalogue()
    grow_catalogue(40, start=3)
    with django_assert_max_num_queries(len(small)):
        build_catalogue()
