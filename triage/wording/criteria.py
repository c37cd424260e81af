"""The words for each criterion of a match and for the openers of near misses."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from programmes import vocabulary as vocab
from programmes.catalogue import (
    FundingData,
    ProgrammeData,
)
from triage.outcome import (
    MET,
    NOT_MET,
    UNKNOWN,
    AgeFacts,
    AvailabilityFacts,
    AvailabilityKind,
    ChoiceFacts,
    ConditionFacts,
    Criterion,
    Opener,
    ProviderFacts,
    RegionFacts,
)
from triage.wording.openers import opener_text
from triage.wording.phrases import join_and, join_or, phrase

STATE_WORDS = {
    "met": ("✓", "Voldoet"),
    "not_met": ("✗", "Voldoet niet"),
    "unknown": ("?", "Nog onbekend"),
    "check": ("!", "Zelf nagaan"),
}
FIT_WORDS = {
    "fit": ("✓", "Past"),
    "possible": ("?", "Past misschien"),
    "near_miss": ("→", "Past bijna"),
    "not_offered": ("✗", "Hier niet aangeboden"),
}
CRITERION_TITLES = {
    "concern": "om wie gaat het",
    "care": "zorg of begeleiding",
    "care_provider": "GGZ-instelling",
    "severity": "ernst van de klachten",
    "situation": "werksituatie",
    "benefit": "uitkering",
    "wish": "wens",
    "region": "woonplaats",
    "availability": "of het er is",
    "age": "leeftijd",
}


def state_words(state: str) -> tuple[str, str]:
    return STATE_WORDS.get(state, ("", state))


def fit_words(fit: str) -> tuple[str, str]:
    return FIT_WORDS.get(fit, ("", fit))


# --- Criteria ---------------------------------------------------------------------------------


def criterion_text(c: Criterion, programme: ProgrammeData, *, professional: bool) -> str:
    """The line a card shows for one criterion."""
    facts = c.facts
    if isinstance(facts, ChoiceFacts):
        if not facts.allowed:
            text = _open_professional(c.key) if professional else _open_text(c.key)
        elif professional:
            text = _choice_professional(c.key, facts.value, facts.allowed)
        else:
            text = _choice_text(c.key, facts.value, facts.allowed)
        if professional and c.key == "benefit":
            text += _funding_professional(programme, facts.value)
        return text
    if isinstance(facts, ProviderFacts):
        return _provider_texts(c.state, facts)[professional]
    if isinstance(facts, RegionFacts):
        return _region_texts(c.state, facts)[professional]
    if isinstance(facts, AvailabilityFacts):
        return availability_texts(facts)[professional]
    if isinstance(facts, AgeFacts):
        return _age_texts(facts)[professional]
    if isinstance(facts, ConditionFacts):
        return facts.question if professional else (facts.client_text or facts.question)
    return ""


@dataclass(frozen=True)
class _Dimension:
    you: str  # what the person answered, {value}
    unknown: str  # the question is open
    wanted: str  # who the programme is for, {values}
    open: str  # the programme sets no limit
    noun: str  # professional: the dimension's name


_DIMENSIONS = {
    "concern": _Dimension(
        you="U gaf aan: {value}.",
        unknown="We weten nog niet om welke klachten het gaat.",
        wanted="Dit traject is voor: {values}.",
        open="Dit traject staat open voor iedereen, welke klachten u ook heeft.",
        noun="Doelgroep",
    ),
    "care": _Dimension(
        you="Uw zorg of begeleiding: {value}.",
        unknown="We weten nog niet of u zorg of begeleiding krijgt.",
        wanted="Dit traject is voor mensen met deze zorg of begeleiding: {values}.",
        open="Dit traject staat open voor iedereen, welke zorg of begeleiding u ook krijgt.",
        noun="Zorg",
    ),
    "severity": _Dimension(
        you="U gaf aan: {value}.",
        unknown="We weten nog niet hoe ernstig uw klachten zijn.",
        wanted="Dit traject is voor mensen met {values}.",
        open="Dit traject staat open voor iedereen, hoe ernstig uw klachten ook zijn.",
        noun="Ernst (EPA)",
    ),
    "situation": _Dimension(
        you="Uw werksituatie: {value}.",
        unknown="We weten nog niet wat uw werksituatie is.",
        wanted="Dit traject is voor deze werksituatie: {values}.",
        open="Dit traject staat open voor iedereen, wat uw werksituatie ook is.",
        noun="Werksituatie",
    ),
    "benefit": _Dimension(
        you="Uw uitkering: {value}.",
        unknown="We weten nog niet welke uitkering u heeft.",
        wanted="Dit traject is voor deze uitkering: {values}.",
        open="Dit traject staat open voor iedereen, welke uitkering u ook heeft.",
        noun="Uitkering",
    ),
    "wish": _Dimension(
        you="Uw wens: {value}.",
        unknown="We weten nog niet wat u wilt.",
        wanted="Dit traject helpt bij: {values}.",
        open="Dit traject past bij elke wens.",
        noun="Ondersteuningswens",
    ),
}


@lru_cache(maxsize=8192)
def _choice_text(key: str, value: str | None, allowed: frozenset[str]) -> str:
    dimension = _DIMENSIONS[key]
    first = dimension.unknown if value is None else dimension.you.format(value=phrase(key, value))
    values = join_or(phrase(key, v) for v in vocab.in_order(key, allowed))
    return f"{first} {dimension.wanted.format(values=values)}"


@lru_cache(maxsize=8192)
def _choice_professional(key: str, value: str | None, allowed: frozenset[str]) -> str:
    choices = vocab.choices(vocab.DIMENSIONS[key])
    labels = ", ".join(vocab.label(choices, v) for v in vocab.in_order(key, allowed))
    answer = "onbekend" if value is None else vocab.label(choices, value)
    return f"{_DIMENSIONS[key].noun}: traject voor {labels}. Cliënt: {answer}."


def _open_text(key: str) -> str:
    return _DIMENSIONS[key].open


def _open_professional(key: str) -> str:
    return f"{_DIMENSIONS[key].noun}: geen eis."


# --- Funding ----------------------------------------------------------------------------------


def payer_text(row: FundingData) -> str:
    """Who pays and from which budget: what a card shows at a glance."""
    return f"{row.payer} betaalt, uit {row.budget}."


def funding_text(row: FundingData, *, professional: bool) -> str:
    """Who pays, from which budget, and who applies; professionals also read the legal basis."""
    line = f"{payer_text(row)} Aanvragen: {row.applicant}."
    if professional and row.legal_basis:
        line += f" Grondslag: {row.legal_basis}."
    return line


def funding_routes(programme: ProgrammeData) -> tuple[str, ...]:
    """Every funding route, per benefit: for when the person's benefit is not known."""
    return tuple(
        f"{vocab.label(vocab.BENEFITS, f.benefit)}: {f.payer} ({f.budget})" for f in programme.funding
    )


