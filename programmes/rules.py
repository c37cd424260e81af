"""Pure catalogue rules: no ORM, no request, no settings. Each has a table test.

- `reaches`: does an offering reach this gemeente? (matching and the catalogue filters)
- `check_reasons`: why a programme needs a curator's check (the overview and the admin)
- `publish_problems`: what stands in the way of publishing a programme (the admin and the
  curators' publish button)
- `is_stale_edit`: the optimistic lock's comparison
- `months_before`: "so many months ago" (the checks; the retention of cases and gap counts)
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

from programmes import vocabulary as vocab
from programmes.catalogue import MunicipalityData, OfferingData

# --- Where an offering is available ------------------------------------------------------------


def reaches(offering: OfferingData, municipality: MunicipalityData) -> bool:
    """Offered nationally, in the gemeente's arbeidsmarktregio, or in the gemeente itself,
    according to the offering's scope (a region list on a municipal offering counts for nothing)."""
    if offering.scope == vocab.Scope.NATIONAL:
        return True
    if offering.scope == vocab.Scope.REGIONS:
        return municipality.region_code in offering.region_codes
    if offering.scope == vocab.Scope.MUNICIPALITIES:
        return municipality.code in offering.municipality_codes
    return False


@dataclass(frozen=True)
class ReachIndex:
    """Which programmes have an offering that could reach a place: built once per snapshot, so that
    matching looks at a few hundred programmes instead of ten thousand (the same rule as `reaches`)."""

    everywhere: tuple[str, ...]  # slugs offered nationally, or by GGZ-instellingen (not everywhere)
    by_region: dict[str, frozenset[str]]
    by_municipality: dict[str, frozenset[str]]

    def slugs_reaching(self, municipality: MunicipalityData) -> frozenset[str]:
        return (
            frozenset(self.everywhere)
            | self.by_region.get(municipality.region_code, frozenset())
            | self.by_municipality.get(municipality.code, frozenset())
        )


def reach_index(programmes) -> ReachIndex:
    everywhere, by_region, by_municipality = [], {}, {}
    for programme in programmes:
        if programme.offered_by_institutions:
            everywhere.append(programme.slug)
        for offering in programme.offerings:
            if offering.scope == vocab.Scope.NATIONAL:
                everywhere.append(programme.slug)
            elif offering.scope == vocab.Scope.REGIONS:
                for code in offering.region_codes:
                    by_region.setdefault(code, set()).add(programme.slug)
            elif offering.scope == vocab.Scope.MUNICIPALITIES:
                for code in offering.municipality_codes:
                    by_municipality.setdefault(code, set()).add(programme.slug)
    return ReachIndex(
        everywhere=tuple(dict.fromkeys(everywhere)),
        by_region={code: frozenset(slugs) for code, slugs in by_region.items()},
        by_municipality={code: frozenset(slugs) for code, slugs in by_municipality.items()},
    )


# --- An offering narrows its programme's eligibility -----------------------------------------------


@dataclass(frozen=True)
class Limits:
    """Eligibility on the stroomschema's dimensions: empty sets and None ages mean "open"."""

    sets: dict[str, frozenset[str]]  # by programme field name (vocab.ELIGIBILITY_CHOICES)
    min_age: int | None = None
    max_age: int | None = None


def narrowed(programme: Limits, offering: Limits) -> Limits:
    """Both apply: an offering's list replaces the programme's (it may only narrow it, see
    `narrowing_problems`); ages take the tighter bound."""
    sets = {name: offering.sets.get(name) or values for name, values in programme.sets.items()}
    lows = [age for age in (programme.min_age, offering.min_age) if age is not None]
    highs = [age for age in (programme.max_age, offering.max_age) if age is not None]
    return Limits(sets, max(lows) if lows else None, min(highs) if highs else None)


def narrowing_problems(programme: Limits, offering: Limits) -> dict[str, frozenset[str]]:
    """Per field, the values an offering names that its programme does not allow."""
    return {
        name: values - programme.sets[name]
        for name, values in offering.sets.items()
        if values and programme.sets.get(name) and not values <= programme.sets[name]
    }


# --- Programmes that need a check ----------------------------------------------------------------

