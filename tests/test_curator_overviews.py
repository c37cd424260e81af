"""The curators' overviews: who may see them, gaps with the "< 5" rule, coverage, programmes to check."""

import datetime
import re

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from curation import coverage
from programmes import models as catalogue_models
from programmes.catalogue import (
    Catalogue,
    KindData,
    MunicipalityData,
    OfferingData,
    OrganisationData,
    ProgrammeData,
    RegionData,
)
from tests.factories import ProgrammeFactory, make_curator, make_professional, small_catalogue
from tests.helpers import load_shipped_catalogue
from triage.models import GapRecord

PAGES = ["/overzichten/", "/overzichten/witte-vlekken", "/overzichten/dekking"]


# --- Who may ---------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_anonymous_visitors_are_sent_to_the_login_page(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/inloggen?next=")


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_a_professional_gets_a_403(client, path):
    client.force_login(make_professional())
    assert client.get(path).status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_a_curator_and_a_superuser_may(client, path):
    small_catalogue()
    client.force_login(make_curator())
    assert client.get(path).status_code == 200
    client.force_login(User.objects.create_superuser("baas"))
    assert client.get(path).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_the_curators_pages_are_never_kept_by_a_cache(curator_client, path):
    small_catalogue()
    assert "no-store" in curator_client.get(path)["Cache-Control"]


@pytest.mark.django_db
def test_a_professional_cannot_edit_the_catalogue_in_the_admin(client):
    small_catalogue()
    client.force_login(make_professional())
    # Not staff: the admin sends them to its login.
    assert client.get("/beheer/programmes/programme/").status_code == 302
    staff = make_professional("medewerker", is_staff=True)
    client.force_login(staff)
    programme = catalogue_models.Programme.objects.get(slug="jobcoaching")
    assert client.get("/beheer/programmes/programme/").status_code == 403
    assert client.get(f"/beheer/programmes/programme/{programme.pk}/change/").status_code == 403
    delete = client.post(f"/beheer/programmes/programme/{programme.pk}/delete/", {"post": "yes"})
    assert delete.status_code == 403
    assert catalogue_models.Programme.objects.filter(pk=programme.pk).exists()


@pytest.mark.django_db
def test_a_curator_can_edit_the_catalogue_in_the_admin(client):
    small_catalogue()
    client.force_login(make_curator())
    programme = catalogue_models.Programme.objects.get(slug="jobcoaching")
    assert client.get("/beheer/programmes/programme/").status_code == 200
    assert client.get(f"/beheer/programmes/programme/{programme.pk}/change/").status_code == 200
    assert client.get("/beheer/programmes/programme/add/").status_code == 200


# --- Gaps --------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_gap_overview_counts_per_region_benefit_and_wish_rounded_and_hides_small_numbers(client, settings):
    from curation import gaps

    places = small_catalogue()
    for _ in range(12):
        GapRecord.objects.create(region=places["twente"], benefit="none", wish="paid_work_now", care="none")
    for _ in range(3):
        GapRecord.objects.create(region=places["drechtsteden"], benefit="bijstand", wish="education")
    GapRecord.objects.create(region=None, benefit="", wish="")
    # A visit of the group that is not reached is no situation without an offer.
    GapRecord.objects.create(
        region=places["twente"], benefit="none", wish="paid_work_now", kind="not_reached"
    )
    client.force_login(make_curator())
    body = client.get("/overzichten/witte-vlekken").content.decode()
    table = body[body.index('id="tabel"'):]  # the map's own table comes first
    rows = table[table.index("<tbody"):table.index("</tbody>")]
    twelve = gaps.rounded_count(12, gaps.cell_offset(settings.SECRET_KEY, "Twente", "none", "paid_work_now"))
    assert f'<td class="utrecht-table__cell wr-num">{twelve}</td>' in rows
    assert rows.index("Twente") < rows.index("Regio onbekend")
    for exact in (">12<", ">13<", ">3<", ">1<"):
        assert exact not in rows
    assert all(int(n) % 5 == 0 for n in re.findall(r'wr-num">(\d+)<', rows))
    assert "Totaal geteld (afgerond): <strong>" in body


