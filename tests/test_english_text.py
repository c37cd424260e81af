"""No Dutch on the English pages (issue 16, "Done when"): every page people browse that is already
translated renders under /en/ without frequent Dutch words outside elements marked lang="nl".
Dutch terms with no English equivalent (the glossary's) are allowed."""

import re
from html.parser import HTMLParser

import pytest
from django.utils.html import escape

from programmes.regiongeometry import geometry
from tests.factories import MunicipalityFactory, ProgrammeFactory, RegionFactory
from tests.helpers import give_answers, load_shipped_catalogue
from triage import flow
from triage.glossary import TERMS

pytestmark = pytest.mark.django_db

# Frequent Dutch words that are no English words: one of them in English text means Dutch text.
DUTCH = frozenset({
    "de", "het", "een", "uw", "niet", "voor", "wordt", "worden", "zijn", "naar", "bij", "ook", "kunt",
    "wat", "welke", "heeft", "geen", "nog", "met", "van", "en", "u", "je", "dit", "dat", "er",
})
# The terms kept in Dutch on purpose (explained at first use and in the glossary), and names.
ALLOWED = frozenset(word.lower() for term in TERMS for word in re.findall(r"\w+", term.term)) | {
    "werkroute", "ggz", "uwv", "poh", "basis", "werk", "als", "beste", "zorg", "ips", "participatiewet",
}
# Names of places are names, whatever words they hold ("Rijk van Nijmegen"): the map's regions.
PLACE_NAMES = re.compile("|".join(
    re.escape(name) for name in sorted({shape.name for shape in geometry().shapes}, key=len, reverse=True)))
# The English pages of the questions, the start, the summary, the glossary and the site's own pages.
PAGES = ["/en/", "/en/overzicht", "/en/woordenlijst", "/en/privacy", "/en/toegankelijkheid",
         "/en/bestaat-niet", "/en/stroomschema", "/en/werkwijze", "/en/catalogus/", "/en/catalogus/ips/"]


class _Text(HTMLParser):
    """The text a person reads or hears: text nodes and labels, outside lang="nl" and <script>."""

    SKIP = {"script", "style", "datalist"}
    VOID = {"meta", "link", "input", "br", "img", "hr", "source"}

    def __init__(self):
        super().__init__()
        self.stack: list[bool] = []  # per open element: is it Dutch (or skipped)?
        self.words: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        dutch = attrs.get("lang", "").startswith("nl") or tag in self.SKIP or (
            bool(self.stack) and self.stack[-1])
        if tag == "html":
            dutch = False
        if not dutch:
            for name in ("aria-label", "title", "alt", "placeholder", "data-confirm"):
                if attrs.get(name):
                    self.words.append(attrs[name])
        if tag not in self.VOID:
            self.stack.append(dutch)

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not (self.stack and self.stack[-1]):
            self.words.append(data)


def dutch_words(html: str) -> set[str]:
    reader = _Text()
    reader.feed(html)
    # Abbreviations in capitals (EN 301 549, UWV) are names, not Dutch words.
    texts = [PLACE_NAMES.sub(" ", text) for text in reader.words]
    found = {word.lower() for text in texts for word in re.findall(r"[A-Za-zÀ-ÿ]+", text)
             if not (len(word) > 1 and word.isupper())}
    return (found & DUTCH) - ALLOWED


@pytest.fixture
def catalogue():
    region = RegionFactory(code="AM07", name="Drechtsteden")
    MunicipalityFactory(code="GM0505", name="Dordrecht", region=region)
    ProgrammeFactory(slug="ips", name="IPS", concerns=["mental"], wishes=["paid_work_now"])


def test_the_detector_finds_dutch_and_ignores_what_is_marked_dutch():
    assert dutch_words("<html lang='en'><p>Vul uw leeftijd in.</p></html>") == {"uw"}
    marked = "<html lang='en'><p lang='nl'>Vul uw leeftijd in.</p><p>Fill in your age.</p></html>"
    assert dutch_words(marked) == set()
    # a place's name is a name; the same words outside it are Dutch
    assert dutch_words("<html lang='en'><p>Rijk van Nijmegen: no data</p></html>") == set()
    assert dutch_words("<html lang='en'><p>Rijk van de regio</p></html>") == {"van", "de"}


@pytest.mark.parametrize("path", PAGES)
def test_an_english_page_has_no_dutch_outside_lang_nl(client, catalogue, path):
    client.post("/en/vraag/voor-wie/antwoord", {"answer": "self"})
    give_answers(client, {"concern": "mental", "care": "specialist_ggz"})
    html = client.get(path).content.decode()
    assert '<html lang="en"' in html
    assert dutch_words(html) == set()


@pytest.mark.parametrize("voice", ["self", "other"])
@pytest.mark.parametrize("question", [flow.VOICE_QUESTION, *flow.QUESTIONS], ids=lambda q: q.slug)
def test_every_question_in_english_has_no_dutch_in_either_voice(client, catalogue, voice, question):
    client.post("/en/vraag/voor-wie/antwoord", {"answer": voice})
    give_answers(client, {"concern": "mental", "care": "specialist_ggz"})
    html = client.get(f"/en/vraag/{question.slug}").content.decode()
    assert dutch_words(html) == set()
    # and with its error
    html = client.post(f"/en/vraag/{question.slug}/antwoord", {"answer": ""}).content.decode()
    assert dutch_words(html) == set()


