import pytest

from tests.factories import (
    MunicipalityFactory,
    OfferingFactory,
    OrganisationFactory,
    ProgrammeFactory,
    RegionFactory,
)
from triage import flow
from triage.answers import SESSION_KEY
from triage.models import GapRecord
from triage.personas import YULIUS_CLIENT

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def catalogue():
    region = RegionFactory(code="AM07", name="Drechtsteden")
    MunicipalityFactory(code="GM0505", name="Dordrecht", region=region)
    MunicipalityFactory(code="GM0373", name="Bergen (NH.)")
    MunicipalityFactory(code="GM0893", name="Bergen (L.)")
    yulius = OrganisationFactory(slug="yulius", name="Yulius")
    wabz = ProgrammeFactory(
        slug="werk-als-beste-zorg", name="Werk als Beste Zorg", concerns=["mental"],
        care=["specialist_ggz"], benefits=["bijstand", "ww"], wishes=["paid_work_now"],
    )
    OfferingFactory(programme=wabz, provider=yulius, scope="regions", regions=[region],
                    requires_care_at_provider=True)
    return region


def answer(client, slug, value, **extra):
    return client.post(f"/vraag/{slug}/antwoord", {"answer": value}, **extra)


def walk(client, answers):
    for key, value in answers.items():
        response = answer(client, flow.BY_KEY[key].slug, value)
        assert response.status_code == 302, (key, response.status_code)
    return response


FULL = {**{k: str(v) for k, v in YULIUS_CLIENT.answers.items()}, "municipality": "Dordrecht"}


def test_start_page_links_to_the_first_question(client, catalogue):
    response = client.get("/")
    assert response.status_code == 200
    assert 'href="/vraag/om-wie"' in response.content.decode()


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
    assert 'hx-get="/vraag/om-wie"' in body


def test_a_question_that_does_not_apply_is_not_found(client, catalogue):
    answer(client, "om-wie", "none")
    assert client.get("/vraag/zorg").status_code == 404
    assert client.get("/vraag/bestaat-niet").status_code == 404


@pytest.mark.parametrize(
    ("slug", "value", "message"),
    [
        ("om-wie", "", flow.CHOOSE),
        ("om-wie", "<script>alert(1)</script>", flow.UNKNOWN_OPTION),
        ("uitkering", "bitcoin", flow.UNKNOWN_OPTION),
        ("leeftijd", "12", flow.AGE_RANGE),
        ("leeftijd", "dertig", flow.AGE_NOT_NUMBER),
        ("woonplaats", "Atlantis", flow.MUNICIPALITY_UNKNOWN),
        ("woonplaats", "", flow.MUNICIPALITY_MISSING),
    ],
)
def test_tampered_or_wrong_answers_give_a_dutch_error_and_4xx(client, catalogue, slug, value, message):
    response = answer(client, slug, value)
    assert response.status_code == 422
    body = response.content.decode()
    assert message in body
    assert "Er is iets niet goed ingevuld" in body
    assert 'aria-describedby="' in body
    assert SESSION_KEY not in client.session or flow.BY_SLUG[slug].key not in client.session[SESSION_KEY]


def test_error_with_htmx_returns_the_partial_with_the_error(client, catalogue):
    response = answer(client, "om-wie", "", **HTMX)
    assert response.status_code == 422
    body = response.content.decode()
    assert "<html" not in body
    assert flow.CHOOSE in body


def test_overlong_and_binary_posts_never_give_a_server_error(client, catalogue):
    assert answer(client, "om-wie", "x" * 100_000).status_code == 422
    assert answer(client, "leeftijd", "\x00\x01").status_code == 422
    assert client.post("/vraag/om-wie/antwoord", {"answer": ["mental", "none"]}).status_code in {302, 422}


def test_gemeente_accepts_aliases_and_qualifier_free_names(client, catalogue):
    from programmes.models import Municipality, MunicipalityAlias

    den_haag = MunicipalityFactory(code="GM0518", name="'s-Gravenhage")
    MunicipalityAlias.objects.create(alias="Den Haag", municipality=den_haag)
    assert answer(client, "woonplaats", "den haag").status_code == 302
    assert client.session[SESSION_KEY]["municipality"] == "GM0518"
    assert answer(client, "woonplaats", "dordrecht").status_code == 302
    assert client.session[SESSION_KEY]["municipality"] == "GM0505"
    assert Municipality.objects.count() == 4


def test_ambiguous_gemeente_asks_which_one(client, catalogue):
    from programmes.models import Municipality, MunicipalityAlias

    for code in ("GM0373", "GM0893"):
        MunicipalityAlias.objects.create(alias="Bergen", municipality=Municipality.objects.get(code=code))
    response = answer(client, "woonplaats", "Bergen")
    assert response.status_code == 422
    body = response.content.decode()
    assert "Welke gemeente bedoelt u?" in body
    assert "Bergen (NH.)" in body
    assert "Bergen (L.)" in body
    response = client.post("/vraag/woonplaats/antwoord", {"answer": "Bergen", "code": "GM0893"})
    assert response.status_code == 302
    assert client.session[SESSION_KEY]["municipality"] == "GM0893"
    # the official name, as the suggestion list and the "wijzig" form give it, is not ambiguous
    assert answer(client, "woonplaats", "Bergen (NH.)").status_code == 302
    assert client.session[SESSION_KEY]["municipality"] == "GM0373"


def test_unknown_gemeente_suggests_close_names(client, catalogue):
    body = answer(client, "woonplaats", "Dord").content.decode()
    assert "Bedoelt u misschien" in body
    assert 'value="GM0505"' in body


def test_progress_shows_position_of_asked_questions(client, catalogue):
    assert "Vraag 1 van 6" in client.get("/vraag/om-wie").content.decode()
    answer(client, "om-wie", "mental")
    assert "Vraag 2 van 8" in client.get("/vraag/zorg").content.decode()


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


def test_restart_clears_the_answers(client, catalogue):
    walk(client, FULL)
    response = client.post("/opnieuw")
    assert response.url == "/vraag/om-wie"
    assert SESSION_KEY not in client.session


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
    everything = client.get("/resultaat?alle=ja").content.decode()
    assert everything.count('class="wr-card wr-match') == RESULTS_SHOWN + 4
