"""Snel weg: one request forgets everything and shows a neutral page, whatever happens."""

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client

from tests.factories import make_professional, small_catalogue
from tests.helpers import database_down, give_answers
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


def test_quick_exit_works_by_get_too(client, catalogue):
    # quick-exit.js navigates here with location.replace(): a GET.
    give_answers(client, YULIUS_CLIENT.answers)
    old_key = client.session.session_key
    response = client.get("/weg")
    assert response.status_code == 302
    assert response["Location"] == "/weer"
    assert not Session.objects.filter(session_key=old_key).exists()
    assert client.get("/resultaat")["Location"] == "/"


def test_quick_exit_needs_no_csrf_token_and_a_stale_one_does_not_stop_it(catalogue):
    client = Client(enforce_csrf_checks=True)
    client.get("/vraag/om-wie")
    token = client.cookies["csrftoken"].value
    client.post("/vraag/om-wie/antwoord", {"answer": "mental", "csrfmiddlewaretoken": token})
    old_key = client.session.session_key
    assert old_key
    # A login in another tab changed the token: this page's token is stale.
    client.cookies["csrftoken"] = "x" * 32
    response = client.post("/weg", {"csrfmiddlewaretoken": "y" * 32})
    assert response.status_code == 302
    assert response["Location"] == "/weer"
    assert not Session.objects.filter(session_key=old_key).exists()
    assert response.cookies[settings.SESSION_COOKIE_NAME].value == ""
    assert response.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == 0


def test_quick_exit_deletes_the_cookies_and_is_never_cached(client, catalogue):
    give_answers(client, YULIUS_CLIENT.answers)
    response = client.post("/weg")
    for name in (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME):
        assert response.cookies[name].value == ""
        assert response.cookies[name]["max-age"] == 0
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("method", ["get", "post"])
def test_quick_exit_and_the_neutral_page_answer_with_the_database_down(monkeypatch, method):
    client = Client(raise_request_exception=False)
    client.cookies[settings.SESSION_COOKIE_NAME] = "a-session-the-database-cannot-find"
    database_down(monkeypatch)
    response = getattr(client, method)("/weg")
    assert response.status_code == 302
    assert response["Location"] == "/weer"
    # The cookie goes even though the row could not be deleted.
    assert response.cookies[settings.SESSION_COOKIE_NAME].value == ""
    assert response.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == 0
    client.cookies[settings.SESSION_COOKIE_NAME] = "a-session-the-database-cannot-find"
    page = client.get("/weer")
    assert page.status_code == 200
    assert "<title>Het weer</title>" in page.content.decode()


def test_quick_exit_by_a_professional_logs_out_with_the_database_down(monkeypatch, catalogue):
    client = Client(raise_request_exception=False)
    client.force_login(make_professional())
    database_down(monkeypatch)
    response = client.post("/weg")
    assert response.status_code == 302
    assert response.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == 0


def test_quick_exit_allows_only_get_and_post(client):
    assert client.put("/weg").status_code == 405


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
    assert "data-confirm" not in body  # nobody logged in: nothing unsaved to lose


def test_the_shortcut_asks_a_logged_in_professional_first(client, catalogue):
    client.force_login(make_professional())
    give_answers(client, YULIUS_CLIENT.answers)
    body = client.get("/resultaat").content.decode()
    assert 'data-confirm="U bent ingelogd.' in body


def test_wizard_forms_let_the_browser_remember_nothing(client, catalogue):
    for slug in ("om-wie", "woonplaats", "leeftijd"):
        give_answers(client, {"concern": "none"})
        body = client.get(f"/vraag/{slug}").content.decode()
        form = body[body.index('<form method="post" action="/vraag/'):]
        assert form[:form.index(">")].count('autocomplete="off"') == 1, slug
        assert 'autocomplete="address-level2"' not in body


def test_the_quick_exit_works_inside_an_htmx_swap_page_too(client, catalogue):
    # The partial of a question does not repeat it: the button stays in the page around it.
    body = client.get("/vraag/om-wie", HTTP_HX_REQUEST="true").content.decode()
    assert 'action="/weg"' not in body
