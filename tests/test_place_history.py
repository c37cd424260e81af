"""Places are edited in the admin, so they have a readable history too: a gemeente's page shows one
timeline of it and its other names (old → new, who, why), regions the history list; both restore
through the confirmation page."""

import re

import pytest

from programmes import models, services
from tests.factories import MunicipalityFactory, RegionFactory
from tests.helpers import opened, post_change


@pytest.fixture
def gemeente(db):
    north, south = RegionFactory(code="AM01", name="Groningen"), RegionFactory(code="AM02", name="Drenthe")
    municipality = MunicipalityFactory(code="GM0014", name="Groningen", region=north)
    models.MunicipalityAlias.objects.create(alias="Stad", municipality=municipality)
    services.record_missing_history()  # as ensure_catalogue does after loaddata
    return municipality, south


def test_a_gemeente_edited_in_the_admin_shows_its_changes_and_its_other_names(curator_client, gemeente):
    municipality, south = gemeente
    form = opened(curator_client, municipality)
    form.update({"name": "Gemeente Groningen", "region": str(south.pk), "aliases-0-alias": "Stad Groningen"})
    assert post_change(curator_client, municipality, form).status_code == 302
    body = curator_client.get(f"/beheer/programmes/municipality/{municipality.pk}/history/").content.decode()
    assert "<del>Groningen</del> → <ins>Gemeente Groningen</ins>" in body
    assert "<strong>Arbeidsmarktregio:</strong> <del>Groningen</del> → <ins>Drenthe</ins>" in body
    assert "<del>Stad</del> → <ins>Stad Groningen</ins>" in body  # the alias, edited on the same page
    assert "Andere naam van een gemeente: Stad Groningen → Gemeente Groningen" in body
    assert "beheerder" in body


def test_a_gemeente_restores_its_region_through_the_confirmation_page(curator_client, gemeente):
    municipality, south = gemeente
    first = municipality.history.order_by("history_date", "history_id").first()
    municipality.region = south
    services.save_versioned(municipality, expected_version=municipality.version)
    history_url = f"/beheer/programmes/municipality/{municipality.pk}/history/"
    history = curator_client.get(history_url).content.decode()
    url = f"/beheer/programmes/municipality/{municipality.pk}/history/{first.history_id}/herstellen/"
    assert re.findall(r'href="([^"]+/herstellen/)"', history) == [url]  # not the newest version
    page = curator_client.get(url).content.decode()
    assert "<del>Drenthe</del>" in page
    assert "<ins>Groningen</ins>" in page
    data = {"reden": "Verkeerde regio gekozen.", "expected_version": municipality.version}
    assert curator_client.post(url, data).status_code == 302
    municipality.refresh_from_db()
    assert municipality.region.code == "AM01"


def test_a_region_has_a_readable_history(curator_client, gemeente):
    region = models.Region.objects.get(code="AM02")
    form = opened(curator_client, region)
    form["name"] = "Drenthe en omstreken"
    assert post_change(curator_client, region, form).status_code == 302
    body = curator_client.get(f"/beheer/programmes/region/{region.pk}/history/").content.decode()
    assert "<del>Drenthe</del> → <ins>Drenthe en omstreken</ins>" in body
    assert "/herstellen/" in body


def test_loaded_places_get_a_first_history_record(db):
    region = RegionFactory(code="AM03")
    models.Region.history.all().delete()  # as after loaddata
    assert services.record_missing_history() >= 1
    assert region.history.get().history_change_reason == services.HISTORY_BASE_REASON
