"""The wizard at the HTTP boundary: questions as pages and partials, answers in the session only,
errors, the summary, the result, and each question drawn once for everyone."""

import re

import pytest
from django.test import Client

from tests.factories import OfferingFactory, ProgrammeFactory, make_professional, wizard_catalogue
from tests.helpers import FULL, answer, csrf_token, walk
from triage import flow
from triage.answers import SESSION_KEY
from triage.models import GapRecord
from triage.voice import SESSION_KEY as VOICE_KEY

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def catalogue():
    return wizard_catalogue()


def test_start_page_links_to_the_voice_question_first(client, catalogue):
    response = client.get("/")
    assert response.status_code == 200
    assert 'href="/vraag/voor-wie"' in response.content.decode()


def test_question_page_is_a_full_page_without_htmx_and_a_partial_with_it(client, catalogue):
    full = client.get("/vraag/om-wie").content.decode()
    partial = client.get("/vraag/om-wie", **HTMX)
    assert "<html" in full
    assert 'id="question"' in full
    body = partial.content.decode()
    assert "<html" not in body
    assert body.strip().startswith('<div id="question"')
    assert partial.headers["HX-Push-Url"] == "/vraag/om-wie"


def test_question_has_fieldset_legend_and_labelled_radios(client, catalogue):
    body = client.get("/vraag/om-wie").content.decode()
    assert "<fieldset" in body
    assert "<legend" in body
    assert 'for="antwoord-mental"' in body
    assert 'id="antwoord-mental"' in body


def test_answer_redirects_to_the_next_question_without_javascript(client, catalogue):
    response = answer(client, "om-wie", "mental")
    assert response.status_code == 302
    assert response.url == "/vraag/zorg"
    response = answer(client, "om-wie", "none")
    assert response.url == "/vraag/werksituatie"


def test_answers_live_in_the_session_and_never_in_the_url(client, catalogue):
    response = walk(client, FULL)
    assert response.url == "/overzicht"
    stored = client.session[SESSION_KEY]
    assert stored["municipality"] == "GM0505"
    assert stored["age"] == 35
    for value in ("mental", "specialist_ggz", "bijstand", "GM0505", "35"):
        assert value not in response.url


def test_full_walk_ends_in_a_result_with_the_matching_programme(client, catalogue):
    walk(client, FULL)
    response = client.get("/resultaat")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Werk als Beste Zorg" in body
    assert "Past" in body
    assert "Drechtsteden" in body


def test_going_back_and_changing_an_answer_keeps_later_answers_that_still_apply(client, catalogue):
    walk(client, FULL)
    response = answer(client, "om-wie", "none")
    assert response.url == "/overzicht"  # everything that applies is still answered
    session = client.session[SESSION_KEY]
    assert session["benefit"] == "bijstand"
    assert session["age"] == 35
    summary = client.get("/overzicht").content.decode()
    assert "GGZ-instelling" not in summary
    # back to mental: the kept GGZ answers apply again
    assert answer(client, "om-wie", "mental").url == "/overzicht"


def test_changing_care_asks_the_new_branch_question_then_returns(client, catalogue):
    without_care = {k: v for k, v in FULL.items() if k not in {"care", "care_provider"}}
    walk(client, without_care | {"care": "basic_ggz"})
    response = answer(client, "zorg", "specialist_ggz")
    assert response.url == "/vraag/ggz-instelling"
    assert answer(client, "ggz-instelling", "yulius").url == "/overzicht"


def test_previous_link_points_to_the_previous_asked_question(client, catalogue):
    answer(client, "om-wie", "none")
    body = client.get("/vraag/werksituatie").content.decode()
    assert 'href="/vraag/om-wie"' in body
    assert 'data-hx-get="/vraag/om-wie"' in body


def test_a_question_that_does_not_apply_is_not_found(client, catalogue):
    answer(client, "om-wie", "none")
    assert client.get("/vraag/zorg").status_code == 404
    assert client.get("/vraag/bestaat-niet").status_code == 404


