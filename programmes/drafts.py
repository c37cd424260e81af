"""Drafts of published programmes: edit beside the live version, publish with a reason, restore.

A draft is a second Programme row (`draft_of` = the live one) with its own offerings, funding,
evidence, conditions and sources. Why rows and not a JSON copy: the curator edits the draft on
the very same admin page, with the same inlines, validation, autocomplete and optimistic lock;
the snapshot builds the draft's ProgrammeData with the same code as the live one, so its preview
and the effect page run the real matcher on it; and every edit of the draft is in the history.
The price: whatever reads the catalogue leaves drafts out (`ProgrammeQuerySet.live`, the snapshot).

Everything moves as a `Graph`: the programme's values and its parts, each part keyed by what
identifies it within a programme (an offering by its provider, funding by benefit, the others
by order). `write_graph` makes a programme equal to a graph, saving only what differs, so the
live programme's history shows field by field what publishing a draft changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from programmes import models, rules, services
from programmes import vocabulary as vocab

# The programme's own fields that a draft carries (not its identity, lock or bookkeeping).
_NOT_COPIED = {"id", "slug", "version", "updated_at", "draft_of"}
PROGRAMME_FIELDS = tuple(
    f.attname for f in models.Programme._meta.concrete_fields if f.name not in _NOT_COPIED
)
DRAFT_SUFFIX = "--concept"
# The historical through rows of an offering's many-to-many fields name their target so.
_M2M_TARGET = {"regions": "region", "municipalities": "municipality"}


@dataclass(frozen=True)
class PartKind:
    model: type
    key: str  # the field that identifies a row within its programme
    m2m: tuple[str, ...] = ()

    @property
    def fields(self) -> tuple[str, ...]:
        skip = {"id", "programme", "updated_at", "offering"}
        return tuple(f.attname for f in self.model._meta.concrete_fields if f.name not in skip)


OFFERINGS = PartKind(models.Offering, "provider_id", ("regions", "municipalities"))
CONDITIONS = PartKind(models.Condition, "order")
PARTS = (
    OFFERINGS,
    PartKind(models.Funding, "benefit"),
    PartKind(models.Evidence, "order"),
    PartKind(models.Source, "order"),
    CONDITIONS,
)


@dataclass
class Graph:
    """A programme and its parts as plain values (ids of related rows, not objects)."""

    programme: dict
    # model name → key → values; an offering's values also hold its regions and municipalities
    # (sets of ids), a condition's its offering's provider id ("offering_provider", or None).
    parts: dict[str, dict] = field(default_factory=dict)


def _part_values(kind: PartKind, row, m2m: dict[str, set[int]] | None = None) -> dict:
    values = {name: getattr(row, name) for name in kind.fields}
    if kind is CONDITIONS:
        offering = row.offering_id and models.Offering.objects.filter(pk=row.offering_id).first()
        values["offering_provider"] = offering.provider_id if offering else None
    if m2m is not None:
        values.update(m2m)
    return values


def graph_of(programme: models.Programme) -> Graph:
    graph = Graph({name: getattr(programme, name) for name in PROGRAMME_FIELDS})
    for kind in PARTS:
        rows = kind.model.objects.filter(programme=programme)
        graph.parts[kind.model.__name__] = {
            getattr(row, kind.key): _part_values(
                kind, row,
                {name: set(getattr(row, name).values_list("pk", flat=True)) for name in kind.m2m},
            )
            for row in rows
        }
    return graph


def graph_as_of(programme: models.Programme, record) -> Graph:
    """The version that the historical record `record` began: the programme as recorded, and its
    parts as they were before the programme's next record (an admin save writes the programme
    first and its inlines just after it, so they belong to the same version)."""
    later = programme.history.filter(history_date__gt=record.history_date)
    following = later.order_by("history_date").first()
    graph = Graph({name: getattr(record, name) for name in PROGRAMME_FIELDS})
    for kind in PARTS:
        history = kind.model.history.filter(programme_id=programme.pk)
        if following is not None:
            history = history.filter(history_date__lt=following.history_date)
        latest: dict[int, object] = {}
        for row in history.order_by("history_date", "history_id"):
            latest[row.id] = row
        found = {}
        for row in latest.values():
            if row.history_type == "-":
                continue
            m2m = {name: {getattr(link, f"{_M2M_TARGET[name]}_id") for link in getattr(row, name).all()}
                   for name in kind.m2m}
            found[getattr(row, kind.key)] = _part_values(kind, row, m2m)
        graph.parts[kind.model.__name__] = found
    return graph


def _mark(obj, by, reason: str | None) -> None:
    if by is not None:
        obj._history_user = by
    if reason:
        obj._change_reason = reason


def write_graph(graph: Graph, target: models.Programme, *, by=None, reason: str | None = None) -> None:
    """Make `target` and its parts equal to `graph`, saving only rows that differ."""
    for name, value in graph.programme.items():
        setattr(target, name, value)
    _mark(target, by, reason)
    target.save()
    wanted_conditions = graph.parts.get("Condition", {})
    for row in models.Condition.objects.filter(programme=target):
        if row.order not in wanted_conditions:
            _mark(row, by, reason)
            row.delete()
    offerings_by_provider: dict[int, models.Offering] = {}
    for kind in PARTS:
        wanted = graph.parts.get(kind.model.__name__, {})
        existing = {getattr(row, kind.key): row for row in kind.model.objects.filter(programme=target)}
        for key, row in existing.items():
            if key not in wanted:
                _mark(row, by, reason)
                row.delete()
        if kind.model is models.Funding:
            _free_orders(existing, wanted)
        for key, values in wanted.items():
            row = existing.get(key) or kind.model(programme=target)
            plain = {name: values[name] for name in kind.fields}
            if kind is CONDITIONS:
                provider = values.get("offering_provider")
                plain["offering_id"] = offerings_by_provider[provider].pk if provider else None
            changed = row.pk is None or any(getattr(row, n) != v for n, v in plain.items())
            if changed:
                for name, value in plain.items():
                    setattr(row, name, value)
                _mark(row, by, reason)
                row.save()
            for name in kind.m2m:
                related = getattr(row, name)
                if set(related.values_list("pk", flat=True)) != set(values[name]):
                    _mark(row, by, reason)
                    related.set(values[name])
            if kind is OFFERINGS:
                offerings_by_provider[key] = row


def _free_orders(existing: dict, wanted: dict) -> None:
    # Funding is keyed by benefit and unique per order too: two rows that swap places would
    # collide while the first is saved, so rows whose order changes step aside first.
    for key, row in existing.items():
        if key in wanted and row.order != wanted[key]["order"]:
            row.order = 1000 + row.order
            row.save(update_fields=["order"])


def open_draft(live: models.Programme) -> models.Programme | None:
    """The draft being edited of a published programme, if there is one (there is one at most)."""
    return models.Programme.objects.filter(draft_of=live).first()


def draft_slug(slug: str) -> str:
    return (slug[: 80 - len(DRAFT_SUFFIX)]) + DRAFT_SUFFIX


def _new_draft(live: models.Programme, graph: Graph, by, reason: str) -> models.Programme:
    draft = models.Programme(slug=draft_slug(live.slug), draft_of=live, kind_id=live.kind_id)
    write_graph(graph, draft, by=by, reason=reason)
    services.catalogue_changed()
    return draft


@transaction.atomic
def start_draft(live: models.Programme, *, by=None) -> models.Programme:
    """The draft of a published programme: the one already open, or a new copy of the live one."""
    live = models.Programme.objects.select_for_update().get(pk=live.pk)
    existing = open_draft(live)
    if existing is not None:
        return existing
    draft = _new_draft(live, graph_of(live), by, "Concept gemaakt van de gepubliceerde versie")
    # A page of the live programme opened before is stale now: its save would bypass the draft.
    services.parts_changed({live.pk})
    return draft


@transaction.atomic
def restore_as_draft(live: models.Programme, record, *, by=None) -> models.Programme:
    """An earlier version (a historical record of `live`) as a new draft; an open draft is replaced."""
    live = models.Programme.objects.select_for_update().get(pk=live.pk)
    models.Programme.objects.filter(draft_of=live).delete()
    when = record.history_date.strftime("%d-%m-%Y %H:%M")
    return _new_draft(live, graph_as_of(live, record), by, f"Concept hersteld uit de versie van {when}")


@transaction.atomic
def discard_draft(draft: models.Programme) -> None:
    models.Programme.objects.filter(pk=draft.pk, draft_of__isnull=False).delete()
    services.catalogue_changed()


@dataclass(frozen=True)
class DraftOutcome:
    published: bool
    problems: tuple[rules.PublishProblem, ...] = ()

    @property
    def messages(self) -> list[str]:
        return [rules.PUBLISH_MESSAGES[problem] for problem in self.problems]


@transaction.atomic
def publish_draft(draft: models.Programme, *, reason: str, checked_by: str, by=None) -> DraftOutcome:
    """The draft becomes the live programme (with its parts); the reason lands in the history."""
    live = models.Programme.objects.select_for_update().get(pk=draft.draft_of_id)
    draft = models.Programme.objects.get(pk=draft.pk)
    problems = rules.record_problems(reason=reason, checked_by=checked_by)
    if draft.status == vocab.Status.PUBLISHED:
        problems += rules.publish_problems(was=None, sources=draft.sources.count())
    if problems:
        return DraftOutcome(published=False, problems=problems)
    graph = graph_of(draft)
    draft.delete()
    live.version += 1
    write_graph(graph, live, by=by, reason=rules.change_reason(reason=reason, checked_by=checked_by))
    services.catalogue_changed()
    return DraftOutcome(published=True)


def part_ids(live: models.Programme, draft: models.Programme) -> dict[str, dict[str, str]]:
    """Per part model name: the live row's id → the draft row's id (as the admin posts them)."""
    mapping: dict[str, dict[str, str]] = {}
    for kind in PARTS:
        draft_rows = dict(kind.model.objects.filter(programme=draft).values_list(kind.key, "pk"))
        mapping[kind.model.__name__] = {
            str(pk): str(draft_rows[key])
            for key, pk in kind.model.objects.filter(programme=live).values_list(kind.key, "pk")
            if key in draft_rows
        }
    return mapping
