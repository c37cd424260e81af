"""Working with a saved case: the five steps, choice, evaluation date, agreements and notes, the
outcome, reopening, deleting, the report; and no answer in any URL on the way."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from casework.models import Case
from tests.factories import small_catalogue
from tests.helpers import save
from triage.answers import SESSION_KEY

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue():
    return small_catalogue()


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
