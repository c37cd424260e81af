"""The words for each criterion of a match and for the openers of near misses."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from django.utils.translation import get_language, gettext, gettext_noop

from programmes import vocabulary as vocab
from programmes.catalogue import (
    FundingData,
    ProgrammeData,
)
from programmes.languages import Localised
from programmes.said import catalogue_text, label
from triage import outcome
from triage.wording.openers import opener_text
from triage.wording.phrases import join_and, join_or, phrase
from triage.wording.where import age_texts, availability_texts, provider_texts, region_texts

STATE_WORDS = {
    "met": ("✓", gettext_noop("Voldoet")),
    "not_met": ("✗", gettext_noop("Voldoet niet")),
    "unknown": ("?", gettext_noop("Nog onbekend")),
    "check": ("!", gettext_noop("Zelf nagaan")),
}
FIT_WORDS = {
    "fit": ("✓", gettext_noop("Past")),
    "possible": ("?", gettext_noop("Past misschien")),
    "near_miss": ("→", gettext_noop("Past bijna")),
    "not_offered": ("✗", gettext_noop("Hier niet aangeboden")),
}
CRITERION_TITLES = {
    "concern": gettext_noop("om wie gaat het"),
    "care": gettext_noop("zorg of begeleiding"),
    "care_provider": gettext_noop("GGZ-instelling"),
    "severity": gettext_noop("ernst van de klachten"),
    "situation": gettext_noop("werksituatie"),
    "benefit": gettext_noop("uitkering"),
    "wish": gettext_noop("wens"),
    "region": gettext_noop("woonplaats"),
    "availability": gettext_noop("of het er is"),
    "age": gettext_noop("leeftijd"),
}


def state_words(state: str) -> tuple[str, str]:
    icon, word = STATE_WORDS.get(state, ("", state))
    return icon, gettext(word) if word else word


def fit_words(fit: str) -> tuple[str, str]:
    icon, word = FIT_WORDS.get(fit, ("", fit))
    return icon, gettext(word) if word else word


def criterion_title(key: str) -> str:
    title = CRITERION_TITLES.get(key)
    return gettext(title) if title else key


# --- Criteria ---------------------------------------------------------------------------------


def criterion_text(c: outcome.Criterion, programme: ProgrammeData, *, professional: bool) -> str:
    """The line a card shows for one criterion."""
    facts = c.facts
    if isinstance(facts, outcome.ChoiceFacts):
        if not facts.allowed:
            text = _open_professional(c.key) if professional else _open_text(c.key)
        elif professional:
            text = _choice_professional(c.key, facts.value, facts.allowed)
        else:
            text = _choice_text(c.key, facts.value, facts.allowed)
        if professional and c.key == "benefit":
            text += _funding_professional(programme, facts.value)
        return text
    if isinstance(facts, outcome.ProviderFacts):
        return provider_texts(c.state, facts)[professional]
    if isinstance(facts, outcome.RegionFacts):
        return region_texts(c.state, facts)[professional]
    if isinstance(facts, outcome.AvailabilityFacts):
        return availability_texts(facts)[professional]
    if isinstance(facts, outcome.AgeFacts):
        return age_texts(facts)[professional]
    if isinstance(facts, outcome.ConditionFacts):
        return condition_text(facts, professional=professional).text
    return ""


def condition_text(facts: outcome.ConditionFacts, *, professional: bool) -> Localised:
    """A programme's own question: the professional's, or the client's plain words (else the
    professional's), in the language of the request where the catalogue has it."""
    if professional or not facts.client_text:
        return catalogue_text(facts.question, facts.question_en)
    return catalogue_text(facts.client_text, facts.client_text_en)


@dataclass(frozen=True)
class _Dimension:
    you: str  # what the person answered, {value}
    unknown: str  # the question is open
    wanted: str  # who the programme is for, {values}
    open: str  # the programme sets no limit
    noun: str  # professional: the dimension's name


