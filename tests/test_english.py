"""Werkroute in English (issue 16): the pages people browse under /en/, Dutch without a prefix,
a language switch that keeps the answers, hreflang alternates, the quick exit in both."""

import re

import pytest

from tests.factories import MunicipalityFactory, ProgrammeFactory, RegionFactory
from tests.helpers import give_answers, without_csrf_token
from triage.answers import SESSION_KEY

pytestmark = pytest.mark.django_db

BROWSED = ["/", "/vraag/voor-wie", "/overzicht", "/stroomschema", "/privacy", "/toegankelijkheid",
           "/werkwijze", "/catalogus/"]


FIRST_PART = {"concern": "mental", "care": "none", "severity": "unknown", "situation": "job_seeking",
              "benefit": "bijstand", "wish": "unknown", "municipality": "GM0505"}


@pytest.fixture
def catalogue():
    region = RegionFactory(code="AM07", name="Drechtsteden")
    MunicipalityFactory(code="GM0505", name="Dordrecht", region=region)
    ProgrammeFactory(slug="ips", name="IPS", concerns=["mental"], wishes=["paid_work_now"])


def alternates(html: str) -> dict[str, str]:
    return dict(re.findall(r'<link rel="alternate" hreflang="([a-zA-Z-]+)" href="([^"]+)">', html))


def language_switch(html: str) -> list[tuple[str, str, str]]:
    nav = re.search(r'<nav aria-label="[^"]+" class="wr-nav wr-language-nav" id="taal">(.*?)</nav>',
                    html, re.S)
    assert nav, "no language switch"
    return re.findall(r'<a class="utrecht-link" href="([^"]+)" hreflang="(\w+)" lang="\w+">([^<]+)</a>',
                      nav.group(1))


@pytest.mark.parametrize("path", BROWSED)
def test_every_browsed_page_has_an_english_twin_under_en(client, catalogue, path):
    dutch = client.get(path)
    english = client.get("/en" + path)
    assert dutch.status_code == english.status_code == 200
    assert '<html lang="nl"' in dutch.content.decode()
    assert '<html lang="en"' in english.content.decode()
    assert english["Content-Language"] == "en"


@pytest.mark.parametrize("path", BROWSED)
def test_each_language_names_the_other_as_an_hreflang_alternate(client, catalogue, path):
    for shown in (path, "/en" + path):
        found = alternates(client.get(shown).content.decode())
        assert found == {
            "nl": f"http://testserver{path}",
            "en": f"http://testserver/en{path}",
            "x-default": f"http://testserver{path}",
        }


def test_the_switch_leads_to_the_same_page_in_the_other_language(client, catalogue):
    assert language_switch(client.get("/vraag/voor-wie").content.decode()) == [
        ("/en/vraag/voor-wie", "en", "English")
    ]
    assert language_switch(client.get("/en/vraag/voor-wie").content.decode()) == [
        ("/vraag/voor-wie", "nl", "Nederlands")
    ]


def test_switching_language_mid_wizard_keeps_every_answer(client, catalogue):
    client.post("/vraag/voor-wie/antwoord", {"answer": "self"})
    give_answers(client, {"concern": "mental", "care": "none"})
    dutch = client.get("/vraag/ernst").content.decode()
    switch_to = language_switch(dutch)[0][0]
    assert switch_to == "/en/vraag/ernst"
    english = client.get(switch_to)
    assert english.status_code == 200
    # The question after the answers given, with the earlier answers still there to change.
    summary = client.get("/en/overzicht").content.decode()
    assert 'href="/en/vraag/om-wie"' in summary
    assert 'href="/en/vraag/zorg"' in summary
    # Answering in English carries on where the Dutch pages left off.
    response = client.post("/en/vraag/ernst/antwoord", {"answer": "mild_moderate"})
    assert response.status_code == 302
    assert response["Location"] == "/en/vraag/werksituatie"
    assert client.get("/vraag/ernst").status_code == 200  # and back in Dutch, nothing lost
    assert client.session[SESSION_KEY] == {"concern": "mental", "care": "none", "severity": "mild_moderate"}


