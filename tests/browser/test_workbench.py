"""The curators' workbench in a real browser: the effect page and the preview of a draft without
JavaScript, axe on both, the history page; no sideways scroll at 1,366 and 390 px; screenshots."""

import pytest

from programmes import drafts, models
from tests.browser.helpers import axe_violations, describe, horizontal_overflow, log_in
from tests.factories import make_curator
from triage import personas

pytestmark = pytest.mark.django_db(transaction=True)

SIZES = {"1366": (1366, 768), "390": (390, 844)}


@pytest.fixture
def ips_draft(full_catalogue):
    """IPS with a draft that leaves out people on bijstand, and a longer note on its funding."""
    live = models.Programme.objects.get(slug="ips")
    draft = drafts.start_draft(live)
    draft.benefits = ["ww", "wia_wga", "ziektewet"]
    draft.save()
    funding = draft.funding.first()
    funding.note = (funding.note + " Vanaf 2026 ook via het regionale werkbedrijf, als de gemeente dat "
                    "heeft afgesproken met de GGZ-instelling.").strip()
    funding.save()
    return live, draft


@pytest.mark.parametrize("size", SIZES)
def test_effect_and_preview_work_without_javascript_pass_axe_and_fit(
    new_page, live_server, ips_draft, artifacts_dir, size
):
    width, height = SIZES[size]
    page = new_page(javascript=False, width=width, height=height)
    log_in(page, live_server.url, make_curator())
    page.goto(f"{live_server.url}/overzichten/effect/ips")
    assert page.locator("h1").inner_text().startswith("Effect van publiceren: IPS")
    assert page.locator("text=Er is een concept").count() == 1
    assert horizontal_overflow(page) == 0
    page.screenshot(path=str(artifacts_dir / f"workbench-effect-{size}.png"), full_page=True)

    # Publishing without a reason: the form again with the errors, still without JavaScript.
    page.locator("button", has_text="Concept publiceren").click()
    assert page.locator(".wr-error-summary").count() >= 1
    assert page.locator("text=Schrijf op waarom u publiceert").count() >= 1

    page.goto(f"{live_server.url}/overzichten/effect/ips/voorbeeld")
    page.select_option("#id_persona", personas.HALF_ANSWERED.slug)
    page.locator("button", has_text="Toon de kaart").click()
    page.wait_for_url(f"**persona={personas.HALF_ANSWERED.slug}")
    assert page.locator("h1").inner_text().startswith("Voorbeeld van het concept")
    assert page.locator(".wr-preview-card .wr-match").count() == 1  # the draft's card for this persona
    assert horizontal_overflow(page) == 0
    page.screenshot(path=str(artifacts_dir / f"workbench-preview-{size}.png"), full_page=True)


def test_effect_and_preview_pass_axe(page, live_server, ips_draft):
    log_in(page, live_server.url, make_curator())
    preview = f"/overzichten/effect/ips/voorbeeld?persona={personas.YULIUS_CLIENT.slug}"
    for url in ("/overzichten/effect/ips", preview):
        page.goto(live_server.url + url)
        violations = axe_violations(page)
        assert violations == [], f"axe found violations on {url}:\n{describe(violations)}"


@pytest.mark.parametrize("size", SIZES)
def test_the_history_after_publishing_and_the_draft_page_fit_the_screen(
    new_page, live_server, ips_draft, artifacts_dir, size
):
    live, draft = ips_draft
    width, height = SIZES[size]
    page = new_page(width=width, height=height)
    log_in(page, live_server.url, make_curator())
    page.goto(f"{live_server.url}/beheer/programmes/programme/{draft.pk}/change/")
    assert page.locator(".wr-draft-banner").count() == 1
    draft_overflow = horizontal_overflow(page)
    page.screenshot(path=str(artifacts_dir / f"workbench-draft-{size}.png"))
    reason = "Voorbeeld voor de test: zonder bijstand, om de geschiedenis te laten zien."
    assert drafts.publish_draft(draft, reason=reason, checked_by="Fatima de Vries").published
    page.goto(f"{live_server.url}/beheer/programmes/programme/{live.pk}/history/")
    page.screenshot(path=str(artifacts_dir / f"workbench-history-{size}.png"))  # the newest changes
    # On the programme's line and on the funding's it changed.
    assert page.locator("text=Gecontroleerd door: Fatima de Vries").count() == 2
    overflow = (draft_overflow, horizontal_overflow(page))
    print(f"sideways overflow at {size} px: draft page {overflow[0]} px, history {overflow[1]} px")
    assert overflow == (0, 0)


@pytest.mark.parametrize("size", SIZES)
def test_the_coverage_map_for_ips_passes_axe_and_fits(
    new_page, live_server, full_catalogue, artifacts_dir, size
):
    width, height = SIZES[size]
    page = new_page(width=width, height=height)
    log_in(page, live_server.url, make_curator())
    page.goto(f"{live_server.url}/overzichten/dekking?soort=ips")
    assert page.locator("#dekking-kaart-0, [id^=dekking-kaart-]").count() >= 2  # the legend's patterns
    assert page.locator(".wr-map__svg a[data-region]").count() == 35
    assert horizontal_overflow(page) == 0
    page.screenshot(path=str(artifacts_dir / f"workbench-coverage-map-{size}.png"), full_page=True)
    violations = axe_violations(page)
    assert violations == [], f"axe found violations on the coverage map:\n{describe(violations)}"


