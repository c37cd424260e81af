"""Werkroute in English in a real browser (issue 16, "Done when"): from the start to the result,
with and without JavaScript, axe finding nothing on any page; the language switch in the middle of
the wizard keeps every answer. Screenshots go to test-artifacts/screenshots/."""

import pytest

from tests.browser.helpers import axe_violations, describe, horizontal_overflow

pytestmark = pytest.mark.django_db(transaction=True)

# A Yulius client in Dordrecht: every question is asked.
WALK = [
    ("om-wie", "mental"), ("zorg", "specialist_ggz"), ("ggz-instelling", "yulius"), ("ernst", "severe"),
    ("werksituatie", "job_seeking"), ("uitkering", "bijstand"), ("wens", "paid_work_now"),
    ("woonplaats", "Dordrecht"), ("leeftijd", "35"),
]
TYPED = {"woonplaats", "leeftijd"}


def assert_accessible(page, what: str, checker=None) -> None:
    """axe on the page; a page without JavaScript is checked as served, in a second tab with the same
    session (axe itself needs JavaScript)."""
    if checker is not None:
        checker.context.add_cookies(page.context.cookies())
        checker.goto(page.url)
        page = checker
    violations = axe_violations(page)
    assert violations == [], f"axe found violations on {what}:\n{describe(violations)}"


def give(page, slug: str, value: str, *, javascript: bool, last: bool = False) -> None:
    """Answer the question on screen. After the last one the summary is a whole new page (htmx is
    told to load it), so then the caller waits for its address instead."""
    heading = page.locator("h1").inner_text()
    if slug in TYPED:
        page.fill("#antwoord", value)
    else:
        page.check(f"#antwoord-{value}")
    page.locator("#question form button.utrecht-button--primary-action").click()
    if last:
        return
    if javascript:  # htmx swaps the next question in
        # innerText on both sides: a typed question's h1 holds a label, so its textContent has the
        # template's whitespace and never equals inner_text(), which would not wait at all.
        page.wait_for_function("(old) => document.querySelector('#question h1') && "
                               "document.querySelector('#question h1').innerText !== old", arg=heading)
    else:
        page.wait_for_load_state()


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_a_walk_in_english_from_the_start_to_the_result_passes_axe(
    new_page, live_server, full_catalogue, artifacts_dir, javascript
):
    page = new_page(javascript=javascript, width=390, height=844)
    checker = None if javascript else new_page(width=390, height=844)
    page.goto(f"{live_server.url}/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert_accessible(page, "the English start page", checker)
    page.get_by_role("link", name="Start the questions").click()
    page.wait_for_url(f"{live_server.url}/en/vraag/voor-wie")
    assert page.locator("h1").inner_text() == "Are you filling this in for yourself or for someone else?"
    assert_accessible(page, "the voice question", checker)
    give(page, "voor-wie", "self", javascript=javascript)
    for slug, value in WALK:
        assert page.locator("html").get_attribute("lang") == "en"
        assert_accessible(page, f"the question {slug}", checker)
        assert horizontal_overflow(page) <= 0
        give(page, slug, value, javascript=javascript, last=slug == WALK[-1][0])
    page.wait_for_url(f"{live_server.url}/en/overzicht", timeout=20_000)
    assert page.locator("h1").inner_text() == "Check your answers"
    assert_accessible(page, "the summary", checker)
    page.get_by_role("link", name="See the advice").click()
    page.wait_for_url(f"{live_server.url}/en/resultaat")
    assert page.locator("h1").inner_text() == "Your advice: programmes towards work"
    assert "What can you do now?" in page.locator("main").inner_text()
    assert_accessible(page, "the result", checker)
    page.screenshot(path=str(artifacts_dir / f"english-result-{'js' if javascript else 'nojs'}.png"),
                    full_page=True)


def test_switching_language_in_the_middle_of_the_wizard_keeps_every_answer(
    new_page, live_server, full_catalogue, artifacts_dir
):
    page = new_page(width=1366, height=768)
    page.goto(f"{live_server.url}/en/vraag/voor-wie")
    give(page, "voor-wie", "self", javascript=True)
    for slug, value in WALK[:6]:
        give(page, slug, value, javascript=True)
    # The question came in by htmx: the header's switch came along and leads to this question.
    switch = page.locator("#taal a")
    assert switch.get_attribute("href") == "/vraag/wens"
    switch.click()
    page.wait_for_url(f"{live_server.url}/vraag/wens")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator("h1").inner_text() == "Waar wilt u vooral hulp bij?"
    page.goto(f"{live_server.url}/overzicht")
    dutch = page.locator("main").inner_text()
    assert "Bijstand (gemeente, Participatiewet)" in dutch
    assert "Yulius" in dutch
    page.locator("#taal a").click()
    page.wait_for_url(f"{live_server.url}/en/overzicht")
    english = page.locator("main").inner_text()
    for words in ["Mental health problems or a mental illness", "Yulius", "Looking for work (no job now)",
                  "Bijstand (social assistance from the gemeente, Participatiewet)"]:
        assert words in english
    assert_accessible(page, "the English summary after switching twice")
    page.screenshot(path=str(artifacts_dir / "english-summary-after-switch.png"), full_page=True)


@pytest.mark.parametrize("path", ["/en/woordenlijst", "/en/privacy", "/en/stroomschema", "/en/catalogus/",
                                  "/en/catalogus/ips/", "/en/werkwijze"])
def test_the_other_english_pages_pass_axe(page, live_server, full_catalogue, path):
    page.goto(f"{live_server.url}{path}")
    assert page.locator("html").get_attribute("lang") == "en"
    assert_accessible(page, path)
