"""casework.rules: pure, table-tested, no database."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from casework import rules
from programmes.catalogue import (
    Catalogue,
    FundingData,
    KindData,
    MunicipalityData,
    OfferingData,
    OrganisationData,
    ProgrammeData,
    RegionData,
)
from triage import flow, matching, serialise

# --- Steps and outcomes -------------------------------------------------------------------------------


def test_there_are_five_steps_from_situation_to_result():
    assert [s.number for s in rules.STEPS] == [1, 2, 3, 4, 5]
    assert rules.STEPS[0].title == "Inventarisatie van de situatie"
    assert rules.STEPS[-1].title == "Bij resultaat: afronden of doorgaan"


@pytest.mark.parametrize(
    ("current", "finished", "states"),
    [
        (1, False, ["current", "todo", "todo", "todo", "todo"]),
        (3, False, ["done", "done", "current", "todo", "todo"]),
        (5, False, ["done", "done", "done", "done", "current"]),
        (5, True, ["done", "done", "done", "done", "done"]),
    ],
)
def test_step_states(current, finished, states):
    assert [s.state for s in rules.step_states(current, finished)] == states


NEXT = date(2027, 3, 15)


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [
        ("work", rules.CaseChange(5, "work", None)),
        ("education", rules.CaseChange(5, "education", None)),
        ("other", rules.CaseChange(5, "other", None)),
        ("continue", rules.CaseChange(4, "continue", NEXT)),
    ],
)
def test_recording_an_outcome(outcome, expected):
    assert rules.record_outcome(outcome, NEXT) == expected


@pytest.mark.parametrize(
    ("step", "problem"), [(1, rules.OUTCOME_NOT_YET), (4, rules.OUTCOME_NOT_YET), (5, None)]
)
def test_an_outcome_only_at_step_five(step, problem):
    assert rules.outcome_problem(step) == problem


@pytest.mark.parametrize(
    ("new_step", "outcome", "expected_outcome"),
    [
        (3, "work", ""),  # back to an earlier step: the case is open again
        (5, "work", "work"),
        (2, "continue", "continue"),
        (4, "", ""),
    ],
)
def test_changing_the_step(new_step, outcome, expected_outcome):
    assert rules.change_step(new_step, outcome, NEXT) == rules.CaseChange(new_step, expected_outcome, NEXT)


# --- Due for evaluation and the order of my cases ------------------------------------------------------

TODAY = date(2026, 11, 22)


@dataclass
class FakeCase:
    reference: str
    next_evaluation: date | None
    outcome: str = ""
    updated_at: datetime = datetime(2026, 11, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("next_evaluation", "outcome", "due"),
    [
        (TODAY, "", True),
        (TODAY - timedelta(days=30), "", True),
        (TODAY - timedelta(days=1), "continue", True),
        (TODAY + timedelta(days=1), "", False),
        (None, "", False),
        (TODAY - timedelta(days=1), "work", False),  # finished: nothing is due
    ],
)
def test_is_due(next_evaluation, outcome, due):
    assert rules.is_due(next_evaluation, outcome, TODAY) is due


def test_cases_due_come_first_then_planned_then_undated_then_finished():
    cases = [
        FakeCase("afgerond", TODAY - timedelta(days=9), outcome="work"),
        FakeCase("zonder-datum", None),
        FakeCase("later", TODAY + timedelta(days=30)),
        FakeCase("vandaag", TODAY),
        FakeCase("binnenkort", TODAY + timedelta(days=2)),
        FakeCase("lang-geleden", TODAY - timedelta(days=20)),
    ]
    ordered = [c.reference for c in rules.order_cases(cases, TODAY)]
    assert ordered == ["lang-geleden", "vandaag", "binnenkort", "later", "zonder-datum", "afgerond"]


def test_within_a_group_the_most_recently_changed_first():
    old = FakeCase("oud", None, updated_at=datetime(2026, 1, 1, tzinfo=UTC))
    new = FakeCase("nieuw", None, updated_at=datetime(2026, 6, 1, tzinfo=UTC))
    assert [c.reference for c in rules.order_cases([old, new], TODAY)] == ["nieuw", "oud"]


# --- Retention ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "months", "expected"),
    [
        (datetime(2026, 11, 22, 3, 0, tzinfo=UTC), 24, datetime(2024, 11, 22, 3, 0, tzinfo=UTC)),
        (datetime(2026, 3, 31, tzinfo=UTC), 1, datetime(2026, 2, 28, tzinfo=UTC)),
        (datetime(2028, 3, 31, tzinfo=UTC), 1, datetime(2028, 2, 29, tzinfo=UTC)),
        (datetime(2026, 1, 15, tzinfo=UTC), 1, datetime(2025, 12, 15, tzinfo=UTC)),
        (datetime(2026, 1, 15, tzinfo=UTC), 13, datetime(2024, 12, 15, tzinfo=UTC)),
        (datetime(2026, 1, 15, tzinfo=UTC), 0, datetime(2026, 1, 15, tzinfo=UTC)),
    ],
)
def test_retention_cutoff(moment, months, expected):
    assert rules.retention_cutoff(moment, months) == expected


# --- The snapshot -----------------------------------------------------------------------------------------

REGION = RegionData("AM07", "Drechtsteden")
DORDRECHT = MunicipalityData("GM0505", "Dordrecht", "AM07")
YULIUS = OrganisationData("yulius", "Yulius", "ggz")
KIND = KindData("ips", "IPS", median_paid_work_pct=48.8)
WABZ = ProgrammeData(
    slug="werk-als-beste-zorg", name="Werk als Beste Zorg", status="published", kind=KIND,
    summary="Hulp bij werk.", description="Voor professionals.", how_to_refer="Via de behandelaar.",
    concerns=frozenset({"mental"}), benefits=frozenset({"bijstand"}), wishes=frozenset({"paid_work_now"}),
    offerings=(OfferingData(YULIUS, "regions", region_codes=frozenset({"AM07"}), contact="Bel Yulius"),),
    funding=(FundingData("bijstand", "Gemeente", "Re-integratiebudget", "Klantmanager", "Participatiewet"),),
)
CATALOGUE = Catalogue(
    programmes=(WABZ,), regions={"AM07": REGION}, municipalities={"GM0505": DORDRECHT},
    organisations={"yulius": YULIUS},
)
ANSWERS = {"concern": "mental", "benefit": "bijstand", "wish": "paid_work_now", "municipality": "GM0505"}


def snapshot_of(catalogue, answers=ANSWERS):
    result = matching.match(answers, catalogue)
    rows = flow.summary(answers, flow.FlowContext(municipalities={"GM0505": "Dordrecht"}))
    return rules.snapshot(serialise.result(result), rows, TODAY)


def test_snapshot_copies_names_fit_criteria_offerings_and_funding():
    snapshot = snapshot_of(CATALOGUE)
    assert snapshot["region"] == {"code": "AM07", "name": "Drechtsteden"}
    assert snapshot["made_on"] == "2026-11-22"
    assert {"key": "municipality", "title": flow.BY_KEY["municipality"].title, "display": "Dordrecht"} in (
        snapshot["answers"]
    )
    (item,) = snapshot["results"]
    assert item["name"] == "Werk als Beste Zorg"
    assert item["fit"] == "fit"
    assert item["funding"] == {
        "benefit": "bijstand", "payer": "Gemeente", "budget": "Re-integratiebudget",
        "applicant": "Klantmanager", "legal_basis": "Participatiewet",
    }
    assert item["offerings"] == [{
        "provider": {"slug": "yulius", "name": "Yulius"}, "scope": "regions",
        "requires_care_at_provider": False, "availability": "offered", "desk": "provider",
        "contact": "Bel Yulius", "phone": "", "url": "",
    }]
    concern = next(c for c in item["criteria"] if c["key"] == "concern")
    assert concern["state"] == "met"
    assert concern["professional_text"].startswith("Doelgroep")
    assert concern["text"]


def test_the_snapshot_is_plain_json():
    import json

    snapshot = snapshot_of(CATALOGUE)
    assert json.loads(json.dumps(snapshot)) == snapshot


def test_discussed_options_keep_only_the_limiting_criteria_and_mark_the_choice():
    snapshot = snapshot_of(CATALOGUE)
    (option,) = rules.discussed_options(snapshot, "werk-als-beste-zorg")
    assert option.chosen
    assert option.how_to_refer == "Via de behandelaar."
    assert option.funding_line == (
        "Gemeente betaalt, uit Re-integratiebudget. Aanvragen: Klantmanager. Grondslag: Participatiewet."
    )
    # Only the criteria on which the trajectory sets a limit: concern, benefit, wish, region.
    assert len(option.reasons) == 4
    assert option.reasons[0].text.startswith("Doelgroep")
    assert rules.snapshot_options(snapshot) == [("werk-als-beste-zorg", "Werk als Beste Zorg")]


def test_a_case_saved_before_the_shared_shape_still_reads():
    version_1 = {
        "version": 1,
        "matches": [{
            "slug": "werk-als-beste-zorg", "name": "Werk als Beste Zorg", "fit": "fit", "opener": "",
            "criteria": [{"key": "concern", "state": "met", "text": "U gaf aan: psychische klachten.",
                          "professional_text": "Doelgroep: traject voor psychische klachten.",
                          "open_to_all": False}],
            "funding": {"payer": "Gemeente", "budget": "Re-integratiebudget", "applicant": "Klantmanager",
                        "legal_basis": ""},
            "how_to_refer": "Via de behandelaar.",
        }],
        "near_misses": [],
    }
    (option,) = rules.discussed_options(version_1, "")
    assert option.reasons[0].text == "Doelgroep: traject voor psychische klachten."
    assert option.funding_line == "Gemeente betaalt, uit Re-integratiebudget. Aanvragen: Klantmanager."
    assert rules.snapshot_options(version_1) == [("werk-als-beste-zorg", "Werk als Beste Zorg")]


@pytest.mark.parametrize(
    ("answers", "step"),
    [
        ({"situation": "job_seeking", "benefit": "bijstand", "wish": "paid_work_now"}, 3),
        ({"situation": "job_seeking", "benefit": "bijstand"}, 2),
        ({"situation": "job_seeking", "benefit": "unknown", "wish": "explore"}, 1),
        ({"situation": "unknown", "benefit": "none", "wish": "explore"}, 1),
        ({"wish": "explore"}, 1),
        ({}, 1),
    ],
)
def test_a_saved_intake_starts_at_the_step_it_reached(answers, step):
    assert rules.starting_step(answers) == step


@pytest.mark.parametrize(
    ("step", "outcome", "new_outcome", "expected"),
    [
        (4, "", "", (4, "")),
        (5, "", "work", (5, "work")),
        (5, "", "continue", (4, "continue")),
        (2, "work", "", (2, "")),  # back to an earlier step reopens a finished case
    ],
)
def test_one_save_applies_the_step_then_the_outcome(step, outcome, new_outcome, expected):
    change = rules.save_change(step=step, outcome=outcome, new_outcome=new_outcome, next_evaluation=NEXT)
    assert (change.step, change.outcome) == expected
