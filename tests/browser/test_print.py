"""The result prints as a clean handout of one or two A4 pages."""

import pytest

from tests.browser.helpers import FIT_ANSWERS, answer_by_request

pytestmark = pytest.mark.django_db(transaction=True)


def pdf_pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")


def test_result_prints_on_at_most_two_pages_with_the_answers_and_without_buttons(
    page, live_server, full_catalogue, artifacts_dir
):
    answer_by_request(page, live_server.url, FIT_ANSWERS)
    page.goto(f"{live_server.url}/resultaat")
    page.emulate_media(media="print")
    assert page.locator(".wr-details .wr-answers").is_visible()  # the answers, on paper
    assert not page.locator("button:visible").count()
    assert not page.locator("nav:visible").count()
    pdf = page.pdf(format="A4", path=str(artifacts_dir.parent / "resultaat.pdf"))
    assert 1 <= pdf_pages(pdf) <= 2
