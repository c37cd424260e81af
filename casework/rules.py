"""Pure rules for saved cases and the curators' overviews: no ORM, no request, no settings.

- the pseudonym guard (no BSN, no e-mail address, no long numbers) for references and free text;
- the five steps of the seed's werkproces, and what recording an outcome does to a case;
- which cases are due for evaluation, and their order in "Mijn casussen";
- the snapshot of a result, so that later catalogue changes never rewrite a saved case;
- retention: when a case must be purged;
- which programmes need checking, and the small-number rule of the gap overview.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from programmes import vocabulary as vocab

# --- The pseudonym guard ---------------------------------------------------------------------

REFERENCE_MAX_LENGTH = 40
# Digits, possibly grouped with single spaces, dots or hyphens: "123456782", "1234.56.782".
_DIGIT_RUN = re.compile(r"\d(?:[ .\-]?\d)*")
_REFERENCE_CHARACTERS = re.compile(r"[\w .\-/]+")
LONG_NUMBER = 8

REFERENCE_MISSING = "Vul een referentie in, bijvoorbeeld uw eigen dossiercode."
REFERENCE_TOO_LONG = "Gebruik maximaal {max} tekens. U gebruikte er {count}."
REFERENCE_CHARACTERS = "Gebruik alleen letters, cijfers, spaties en de tekens - _ . /"
LOOKS_LIKE_BSN = (
    "Dit lijkt op een burgerservicenummer (BSN). Vul nooit een BSN in: gebruik een code die alleen "
    "u kunt herleiden, bijvoorbeeld uw initialen met een volgnummer."
)
LONG_NUMBER_TEXT = (
    "Gebruik geen reeks van 8 of meer cijfers: die kan lijken op een BSN, telefoonnummer of "
    "geboortedatum. Gebruik bijvoorbeeld uw initialen met een volgnummer."
)
LOOKS_LIKE_EMAIL = "Gebruik geen e-mailadres. Gebruik een code die niet naar de cliënt te herleiden is."
TEXT_BSN = "Zet geen BSN in deze tekst. Haal het nummer weg."
TEXT_LONG_NUMBER = (
    "Zet geen reeks van 8 of meer cijfers in deze tekst (zoals een BSN, telefoonnummer of "
    "geboortedatum). Haal het nummer weg."
)
TEXT_EMAIL = "Zet geen e-mailadres in deze tekst. Haal het adres weg."


def passes_elfproef(digits: str) -> bool:
    """The BSN check ("elfproef"): 9 digits (an 8-digit BSN gets a leading 0), weights 9..2 and -1."""
    if len(digits) == LONG_NUMBER:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def _digit_runs(text: str) -> list[str]:
    return [re.sub(r"\D", "", run) for run in _DIGIT_RUN.findall(text)]


def identifying_number(text: str) -> str | None:
    """"bsn" for something that passes the elfproef, "long" for any other run of 8+ digits, else None."""
    runs = [run for run in _digit_runs(text) if len(run) >= LONG_NUMBER]
    if any(len(run) in (8, 9) and passes_elfproef(run) for run in runs):
        return "bsn"
    return "long" if runs else None


def contains_email(text: str) -> bool:
    # Any "@" is enough: a pseudonym never needs one, and half an address still points to someone.
    return "@" in text


def reference_problem(text: str) -> str | None:
    """The Dutch message for a reference that must not be saved, or None when it is fine."""
    reference = text.strip()
    if not reference:
        return REFERENCE_MISSING
    if len(reference) > REFERENCE_MAX_LENGTH:
        return REFERENCE_TOO_LONG.format(max=REFERENCE_MAX_LENGTH, count=len(reference))
    if contains_email(reference):
        return LOOKS_LIKE_EMAIL
    number = identifying_number(reference)
    if number == "bsn":
        return LOOKS_LIKE_BSN
    if number == "long":
        return LONG_NUMBER_TEXT
    if not _REFERENCE_CHARACTERS.fullmatch(reference):
        return REFERENCE_CHARACTERS
    return None


def free_text_problem(text: str) -> str | None:
    """Notes and agreements may say anything, but never carry a BSN, long number or e-mail address."""
    if contains_email(text):
        return TEXT_EMAIL
    number = identifying_number(text)
    if number == "bsn":
        return TEXT_BSN
    if number == "long":
        return TEXT_LONG_NUMBER
    return None


# --- The five steps of the werkproces (seed 003) ----------------------------------------------


@dataclass(frozen=True)
class Step:
    number: int
    title: str
    description: str


STEPS: tuple[Step, ...] = (
    Step(1, "Inventarisatie van de situatie",
         "Breng samen de situatie in kaart: klachten, zorg of begeleiding, uitkering, werk en woonplaats."),
    Step(2, "Inventarisatie van de wens",
         "Wat wil de cliënt? Direct aan het werk, uitzoeken wat past, eerst vertrouwen opbouwen?"),
    Step(3, "Samen het proces bepalen",
         "Bespreek de passende trajecten, kies er samen een en spreek af wie wat doet en wanneer u "
         "evalueert."),
    Step(4, "Aan de slag",
         "De cliënt volgt het traject. Evalueer op de afgesproken datum."),
    Step(5, "Bij resultaat: afronden of doorgaan",
         "Is het doel bereikt? Rond af (werk, opleiding of anders), of ga door met een nieuwe afspraak."),
)
STEP_NUMBERS = tuple(step.number for step in STEPS)
FIRST_STEP = STEPS[0].number
RESULT_STEP = STEPS[-1].number
WORK_STEP = 4


@dataclass(frozen=True)
class StepState:
    step: Step
    state: str  # "done" | "current" | "todo"


def step_states(current: int, finished: bool = False) -> list[StepState]:
    def state(number: int) -> str:
        if number < current or (finished and number == current):
            return "done"
        return "current" if number == current else "todo"

    return [StepState(step, state(step.number)) for step in STEPS]


# Outcomes: finished (with why), or continue.
OUTCOME_WORK = "work"
OUTCOME_EDUCATION = "education"
OUTCOME_OTHER = "other"
OUTCOME_CONTINUE = "continue"
OUTCOMES = (
    (OUTCOME_WORK, "Afronden: de cliënt heeft werk"),
    (OUTCOME_EDUCATION, "Afronden: de cliënt volgt een opleiding"),
    (OUTCOME_OTHER, "Afronden: om een andere reden"),
    (OUTCOME_CONTINUE, "Doorgaan: het traject loopt verder"),
)
FINISHED = frozenset({OUTCOME_WORK, OUTCOME_EDUCATION, OUTCOME_OTHER})
OUTCOME_NOT_YET = "Een uitkomst legt u vast bij stap 5. Zet de casus eerst op stap 5."


def is_finished(outcome: str) -> bool:
    return outcome in FINISHED


@dataclass(frozen=True)
class CaseChange:
    step: int
    outcome: str
    next_evaluation: date | None


def outcome_problem(step: int) -> str | None:
    return None if step == RESULT_STEP else OUTCOME_NOT_YET


def record_outcome(outcome: str, next_evaluation: date | None) -> CaseChange:
    """Step 5. Finishing closes the case (nothing is due any more); continuing goes back to work
    (step 4) and keeps the next evaluation date."""
    if is_finished(outcome):
        return CaseChange(step=RESULT_STEP, outcome=outcome, next_evaluation=None)
    return CaseChange(step=WORK_STEP, outcome=OUTCOME_CONTINUE, next_evaluation=next_evaluation)


def change_step(new_step: int, outcome: str, next_evaluation: date | None) -> CaseChange:
    """Moving a finished case back to an earlier step opens it again."""
    if is_finished(outcome) and new_step < RESULT_STEP:
        return CaseChange(step=new_step, outcome="", next_evaluation=next_evaluation)
    return CaseChange(step=new_step, outcome=outcome, next_evaluation=next_evaluation)


# --- Due for evaluation, and the order of "Mijn casussen" -------------------------------------


def is_due(next_evaluation: date | None, outcome: str, today: date) -> bool:
    return not is_finished(outcome) and next_evaluation is not None and next_evaluation <= today


def case_order(case: Any, today: date) -> tuple:
    """Due first (longest overdue first), then planned (soonest first), then without a date,
    finished last; within a group the most recently changed first."""
    finished = is_finished(case.outcome)
    planned = case.next_evaluation if not finished else None
    if finished:
        group = 3
    elif is_due(planned, case.outcome, today):
        group = 0
    elif planned is not None:
        group = 1
    else:
        group = 2
    day = planned.toordinal() if planned else 0
    return (group, day, -case.updated_at.timestamp(), case.reference.casefold())


def order_cases(cases: Iterable[Any], today: date) -> list[Any]:
    return sorted(cases, key=lambda case: case_order(case, today))


# --- The snapshot of a result ------------------------------------------------------------------

SNAPSHOT_VERSION = 1


def build_snapshot(result: Any, rows: Sequence[Any], made_on: date) -> dict[str, Any]:
    """A triage.matching.MatchResult (and the summary rows of the answers) as plain JSON.

    Everything a case page or report shows is copied: names, fit, each criterion's state and
    texts, offerings, funding. A later change to the catalogue never changes a saved case.
    """
    region = result.region
    return {
        "version": SNAPSHOT_VERSION,
        "made_on": made_on.isoformat(),
        "region": {"code": region.code, "name": region.name} if region else None,
        "answers": [
            {"key": row.question.key, "title": row.question.title, "display": row.display} for row in rows
        ],
        "matches": [_snapshot_match(m) for m in result.matches],
        "near_misses": [_snapshot_match(m) for m in result.near_misses],
    }


def _snapshot_match(m: Any) -> dict[str, Any]:
    p = m.programme
    funding = m.funding
    return {
        "slug": p.slug,
        "name": p.name,
        "kind": p.kind.name,
        "fit": m.fit,
        "opener": m.opener,
        "serves_wish": m.serves_wish,
        "regional": m.regional,
        "summary": p.summary,
        "description": p.description,
        "how_to_apply": p.how_to_apply,
        "how_to_refer": p.how_to_refer,
        "recognition": vocab.label(vocab.RECOGNITION_LEVELS, p.recognition_level),
        "offerings": [
            {
                "provider": o.provider.name,
                "national": o.is_national,
                "requires_care_at_provider": o.requires_care_at_provider,
                "contact": o.contact,
            }
            for o in m.offerings
        ],
        "funding": None if funding is None else {
            "payer": funding.payer,
            "budget": funding.budget,
            "applicant": funding.applicant,
            "legal_basis": funding.legal_basis,
        },
        "criteria": [
            {
                "key": c.key,
                "state": c.state,
                "text": c.text,
                "professional_text": c.professional_text,
                "opener": c.opener,
                "open_to_all": c.open_to_all,
            }
            for c in m.criteria
        ],
    }


def snapshot_options(snapshot: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(slug, name) of every trajectory in the saved result: the ones a professional can choose."""
    items = [*snapshot.get("matches", ()), *snapshot.get("near_misses", ())]
    return [(item["slug"], item["name"]) for item in items]


