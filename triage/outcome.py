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


MET, NOT_MET, UNKNOWN, CHECK = State.MET, State.NOT_MET, State.UNKNOWN, State.CHECK
FIT, POSSIBLE, NEAR_MISS = Fit.FIT, Fit.POSSIBLE, Fit.NEAR_MISS

# The stroomschema's order; conditions ("check") come after these.
CRITERION_ORDER = (
    "concern", "care", "care_provider", "severity", "situation", "benefit", "wish", "region", "age",
)
CONDITION = "condition"


# --- Openers: the real transitions that can open a not-met criterion ----------------------------


class OpenerKind(StrEnum):
    GGZ_REFERRAL = "ggz_referral"  # a referral to GGZ care (via the huisarts)
    WMO_SUPPORT = "wmo_support"  # begeleiding from the gemeente (Wmo)
    BENEFIT_APPLICATION = "benefit_application"  # a benefit the person may be entitled to
    OTHER_WISH = "other_wish"  # being open to another kind of help


@dataclass(frozen=True)
class Opener:
    kind: OpenerKind
    providers: tuple[OrganisationData, ...] = ()  # GGZ referral: the institutions that offer it
    values: frozenset[str] = frozenset()  # the benefits or wishes that would open it


# --- The facts each criterion was decided on ----------------------------------------------------


@dataclass(frozen=True)
class ChoiceFacts:
    value: str | None  # the person's answer; None = unknown
    allowed: frozenset[str]  # empty = open to all


@dataclass(frozen=True)
class ProviderFacts:
    required: tuple[OrganisationData, ...]  # every serving offering is for clients of these only
    own: str  # the name of the person's institution, "" when unknown or "another"
    in_care: bool  # False: the person said they get no care
    bound: bool  # some (not all) serving offerings are for a provider's own clients


@dataclass(frozen=True)
class RegionFacts:
    municipality: MunicipalityData | None
    region_name: str
    scopes: frozenset[str]  # the scopes of the offerings serving the person
    providers: tuple[str, ...]  # names of the providers serving the person, sorted
    count: int  # number of offerings serving (or, without a place, possibly serving)


@dataclass(frozen=True)
class AgeFacts:
    low: int | None
    high: int | None
    age: int | None


@dataclass(frozen=True)
class ConditionFacts:
    question: str  # for the professional
    client_text: str  # the same question in plain words ("" = use the question)


Facts = ChoiceFacts | ProviderFacts | RegionFacts | AgeFacts | ConditionFacts


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
    criteria: tuple[Criterion, ...]
    offerings: tuple[OfferingData, ...]  # serving this person: regional first, national last
    funding: FundingData | None
    opener: Opener | None  # near_miss only
    serves_wish: bool
    regional: bool


@dataclass(frozen=True)
class MatchResult:
    region: RegionData | None
    matches: tuple[Match, ...]
    near_misses: tuple[Match, ...]

    @property
    def gap(self) -> bool:
        return not self.matches
