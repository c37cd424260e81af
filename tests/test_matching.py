"""Matching as a pure function: hand-built catalogues, no database."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from programmes import vocabulary as vocab
from programmes.catalogue import (
    Catalogue,
    ConditionData,
    FundingData,
    KindData,
    MunicipalityData,
    OfferingData,
    OrganisationData,
    ProgrammeData,
    RegionData,
)
from triage import matching, wording

KIND = KindData("soort", "Soort")
GGZ_A = OrganisationData("ggz-a", "GGZ Alfa", "ggz")
GGZ_B = OrganisationData("ggz-b", "GGZ Beta", "ggz")
COACH = OrganisationData("coach", "Coachbureau", "other")
NATIONAL = OfferingData(COACH, "national")
IN_R1 = OfferingData(COACH, "regions", region_codes=frozenset({"R1"}))
IN_GM2 = OfferingData(COACH, "municipalities", municipality_codes=frozenset({"GM0002"}))
AT_GGZ_A = OfferingData(GGZ_A, "regions", region_codes=frozenset({"R1"}), requires_care_at_provider=True)
AT_GGZ_B = OfferingData(GGZ_B, "regions", region_codes=frozenset({"R1"}), requires_care_at_provider=True)

REGIONS = {"R1": RegionData("R1", "Regio Een"), "R2": RegionData("R2", "Regio Twee")}
MUNICIPALITIES = {
    "GM0001": MunicipalityData("GM0001", "Eendorp", "R1"),
    "GM0002": MunicipalityData("GM0002", "Tweestad", "R2"),
}

# Everything answered; fits a programme open to all.
FULL: dict[str, Any] = {
    "concern": "mental",
    "care": "specialist_ggz",
    "care_provider": "ggz-a",
    "severity": "severe",
    "situation": "job_seeking",
    "benefit": "bijstand",
    "wish": "paid_work_now",
    "municipality": "GM0001",
    "age": 30,
}


def programme(slug: str = "traject", **fields: Any) -> ProgrammeData:
    defaults: dict[str, Any] = {
        "name": slug.title(), "status": "published", "kind": KIND, "offerings": (NATIONAL,),
    }
    return ProgrammeData(slug=slug, **{**defaults, **fields})


def catalogue(*programmes: ProgrammeData) -> Catalogue:
    organisations = {org.slug: org for org in (GGZ_A, GGZ_B, COACH)}
    return Catalogue(programmes, REGIONS, MUNICIPALITIES, {}, organisations)


def answers(**changes: Any) -> dict[str, Any]:
    """FULL with changes; a value of None removes the answer."""
    merged = {**FULL, **changes}
    return {key: value for key, value in merged.items() if value is not None}


def criterion(prog: ProgrammeData, given_answers: dict[str, Any], key: str) -> matching.Criterion:
    return next(c for c in matching.criteria_for(prog, given_answers, catalogue(prog)) if c.key == key)


def text(prog: ProgrammeData, given_answers: dict[str, Any], key: str, professional: bool = False) -> str:
    return wording.criterion_text(criterion(prog, given_answers, key), prog, professional=professional)


def outcome_of(prog: ProgrammeData, given_answers: dict[str, Any]) -> str | None:
    result = matching.match(given_answers, catalogue(prog))
    found = (*result.matches, *result.near_misses)
    return found[0].fit if found else None


def slugs(found: tuple[matching.Match, ...]) -> list[str]:
    return [m.programme.slug for m in found]


# --- Criteria on the answer sets: each criterion × each state -----------------------------------

# (answer key, programme field, a value, another value)
CHOICE_DIMENSIONS = [
    ("concern", "concerns", "mental", "other_limitation"),
    ("care", "care", "specialist_ggz", "basic_ggz"),
    ("severity", "severities", "severe", "mild_moderate"),
    ("situation", "situations", "job_seeking", "employed_at_risk"),
    ("benefit", "benefits", "bijstand", "wajong"),
    ("wish", "wishes", "paid_work_now", "daytime_activity"),
]
CHOICE_STATES = [
    pytest.param(key, field, {value}, value, "met", id=f"{key}-met")
    for key, field, value, _other in CHOICE_DIMENSIONS
] + [
    pytest.param(key, field, {value}, other, "not_met", id=f"{key}-not_met")
    for key, field, value, other in CHOICE_DIMENSIONS
] + [
    pytest.param(key, field, {value}, None, "unknown", id=f"{key}-unanswered")
    for key, field, value, _other in CHOICE_DIMENSIONS
] + [
    pytest.param(key, field, {value}, "iets-raars", "unknown", id=f"{key}-unrecognised")
    for key, field, value, _other in CHOICE_DIMENSIONS
] + [
    pytest.param(key, field, set(), other, "met", id=f"{key}-open")
    for key, field, _value, other in CHOICE_DIMENSIONS
] + [
    pytest.param("severity", "severities", {"severe"}, "unknown", "unknown", id="severity-weet-niet"),
    pytest.param("benefit", "benefits", {"bijstand"}, "unknown", "unknown", id="benefit-weet-niet"),
    pytest.param("benefit", "benefits", {"bijstand"}, 42, "unknown", id="benefit-not-a-string"),
]


@pytest.mark.parametrize(("key", "field", "allowed", "answer", "state"), CHOICE_STATES)
def test_answer_against_programme_set_gives_state(key, field, allowed, answer, state):
    prog = programme(**{field: frozenset(allowed)})
    assert criterion(prog, answers(**{key: answer}), key).state == state


@pytest.mark.parametrize(("key", "field", "_value", "other"), CHOICE_DIMENSIONS)
def test_empty_set_is_open_to_all_and_says_so(key, field, _value, other):
    found = criterion(programme(), answers(**{key: other}), key)
    assert found.state == "met"
    assert found.open_to_all
    assert text(programme(), answers(**{key: other}), key).startswith("Dit traject")


def test_open_benefit_wording_is_plain():
    assert text(programme(), answers(), "benefit") == (
        "Dit traject staat open voor iedereen, welke uitkering u ook heeft."
    )


def test_unknown_benefit_explains_in_client_words():
    prog = programme(benefits=frozenset({"bijstand", "ww"}))
    assert text(prog, answers(benefit="unknown"), "benefit") == (
        "We weten nog niet welke uitkering u heeft. "
        "Dit traject is voor deze uitkering: bijstand (gemeente, Participatiewet) of WW."
    )


def test_met_care_names_the_answer_and_the_rule():
    prog = programme(care=frozenset({"specialist_ggz"}))
    line = text(prog, answers(), "care")
    assert "behandeling bij een GGZ-instelling" in line
    assert line.startswith("Uw zorg of begeleiding:")


def test_severity_reads_as_a_sentence():
    prog = programme(severities=frozenset({"severe"}))
    assert text(prog, answers(severity="mild_moderate"), "severity") == (
        "U gaf aan: lichte of matige klachten. "
        "Dit traject is voor mensen met ernstige, langdurige psychische problemen (EPA)."
    )


def test_benefit_professional_text_names_funding_route_and_legal_basis():
    row = FundingData(
        "bijstand", "Gemeente", "re-integratiebudget", "klantmanager", legal_basis="Participatiewet art. 7"
    )
    prog = programme(benefits=frozenset({"bijstand"}), funding=(row,))
    line = text(prog, answers(), "benefit", professional=True)
    assert "Gemeente" in line
    assert "re-integratiebudget" in line
    assert "Participatiewet art. 7" in line


def test_unknown_benefit_professional_text_lists_every_route():
    rows = (
        FundingData("bijstand", "Gemeente", "re-integratiebudget", "klantmanager"),
        FundingData("ww", "UWV", "re-integratiemiddelen", "adviseur werk"),
    )
    prog = programme(benefits=frozenset({"bijstand", "ww"}), funding=rows)
    line = text(prog, answers(benefit="unknown"), "benefit", professional=True)
    assert "Gemeente" in line
    assert "UWV" in line


# --- Age ---------------------------------------------------------------------------------------

AGE_STATES = [
    pytest.param(18, 27, 18, "met", id="lower-bound-inclusive"),
    pytest.param(18, 27, 27, "met", id="upper-bound-inclusive"),
    pytest.param(18, 27, 17, "not_met", id="too-young"),
    pytest.param(18, 27, 28, "not_met", id="too-old"),
    pytest.param(18, None, 60, "met", id="only-minimum"),
    pytest.param(None, 27, 60, "not_met", id="only-maximum"),
    pytest.param(18, 27, None, "unknown", id="unanswered"),
    pytest.param(18, 27, "twintig", "unknown", id="not-a-number"),
    pytest.param(18, 27, True, "unknown", id="boolean"),
    pytest.param(18, 27, 2.5, "unknown", id="float"),
    pytest.param(18, 27, "20", "met", id="digits-as-text"),
    pytest.param(None, None, None, "met", id="no-limits"),
]


@pytest.mark.parametrize(("low", "high", "age", "state"), AGE_STATES)
def test_age_limits_are_inclusive_and_missing_age_is_unknown(low, high, age, state):
    prog = programme(min_age=low, max_age=high)
    assert criterion(prog, answers(age=age), "age").state == state


def test_age_text_names_the_limits():
    prog = programme(min_age=18, max_age=27)
    assert text(prog, answers(age=30), "age") == (
        "U bent 30 jaar. Dit traject is voor mensen van 18 tot en met 27 jaar."
    )


# --- Region ------------------------------------------------------------------------------------

REGION_STATES = [
    pytest.param((NATIONAL,), "GM0002", "met", id="national-serves-everyone"),
    pytest.param((IN_R1,), "GM0001", "met", id="region-of-the-gemeente"),
    pytest.param((IN_R1,), "GM0002", "not_met", id="other-region"),
    pytest.param((IN_GM2,), "GM0002", "met", id="listed-municipality"),
    pytest.param((IN_GM2,), "GM0001", "not_met", id="unlisted-municipality"),
    pytest.param((NATIONAL, IN_R1), None, "met", id="no-place-but-national"),
    pytest.param((IN_R1,), None, "unknown", id="no-place-only-regional"),
    pytest.param((IN_R1,), "GM9999", "unknown", id="unknown-gemeentecode"),
    pytest.param((), "GM0001", "not_met", id="no-offering-at-all"),
    pytest.param((), None, "not_met", id="no-offering-no-place"),
]


@pytest.mark.parametrize(("offerings", "municipality", "state"), REGION_STATES)
def test_region_follows_the_offerings_scope(offerings, municipality, state):
    prog = programme(offerings=offerings)
    assert criterion(prog, answers(municipality=municipality), "region").state == state


def test_offerings_are_only_those_serving_the_person_regional_first():
    elsewhere = OfferingData(GGZ_B, "regions", region_codes=frozenset({"R2"}))
    prog = programme(offerings=(NATIONAL, elsewhere, IN_R1))
    found = matching.match(answers(), catalogue(prog)).matches[0]
    assert found.offerings == (IN_R1, NATIONAL)
    assert found.regional


def test_national_only_is_not_regional():
    found = matching.match(answers(), catalogue(programme())).matches[0]
    assert not found.regional


def test_without_a_place_the_national_offering_fits_and_none_counts_as_regional():
    prog = programme(offerings=(NATIONAL, IN_R1))
    found = matching.match(answers(municipality=None), catalogue(prog)).matches[0]
    assert found.fit == "fit"
    assert found.offering == NATIONAL
    assert found.offerings == (NATIONAL,)  # the regional one is only "possible" without a place
    assert not found.regional


def test_result_names_the_persons_region():
    assert matching.match(answers(municipality="GM0002"), catalogue()).region == REGIONS["R2"]
    assert matching.match(answers(municipality=None), catalogue()).region is None


# --- Care at the provider ----------------------------------------------------------------------

PROVIDER_STATES = [
    pytest.param((AT_GGZ_A, AT_GGZ_B), {"care_provider": "ggz-a"}, "met", id="own-provider"),
    pytest.param((AT_GGZ_A, AT_GGZ_B), {"care_provider": None}, "unknown", id="provider-unanswered"),
    pytest.param((AT_GGZ_A,), {"care_provider": "ggz-b"}, "not_met", id="another-institution"),
    pytest.param((AT_GGZ_A,), {"care_provider": "other"}, "not_met", id="other"),
    pytest.param((AT_GGZ_A,), {"care": "none", "care_provider": None}, "not_met", id="no-care"),
    pytest.param((AT_GGZ_A,), {"care": "basic_ggz", "care_provider": None}, "unknown", id="basic-ggz"),
    pytest.param((AT_GGZ_A,), {"care_provider": "nergens-bekend"}, "unknown", id="unrecognised-slug"),
    pytest.param((AT_GGZ_A, NATIONAL), {"care_provider": "other"}, "met", id="one-offering-open-to-all"),
    pytest.param((NATIONAL,), {"care_provider": "other"}, "met", id="no-provider-rule"),
]


@pytest.mark.parametrize(("offerings", "changes", "state"), PROVIDER_STATES)
def test_care_at_provider_rule(offerings, changes, state):
    prog = programme(offerings=offerings)
    assert criterion(prog, answers(**changes), "care_provider").state == state


def test_own_provider_keeps_only_its_offering():
    prog = programme(offerings=(AT_GGZ_A, AT_GGZ_B))
    found = matching.match(answers(care_provider="ggz-b"), catalogue(prog)).matches[0]
    assert found.offerings == (AT_GGZ_B,)


def test_unknown_provider_keeps_every_offering_that_could_serve():
    prog = programme(offerings=(AT_GGZ_A, AT_GGZ_B))
    found = matching.match(answers(care_provider=None), catalogue(prog)).matches[0]
    assert found.fit == "possible"
    assert found.offerings == (AT_GGZ_A, AT_GGZ_B)


def test_provider_bound_offering_is_dropped_for_someone_elsewhere():
    prog = programme(offerings=(AT_GGZ_A, NATIONAL))
    found = matching.match(answers(care_provider="other"), catalogue(prog)).matches[0]
    assert found.offerings == (NATIONAL,)


def test_in_care_elsewhere_leaves_provider_bound_programme_out():
    prog = programme(offerings=(AT_GGZ_A,))
    assert outcome_of(prog, answers(care_provider="ggz-b")) is None


def test_no_care_makes_provider_bound_ggz_programme_a_near_miss_via_referral():
    ips = programme(care=frozenset({"specialist_ggz"}), offerings=(AT_GGZ_A, AT_GGZ_B))
    result = matching.match(answers(care="none", care_provider=None), catalogue(ips))
    near = result.near_misses[0]
    assert near.opener == matching.Opener(
        matching.OpenerKind.GGZ_REFERRAL, providers=(GGZ_A, GGZ_B), values=frozenset({"specialist_ggz"})
    )
    assert wording.opener_text(near.opener) == (
        "Behandeling bij een GGZ-instelling: vraag de huisarts om een verwijzing (GGZ Alfa of GGZ Beta)"
    )
    assert near.offerings == (AT_GGZ_A, AT_GGZ_B)
    assert {c.key for c in near.criteria if c.state == "not_met"} == {"care", "care_provider"}


def test_no_care_and_provider_bound_programme_without_care_rule_is_left_out():
    prog = programme(offerings=(AT_GGZ_A,))
    assert outcome_of(prog, answers(care="none", care_provider=None)) is None


# --- Conditions and order of criteria ----------------------------------------------------------


def test_conditions_become_checks_after_the_stroomschema_criteria():
    conditions = (
        ConditionData("Staat de persoon in het doelgroepregister?", "Staat u in het doelgroepregister?"),
        ConditionData("Is er een indicatie van het UWV?"),
    )
    prog = programme(conditions=conditions)
    found = matching.match(answers(), catalogue(prog)).matches[0]
    keys = [c.key for c in found.criteria]
    assert keys == [*matching.CRITERION_ORDER, "condition", "condition"]
    checks = found.criteria[-2:]
    assert [c.state for c in checks] == ["check", "check"]
    words = [
        (wording.criterion_text(c, prog, professional=False),
         wording.criterion_text(c, prog, professional=True))
        for c in checks
    ]
    assert words == [
        ("Staat u in het doelgroepregister?", "Staat de persoon in het doelgroepregister?"),
        ("Is er een indicatie van het UWV?", "Is er een indicatie van het UWV?"),
    ]


def test_checks_do_not_spoil_a_fit():
    prog = programme(conditions=(ConditionData("Is er een indicatie?"),))
    assert outcome_of(prog, answers()) == "fit"


# --- Fit, possible, near miss, left out ---------------------------------------------------------

FIT_KINDS = [
    pytest.param({}, {}, "fit", id="all-met"),
    pytest.param({"benefits": frozenset({"bijstand"})}, {"benefit": "unknown"}, "possible", id="weet-niet"),
    pytest.param({"wishes": frozenset({"explore"})}, {"wish": None}, "possible", id="unanswered"),
    pytest.param({"care": frozenset({"specialist_ggz"})}, {"care": "none"}, "near_miss", id="care"),
    pytest.param({"benefits": frozenset({"ww"})}, {"benefit": "none"}, "near_miss", id="benefit"),
    pytest.param({"wishes": frozenset({"explore"})}, {}, "near_miss", id="wish"),
    pytest.param(
        {"wishes": frozenset({"explore"}), "min_age": 18},
        {"age": None},
        "near_miss",
        id="near-miss-with-unknowns",
    ),
    pytest.param(
        {"wishes": frozenset({"explore"}), "benefits": frozenset({"ww"})},
        {},
        None,
        id="two-changes-left-out",
    ),
]


@pytest.mark.parametrize(("fields", "changes", "fit"), FIT_KINDS)
def test_states_decide_the_kind_of_match(fields, changes, fit):
    assert outcome_of(programme(**fields), answers(**changes)) == fit


NOT_CHANGEABLE = [
    pytest.param({"concerns": frozenset({"other_limitation"})}, {}, id="concern"),
    pytest.param({"severities": frozenset({"mild_moderate"})}, {}, id="severity"),
    pytest.param({"situations": frozenset({"employed_at_risk"})}, {}, id="situation"),
    pytest.param({"offerings": (IN_GM2,)}, {}, id="region"),
    pytest.param({"max_age": 25}, {}, id="age-passed"),
    pytest.param({"min_age": 50}, {}, id="age-years-away"),
    pytest.param({"offerings": (AT_GGZ_B,)}, {}, id="care_provider"),
    pytest.param({"benefits": frozenset({"none"})}, {}, id="benefit-only-without-benefit"),
    pytest.param({"care": frozenset({"none"})}, {}, id="care-only-without-care"),
    pytest.param({"care": frozenset({"basic_ggz"})}, {}, id="care-step-down"),
]


@pytest.mark.parametrize(("fields", "changes"), NOT_CHANGEABLE)
def test_not_met_that_cannot_change_leaves_programme_out(fields, changes):
    result = matching.match(answers(**changes), catalogue(programme(**fields)))
    assert result.matches == ()
    assert result.near_misses == ()


OPENERS = [
    pytest.param({"care": frozenset({"specialist_ggz"})}, {"care": "none"},
                 "Behandeling bij een GGZ-instelling: vraag de huisarts om een verwijzing", id="care-ggz"),
    pytest.param({"care": frozenset({"basic_ggz", "specialist_ggz"})}, {"care": "protected_living"},
                 "Hulp bij psychische klachten: vraag het de huisarts of de POH-GGZ",
                 id="care-ggz-from-begeleiding"),
    pytest.param({"care": frozenset({"protected_living"})}, {"care": "none"},
                 "Begeleiding aanvragen bij de gemeente (Wmo)", id="care-wmo"),
    pytest.param({"benefits": frozenset({"ww"})}, {"benefit": "none"},
                 "Recht op WW? Vraag die aan bij UWV.", id="benefit-uwv"),
    pytest.param({"benefits": frozenset({"bijstand"})}, {"benefit": "none"},
                 "Recht op bijstand? Vraag die aan bij de gemeente.", id="benefit-gemeente"),
    pytest.param({"benefits": frozenset({"bijstand", "ww"})}, {"benefit": "none"},
                 "Recht op bijstand? Vraag die aan bij de gemeente. "
                 "Recht op WW? Vraag die aan bij UWV.",
                 id="benefit-both"),
    pytest.param({"benefits": frozenset({"wajong"})}, {"benefit": "none"},
                 "Recht op een WIA-, Wajong-, Ziektewet- of WAO-uitkering? Vraag die aan bij UWV.",
                 id="benefit-uwv-disability"),
    pytest.param({"wishes": frozenset({"explore", "skills"})}, {},
                 "Als u ook open staat voor: uitzoeken wat past of vaardigheden leren", id="wish"),
    pytest.param({"min_age": 31}, {}, "Vanaf 31 jaar kunt u meedoen", id="age-to-come"),
]


@pytest.mark.parametrize(("fields", "changes", "opener"), OPENERS)
def test_near_miss_says_what_would_open_it(fields, changes, opener):
    result = matching.match(answers(**changes), catalogue(programme(**fields)))
    near = result.near_misses[0]
    assert near.fit == "near_miss"
    assert wording.opener_text(near.opener) == opener
    assert next(c for c in near.criteria if c.state == "not_met").opener == near.opener


def test_fit_and_possible_have_no_opener():
    prog = programme(benefits=frozenset({"bijstand"}))
    assert matching.match(answers(), catalogue(prog)).matches[0].opener is None
    assert matching.match(answers(benefit="unknown"), catalogue(prog)).matches[0].opener is None


@pytest.mark.parametrize("status", ["concept", "ended"])
def test_unpublished_programmes_never_appear(status):
    fits = programme("fits", status=status)
    nearly = programme("nearly", status=status, wishes=frozenset({"explore"}))
    result = matching.match(answers(), catalogue(fits, nearly))
    assert result.matches == ()
    assert result.near_misses == ()


# --- Funding -----------------------------------------------------------------------------------

BIJSTAND_ROW = FundingData("bijstand", "Gemeente", "re-integratiebudget", "klantmanager")
NONE_ROW = FundingData("none", "Gemeente", "re-integratiebudget", "klantmanager")


@pytest.mark.parametrize(
    ("benefit", "expected"),
    [
        pytest.param("bijstand", BIJSTAND_ROW, id="row-for-benefit"),
        pytest.param("none", NONE_ROW, id="row-for-no-benefit"),
        pytest.param("ww", None, id="no-row"),
        pytest.param("unknown", None, id="weet-niet"),
        pytest.param(None, None, id="unanswered"),
    ],
)
def test_funding_is_the_row_for_the_persons_benefit(benefit, expected):
    prog = programme(funding=(BIJSTAND_ROW, NONE_ROW))
    assert matching.match(answers(benefit=benefit), catalogue(prog)).matches[0].funding == expected


# --- Order -------------------------------------------------------------------------------------


def test_fit_comes_before_possible():
    possible = programme("a-possible", benefits=frozenset({"ww"}))
    fit = programme("b-fit")
    result = matching.match(answers(benefit="unknown"), catalogue(possible, fit))
    assert slugs(result.matches) == ["b-fit", "a-possible"]


@pytest.mark.parametrize(
    ("wishes", "wish", "serves"),
    [
        pytest.param({"paid_work_now"}, "paid_work_now", True, id="named"),
        pytest.param(set(), "paid_work_now", False, id="open-to-every-wish"),
        pytest.param({"paid_work_now"}, None, False, id="unanswered"),
        pytest.param(set(), None, False, id="open-and-unanswered"),
    ],
)
def test_only_a_programme_naming_the_wish_serves_it(wishes, wish, serves):
    prog = programme(wishes=frozenset(wishes))
    assert matching.match(answers(wish=wish), catalogue(prog)).matches[0].serves_wish is serves


EPA_IN_CARE = answers()  # severe, in specialist GGZ care
# (the first programme's fields, the second's, the answers): the first comes first.
ORDER_RULE = [
    pytest.param({"wishes": frozenset({"paid_work_now"})}, {"integrated_care": True,
                 "dutch_evidence": "controlled"}, EPA_IN_CARE, id="wish-before-everything"),
    pytest.param({"integrated_care": True}, {"dutch_evidence": "controlled", "offerings": (IN_R1,)},
                 EPA_IN_CARE, id="integrated-for-epa-in-care"),
    pytest.param({"dutch_evidence": "controlled"}, {"integrated_care": True},
                 answers(severity="mild_moderate"), id="integrated-counts-only-for-epa"),
    pytest.param({"dutch_evidence": "controlled"}, {"integrated_care": True},
                 answers(care="basic_ggz", care_provider=None, severity=None), id="epa-unknown"),
    pytest.param({"dutch_evidence": "controlled"}, {"dutch_evidence": "impact"}, EPA_IN_CARE,
                 id="controlled-before-impact"),
    pytest.param({"dutch_evidence": "impact"}, {"dutch_evidence": "none"}, EPA_IN_CARE,
                 id="impact-before-none"),
    pytest.param({"dutch_evidence": "impact", "offerings": (NATIONAL,)}, {"offerings": (IN_R1,)},
                 EPA_IN_CARE, id="evidence-before-region"),
    pytest.param({"offerings": (IN_R1,)}, {"offerings": (NATIONAL,)}, EPA_IN_CARE,
                 id="regional-before-national"),
    # The international figures of the kind of support and the recognition level order nothing.
    pytest.param({"name": "Aap"}, {"kind": KindData("k", "K", median_paid_work_pct=90.0)}, EPA_IN_CARE,
                 id="international-median-is-no-key"),
    pytest.param({"name": "Aap"}, {"recognition_level": "effective_strong"}, EPA_IN_CARE,
                 id="then-by-name"),
]


@pytest.mark.parametrize(("first", "second", "given"), ORDER_RULE)
def test_the_order_rule(first, second, given):
    z_first = programme("z-first", **{"name": "Zebra", **first})
    a_second = programme("a-second", **{"name": "Bever", **second})
    result = matching.match(given, catalogue(a_second, z_first))
    assert slugs(result.matches) == ["z-first", "a-second"]


def test_near_misses_are_ordered_like_matches():
    weak = programme("weak", name="Aap", wishes=frozenset({"explore"}))
    strong = programme("strong", name="Zebra", wishes=frozenset({"explore"}), dutch_evidence="controlled")
    result = matching.match(answers(), catalogue(weak, strong))
    assert slugs(result.near_misses) == ["strong", "weak"]


# --- Gap ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("programmes", "gap"),
    [
        pytest.param((), True, id="empty-catalogue"),
        pytest.param((programme(concerns=frozenset({"none"})),), True, id="nothing-fits"),
        pytest.param((programme(wishes=frozenset({"explore"})),), True, id="only-near-miss"),
        pytest.param((programme(benefits=frozenset({"ww"})),), False, id="possible"),
        pytest.param((programme(),), False, id="fit"),
    ],
)
def test_gap_when_no_fit_and_no_possible(programmes, gap):
    changes = {"benefit": "unknown"} if not gap else {}
    assert matching.match(answers(**changes), catalogue(*programmes)).gap is gap


# --- Never raises ------------------------------------------------------------------------------

ANSWER_KEYS = [*FULL, "onbekende_vraag"]
KNOWN_VALUES = sorted(
    {key for choices in (vocab.CONCERNS, vocab.CARE, vocab.SEVERITIES, vocab.SITUATIONS, vocab.BENEFITS,
                         vocab.WISHES) for key, _label in choices}
    | {"ggz-a", "ggz-b", "other", "GM0001", "GM0002", "GM9999"}
)
ANY_VALUE = st.one_of(
    st.sampled_from(KNOWN_VALUES),
    st.text(max_size=12),
    st.integers(),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=True),
    st.lists(st.integers(), max_size=2),
)
ANY_SET = st.frozensets(st.sampled_from([*KNOWN_VALUES, "onzin"]), max_size=4)
ANY_OFFERING = st.builds(
    OfferingData,
    provider=st.sampled_from([GGZ_A, GGZ_B, COACH]),
    scope=st.sampled_from(["national", "regions", "municipalities", "elders"]),
    region_codes=st.frozensets(st.sampled_from(["R1", "R2", "R9"]), max_size=2),
    municipality_codes=st.frozensets(st.sampled_from(["GM0001", "GM0002"]), max_size=2),
    requires_care_at_provider=st.booleans(),
)
ANY_PROGRAMME = st.builds(
    ProgrammeData,
    slug=st.text(min_size=1, max_size=5),
    name=st.text(max_size=5),
    status=st.sampled_from(["published", "concept", "ended", "raar"]),
    kind=st.builds(KindData, slug=st.just("k"), name=st.just("K"),
                   median_paid_work_pct=st.none() | st.floats(0, 100)),
    concerns=ANY_SET,
    care=ANY_SET,
    severities=ANY_SET,
    situations=ANY_SET,
    benefits=ANY_SET,
    wishes=ANY_SET,
    min_age=st.none() | st.integers(0, 80),
    max_age=st.none() | st.integers(0, 80),
    recognition_level=st.sampled_from([*vocab.RECOGNITION_RANK, "raar"]),
    offerings=st.lists(ANY_OFFERING, max_size=3).map(tuple),
    funding=st.lists(st.builds(FundingData, benefit=st.sampled_from(KNOWN_VALUES), payer=st.just("p"),
                               budget=st.just("b"), applicant=st.just("a")), max_size=2).map(tuple),
    conditions=st.lists(st.builds(ConditionData, question=st.text(max_size=5)), max_size=2).map(tuple),
)


@settings(max_examples=300, deadline=None)
@given(
    given_answers=st.dictionaries(st.sampled_from(ANSWER_KEYS), ANY_VALUE),
    programmes=st.lists(ANY_PROGRAMME, max_size=4),
)
def test_never_raises_on_any_answers_or_catalogue(given_answers, programmes):
    result = matching.match(given_answers, catalogue(*programmes))
    assert isinstance(result.gap, bool)
    for found in (*result.matches, *result.near_misses):
        assert found.programme.status == "published"
        assert found.criteria
        assert all(c.state in {"met", "not_met", "unknown", "check"} for c in found.criteria)
        assert (found.opener is not None) == (found.fit == "near_miss")
    assert all(m.fit in {"fit", "possible"} for m in result.matches)


@settings(max_examples=300, deadline=None)
@given(
    given_answers=st.dictionaries(st.sampled_from(ANSWER_KEYS), ANY_VALUE),
    programmes=st.lists(ANY_PROGRAMME, min_size=1, max_size=4),
)
def test_the_quick_first_look_changes_nothing_the_full_assessment_decides(given_answers, programmes):
    cat = catalogue(*programmes)
    result = matching.match(given_answers, cat)
    shown = [m.programme for m in (*result.matches, *result.near_misses)]
    published = [p for p in cat.programmes if p.status == "published"]
    assessed = [p for p in published if matching.assess(p, given_answers, cat)]
    assert sorted(map(id, shown)) == sorted(map(id, assessed))
