"""One timeline per programme: every change to it and to its offerings, funding, evidence,
conditions and sources, newest first: who, when, why, and each field old → new in full.

Read from django-simple-history; shown on the programme's history page in the admin.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.text import capfirst

from programmes import models
from programmes.admin.base import WHOLE, LabelledHistoryHelper

PARTS = (models.Offering, models.Funding, models.Evidence, models.Condition, models.Source)
# Bookkeeping, not content: a change of these alone is not worth a line.
NOT_SHOWN = ["updated_at", "version", "draft_of"]
LIMIT = 200
ACTIONS = {"+": "Toegevoegd", "~": "Gewijzigd", "-": "Verwijderd"}
NO_EARLIER = (
    "Eerste wijziging sinds de catalogus werd geladen; de waarden van daarvoor zijn niet bewaard."
)


@dataclass(frozen=True)
class Change:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class Entry:
    record: object
    part: str  # "Traject" or e.g. "Aanbod: Yulius"
    action: str
    who: str
    reason: str
    changes: tuple[Change, ...]
    note: str = ""
    restorable: bool = False  # a version of the programme itself: "Herstel deze versie"


def _changes(model, record, previous) -> tuple[Change, ...]:
    excluded = [name for name in NOT_SHOWN if hasattr(record, name)]
    delta = record.diff_against(previous, excluded_fields=excluded, foreign_keys_are_objs=True)
    helper = LabelledHistoryHelper(model, record, max_displayed_delta_change_chars=WHOLE)
    return tuple(
        Change(capfirst(str(item["field"])), str(item["old"]), str(item["new"]))
        for item in helper.context_for_delta_changes(delta)
    )


def _entry(model, record, part: str, restorable: bool) -> Entry | None:
    previous = record.prev_record if record.history_type == "~" else None
    changes = _changes(model, record, previous) if previous is not None else ()
    note = ""
    if record.history_type == "~" and previous is None:
        note = NO_EARLIER
    elif record.history_type == "~" and not changes and not record.history_change_reason:
        return None  # saved without a change to what curators edit
    user = record.history_user
    return Entry(
        record=record,
        part=part,
        action=ACTIONS.get(record.history_type, "Gewijzigd"),
        who=str(user) if user else "onbekend (een import of script)",
        reason=record.history_change_reason or "",
        changes=changes,
        note=note,
        restorable=restorable and record.history_type != "-",
    )


def _timeline(obj, label: str, parts, parent: str, *, newest_restorable: bool = True) -> list[Entry]:
    """Every change to obj (restorable) and to its parts (rows of `parts` whose `parent` is obj)."""
    entries = []
    records = obj.history.select_related("history_user").order_by("-history_date", "-history_id")
    for number, record in enumerate(records[:LIMIT]):
        entry = _entry(type(obj), record, label, restorable=newest_restorable or number > 0)
        if entry is not None:
            entries.append(entry)
    for model in parts:
        rows = model.history.filter(**{parent: obj.pk}).select_related("history_user")
        for record in rows.order_by("-history_date", "-history_id")[:LIMIT]:
            entry = _entry(model, record, f"{capfirst(model._meta.verbose_name)}: {record.instance}", False)
            if entry is not None:
                entries.append(entry)
    entries.sort(key=lambda entry: entry.record.history_date, reverse=True)
    return entries[:LIMIT]


def programme_timeline(programme: models.Programme) -> list[Entry]:
    return _timeline(programme, "Traject", PARTS, "programme_id")


def municipality_timeline(municipality: models.Municipality) -> list[Entry]:
    """A gemeente and the other names people type for it (edited on its page)."""
    # Its newest version is what it is now: restoring that would change nothing.
    return _timeline(
        municipality, "Gemeente", (models.MunicipalityAlias,), "municipality_id", newest_restorable=False
    )
