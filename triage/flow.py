"""The stroomschema's rules: branches, progress, summary, the picture's data and validation
(DESIGN.md, "The stroomschema").

Pure but for translation (every word is said in the language of the request). The wizard, the
progress indicator, the summary, the picture of the stroomschema (triage.diagram) and the API's
validation are all derived from QUESTIONS and the answers so far.
Nothing else is state: the current question is the first asked question without an answer.

The questions themselves, worded about "u" and about "de cliënt", are data in
`triage/questions.py`; every name there is available here too (`flow.QUESTIONS`, `flow.worded`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext, gettext_noop

from programmes import vocabulary as vocab
from triage.questions import (
    AGES,
    BEFORE_THE_PARTS,
    PARTS,
    QUESTIONS,
    VOICE_QUESTION,
    AskedWhen,
    Option,
    Question,
    Voice,
    Words,
    said,
    said_option,
    worded,
)

__all__ = [  # the question data, re-exported: callers read everything from the flow
    "AGES", "BEFORE_THE_PARTS", "PARTS", "QUESTIONS", "VOICE_QUESTION", "AskedWhen", "Option", "Question",
    "Voice", "Words", "said", "said_option", "worded",
]

Answers = Mapping[str, Any]


@dataclass(frozen=True)
class FlowContext:
    """What the flow needs from the catalogue: GGZ providers and gemeenten."""

    providers: tuple[tuple[str, str], ...] = ()  # (slug, name)
    municipalities: Mapping[str, str] = field(default_factory=dict)  # code -> name as shown


BY_KEY: Mapping[str, Question] = {q.key: q for q in QUESTIONS}
BY_SLUG: Mapping[str, Question] = {q.slug: q for q in QUESTIONS}
KEYS: tuple[str, ...] = tuple(q.key for q in QUESTIONS)
OTHER_PROVIDER = vocab.OTHER_PROVIDER


def is_asked(question: Question, answers: Answers) -> bool:
    return all(answers.get(cond.key) in cond.values for cond in question.asked_when)


def asked_questions(answers: Answers) -> list[Question]:
    """The questions that apply, given the answers so far (a skipped branch drops out)."""
    return [q for q in QUESTIONS if is_asked(q, answers)]


def relevant_answers(answers: Answers) -> dict[str, Any]:
    """Only the answers to questions that still apply; others are kept aside, not used."""
    return {q.key: answers[q.key] for q in asked_questions(answers) if q.key in answers}


def answers_key(answers: Answers) -> tuple[tuple[str, str], ...]:
    """The answers as a key of what is kept for everyone who gave them (advice, pages, the API's
    answer): the same whatever their order."""
    return tuple(sorted((key, str(value)) for key, value in answers.items()))


def current_question(answers: Answers) -> Question | None:
    """The first asked question without an answer; None when all are answered."""
    return next((q for q in asked_questions(answers) if q.key not in answers), None)


def previous_question(question: Question, answers: Answers) -> Question | None:
    """The asked question before this one; before the first comes the voice question."""
    asked = asked_questions(answers)
    if question not in asked:
        return None
    index = asked.index(question)
    return asked[index - 1] if index > 0 else VOICE_QUESTION


def next_step_after(question: Question, answers: Answers) -> Question | None:
    """Where to go after answering `question`: the first unanswered asked question after it,
    else any unanswered one before it, else None (everything answered)."""
    asked = asked_questions(answers)
    later = asked[asked.index(question) + 1 :] if question in asked else asked
    return next((q for q in later if q.key not in answers), None) or current_question(answers)


@dataclass(frozen=True)
class Progress:
    part: int  # 1-based number of the question's part; 0 before the parts
    total: int  # the number of parts: the same for every person, whatever the branches
    title: str  # the part's name
    answered: int  # questions answered among those asked


def progress(question: Question, answers: Answers) -> Progress:
    """Where a question stands: its part, out of a total no answer can change."""
    answered = sum(1 for q in asked_questions(answers) if q.key in answers)
    title = said(PARTS[question.part - 1] if question.part else BEFORE_THE_PARTS)
    return Progress(part=question.part, total=len(PARTS), title=title, answered=answered)


def options_for(question: Question, context: FlowContext) -> tuple[Option, ...]:
    """The options as a person sees them, in the language of the request."""
    if question.kind == "provider":
        providers = tuple(Option(slug, name) for slug, name in context.providers)
        return (*providers, Option(OTHER_PROVIDER, gettext("Een andere instelling, of weet ik niet")))
    return tuple(said_option(option) for option in question.options)


@dataclass(frozen=True)
class SummaryRow:
    question: Question
    value: Any
    display: str  # the answer in words, or "Nog niet beantwoord"
    label: str = ""  # the question in the chosen voice; the title when no voice was given


def display_value(question: Question, value: Any, context: FlowContext, place: str = "") -> str:
    """The answer in words. `place`: the woonplaats typed for this gemeente, if not the gemeente."""
    if value is None:
        return gettext("Nog niet beantwoord")
    if question.kind == "municipality":
        name = context.municipalities.get(str(value), str(value))
        if place and place != name:
            return gettext("%(place)s (gemeente %(name)s)") % {"place": place, "name": name}
        return name
    if question.kind == "age":
        return gettext("%(age)s jaar") % {"age": value}
    options = options_for(question, context)
    return next((o.label for o in options if o.value == value), str(value))


def summary(
    answers: Answers, context: FlowContext, voice: Voice | None = None, place: str = ""
) -> list[SummaryRow]:
    """The asked questions with their answers in words; with a voice, each labelled by the
    question as it was asked."""
    return [
        SummaryRow(
            q,
            answers.get(q.key),
            display_value(q, answers.get(q.key), context, place),
            worded(q, voice).text if voice else said(q.title),
        )
        for q in asked_questions(answers)
    ]


# Validation: one Dutch message per kind of mistake (said in the request's language where shown).
_WHOLE_YEARS = re.compile(r"[0-9]{1,3}")
CHOOSE = gettext_noop("Kies een van de antwoorden.")
REPEATED = gettext_noop("Geef dit antwoord maar één keer op.")
UNKNOWN_OPTION = gettext_noop("Dit antwoord kennen we niet. Kies een van de antwoorden.")
AGE_MISSING = gettext_noop("Vul een leeftijd in.")
AGE_NOT_NUMBER = gettext_noop("Vul de leeftijd in als een getal in hele jaren, bijvoorbeeld 35.")
_AGE_RANGE = gettext_noop("Vul een leeftijd in van %(min)s tot en met %(max)s jaar.")
AGE_RANGE = _AGE_RANGE % AGES  # the ages filled in: the message as the API gives it
MUNICIPALITY_MISSING = gettext_noop("Vul een woonplaats of gemeente in.")
MUNICIPALITY_UNKNOWN = gettext_noop("Deze woonplaats of gemeente kennen we niet. Controleer de spelling.")
# The generic messages (the API's) that the wizard says in the question's own words.
_MISSING = frozenset({CHOOSE, AGE_MISSING, MUNICIPALITY_MISSING})


def error_in_voice(question: Question, error: str, voice: Voice) -> str:
    """"Kies een van de antwoorden" becomes "Kies welke uitkering u heeft, …" in the wizard."""
    return (worded(question, voice).missing or said_error(error)) if error in _MISSING else said_error(error)


def said_error(error: str) -> str:
    """A validation message in the language of the request (the age range by its template)."""
    return said(_AGE_RANGE) if error == AGE_RANGE else said(error)


def unknown_place(typed: str, suggestions: list[str]) -> str:
    """The error for a place we do not know, naming what it may have been."""
    shown = _shorten(typed)
    if len(suggestions) == 1:
        return gettext("We kennen geen woonplaats of gemeente ‘%(typed)s’. Bedoelt u %(place)s?") % {
            "typed": shown, "place": suggestions[0]}
    if suggestions:
        return gettext(
            "We kennen geen woonplaats of gemeente ‘%(typed)s’. Kies een van de plaatsen die erop lijken."
        ) % {"typed": shown}
    return gettext(MUNICIPALITY_UNKNOWN)


def ambiguous_place(typed: str, voice: Voice) -> str:
    if voice == Voice.OTHER:
        text = gettext("Er zijn meer plaatsen met de naam ‘%(typed)s’. Kies waar de cliënt woont.")
    else:
        text = gettext("Er zijn meer plaatsen met de naam ‘%(typed)s’. Kies waar u woont.")
    return text % {"typed": _shorten(typed)}


def place_note(place) -> str:
    """"Hoofddorp ligt in de gemeente Haarlemmermeer." for a programmes.places.Place that is not a
    gemeente itself; "" for a gemeente."""
    if place.is_gemeente:
        return ""
    return gettext("%(place)s ligt in de gemeente %(gemeente)s.") % {
        "place": place.name, "gemeente": place.gemeente}


def _shorten(typed: str) -> str:
    return typed if len(typed) <= 40 else typed[:39] + "…"


def validate(question: Question, raw: Any, context: FlowContext) -> tuple[Any, str | None]:
    """Check one raw answer. Returns (clean value, None) or (None, Dutch error message).

    Gemeenten must already be a CBS code here; resolving typed names is the view's
    job (via programmes.catalogue.find_municipalities), since it may need to ask which one.
    """
    text = "" if raw is None else str(raw).strip()
    if question.kind == "age":
        if not text:
            return None, AGE_MISSING
        if not _WHOLE_YEARS.fullmatch(text):
            return None, AGE_NOT_NUMBER
        age = int(text)
        if not vocab.MIN_AGE <= age <= vocab.MAX_AGE:
            return None, AGE_RANGE
        return age, None
    if question.kind == "municipality":
        if not text:
            return None, MUNICIPALITY_MISSING
        code = text.upper()
        return (code, None) if code in context.municipalities else (None, MUNICIPALITY_UNKNOWN)
    if not text:
        return None, CHOOSE
    if text not in {o.value for o in options_for(question, context)}:
        return None, UNKNOWN_OPTION
    return text, None


def validate_all(raw: Mapping[str, Any], context: FlowContext) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """Validate any subset of answers (the API). Unknown keys are errors too."""
    answers: dict[str, Any] = {}
    errors: dict[str, list[str]] = {}
    for key, value in raw.items():
        question = BY_KEY.get(key)
        if question is None:
            errors[key] = [gettext("Deze vraag kennen we niet.")]
            continue
        clean, error = validate(question, value, context)
        if error:
            errors[key] = [said_error(error)]
        else:
            answers[key] = clean
    return answers, errors
