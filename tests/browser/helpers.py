"""Shared steps and persons for the browser tests."""

import json
from pathlib import Path

from django.conf import settings
from django.test import Client

from triage import flow
from triage.personas import NOT_IN_CARE, NOTHING_FITS, YULIUS_CLIENT, Persona

AXE = Path(__file__).resolve().parent.parent / "vendor" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# The gemeente as a person types it in the wizard.
PLACE_NAMES = {"GM0505": "Dordrecht", "GM0981": "Vaals"}


def as_typed(persona: Persona) -> dict[str, str]:
    return {
        key: PLACE_NAMES.get(value, str(value)) if key == "municipality" else str(value)
        for key, value in persona.answers.items()
    }


FIT_ANSWERS = as_typed(YULIUS_CLIENT)
# Someone without care: few programmes, and some near misses.
NEAR_MISS_ANSWERS = as_typed(NOT_IN_CARE)
NO_MATCH_ANSWERS = as_typed(NOTHING_FITS)


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


def axe_violations(page) -> list[dict]:
    """Run axe-core's WCAG 2.1 A/AA rules on the page as it is now."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async (tags) => await axe.run(document, "
        "{runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    return result["violations"]


def describe(violations: list[dict]) -> str:
    return json.dumps(
        [
            {"id": v["id"], "impact": v["impact"], "help": v["help"],
             "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in violations
        ],
        indent=2,
        ensure_ascii=False,
    )


def log_in(page, base_url: str, user) -> None:
    """Log the browser in by giving it a session cookie made by Django's test client."""
    client = Client()
    client.force_login(user)
    page.context.add_cookies([{
        "name": settings.SESSION_COOKIE_NAME,
        "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
        "url": base_url,
    }])