def _funding_professional(programme: ProgrammeData, benefit: str | None) -> str:
    row = programme.funding_for(benefit) if benefit else None
    if row is not None:
        return f" Financiering: {funding_text(row, professional=True)}"
    if benefit is None and programme.funding:
        return " Financiering hangt af van de uitkering. " + "; ".join(funding_routes(programme)) + "."
    return ""


# --- Provider, region, age ---------------------------------------------------------------------


def _provider_texts(state: str, facts: ProviderFacts) -> tuple[str, str]:
    if facts.provider is None:
        return (
            "U hoeft niet bij een bepaalde GGZ-instelling in behandeling te zijn.",
            "Zorg bij de aanbieder: geen eis.",
        )
    who = facts.provider.name
    rule = f"Hier is dit traject alleen voor mensen die in behandeling zijn bij {who}."
    professional = f"Alleen voor cliënten in zorg bij {who}."
    own = facts.own
    if state == MET:
        return f"U bent in behandeling bij {own}. Daar kunt u dit traject volgen.", (
            f"{professional} Cliënt: {own}."
        )
    if state == UNKNOWN:
        return f"We weten nog niet bij welke GGZ-instelling u in behandeling bent. {rule}", (
            f"{professional} Cliënt: instelling onbekend."
        )
    if not facts.in_care:
        return f"U krijgt nu geen behandeling bij een GGZ-instelling. {rule}", (
            f"{professional} Cliënt: geen GGZ-zorg."
        )
    where = f"bij {own}" if own else "bij een andere instelling"
    return f"U bent in behandeling {where}. {rule}", f"{professional} Cliënt: in zorg {where}."


