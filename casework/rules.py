"""Pure rules for saved cases: no ORM, no request, no settings.

- the five steps of the werkproces (seed 003), and what recording an outcome does to a case;
- which cases are due for evaluation, and their order in "Mijn casussen";
- the saved result: which trajectories were discussed, as the case pages show them;
- retention: when a case must be purged.

The pseudonym guard is in `casework.pseudonym`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from programmes import rules as catalogue_rules
from programmes.catalogue import FundingData
from triage import wording
from triage.presenting import CriterionLine

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


def save_change(
    *, step: int, outcome: str, new_outcome: str, next_evaluation: date | None
) -> CaseChange:
    """One save of the case page: the step (which may reopen a finished case), then, at step 5,
    the outcome recorded with it."""
    change = change_step(step, outcome, next_evaluation)
    if new_outcome:
        return record_outcome(new_outcome, change.next_evaluation)
    return change


def starting_step(answers: Mapping[str, Any]) -> int:
    """Where a case saved from a completed intake starts: with the situation and the wish known,
    step 3 (choosing together); with only the situation, step 2; otherwise step 1."""
    situation_known = all(answers.get(key) not in (None, "", "unknown") for key in ("situation", "benefit"))
    wish_known = answers.get("wish") not in (None, "", "unknown")
    if situation_known and wish_known:
        return 3
    return 2 if situation_known else FIRST_STEP


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


# --- The saved result ----------------------------------------------------------------------------

# Version 2: the shape of triage.serialise ("results"); version 1 kept "matches" and "near_misses".
SNAPSHOT_VERSION = 2


def snapshot(result: Mapping[str, Any], rows: Iterable[Any], made_on: date) -> dict[str, Any]:
    """A serialised match result (triage.serialise.result) with the answers, as a case keeps it.

    Everything a case page or report shows is copied: a later change to the catalogue never
    changes a saved case.
    """
    return {
        "version": SNAPSHOT_VERSION,
        "made_on": made_on.isoformat(),
        "answers": [
            {"key": row.question.key, "title": row.question.title, "display": row.display} for row in rows
        ],
        **result,
    }


def _saved_items(saved: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    if "results" in saved:
        return list(saved["results"])
    return [*saved.get("matches", ()), *saved.get("near_misses", ())]


def _slug(item: Mapping[str, Any]) -> str:
    return item.get("programme") or item.get("slug", "")


def snapshot_options(saved: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(slug, name) of every trajectory in the saved result: the ones a professional can choose."""
    return [(_slug(item), item["name"]) for item in _saved_items(saved)]


@dataclass(frozen=True)
class DiscussedOption:
    slug: str
    name: str
    fit: str
    fit_icon: str
    fit_word: str
    reasons: tuple[CriterionLine, ...]  # the criteria on which the trajectory sets a limit or asks
    opener: str
    funding_line: str
    how_to_refer: str
    chosen: bool


def discussed_options(saved: Mapping[str, Any], chosen_slug: str) -> list[DiscussedOption]:
    """The options for the case page and the conversation report, in the order of the result,
    in professional words."""
    options = []
    for item in _saved_items(saved):
        fit_icon, fit_word = wording.fit_words(item["fit"])
        funding = item.get("funding")
        row = FundingData(
            benefit=funding.get("benefit", ""), payer=funding["payer"], budget=funding["budget"],
            applicant=funding["applicant"], legal_basis=funding.get("legal_basis", ""),
        ) if funding else None
        options.append(DiscussedOption(
            slug=_slug(item),
            name=item["name"],
            fit=item["fit"],
            fit_icon=fit_icon,
            fit_word=fit_word,
            reasons=tuple(
                CriterionLine(c["state"], *wording.state_words(c["state"]), c["professional_text"], "")
                for c in item.get("criteria", ()) if not c.get("open_to_all")
            ),
            opener=item.get("opener", ""),
            funding_line=wording.funding_text(row, professional=True) if row else "",
            how_to_refer=item.get("how_to_refer") or item.get("how_to_apply", ""),
            chosen=_slug(item) == chosen_slug,
        ))
    return options


# --- Retention ---------------------------------------------------------------------------------


def retention_cutoff(now: datetime, months: int) -> datetime:
    """Cases last changed at or before this moment have passed their retention and are purged."""
    return catalogue_rules.months_before(now, months)
