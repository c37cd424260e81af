"""The woonplaats question: a gemeente by another name, a woonplaats taken for its gemeente and
said so, a name in more than one gemeente, a typo, the start of a name."""

import pytest

from tests.factories import MunicipalityFactory, wizard_catalogue
from tests.helpers import answer
from triage.answers import PLACE_KEY, SESSION_KEY

pytestmark = pytest.mark.django_db

# `places` (the shipped gemeenten with their woonplaatsen): tests/conftest.py.


@pytest.fixture
def catalogue():
    return wizard_catalogue()


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
