"""Scenarios on the real catalogue (fixtures/catalogue.json), written from the seeds: people in their
own region and care, and what they are offered.

Each test is a person in the stroomschema's terms (DESIGN.md keys and values), run through
`triage.matching.match` against the shipped catalogue. The fixture is loaded once per run
(`shipped_catalogue`) and rolled back; the tests read the pure snapshot, as the site does, and
query nothing themselves.
"""

import pytest

from programmes import models
from programmes.catalogue import Catalogue
from programmes.snapshot import get_catalogue
from tests.helpers import load_shipped_catalogue
from tests.scenario_helpers import (
    AMSTERDAM,
    DEN_HAAG,
    DORDRECHT,
    ENSCHEDE,
    ROERMOND,
    ROTTERDAM,
    UTRECHT,
    VENLO,
    fits,
    mental,
    order,
    plain_fits,
    shown,
    the,
)
from triage import wording
from triage.matching import (
    CHECK,
    FIT,
    NEAR_MISS,
    NOT_MET,
    POSSIBLE,
    Match,
    match,
)
from triage.outcome import AvailabilityKind, OpenerKind

REFERRAL_GGZ = "Behandeling bij een GGZ-instelling: vraag de huisarts om een verwijzing"

# pytest-django only creates the test database when a selected test asks for it; the tests below
# read the pure snapshot, but the module fixture that builds it needs the database.
pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(shipped_catalogue) -> Catalogue:
    return shipped_catalogue


def checks(found: Match) -> list[str]:
    """The conditions the app cannot check, as put to the professional."""
    return [wording.criterion_text(c, found.programme, professional=True) for c in found.criteria
            if c.state == CHECK]


def test_yulius_client_in_dordrecht_on_bijstand_gets_werk_als_beste_zorg_paid_by_the_sociale_dienst(
    catalogue,
):
    # seed 000 r. 99–104 (WabZ for Yulius clients, SDD and UWV); seed 003 r. 2155–2160 (SDD pays).
    result = match(
        mental(care="specialist_ggz", care_provider="yulius", severity="severe", benefit="bijstand",
               wish="paid_work_now", municipality=DORDRECHT),
        catalogue,
    )

    assert result.region.name == "Drechtsteden"
    wabz = the(result, "werk-als-beste-zorg")
    assert wabz.fit == FIT
    assert wabz.regional
    assert [o.provider.slug for o in wabz.offerings] == ["yulius"]
    assert "Sociale Dienst Drechtsteden" in wabz.funding.payer
    assert wabz.funding.legal_basis == "Participatiewet"
    assert order(result)[0] == "werk-als-beste-zorg"
    assert not result.gap


def test_yulius_client_in_dordrecht_sees_ips_as_not_offered_here_with_the_reason(catalogue):
    # seed 000 r. 923–924: "Omdat Yulius geen IPS aanbiedt in deze regio". Issue 10 (build 2): a
    # source that says so makes IPS "hier niet aangeboden", shown with why, so a klantmanager sees
    # why IPS is missing; before, IPS simply vanished. It is neither a fit nor a near miss.
    result = match(
        mental(care="specialist_ggz", care_provider="yulius", severity="severe", benefit="bijstand",
               wish="paid_work_now", municipality=DORDRECHT),
        catalogue,
    )

    assert "ips" not in shown(result)
    [ips] = [m for m in result.not_offered if m.programme.slug == "ips"]
    assert ips.offering.provider.slug == "yulius"
    [availability] = [c for c in ips.criteria if c.key == "availability"]
    assert availability.state == NOT_MET
    assert availability.facts.kind == AvailabilityKind.NOT_OFFERED
    assert "geen IPS" in availability.facts.note
    assert [c.key for c in ips.criteria if c.state == NOT_MET] == ["availability"]


