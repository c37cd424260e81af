"""Drafts of published programmes: edit beside the live version, see the effect, publish with a reason."""

import re

import pytest

from programmes import drafts, models
from programmes.snapshot import build_catalogue
from tests.factories import OfferingFactory, ProgrammeFactory
from tests.helpers import change_url, programme_data
from triage import matching, personas

PERSONA = personas.YULIUS_CLIENT.answers  # bijstand, Dordrecht, wants paid work now
PUBLISH = "/overzichten/effect/ips/publiceren"
PARTS = (models.Evidence, models.Source)


@pytest.fixture
def live(db):
    programme = ProgrammeFactory(slug="ips", name="IPS", benefits=["bijstand"], wishes=[])
    OfferingFactory(programme=programme, scope="national")
    return programme


def shown_live(slug: str) -> bool:
    return any(m.programme.slug == slug for m in matching.match(PERSONA, build_catalogue()).matches)


def test_saving_a_published_programme_makes_a_draft_and_the_live_result_does_not_change(curator_client, live):
    assert shown_live("ips")
    data = programme_data(live, wishes=["education"], **{"funding-0-payer": "Het UWV"})
    response = curator_client.post(change_url(live), data)
    draft = models.Programme.objects.get(draft_of=live)
    assert response.status_code == 302
    assert response["Location"] == change_url(draft)
    assert draft.wishes == ["education"]
    assert draft.funding.get().payer == "Het UWV"
    live.refresh_from_db()
    assert live.wishes == []
    assert live.funding.get().payer == "Gemeente"
    assert shown_live("ips")
    # The public page and the catalogue show the live version only.
    assert [p.slug for p in build_catalogue().programmes] == ["ips"]


def test_opening_the_live_programme_again_continues_its_draft(curator_client, live):
    draft = drafts.start_draft(live)
    response = curator_client.get(change_url(live))
    assert response.status_code == 302
    assert response["Location"] == change_url(draft)
    assert drafts.start_draft(live) == draft


def test_an_older_page_of_the_live_programme_is_refused_once_a_draft_exists(curator_client, live):
    opened = programme_data(live, name="Oud scherm")
    drafts.start_draft(live)
    response = curator_client.post(change_url(live), opened)
    assert response.status_code == 200
    assert "Iemand anders heeft dit traject gewijzigd" in response.content.decode()
    live.refresh_from_db()
    assert live.name == "IPS"


def test_the_effect_page_compares_the_draft_with_live_and_names_the_personas(curator_client, live):
    draft = drafts.start_draft(live)
    draft.benefits = ["ww"]
    draft.save()
    body = curator_client.get("/overzichten/effect/ips").content.decode()
    assert "Er is een <strong>concept</strong>" in body
    assert personas.YULIUS_CLIENT.description in body
    assert "Verdwijnt" in body
    assert 'name="reden"' in body


def test_publishing_requires_a_reason_and_shows_it_in_the_history(curator_client, live):
    draft = drafts.start_draft(live)
    draft.benefits = ["ww"]
    draft.save()
    refused = curator_client.post(PUBLISH, {"reden": "", "gecontroleerd_door": ""})
    assert refused.status_code == 422
    body = refused.content.decode()
    assert "Schrijf op waarom u publiceert" in body
    assert "Vul in wie de wijziging heeft gecontroleerd" in body
    assert models.Programme.objects.filter(draft_of=live).exists()
    assert shown_live("ips")

    published = curator_client.post(PUBLISH, {
        "reden": "Alleen nog voor mensen met WW, volgens de nieuwe regeling van 2026.",
        "gecontroleerd_door": "Fatima de Vries",
    })
    assert published.status_code == 302
    live.refresh_from_db()
    assert live.benefits == ["ww"]
    assert not models.Programme.objects.filter(draft_of=live).exists()
    assert not shown_live("ips")
    history = curator_client.get(f"/beheer/programmes/programme/{live.pk}/history/").content.decode()
    assert "Alleen nog voor mensen met WW, volgens de nieuwe regeling van 2026." in history
    assert "Gecontroleerd door: Fatima de Vries" in history


def test_a_concept_is_published_with_a_reason_too(curator_client, db):
    ProgrammeFactory(slug="nieuw", status="concept")
    assert curator_client.post("/overzichten/effect/nieuw/publiceren").status_code == 422
    response = curator_client.post(
        "/overzichten/effect/nieuw/publiceren", {"reden": "Nieuw in 2026", "gecontroleerd_door": "Jan"}
    )
    assert response.status_code == 302
    programme = models.Programme.objects.get(slug="nieuw")
    assert programme.status == "published"
    assert programme.history.first().history_change_reason == "Nieuw in 2026\nGecontroleerd door: Jan"


