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
        ({}, "concern", (1, 3, "Gezondheid en zorg", 0)),
        ({"concern": "mental"}, "care", (1, 3, "Gezondheid en zorg", 1)),
        ({"concern": "mental", "care": "specialist_ggz"}, "care_provider", (1, 3, "Gezondheid en zorg", 2)),
        ({"concern": "none"}, "situation", (2, 3, "Werk en inkomen", 1)),
        ({"concern": "mental", "care": "none"}, "situation", (2, 3, "Werk en inkomen", 2)),
        (FULL_MENTAL, "municipality", (3, 3, "Woonplaats en leeftijd", 9)),
    ],
)
def test_progress_is_the_part_of_a_fixed_number_of_parts(answers, question, expected):
    p = flow.progress(flow.BY_KEY[question], answers)
    assert (p.part, p.total, p.title, p.answered) == expected


def test_the_voice_question_comes_before_the_parts():
    p = flow.progress(flow.VOICE_QUESTION, {})
    assert (p.part, p.total, p.title) == (0, 3, "Voordat u begint")


@pytest.mark.parametrize("branching", list(_all_paths()))
def test_progress_never_goes_back_or_changes_its_total_along_any_branch(branching):
    """No "vraag 2 van 8" that becomes "3 van 9": walk every path as a person would, answering
    each current question, and look at the progress shown on each page."""
    answers: dict = {}
    shown = [flow.progress(flow.VOICE_QUESTION, answers)]
    while (question := flow.current_question(answers)) is not None:
        shown.append(flow.progress(question, answers))
        answers[question.key] = branching.get(question.key, _choices(question)[0])
    assert {p.total for p in shown} == {len(flow.PARTS)}
    parts = [p.part for p in shown]
    assert parts == sorted(parts)
    assert parts[0] == 0
    assert parts[-1] == len(flow.PARTS)
    assert set(parts) == {0, *range(1, len(flow.PARTS) + 1)}  # no part is skipped


def test_each_question_belongs_to_a_part_in_the_order_of_the_questions():
    parts = [q.part for q in flow.QUESTIONS]
    assert parts == sorted(parts)
    assert set(parts) == set(range(1, len(flow.PARTS) + 1))


def test_previous_question_skips_questions_that_are_not_asked():
    answers = {"concern": "none"}
    assert flow.previous_question(flow.BY_KEY["situation"], answers).key == "concern"
    answers = {"concern": "mental", "care": "specialist_ggz"}
    assert flow.previous_question(flow.BY_KEY["severity"], answers).key == "care_provider"
    assert flow.previous_question(flow.BY_KEY["concern"], answers) is flow.VOICE_QUESTION


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


# --- Voice: every question worded about "u" and about "de cliënt" ------------------------------


@pytest.mark.parametrize("question", flow.QUESTIONS, ids=lambda q: q.key)
def test_every_question_is_worded_in_both_voices(question):
    own = flow.worded(question, flow.Voice.SELF)
    other = flow.worded(question, flow.Voice.OTHER)
    assert question.text_other
    assert question.missing
    assert question.missing_other
    assert "cliënt" in other.text
    assert "cliënt" in other.missing
    assert "cliënt" not in own.text
    assert "cliënt" not in own.missing
    assert any(word in own.text.split() for word in ("u", "uw", "u?"))
    for words in (own, other):
        assert "persoon" not in f"{words.text} {words.help} {words.missing}"


@pytest.mark.parametrize(
    ("key", "voice", "text", "missing"),
    [
        ("concern", flow.Voice.SELF, "Heeft u psychische klachten, of een andere ziekte of beperking?",
         "Kies of u psychische klachten heeft, een andere ziekte of beperking, of geen van beide."),
        ("concern", flow.Voice.OTHER,
         "Heeft de cliënt psychische klachten, of een andere ziekte of beperking?",
         "Kies of de cliënt psychische klachten heeft, een andere ziekte of beperking, of geen van beide."),
        ("situation", flow.Voice.SELF, "Wat is uw werksituatie?",
         "Kies wat uw werksituatie is, of ‘Weet ik niet’."),
        ("situation", flow.Voice.OTHER, "Wat is de werksituatie van de cliënt?",
         "Kies wat de werksituatie van de cliënt is, of ‘Weet ik niet’."),
        ("age", flow.Voice.SELF, "Hoe oud bent u?", "Vul uw leeftijd in."),
        ("age", flow.Voice.OTHER, "Hoe oud is de cliënt?", "Vul de leeftijd van de cliënt in."),
        ("municipality", flow.Voice.OTHER, "In welke plaats woont de cliënt?",
         "Vul de woonplaats of gemeente van de cliënt in."),
    ],
)
def test_worded_picks_the_words_of_the_voice(key, voice, text, missing):
    words = flow.worded(flow.BY_KEY[key], voice)
    assert (words.text, words.missing) == (text, missing)


