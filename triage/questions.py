"""The stroomschema's questions as data, each worded twice: about "u" and about "de cliënt".

Pure: no Django. `worded(question, voice)` picks the words; `triage/flow.py` holds the rules that
use these questions (branches, progress, summary, validation) and re-exports every name here.
The voice itself is kept in the session only (`triage/voice.py`), never among the answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from programmes import vocabulary as vocab


class Voice(StrEnum):
    """Who the questions are about. Not an answer: not in the API, saved cases or gap counts."""

    SELF = "self"  # "u": someone fills this in for themselves
    OTHER = "other"  # "de cliënt": someone fills this in for another person


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


# The questions fall into three parts whatever the answers: progress is "Deel 2 van 3", a count
# that a branch cannot change (a "vraag 2 van 8" that becomes "3 van 9" would jump).
PARTS: tuple[str, ...] = ("Gezondheid en zorg", "Werk en inkomen", "Woonplaats en leeftijd")
BEFORE_THE_PARTS = "Voordat u begint"


@dataclass(frozen=True)
class Question:
    key: str
    slug: str  # the Dutch URL segment: /vraag/<slug>
    title: str  # short name for the picture
    kind: str  # "choice" | "provider" | "municipality" | "age"
    text: str  # the question about "u", plain Dutch
    part: int  # its part (1-based index into PARTS); 0 before the parts
    text_other: str = ""  # the same question about "de cliënt"; empty: the same words
    help: str = ""
    help_other: str = ""  # empty: the same help in both voices
    missing: str = ""  # the error when nothing was chosen or typed, about "u"
    missing_other: str = ""  # the same about "de cliënt"; empty: the same words
    options: tuple[Option, ...] = ()
    asked_when: tuple[AskedWhen, ...] = ()

    def option_label(self, value: str) -> str:
        return next((o.label for o in self.options if o.value == value), value)


@dataclass(frozen=True)
class Words:
    """A question as it is asked in one voice."""

    text: str
    help: str
    missing: str


def worded(question: Question, voice: Voice) -> Words:
    q = question
    if voice == Voice.OTHER:
        return Words(q.text_other or q.text, q.help_other or q.help, q.missing_other or q.missing)
    return Words(q.text, q.help, q.missing)


def _options(values: tuple[vocab.Value, ...]) -> tuple[Option, ...]:
    return tuple(Option(v.key, v.label, v.hint) for v in values)


MENTAL = AskedWhen("concern", frozenset({"mental"}))
SPECIALIST_GGZ = AskedWhen("care", frozenset({"specialist_ggz"}))

# Asked before the stroomschema's questions; its answer is the voice, not an answer (not in QUESTIONS).
VOICE_QUESTION = Question(
    key="voice",
    slug="voor-wie",
    title="Ingevuld voor",
    kind="choice",
    part=0,
    # Asked of whoever fills it in: the same words in both voices (no *_other).
    text="Vult u dit in voor uzelf of voor iemand anders?",
    help="Dan stellen we de vragen zo dat ze bij u passen.",
    missing="Kies of u dit invult voor uzelf of voor iemand anders.",
    options=(
        Option(Voice.SELF, "Voor mezelf", "De vragen gaan over u."),
        Option(Voice.OTHER, "Voor iemand anders", (
            "Bijvoorbeeld als klantmanager, begeleider of familielid. De vragen gaan dan over ‘de cliënt’."
        )),
    ),
)

QUESTIONS: tuple[Question, ...] = (
    Question(
        key="concern", slug="om-wie", title="Om wie gaat het", kind="choice", part=1,
        text="Heeft u psychische klachten, of een andere ziekte of beperking?",
        text_other="Heeft de cliënt psychische klachten, of een andere ziekte of beperking?",
        missing="Kies of u psychische klachten heeft, een andere ziekte of beperking, of geen van beide.",
        missing_other=(
            "Kies of de cliënt psychische klachten heeft, een andere ziekte of beperking, of geen van beide."
        ),
        options=_options(vocab.CONCERN_VALUES),
    ),
    Question(
        key="care", slug="zorg", title="Zorg of begeleiding", kind="choice", part=1,
        text="Krijgt u zorg of begeleiding voor psychische klachten?",
        text_other="Krijgt de cliënt zorg of begeleiding voor psychische klachten?",
        missing="Kies welke zorg of begeleiding u krijgt, of ‘Geen zorg of begeleiding’.",
        missing_other="Kies welke zorg of begeleiding de cliënt krijgt, of ‘Geen zorg of begeleiding’.",
        options=_options(vocab.CARE_VALUES),
        asked_when=(MENTAL,),
    ),
    Question(
        key="care_provider", slug="ggz-instelling", title="GGZ-instelling", kind="provider", part=1,
        text="Bij welke GGZ-instelling bent u in behandeling?",
        text_other="Bij welke GGZ-instelling is de cliënt in behandeling?",
        help=(
            "Sommige trajecten zijn er alleen voor mensen die bij een bepaalde GGZ-instelling "
            "in behandeling zijn."
        ),
        help_other="Sommige trajecten zijn er alleen voor cliënten van een bepaalde GGZ-instelling.",
        missing="Kies bij welke GGZ-instelling u in behandeling bent.",
        missing_other="Kies bij welke GGZ-instelling de cliënt in behandeling is.",
        asked_when=(MENTAL, SPECIALIST_GGZ),
    ),
    Question(
        key="severity", slug="ernst", title="Ernst van de klachten", kind="choice", part=1,
        text="Heeft u ernstige psychische problemen die al lang duren?",
        text_other="Heeft de cliënt ernstige psychische problemen die al lang duren?",
        help=(
            "Professionals noemen dit een ernstige psychische aandoening (EPA). "
            "Twijfelt u? Kies ‘Weet ik niet’."
        ),
        missing="Kies of u ernstige psychische problemen heeft die al lang duren, of ‘Weet ik niet’.",
        missing_other=(
            "Kies of de cliënt ernstige psychische problemen heeft die al lang duren, of ‘Weet ik niet’."
        ),
        options=_options(vocab.SEVERITY_VALUES),
        asked_when=(MENTAL,),
    ),
    Question(
        key="situation", slug="werksituatie", title="Werksituatie", kind="choice", part=2,
        text="Wat is uw werksituatie?",
        text_other="Wat is de werksituatie van de cliënt?",
        missing="Kies wat uw werksituatie is, of ‘Weet ik niet’.",
        missing_other="Kies wat de werksituatie van de cliënt is, of ‘Weet ik niet’.",
        options=_options(vocab.SITUATION_VALUES),
    ),
    Question(
        key="benefit", slug="uitkering", title="Uitkering", kind="choice", part=2,
        text="Welke uitkering heeft u?",
        text_other="Welke uitkering heeft de cliënt?",
        help="De uitkering bepaalt vaak wie het traject betaalt: de gemeente of UWV.",
        missing="Kies welke uitkering u heeft, ‘Geen uitkering’ of ‘Weet ik niet’.",
        missing_other="Kies welke uitkering de cliënt heeft, ‘Geen uitkering’ of ‘Weet ik niet’.",
        options=_options(vocab.BENEFIT_VALUES),
    ),
    Question(
        key="wish", slug="wens", title="Wens", kind="choice", part=2,
        text="Waar wilt u vooral hulp bij?",
        text_other="Waar wil de cliënt vooral hulp bij?",
        missing="Kies waar u vooral hulp bij wilt, of ‘Weet ik niet’.",
        missing_other="Kies waar de cliënt vooral hulp bij wil, of ‘Weet ik niet’.",
        options=_options(vocab.WISH_VALUES),
    ),
    Question(
        key="municipality", slug="woonplaats", title="Woonplaats", kind="municipality", part=3,
        text="In welke plaats woont u?",
        text_other="In welke plaats woont de cliënt?",
        help=(
            "Typ uw woonplaats of gemeente, bijvoorbeeld Dordrecht of Hoofddorp. "
            "Het aanbod verschilt per regio."
        ),
        help_other=(
            "Typ de woonplaats of gemeente van de cliënt, bijvoorbeeld Dordrecht of Hoofddorp. "
            "Het aanbod verschilt per regio."
        ),
        missing="Vul uw woonplaats of gemeente in.",
        missing_other="Vul de woonplaats of gemeente van de cliënt in.",
    ),
    Question(
        key="age", slug="leeftijd", title="Leeftijd", kind="age", part=3,
        text="Hoe oud bent u?",
        text_other="Hoe oud is de cliënt?",
        help=f"Vul uw leeftijd in jaren in, van {vocab.MIN_AGE} tot en met {vocab.MAX_AGE}.",
        help_other=(
            f"Vul de leeftijd van de cliënt in jaren in, van {vocab.MIN_AGE} tot en met {vocab.MAX_AGE}."
        ),
        missing="Vul uw leeftijd in.",
        missing_other="Vul de leeftijd van de cliënt in.",
    ),
)
