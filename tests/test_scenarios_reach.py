"""WW and the groups the research says are not reached (issue 10, builds 7 and 8).

WW: "people on WW get nothing, although UWV pays trajectories for WW from the AWf (003 r. 2124–2128)
and 003 r. 2207–2219 says people with mild complaints and a UWV or gemeente benefit can find
suitable support". The not-reached group: EPA without care, and people without a benefit
(003 r. 2231–2237, 2299–2305). On the shipped catalogue through `triage.matching.match`.

Sources: 003 = Deskresearch begeleiding naar werk (2025); 000 = Evaluatie Werk als Beste Zorg (2022);
001 = Businesscase Werk als beste Zorg Twente (2020); 004 = Regionale samenwerking (2021).
"""

import pytest

from programmes import vocabulary as vocab
from tests.scenario_helpers import (
    AMSTERDAM,
    APELDOORN,
    DEN_BOSCH,
    DEN_HAAG,
    DEN_HELDER,
    DORDRECHT,
    ENSCHEDE,
    GRONINGEN,
    INTEGRATED,
    ROERMOND,
    UTRECHT,
    WISHES,
    epa_in_care,
    fits,
    grid,
    mental,
    mild,
    one_gemeente_per_region,
    shown,
    the,
)
from triage import wording
from triage.gaps import gaps_of
from triage.matching import match
from triage.outcome import FIT, NEAR_MISS, POSSIBLE, NotReached, OpenerKind

pytestmark = pytest.mark.django_db

AWF = "Algemeen Werkloosheidsfonds (AWf)"

# Stated lists that leave WW out: Werkfit and Naar werk (003 r. 1337–1338), jobcoaching
# (003 r. 1469–1471, 1786–1792), the gemeente for people without a UWV benefit (003 r. 1373–1377),
# Sterk met Werk under the gemeente (003 r. 1438–1441).
NOT_FOR_WW = {
    "uwv-werkfit-maken", "uwv-naar-werk", "jobcoaching", "gemeentelijke-re-integratie", "sterk-met-werk",
}


# --- WW ------------------------------------------------------------------------------------------------


def test_nothing_with_a_stated_list_that_leaves_ww_out_is_ever_shown_to_someone_on_ww(shipped_catalogue):
    for person in grid(care=("specialist_ggz", "basic_ggz", "none"), severity=("severe", "mild_moderate"),
                       situation=("job_seeking", "employed_at_risk", "sick_listed"), wish=WISHES,
                       municipality=one_gemeente_per_region(shipped_catalogue)[::4]):
        answers = mental(**person, benefit="ww")
        if person["care"] == "specialist_ggz":
            answers["care_provider"] = "other"
        assert not NOT_FOR_WW & shown(match(answers, shipped_catalogue)).keys(), answers


