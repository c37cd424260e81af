"""The admin's checks on what a curator saves: a Dutch form error, status 200, nothing saved."""

import pytest

from programmes import models
from tests.factories import (
    MunicipalityFactory,
    OrganisationFactory,
    ProgrammeFactory,
    RegionFactory,
)
from tests.helpers import ADD, UWV_FUNDING, add_row, change_url, programme_data

# --- Validation: a Dutch form error, status 200, nothing saved ----------------------------------


def assert_rejected(response, message):
    assert response.status_code == 200
    assert "Corrigeer de onderstaande fout" in response.content.decode()
    assert message in response.content.decode()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"min_age": "30", "max_age": "20"}, "De maximumleeftijd (20) is lager dan de minimumleeftijd (30)."),
        ({"min_age": "12"}, "Vul een leeftijd in van 15 tot en met 67 jaar, of laat het veld leeg."),
        ({"max_age": "70"}, "Vul een leeftijd in van 15 tot en met 67 jaar, of laat het veld leeg."),
        ({"min_age": "achttien"}, "Vul een heel getal in, bijvoorbeeld 18."),
        ({"benefits": ["loterij"]}, "Kies alleen uit de getoonde mogelijkheden."),
        ({"wishes": ["unknown"]}, "Kies alleen uit de getoonde mogelijkheden."),
    ],
)
def test_invalid_programme_fields_give_a_dutch_error_and_save_nothing(curator_client, overrides, message):
    assert_rejected(curator_client.post(ADD, programme_data(**overrides)), message)
    assert not models.Programme.objects.exists()


def test_a_published_programme_needs_a_source(curator_client):
    # A published programme is edited in its draft; the draft, set to be published, needs a source.
    programme = ProgrammeFactory()
    data = programme_data(programme, **{"sources-0-DELETE": "on"})
    assert_rejected(curator_client.post(change_url(programme), data), "heeft minstens één bron nodig")
    assert programme.sources.count() == 1


def test_the_admin_form_does_not_publish_a_new_programme_or_a_concept(curator_client):
    # Publishing asks a reason: on the effect page (tests/test_drafts.py), not by the status field.
    new = programme_data(status="published")
    assert_rejected(curator_client.post(ADD, new), "Publiceren doet u op de pagina")
    assert not models.Programme.objects.exists()
    concept = ProgrammeFactory(status="concept")
    response = curator_client.post(change_url(concept), programme_data(concept, status="published"))
    assert_rejected(response, "Publiceren doet u op de pagina")
    concept.refresh_from_db()
    assert concept.status == "concept"


def test_a_concept_may_wait_for_its_sources(curator_client):
    data = programme_data(status="concept", **{"sources-TOTAL_FORMS": "0"})
    assert curator_client.post(ADD, data).status_code == 302
    assert models.Programme.objects.get().sources.count() == 0


def test_deleting_the_last_source_of_a_published_programme_is_refused(curator_client):
    programme = ProgrammeFactory(name="Met bron")
    data = programme_data(programme, **{"sources-0-DELETE": "on"})
    assert_rejected(curator_client.post(change_url(programme), data), "minstens één bron nodig")
    assert programme.sources.count() == 1


@pytest.mark.parametrize(
    ("scope", "regions", "municipalities", "message"),
    [
        ("regions", False, False, "Kies minstens één arbeidsmarktregio"),
        ("municipalities", False, False, "Kies minstens één gemeente"),
        ("national", True, False, "Een landelijk aanbod heeft geen arbeidsmarktregio&#x27;s of gemeenten."),
        ("regions", True, True, "Dit aanbod geldt voor hele arbeidsmarktregio&#x27;s."),
        ("municipalities", True, True, "Dit aanbod geldt voor losse gemeenten."),
    ],
)
def test_offering_area_must_match_its_scope(curator_client, scope, regions, municipalities, message):
    region, municipality = RegionFactory(), MunicipalityFactory()
    data = programme_data()
    add_row(
        data, "offerings", provider=OrganisationFactory(), scope=scope,
        regions=[str(region.pk)] if regions else [],
        municipalities=[str(municipality.pk)] if municipalities else [],
    )
    assert_rejected(curator_client.post(ADD, data), message)
    assert not models.Programme.objects.exists()
    assert not models.Offering.objects.exists()


def test_offering_with_its_area_is_saved(curator_client):
    region = RegionFactory(code="AM07")
    data = programme_data()
    add_row(
        data, "offerings", provider=OrganisationFactory(), scope="regions", regions=[str(region.pk)],
        availability="offered", desk="provider",
    )
    assert curator_client.post(ADD, data).status_code == 302
    assert list(models.Offering.objects.get().regions.all()) == [region]


def test_offering_admin_checks_the_area_too(curator_client):
    programme = ProgrammeFactory()
    data = {"programme": programme.pk, "provider": OrganisationFactory().pk, "scope": "municipalities"}
    response = curator_client.post("/beheer/programmes/offering/add/", data)
    assert_rejected(response, "Kies minstens één gemeente")
    assert not models.Offering.objects.exists()


def test_an_offering_may_narrow_its_programme_but_not_widen_it(curator_client):
    # Issue 10 build 1: an offering narrows its programme on any question of the stroomschema; the
    # admin refuses, in Dutch, a value the programme itself does not allow and saves nothing.
    region = RegionFactory()
    data = programme_data(severities=["severe", "mild_moderate"], benefits=["bijstand"])
    add_row(data, "offerings", provider=OrganisationFactory(), scope="regions", regions=[str(region.pk)],
            availability="offered", desk="provider", severities=["severe"], benefits=["ww"])
    response = curator_client.post(ADD, data)
    assert_rejected(response, "Het traject zelf staat niet open voor: WW. Een aanbod kan het traject alleen")
    assert "staat niet open voor: Ernstig" not in response.content.decode()
    assert not models.Programme.objects.exists()

    data["offerings-0-benefits"] = ["bijstand"]
    assert curator_client.post(ADD, data).status_code == 302
    offering = models.Offering.objects.get()
    assert (offering.severities, offering.benefits) == (["severe"], ["bijstand"])


def test_funding_must_be_for_a_benefit_the_programme_accepts(curator_client):
    data = programme_data(benefits=["bijstand"])
    add_row(data, "funding", **UWV_FUNDING, order=1)
    assert_rejected(curator_client.post(ADD, data), "Dit traject staat niet open voor ‘WW’.")
    assert not models.Programme.objects.exists()


def test_funding_for_any_benefit_is_fine_when_the_programme_is_open_to_all(curator_client):
    data = programme_data(benefits=[])
    add_row(data, "funding", **UWV_FUNDING, order=1)
    assert curator_client.post(ADD, data).status_code == 302
    assert models.Programme.objects.get().funding.get().benefit == "ww"
