"""The result on a phone, advice first, and printed as a one-page handout (issue 11 points 1 and 4)."""

import re

import pytest
from django.utils import formats, timezone, translation

from tests.browser.helpers import FIT_ANSWERS, answer_by_request, axe_violations, describe, log_in
from tests.factories import make_professional

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}


def pdf_pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")


def pdf_text(pdf: bytes) -> str:
    """The PDF's text, read back with pdftotext (Debian's poppler-utils, installed by .ci/run)."""
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is needed to read the printed handout back: apt-get install poppler-utils")
    done = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.decode()


def test_on_a_phone_the_whole_result_with_details_closed_is_at_most_five_screens(
    new_page, live_server, full_catalogue
):
    page = new_page(**PHONE)
    answer_by_request(page, live_server.url, FIT_ANSWERS)
    page.goto(f"{live_server.url}/resultaat")
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height <= 5 * PHONE["height"], height


def test_on_a_phone_the_first_contact_is_within_one_and_a_half_screens(
    new_page, live_server, full_catalogue, artifacts_dir
):
    page = new_page(**PHONE)
    answer_by_request(page, live_server.url, FIT_ANSWERS)
    page.goto(f"{live_server.url}/resultaat")
    first = page.locator(".wr-next__step").first
    top = first.evaluate("el => el.getBoundingClientRect().top + window.scrollY")
    assert top <= 1.5 * PHONE["height"], top
    assert "Yulius" in first.inner_text()  # whom to contact, for the best route
    page.screenshot(path=str(artifacts_dir / "resultaat-390.png"), full_page=True)
    assert page.locator("details[open]").count() == 0
    assert axe_violations(page) == [], describe(axe_violations(page))


def test_the_result_prints_as_one_page_handout_with_the_date_in_client_words_also_for_a_professional(
    new_page, live_server, full_catalogue, artifacts_dir
):
    page = new_page(**PHONE)
    log_in(page, live_server.url, make_professional())
    answer_by_request(page, live_server.url, FIT_ANSWERS)
    page.goto(f"{live_server.url}/resultaat")
    page.emulate_media(media="print")
    handout = page.locator(".wr-print-only .wr-handout")
    assert handout.is_visible()
    assert not page.locator(".wr-match:visible").count()  # the cards stay on screen
    assert not page.locator("button:visible").count()
    text = handout.inner_text()
    today = formats.date_format(timezone.localdate(), "j F Y")
    assert f"Gemaakt op {today}" in text
    assert "Uw situatie" in text  # client words, though a professional is logged in
    assert "Werk als Beste Zorg" in text
    pdf = page.pdf(format="A4", path=str(artifacts_dir.parent / "resultaat.pdf"))
    assert pdf_pages(pdf) == 1
    assert today in re.sub(r"\s+", " ", pdf_text(pdf))


def test_the_english_result_prints_as_a_one_page_english_handout(
    new_page, live_server, full_catalogue, artifacts_dir
):
    page = new_page(**PHONE)
    answer_by_request(page, live_server.url, FIT_ANSWERS)
    page.goto(f"{live_server.url}/en/resultaat")
    page.emulate_media(media="print")
    handout = page.locator(".wr-print-only .wr-handout")
    assert handout.is_visible()
    text = handout.inner_text()
    with translation.override("en"):
        today = formats.date_format(timezone.localdate(), "j F Y")
    assert f"Made on {today}" in text
    assert "Your situation" in text
    assert "Werk als Beste Zorg (Work as the best care)" in text  # the catalogue's English
    assert "Tell your therapist or job guide at Yulius that you want to work." in text
    pdf = page.pdf(format="A4", path=str(artifacts_dir.parent / "resultaat-en.pdf"))
    assert pdf_pages(pdf) == 1
    assert "Your summary: programmes towards work" in " ".join(pdf_text(pdf).split())


def test_a_professional_can_print_the_handout_in_professional_words(new_page, live_server, full_catalogue):
    page = new_page(**PHONE)
    log_in(page, live_server.url, make_professional())
    answer_by_request(page, live_server.url, FIT_ANSWERS)
    page.goto(f"{live_server.url}/resultaat/overzicht?versie=professioneel")
    assert "Situatie van de cliënt" in page.locator(".wr-handout").inner_text()
    page.emulate_media(media="print")
    assert pdf_pages(page.pdf(format="A4")) == 1


def test_without_javascript_a_card_opens_its_details(nojs_page, live_server, full_catalogue):
    answer_by_request(nojs_page, live_server.url, FIT_ANSWERS)
    nojs_page.goto(f"{live_server.url}/resultaat")
    card = nojs_page.locator(".wr-match").first
    assert not card.locator(".wr-criteria").is_visible()
    card.locator("summary").click()
    assert card.locator(".wr-criteria").is_visible()
    assert card.locator(".wr-sources li").count() >= 1
