"""Every public page, and the professional's and curator's pages, in every state through the W3C Nu HTML
Checker: no errors at all. htmx's attributes are written data-hx-* (valid HTML), never bare hx-*."""

import re

import pytest
from django.core.management import call_command

from tests.html.pages import professional_pages, public_pages
from tests.html.vnu import errors_in
from tests.npm_tools import ROOT
from triage import flow

pytestmark = pytest.mark.django_db

def test_the_nu_html_checker_finds_no_errors_on_any_page_or_state(tmp_path, capsys):
    call_command("loaddata", "catalogue", verbosity=0)
    pages = {**public_pages(), **professional_pages()}
    errors = errors_in(pages, tmp_path)
    with capsys.disabled():
        print(f"\nNu HTML Checker: {len(pages)} pages, {len(errors)} errors")
    assert errors == []
    assert len(pages) > 40
    assert {"start", "vraag-om-wie-fout", "resultaat", "overzicht", "werkwijze", "casus",
            "dekking"} <= set(pages)
    assert flow.QUESTIONS[0].slug == "om-wie"


# An attribute named hx-… in a template (not data-hx-…): the checker would reject it on the page.
BARE_HX = re.compile(r"(?<![\w-])hx-[a-z-]+\s*=")


def test_templates_write_htmx_attributes_as_data_hx():
    bare = [f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
            for path in sorted((ROOT / "templates").rglob("*.html"))
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if BARE_HX.search(line)]
    assert bare == []
    assert any("data-hx-post=" in path.read_text(encoding="utf-8")
               for path in (ROOT / "templates").rglob("*.html"))


@pytest.mark.parametrize(
    ("line", "bare"),
    [
        ('<form hx-post="/vraag/x/antwoord">', True),
        ('<a href="/" hx-get="/">', True),
        ('<span id="c" hx-swap-oob="innerHTML">', True),
        ('<form data-hx-post="/vraag/x/antwoord">', False),
        ('<span id="c" data-hx-swap-oob="innerHTML">', False),
        ("{# what htmx swaps: the hx-target #}", False),
    ],
)
def test_a_bare_hx_attribute_is_told_apart_from_data_hx(line, bare):
    assert bool(BARE_HX.search(line)) is bare


def test_the_checker_reports_what_the_issue_found_and_passes_the_same_page_with_data_hx(tmp_path):
    # Zero errors above means something only if the checker, run this way, does report errors.
    page = ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>t</title></head>'
            '<body><main><form {attr}="/vraag/x/antwoord" method="post"><button>Volgende</button></form>'
            '</main></body></html>')
    errors = errors_in({"kaal": page.format(attr="hx-post"), "data": page.format(attr="data-hx-post")},
                       tmp_path)
    assert len(errors) == 1
    assert errors[0].startswith("kaal:1: Attribute")
    assert "hx-post" in errors[0]
