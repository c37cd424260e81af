"""The last published version of a programme, rebuilt from django-simple-history.

Curators who want to see the effect of an edit first save the programme as a concept; the
effect page then compares the version that was last published (this module) with the saved
concept. Only what matching looks at is rebuilt: the eligibility fields and the offerings
(where, by whom, provider-bound or not). Texts, funding and conditions do not change who sees
a programme.
"""

from __future__ import annotations

from dataclasses import replace

from programmes import models
from programmes import vocabulary as vocab
from programmes.catalogue import Catalogue, OfferingData, OrganisationData, ProgrammeData

PUBLISHED = vocab.Status.PUBLISHED
_ELIGIBILITY = tuple(vocab.ELIGIBILITY_CHOICES)


def last_published_version(programme: models.Programme, current: ProgrammeData, catalogue: Catalogue) -> (
    ProgrammeData | None
):
    """The programme as it was when it was last published, or None if it never was.

    When it is published now, that is the current version.
    """
    if programme.status == PUBLISHED:
        return current
    records = list(programme.history.order_by("history_date", "history_id"))
    last = next((i for i in range(len(records) - 1, -1, -1) if records[i].status == PUBLISHED), None)
    if last is None:
        return None
    record = records[last]
    # It stopped being published with the next record; its offerings are taken as they were then.
    until = records[last + 1].history_date if last + 1 < len(records) else None
    offerings = _offerings_as_of(programme.pk, until, catalogue)
    fields = {name: frozenset(getattr(record, name) or ()) for name in _ELIGIBILITY}
    return replace(
        current,
        status=PUBLISHED,
        min_age=record.min_age,
        max_age=record.max_age,
        offerings=offerings if offerings is not None else current.offerings,
        **fields,
    )


def _offerings_as_of(programme_id: int, until, catalogue: Catalogue) -> tuple[OfferingData, ...] | None:
    history = models.Offering.history.filter(programme_id=programme_id)
    if until is not None:
        # Offerings saved with the programme's own change come just after it: not part of the old one.
        history = history.filter(history_date__lte=until)
    latest: dict[int, object] = {}
    for record in history.order_by("history_date", "history_id"):
        latest[record.id] = record
    if not latest and until is None:
        return None
    result = []
    for record in latest.values():
        if record.history_type == "-":
            continue
        provider = catalogue.organisations.get(record.provider.slug) or OrganisationData(
            slug=record.provider.slug, name=record.provider.name, kind=record.provider.kind
        )
        result.append(OfferingData(
            provider=provider,
            scope=record.scope,
            region_codes=frozenset(row.region.code for row in record.regions.select_related("region")),
            municipality_codes=frozenset(
                row.municipality.code for row in record.municipalities.select_related("municipality")
            ),
            requires_care_at_provider=record.requires_care_at_provider,
            contact=record.contact,
        ))
    return tuple(result)
