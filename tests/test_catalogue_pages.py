"""The public catalogue: the filterable list and a page per programme."""

import itertools
import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from programmes import models
from programmes.snapshot import clear_cache
from tests.catalogue_factories import catalogue_of, full_programme
from tests.factories import MunicipalityFactory, OrganisationFactory, RegionFactory, SupportKindFactory
from tests.helpers import load_shipped_catalogue

LIST = "/catalogus/"


@pytest.fixture
def catalogue(db):
    drechtsteden = RegionFactory(code="AM07", name="Drechtsteden")
    twente = RegionFactory(code="AM31", name="Twente")
    limburg = RegionFactory(code="AM25", name="Noord-Limburg")
    noord_holland = RegionFactory(code="AM14", name="Noord-Holland Noord")
    MunicipalityFactory(code="GM0505", name="Dordrecht", region=drechtsteden)
    enschede = MunicipalityFactory(code="GM0153", name="Enschede", region=twente)
    MunicipalityFactory(code="GM0893", name="Bergen (L.)", region=limburg)
    MunicipalityFactory(code="GM0373", name="Bergen (NH.)", region=noord_holland)
    ips = SupportKindFactory(
        slug="ips", name="IPS", median_paid_work_pct="55.0", paid_work_range="40–70", studies_count=27,
        source="seed 003, Tabel 1",
    )
    yulius = OrganisationFactory(slug="yulius", name="Yulius")
    full_programme(
        "ips-drechtsteden", name="IPS Drechtsteden", kind=ips,
        benefits=["bijstand"], wishes=["paid_work_now"], concerns=["mental"], severities=["severe"],
        min_age=18, max_age=65,
        offerings=[(yulius, "regions", [drechtsteden], [], True)],
    )
    full_programme(
        "jobcoaching", name="Jobcoaching", benefits=[], wishes=[],
        offerings=[(OrganisationFactory(name="UWV", slug="uwv"), "national", [], [], False)],
    )
    mediant = OrganisationFactory(slug="mediant", name="Mediant")
    full_programme(
        "training-enschede", name="Training Enschede", benefits=["ww"], wishes=["skills"],
        offerings=[(mediant, "municipalities", [], [enschede], False)],
    )
    full_programme(
        "pilot-2013", name="Pilot Werk 2013", kind=ips, status="ended", period="2013–2015",
        offerings=[(yulius, "national", [], [], False)],
    )
    full_programme(
        "concept-idee", name="Concept Idee", status="concept", offerings=[(yulius, "national", [], [], False)]
    )


PROGRAMME_NAME = re.compile(r'class="utrecht-heading-3 wr-programme__name"><a[^>]*>([^<]+)</a>')


def names_in(response) -> list[str]:
    return PROGRAMME_NAME.findall(response.content.decode())


# --- List and filters ----------------------------------------------------------------------------


def test_catalogue_lists_published_programmes_but_no_concepts_or_ended_ones(client, catalogue):
    response = client.get(LIST)
    assert response.status_code == 200
    assert names_in(response) == ["IPS Drechtsteden", "Jobcoaching", "Training Enschede"]
    assert "3 trajecten gevonden" in response.content.decode()


def test_ended_programmes_are_shown_on_request_and_marked_as_ended(client, catalogue):
    response = client.get(LIST, {"ended": "on"})
    assert names_in(response)[-1] == "Pilot Werk 2013"
    assert "Beëindigd (2013–2015)" in response.content.decode()
    assert "Concept Idee" not in response.content.decode()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"region": "AM07"}, ["IPS Drechtsteden", "Jobcoaching"]),
        ({"region": "AM31"}, ["Jobcoaching", "Training Enschede"]),
        ({"municipality": "dordrecht"}, ["IPS Drechtsteden", "Jobcoaching"]),
        ({"municipality": "GM0153"}, ["Jobcoaching", "Training Enschede"]),
        ({"municipality": "Bergen (L.)"}, ["Jobcoaching"]),
        ({"region": "AM07", "municipality": "Dordrecht"}, ["IPS Drechtsteden", "Jobcoaching"]),
        ({"benefit": "ww"}, ["Jobcoaching", "Training Enschede"]),
        ({"benefit": "bijstand"}, ["IPS Drechtsteden", "Jobcoaching"]),
        ({"kind": "ips"}, ["IPS Drechtsteden"]),
        ({"kind": "ips", "ended": "on"}, ["IPS Drechtsteden", "Pilot Werk 2013"]),
        ({"wish": "skills"}, ["Jobcoaching", "Training Enschede"]),
        ({"region": "", "benefit": "", "kind": "", "wish": "", "municipality": ""}, [
            "IPS Drechtsteden", "Jobcoaching", "Training Enschede",
        ]),
    ],
)
def test_each_filter_narrows_the_list(client, catalogue, params, expected):
    response = client.get(LIST, params)
    assert response.status_code == 200
    assert names_in(response) == expected


