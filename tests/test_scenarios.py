"""Scenarios on the real catalogue (fixtures/catalogue.json), written from the seeds.

Each test is a person in the stroomschema's terms (DESIGN.md keys and values), run through
`triage.matching.match` against the shipped catalogue. The fixture is loaded once per module and
rolled back; the tests read the pure snapshot, as the site does, and query nothing themselves.
"""

import pytest
from django.db import transaction

from programmes import models
from programmes.catalogue import Catalogue
from programmes.snapshot import build_catalogue, get_catalogue
from tests.helpers import load_shipped_catalogue
from triage import wording
from triage.matching import CHECK, FIT, NEAR_MISS, NOT_MET, POSSIBLE, Match, MatchResult, criteria_for, match

DORDRECHT = "GM0505"  # Drechtsteden
UTRECHT = "GM0344"  # Midden-Utrecht
ROERMOND = "GM0957"  # Midden-Limburg
VENLO = "GM0983"  # Noord-Limburg
ENSCHEDE = "GM0153"  # Twente
AMSTERDAM = "GM0363"  # Groot Amsterdam
ROTTERDAM = "GM0599"  # Rijnmond
GRONINGEN = "GM0014"  # Groningen
DEN_HAAG = "GM0518"  # Haaglanden
LEIDEN = "GM0546"  # Holland Rijnland
WAALWIJK = "GM0867"  # Midden-Brabant
DEN_HELDER = "GM0400"  # Noord-Holland Noord

REFERRAL_GGZ = "Behandeling bij een GGZ-instelling: vraag de huisarts om een verwijzing"

# pytest-django only creates the test database when a selected test asks for it; the tests below
# read the pure snapshot, but the module fixture that builds it needs the database.
pytestmark = pytest.mark.django_db

WISHES = ("paid_work_now", "explore", "skills", "confidence", "education", "keep_job", "daytime_activity")
BENEFITS = ("bijstand", "ww", "wia_wga", "wia_iva", "wajong", "ziektewet", "wao_waz", "none", "unknown")


@pytest.fixture(scope="module")
def catalogue(django_db_setup, django_db_blocker) -> Catalogue:
    # Load the shipped catalogue once, take the pure snapshot the site would read, and roll the
    # rows back so every test (and other modules) start from an empty database.
    with django_db_blocker.unblock(), transaction.atomic():
        load_shipped_catalogue()
        snapshot = build_catalogue()
        transaction.set_rollback(True)
    return snapshot


def mental(**answers) -> dict:
    """A person with psychological complaints, job seeking, aged 40, unless the test says otherwise."""
    return {"concern": "mental", "situation": "job_seeking", "age": 40, **answers}


def shown(result: MatchResult) -> dict[str, Match]:
    return {m.programme.slug: m for m in (*result.matches, *result.near_misses)}


def fits(result: MatchResult) -> dict[str, str]:
    return {m.programme.slug: m.fit for m in result.matches}


def order(result: MatchResult) -> list[str]:
    return [m.programme.slug for m in result.matches]


def the(result: MatchResult, slug: str) -> Match:
    return shown(result)[slug]


def one_gemeente_per_region(catalogue: Catalogue) -> list[str]:
    first = {}
    for code in sorted(catalogue.municipalities):
        first.setdefault(catalogue.municipalities[code].region_code, code)
    return sorted(first.values())


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


def test_yulius_client_in_dordrecht_is_not_offered_ips_because_yulius_offers_none_there(catalogue):
    # seed 000 r. 923–924: "Omdat Yulius geen IPS aanbiedt in deze regio". The fixture has no IPS
    # offering in Drechtsteden, and the seeds name no other IPS provider there, so IPS is absent
    # (not even a near miss: a region cannot change).
    result = match(
        mental(care="specialist_ggz", care_provider="yulius", severity="severe", benefit="bijstand",
               wish="paid_work_now", municipality=DORDRECHT),
        catalogue,
    )

    assert "ips" not in shown(result)
    ips = catalogue.programme("ips")
    assert not any("AM23" in o.region_codes for o in ips.offerings)


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


def test_vincent_van_gogh_client_in_venlo_gets_werk_als_beste_zorg_and_not_ips(catalogue):
    # seed 003 r. 1428–1430 (WabZ at VvG in Noord-Limburg; IPS only in Midden-Limburg).
    result = match(
        mental(care="specialist_ggz", care_provider="vincent-van-gogh", severity="severe",
               benefit="bijstand", wish="paid_work_now", municipality=VENLO),
        catalogue,
    )

    assert result.region.name == "Noord-Limburg"
    assert fits(result)["werk-als-beste-zorg"] == FIT
    assert [o.provider.slug for o in the(result, "werk-als-beste-zorg").offerings] == ["vincent-van-gogh"]
    assert "ips" not in shown(result)


