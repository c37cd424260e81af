"""What matching returns: typed states, facts, openers and matches. No words (triage.wording),
no decisions (triage.matching): the vocabulary the two share.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from programmes.catalogue import (
    FundingData,
    MunicipalityData,
    OfferingData,
    OrganisationData,
    ProgrammeData,
    RegionData,
)


class State(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"
    CHECK = "check"


class Fit(StrEnum):
    FIT = "fit"
    POSSIBLE = "possible"
    NEAR_MISS = "near_miss"
    # It would fit, but a source says it is not offered where the person is (e.g. at their institution).
    NOT_OFFERED = "not_offered"


MET, NOT_MET, UNKNOWN, CHECK = State.MET, State.NOT_MET, State.UNKNOWN, State.CHECK
FIT, POSSIBLE, NEAR_MISS, NOT_OFFERED = Fit.FIT, Fit.POSSIBLE, Fit.NEAR_MISS, Fit.NOT_OFFERED

# The stroomschema's order; conditions ("check") come after these.
CRITERION_ORDER = (
    "concern", "care", "care_provider", "severity", "situation", "benefit", "wish", "region",
    "availability", "age",
)
CONDITION = "condition"


# --- Openers: the real transitions that can open a not-met criterion ----------------------------


class OpenerKind(StrEnum):
    GGZ_REFERRAL = "ggz_referral"  # to GGZ care, via the huisarts
    WMO_SUPPORT = "wmo_support"  # begeleiding from the gemeente (Wmo)
    BENEFIT_APPLICATION = "benefit_application"  # someone without a benefit who may be entitled to one
    OTHER_WISH = "other_wish"  # being open to another kind of help
    AGE = "age"  # an age the person will reach


@dataclass(frozen=True)
class Opener:
    kind: OpenerKind
    providers: tuple[OrganisationData, ...] = ()  # GGZ referral: the institutions that offer it here
    values: frozenset[str] = frozenset()  # the care, benefits or wishes that would open it
    age: int | None = None  # AGE: from this age


# --- The facts each criterion was decided on ----------------------------------------------------


@dataclass(frozen=True)
class ChoiceFacts:
    value: str | None  # the person's answer; None = unknown
    allowed: frozenset[str]  # empty = open to all


@dataclass(frozen=True)
class ProviderFacts:
    provider: OrganisationData | None  # the offering is for clients of this provider only (None: for all)
    own: str  # the name of the person's institution, "" when unknown or "another"
    in_care: bool  # False: the person said they get no care


@dataclass(frozen=True)
class RegionFacts:
    municipality: MunicipalityData | None
    region_name: str
    scope: str  # the offering's scope; "" for "at your own institution"
    provider: str  # the offering's provider; "" for "at your own institution"


class AvailabilityKind(StrEnum):
    OFFERED = "offered"  # a source confirms it is offered here
    REPORTED = "reported"  # reported by an older or regional source: ask whether it still is
    NOT_OFFERED = "not_offered"  # a source says it is not offered here
    ASK_INSTITUTION = "ask_institution"  # offered by GGZ-instellingen, not everywhere: ask your own


@dataclass(frozen=True)
class AvailabilityFacts:
    kind: AvailabilityKind
    programme: str  # the programme's name, for "Biedt uw GGZ-instelling IPS aan?"
    provider: str  # the offering's provider, or the person's institution ("" when unknown)
    note: str  # the offering's note: why, or since when (a curator's words)
    programme_en: str = ""  # the English twins ("" where the catalogue has none)
    note_en: str = ""


@dataclass(frozen=True)
class AgeFacts:
    low: int | None
    high: int | None
    age: int | None


@dataclass(frozen=True)
class ConditionFacts:
    question: str  # for the professional
    client_text: str  # the same question in plain words ("" = use the question)
    question_en: str = ""  # the English twins ("" where the catalogue has none)
    client_text_en: str = ""


Facts = ChoiceFacts | ProviderFacts | RegionFacts | AvailabilityFacts | AgeFacts | ConditionFacts


@dataclass(frozen=True)
class Criterion:
    key: str  # one of CRITERION_ORDER, or CONDITION
    state: State
    facts: Facts
    opener: Opener | None = None  # for a not_met that a real change can open
    open_to_all: bool = False  # the programme sets no limit here (a page may hide these)


@dataclass(frozen=True)
class Match:
    programme: ProgrammeData
    fit: Fit
    criteria: tuple[Criterion, ...]  # as they hold for `offering`, the route this match is about
    offering: OfferingData | None  # whose conditions were used; None: "at your own GGZ-instelling"
    offerings: tuple[OfferingData, ...]  # every offering with this same fit: regional first
    funding: FundingData | None
    opener: Opener | None  # near_miss only
    serves_wish: bool
    regional: bool
    integrated_first: bool  # an integrated work-and-care approach for a person with EPA in care


class NotReached(StrEnum):
    """The groups the research says support towards work often does not reach."""

    EPA_WITHOUT_CARE = "epa_without_care"
    NO_BENEFIT = "no_benefit"


@dataclass(frozen=True)
class MatchResult:
    region: RegionData | None
    matches: tuple[Match, ...]  # fit first, then possible, each in the order of triage.ordering
    near_misses: tuple[Match, ...]
    not_offered: tuple[Match, ...] = ()  # would fit, but a source says it is not offered here
    not_reached: frozenset[NotReached] = frozenset()

    @property
    def gap(self) -> bool:
        return not self.matches

    @property
    def fits(self) -> tuple[Match, ...]:
        return tuple(m for m in self.matches if m.fit == FIT)

    @property
    def possibles(self) -> tuple[Match, ...]:
        return tuple(m for m in self.matches if m.fit == POSSIBLE)
