"""Saved cases: only professionals save, only the owner sees, consent first, no BSN, history kept."""

import re
import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from casework.models import Case
from programmes import models as catalogue_models
from tests.factories import make_curator, make_professional, small_catalogue
from tests.helpers import give_answers
from triage.answers import SESSION_KEY
from triage.personas import YULIUS_CLIENT

pytestmark = pytest.mark.django_db

GOOD = {"reference": "KdK-001", "consent": "on", "chosen": "werk-als-beste-zorg"}


@pytest.fixture
def catalogue():
    return small_catalogue()


@pytest.fixture
def professional():
    return make_professional()


@pytest.fixture
def pro_client(client, catalogue, professional):
    client.force_login(professional)
    give_answers(client, YULIUS_CLIENT.answers)
    return client


def save(client, **changes):
    return client.post("/casussen/opslaan", {**GOOD, **changes})


@pytest.fixture
def case(pro_client):
    response = save(pro_client)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Case.objects.get()


# --- Who may -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/casussen/", "/casussen/nieuw", f"/casussen/{uuid.uuid4()}/",
                                  f"/casussen/{uuid.uuid4()}/verslag"])
def test_anonymous_visitors_are_sent_to_the_login_page(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/inloggen?next=")


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


# --- Working with a case -----------------------------------------------------------------------------


def case_data(case, **changes) -> dict:
    """What the case page's one form posts: the case as it is, with changes."""
    data = {
        "step": str(case.step), "chosen": case.chosen_slug,
        "next_evaluation": case.next_evaluation.strftime("%d-%m-%Y") if case.next_evaluation else "",
        "agreements": case.agreements, "notes": case.notes, "outcome": "",
    }
    return {**data, **changes}


def test_a_case_from_a_completed_intake_starts_at_choosing_together(case):
    # Situation and wish are known from the intake (issue 11 point 10): step 3.
    assert case.step == 3


def test_the_detail_page_shows_all_five_steps_and_the_current_one(pro_client, case):
    body = pro_client.get(f"/casussen/{case.key}/").content.decode()
    for title in ("Inventarisatie van de situatie", "Inventarisatie van de wens", "Samen het proces bepalen",
                  "Aan de slag", "Bij resultaat: afronden of doorgaan"):
        assert title in body
    assert body.count('aria-current="step"') == 1
    assert "Stap 5: wat is het resultaat?" not in body  # only at step 5


def test_changing_the_step(pro_client, case):
    response = pro_client.post(f"/casussen/{case.key}/opslaan", case_data(case, step="4"))
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.step == 4


def test_typed_agreements_are_kept_when_the_step_changes_in_the_same_save(pro_client, case):
    data = case_data(case, step="4", agreements="Cliënt meldt zich aan.", next_evaluation="15-03-2027")
    assert pro_client.post(f"/casussen/{case.key}/opslaan", data).status_code == 302
    case.refresh_from_db()
    saved = (case.step, case.agreements, str(case.next_evaluation))
    assert saved == (4, "Cliënt meldt zich aan.", "2027-03-15")


def test_a_refused_save_shows_everything_typed_again(pro_client, case):
    data = case_data(case, step="9", agreements="Cliënt meldt zich aan bij Yulius.", notes="Gaat goed.")
    response = pro_client.post(f"/casussen/{case.key}/opslaan", data)
    assert response.status_code == 422
    body = response.content.decode()
    assert "Cliënt meldt zich aan bij Yulius." in body
    assert "Gaat goed." in body
    case.refresh_from_db()
    assert case.agreements == ""


@pytest.mark.parametrize("step", ["", "0", "6", "drie"])
def test_a_bad_step_is_a_422_and_changes_nothing(pro_client, case, step):
    response = pro_client.post(f"/casussen/{case.key}/opslaan", case_data(case, step=step))
    assert response.status_code == 422
    assert "Er is iets niet goed ingevuld" in response.content.decode()
    case.refresh_from_db()
    assert case.step == 3


def test_saving_keeps_choice_date_agreements_and_notes(pro_client, case):
    response = pro_client.post(f"/casussen/{case.key}/opslaan", case_data(
        case, chosen="", next_evaluation="15-03-2027", agreements="Cliënt meldt zich aan.",
        notes="Gaat goed.",
    ))
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.chosen_slug == ""
    assert case.chosen_name == ""
    assert str(case.next_evaluation) == "2027-03-15"
    assert case.agreements == "Cliënt meldt zich aan."
    assert case.notes == "Gaat goed."


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("next_evaluation", "morgen", "Vul een datum in als dag-maand-jaar"),
        ("next_evaluation", "31-02-2027", "Vul een datum in als dag-maand-jaar"),
        ("next_evaluation", "01-01-2099", "binnen 5 jaar"),
        ("notes", "BSN 111222333", "Zet geen BSN"),
        ("agreements", "mail kim@example.org", "Zet geen e-mailadres"),
        ("notes", "x" * 1001, "maximaal 1000 tekens"),
        ("chosen", "bestaat-niet", "Kies een traject uit de lijst"),
    ],
)
def test_bad_input_is_a_422_and_nothing_half_saved(pro_client, case, field, value, message):
    filled = {"chosen": "werk-als-beste-zorg", "next_evaluation": "15-03-2027", "agreements": "Afspraak",
              "notes": "Notitie", "step": "4"}
    data = case_data(case, **{**filled, field: value})
    response = pro_client.post(f"/casussen/{case.key}/opslaan", data)
    assert response.status_code == 422
    assert message in response.content.decode()
    case.refresh_from_db()
    assert (case.step, case.next_evaluation, case.agreements, case.notes) == (3, None, "", "")


