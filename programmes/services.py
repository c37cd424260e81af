"""Writes to the catalogue: each goes through here, so every write also tells the snapshot.

The admin, the curators' publish button and the import commands call these functions; the
decisions they apply are the pure rules in `programmes.rules`.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connection, transaction

from programmes import models, rules, snapshot
from programmes import vocabulary as vocab


def catalogue_changed() -> None:
    """Call after any write to the catalogue (programmes, their parts, organisations, places).

    The version changes at once, and again once the transaction commits: a process that rebuilt
    its snapshot in between read the old rows, and the second change makes it read them again.
    """
    snapshot.new_version()
    if connection.in_atomic_block:
        transaction.on_commit(snapshot.new_version)


def current_version_locked(programme_pk: int) -> int | None:
    """The programme's stored version, with its row locked for the rest of the transaction: two
    saves at the same moment are taken one after the other, and the second sees the first's version."""
    current = models.Programme.objects.select_for_update().filter(pk=programme_pk)
    return current.values_list("version", flat=True).first()


def save_programme(programme: models.Programme, *, expected_version: int | None, by=None) -> None:
    """Save an edited programme as the next version (the caller checked `expected_version` under
    the lock of `current_version_locked`, in the same transaction)."""
    if programme.pk is not None:
        programme.version = (expected_version or programme.version) + 1
    if by is not None:
        programme._history_user = by
    programme.save()
    catalogue_changed()


@dataclass(frozen=True)
class PublishOutcome:
    published: bool
    problems: tuple[rules.PublishProblem, ...] = ()
    already: bool = False

    @property
    def messages(self) -> list[str]:
        return [rules.PUBLISH_MESSAGES[problem] for problem in self.problems]


@transaction.atomic
def publish(*, programme: models.Programme, by=None) -> PublishOutcome:
    """Publish a programme: under a row lock, so an admin form opened before it is refused instead
    of overwriting it; a new version, like an admin save."""
    locked = models.Programme.objects.select_for_update().get(pk=programme.pk)
    if locked.status == vocab.Status.PUBLISHED:
        return PublishOutcome(published=False, already=True)
    problems = rules.publish_problems(was=locked.status, sources=locked.sources.count())
    if problems:
        return PublishOutcome(published=False, problems=problems)
    locked.status = vocab.Status.PUBLISHED
    save_programme(locked, expected_version=locked.version, by=by)
    return PublishOutcome(published=True)