def test_with_a_place_chosen_only_the_providers_there_are_named(client, catalogue):
    yulius, mediant = (models.Organisation.objects.get(slug=slug) for slug in ["yulius", "mediant"])
    drechtsteden = models.Region.objects.get(code="AM07")
    enschede = models.Municipality.objects.get(code="GM0153")
    full_programme(
        "wabz", name="Werk als Beste Zorg", benefits=[],
        offerings=[
            (yulius, "regions", [drechtsteden], [], True),
            (mediant, "municipalities", [], [enschede], True),
        ],
    )
    everywhere = client.get(LIST).content.decode()
    in_dordrecht = client.get(LIST, {"municipality": "Dordrecht"}).content.decode()
    assert "Regionaal, door Mediant, Yulius" in everywhere
    assert "Regionaal, door Yulius<" in in_dordrecht


def test_no_match_says_so_and_offers_the_whole_list(client, catalogue):
    response = client.get(LIST, {"region": "AM25", "kind": "ips"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Geen trajecten gevonden" in content
    assert "bekijk alle trajecten" in content


def test_filter_form_works_without_javascript_and_narrows_with_htmx(client, catalogue):
    content = client.get(LIST).content.decode()
    form = re.search(r"<form[^>]*wr-filters[^>]*>", content, re.S).group(0)
    assert 'method="get"' in form
    assert 'action="/catalogus/"' in form
    assert 'hx-get="/catalogus/"' in form
    assert 'hx-trigger="change"' in form
    assert 'hx-target="#results"' in form
    assert 'hx-push-url="true"' in form
    assert ">Filter toepassen</button>" in content
    assert 'id="results"' in content
    assert re.search(r'<p id="result-count"[^>]*role="status"', content)


def test_htmx_request_gets_only_the_results_partial(client, catalogue):
    response = client.get(LIST, {"benefit": "ww"}, headers={"HX-Request": "true"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in content
    assert "<form" not in content
    assert names_in(response) == ["Jobcoaching", "Training Enschede"]
    assert '<span id="result-count" data-hx-swap-oob="innerHTML">2 trajecten gevonden</span>' in content
    assert "HX-Request" in response["Vary"]


def test_htmx_history_restore_gets_the_whole_page(client, catalogue):
    response = client.get(
        LIST, {"benefit": "ww"}, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"}
    )
    assert "<html" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"benefit": "loterij"}, "Kies een uitkering uit de lijst."),
        ({"region": "AM99"}, "Kies een arbeidsmarktregio uit de lijst."),
        ({"kind": "toverkunst"}, "Kies een soort ondersteuning uit de lijst."),
        ({"wish": "<script>"}, "Kies een ondersteuningswens uit de lijst."),
        ({"municipality": "Atlantis"}, "We kennen geen gemeente met de naam ‘Atlantis’."),
        ({"municipality": "x" * 300}, "Deze naam is te lang voor een gemeente."),
        (
            {"region": "AM31", "municipality": "Dordrecht"},
            "Dordrecht ligt in arbeidsmarktregio Drechtsteden, niet in Twente.",
        ),
    ],
)
def test_bad_filter_values_give_400_with_a_dutch_message(client, catalogue, params, message):
    response = client.get(LIST, params)
    content = response.content.decode()
    assert response.status_code == 400
    assert message in content
    assert "Er is iets niet goed ingevuld" in content
    assert 'aria-invalid="true"' in content
    assert names_in(response) == []


def test_bad_filter_value_in_htmx_request_gives_400_partial_with_the_message(client, catalogue):
    response = client.get(LIST, {"municipality": "Atlantis"}, headers={"HX-Request": "true"})
    content = response.content.decode()
    assert response.status_code == 400
    assert "<html" not in content
    assert 'id="filter-errors" data-hx-swap-oob="innerHTML"' in content
    assert "We kennen geen gemeente met de naam ‘Atlantis’." in content


def test_ambiguous_gemeente_offers_each_candidate(client, catalogue):
    response = client.get(LIST, {"municipality": "bergen", "benefit": "ww"})
    content = response.content.decode()
    assert response.status_code == 400
    assert "Er zijn meer gemeenten met de naam ‘bergen’. Bedoelt u Bergen (L.) of Bergen (NH.)?" in content
    assert "municipality=Bergen+%28NH.%29" in content
    assert "arbeidsmarktregio Noord-Holland Noord" in content


# --- Detail ------------------------------------------------------------------------------------