def test_an_outcome_before_step_five_is_refused(pro_client, case):
    response = pro_client.post(f"/casussen/{case.key}/opslaan", case_data(case, outcome="work"))
    assert response.status_code == 422
    assert "Zet de casus eerst op stap 5" in response.content.decode()
    case.refresh_from_db()
    assert case.outcome == ""


def test_step_five_finishing_with_work_closes_the_case(pro_client, case):
    Case.objects.filter(pk=case.pk).update(step=5, next_evaluation=timezone.localdate())
    case.refresh_from_db()
    body = pro_client.get(f"/casussen/{case.key}/").content.decode()
    assert "Stap 5: wat is het resultaat?" in body
    response = pro_client.post(f"/casussen/{case.key}/opslaan", case_data(case, outcome="work"))
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.outcome == "work"
    assert case.finished
    assert case.next_evaluation is None
    assert "De casus is afgerond." in pro_client.get(f"/casussen/{case.key}/").content.decode()


def test_step_five_continuing_goes_back_to_work(pro_client, case):
    Case.objects.filter(pk=case.pk).update(step=5)
    case.refresh_from_db()
    pro_client.post(f"/casussen/{case.key}/opslaan", case_data(case, outcome="continue"))
    case.refresh_from_db()
    assert case.step == 4
    assert case.outcome == "continue"
    assert not case.finished


def test_a_bad_outcome_is_a_422(pro_client, case):
    Case.objects.filter(pk=case.pk).update(step=5)
    case.refresh_from_db()
    response = pro_client.post(f"/casussen/{case.key}/opslaan", case_data(case, outcome="ontslagen"))
    assert response.status_code == 422


def test_reopening_puts_the_answers_in_the_session_and_opens_the_summary(pro_client, case):
    pro_client.post("/opnieuw")
    assert SESSION_KEY not in pro_client.session
    response = pro_client.post(f"/casussen/{case.key}/stroomschema")
    assert response.status_code == 302
    assert response["Location"] == "/overzicht"
    assert pro_client.session[SESSION_KEY] == case.answers
    assert "Dordrecht" in pro_client.get("/overzicht").content.decode()


def test_due_cases_come_first_in_my_cases(client, professional):
    today = timezone.localdate()
    Case.objects.create(owner=professional, reference="LATER", next_evaluation=today + timedelta(days=10))
    Case.objects.create(owner=professional, reference="TE-LAAT", next_evaluation=today - timedelta(days=3))
    Case.objects.create(owner=professional, reference="KLAAR", outcome="work")
    client.force_login(professional)
    body = client.get("/casussen/").content.decode()
    assert body.index("TE-LAAT") < body.index("LATER") < body.index("KLAAR")
    assert "1 casus is toe aan een evaluatie" in body


def test_deleting_needs_a_confirmation(pro_client, case):
    assert pro_client.post(f"/casussen/{case.key}/verwijderen", {}).status_code == 422
    assert Case.objects.count() == 1
    response = pro_client.post(f"/casussen/{case.key}/verwijderen", {"confirm": "on"})
    assert response["Location"] == "/casussen/"
    assert Case.objects.count() == 0


def test_the_report_has_situation_wish_options_choice_agreements_and_next_date(pro_client, case):
    Case.objects.filter(pk=case.pk).update(agreements="Kim belt Yulius.", next_evaluation="2027-03-15")
    body = pro_client.get(f"/casussen/{case.key}/verslag").content.decode()
    assert "Gespreksverslag" in body
    for heading in ("1. De situatie", "2. De wens", "3. Besproken mogelijkheden", "4. De keuze",
                    "5. Wie doet wat", "6. Volgende afspraak"):
        assert heading in body
    assert "Direct aan betaald werk" in body
    assert "Werk als Beste Zorg (gekozen)" in body
    assert "Doelgroep: traject voor" in body  # the reasons, in professional words
    assert "Kim belt Yulius." in body
    assert "15 maart 2027" in body
    assert "data-print" in body


# --- Privacy ------------------------------------------------------------------------------------------

ANSWER_VALUES = ["mental", "specialist_ggz", "yulius", "severe", "job_seeking", "bijstand", "paid_work_now",
                 "GM0505", "Dordrecht"]
LINK = re.compile(r'(?:href|action|data-hx-get|data-hx-post)="([^"]*)"')


def test_no_answer_values_in_any_url(pro_client, case):
    urls = []
    for response in (
        save(pro_client, reference="KdK-002"),
        pro_client.post(f"/casussen/{case.key}/opslaan", case_data(case, step="5")),
        pro_client.post(f"/casussen/{case.key}/opslaan", case_data(case, step="5", outcome="continue")),
        pro_client.post(f"/casussen/{case.key}/stroomschema"),
    ):
        urls.append(response["Location"])
    for path in ("/casussen/", f"/casussen/{case.key}/", f"/casussen/{case.key}/verslag", "/casussen/nieuw",
                 "/resultaat", "/overzicht"):
        urls += LINK.findall(pro_client.get(path).content.decode())
    assert urls
    for url in urls:
        if url.startswith("/catalogus/"):
            continue  # the public catalogue's own pages (a programme's slug), no answers
        for value in ANSWER_VALUES:
            assert value not in url, (value, url)
