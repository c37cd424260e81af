"""Build the catalogue snapshot from the database, once per change of the catalogue.

The full read, a fixed number of queries whatever the catalogue's size, happens only when
the catalogue's signature (counts and last changes of its tables) changed. The signature
itself is checked at most every CATALOGUE_RECHECK_SECONDS per process, so most requests
pay no catalogue query at all; a curator's change shows within that many seconds.
"""

from __future__ import annotations

import threading
import time

from django.conf import settings
from django.db import connection
from django.db.models import Prefetch

from programmes import models
from programmes.catalogue import (
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
    normalise_place,
)

_TABLES_WITH_UPDATED_AT = [
    models.Programme,
    models.Offering,
    models.Funding,
    models.Evidence,
    models.Condition,
    models.Source,
    models.Organisation,
    models.SupportKind,
]
# Places have no timestamps; a checksum over what the snapshot reads from them catches edits
# (a gemeente moved to another region, a renamed alias) as well as additions and deletions.
_PLACE_CHECKSUMS = [
    (models.Region, "COUNT(*) + SUM(id * LENGTH(name)) + SUM(LENGTH(code))"),
    (models.Municipality, "COUNT(*) + SUM(id * region_id) + SUM(id * LENGTH(name))"),
    (models.MunicipalityAlias, "COUNT(*) + SUM(id * municipality_id) + SUM(id * LENGTH(alias))"),
]

_lock = threading.Lock()
_cache: dict[str, object] = {}


def _subquery(aggregate: str, model) -> str:
    # Table names come from our own models, never from input.
    return f"(SELECT {aggregate} FROM {connection.ops.quote_name(model._meta.db_table)})"  # noqa: S608


def _signature() -> tuple:
    parts = []
    for model in _TABLES_WITH_UPDATED_AT:
        parts += [_subquery("COUNT(*)", model), _subquery("MAX(updated_at)", model)]
    # Offering areas are M2M rows without timestamps; their count catches most edits,
    # and an edit through the admin also touches the offering's updated_at.
    through = [models.Offering.regions.through, models.Offering.municipalities.through]
    parts += [_subquery("COUNT(*)", model) for model in through]
    parts += [_subquery(checksum, model) for model, checksum in _PLACE_CHECKSUMS]
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts))
        return (connection.alias, *cursor.fetchone())


def get_catalogue() -> Catalogue:
    cached = _cache.get("catalogue")
    now = time.monotonic()
    if cached is not None and now - _cache["checked_at"] < settings.CATALOGUE_RECHECK_SECONDS:
        return cached  # type: ignore[return-value]
    signature = _signature()
    if cached is not None and _cache.get("signature") == signature:
        _cache["checked_at"] = now
        return cached  # type: ignore[return-value]
    with _lock:
        catalogue = build_catalogue()
        _cache.update(catalogue=catalogue, signature=signature, checked_at=now)
    return catalogue


def clear_cache() -> None:
    _cache.clear()


def _organisation(org: models.Organisation) -> OrganisationData:
    return OrganisationData(slug=org.slug, name=org.name, kind=org.kind, website=org.website)


def _kind(kind: models.SupportKind) -> KindData:
    return KindData(
        slug=kind.slug,
        name=kind.name,
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
    for alias in models.MunicipalityAlias.objects.select_related("municipality"):
        key = normalise_place(alias.alias)
        aliases[key] = tuple(sorted({*aliases.get(key, ()), alias.municipality.code}))
    organisations = {o.slug: _organisation(o) for o in models.Organisation.objects.all()}
    kinds = {k.pk: _kind(k) for k in models.SupportKind.objects.all()}

    offerings = models.Offering.objects.select_related("provider").prefetch_related(
        Prefetch("regions", queryset=models.Region.objects.only("code")),
        Prefetch("municipalities", queryset=models.Municipality.objects.only("code")),
    )
    programmes = models.Programme.objects.prefetch_related(
        Prefetch("offerings", queryset=offerings),
        "funding",
        "evidence",
        "conditions",
        "sources",
    )
    items = tuple(_programme(p, kinds[p.kind_id], organisations) for p in programmes)
    return Catalogue(
        programmes=items,
        regions=regions,
        municipalities=municipalities,
        aliases=aliases,
        organisations=organisations,
    )


def _programme(p: models.Programme, kind: KindData, organisations: dict) -> ProgrammeData:
    return ProgrammeData(
        slug=p.slug,
        name=p.name,
        status=p.status,
        kind=kind,
        summary=p.summary,
        description=p.description,
        concerns=frozenset(p.concerns),
        care=frozenset(p.care),
        severities=frozenset(p.severities),
        situations=frozenset(p.situations),
        benefits=frozenset(p.benefits),
        wishes=frozenset(p.wishes),
        min_age=p.min_age,
        max_age=p.max_age,
        duration=p.duration,
        intensity=p.intensity,
        how_to_apply=p.how_to_apply,
        how_to_refer=p.how_to_refer,
        recognition_level=p.recognition_level,
        recognition_valid_until=p.recognition_valid_until,
        evidence_summary=p.evidence_summary,
        source_caveat=p.source_caveat,
        period=p.period,
        last_verified=p.last_verified,
        offerings=tuple(
            OfferingData(
                provider=organisations[o.provider.slug],
                scope=o.scope,
                region_codes=frozenset(r.code for r in o.regions.all()),
                municipality_codes=frozenset(m.code for m in o.municipalities.all()),
                requires_care_at_provider=o.requires_care_at_provider,
                contact=o.contact,
                url=o.url,
                note=o.note,
                last_verified=o.last_verified,
            )
            for o in p.offerings.all()
        ),
        funding=tuple(
            FundingData(f.benefit, f.payer, f.budget, f.applicant, f.legal_basis, f.note, f.source)
            for f in p.funding.all()
        ),
        evidence=tuple(
            EvidenceData(
                result=e.result, source=e.source, figure=e.figure, design=e.design,
                participants=e.participants, year=e.year, study=e.study, is_key=e.is_key,
            )
            for e in p.evidence.all()
        ),
        conditions=tuple(ConditionData(c.question, c.client_text) for c in p.conditions.all()),
        sources=tuple(SourceData(s.document, s.locator, s.url, s.note) for s in p.sources.all()),
    )
