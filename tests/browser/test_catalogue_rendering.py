"""The catalogue's first long task (issue 15): cards off screen are not styled or laid out at load
(content-visibility: auto), only when they come near the screen; printed, every card is there."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

# The card itself is not skipped; what is inside it is, until it comes near the screen.
SKIPPED = "(card) => !card.querySelector('h3').checkVisibility({contentVisibilityAuto: true})"


def test_cards_off_screen_are_laid_out_only_when_they_come_near(new_page, live_server, full_catalogue):
    page = new_page(width=412, height=823)
    page.goto(f"{live_server.url}/catalogus/")
    cards = page.locator(".wr-programme-list > .wr-programme")
    assert cards.count() >= 10
    last = cards.last
    assert last.evaluate(SKIPPED) is True
    last.scroll_into_view_if_needed()
    page.wait_for_function(f"(card) => !({SKIPPED})(card)", arg=last.element_handle())
    assert last.evaluate(SKIPPED) is False
    assert last.locator("h3").inner_text()  # the text is there for find-in-page and screen readers all along


def test_printed_the_catalogue_lays_out_every_card(new_page, live_server, full_catalogue):
    page = new_page(width=412, height=823)
    page.goto(f"{live_server.url}/catalogus/")
    page.emulate_media(media="print")
    visibility = page.locator(".wr-programme-list > .wr-programme").evaluate_all(
        "(cards) => cards.map((card) => getComputedStyle(card).contentVisibility)"
    )
    assert set(visibility) == {"visible"}
