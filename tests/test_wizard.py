import re

import pytest
from django.core.management import call_command
from django.test import Client

from tests.factories import (
    MunicipalityFactory,
    OfferingFactory,
    OrganisationFactory,
    ProgrammeFactory,
    RegionFactory,
    make_professional,
)
from triage import flow
from triage.answers import PLACE_KEY, SESSION_KEY
from triage.models import GapRecord
from triage.personas import YULIUS_CLIENT
from triage.voice import SESSION_KEY as VOICE_KEY

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


@pytest.fixture
def places(db):
    """The shipped gemeenten with their woonplaatsen and other names (data/, CBS)."""
    call_command("import_regions", verbosity=0)


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


def test_gemeente_accepts_aliases_and_qualifier_free_names(client, catalogue):
    from programmes.models import Municipality, MunicipalityAlias

    den_haag = MunicipalityFactory(code="GM0518", name="'s-Gravenhage")
    MunicipalityAlias.objects.create(alias="Den Haag", municipality=den_haag)
    assert answer(client, "woonplaats", "den haag").status_code == 302
    assert client.session[SESSION_KEY]["municipality"] == "GM0518"
    assert answer(client, "woonplaats", "dordrecht").status_code == 302
    assert client.session[SESSION_KEY]["municipality"] == "GM0505"
    assert Municipality.objects.count() == 4


def _place(client, text, **extra):
    return client.post("/vraag/woonplaats/antwoord", {"answer": text, **extra})


@pytest.mark.parametrize(
    ("typed", "code", "note"),
    [
        ("Hoofddorp", "GM0394", "Hoofddorp ligt in de gemeente Haarlemmermeer."),
        ("Scheveningen", "GM0518", "Scheveningen ligt in de gemeente &#x27;s-Gravenhage."),
        ("Weesp", "GM0363", "Weesp ligt in de gemeente Amsterdam."),
        ("Bussum", "GM1942", "Bussum ligt in de gemeente Gooise Meren."),
        ("Hengelo (Gld)", "GM1876", "Hengelo (Gelderland) ligt in de gemeente Bronckhorst."),
        ("Hengelo (O.)", "GM0164", ""),
        ("Dordrecht", "GM0505", ""),
    ],
)
def test_a_woonplaats_is_taken_for_its_gemeente_and_said_so(client, places, typed, code, note):
    answer(client, "om-wie", "none")
    response = _place(client, typed)
    assert response.status_code == 302
    assert response.url == "/vraag/leeftijd"
    assert client.session[SESSION_KEY]["municipality"] == code
    next_page = client.get("/vraag/leeftijd").content.decode()
    if note:
        assert f'<p class="utrecht-paragraph wr-notice" role="status">{note}</p>' in next_page
        # and again when the question is seen a second time, with the woonplaats in the field
        again = client.get("/vraag/woonplaats").content.decode()
        assert note in again
    else:
        assert "ligt in de gemeente" not in next_page


def test_the_summary_shows_the_woonplaats_and_its_gemeente(client, places):
    answer(client, "om-wie", "none")
    _place(client, "Hoofddorp")
    assert "Hoofddorp (gemeente Haarlemmermeer)" in client.get("/overzicht").content.decode()
    _place(client, "Dordrecht")  # another place: the woonplaats is forgotten
    body = client.get("/overzicht").content.decode()
    assert "Hoofddorp" not in body
    assert PLACE_KEY not in client.session


@pytest.mark.parametrize(
    ("typed", "choices", "pick", "code"),
    [
        ("Bergen", ["Bergen (Limburg)", "Bergen (Noord-Holland)"], "GM0373", "GM0373"),
        ("Bergen", ["Bergen (Limburg)", "Bergen (Noord-Holland)"], "GM0893", "GM0893"),
        ("Hengelo", ["Hengelo (Overijssel)", "Hengelo (Gelderland), gemeente Bronckhorst"],
         "Hengelo (Gelderland), gemeente Bronckhorst", "GM1876"),
        ("Hengelo", ["Hengelo (Overijssel)", "Hengelo (Gelderland), gemeente Bronckhorst"],
         "GM0164", "GM0164"),
    ],
)
def test_a_name_in_more_than_one_gemeente_asks_which_one(client, places, typed, choices, pick, code):
    response = _place(client, typed)
    assert response.status_code == 422
    body = response.content.decode()
    assert "Welke plaats bedoelt u?" in body
    assert f"Er zijn meer plaatsen met de naam ‘{typed}’. Kies waar u woont." in body
    for label in choices:
        assert f">{label}</label>" in body
    assert "(NH.)" not in body
    assert "(L.)" not in body
    response = _place(client, typed, place=pick, typed=typed)
    assert response.status_code == 302
    assert client.session[SESSION_KEY]["municipality"] == code