def test_a_question_with_an_error_switches_to_the_question_not_to_the_post_address(client, catalogue):
    client.post("/vraag/voor-wie/antwoord", {"answer": "self"})
    response = client.post("/en/vraag/om-wie/antwoord", {"answer": ""})
    assert response.status_code == 422
    html = response.content.decode()
    assert language_switch(html) == [("/vraag/om-wie", "nl", "Nederlands")]
    assert alternates(html)["en"] == "http://testserver/en/vraag/om-wie"


def test_links_on_an_english_page_stay_in_english(client, catalogue):
    html = client.get("/en/").content.decode()
    assert 'href="/en/vraag/voor-wie"' in html
    assert 'href="/en/stroomschema"' in html
    assert 'href="/en/privacy"' in html


def test_pages_with_one_address_offer_no_switch_and_no_alternates(client, catalogue):
    html = client.get("/inloggen").content.decode()
    assert 'id="taal"' not in html
    assert alternates(html) == {}


def test_the_quick_exit_on_an_english_page_leaves_and_forgets_everything(client, catalogue):
    client.post("/vraag/voor-wie/antwoord", {"answer": "self"})
    give_answers(client, {"concern": "mental"})
    html = client.get("/en/vraag/zorg").content.decode()
    # The same address in both languages: nginx serves /weg itself when no instance answers.
    assert '<form method="post" action="/weg"' in html
    assert ">Exit now</button>" in html
    response = client.post("/weg")
    assert response.status_code == 302
    assert response["Location"] == "/weer"
    assert client.get("/weer").status_code == 200
    assert SESSION_KEY not in client.session


def test_the_api_has_no_english_address(client):
    assert client.get("/en/api/v1/openapi.json").status_code == 404
    assert client.get("/api/v1/openapi.json").status_code == 200


def test_a_question_swapped_in_by_htmx_brings_its_own_language_switch_out_of_band(client, catalogue):
    client.post("/vraag/voor-wie/antwoord", {"answer": "self"})
    response = client.post("/vraag/om-wie/antwoord", {"answer": "mental"},
                           HTTP_HX_REQUEST="true", follow=True)
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="question"')
    assert 'id="taal" data-hx-swap-oob="true"' in html
    assert 'href="/en/vraag/zorg" hreflang="en"' in html


def test_a_full_question_page_has_one_language_switch(client, catalogue):
    html = client.get("/vraag/voor-wie").content.decode()
    assert html.count('id="taal"') == 1
    assert "data-hx-swap-oob" not in html


def test_the_questions_are_asked_in_english_about_you(client, catalogue):
    client.post("/en/vraag/voor-wie/antwoord", {"answer": "self"})
    html = client.get("/en/vraag/om-wie").content.decode()
    assert "Do you have mental health problems, or another illness or disability?" in html
    assert "Part 1 of 3: Health and care" in html
    assert ">Mental health problems or a mental illness</label>" in html
    assert "For example depression, anxiety, psychosis, burn-out or addiction." in html
    assert ">Next</button>" in html


def test_the_questions_are_asked_in_english_about_the_client(client, catalogue):
    client.post("/en/vraag/voor-wie/antwoord", {"answer": "other"})
    give_answers(client, {key: FIRST_PART[key] for key in ("concern", "care", "severity", "situation")})
    html = client.get("/en/vraag/uitkering").content.decode()
    assert "Which benefit does the client get?" in html
    # Dutch terms without an English equivalent stay, explained.
    assert "Bijstand (social assistance from the gemeente, Participatiewet)" in html
    assert "UWV (the national benefits agency)" in html


@pytest.mark.parametrize(
    ("slug", "value", "message"),
    [
        ("om-wie", "",
         "Choose whether you have mental health problems, another illness or disability, or neither."),
        ("om-wie", "alien", "We do not know this answer. Choose one of the answers."),
        ("leeftijd", "12", "Fill in an age from 15 to 67 years."),
        ("leeftijd", "dertig", "Fill in the age as a number of whole years, for example 35."),
        ("woonplaats", "Atlantis", "We do not know this place or gemeente. Check the spelling."),
    ],
)
def test_mistakes_are_explained_in_english(client, catalogue, slug, value, message):
    client.post("/en/vraag/voor-wie/antwoord", {"answer": "self"})
    give_answers(client, FIRST_PART)
    response = client.post(f"/en/vraag/{slug}/antwoord", {"answer": value})
    assert response.status_code == 422
    html = response.content.decode()
    assert message in html
    assert "Something is not filled in correctly" in html
    assert "<title>Error: " in html