@pytest.mark.parametrize("age", [16, 22, 26])
def test_young_person_in_utrecht_gets_sterk_met_werk_of_scholing_and_not_sterk_met_werk(catalogue, age):
    # seed 003 r. 1458–1464: Sterk met Werk of Scholing for 16 t/m 26, in Midden-Utrecht.
    result = match(
        mental(care="basic_ggz", severity="mild_moderate", benefit="bijstand", wish="paid_work_now",
               municipality=UTRECHT, age=age),
        catalogue,
    )

    assert fits(result)["sterk-met-werk-of-scholing"] == FIT
    if age < 26:
        assert "sterk-met-werk" not in shown(result)
    else:  # issue 10: an age the person will reach is a real transition (27 within a year)
        adult = the(result, "sterk-met-werk")
        assert adult.fit == NEAR_MISS
        assert wording.opener_text(adult.opener) == "Vanaf 27 jaar kunt u meedoen"
    youth = the(result, "sterk-met-werk-of-scholing")
    assert youth.regional
    assert "jeugdwerkloosheid" in youth.funding.budget  # seed 003 r. 2162–2165
    assert result.region.name == "Midden-Utrecht"


@pytest.mark.parametrize("age", [27, 30, 60])
def test_adult_in_utrecht_gets_sterk_met_werk_and_not_the_youth_variant(catalogue, age):
    # seed 003 r. 1438–1440: Sterk met Werk for 27 and older, under the gemeente (bijstand).
    result = match(
        mental(care="basic_ggz", severity="mild_moderate", benefit="bijstand", wish="paid_work_now",
               municipality=UTRECHT, age=age),
        catalogue,
    )

    assert fits(result)["sterk-met-werk"] == FIT
    assert "sterk-met-werk-of-scholing" not in shown(result)
    assert the(result, "sterk-met-werk").funding.payer == "Gemeente"


def test_vincent_van_gogh_client_in_roermond_gets_ips_and_not_werk_als_beste_zorg(catalogue):
    # seed 003 r. 1428–1430: VvG offers WabZ in Noord-Limburg and works with IPS in Midden-Limburg.
    result = match(
        mental(care="specialist_ggz", care_provider="vincent-van-gogh", severity="severe",
               benefit="bijstand", wish="paid_work_now", municipality=ROERMOND),
        catalogue,
    )

    assert result.region.name == "Midden-Limburg"
    assert "werk-als-beste-zorg" not in shown(result)
    assert fits(result)["ips"] == FIT
    assert [o.provider.slug for o in the(result, "ips").offerings] == ["vincent-van-gogh"]


def test_vincent_van_gogh_client_in_venlo_gets_werk_als_beste_zorg_and_ips_only_possibly(catalogue):
    # seed 003 r. 1428–1430: WabZ at VvG in Noord-Limburg; "Vincent van Gogh werkt in de regio
    # Midden-Limburg met IPS" says nothing about Noord-Limburg. Issue 10: IPS is offered by
    # GGZ-instellingen, not everywhere (003 r. 2232–2233): for a VvG client in Noord-Limburg it is
    # "past misschien" with "Biedt Vincent van Gogh IPS aan?", no longer absent.
    result = match(
        mental(care="specialist_ggz", care_provider="vincent-van-gogh", severity="severe",
               benefit="bijstand", wish="paid_work_now", municipality=VENLO),
        catalogue,
    )

    assert result.region.name == "Noord-Limburg"
    assert fits(result)["werk-als-beste-zorg"] == FIT
    assert [o.provider.slug for o in the(result, "werk-als-beste-zorg").offerings] == ["vincent-van-gogh"]
    ips = the(result, "ips")
    assert ips.fit == POSSIBLE
    assert ips.offering is None  # at the person's own institution
    [availability] = [c for c in ips.criteria if c.key == "availability"]
    assert availability.facts.kind == AvailabilityKind.ASK_INSTITUTION
    assert wording.criterion_text(availability, ips.programme, professional=False).startswith(
        "Biedt Vincent van Gogh IPS"
    )
    # The plain fit (WabZ at his own institution) comes before the one to ask about.
    assert order(result).index("werk-als-beste-zorg") < order(result).index("ips")


