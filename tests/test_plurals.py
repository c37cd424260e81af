"""Counts in text read right in both languages (issue 16): "1 programme", "2 programmes", never
"1 programmes". The catalogue's Plural-Forms is English's (nplurals=2; plural=(n != 1))."""

from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from programmes.catalogue import KindData
from triage import wording
from triage.wording import diagram as diagram_words


def figure(studies: int, language: str) -> str:
    kind = KindData(slug="ips", name="IPS", median_paid_work_pct=55.0, studies_count=studies)
    with translation.override(language):
        return wording.kind_figure(kind)


@pytest.mark.parametrize(("language", "one", "more"), [
    ("en", "(1 study)", "(27 studies)"),
    ("nl", "(1 studie)", "(27 studies)"),
])
def test_the_number_of_studies_behind_a_figure_is_counted_in_words(language, one, more):
    assert one in figure(1, language)
    assert more in figure(27, language)


@pytest.mark.parametrize(("language", "one", "more"), [
    ("en", "and 1 other programme (see the list)", "and 4 other programmes (see the list)"),
    ("nl", "en 1 ander traject (zie de lijst)", "en 4 andere trajecten (zie de lijst)"),
])
def test_the_diagrams_count_of_hidden_programmes(language, one, more):
    with translation.override(language):
        assert diagram_words.more_programmes(1) == one
        assert diagram_words.more_programmes(4) == more


def leaf_text(unlisted: int, language: str) -> str:
    leaf = SimpleNamespace(id="groep-uwv", spec=SimpleNamespace(note=""), programmes=("one",), payers=())
    branch = SimpleNamespace(leaf=leaf, listed=(), unlisted=unlisted)
    with translation.override(language):
        return render_to_string("triage/stroomschema.html#leaf", {"branch": branch, "route": None})


@pytest.mark.parametrize(("language", "one", "more"), [
    ("en", "And 1 more programme: see the", "And 3 more programmes: see the"),
    ("nl", "En nog 1 traject: zie de", "En nog 3 trajecten: zie de"),
])
def test_the_stroomschemas_list_counts_the_programmes_it_leaves_to_the_catalogue(language, one, more):
    assert one in leaf_text(1, language)
    assert more in leaf_text(3, language)


@pytest.mark.parametrize(("singular", "plural", "one", "more"), [
    ("Toon het %(count)s traject dat (misschien) past",
     "Toon alle %(count)s trajecten die (misschien) passen",
     "Show the 1 programme that (may) fit", "Show all 12 programmes that (may) fit"),
    ("Toon het %(count)s bijna passende traject", "Toon alle %(count)s bijna passende trajecten",
     "Show the 1 almost fitting programme", "Show all 12 almost fitting programmes"),
    ("Druk nog %(left)s keer op Shift om deze site te verlaten.",
     "Druk nog %(left)s keer op Shift om deze site te verlaten.",
     "Press Shift 1 more time to leave this site.", "Press Shift 12 more times to leave this site."),
])
def test_the_english_catalogue_has_both_forms_of_each_count(singular, plural, one, more):
    # The result's "Toon alle" appears only above a few cards, the quick exit counts 2 and 1: the
    # catalogue itself is checked for both forms (the pages are in tests/test_wizard.py and
    # tests/browser/test_quick_exit.py).
    with translation.override("en"):
        said = [translation.ngettext(singular, plural, n) % {"count": n, "left": n} for n in (1, 12)]
    assert said == [one, more]
