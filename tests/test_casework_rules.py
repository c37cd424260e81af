"""casework.rules: pure, table-tested, no database."""

from dataclasses import dataclass, replace
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
from triage import flow, matching

# --- The pseudonym guard ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("111222333", True),
        ("123456782", True),
        ("10000008", True),  # 8 digits: a leading 0 is added
        ("123456789", False),
        ("12345678", False),
        ("000000000", False),
        ("1234567", False),
        ("1234567890", False),
        ("12345678a", False),
    ],
)
def test_elfproef(digits, valid):
    assert rules.passes_elfproef(digits) is valid


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ("KdK-012", None),
        ("jvdb 2026/07", None),
        ("Cliënt_Ömer 3", None),
        ("dossier 1234567", None),  # 7 digits: a dossier number, not a BSN
        ("x" * 40, None),
        ("  KdK-013  ", None),  # spaces around are ignored
        ("", rules.REFERENCE_MISSING),
        ("   ", rules.REFERENCE_MISSING),
        ("x" * 41, rules.REFERENCE_TOO_LONG.format(max=40, count=41)),
        ("111222333", rules.LOOKS_LIKE_BSN),
        ("1112.22.333", rules.LOOKS_LIKE_BSN),
        ("111 222 333", rules.LOOKS_LIKE_BSN),
        ("1112 22 333", rules.LOOKS_LIKE_BSN),
        ("111-222-333", rules.LOOKS_LIKE_BSN),
        ("bsn 123456782", rules.LOOKS_LIKE_BSN),
        ("10000008", rules.LOOKS_LIKE_BSN),
        ("123456789", rules.LONG_NUMBER_TEXT),  # 9 digits, no elfproef: still refused
        ("12345678", rules.LONG_NUMBER_TEXT),
        ("12.34.56.78", rules.LONG_NUMBER_TEXT),
        ("06-12345678", rules.LONG_NUMBER_TEXT),  # a phone number
        ("01-02-1985", rules.LONG_NUMBER_TEXT),  # a date of birth
        ("jan@example.nl", rules.LOOKS_LIKE_EMAIL),
        ("jan@", rules.LOOKS_LIKE_EMAIL),
        ("KdK <12>", rules.REFERENCE_CHARACTERS),
        ("KdK;drop", rules.REFERENCE_CHARACTERS),
    ],
)
def test_reference_guard(reference, message):
    assert rules.reference_problem(reference) == message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", None),
        ("Gesprek op 12-3 ging goed. Belt volgende week.", None),
        ("Afspraak 15-03-2027 om 10 uur", rules.TEXT_LONG_NUMBER),
        ("BSN 111222333 staat in het dossier", rules.TEXT_BSN),
        ("Mail naar kim@gemeente.nl", rules.TEXT_EMAIL),
    ],
)
def test_free_text_guard(text, message):
    assert rules.free_text_problem(text) == message


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
def test_months_before(moment, months, expected):
    assert rules.months_before(moment, months) == expected


NOW = datetime(2026, 11, 22, 3, 0, tzinfo=UTC)
CUTOFF = datetime(2024, 11, 22, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("updated_at", "expired"),
    [
        (CUTOFF - timedelta(seconds=1), True),  # just after the 24 months
        (CUTOFF, True),  # exactly 24 months: the retention has passed
        (CUTOFF + timedelta(seconds=1), False),  # just before
        (NOW, False),
    ],
)
def test_retention_boundary(updated_at, expired):
    assert rules.is_expired(updated_at, NOW, 24) is expired


# --- Programmes that need checking --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("last_verified", "valid_until", "count"),
    [
        (TODAY, None, 0),
        (date(2025, 11, 22), None, 0),  # exactly a year: not yet
        (date(2025, 11, 21), None, 1),
        (None, None, 1),
        (TODAY, date(2026, 11, 22), 0),  # valid through today
        (TODAY, date(2026, 11, 21), 1),
        (date(2020, 1, 1), date(2021, 1, 1), 2),
    ],
)
def test_check_reasons(last_verified, valid_until, count):
    assert len(rules.check_reasons(last_verified, valid_until, TODAY)) == count


def test_check_reasons_are_dutch_sentences_with_the_date():
    reasons = rules.check_reasons(date(2024, 3, 5), date(2026, 1, 31), TODAY)
    assert reasons == (
        "Laatst gecontroleerd op 5 maart 2024, meer dan een jaar geleden",
        "Erkenning verlopen op 31 januari 2026",
    )


