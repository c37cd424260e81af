"""The stroomschema's questions as data, each worded twice: about "u" and about "de cliënt".

Pure but for translation: the Dutch words are marked with gettext_noop and said in the request's
language by `said` (English from locale/en). `worded(question, voice)` picks the words;
`triage/flow.py` holds the rules that use these questions (branches, progress, summary,
validation) and re-exports every name here.
The voice itself is kept in the session only (`triage/voice.py`), never among the answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from django.utils.translation import gettext, gettext_noop

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
PARTS: tuple[str, ...] = (
    gettext_noop(
        "Gezondheid en zorg"), gettext_noop("Werk en inkomen"), gettext_noop("Woonplaats en leeftijd"
    ),
)
BEFORE_THE_PARTS = gettext_noop("Voordat u begint")


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
        return next((said(o.label) for o in self.options if o.value == value), value)


@dataclass(frozen=True)
class Words:
    """A question as it is asked in one voice."""

    text: str
    help: str
    missing: str


def worded(question: Question, voice: Voice) -> Words:
    """The question in one voice, in the language of the request."""
    q = question
    if voice == Voice.OTHER:
        return Words(said(q.text_other or q.text), said(q.help_other or q.help),
                     said(q.missing_other or q.missing))
    return Words(said(q.text), said(q.help), said(q.missing))


def said(text: str) -> str:
    """Dutch words marked here (or in the vocabulary), in the language of the request; the ages a
    question names filled in. Empty stays empty (gettext("") would be the catalogue's header)."""
    if not text:
        return ""
    found = gettext(text)
    return found % AGES if "%(" in text else found


def said_option(option: Option) -> Option:
    return Option(option.value, said(option.label), said(option.hint))


AGES = {"min": vocab.MIN_AGE, "max": vocab.MAX_AGE}


def _options(values: tuple[vocab.Value, ...]) -> tuple[Option, ...]:
    return tuple(Option(v.key, v.label, v.hint) for v in values)


MENTAL = AskedWhen("concern", frozenset({"mental"}))
SPECIALIST_GGZ = AskedWhen("care", frozenset({"specialist_ggz"}))

# Asked before the stroomschema's questions; its answer is the voice, not an answer (not in QUESTIONS).
VOICE_QUESTION = Question(
    key="voice",
    slug="voor-wie",
    title=gettext_noop("Ingevuld voor"),
    kind="choice",
    part=0,
    # Asked of whoever fills it in: the same words in both voices (no *_other).
    text=gettext_noop("Vult u dit in voor uzelf of voor iemand anders?"),
    help=gettext_noop("Dan stellen we de vragen zo dat ze bij u passen."),
    missing=gettext_noop("Kies of u dit invult voor uzelf of voor iemand anders."),
    options=(
        Option(Voice.SELF, gettext_noop("Voor mezelf"), gettext_noop("De vragen gaan over u.")),
        Option(Voice.OTHER, gettext_noop("Voor iemand anders"), gettext_noop(
            "Bijvoorbeeld als klantmanager, begeleider of familielid. De vragen gaan dan over ‘de cliënt’."
        )),
    ),
)

QUESTIONS: tuple[Question, ...] = (
    Question(
        key="concern", slug="om-wie", title=gettext_noop("Om wie gaat het"), kind="choice", part=1,
        text=gettext_noop("Heeft u psychische klachten, of een andere ziekte of beperking?"),
        text_other=gettext_noop("Heeft de cliënt psychische klachten, of een andere ziekte of beperking?"),
        missing=gettext_noop(
            "Kies of u psychische klachten heeft, een andere ziekte of beperking, of geen van beide."
        ),
        missing_other=gettext_noop(
            "Kies of de cliënt psychische klachten heeft, een andere ziekte of beperking, of geen van beide."
        ),
        options=_options(vocab.CONCERN_VALUES),
    ),
    Question(
        key="care", slug="zorg", title=gettext_noop("Zorg of begeleiding"), kind="choice", part=1,
        text=gettext_noop("Krijgt u zorg of begeleiding voor psychische klachten?"),
        text_other=gettext_noop("Krijgt de cliënt zorg of begeleiding voor psychische klachten?"),
        missing=gettext_noop("Kies welke zorg of begeleiding u krijgt, of ‘Geen zorg of begeleiding’."),
        missing_other=gettext_noop(
            "Kies welke zorg of begeleiding de cliënt krijgt, of ‘Geen zorg of begeleiding’."
        ),
        options=_options(vocab.CARE_VALUES),
        asked_when=(MENTAL,),
    ),
    Question(
        key="care_provider", slug="ggz-instelling", title=gettext_noop("GGZ-instelling"), kind="provider",
        part=1,
        text=gettext_noop("Bij welke GGZ-instelling bent u in behandeling?"),
        text_other=gettext_noop("Bij welke GGZ-instelling is de cliënt in behandeling?"),
        help=gettext_noop(
            "Sommige trajecten zijn er alleen voor mensen die bij een bepaalde GGZ-instelling "
            "in behandeling zijn."
        ),
        help_other=gettext_noop(
            "Sommige trajecten zijn er alleen voor cliënten van een bepaalde GGZ-instelling."
        ),
        missing=gettext_noop("Kies bij welke GGZ-instelling u in behandeling bent."),
        missing_other=gettext_noop("Kies bij welke GGZ-instelling de cliënt in behandeling is."),
        asked_when=(MENTAL, SPECIALIST_GGZ),
    ),
    Question(
        key="severity", slug="ernst", title=gettext_noop("Ernst van de klachten"), kind="choice", part=1,
        text=gettext_noop("Heeft u ernstige psychische problemen die al lang duren?"),
        text_other=gettext_noop("Heeft de cliënt ernstige psychische problemen die al lang duren?"),
        help=gettext_noop(
            "Professionals noemen dit een ernstige psychische aandoening (EPA). "
            "Twijfelt u? Kies ‘Weet ik niet’."
        ),
        missing=gettext_noop(
            "Kies of u ernstige psychische problemen heeft die al lang duren, of ‘Weet ik niet’."
        ),
        missing_other=gettext_noop(
            "Kies of de cliënt ernstige psychische problemen heeft die al lang duren, of ‘Weet ik niet’."
        ),
        options=_options(vocab.SEVERITY_VALUES),
        asked_when=(MENTAL,),
    ),
    Question(
        key="situation", slug="werksituatie", title=gettext_noop("Werksituatie"), kind="choice", part=2,
        text=gettext_noop("Wat is uw werksituatie?"),
        text_other=gettext_noop("Wat is de werksituatie van de cliënt?"),
        missing=gettext_noop("Kies wat uw werksituatie is, of ‘Weet ik niet’."),
        missing_other=gettext_noop("Kies wat de werksituatie van de cliënt is, of ‘Weet ik niet’."),
        options=_options(vocab.SITUATION_VALUES),
    ),
    Question(
        key="benefit", slug="uitkering", title=gettext_noop("Uitkering"), kind="choice", part=2,
        text=gettext_noop("Welke uitkering heeft u?"),
        text_other=gettext_noop("Welke uitkering heeft de cliënt?"),
        help=gettext_noop("De uitkering bepaalt vaak wie het traject betaalt: de gemeente of UWV."),
        missing=gettext_noop("Kies welke uitkering u heeft, ‘Geen uitkering’ of ‘Weet ik niet’."),
        missing_other=gettext_noop(
            "Kies welke uitkering de cliënt heeft, ‘Geen uitkering’ of ‘Weet ik niet’."
        ),
        options=_options(vocab.BENEFIT_VALUES),
    ),
    Question(
        key="wish", slug="wens", title=gettext_noop("Wens"), kind="choice", part=2,
        text=gettext_noop("Waar wilt u vooral hulp bij?"),
        text_other=gettext_noop("Waar wil de cliënt vooral hulp bij?"),
        missing=gettext_noop("Kies waar u vooral hulp bij wilt, of ‘Weet ik niet’."),
        missing_other=gettext_noop("Kies waar de cliënt vooral hulp bij wil, of ‘Weet ik niet’."),
        options=_options(vocab.WISH_VALUES),
    ),
    Question(
        key="municipality", slug="woonplaats", title=gettext_noop("Woonplaats"), kind="municipality", part=3,
        text=gettext_noop("In welke plaats woont u?"),
        text_other=gettext_noop("In welke plaats woont de cliënt?"),
        help=gettext_noop(
            "Typ uw woonplaats of gemeente, bijvoorbeeld Dordrecht of Hoofddorp. "
            "Het aanbod verschilt per regio."
        ),
        help_other=gettext_noop(
            "Typ de woonplaats of gemeente van de cliënt, bijvoorbeeld Dordrecht of Hoofddorp. "
            "Het aanbod verschilt per regio."
        ),
        missing=gettext_noop("Vul uw woonplaats of gemeente in."),
        missing_other=gettext_noop("Vul de woonplaats of gemeente van de cliënt in."),
    ),
    Question(
        key="age", slug="leeftijd", title=gettext_noop("Leeftijd"), kind="age", part=3,
        text=gettext_noop("Hoe oud bent u?"),
        text_other=gettext_noop("Hoe oud is de cliënt?"),
        help=gettext_noop("Vul uw leeftijd in jaren in, van %(min)s tot en met %(max)s."),
        help_other=gettext_noop("Vul de leeftijd van de cliënt in jaren in, van %(min)s tot en met %(max)s."),
        missing=gettext_noop("Vul uw leeftijd in."),
        missing_other=gettext_noop("Vul de leeftijd van de cliënt in."),
    ),
)