def test_the_voice_question_is_asked_of_whoever_fills_it_in_in_the_same_words():
    own = flow.worded(flow.VOICE_QUESTION, flow.Voice.SELF)
    assert flow.worded(flow.VOICE_QUESTION, flow.Voice.OTHER) == own
    assert own.text == "Vult u dit in voor uzelf of voor iemand anders?"
    assert [o.value for o in flow.VOICE_QUESTION.options] == ["self", "other"]
    assert flow.VOICE_QUESTION not in flow.QUESTIONS
    assert "voice" not in flow.KEYS


@pytest.mark.parametrize(
    ("key", "error", "voice", "expected"),
    [
        ("benefit", flow.CHOOSE, flow.Voice.SELF,
         "Kies welke uitkering u heeft, ‘Geen uitkering’ of ‘Weet ik niet’."),
        ("benefit", flow.CHOOSE, flow.Voice.OTHER,
         "Kies welke uitkering de cliënt heeft, ‘Geen uitkering’ of ‘Weet ik niet’."),
        ("age", flow.AGE_MISSING, flow.Voice.OTHER, "Vul de leeftijd van de cliënt in."),
        ("municipality", flow.MUNICIPALITY_MISSING, flow.Voice.SELF, "Vul uw woonplaats of gemeente in."),
        # mistakes other than a missing answer say the same in both voices
        ("age", flow.AGE_RANGE, flow.Voice.OTHER, flow.AGE_RANGE),
        ("benefit", flow.UNKNOWN_OPTION, flow.Voice.OTHER, flow.UNKNOWN_OPTION),
    ],
)
def test_errors_are_said_in_the_voice_of_the_question(key, error, voice, expected):
    assert flow.error_in_voice(flow.BY_KEY[key], error, voice) == expected


@pytest.mark.parametrize(
    ("typed", "suggestions", "expected"),
    [
        ("Dordrect", ["Dordrecht"], "We kennen geen woonplaats of gemeente ‘Dordrect’. Bedoelt u Dordrecht?"),
        ("Groningn", ["Groningen", "Groeningen, gemeente Land van Cuijk"],
         "We kennen geen woonplaats of gemeente ‘Groningn’. Kies een van de plaatsen die erop lijken."),
        ("Atlantis", [], flow.MUNICIPALITY_UNKNOWN),
    ],
)
def test_an_unknown_place_names_what_it_may_have_been(typed, suggestions, expected):
    assert flow.unknown_place(typed, suggestions) == expected


def test_an_ambiguous_place_asks_where_in_the_voice():
    assert flow.ambiguous_place("Bergen", flow.Voice.SELF) == (
        "Er zijn meer plaatsen met de naam ‘Bergen’. Kies waar u woont."
    )
    assert flow.ambiguous_place("Bergen", flow.Voice.OTHER).endswith("Kies waar de cliënt woont.")
    assert "…" in flow.ambiguous_place("x" * 100, flow.Voice.SELF)


def test_summary_in_a_voice_labels_each_row_with_the_question_as_asked():
    rows = flow.summary({"concern": "none", "age": 40}, CONTEXT, flow.Voice.OTHER)
    labels = {row.question.key: row.label for row in rows}
    assert labels["age"] == "Hoe oud is de cliënt?"
    assert labels["situation"] == "Wat is de werksituatie van de cliënt?"
    # without a voice (the result page, saved cases) the rows keep their short titles
    assert {row.label for row in flow.summary({}, CONTEXT)} == {q.title for q in flow.asked_questions({})}


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("", "Haarlemmermeer"),
        ("Haarlemmermeer", "Haarlemmermeer"),
        ("Hoofddorp", "Hoofddorp (gemeente Haarlemmermeer)"),
    ],
)
def test_summary_says_the_woonplaats_with_its_gemeente(place, expected):
    context = flow.FlowContext(municipalities={"GM0394": "Haarlemmermeer"})
    rows = flow.summary({"concern": "none", "municipality": "GM0394"}, context, flow.Voice.SELF, place)
    assert next(r.display for r in rows if r.question.key == "municipality") == expected


@pytest.mark.parametrize("key", ["situation", "wish"])
def test_situation_and_wish_can_be_answered_with_weet_ik_niet(key):
    assert flow.validate(flow.BY_KEY[key], "unknown", CONTEXT) == ("unknown", None)
    assert flow.BY_KEY[key].option_label("unknown") == "Weet ik niet"


@pytest.mark.parametrize("value", [v.key for v in vocab.BENEFIT_VALUES])
def test_every_benefit_option_has_a_one_line_hint(value):
    option = next(o for o in flow.BY_KEY["benefit"].options if o.value == value)
    assert option.hint
    assert "\n" not in option.hint
    assert len(option.hint) <= 130


@pytest.mark.parametrize(("one", "other", "same"), [
    ({"benefit": "ww", "age": 35}, {"age": 35, "benefit": "ww"}, True),  # order does not matter
    ({"age": 35}, {"age": "35"}, True),  # a number and the same number as text
    ({"benefit": "ww"}, {"benefit": "wia"}, False),
    ({"benefit": "ww"}, {"benefit": "ww", "age": 35}, False),
])
def test_the_answers_key_is_the_same_exactly_for_the_same_answers(one, other, same):
    assert (flow.answers_key(one) == flow.answers_key(other)) is same