@dataclass(frozen=True)
class DiscussedOption:
    slug: str
    name: str
    fit: str
    reasons: tuple[dict[str, Any], ...]  # the criteria on which the trajectory sets a limit or asks
    opener: str
    funding: dict[str, str] | None
    how_to_refer: str
    chosen: bool


def discussed_options(snapshot: Mapping[str, Any], chosen_slug: str) -> list[DiscussedOption]:
    """The options for the conversation report, with their reasons, in the order of the result."""
    items = [*snapshot.get("matches", ()), *snapshot.get("near_misses", ())]
    return [
        DiscussedOption(
            slug=item["slug"],
            name=item["name"],
            fit=item["fit"],
            reasons=tuple(c for c in item.get("criteria", ()) if not c.get("open_to_all")),
            opener=item.get("opener", ""),
            funding=item.get("funding"),
            how_to_refer=item.get("how_to_refer") or item.get("how_to_apply", ""),
            chosen=item["slug"] == chosen_slug,
        )
        for item in items
    ]


# --- Retention ---------------------------------------------------------------------------------


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time `months` earlier; the 31st becomes the month's last day."""
    years, month_index = divmod(moment.month - 1 - months, 12)
    year, month = moment.year + years, month_index + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def retention_cutoff(now: datetime, months: int) -> datetime:
    """Cases last changed at or before this moment have passed their retention and are purged."""
    return months_before(now, months)