# How long a verification holds; settings.CATALOGUE_STALE_MONTHS, passed in by the callers.
STALE_AFTER_MONTHS = 6


D = TypeVar("D", bound=date)  # a date, or a datetime (a date with a time)


def months_before(when: D, months: int) -> D:
    """The same day (and time, for a datetime) `months` earlier; a day the month lacks becomes its
    last (31 Aug → 28/29 Feb). The one rule for "so many months ago": the catalogue's checks, the
    retention of cases and of gap counts."""
    year, month_index = divmod(when.year * 12 + when.month - 1 - months, 12)
    last_day = calendar.monthrange(year, month_index + 1)[1]
    return when.replace(year=year, month=month_index + 1, day=min(when.day, last_day))


def year_before(today: date) -> date:
    """The same day a year earlier; 29 February becomes 28 February."""
    return months_before(today, 12)


def is_stale(last_verified: date | None, today: date, months: int = STALE_AFTER_MONTHS) -> bool:
    """Never verified, or longer ago than `months`: a programme or offering to check again."""
    return last_verified is None or last_verified < months_before(today, months)


class CheckReason(StrEnum):
    NEVER_VERIFIED = "never_verified"
    VERIFIED_LONG_AGO = "verified_long_ago"
    RECOGNITION_EXPIRED = "recognition_expired"


@dataclass(frozen=True)
class Check:
    reason: CheckReason
    since: date | None = None  # the date the reason refers to


def needs_checking(status: str) -> bool:
    """Ended programmes are never recommended again: there is nothing to keep up to date."""
    return status != vocab.Status.ENDED


def check_reasons(
    *, status: str, last_verified: date | None, recognition_valid_until: date | None, today: date,
    stale_months: int = STALE_AFTER_MONTHS,
) -> tuple[Check, ...]:
    """Why a programme needs a curator's check: never or over `stale_months` ago verified,
    recognition expired. `ProgrammeQuerySet.needing_check` is the same rule in SQL (a test keeps
    them equal)."""
    if not needs_checking(status):
        return ()
    reasons = []
    if last_verified is None:
        reasons.append(Check(CheckReason.NEVER_VERIFIED))
    elif is_stale(last_verified, today, stale_months):
        reasons.append(Check(CheckReason.VERIFIED_LONG_AGO, last_verified))
    if recognition_valid_until is not None and recognition_valid_until < today:
        reasons.append(Check(CheckReason.RECOGNITION_EXPIRED, recognition_valid_until))
    return tuple(reasons)


# --- Publishing ------------------------------------------------------------------------------------


class PublishProblem(StrEnum):
    ENDED = "ended"
    NO_SOURCE = "no_source"
    NO_REASON = "no_reason"
    NO_CHECKER = "no_checker"


PUBLISH_MESSAGES = {
    PublishProblem.ENDED: (
        "Dit traject is beëindigd. Een beëindigd traject wordt niet opnieuw gepubliceerd."
    ),
    PublishProblem.NO_SOURCE: (
        "Een gepubliceerd traject heeft minstens één bron nodig. Vul een bron in bij het traject, "
        "of laat de status op ‘Concept’ staan."
    ),
    PublishProblem.NO_REASON: "Schrijf op waarom u publiceert: de reden komt in de geschiedenis.",
    PublishProblem.NO_CHECKER: "Vul in wie de wijziging heeft gecontroleerd.",
}


def record_problems(*, reason: str, checked_by: str) -> tuple[PublishProblem, ...]:
    """Publishing is recorded: a reason (it lands in the history) and who checked the change."""
    problems = []
    if not reason.strip():
        problems.append(PublishProblem.NO_REASON)
    if not checked_by.strip():
        problems.append(PublishProblem.NO_CHECKER)
    return tuple(problems)


PUBLISH_WITH_REASON = (
    "Publiceren doet u op de pagina ‘Effect van publiceren’, met een reden en wie het controleerde. "
    "Sla het traject hier op als concept en volg daarna de link ‘Effect van publiceren’."
)


def admin_form_may_publish(*, is_draft: bool, was: str | None) -> bool:
    """May the admin's form set the status to published? Only in a draft (publishing the draft
    asks the reason) or when it already was; a concept or a new programme is published on the
    effect page, with a reason."""
    return is_draft or was == vocab.Status.PUBLISHED


