"""The stroomschema as data: questions, options and branches (DESIGN.md, "The stroomschema").

Pure: no Django. The wizard, the progress indicator, the summary, the picture of the
stroomschema (triage.diagram) and the API's validation are all derived from QUESTIONS and the answers so far.
Nothing else is state: the current question is the first asked question without an answer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from programmes import vocabulary as vocab

Answers = Mapping[str, Any]


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    hint: str = ""


@dataclass(frozen=True)
class AskedWhen:
    """The question is asked only when an earlier answer is one of `values`."""

    key: str
    values: frozenset[str]


@dataclass(frozen=True)
class Question:
    key: str
    slug: str  # the Dutch URL segment: /vraag/<slug>
    text: str  # the question, plain Dutch
    title: str  # short name for the summary and the picture
    kind: str  # "choice" | "provider" | "municipality" | "age"
    help: str = ""
    options: tuple[Option, ...] = ()
    asked_when: tuple[AskedWhen, ...] = ()

    def option_label(self, value: str) -> str:
        return next((o.label for o in self.options if o.value == value), value)


@dataclass(frozen=True)
class FlowContext:
    """What the flow needs from the catalogue: GGZ providers and gemeenten."""

    providers: tuple[tuple[str, str], ...] = ()  # (slug, name)
    municipalities: Mapping[str, str] = field(default_factory=dict)  # code -> name


def _options(values: tuple[vocab.Value, ...]) -> tuple[Option, ...]:
    return tuple(Option(v.key, v.label, v.hint) for v in values)


MENTAL = AskedWhen("concern", frozenset({"mental"}))
SPECIALIST_GGZ = AskedWhen("care", frozenset({"specialist_ggz"}))

QUESTIONS: tuple[Question, ...] = (
    Question(
        key="concern",
        slug="om-wie",
        title="Om wie gaat het",
        text="Heeft de persoon die werk zoekt psychische klachten, of een andere ziekte of beperking?",
        help="Met ‘de persoon’ bedoelen we u zelf, of de cliënt met wie u dit invult.",
        kind="choice",
        options=_options(vocab.CONCERN_VALUES),
    ),
    Question(
        key="care",
        slug="zorg",
        title="Zorg of begeleiding",
        text="Krijgt de persoon zorg of begeleiding voor psychische klachten?",
        kind="choice",
        options=_options(vocab.CARE_VALUES),
        asked_when=(MENTAL,),
    ),
    Question(
        key="care_provider",
        slug="ggz-instelling",
        title="GGZ-instelling",
        text="Bij welke GGZ-instelling is de persoon in behandeling?",
        help="Sommige trajecten zijn er alleen voor cliënten van een bepaalde GGZ-instelling.",
        kind="provider",
        asked_when=(MENTAL, SPECIALIST_GGZ),
    ),
    Question(
        key="severity",
        slug="ernst",
        title="Ernst van de klachten",
        text="Gaat het om ernstige psychische problemen die al lang duren?",
        help=(
            "Professionals noemen dit een ernstige psychische aandoening (EPA). "
            "Twijfelt u? Kies ‘Weet ik niet’."
        ),
        kind="choice",
        options=_options(vocab.SEVERITY_VALUES),
        asked_when=(MENTAL,),
    ),
    Question(
        key="situation",
        slug="werksituatie",
        title="Werksituatie",
        text="Wat is de werksituatie van de persoon?",
        kind="choice",
        options=_options(vocab.SITUATION_VALUES),
    ),
    Question(
        key="benefit",
        slug="uitkering",
        title="Uitkering",
        text="Welke uitkering heeft de persoon?",
        help="De uitkering bepaalt vaak wie het traject betaalt: de gemeente of het UWV.",
        kind="choice",
        options=_options(vocab.BENEFIT_VALUES),
    ),
    Question(
        key="wish",
        slug="wens",
        title="Wens",
        text="Waar wil de persoon vooral hulp bij?",
        kind="choice",
        options=_options(vocab.WISH_VALUES),
    ),
    Question(
        key="municipality",
        slug="woonplaats",
        title="Woonplaats",
        text="In welke gemeente woont de persoon?",
        help=(
            "Typ de naam van de gemeente, bijvoorbeeld Dordrecht of Den Haag. "
            "Het aanbod verschilt per regio."
        ),
        kind="municipality",
    ),
    Question(
        key="age",
        slug="leeftijd",
        title="Leeftijd",
        text="Hoe oud is de persoon?",
        help=f"Vul een leeftijd in jaren in, van {vocab.MIN_AGE} tot en met {vocab.MAX_AGE}.",
        kind="age",
    ),
)

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


def current_question(answers: Answers) -> Question | None:
    """The first asked question without an answer; None when all are answered."""
    return next((q for q in asked_questions(answers) if q.key not in answers), None)


def previous_question(question: Question, answers: Answers) -> Question | None:
    asked = asked_questions(answers)
    if question not in asked:
        return None
    index = asked.index(question)
    return asked[index - 1] if index > 0 else None


def next_step_after(question: Question, answers: Answers) -> Question | None:
    """Where to go after answering `question`: the first unanswered asked question after it,
    else any unanswered one before it, else None (everything answered)."""
    asked = asked_questions(answers)
    later = asked[asked.index(question) + 1 :] if question in asked else asked
    return next((q for q in later if q.key not in answers), None) or current_question(answers)


@dataclass(frozen=True)
class Progress:
    position: int  # 1-based number of this question among those asked
    total: int  # number of questions asked, given the answers so far
    answered: int


def progress(question: Question | None, answers: Answers) -> Progress:
    asked = asked_questions(answers)
    answered = sum(1 for q in asked if q.key in answers)
    position = asked.index(question) + 1 if question in asked else answered
    return Progress(position=position, total=len(asked), answered=answered)


def options_for(question: Question, context: FlowContext) -> tuple[Option, ...]:
    if question.kind == "provider":
        providers = tuple(Option(slug, name) for slug, name in context.providers)
        return (*providers, Option(OTHER_PROVIDER, "Een andere instelling, of weet ik niet"))
    return question.options


@dataclass(frozen=True)
class SummaryRow:
    question: Question
    value: Any
    display: str  # the answer in words, or "Nog niet beantwoord"


def display_value(question: Question, value: Any, context: FlowContext) -> str:
    if value is None:
        return "Nog niet beantwoord"
    if question.kind == "municipality":
        return context.municipalities.get(str(value), str(value))
    if question.kind == "age":
        return f"{value} jaar"
    options = options_for(question, context)
    return next((o.label for o in options if o.value == value), str(value))


def summary(answers: Answers, context: FlowContext) -> list[SummaryRow]:
    return [
        SummaryRow(q, answers.get(q.key), display_value(q, answers.get(q.key), context))
        for q in asked_questions(answers)
    ]


# Validation: one Dutch message per kind of mistake.
_WHOLE_YEARS = re.compile(r"[0-9]{1,3}")
CHOOSE = "Kies een van de antwoorden."
REPEATED = "Geef dit antwoord maar één keer op."
UNKNOWN_OPTION = "Dit antwoord kennen we niet. Kies een van de antwoorden."
AGE_MISSING = "Vul een leeftijd in."
AGE_NOT_NUMBER = "Vul de leeftijd in als een getal in hele jaren, bijvoorbeeld 35."
AGE_RANGE = f"Vul een leeftijd in van {vocab.MIN_AGE} tot en met {vocab.MAX_AGE} jaar."
MUNICIPALITY_MISSING = "Vul de naam van een gemeente in."
MUNICIPALITY_UNKNOWN = (
    "Deze gemeente kennen we niet. Controleer de spelling, of kies een gemeente uit de lijst."
)


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
            errors[key] = ["Deze vraag kennen we niet."]
            continue
        clean, error = validate(question, value, context)
        if error:
            errors[key] = [error]
        else:
            answers[key] = clean
    return answers, errors