def is_expired(updated_at: datetime, now: datetime, months: int) -> bool:
    return updated_at <= retention_cutoff(now, months)


# --- Programmes that need checking --------------------------------------------------------------


def year_before(today: date) -> date:
    try:
        return today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year - 1, day=28)


def check_reasons(last_verified: date | None, recognition_valid_until: date | None, today: date) -> tuple[
    str, ...
]:
    """Why a programme needs a curator's check: never or over a year ago verified, recognition expired."""
    reasons = []
    if last_verified is None:
        reasons.append("Nooit gecontroleerd")
    elif last_verified < year_before(today):
        reasons.append(f"Laatst gecontroleerd op {dutch_date(last_verified)}, meer dan een jaar geleden")
    if recognition_valid_until is not None and recognition_valid_until < today:
        reasons.append(f"Erkenning verlopen op {dutch_date(recognition_valid_until)}")
    return tuple(reasons)


MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)


def dutch_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


# --- The gap overview ---------------------------------------------------------------------------

SMALL_COUNT = 5
UNKNOWN_REGION = "Regio onbekend"
NOT_ANSWERED = "Niet beantwoord"


def shown_count(count: int) -> str:
    """Counts under 5 are shown as "< 5": a small number can point to a person."""
    return f"< {SMALL_COUNT}" if count < SMALL_COUNT else str(count)


