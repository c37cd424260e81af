"""Writes to the catalogue: each goes through here, so every write also tells the snapshot.

The admin, the curators' publish button and the import commands call these functions; the
decisions they apply are the pure rules in `programmes.rules`.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

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


# Everything a curator edits on a page of its own carries a version (the optimistic lock); parts
# of a programme (offerings, funding, evidence, conditions, sources) count as the programme's.
VERSIONED = (models.Programme, models.Organisation, models.SupportKind, models.Region, models.Municipality)


def locked_version(model, pk: int) -> int | None:
    """The stored version, with its row locked for the rest of the transaction: two saves at the
    same moment are taken one after the other, and the second sees the first's version."""
    return model.objects.select_for_update().filter(pk=pk).values_list("version", flat=True).first()


def current_version_locked(programme_pk: int) -> int | None:
    return locked_version(models.Programme, programme_pk)


def save_versioned(obj, *, expected_version: int | None, by=None) -> None:
    """Save an edited object as the next version (the caller checked `expected_version` under the
    lock of `locked_version`, in the same transaction)."""
    if obj.pk is not None:
        obj.version = (expected_version or obj.version) + 1
    if by is not None:
        obj._history_user = by
    obj.save()
    catalogue_changed()


def save_programme(programme: models.Programme, *, expected_version: int | None, by=None) -> None:
    save_versioned(programme, expected_version=expected_version, by=by)


def parts_changed(programme_ids) -> None:
    """A part of these programmes was written outside their own form (the offering's admin page):
    their version moves on, so a programme form opened before is refused instead of undoing it."""
    ids = {pk for pk in programme_ids if pk is not None}
    if ids:
        models.Programme.objects.filter(pk__in=ids).update(version=F("version") + 1)
    catalogue_changed()


HISTORY_BASE_REASON = "Geladen uit de catalogus"


def record_missing_history() -> int:
    """A first history record for every catalogue row that has none (loaddata writes no history),
    so the first edit of loaded data shows old → new instead of an empty "Gewijzigd"."""
    added = 0
    for model in (models.Organisation, models.SupportKind, models.Programme, models.Offering,
                  models.Funding, models.Evidence, models.Condition, models.Source,
                  models.Region, models.Municipality, models.MunicipalityAlias):
        recorded = model.history.values_list("id", flat=True).distinct()
        missing = list(model.objects.exclude(pk__in=recorded))
        if missing:
            model.history.bulk_history_create(missing, default_change_reason=HISTORY_BASE_REASON)
            added += len(missing)
    return added


def bump_versions(queryset) -> None:
    """Rows written in bulk (an import): every form opened before is stale."""
    queryset.update(version=F("version") + 1)
    catalogue_changed()


def take_next_version(obj) -> None:
    """An imported row that is already stored becomes the version after the stored one, whatever
    version the file says: a form opened before the import must be refused."""
    if isinstance(obj, VERSIONED) and obj.pk is not None:
        stored = locked_version(type(obj), obj.pk)
        if stored is not None:
            obj.version = stored + 1


@dataclass(frozen=True)
class PublishOutcome:
    published: bool
    problems: tuple[rules.PublishProblem, ...] = ()
    already: bool = False

    @property
    def messages(self) -> list[str]:
        return [rules.PUBLISH_MESSAGES[problem] for problem in self.problems]


@transaction.atomic
def publish(*, programme: models.Programme, reason: str, checked_by: str, by=None) -> PublishOutcome:
    """Publish a concept: under a row lock, so an admin form opened before it is refused instead
    of overwriting it; a new version, like an admin save; the reason lands in the history."""
    locked = models.Programme.objects.select_for_update().get(pk=programme.pk)
    if locked.status == vocab.Status.PUBLISHED:
        return PublishOutcome(published=False, already=True)
    problems = rules.record_problems(reason=reason, checked_by=checked_by) + rules.publish_problems(
        was=locked.status, sources=locked.sources.count()
    )
    if problems:
        return PublishOutcome(published=False, problems=problems)
    locked.status = vocab.Status.PUBLISHED
    locked._change_reason = rules.change_reason(reason=reason, checked_by=checked_by)
    save_programme(locked, expected_version=locked.version, by=by)
    return PublishOutcome(published=True)


# Bookkeeping, not content: never restored.
NOT_RESTORED = ("id", "version", "updated_at")


@dataclass(frozen=True)
class RestoreOutcome:
    restored: tuple[str, ...] = ()  # the fields that changed back
    stale: bool = False  # someone saved after the confirmation page was opened
    errors: dict | None = None  # the earlier values no longer pass the model's checks (e.g. a slug taken)


def restorable_values(obj) -> dict[str, object]:
    """The content of an organisation or kind of support (or an earlier version of it)."""
    return {
        field.attname: getattr(obj, field.attname)
        for field in obj._meta.concrete_fields
        if field.attname not in NOT_RESTORED
    }


@transaction.atomic
def restore_version(
    model, pk: int, record, *, reason: str, expected_version: int | None, by=None
) -> RestoreOutcome:
    """Put an earlier version (a simple-history record) back, under the optimistic lock: refused
    when the row moved on since the curator saw old → new; the reason lands in the history."""
    if not reason.strip():
        return RestoreOutcome(errors={"reden": [rules.RESTORE_NEEDS_REASON]})
    if rules.is_stale_edit(expected_version, locked_version(model, pk)):
        return RestoreOutcome(stale=True)
    obj = model.objects.get(pk=pk)
    earlier = restorable_values(record.instance)
    changed = rules.fields_to_restore(restorable_values(obj), earlier)
    for name in changed:
        setattr(obj, name, earlier[name])
    try:
        obj.full_clean(exclude=["version"])
    except ValidationError as error:
        transaction.set_rollback(True)
        return RestoreOutcome(errors=error.message_dict)
    obj._change_reason = rules.restore_reason(
        version_of=timezone.localtime(record.history_date).strftime("%d-%m-%Y %H:%M"), reason=reason
    )
    save_versioned(obj, expected_version=expected_version, by=by)
    return RestoreOutcome(restored=changed)
