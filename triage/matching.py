"""Matching: answers and a catalogue snapshot in, ordered matches out (DESIGN.md, "Matching").

Pure: no Django, no ORM, no request. Every programme gets one state per criterion (met, not met,
unknown, check); from those states it is a fit, possible, a near miss or left out. Unanswered
questions and "weet niet" are unknown, never "no". Unexpected values never raise: they are unknown.
All wording lives in the "Wording" section at the bottom.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from programmes import vocabulary as vocab
from programmes.catalogue import (
    Catalogue,
    FundingData,
    MunicipalityData,
    OfferingData,
    OrganisationData,
    ProgrammeData,
    RegionData,
)

MET = "met"
NOT_MET = "not_met"
UNKNOWN = "unknown"
CHECK = "check"

FIT = "fit"
POSSIBLE = "possible"
NEAR_MISS = "near_miss"

# The stroomschema's order; conditions ("check") come after these.
CRITERION_ORDER = (
    "concern", "care", "care_provider", "severity", "situation", "benefit", "wish", "region", "age",
)
# A not_met on these can change (a referral, an application, another wish); on the rest it cannot.
CHANGEABLE = frozenset({"care", "benefit", "wish"})
OTHER_PROVIDER = "other"


@dataclass(frozen=True)
class Criterion:
    key: str  # one of CRITERION_ORDER, or "condition"
    state: str  # met | not_met | unknown | check
    text: str  # client wording, B1, "u"-form
    professional_text: str  # klantmanager / trajectbegeleider wording
    opener: str = ""  # for a not_met that can change: what would open it
    open_to_all: bool = False  # the programme sets no limit here (a page may hide these)


@dataclass(frozen=True)
class Match:
    programme: ProgrammeData
    fit: str  # fit | possible | near_miss
    criteria: tuple[Criterion, ...]
    offerings: tuple[OfferingData, ...]  # serving this person: regional first, national last
    funding: FundingData | None
    opener: str  # near_miss only
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


def match(answers: Mapping[str, str | int], catalogue: Catalogue) -> MatchResult:
    person = _person(answers, catalogue)
    assessed = [
        _assess(p, person, catalogue)
        for p in catalogue.programmes
        if p.status == "published" and not _surely_left_out(p, person)
    ]
    found = sorted((m for m in assessed if m is not None), key=_order)
    return MatchResult(
        region=_region_of(person, catalogue),
        matches=tuple(m for m in found if m.fit in (FIT, POSSIBLE)),
        near_misses=tuple(m for m in found if m.fit == NEAR_MISS),
    )


def criteria_for(programme: ProgrammeData, answers: Mapping[str, str | int], catalogue: Catalogue) -> tuple[
    Criterion, ...
]:
    """Every criterion of one programme, also when it is left out (e.g. "why not this one?")."""
    return _evaluate(programme, _person(answers, catalogue), catalogue)[0]


# --- The person: answers cleaned once; anything unrecognised becomes None (= unknown) ----------


_CHOICES: dict[str, tuple[tuple[str, str], ...]] = {
    "concern": vocab.CONCERNS,
    "care": vocab.CARE,
    "severity": vocab.SEVERITIES,
    "situation": vocab.SITUATIONS,
    "benefit": vocab.BENEFITS,
    "wish": vocab.WISHES,
}
# Where each answer's eligibility set lives on a programme.
_PROGRAMME_SETS = {
    "concern": "concerns",
    "care": "care",
    "severity": "severities",
    "situation": "situations",
    "benefit": "benefits",
    "wish": "wishes",
}


@dataclass(frozen=True)
class _Person:
    choices: Mapping[str, str]  # key → recognised value; absent = unknown
    care_provider: str | None
    municipality: MunicipalityData | None
    age: int | None

    def get(self, key: str) -> str | None:
        return self.choices.get(key)


def _person(answers: Mapping[str, Any], catalogue: Catalogue) -> _Person:
    answers = answers if isinstance(answers, Mapping) else {}
    choices = {key: value for key in _CHOICES if (value := _choice(answers, key)) is not None}
    return _Person(
        choices=choices,
        care_provider=_care_provider(answers.get("care_provider"), catalogue),
        municipality=_municipality(answers.get("municipality"), catalogue),
        age=_age(answers.get("age")),
    )


def _choice(answers: Mapping[str, Any], key: str) -> str | None:
    value = answers.get(key)
    if not isinstance(value, str) or value in vocab.UNKNOWN_VALUES:
        return None
    return value if value in dict(_CHOICES[key]) else None


def _care_provider(value: Any, catalogue: Catalogue) -> str | None:
    if not isinstance(value, str):
        return None
    if value == OTHER_PROVIDER or value in catalogue.organisations:
        return value
    offered_by = {o.provider.slug for p in catalogue.programmes for o in p.offerings}
    return value if value in offered_by else None


def _municipality(value: Any, catalogue: Catalogue) -> MunicipalityData | None:
    return catalogue.municipalities.get(value) if isinstance(value, str) else None


def _age(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return int(value.strip())
    return None


def _region_of(person: _Person, catalogue: Catalogue) -> RegionData | None:
    return catalogue.region_of(person.municipality.code) if person.municipality else None


# --- One programme ---------------------------------------------------------------------------


_NEVER_OPENED = ("concern", "severity", "situation")


def _surely_left_out(programme: ProgrammeData, person: _Person) -> bool:
    """A cheap first look, without wording: a not_met that nothing can open leaves the programme
    out whatever else holds (see _classify). Exactly the same outcome, at a fraction of the cost
    for large catalogues: texts are built only for programmes that may be shown."""
    for key in _NEVER_OPENED:
        allowed: frozenset[str] = getattr(programme, _PROGRAMME_SETS[key])
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
    return municipality is not None and not any(_serves(o, municipality) for o in programme.offerings)


def _assess(programme: ProgrammeData, person: _Person, catalogue: Catalogue) -> Match | None:
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


def _evaluate(programme: ProgrammeData, person: _Person, catalogue: Catalogue) -> tuple[
    tuple[Criterion, ...], _Reach
]:
    reach = _reach(programme, person)
    by_key = {key: _set_criterion(key, programme, person, reach) for key in _CHOICES}
    provider = _provider_criterion(reach, person, catalogue)
    by_key["care_provider"] = _referral_opens_provider(by_key["care"], provider, person)
    by_key["region"] = _region_criterion(programme, person, reach, catalogue)
    by_key["age"] = _age_criterion(programme, person)
    checks = tuple(_condition_criterion(c.question, c.client_text) for c in programme.conditions)
    return tuple(by_key[key] for key in CRITERION_ORDER) + checks, reach


def _referral_opens_provider(care: Criterion, provider: Criterion, person: _Person) -> Criterion:
    # Someone in no care is not at the provider either: the GGZ referral that opens the care
    # criterion (it names the providers) opens this one too.
    referral = care.state == NOT_MET and care.opener.startswith(_REFERRAL_GGZ)
    if referral and provider.state == NOT_MET and person.care_provider is None:
        return replace(provider, opener=care.opener)
    return provider


def _serves_wish(programme: ProgrammeData, person: _Person) -> bool:
    # Only a programme that names the wish serves it: one open to every wish would otherwise
    # tie with it, and among fits "wish met" would then order nothing.
    return person.get("wish") in programme.wishes


def _funding(programme: ProgrammeData, person: _Person) -> FundingData | None:
    benefit = person.get("benefit")
    return programme.funding_for(benefit) if benefit else None


def _classify(criteria: tuple[Criterion, ...]) -> tuple[str | None, str]:
    """Fit, possible or near miss (with its opener); None when the programme is left out.

    A near miss needs one change: not_met criteria that one opener opens count as one.
    """
    not_met = [c for c in criteria if c.state == NOT_MET]
    if not not_met:
        unknown = any(c.state == UNKNOWN for c in criteria)
        return (POSSIBLE if unknown else FIT), ""
    openers = {c.opener for c in not_met}
    if len(openers) == 1 and all(c.opener for c in not_met):
        return NEAR_MISS, not_met[0].opener
    return None, ""


def _order(m: Match) -> tuple[int, int, int, int, float, int, str, str]:
    rank = vocab.RECOGNITION_RANK.get(m.programme.recognition_level, 0)
    pct = m.programme.kind.median_paid_work_pct
    return (
        0 if m.fit == FIT else 1,
        0 if m.serves_wish else 1,
        -rank,
        1 if pct is None else 0,
        -(pct or 0.0),
        0 if m.regional else 1,
        m.programme.name.casefold(),
        m.programme.slug,
    )


# --- Where, and at which provider: the offerings that serve this person -----------------------


@dataclass(frozen=True)
class _Reach:
    region_state: str
    by_region: tuple[OfferingData, ...]  # serving the person's gemeente (or could, when unknown)
    offerings: tuple[OfferingData, ...]  # also allowed by the care_provider rule; regional first
    required_providers: tuple[OrganisationData, ...]  # set when every serving offering requires care there
    regional: bool


def _reach(programme: ProgrammeData, person: _Person) -> _Reach:
    region_state, by_region = _by_region(programme.offerings, person.municipality)
    required = _required_providers(by_region)
    offerings = by_region if _provider_unknown_or_referral(person, required) else _by_provider(
        by_region, person
    )
    offerings = tuple(sorted(offerings, key=lambda o: o.is_national))
    regional = person.municipality is not None and any(not o.is_national for o in offerings)
    return _Reach(region_state, by_region, offerings, required, regional)


def _by_region(
    offerings: tuple[OfferingData, ...], municipality: MunicipalityData | None
) -> tuple[str, tuple[OfferingData, ...]]:
    if municipality is not None:
        serving = tuple(o for o in offerings if _serves(o, municipality))
        return (MET if serving else NOT_MET), serving
    could = tuple(o for o in offerings if o.scope in {"national", "regions", "municipalities"})
    if any(o.is_national for o in could):
        return MET, could
    return (UNKNOWN if could else NOT_MET), could


def _serves(offering: OfferingData, municipality: MunicipalityData) -> bool:
    if offering.scope == "national":
        return True
    if offering.scope == "regions":
        return municipality.region_code in offering.region_codes
    if offering.scope == "municipalities":
        return municipality.code in offering.municipality_codes
    return False


def _required_providers(offerings: tuple[OfferingData, ...]) -> tuple[OrganisationData, ...]:
    if not offerings or not all(o.requires_care_at_provider for o in offerings):
        return ()
    unique = {o.provider.slug: o.provider for o in offerings}
    return tuple(sorted(unique.values(), key=lambda org: org.name.casefold()))


def _provider_unknown_or_referral(person: _Person, required: tuple[OrganisationData, ...]) -> bool:
    # Unknown provider: every offering could serve. No care and only provider-bound offerings:
    # keep them all, as a referral could open any of them.
    return person.care_provider is None and (person.get("care") != "none" or bool(required))


def _by_provider(offerings: tuple[OfferingData, ...], person: _Person) -> tuple[OfferingData, ...]:
    return tuple(
        o for o in offerings
        if not o.requires_care_at_provider or o.provider.slug == person.care_provider
    )


# --- Criteria ----------------------------------------------------------------------------------


def _set_criterion(key: str, programme: ProgrammeData, person: _Person, reach: _Reach) -> Criterion:
    allowed: frozenset[str] = getattr(programme, _PROGRAMME_SETS[key])
    value = person.get(key)
    professional = _professional_extra(key, programme, person)
    if not allowed:
        return Criterion(key, MET, _open_text(key), _open_professional(key) + professional, open_to_all=True)
    state = UNKNOWN if value is None else MET if value in allowed else NOT_MET
    opener = _opener(key, programme, person, reach) if state == NOT_MET else ""
    return Criterion(
        key,
        state,
        _choice_text(key, value, allowed),
        _choice_professional(key, value, allowed) + professional,
        opener,
    )


def _professional_extra(key: str, programme: ProgrammeData, person: _Person) -> str:
    return _funding_professional(programme, person.get("benefit")) if key == "benefit" else ""


def _opener(key: str, programme: ProgrammeData, person: _Person, reach: _Reach) -> str:
    if key == "care":
        return _care_opener(programme.care, person, reach.required_providers)
    if key == "benefit":
        return _benefit_opener(programme.benefits)
    if key == "wish":
        return _wish_opener(programme.wishes)
    return ""


def _provider_criterion(reach: _Reach, person: _Person, catalogue: Catalogue) -> Criterion:
    required = reach.required_providers
    if not required:
        bound = any(o.requires_care_at_provider for o in reach.by_region)
        return Criterion("care_provider", MET, *_provider_open_texts(bound), open_to_all=not bound)
    slugs = {org.slug for org in required}
    if person.care_provider in slugs:
        state = MET
    elif person.care_provider is None and person.get("care") != "none":
        state = UNKNOWN
    else:
        state = NOT_MET
    own = _organisation_name(person.care_provider, catalogue)
    return Criterion("care_provider", state, *_provider_texts(state, required, own, person))


def _organisation_name(slug: str | None, catalogue: Catalogue) -> str:
    if slug is None or slug == OTHER_PROVIDER:
        return ""
    org = catalogue.organisations.get(slug)
    if org is not None:
        return org.name
    offered = (o.provider for p in catalogue.programmes for o in p.offerings if o.provider.slug == slug)
    return next((org.name for org in offered), slug)


def _region_criterion(
    programme: ProgrammeData, person: _Person, reach: _Reach, catalogue: Catalogue
) -> Criterion:
    everywhere = bool(programme.offerings) and all(o.is_national for o in programme.offerings)
    texts = _region_texts(reach, person.municipality, catalogue)
    return Criterion("region", reach.region_state, *texts, open_to_all=everywhere)


def _age_criterion(programme: ProgrammeData, person: _Person) -> Criterion:
    low, high, age = programme.min_age, programme.max_age, person.age
    if low is None and high is None:
        return Criterion("age", MET, *_age_texts(None, None, age), open_to_all=True)
    if age is None:
        state = UNKNOWN
    else:
        state = MET if (low is None or age >= low) and (high is None or age <= high) else NOT_MET
    return Criterion("age", state, *_age_texts(low, high, age))


def _condition_criterion(question: str, client_text: str) -> Criterion:
    return Criterion("condition", CHECK, client_text or question, question)


# --- Wording: all client (B1, "u"-form) and professional texts ---------------------------------


@dataclass(frozen=True)
class _Wording:
    you: str  # what the person answered, {value}
    unknown: str  # the question is open
    wanted: str  # who the programme is for, {values}
    open: str  # the programme sets no limit
    noun: str  # professional: the dimension's name


_WORDING = {
    "concern": _Wording(
        you="U gaf aan: {value}.",
        unknown="We weten nog niet om welke klachten het gaat.",
        wanted="Dit traject is voor: {values}.",
        open="Dit traject staat open voor iedereen, welke klachten u ook heeft.",
        noun="Doelgroep",
    ),
    "care": _Wording(
        you="Uw zorg of begeleiding: {value}.",
        unknown="We weten nog niet of u zorg of begeleiding krijgt.",
        wanted="Dit traject is voor mensen met deze zorg of begeleiding: {values}.",
        open="Dit traject staat open voor iedereen, welke zorg of begeleiding u ook krijgt.",
        noun="Zorg",
    ),
    "severity": _Wording(
        you="U gaf aan: {value}.",
        unknown="We weten nog niet hoe ernstig uw klachten zijn.",
        wanted="Dit traject is voor mensen met {values}.",
        open="Dit traject staat open voor iedereen, hoe ernstig uw klachten ook zijn.",
        noun="Ernst (EPA)",
    ),
    "situation": _Wording(
        you="Uw werksituatie: {value}.",
        unknown="We weten nog niet wat uw werksituatie is.",
        wanted="Dit traject is voor deze werksituatie: {values}.",
        open="Dit traject staat open voor iedereen, wat uw werksituatie ook is.",
        noun="Werksituatie",
    ),
    "benefit": _Wording(
        you="Uw uitkering: {value}.",
        unknown="We weten nog niet welke uitkering u heeft.",
        wanted="Dit traject is voor deze uitkering: {values}.",
        open="Dit traject staat open voor iedereen, welke uitkering u ook heeft.",
        noun="Uitkering",
    ),
    "wish": _Wording(
        you="Uw wens: {value}.",
        unknown="We weten nog niet wat u wilt.",
        wanted="Dit traject helpt bij: {values}.",
        open="Dit traject past bij elke wens.",
        noun="Ondersteuningswens",
    ),
}

# The severity labels are answers ("Ja, ..."); in a sentence we need the thing itself.
_SEVERITY_PHRASES = {
    "severe": "ernstige, langdurige psychische problemen (EPA)",
    "mild_moderate": "lichte of matige klachten",
}
# Names of laws and benefits keep their capital inside a sentence.
_PROPER_NOUNS = frozenset({"wajong", "ziektewet"})

_REFERRAL_GGZ = "Een verwijzing naar de GGZ via de huisarts"
_REFERRAL_WMO = "Begeleiding aanvragen bij de gemeente (Wmo)"
# Nobody chooses a benefit: the opener says which one the programme needs, and where to ask
# whether the person is entitled to it.
_BENEFIT_OPENERS = (
    (frozenset({"bijstand"}), "Recht op bijstand? Vraag die aan bij de gemeente."),
    (frozenset({"ww"}), "Recht op WW? Vraag die aan bij het UWV."),
    (
        frozenset({"wia_wga", "wia_iva", "wajong", "ziektewet", "wao_waz"}),
        "Recht op een WIA-, Wajong-, Ziektewet- of WAO-uitkering? Vraag die aan bij het UWV.",
    ),
)
_MAX_NAMES = 5


@lru_cache(maxsize=8192)
def _phrase(key: str, value: str) -> str:
    """A vocabulary label as it reads inside a sentence."""
    if key == "severity" and value in _SEVERITY_PHRASES:
        return _SEVERITY_PHRASES[value]
    text = vocab.label(_CHOICES[key], value)
    if value in _PROPER_NOUNS or len(text) < 2 or text[1].isupper():
        return text
    return text[0].lower() + text[1:]


def _join_or(items: Iterable[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " of " + items[-1]


def _in_vocabulary_order(key: str, values: Iterable[str]) -> list[str]:
    order = {k: i for i, (k, _label) in enumerate(_CHOICES[key])}
    return sorted(values, key=lambda v: (order.get(v, len(order)), v))


@lru_cache(maxsize=8192)
def _choice_text(key: str, value: str | None, allowed: frozenset[str]) -> str:
    wording = _WORDING[key]
    first = wording.unknown if value is None else wording.you.format(value=_phrase(key, value))
    values = _join_or(_phrase(key, v) for v in _in_vocabulary_order(key, allowed))
    return f"{first} {wording.wanted.format(values=values)}"


@lru_cache(maxsize=8192)
def _choice_professional(key: str, value: str | None, allowed: frozenset[str]) -> str:
    labels = ", ".join(vocab.label(_CHOICES[key], v) for v in _in_vocabulary_order(key, allowed))
    answer = "onbekend" if value is None else vocab.label(_CHOICES[key], value)
    return f"{_WORDING[key].noun}: traject voor {labels}. Cliënt: {answer}."


@lru_cache(maxsize=8192)
def _open_text(key: str) -> str:
    return _WORDING[key].open


@lru_cache(maxsize=8192)
def _open_professional(key: str) -> str:
    return f"{_WORDING[key].noun}: geen eis."


def _funding_line(row: FundingData) -> str:
    line = f"{row.payer}, uit {row.budget}; aanvraag door {row.applicant}"
    return f"{line} ({row.legal_basis})" if row.legal_basis else line


def _funding_professional(programme: ProgrammeData, benefit: str | None) -> str:
    row = programme.funding_for(benefit) if benefit else None
    if row is not None:
        return f" Financiering: {_funding_line(row)}."
    if benefit is None and programme.funding:
        routes = "; ".join(
            f"{vocab.label(vocab.BENEFITS, r.benefit)}: {_funding_line(r)}" for r in programme.funding
        )
        return f" Financiering hangt af van de uitkering. {routes}."
    return ""


def _care_opener(allowed: frozenset[str], person: _Person, required: tuple[OrganisationData, ...]) -> str:
    # Only a step up in care opens anything; nobody is told to stop treatment to qualify.
    if allowed & {"specialist_ggz", "basic_ggz"} and person.get("care") != "specialist_ggz":
        at = f", bij {_names(required)}" if required and person.care_provider is None else ""
        return _REFERRAL_GGZ + at
    if "protected_living" in allowed:
        return _REFERRAL_WMO
    return ""


@lru_cache(maxsize=8192)
def _benefit_opener(allowed: frozenset[str]) -> str:
    # A programme only for people without a benefit cannot be opened by giving one up.
    routes = [text for benefits, text in _BENEFIT_OPENERS if allowed & benefits]
    if not routes:
        return ""
    return " ".join(routes)


@lru_cache(maxsize=8192)
def _wish_opener(allowed: frozenset[str]) -> str:
    values = _join_or(_phrase("wish", v) for v in _in_vocabulary_order("wish", allowed))
    return f"Als u ook open staat voor: {values}"


def _names(orgs: Iterable[OrganisationData]) -> str:
    names = [org.name for org in orgs]
    if len(names) > _MAX_NAMES:
        rest = len(names) - _MAX_NAMES + 1
        return ", ".join(names[: _MAX_NAMES - 1]) + f" of {rest} andere instellingen"
    return _join_or(names)


def _provider_open_texts(bound: bool) -> tuple[str, str]:
    if bound:
        return (
            "U kunt dit traject ook volgen als u niet bij een van deze GGZ-instellingen in behandeling bent.",
            "Ook aanbod zonder voorwaarde van zorg bij de aanbieder.",
        )
    return (
        "U hoeft niet bij een bepaalde GGZ-instelling in behandeling te zijn.",
        "Zorg bij de aanbieder: geen eis.",
    )


def _provider_texts(
    state: str, required: tuple[OrganisationData, ...], own: str, person: _Person
) -> tuple[str, str]:
    names = _names(required)
    rule = f"Dit traject is alleen voor mensen die in behandeling zijn bij {names}."
    professional = f"Alleen voor cliënten in zorg bij de aanbieder: {names}."
    if state == MET:
        return f"U bent in behandeling bij {own}. Daar kunt u dit traject volgen.", (
            f"{professional} Cliënt: {own}."
        )
    if state == UNKNOWN:
        return f"We weten nog niet bij welke GGZ-instelling u in behandeling bent. {rule}", (
            f"{professional} Cliënt: instelling onbekend."
        )
    if person.get("care") == "none":
        return f"U krijgt nu geen behandeling bij een GGZ-instelling. {rule}", (
            f"{professional} Cliënt: geen GGZ-zorg."
        )
    where = f"bij {own}" if own else "bij een andere instelling"
    return f"U bent in behandeling {where}. {rule}", f"{professional} Cliënt: in zorg {where}."


def _region_name(catalogue: Catalogue, code: str) -> str:
    region = catalogue.regions.get(code)
    return region.name if region else code


def _region_texts(reach: _Reach, municipality: MunicipalityData | None, catalogue: Catalogue) -> tuple[
    str, str
]:
    providers = _join_or(sorted({o.provider.name for o in reach.by_region}))
    if municipality is None:
        return _region_texts_unknown_place(reach, providers)
    place = f"U woont in {municipality.name}."
    region = _region_name(catalogue, municipality.region_code)
    area = f"gemeente {municipality.name}, arbeidsmarktregio {region}"
    if reach.region_state == NOT_MET:
        return f"{place} Dit traject wordt daar niet aangeboden.", f"Geen aanbod voor {area}."
    if any(o.scope == "municipalities" for o in reach.by_region):
        return f"{place} Dit traject wordt aangeboden in uw gemeente.", f"Aanbod in {area}: {providers}."
    if any(o.scope == "regions" for o in reach.by_region):
        return f"{place} Dit traject wordt aangeboden in uw regio {region}.", (
            f"Aanbod in {area}: {providers}."
        )
    return f"{place} Dit traject is er in heel Nederland.", f"Landelijk aanbod: {providers}."


def _region_texts_unknown_place(reach: _Reach, providers: str) -> tuple[str, str]:
    if reach.region_state == MET:
        return "Dit traject is er in heel Nederland.", f"Landelijk aanbod: {providers}."
    if reach.region_state == UNKNOWN:
        return (
            "We weten nog niet waar u woont. Dit traject is er alleen in sommige delen van Nederland.",
            f"Woonplaats onbekend; alleen regionaal aanbod ({len(reach.by_region)} aanbieders).",
        )
    return "Dit traject wordt op dit moment nergens aangeboden.", "Geen aanbod in de catalogus."


def _age_bounds(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return f"van {low} tot en met {high} jaar"
    return f"vanaf {low} jaar" if low is not None else f"tot en met {high} jaar"


def _age_texts(low: int | None, high: int | None, age: int | None) -> tuple[str, str]:
    if low is None and high is None:
        return "Dit traject heeft geen leeftijdsgrens.", "Leeftijd: geen eis."
    bounds = _age_bounds(low, high)
    first = "We weten nog niet hoe oud u bent." if age is None else f"U bent {age} jaar."
    client_age = "onbekend" if age is None else f"{age} jaar"
    return f"{first} Dit traject is voor mensen {bounds}.", f"Leeftijd {bounds}. Cliënt: {client_age}."