def test_mediant_day_activity_client_in_enschede_gets_actief_herstel_and_a_dimence_client_does_not(
    catalogue,
):
    # seed 003 r. 1517–1521: Actief herstel is for people in day activities at Mediant, in Enschede.
    # Jort (seed 001 r. 119–127) is the Dimence client: schizophrenia, bijstand, exploring his wishes.
    jort = mental(care="specialist_ggz", care_provider="dimence", severity="severe", benefit="bijstand",
                  wish="explore", municipality=ENSCHEDE, age=29)
    mediant = {**jort, "care_provider": "mediant"}

    at_dimence = match(jort, catalogue)
    at_mediant = match(mediant, catalogue)

    assert "actief-herstel" not in shown(at_dimence)
    assert fits(at_dimence)["werk-als-beste-zorg"] == FIT
    assert fits(at_mediant)["actief-herstel"] == FIT
    assert fits(at_mediant)["werk-als-beste-zorg"] == FIT
    herstel = the(at_mediant, "actief-herstel")
    assert [o.provider.slug for o in herstel.offerings] == ["mediant"]
    assert "Volgt de persoon dagbesteding bij Mediant?" in checks(herstel)


@pytest.mark.parametrize(
    ("place", "programme", "at"),
    [
        (DORDRECHT, "werk-als-beste-zorg", " (Yulius)"),
        (ENSCHEDE, "werk-als-beste-zorg", " (Dimence of Mediant)"),
        (VENLO, "werk-als-beste-zorg", " (Vincent van Gogh)"),
        (ROERMOND, "ips", " (Vincent van Gogh)"),
        (DEN_HAAG, "ips", ""),  # via the regional partnership: no provider to name
    ],
)
def test_someone_with_severe_problems_not_in_care_gets_integrated_offers_only_behind_a_ggz_referral(
    catalogue, place, programme, at
):
    # seed 003 r. 2233–2237 and r. 2302–2305: severe problems without care are not reached;
    # DESIGN "Matching": the near miss names "verwijzing naar de GGZ via de huisarts".
    result = match(
        mental(care="none", severity="severe", benefit="bijstand", wish="paid_work_now", municipality=place),
        catalogue,
    )

    integrated = {"ips", "werk-als-beste-zorg", "actief-herstel"}
    assert not integrated & fits(result).keys()
    near = the(result, programme)
    assert near.fit == NEAR_MISS
    assert wording.opener_text(near.opener) == REFERRAL_GGZ + at
    assert {c.key for c in near.criteria if c.state == NOT_MET} <= {"care", "care_provider"}
    # What does fit is the gemeente's own offer.
    assert fits(result)["gemeentelijke-re-integratie"] == FIT


def test_client_of_another_ggz_institution_does_not_get_werk_als_beste_zorg_and_is_asked_about_ips(
    catalogue,
):
    # seed 003 r. 1428–1429: WabZ is "beschikbaar voor mensen die in behandeling zijn bij Dimence,
    # Mediant, Yulius of Vincent van Gogh": a closed list, so not for another institution.
    # Issue 10: IPS is offered by GGZ-instellingen, not everywhere; "De beschikbaarheid van dit
    # aanbod hangt af van de GGZ-instelling waar iemand in behandeling is" (003 r. 2232–2233), so for
    # an institution the catalogue has no word on, IPS is "past misschien" (before: absent).
    result = match(
        mental(care="specialist_ggz", care_provider="other", severity="severe", benefit="bijstand",
               wish="paid_work_now", municipality=DORDRECHT),
        catalogue,
    )

    assert "werk-als-beste-zorg" not in shown(result)
    ips = the(result, "ips")
    assert ips.fit == POSSIBLE
    assert ips.offering is None
    assert ips.integrated_first
    assert plain_fits(result) == {"gemeentelijke-re-integratie"}
    # Jobcoaching is for someone with a job or about to start one (003 r. 1472–1473, 000 r. 111):
    # for a job seeker it is only possible, with that question open.
    assert fits(result)["jobcoaching"] == POSSIBLE
    assert "ips" not in {m.programme.slug for m in result.not_offered}


