"""The catalogue snapshot each process reads, rebuilt when the catalogue version changes.

Every catalogue write calls `programmes.services.catalogue_changed()`, which sets a new version
token in Django's default cache (shared between processes when CACHE_URL points at Redis). A
process checks that token at most every CATALOGUE_RECHECK_SECONDS and rebuilds its snapshot (a
fixed number of queries, whatever the catalogue's size) only when it changed. Values derived from
the snapshot (the flow's choices, the coverage matrix) are kept beside it, keyed by the same
version, and die with it.

The snapshot itself stays in process memory rather than in the cache: a cache pickles its values,
and unpickling 10,000 programmes on every request would cost more than the page.
"""

from __future__ import annotations

import dataclasses
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db.models import Prefetch

from programmes import models
from programmes import vocabulary as vocab
from programmes.catalogue import (
    FUNDING_PLAIN_FIELDS,
    OFFERING_PLAIN_FIELDS,
    PROGRAMME_PLAIN_FIELDS,
    Catalogue,
    ConditionData,
    EvidenceData,
    FundingData,
    KindData,
    MunicipalityData,
    OfferingData,
    OrganisationData,
    ProgrammeData,
    RegionData,
    SourceData,
)

ENGLISH_PROGRAMME_FIELDS = (
    "name_en", "summary_en", "description_en", "duration_en", "intensity_en", "how_to_apply_en",
    "how_to_refer_en", "evidence_summary_en",
)
VERSION_KEY = "werkroute:catalogue-version"
T = TypeVar("T")


@dataclass
class _Held:
    version: str
    catalogue: Catalogue
    checked_at: float
    derived: dict[str, Any] = field(default_factory=dict)


_lock = threading.Lock()
_held: _Held | None = None


def new_version() -> None:
    """Mark the catalogue as changed: every process rebuilds its snapshot at its next check."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def current_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        # A cache that lost the key (a restart): agree on a new one, so every process rebuilds.
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    return str(version)


def _current() -> _Held:
    global _held
    held = _held
    now = time.monotonic()
    if held is not None and now - held.checked_at < settings.CATALOGUE_RECHECK_SECONDS:
        return held
    version = current_version()
    if held is not None and held.version == version:
        held.checked_at = now
        return held
    with _lock:
        held = _held
        if held is None or held.version != version:
            held = _Held(version=version, catalogue=build_catalogue(), checked_at=now)
            _held = held
    return held


def get_catalogue() -> Catalogue:
    return _current().catalogue


def derived(name: str, build: Callable[[Catalogue], T]) -> T:
    """`build(catalogue)`, computed once per catalogue version in this process."""
    held = _current()
    if name not in held.derived:
        held.derived[name] = build(held.catalogue)
    return held.derived[name]


_remembered_lock = threading.Lock()


def remembered(
    name: str, key: Hashable, build: Callable[[], T], *, limit: int, catalogue: Catalogue | None = None,
) -> T:
    """`build()` for this key, kept per catalogue version in this process: the `limit` most recently
    used keys stay, so memory stays flat whatever comes in. For what is the same for everyone with
    the same key (the advice for a situation, a page's frame, the API's answer).

    `catalogue`: the snapshot the caller read at the start of its request. When the catalogue has
    changed since, what it builds is not kept: it would be kept as the new version's while it was
    made from the old one."""
    held = _current()
    if catalogue is not None and held.catalogue is not catalogue:
        return build()
    with _remembered_lock:
        kept: OrderedDict = held.derived.setdefault(f"remembered-{name}", OrderedDict())
        if key in kept:
            kept.move_to_end(key)
            return kept[key]
    value = build()  # outside the lock: building may take a while, and the same value twice is harmless
    with _remembered_lock:
        kept[key] = value
        while len(kept) > limit:
            kept.popitem(last=False)
    return value


def clear_cache() -> None:
    global _held
    _held = None


def _organisation(org: models.Organisation) -> OrganisationData:
    return OrganisationData(slug=org.slug, name=org.name, kind=org.kind, website=org.website)


def _kind(kind: models.SupportKind) -> KindData:
    return KindData(
        slug=kind.slug,
        name=kind.name,
        name_en=kind.name_en,
        description=kind.description,
        median_paid_work_pct=None if kind.median_paid_work_pct is None else float(kind.median_paid_work_pct),
        paid_work_range=kind.paid_work_range,
        studies_count=kind.studies_count,
        figures_note=kind.figures_note,
        source=kind.source,
    )


def build_catalogue() -> Catalogue:
    regions = {r.code: RegionData(r.code, r.name) for r in models.Region.objects.all()}
    municipalities = {
        m.code: MunicipalityData(m.code, m.name, m.region.code)
        for m in models.Municipality.objects.select_related("region")
    }
    aliases: dict[str, tuple[str, ...]] = {}
    # As written: programmes/places.py reads the qualifiers ("Bergen (NH)", "Hoogvliet Rotterdam").
    for name, code in models.MunicipalityAlias.objects.values_list("alias", "municipality__code"):
        aliases[name] = tuple(sorted({*aliases.get(name, ()), code}))
    organisations = {o.slug: _organisation(o) for o in models.Organisation.objects.all()}
    kinds = {k.pk: _kind(k) for k in models.SupportKind.objects.all()}
    programmes = _with_parts(models.Programme.objects.live())
    items = tuple(_programme(p, kinds[p.kind_id], organisations) for p in programmes)
    return Catalogue(
        programmes=items,
        regions=regions,
        municipalities=municipalities,
        aliases=aliases,
        organisations=organisations,
    )


def _with_parts(programmes):
    offerings = models.Offering.objects.select_related("provider").prefetch_related(
        Prefetch("regions", queryset=models.Region.objects.only("code")),
        Prefetch("municipalities", queryset=models.Municipality.objects.only("code")),
    )
    return programmes.prefetch_related(
        Prefetch("offerings", queryset=offerings), "funding", "evidence", "conditions", "sources"
    )


def draft_data(draft: models.Programme, catalogue: Catalogue) -> ProgrammeData:
    """A draft as the snapshot would hold it once published: under its live programme's slug."""
    row = _with_parts(models.Programme.objects.select_related("kind", "draft_of")).get(pk=draft.pk)
    organisations = {**catalogue.organisations}
    for offering in row.offerings.all():
        organisations.setdefault(offering.provider.slug, _organisation(offering.provider))
    data = _programme(row, _kind(row.kind), organisations)
    return dataclasses.replace(data, slug=row.draft_of.slug if row.draft_of else row.slug)