@pytest.mark.django_db
def test_gap_overview_counts_the_group_not_reached_as_its_own_category(client, settings):
    # Issue 10 point 8: visits of the group the research says is not reached count in the curators'
    # gap overview as their own category, rounded as the gaps are, and never as a gap.
    from curation import gaps

    places = small_catalogue()
    for _ in range(12):
        GapRecord.objects.create(region=places["twente"], benefit="none", wish="paid_work_now",
                                 kind="not_reached")
    GapRecord.objects.create(region=places["drechtsteden"], benefit="bijstand", wish="education",
                             kind="not_reached")
    client.force_login(make_curator())
    body = client.get("/overzichten/witte-vlekken").content.decode()

    gaps_part = body[body.index('id="tabel"'):body.index('id="niet-bereikt"')]
    assert "nog geen situatie zonder passend aanbod geteld" in gaps_part
    section = body[body.index('id="niet-bereikt"'):]
    rows = section[section.index("<tbody"):section.index("</tbody>")]
    offset = gaps.cell_offset(settings.SECRET_KEY, "Twente", "none", "paid_work_now", "not_reached")
    twelve = gaps.rounded_count(12, offset)
    assert f'<td class="utrecht-table__cell wr-num">{twelve}</td>' in rows
    assert "&lt; 5" in rows
    assert "Drechtsteden" in rows
    assert ">12<" not in rows
    assert ">1<" not in rows
    assert rows.index("Twente") < rows.index("Drechtsteden")


@pytest.mark.django_db
def test_gap_overview_total_is_hidden_when_small(client, settings):
    settings.SECRET_KEY = "y" * 50
    from curation import gaps

    assert gaps.cell_offset(settings.SECRET_KEY, "", "ww", "skills") > 1  # so 1 rounds to nothing
    GapRecord.objects.create(region=None, benefit="ww", wish="skills")
    client.force_login(make_curator())
    body = client.get("/overzichten/witte-vlekken").content.decode()
    assert "Totaal geteld (afgerond): <strong>1 groep van minder dan 5</strong>" in body


# --- Coverage ----------------------------------------------------------------------------------------

NORTH = RegionData("AM01", "Noord")
SOUTH = RegionData("AM02", "Zuid")
EMPTY = RegionData("AM03", "Zonder gemeente")
KIND = KindData("ips", "IPS")
GGZ = OrganisationData("ggz-noord", "GGZ Noord", "ggz")


def programme(slug, *, offerings, status="published", **fields) -> ProgrammeData:
    return ProgrammeData(
        slug=slug, name=slug.title(), status=status, kind=KIND, offerings=offerings, **fields
    )


KNOWN = Catalogue(
    programmes=(
        programme("ips-noord", offerings=(OfferingData(GGZ, "regions", region_codes=frozenset({"AM01"}),
                                                       requires_care_at_provider=True),),
                  care=frozenset({"specialist_ggz"}), wishes=frozenset({"paid_work_now"})),
        programme("landelijk", offerings=(OfferingData(GGZ, "national"),), benefits=frozenset({"ww"})),
        programme("alleen-b", offerings=(
            OfferingData(GGZ, "municipalities", municipality_codes=frozenset({"GM2"})),
        )),
        programme("concept", offerings=(OfferingData(GGZ, "national"),), status="concept"),
        programme("werk-houden", offerings=(OfferingData(GGZ, "national"),),
                  situations=frozenset({"employed_at_risk"}), wishes=frozenset({"keep_job"})),
    ),
    regions={"AM01": NORTH, "AM02": SOUTH, "AM03": EMPTY},
    municipalities={
        "GM1": MunicipalityData("GM1", "Aadorp", "AM01"),
        "GM2": MunicipalityData("GM2", "Bedum", "AM01"),
        "GM3": MunicipalityData("GM3", "Zandvoort", "AM02"),
    },
    organisations={"ggz-noord": GGZ},
)


