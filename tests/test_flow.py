import itertools

import pytest

from programmes import vocabulary as vocab
from triage import flow
from triage.personas import YULIUS_CLIENT

CONTEXT = flow.FlowContext(
    providers=(("yulius", "Yulius"), ("dimence", "Dimence")),
    municipalities={"GM0505": "Dordrecht", "GM0344": "Utrecht"},
)
FULL_MENTAL = dict(YULIUS_CLIENT.answers)


def keys(questions):
    return [q.key for q in questions]


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({}, ["concern", "situation", "benefit", "wish", "municipality", "age"]),
        ({"concern": "none"}, ["concern", "situation", "benefit", "wish", "municipality", "age"]),
        ({"concern": "other_limitation"}, ["concern", "situation", "benefit", "wish", "municipality", "age"]),
        (
            {"concern": "mental"},
            ["concern", "care", "severity", "situation", "benefit", "wish", "municipality", "age"],
        ),
        (
            {"concern": "mental", "care": "basic_ggz"},
            ["concern", "care", "severity", "situation", "benefit", "wish", "municipality", "age"],
        ),
        ({"concern": "mental", "care": "specialist_ggz"}, list(flow.KEYS)),
        # care_provider needs both branches: a stale care answer does not bring it back
        (
            {"concern": "none", "care": "specialist_ggz"},
            ["concern", "situation", "benefit", "wish", "municipality", "age"],
        ),
    ],
)
def test_asked_questions_follow_the_branches(answers, expected):
    assert keys(flow.asked_questions(answers)) == expected


def test_every_branch_condition_refers_to_an_earlier_question_and_a_real_option():
    seen = set()
    for question in flow.QUESTIONS:
        for cond in question.asked_when:
            assert cond.key in seen
            assert cond.values <= {o.value for o in flow.BY_KEY[cond.key].options}
        seen.add(question.key)


def test_keys_and_values_are_the_fixed_vocabulary():
    assert flow.KEYS == (
        "concern", "care", "care_provider", "severity", "situation", "benefit", "wish", "municipality", "age",
    )
    assert {o.value for o in flow.BY_KEY["benefit"].options} == {v for v, _ in vocab.BENEFITS}
    assert {o.value for o in flow.BY_KEY["wish"].options} == {v for v, _ in vocab.WISHES}
    assert len({q.slug for q in flow.QUESTIONS}) == len(flow.QUESTIONS)


def _choices(question):
    if question.kind == "provider":
        return [o.value for o in flow.options_for(question, CONTEXT)]
    if question.kind == "municipality":
        return ["GM0505"]
    if question.kind == "age":
        return [15, 67]
    return [o.value for o in question.options]


def _all_paths():
    """Every combination of answers to the branching questions."""
    for concern, care in itertools.product(_choices(flow.BY_KEY["concern"]), _choices(flow.BY_KEY["care"])):
        yield {"concern": concern, "care": care}


@pytest.mark.parametrize("branching", list(_all_paths()))
def test_every_path_ends_after_a_finite_number_of_answers(branching):
    answers = {}
    for _ in range(len(flow.QUESTIONS) + 1):
        question = flow.current_question(answers)
        if question is None:
            break
        answers[question.key] = branching.get(question.key, _choices(question)[0])
    assert flow.current_question(answers) is None
    assert set(flow.relevant_answers(answers)) == {q.key for q in flow.asked_questions(answers)}


def test_current_question_is_first_unanswered_asked_question():
    assert flow.current_question({}).key == "concern"
    assert flow.current_question({"concern": "mental"}).key == "care"
    assert flow.current_question({"concern": "none"}).key == "situation"
    assert flow.current_question(FULL_MENTAL) is None


def test_changing_an_earlier_answer_keeps_later_answers_that_still_apply():
    answers = dict(FULL_MENTAL, concern="none")
    relevant = flow.relevant_answers(answers)
    assert "care" not in relevant
    assert "care_provider" not in relevant
    assert relevant["benefit"] == "bijstand"
    assert relevant["age"] == 35
    # switching back brings the kept answers back
    assert flow.relevant_answers(dict(answers, concern="mental")) == FULL_MENTAL


