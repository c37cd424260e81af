"""Real-browser tests: Playwright driving Debian's Chromium against a live test server."""

import json
import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls made by the test
# itself (fixtures, factories) are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
AXE = Path(__file__).resolve().parent.parent / "vendor" / "axe-core" / "axe.min.js"
ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS", Path(__file__).resolve().parents[2] / "test-artifacts"))
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def playwright_browser():
    if not CHROMIUM.exists():
        pytest.fail(
            f"Chromium is needed for the browser tests but {CHROMIUM} does not exist. "
            "Install it: apt-get install chromium (or set CHROMIUM_PATH)."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


def _new_page(browser, *, javascript=True, width=1280, height=800):
    # bypass_csp: axe is injected as a script; our own pages never need it.
    context = browser.new_context(
        java_script_enabled=javascript, bypass_csp=True, viewport={"width": width, "height": height},
        locale="nl-NL",
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    return context, page


@pytest.fixture
def page(playwright_browser):
    context, page = _new_page(playwright_browser)
    yield page
    context.close()


@pytest.fixture
def nojs_page(playwright_browser):
    context, page = _new_page(playwright_browser, javascript=False)
    yield page
    context.close()


@pytest.fixture
def new_page(playwright_browser):
    contexts = []

    def make(**kwargs):
        context, page = _new_page(playwright_browser, **kwargs)
        contexts.append(context)
        return page

    yield make
    for context in contexts:
        context.close()


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


@pytest.fixture
def artifacts_dir():
    path = ARTIFACTS / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def full_catalogue(transactional_db):
    """The real catalogue from fixtures/catalogue.json."""
    from django.core.management import call_command

    call_command("loaddata", "catalogue", verbosity=0)