@pytest.mark.parametrize("path", PAGES)
def test_the_detector_finds_the_dutch_of_the_same_page_without_prefix(client, catalogue, path):
    # Proof that the check above can fail: the Dutch twin of every page trips it.
    client.post("/vraag/voor-wie/antwoord", {"answer": "self"})
    give_answers(client, {"concern": "mental", "care": "specialist_ggz"})
    assert dutch_words(client.get(path.removeprefix("/en") or "/").content.decode())


def test_the_glossary_keeps_the_dutch_terms_marked_as_dutch(client):
    html = client.get("/en/woordenlijst").content.decode()
    assert '<dt class="wr-answers__question" lang="nl">Bijstand</dt>' in html
    assert "Social assistance: money from the gemeente" in html
    assert 'id="uwv"' in html
    assert 'href="/en/woordenlijst">Glossary of Dutch words</a>' in html
    dutch = client.get("/woordenlijst").content.decode()
    assert '<dt class="wr-answers__question">Bijstand</dt>' in dutch
    assert "Woordenlijst met Nederlandse woorden" not in dutch  # the Dutch footer is unchanged


# --- The catalogue's own texts in English (issue 16, point 3) -----------------------------------------

# The happy path of tests/browser/test_english.py: a Yulius client in Dordrecht, bijstand, paid work now.
WALK = {"concern": "mental", "care": "specialist_ggz", "care_provider": "yulius",
        "severity": "severe", "situation": "job_seeking", "benefit": "bijstand", "wish": "paid_work_now",
        "municipality": "GM0505", "age": "35"}
# On the full catalogue: every page people browse, each programme's page, and the advice.
FULL_PAGES = ["/en/resultaat", "/en/resultaat?alle=ja", "/en/resultaat/overzicht",
              "/en/resultaat/overzicht?versie=professioneel", "/en/catalogus/",
              "/en/catalogus/?benefit=bijstand"]


@pytest.fixture
def shipped(db):
    load_shipped_catalogue()
    from programmes.models import Organisation, Programme

    # Proper names are names, whatever words they hold ("Vincent van Gogh", "Sterk met Werk"), as
    # written and as HTML writes them ("Werk &amp; Inkomen").
    found = {*Organisation.objects.values_list("name", flat=True), *PROPER_NAMES}
    found |= {str(escape(name)) for name in found}
    return re.compile("|".join(re.escape(name) for name in sorted(found, key=len, reverse=True))), [
        f"/en/catalogus/{slug}/" for slug in Programme.objects.published().values_list("slug", flat=True)]


# Programme names kept as names in the English texts (each with an English explanation beside it).
PROPER_NAMES = ("Sterk met Werk of Scholing", "Sterk met Werk", "De Harde Leerschool", "Werk als Beste Zorg",
                "Meer grip op Werk", "Op Eigen Kracht", "De Winter", "Naar werk",
                "Individuele Plaatsing en Steun", "Deskresearch begeleiding naar werk")
# A web address is no prose.
URL = re.compile(r"https?://[^\s<\"']+")


def english_words_only(html: str, names) -> set[str]:
    return dutch_words(URL.sub(" ", names.sub(" ", html)))


def walk(client, voice: str = "self") -> None:
    client.post("/en/vraag/voor-wie/antwoord", {"answer": voice})
    give_answers(client, WALK)


@pytest.mark.parametrize("voice", ["self", "other"])
def test_the_english_advice_and_catalogue_on_the_full_catalogue_have_no_dutch_outside_lang_nl(
    client, shipped, voice
):
    names, programme_pages = shipped
    walk(client, voice)
    found = {}
    for path in [*FULL_PAGES, *programme_pages]:
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        assert '<html lang="en"' in html, path
        if words := english_words_only(html, names):
            found[path] = words
    assert found == {}


def test_the_english_advice_shows_the_catalogue_in_english(client, shipped):
    walk(client)
    html = client.get("/en/resultaat").content.decode()
    assert ">Werk als Beste Zorg (Work as the best care)</a>" in html
    assert "helps you find paid work while you are in treatment at the GGZ" in html  # summary
    assert "Tell your therapist or job guide at Yulius that you want to work." in html  # contact
    assert "Vertel uw behandelaar" not in html
    assert 'lang="nl"' not in html.split('class="wr-card wr-next"')[1].split("</section>")[0]
    dutch = client.get("/resultaat").content.decode()
    assert "Vertel uw behandelaar of trajectbegeleider bij Yulius dat u wilt werken." in dutch
    assert "Work as the best care" not in dutch


def test_a_programme_without_english_shows_its_dutch_marked_nl_with_an_english_note(client, shipped):
    from programmes.models import Programme
    from programmes.services import catalogue_changed

    Programme.objects.filter(slug="werk-als-beste-zorg").update(summary_en="", how_to_apply_en="")
    catalogue_changed()
    walk(client)
    html = client.get("/en/resultaat").content.decode()
    assert '<span lang="nl">Werk als Beste Zorg helpt u aan betaald werk' in html
    page = client.get("/en/catalogus/werk-als-beste-zorg/").content.decode()
    assert "Some texts from the catalogue have not been translated yet. They are shown in Dutch" in page
    assert 'lang="nl">Werk als Beste Zorg helpt u aan betaald werk' in page
    assert '<div lang="nl"><p>Bent u in behandeling bij Yulius' in page
    assert "Work as the best care" in page  # the name has English
    full = client.get("/en/catalogus/ips/").content.decode()
    assert "Some texts from the catalogue have not been translated yet" not in full
