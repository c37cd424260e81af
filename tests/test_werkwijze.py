"""The Werkwijze page for professionals: the desk research's second product, in our own words,
citing the document and section, and reachable from the result, the case steps and every page."""

import re

import pytest

from casework.models import Case
from tests.factories import make_professional, small_catalogue
from tests.helpers import give_answers
from triage.personas import YULIUS_CLIENT

pytestmark = pytest.mark.django_db

CITATION = "Deskresearch begeleiding naar werk (2025)"


@pytest.fixture
def page(client):
    response = client.get("/werkwijze")
    assert response.status_code == 200
    return response.content.decode()


def text_of(html: str) -> str:
    main = html[html.index("<main"):html.index("</main>")]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main))


def test_the_werkwijze_has_its_four_parts_and_the_five_steps(page):
    parts = ("Basisvoorwaarden voor begeleiding naar werk", "Wat we leren van aangepaste vormen van IPS",
             "Wat werkt voor wie", "De aanpak in vijf stappen")
    for heading in parts:
        assert heading in page
    text = text_of(page)
    assert [int(n) for n in re.findall(r"Stap (\d)\.", text)] == [1, 2, 3, 4, 5]
    assert "eerste voorzet" in text  # the document calls the steps a first proposal; so do we


def test_the_werkwijze_gives_each_kind_of_support_its_international_figures(page):
    text = text_of(page)
    for median in ("40,8%", "52,4%", "34,7%", "31,4%", "6%", "48,8%"):
        assert median in text
    assert "niets over de resultaten van één Nederlands traject" in text


def test_the_werkwijze_cites_the_document_and_its_sections(page):
    text = text_of(page)
    assert text.count(f"Bron: {CITATION}") >= 4
    for section in ("§1.1", "§1.2", "Conclusies en beoogde eindproducten"):
        assert section in text


def test_the_werkwijze_carries_no_working_notes(page):
    text = text_of(page)
    assert "seed" not in page.casefold()
    assert not re.search(r"\br\. ?\d", text)
    assert not re.search(r"Tabel \d", text)


def test_every_page_links_to_the_werkwijze_in_its_footer(client):
    body = client.get("/stroomschema").content.decode()
    footer = body[body.index("<footer"):]
    assert 'href="/werkwijze"' in footer


def test_the_result_links_to_the_werkwijze(client):
    small_catalogue()
    give_answers(client, YULIUS_CLIENT.answers)
    body = client.get("/resultaat").content.decode()
    main = body[body.index("<main"):body.index("</main>")]
    assert 'href="/werkwijze"' in main


def test_the_case_steps_link_to_the_five_steps_of_the_werkwijze(client):
    small_catalogue()
    client.force_login(make_professional())
    give_answers(client, YULIUS_CLIENT.answers)
    response = client.post("/casussen/opslaan", {"reference": "KdK-001", "consent": "on",
                                                 "chosen": "werk-als-beste-zorg"})
    assert response.status_code == 302
    body = client.get(Case.objects.get().get_absolute_url()).content.decode()
    steps = body[body.index('id="stappen-titel"'):]
    steps = steps[:steps.index("<h2")]  # up to the next part of the case page
    assert 'href="/werkwijze#vijf-stappen"' in steps


def test_the_werkwijze_in_english_keeps_the_facts_and_cites_the_dutch_titles_marked_dutch(client):
    html = client.get("/en/werkwijze").content.decode()
    text = text_of(html)
    for heading in ("Basic conditions for support towards work", "What we learn from adapted forms of IPS",
                    "What works for whom", "The approach in five steps"):
        assert heading in text
    assert [int(n) for n in re.findall(r"Step (\d)\.", text)] == [1, 2, 3, 4, 5]
    for median in ("40.8%", "52.4%", "34.7%", "31.4%", "6%", "48.8%"):
        assert median in text
    assert html.count(f'Source: <cite lang="nl">{CITATION.removesuffix(" (2025)")}</cite> (2025)') == 5
    assert '<span lang="nl">‘Conclusies en beoogde eindproducten’</span>' in html
    assert "This page has not been translated yet" not in html
    assert 'href="/en/stroomschema"' in html
    assert 'are explained in the <a class="utrecht-link" href="/en/woordenlijst">glossary</a>' in html
