"""Snel weg: one POST forgets everything and shows a neutral page."""

import pytest

from tests.factories import make_professional, small_catalogue
from tests.helpers import give_answers
from triage.answers import SESSION_KEY
from triage.personas import YULIUS_CLIENT

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue():
    return small_catalogue()


def test_quick_exit_clears_the_answers_and_goes_to_a_neutral_page(client, catalogue):
    give_answers(client, YULIUS_CLIENT.answers)
    assert client.session[SESSION_KEY]
    old_key = client.session.session_key
    response = client.post("/weg")
    assert response.status_code == 302
    assert response["Location"] == "/weer"
    assert SESSION_KEY not in client.session
    assert client.session.session_key != old_key
    assert client.get("/resultaat")["Location"] == "/"  # no answers any more


def test_quick_exit_also_logs_a_professional_out(client, catalogue):
    client.force_login(make_professional())
    give_answers(client, YULIUS_CLIENT.answers)
    client.post("/weg")
    assert "_auth_user_id" not in client.session
    assert SESSION_KEY not in client.session


def test_quick_exit_is_a_post(client):
    assert client.get("/weg").status_code == 405


def test_the_neutral_page_shows_nothing_of_werkroute(client):
    response = client.get("/weer")
    body = response.content.decode()
    assert response.status_code == 200
    assert "<title>Het weer</title>" in body
    assert "Werkroute" not in body
    assert "werk" not in body.lower().replace("weer", "")


@pytest.mark.parametrize("path", ["/", "/vraag/om-wie", "/overzicht", "/resultaat"])
def test_every_wizard_and_result_page_has_the_quick_exit(client, catalogue, path):
    give_answers(client, YULIUS_CLIENT.answers)
    body = client.get(path).content.decode()
    assert 'action="/weg"' in body
    assert ">Snel weg</button>" in body
    assert "js/quick-exit.js" in body


def test_the_quick_exit_works_inside_an_htmx_swap_page_too(client, catalogue):
    # The partial of a question does not repeat it: the button stays in the page around it.
    body = client.get("/vraag/om-wie", HTTP_HX_REQUEST="true").content.decode()
    assert 'action="/weg"' not in body
