"""The curators' tool: the catalogue in the Django admin at /beheer/ (who may, history, lists)."""

import re

import pytest
from django.contrib.auth.models import User

from programmes import models
from tests.catalogue_factories import MunicipalityAliasFactory
from tests.factories import (
    ConditionFactory,
    MunicipalityFactory,
    OfferingFactory,
    ProgrammeFactory,
    RegionFactory,
    SupportKindFactory,
)
from tests.helpers import ADD, UWV_FUNDING, add_row, change_url, programme_data

# `curator` and `curator_client` (logged in as that curator): tests/conftest.py.


# --- Access and history -----------------------------------------------------------------------------


def test_curator_adds_a_programme_and_history_records_who_did_it(curator_client, curator):
    data = programme_data(benefits=["ww", "bijstand"], care=["specialist_ggz"])
    response = curator_client.post(ADD, data)
    assert response.status_code == 302
    programme = models.Programme.objects.get(slug="ips-proef")
    assert programme.benefits == ["bijstand", "ww"]  # stored as a list, in the vocabulary's order
    assert programme.care == ["specialist_ggz"]
    assert programme.concerns == []
    assert programme.history.get().history_user == curator
    assert programme.sources.get().history.get().history_user == curator


def test_a_change_through_the_admin_is_recorded_and_shown_as_old_and_new(curator_client, curator):
    # A concept is edited in place (a published programme's edits go into its draft: test_drafts.py).
    programme = ProgrammeFactory(name="Oude naam", benefits=["bijstand"], status="concept")
    data = programme_data(programme, name="Nieuwe naam", benefits=["bijstand", "ww"])
    add_row(data, "funding", **UWV_FUNDING, order=2)
    assert curator_client.post(change_url(programme), data).status_code == 302
    latest = programme.history.first()
    assert latest.history_user == curator
    assert latest.name == "Nieuwe naam"

    history = curator_client.get(f"/beheer/programmes/programme/{programme.pk}/history/")
    content = history.content.decode()
    assert history.status_code == 200
    assert "Geschiedenis van ‘Nieuwe naam’" in content
    assert "<strong>Naam:</strong> <del>Oude naam</del> → <ins>Nieuwe naam</ins>" in content
    bijstand = "Bijstand (gemeente, Participatiewet)"
    assert f"<del>{bijstand}</del> → <ins>{bijstand}; WW</ins>" in content
    assert f'<td data-label="Door">{curator.username}</td>' in content
    # Changes to the parts show on the programme's one timeline as well.
    assert "Financiering: Nieuwe naam: WW<br>Toegevoegd" in content


def test_part_changes_show_old_and_new_on_the_programme_history(curator_client):
    programme = ProgrammeFactory(status="concept")
    data = programme_data(programme, **{"funding-0-payer": "Het UWV"})
    assert curator_client.post(change_url(programme), data).status_code == 302
    content = curator_client.get(f"/beheer/programmes/programme/{programme.pk}/history/").content.decode()
    assert "<strong>Wie betaalt:</strong> <del>Gemeente</del> → <ins>Het UWV</ins>" in content


def test_old_versions_can_be_viewed_but_not_restored(curator_client):
    programme = ProgrammeFactory()
    record = programme.history.first()
    url = f"/beheer/programmes/programme/{programme.pk}/history/{record.history_id}/"
    assert curator_client.get(url).status_code == 200
    assert curator_client.post(url, programme_data(programme, name="Terug")).status_code == 403
    programme.refresh_from_db()
    assert programme.name != "Terug"


def test_staff_without_catalogue_permissions_cannot_change_programmes(client, db):
    outsider = User.objects.create_user("buiten", "b@example.org", "een-lang-wachtwoord", is_staff=True)
    client.force_login(outsider)
    assert client.get(ADD).status_code == 403