_DIMENSIONS = {
    "concern": _Dimension(
        you=gettext_noop("U gaf aan: {value}."),
        unknown=gettext_noop("We weten nog niet om welke klachten het gaat."),
        wanted=gettext_noop("Dit traject is voor: {values}."),
        open=gettext_noop("Dit traject staat open voor iedereen, welke klachten u ook heeft."),
        noun=gettext_noop("Doelgroep"),
    ),
    "care": _Dimension(
        you=gettext_noop("Uw zorg of begeleiding: {value}."),
        unknown=gettext_noop("We weten nog niet of u zorg of begeleiding krijgt."),
        wanted=gettext_noop("Dit traject is voor mensen met deze zorg of begeleiding: {values}."),
        open=gettext_noop("Dit traject staat open voor iedereen, welke zorg of begeleiding u ook krijgt."),
        noun=gettext_noop("Zorg"),
    ),
    "severity": _Dimension(
        you=gettext_noop("U gaf aan: {value}."),
        unknown=gettext_noop("We weten nog niet hoe ernstig uw klachten zijn."),
        wanted=gettext_noop("Dit traject is voor mensen met {values}."),
        open=gettext_noop("Dit traject staat open voor iedereen, hoe ernstig uw klachten ook zijn."),
        noun=gettext_noop("Ernst (EPA)"),
    ),
    "situation": _Dimension(
        you=gettext_noop("Uw werksituatie: {value}."),
        unknown=gettext_noop("We weten nog niet wat uw werksituatie is."),
        wanted=gettext_noop("Dit traject is voor deze werksituatie: {values}."),
        open=gettext_noop("Dit traject staat open voor iedereen, wat uw werksituatie ook is."),
        noun=gettext_noop("Werksituatie"),
    ),
    "benefit": _Dimension(
        you=gettext_noop("Uw uitkering: {value}."),
        unknown=gettext_noop("We weten nog niet welke uitkering u heeft."),
        wanted=gettext_noop("Dit traject is voor deze uitkering: {values}."),
        open=gettext_noop("Dit traject staat open voor iedereen, welke uitkering u ook heeft."),
        noun=gettext_noop("Uitkering"),
    ),
    "wish": _Dimension(
        you=gettext_noop("Uw wens: {value}."),
        unknown=gettext_noop("We weten nog niet wat u wilt."),
        wanted=gettext_noop("Dit traject helpt bij: {values}."),
        open=gettext_noop("Dit traject past bij elke wens."),
        noun=gettext_noop("Ondersteuningswens"),
    ),
}


def _choice_text(key: str, value: str | None, allowed: frozenset[str]) -> str:
    return _choice_text_in(key, value, allowed, get_language())


@lru_cache(maxsize=8192)
def _choice_text_in(key: str, value: str | None, allowed: frozenset[str], language: str) -> str:
    # `language` only keys the cache: the words are said in the active language.
    dimension = _DIMENSIONS[key]
    first = gettext(dimension.unknown) if value is None else gettext(dimension.you).format(
        value=phrase(key, value))
    values = join_or(phrase(key, v) for v in vocab.in_order(key, allowed))
    return f"{first} {gettext(dimension.wanted).format(values=values)}"


def _choice_professional(key: str, value: str | None, allowed: frozenset[str]) -> str:
    return _choice_professional_in(key, value, allowed, get_language())


@lru_cache(maxsize=8192)
def _choice_professional_in(key: str, value: str | None, allowed: frozenset[str], language: str) -> str:
    choices = vocab.choices(vocab.DIMENSIONS[key])
    labels = ", ".join(label(choices, v) for v in vocab.in_order(key, allowed))
    answer = gettext("onbekend") if value is None else label(choices, value)
    return gettext("%(noun)s: traject voor %(labels)s. Cliënt: %(answer)s.") % {
        "noun": gettext(_DIMENSIONS[key].noun), "labels": labels, "answer": answer}


def _open_text(key: str) -> str:
    return gettext(_DIMENSIONS[key].open)


def _open_professional(key: str) -> str:
    return gettext("%(noun)s: geen eis.") % {"noun": gettext(_DIMENSIONS[key].noun)}


# --- Funding ----------------------------------------------------------------------------------


def payer_text(row: FundingData) -> str:
    """Who pays and from which budget: what a card shows at a glance."""
    return gettext("%(payer)s betaalt, uit %(budget)s.") % {"payer": row.payer, "budget": row.budget}


def funding_text(row: FundingData, *, professional: bool) -> str:
    """Who pays, from which budget, and who applies; professionals also read the legal basis."""
    line = gettext("%(payer)s Aanvragen: %(applicant)s.") % {
        "payer": payer_text(row), "applicant": row.applicant}
    if professional and row.legal_basis:
        line += " " + gettext("Grondslag: %(basis)s.") % {"basis": row.legal_basis}
    return line


def funding_routes(programme: ProgrammeData) -> tuple[str, ...]:
    """Every funding route, per benefit: for when the person's benefit is not known."""
    return tuple(
        f"{label(vocab.BENEFITS, f.benefit)}: {f.payer} ({f.budget})" for f in programme.funding
    )


def _funding_professional(programme: ProgrammeData, benefit: str | None) -> str:
    row = programme.funding_for(benefit) if benefit else None
    if row is not None:
        return " " + gettext("Financiering: %(text)s") % {"text": funding_text(row, professional=True)}
    if benefit is None and programme.funding:
        return " " + gettext("Financiering hangt af van de uitkering.") + " " + "; ".join(
            funding_routes(programme)) + "."
    return ""


# --- One line per card: why it fits, or what is still open ------------------------------------------

