"""What the HSDS export reads from the database besides the snapshot: when each service last changed."""

from __future__ import annotations

from datetime import datetime

from django.db.models import Max

from programmes import models
from programmes import vocabulary as vocab


def service_modified_times() -> dict[tuple[str, str], datetime]:
    """(programme slug, provider slug) → the last change to anything its HSDS service carries. 3 queries."""
    published = vocab.Status.PUBLISHED
    parts: dict[str, datetime] = {}
    for model in (models.Funding, models.Condition):
        rows = (
            model.objects.filter(programme__status=published)
            .values_list("programme__slug")
            .annotate(last=Max("updated_at"))
        )
        for slug, last in rows:
            parts[slug] = max(last, parts.get(slug, last))
    times = {}
    rows = models.Offering.objects.filter(programme__status=published).values_list(
        "programme__slug",
        "provider__slug",
        "updated_at",
        "programme__updated_at",
        "provider__updated_at",
        "programme__kind__updated_at",
    )
    for programme, provider, *stamps in rows:
        if programme in parts:
            stamps.append(parts[programme])
        times[(programme, provider)] = max(stamps)
    return times