def test_the_official_name_and_the_readable_name_are_not_ambiguous(client, places):
    for typed, code in [("Bergen (NH.)", "GM0373"), ("Bergen (Limburg)", "GM0893"), ("Bergen L", "GM0893")]:
        assert _place(client, typed).status_code == 302
        assert client.session[SESSION_KEY]["municipality"] == code


def test_a_gemeente_chosen_by_code_for_the_typed_name_still_works(client, places):
    response = _place(client, "Bergen", code="GM0893")
    assert response.status_code == 302
    assert client.session[SESSION_KEY]["municipality"] == "GM0893"
    # a code that is not one of the typed name's gemeenten is not taken
    assert _place(client, "Bergen", code="GM0505").status_code == 422


@pytest.mark.parametrize(("typed", "meant", "code"), [("Dordrect", "Dordrecht", "GM0505"),
                                                     ("Amsterdm", "Amsterdam", "GM0363")])
def test_a_typo_asks_bedoelt_u_with_a_button_that_works_without_javascript(
    client, places, typed, meant, code
):
    response = _place(client, typed)
    assert response.status_code == 422
    body = response.content.decode()
    assert f"We kennen geen woonplaats of gemeente ‘{typed}’. Bedoelt u {meant}?" in body
    assert f'id="suggesties">Bedoelt u {meant}?</p>' in body
    assert f'form="plaats-keuze" name="place" value="{code}"' in body
    assert f'<input type="hidden" name="typed" value="{typed}">' in body
    # the button's own form sends the choice and what was typed, nothing else
    response = client.post("/vraag/woonplaats/antwoord", {"place": code, "typed": typed})
    assert response.status_code == 302
    assert client.session[SESSION_KEY]["municipality"] == code


def test_enter_after_correcting_the_spelling_takes_the_corrected_name(client, places):
    # The list was shown for "Dordrect"; the field now says Zwijndrecht: the list no longer counts.
    response = _place(client, "Zwijndrecht", place="GM0505", typed="Dordrect")
    assert response.status_code == 302
    assert client.session[SESSION_KEY]["municipality"] == "GM0642"


def test_the_start_of_a_name_is_suggested_too(client, catalogue):
    body = answer(client, "woonplaats", "Dord").content.decode()
    assert "Bedoelt u Dordrecht?" in body
    assert 'value="GM0505"' in body


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


def _token(body: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)


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
        sent = {"answer": "mental", "csrfmiddlewaretoken": _token(pages[-1])}
        answered = visitor.post("/vraag/om-wie/antwoord", sent)
        assert answered.status_code == 302
        # Back at the question, the answer given shows: another page than the empty one.
        assert _checked(visitor.get("/vraag/om-wie").content.decode(), "mental")
        assert not _checked(pages[-1], "mental")
    assert "triage/question.html" in rendered[0]
    assert rendered[1] == []  # the second visitor's page was not drawn again
    assert _token(pages[0]) != _token(pages[1])
    assert pages[0].replace(_token(pages[0]), "") == pages[1].replace(_token(pages[1]), "")


def test_a_question_with_its_errors_and_a_logged_in_visitors_question_are_drawn_for_them(client, catalogue):
    client.get("/vraag/om-wie")
    response = client.post("/vraag/om-wie/antwoord", {})
    assert response.status_code == 422
    assert "triage/question.html" in [t.name for t in response.templates]
    client.force_login(make_professional())
    response = client.get("/vraag/om-wie")
    assert "triage/question.html" in [t.name for t in response.templates]
    assert "Uitloggen" in response.content.decode()
