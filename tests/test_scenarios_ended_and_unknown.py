"""Scenarios on the real catalogue: ended pilots are never recommended, not even to their own target
group; a programme resting only on the 2020 report is at most "past misschien"; an unknown answer
never makes a gap or loses a programme. On the shipped catalogue (tests/test_scenarios.py).
"""

import pytest

from programmes.catalogue import Catalogue
from tests.scenario_helpers import (
    AMSTERDAM,
    DEN_HELDER,
    DORDRECHT,
    ENSCHEDE,
    GRONINGEN,
    LEIDEN,
    ROTTERDAM,
    UTRECHT,
    WISHES,
    fits,
    mental,
    shown,
    the,
)
from triage.matching import FIT, NOT_MET, POSSIBLE, criteria_for, match
from triage.outcome import AvailabilityKind

WAALWIJK = "GM0867"  # Midden-Brabant


# pytest-django only creates the test database when a selected test asks for it; the tests below
# read the pure snapshot, but the module fixture that builds it needs the database.
pytestmark = pytest.mark.django_db

BENEFITS = ("bijstand", "ww", "wia_wga", "wia_iva", "wajong", "ziektewet", "wao_waz", "none", "unknown")


@pytest.fixture
def catalogue(shipped_catalogue) -> Catalogue:
    return shipped_catalogue


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
]


@pytest.mark.parametrize(("slug", "status", "answers"), NOT_PUBLISHED_TARGETS)
def test_an_ended_project_is_never_recommended_even_to_its_own_target_group(
    catalogue, slug, status, answers
):
    # seed 002 r. 526–576 (the six projects, 2013–2015); DESIGN "ended pilots ... never recommended".
    programme = catalogue.programme(slug)
    assert programme.status == status

    # The person is in the project's target group: only where it is offered may be unmet
    # (VIP Amsterdam has no offering left at all), or whether it is: Werken als Medicijn "is
    # ... niet gestart" (seed 002 r. 2032–2034), so its offering says "niet aangeboden".
    unmet = {c.key for c in criteria_for(programme, answers, catalogue) if c.state == NOT_MET}
    assert unmet <= {"region", "availability"}
    assert ("availability" in unmet) == (slug == "werken-als-medicijn-enschede")
    assert slug not in shown(match(answers, catalogue))


def test_ips_cmd_rests_on_the_2020_report_and_is_published_but_never_more_than_possible(catalogue):
    # Issue 10 (point 9): every programme that rests only on the 2020 report is treated the same way;
    # all are published with a dated caveat ("reported"), so at most "past misschien". IPS-CMD was a
    # concept before. seed 004 r. 581 (four regions use IPS for CMD), r. 696 (18 IPS-CMD trajecten in
    # Holland Rijnland), r. 1130 (Midden-Holland "IPS inclusief de CMD-variant").
    answers = mental(care="basic_ggz", severity="mild_moderate", benefit="ww", wish="paid_work_now",
                     municipality=LEIDEN)
    programme = catalogue.programme("ips-cmd")
    assert programme.status == "published"

    cmd = the(match(answers, catalogue), "ips-cmd")
    assert cmd.fit == POSSIBLE
    assert cmd.regional
    [availability] = [c for c in cmd.criteria if c.key == "availability"]
    assert availability.facts.kind == AvailabilityKind.REPORTED
    assert "2020" in availability.facts.note
    # Outside the two regions the report names, it is not offered: not even a near miss.
    assert "ips-cmd" not in shown(match({**answers, "municipality": GRONINGEN}, catalogue))


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
