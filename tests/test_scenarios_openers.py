"""No false openers (issue 10, build 5): a near miss names one real change only — a referral to
GGZ care, Wmo begeleiding, another wish, an age within a year, or, only for someone without a
benefit, applying for the benefit a programme needs. Nobody changes benefit to unlock a programme, an
opener never names the benefit someone already has, bijstand is never suggested under 18, and the GGZ
opener says IPS asks for treatment at a GGZ-instelling. On the shipped catalogue, for every
benefit × programme.

Sources: 003 = Deskresearch begeleiding naar werk (2025); 000 = Evaluatie Werk als Beste Zorg (2022).
"""

from __future__ import annotations

import pytest

from programmes import vocabulary as vocab
from programmes.catalogue import Catalogue, OfferingData, ProgrammeData
from tests.scenario_helpers import (
    DORDRECHT,
    ENSCHEDE,
    LEIDEN,
    UTRECHT,
    WISHES,
    WITH_A_BENEFIT,
    epa_in_care,
    grid,
    mental,
    mild,
    one_gemeente_per_region,
    published,
    shown,
    the,
)
from triage import wording
from triage.matching import assess, match
from triage.outcome import NEAR_MISS, NOT_MET, OpenerKind

pytestmark = pytest.mark.django_db

# How each benefit is named in what people read: an opener must never say it to someone who has it.
NAMED = {"bijstand": "bijstand", "ww": "WW", "wia_wga": "WIA", "wia_iva": "WIA", "wajong": "Wajong",
         "ziektewet": "Ziektewet", "wao_waz": "WAO"}


def in_target_group(programme: ProgrammeData, offering: OfferingData, catalogue: Catalogue) -> dict:
    """A person this route is for on every question (the benefit is the test's to set)."""

    def allowed(field: str) -> frozenset[str]:
        return getattr(offering, field) or getattr(programme, field)

    def pick(field: str, preferred: str) -> str:
        values = allowed(field)
        return preferred if not values or preferred in values else sorted(values)[0]

    care = pick("care", "specialist_ggz")
    answers = {
        "concern": pick("concerns", "mental"),
        "care": care,
        "severity": pick("severities", "severe"),
        "situation": pick("situations", "job_seeking"),
        "wish": pick("wishes", "paid_work_now"),
    }
    if offering.requires_care_at_provider:
        answers["care_provider"] = offering.provider.slug
    elif care == "specialist_ggz":
        answers["care_provider"] = vocab.OTHER_PROVIDER
    low = max(filter(None, (programme.min_age, offering.min_age)), default=30)
    high = min(filter(None, (programme.max_age, offering.max_age)), default=99)
    answers["age"] = min(max(30, low), high)
    if offering.scope == vocab.Scope.MUNICIPALITIES:
        answers["municipality"] = sorted(offering.municipality_codes)[0]
    elif offering.scope == vocab.Scope.REGIONS:
        region = sorted(offering.region_codes)[0]
        answers["municipality"] = min(code for code, m in catalogue.municipalities.items()
                                      if m.region_code == region)
    else:
        answers["municipality"] = UTRECHT
    return answers


def routes(catalogue: Catalogue) -> list[tuple[ProgrammeData, OfferingData]]:
    return [(catalogue.programme(slug), o) for slug in published(catalogue)
            for o in catalogue.programme(slug).offerings]


@pytest.mark.parametrize("benefit", WITH_A_BENEFIT)
def test_no_programme_is_ever_opened_by_applying_for_a_benefit_for_someone_who_has_one(
    shipped_catalogue, benefit
):
    # Issue 10 ("False openers on near misses"): "Recht op bijstand? Vraag die aan bij de gemeente" was
    # shown to people on WW, Wajong or WIA; "Nobody changes benefit to unlock a programme". For every
    # published programme and each of its offerings, a person from its own target group with this
    # benefit: the programme may fit, or be left out, but no near miss asks for a benefit.
    checked = 0
    for programme, offering in routes(shipped_catalogue):
        answers = {**in_target_group(programme, offering, shipped_catalogue), "benefit": benefit}
        found = assess(programme, answers, shipped_catalogue)
        if found is not None and found.fit == NEAR_MISS:
            assert found.opener.kind != OpenerKind.BENEFIT_APPLICATION, (programme.slug, benefit)
            assert NAMED[benefit].casefold() not in wording.opener_text(found.opener).casefold()
        checked += 1
    assert checked == len(routes(shipped_catalogue)) >= 25


