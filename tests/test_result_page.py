"""The result page at the HTTP boundary: advice first, drawn once per situation and catalogue version."""

import re

import pytest
from django.test import Client

from tests.factories import OfferingFactory, ProgrammeFactory, make_professional, small_catalogue
from tests.helpers import csrf_token, give_answers, load_shipped_catalogue
from triage import flow, matching, personas
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


def test_the_order_rule_is_said_on_the_page_in_one_sentence_per_wording(client):
    # Issue 10 point 6: the order is written on the result page in one sentence, in the client's
    # wording and in the professional's (the words as rendered: HTML-escaped).
    from html import escape

    from triage import wording

    small_catalogue()
    give_answers(client, YULIUS_CLIENT.answers)
    assert escape(wording.order_sentence(professional=False)) in client.get("/resultaat").content.decode()
    professional = Client()
    professional.force_login(make_professional())
    give_answers(professional, YULIUS_CLIENT.answers)
    body = professional.get("/resultaat").content.decode()
    assert escape(wording.order_sentence(professional=True)) in body
    assert wording.order_sentence(professional=True) != wording.order_sentence(professional=False)


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


def _advice_text(body: str) -> str:
    """The advice as people read it on screen: tags removed, the printed handout left out."""
    advice = body[body.index("<h1"):body.index('class="wr-print-only"')]
    # A professional also reads the client's own words, to pass on: those stay "u".
    advice = re.sub(r'<span class="wr-client-words">.*?</span>', " ", advice, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", advice))


def test_near_misses_are_one_line_each_with_what_would_help(client):
    load_shipped_catalogue()
    give_answers(client, YULIUS_CLIENT.answers)
    body = client.get("/resultaat").content.decode()
    start = body.index("Bijna passend")
    near = body[start:body.index("</ul>", start)]
    lines = near.count('<li class="wr-match wr-match--near_miss">')
    assert lines >= 1
    assert near.count("Wat kan helpen:") == lines
    assert "<article" not in near
    assert "<details" not in near


def test_a_card_shows_who_pays_at_a_glance_and_who_applies_under_more(client):
    load_shipped_catalogue()
    give_answers(client, YULIUS_CLIENT.answers)
    body = client.get("/resultaat").content.decode()
    card = body[body.index('class="wr-card wr-match wr-match--fit"'):]
    card = card[:card.index("</article>")]
    glance, more = card.split("<details", 1)
    assert "betaalt, uit" in glance
    assert "Aanvragen:" not in glance
    assert "Aanvragen:" in more


@pytest.mark.parametrize(
    ("voice", "present", "absent"),
    [
        ("self", ["Uw advies: trajecten naar werk", "Wat kunt u nu doen?", "Past bij u:"],
         ["de cliënt"]),
        ("other", ["Advies: trajecten naar werk", "Volgende stap", "Voldoet aan:",
                   "Als de cliënt ook open staat voor:"],
         ["Uw advies", "Wat kunt u nu doen?", "Past bij u"]),
    ],
)
def test_the_advice_is_worded_in_the_voice_the_questions_were_asked_in(client, voice, present, absent):
    load_shipped_catalogue()
    assert client.post("/vraag/voor-wie/antwoord", {"answer": voice}).status_code == 302
    give_answers(client, YULIUS_CLIENT.answers)
    text = _advice_text(client.get("/resultaat").content.decode())
    for words in present:
        assert words in text
    for words in absent:
        assert words not in text
    if voice == "other":
        assert re.findall(r"\b(?:[Uu]|[Uu]w|[Uu]zelf)\b", text) == []


@pytest.mark.parametrize("persona", personas.ALL, ids=lambda p: p.slug)
def test_for_someone_else_no_advice_says_u_for_any_persona(client, persona):
    load_shipped_catalogue()
    assert client.post("/vraag/voor-wie/antwoord", {"answer": "other"}).status_code == 302
    give_answers(client, persona.answers)
    text = _advice_text(client.get("/resultaat?alle=ja").content.decode())
    assert re.findall(r"\b(?:[Uu]|[Uu]w|[Uu]we|[Uu]zelf)\b", text) == []


def give_answers_checked(client, answers: dict) -> None:
    """give_answers for a client that checks CSRF tokens: each form's own token, as a browser sends it."""
    for key, value in answers.items():
        slug = flow.BY_KEY[key].slug
        token = csrf_token(client.get(f"/vraag/{slug}").content.decode())
        response = client.post(f"/vraag/{slug}/antwoord", {"answer": value, "csrfmiddlewaretoken": token})
        assert response.status_code == 302, (key, response.status_code)


def test_visitors_with_the_same_answers_share_the_page_but_each_gets_a_working_token_of_their_own():
    small_catalogue()
    tokens, rendered = [], []
    for _ in range(2):
        visitor = Client(enforce_csrf_checks=True)
        give_answers_checked(visitor, YULIUS_CLIENT.answers)
        response = visitor.get("/resultaat")
        rendered.append([t.name for t in response.templates])
        body = response.content.decode()
        assert "Werk als Beste Zorg" in body
        assert "__werkroute_csrf_token__" not in body
        tokens.append(csrf_token(body))
        # The restart form works with the token on the page: the kept page's slot was filled.
        assert visitor.post("/opnieuw", {"csrfmiddlewaretoken": tokens[-1]}).status_code == 302
    assert tokens[0] != tokens[1]
    assert "triage/result.html" in rendered[0]
    assert rendered[1] == []  # the second visitor's page was not rendered again


def test_a_logged_in_visitor_never_gets_the_page_kept_for_visitors_without_one(client, django_user_model):
    small_catalogue()
    give_answers(client, YULIUS_CLIENT.answers)
    assert "Uitloggen" not in client.get("/resultaat").content.decode()
    user = django_user_model.objects.create_user("k.manager", password="x" * 20)
    client.force_login(user)
    give_answers(client, YULIUS_CLIENT.answers)
    body = client.get("/resultaat").content.decode()
    assert "Uitloggen" in body
    assert "k.manager" in body


def test_the_kept_page_is_per_address_and_language(client):
    small_catalogue()
    give_answers(client, YULIUS_CLIENT.answers)
    dutch = client.get("/resultaat").content.decode()
    english = client.get("/en/resultaat").content.decode()
    every = client.get("/resultaat?alle=ja").content.decode()
    assert '<html lang="nl"' in dutch
    assert '<html lang="en"' in english
    assert 'href="/en/resultaat?alle=ja"' in every
    assert 'href="/en/resultaat"' in dutch
    again = client.get("/resultaat").content.decode()
    assert again.replace(csrf_token(again), "") == dutch.replace(csrf_token(dutch), "")
    assert again.replace(csrf_token(again), "") != every.replace(csrf_token(every), "")


def test_only_the_result_pages_own_addresses_are_kept_not_any_query_string(client):
    small_catalogue()
    give_answers(client, YULIUS_CLIENT.answers)
    for _ in range(2):
        assert "triage/result.html" in [t.name for t in client.get("/resultaat?utm_source=x").templates]
    client.get("/resultaat?alle=ja")
    assert [t.name for t in client.get("/resultaat?alle=ja").templates] == []


def test_the_handout_is_kept_for_visitors_without_an_account_and_drawn_for_a_professional(client):
    small_catalogue()
    give_answers(client, YULIUS_CLIENT.answers)
    first = client.get("/resultaat/overzicht")
    assert "triage/handout.html" in [t.name for t in first.templates]
    other = Client()
    give_answers(other, YULIUS_CLIENT.answers)
    again = other.get("/resultaat/overzicht")
    assert [t.name for t in again.templates] == []
    assert "Werk als Beste Zorg" in again.content.decode()
    client.force_login(make_professional())
    give_answers(client, YULIUS_CLIENT.answers)
    professional = client.get("/resultaat/overzicht?versie=professioneel")
    assert "triage/handout.html" in [t.name for t in professional.templates]
