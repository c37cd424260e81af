"""The one write of the opendata app: an HSDS catalogue (read by opendata.mapping.from_hsds) into an empty
catalogue, all or nothing."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from opendata import taxonomy as tx
from opendata.reading import Imported
from programmes import models
from programmes.catalogue import FUNDING_PLAIN_FIELDS, OFFERING_PLAIN_FIELDS, PROGRAMME_PLAIN_FIELDS
from programmes.snapshot import clear_cache


class ImportRefused(Exception):
    """The data cannot go in; nothing was written. The message is Dutch and says why."""


def _in_vocabulary_order(keys: frozenset[str], field: str) -> list[str]:
    dimension = next(d for d in tx.DIMENSIONS if d.field == field)
    return [key for key, _label in dimension.choices if key in keys]


def _checked(obj, *, exclude: tuple[str, ...] = ()):
    """Hold every object to the model's own rules: the file may come from any directory."""
    try:
        obj.full_clean(exclude=list(exclude), validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        problems = "; ".join(
            f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items()
        )
        raise ImportRefused(f"{obj._meta.verbose_name} ‘{obj}’ klopt niet: {problems}") from error
    return obj


def catalogue_is_empty() -> bool:
    return not any(m.objects.exists() for m in (models.Programme, models.Organisation, models.SupportKind))


@transaction.atomic
def import_catalogue(imported: Imported, *, reason: str) -> dict[str, int]:
    """Create the kinds, organisations and programmes (with offerings, funding and conditions).

    Only into an empty catalogue: merging into one that curators keep is a curator's decision, not an
    import's. The CBS places must be there already (manage.py import_regions).
    """
    if not catalogue_is_empty():
        raise ImportRefused(
            "De catalogus is niet leeg. import_hsds vult alleen een lege catalogus; er is niets gewijzigd."
        )
    regions = {r.code: r for r in models.Region.objects.all()}
    municipalities = {m.code: m for m in models.Municipality.objects.all()}
    missing = sorted(
        {code for p in imported.programmes for o in p.offerings for code in o.region_codes} - set(regions)
        | {code for p in imported.programmes for o in p.offerings for code in o.municipality_codes}
        - set(municipalities)
    )
    if missing:
        raise ImportRefused(
            f"Onbekende CBS-codes: {', '.join(missing)}. Laad eerst de gemeenten en arbeidsmarktregio's "
            "(manage.py import_regions); er is niets gewijzigd."
        )

    def save(obj, exclude: tuple[str, ...] = ()):
        _checked(obj, exclude=exclude)
        obj._change_reason = reason  # django-simple-history records why
        obj.save()
        return obj

    kinds = {
        k.slug: save(models.SupportKind(slug=k.slug, name=k.name, description=k.description, order=n))
        for n, k in enumerate(imported.kinds, start=1)
    }
    organisations = {
        o.slug: save(models.Organisation(slug=o.slug, name=o.name, kind=o.kind, website=o.website))
        for o in imported.organisations
    }
    counts = {"kinds": len(kinds), "organisations": len(organisations), "programmes": 0, "offerings": 0}
    for p in imported.programmes:
        if p.kind.slug not in kinds:
            raise ImportRefused(f"Traject ‘{p.name}’: de soort ondersteuning ‘{p.kind.slug}’ ontbreekt.")
        if p.min_age is not None and p.max_age is not None and p.min_age > p.max_age:
            raise ImportRefused(f"Traject ‘{p.name}’: de minimumleeftijd is hoger dan de maximumleeftijd.")
        programme = save(
            models.Programme(
                slug=p.slug,
                name=p.name,
                kind=kinds[p.kind.slug],
                status=p.status,
                min_age=p.min_age,
                max_age=p.max_age,
                **{name: getattr(p, name) for name in PROGRAMME_PLAIN_FIELDS},
                **{d.field: _in_vocabulary_order(getattr(p, d.field), d.field) for d in tx.DIMENSIONS},
            )
        )
        counts["programmes"] += 1
        offering_conditions = []
        for o in p.offerings:
            if o.provider.slug not in organisations:
                raise ImportRefused(f"Traject ‘{p.name}’: aanbieder ‘{o.provider.slug}’ ontbreekt.")
            offering = save(
                models.Offering(
                    programme=programme,
                    provider=organisations[o.provider.slug],
                    **{name: getattr(o, name) for name in OFFERING_PLAIN_FIELDS},
                    min_age=o.min_age,
                    max_age=o.max_age,
                    **{d.field: _in_vocabulary_order(getattr(o, d.field), d.field) for d in tx.DIMENSIONS},
                )
            )
            offering.regions.set([regions[code] for code in sorted(o.region_codes)])
            offering.municipalities.set([municipalities[code] for code in sorted(o.municipality_codes)])
            counts["offerings"] += 1
            offering_conditions.append((offering, o.conditions))
        for order, f in enumerate(p.funding, start=1):
            # HSDS carries no citation for a funding row; the curator adds the source later.
            save(
                models.Funding(
                    programme=programme,
                    order=order,
                    **{name: getattr(f, name) for name in FUNDING_PLAIN_FIELDS},
                ),
                exclude=("source",),
            )
        # One order per programme: its own conditions first, then each offering's.
        numbered = enumerate(
            [(None, c) for c in p.conditions] + [(o, c) for o, cs in offering_conditions for c in cs], start=1
        )
        for order, (offering, c) in numbered:
            settled_by = {key: sorted(values) for key, values in c.settled_by}
            save(
                models.Condition(
                    programme=programme, offering=offering, order=order, question=c.question,
                    client_text=c.client_text, settled_by=settled_by,
                )
            )
    transaction.on_commit(clear_cache)
    return counts
