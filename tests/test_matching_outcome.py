"""What matching makes of the criteria, as a pure function: fit, possible, near miss or left out, what
would open a near miss, the funding row, the order, the gap; and it never raises. Hand-built
catalogues, no database."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from programmes import vocabulary as vocab
from programmes.catalogue import ConditionData, FundingData, KindData, OfferingData, ProgrammeData
from tests.matching_helpers import (
    AT_GGZ_B,
    COACH,
    FULL,
    GGZ_A,
    GGZ_B,
    IN_GM2,
    IN_R1,
    NATIONAL,
    answers,
    catalogue,
    outcome_of,
    programme,
)
from triage import matching, wording


def slugs(found: tuple[matching.Match, ...]) -> list[str]:
    return [m.programme.slug for m in found]


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