def test_the_summary_is_in_english(client, catalogue):
    client.post("/en/vraag/voor-wie/antwoord", {"answer": "self"})
    give_answers(client, {"concern": "mental", "care": "none", "severity": "unknown", "age": "30"})
    html = client.get("/en/overzicht").content.decode()
    assert "Check your answers" in html
    assert "Do you have mental health problems, or another illness or disability?" in html
    assert ">I don’t know</dd>" in html
    assert ">30 years</dd>" in html
    assert ">For myself</dd>" in html


def test_the_same_answers_read_in_dutch_on_the_dutch_summary(client, catalogue):
    client.post("/en/vraag/voor-wie/antwoord", {"answer": "self"})
    give_answers(client, {"concern": "mental", "care": "none", "severity": "unknown", "age": "30"})
    html = client.get("/overzicht").content.decode()
    assert "Controleer uw antwoorden" in html
    assert ">Weet ik niet</dd>" in html
    assert ">30 jaar</dd>" in html


@pytest.mark.parametrize("path", ["/en/bestaat-niet", "/en/vraag/bestaat-niet"])
def test_the_page_not_found_is_in_english_under_en(client, path):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "This page does not exist" in html


def test_the_page_not_found_stays_dutch_without_a_prefix(client):
    html = client.get("/bestaat-niet").content.decode()
    assert '<html lang="nl"' in html
    assert "Deze pagina bestaat niet" in html


def test_the_drawn_advice_is_kept_per_language(client, catalogue):
    # The advice is drawn once per situation and kept; the English page must not get the Dutch one.
    client.post("/vraag/voor-wie/antwoord", {"answer": "self"})
    give_answers(client, FIRST_PART)
    dutch = client.get("/resultaat").content.decode()
    english = client.get("/en/resultaat").content.decode()
    again = client.get("/resultaat").content.decode()
    assert ">Weet ik niet</dd>" in dutch
    assert ">I don’t know</dd>" in english
    assert ">Weet ik niet</dd>" not in english
    assert without_csrf_token(dutch) == without_csrf_token(again)


@pytest.mark.parametrize(
    ("voice", "present", "absent"),
    [
        ("self", ["Your advice: programmes towards work", "What can you do now?", "Suits you:",
                  "How do you sign up?", "Who pays?", "</span> Fits</p>"],
         ["Uw advies", "Wat kunt u nu doen?", "Past bij u", "the client"]),
        ("other", ["Advice: programmes towards work", "Next step", "Meets:", "Signing up"],
         ["Your advice: programmes", "What can you do now?", "Suits you", "Uw advies", "Volgende stap"]),
    ],
)
def test_the_advice_is_worded_in_english_in_the_voice_the_questions_were_asked_in(
    client, voice, present, absent
):
    from tests.factories import small_catalogue
    from triage.personas import YULIUS_CLIENT

    small_catalogue()
    client.post("/en/vraag/voor-wie/antwoord", {"answer": voice})
    give_answers(client, YULIUS_CLIENT.answers)
    html = client.get("/en/resultaat").content.decode()
    for words in present:
        assert words in html
    for words in absent:
        assert words not in html


def test_the_handout_is_in_english_under_en(client, catalogue):
    client.post("/en/vraag/voor-wie/antwoord", {"answer": "self"})
    give_answers(client, FIRST_PART)
    html = client.get("/en/resultaat/overzicht").content.decode()
    assert '<html lang="en"' in html
    assert "Summary to take with you" in html
    assert "Made on " in html
    assert "<strong>Your situation:</strong>" in html
    assert "This summary comes from Werkroute" in html


