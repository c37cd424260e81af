"""The catalogue's map in a real browser: axe, keyboard, reflow, the CSP, and screenshots to look at."""

import pytest

from tests.browser.helpers import axe_violations, describe, horizontal_overflow

pytestmark = pytest.mark.django_db(transaction=True)

SUMMARY = ".wr-map-details > summary"


def open_map(page, url: str) -> None:
    page.goto(url)
    page.locator(SUMMARY).click()
    page.wait_for_selector(".wr-map__svg", state="visible")


@pytest.mark.parametrize("query", ["", "?kind=ips", "?kind=ips&municipality=Dordrecht"])
def test_catalogue_with_the_map_open_passes_axe(page, live_server, full_catalogue, query):
    open_map(page, f"{live_server.url}/catalogus/{query}")
    assert page.locator(".wr-map__svg a[data-region]").count() == 35
    violations = axe_violations(page)
    assert violations == [], f"axe found violations on the map ({query}):\n{describe(violations)}"


def test_a_region_is_reached_by_keyboard_with_visible_focus_and_opens_the_list_there(
    page, live_server, full_catalogue
):
    open_map(page, f"{live_server.url}/catalogus/?kind=ips")
    page.locator(SUMMARY).focus()
    page.keyboard.press("Tab")  # the first region of the map
    focused = page.evaluate("document.activeElement.getAttribute('data-region')")
    assert focused == "AM01"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    stroke = page.evaluate("getComputedStyle(document.activeElement.querySelector('path')).strokeWidth")
    assert outline == "solid"
    assert float(stroke.removesuffix("px")) >= 3
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/catalogus/?kind=ips&region=AM01")
    assert page.locator("#id_region").input_value() == "AM01"


def test_changing_a_filter_with_htmx_updates_the_open_map(page, live_server, full_catalogue):
    open_map(page, f"{live_server.url}/catalogus/")
    before = page.locator("[data-region=AM01]").get_attribute("aria-label")
    page.select_option("#id_kind", "ips")
    page.wait_for_url(f"{live_server.url}/catalogus/?*kind=ips*")
    page.wait_for_function(
        "(before) => document.querySelector('[data-region=AM01]').getAttribute('aria-label') !== before",
        arg=before,
    )
    assert page.locator(".wr-map-details").evaluate("details => details.open")
    assert page.locator("[data-region=AM01]").get_attribute("aria-label") == "Groningen: 1 traject"  # IPS
    assert page.locator(".wr-map__svg a[data-region]").count() == 35


def test_the_map_needs_nothing_the_content_security_policy_forbids(
    playwright_browser, live_server, full_catalogue
):
    context = playwright_browser.new_context(viewport={"width": 1366, "height": 768})  # CSP enforced
    page = context.new_page()
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    open_map(page, f"{live_server.url}/catalogus/?kind=ips")
    fill = page.evaluate("getComputedStyle(document.querySelector('[data-region=AM01] path')).fill")
    context.close()
    assert errors == []
    assert fill.startswith("url(")  # the pattern, not black: the SVG attributes were applied


def test_with_the_map_open_nothing_scrolls_sideways_at_320_px(new_page, live_server, full_catalogue):
    page = new_page(width=320, height=800)
    open_map(page, f"{live_server.url}/catalogus/")
    assert horizontal_overflow(page) <= 0


@pytest.mark.parametrize(("width", "height"), [(390, 844), (1366, 768)])
def test_screenshots_of_the_map(new_page, live_server, full_catalogue, artifacts_dir, width, height):
    page = new_page(width=width, height=height)
    open_map(page, f"{live_server.url}/catalogus/?kind=ips")
    page.locator(".wr-map-details").scroll_into_view_if_needed()
    page.mouse.move(0, 0)  # no region under the pointer: what is drawn is the data, not a hover
    for name, target in (
        ("kaart", page.locator(".wr-map-details")),
        ("kaart-pagina", None),
    ):
        path = artifacts_dir / f"{name}-{width}x{height}.png"
        if target is None:
            page.screenshot(path=str(path), full_page=True)
        else:
            target.screenshot(path=str(path))
        assert path.stat().st_size > 5_000
    # Without filters: every region has some programmes (the national ones), in three ranges.
    open_map(page, f"{live_server.url}/catalogus/")
    page.mouse.move(0, 0)
    page.locator(".wr-map").screenshot(path=str(artifacts_dir / f"kaart-alles-{width}x{height}.png"))
    open_map(page, f"{live_server.url}/catalogus/?kind=ips")
    page.mouse.move(0, 0)
    # Keyboard focus on a region, as someone tabbing through sees it.
    page.locator(SUMMARY).focus()
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('data-region')") == "AM23":
            break
    focus = artifacts_dir / f"kaart-focus-{width}x{height}.png"
    page.locator(".wr-map__figure").screenshot(path=str(focus))