@pytest.mark.parametrize(
    ("answers", "question", "expected"),
    [
        ({}, "concern", (1, 6, 0)),
        ({"concern": "mental"}, "care", (2, 8, 1)),
        ({"concern": "mental", "care": "specialist_ggz"}, "care_provider", (3, 9, 2)),
        ({"concern": "mental", "care": "none"}, "severity", (3, 8, 2)),
        ({"concern": "none"}, "situation", (2, 6, 1)),
    ],
)
def test_progress_counts_only_questions_that_are_asked(answers, question, expected):
    p = flow.progress(flow.BY_KEY[question], answers)
    assert (p.position, p.total, p.answered) == expected


def test_previous_question_skips_questions_that_are_not_asked():
    answers = {"concern": "none"}
    assert flow.previous_question(flow.BY_KEY["situation"], answers).key == "concern"
    answers = {"concern": "mental", "care": "specialist_ggz"}
    assert flow.previous_question(flow.BY_KEY["severity"], answers).key == "care_provider"
    assert flow.previous_question(flow.BY_KEY["concern"], answers) is None


def test_next_step_after_a_change_goes_to_the_next_unanswered_question():
    answers = dict(FULL_MENTAL)
    del answers["care_provider"]
    answers["care"] = "specialist_ggz"
    assert flow.next_step_after(flow.BY_KEY["care"], answers).key == "care_provider"
    assert flow.next_step_after(flow.BY_KEY["age"], FULL_MENTAL) is None
    # an unanswered question before the changed one is still found
    partial = {key: value for key, value in FULL_MENTAL.items() if key != "concern"}
    assert flow.next_step_after(flow.BY_KEY["age"], partial).key == "concern"


@pytest.mark.parametrize(
    ("key", "raw", "value", "error"),
    [
        ("concern", "mental", "mental", None),
        ("concern", "", None, flow.CHOOSE),
        ("concern", None, None, flow.CHOOSE),
        ("concern", "alien", None, flow.UNKNOWN_OPTION),
        ("benefit", "unknown", "unknown", None),
        ("care_provider", "yulius", "yulius", None),
        ("care_provider", "other", "other", None),
        ("care_provider", "nonexistent", None, flow.UNKNOWN_OPTION),
        ("age", "35", 35, None),
        ("age", " 15 ", 15, None),
        ("age", "67", 67, None),
        ("age", "14", None, flow.AGE_RANGE),
        ("age", "68", None, flow.AGE_RANGE),
        ("age", "", None, flow.AGE_MISSING),
        ("age", "35.5", None, flow.AGE_NOT_NUMBER),
        ("age", "-3", None, flow.AGE_NOT_NUMBER),
        ("age", "9" * 50, None, flow.AGE_NOT_NUMBER),
        ("age", "٣٥", None, flow.AGE_NOT_NUMBER),
        ("municipality", "gm0505", "GM0505", None),
        ("municipality", "GM9999", None, flow.MUNICIPALITY_UNKNOWN),
        ("municipality", "", None, flow.MUNICIPALITY_MISSING),
    ],
)
def test_validate_gives_clean_value_or_dutch_message(key, raw, value, error):
    assert flow.validate(flow.BY_KEY[key], raw, CONTEXT) == (value, error)


def test_validate_all_reports_unknown_keys_and_bad_values_per_key():
    answers, errors = flow.validate_all({"concern": "mental", "age": "200", "colour": "blue"}, CONTEXT)
    assert answers == {"concern": "mental"}
    assert errors == {"age": [flow.AGE_RANGE], "colour": ["Deze vraag kennen we niet."]}


def test_summary_lists_asked_questions_with_answers_in_words():
    rows = flow.summary({"concern": "mental", "municipality": "GM0505", "age": 40}, CONTEXT)
    by_key = {row.question.key: row.display for row in rows}
    assert by_key["concern"] == vocab.label(vocab.CONCERNS, "mental")
    assert by_key["care"] == "Nog niet beantwoord"
    assert by_key["municipality"] == "Dordrecht"
    assert by_key["age"] == "40 jaar"
    assert "care_provider" not in by_key


def test_provider_options_come_from_the_catalogue_plus_other():
    options = flow.options_for(flow.BY_KEY["care_provider"], CONTEXT)
    assert [o.value for o in options] == ["yulius", "dimence", "other"]