def test_a_year_before_29_february_is_28_february():
    assert rules.year_before(date(2028, 2, 29)) == date(2027, 2, 28)


# --- The gap overview -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("count", "shown"), [(0, "< 5"), (1, "< 5"), (4, "< 5"), (5, "5"), (123, "123")])
def test_counts_under_five_are_hidden(count, shown):
    assert rules.shown_count(count) == shown


def test_gap_rows_big_counts_by_size_and_small_ones_by_name_only():
    rows = rules.gap_rows([
        ("Twente", "bijstand", "explore", 4),
        ("Drechtsteden", "none", "paid_work_now", 12),
        (None, "", "", 1),
        ("Amsterdam", "ww", "skills", 2),
        ("Drechtsteden", "bijstand", "paid_work_now", 40),
    ])
    assert [(r.region, r.shown) for r in rows] == [
        ("Drechtsteden", "40"),
        ("Drechtsteden", "12"),
        ("Amsterdam", "< 5"),
        ("Regio onbekend", "< 5"),
        ("Twente", "< 5"),
    ]
    assert rows[1].benefit == "Geen uitkering"
    assert rows[1].wish == "Direct aan betaald werk"
    assert rows[3].benefit == "Niet beantwoord"


def test_the_gap_total_never_gives_a_small_group_away():
    small = [("A", "ww", "skills", 2), ("B", "ww", "skills", 1)]
    assert rules.gap_total(small) == "2 groepen van minder dan 5"
    assert rules.gap_total([("A", "ww", "skills", 7), ("B", "ww", "skills", 2)]) == (
        "7, plus 1 groep van minder dan 5"
    )
    assert rules.gap_total([("A", "ww", "skills", 7), ("B", "ww", "skills", 5)]) == "12"


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
    return rules.build_snapshot(result, rows, TODAY)


def test_snapshot_copies_names_fit_criteria_offerings_and_funding():
    snapshot = snapshot_of(CATALOGUE)
    assert snapshot["region"] == {"code": "AM07", "name": "Drechtsteden"}
    assert snapshot["made_on"] == "2026-11-22"
    assert {"key": "municipality", "title": flow.BY_KEY["municipality"].title, "display": "Dordrecht"} in (
        snapshot["answers"]
    )
    (item,) = snapshot["matches"]
    assert item["name"] == "Werk als Beste Zorg"
    assert item["fit"] == "fit"
    assert item["funding"] == {
        "payer": "Gemeente", "budget": "Re-integratiebudget", "applicant": "Klantmanager",
        "legal_basis": "Participatiewet",
    }
    assert item["offerings"] == [
        {"provider": "Yulius", "national": False, "requires_care_at_provider": False, "contact": "Bel Yulius"}
    ]
    concern = next(c for c in item["criteria"] if c["key"] == "concern")
    assert concern["state"] == "met"
    assert concern["professional_text"].startswith("Doelgroep")
    assert concern["text"]
    assert snapshot["near_misses"] == []


def test_a_snapshot_does_not_change_when_the_catalogue_does():
    snapshot = snapshot_of(CATALOGUE)
    renamed = replace(CATALOGUE, programmes=(replace(WABZ, name="Nieuwe naam", benefits=frozenset({"ww"})),))
    assert snapshot_of(renamed) != snapshot
    assert snapshot["matches"][0]["name"] == "Werk als Beste Zorg"


def test_the_snapshot_is_plain_json():
    import json

    snapshot = snapshot_of(CATALOGUE)
    assert json.loads(json.dumps(snapshot)) == snapshot


def test_discussed_options_keep_only_the_limiting_criteria_and_mark_the_choice():
    snapshot = snapshot_of(CATALOGUE)
    (option,) = rules.discussed_options(snapshot, "werk-als-beste-zorg")
    assert option.chosen
    assert option.how_to_refer == "Via de behandelaar."
    assert all(not c["open_to_all"] for c in option.reasons)
    assert {c["key"] for c in option.reasons} >= {"concern", "benefit", "wish", "region"}
    assert rules.snapshot_options(snapshot) == [("werk-als-beste-zorg", "Werk als Beste Zorg")]