@pytest.mark.parametrize("wish", ["daytime_activity", "confidence"])
def test_clubhuis_is_offered_in_amsterdam_and_not_in_rotterdam(catalogue, wish):
    # seed 003 r. 1506–1515 (the only clubhuis, in Amsterdam) and r. 2168–2175 (Wmo, gemeente Amsterdam).
    person = mental(care="specialist_ggz", care_provider="other", severity="severe", benefit="bijstand",
                    wish=wish)

    amsterdam = match({**person, "municipality": AMSTERDAM}, catalogue)
    rotterdam = match({**person, "municipality": ROTTERDAM}, catalogue)

    clubhuis = the(amsterdam, "clubhuis-de-waterheuvel")
    assert clubhuis.fit == FIT
    assert clubhuis.regional
    assert clubhuis.funding.payer.startswith("Gemeente Amsterdam")
    assert "Wmo" in clubhuis.funding.budget
    assert "clubhuis-de-waterheuvel" not in shown(rotterdam)
    assert fits(rotterdam)["dagbesteding-en-activering"] == FIT  # what Rotterdam does offer


@pytest.mark.parametrize(
    ("benefit", "expected"),
    [
        # Issue 10: jobcoaching per offering. The gemeente's jobcoach is "soms" for people without a
        # benefit (003 r. 1788–1792), and the gemeente supports "het vinden en behouden van werk" for
        # people with or without a benefit, "in sommige gemeenten" for the latter (003 r. 1373–1377,
        # 1731–1734): both "past misschien", with that question open.
        ("none", {"participatieve-aanpak-op-de-werkplek": FIT, "jobcoaching": POSSIBLE,
                  "gemeentelijke-re-integratie": POSSIBLE}),
        # The UWV's jobcoach for the Ziektewet is "op indicatie" (003 r. 1786–1788).
        ("ziektewet", {"participatieve-aanpak-op-de-werkplek": FIT, "jobcoaching": POSSIBLE}),
        # WIA/WGA is in the UWV's stated list (003 r. 1469–1470).
        ("wia_wga", {"participatieve-aanpak-op-de-werkplek": FIT, "jobcoaching": FIT}),
    ],
)
def test_employed_person_at_risk_who_wants_to_keep_the_job_gets_workplace_approach_and_jobcoaching(
    catalogue, benefit, expected
):
    # seed 003 r. 1569–1573 (participatieve aanpak: werknemers), r. 1466–1471 and the Dutch overview
    # r. 1769–1792 (jobcoaching to find and keep work), r. 2194–2204 (who pays the workplace approach).
    result = match(
        mental(care="basic_ggz", severity="mild_moderate", situation="employed_at_risk", benefit=benefit,
               wish="keep_job", municipality=DEN_HAAG, age=42),
        catalogue,
    )

    assert fits(result) == expected
    workplace = the(result, "participatieve-aanpak-op-de-werkplek")
    expected_payer = "Werkgever" if benefit == "none" else "UWV"
    assert workplace.funding.payer.startswith(expected_payer)
    assert any("procesbegeleider" in question for question in checks(workplace))
    assert the(result, "jobcoaching").offering.provider.slug == ("gemeente" if benefit == "none" else "uwv")
    # Job seekers' programmes are not for someone who still has a job.
    assert not {"uwv-naar-werk", "uwv-werkfit-maken", "ips"} & shown(result).keys()


