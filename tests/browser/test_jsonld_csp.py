"""The JSON-LD block of a programme page under our strict CSP, in Chromium: present, parsed, no violation
(opendata.jsonld)."""

import json

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

# Registered before any page script runs (DevTools, not subject to the page's CSP).
COLLECT_VIOLATIONS = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(event.violatedDirective + ' ' + (event.blockedURI || 'inline'));
});
"""


def open_with_csp(playwright_browser, url):
    context = playwright_browser.new_context(bypass_csp=False, locale="nl-NL")
    page = context.new_page()
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.add_init_script(COLLECT_VIOLATIONS)
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    return context, page, response, console


def test_json_ld_is_read_and_breaks_no_csp_rule_in_chromium(playwright_browser, live_server, full_catalogue):
    context, page, response, console = open_with_csp(playwright_browser, f"{live_server.url}/catalogus/ips/")
    try:
        assert "script-src 'self'" in response.headers["content-security-policy"]
        block = page.evaluate("document.querySelector('script[type=\"application/ld+json\"]').textContent")
        data = json.loads(block)
        assert data["@context"] == "https://schema.org"
        assert data["url"] == f"{live_server.url}/catalogus/ips/"
        assert page.evaluate("window.__violations") == []
        assert [m for m in console if "Content Security Policy" in m] == []

        # The control: an executable inline script on the same page is refused, and we would see it.
        page.evaluate("() => { const s = document.createElement('script'); s.textContent = '1'; "
                      "document.head.appendChild(s); }")
        page.wait_for_function("window.__violations.length > 0")
        assert page.evaluate("window.__violations")[0].startswith("script-src")
    finally:
        context.close()