def change_reason(*, reason: str, checked_by: str) -> str:
    """The words stored with the history record of a publication."""
    return f"{reason.strip()}\nGecontroleerd door: {checked_by.strip()}"


def publish_problems(*, was: str | None, sources: int) -> tuple[PublishProblem, ...]:
    """What stands in the way of a programme being published now. `was`: its status before
    (None for a new programme); `sources`: how many sources it will have."""
    problems = []
    if was == vocab.Status.ENDED:
        problems.append(PublishProblem.ENDED)
    if sources < 1:
        problems.append(PublishProblem.NO_SOURCE)
    return tuple(problems)


# --- The optimistic lock ---------------------------------------------------------------------------

CONCURRENT_EDIT = (
    "Iemand anders heeft dit traject gewijzigd nadat u het opende. Uw wijzigingen zijn niet "
    "opgeslagen. Open het traject opnieuw, bekijk de nieuwe versie en breng uw wijziging dan aan."
)
_AGAIN = (
    "Uw wijzigingen zijn niet opgeslagen. Open {it} opnieuw, bekijk de nieuwe versie en breng uw "
    "wijziging dan aan."
)
# Per admin form (model name): who changed what since the curator opened it.
CONCURRENT_EDITS = {
    "programme": CONCURRENT_EDIT,
    "offering": (
        "Iemand anders heeft dit traject of een van zijn onderdelen gewijzigd nadat u dit aanbod opende. "
        + _AGAIN.format(it="het aanbod")
    ),
    "organisation": "Iemand anders heeft deze organisatie gewijzigd nadat u haar opende. "
    + _AGAIN.format(it="de organisatie"),
    "supportkind": "Iemand anders heeft deze soort ondersteuning gewijzigd nadat u haar opende. "
    + _AGAIN.format(it="de soort ondersteuning"),
    "region": "Iemand anders heeft deze arbeidsmarktregio gewijzigd nadat u haar opende. "
    + _AGAIN.format(it="de arbeidsmarktregio"),
    "municipality": "Iemand anders heeft deze gemeente gewijzigd nadat u haar opende. "
    + _AGAIN.format(it="de gemeente"),
}


def is_stale_edit(expected: int | None, current: int | None) -> bool:
    """An edit started from another version than the one stored now would overwrite someone's work."""
    return expected != current


# --- Restoring an earlier version (organisations, kinds of support) ---------------------------------


def fields_to_restore(current: Mapping[str, object], earlier: Mapping[str, object]) -> tuple[str, ...]:
    """The fields that restoring `earlier` would change, in its order: only those that differ now."""
    return tuple(name for name, value in earlier.items() if name not in current or current[name] != value)


RESTORE_NEEDS_REASON = "Schrijf op waarom u deze versie herstelt: de reden komt in de geschiedenis."


def restore_reason(*, version_of: str, reason: str) -> str:
    """The history's reason for a restore: which version came back, and why."""
    return f"Versie van {version_of} hersteld. {reason.strip()}"


# --- Contact -------------------------------------------------------------------------------------------


def has_contact_route(*, contact: str, phone: str, url: str, desk: str) -> bool:
    """A person can get in touch: a contact text, a phone number, a web address, or a loket it goes
    through (the gemeente, UWV, the behandelaar)."""
    return bool(contact.strip() or phone.strip() or url.strip() or desk != vocab.Desk.PROVIDER)


# --- The admin's Dutch --------------------------------------------------------------------------------

# The catalogue's het-words (Django's Dutch admin says "De {name} …" for every model).
NEUTER_NOUNS = frozenset({"traject", "aanbod", "bewijs"})


def with_article(message: str, noun: str) -> str:
    """Django's admin message with the right article for `noun`: "Het traject ‘IPS’ is …"."""
    if noun not in NEUTER_NOUNS:
        return message
    fixed = message.replace(f"De {noun} ", f"Het {noun} ").replace(f"de {noun} ", f"het {noun} ")
    return fixed.replace("U kunt deze hieronder", "U kunt het hieronder")
