"""The English pages (issue 16) through the W3C Nu HTML Checker: the wizard in both voices with its
errors, the summary, the result, the handout, the glossary and the site's own pages. No errors."""


import pytest
from django.core.management import call_command
from django.test import Client

from tests.html.pages import PERSONA, collect
from tests.html.vnu import errors_in

pytestmark = pytest.mark.django_db


def english_pages() -> dict[str, str]:
    pages: dict[str, str] = {}
    for voice in ("self", "other"):
        client = Client()
        for name, path in [("start", "/en/"), ("vraag-voor-wie", "/en/vraag/voor-wie")]:
            collect(client, pages, f"{voice}-{name}", client.get(path))
        client.post("/en/vraag/voor-wie/antwoord", {"answer": voice})
        for slug, value in PERSONA:
            collect(client, pages, f"{voice}-vraag-{slug}", client.get(f"/en/vraag/{slug}"))
            collect(client, pages, f"{voice}-vraag-{slug}-fout",
                    client.post(f"/en/vraag/{slug}/antwoord", {"answer": ""}))
            assert client.post(f"/en/vraag/{slug}/antwoord", {"answer": value}).status_code == 302
        for name, path in [("overzicht", "/en/overzicht"), ("resultaat", "/en/resultaat"),
                           ("handout", "/en/resultaat/overzicht")]:
            collect(client, pages, f"{voice}-{name}", client.get(path))
    client = Client()
    for name, path in [("woordenlijst", "/en/woordenlijst"), ("privacy", "/en/privacy"),
                       ("toegankelijkheid", "/en/toegankelijkheid"), ("niet-gevonden", "/en/bestaat-niet"),
                       ("stroomschema", "/en/stroomschema"), ("werkwijze", "/en/werkwijze"),
                       # Not translated yet: their Dutch under an English note.
                       ("catalogus", "/en/catalogus/"), ("traject", "/en/catalogus/ips/")]:
        collect(client, pages, name, client.get(path))
    return pages


def test_the_nu_html_checker_finds_no_errors_on_the_english_pages(tmp_path, capsys):
    call_command("loaddata", "catalogue", verbosity=0)
    pages = english_pages()
    for name, html in pages.items():
        assert '<html lang="en"' in html, name
    errors = errors_in(pages, tmp_path)
    with capsys.disabled():
        print(f"\nNu HTML Checker: {len(pages)} English pages, {len(errors)} errors")
    assert errors == []
    assert len(pages) > 40