@dataclass(frozen=True)
class GapRow:
    region: str
    benefit: str
    wish: str
    shown: str
    small: bool


def gap_rows(counts: Iterable[tuple[str | None, str, str, int]]) -> list[GapRow]:
    """(region name, benefit, wish, count) → display rows. Large counts first, by size; the small
    ones after, by name only, so that their order does not give their numbers away either."""
    rows = [
        (
            count,
            GapRow(
                region=region or UNKNOWN_REGION,
                benefit=vocab.label(vocab.BENEFITS, benefit) if benefit else NOT_ANSWERED,
                wish=vocab.label(vocab.WISHES, wish) if wish else NOT_ANSWERED,
                shown=shown_count(count),
                small=count < SMALL_COUNT,
            ),
        )
        for region, benefit, wish, count in counts
        if count > 0
    ]

    def order(item: tuple[int, GapRow]) -> tuple:
        count, row = item
        names = (row.region.casefold(), row.benefit.casefold(), row.wish.casefold())
        return (1, 0, *names) if row.small else (0, -count, *names)

    return [row for _count, row in sorted(rows, key=order)]


def gap_total(counts: Iterable[tuple[Any, Any, Any, int]]) -> str:
    """The total without giving the small groups away: an exact total minus the exact large rows
    would reveal them. So: the sum of the large rows, and how many small groups there are."""
    numbers = [count for *_rest, count in counts if count > 0]
    large = sum(n for n in numbers if n >= SMALL_COUNT)
    small_groups = sum(1 for n in numbers if n < SMALL_COUNT)
    if not small_groups:
        return str(large)
    groups = "groep" if small_groups == 1 else "groepen"
    if not large:
        return f"{small_groups} {groups} van minder dan {SMALL_COUNT}"
    return f"{large}, plus {small_groups} {groups} van minder dan {SMALL_COUNT}"