@pytest.mark.parametrize(
    ("slug", "value", "message"),
    [
        ("om-wie", "", flow.BY_KEY["concern"].missing),
        ("om-wie", "<script>alert(1)</script>", flow.UNKNOWN_OPTION),
        ("uitkering", "bitcoin", flow.UNKNOWN_OPTION),
        ("leeftijd", "12", flow.AGE_RANGE),
        ("leeftijd", "dertig", flow.AGE_NOT_NUMBER),
        ("woonplaats", "Atlantis", flow.MUNICIPALITY_UNKNOWN),
        ("woonplaats", "", flow.BY_KEY["municipality"].missing),
        ("voor-wie", "", flow.VOICE_QUESTION.missing),
        ("voor-wie", "everyone", flow.UNKNOWN_OPTION),
    ],
)
def test_tampered_or_wrong_answers_give_a_dutch_error_and_4xx(client, catalogue, slug, value, message):
    response = answer(client, slug, value)
    assert response.status_code == 422
    body = response.content.decode()
    assert message in body
    assert "Er is iets niet goed ingevuld" in body
    assert 'aria-describedby="' in body
    stored = client.session.get(SESSION_KEY, {})
    assert not any(q.slug == slug and q.key in stored for q in flow.QUESTIONS)
    assert VOICE_KEY not in client.session


def test_error_with_htmx_returns_the_partial_with_the_error(client, catalogue):
    response = answer(client, "om-wie", "", **HTMX)
    assert response.status_code == 422
    body = response.content.decode()
    assert "<html" not in body
    assert flow.BY_KEY["concern"].missing in body


def test_overlong_and_binary_posts_never_give_a_server_error(client, catalogue):
    assert answer(client, "om-wie", "x" * 100_000).status_code == 422
    assert answer(client, "leeftijd", "\x00\x01").status_code == 422
    assert client.post("/vraag/om-wie/antwoord", {"answer": ["mental", "none"]}).status_code in {302, 422}


def test_progress_shows_a_part_of_three_that_no_branch_changes(client, catalogue):
    body = client.get("/vraag/om-wie").content.decode()
    assert "Deel 1 van 3: Gezondheid en zorg" in body
    assert " van 6" not in body
    answer(client, "om-wie", "mental")
    assert "Deel 1 van 3: Gezondheid en zorg" in client.get("/vraag/zorg").content.decode()
    answer(client, "zorg", "specialist_ggz")
    assert "Deel 1 van 3" in client.get("/vraag/ggz-instelling").content.decode()
    assert "Deel 2 van 3: Werk en inkomen" in client.get("/vraag/werksituatie").content.decode()
    assert "Deel 3 van 3: Woonplaats en leeftijd" in client.get("/vraag/leeftijd").content.decode()
    assert "Voordat u begint" in client.get("/vraag/voor-wie").content.decode()


def test_summary_lists_answers_with_change_links(client, catalogue):
    walk(client, FULL)
    body = client.get("/overzicht").content.decode()
    assert "Dordrecht" in body
    assert "35 jaar" in body
    assert 'href="/vraag/uitkering"' in body


def test_summary_requested_by_htmx_becomes_a_full_page_load(client, catalogue):
    response = client.get("/overzicht", **HTMX)
    assert response.headers["HX-Redirect"] == "/overzicht"


def test_result_without_answers_goes_back_to_start(client, catalogue):
    assert client.get("/resultaat").url == "/"


def test_no_match_says_so_and_records_one_anonymous_gap(client, catalogue):
    walk(client, {"concern": "none", "situation": "job_seeking", "benefit": "none",
                   "wish": "education", "municipality": "Dordrecht", "age": "30"})
    # The factory programme only serves mental + specialist GGZ; nothing else exists.
    body = client.get("/resultaat").content.decode()
    assert "We hebben in de catalogus geen traject gevonden dat past" in body
    assert "huisarts" in body
    client.get("/resultaat")  # a reload does not count twice
    gap = GapRecord.objects.get(kind="no_fit")
    # Without a benefit: also a visit of a group that is often not reached (its own category).
    assert GapRecord.objects.filter(kind="not_reached").count() == 1
    assert gap.region.code == "AM07"
    assert (gap.benefit, gap.wish, gap.care) == ("none", "education", "")


def test_restart_clears_the_answers_and_the_voice(client, catalogue):
    client.post("/vraag/voor-wie/antwoord", {"answer": "other"})
    walk(client, FULL)
    response = client.post("/opnieuw")
    assert response.url == "/vraag/voor-wie"
    assert SESSION_KEY not in client.session
    assert VOICE_KEY not in client.session


def test_stroomschema_draws_every_question_and_highlights_own_path(client, catalogue):
    body = client.get("/stroomschema").content.decode()
    for question in flow.QUESTIONS:
        assert question.title in body
    assert "uw antwoord" not in body
    walk(client, FULL)
    body = client.get("/stroomschema").content.decode()
    assert body.count("(uw antwoord)") == len(FULL)