@pytest.mark.parametrize(("answers", "slug", "fit"), [
    # 001 r. 27: of the Twente trajecten "35 van het UWV"; 000 r. 1088–1089: "geen onderscheid ...
    # tussen cliënten van de Sociale Dienst Drechtsteden (SDD) of het UWV".
    (epa_in_care("mediant", municipality=ENSCHEDE, benefit="ww"), "werk-als-beste-zorg", FIT),
    (epa_in_care("yulius", municipality=DORDRECHT, benefit="ww"), "werk-als-beste-zorg", FIT),
    # 003 r. 803: IPS "Niemand wordt uitgesloten"; 002 (Tabel 1) had WW clients in IPS in 2014–2015.
    (epa_in_care("vincent-van-gogh", municipality=ROERMOND, benefit="ww"), "ips", FIT),
    # 003 r. 1917–1919: the clubhuis "beschikbaar ongeacht het al dan niet ontvangen van een uitkering".
    (mild(benefit="ww", wish="confidence", municipality=AMSTERDAM), "clubhuis-de-waterheuvel", FIT),
    # 003 r. 1569–1571, 1882–1884: the participatieve aanpak for "Alle werkenden en potentieel
    # werkenden"; no benefit named.
    (mild(benefit="ww", situation="employed_at_risk", wish="keep_job", municipality=DEN_HAAG),
     "participatieve-aanpak-op-de-werkplek", FIT),
    # 003 r. 2140–2142: dagbesteding from the Wmo budget, whatever the benefit.
    (mild(benefit="ww", wish="daytime_activity", municipality=GRONINGEN), "dagbesteding-en-activering", FIT),
    # 004 r. 603, 606, 1131: the 2020 programmes name no benefit.
    (mild(benefit="ww", wish="confidence", municipality=DEN_HELDER), "meer-grip-op-werk", POSSIBLE),
    (mild(benefit="ww", wish="explore", municipality=APELDOORN), "krachtwerk", POSSIBLE),
    (mild(benefit="ww", wish="daytime_activity", municipality=DEN_BOSCH), "arbeidsgerichte-dagbesteding",
     POSSIBLE),
    # 003 r. 1458–1464: Sterk met Werk of Scholing states no benefit; a UWV benefit is a question.
    (mild(benefit="ww", wish="paid_work_now", municipality=UTRECHT, age=24), "sterk-met-werk-of-scholing",
     POSSIBLE),
])
def test_what_exists_for_someone_on_ww(shipped_catalogue, answers, slug, fit):
    assert fits(match(answers, shipped_catalogue))[slug] == fit


def test_the_uwv_pays_for_ww_from_the_awf_and_the_row_says_it_is_derived(shipped_catalogue):
    # 003 r. 2126–2128: "Zo betaalt het UWV begeleidingstrajecten naar werk voor mensen met een WW- of
    # ziektewetuitkering uit het Algemeen Werkloosheidsfonds (AWf)". No source says so of IPS or WabZ
    # for WW in particular: the row is derived from the fund principle, and says so (issue 10 point 9).
    cases = ((epa_in_care("vincent-van-gogh", municipality=ROERMOND, benefit="ww"), "ips"),
             (epa_in_care("mediant", municipality=ENSCHEDE, benefit="ww"), "werk-als-beste-zorg"))
    for answers, slug in cases:
        found = the(match(answers, shipped_catalogue), slug)
        assert found.funding.payer == "UWV"
        assert found.funding.budget == AWF
        assert found.funding.derived
        assert found.funding.note.startswith("Afgeleid:")


def test_whenever_a_fund_pays_a_trajectory_for_someone_on_ww_it_is_the_awf(shipped_catalogue):
    # 003 r. 2125–2128: "De kosten worden daarbij gedragen door hetzelfde fonds waaruit ook de
    # uitkering van de cliënt wordt betaald". (The UWV's workplace provisions name no fund.)
    for person in grid(wish=WISHES, municipality=(AMSTERDAM, ENSCHEDE, ROERMOND, DEN_HAAG, GRONINGEN),
                       situation=("job_seeking", "employed_at_risk")):
        for answers in (mild(**person, benefit="ww"), epa_in_care("mediant", **person, benefit="ww")):
            for found in match(answers, shipped_catalogue).matches:
                funding = found.funding
                if funding is not None and funding.payer.startswith("UWV") and "fonds" in funding.budget:
                    assert funding.budget == AWF, (answers, found.programme.slug)


def test_the_ww_route_points_to_the_uwv_werkcoach_and_the_werkloosheidsfonds():
    # 003 r. 2126–2128; research: no source names a UWV trajectory for WW, so the honest route is the
    # UWV's werkcoach.
    assert "werkcoach bij UWV" in wording.WW_ROUTE
    assert "werkloosheidsfonds" in wording.WW_ROUTE


# --- The groups that are not reached ---------------------------------------------------------------------


