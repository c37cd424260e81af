"""Checks of the served HTML by tools no one here wrote: Chromium under our CSP, the W3C Nu HTML Checker."""

import pytest

# The browser suite's Chromium and catalogue fixtures, shared rather than copied.
from tests.browser.conftest import full_catalogue, playwright_browser  # noqa: F401


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/html/" in str(item.fspath) and "playwright_browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)
