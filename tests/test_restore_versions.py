"""'Herstel deze versie' for organisations and kinds of support: a confirmation page with now → after
and a reason, one POST through services.restore_version under the optimistic lock."""

import re

import pytest

from programmes import models, services
from tests.factories import OrganisationFactory, SupportKindFactory


@pytest.fixture
def organisation(db):
    """An organisation edited twice: its first version had another name and website."""
    organisation = OrganisationFactory(name="GGZ Oost", website="https://oud.example")
    organisation.name, organisation.website = "GGZ Oost Brabant", "https://nieuw.example"
    services.save_versioned(organisation, expected_version=organisation.version)
    return organisation


def first_record(obj):
    return obj.history.order_by("history_date", "history_id").first()


def restore_url(obj, record) -> str:
    return f"/beheer/programmes/{obj._meta.model_name}/{obj.pk}/history/{record.history_id}/herstellen/"


def test_the_history_links_every_earlier_version_to_its_confirmation_page(curator_client, organisation):
    body = curator_client.get(f"/beheer/programmes/organisation/{organisation.pk}/history/").content.decode()
    links = re.findall(r'href="([^"]+/herstellen/)"', body)
    assert links == [restore_url(organisation, first_record(organisation))]  # not the current one


def test_the_confirmation_page_shows_now_and_after_and_changes_nothing(curator_client, organisation):
    response = curator_client.get(restore_url(organisation, first_record(organisation)))
    body = response.content.decode()
    assert response.status_code == 200
    assert "<del>GGZ Oost Brabant</del>" in body
    assert "<ins>GGZ Oost</ins>" in body
    assert "<ins>https://oud.example</ins>" in body
    assert "Omschrijving" not in body  # unchanged fields are not listed
    assert f'name="expected_version" value="{organisation.version}"' in body
    organisation.refresh_from_db()
    assert organisation.name == "GGZ Oost Brabant"


def test_restoring_with_a_reason_puts_the_old_values_back_and_writes_the_reason(curator_client, organisation):
    record = first_record(organisation)
    data = {"reden": "Naam was per ongeluk gewijzigd.", "expected_version": organisation.version}
    response = curator_client.post(restore_url(organisation, record), data)
    assert response.status_code == 302
    assert response["Location"] == f"/beheer/programmes/organisation/{organisation.pk}/history/"
    restored = models.Organisation.objects.get(pk=organisation.pk)
    assert (restored.name, restored.website) == ("GGZ Oost", "https://oud.example")
    assert restored.version == organisation.version + 1
    newest = restored.history.order_by("-history_date", "-history_id").first()
    assert newest.history_change_reason.endswith("hersteld. Naam was per ongeluk gewijzigd.")
    assert newest.history_user.username == "beheerder"
    history = curator_client.get(response["Location"]).content.decode()
    assert "Naam was per ongeluk gewijzigd." in history


def test_restoring_without_a_reason_is_refused_and_says_why(curator_client, organisation):
    response = curator_client.post(restore_url(organisation, first_record(organisation)),
                                   {"reden": "  ", "expected_version": organisation.version})
    assert response.status_code == 422
    assert "Schrijf op waarom u deze versie herstelt" in response.content.decode()
    assert models.Organisation.objects.get(pk=organisation.pk).name == "GGZ Oost Brabant"


def test_a_save_after_the_confirmation_page_was_opened_makes_the_restore_stale(curator_client, organisation):
    record, seen = first_record(organisation), organisation.version
    organisation.description = "Intussen door iemand anders aangevuld."
    services.save_versioned(organisation, expected_version=organisation.version)
    data = {"reden": "Terug.", "expected_version": seen}
    response = curator_client.post(restore_url(organisation, record), data)
    body = response.content.decode()
    assert response.status_code == 409
    assert "Iemand anders heeft deze organisatie gewijzigd" in body
    assert "<del>Intussen door iemand anders aangevuld.</del>" in body  # what a restore would now undo
    assert f'name="expected_version" value="{organisation.version}"' in body
    assert models.Organisation.objects.get(pk=organisation.pk).name == "GGZ Oost Brabant"


def test_an_earlier_value_taken_by_another_row_is_refused_not_crashing(curator_client, organisation):
    record = first_record(organisation)
    old_slug = organisation.slug
    organisation.slug = "ggz-oost-brabant"
    services.save_versioned(organisation, expected_version=organisation.version)
    OrganisationFactory(slug=old_slug, name="Een ander")
    record = organisation.history.order_by("history_date", "history_id").first()
    data = {"reden": "Terug.", "expected_version": organisation.version}
    response = curator_client.post(restore_url(organisation, record), data)
    assert response.status_code == 422
    assert models.Organisation.objects.get(pk=organisation.pk).slug == "ggz-oost-brabant"


def test_a_kind_of_support_restores_its_figures(curator_client, db):
    kind = SupportKindFactory(name="IPS", median_paid_work_pct="55.0", studies_count=28)
    kind.median_paid_work_pct, kind.studies_count = "40.0", 30
    services.save_versioned(kind, expected_version=kind.version)
    page = curator_client.get(restore_url(kind, first_record(kind))).content.decode()
    assert "<del>30</del>" in page
    assert "<ins>28</ins>" in page
    data = {"reden": "Cijfers uit de verkeerde tabel.", "expected_version": kind.version}
    response = curator_client.post(restore_url(kind, first_record(kind)), data)
    assert response.status_code == 302
    kind.refresh_from_db()
    assert (str(kind.median_paid_work_pct), kind.studies_count) == ("55.0", 28)


def test_only_curators_who_may_change_can_restore(client, organisation):
    from tests.factories import make_professional

    client.force_login(make_professional())
    response = client.get(restore_url(organisation, first_record(organisation)))
    assert response.status_code in (302, 403)
    assert models.Organisation.objects.get(pk=organisation.pk).name == "GGZ Oost Brabant"


def test_the_confirmation_page_answers_head_and_refuses_other_methods(curator_client, organisation):
    url = restore_url(organisation, first_record(organisation))
    assert curator_client.head(url).status_code == 200
    assert curator_client.put(url).status_code == 405
