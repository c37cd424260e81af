"""The effect of publishing: which region × benefit × wish combinations gain or lose a programme."""

from dataclasses import replace

import pytest

from curation import effects
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
from tests.factories import (
    MunicipalityFactory,
    OfferingFactory,
    ProgrammeFactory,
    RegionFactory,
    make_professional,
)

KIND = KindData("ips", "IPS")
GGZ = OrganisationData("ggz", "GGZ", "ggz")
IN_NORTH = (OfferingData(GGZ, "regions", region_codes=frozenset({"AM01"})),)
IN_SOUTH = (OfferingData(GGZ, "regions", region_codes=frozenset({"AM02"})),)
BASE = ProgrammeData(
    slug="p", name="P", status="published", kind=KIND, offerings=IN_NORTH,
    benefits=frozenset({"bijstand"}), wishes=frozenset({"paid_work_now"}),
)
PLACES = {
    "regions": {"AM01": RegionData("AM01", "Noord"), "AM02": RegionData("AM02", "Zuid")},
    "municipalities": {
        "GM1": MunicipalityData("GM1", "Aadorp", "AM01"),
        "GM2": MunicipalityData("GM2", "Zandvoort", "AM02"),
    },
    "organisations": {"ggz": GGZ},
}


def catalogue(*programmes: ProgrammeData) -> Catalogue:
    return Catalogue(programmes=programmes, **PLACES)


@pytest.mark.parametrize(
    ("before", "after", "gained", "lost"),
    [
        # Unchanged: nothing.
        (BASE, BASE, (), ()),
        # Never published before: everything it reaches is gained.
        (None, BASE, (("AM01", "bijstand", "paid_work_now"),), ()),
        (replace(BASE, status="concept"), BASE, (("AM01", "bijstand", "paid_work_now"),), ()),
        # Ended: everything is lost.
        (BASE, replace(BASE, status="ended"), (), (("AM01", "bijstand", "paid_work_now"),)),
        # A benefit more.
        (BASE, replace(BASE, benefits=frozenset({"bijstand", "ww"})),
         (("AM01", "ww", "paid_work_now"),), ()),
        # Moved to another region.
        (BASE, replace(BASE, offerings=IN_SOUTH),
         (("AM02", "bijstand", "paid_work_now"),), (("AM01", "bijstand", "paid_work_now"),)),
        # Only for basic GGZ care with mild complaints: still reaches the combination (any person).
        (None, replace(BASE, care=frozenset({"basic_ggz"}), severities=frozenset({"mild_moderate"})),
         (("AM01", "bijstand", "paid_work_now"),), ()),
        # For people in education only: still reaches it.
        (None, replace(BASE, situations=frozenset({"in_education"})),
         (("AM01", "bijstand", "paid_work_now"),), ()),
        # Only for people under 25: the typical person (35) is too old everywhere.
        (BASE, replace(BASE, max_age=25), (), (("AM01", "bijstand", "paid_work_now"),)),
        # Only for other limitations: outside the typical person (psychische klachten) of the overviews.
        (BASE, replace(BASE, concerns=frozenset({"other_limitation"})),
         (), (("AM01", "bijstand", "paid_work_now"),)),
    ],
)
def test_publication_effect(before, after, gained, lost):
    before_catalogue = catalogue(*([before] if before else []))
    after_catalogue = catalogue(after)
    assert effects.publication_effect(before_catalogue, after_catalogue, "p") == (gained, lost)


def test_an_open_programme_reaches_every_combination():
    national = (OfferingData(GGZ, "national"),)
    open_to_all = replace(BASE, benefits=frozenset(), wishes=frozenset(), offerings=national)
    assert len(effects.reach(catalogue(open_to_all), "p")) == 2 * 8 * 7


def test_other_programmes_do_not_matter():
    other = replace(BASE, slug="q", name="Q", benefits=frozenset({"ww"}))
    assert effects.reach(catalogue(BASE, other), "p") == effects.reach(catalogue(BASE), "p")