def test_publishing_a_draft_writes_only_what_changed_in_the_parts(live):
    draft = drafts.start_draft(live)
    funding = draft.funding.get()
    funding.payer = "Het UWV"
    funding.save()
    before = {m.__name__: m.history.filter(programme_id=live.pk).count() for m in PARTS}
    assert drafts.publish_draft(draft, reason="Betaler klopt niet", checked_by="Jan").published
    assert live.funding.get().payer == "Het UWV"
    after = {m.__name__: m.history.filter(programme_id=live.pk).count() for m in PARTS}
    assert before == after
    assert live.funding.get().history.first().history_change_reason.startswith("Betaler klopt niet")


def test_a_discarded_draft_leaves_the_live_programme(curator_client, live):
    drafts.start_draft(live)
    assert curator_client.post("/overzichten/effect/ips/weggooien").status_code == 302
    assert not models.Programme.objects.filter(draft_of=live).exists()
    assert models.Programme.objects.filter(pk=live.pk).exists()


def test_the_preview_shows_the_drafts_page_and_card_without_javascript(curator_client, live):
    draft = drafts.start_draft(live)
    draft.summary = "Nieuwe samenvatting van het concept."
    draft.save()
    preview = "/overzichten/effect/ips/voorbeeld"
    response = curator_client.get(preview, {"persona": personas.YULIUS_CLIENT.slug})
    body = response.content.decode()
    assert response.status_code == 200
    assert "Nieuwe samenvatting van het concept." in body
    assert 'class="wr-card wr-match' in body
    assert "<script" not in body.split("</main>")[0].split("<main")[1]
    assert curator_client.get(preview, {"persona": "onzin"}).status_code == 400


def test_drafts_are_not_exported_or_listed(curator_client, live):
    from programmes.management.commands.export_catalogue import serialize_catalogue

    drafts.start_draft(live)
    assert "ips--concept" not in serialize_catalogue()
    listing = curator_client.get("/beheer/programmes/programme/").content.decode()
    assert "ips--concept" not in listing
    assert listing.count(f'href="{change_url(live)}"') == 1
    # "Weergeven op website" of a draft opens its preview, not a page that does not exist.
    draft_page = curator_client.get(change_url(models.Programme.objects.get(draft_of=live))).content.decode()
    assert 'href="/overzichten/effect/ips/voorbeeld"' in draft_page


# --- The history: one timeline, inlines included, restore as a draft --------------------------------


def test_the_history_shows_a_change_to_an_inline_in_full(curator_client, live):
    long_note = "Behandeling en begeleiding naar werk bij een instelling voor specialistische GGZ " * 3
    draft = drafts.start_draft(live)
    offering = draft.offerings.get()
    offering.note = long_note
    offering.save()
    funding = draft.funding.get()
    funding.payer = "Het UWV"
    funding.save()
    assert drafts.publish_draft(draft, reason="Financiering klopt niet", checked_by="Jan").published
    body = curator_client.get(f"/beheer/programmes/programme/{live.pk}/history/").content.decode()
    assert "<strong>Wie betaalt:</strong> <del>Gemeente</del> → <ins>Het UWV</ins>" in body
    assert f"<ins>{long_note}</ins>" in body  # whole, not cut with "[44 chars]"
    assert "chars]" not in body
    assert "Financiering klopt niet<br>Gecontroleerd door: Jan" in body


def test_restore_creates_a_draft_equal_to_the_old_version(curator_client, live):
    old = drafts.graph_of(live)
    first_version = live.history.order_by("history_date").last()
    draft = drafts.start_draft(live)
    draft.name = "IPS nieuw"
    draft.benefits = ["bijstand", "ww"]
    draft.save()
    draft.funding.update(payer="Het UWV")
    draft.offerings.get().delete()
    assert drafts.publish_draft(draft, reason="Nieuw", checked_by="Jan").published
    live.refresh_from_db()
    assert drafts.graph_of(live) != old

    response = curator_client.post(
        f"/beheer/programmes/programme/{live.pk}/history/{first_version.history_id}/herstel/"
    )
    restored = models.Programme.objects.get(draft_of=live)
    assert response.status_code == 302
    assert response["Location"] == change_url(restored)
    assert drafts.graph_of(restored) == old
    live.refresh_from_db()
    assert live.name == "IPS nieuw"  # the live version serves until the draft is published
    assert curator_client.get(
        f"/beheer/programmes/programme/{live.pk}/history/{first_version.history_id}/herstel/"
    ).status_code == 405


