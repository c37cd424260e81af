"""Shared steps for the browser tests."""

from triage import flow


def csrf_token(page) -> str:
    cookies = {c["name"]: c["value"] for c in page.context.cookies()}
    return cookies.get("csrftoken", "")


def answer_by_request(page, base_url: str, answers: dict) -> None:
    """Give answers through the no-JS form posts, sharing the page's session cookie."""
    page.goto(f"{base_url}/vraag/{flow.QUESTIONS[0].slug}")
    for key, value in answers.items():
        slug = flow.BY_KEY[key].slug
        response = page.request.post(
            f"{base_url}/vraag/{slug}/antwoord",
            form={"answer": str(value), "csrfmiddlewaretoken": csrf_token(page)},
            headers={"Referer": f"{base_url}/vraag/{slug}"},
            max_redirects=0,
        )
        assert response.status == 302, (key, response.status, response.text()[:500])


def horizontal_overflow(page) -> int:
    """How many CSS px the page is wider than the viewport (0 when nothing scrolls sideways)."""
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
