"""The stroomschema's decision diagram and the Werkwijze page in a real browser: axe, reflow at
320 px, keyboard scrolling of the drawing, print, and screenshots to look at."""

import pytest

from tests.browser.helpers import (
    FIT_ANSWERS,
    answer_by_request,
    axe_violations,
    describe,
    horizontal_overflow,
)

pytestmark = pytest.mark.django_db(transaction=True)


def assert_accessible(page, what: str) -> None:
    violations = axe_violations(page)
    assert violations == [], f"axe found violations on {what}:\n{describe(violations)}"


def test_stroomschema_without_and_with_a_route_passes_axe(page, live_server, full_catalogue):
    page.goto(f"{live_server.url}/stroomschema")
    assert page.locator("svg.wr-dg__svg").count() == 1
    assert page.locator(".wr-dg__box--path").count() == 0
    assert_accessible(page, "the stroomschema")
    answer_by_request(page, live_server.url, FIT_ANSWERS)
    page.goto(f"{live_server.url}/stroomschema")
    assert page.locator(".wr-dg__box--path[data-leaf='groep-zorg']").count() == 1
    assert_accessible(page, "the stroomschema with a route")


def test_werkwijze_passes_axe(page, live_server, full_catalogue):
    page.goto(f"{live_server.url}/werkwijze")
    assert page.locator("h1").inner_text() == "Werkwijze: begeleiding naar werk"
    assert_accessible(page, "the werkwijze")


@pytest.mark.parametrize("path", ["/stroomschema", "/werkwijze"])
def test_nothing_but_the_drawing_scrolls_sideways_at_320_px(new_page, live_server, full_catalogue, path):
    page = new_page(width=320, height=800)
    answer_by_request(page, live_server.url, FIT_ANSWERS)
    page.goto(f"{live_server.url}{path}")
    assert horizontal_overflow(page) <= 0


def test_the_drawing_scrolls_by_keyboard_at_320_px(new_page, live_server, full_catalogue):
    page = new_page(width=320, height=800)
    page.goto(f"{live_server.url}/stroomschema")
    region = page.locator(".wr-dg")
    assert region.evaluate("el => el.scrollWidth > el.clientWidth")
    region.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    # Keyboard scrolling may be smooth (animated): wait for it rather than read it at once.
    page.wait_for_function("document.querySelector('.wr-dg').scrollLeft > 0", timeout=3000)
    # Natural size: the diagram's text is not shrunk to fit the phone.
    assert page.locator("svg.wr-dg__svg").evaluate("el => el.getBoundingClientRect().width") >= 600


def test_stroomschema_prints_the_drawing_on_the_page_width(new_page, live_server, full_catalogue, tmp_path):
    page = new_page(width=1366, height=768)
    answer_by_request(page, live_server.url, FIT_ANSWERS)
    page.goto(f"{live_server.url}/stroomschema")
    page.emulate_media(media="print")
    svg = page.locator("svg.wr-dg__svg")
    region = page.locator(".wr-dg")
    box = svg.evaluate("el => { const r = el.getBoundingClientRect(); return [r.width, r.height]; }")
    assert box[0] <= region.evaluate("el => el.clientWidth") + 1
    assert region.evaluate("el => el.scrollWidth <= el.clientWidth + 1")
    # One A4 page high at most (250 mm at 96 px per inch), and not squeezed out of proportion.
    assert box[1] <= 250 / 25.4 * 96 + 1
    natural = svg.evaluate("el => el.viewBox.baseVal.width / el.viewBox.baseVal.height")
    assert abs(box[0] / box[1] - natural) < 0.02
    pdf = tmp_path / "stroomschema.pdf"
    page.pdf(path=str(pdf), format="A4")
    assert pdf.stat().st_size > 10_000


@pytest.mark.parametrize(("width", "height"), [(390, 844), (1366, 768)])
def test_screenshots_of_the_stroomschema_and_the_werkwijze(
    new_page, live_server, full_catalogue, artifacts_dir, width, height
):
    page = new_page(width=width, height=height)
    answer_by_request(page, live_server.url, FIT_ANSWERS)
    for name, path in (("stroomschema", "/stroomschema"), ("werkwijze", "/werkwijze")):
        page.goto(f"{live_server.url}{path}")
        target = artifacts_dir / f"{name}-{width}x{height}.png"
        page.screenshot(path=str(target), full_page=True)
        assert target.stat().st_size > 5_000
    # The drawing itself, whole, at natural size (on a phone it is wider than the screen).
    page.goto(f"{live_server.url}/stroomschema")
    drawing = artifacts_dir / f"stroomschema-tekening-{width}x{height}.png"
    page.locator("svg.wr-dg__svg").screenshot(path=str(drawing))