@pytest.mark.parametrize(
    ("situation", "place", "provider"),
    [("in_education", UTRECHT, "wsp-midden-utrecht"), ("job_seeking", AMSTERDAM, "gemeente")],
)
def test_young_person_who_wants_education_gets_sterk_met_werk_of_scholing(
    catalogue, situation, place, provider
):
    # seed 003 r. 1458–1464: 16 t/m 26 who get stuck in education or work, Midden-Utrecht and
    # Groot-Amsterdam.
    result = match(
        mental(care="basic_ggz", severity="mild_moderate", situation=situation, benefit="none",
               wish="education", municipality=place, age=20),
        catalogue,
    )

    youth = the(result, "sterk-met-werk-of-scholing")
    assert youth.fit == FIT
    assert [o.provider.slug for o in youth.offerings] == [provider]
    assert youth.funding.payer == "Gemeente"


def test_student_of_30_who_wants_education_is_a_true_gap(catalogue):
    # seed 003 r. 1458–1461: the only offer for people stuck in education stops at 26; IPS
    # (education too) needs severe problems in GGZ care. Nothing else in the seeds serves a student.
    result = match(
        mental(care="basic_ggz", severity="mild_moderate", situation="in_education", benefit="none",
               wish="education", municipality=UTRECHT, age=30),
        catalogue,
    )

    assert result.gap
    assert result.matches == ()
    assert result.region.name == "Midden-Utrecht"
    # Issue 10 (only stated eligibility): the gemeente's dagbesteding states no work situation
    # (003 r. 1380–1381; Wmo, 003 r. 2140–2142), so a student is no longer refused it; it stays a
    # near miss whose only opener is another wish, never a benefit application.
    assert [m.programme.slug for m in result.near_misses] == ["dagbesteding-en-activering"]
    assert {m.opener.kind for m in result.near_misses} == {OpenerKind.OTHER_WISH}


def test_order_is_fit_first_then_the_wish_then_integrated_care_then_dutch_evidence_then_regional(catalogue):
    # Issue 10 (build 6): the international median of a kind of support is no sort key (before: de
    # Harde Leerschool's 34,7% put it above regional Werk als Beste Zorg). For a person with EPA in
    # care, integrated work-and-care comes first (003 r. 262–266, 2231–2232); then the Dutch research
    # into this programme: WabZ a controlled evaluation (000 r. 278–291), De Harde Leerschool and the
    # gemeente an impact measurement (003 r. 2081–2085, 2004–2010), Actief herstel none ("voor zover
    # ons bekend geen onderzoek verricht", 003 r. 2061–2062); regional only breaks a tie. Mediant
    # client exploring (seed 003 r. 1517–1521, seed 001 r. 17–35); all serve the wish.
    person = mental(care="specialist_ggz", care_provider="mediant", severity="severe", benefit="bijstand",
                    wish="explore", municipality=ENSCHEDE)

    result = match(person, catalogue)

    assert order(result) == [
        "werk-als-beste-zorg", "de-harde-leerschool", "gemeentelijke-re-integratie", "actief-herstel",
    ]
    assert [m.integrated_first for m in result.matches] == [True, False, False, False]
    assert [m.regional for m in result.matches] == [True, False, False, True]

    # Without an age, De Harde Leerschool (18+, 003 r. 1844) is only possible: every fit comes first.
    # WabZ's minimum age belongs to the Yulius offering only ("volwassenenzorg", 000 r. 1087).
    unaged = match({k: v for k, v in person.items() if k != "age"}, catalogue)
    assert order(unaged) == [
        "werk-als-beste-zorg", "gemeentelijke-re-integratie", "actief-herstel", "de-harde-leerschool",
    ]
    assert [m.fit for m in unaged.matches] == [FIT, FIT, FIT, POSSIBLE]


def test_the_cached_snapshot_the_site_reads_gives_the_same_advice(catalogue):
    # seed 000 r. 99–104: the Dordrecht scenario again, through get_catalogue() as the views use it.
    assert not models.Programme.objects.exists()  # the module's load was rolled back
    load_shipped_catalogue()
    answers = mental(care="specialist_ggz", care_provider="yulius", severity="severe", benefit="bijstand",
                     wish="paid_work_now", municipality=DORDRECHT)

    assert order(match(answers, get_catalogue())) == order(match(answers, catalogue))
