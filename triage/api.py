"""JSON API for other systems: the same flow and matcher as the wizard.

It records no gaps and stores no answers. Answers may come in the query string (GET) or, kept out
of every log and proxy, as a JSON object in the body (POST); either way the same validation and
the same response, never cached.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import translation
from django.utils.translation import gettext, gettext_noop
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from programmes import snapshot
from programmes.snapshot import get_catalogue
from triage import flow, matching, serialise
from triage.context import current_flow_context
from triage.openapi import describe

View = Callable[..., HttpResponse]

BODY_NOT_JSON = gettext_noop(
    "Stuur de antwoorden als JSON-object, bijvoorbeeld {\"benefit\": \"ww\", \"age\": 35}.")
VALUE_NOT_TEXT = gettext_noop("Geef een tekst (en bij leeftijd een heel getal).")
METHOD_NOT_ALLOWED = gettext_noop("Dit pad kent alleen {methods}.")
UNKNOWN_PATH = gettext_noop("Dit pad bestaat niet. De beschrijving van de API staat op /api/v1/openapi.json.")


def _answers_from_body(request: HttpRequest) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The JSON body's answers as the query string would carry them, or the errors."""
    try:
        body = json.loads(request.body or b"null")
    except (ValueError, UnicodeDecodeError):
        body = None
    if not isinstance(body, dict):
        return {}, {"body": [gettext(BODY_NOT_JSON)]}
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
            errors[key] = [gettext(VALUE_NOT_TEXT)]
    return raw, errors


def _answers_from_query(request: HttpRequest) -> tuple[dict[str, str], dict[str, list[str]]]:
    raw: dict[str, str] = {}
    errors: dict[str, list[str]] = {}
    for key in request.GET:
        values = request.GET.getlist(key)
        if len(values) > 1:
            errors[key] = [gettext(flow.REPEATED)]
        else:
            raw[key] = values[0]
    return raw, errors


def _errors(status: int, **errors: list[str]) -> JsonResponse:
    return JsonResponse({"errors": errors}, status=status, json_dumps_params={"ensure_ascii": False})


def json_api(*methods: str) -> Callable[[View], View]:
    """The methods a view of the API answers (HEAD with GET); any other gets a JSON 405 with Allow, not
    Django's empty one, nor CSRF's HTML 403: the API is for machines, with no cookies, no session and
    nothing stored, so there is nothing to forge.

    The API has one address in every language: its words (advice, errors) follow Accept-Language,
    Dutch when it asks for nothing we have; keys and values are the same vocabulary whatever the
    language. Content-Language says which it got (LocaleMiddleware adds Vary: Accept-Language)."""

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            language = translation.get_language_from_request(request)
            with translation.override(language):
                if request.method not in methods:
                    message = gettext(METHOD_NOT_ALLOWED).format(methods=", ".join(methods))
                    response = _errors(405, method=[message])
                    response["Allow"] = ", ".join(methods)
                else:
                    response = view(request, *args, **kwargs)
            response["Content-Language"] = language
            return response

        return csrf_exempt(wrapper)

    return decorate


@json_api("GET", "HEAD", "POST")
@never_cache  # Cache-Control: no-store, among others: answers are never kept by a cache
def recommendations(request: HttpRequest) -> JsonResponse:
    catalogue = get_catalogue()
    raw, errors = _answers_from_body(request) if request.method == "POST" else _answers_from_query(request)
    answers, invalid = flow.validate_all(raw, current_flow_context())
    errors.update(invalid)
    if errors:
        return _errors(400, **errors)
    key = (flow.answers_key(answers), translation.get_language())
    body = snapshot.remembered("api-recommendations", key, lambda: JsonResponse(
        serialise.result(matching.match(answers, catalogue)), json_dumps_params={"ensure_ascii": False},
    ).content, limit=ANSWERS_KEPT, catalogue=catalogue)
    return HttpResponse(body, content_type="application/json")


# The answer is the same for everyone asking with the same answers in the same language, until the
# catalogue changes: wording every criterion (a few hundred gettext lookups) was most of its time.
ANSWERS_KEPT = 512


@json_api("GET", "HEAD")
def openapi(request: HttpRequest) -> JsonResponse:
    spec = describe(current_flow_context(), request.build_absolute_uri("/").rstrip("/"))
    return JsonResponse(spec, json_dumps_params={"ensure_ascii": False})


@json_api("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
def not_found(request: HttpRequest, rest: str) -> JsonResponse:
    return _errors(404, path=[gettext(UNKNOWN_PATH)])