@pytest.mark.parametrize(
    "url",
    [
        "/beheer/programmes/programme/",
        ADD,
        "/beheer/programmes/offering/",
        "/beheer/programmes/offering/add/",
        "/beheer/programmes/organisation/",
        "/beheer/programmes/organisation/add/",
        "/beheer/programmes/supportkind/",
        "/beheer/programmes/region/",
        "/beheer/programmes/municipality/",
        "/beheer/programmes/municipality/?region__id__exact=1",
        "/beheer/programmes/municipality/?q=dord",
    ],
)
def test_every_catalogue_page_of_the_admin_opens_for_a_curator(curator_client, url):
    MunicipalityAliasFactory(alias="Den Haag", municipality=MunicipalityFactory(name="’s-Gravenhage"))
    OfferingFactory(scope="regions", regions=[RegionFactory()])
    assert curator_client.get(url).status_code == 200


def test_programme_change_page_has_checkbox_groups_and_history_pages_of_other_models_open(curator_client):
    offering = OfferingFactory()
    content = curator_client.get(change_url(offering.programme)).content.decode()
    assert 'type="checkbox" name="benefits" value="wajong"' in content
    assert 'type="checkbox" name="benefits" value="unknown"' not in content
    for obj in [offering, offering.provider, offering.programme.kind]:
        url = f"/beheer/programmes/{obj._meta.model_name}/{obj.pk}/history/"
        assert curator_client.get(url).status_code == 200, url


@pytest.mark.parametrize("address", ["1/change/history/", "x/history/", "x/history/1/"])
def test_a_history_address_with_a_wrong_id_is_a_404_on_every_catalogue_page(curator_client, address):
    from django.contrib import admin
    from simple_history.admin import SimpleHistoryAdmin

    pages = admin.site._registry.items()
    with_history = [model for model, page in pages if isinstance(page, SimpleHistoryAdmin)]
    assert models.Programme in with_history
    for model in with_history:
        url = f"/beheer/{model._meta.app_label}/{model._meta.model_name}/{address}"
        assert curator_client.get(url).status_code == 404, url


def test_programme_change_page_shows_each_english_text_under_its_dutch_twin(curator_client):
    offering = OfferingFactory(contact="Bel de aanbieder.", contact_en="Call the provider.")
    ConditionFactory(programme=offering.programme, question="Werkwens?", question_en="Wish to work?")
    programme = offering.programme
    programme.summary_en = "You get help finding work."
    programme.save()
    content = curator_client.get(change_url(programme)).content.decode()
    twins = [("name", "name_en"), ("summary", "summary_en"), ("how_to_apply", "how_to_apply_en"),
             ("evidence_summary", "evidence_summary_en"), ("offerings-0-contact", "offerings-0-contact_en"),
             ("conditions-0-question", "conditions-0-question_en")]
    for dutch, english in twins:
        assert content.index(f'name="{dutch}"') < content.index(f'name="{english}"'), english
    assert "You get help finding work.</textarea>" in content
    assert 'value="Call the provider."' in content
    assert 'value="Wish to work?"' in content
    assert "Samenvatting (Engels)" in content


def test_region_codes_cannot_be_changed_or_deleted(curator_client):
    region = RegionFactory(code="AM07", name="Drechtsteden")
    data = {"code": "AM99", "name": "Drechtsteden e.o.", "expected_version": region.version}
    response = curator_client.post(change_url(region), data)
    assert response.status_code == 302
    region.refresh_from_db()
    assert (region.code, region.name) == ("AM07", "Drechtsteden e.o.")
    assert curator_client.get(f"/beheer/programmes/region/{region.pk}/delete/").status_code == 403


# --- List filters and search ---------------------------------------------------------------------


def listed(response) -> set[str]:
    return set(re.findall(r'<th class="field-name"><a href="[^"]*">([^<]+)</a>', response.content.decode()))