# Each ended seed-002 project (and the IPS-CMD concept) with a person from its own target group.
NOT_PUBLISHED_TARGETS = [
    # seed 002 r. 570–574: Amsterdammers with a first psychosis who want work or education.
    ("vip-amsterdam", "ended", mental(care="specialist_ggz", care_provider="other", severity="severe",
                                      benefit="bijstand", wish="paid_work_now", municipality=AMSTERDAM,
                                      age=24)),
    # seed 002 r. 526–530: Rotterdammers on bijstand with social-psychological problems.
    ("exit-rotterdam", "ended", mental(care="basic_ggz", severity="mild_moderate", benefit="bijstand",
                                       wish="confidence", municipality=ROTTERDAM)),
    # seed 002 r. 532–537: long-term psychiatric care at GGZ NHN.
    ("ips-noord-holland-noord", "ended", mental(care="specialist_ggz",
                                                care_provider="ggz-noord-holland-noord",
                                                severity="severe", benefit="wajong", wish="paid_work_now",
                                                municipality=DEN_HELDER)),
    # seed 002 r. 544–548: bijstand via Baanbrekers (Waalwijk).
    ("de-participatieladder-waalwijk", "ended", {"concern": "none", "situation": "job_seeking",
                                                 "benefit": "bijstand", "wish": "daytime_activity",
                                                 "municipality": WAALWIJK, "age": 45}),
    # seed 002 r. 552–557: Leiden bijstand with long-term physical complaints.
    ("sterker-naar-werk-leiden", "ended", {"concern": "other_limitation", "situation": "job_seeking",
                                           "benefit": "bijstand", "wish": "confidence",
                                           "municipality": LEIDEN, "age": 45}),
    # seed 002 r. 562–568: Enschede bijstand, able to work.
    ("werken-als-medicijn-enschede", "ended", {"concern": "none", "situation": "job_seeking",
                                               "benefit": "bijstand", "wish": "skills",
                                               "municipality": ENSCHEDE, "age": 45}),
    # seed 004 r. 600, 696: IPS-CMD, subsidised 2019 in Holland Rijnland; kept as concept.
    ("ips-cmd", "concept", mental(care="basic_ggz", severity="mild_moderate", benefit="ww",
                                  wish="paid_work_now", municipality=LEIDEN)),
]


@pytest.mark.parametrize(("slug", "status", "answers"), NOT_PUBLISHED_TARGETS)
def test_an_ended_project_is_never_recommended_even_to_its_own_target_group(
    catalogue, slug, status, answers
):
    # seed 002 r. 526–576 (the six projects, 2013–2015); DESIGN "ended pilots ... never recommended".
    programme = catalogue.programme(slug)
    assert programme.status == status

    # The person is in the project's target group: only where it is offered may be unmet
    # (VIP Amsterdam has no offering left at all).
    unmet = {c.key for c in criteria_for(programme, answers, catalogue) if c.state == NOT_MET}
    assert unmet <= {"region"}
    assert slug not in shown(match(answers, catalogue))


def test_no_ended_programme_appears_for_any_answer_set(catalogue):
    # seed 002 r. 3–10, 526–576: all six voorbeeldprojecten are 2013–2015 pilots.
    hidden = {p.slug for p in catalogue.programmes if p.status != "published"}
    assert {"vip-amsterdam", "exit-rotterdam", "ips-noord-holland-noord", "de-participatieladder-waalwijk",
            "sterker-naar-werk-leiden", "werken-als-medicijn-enschede"} <= hidden

    people = [
        {"concern": "mental", "care": "specialist_ggz", "care_provider": "other", "severity": "severe"},
        {"concern": "mental", "care": "basic_ggz", "severity": "mild_moderate"},
        {"concern": "mental", "care": "none", "severity": "unknown"},
        {"concern": "other_limitation"},
        {"concern": "none"},
    ]
    answer_sets = [
        {**person, "situation": situation, "benefit": benefit, "wish": wish, "municipality": place, "age": 30}
        for person in people
        for situation in ("job_seeking", "employed_at_risk", "sick_listed", "in_education")
        for benefit in BENEFITS
        for wish in WISHES
        for place in (AMSTERDAM, ROTTERDAM, DEN_HELDER, WAALWIJK, LEIDEN, ENSCHEDE)
    ]
    answer_sets += [{}, {"concern": "mental"}, {"benefit": "bijstand"}]

    for answers in answer_sets:
        assert not hidden & shown(match(answers, catalogue)).keys(), answers


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
    assert wabz.funding.payer == "UWV"
    assert "Algemeen Werkloosheidsfonds" in wabz.funding.budget
    assert fits(result)["uwv-naar-werk"] == FIT


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


