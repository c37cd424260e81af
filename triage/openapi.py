"""The OpenAPI 3.1 description of /api/v1/: built from the flow's questions and the catalogue's
vocabulary, so every request it allows is one the API accepts, and every answer has the shape it
describes (tests/test_api_schema.py runs Schemathesis against it; tests/test_api_description.py runs
Redocly's linter over it). Dutch text: it is read by the developers of gemeenten and GGZ-instellingen.
"""

from __future__ import annotations

from typing import Any

from programmes import vocabulary as vocab
from triage import flow
from triage.flow import FlowContext
from triage.outcome import Fit, NotReached, State

# Semantic versioning of the interface, not of the site: see VERSIONING below.
VERSION = "1.2.0"  # 1.2: the texts follow Accept-Language

DESCRIPTION = (
    "Welke trajecten naar werk passen bij de situatie van iemand met psychische klachten? Dezelfde "
    "vragen, regels en catalogus als de vragenlijst op de site. De API bewaart geen antwoorden en "
    "zet geen cookies; elk antwoord heeft `Cache-Control: no-store`.\n\n"
    "**Privacy.** Antwoorden in de querystring (GET) komen in logbestanden van proxy's en servers "
    "onderweg terecht. Stuur ze liever als JSON-object in de body van een POST: dezelfde vragen, "
    "dezelfde controle, hetzelfde antwoord, en niets ervan in een URL.\n\n"
    "**Fouten** zijn altijd JSON: `{\"errors\": {\"vraag\": [\"melding\"]}}` met status 400 (onbekende "
    "vraag of ongeldig antwoord), 404 (onbekend pad onder /api/v1/) of 405 (een methode die dit pad niet "
    "kent; de header `Allow` noemt de wel toegestane).\n\n"
    "**Taal.** De teksten in een antwoord (uitleg per criterium, wat kan helpen, foutmeldingen) volgen "
    "de header `Accept-Language`: Nederlands (`nl`, ook als u niets of een andere taal vraagt) of Engels "
    "(`en`). De header `Content-Language` zegt welke taal het werd. Sleutels en waarden (de "
    "woordenlijst van het stroomschema) zijn in elke taal dezelfde. Teksten uit de catalogus zelf "
    "(samenvatting, aanmelden, contact) zijn nog alleen Nederlands.\n\n"
)
VERSIONING = (
    "**Versies en uitfasering.** Het pad draagt het hoofdversienummer (/api/v1/). Binnen v1 veranderen "
    "we alleen wat bestaande gebruikers niet breekt: velden, vragen en antwoordwaarden kunnen erbij "
    "komen (negeer wat u niet kent), en `info.version` gaat dan omhoog (1.x). Wat wel breekt (een veld "
    "of waarde die verdwijnt of iets anders gaat betekenen) komt in een nieuwe hoofdversie (/api/v2/). "
    "Een versie die verdwijnt, krijgt eerst `deprecated: true` in deze beschrijving en de headers "
    "`Deprecation` en `Sunset` (RFC 9745 en RFC 8594) in elk antwoord, en blijft daarna nog minstens "
    "zes maanden werken. Nu is niets uitgefaseerd."
)
LICENSE = {
    "name": "CC0 1.0 (deze beschrijving; de licentie van de catalogusgegevens is nog niet vastgesteld)",
    "identifier": "CC0-1.0",
}
TAGS = [
    {"name": "Aanbevelingen", "description": "Passende trajecten bij (een deel van) de antwoorden."},
    {"name": "Beschrijving", "description": "Deze OpenAPI-beschrijving zelf."},
]


def _enum(values) -> list[str]:
    return [str(value) for value in values]


def _object(properties: dict[str, Any], *, nullable: bool = False) -> dict[str, Any]:
    return {
        "type": ["object", "null"] if nullable else "object",
        "required": list(properties),
        "additionalProperties": False,
        "properties": properties,
    }


def _ref(name: str, *, nullable: bool = False) -> dict[str, Any]:
    ref = {"$ref": f"#/components/schemas/{name}"}
    return {"anyOf": [ref, {"type": "null"}]} if nullable else ref


