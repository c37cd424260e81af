"""Matching: answers and a catalogue snapshot in, ordered matches out (docs/design.md, "Matching").

Pure: no Django, no ORM, no request, and no words. A programme is assessed per route: each of its
offerings, with the programme's eligibility narrowed by the offering's, and for a programme offered
by GGZ-instellingen (not everywhere) the person's own institution when the catalogue has no word on
it. Every route gets one state per criterion (met, not met, unknown, check) with the typed facts it
was decided on; the best route makes the programme a fit, possible, a near miss (with a typed
opener: the one real change that would open it), not offered here (a source says so), or left out.
Unanswered questions and "weet niet" are unknown, never "no". Unexpected values never raise.
Sentences about a match are made from these facts in `triage.wording`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from programmes import rules
from programmes import vocabulary as vocab
from programmes.catalogue import Catalogue, ConditionData, OfferingData, OrganisationData, ProgrammeData
from triage.ordering import order_key
from triage.outcome import (
    CHECK,
    CONDITION,
    CRITERION_ORDER,
    FIT,
    MET,
    NEAR_MISS,
    NOT_MET,
    NOT_OFFERED,
    POSSIBLE,
    UNKNOWN,
    AgeFacts,
    AvailabilityFacts,
    AvailabilityKind,
    ChoiceFacts,
    ConditionFacts,
    Criterion,
    Fit,
    Match,
    MatchResult,
    NotReached,
    Opener,
    OpenerKind,
    ProviderFacts,
    RegionFacts,
    State,
)
from triage.person import CHOICE_KEYS, Person, person_of, region_of

# A route is an offering, or None: "at the person's own GGZ-instelling".
Route = OfferingData | None
NOWHERE = "nowhere"  # the scope in RegionFacts of a programme without any offering
_FIT_RANK = {FIT: 0, POSSIBLE: 1, NEAR_MISS: 2, NOT_OFFERED: 3}
_IN_CARE = frozenset({"specialist_ggz", "basic_ggz", "protected_living"})


def match(answers: Mapping[str, Any], catalogue: Catalogue) -> MatchResult:
    person = person_of(answers, catalogue)
    assessed = [
        _assess(p, person, catalogue)
        for p in catalogue.programmes_near(person.municipality)
        if p.status == vocab.Status.PUBLISHED and not _surely_left_out(p, person)
    ]
    found = sorted((m for m in assessed if m is not None), key=order_key)
    return MatchResult(
        region=region_of(person, catalogue),
        matches=tuple(m for m in found if m.fit in (FIT, POSSIBLE)),
        near_misses=tuple(m for m in found if m.fit == NEAR_MISS),
        not_offered=tuple(m for m in found if m.fit == NOT_OFFERED),
        not_reached=not_reached(person),
    )


def assess(programme: ProgrammeData, answers: Mapping[str, Any], catalogue: Catalogue) -> Match | None:
    """The full assessment of one programme, without the quick first look `match` takes."""
    return _assess(programme, person_of(answers, catalogue), catalogue)


def criteria_for(programme: ProgrammeData, answers: Mapping[str, Any], catalogue: Catalogue) -> tuple[
    Criterion, ...
]:
    """Every criterion of one programme on its best route, also when it is left out."""
    person = person_of(answers, catalogue)
    routes = _routes(programme, person)
    if not routes:
        # Offered nowhere: the criteria as for any route, and the place not met.
        criteria = _evaluate(programme, None, person, catalogue)
        nowhere = Criterion("region", NOT_MET, RegionFacts(person.municipality, "", NOWHERE, ""))
        return tuple(nowhere if c.key == "region" else c for c in criteria)
    evaluated = [(route, _evaluate(programme, route, person, catalogue)) for route in routes]
    return min(evaluated, key=lambda item: _route_rank(item[0], _classify(item[1])[0], person))[1]


def not_reached(person: Person) -> frozenset[NotReached]:
    """The groups the research says are often not reached: EPA without care, and no benefit."""
    found = set()
    if person.get("severity") == "severe" and person.get("care") == vocab.NONE:
        found.add(NotReached.EPA_WITHOUT_CARE)
    if person.get("benefit") == vocab.NONE:
        found.add(NotReached.NO_BENEFIT)
    return frozenset(found)


def epa_in_care(person: Person) -> bool:
    return person.get("severity") == "severe" and person.get("care") in _IN_CARE


# --- One programme ---------------------------------------------------------------------------


def _surely_left_out(programme: ProgrammeData, person: Person) -> bool:
    """A cheap first look: a not_met on the programme itself that no opener can open leaves it
    out on every route (offerings only narrow, and a narrower list has no opener that the wider one
    lacks). The same outcome as the full assessment, at a fraction of the cost for large catalogues."""
    for key, field in person.limited_by:
        allowed = getattr(programme, field)
        if allowed and person.get(key) not in allowed and _opener(key, allowed, None, person) is None:
            return True
    if person.age is not None and programme.max_age is not None and person.age > programme.max_age:
        return True
    if programme.offered_by_institutions:
        return False
    if not programme.offerings:
        return True
    municipality = person.municipality
    return municipality is not None and not any(rules.reaches(o, municipality) for o in programme.offerings)


def _routes(programme: ProgrammeData, person: Person) -> list[Route]:
    routes: list[Route] = list(programme.offerings)
    if programme.offered_by_institutions and not _institution_known_here(programme, person):
        routes.append(None)
    return routes


def _institution_known_here(programme: ProgrammeData, person: Person) -> bool:
    """A source says whether the person's own institution offers it where they live."""
    return any(
        o.requires_care_at_provider
        and o.provider.slug == person.care_provider
        and (person.municipality is None or rules.reaches(o, person.municipality))
        for o in programme.offerings
    )