@pytest.mark.parametrize(
    ("region", "benefit", "wish", "care", "count"),
    [
        ("AM01", "bijstand", "paid_work_now", "specialist_ggz", 1),  # IPS Noord (instelling unknown)
        ("AM01", "ww", "paid_work_now", "specialist_ggz", 2),  # + the national one for WW
        ("AM01", "ww", "explore", "specialist_ggz", 1),  # IPS Noord is not for this wish
        ("AM01", "bijstand", "paid_work_now", "none", 0),  # IPS Noord needs specialist care
        ("AM02", "bijstand", "paid_work_now", "specialist_ggz", 0),  # a white spot
        ("AM02", "ww", "skills", "basic_ggz", 1),
        ("AM01", "bijstand", "keep_job", "none", 1),  # keeping a job: someone with a job
        ("AM03", "bijstand", "paid_work_now", "specialist_ggz", None),  # no gemeente to try
    ],
)
def test_coverage_counts_what_fits_the_typical_person(region, benefit, wish, care, count):
    assert coverage.coverage(KNOWN, care).count(region, benefit, wish) == count


def test_coverage_uses_the_first_gemeente_of_a_region_and_leaves_concepts_out():
    result = coverage.coverage(KNOWN)
    assert result.municipalities["AM01"].name == "Aadorp"
    # "alleen-b" is only offered in Bedum, the region's second gemeente.
    assert "alleen-b" not in result.cells[("AM01", "bijstand", "explore")]
    assert all("concept" not in found for found in result.cells.values())


def test_coverage_has_a_cell_for_every_region_with_a_gemeente_benefit_and_wish():
    result = coverage.coverage(KNOWN)
    assert len(result.cells) == 2 * 8 * 7
    assert result.white_spots("bijstand") == sum(
        1 for (_r, b, _w), found in result.cells.items() if b == "bijstand" and not found
    )


@pytest.mark.django_db
def test_coverage_is_computed_once_per_catalogue_version():
    small_catalogue()
    first = coverage.current_coverage()
    assert coverage.current_coverage() is first
    assert coverage.current_coverage("none") is not first
    ProgrammeFactory(slug="nieuw")  # a catalogue write: a new version
    assert coverage.current_coverage() is not first


@pytest.mark.django_db
def test_coverage_page_shows_the_matrix_for_the_chosen_benefit_and_care(client):
    small_catalogue()
    client.force_login(make_curator())
    body = client.get("/overzichten/dekking?uitkering=bijstand&zorg=specialist_ggz").content.decode()
    assert "Drechtsteden" in body
    assert "(Alblasserdam)" in body  # the gemeente used for the region
    drechtsteden = body[body.index("Drechtsteden <span"):]
    drechtsteden = drechtsteden[:drechtsteden.index("</tr>")]
    # Werk als Beste Zorg for "direct aan betaald werk", nothing for the other six wishes.
    assert drechtsteden.count(">1</td>") == 1
    assert drechtsteden.count("0 <span class=\"wr-visually-hidden\">(witte vlek)</span>") == 6


@pytest.mark.django_db
def test_coverage_page_refuses_unknown_choices_with_a_400(client):
    small_catalogue()
    client.force_login(make_curator())
    response = client.get("/overzichten/dekking?uitkering=loterij&zorg=x")
    assert response.status_code == 400
    assert "Kies een uitkering uit de lijst." in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_coverage_of_the_real_catalogue_has_a_cell_per_region_benefit_and_wish():
    # How fast it is, is the benchmark's business (scripts/bench), not a unit test's.

    from programmes.snapshot import build_catalogue

    load_shipped_catalogue()
    result = coverage.coverage(build_catalogue())
    assert len(result.cells) == 35 * 8 * 7


# --- Programmes to check -----------------------------------------------------------------------------


@pytest.fixture
def programmes_to_check(db):
    today = timezone.localdate()
    return {
        "fresh": ProgrammeFactory(slug="vers", name="Vers", last_verified=today),
        "old": ProgrammeFactory(slug="oud", name="Oud", last_verified=today - datetime.timedelta(days=400)),
        "never": ProgrammeFactory(slug="nooit", name="Nooit", last_verified=None),
        "expired": ProgrammeFactory(slug="verlopen", name="Verlopen", last_verified=today,
                                    recognition_valid_until=today - datetime.timedelta(days=1)),
        "ended": ProgrammeFactory(slug="gestopt", name="Gestopt", status="ended", last_verified=None),
    }


