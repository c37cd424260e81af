"""Snel weg in a real browser: with and without JavaScript, with a stale CSRF token, Back
afterwards showing no answer, the Shift shortcut, and the sticky button on a phone."""

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client

from tests.browser.helpers import FIT_ANSWERS, answer_by_request, axe_violations, describe
from tests.factories import make_professional

pytestmark = pytest.mark.django_db(transaction=True)


def stale_csrf_token(page, base_url: str) -> None:
    """As after a login in another tab: the cookie's token no longer matches the page's."""
    page.context.add_cookies([{"name": settings.CSRF_COOKIE_NAME, "value": "s" * 32, "url": base_url}])


def session_cookie(page) -> str | None:
    return {c["name"]: c["value"] for c in page.context.cookies()}.get(settings.SESSION_COOKIE_NAME)


def answer_in_the_page(page, base_url: str) -> None:
    """A person answering the first questions in the page itself (htmx with JavaScript, form
    posts without), ending on the age question with the gemeente typed on the way."""
    page.goto(f"{base_url}/vraag/om-wie")
    steps = [("#antwoord-none", None), ("#antwoord-job_seeking", None), ("#antwoord-bijstand", None),
             ("#antwoord-paid_work_now", None), ("#antwoord", "Dordrecht")]
    for selector, text in steps:
        heading = page.locator("#question h1").inner_text()
        if text is None:
            page.check(selector)
        else:
            page.fill(selector, text)
        page.locator("#question form button.utrecht-button--primary-action").click()
        page.wait_for_function("(before) => document.querySelector('#question h1') && "
                               "document.querySelector('#question h1').innerText !== before", arg=heading)
    assert page.url == f"{base_url}/vraag/leeftijd"


def nothing_remembered_going_back(page, base_url: str, *, javascript: bool) -> list[str]:
    """Go Back through the wizard's pages; every question shows empty (no radio, no gemeente)."""
    seen = []
    loads = []
    page.on("load", lambda _page: loads.append(1))
    for _ in range(6):
        before = page.url
        if javascript:
            # Playwright's go_back loses the page when an htmx history entry is loaded anew. The
            # delay lets evaluate() return before the page goes (else "execution context destroyed").
            loaded = len(loads)
            page.evaluate("window.setTimeout(() => history.back(), 100)")
            page.wait_for_url(lambda url, before=before: url != before)
            # htmx keeps no history (historyCacheSize 0): Back changes the address at once, then
            # loads the page anew. Wait for that load, not only for the address, or the next step
            # runs in a page that is about to go ("execution context was destroyed").
            for _ in range(200):
                if len(loads) > loaded:
                    break
                page.wait_for_timeout(50)
            page.wait_for_load_state()
        else:
            page.go_back()
        if "/vraag/" not in page.url:
            break
        seen.append(page.url.removeprefix(base_url))
        if page.locator("#question").count():
            assert page.locator("#question input[type=radio]:checked").count() == 0, page.url
            for field in page.locator("#question input[type=text]").all():
                assert field.input_value() == "", page.url
    return seen


def test_quick_exit_with_javascript_and_a_stale_token_forgets_everything_and_back_shows_nothing(
    page, live_server, full_catalogue, artifacts_dir,
):
    base = live_server.url
    answer_in_the_page(page, base)
    old_key = session_cookie(page)
    assert Session.objects.filter(session_key=old_key).exists()
    stale_csrf_token(page, base)
    assert page.locator(".wr-quick-exit__keys").is_visible()
    page.get_by_role("button", name="Snel weg").click()
    page.wait_for_url(f"{base}/weer")
    assert page.title() == "Het weer"
    violations = axe_violations(page)
    assert violations == [], describe(violations)
    assert not Session.objects.filter(session_key=old_key).exists()
    assert session_cookie(page) is None
    # The page where the exit was pressed is no longer in the history; earlier ones show nothing.
    seen = nothing_remembered_going_back(page, base, javascript=True)
    assert "/vraag/leeftijd" not in seen
    assert "/vraag/woonplaats" in seen
    page.goto(f"{base}/overzicht")
    assert "U heeft nog geen vragen beantwoord." in page.content()


