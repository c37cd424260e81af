"""The result page at the HTTP boundary: advice first, drawn once per situation and catalogue version."""

import pytest

from tests.factories import OfferingFactory, ProgrammeFactory, small_catalogue
from tests.helpers import give_answers
from triage import matching
from triage.models import GapRecord
from triage.personas import YULIUS_CLIENT

pytestmark = pytest.mark.django_db


@pytest.fixture
def counted_matches(monkeypatch):
    calls = []
    real = matching.match

    def counting(answers, catalogue):
        calls.append(dict(answers))
        return real(answers, catalogue)

    monkeypatch.setattr(matching, "match", counting)
    return calls


def test_the_advice_opens_with_what_to_do_and_whom_to_contact(client):
    small_catalogue()
    give_answers(client, YULIUS_CLIENT.answers)
    body = client.get("/resultaat").content.decode()
    steps = body[body.index("Wat kunt u nu doen?"):body.index("Deze trajecten passen")]
    assert "Werk als Beste Zorg" in steps
    assert body.index("Wat kunt u nu doen?") < body.index('class="wr-card wr-match')


def test_the_same_situation_is_drawn_once_and_a_catalogue_change_draws_it_anew(client, counted_matches):
    small_catalogue()
    give_answers(client, YULIUS_CLIENT.answers)
    first = client.get("/resultaat").content.decode()
    again = client.get("/resultaat").content.decode()
    assert len(counted_matches) == 1
    assert "Werk als Beste Zorg" in first
    assert again.count("Werk als Beste Zorg") == first.count("Werk als Beste Zorg")
    extra = ProgrammeFactory(slug="nieuw", name="Nieuw traject", benefits=["bijstand"])
    OfferingFactory(programme=extra)
    assert "Nieuw traject" in client.get("/resultaat").content.decode()
    assert len(counted_matches) == 2


def test_other_answers_get_their_own_advice(client, counted_matches):
    small_catalogue()
    give_answers(client, YULIUS_CLIENT.answers)
    client.get("/resultaat")
    give_answers(client, {"wish": "keep_job"})
    client.get("/resultaat")
    assert len(counted_matches) == 2


def test_a_reused_advice_still_counts_each_visitors_gap_once(client):
    small_catalogue()
    nothing = {"concern": "none", "situation": "in_education", "benefit": "bijstand", "wish": "education",
               "municipality": "GM0505", "age": "30"}
    give_answers(client, nothing)
    client.get("/resultaat")
    client.get("/resultaat")
    other = client.__class__()
    give_answers(other, nothing)
    other.get("/resultaat")
    assert GapRecord.objects.filter(kind="no_fit").count() == 2
