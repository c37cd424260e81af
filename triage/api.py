"""JSON API for other systems: the same flow and matcher as the wizard.

It records no gaps and stores no answers. Answers may come in the query string (GET) or, kept out
of every log and proxy, as a JSON object in the body (POST); either way the same validation and
the same response, never cached.
"""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from programmes import vocabulary as vocab
from programmes.snapshot import get_catalogue
from triage import flow, matching, serialise
from triage.context import current_flow_context
from triage.flow import FlowContext

BODY_NOT_JSON = "Stuur de antwoorden als JSON-object, bijvoorbeeld {\"benefit\": \"ww\", \"age\": 35}."
VALUE_NOT_TEXT = "Geef een tekst (en bij leeftijd een heel getal)."


def _answers_from_body(request: HttpRequest) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The JSON body's answers as the query string would carry them, or the errors."""
    try:
        body = json.loads(request.body or b"null")
    except (ValueError, UnicodeDecodeError):
        body = None
    if not isinstance(body, dict):
        return {}, {"body": [BODY_NOT_JSON]}
    raw: dict[str, str] = {}
    errors: dict[str, list[str]] = {}
    for key, value in body.items():
        # JSON Schema's "integer" includes 35.0; a bool is no number here.
        whole_number = (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
        if isinstance(value, str):
            raw[key] = value
        elif key == "age" and whole_number:
            raw[key] = str(int(value))
        else:
            errors[key] = [VALUE_NOT_TEXT]
    return raw, errors


def _answers_from_query(request: HttpRequest) -> tuple[dict[str, str], dict[str, list[str]]]:
    raw: dict[str, str] = {}
    errors: dict[str, list[str]] = {}
    for key in request.GET:
        values = request.GET.getlist(key)
        if len(values) > 1:
            errors[key] = [flow.REPEATED]
        else:
            raw[key] = values[0]
    return raw, errors


@csrf_exempt  # for machines: no cookies, no session, nothing stored, so nothing to forge
@require_http_methods(["GET", "POST"])
@never_cache  # Cache-Control: no-store, among others: answers are never kept by a cache
def recommendations(request: HttpRequest) -> JsonResponse:
    catalogue = get_catalogue()
    raw, errors = _answers_from_body(request) if request.method == "POST" else _answers_from_query(request)
    answers, invalid = flow.validate_all(raw, current_flow_context())
    errors.update(invalid)
    if errors:
        return JsonResponse({"errors": errors}, status=400, json_dumps_params={"ensure_ascii": False})
    outcome = matching.match(answers, catalogue)
    return JsonResponse(serialise.result(outcome), json_dumps_params={"ensure_ascii": False})


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
        "description": question.text_other,  # systems of professionals: the question about "de cliënt"
        "schema": schema,
    }


@require_GET
def openapi(request: HttpRequest) -> JsonResponse:
    context = current_flow_context()
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
    parameters = [_parameter(q, context) for q in flow.QUESTIONS]
    body = {
        "type": "object",
        "additionalProperties": False,
        "properties": {p["name"]: {**p["schema"], "description": p["description"]} for p in parameters},
    }
    responses = {
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
    }
    spec = {
        "openapi": "3.1.0",
        "info": {
            "title": "Werkroute API",
            "version": "1.0.0",
            "description": (
                "Welke trajecten naar werk passen bij deze situatie? Geen antwoorden worden bewaard. "
                "Let op: antwoorden in de querystring (GET) komen in logbestanden van proxy's en "
                "servers onderweg terecht; stuur ze liever als JSON in de body (POST)."
            ),
        },
        "paths": {
            "/api/v1/recommendations": {
                "get": {
                    "operationId": "recommendations",
                    "summary": "Passende trajecten voor een (deel van de) antwoorden, in de querystring",
                    "parameters": parameters,
                    "responses": responses,
                },
                "post": {
                    "operationId": "recommendationsByBody",
                    "summary": "Hetzelfde, met de antwoorden als JSON in de body (komt niet in logbestanden)",
                    "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
                    "responses": responses,
                },
            }
        },
    }
    return JsonResponse(spec, json_dumps_params={"ensure_ascii": False})

