"""Real-browser tests: Playwright driving Debian's Chromium against a live test server."""

import os
from pathlib import Path

import pytest

from tests.helpers import load_shipped_catalogue

# Playwright's sync API runs an event loop in this thread; the ORM calls made by the test
# itself (fixtures, factories) are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS", Path(__file__).resolve().parents[2] / "test-artifacts"))


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


@pytest.fixture
def artifacts_dir():
    path = ARTIFACTS / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def full_catalogue(transactional_db):
    """The real catalogue from fixtures/catalogue.json."""

    load_shipped_catalogue()
