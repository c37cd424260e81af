"""Scenarios on the real catalogue: the benefit decides the route and who pays it (the gemeente, the
UWV from the fund that pays the benefit), and without a benefit the gemeente decides. Each test is
a person run through `triage.matching.match` on the shipped catalogue (tests/test_scenarios.py).
"""

import pytest

from programmes.catalogue import Catalogue
from tests.scenario_helpers import (
    DORDRECHT,
    ENSCHEDE,
    GRONINGEN,
    ROERMOND,
    WISHES,
    fits,
    mental,
    one_gemeente_per_region,
    open_questions,
    shown,
    the,
)
from triage.matching import FIT, NEAR_MISS, POSSIBLE, match

# pytest-django only creates the test database when a selected test asks for it; the tests below
# read the pure snapshot, but the module fixture that builds it needs the database.
pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(shipped_catalogue) -> Catalogue:
    return shipped_catalogue


def test_gert_jan_on_bijstand_at_mediant_gets_werk_als_beste_zorg_paid_by_his_twente_gemeente(catalogue):
    # seed 001 r. 129–133: Gert-Jan (29), Participatiewet, treated at Mediant, wants paid work.
    result = match(
        mental(care="specialist_ggz", care_provider="mediant", severity="severe", benefit="bijstand",
               wish="paid_work_now", municipality=ENSCHEDE, age=29),
        catalogue,
    )

    wabz = the(result, "werk-als-beste-zorg")
    assert wabz.fit == FIT
    assert [o.provider.slug for o in wabz.offerings] == ["mediant"]  # his own institution's offer
    assert "woongemeente" in wabz.funding.payer
    assert result.region.name == "Twente"


def test_tim_on_ziektewet_at_mediant_gets_werk_als_beste_zorg_paid_from_the_awf(catalogue):
    # seed 001 r. 145–149: Tim (33), Ziektewet 2nd year, Mediant, "Een traject Werk als beste Zorg
    # kan hierin voorzien"; seed 003 r. 2126–2128: Ziektewet trajectories are paid from the AWf.
    # Ziektewet without an employer is the stroomschema's "sick_listed" (ziek uit dienst).
    result = match(
        mental(care="specialist_ggz", care_provider="mediant", severity="unknown", situation="sick_listed",
               benefit="ziektewet", wish="paid_work_now", municipality=ENSCHEDE, age=33),
        catalogue,
    )

    wabz = the(result, "werk-als-beste-zorg")
    assert wabz.fit == FIT  # WabZ sets no severity (Twente also takes lighter problems)
    # Issue 10 (point 9): in the Drechtsteden the Sociale Dienst also carried the cost for clients
    # with a UWV benefit (seed 000 r. 725–730); the row says so beside the UWV (001 r. 48–51).
    assert wabz.funding.payer.startswith("UWV")
    assert "Sociale Dienst Drechtsteden" in wabz.funding.payer
    assert "Algemeen Werkloosheidsfonds" in wabz.funding.budget
    assert fits(result)["uwv-naar-werk"] == FIT


def test_someone_without_a_benefit_depends_on_the_gemeente_for_every_fit(catalogue):
    # seed 003 r. 1373–1377 and r. 2228–2229: without a benefit "hangt het ... af van de gemeente".
    nugger = mental(care="basic_ggz", severity="mild_moderate", benefit="none", wish="paid_work_now",
                    municipality=DORDRECHT, age=35)
    result = match(nugger, catalogue)

    # Issue 10 (conditions settled by answers): "in sommige gemeenten ook mensen zonder uitkering"
    # (003 r. 1731–1734) is a question the answer "geen uitkering" leaves open, so the gemeente's
    # offer is "past misschien" with that question, not a plain fit; so is the gemeente's jobcoach
    # ("Soms mensen zonder uitkering met aantoonbare beperking", 003 r. 1788–1792).
    assert fits(result) == {"jobcoaching": POSSIBLE, "gemeentelijke-re-integratie": POSSIBLE}
    municipal = the(result, "gemeentelijke-re-integratie")
    assert "niet-uitkeringsgerechtigden" in municipal.funding.payer
    assert "Biedt de gemeente van de persoon ook ondersteuning naar werk aan mensen zonder uitkering?" in (
        open_questions(municipal)
    )
    assert the(result, "jobcoaching").funding.payer == "Gemeente (soms)"
    assert the(result, "jobcoaching").offering.provider.slug == "gemeente"
    # The UWV's own services stay out of reach: only a UWV benefit would open them.
    assert the(result, "uwv-naar-werk").fit == NEAR_MISS

    # Everywhere and for every wish a job seeker without a benefit gets something, and whoever pays
    # it is (partly) the gemeente: no gap by itself, but always at the gemeente's discretion.
    places = one_gemeente_per_region(catalogue)
    assert len(places) == 35
    for place in places:
        for wish in WISHES:
            for care in ("specialist_ggz", "basic_ggz", "protected_living", "none"):
                answers = {**nugger, "municipality": place, "wish": wish, "care": care}
                if care == "specialist_ggz":
                    answers["care_provider"] = "other"
                found = match(answers, catalogue)
                assert not found.gap, answers
                for m in found.matches:
                    # The participatiecoach route names no funding at all (seed 004 r. 605).
                    payer = m.funding.payer.casefold()
                    unstated = payer == "niet vermeld in de bron"
                    assert "gemeente" in payer or unstated, (answers, m.programme.slug)