def _could_serve(route: Route, person: Person) -> bool:
    """A quick look per route: one that does not reach the person's gemeente is never the way in
    (a place cannot change), so it need not be evaluated in full."""
    return route is None or person.municipality is None or rules.reaches(route, person.municipality)


def _assess(programme: ProgrammeData, person: Person, catalogue: Catalogue) -> Match | None:
    evaluated = []
    for route in _routes(programme, person):
        if not _could_serve(route, person):
            continue
        criteria = _evaluate(programme, route, person, catalogue)
        fit, opener = _classify(criteria)
        if fit is not None:
            evaluated.append((route, criteria, fit, opener))
    if not evaluated:
        return None
    evaluated.sort(key=lambda item: _route_rank(item[0], item[2], person))
    route, criteria, fit, opener = evaluated[0]
    same = [item for item in evaluated if item[2] == fit]
    offerings = tuple(item[0] for item in same if item[0] is not None)
    if fit == NEAR_MISS and opener is not None and opener.kind == OpenerKind.GGZ_REFERRAL:
        opener = _all_referrals(opener, [item[3] for item in same])
    wishes = _limits(programme, route).sets[vocab.ELIGIBILITY_FIELDS["wish"]]
    benefit = person.get("benefit")
    return Match(
        programme=programme,
        fit=fit,
        criteria=criteria,
        offering=route,
        offerings=offerings,
        funding=programme.funding_for(benefit) if benefit else None,
        opener=opener,
        # Only a route that names the wish serves it: one open to every wish would otherwise tie
        # with it, and among fits "wish met" would then order nothing.
        serves_wish=person.get("wish") in wishes,
        regional=person.municipality is not None and any(not o.is_national for o in offerings),
        integrated_first=programme.integrated_care and epa_in_care(person),
    )


def _route_rank(route: Route, fit: Fit | None, person: Person) -> tuple[int, int, int, str]:
    """Best route first: the best fit, then a route the catalogue knows (before "your own
    institution"), then regional before national."""
    rank = _FIT_RANK.get(fit, 9) if fit is not None else 9
    if route is None:
        return (rank, 1, 1, "")
    return (rank, 0, 1 if route.is_national else 0, route.provider.name.casefold())


def _all_referrals(opener: Opener, openers: list[Opener | None]) -> Opener:
    # One referral opens every route to this programme: name every institution that offers it.
    providers = {org.slug: org for o in openers if o is not None for org in o.providers}
    ordered = tuple(sorted(providers.values(), key=lambda org: org.name.casefold()))
    return replace(opener, providers=ordered)