def test_saving_the_real_admin_page_of_a_published_programme_makes_its_draft(
    page, live_server, full_catalogue
):
    """The whole page as a browser posts it (all inlines of IPS in the shipped catalogue)."""
    live = models.Programme.objects.get(slug="ips")
    summary = live.summary
    log_in(page, live_server.url, make_curator())
    page.goto(f"{live_server.url}/beheer/programmes/programme/{live.pk}/change/")
    page.fill("#id_summary", "Nieuwe samenvatting in het concept.")
    page.locator("input[name=_save]").click()
    page.wait_for_selector(".messagelist")
    draft = models.Programme.objects.get(draft_of=live)
    assert page.url.endswith(f"/beheer/programmes/programme/{draft.pk}/change/")
    assert "Opgeslagen in het concept" in page.locator(".messagelist").inner_text()
    assert draft.summary == "Nieuwe samenvatting in het concept."
    assert draft.conditions.count() == live.conditions.count()
    assert draft.offerings.count() == live.offerings.count()
    live.refresh_from_db()
    assert live.summary == summary


@pytest.fixture
def some_gaps(full_catalogue):
    from triage.models import GapRecord

    regions = list(models.Region.objects.order_by("code"))
    # Different sizes in different regions, so several bands show (rounded on the page).
    for number, region in enumerate(regions[:12]):
        GapRecord.objects.bulk_create(
            GapRecord(region=region, benefit="bijstand", wish="paid_work_now") for _ in range(number * 4 + 1)
        )


@pytest.mark.parametrize(("name", "path"), [
    ("programme-map", "/overzichten/dekking?traject=ips"),
    ("gap-map", "/overzichten/witte-vlekken"),
])
@pytest.mark.parametrize("size", SIZES)
def test_the_map_of_one_programme_and_the_gap_map_pass_axe_and_fit(
    new_page, live_server, some_gaps, artifacts_dir, size, name, path
):
    width, height = SIZES[size]
    page = new_page(width=width, height=height)
    log_in(page, live_server.url, make_curator())
    page.goto(f"{live_server.url}{path}")
    assert page.locator(".wr-map__svg a[data-region]").count() == 35
    assert page.locator(".wr-map-table tbody tr").count() == 35  # the same data as a table
    legend = page.locator(".wr-map__legend-list li").all_inner_texts()
    print(f"{name} legend at {size}: {legend}")
    assert len(legend) >= 2
    assert horizontal_overflow(page) == 0
    page.screenshot(path=str(artifacts_dir / f"workbench-{name}-{size}.png"), full_page=True)
    violations = axe_violations(page)
    assert violations == [], f"axe found violations on {path}:\n{describe(violations)}"


@pytest.mark.parametrize("size", SIZES)
def test_restoring_an_organisation_works_without_javascript_passes_axe_and_fits(
    new_page, live_server, artifacts_dir, size
):
    from programmes import services
    from tests.factories import OrganisationFactory

    organisation = OrganisationFactory(name="GGZ Oost", website="https://oud.example",
                                       description="Behandeling en begeleiding naar werk.")
    first = organisation.history.get()
    organisation.name, organisation.website = "GGZ Oost Brabant", "https://www.ggz-oost-brabant.example/werk"
    services.save_versioned(organisation, expected_version=organisation.version)
    width, height = SIZES[size]
    history = f"{live_server.url}/beheer/programmes/organisation/{organisation.pk}/history"
    url = f"{history}/{first.history_id}/herstellen/"
    checked = new_page(width=width, height=height)  # axe needs JavaScript; the flow below runs without
    log_in(checked, live_server.url, make_curator())
    checked.goto(url)
    violations = axe_violations(checked)
    assert violations == [], f"axe found violations on the confirmation page:\n{describe(violations)}"
    checked.locator("input[type=submit]").click()  # no reason: refused, the reason asked for
    assert checked.locator(".errornote", has_text="Schrijf op waarom").count() == 1
    violations = axe_violations(checked)
    assert violations == [], f"axe found violations on the refused restore:\n{describe(violations)}"

    page = new_page(javascript=False, width=width, height=height)
    log_in(page, live_server.url, make_curator("beheerder2"))
    page.goto(f"{live_server.url}/beheer/programmes/organisation/{organisation.pk}/history/")
    page.locator("a", has_text="Herstel deze versie").click()
    page.wait_for_url(f"**/history/{first.history_id}/herstellen/")
    assert page.locator("del", has_text="GGZ Oost Brabant").count() == 1
    assert horizontal_overflow(page) == 0
    page.screenshot(path=str(artifacts_dir / f"workbench-restore-{size}.png"), full_page=True)
    page.fill("#id_reden", "De naam was per ongeluk gewijzigd.")
    page.locator("input[type=submit]").click()
    page.wait_for_url(f"**/organisation/{organisation.pk}/history/")
    assert page.locator("text=De naam was per ongeluk gewijzigd.").count() == 1
    assert horizontal_overflow(page) == 0
    page.screenshot(path=str(artifacts_dir / f"workbench-restored-history-{size}.png"))
    organisation.refresh_from_db()
    assert organisation.name == "GGZ Oost"