def test_the_api_gives_the_catalogues_texts_in_the_language_asked_for_where_it_has_them(client):
    from programmes.models import Programme
    from programmes.services import catalogue_changed
    from tests.helpers import load_shipped_catalogue
    from triage.personas import YULIUS_CLIENT

    load_shipped_catalogue()
    query = "&".join(f"{key}={value}" for key, value in YULIUS_CLIENT.answers.items())

    def wabz(**headers):
        results = client.get(f"/api/v1/recommendations?{query}", **headers).json()["results"]
        return next(r for r in results if r["programme"] == "werk-als-beste-zorg")

    english, dutch = wabz(HTTP_ACCEPT_LANGUAGE="en"), wabz()
    assert english["name"] == "Werk als Beste Zorg (Work as the best care)"
    assert english["summary"].startswith("Werk als Beste Zorg (Work as the best care) helps you find")
    assert english["kind"]["slug"] == dutch["kind"]["slug"]  # the vocabulary stays as it is
    assert dutch["summary"].startswith("Werk als Beste Zorg helpt u aan betaald werk")
    # No English: the Dutch stands in, as on the page.
    Programme.objects.filter(slug="werk-als-beste-zorg").update(summary_en="")
    catalogue_changed()
    assert wabz(HTTP_ACCEPT_LANGUAGE="en")["summary"] == dutch["summary"]


def test_the_api_words_its_advice_in_the_language_asked_for_with_the_same_keys(client):
    from tests.factories import small_catalogue
    from triage.personas import YULIUS_CLIENT

    small_catalogue()
    query = "&".join(f"{key}={value}" for key, value in YULIUS_CLIENT.answers.items())
    dutch = client.get(f"/api/v1/recommendations?{query}")
    english = client.get(f"/api/v1/recommendations?{query}", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert dutch["Content-Language"] == "nl"
    assert english["Content-Language"] == "en"
    assert "Accept-Language" in english["Vary"]

    def keys(value):
        if isinstance(value, dict):
            return {key: keys(item) for key, item in value.items()}
        if isinstance(value, list):
            return [keys(item) for item in value]
        return type(value).__name__

    assert keys(dutch.json()) == keys(english.json())
    assert "U gaf aan: " in dutch.content.decode()
    assert "You said: " in english.content.decode()
    assert "U gaf aan: " not in english.content.decode()


def test_the_api_says_what_went_wrong_in_the_language_asked_for(client):
    dutch = client.get("/api/v1/recommendations?age=12")
    english = client.get("/api/v1/recommendations?age=12", HTTP_ACCEPT_LANGUAGE="en")
    assert dutch.json() == {"errors": {"age": ["Vul een leeftijd in van 15 tot en met 67 jaar."]}}
    assert english.json() == {"errors": {"age": ["Fill in an age from 15 to 67 years."]}}
    assert client.delete("/api/v1/recommendations", HTTP_ACCEPT_LANGUAGE="en").json() == {
        "errors": {"method": ["This path only knows GET, HEAD, POST."]}}


def test_the_catalogues_texts_are_english_and_its_untranslated_dutch_is_marked_on_the_english_result(client):
    from tests.helpers import load_shipped_catalogue
    from triage.personas import YULIUS_CLIENT

    load_shipped_catalogue()
    client.post("/en/vraag/voor-wie/antwoord", {"answer": "self"})
    give_answers(client, YULIUS_CLIENT.answers)
    english = client.get("/en/resultaat").content.decode()
    dutch = client.get("/resultaat").content.decode()
    # How to sign up and the kind of support have English in the catalogue: shown so, unmarked.
    assert re.search(r'<dd>Tell your therapist', english)
    assert re.search(r'<li class="wr-next__step"><strong class="wr-next__name">Werk als Beste Zorg '
                     r'\(Work as the best care\)</strong>: Tell your therapist', english)
    assert 'class="utrecht-paragraph wr-match__kind">' in english
    # The documents' titles and who pays have no English twin: Dutch, and marked so.
    assert '<ul class="utrecht-unordered-list wr-sources" lang="nl">' in english
    assert re.search(r'<dd><span lang="nl">[^<]+</span> pays, from <span lang="nl">', english)
    # The Dutch page has no such marks: it is Dutch throughout.
    assert 'lang="nl"' not in dutch.split("<body", 1)[1].replace('hreflang="nl"', "")
    assert "<dd>Vertel uw behandelaar" in dutch