def test_with_programme_replaces_or_removes_one_programme():
    other = replace(BASE, slug="q")
    both = catalogue(BASE, other)
    assert [p.slug for p in effects.with_programme(both, "p", None).programmes] == ["q"]
    changed = effects.with_programme(both, "p", replace(BASE, name="Nieuw"))
    assert changed.programme("p").name == "Nieuw"
    assert both.programme("p").name == "P"


def test_summary_groups_per_benefit_and_wish_and_says_all_regions():
    combos = [("AM01", "ww", "skills"), ("AM02", "ww", "skills"), ("AM02", "bijstand", "explore")]
    rows = effects.summarise(combos, catalogue())
    assert [(r.benefit, r.wish, r.regions) for r in rows] == [
        ("Bijstand (gemeente, Participatiewet)", "Uitzoeken wat past", "Zuid"),
        ("WW", "Vaardigheden leren", "alle 2 regio's"),
    ]


P1_FIT = effects.Placing(1, "fit")


@pytest.mark.parametrize(
    ("before", "after", "kind"),
    [
        (None, None, None),
        (P1_FIT, P1_FIT, None),
        (None, P1_FIT, "erbij"),
        (P1_FIT, None, "eraf"),
        (P1_FIT, effects.Placing(2, "fit"), "volgorde"),
        (P1_FIT, effects.Placing(1, "possible"), "passend"),
        (P1_FIT, effects.Placing(3, "possible"), "volgorde"),  # a new place is said before a new fit
    ],
)
def test_change_kind_says_what_changed_for_one_person(before, after, kind):
    assert effects.change_kind(before, after) == kind


def test_persona_changes_name_who_sees_the_programme_move_and_leave_out_the_others():
    from curation.coverage import typical_answers
    from triage.personas import Persona

    north = Persona("noord", "Iemand in Aadorp", typical_answers("GM1", "bijstand", "paid_work_now"))
    south = Persona("zuid", "Iemand in Zandvoort", typical_answers("GM2", "bijstand", "paid_work_now"))
    other = replace(BASE, slug="q", name="Q")
    # Same fit, same limits: within the region the order ends by name, so "Z" comes after "Q".
    before = catalogue(replace(BASE, name="Z"), other)
    after = catalogue(replace(BASE, name="A"), other)
    assert effects.placing(before, "p", north.answers) == effects.Placing(2, "fit")
    changes = effects.persona_changes(before, after, "p", [north, south])
    assert [(c.description, c.change, c.before.position, c.after.position) for c in changes] == [
        ("Iemand in Aadorp", "volgorde", 2, 1),
    ]
    gone = effects.persona_changes(before, catalogue(other), "p", [north, south])
    assert [(c.description, c.change, c.after) for c in gone] == [("Iemand in Aadorp", "eraf", None)]


# --- The admin step --------------------------------------------------------------------------------


@pytest.fixture
def two_regions(db):
    north = RegionFactory(code="AM01", name="Noord")
    south = RegionFactory(code="AM02", name="Zuid")
    MunicipalityFactory(code="GM1", name="Aadorp", region=north)
    MunicipalityFactory(code="GM2", name="Zandvoort", region=south)
    return north, south


REASON = {"reden": "Klaar om te publiceren", "gecontroleerd_door": "Collega"}


def test_a_new_concept_shows_what_publishing_adds_and_can_be_published(curator_client, two_regions):
    north, _south = two_regions
    programme = ProgrammeFactory(slug="nieuw", name="Nieuw traject", status="concept", benefits=["ww"],
                                 wishes=["skills"])
    OfferingFactory(programme=programme, scope="regions", regions=[north])
    body = curator_client.get("/overzichten/effect/nieuw").content.decode()
    assert "nog nooit gepubliceerd" in body
    assert "Erbij: 1 combinaties" in body
    assert "Eraf: 0 combinaties" in body
    assert "<td class=\"utrecht-table__cell\">Noord</td>" in body
    assert 'action="/overzichten/effect/nieuw/publiceren"' in body
    response = curator_client.post("/overzichten/effect/nieuw/publiceren", REASON)
    assert response.status_code == 302
    programme.refresh_from_db()
    assert programme.status == "published"
    assert programme.history.first().history_user.username == "beheerder"
    assert "is gepubliceerd" in curator_client.get("/overzichten/effect/nieuw").content.decode()


