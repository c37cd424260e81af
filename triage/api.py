"""JSON API for other systems: the same flow and matcher as the wizard.

It records no gaps and stores no answers; machines may put answers in the query string.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from programmes import vocabulary as vocab
from programmes.snapshot import get_catalogue
from triage import flow, matching
from triage.context import flow_context
from triage.flow import FlowContext

REPEATED = "Geef dit antwoord maar één keer op."


@transaction.non_atomic_requests
@require_GET
def recommendations(request: HttpRequest) -> JsonResponse:
    catalogue = get_catalogue()
    raw: dict[str, str] = {}
    errors: dict[str, list[str]] = {}
    for key in request.GET:
        values = request.GET.getlist(key)
        if len(values) > 1:
            errors[key] = [REPEATED]
        else:
            raw[key] = values[0]
    answers, invalid = flow.validate_all(raw, flow_context(catalogue))
    errors.update(invalid)
    if errors:
        return JsonResponse({"errors": errors}, status=400, json_dumps_params={"ensure_ascii": False})
    outcome = matching.match(answers, catalogue)
    return JsonResponse(serialise(outcome), json_dumps_params={"ensure_ascii": False})


def serialise(outcome: matching.MatchResult) -> dict[str, Any]:
    region = {"code": outcome.region.code, "name": outcome.region.name} if outcome.region else None
    return {
        "region": region,
        "results": [_match(m) for m in (*outcome.matches, *outcome.near_misses)],
        "gap": outcome.gap,
    }


def _match(m: matching.Match) -> dict[str, Any]:
    p = m.programme
    key = next((e for e in p.evidence if e.is_key), p.evidence[0] if p.evidence else None)
    return {
        "programme": p.slug,
        "name": p.name,
        "fit": m.fit,
        "opener": m.opener,
        "kind": {"slug": p.kind.slug, "name": p.kind.name},
        "offerings": [
            {
                "provider": {"slug": o.provider.slug, "name": o.provider.name},
                "scope": o.scope,
                "requires_care_at_provider": o.requires_care_at_provider,
                "contact": o.contact,
                "url": o.url,
            }
            for o in m.offerings
        ],
        "criteria": [
            {"key": c.key, "state": c.state, "text": c.text, "professional_text": c.professional_text}
            for c in m.criteria
        ],
        "evidence": {
            "recognition": p.recognition_level,
            "recognition_label": vocab.label(vocab.RECOGNITION_LEVELS, p.recognition_level),
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
        "url": f"/catalogus/{p.slug}/",
    }


def _parameter(question: flow.Question, context: FlowContext) -> dict[str, Any]:
    # The schema is exact (the catalogue's gemeenten and GGZ-instellingen as enums), so that
    # every request it allows is one the API accepts.
    schema: dict[str, Any]
    if question.kind == "age":
        schema = {"type": "integer", "minimum": vocab.MIN_AGE, "maximum": vocab.MAX_AGE}
    elif question.kind == "municipality":
        schema = {"type": "string", "description": "CBS gemeentecode", "enum": sorted(context.municipalities)}
    else:
        schema = {"type": "string", "enum": [o.value for o in flow.options_for(question, context)]}
    return {
        "name": question.key,
        "in": "query",
        "required": False,
        "description": question.text,
        "schema": schema,
    }


@transaction.non_atomic_requests
@require_GET
def openapi(request: HttpRequest) -> JsonResponse:
    context = flow_context(get_catalogue())
    criterion = {
        "type": "object",
        "required": ["key", "state", "text"],
        "properties": {
            "key": {"type": "string"},
            "state": {"type": "string", "enum": ["met", "not_met", "unknown", "check"]},
            "text": {"type": "string"},
            "professional_text": {"type": "string"},
        },
    }
    result = {
        "type": "object",
        "required": ["programme", "name", "fit", "offerings", "criteria", "evidence"],
        "properties": {
            "programme": {"type": "string"},
            "name": {"type": "string"},
            "fit": {"type": "string", "enum": ["fit", "possible", "near_miss"]},
            "opener": {"type": "string"},
            "kind": {"type": "object"},
            "offerings": {"type": "array", "items": {"type": "object"}},
            "criteria": {"type": "array", "items": criterion},
            "evidence": {"type": "object"},
            "funding": {"type": ["object", "null"]},
            "url": {"type": "string"},
        },
    }
    spec = {
        "openapi": "3.1.0",
        "info": {
            "title": "Werkroute API",
            "version": "1.0.0",
            "description": (
                "Welke trajecten naar werk passen bij deze situatie? Geen antwoorden worden bewaard."
            ),
        },
        "paths": {
            "/api/v1/recommendations": {
                "get": {
                    "operationId": "recommendations",
                    "summary": "Passende trajecten voor een (deel van de) antwoorden",
                    "parameters": [_parameter(q, context) for q in flow.QUESTIONS],
                    "responses": {
                        "200": {
                            "description": "Passende en bijna-passende trajecten, en of er een witte vlek is",
                            "content": {"application/json": {"schema": {
                                "type": "object",
                                "required": ["region", "results", "gap"],
                                "properties": {
                                    "region": {"type": ["object", "null"], "properties": {
                                        "code": {"type": "string"}, "name": {"type": "string"}}},
                                    "results": {"type": "array", "items": result},
                                    "gap": {"type": "boolean"},
                                },
                            }}},
                        },
                        "400": {
                            "description": "Onbekende vraag of ongeldig antwoord",
                            "content": {"application/json": {"schema": {
                                "type": "object",
                                "required": ["errors"],
                                "properties": {"errors": {
                                    "type": "object",
                                    "additionalProperties": {"type": "array", "items": {"type": "string"}},
                                }},
                            }}},
                        },
                    },
                }
            }
        },
    }
    return JsonResponse(spec, json_dumps_params={"ensure_ascii": False})
