"""Saved cases: only professionals save, only the owner sees, consent first, no BSN, history kept."""

import uuid

import pytest

from casework.models import Case
from programmes import models as catalogue_models
from tests.factories import make_curator, make_professional, small_catalogue
from tests.helpers import give_answers, save
from triage.answers import SESSION_KEY
from triage.personas import YULIUS_CLIENT

pytestmark = pytest.mark.django_db

# `professional`, `pro_client` (logged in, the Yulius client's answers given) and `case` (saved for
# them): tests/conftest.py.


@pytest.fixture
def catalogue():
    return small_catalogue()


# --- Who may -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/casussen/", "/casussen/nieuw", f"/casussen/{uuid.uuid4()}/",
                                  f"/casussen/{uuid.uuid4()}/verslag"])
def test_anonymous_visitors_are_sent_to_the_login_page(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/inloggen?next=")


@pytest.mark.parametrize("suffix", ["", "verslag"])
def test_every_page_of_a_case_is_never_kept_by_a_cache(pro_client, case, suffix):
    for path in ("/casussen/", "/casussen/nieuw", f"/casussen/{case.key}/{suffix}"):
        response = pro_client.get(path)
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]


def test_the_way_to_the_login_page_is_never_kept_by_a_cache_either(client):
    assert "no-store" in client.get("/casussen/")["Cache-Control"]


def test_anonymous_visitors_cannot_save(client, catalogue):
    give_answers(client, YULIUS_CLIENT.answers)
    response = save(client)
    assert response.status_code == 302
    assert response["Location"].startswith("/inloggen")
    assert Case.objects.count() == 0


def test_someone_who_is_no_professional_cannot_save_or_list(client, catalogue):
    client.force_login(make_curator())
    give_answers(client, YULIUS_CLIENT.answers)
    assert save(client).status_code == 403
    assert client.get("/casussen/").status_code == 403
    assert Case.objects.count() == 0


@pytest.mark.parametrize(
    ("method", "suffix"),
    [("get", ""), ("get", "verslag"), ("post", "opslaan"), ("post", "stroomschema"), ("post", "verwijderen")],
)
def test_another_professional_gets_a_403_on_every_page_of_my_case(client, case, method, suffix):
    other = make_professional("collega")
    client.force_login(other)
    data = {"step": "2", "outcome": "work", "confirm": "on", "notes": "x"}
    response = getattr(client, method)(f"/casussen/{case.key}/{suffix}", data if method == "post" else None)
    assert response.status_code == 403
    case.refresh_from_db()
    assert case.step == 3
    assert Case.objects.filter(pk=case.pk).exists()
    assert SESSION_KEY not in client.session


def test_a_case_that_does_not_exist_is_a_404(pro_client):
    assert pro_client.get(f"/casussen/{uuid.uuid4()}/").status_code == 404


def test_my_cases_lists_only_mine(client, case):
    other = make_professional("collega")
    Case.objects.create(owner=other, reference="ANDER-1")
    client.force_login(case.owner)
    body = client.get("/casussen/").content.decode()
    assert "KdK-001" in body
    assert "ANDER-1" not in body


# --- Saving -------------------------------------------------------------------------------------------


def test_a_case_is_saved_with_answers_snapshot_and_choice(pro_client, professional):
    response = save(pro_client)
    case = Case.objects.get()
    assert response["Location"] == f"/casussen/{case.key}/"
    assert case.owner == professional
    assert case.reference == "KdK-001"
    assert case.answers["care"] == "specialist_ggz"
    assert case.answers["age"] == 35
    assert case.chosen_slug == "werk-als-beste-zorg"
    assert case.chosen_name == "Werk als Beste Zorg"
    assert case.step == 3  # situation and wish known: choosing together
    match = case.results["results"][0]
    assert match["name"] == "Werk als Beste Zorg"
    assert match["fit"] == "fit"
    assert {c["key"] for c in match["criteria"]} >= {"concern", "care", "benefit", "region"}
    assert case.results["region"]["name"] == "Drechtsteden"


def test_without_consent_nothing_is_saved(pro_client):
    response = save(pro_client, consent="")
    body = response.content.decode()
    assert response.status_code == 422
    assert "Vink aan dat de cliënt instemt met vastleggen" in body
    assert 'href="#id_consent"' in body
    assert Case.objects.count() == 0


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ("111222333", "burgerservicenummer"),
        ("1112.22.333", "burgerservicenummer"),
        ("123456789", "8 of meer cijfers"),
        ("kim@example.org", "e-mailadres"),
        ("x" * 41, "maximaal 40 tekens"),
        ("", "Vul een referentie in"),
    ],
)
def test_a_reference_that_could_identify_the_client_is_refused(pro_client, reference, message):
    response = save(pro_client, reference=reference)
    assert response.status_code == 422
    assert message in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()
    assert Case.objects.count() == 0


def test_the_same_reference_twice_is_refused(pro_client):
    save(pro_client)
    response = save(pro_client)
    assert response.status_code == 422
    assert "al een casus met deze referentie" in response.content.decode()
    assert Case.objects.count() == 1


def test_a_trajectory_that_was_not_in_the_result_cannot_be_chosen(pro_client):
    response = save(pro_client, chosen="iets-anders")
    assert response.status_code == 422
    assert Case.objects.count() == 0


def test_saving_without_answers_says_so(client, catalogue, professional):
    client.force_login(professional)
    response = save(client)
    assert response.status_code == 400
    assert "geen antwoorden om vast te leggen" in response.content.decode()
    assert Case.objects.count() == 0


def test_the_new_case_page_shows_the_form_for_the_current_answers(pro_client):
    body = pro_client.get("/casussen/nieuw").content.decode()
    assert 'action="/casussen/opslaan"' in body
    assert "De cliënt stemt in met vastleggen" in body


def test_the_saved_result_does_not_change_when_the_catalogue_does(pro_client, case, catalogue):
    wabz = catalogue["wabz"]
    wabz.name = "Andere naam"
    wabz.benefits = ["ww"]
    wabz.save()
    catalogue_models.Programme.objects.filter(slug="jobcoaching").delete()
    case.refresh_from_db()
    body = pro_client.get(f"/casussen/{case.key}/").content.decode()
    assert case.results["results"][0]["name"] == "Werk als Beste Zorg"
    assert "Werk als Beste Zorg" in body
    assert "Andere naam" not in body
    report = pro_client.get(f"/casussen/{case.key}/verslag").content.decode()
    assert "Werk als Beste Zorg" in report