def test_quick_exit_without_javascript_and_a_stale_token_forgets_everything_and_back_shows_nothing(
    nojs_page, live_server, full_catalogue,
):
    page, base = nojs_page, live_server.url
    answer_in_the_page(page, base)
    old_key = session_cookie(page)
    stale_csrf_token(page, base)
    page.get_by_role("button", name="Snel weg").click()
    page.wait_for_url(f"{base}/weer")
    assert page.title() == "Het weer"
    assert not Session.objects.filter(session_key=old_key).exists()
    assert session_cookie(page) is None
    seen = nothing_remembered_going_back(page, base, javascript=False)
    assert "/vraag/woonplaats" in seen  # the typed gemeente does not come back
    assert "/vraag/om-wie" in seen  # nor the radios
    page.goto(f"{base}/overzicht")
    assert "U heeft nog geen vragen beantwoord." in page.content()


@pytest.mark.parametrize(("prefix", "two_more", "one_more"), [
    ("", "Druk nog 2 keer op Shift om deze site te verlaten.",
     "Druk nog 1 keer op Shift om deze site te verlaten."),
    # English, with its plural
    ("/en", "Press Shift 2 more times to leave this site.", "Press Shift 1 more time to leave this site."),
], ids=["nl", "en"])
def test_shift_pressed_three_times_leaves_counting_down_in_the_pages_language(
    page, live_server, full_catalogue, prefix, two_more, one_more,
):
    base = live_server.url
    answer_by_request(page, base, FIT_ANSWERS)
    page.goto(f"{base}{prefix}/overzicht")
    old_key = session_cookie(page)
    page.keyboard.press("Shift")
    assert page.get_by_role("status").inner_text() == two_more
    page.keyboard.press("Shift")
    assert page.get_by_role("status").inner_text() == one_more
    page.keyboard.press("Shift")
    page.wait_for_url(f"{base}/weer")
    assert not Session.objects.filter(session_key=old_key).exists()


def test_typing_capitals_and_escape_never_leave(page, live_server, full_catalogue):
    base = live_server.url
    answer_by_request(page, base, {"concern": "none", "situation": "job_seeking", "benefit": "bijstand",
                                   "wish": "paid_work_now"})
    page.goto(f"{base}/vraag/woonplaats")
    page.locator("#antwoord").press_sequentially("Den Haag")
    for key in ("Shift+D", "Shift+H", "Shift+A", "Escape", "Escape", "Escape"):
        page.keyboard.press(key)
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("a")  # another key in between: the count starts again
    page.keyboard.press("Shift")
    page.wait_for_timeout(400)
    assert page.url == f"{base}/vraag/woonplaats"


def log_in(page, base_url: str, user) -> None:
    client = Client()
    client.force_login(user)
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME,
                               "value": client.cookies[settings.SESSION_COOKIE_NAME].value, "url": base_url}])


def test_the_shortcut_asks_a_logged_in_professional_first(page, live_server, full_catalogue):
    base = live_server.url
    log_in(page, base, make_professional())
    answer_by_request(page, base, FIT_ANSWERS)
    page.goto(f"{base}/resultaat")
    key = session_cookie(page)
    questions = []

    def answer(dialog, accept):
        questions.append(dialog.message)
        dialog.accept() if accept else dialog.dismiss()

    page.once("dialog", lambda dialog: answer(dialog, accept=False))
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_timeout(400)
    assert page.url == f"{base}/resultaat"  # "Annuleren": the intake stays
    assert questions
    assert questions[0].startswith("U bent ingelogd.")
    assert Session.objects.filter(session_key=key).exists()
    page.once("dialog", lambda dialog: answer(dialog, accept=True))
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(f"{base}/weer")
    assert not Session.objects.filter(session_key=key).exists()


