"""A match result as plain JSON: one shape for the API, `manage.py recommend` and saved cases.

Keys and values are the stroomschema's vocabulary; the texts come from `triage.wording` in both
audiences, so a saved case or another system reads the same words as the result page.
"""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from programmes import vocabulary as vocab
from triage import wording
from triage.outcome import Match, MatchResult


def result(outcome: MatchResult) -> dict[str, Any]:
    region = {"code": outcome.region.code, "name": outcome.region.name} if outcome.region else None
    return {
        "region": region,
        "results": [match(m) for m in (*outcome.matches, *outcome.near_misses)],
        "not_offered": [match(m) for m in outcome.not_offered],
        "not_reached": sorted(outcome.not_reached),
        "gap": outcome.gap,
    }


def match(m: Match) -> dict[str, Any]:
    p = m.programme
    key = wording.key_evidence(p)
    # The catalogue's texts follow the request's language like the wording (Dutch where a text has
    # no English yet); the vocabulary's keys and values stay as they are.
    text = wording.catalogue_text
    return {
        "programme": p.slug,
        "name": text(p.name, p.name_en).text,
        "fit": str(m.fit),
        "opener": wording.opener_text(m.opener),
        "kind": {"slug": p.kind.slug, "name": text(p.kind.name, p.kind.name_en).text},
        "summary": text(p.summary, p.summary_en).text,
        "description": text(p.description, p.description_en).text,
        "how_to_apply": text(p.how_to_apply, p.how_to_apply_en).text,
        "how_to_refer": text(p.how_to_refer, p.how_to_refer_en).text,
        "serves_wish": m.serves_wish,
        "regional": m.regional,
        "integrated_first": m.integrated_first,
        "dutch_evidence": p.dutch_evidence,
        "route": None if m.offering is None else {
            "provider": {"slug": m.offering.provider.slug, "name": m.offering.provider.name},
            "availability": m.offering.availability,
        },
        "offerings": [
            {
                "provider": {"slug": o.provider.slug, "name": o.provider.name},
                "scope": o.scope,
                "requires_care_at_provider": o.requires_care_at_provider,
                "availability": o.availability,
                "desk": o.desk,
                "contact": text(o.contact, o.contact_en).text,
                "phone": o.phone,
                "url": o.url,
            }
            for o in m.offerings
        ],
        "criteria": [
            {
                "key": c.key,
                "state": str(c.state),
                "text": wording.criterion_text(c, p, professional=False),
                "professional_text": wording.criterion_text(c, p, professional=True),
                "opener": wording.opener_text(c.opener),
                "open_to_all": c.open_to_all,
            }
            for c in m.criteria
        ],
        "evidence": {
            "recognition": p.recognition_level,
            "recognition_label": wording.label(vocab.RECOGNITION_LEVELS, p.recognition_level),
            "kind_median_paid_work_pct": p.kind.median_paid_work_pct,
            "key_result": None if key is None else {
                "result": key.result, "figure": key.figure, "design": key.design,
                "participants": key.participants, "year": key.year, "source": key.source,
            },
        },
        "funding": None if m.funding is None else {
            "benefit": m.funding.benefit, "payer": m.funding.payer, "budget": m.funding.budget,
            "applicant": m.funding.applicant, "legal_basis": m.funding.legal_basis,
        },
        "url": reverse("programmes:detail", args=[p.slug]),
    }