def test_client_of_a_ggz_institution_without_a_work_offer_does_not_get_werk_als_beste_zorg(catalogue):
    # seed 003 r. 2233–2236: in care at an institution "die geen IPS, Werk als Beste Zorg of
    # anderszins geintegreerd aanbod heeft": not reached, and no referral opens it.
    result = match(
        mental(care="specialist_ggz", care_provider="other", severity="severe", benefit="bijstand",
               wish="paid_work_now", municipality=DORDRECHT),
        catalogue,
    )

    assert "werk-als-beste-zorg" not in shown(result)
    assert "ips" not in shown(result)
    assert set(fits(result)) == {"jobcoaching", "gemeentelijke-re-integratie"}


def test_someone_without_a_benefit_depends_on_the_gemeente_for_every_fit(catalogue):
    # seed 003 r. 1373–1377 and r. 2228–2229: without a benefit "hangt het ... af van de gemeente".
    nugger = mental(care="basic_ggz", severity="mild_moderate", benefit="none", wish="paid_work_now",
                    municipality=DORDRECHT, age=35)
    result = match(nugger, catalogue)

    assert set(fits(result)) == {"jobcoaching", "gemeentelijke-re-integratie"}
    municipal = the(result, "gemeentelijke-re-integratie")
    assert "niet-uitkeringsgerechtigden" in municipal.funding.payer
    assert "Biedt de gemeente van de persoon ook ondersteuning naar werk aan mensen zonder uitkering?" in (
        checks(municipal)
    )
    assert the(result, "jobcoaching").funding.payer == "Gemeente (soms)"
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
                    assert "gemeente" in m.funding.payer.casefold(), (answers, m.programme.slug)


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

        for slug in ("uwv-naar-werk", "jobcoaching"):
            found = the(result, slug)
            assert found.fit == FIT, (concern, slug)
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


def test_ww_client_with_mild_complaints_finds_no_trajectory_and_counts_as_a_gap(catalogue):
    # seed 003 r. 1337–1339 (Werkfit/Naar werk: WIA, WAO, WAZ, Wajong, Ziektewet — not WW),
    # r. 1373–1375 (the gemeente: for people without a UWV benefit), r. 1469–1471 (jobcoaching:
    # Wajong, WGA, banenafspraak). No trajectory in the seeds is open to WW with mild complaints,
    # although r. 2215–2228 expect UWV beneficiaries with mild complaints to find support.
    result = match(
        mental(care="basic_ggz", severity="mild_moderate", benefit="ww", wish="paid_work_now",
               municipality=GRONINGEN, age=35),
        catalogue,
    )

    assert result.gap
    assert result.matches == ()
    # Issue 10: nobody changes benefit to unlock a programme, so no near miss asks a WW client to
    # apply for bijstand or another UWV benefit.
    assert "uwv-naar-werk" not in shown(result)
    assert "gemeentelijke-re-integratie" not in shown(result)


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


UNKNOWN_BASES = [
    mental(care="specialist_ggz", care_provider="yulius", severity="severe", benefit="bijstand",
           wish="paid_work_now", municipality=DORDRECHT),
    mental(care="basic_ggz", severity="mild_moderate", benefit="bijstand", wish="paid_work_now",
           municipality=UTRECHT, age=22),
    mental(care="specialist_ggz", care_provider="mediant", severity="severe", benefit="wajong",
           wish="explore", municipality=ENSCHEDE),
    mental(care="specialist_ggz", care_provider="other", severity="severe", benefit="bijstand",
           wish="daytime_activity", municipality=AMSTERDAM),
    mental(care="basic_ggz", severity="mild_moderate", benefit="ww", wish="paid_work_now",
           municipality=GRONINGEN),
]


