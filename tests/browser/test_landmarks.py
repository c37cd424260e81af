"""axe's best-practice rules for landmarks and headings, which the WCAG-tagged run leaves out: all content,
the quick-exit hint included, inside a landmark ("region"); one h1 and no skipped level ("heading-order");
on every page with the quick exit, a question in its error state (with and without htmx) among them."""

import pytest

from tests.browser.helpers import FIT_ANSWERS, answer_by_request, describe

pytestmark = pytest.mark.django_db(transaction=True)

RULES = ["region", "heading-order", "page-has-heading-one", "landmark-one-main", "landmark-unique",
         "landmark-complementary-is-top-level", "landmark-no-duplicate-main"]


def best_practice_violations(page) -> list[dict]:
    from tests.browser.helpers import AXE

    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    return page.evaluate(
        "async (rules) => (await axe.run(document, {runOnly: {type: 'rule', values: rules}, "
        "resultTypes: ['violations']})).violations",
        RULES,
    )


def assert_clean(page, what: str) -> None:
    violations = best_practice_violations(page)
    assert violations == [], f"axe found on {what}:\n{describe(violations)}"


def test_the_quick_exit_hint_is_inside_a_landmark_on_every_page_with_it(page, live_server, full_catalogue):
    page.goto(f"{live_server.url}/")
    assert page.get_by_role("complementary", name="Deze site snel verlaten").count() == 1
    assert page.locator("aside.wr-quick-exit #snel-weg-uitleg").count() == 1
    assert_clean(page, "the start page")
    page.goto(f"{live_server.url}/stroomschema")
    assert_clean(page, "the stroomschema")
    answer_by_request(page, live_server.url, FIT_ANSWERS)
    for path in ("/overzicht", "/resultaat", "/vraag/leeftijd"):
        page.goto(f"{live_server.url}{path}")
        assert page.locator("aside.wr-quick-exit").count() == 1, path
        assert_clean(page, path)


@pytest.mark.parametrize("javascript", [True, False])
def test_a_questions_error_summary_comes_after_its_h1(new_page, live_server, full_catalogue, javascript):
    page = new_page(javascript=javascript)
    for slug in ("om-wie", "woonplaats", "leeftijd"):
        page.goto(f"{live_server.url}/vraag/{slug}")
        page.locator("#question form button.utrecht-button--primary-action").click()
        page.wait_for_selector(".wr-error-summary")
        order = page.evaluate(
            "() => [...document.querySelectorAll('h1, h2')].map(h => h.tagName)"
        )
        assert order[:2] == ["H1", "H2"], (slug, order)
        if javascript:  # axe is a script: without JavaScript only the order is read
            assert_clean(page, f"the error state of {slug}")