TEXT = {"type": "string"}
NULLABLE_INT = {"type": ["integer", "null"]}


def schemas() -> dict[str, Any]:
    """Every object of an answer, each field typed, nothing left a bare `object`."""
    availability = {"type": "string", "enum": _enum(vocab.Availability),
                    "description": "offered: een bron bevestigt het aanbod hier; reported: eerder of "
                                   "elders gemeld, vraag na of het er nog is; not_offered: niet hier."}
    return {
        "Kind": {**_object({"slug": TEXT, "name": TEXT}), "description": "Soort ondersteuning (bijv. IPS)."},
        "Provider": {**_object({"slug": TEXT, "name": TEXT}), "description": "Een aanbieder."},
        "Route": {**_object({"provider": _ref("Provider"), "availability": availability}, nullable=True),
                  "description": "De aanbieder langs wie het traject hier loopt (null: geen bepaalde)."},
        "Offering": {**_object({
            "provider": _ref("Provider"),
            "scope": {"type": "string", "enum": _enum(vocab.Scope)},
            "requires_care_at_provider": {"type": "boolean"},
            "availability": availability,
            "desk": {"type": "string", "enum": _enum(vocab.Desk), "description": "Waar men zich meldt."},
            "contact": TEXT, "phone": TEXT,
            "url": {"type": "string", "description": "Webadres, of leeg."},
        }), "description": "Het aanbod van één aanbieder voor dit traject, met contactroute."},
        "Criterion": {**_object({
            "key": TEXT,
            "state": {"type": "string", "enum": _enum(State)},
            "text": {"type": "string", "description": "In de woorden van de cliënt."},
            "professional_text": {"type": "string", "description": "In de woorden van de professional."},
            "opener": {"type": "string", "description": "Wat deze eis zou vervullen (leeg: niets)."},
            "open_to_all": {"type": "boolean"},
        }), "description": "Eén toelatingseis en hoe de antwoorden er tegenover staan."},
        "KeyResult": {**_object({
            "result": TEXT, "figure": TEXT, "design": TEXT,
            "participants": NULLABLE_INT, "year": NULLABLE_INT, "source": TEXT,
        }), "description": "Het kernresultaat uit onderzoek, met bron."},
        "Evidence": {**_object({
            "recognition": {"type": "string", "enum": [key for key, _label in vocab.RECOGNITION_LEVELS]},
            "recognition_label": TEXT,
            "kind_median_paid_work_pct": {"type": ["number", "null"],
                                          "description": "Mediaan % betaald werk voor deze soort."},
            "key_result": _ref("KeyResult", nullable=True),
        }), "description": "Erkenning (Databank Effectieve Interventies) en bewijs."},
        "Funding": {**_object({
            "benefit": {"type": "string", "enum": [key for key, _label in vocab.PROGRAMME_BENEFITS]},
            "payer": TEXT, "budget": TEXT, "applicant": TEXT, "legal_basis": TEXT,
        }, nullable=True), "description": "Wie het traject betaalt bij deze uitkering (null: onbekend)."},
        "Result": {**_object({
            "programme": {"type": "string", "description": "Slug van het traject."},
            "name": TEXT,
            "fit": {"type": "string", "enum": _enum(Fit)},
            "opener": {"type": "string", "description": "Wat een bijna-passend traject zou openen."},
            "kind": _ref("Kind"),
            "summary": TEXT, "description": TEXT, "how_to_apply": TEXT, "how_to_refer": TEXT,
            "serves_wish": {"type": "boolean"}, "regional": {"type": "boolean"},
            "integrated_first": {"type": "boolean"},
            "dutch_evidence": {"type": "string", "enum": _enum(vocab.DutchEvidence)},
            "route": _ref("Route"),
            "offerings": {"type": "array", "items": _ref("Offering")},
            "criteria": {"type": "array", "items": _ref("Criterion")},
            "evidence": _ref("Evidence"),
            "funding": _ref("Funding"),
            "url": {"type": "string", "description": "Pad van de pagina van het traject op deze site."},
        }), "description": "Eén traject met hoe het past."},
        "Region": {**_object({"code": TEXT, "name": TEXT}, nullable=True),
                   "description": "De arbeidsmarktregio van de gemeente (null: geen gemeente gegeven)."},
        "Recommendations": _object({
            "region": _ref("Region"),
            "results": {"type": "array", "items": _ref("Result"),
                        "description": "Passende, mogelijk passende en bijna-passende trajecten."},
            "not_offered": {"type": "array", "items": _ref("Result"),
                            "description": "Zou passen, maar wordt hier volgens een bron niet aangeboden."},
            "not_reached": {"type": "array", "items": {"type": "string", "enum": _enum(NotReached)}},
            "gap": {"type": "boolean", "description": "Een witte vlek: niets past."},
        }),
        "Errors": _object({"errors": {
            "type": "object",
            "additionalProperties": {"type": "array", "items": {"type": "string"}},
            "description": "Per vraag (of `body`, `method`, `path`) de meldingen in het Nederlands.",
        }}),
    }