def test_an_edit_saved_as_concept_is_compared_with_the_last_published_version(curator_client, two_regions):
    north, south = two_regions
    programme = ProgrammeFactory(slug="ips", name="IPS", benefits=["bijstand"], wishes=["paid_work_now"])
    offering = OfferingFactory(programme=programme, scope="regions", regions=[north])
    # The curator saves it as concept, with a benefit more and offered in the south instead.
    programme.status = "concept"
    programme.benefits = ["bijstand", "ww"]
    programme.save()
    offering.regions.set([south])
    body = curator_client.get("/overzichten/effect/ips").content.decode()
    assert "We vergelijken de versie die het laatst gepubliceerd was" in body
    assert "Erbij: 2 combinaties" in body  # south: bijstand and ww
    assert "Eraf: 1 combinaties" in body  # north: bijstand
    gained = body[body.index("Erbij"):body.index("Eraf")]
    lost = body[body.index("Eraf"):]
    assert "Zuid" in gained
    assert "Noord" not in gained
    assert "Noord" in lost


def test_a_published_programme_shows_no_difference_and_no_button(curator_client, two_regions):
    ProgrammeFactory(slug="live", name="Live")
    body = curator_client.get("/overzichten/effect/live").content.decode()
    assert "Er is geen concept" in body
    assert "Erbij: 0 combinaties" in body
    assert "Eraf: 0 combinaties" in body
    assert "/publiceren" not in body
    response = curator_client.post("/overzichten/effect/live/publiceren", REASON)
    assert response.status_code == 302


def test_publishing_without_a_source_is_refused_and_changes_nothing(curator_client, two_regions):
    ProgrammeFactory(slug="kaal", name="Kaal", status="concept", with_parts=False)
    response = curator_client.post("/overzichten/effect/kaal/publiceren")
    assert response.status_code == 422
    assert "heeft nog geen bron" in response.content.decode()
    assert catalogue_models.Programme.objects.get(slug="kaal").status == "concept"


def test_an_unknown_programme_is_a_404(curator_client, two_regions):
    assert curator_client.get("/overzichten/effect/bestaat-niet").status_code == 404


def test_professionals_and_visitors_cannot_see_or_publish(client, two_regions):
    ProgrammeFactory(slug="nieuw", status="concept")
    assert client.get("/overzichten/effect/nieuw")["Location"].startswith("/inloggen")
    assert client.post("/overzichten/effect/nieuw/publiceren")["Location"].startswith("/inloggen")
    client.force_login(make_professional())
    assert client.get("/overzichten/effect/nieuw").status_code == 403
    assert client.post("/overzichten/effect/nieuw/publiceren").status_code == 403
    assert catalogue_models.Programme.objects.get(slug="nieuw").status == "concept"


def test_the_programme_admin_page_links_to_the_effect(curator_client, two_regions):
    programme = ProgrammeFactory(slug="nieuw", status="concept")
    body = curator_client.get(f"/beheer/programmes/programme/{programme.pk}/change/").content.decode()
    assert 'href="/overzichten/effect/nieuw"' in body


def test_publishing_makes_a_new_version_so_an_older_admin_form_is_refused(curator_client, two_regions):
    programme = ProgrammeFactory(slug="versie", status="concept")
    before = programme.version
    assert curator_client.post("/overzichten/effect/versie/publiceren", REASON).status_code == 302
    programme.refresh_from_db()
    assert programme.version == before + 1


def test_an_ended_programme_cannot_be_published_again(curator_client, two_regions):
    ProgrammeFactory(slug="oud", status="ended")
    body = curator_client.get("/overzichten/effect/oud").content.decode()
    assert "/publiceren" not in body
    response = curator_client.post("/overzichten/effect/oud/publiceren")
    assert response.status_code == 422
    assert "beëindigd" in response.content.decode()
    from programmes.models import Programme

    assert Programme.objects.get(slug="oud").status == "ended"
