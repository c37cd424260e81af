import logging

import pytest
from django.db import OperationalError

from tests.factories import (
    MunicipalityFactory,
    OfferingFactory,
    OrganisationFactory,
    ProgrammeFactory,
    RegionFactory,
)
from tests.helpers import database_down

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/", "/vraag/om-wie", "/readyz", "/catalogus/"])
def test_database_down_gives_a_dutch_503_page_not_a_stack_trace(monkeypatch, path):
    from django.test import Client

    client = Client(raise_request_exception=False)  # as in production: the handler answers
    client.cookies["sessionid"] = "some-session"  # forces a session read from the database
    database_down(monkeypatch)
    response = client.get(path)
    assert response.status_code == 503
    body = response.content.decode()
    assert '<html lang="nl"' in body
    assert "even niet beschikbaar" in body
    assert "Traceback" not in body
    assert "OperationalError" not in body


def test_a_write_that_fails_halfway_leaves_nothing_behind(monkeypatch):
    """The case row is written, then the database fails within the same service: nothing stays,
    and the person gets the Dutch 503 page."""
    from django.test import Client

    from casework.models import Case
    from tests.factories import make_professional, small_catalogue
    from tests.helpers import give_answers
    from triage.personas import YULIUS_CLIENT

    small_catalogue()
    client = Client(raise_request_exception=False)
    client.force_login(make_professional())
    give_answers(client, YULIUS_CLIENT.answers)
    create = Case.objects.create

    def written_then_broken(**fields):
        create(**fields)
        raise OperationalError("disk full while confirming")

    monkeypatch.setattr(Case.objects, "create", written_then_broken)
    response = client.post(
        "/casussen/opslaan", {"reference": "KdK-009", "consent": "on", "chosen": "werk-als-beste-zorg"}
    )
    assert response.status_code == 503
    assert Case.objects.count() == 0


WALK = {
    "om-wie": "mental",
    "zorg": "specialist_ggz",
    "ggz-instelling": "yulius",
    "ernst": "severe",
    "werksituatie": "sick_listed",
    "uitkering": "wia_wga",
    "wens": "keep_job",
    "woonplaats": "Dordrecht",
    "leeftijd": "47",
}


def test_request_log_has_route_status_duration_and_never_an_answer(client, caplog):
    region = RegionFactory(code="AM07", name="Drechtsteden")
    MunicipalityFactory(code="GM0505", name="Dordrecht", region=region)
    programme = ProgrammeFactory(benefits=["wia_wga"])
    OfferingFactory(programme=programme, provider=OrganisationFactory(slug="yulius"))
    with caplog.at_level(logging.DEBUG):
        for slug, value in WALK.items():
            client.get(f"/vraag/{slug}")
            client.post(f"/vraag/{slug}/antwoord", {"answer": value})
        client.get("/overzicht")
        client.get("/resultaat")
        client.get("/stroomschema")
    lines = [r.getMessage() for r in caplog.records if r.name == "werkroute.requests"]
    assert any('"route":"/vraag/<slug:slug>/antwoord"' in line and '"status":302' in line for line in lines)
    assert all('"duration_ms":' in line for line in lines)
    everything = "\n".join(r.getMessage() for r in caplog.records)
    for value in ("mental", "specialist_ggz", "yulius", "sick_listed", "wia_wga", "keep_job", "Dordrecht",
                  "GM0505", "47 jaar", "ernst", "leeftijd", "woonplaats"):
        assert value not in everything, value
