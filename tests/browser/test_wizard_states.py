"""The wizard's new states in a real browser: the voice question, a typo in the gemeente ("Bedoelt u
…?"), a woonplaats taken for its gemeente, a name in more than one gemeente; with and without
JavaScript, at a phone's and a laptop's size. Screenshots go to test-artifacts/screenshots/."""

import pytest

from tests.browser.helpers import answer_by_request, axe_violations, describe, horizontal_overflow

pytestmark = pytest.mark.django_db(transaction=True)

SIZES = [(390, 844), (1366, 768)]
FOCUS_ON_QUESTION = "document.activeElement && document.activeElement.hasAttribute('data-focus-after-swap')"


def assert_accessible(page, what: str) -> None:
    violations = axe_violations(page)
    assert violations == [], f"axe found violations on {what}:\n{describe(violations)}"


def shoot(page, artifacts_dir, name: str, width: int, height: int) -> None:
    target = artifacts_dir / f"wizard-{name}-{width}x{height}.png"
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 5_000


def submit(page) -> None:
    page.locator("#question form button.utrecht-button--primary-action").click()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_voice_question_passes_axe_and_leads_on(new_page, live_server, full_catalogue, artifacts_dir,
                                                    width, height):
    page = new_page(width=width, height=height)
    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name="Start de vragen").click()
    page.wait_for_url(f"{live_server.url}/vraag/voor-wie")
    assert page.locator("h1").inner_text() == "Vult u dit in voor uzelf of voor iemand anders?"
    assert page.locator(".wr-progress-text").inner_text() == "Voordat u begint"
    assert_accessible(page, "the voice question")
    assert horizontal_overflow(page) <= 0
    shoot(page, artifacts_dir, "voor-wie", width, height)
    page.check("#antwoord-other")
    submit(page)
    page.wait_for_function("document.querySelector('#question h1').textContent.includes('de cliënt')")
    page.wait_for_function(FOCUS_ON_QUESTION)
    assert page.locator(".wr-progress-text").inner_text() == "Deel 1 van 3: Gezondheid en zorg"
    assert_accessible(page, "the first question about de cliënt")


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_a_typo_offers_bedoelt_u_with_a_button_and_passes_axe(new_page, live_server, full_catalogue,
                                                              artifacts_dir, width, height):
    page = new_page(width=width, height=height)
    answer_by_request(page, live_server.url, {"concern": "none"})
    page.goto(f"{live_server.url}/vraag/woonplaats")
    page.fill("#antwoord", "Dordrect")
    submit(page)
    page.wait_for_selector("#suggesties")
    page.wait_for_function(FOCUS_ON_QUESTION)  # the swapped question has focus again
    assert page.locator("#suggesties").inner_text() == "Bedoelt u Dordrecht?"
    assert "Bedoelt u Dordrecht?" in page.locator(".wr-error-summary").inner_text()
    assert page.locator("#antwoord").get_attribute("aria-invalid") == "true"
    assert_accessible(page, "the gemeente question with a suggestion")
    assert horizontal_overflow(page) <= 0
    shoot(page, artifacts_dir, "typfout", width, height)
    page.get_by_role("button", name="Ja, Dordrecht").click()
    page.wait_for_url(f"{live_server.url}/vraag/leeftijd")
    page.wait_for_function("document.querySelector('#question h1').textContent.includes('Hoe oud')")


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_a_woonplaats_is_said_back_with_its_gemeente(new_page, live_server, full_catalogue, artifacts_dir,
                                                     width, height):
    page = new_page(width=width, height=height)
    answer_by_request(page, live_server.url, {"concern": "none"})
    page.goto(f"{live_server.url}/vraag/woonplaats")
    page.fill("#antwoord", "Hoofddorp")
    submit(page)
    page.wait_for_selector(".wr-notice")
    assert page.locator(".wr-notice").inner_text() == "Hoofddorp ligt in de gemeente Haarlemmermeer."
    assert_accessible(page, "the question after a woonplaats")
    shoot(page, artifacts_dir, "woonplaats-gemeente", width, height)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_a_name_in_two_gemeenten_asks_which_one(new_page, live_server, full_catalogue, artifacts_dir,
                                                width, height):
    page = new_page(width=width, height=height)
    answer_by_request(page, live_server.url, {"concern": "none"})
    page.goto(f"{live_server.url}/vraag/woonplaats")
    page.fill("#antwoord", "Hengelo")
    submit(page)
    page.wait_for_selector("text=Welke plaats bedoelt u?")
    labels = page.locator("#question fieldset label").all_inner_texts()
    assert labels == ["Hengelo (Overijssel)", "Hengelo (Gelderland), gemeente Bronckhorst"]
    assert_accessible(page, "the question asking which Hengelo")
    shoot(page, artifacts_dir, "welke-plaats", width, height)
    page.get_by_label("Hengelo (Gelderland), gemeente Bronckhorst").check()
    submit(page)
    page.wait_for_selector(".wr-notice")
    assert page.locator(".wr-notice").inner_text() == "Hengelo (Gelderland) ligt in de gemeente Bronckhorst."


def test_benefit_hints_on_a_phone(new_page, live_server, full_catalogue, artifacts_dir):
    page = new_page(width=390, height=844)
    page.goto(f"{live_server.url}/vraag/uitkering")
    assert page.locator(".wr-option__hint").count() == 9
    assert_accessible(page, "the benefit question with hints")
    assert horizontal_overflow(page) <= 0
    shoot(page, artifacts_dir, "uitkering", 390, 844)


def test_the_typo_button_and_the_choice_work_without_javascript(nojs_page, live_server, full_catalogue):
    page = nojs_page
    page.goto(f"{live_server.url}/vraag/woonplaats")
    page.fill("#antwoord", "Amsterdm")
    page.locator("#question form button.utrecht-button--primary-action").click()
    page.get_by_role("button", name="Ja, Amsterdam").click()
    page.wait_for_url(f"{live_server.url}/vraag/leeftijd")
    page.goto(f"{live_server.url}/vraag/woonplaats")
    page.fill("#antwoord", "Bergen")
    page.locator("#question form button.utrecht-button--primary-action").click()
    page.get_by_label("Bergen (Noord-Holland)").check()
    page.locator("#question form button.utrecht-button--primary-action").click()
    page.wait_for_url(f"{live_server.url}/vraag/leeftijd")
    page.goto(f"{live_server.url}/overzicht")
    assert "Bergen (Noord-Holland)" in page.locator(".wr-answers").inner_text()


def test_enter_after_a_suggestion_means_next_not_the_suggestion(page, live_server, full_catalogue):
    page.goto(f"{live_server.url}/vraag/woonplaats")
    page.fill("#antwoord", "Dordrect")
    page.press("#antwoord", "Enter")
    page.wait_for_selector("#suggesties")
    page.fill("#antwoord", "Zwijndrecht")
    page.press("#antwoord", "Enter")
    page.wait_for_url(f"{live_server.url}/vraag/leeftijd")
    page.goto(f"{live_server.url}/overzicht")
    assert "Zwijndrecht" in page.locator(".wr-answers").inner_text()