def test_the_button_is_the_first_thing_after_the_skip_link(page, live_server, full_catalogue):
    base = live_server.url
    answer_by_request(page, base, FIT_ANSWERS)
    page.goto(f"{base}/resultaat")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Direct naar de inhoud"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Snel weg"
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}/weer")


def test_the_button_stays_in_view_on_a_phone_sized_result_page(new_page, live_server, full_catalogue,
                                                               artifacts_dir):
    base = live_server.url
    page = new_page(width=390, height=844)
    answer_by_request(page, base, FIT_ANSWERS)
    page.goto(f"{base}/resultaat")
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height > 3 * 844  # a long page: the button would be far off-screen if it scrolled away
    button = page.get_by_role("button", name="Snel weg")
    bar_height = page.locator(".wr-quick-exit").bounding_box()["height"]
    assert bar_height <= 110, bar_height  # a low bar, leaving the page its room
    page.screenshot(path=str(artifacts_dir / "snel-weg-resultaat-390-boven.png"))
    for fraction in (0.5, 1.0):
        page.evaluate(f"window.scrollTo(0, {fraction} * document.documentElement.scrollHeight)")
        page.wait_for_timeout(100)
        box = button.bounding_box()
        assert box is not None
        assert box["y"] >= 0, (fraction, box)
        assert box["y"] + box["height"] <= 844, (fraction, box)
        assert button.is_visible()
    page.screenshot(path=str(artifacts_dir / "snel-weg-resultaat-390-onder.png"))
    # Focus moved to something far down is not hidden under the bar.
    last_link = page.locator("main a").last
    last_link.focus()
    link_box = last_link.bounding_box()
    assert link_box["y"] >= bar_height - 1
    button.click()
    page.wait_for_url(f"{base}/weer")


def failed_answer(page, url: str, failure):
    """Answer the first question with the answer's POST failing as `failure` (a status, or the
    connection aborted); the alert that says so."""
    page.goto(url)

    def fail(route):
        if failure == "abort":
            route.abort()
        else:
            route.fulfill(status=failure, body="nee", content_type="text/html")

    page.route(f"{url}/antwoord", fail)
    page.check("#antwoord-mental")
    page.locator("#question form button.utrecht-button--primary-action").click()
    alert = page.locator("[data-swap-error]")
    alert.wait_for()
    return alert


@pytest.mark.parametrize(
    ("failure", "message"),
    [
        (503, "Werkroute is even niet beschikbaar."),
        (403, "Deze pagina is verlopen"),
        (500, "Werkroute is even niet beschikbaar."),
        ("abort", "Werkroute is niet bereikbaar."),
    ],
)
def test_a_failed_htmx_swap_says_so_in_dutch_in_place(page, live_server, full_catalogue, failure, message):
    base = live_server.url
    alert = failed_answer(page, f"{base}/vraag/om-wie", failure)
    assert message in alert.inner_text()
    assert alert.get_attribute("role") == "alert"
    assert alert.get_by_role("link", name="Pagina opnieuw laden").get_attribute("href") == page.url
    assert page.locator("#question").count() == 1  # the question stays, with the person's choice
    assert page.locator("#antwoord-mental").is_checked()
    page.unroute(f"{base}/vraag/om-wie/antwoord")
    page.locator("#question form button.utrecht-button--primary-action").click()
    page.wait_for_url(f"{base}/vraag/zorg")
    assert page.locator("[data-swap-error]").count() == 0


@pytest.mark.parametrize(
    ("failure", "message"),
    [
        (503, "Werkroute is not available right now. Try again in a minute."),
        (429, "That happened too often in a row."),
        (418, "Something went wrong. Reload the page and try again."),
        ("abort", "Werkroute cannot be reached."),
    ],
)
def test_a_failed_htmx_swap_says_so_in_english_on_an_english_page(page, live_server, full_catalogue, failure,
                                                                 message):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    alert = failed_answer(page, f"{live_server.url}/en/vraag/om-wie", failure)
    assert message in alert.inner_text()
    assert alert.get_by_role("link", name="Reload the page").get_attribute("href") == page.url
    assert errors == []