def test_the_first_edit_of_loaded_data_shows_what_changed(curator_client, live):
    from programmes.services import record_missing_history

    live.history.all().delete()  # as after loaddata: rows without any history
    models.Funding.history.all().delete()
    assert record_missing_history() >= 2
    assert record_missing_history() == 0
    draft = drafts.start_draft(live)
    draft.name = "IPS (nieuw)"
    draft.save()
    draft.funding.update(payer="Het UWV")
    assert drafts.publish_draft(draft, reason="Naam", checked_by="Jan").published
    body = curator_client.get(f"/beheer/programmes/programme/{live.pk}/history/").content.decode()
    assert "<strong>Naam:</strong> <del>IPS</del> → <ins>IPS (nieuw)</ins>" in body
    assert "<strong>Wie betaalt:</strong> <del>Gemeente</del> → <ins>Het UWV</ins>" in body
    assert "Geladen uit de catalogus" in body


def test_the_admin_says_het_traject(curator_client, db):
    programme = ProgrammeFactory(name="Nieuw", status="concept")
    data = programme_data(programme, name="Nieuwer")
    response = curator_client.post(change_url(programme), data, follow=True)
    body = response.content.decode()
    assert re.search(r"Het traject ‘<a href=\"[^\"]+\">Nieuwer</a>’ is met succes gewijzigd.", body)
    assert "De traject" not in body


def test_an_offering_of_a_published_programme_is_changed_only_in_its_draft(curator_client, live):
    offering = live.offerings.get()
    url = f"/beheer/programmes/offering/{offering.pk}/change/"
    page = curator_client.get(url).content.decode()
    assert "Dit aanbod hoort bij een gepubliceerd traject" in page
    assert curator_client.post(url, {"contact": "Direct live"}).status_code == 403
    delete = f"/beheer/programmes/offering/{offering.pk}/delete/"
    assert curator_client.post(delete, {"post": "yes"}).status_code == 403
    added = curator_client.post("/beheer/programmes/offering/add/", {
        "programme": live.pk, "provider": offering.provider.pk, "availability": "offered",
        "scope": "national", "desk": "provider",
    })
    assert "Dit traject is gepubliceerd. Voeg het aanbod toe op de pagina" in added.content.decode()
    assert live.offerings.count() == 1
    offering.refresh_from_db()
    assert offering.contact != "Direct live"


def test_an_organisations_history_shows_long_values_in_full(curator_client, db):
    from tests.factories import OrganisationFactory

    organisation = OrganisationFactory(description="Kort.")
    long_text = "Een GGZ-instelling met behandeling en begeleiding naar werk in de hele regio. " * 3
    organisation.description = long_text
    organisation.save()
    body = curator_client.get(f"/beheer/programmes/organisation/{organisation.pk}/history/").content.decode()
    assert f"<ins>{long_text}</ins>" in body
    assert "chars]" not in body


def test_a_condition_on_an_offering_follows_into_the_draft(curator_client, live):
    from tests.factories import ConditionFactory

    offering = live.offerings.get()
    ConditionFactory(programme=live, offering=offering, question="Woont de persoon in de regio?")
    data = programme_data(live, **{"conditions-0-question": "Woont de persoon in de gemeente?"})
    response = curator_client.post(change_url(live), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    draft = models.Programme.objects.get(draft_of=live)
    condition = draft.conditions.get()
    assert condition.question == "Woont de persoon in de gemeente?"
    assert condition.offering == draft.offerings.get()
    assert live.conditions.get().offering == offering


def test_a_draft_carries_the_english_texts_and_publishing_brings_them_live(live):
    live.summary_en = "You get help."
    live.save()
    offering = live.offerings.get()
    offering.contact_en = "Call us."
    offering.save()
    draft = drafts.start_draft(live)
    assert draft.summary_en == "You get help."
    assert draft.offerings.get().contact_en == "Call us."
    draft.summary_en = "You get help finding work."
    draft.save()
    assert drafts.publish_draft(draft, reason="Engels verbeterd", checked_by="Jan").published
    live.refresh_from_db()
    assert live.summary_en == "You get help finding work."
    assert live.history.first().summary_en == "You get help finding work."  # the history follows
