"""Matching as a pure function, criterion by criterion: each answer against the programme's set, age,
region, care at the provider, the conditions; and the words for each. Hand-built catalogues, no
database."""

from __future__ import annotations

from typing import Any

import pytest

from programmes.catalogue import ConditionData, FundingData, OfferingData, ProgrammeData
from tests.matching_helpers import (
    AT_GGZ_A,
    AT_GGZ_B,
    GGZ_A,
    GGZ_B,
    IN_GM2,
    IN_R1,
    NATIONAL,
    REGIONS,
    answers,
    catalogue,
    outcome_of,
    programme,
)
from triage import matching, wording


def criterion(prog: ProgrammeData, given_answers: dict[str, Any], key: str) -> matching.Criterion:
    return next(c for c in matching.criteria_for(prog, given_answers, catalogue(prog)) if c.key == key)


def text(prog: ProgrammeData, given_answers: dict[str, Any], key: str, professional: bool = False) -> str:
    return wording.criterion_text(criterion(prog, given_answers, key), prog, professional=professional)


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