def _region_texts(state: str, facts: RegionFacts) -> tuple[str, str]:
    municipality, provider = facts.municipality, facts.provider
    if facts.scope == "nowhere":
        return "Dit traject wordt op dit moment nergens aangeboden.", "Geen aanbod in de catalogus."
    if not facts.scope:
        return (
            "Dit traject bieden GGZ-instellingen zelf aan, niet overal.",
            "Aangeboden door GGZ-instellingen, niet overal.",
        )
    if facts.scope == vocab.Scope.NATIONAL:
        return "Dit traject is er in heel Nederland.", f"Landelijk aanbod: {provider}."
    if municipality is None:
        return (
            "We weten nog niet waar u woont. Dit aanbod is er alleen in sommige delen van Nederland.",
            f"Woonplaats onbekend; aanbod van {provider} alleen in een deel van Nederland.",
        )
    place = f"U woont in {municipality.name}."
    area = f"gemeente {municipality.name}, arbeidsmarktregio {facts.region_name}"
    if state == NOT_MET:
        return f"{place} Dit aanbod van {provider} is daar niet.", f"Geen aanbod van {provider} voor {area}."
    if facts.scope == vocab.Scope.MUNICIPALITIES:
        return f"{place} {provider} biedt dit aan in uw gemeente.", f"Aanbod in {area}: {provider}."
    return f"{place} {provider} biedt dit aan in uw regio {facts.region_name}.", (
        f"Aanbod in {area}: {provider}."
    )


def availability_texts(facts: AvailabilityFacts, *, with_note: bool = True) -> tuple[str, str]:
    """Whether the offer is really there, as far as the sources tell (client, professional)."""
    note = f" {facts.note}" if facts.note and with_note else ""
    if facts.kind == AvailabilityKind.ASK_INSTITUTION:
        who = facts.provider or "uw GGZ-instelling"
        whose = facts.provider or "de GGZ-instelling van de cliënt"
        return (
            f"Biedt {who} {facts.programme} aan? Vraag het uw behandelaar.",
            f"Aangeboden door GGZ-instellingen, niet overal. De catalogus weet niet of {whose} het "
            "aanbiedt: ga het na bij de behandelaar.",
        )
    if facts.kind == AvailabilityKind.REPORTED:
        return (
            f"Een oudere bron noemt dit aanbod bij {facts.provider}. Vraag na of het er nog is.{note}",
            f"Gemeld in een oudere of regionale bron; ga na of {facts.provider} het nog aanbiedt.{note}",
        )
    if facts.kind == AvailabilityKind.NOT_OFFERED:
        return (
            f"Volgens de bron biedt {facts.provider} dit hier niet aan.{note}",
            f"Niet aangeboden bij {facts.provider}, volgens de bron.{note}",
        )
    return (
        f"Een bron bevestigt dat {facts.provider} dit hier aanbiedt.",
        f"Aanbod bevestigd door een bron: {facts.provider}.",
    )


def _age_texts(facts: AgeFacts) -> tuple[str, str]:
    if facts.low is None and facts.high is None:
        return "Dit traject heeft geen leeftijdsgrens.", "Leeftijd: geen eis."
    bounds = vocab.age_range(facts.low, facts.high)
    age = facts.age
    first = "We weten nog niet hoe oud u bent." if age is None else f"U bent {age} jaar."
    client_age = "onbekend" if age is None else f"{age} jaar"
    return f"{first} Dit traject is voor mensen {bounds}.", f"Leeftijd {bounds}. Cliënt: {client_age}."


# --- One line per card: why it fits, or what is still open ------------------------------------------