@pytest.mark.parametrize("place", [DORDRECHT, ENSCHEDE, ROERMOND, UTRECHT, DEN_HAAG])
def test_epa_without_care_is_named_and_integrated_care_is_one_ggz_referral_away(shipped_catalogue, place):
    # 003 r. 2233–2237: "Mensen met ernstige psychische klachten die ofwel niet in behandeling zijn bij
    # een GGZ-instelling, ... worden dan ook mogelijk onvoldoende bereikt"; 003 r. 2299–2305.
    result = match(mental(care="none", severity="severe", benefit="bijstand", wish="paid_work_now",
                          municipality=place), shipped_catalogue)

    assert result.not_reached == {NotReached.EPA_WITHOUT_CARE}
    assert not INTEGRATED & set(fits(result))
    for slug in INTEGRATED & shown(result).keys():
        assert the(result, slug).fit == NEAR_MISS
        assert the(result, slug).opener.kind == OpenerKind.GGZ_REFERRAL
    [client] = wording.not_reached_texts(result.not_reached, professional=False)
    assert "huisarts" in client
    [professional] = wording.not_reached_texts(result.not_reached, professional=True)
    assert "huisarts → verwijzing naar de GGZ" in professional


def test_without_a_benefit_the_person_hears_it_depends_on_the_gemeente(shipped_catalogue):
    # 003 r. 2228–2229: "Als zij niet uitkeringsgerechtigd zijn hangt het echter af van de gemeente
    # waar de persoon woont of hij/zij begeleiding naar werk kan ontvangen".
    result = match(mild(benefit="none", wish="paid_work_now", municipality=DORDRECHT), shipped_catalogue)

    assert result.not_reached == {NotReached.NO_BENEFIT}
    [client] = wording.not_reached_texts(result.not_reached, professional=False)
    assert "hangt af van uw gemeente" in client
    assert fits(result)["gemeentelijke-re-integratie"] == POSSIBLE


@pytest.mark.parametrize(("answers", "groups"), [
    # EPA in care without a benefit: only the benefit part applies.
    (epa_in_care("mediant", municipality=ENSCHEDE, benefit="none"), {NotReached.NO_BENEFIT}),
    # Both at once (003 r. 2301–2305 names both groups).
    (mental(care="none", severity="severe", benefit="none", wish="paid_work_now", municipality=UTRECHT),
     {NotReached.EPA_WITHOUT_CARE, NotReached.NO_BENEFIT}),
    # Mild complaints without care are not the group the research names ("zwaardere ... problemen").
    (mild(care="none", benefit="bijstand", wish="paid_work_now", municipality=UTRECHT), set()),
    # "Weet niet" is never a yes: unknown severity or benefit does not put someone in a group.
    (mental(care="none", severity="unknown", benefit="unknown", wish="paid_work_now", municipality=UTRECHT),
     set()),
])
def test_who_counts_as_not_reached(shipped_catalogue, answers, groups):
    assert set(match(answers, shipped_catalogue).not_reached) == groups


def test_a_not_reached_visit_is_counted_as_its_own_gap_kind_even_when_something_fits(shipped_catalogue):
    # Build 8: "these visits count in the curators' gap overview as their own category".
    answers = mental(care="none", severity="severe", benefit="bijstand", wish="paid_work_now",
                     municipality=DORDRECHT)
    result = match(answers, shipped_catalogue)

    assert not result.gap
    assert [g.kind for g in gaps_of(answers, result)] == [vocab.GapKind.NOT_REACHED]


def test_epa_in_care_at_an_institution_without_integrated_offer_still_sees_ips_to_ask_about(
    shipped_catalogue,
):
    # 003 r. 2235–2237: "in behandeling ... bij een GGZ-instelling die geen IPS, Werk als Beste Zorg of
    # anderszins geintegreerd aanbod heeft": the catalogue cannot know which institution that is, so
    # IPS is "past misschien" with the question to the behandelaar, never dropped.
    for place in one_gemeente_per_region(shipped_catalogue):
        result = match(epa_in_care("other", municipality=place), shipped_catalogue)
        assert fits(result)["ips"] == POSSIBLE, place
