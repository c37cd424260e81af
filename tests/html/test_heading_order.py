"""Heading order on every page and state that the Nu HTML Checker sees (HTML_CodeSniffer's check, and
axe's heading-order): the first heading is the h1, so an error summary's h2 comes after it, and no level
is skipped on the way down (h1 to h3). The printed handout's own h1, hidden on screen, is a second page."""

import re
from html.parser import HTMLParser
from itertools import pairwise

import pytest
from django.core.management import call_command

from tests.html.pages import professional_pages, public_pages

pytestmark = pytest.mark.django_db


class Headings(HTMLParser):
    def __init__(self):
        super().__init__()
        self.levels: list[int] = []

    def handle_starttag(self, tag, attrs):
        if re.fullmatch(r"h[1-6]", tag):
            self.levels.append(int(tag[1]))


def heading_problems(html: str) -> list[str]:
    parser = Headings()
    parser.feed(html)
    levels = parser.levels
    problems = []
    if levels and levels[0] != 1:
        problems.append(f"the first heading is an h{levels[0]}, not the h1: {levels}")
    problems += [f"h{before} followed by h{after}: {levels}"
                 for before, after in pairwise(levels) if after > before + 1]
    return problems


@pytest.mark.parametrize(
    ("html", "problems"),
    [
        ("<h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2>", 0),
        ('<div role="alert"><h2>Fout</h2></div><h1>Vraag</h1>', 1),
        ("<h1>a</h1><h3>c</h3>", 1),
        ("<p>geen koppen</p>", 0),
    ],
)
def test_heading_problems_are_found(html, problems):
    assert len(heading_problems(html)) == problems


def test_every_page_and_state_starts_with_its_h1_and_skips_no_level():
    call_command("loaddata", "catalogue", verbosity=0)
    pages = {**public_pages(), **professional_pages()}
    found = {name: problems for name, html in pages.items() if (problems := heading_problems(html))}
    assert found == {}
    assert len(pages) > 40