@pytest.mark.parametrize("known", UNKNOWN_BASES)
@pytest.mark.parametrize(
    "forget",
    [("benefit",), ("severity",), ("municipality",), ("care_provider",), ("age",),
     ("benefit", "severity", "municipality", "care_provider", "age")],
)
def test_unknown_answers_give_possible_never_a_gap_and_never_lose_a_programme(catalogue, known, forget):
    # DESIGN "Matching": unanswered or "weet niet" is unknown, "never treated as no"; seed 003
    # r. 2293–2294 (advice follows the answers that are given).
    answers = dict(known)
    for key in forget:
        if key in ("benefit", "severity"):
            answers[key] = "unknown"
        else:
            answers.pop(key, None)

    before = match(known, catalogue)
    after = match(answers, catalogue)

    assert not after.gap or before.gap
    assert set(fits(before)) <= set(fits(after))
    assert set(shown(before)) <= set(shown(after))
    for m in after.matches:
        states = {c.state for c in m.criteria}
        assert m.fit == (POSSIBLE if "unknown" in states else FIT)
    if "benefit" in forget:
        # Even the WW person, a gap with the benefit known, is no gap when it is "weet niet".
        assert not after.gap
        assert all(m.funding is None for m in after.matches)


def test_nothing_answered_yet_makes_every_published_programme_possible(catalogue):
    # DESIGN "Matching": unknown is never "no", so an empty form shows the whole offer, none as a fit.
    result = match({}, catalogue)

    published = {p.slug for p in catalogue.programmes if p.status == "published"}
    assert set(fits(result)) == published
    assert set(fits(result).values()) == {POSSIBLE}
    assert not result.gap
    assert result.region is None


@pytest.mark.parametrize("benefit", ["none", "ziektewet", "wia_wga"])
def test_employed_person_at_risk_who_wants_to_keep_the_job_gets_workplace_approach_and_jobcoaching(
    catalogue, benefit
):
    # seed 003 r. 1569–1573 (participatieve aanpak: werknemers), r. 1466–1471 and Tabel 3
    # r. 1769–1792 (jobcoaching to find and keep work), r. 2194–2204 (who pays the workplace approach).
    result = match(
        mental(care="basic_ggz", severity="mild_moderate", situation="employed_at_risk", benefit=benefit,
               wish="keep_job", municipality=DEN_HAAG, age=42),
        catalogue,
    )

    assert set(fits(result)) == {"participatieve-aanpak-op-de-werkplek", "jobcoaching"}
    workplace = the(result, "participatieve-aanpak-op-de-werkplek")
    expected_payer = "Werkgever" if benefit == "none" else "UWV"
    assert workplace.funding.payer.startswith(expected_payer)
    assert any("procesbegeleider" in question for question in checks(workplace))
    # Job seekers' programmes are not for someone who still has a job.
    assert not {"gemeentelijke-re-integratie", "uwv-naar-werk", "ips"} & shown(result).keys()


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
    assert result.near_misses == ()
    assert result.region.name == "Midden-Utrecht"


def test_order_is_fit_first_then_the_wish_then_regional_before_national(catalogue):
    # Issue 10 / docs/design.md "Matching": the international median of a kind of support is no sort
    # key (before: de Harde Leerschool's 34,7% put it above regional Werk als Beste Zorg). Mediant
    # client exploring (seed 003 r. 1517–1521, seed 001 r. 17–35); all serve the wish.
    person = mental(care="specialist_ggz", care_provider="mediant", severity="severe", benefit="bijstand",
                    wish="explore", municipality=ENSCHEDE)

    result = match(person, catalogue)

    assert order(result) == [
        "actief-herstel", "werk-als-beste-zorg", "de-harde-leerschool", "gemeentelijke-re-integratie",
    ]
    assert [m.regional for m in result.matches] == [True, True, False, False]

    # Without an age, the two with a minimum age are only possible: every fit comes first.
    unaged = match({k: v for k, v in person.items() if k != "age"}, catalogue)
    assert order(unaged) == [
        "actief-herstel", "gemeentelijke-re-integratie", "werk-als-beste-zorg", "de-harde-leerschool",
    ]
    assert [m.fit for m in unaged.matches] == [FIT, FIT, POSSIBLE, POSSIBLE]


def test_the_cached_snapshot_the_site_reads_gives_the_same_advice(catalogue):
    # seed 000 r. 99–104: the Dordrecht scenario again, through get_catalogue() as the views use it.
    assert not models.Programme.objects.exists()  # the module's load was rolled back
    load_shipped_catalogue()
    answers = mental(care="specialist_ggz", care_provider="yulius", severity="severe", benefit="bijstand",
                     wish="paid_work_now", municipality=DORDRECHT)

    assert order(match(answers, get_catalogue())) == order(match(answers, catalogue))
