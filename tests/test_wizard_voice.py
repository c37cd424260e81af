"""The wizard's voice: "u" or "de cliënt", chosen first, in every question, hint, error and summary;
a professional starts in the client's voice; the voice is no answer and the API knows none."""

import pytest

from tests.factories import make_professional, wizard_catalogue
from tests.helpers import FULL, answer, walk
from triage.answers import SESSION_KEY
from triage.voice import SESSION_KEY as VOICE_KEY

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue():
    return wizard_catalogue()


# --- Voice: "u" or "de cliënt" --------------------------------------------------------------------


def choose_voice(client, voice):
    response = client.post("/vraag/voor-wie/antwoord", {"answer": voice})
    assert response.status_code == 302
    return response


def test_the_voice_question_is_asked_first_and_leads_to_the_first_question(client, catalogue):
    body = client.get("/vraag/voor-wie").content.decode()
    assert "Vult u dit in voor uzelf of voor iemand anders?" in body
    assert 'for="antwoord-self"' in body
    assert 'for="antwoord-other"' in body
    assert "checked" not in body  # a person chooses for themselves
    assert choose_voice(client, "other").url == "/vraag/om-wie"
    assert client.session[VOICE_KEY] == "other"
    # the first question goes back to it
    assert 'href="/vraag/voor-wie"' in client.get("/vraag/om-wie").content.decode()


def test_the_voice_is_no_answer(client, catalogue):
    choose_voice(client, "other")
    walk(client, FULL)
    assert "voice" not in client.session[SESSION_KEY]
    assert set(client.session[SESSION_KEY]) == set(FULL)


def test_choosing_the_voice_again_returns_to_the_first_unanswered_question(client, catalogue):
    answer(client, "om-wie", "none")
    assert choose_voice(client, "self").url == "/vraag/werksituatie"
    walk(client, {k: v for k, v in FULL.items() if k not in {"care", "care_provider", "severity"}} | {
        "concern": "none"})
    assert choose_voice(client, "other").url == "/overzicht"


@pytest.mark.parametrize(
    ("voice", "slug", "words"),
    [
        ("self", "om-wie", ["Heeft u psychische klachten, of een andere ziekte of beperking?"]),
        ("other", "om-wie", ["Heeft de cliënt psychische klachten, of een andere ziekte of beperking?"]),
        ("self", "werksituatie", ["Wat is uw werksituatie?", ">Weet ik niet</label>"]),
        ("other", "wens", ["Waar wil de cliënt vooral hulp bij?", ">Weet ik niet</label>"]),
        ("self", "woonplaats", ["In welke plaats woont u?", "Typ uw woonplaats of gemeente"]),
        ("other", "woonplaats", ["In welke plaats woont de cliënt?",
                                 "Typ de woonplaats of gemeente van de cliënt"]),
        ("self", "leeftijd", ["Hoe oud bent u?", "Vul uw leeftijd in jaren in"]),
        ("other", "leeftijd", ["Hoe oud is de cliënt?", "Vul de leeftijd van de cliënt in jaren in"]),
        ("other", "uitkering", ["Welke uitkering heeft de cliënt?",
                                "Uitkering van UWV voor wie al voor de 18e verjaardag"]),
    ],
)
def test_questions_and_hints_are_worded_in_the_chosen_voice(client, catalogue, voice, slug, words):
    choose_voice(client, voice)
    if slug == "wens":
        answer(client, "om-wie", "none")
    body = client.get(f"/vraag/{slug}").content.decode()
    for text in words:
        assert text in body
    assert "de persoon" not in body
    if voice == "self":
        assert "cliënt" not in body.split('id="question"')[1].split("</form>")[0]


@pytest.mark.parametrize(
    ("voice", "slug", "message"),
    [
        ("self", "uitkering", "Kies welke uitkering u heeft, ‘Geen uitkering’ of ‘Weet ik niet’."),
        ("other", "uitkering", "Kies welke uitkering de cliënt heeft, ‘Geen uitkering’ of ‘Weet ik niet’."),
        ("self", "leeftijd", "Vul uw leeftijd in."),
        ("other", "leeftijd", "Vul de leeftijd van de cliënt in."),
        ("other", "woonplaats", "Vul de woonplaats of gemeente van de cliënt in."),
    ],
)
def test_errors_are_worded_in_the_chosen_voice_and_announced(client, catalogue, voice, slug, message):
    choose_voice(client, voice)
    response = answer(client, slug, "")
    assert response.status_code == 422
    body = response.content.decode()
    assert body.count(message) == 2  # in the error summary (role=alert) and at the field
    assert 'role="alert"' in body


def test_an_ambiguous_place_asks_where_the_client_lives(client, places):
    choose_voice(client, "other")
    body = client.post("/vraag/woonplaats/antwoord", {"answer": "Bergen"}).content.decode()
    assert "Er zijn meer plaatsen met de naam ‘Bergen’. Kies waar de cliënt woont." in body


@pytest.mark.parametrize(
    ("voice", "heading", "row", "chosen"),
    [
        ("self", "Controleer uw antwoorden", "Hoe oud bent u?", "Voor mezelf"),
        ("other", "Controleer de antwoorden over de cliënt", "Hoe oud is de cliënt?", "Voor iemand anders"),
    ],
)
def test_summary_is_worded_in_the_chosen_voice(client, catalogue, voice, heading, row, chosen):
    choose_voice(client, voice)
    walk(client, FULL)
    body = client.get("/overzicht").content.decode()
    assert heading in body
    assert f'<dt class="wr-answers__question">{row}</dt>' in body
    assert f'<dd class="wr-answers__value">{chosen}</dd>' in body
    assert 'href="/vraag/voor-wie"' in body


def _input(body, element_id):
    """The whole <input …> tag with this id."""
    start = body.index(f'id="{element_id}"')
    return body[body.rindex("<input", 0, start) : body.index(">", start)]


def test_a_professional_starts_in_the_client_voice_and_can_still_choose(client, catalogue):
    client.force_login(make_professional())
    assert "Heeft de cliënt psychische klachten" in client.get("/vraag/om-wie").content.decode()
    body = client.get("/vraag/voor-wie").content.decode()
    assert "checked" in _input(body, "antwoord-other")
    assert "checked" not in _input(body, "antwoord-self")
    choose_voice(client, "self")
    assert "Heeft u psychische klachten" in client.get("/vraag/om-wie").content.decode()


def test_the_api_knows_no_voice(client, catalogue):
    body = client.get("/api/v1/openapi.json").json()
    names = {p["name"] for p in body["paths"]["/api/v1/recommendations"]["get"]["parameters"]}
    assert "voice" not in names
    assert client.get("/api/v1/recommendations?voice=other").status_code == 400
