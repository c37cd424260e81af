"""The words for where and with whom a match is offered: the GGZ provider, the region, whether
the offer is really there, and age. In the language of the request."""

from __future__ import annotations

from django.utils.translation import gettext

from programmes import vocabulary as vocab
from programmes.said import age_range, catalogue_text
from triage.outcome import (
    MET,
    NOT_MET,
    UNKNOWN,
    AgeFacts,
    AvailabilityFacts,
    AvailabilityKind,
    ProviderFacts,
    RegionFacts,
)


def provider_texts(state: str, facts: ProviderFacts) -> tuple[str, str]:
    if facts.provider is None:
        return (
            gettext("U hoeft niet bij een bepaalde GGZ-instelling in behandeling te zijn."),
            gettext("Zorg bij de aanbieder: geen eis."),
        )
    who = facts.provider.name
    rule = gettext("Hier is dit traject alleen voor mensen die in behandeling zijn bij %(who)s.") % {
        "who": who}
    professional = gettext("Alleen voor cliënten in zorg bij %(who)s.") % {"who": who}
    own = facts.own
    if state == MET:
        return gettext("U bent in behandeling bij %(own)s. Daar kunt u dit traject volgen.") % {"own": own}, (
            gettext("%(rule)s Cliënt: %(own)s.") % {"rule": professional, "own": own}
        )
    if state == UNKNOWN:
        return gettext("We weten nog niet bij welke GGZ-instelling u in behandeling bent.") + f" {rule}", (
            gettext("%(rule)s Cliënt: instelling onbekend.") % {"rule": professional}
        )
    if not facts.in_care:
        return gettext("U krijgt nu geen behandeling bij een GGZ-instelling.") + f" {rule}", (
            gettext("%(rule)s Cliënt: geen GGZ-zorg.") % {"rule": professional}
        )
    if own:
        return gettext("U bent in behandeling bij %(own)s.") % {"own": own} + f" {rule}", (
            gettext("%(rule)s Cliënt: in zorg bij %(own)s.") % {"rule": professional, "own": own})
    return gettext("U bent in behandeling bij een andere instelling.") + f" {rule}", (
        gettext("%(rule)s Cliënt: in zorg bij een andere instelling.") % {"rule": professional})


def region_texts(state: str, facts: RegionFacts) -> tuple[str, str]:
    municipality, provider = facts.municipality, facts.provider
    if facts.scope == "nowhere":
        return (gettext("Dit traject wordt op dit moment nergens aangeboden."),
                gettext("Geen aanbod in de catalogus."))
    if not facts.scope:
        return (
            gettext("Dit traject bieden GGZ-instellingen zelf aan, niet overal."),
            gettext("Aangeboden door GGZ-instellingen, niet overal."),
        )
    if facts.scope == vocab.Scope.NATIONAL:
        return (gettext("Dit traject is er in heel Nederland."),
                gettext("Landelijk aanbod: %(provider)s.") % {"provider": provider})
    if municipality is None:
        return (
            gettext(
                "We weten nog niet waar u woont. Dit aanbod is er alleen in sommige delen van Nederland."),
            gettext("Woonplaats onbekend; aanbod van %(provider)s alleen in een deel van Nederland.") % {
                "provider": provider},
        )
    said = {"place": gettext("U woont in %(name)s.") % {"name": municipality.name}, "provider": provider,
            "region": facts.region_name,
            "area": gettext("gemeente %(name)s, arbeidsmarktregio %(region)s") % {
                "name": municipality.name, "region": facts.region_name}}
    if state == NOT_MET:
        return (gettext("%(place)s Dit aanbod van %(provider)s is daar niet.") % said,
                gettext("Geen aanbod van %(provider)s voor %(area)s.") % said)
    if facts.scope == vocab.Scope.MUNICIPALITIES:
        return (gettext("%(place)s %(provider)s biedt dit aan in uw gemeente.") % said,
                gettext("Aanbod in %(area)s: %(provider)s.") % said)
    return (gettext("%(place)s %(provider)s biedt dit aan in uw regio %(region)s.") % said,
            gettext("Aanbod in %(area)s: %(provider)s.") % said)


def availability_texts(facts: AvailabilityFacts, *, with_note: bool = True) -> tuple[str, str]:
    """Whether the offer is really there, as far as the sources tell (client, professional)."""
    own_note = catalogue_text(facts.note, facts.note_en).text
    note = f" {own_note}" if own_note and with_note else ""
    said = {"provider": facts.provider, "programme": catalogue_text(facts.programme, facts.programme_en).text}
    if facts.kind == AvailabilityKind.ASK_INSTITUTION:
        said["who"] = facts.provider or gettext("uw GGZ-instelling")
        said["whose"] = facts.provider or gettext("de GGZ-instelling van de cliënt")
        return (
            gettext("Biedt %(who)s %(programme)s aan? Vraag het uw behandelaar.") % said,
            gettext("Aangeboden door GGZ-instellingen, niet overal. De catalogus weet niet of %(whose)s het "
                    "aanbiedt: ga het na bij de behandelaar.") % said,
        )
    if facts.kind == AvailabilityKind.REPORTED:
        return (
            gettext("Een oudere bron noemt dit aanbod bij %(provider)s. Vraag na of het er nog is.") % said
            + note,
            gettext("Gemeld in een oudere of regionale bron; ga na of %(provider)s het nog aanbiedt.") % said
            + note,
        )
    if facts.kind == AvailabilityKind.NOT_OFFERED:
        return (
            gettext("Volgens de bron biedt %(provider)s dit hier niet aan.") % said + note,
            gettext("Niet aangeboden bij %(provider)s, volgens de bron.") % said + note,
        )
    return (
        gettext("Een bron bevestigt dat %(provider)s dit hier aanbiedt.") % said,
        gettext("Aanbod bevestigd door een bron: %(provider)s.") % said,
    )


def age_texts(facts: AgeFacts) -> tuple[str, str]:
    if facts.low is None and facts.high is None:
        return gettext("Dit traject heeft geen leeftijdsgrens."), gettext("Leeftijd: geen eis.")
    bounds = age_range(facts.low, facts.high)
    age = facts.age
    if age is None:
        first = gettext("We weten nog niet hoe oud u bent.")
    else:
        first = gettext("U bent %(age)s jaar.") % {"age": age}
    client_age = gettext("onbekend") if age is None else gettext("%(age)s jaar") % {"age": age}
    return (gettext("%(first)s Dit traject is voor mensen %(bounds)s.") % {"first": first, "bounds": bounds},
            gettext("Leeftijd %(bounds)s. Cliënt: %(age)s.") % {"bounds": bounds, "age": client_age})
