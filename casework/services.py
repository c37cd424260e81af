"""Writes to saved cases: each a function, atomic, applying the pure rules in `casework.rules`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.db import IntegrityError, transaction

from casework import rules
from casework.models import Case


class DuplicateReference(Exception):
    """The owner already has a case with this reference."""


@transaction.atomic
def create_case(
    *, owner, reference: str, answers: Mapping[str, Any], snapshot: Mapping[str, Any], chosen: str,
    chosen_name: str,
) -> Case:
    try:
        with transaction.atomic():
            return Case.objects.create(
                owner=owner,
                reference=reference,
                answers=dict(answers),
                results=dict(snapshot),
                chosen_slug=chosen,
                chosen_name=chosen_name,
                step=rules.starting_step(answers),
            )
    except IntegrityError as error:
        # Two saves at once with the same reference: the second one is told, nothing half-saved.
        raise DuplicateReference from error


@transaction.atomic
def save_case(
    case: Case, *, step: int, outcome: str, chosen: str, chosen_name: str, next_evaluation: date | None,
    agreements: str, notes: str,
) -> Case:
    """Everything on the case page in one write: nothing typed is lost when the step changes too."""
    change = rules.save_change(
        step=step, outcome=case.outcome, new_outcome=outcome, next_evaluation=next_evaluation
    )
    case.step, case.outcome, case.next_evaluation = change.step, change.outcome, change.next_evaluation
    case.chosen_slug, case.chosen_name = chosen, chosen_name
    case.agreements, case.notes = agreements, notes
    case.save()
    return case


@transaction.atomic
def delete_case(case: Case) -> None:
    case.delete()