def test_programme_list_filters_on_benefit_status_kind_region_and_searches(curator_client):
    drechtsteden = RegionFactory(code="AM07", name="Drechtsteden")
    ips = SupportKindFactory(slug="ips", name="IPS")
    ProgrammeFactory(name="Alleen WW", benefits=["ww"], kind=ips)
    ProgrammeFactory(name="Alleen bijstand", benefits=["bijstand"], summary="Met een jobcoach")
    ProgrammeFactory(name="Voor iedereen", benefits=[], status="ended")
    OfferingFactory(programme=models.Programme.objects.get(name="Alleen bijstand"), scope="regions",
                    regions=[drechtsteden])
    base = "/beheer/programmes/programme/"
    assert listed(curator_client.get(base, {"uitkering": "ww"})) == {"Alleen WW", "Voor iedereen"}
    assert listed(curator_client.get(base, {"uitkering": "open"})) == {"Voor iedereen"}
    assert listed(curator_client.get(base, {"status__exact": "ended"})) == {"Voor iedereen"}
    assert listed(curator_client.get(base, {"kind__id__exact": ips.pk})) == {"Alleen WW"}
    in_region = {"offerings__regions__id__exact": drechtsteden.pk}
    assert listed(curator_client.get(base, in_region)) == {"Alleen bijstand"}
    assert listed(curator_client.get(base, {"q": "jobcoach"})) == {"Alleen bijstand"}
    assert curator_client.get(base, {"uitkering": "<onzin>"}).status_code == 200


def test_new_rows_get_the_next_free_order(curator_client):
    programme = ProgrammeFactory()  # one source with order 1
    content = curator_client.get(change_url(programme)).content.decode()
    assert re.search(r'name="sources-1-order"[^>]*value="2"|value="2"[^>]*name="sources-1-order"', content)


def test_offering_area_changes_show_place_names(curator_client):
    drechtsteden, twente = RegionFactory(name="Drechtsteden"), RegionFactory(name="Twente")
    offering = OfferingFactory(
        programme=ProgrammeFactory(status="concept"), scope="regions", regions=[drechtsteden]
    )
    data = {
        "programme": offering.programme.pk, "provider": offering.provider.pk, "scope": "regions",
        "regions": [drechtsteden.pk, twente.pk], "contact": offering.contact, "availability": "offered",
        "desk": "provider", "expected_version": offering.programme.version,
    }
    assert curator_client.post(change_url(offering), data).status_code == 302
    content = curator_client.get(f"/beheer/programmes/offering/{offering.pk}/history/").content.decode()
    assert "<del>Drechtsteden</del> → <ins>Drechtsteden; Twente</ins>" in content


def test_second_curator_saving_an_old_version_is_refused_with_a_clear_message(curator_client):
    from programmes.rules import CONCURRENT_EDIT

    programme = ProgrammeFactory(slug="gedeeld", name="Gedeeld traject", status="concept")
    url = f"/beheer/programmes/programme/{programme.pk}/change/"
    first_form = _change_form_data(curator_client, url)
    second_form = _change_form_data(curator_client, url)
    first_form["name"] = "Eerste wijziging"
    assert curator_client.post(url, first_form).status_code == 302
    second_form["name"] = "Tweede wijziging"
    response = curator_client.post(url, second_form)
    assert response.status_code == 200
    assert CONCURRENT_EDIT in response.content.decode()
    programme.refresh_from_db()
    assert programme.name == "Eerste wijziging"
    assert programme.version == 2


def _change_form_data(client, url):
    """What the browser would post back: every field of the change form as rendered."""
    import re
    from html import unescape

    page = client.get(url).content.decode()
    form = page[page.index('id="programme_form"'):]
    data = {}
    for tag in re.findall(r"<input[^>]*>", form):
        name = re.search(r'name="([^"]+)"', tag)
        if not name or 'type="submit"' in tag:
            continue
        value = re.search(r'value="([^"]*)"', tag)
        if ('type="checkbox"' in tag or 'type="radio"' in tag) and "checked" not in tag:
            continue
        data.setdefault(name.group(1), [])
        data[name.group(1)].append(unescape(value.group(1)) if value else "")
    for select in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', form, re.S):
        chosen = re.findall(r'<option value="([^"]*)"[^>]*selected', select[1])
        data[select[0]] = chosen
    for name, text in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', form, re.S):
        data[name] = [unescape(text.lstrip("\n"))]
    return {k: v if len(v) != 1 else v[0] for k, v in data.items()}