@pytest.mark.parametrize("benefit", WITH_A_BENEFIT)
def test_no_opener_on_any_result_names_the_benefit_the_person_has(shipped_catalogue, benefit):
    # Issue 10: "a UWV opener names the benefit the person already has". Across the regions, cares,
    # situations and wishes, every near miss's opener for someone with this benefit.
    people = grid(
        care=("specialist_ggz", "basic_ggz", "none"), severity=("severe", "mild_moderate"),
        situation=("job_seeking", "sick_listed", "employed_at_risk"), wish=WISHES,
    )
    places = one_gemeente_per_region(shipped_catalogue)
    for n, person in enumerate(people):
        answers = mental(**person, benefit=benefit, municipality=places[n % len(places)])
        if person["care"] == "specialist_ggz":
            answers["care_provider"] = "other"
        for near in match(answers, shipped_catalogue).near_misses:
            assert near.opener.kind != OpenerKind.BENEFIT_APPLICATION, (answers, near.programme.slug)
            text = wording.opener_text(near.opener)
            assert NAMED[benefit].casefold() not in text.casefold(), (answers, near.programme.slug, text)
            assert "Recht op" not in text


def test_someone_without_a_benefit_is_told_which_benefit_opens_a_programme_and_where_to_ask(
    shipped_catalogue,
):
    # 003 r. 1438–1441: Sterk met Werk is for people "die onder de verantwoordelijkheid van de
    # gemeente vallen voor re-integratie en inkomensondersteuning": for someone with no benefit, the
    # one real change is bijstand, asked at the gemeente.
    answers = mild(benefit="none", wish="paid_work_now", municipality=UTRECHT, age=30)
    result = match(answers, shipped_catalogue)

    near = the(result, "sterk-met-werk")
    assert near.fit == NEAR_MISS
    assert near.opener.kind == OpenerKind.BENEFIT_APPLICATION
    assert wording.opener_text(near.opener) == "Recht op bijstand? Vraag die aan bij de gemeente."


@pytest.mark.parametrize("age", [16, 17])
def test_bijstand_is_never_suggested_to_someone_under_18(shipped_catalogue, age):
    # Issue 10: "Recht op bijstand? ..." was shown "to a 17-year-old". Across places, cares and wishes
    # for a young person without a benefit, no opener says bijstand; other benefits may be named.
    for place in one_gemeente_per_region(shipped_catalogue):
        for wish in WISHES:
            for care in ("none", "basic_ggz", "specialist_ggz"):
                answers = mental(care=care, severity="unknown", benefit="none", wish=wish,
                                 municipality=place, age=age)
                for near in match(answers, shipped_catalogue).near_misses:
                    text = wording.opener_text(near.opener)
                    assert "bijstand" not in text.casefold(), (answers, near.programme.slug, text)
                    assert not near.opener.values & vocab.MUNICIPAL_BENEFITS


def test_at_17_ips_bought_by_the_gemeente_names_only_uwv_benefits(shipped_catalogue):
    # 004 r. 598: IPS bought by gemeenten for "alle uitkeringsgerechtigden": for a 17-year-old
    # without a benefit only a UWV benefit is a real change; at 18 bijstand is one too.
    young = match(mental(care="none", severity="unknown", benefit="none", wish="paid_work_now",
                         municipality=DORDRECHT, age=17), shipped_catalogue)
    adult = match(mental(care="none", severity="unknown", benefit="none", wish="paid_work_now",
                         municipality=DORDRECHT, age=18), shipped_catalogue)

    assert the(young, "ips-via-gemeente").opener.values == vocab.UWV_BENEFITS
    assert "bijstand" in the(adult, "ips-via-gemeente").opener.values