def _parameter(question: flow.Question, context: FlowContext) -> dict[str, Any]:
    # Exact (the catalogue's gemeenten and GGZ-instellingen as enums): every request it allows is accepted.
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


def _json(description: str, schema: str) -> dict[str, Any]:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}}


RESPONSES = {
    "200": _json("Passende en bijna-passende trajecten, en of er een witte vlek is.", "Recommendations"),
    "400": _json("Onbekende vraag of ongeldig antwoord; per vraag de meldingen.", "Errors"),
    "405": _json("Deze methode kent dit pad niet.", "Errors"),
}


def describe(context: FlowContext, base_url: str) -> dict[str, Any]:
    parameters = [_parameter(q, context) for q in flow.QUESTIONS]
    body = {
        "type": "object",
        "additionalProperties": False,
        "properties": {p["name"]: {**p["schema"], "description": p["description"]} for p in parameters},
    }
    answers = ("Alle vragen zijn optioneel: wat ontbreekt, telt als ‘weet ik niet’. Waarden: zie de "
               "enums (de gemeenten en GGZ-instellingen van de huidige catalogus). ")
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Werkroute API",
            "version": VERSION,
            "summary": "Passende trajecten naar werk bij psychische klachten, zonder iets te bewaren.",
            "description": DESCRIPTION + VERSIONING,
            "contact": {"name": "Werkroute", "url": f"{base_url}/"},
            "license": LICENSE,
        },
        "servers": [{"url": base_url, "description": "Deze Werkroute"}],
        "security": [],  # open: no key, no cookie, no account
        "tags": TAGS,
        "paths": {
            "/api/v1/recommendations": {
                "get": {
                    "operationId": "recommendations",
                    "tags": ["Aanbevelingen"],
                    "summary": "Passende trajecten, met de antwoorden in de querystring",
                    "description": answers + "Let op: een URL met antwoorden komt in logbestanden; "
                                   "gebruik liever de POST-vorm.",
                    "parameters": parameters,
                    "responses": RESPONSES,
                },
                "post": {
                    "operationId": "recommendationsByBody",
                    "tags": ["Aanbevelingen"],
                    "summary": "Passende trajecten, met de antwoorden als JSON in de body (privacy)",
                    "description": answers + "Dezelfde vragen als de GET-vorm, als JSON-object; leeftijd "
                                   "als heel getal of als tekst. Geen CSRF-token of cookie nodig.",
                    "requestBody": {"required": True, "description": "De antwoorden per vraag.",
                                    "content": {"application/json": {"schema": body}}},
                    "responses": RESPONSES,
                },
            },
            "/api/v1/openapi.json": {
                "get": {
                    "operationId": "openapi",
                    "tags": ["Beschrijving"],
                    "summary": "Deze beschrijving",
                    "description": "De OpenAPI 3.1-beschrijving van deze API, met de waarden van de huidige "
                                   "catalogus in de enums.",
                    "responses": {
                        "200": {"description": "De beschrijving.",
                                "content": {"application/json": {"schema": {"type": "object"}}}},
                        "405": _json("Deze methode kent dit pad niet.", "Errors"),
                    },
                },
            },
        },
        "components": {"schemas": schemas()},
    }

