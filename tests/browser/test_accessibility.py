"""WCAG 2.1 AA in a real browser: axe-core on every public page, keyboard only, reflow."""

import pytest

from tests.browser.helpers import (
    FIT_ANSWERS,
    NEAR_MISS_ANSWERS,
    NO_MATCH_ANSWERS,
    answer_by_request,
    axe_violations,
    describe,
    horizontal_overflow,
)
from triage import flow

pytestmark = pytest.mark.django_db(transaction=True)

def assert_accessible(page, what: str) -> None:
    violations = axe_violations(page)
    assert violations == [], f"axe found violations on {what}:\n{describe(violations)}"


def wait_for_question(page, key: str, voice: flow.Voice = flow.Voice.SELF) -> None:
    question = flow.VOICE_QUESTION if key == flow.VOICE_QUESTION.key else flow.BY_KEY[key]
    page.wait_for_function(
        "(text) => document.querySelector('#question h1') && "
        "document.querySelector('#question h1').textContent.includes(text)",
        arg=flow.worded(question, voice).text[:40],
    )


# The walk as a person makes it: first for whom, then the questions.
FIT_WALK = {flow.VOICE_QUESTION.key: "self", **FIT_ANSWERS}


def walk_questions(answers):
    return [flow.VOICE_QUESTION, *flow.asked_questions(answers)]


def submit(page) -> None:
    page.locator("#question form button.utrecht-button--primary-action").click()


def test_every_question_and_its_error_state_passes_axe(page, live_server, full_catalogue):
    page.goto(f"{live_server.url}/")
    assert_accessible(page, "the start page")
    page.get_by_role("link", name="Start de vragen").click()
    for question in walk_questions(FIT_ANSWERS):
        key, value = question.key, FIT_WALK[question.key]
        wait_for_question(page, key)
        assert_accessible(page, f"question {key}")
        submit(page)  # nothing chosen or typed yet
        page.wait_for_selector(".wr-error-summary")
        assert_accessible(page, f"question {key} with its error")
        if question.kind in {"choice", "provider"}:
            page.check(f"#antwoord-{value}")
        else:
            page.fill("#antwoord", value)
        submit(page)
    page.wait_for_url(f"{live_server.url}/overzicht")
    assert_accessible(page, "the summary")
    page.get_by_role("link", name="Bekijk het advies").click()
    page.wait_for_url(f"{live_server.url}/resultaat")
    assert page.locator(".wr-match--fit").count() > 0
    assert_accessible(page, "the result with fits")


def test_ambiguous_gemeente_question_passes_axe(page, live_server, full_catalogue):
    answer_by_request(page, live_server.url, {"concern": "none"})
    page.goto(f"{live_server.url}/vraag/woonplaats")
    page.fill("#antwoord", "Bergen")
    submit(page)
    page.wait_for_selector("text=Welke plaats bedoelt u?")
    assert_accessible(page, "the ambiguous gemeente question")
    page.check("text=Bergen (Limburg)")
    submit(page)
    wait_for_question(page, "age")
    assert page.locator(".wr-notice").count() == 0  # a gemeente itself: nothing to say


@pytest.mark.parametrize(
    ("answers", "selector", "what"),
    [
        (NEAR_MISS_ANSWERS, ".wr-match--near_miss", "a result with near misses"),
        (NO_MATCH_ANSWERS, ".wr-gap", "a result where nothing fits"),
    ],
)
def test_result_variants_pass_axe(page, live_server, full_catalogue, answers, selector, what):
    answer_by_request(page, live_server.url, answers)
    page.goto(f"{live_server.url}/resultaat")
    assert page.locator(selector).count() > 0, what
    assert_accessible(page, what)


@pytest.mark.parametrize(
    "path",
    [
        "/stroomschema",
        "/catalogus/",
        "/catalogus/?benefit=bijstand&wish=paid_work_now",
        "/catalogus/ips/",
        "/catalogus/werk-als-beste-zorg/",
        "/catalogus/vip-amsterdam/",
        # The catalogue in English, and an ended programme whose texts have no English (Dutch, marked).
        "/en/catalogus/",
        "/en/catalogus/werk-als-beste-zorg/",
        "/en/catalogus/vip-amsterdam/",
        "/privacy",
        "/toegankelijkheid",
        "/deze-pagina-bestaat-niet",
    ],
)
def test_public_pages_pass_axe(page, live_server, full_catalogue, path):
    page.goto(f"{live_server.url}{path}")
    assert_accessible(page, path)


def test_stroomschema_with_own_path_passes_axe(page, live_server, full_catalogue):
    answer_by_request(page, live_server.url, FIT_ANSWERS)
    page.goto(f"{live_server.url}/stroomschema")
    assert page.locator(".wr-flow__mine").count() == len(FIT_ANSWERS)
    assert_accessible(page, "the stroomschema with answers")