def _classify(criteria: tuple[Criterion, ...]) -> tuple[Fit | None, Opener | None]:
    """Fit, possible, near miss (with its opener) or not offered; None when left out.

    A near miss needs one change: not_met criteria that one opener opens count as one.
    """
    not_met = [c for c in criteria if c.state == NOT_MET]
    if not not_met:
        unknown = any(c.state == UNKNOWN for c in criteria)
        return (POSSIBLE if unknown else FIT), None
    if [c.key for c in not_met] == ["availability"]:
        return NOT_OFFERED, None
    openers = {c.opener for c in not_met}
    if len(openers) == 1 and None not in openers:
        return NEAR_MISS, not_met[0].opener
    return None, None


def _limits(programme: ProgrammeData, route: Route) -> rules.Limits:
    def of(item) -> rules.Limits:
        sets = {name: getattr(item, name) for name in vocab.ELIGIBILITY_CHOICES}
        return rules.Limits(sets, item.min_age, item.max_age)

    return of(programme) if route is None else rules.narrowed(of(programme), of(route))


# --- One route: every criterion -------------------------------------------------------------------


def _evaluate(programme: ProgrammeData, route: Route, person: Person, catalogue: Catalogue) -> tuple[
    Criterion, ...
]:
    limits = _limits(programme, route)
    by_key = {key: _choice(key, limits, route, person) for key in CHOICE_KEYS}
    provider = _provider(route, person, catalogue)
    by_key["care_provider"] = _referral_opens_provider(by_key["care"], provider, person)
    by_key["region"] = _region(route, person, catalogue)
    by_key["availability"] = _availability(programme, route, person, catalogue)
    by_key["age"] = _age(limits, person)
    conditions = (*programme.conditions, *(route.conditions if route is not None else ()))
    checks = tuple(check for c in conditions if (check := _condition(c, person)) is not None)
    return tuple(by_key[key] for key in CRITERION_ORDER) + checks


def _condition(condition: ConditionData, person: Person) -> Criterion | None:
    """A question to check yourself. One that the person's answers settle is not asked; one that
    they could settle but do not leaves the programme open ("past misschien"), like an unknown."""
    facts = ConditionFacts(condition.question, condition.client_text, condition.question_en,
                           condition.client_text_en)
    if not condition.settled_by:
        return Criterion(CONDITION, CHECK, facts)
    if any(_answer(person, key) in values for key, values in condition.settled_by):
        return None
    return Criterion(CONDITION, UNKNOWN, facts)


def _answer(person: Person, key: str) -> str | None:
    if key == "care_provider":
        return person.care_provider
    if key == "municipality":
        return person.municipality.code if person.municipality else None
    if key == "region":
        return person.municipality.region_code if person.municipality else None
    return person.get(key)


def _choice(key: str, limits: rules.Limits, route: Route, person: Person) -> Criterion:
    allowed = limits.sets[vocab.ELIGIBILITY_FIELDS[key]]
    value = person.get(key)
    facts = ChoiceFacts(value, allowed)
    if not allowed:
        return Criterion(key, MET, facts, open_to_all=True)
    state = UNKNOWN if value is None else MET if value in allowed else NOT_MET
    opener = _opener(key, allowed, route, person) if state == NOT_MET else None
    return Criterion(key, state, facts, opener)


_GGZ_CARE = frozenset({"specialist_ggz", "basic_ggz"})
BIJSTAND_FROM_AGE = 18  # the Participatiewet's bijstand is for people of 18 and older
AGE_WITHIN_REACH = 1  # years: someone this much younger than a programme's minimum age will soon reach it


def _opener(key: str, allowed: frozenset[str], route: Route, person: Person) -> Opener | None:
    if key == "care":
        # Only a step up in care opens anything; nobody is told to stop treatment to qualify.
        if allowed & _GGZ_CARE and person.get("care") != "specialist_ggz":
            bound = route is not None and route.requires_care_at_provider and person.care_provider is None
            return Opener(OpenerKind.GGZ_REFERRAL, providers=(route.provider,) if bound else (),
                          values=allowed & _GGZ_CARE)
        if "protected_living" in allowed:
            return Opener(OpenerKind.WMO_SUPPORT)
        return None
    if key == "benefit":
        return _benefit_opener(allowed, person)
    if key == "wish":
        return Opener(OpenerKind.OTHER_WISH, values=allowed)
    return None


