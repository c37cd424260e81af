"""The API for machines answers in JSON whatever is asked of it: HEAD where GET works, a JSON 405 with
Allow for a method a path does not know (never CSRF's HTML 403), a JSON 404 for an unknown path; and every
answer for the example persons has exactly the shape that the OpenAPI description's schemas give."""

import pytest
from django.test import Client
from jsonschema import Draft202012Validator

from tests.helpers import load_shipped_catalogue
from triage import personas

pytestmark = pytest.mark.django_db


@pytest.fixture
def machine():
    load_shipped_catalogue()
    return Client(enforce_csrf_checks=True)  # as a machine: no cookie, no token


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("post", "/api/v1/openapi.json", "GET, HEAD"),
        ("put", "/api/v1/openapi.json", "GET, HEAD"),
        ("delete", "/api/v1/recommendations", "GET, HEAD, POST"),
        ("patch", "/api/v1/recommendations", "GET, HEAD, POST"),
        ("post", "/api/hsds/services", "GET, HEAD"),
        ("post", "/api/hsds/", "GET, HEAD"),
    ],
)
def test_a_method_the_api_does_not_know_gets_a_json_405(machine, method, path, allow):
    response = getattr(machine, method)(path)
    assert response.status_code == 405
    assert response["Content-Type"] == "application/json"
    assert response["Allow"] == allow
    assert list(response.json()["errors"]) == ["method"]


@pytest.mark.parametrize("method", ["get", "post", "delete"])
def test_an_unknown_api_path_gets_a_json_404(machine, method):
    response = getattr(machine, method)("/api/v1/bestaat-niet")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert "openapi.json" in response.json()["errors"]["path"][0]


@pytest.mark.parametrize(
    "path", ["/api/v1/openapi.json", "/api/v1/recommendations?benefit=ww", "/api/hsds/", "/api/hsds/services"]
)
def test_head_answers_where_get_does_without_a_body(machine, path):
    head, get = machine.head(path), machine.get(path)
    assert head.status_code == get.status_code == 200
    assert head["Content-Type"] == get["Content-Type"] == "application/json"
    assert head.content == b""


def validator(spec: dict, name: str) -> Draft202012Validator:
    return Draft202012Validator({"$ref": f"#/components/schemas/{name}", "components": spec["components"]})


@pytest.mark.parametrize("persona", personas.ALL, ids=lambda persona: persona.slug)
def test_every_answer_has_the_shape_the_description_gives(machine, persona):
    spec = machine.get("/api/v1/openapi.json").json()
    answer = machine.post("/api/v1/recommendations", dict(persona.answers), content_type="application/json")
    assert answer.status_code == 200
    assert [e.message for e in validator(spec, "Recommendations").iter_errors(answer.json())] == []
    bad = machine.post("/api/v1/recommendations", {"benefit": "bogus"}, content_type="application/json")
    assert bad.status_code == 400
    assert [e.message for e in validator(spec, "Errors").iter_errors(bad.json())] == []


def test_the_shapes_are_complete_down_to_the_nested_objects(machine):
    schemas = machine.get("/api/v1/openapi.json").json()["components"]["schemas"]
    for name in ("Kind", "Offering", "Evidence", "KeyResult", "Funding", "Criterion", "Route", "Result"):
        assert schemas[name]["properties"], name
        assert schemas[name]["additionalProperties"] is False, name
        assert set(schemas[name]["required"]) == set(schemas[name]["properties"]), name