def _programme(p: models.Programme, kind: KindData, organisations: dict) -> ProgrammeData:
    # Conditions per offering (key: its pk) and for the whole programme (key: None).
    conditions: dict[int | None, list[ConditionData]] = {}
    for c in p.conditions.all():
        settled = tuple(
            (key, frozenset(map(str, values)))
            for key, values in sorted((c.settled_by or {}).items()) if isinstance(values, list)
        )
        conditions.setdefault(c.offering_id, []).append(ConditionData(
            c.question, c.client_text, settled, question_en=c.question_en, client_text_en=c.client_text_en))
    return ProgrammeData(
        slug=p.slug,
        name=p.name,
        status=p.status,
        kind=kind,
        **{name: getattr(p, name) for name in PROGRAMME_PLAIN_FIELDS},
        **_eligibility(p),
        integrated_care=p.integrated_care,
        dutch_evidence=p.dutch_evidence,
        offered_by_institutions=p.offered_by_institutions,
        verified_by=p.verified_by,
        verified_against=p.verified_against,
        offerings=tuple(_offering(o, organisations, conditions) for o in p.offerings.all()),
        funding=tuple(
            FundingData(**{name: getattr(f, name) for name in FUNDING_PLAIN_FIELDS}, derived=f.derived)
            for f in p.funding.all()
        ),
        evidence=tuple(
            EvidenceData(
                result=e.result, source=e.source, figure=e.figure, design=e.design,
                participants=e.participants, year=e.year, study=e.study, is_key=e.is_key,
            )
            for e in p.evidence.all()
        ),
        conditions=tuple(conditions.get(None, ())),
        sources=tuple(SourceData(s.document, s.locator, s.year, s.url, s.note) for s in p.sources.all()),
        **{name: getattr(p, name) for name in ENGLISH_PROGRAMME_FIELDS},
    )


def _offering(o: models.Offering, organisations: dict, conditions: dict) -> OfferingData:
    return OfferingData(
        provider=organisations[o.provider.slug],
        region_codes=frozenset(r.code for r in o.regions.all()),
        municipality_codes=frozenset(m.code for m in o.municipalities.all()),
        **{name: getattr(o, name) for name in OFFERING_PLAIN_FIELDS},
        contact_en=o.contact_en,
        contact_professional_en=o.contact_professional_en,
        note_en=o.note_en,
        verified_by=o.verified_by,
        verified_against=o.verified_against,
        **_eligibility(o),
        conditions=tuple(conditions.get(o.pk, ())),
    )


def _eligibility(item) -> dict:
    sets = {name: frozenset(getattr(item, name)) for name in vocab.ELIGIBILITY_CHOICES}
    return {**sets, "min_age": item.min_age, "max_age": item.max_age}