def test_overview_lists_programmes_to_check_with_their_reasons(client, programmes_to_check):
    client.force_login(make_curator())
    body = client.get("/overzichten/").content.decode()
    section = body[body.index("Trajecten die controle nodig hebben"):body.index("Concepten")]
    assert "(3)" in section
    for name in ("Oud", "Nooit", "Verlopen"):
        assert f">{name}</a>" in section
    assert ">Vers</a>" not in section
    assert ">Gestopt</a>" not in section  # ended programmes are not recommended any more
    assert "Nooit gecontroleerd" in section
    assert "Erkenning verlopen op" in section


def test_admin_lists_programmes_to_check_first_and_filters_them(client, programmes_to_check):
    client.force_login(make_curator())
    body = client.get("/beheer/programmes/programme/").content.decode()
    table = body[body.index('id="result_list"'):]
    names = ("Vers", "Oud", "Nooit", "Verlopen", "Gestopt")
    positions = {name: table.index(f">{name}</a>") for name in names}
    # Ended programmes need no check (programmes.rules): they come with the others, by name.
    assert max(positions[n] for n in ("Oud", "Nooit", "Verlopen")) < positions["Gestopt"] < positions["Vers"]
    filtered = client.get("/beheer/programmes/programme/?controle=ja").content.decode()
    assert "Controle nodig" in filtered
    assert ">Vers</a>" not in filtered[filtered.index('id="result_list"'):]
    rest = client.get("/beheer/programmes/programme/?controle=nee").content.decode()
    kept = [n for n in ("Vers", "Oud", "Nooit", "Verlopen", "Gestopt") if f">{n}</a>" in rest]
    assert kept == ["Vers", "Gestopt"]


@pytest.mark.django_db
def test_the_check_page_lists_offerings_without_a_contact_route_and_broken_links(client):
    from django.utils import timezone

    from programmes.models import LinkCheck
    from tests.factories import OfferingFactory

    silent = OfferingFactory(contact="", desk="provider")
    OfferingFactory(contact="Bel de aanbieder.")
    LinkCheck.objects.create(url="https://example.org/weg", status="broken", http_status=404,
                             problem="Pagina bestaat niet", checked_at=timezone.now())
    client.force_login(make_curator())
    body = client.get("/overzichten/").content.decode()
    section = body[body.index("Aanbod zonder contact"):body.index("Webadressen die niet werken")]
    assert "(1)" in section
    assert f"{silent.programme.name} – {silent.provider.name}: <strong>contact ontbreekt</strong>" in section
    assert "https://example.org/weg" in body


def test_the_check_page_names_published_programmes_without_english_and_which_texts(client, db):
    ProgrammeFactory(slug="half", name="Half vertaald", name_en="Half translated", summary="U krijgt hulp.",
                     summary_en="", description="Hulp.", description_en="Help.")
    ProgrammeFactory(slug="concept", name="Nog een concept", status="concept")
    client.force_login(make_curator())
    body = client.get("/overzichten/").content.decode()
    section = body[body.index("Gepubliceerde trajecten zonder Engels"):]
    assert ">Half vertaald</a>: geen Engels bij samenvatting" in section
    assert "Nog een concept" not in section  # only what the public reads now


@pytest.mark.django_db
def test_the_overviews_filters_send_every_field_to_their_own_address(client):
    small_catalogue()
    client.force_login(make_curator())
    for address, fields in (("/overzichten/dekking", ("uitkering", "zorg", "ernst", "soort", "traject")),
                            ("/overzichten/witte-vlekken", ("uitkering", "wens", "regio"))):
        page = client.get(address).content.decode()
        form = page[page.index(f'<form method="get" action="{address}"'):]
        form = form[:form.index("</form>")]

        assert re.findall(r'<(?:select|input)[^>]* name="([^"]+)"', form) == list(fields)
