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
            )
    except IntegrityError as error:
        # Two saves at once with the same reference: the second one is told, nothing half-saved.
        raise DuplicateReference from error


def _apply(case: Case, change: rules.CaseChange) -> Case:
    case.step, case.outcome, case.next_evaluation = change.step, change.outcome, change.next_evaluation
    case.save()
    return case


@transaction.atomic
def change_step(case: Case, step: int) -> Case:
    return _apply(case, rules.change_step(step, case.outcome, case.next_evaluation))


@transaction.atomic
def record_outcome(case: Case, outcome: str) -> Case:
    return _apply(case, rules.record_outcome(outcome, case.next_evaluation))


@transaction.atomic
def save_plan(
    case: Case, *, chosen: str, chosen_name: str, next_evaluation: date | None, agreements: str, notes: str
) -> Case:
    case.chosen_slug, case.chosen_name = chosen, chosen_name
    case.next_evaluation, case.agreements, case.notes = next_evaluation, agreements, notes
    case.save()
    return case


@transaction.atomic
def delete_case(case: Case) -> None:
    case.delete()