_STILL_OPEN = {
    "concern": gettext_noop("om welke klachten het gaat"),
    "care": gettext_noop("welke zorg of begeleiding u krijgt"),
    "care_provider": gettext_noop("bij welke GGZ-instelling u in behandeling bent"),
    "severity": gettext_noop("hoe ernstig de klachten zijn"),
    "situation": gettext_noop("wat uw werksituatie is"),
    "benefit": gettext_noop("welke uitkering u heeft"),
    "wish": gettext_noop("wat u wilt"),
    "region": gettext_noop("waar u woont"),
    "age": gettext_noop("hoe oud u bent"),
}
_STILL_OPEN_PROFESSIONAL = {
    "concern": gettext_noop("om welke klachten het gaat"),
    "care": gettext_noop("welke zorg of begeleiding de cliënt krijgt"),
    "care_provider": gettext_noop("bij welke GGZ-instelling de cliënt in behandeling is"),
    "severity": gettext_noop("hoe ernstig de klachten zijn"),
    "situation": gettext_noop("wat de werksituatie is"),
    "benefit": gettext_noop("welke uitkering de cliënt heeft"),
    "wish": gettext_noop("wat de cliënt wil"),
    "region": gettext_noop("waar de cliënt woont"),
    "age": gettext_noop("hoe oud de cliënt is"),
}
_STILL_OPEN_AVAILABILITY = {
    outcome.AvailabilityKind.ASK_INSTITUTION: (
        gettext_noop("of uw GGZ-instelling dit aanbiedt"),
        gettext_noop("of de GGZ-instelling van de cliënt dit aanbiedt"),
    ),
    outcome.AvailabilityKind.REPORTED: (
        gettext_noop("of dit aanbod er nog is"),
        gettext_noop("of dit aanbod er nog is"),
    ),
}


def _still_open(c: outcome.Criterion, professional: bool) -> str:
    facts = c.facts
    if isinstance(facts, outcome.AvailabilityFacts):
        found = _STILL_OPEN_AVAILABILITY.get(facts.kind, ("", ""))[professional]
        return gettext(found) if found else ""
    if isinstance(facts, outcome.ConditionFacts):
        question = condition_text(facts, professional=professional).text
        return question[:1].lower() + question[1:].rstrip("?")
    found = (_STILL_OPEN_PROFESSIONAL if professional else _STILL_OPEN).get(c.key, "")
    return gettext(found) if found else ""


def _fits_because(c: outcome.Criterion, professional: bool) -> str:
    """A short phrase for a met criterion that sets a limit ("" for one that tells nothing)."""
    facts = c.facts
    limits = {"severity", "care", "benefit", "wish"}
    if isinstance(facts, outcome.ChoiceFacts) and facts.value and c.key in limits:
        value = phrase(c.key, facts.value)
        if c.key == "wish":
            return (gettext("wens: %(value)s") if professional else gettext("uw wens: %(value)s")) % {
                "value": value}
        return value
    if isinstance(facts, outcome.ProviderFacts) and facts.provider is not None:
        return gettext("in behandeling bij %(provider)s") % {"provider": facts.provider.name}
    if isinstance(facts, outcome.RegionFacts) and facts.municipality is not None:
        if facts.scope == vocab.Scope.REGIONS:
            return gettext("in %(place)s") % {"place": facts.region_name}
        if facts.scope == vocab.Scope.MUNICIPALITIES:
            return gettext("in %(place)s") % {"place": facts.municipality.name}
    return ""


def why_line(fit: str, criteria: tuple[outcome.Criterion, ...], opener: outcome.Opener | None, *,
             professional: bool) -> str:
    """One line under a card's name: why it fits, what is still open, or what would open it."""
    if fit == "near_miss":
        return gettext("Past nu nog niet. Wat kan helpen: %(opener)s.") % {
            "opener": opener_text(opener, professional=professional)}
    if fit == "not_offered":
        unavailable = next((c for c in criteria if isinstance(c.facts, outcome.AvailabilityFacts)), None)
        # One line in the list "Hier niet aangeboden"; the source's note is on the programme's page.
        return availability_texts(unavailable.facts, with_note=False)[professional] if unavailable else ""
    unknown = [c for c in criteria if c.state == outcome.UNKNOWN]
    if unknown:
        open_ = [_still_open(c, professional) for c in unknown]
        items = join_and(item for item in open_ if item).rstrip(".?")
        return gettext("Nog na te gaan: %(items)s.") % {"items": items}
    limiting = [c for c in criteria if c.state == outcome.MET and not c.open_to_all]
    if any(isinstance(c.facts, outcome.ProviderFacts) for c in limiting):
        # "In behandeling bij Yulius" says the kind of care too.
        limiting = [c for c in limiting if c.key != "care"]
    because = [text for c in limiting if (text := _fits_because(c, professional))]
    if not because:
        return gettext("Dit traject staat open voor iedereen in uw situatie.")
    return (gettext("Voldoet aan: %(items)s.") if professional else gettext("Past bij u: %(items)s.")) % {
        "items": join_and(because)}