def test_get_on_answer_url_is_not_allowed(client, catalogue):
    assert client.get("/vraag/om-wie/antwoord").status_code == 405


def test_result_shows_the_best_first_and_offers_the_rest(client, catalogue):
    from triage.results import RESULTS_SHOWN

    for number in range(RESULTS_SHOWN + 3):
        broad = ProgrammeFactory(slug=f"breed-{number}", name=f"Breed {number:02d}", benefits=["bijstand"])
        OfferingFactory(programme=broad)  # national
    walk(client, FULL)
    body = client.get("/resultaat").content.decode()
    assert body.count('class="wr-card wr-match') == RESULTS_SHOWN
    assert f"Toon alle {RESULTS_SHOWN + 4} trajecten die (misschien) passen" in body
    english = client.get("/en/resultaat").content.decode()
    assert f"Show all {RESULTS_SHOWN + 4} programmes that (may) fit" in english
    everything = client.get("/resultaat?alle=ja").content.decode()
    assert everything.count('class="wr-card wr-match') == RESULTS_SHOWN + 4


# --- "Weet ik niet" for werksituatie and wens: an answer, never a programme's limit -----------------


def test_weet_ik_niet_is_unknown_to_matching_not_no(client, catalogue):
    # Werk als Beste Zorg names one wish: with the wish unknown it may still fit ("past misschien").
    params = {**{k: v for k, v in FULL.items() if k != "municipality"}, "municipality": "GM0505",
              "wish": "unknown", "situation": "unknown"}
    response = client.get("/api/v1/recommendations", params)
    assert response.status_code == 200
    fits = {r["programme"]: r["fit"] for r in response.json()["results"]}
    assert fits["werk-als-beste-zorg"] == "possible"
    wish = next(c for r in response.json()["results"] for c in r["criteria"] if c["key"] == "wish")
    assert wish["state"] == "unknown"


def test_weet_ik_niet_is_offered_to_the_api_but_not_as_a_programme_limit(client, catalogue):
    from programmes.filter_form import CatalogueFilterForm
    from programmes.forms import ProgrammeAdminForm

    schema = client.get("/api/v1/openapi.json").json()
    params = {p["name"]: p["schema"] for p in schema["paths"]["/api/v1/recommendations"]["get"]["parameters"]}
    assert "unknown" in params["wish"]["enum"]
    assert "unknown" in params["situation"]["enum"]
    admin = ProgrammeAdminForm()
    for name in ("situations", "wishes", "benefits", "severities"):
        assert "unknown" not in dict(admin.fields[name].choices), name
    assert client.get("/catalogus/", {"wish": "unknown"}).status_code == 400
    assert "unknown" not in dict(CatalogueFilterForm.base_fields["wish"].choices)


def _checked(body: str, value: str) -> bool:
    tag = re.search(rf'<input[^>]*id="antwoord-{value}"[^>]*>', body).group(0)
    return " checked" in tag


def test_a_question_is_drawn_once_for_everyone_at_the_same_point_each_with_their_own_token(catalogue):
    pages, rendered = [], []
    for _ in range(2):
        visitor = Client(enforce_csrf_checks=True)
        response = visitor.get("/vraag/om-wie")
        rendered.append([t.name for t in response.templates])
        pages.append(response.content.decode())
        sent = {"answer": "mental", "csrfmiddlewaretoken": csrf_token(pages[-1])}
        answered = visitor.post("/vraag/om-wie/antwoord", sent)
        assert answered.status_code == 302
        # Back at the question, the answer given shows: another page than the empty one.
        assert _checked(visitor.get("/vraag/om-wie").content.decode(), "mental")
        assert not _checked(pages[-1], "mental")
    assert "triage/question.html" in rendered[0]
    assert rendered[1] == []  # the second visitor's page was not drawn again
    assert csrf_token(pages[0]) != csrf_token(pages[1])
    assert pages[0].replace(csrf_token(pages[0]), "") == pages[1].replace(csrf_token(pages[1]), "")


def test_a_question_with_its_errors_and_a_logged_in_visitors_question_are_drawn_for_them(client, catalogue):
    client.get("/vraag/om-wie")
    response = client.post("/vraag/om-wie/antwoord", {})
    assert response.status_code == 422
    assert "triage/question.html" in [t.name for t in response.templates]
    client.force_login(make_professional())
    response = client.get("/vraag/om-wie")
    assert "triage/question.html" in [t.name for t in response.templates]
    assert "Uitloggen" in response.content.decode()