FOCUS_ON_QUESTION = "document.activeElement && document.activeElement.hasAttribute('data-focus-after-swap')"
FOCUS_VISIBLE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return false;
  const style = getComputedStyle(el);
  return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
}"""


def tab_to(page, predicate_js: str, limit: int = 40, backwards: bool = False) -> None:
    """Press Tab until the focused element matches; every stop must show visible focus."""
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        focused = page.evaluate("document.activeElement.outerHTML")[:200]
        assert page.evaluate(FOCUS_VISIBLE), f"no visible focus on {focused}"
        if page.evaluate(f"() => {{ const el = document.activeElement; return {predicate_js}; }}"):
            return
    raise AssertionError(f"could not reach {predicate_js} with the keyboard")


def test_keyboard_only_walk_reaches_a_result_with_focus_on_each_question(page, live_server, full_catalogue):
    page.goto(f"{live_server.url}/")
    tab_to(page, "el.textContent.trim() === 'Start de vragen'")
    page.keyboard.press("Enter")
    for index, question in enumerate(walk_questions(FIT_ANSWERS)):
        wait_for_question(page, question.key)
        if index > 0:
            # After the htmx swap settles, focus is on the new question's heading.
            page.wait_for_function(FOCUS_ON_QUESTION)
        if question.kind in {"choice", "provider"}:
            tab_to(page, "el.name === 'answer' && el.type === 'radio'")
            page.keyboard.press("Space")
            assert page.evaluate("document.activeElement.checked")
        else:
            tab_to(page, "el.id === 'antwoord'")
            page.keyboard.type(FIT_WALK[question.key])
        tab_to(page, "el.classList.contains('utrecht-button--primary-action')")
        page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/overzicht")
    tab_to(page, "el.textContent.trim() === 'Bekijk het advies'")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/resultaat")
    # (the page also holds the printed handout, with its own h1, hidden on screen)
    assert page.get_by_role("heading", level=1, name="Uw advies: trajecten naar werk").is_visible()
    # and back again with Shift+Tab to the skip link's target area works too
    tab_to(page, "el.classList.contains('wr-logo')", backwards=True, limit=200)


def test_vorige_with_htmx_keeps_the_answer_and_moves_focus(page, live_server, full_catalogue):
    page.goto(f"{live_server.url}/vraag/om-wie")
    page.check("#antwoord-none")
    submit(page)
    wait_for_question(page, "situation")
    page.get_by_role("link", name="Vorige vraag").click()
    wait_for_question(page, "concern")
    assert page.is_checked("#antwoord-none")
    page.wait_for_function(FOCUS_ON_QUESTION)
    page.wait_for_url(f"{live_server.url}/vraag/om-wie")


def test_answering_and_vorige_are_htmx_swaps_of_the_data_hx_attributes_not_page_loads(
    page, live_server, full_catalogue
):
    page.goto(f"{live_server.url}/vraag/om-wie")
    assert page.locator("#question form[data-hx-post]").count() == 1
    page.evaluate("window.__samePage = true")
    requests = []
    page.on("request", lambda request: requests.append((request.method, request.headers.get("hx-request"))))
    page.check("#antwoord-none")
    submit(page)
    wait_for_question(page, "situation")
    page.get_by_role("link", name="Vorige vraag").click()
    wait_for_question(page, "concern")
    assert page.evaluate("window.__samePage") is True  # the document was never replaced
    assert ("POST", "true") in requests
    assert ("GET", "true") in requests


def test_skip_link_is_first_and_moves_to_main_content(page, live_server, full_catalogue):
    page.goto(f"{live_server.url}/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#inhoud"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"


def test_walk_without_javascript_reaches_the_result(nojs_page, live_server, full_catalogue):
    page = nojs_page
    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name="Start de vragen").click()
    for question in walk_questions(FIT_ANSWERS):
        page.wait_for_url(f"{live_server.url}/vraag/{question.slug}")
        value = FIT_WALK[question.key]
        if question.kind in {"choice", "provider"}:
            page.check(f"#antwoord-{value}")
        else:
            page.fill("#antwoord", value)
        page.locator("form button.utrecht-button--primary-action").click()
    page.wait_for_url(f"{live_server.url}/overzicht")
    page.get_by_role("link", name="Bekijk het advies").click()
    page.wait_for_url(f"{live_server.url}/resultaat")
    assert "Werk als Beste Zorg" in page.content()


def test_error_without_javascript_is_shown_and_summarised(nojs_page, live_server, full_catalogue):
    page = nojs_page
    page.goto(f"{live_server.url}/vraag/om-wie")
    page.locator("form button.utrecht-button--primary-action").click()
    assert page.locator(".wr-error-summary a").inner_text() == flow.BY_KEY["concern"].missing
    assert page.title().startswith("Fout:")


REFLOW_PAGES = [
    "/", "/vraag/om-wie", "/resultaat", "/overzicht", "/stroomschema", "/catalogus/", "/catalogus/ips/",
]


def test_nothing_scrolls_sideways_at_320_px_or_200_percent_zoom(new_page, live_server, full_catalogue):
    for width, scale in ((320, 1), (640, 2)):
        page = new_page(width=width, height=800)
        answer_by_request(page, live_server.url, FIT_ANSWERS)
        for path in REFLOW_PAGES:
            page.goto(f"{live_server.url}{path}")
            assert horizontal_overflow(page) <= 0, f"{path} scrolls sideways at {width}px ({scale}x)"


SCREENSHOT_PAGES = {
    "start": "/", "vraag": "/vraag/uitkering", "resultaat": "/resultaat", "catalogus": "/catalogus/",
}


def test_screenshots_at_phone_and_desktop_size(new_page, live_server, full_catalogue, artifacts_dir):
    for width in (360, 1280):
        page = new_page(width=width, height=800)
        answer_by_request(page, live_server.url, FIT_ANSWERS)
        for name, path in SCREENSHOT_PAGES.items():
            page.goto(f"{live_server.url}{path}")
            target = artifacts_dir / f"{name}-{width}x800.png"
            page.screenshot(path=str(target), full_page=True)
            assert target.stat().st_size > 5_000