_STILL_OPEN = {
    "concern": "om welke klachten het gaat",
    "care": "welke zorg of begeleiding u krijgt",
    "care_provider": "bij welke GGZ-instelling u in behandeling bent",
    "severity": "hoe ernstig de klachten zijn",
    "situation": "wat uw werksituatie is",
    "benefit": "welke uitkering u heeft",
    "wish": "wat u wilt",
    "region": "waar u woont",
    "age": "hoe oud u bent",
}
_STILL_OPEN_PROFESSIONAL = {
    "concern": "om welke klachten het gaat",
    "care": "welke zorg of begeleiding de cliënt krijgt",
    "care_provider": "bij welke GGZ-instelling de cliënt in behandeling is",
    "severity": "hoe ernstig de klachten zijn",
    "situation": "wat de werksituatie is",
    "benefit": "welke uitkering de cliënt heeft",
    "wish": "wat de cliënt wil",
    "region": "waar de cliënt woont",
    "age": "hoe oud de cliënt is",
}
_STILL_OPEN_AVAILABILITY = {
    AvailabilityKind.ASK_INSTITUTION: ("of uw GGZ-instelling dit aanbiedt",
                                       "of de GGZ-instelling van de cliënt dit aanbiedt"),
    AvailabilityKind.REPORTED: ("of dit aanbod er nog is", "of dit aanbod er nog is"),
}


def _still_open(c: Criterion, professional: bool) -> str:
    facts = c.facts
    if isinstance(facts, AvailabilityFacts):
        return _STILL_OPEN_AVAILABILITY.get(facts.kind, ("", ""))[professional]
    if isinstance(facts, ConditionFacts):
        question = facts.question if professional else (facts.client_text or facts.question)
        return question[:1].lower() + question[1:].rstrip("?")
    return (_STILL_OPEN_PROFESSIONAL if professional else _STILL_OPEN).get(c.key, "")


def _fits_because(c: Criterion, professional: bool) -> str:
    """A short phrase for a met criterion that sets a limit ("" for one that tells nothing)."""
    facts = c.facts
    if isinstance(facts, ChoiceFacts) and facts.value and c.key in {"severity", "care", "benefit", "wish"}:
        value = phrase(c.key, facts.value)
        if c.key == "wish":
            return f"{'wens' if professional else 'uw wens'}: {value}"
        return value
    if isinstance(facts, ProviderFacts) and facts.provider is not None:
        return f"in behandeling bij {facts.provider.name}"
    if isinstance(facts, RegionFacts) and facts.municipality is not None:
        if facts.scope == vocab.Scope.REGIONS:
            return f"in {facts.region_name}"
        if facts.scope == vocab.Scope.MUNICIPALITIES:
            return f"in {facts.municipality.name}"
    return ""


def why_line(fit: str, criteria: tuple[Criterion, ...], opener: Opener | None, *, professional: bool) -> str:
    """One line under a card's name: why it fits, what is still open, or what would open it."""
    if fit == "near_miss":
        return f"Past nu nog niet. Wat kan helpen: {opener_text(opener, professional=professional)}."
    if fit == "not_offered":
        unavailable = next((c for c in criteria if isinstance(c.facts, AvailabilityFacts)), None)
        # One line in the list "Hier niet aangeboden"; the source's note is on the programme's page.
        return availability_texts(unavailable.facts, with_note=False)[professional] if unavailable else ""
    unknown = [c for c in criteria if c.state == UNKNOWN]
    if unknown:
        open_ = [_still_open(c, professional) for c in unknown]
        return "Nog na te gaan: " + join_and(item for item in open_ if item).rstrip(".?") + "."
    limiting = [c for c in criteria if c.state == MET and not c.open_to_all]
    if any(isinstance(c.facts, ProviderFacts) for c in limiting):
        # "In behandeling bij Yulius" says the kind of care too.
        limiting = [c for c in limiting if c.key != "care"]
    because = [text for c in limiting if (text := _fits_because(c, professional))]
    if not because:
        return "Dit traject staat open voor iedereen in uw situatie."
    return ("Voldoet aan: " if professional else "Past bij u: ") + join_and(because) + "."
