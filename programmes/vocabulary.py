"""The fixed vocabulary (DESIGN.md): every key the app stores or exchanges, with its Dutch words.

Pure data (its one Django import, gettext_noop, only marks words for translation): the flow, the
matcher, the wording, the models, the forms and the API all read it. Keys are English; labels
Dutch. Models take their choices from here, pure modules compare against these constants, never
against string literals of their own.

Each stroomschema value has up to four ways of being said:
- `label`: the answer as a person picks it ("Ja, ernstige en langdurige psychische problemen (EPA)");
- `phrase`: the same inside a client sentence ("ernstige, langdurige psychische problemen (EPA)");
- `term`: the value as a description, for the catalogue and overviews ("Ernstige, langdurige
  psychische problemen (EPA)"); by default the phrase with a capital, else the label;
- `hint`: one line under the option that explains it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

# An identity function: it only marks the Dutch words for makemessages (locale/en). They are
# translated where they are shown, in the language of the request.
from django.utils.translation import gettext_noop

# --- Catalogue states ----------------------------------------------------------------------------


class Status(StrEnum):
    CONCEPT = "concept"
    PUBLISHED = "published"
    ENDED = "ended"


STATUSES: Final = (
    (Status.CONCEPT, "Concept"),
    (Status.PUBLISHED, "Gepubliceerd"),
    (Status.ENDED, "Beëindigd"),
)


class Scope(StrEnum):
    """Where an offering is available."""

    NATIONAL = "national"
    REGIONS = "regions"
    MUNICIPALITIES = "municipalities"


SCOPES: Final = (
    (Scope.NATIONAL, "Landelijk"),
    (Scope.REGIONS, "In arbeidsmarktregio's"),
    (Scope.MUNICIPALITIES, "In gemeenten"),
)


class OrganisationKind(StrEnum):
    GGZ = "ggz"
    MUNICIPALITY = "gemeente"
    UWV = "uwv"
    REINTEGRATION = "reintegration"
    FOUNDATION = "foundation"
    CLUBHOUSE = "clubhouse"
    EMPLOYER = "employer"
    EDUCATION = "education"
    RESEARCH = "research"
    OTHER = "other"


ORGANISATION_KINDS: Final = (
    (OrganisationKind.GGZ, "GGZ-instelling"),
    (OrganisationKind.MUNICIPALITY, "Gemeente of sociale dienst"),
    (OrganisationKind.UWV, "UWV"),
    (OrganisationKind.REINTEGRATION, "Re-integratiebedrijf"),
    (OrganisationKind.FOUNDATION, "Stichting"),
    (OrganisationKind.CLUBHOUSE, "Clubhuis"),
    (OrganisationKind.EMPLOYER, "Werkgever of sociaal ontwikkelbedrijf"),
    (OrganisationKind.EDUCATION, "Onderwijsinstelling"),
    (OrganisationKind.RESEARCH, "Onderzoeksinstituut of kennisinstituut"),
    (OrganisationKind.OTHER, "Anders"),
)

class DutchEvidence(StrEnum):
    """What is known in the Netherlands about this programme itself (the order's third key)."""

    CONTROLLED = "controlled"
    IMPACT = "impact"
    NONE = "none"


DUTCH_EVIDENCE: Final = (
    (DutchEvidence.CONTROLLED, gettext_noop("Nederlands onderzoek met een controlegroep")),
    (DutchEvidence.IMPACT, gettext_noop("Nederlandse meting van de resultaten, zonder controlegroep")),
    (DutchEvidence.NONE, gettext_noop("Geen Nederlands onderzoek naar de resultaten")),
)
EVIDENCE_RANK: Final = {DutchEvidence.CONTROLLED: 0, DutchEvidence.IMPACT: 1, DutchEvidence.NONE: 2}


class Availability(StrEnum):
    """What the sources say about an offering being there."""

    OFFERED = "offered"  # a source confirms it is offered here
    REPORTED = "reported"  # an older or regional source reported it: ask whether it still is
    NOT_OFFERED = "not_offered"  # a source says it is not offered here


AVAILABILITIES: Final = (
    (Availability.OFFERED, "Aangeboden: een bron bevestigt het"),
    (Availability.REPORTED, "Gemeld in een oudere of regionale bron: nagaan of het er nog is"),
    (Availability.NOT_OFFERED, "Niet aangeboden: een bron zegt dat het hier niet wordt aangeboden"),
)


class Desk(StrEnum):
    """The loket a person goes through when an offering has no contact of its own."""

    PROVIDER = "provider"
    MUNICIPALITY = "gemeente"
    UWV = "uwv"
    TREATMENT = "treatment"


DESKS: Final = (
    (Desk.PROVIDER, "Rechtstreeks bij de aanbieder"),
    (Desk.MUNICIPALITY, "Via de klantmanager Werk en Inkomen van de gemeente"),
    (Desk.UWV, "Via de werkcoach of arbeidsdeskundige van UWV"),
    (Desk.TREATMENT, "Via de behandelaar of begeleider"),
)


class GapKind(StrEnum):
    NO_FIT = "no_fit"  # nothing fitted this situation
    NOT_REACHED = "not_reached"  # the group the research says is not reached (EPA without care; no benefit)


GAP_KINDS: Final = (
    (GapKind.NO_FIT, "Geen passend traject"),
    (GapKind.NOT_REACHED, "Groep die vaak niet bereikt wordt"),
)

# --- The stroomschema's values -------------------------------------------------------------------


@dataclass(frozen=True)
class Value:
    key: str
    label: str
    phrase: str = ""
    term: str = ""
    hint: str = ""

    def in_sentence(self) -> str:
        if self.phrase:
            return self.phrase
        text = self.label
        return text if len(text) < 2 or text[1].isupper() else text[0].lower() + text[1:]

    def as_term(self) -> str:
        """The value as a description: for severity the thing itself, not the answer "Ja, ..."."""
        if self.term:
            return self.term
        return self.phrase[:1].upper() + self.phrase[1:] if self.phrase else self.label


UNKNOWN: Final = "unknown"
NONE: Final = "none"
OTHER_PROVIDER: Final = "other"  # "another institution, or I don't know" for care_provider

CONCERN_VALUES: Final = (
    Value("mental", gettext_noop("Psychische klachten of een psychische aandoening"),
          hint=gettext_noop("Bijvoorbeeld depressie, angst, psychose, burn-out of verslaving.")),
    Value("other_limitation", gettext_noop("Een andere ziekte of beperking")),
    Value(NONE, gettext_noop("Geen ziekte of beperking")),
)
CARE_VALUES: Final = (
    Value("specialist_ggz", gettext_noop("Behandeling bij een GGZ-instelling (specialistische GGZ)"),
          hint=gettext_noop("Bijvoorbeeld bij Yulius, Dimence, Mediant of een andere GGZ-instelling.")),
    Value("basic_ggz", gettext_noop("Huisarts, POH-GGZ, psycholoog of basis-GGZ")),
    Value("protected_living", gettext_noop("Beschermd wonen of begeleiding"),
          hint=gettext_noop("Bijvoorbeeld begeleid wonen of ambulante begeleiding via de gemeente.")),
    Value(NONE, gettext_noop("Geen zorg of begeleiding")),
)
SEVERITY_VALUES: Final = (
    Value("severe", gettext_noop("Ja, ernstige en langdurige psychische problemen (EPA)"),
          phrase=gettext_noop("ernstige, langdurige psychische problemen (EPA)")),
    Value("mild_moderate", gettext_noop("Nee, lichte of matige klachten"),
          phrase=gettext_noop("lichte of matige klachten")),
    Value(UNKNOWN, gettext_noop("Weet ik niet")),
)
SITUATION_VALUES: Final = (
    Value("job_seeking", gettext_noop("Zoekt werk (heeft nu geen baan)")),
    Value("employed_at_risk", gettext_noop("Heeft werk en wil dat houden")),
    Value("sick_listed", gettext_noop("Ziek uit dienst of ziekgemeld")),
    Value("in_education", gettext_noop("Volgt een opleiding")),
    Value(UNKNOWN, gettext_noop("Weet ik niet")),
)
# The hints say in plain words (B1) what each benefit is, in neither voice ("u" nor "de cliënt"),
# so they read right whoever fills in the questions.
BENEFIT_VALUES: Final = (
    Value("bijstand", gettext_noop("Bijstand (gemeente, Participatiewet)"),
          hint=gettext_noop(
              "Geld van de gemeente voor wie niet genoeg inkomen of spaargeld heeft om van te leven.")),
    Value("ww", gettext_noop("WW"),
          hint=gettext_noop("Werkloosheidsuitkering van UWV, voor een tijd na het verlies van een baan.")),
    Value("wia_wga", gettext_noop("WIA – WGA (gedeeltelijk arbeidsongeschikt)"),
          hint=gettext_noop("Uitkering van UWV na 2 jaar ziekte, voor wie nog een deel kan werken "
                            "of weer beter kan worden.")),
    Value("wia_iva", gettext_noop("WIA – IVA (volledig en duurzaam arbeidsongeschikt)"),
          hint=gettext_noop(
              "Uitkering van UWV na 2 jaar ziekte, voor wie niet meer kan werken en niet meer beter wordt.")),
    # Names of laws and benefits keep their capital inside a sentence.
    Value("wajong", gettext_noop("Wajong"), phrase=gettext_noop("Wajong"),
          hint=gettext_noop("Uitkering van UWV voor wie al voor de 18e verjaardag, of tijdens een studie, "
                            "een ziekte of beperking had.")),
    Value("ziektewet", gettext_noop("Ziektewet"), phrase=gettext_noop("Ziektewet"),
          hint=gettext_noop("Uitkering van UWV bij ziekte als er geen werkgever is die loon betaalt, "
                            "bijvoorbeeld na het einde van een tijdelijk contract.")),
    Value("wao_waz", gettext_noop("WAO of WAZ"),
          hint=gettext_noop(
              "Oudere uitkeringen van UWV bij arbeidsongeschiktheid, voor wie al voor 2004 ziek werd. "
              "De WAZ is voor zelfstandigen.")),
    Value(NONE, gettext_noop("Geen uitkering"),
          hint=gettext_noop(
              "Bijvoorbeeld bij werk met loon, een studie, of leven van het inkomen van een partner.")),
    Value(UNKNOWN, gettext_noop("Weet ik niet"),
          hint=gettext_noop("Dat kunt u later navragen bij de gemeente of UWV.")),
)
WISH_VALUES: Final = (
    Value("paid_work_now", gettext_noop("Direct aan betaald werk")),
    Value("explore", gettext_noop("Uitzoeken wat past")),
    Value("skills", gettext_noop("Vaardigheden leren")),
    Value("confidence", gettext_noop("Vertrouwen opbouwen")),
    Value("education", gettext_noop("Een opleiding of scholing")),
    Value("keep_job", gettext_noop("Werk behouden of terugkeren naar werk")),
    Value("daytime_activity", gettext_noop("Eerst dagbesteding of vrijwilligerswerk")),
    Value(UNKNOWN, gettext_noop("Weet ik niet")),
)

# Each dimension of the stroomschema that is a choice, by its answer key.
DIMENSIONS: Final = {
    "concern": CONCERN_VALUES,
    "care": CARE_VALUES,
    "severity": SEVERITY_VALUES,
    "situation": SITUATION_VALUES,
    "benefit": BENEFIT_VALUES,
    "wish": WISH_VALUES,
}
# Where each dimension's eligibility set lives on a programme (and, narrowed, on an offering).
ELIGIBILITY_FIELDS: Final = {
    "concern": "concerns",
    "care": "care",
    "severity": "severities",
    "situation": "situations",
    "benefit": "benefits",
    "wish": "wishes",
}


def choices(values: Iterable[Value]) -> tuple[tuple[str, str], ...]:
    return tuple((value.key, value.label) for value in values)


CONCERNS: Final = choices(CONCERN_VALUES)
CARE: Final = choices(CARE_VALUES)
SEVERITIES: Final = choices(SEVERITY_VALUES)
SITUATIONS: Final = choices(SITUATION_VALUES)
BENEFITS: Final = choices(BENEFIT_VALUES)
WISHES: Final = choices(WISH_VALUES)

# Values that mean "not known": matching treats them as unknown, never as no.
UNKNOWN_VALUES: Final = frozenset({UNKNOWN})

# The values a programme can name (unknown is an answer, never a rule): the admin, the
# catalogue's filters and the coverage overview offer these, never "Weet ik niet".
PROGRAMME_BENEFITS: Final = tuple(item for item in BENEFITS if item[0] != UNKNOWN)
PROGRAMME_SEVERITIES: Final = tuple(item for item in SEVERITIES if item[0] != UNKNOWN)
PROGRAMME_SITUATIONS: Final = tuple(item for item in SITUATIONS if item[0] != UNKNOWN)
PROGRAMME_WISHES: Final = tuple(item for item in WISHES if item[0] != UNKNOWN)
SEVERITY_TERMS: Final = tuple((v.key, v.as_term()) for v in SEVERITY_VALUES if v.key != UNKNOWN)
# The eligibility lists and the vocabulary each may hold, by programme field.
ELIGIBILITY_CHOICES: Final = {
    "concerns": CONCERNS,
    "care": CARE,
    "severities": PROGRAMME_SEVERITIES,
    "situations": PROGRAMME_SITUATIONS,
    "benefits": PROGRAMME_BENEFITS,
    "wishes": PROGRAMME_WISHES,
}

# Benefits UWV pays and administers; bijstand is the gemeente's.
UWV_BENEFITS: Final = frozenset({"ww", "wia_wga", "wia_iva", "wajong", "ziektewet", "wao_waz"})
MUNICIPAL_BENEFITS: Final = frozenset({"bijstand"})

MIN_AGE: Final = 15
MAX_AGE: Final = 67

RECOGNITION_LEVELS: Final = (
    ("not_assessed", gettext_noop("Niet beoordeeld")),
    ("well_described", gettext_noop("Goed beschreven")),
    ("well_founded", gettext_noop("Goed onderbouwd")),
    ("effective_first", gettext_noop("Effectief – eerste aanwijzingen")),
    ("effective_good", gettext_noop("Effectief – goede aanwijzingen")),
    ("effective_strong", gettext_noop("Effectief – sterke aanwijzingen")),
)
NOT_ASSESSED: Final = "not_assessed"
RECOGNITION_RANK: Final = {key: rank for rank, (key, _label) in enumerate(RECOGNITION_LEVELS)}


def label(choices_: tuple[tuple[str, str], ...], key: str) -> str:
    return dict(choices_).get(key, key)


def value(dimension: str, key: str) -> Value | None:
    return next((v for v in DIMENSIONS.get(dimension, ()) if v.key == key), None)


def in_order(dimension: str, keys: Iterable[str]) -> list[str]:
    """Keys in the vocabulary's own order (the order of the questions), unknown keys last."""
    order = {v.key: i for i, v in enumerate(DIMENSIONS[dimension])}
    return sorted(keys, key=lambda k: (order.get(k, len(order)), k))
