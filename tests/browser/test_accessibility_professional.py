"""WCAG 2.1 AA in a real browser for the logged-in pages: login, my cases, a case, its report,
the curators' overviews; and the quick exit, with and without JavaScript."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from casework.models import Case
from tests.browser.helpers import (
    FIT_ANSWERS,
    answer_by_request,
    axe_violations,
    describe,
    horizontal_overflow,
    log_in,
)
from tests.factories import PASSWORD, make_curator, make_professional
from triage.answers import SESSION_KEY
from triage.models import GapRecord

pytestmark = pytest.mark.django_db(transaction=True)



def assert_accessible(page, what: str) -> None:
    violations = axe_violations(page)
    assert violations == [], f"axe found violations on {what}:\n{describe(violations)}"


def save_case_through_the_result(page, base_url: str, reference: str = "KdK-001") -> Case:
    answer_by_request(page, base_url, FIT_ANSWERS)
    page.goto(f"{base_url}/resultaat")
    page.fill("#id_reference", reference)
    page.check("#id_consent")
    page.get_by_role("button", name="Casus vastleggen").click()
    page.wait_for_url(f"{base_url}/casussen/*/")
    return Case.objects.get(reference=reference)


def test_login_page_and_its_errors_pass_axe_and_the_form_logs_in(page, live_server, full_catalogue):
    make_professional(password=PASSWORD)
    page.goto(f"{live_server.url}/inloggen")
    assert_accessible(page, "the login page")
    page.fill("#id_username", "klantmanager")
    page.fill("#id_password", "verkeerd")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_selector(".wr-error-summary")
    assert page.title().startswith("Fout:")
    assert_accessible(page, "the login page with an error")
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(f"{live_server.url}/casussen/")
    assert page.locator("h1").inner_text() == "Mijn casussen"
    assert_accessible(page, "my cases, empty")
    page.get_by_role("button", name="Uitloggen").click()
    page.wait_for_url(f"{live_server.url}/uitgelogd")
    assert_accessible(page, "the logged-out page")


def test_professional_result_case_pages_and_report_pass_axe(page, live_server, full_catalogue, artifacts_dir):
    professional = make_professional()
    log_in(page, live_server.url, professional)
    answer_by_request(page, live_server.url, FIT_ANSWERS)
    page.goto(f"{live_server.url}/resultaat")
    assert page.locator(".wr-save-case").count() == 1
    assert page.locator(".wr-client-words").count() > 0
    assert_accessible(page, "the result for a professional, with the save form")

    # Saving without consent: the form comes back with its error.
    page.fill("#id_reference", "KdK-001")
    page.get_by_role("button", name="Casus vastleggen").click()
    page.wait_for_selector(".wr-error-summary")
    assert_accessible(page, "the new case page with an error")
    page.check("#id_consent")
    page.get_by_role("button", name="Casus vastleggen").click()
    page.wait_for_url(f"{live_server.url}/casussen/*/")
    case = Case.objects.get(reference="KdK-001")
    assert_accessible(page, "a case")

    page.fill("#id_next_evaluation", "morgen")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    page.wait_for_selector(".wr-error-summary")
    assert_accessible(page, "a case with an error")

    Case.objects.filter(pk=case.pk).update(step=5, agreements="Kim belt Yulius.",
                                           next_evaluation=timezone.localdate() - timedelta(days=1))
    page.goto(f"{live_server.url}/casussen/{case.key}/")
    assert page.locator("#id_outcome_0").count() == 1
    page.locator("summary", has_text="Casus verwijderen").click()
    assert_accessible(page, "a case at step 5, delete opened")
    page.screenshot(path=str(artifacts_dir / "casus-1280.png"), full_page=True)

    page.goto(f"{live_server.url}/casussen/{case.key}/verslag")
    assert_accessible(page, "the conversation report")
    page.screenshot(path=str(artifacts_dir / "verslag-1280.png"), full_page=True)

    Case.objects.create(owner=professional, reference="KLAAR", outcome="work")
    page.goto(f"{live_server.url}/casussen/")
    assert page.locator(".wr-row--due").count() == 1
    assert_accessible(page, "my cases, one due")


def test_case_pages_do_not_scroll_sideways_at_320_px(new_page, live_server, full_catalogue):
    page = new_page(width=320, height=800)
    log_in(page, live_server.url, make_professional())
    case = save_case_through_the_result(page, live_server.url)
    for path in (f"/casussen/{case.key}/", f"/casussen/{case.key}/verslag", "/casussen/", "/inloggen"):
        page.goto(f"{live_server.url}{path}")
        assert horizontal_overflow(page) <= 0, f"{path} scrolls sideways at 320px"


def test_reopening_a_case_fills_the_stroomschema(page, live_server, full_catalogue):
    log_in(page, live_server.url, make_professional())
    save_case_through_the_result(page, live_server.url)
    page.goto(f"{live_server.url}/")
    page.locator("form[action='/opnieuw'] button").click()
    page.goto(f"{live_server.url}/casussen/")
    page.get_by_role("link", name="KdK-001").click()
    page.get_by_role("button", name="Heropen het stroomschema met deze antwoorden").click()
    page.wait_for_url(f"{live_server.url}/overzicht")
    assert "Dordrecht" in page.content()


@pytest.mark.parametrize(
    "path",
    [
        "/overzichten/",
        "/overzichten/witte-vlekken",
        "/overzichten/dekking",
        "/overzichten/dekking?uitkering=none&zorg=none&ernst=mild_moderate",
        "/overzichten/dekking?uitkering=loterij",
        "/overzichten/effect/ips-cmd",
        "/overzichten/effect/ips",
    ],
)
def test_curator_overviews_pass_axe(page, live_server, full_catalogue, path, artifacts_dir):
    for _ in range(6):
        GapRecord.objects.create(benefit="none", wish="daytime_activity", care="none")
    GapRecord.objects.create(benefit="ww", wish="skills")
    log_in(page, live_server.url, make_curator())
    page.goto(f"{live_server.url}{path}")
    assert page.locator("h1").count() == 1
    assert_accessible(page, path)
    name = path.strip("/").replace("/", "-").split("?")[0] + ("-gekozen" if "?" in path else "")
    page.screenshot(path=str(artifacts_dir / f"{name}-1280.png"), full_page=True)


def test_coverage_overview_does_not_scroll_sideways_at_320_px(new_page, live_server, full_catalogue):
    page = new_page(width=320, height=800)
    log_in(page, live_server.url, make_curator())
    for path in ("/overzichten/", "/overzichten/witte-vlekken", "/overzichten/dekking",
                 "/overzichten/effect/ips-cmd"):
        page.goto(f"{live_server.url}{path}")
        assert horizontal_overflow(page) <= 0, f"{path} scrolls sideways at 320px"


def test_quick_exit_with_javascript_replaces_the_page_and_clears_answers(page, live_server, full_catalogue):
    answer_by_request(page, live_server.url, FIT_ANSWERS)
    page.goto(f"{live_server.url}/")
    page.goto(f"{live_server.url}/resultaat")
    assert page.locator(".wr-quick-exit__keys").is_visible()
    page.get_by_role("button", name="Snel weg").click()
    page.wait_for_url(f"{live_server.url}/weer")
    assert page.title() == "Het weer"
    assert_accessible(page, "the neutral page")
    # The result is no longer in the history, and the answers are gone.
    page.go_back()
    assert page.url != f"{live_server.url}/resultaat"
    page.goto(f"{live_server.url}/resultaat")
    assert page.url == f"{live_server.url}/"


def test_escape_twice_leaves_too(page, live_server, full_catalogue):
    answer_by_request(page, live_server.url, FIT_ANSWERS)
    page.goto(f"{live_server.url}/overzicht")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url(f"{live_server.url}/weer")
    cookies = {c["name"]: c["value"] for c in page.context.cookies()}
    session_key = cookies.get(settings.SESSION_COOKIE_NAME)
    if session_key:
        from django.contrib.sessions.backends.db import SessionStore

        assert SESSION_KEY not in SessionStore(session_key=session_key).load()


def test_quick_exit_without_javascript(nojs_page, live_server, full_catalogue):
    page = nojs_page
    page.goto(f"{live_server.url}/vraag/om-wie")
    page.check("#antwoord-mental")
    page.locator("#question form button.utrecht-button--primary-action").click()
    page.get_by_role("button", name="Snel weg").click()
    page.wait_for_url(f"{live_server.url}/weer")
    page.goto(f"{live_server.url}/overzicht")
    assert "U heeft nog geen vragen beantwoord." in page.content()


def test_escape_twice_while_typing_a_gemeente_keeps_the_answers(page, live_server, full_catalogue):
    answer_by_request(page, live_server.url, {"concern": "none"})
    page.goto(f"{live_server.url}/vraag/woonplaats")
    page.fill("#antwoord", "Dord")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_timeout(500)
    assert page.url == f"{live_server.url}/vraag/woonplaats"
