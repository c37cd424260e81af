"""Matching: answers and a catalogue snapshot in, ordered matches out (DESIGN.md, "Matching").

Pure: no Django, no ORM, no request, and no words. Every programme gets one state per criterion
(met, not met, unknown, check), each with the typed facts it was decided on; from those states it
is a fit, possible, a near miss (with a typed opener: the one real change that would open it) or
left out. Unanswered questions and "weet niet" are unknown, never "no". Unexpected values never
raise: they are unknown. Sentences about a match are made from these facts in `triage.wording`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from programmes import vocabulary as vocab
from programmes.catalogue import (
    Catalogue,
    FundingData,
    MunicipalityData,
    OfferingData,
    OrganisationData,
    ProgrammeData,
)
from programmes.rules import reaches
from triage.ordering import order_key
from triage.outcome import (
    CHECK,
    CONDITION,
    CRITERION_ORDER,
    FIT,
    MET,
    NEAR_MISS,
    NOT_MET,
    POSSIBLE,
    UNKNOWN,
    AgeFacts,
    ChoiceFacts,
    ConditionFacts,
    Criterion,
    Fit,
    Match,
    MatchResult,
    Opener,
    OpenerKind,
    ProviderFacts,
    RegionFacts,
    State,
)
from triage.person import CHOICE_KEYS, Person, person_of, region_of


def match(answers: Mapping[str, Any], catalogue: Catalogue) -> MatchResult:
    person = person_of(answers, catalogue)
    assessed = [
        _assess(p, person, catalogue)
        for p in catalogue.programmes
        if p.status == vocab.Status.PUBLISHED and not _surely_left_out(p, person)
    ]
    found = sorted((m for m in assessed if m is not None), key=order_key)
    return MatchResult(
        region=region_of(person, catalogue),
        matches=tuple(m for m in found if m.fit in (FIT, POSSIBLE)),
        near_misses=tuple(m for m in found if m.fit == NEAR_MISS),
    )


def assess(programme: ProgrammeData, answers: Mapping[str, Any], catalogue: Catalogue) -> Match | None:
    """The full assessment of one programme, without the quick first look `match` takes."""
    return _assess(programme, person_of(answers, catalogue), catalogue)


def criteria_for(programme: ProgrammeData, answers: Mapping[str, Any], catalogue: Catalogue) -> tuple[
    Criterion, ...
]:
    """Every criterion of one programme, also when it is left out (e.g. "why not this one?")."""
    return _evaluate(programme, person_of(answers, catalogue), catalogue)[0]


def _allowed(programme: ProgrammeData, key: str) -> frozenset[str]:
    return getattr(programme, vocab.ELIGIBILITY_FIELDS[key])


# --- One programme ---------------------------------------------------------------------------


_NEVER_OPENED = ("concern", "severity", "situation")


def _surely_left_out(programme: ProgrammeData, person: Person) -> bool:
    """A cheap first look: a not_met that nothing can open leaves the programme out whatever
    else holds (see _classify). Exactly the same outcome as the full assessment, at a fraction of
    the cost for large catalogues."""
    for key in _NEVER_OPENED:
        allowed = _allowed(programme, key)
        value = person.get(key)
        if allowed and value is not None and value not in allowed:
            return True
    age = person.age
    if age is not None and (
        (programme.min_age is not None and age < programme.min_age)
        or (programme.max_age is not None and age > programme.max_age)
    ):
        return True
    if not programme.offerings:
        return True
    municipality = person.municipality
    return municipality is not None and not any(reaches(o, municipality) for o in programme.offerings)


def _assess(programme: ProgrammeData, person: Person, catalogue: Catalogue) -> Match | None:
    criteria, reach = _evaluate(programme, person, catalogue)
    fit, opener = _classify(criteria)
    if fit is None:
        return None
    return Match(
        programme=programme,
        fit=fit,
        criteria=criteria,
        offerings=reach.offerings,
        funding=_funding(programme, person),
        opener=opener,
        serves_wish=_serves_wish(programme, person),
        regional=reach.regional,
    )


def _evaluate(programme: ProgrammeData, person: Person, catalogue: Catalogue) -> tuple[
    tuple[Criterion, ...], _Reach
]:
    reach = _reach(programme, person)
    by_key = {key: _choice_criterion(key, programme, person, reach) for key in CHOICE_KEYS}
    provider = _provider_criterion(reach, person, catalogue)
    by_key["care_provider"] = _referral_opens_provider(by_key["care"], provider, person)
    by_key["region"] = _region_criterion(programme, person, reach, catalogue)
    by_key["age"] = _age_criterion(programme, person)
    checks = tuple(
        Criterion(CONDITION, CHECK, ConditionFacts(c.question, c.client_text)) for c in programme.conditions
    )
    return tuple(by_key[key] for key in CRITERION_ORDER) + checks, reach


def _referral_opens_provider(care: Criterion, provider: Criterion, person: Person) -> Criterion:
    # Someone in no care is not at the provider either: the GGZ referral that opens the care
    # criterion (it names the providers) opens this one too.
    opener = care.opener
    referral = care.state == NOT_MET and opener is not None and opener.kind == OpenerKind.GGZ_REFERRAL
    if referral and provider.state == NOT_MET and person.care_provider is None:
        return replace(provider, opener=care.opener)
    return provider


def _serves_wish(programme: ProgrammeData, person: Person) -> bool:
    # Only a programme that names the wish serves it: one open to every wish would otherwise
    # tie with it, and among fits "wish met" would then order nothing.
    return person.get("wish") in programme.wishes


def _funding(programme: ProgrammeData, person: Person) -> FundingData | None:
    benefit = person.get("benefit")
    return programme.funding_for(benefit) if benefit else None


def _classify(criteria: tuple[Criterion, ...]) -> tuple[Fit | None, Opener | None]:
    """Fit, possible or near miss (with its opener); None when the programme is left out.

    A near miss needs one change: not_met criteria that one opener opens count as one.
    """
    not_met = [c for c in criteria if c.state == NOT_MET]
    if not not_met:
        unknown = any(c.state == UNKNOWN for c in criteria)
        return (POSSIBLE if unknown else FIT), None
    openers = {c.opener for c in not_met}
    if len(openers) == 1 and None not in openers:
        return NEAR_MISS, not_met[0].opener
    return None, None


# --- Where, and at which provider: the offerings that serve this person -----------------------


@dataclass(frozen=True)
class _Reach:
    region_state: State
    by_region: tuple[OfferingData, ...]  # serving the person's gemeente (or could, when unknown)
    offerings: tuple[OfferingData, ...]  # also allowed by the care_provider rule; regional first
    required_providers: tuple[OrganisationData, ...]  # set when every serving offering requires care there
    regional: bool


def _reach(programme: ProgrammeData, person: Person) -> _Reach:
    region_state, by_region = _by_region(programme.offerings, person.municipality)
    required = _required_providers(by_region)
    offerings = by_region if _provider_unknown_or_referral(person, required) else _by_provider(
        by_region, person
    )
    offerings = tuple(sorted(offerings, key=lambda o: o.is_national))
    regional = person.municipality is not None and any(not o.is_national for o in offerings)
    return _Reach(region_state, by_region, offerings, required, regional)


_SCOPES = frozenset(vocab.Scope)


def _by_region(
    offerings: tuple[OfferingData, ...], municipality: MunicipalityData | None
) -> tuple[State, tuple[OfferingData, ...]]:
    if municipality is not None:
        serving = tuple(o for o in offerings if reaches(o, municipality))
        return (MET if serving else NOT_MET), serving
    could = tuple(o for o in offerings if o.scope in _SCOPES)
    if any(o.is_national for o in could):
        return MET, could
    return (UNKNOWN if could else NOT_MET), could


def _required_providers(offerings: tuple[OfferingData, ...]) -> tuple[OrganisationData, ...]:
    if not offerings or not all(o.requires_care_at_provider for o in offerings):
        return ()
    unique = {o.provider.slug: o.provider for o in offerings}
    return tuple(sorted(unique.values(), key=lambda org: org.name.casefold()))


def _provider_unknown_or_referral(person: Person, required: tuple[OrganisationData, ...]) -> bool:
    # Unknown provider: every offering could serve. No care and only provider-bound offerings:
    # keep them all, as a referral could open any of them.
    return person.care_provider is None and (person.get("care") != vocab.NONE or bool(required))


def _by_provider(offerings: tuple[OfferingData, ...], person: Person) -> tuple[OfferingData, ...]:
    return tuple(
        o for o in offerings
        if not o.requires_care_at_provider or o.provider.slug == person.care_provider
    )


# --- Criteria ----------------------------------------------------------------------------------


def _choice_criterion(key: str, programme: ProgrammeData, person: Person, reach: _Reach) -> Criterion:
    allowed = _allowed(programme, key)
    value = person.get(key)
    facts = ChoiceFacts(value, allowed)
    if not allowed:
        return Criterion(key, MET, facts, open_to_all=True)
    state = UNKNOWN if value is None else MET if value in allowed else NOT_MET
    opener = _opener(key, allowed, person, reach) if state == NOT_MET else None
    return Criterion(key, state, facts, opener)


_GGZ_CARE = frozenset({"specialist_ggz", "basic_ggz"})
_APPLICABLE_BENEFITS = vocab.MUNICIPAL_BENEFITS | vocab.UWV_BENEFITS


def _opener(key: str, allowed: frozenset[str], person: Person, reach: _Reach) -> Opener | None:
    if key == "care":
        # Only a step up in care opens anything; nobody is told to stop treatment to qualify.
        if allowed & _GGZ_CARE and person.get("care") != "specialist_ggz":
            at = reach.required_providers if person.care_provider is None else ()
            return Opener(OpenerKind.GGZ_REFERRAL, providers=at)
        if "protected_living" in allowed:
            return Opener(OpenerKind.WMO_SUPPORT)
        return None
    if key == "benefit":
        # A programme only for people without a benefit cannot be opened by giving one up.
        applicable = allowed & _APPLICABLE_BENEFITS
        return Opener(OpenerKind.BENEFIT_APPLICATION, values=applicable) if applicable else None
    if key == "wish":
        return Opener(OpenerKind.OTHER_WISH, values=allowed)
    return None


def _provider_criterion(reach: _Reach, person: Person, catalogue: Catalogue) -> Criterion:
    required = reach.required_providers
    own = _organisation_name(person.care_provider, catalogue)
    in_care = person.get("care") != vocab.NONE
    if not required:
        bound = any(o.requires_care_at_provider for o in reach.by_region)
        facts = ProviderFacts((), own, in_care, bound)
        return Criterion("care_provider", MET, facts, open_to_all=not bound)
    slugs = {org.slug for org in required}
    if person.care_provider in slugs:
        state = MET
    elif person.care_provider is None and in_care:
        state = UNKNOWN
    else:
        state = NOT_MET
    return Criterion("care_provider", state, ProviderFacts(required, own, in_care, False))


def _organisation_name(slug: str | None, catalogue: Catalogue) -> str:
    if slug is None or slug == vocab.OTHER_PROVIDER:
        return ""
    org = catalogue.organisations.get(slug)
    if org is not None:
        return org.name
    offered = (o.provider for p in catalogue.programmes for o in p.offerings if o.provider.slug == slug)
    return next((org.name for org in offered), slug)


def _region_criterion(
    programme: ProgrammeData, person: Person, reach: _Reach, catalogue: Catalogue
) -> Criterion:
    everywhere = bool(programme.offerings) and all(o.is_national for o in programme.offerings)
    municipality = person.municipality
    region = catalogue.regions.get(municipality.region_code) if municipality else None
    facts = RegionFacts(
        municipality=municipality,
        region_name=region.name if region else (municipality.region_code if municipality else ""),
        scopes=frozenset(o.scope for o in reach.by_region),
        providers=tuple(sorted({o.provider.name for o in reach.by_region})),
        count=len(reach.by_region),
    )
    return Criterion("region", reach.region_state, facts, open_to_all=everywhere)


def _age_criterion(programme: ProgrammeData, person: Person) -> Criterion:
    low, high, age = programme.min_age, programme.max_age, person.age
    facts = AgeFacts(low, high, age)
    if low is None and high is None:
        return Criterion("age", MET, facts, open_to_all=True)
    if age is None:
        state = UNKNOWN
    else:
        state = MET if (low is None or age >= low) and (high is None or age <= high) else NOT_MET
    return Criterion("age", state, facts)