@pytest.mark.parametrize(("place", "programme", "named"), [
    (DORDRECHT, "werk-als-beste-zorg", "Yulius"),
    (ENSCHEDE, "werk-als-beste-zorg", "Dimence of Mediant"),
    (UTRECHT, "ips", ""),
])
def test_the_ggz_opener_says_it_is_treatment_at_a_ggz_instelling(shipped_catalogue, place, programme, named):
    # Issue 10: "the GGZ opener ('verwijzing via de huisarts') hides that IPS asks for care at a
    # GGZ-instelling". 003 r. 748–751: "minimaal 1 jaar in zorg of begeleiding ... bij een
    # ggz-organisatie of beschermd wonen"; 003 r. 886–887: "aangemeld of doorverwezen uit zorg of
    # begeleiding"; 003 r. 1428–1429 (WabZ at the named institutions).
    result = match(mental(care="none", severity="severe", benefit="bijstand", wish="paid_work_now",
                          municipality=place), shipped_catalogue)

    near = the(result, programme)
    assert near.fit == NEAR_MISS
    assert near.opener.kind == OpenerKind.GGZ_REFERRAL
    text = wording.opener_text(near.opener)
    assert text.startswith("Behandeling bij een GGZ-instelling: vraag de huisarts om een verwijzing")
    assert text.endswith(f"({named})" if named else "verwijzing")


def test_someone_with_epa_seen_by_the_huisarts_is_pointed_to_a_ggz_instelling_for_ips(shipped_catalogue):
    # 003 r. 748–751: IPS is for people in care at a ggz-organisatie; the POH-GGZ is not that.
    result = match(mental(care="basic_ggz", severity="severe", benefit="bijstand", wish="paid_work_now",
                          municipality=UTRECHT), shipped_catalogue)

    near = the(result, "ips")
    assert near.opener.kind == OpenerKind.GGZ_REFERRAL
    assert wording.opener_text(near.opener).startswith("Behandeling bij een GGZ-instelling")


def test_ips_cmd_for_someone_without_care_points_to_the_huisarts_or_poh(shipped_catalogue):
    # 003 r. 1032–1033 (IPS for CMD): "Zitten vaak bij basis ggz of huisarts"; Holland Rijnland
    # (004 r. 696).
    result = match(mild(care="none", benefit="bijstand", wish="paid_work_now", municipality=LEIDEN),
                   shipped_catalogue)

    near = the(result, "ips-cmd")
    assert near.opener.kind == OpenerKind.GGZ_REFERRAL
    assert wording.opener_text(near.opener) == (
        "Hulp bij psychische klachten: vraag het de huisarts of de POH-GGZ"
    )


@pytest.mark.parametrize(("age", "near"), [(26, True), (25, False)])
def test_an_age_opener_only_for_an_age_within_a_year(shipped_catalogue, age, near):
    # 003 r. 1438: Sterk met Werk "27 jaar en ouder". Issue 10: "an age the person will reach".
    result = match(mild(benefit="bijstand", wish="paid_work_now", municipality=UTRECHT, age=age),
                   shipped_catalogue)

    assert ("sterk-met-werk" in shown(result)) == near
    if near:
        assert wording.opener_text(the(result, "sterk-met-werk").opener) == "Vanaf 27 jaar kunt u meedoen"


def test_a_wish_opener_names_what_the_programme_serves(shipped_catalogue):
    # 003 r. 1430–1432: WabZ's aim is paid work, "maar een werkervaringsplaats of proefplaatsing kan
    # hieraan vooraf gaan": for someone who wants day activities first it is one open mind away.
    result = match(epa_in_care("mediant", municipality=ENSCHEDE, wish="daytime_activity"), shipped_catalogue)

    near = the(result, "werk-als-beste-zorg")
    assert near.opener.kind == OpenerKind.OTHER_WISH
    assert wording.opener_text(near.opener) == (
        "Als u ook open staat voor: direct aan betaald werk of uitzoeken wat past"
    )


def test_nobody_in_treatment_is_told_to_change_care_and_every_near_miss_is_one_change(shipped_catalogue):
    # Issue 10: openers are real transitions only: a step up to GGZ care, never away from it; and a
    # near miss needs one change (every not-met criterion opened by the same opener).
    for person in grid(benefit=(*WITH_A_BENEFIT, "none"), wish=WISHES,
                       municipality=one_gemeente_per_region(shipped_catalogue)[::3]):
        answers = epa_in_care("other", **person)
        for near in match(answers, shipped_catalogue).near_misses:
            assert near.opener.kind not in (OpenerKind.GGZ_REFERRAL, OpenerKind.WMO_SUPPORT), (
                answers, near.programme.slug)
            assert {c.opener for c in near.criteria if c.state == NOT_MET} == {near.opener}