@pytest.mark.parametrize(
    ("benefit", "situation", "fund", "legal_basis"),
    [
        ("wia_wga", "job_seeking", "Werkhervattingskas", "Wet WIA (WGA)"),
        ("wajong", "job_seeking", "Arbeidsongeschiktheidsfonds jonggehandicapten", "Wajong"),
        ("ziektewet", "sick_listed", "Algemeen Werkloosheidsfonds (AWf)", "Ziektewet"),
    ],
)
def test_uwv_programmes_are_paid_from_the_fund_that_pays_the_benefit(
    catalogue, benefit, situation, fund, legal_basis
):
    # seed 003 r. 2117–2131: "gedragen door hetzelfde fonds waaruit ook de uitkering ... wordt betaald".
    for concern in ("mental", "other_limitation"):
        answers = {"concern": concern, "situation": situation, "benefit": benefit, "wish": "paid_work_now",
                   "municipality": GRONINGEN, "age": 24}
        if concern == "mental":
            answers |= {"care": "basic_ggz", "severity": "mild_moderate"}
        result = match(answers, catalogue)

        # Jobcoaching is "op de werkvloer" once someone has or starts a job (003 r. 1466–1473;
        # 000 r. 111): a job seeker or someone sick_listed without a job in sight gets it as
        # "past misschien" with that question open (issue 10); the UWV offering is the route.
        expected = {"uwv-naar-werk": FIT, "jobcoaching": POSSIBLE}
        for slug in ("uwv-naar-werk", "jobcoaching"):
            found = the(result, slug)
            assert found.fit == expected[slug], (concern, slug)
            assert found.offering.provider.slug == "uwv"
            assert found.funding.payer.startswith("UWV")
            assert fund in found.funding.budget
            assert found.funding.legal_basis == legal_basis
        assert "gemeentelijke-re-integratie" not in fits(result)


def test_ww_client_in_care_at_an_ips_provider_gets_ips_paid_from_the_awf(catalogue):
    # seed 003 r. 2126–2128: WW trajectories from the Algemeen Werkloosheidsfonds; r. 1430 IPS in
    # Midden-Limburg.
    result = match(
        mental(care="specialist_ggz", care_provider="vincent-van-gogh", severity="severe", benefit="ww",
               wish="paid_work_now", municipality=ROERMOND),
        catalogue,
    )

    ips = the(result, "ips")
    assert ips.fit == FIT
    assert ips.funding.payer == "UWV"
    assert ips.funding.budget == "Algemeen Werkloosheidsfonds (AWf)"
    assert ips.funding.legal_basis == "Werkloosheidswet (WW)"


def test_ww_client_with_mild_complaints_gets_no_uwv_or_gemeente_trajectory_only_ips_bought_by_gemeenten(
    catalogue,
):
    # seed 003 r. 1337–1339 (Werkfit/Naar werk: WIA, WAO, WAZ, Wajong, Ziektewet — not WW),
    # r. 1373–1375 (the gemeente: for people without a UWV benefit), r. 1469–1471 (jobcoaching:
    # Wajong, WGA, banenafspraak). Issue 10 (point 9, new entries): seed 004 r. 598 "43
    # IPS-trajecten ingekocht door gemeenten, met een bredere doelgroep van alle
    # uitkeringsgerechtigden": with no severity or care stated, WW is among them, so the one thing
    # left is that, "past misschien", with whether the gemeente buys it (also for a UWV benefit)
    # open. Before, this person was a gap.
    result = match(
        mental(care="basic_ggz", severity="mild_moderate", benefit="ww", wish="paid_work_now",
               municipality=GRONINGEN, age=35),
        catalogue,
    )

    assert fits(result) == {"ips-via-gemeente": POSSIBLE}
    bought = the(result, "ips-via-gemeente")
    assert any("UWV-uitkering" in q for q in open_questions(bought))
    # Issue 10: nobody changes benefit to unlock a programme, so no near miss asks a WW client to
    # apply for bijstand or another UWV benefit.
    assert "uwv-naar-werk" not in shown(result)
    assert "gemeentelijke-re-integratie" not in shown(result)