def _benefit_opener(allowed: frozenset[str], person: Person) -> Opener | None:
    # Nobody changes benefit to unlock a programme: only someone without one may be entitled to one.
    if person.get("benefit") != vocab.NONE:
        return None
    applicable = allowed & (vocab.MUNICIPAL_BENEFITS | vocab.UWV_BENEFITS)
    if person.age is not None and person.age < BIJSTAND_FROM_AGE:
        applicable -= vocab.MUNICIPAL_BENEFITS
    return Opener(OpenerKind.BENEFIT_APPLICATION, values=applicable) if applicable else None


def _provider(route: Route, person: Person, catalogue: Catalogue) -> Criterion:
    own = _organisation_name(person.care_provider, catalogue)
    in_care = person.get("care") != vocab.NONE
    if route is None or not route.requires_care_at_provider:
        return Criterion("care_provider", MET, ProviderFacts(None, own, in_care), open_to_all=True)
    if person.care_provider == route.provider.slug:
        state = MET
    elif person.care_provider is None and in_care:
        state = UNKNOWN
    else:
        state = NOT_MET
    return Criterion("care_provider", state, ProviderFacts(route.provider, own, in_care))


def _referral_opens_provider(care: Criterion, provider: Criterion, person: Person) -> Criterion:
    # Someone in no care is not at the provider either: the GGZ referral that opens the care
    # criterion (it names the provider) opens this one too.
    opener = care.opener
    referral = care.state == NOT_MET and opener is not None and opener.kind == OpenerKind.GGZ_REFERRAL
    if referral and provider.state == NOT_MET and person.care_provider is None:
        return replace(provider, opener=opener)
    return provider


def _organisation_name(slug: str | None, catalogue: Catalogue) -> str:
    if slug is None or slug == vocab.OTHER_PROVIDER:
        return ""
    org: OrganisationData | None = catalogue.organisations.get(slug)
    if org is not None:
        return org.name
    offered = (o.provider for p in catalogue.programmes for o in p.offerings if o.provider.slug == slug)
    return next((org.name for org in offered), slug)


def _region(route: Route, person: Person, catalogue: Catalogue) -> Criterion:
    municipality = person.municipality
    region = catalogue.regions.get(municipality.region_code) if municipality else None
    region_name = region.name if region else (municipality.region_code if municipality else "")
    if route is None:
        # At the person's own institution, wherever that is: the availability criterion asks.
        return Criterion("region", MET, RegionFacts(municipality, region_name, "", ""), open_to_all=True)
    facts = RegionFacts(municipality, region_name, route.scope, route.provider.name)
    if municipality is not None:
        state: State = MET if rules.reaches(route, municipality) else NOT_MET
    else:
        state = MET if route.is_national else UNKNOWN
    return Criterion("region", state, facts, open_to_all=route.is_national)


def _availability(programme: ProgrammeData, route: Route, person: Person, catalogue: Catalogue) -> Criterion:
    if route is None:
        own = _organisation_name(person.care_provider, catalogue)
        facts = AvailabilityFacts(
            AvailabilityKind.ASK_INSTITUTION, programme.name, own, "", programme_en=programme.name_en)
        return Criterion("availability", UNKNOWN, facts)
    kind = AvailabilityKind(route.availability) if route.availability in set(AvailabilityKind) else (
        AvailabilityKind.OFFERED
    )
    facts = AvailabilityFacts(kind, programme.name, route.provider.name, route.note, programme.name_en,
                              route.note_en)
    if kind == AvailabilityKind.NOT_OFFERED:
        return Criterion("availability", NOT_MET, facts)
    if kind == AvailabilityKind.REPORTED:
        return Criterion("availability", UNKNOWN, facts)
    return Criterion("availability", MET, facts, open_to_all=True)


def _age(limits: rules.Limits, person: Person) -> Criterion:
    low, high, age = limits.min_age, limits.max_age, person.age
    facts = AgeFacts(low, high, age)
    if low is None and high is None:
        return Criterion("age", MET, facts, open_to_all=True)
    if age is None:
        return Criterion("age", UNKNOWN, facts)
    if high is not None and age > high:
        return Criterion("age", NOT_MET, facts)
    if low is not None and age < low:
        # Soon old enough: a real transition, if all else holds. Years away is no advice.
        opener = Opener(OpenerKind.AGE, age=low) if low - age <= AGE_WITHIN_REACH else None
        return Criterion("age", NOT_MET, facts, opener)
    return Criterion("age", MET, facts)
