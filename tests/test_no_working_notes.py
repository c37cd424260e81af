"""No working notes in what people read (issue 10, point 10 and "Done when"): every public page, the
result in client and in professional wording, the one-page handout in both versions and the API,
for every example person in triage.personas.ALL, on the shipped catalogue, contain no "seed", no line
number ("r. 123") and no internal table label ("Tabel 3"). Line-level provenance stays in the admin.
(The HSDS export is checked in tests/opendata/test_hsds_export_import.py.)
"""

from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest

from programmes import vocabulary as vocab
from programmes.snapshot import get_catalogue
from tests.factories import make_professional
from tests.helpers import give_answers, load_shipped_catalogue
from triage import flow, personas

pytestmark = pytest.mark.django_db

WORKING_NOTE = re.compile(r"seed|\br\. ?\d|\btabel \d", re.IGNORECASE)
# The only random text on a page: a CSRF token could spell "seed" by chance.
CSRF_TOKEN = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*"|("X-CSRFToken"\s*:\s*")[^"]*"')
PERSONAS = {p.slug: p for p in personas.ALL}


@pytest.fixture
def catalogue(db):
    load_shipped_catalogue()
    return get_catalogue()


def readable(response) -> str:
    text = response.content.decode()
    return CSRF_TOKEN.sub(lambda m: (m.group(1) or m.group(2)) + '"', text)


def notes_on(client, urls: list[str]) -> list[str]:
    """Every working note on these pages, with where it was found ([] when none)."""
    found = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        text = readable(response)
        found += [f"{url}: …{text[max(0, m.start() - 60):m.end() + 60]}…"
                  for m in WORKING_NOTE.finditer(text)]
    return found


def answer_pages(answers: dict) -> list[str]:
    """The pages a person sees in the wizard with these answers, and the result around it."""
    questions = [f"/vraag/{q.slug}" for q in flow.QUESTIONS if flow.is_asked(q, answers)]
    return ["/", *questions, "/overzicht", "/resultaat", "/resultaat?alle=ja", "/resultaat/overzicht",
            "/stroomschema"]


def catalogue_pages(catalogue) -> list[str]:
    shown = [p.slug for p in catalogue.programmes
             if p.status in (vocab.Status.PUBLISHED, vocab.Status.ENDED)]
    return ["/catalogus/", "/catalogus/?ended=on", *[f"/catalogus/{slug}/" for slug in shown],
            "/privacy", "/toegankelijkheid"]


def test_the_pages_checked_are_every_published_and_ended_programme(catalogue):
    pages = catalogue_pages(catalogue)
    assert len([p for p in pages if p.count("/") == 3]) == len(
        [p for p in catalogue.programmes if p.status in (vocab.Status.PUBLISHED, vocab.Status.ENDED)]
    ) >= 25
    assert len(PERSONAS) == 12


@pytest.mark.parametrize("slug", PERSONAS)
def test_no_page_a_client_reads_has_a_working_note(client, catalogue, slug):
    answers = dict(PERSONAS[slug].answers)
    give_answers(client, answers)

    api = "/api/v1/recommendations?" + urlencode(answers)
    assert notes_on(client, [*answer_pages(answers), *catalogue_pages(catalogue), api]) == []


@pytest.mark.parametrize("slug", PERSONAS)
def test_no_page_a_professional_reads_has_a_working_note(client, catalogue, slug):
    answers = dict(PERSONAS[slug].answers)
    client.force_login(make_professional())
    give_answers(client, answers)

    pages = [*answer_pages(answers), "/resultaat/overzicht?versie=professioneel"]
    assert notes_on(client, pages) == []
    # The professional wording is really what was read (not the client's).
    assert "versie=professioneel" in client.get("/resultaat/overzicht").content.decode()


def test_the_catalogue_pages_a_professional_reads_have_no_working_note(client, catalogue):
    client.force_login(make_professional())
    assert notes_on(client, catalogue_pages(catalogue)) == []


def test_the_other_public_pages_and_the_english_ones_have_no_working_note(client, catalogue):
    # "Every public page": the pages outside the wizard and the catalogue, and each page in English.
    answers = dict(PERSONAS["yulius-client-dordrecht"].answers)
    give_answers(client, answers)
    dutch = ["/werkwijze", "/woordenlijst", "/weer", "/inloggen", "/api/v1/openapi.json"]
    english = ["/en" + url for url in (*answer_pages(answers), *catalogue_pages(catalogue),
                                       "/werkwijze", "/woordenlijst")]
    assert notes_on(client, [*dutch, *english]) == []


def test_the_check_would_find_a_working_note():
    # The pattern finds what the issue names, and not the words around it.
    assert WORKING_NOTE.search("zie seed 003")
    assert WORKING_NOTE.search("(003 r. 1428–1429)")
    assert WORKING_NOTE.search("r.2231")
    assert WORKING_NOTE.search("Tabel 3")
    for fine in ("nr. 5", "Mr. 3", "dr. 2", "Tabellen", "Werkfit", "mensen zonder uitkering"):
        assert not WORKING_NOTE.search(fine), fine