def test_detail_page_tells_for_whom_where_who_pays_and_what_is_known(client, catalogue):
    response = client.get(reverse("programmes:detail", args=["ips-drechtsteden"]))
    content = response.content.decode()
    assert response.status_code == 200
    # for whom, in words
    assert "Psychische klachten of een psychische aandoening" in content
    assert "Ernstige, langdurige psychische problemen (EPA)" in content
    assert "Van 18 tot en met 65 jaar" in content
    assert "Met of zonder zorg of begeleiding" in content
    assert "Is er een behandelaar betrokken?" in content
    # where and by whom
    assert "In de arbeidsmarktregio&#x27;s: Drechtsteden" in content
    assert "Alleen voor cliënten van Yulius" in content
    # funding table
    assert '<th scope="col" class="utrecht-table__header-cell">Wie betaalt</th>' in content
    assert '<th scope="row" class="utrecht-table__header-cell">Bijstand (gemeente, Participatiewet)</th>' in (
        content
    )
    assert "Participatiewet art. 7" in content
    # evidence: level, the kind's international figures, each study
    assert "Niet beoordeeld" in content
    assert "<strong>55%</strong> van de deelnemers betaald werk (spreiding 40–70), in 27 studies" in content
    assert "48,8% betaald werk" in content
    assert "RCT" in content
    assert "120" in content
    assert "Bond et al." in content
    # sources
    assert "seed 003, Tabel 3" in content
    assert 'href="https://example.org/b"' in content


def test_detail_headings_are_in_order(client, catalogue):
    content = client.get(reverse("programmes:detail", args=["ips-drechtsteden"])).content.decode()
    levels = [int(level) for level in re.findall(r"<h([1-6])", content)]
    assert levels[0] == 1
    assert levels.count(1) == 1
    assert all(later - earlier <= 1 for earlier, later in itertools.pairwise(levels))


def test_ended_programme_is_shown_as_ended_with_its_period_and_evidence(client, catalogue):
    response = client.get(reverse("programmes:detail", args=["pilot-2013"]))
    content = response.content.decode()
    assert response.status_code == 200
    assert "Dit traject is beëindigd (looptijd 2013–2015)." in content
    assert "Aanmelden kan niet meer." in content
    assert "48,8% betaald werk" in content
    assert "(beëindigd)" in content  # in the title


@pytest.mark.parametrize("slug", ["concept-idee", "bestaat-niet"])
def test_concept_or_unknown_programme_is_not_found(client, catalogue, slug):
    assert client.get(f"/catalogus/{slug}/").status_code == 404


@pytest.mark.parametrize("url", [LIST, "/catalogus/ips-drechtsteden/", "/catalogus/?municipality=Atlantis"])
def test_pages_have_no_inline_style_or_script(client, catalogue, url):
    content = client.get(url).content.decode()
    assert "style=" not in content
    # A JSON-LD data block is never executed (opendata.jsonld): it is not inline script.
    assert not re.search(r"<script(?![^>]*\b(?:src=|type=\"application/ld\+json\"))[^>]*>", content)
    assert " on" + "click=" not in content


# --- Query counts --------------------------------------------------------------------------------


def count_queries(client, url, django_assert_max_num_queries, limit=20) -> tuple[int, int]:
    """(queries on a cold snapshot, queries once the snapshot is cached)."""
    clear_cache()
    with django_assert_max_num_queries(limit) as cold:
        assert client.get(url).status_code == 200
    with django_assert_max_num_queries(limit) as warm:
        assert client.get(url).status_code == 200
    return len(cold.captured_queries), len(warm.captured_queries)


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/catalogus/?region=AM07&benefit=bijstand", "/catalogus/traject-000/"])
def test_pages_cost_the_same_queries_whatever_the_catalogue_size(client, django_assert_max_num_queries, url):
    catalogue_of(2)
    small = count_queries(client, url, django_assert_max_num_queries)
    catalogue_of(25, start=2)
    large = count_queries(client, url, django_assert_max_num_queries)
    assert small == large
    assert small[1] < small[0]  # a cached snapshot costs only its signature


# --- The shipped catalogue -----------------------------------------------------------------------


def fixture_has_programmes() -> bool:
    path = Path(settings.BASE_DIR) / "fixtures" / "catalogue.json"
    if not path.exists():
        return False
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return False
    return any(row.get("model") == "programmes.programme" for row in rows)


@pytest.mark.django_db
def test_every_visible_programme_in_the_catalogue_has_a_working_page(client):
    if fixture_has_programmes():
        load_shipped_catalogue()
    else:
        catalogue_of(3)
        full_programme("beeindigd", status="ended", period="2013–2015")
    visible = list(models.Programme.objects.visible().values_list("slug", flat=True))
    assert visible
    for slug in visible:
        response = client.get(f"/catalogus/{slug}/")
        assert response.status_code == 200, slug
    listing = client.get(LIST, {"ended": "on"})
    assert listing.status_code == 200
    assert len(names_in(listing)) == len(visible)
