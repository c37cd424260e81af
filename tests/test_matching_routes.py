"""Matching per route: offerings that narrow their programme, what the sources say about an offering
being there, the person's own institution, openers that are real transitions, the groups not reached.
Pure tables on hand-built catalogues, no database."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from programmes import vocabulary as vocab
from programmes.catalogue import (
    Catalogue,
    ConditionData,
    MunicipalityData,
    OfferingData,
    OrganisationData,
    ProgrammeData,
    RegionData,
)
from tests.matching_helpers import KIND
from triage import matching, wording
from triage.outcome import NotReached, OpenerKind

YULIUS = OrganisationData("yulius", "Yulius", "ggz")
DIMENCE = OrganisationData("dimence", "Dimence", "ggz")
VVG = OrganisationData("vincent-van-gogh", "Vincent van Gogh", "ggz")
UWV = OrganisationData("uwv", "UWV", "uwv")
GEMEENTE = OrganisationData("gemeente", "Gemeente", "gemeente")
REGIONS = {
    "AM23": RegionData("AM23", "Drechtsteden"),
    "AM05": RegionData("AM05", "Twente"),
    "AM33": RegionData("AM33", "Midden-Limburg"),
    "AM01": RegionData("AM01", "Groningen"),
}
MUNICIPALITIES = {
    "GM0505": MunicipalityData("GM0505", "Dordrecht", "AM23"),
    "GM0153": MunicipalityData("GM0153", "Enschede", "AM05"),
    "GM0957": MunicipalityData("GM0957", "Roermond", "AM33"),
    "GM0014": MunicipalityData("GM0014", "Groningen", "AM01"),
}


def at(provider, region, **fields) -> OfferingData:
    return OfferingData(provider, "regions", region_codes=frozenset({region}), requires_care_at_provider=True,
                        **fields)


def programme(slug: str = "traject", **fields: Any) -> ProgrammeData:
    return ProgrammeData(slug=slug, **{"name": slug.title(), "status": "published", "kind": KIND, **fields})


def catalogue(*programmes: ProgrammeData) -> Catalogue:
    organisations = {org.slug: org for org in (YULIUS, DIMENCE, VVG, UWV, GEMEENTE)}
    return Catalogue(programmes, REGIONS, MUNICIPALITIES, {}, organisations)


def person(**changes: Any) -> dict[str, Any]:
    base = {
        "concern": "mental", "care": "specialist_ggz", "care_provider": "yulius", "severity": "severe",
        "situation": "job_seeking", "benefit": "bijstand", "wish": "paid_work_now",
        "municipality": "GM0505", "age": 35,
    }
    merged = {**base, **changes}
    return {key: value for key, value in merged.items() if value is not None}


def outcome(prog: ProgrammeData, answers: dict[str, Any]) -> tuple[str | None, matching.Match | None]:
    result = matching.match(answers, catalogue(prog))
    found = (*result.matches, *result.near_misses, *result.not_offered)
    return (found[0].fit, found[0]) if found else (None, None)


# --- An offering narrows its programme's eligibility ---------------------------------------------

# Werk als Beste Zorg: in Drechtsteden for EPA only, in Twente for lighter problems too.
WABZ = programme(
    "wabz",
    concerns=frozenset({"mental"}),
    care=frozenset({"specialist_ggz"}),
    offerings=(
        at(YULIUS, "AM23", severities=frozenset({"severe"}), min_age=18),
        at(DIMENCE, "AM05"),
    ),
)

NARROWING = [
    pytest.param(person(), "fit", id="drechtsteden-epa"),
    pytest.param(person(severity="mild_moderate"), None, id="drechtsteden-mild-is-out"),
    pytest.param(person(severity="unknown"), "possible", id="drechtsteden-severity-unknown"),
    pytest.param(person(age=17), "near_miss", id="drechtsteden-17-will-reach-18"),
    pytest.param(person(care_provider="dimence", municipality="GM0153", severity="mild_moderate"), "fit",
                 id="twente-takes-lighter-problems"),
    pytest.param(person(care_provider="dimence", municipality="GM0153", age=17), "fit",
                 id="twente-has-no-age-limit"),
]


@pytest.mark.parametrize(("answers", "fit"), NARROWING)
def test_an_offering_narrows_its_programme(answers, fit):
    assert outcome(WABZ, answers)[0] == fit


def test_a_match_names_the_offering_whose_conditions_it_used():
    _fit, found = outcome(WABZ, person(care_provider="dimence", municipality="GM0153"))
    assert found.offering.provider == DIMENCE
    assert found.offerings == (found.offering,)


@pytest.mark.parametrize(
    ("programme_values", "offering_values", "expected"),
    [
        (frozenset(), frozenset(), frozenset()),
        (frozenset({"severe", "mild_moderate"}), frozenset(), frozenset({"severe", "mild_moderate"})),
        (frozenset(), frozenset({"severe"}), frozenset({"severe"})),
        (frozenset({"severe", "mild_moderate"}), frozenset({"severe"}), frozenset({"severe"})),
    ],
)
def test_narrowing_a_list(programme_values, offering_values, expected):
    from programmes import rules

    empty = {name: frozenset() for name in vocab.ELIGIBILITY_CHOICES}
    prog = rules.Limits({**empty, "severities": programme_values}, 16, 30)
    offer = rules.Limits({**empty, "severities": offering_values}, 18, None)
    found = rules.narrowed(prog, offer)
    assert found.sets["severities"] == expected
    assert (found.min_age, found.max_age) == (18, 30)


def test_an_offerings_own_check_question_is_asked_only_for_that_route():
    check = ConditionData("Heeft de persoon een baan of begint hij of zij binnenkort?")
    prog = programme(offerings=(replace(at(YULIUS, "AM23"), conditions=(check,)), at(DIMENCE, "AM05")))
    _fit, drecht = outcome(prog, person())
    _fit, twente = outcome(prog, person(care_provider="dimence", municipality="GM0153"))
    assert [c.facts.question for c in drecht.criteria if c.key == "condition"] == [check.question]
    assert [c for c in twente.criteria if c.key == "condition"] == []


# --- Availability: what the sources say, and the person's own institution -------------------------

IPS = programme(
    "ips",
    care=frozenset({"specialist_ggz", "protected_living"}),
    severities=frozenset({"severe"}),
    offered_by_institutions=True,
    offerings=(
        at(VVG, "AM33"),
        at(YULIUS, "AM23", availability="not_offered",
           note="In Drechtsteden biedt Yulius Werk als Beste Zorg."),
        OfferingData(GEMEENTE, "regions", region_codes=frozenset({"AM05"}), availability="reported"),
    ),
)

AVAILABILITY = [
    pytest.param(person(care_provider="vincent-van-gogh", municipality="GM0957"), "fit", "offered",
                 id="source-confirms-the-institution-here"),
    pytest.param(person(care_provider="other", municipality="GM0957"), "possible", "ask_institution",
                 id="another-institution-in-a-listed-region-asks"),
    pytest.param(person(care_provider="other", municipality="GM0014"), "possible", "ask_institution",
                 id="anywhere-else-asks-instead-of-disappearing"),
    pytest.param(person(care_provider="dimence", municipality="GM0014"), "possible", "ask_institution",
                 id="known-institution-without-word-asks"),
    pytest.param(person(care_provider=None, municipality="GM0014"), "possible", "ask_institution",
                 id="institution-not-answered-asks"),
    pytest.param(person(), "not_offered", "not_offered", id="source-says-not-here"),
    pytest.param(person(care_provider="other", municipality="GM0153"), "possible", "reported",
                 id="older-regional-source-asks-to-check"),
    pytest.param(person(care="protected_living", care_provider=None, municipality="GM0014"), "possible",
                 "ask_institution", id="protected-living-asks"),
    pytest.param(person(care="none", care_provider=None, municipality="GM0014"), "near_miss",
                 "ask_institution", id="no-care-opens-by-referral"),
]


@pytest.mark.parametrize(("answers", "fit", "availability"), AVAILABILITY)
def test_availability_at_the_persons_own_institution(answers, fit, availability):
    found_fit, found = outcome(IPS, answers)
    assert found_fit == fit
    criterion = next(c for c in found.criteria if c.key == "availability")
    assert criterion.facts.kind == availability


def test_ask_your_institution_is_said_plainly():
    _fit, found = outcome(IPS, person(care_provider="dimence", municipality="GM0014"))
    criterion = next(c for c in found.criteria if c.key == "availability")
    assert wording.criterion_text(criterion, IPS, professional=False) == (
        "Biedt Dimence Ips aan? Vraag het uw behandelaar."
    )


def test_not_offered_here_is_shown_with_the_reason_and_not_as_a_fit():
    result = matching.match(person(), catalogue(IPS))
    assert result.matches == ()
    assert result.near_misses == ()
    (found,) = result.not_offered
    criterion = next(c for c in found.criteria if c.key == "availability")
    assert "Werk als Beste Zorg" in wording.criterion_text(criterion, IPS, professional=False)


# --- Openers are real transitions only ------------------------------------------------------------

PROGRAMME_BENEFITS = [key for key, _label in vocab.PROGRAMME_BENEFITS]
PERSON_BENEFITS = [key for key, _label in vocab.BENEFITS]


@pytest.mark.parametrize("has", PERSON_BENEFITS)
@pytest.mark.parametrize("needs", PROGRAMME_BENEFITS)
def test_no_opener_ever_suggests_switching_benefit(needs, has):
    prog = programme(benefits=frozenset({needs}), offerings=(OfferingData(UWV, "national"),))
    fit, found = outcome(prog, person(benefit=has))
    if needs == has:
        assert fit == "fit"
    elif has == "unknown":
        assert fit == "possible"
    elif has == "none" and needs != "none":
        assert found.opener.kind == OpenerKind.BENEFIT_APPLICATION
        assert has not in found.opener.values
    else:  # someone with a benefit is never told to apply for another; without one, none to give up
        assert fit is None


@pytest.mark.parametrize(("age", "routes"), [(17, {"ww", "wajong"}), (18, {"bijstand", "ww", "wajong"}),
                                             (None, {"bijstand", "ww", "wajong"})])
def test_bijstand_is_never_suggested_to_someone_under_18(age, routes):
    prog = programme(
        benefits=frozenset({"bijstand", "ww", "wajong"}), offerings=(OfferingData(UWV, "national"),)
    )
    _fit, found = outcome(prog, person(benefit="none", age=age))
    assert found.opener.values == routes
    text = wording.opener_text(found.opener)
    assert ("bijstand" in text) is ("bijstand" in routes)


def test_the_ggz_opener_says_it_is_treatment_at_a_ggz_instelling():
    _fit, found = outcome(IPS, person(care="none", care_provider=None, municipality="GM0014"))
    assert wording.opener_text(found.opener).startswith("Behandeling bij een GGZ-instelling")


# --- The groups the research says are often not reached ----------------------------------------------


@pytest.mark.parametrize(
    ("answers", "groups"),
    [
        (person(care="none", care_provider=None), {NotReached.EPA_WITHOUT_CARE}),
        (person(benefit="none"), {NotReached.NO_BENEFIT}),
        (person(care="none", care_provider=None, benefit="none"),
         {NotReached.EPA_WITHOUT_CARE, NotReached.NO_BENEFIT}),
        (person(), set()),
        (person(care="none", care_provider=None, severity="unknown"), set()),
    ],
)
def test_not_reached_groups_are_named(answers, groups):
    assert matching.match(answers, catalogue()).not_reached == groups
