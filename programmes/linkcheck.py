"""Checking the catalogue's web addresses: the rules, pure (no ORM, no request, no network).

`manage.py check_links` does the fetching and the storing; this module says which addresses
there are (`links_in`), in which order to visit them so no site is asked twice in a row
(`polite_order`), and what an answer means (`classify`), in the curators' words.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import zip_longest
from urllib.parse import urlsplit

from programmes.catalogue import Catalogue

OK = "ok"
BROKEN = "broken"
UNREACHABLE = "unreachable"
UNCHECKED = "unchecked"  # "niet te controleren": no network, no name lookup, or refused to robots

# What can go wrong below HTTP; the command maps exceptions to these.
TIMEOUT = "timeout"
NO_NAME = "no_name"  # the host name could not be looked up (DNS), e.g. offline
NO_NETWORK = "no_network"  # network or host unreachable
REFUSED = "refused"  # connection refused or reset
TLS = "tls"  # certificate or TLS handshake failed
INVALID = "invalid"  # not an http(s) address
OTHER = "other"

PERMANENT_REDIRECTS = {301, 308}


@dataclass(frozen=True)
class Verdict:
    state: str  # OK | BROKEN | UNREACHABLE | UNCHECKED
    problem: str = ""  # for the curator, in Dutch; "" when there is nothing to do


def classify(status: int | None = None, error: str | None = None, moved_to: str = "") -> Verdict:
    """What an answer means. status: the final HTTP status after redirects were followed.

    moved_to: where a permanent redirect (301/308) led, so the curator can update the address.
    """
    if error is not None:
        return _ERRORS.get(error, _ERRORS[OTHER])
    if status is None:
        raise ValueError("classify needs a status or an error")
    if 200 <= status < 300:
        if moved_to:
            return Verdict(OK, f"Werkt, maar is verhuisd naar {moved_to}: pas het adres aan.")
        return Verdict(OK)
    if 300 <= status < 400:
        return Verdict(UNREACHABLE, f"De website blijft doorverwijzen ({status}) en komt nergens uit.")
    if status in (404, 410):
        what = "bestaat niet meer" if status == 410 else "is niet gevonden"
        return Verdict(BROKEN, f"De pagina {what} ({status}). Zoek het nieuwe adres op of haal het weg.")
    if status in (401, 403, 429):
        return Verdict(
            UNCHECKED,
            f"De website laat geen automatische controle toe ({status}). Open het adres zelf in een browser.",
        )
    if 400 <= status < 500:
        return Verdict(BROKEN, f"De website weigert dit adres ({status}). Controleer het adres.")
    if 500 <= status < 600:
        return Verdict(UNREACHABLE, f"De website heeft een storing ({status}). Morgen opnieuw proberen.")
    return Verdict(UNREACHABLE, f"Onbekend antwoord van de website ({status}).")


_ERRORS = {
    TIMEOUT: Verdict(UNREACHABLE, "De website antwoordt niet op tijd. Morgen opnieuw proberen."),
    REFUSED: Verdict(UNREACHABLE, "De website weigert de verbinding of verbreekt die."),
    TLS: Verdict(UNREACHABLE, "De beveiligde verbinding (certificaat) is niet in orde."),
    NO_NAME: Verdict(
        UNCHECKED,
        "Niet te controleren: de naam van de website is niet gevonden. Geen netwerk, of de website "
        "bestaat niet meer; controleer het adres als dit blijft.",
    ),
    NO_NETWORK: Verdict(UNCHECKED, "Niet te controleren: geen netwerkverbinding."),
    INVALID: Verdict(BROKEN, "Dit is geen webadres dat met http:// of https:// begint."),
    OTHER: Verdict(UNREACHABLE, "De website is niet bereikbaar."),
}


@dataclass(frozen=True)
class Link:
    url: str
    used_by: tuple[str, ...]  # where it is used, for the curator: "aanbod IPS – Yulius"


def links_in(catalogue: Catalogue) -> list[Link]:
    """Every web address in the catalogue (all statuses: concepts need fixing too), once, by address."""
    uses: dict[str, list[str]] = defaultdict(list)
    for organisation in catalogue.organisations.values():
        if organisation.website:
            uses[organisation.website].append(f"website van {organisation.name}")
    for programme in catalogue.programmes:
        for offering in programme.offerings:
            if offering.url:
                uses[offering.url].append(f"aanbod {programme.name} – {offering.provider.name}")
        for source in programme.sources:
            if source.url:
                uses[source.url].append(f"bron bij {programme.name}")
    return [Link(url, tuple(sorted(set(used)))) for url, used in sorted(uses.items())]


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def polite_order(urls: list[str]) -> list[str]:
    """Take the hosts in turns (one address of each, then the next), so waits between two
    requests to the same host overlap with work on others."""
    by_host: dict[str, list[str]] = defaultdict(list)
    for url in urls:
        by_host[host_of(url)].append(url)
    rounds = zip_longest(*(by_host[host] for host in sorted(by_host)))
    return [url for round_ in rounds for url in round_ if url is not None]


STATE_WORDS = {
    OK: "in orde",
    BROKEN: "kapot",
    UNREACHABLE: "niet bereikbaar",
    UNCHECKED: "niet te controleren",
}


def summary(states: list[str]) -> str:
    """'12 webadressen gecontroleerd: 10 in orde, 1 kapot, 1 niet te controleren.'"""
    total = len(states)
    noun = "webadres" if total == 1 else "webadressen"
    parts = [f"{states.count(state)} {words}" for state, words in STATE_WORDS.items() if state in states]
    return f"{total} {noun} gecontroleerd" + (": " + ", ".join(parts) if parts else "") + "."
