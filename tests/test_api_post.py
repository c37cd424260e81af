"""The API's privacy-friendly form: answers as JSON in a POST body, never cached, same answers."""

import json
from urllib.parse import urlencode

import pytest
from django.test import Client

from triage.models import GapRecord
from triage.personas import YULIUS_CLIENT

pytestmark = pytest.mark.django_db

ANSWERS = dict(YULIUS_CLIENT.answers)
QUERY = urlencode(ANSWERS)


def post(client, body, content_type="application/json"):
    data = body if isinstance(body, str | bytes) else json.dumps(body)
    return client.post("/api/v1/recommendations", data, content_type=content_type)


def test_a_json_body_gives_the_same_answer_as_the_query_string(client, api_catalogue):
    by_query = client.get(f"/api/v1/recommendations?{QUERY}")
    by_body = post(client, ANSWERS)
    assert by_body.status_code == 200
    assert by_body.json() == by_query.json()
    assert by_body.json()["results"][0]["programme"] == "werk-als-beste-zorg"
    assert post(client, {**ANSWERS, "age": "35"}).json() == by_query.json()  # age as text too


def test_the_api_is_never_cached(client, api_catalogue):
    for response in (client.get(f"/api/v1/recommendations?{QUERY}"), post(client, ANSWERS),
                     post(client, "kapot")):
        assert "no-store" in response["Cache-Control"]


def test_posting_needs_no_csrf_token_and_stores_nothing(api_catalogue):
    client = Client(enforce_csrf_checks=True)
    response = post(client, {"benefit": "ww", "wish": "education", "municipality": "GM0505"})
    assert response.status_code == 200
    assert GapRecord.objects.count() == 0
    assert "sessionid" not in response.cookies


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("kapot{", "body"),
        ("[1, 2]", "body"),
        ("", "body"),
        ('"ww"', "body"),
        ({"benefit": 3}, "benefit"),
        ({"benefit": ["ww"]}, "benefit"),
        ({"age": True}, "age"),
        ({"age": 35.5}, "age"),
        ({"age": None}, "age"),
        ({"age": 99}, "age"),
        ({"benefit": "bogus"}, "benefit"),
        ({"favourite_colour": "blue"}, "favourite_colour"),
    ],
)
def test_bad_bodies_give_400_with_dutch_json_errors(client, api_catalogue, body, key):
    response = post(client, body)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    errors = response.json()["errors"]
    assert key in errors
    assert all(isinstance(message, str) and message for message in errors[key])


def test_other_methods_are_refused(client, api_catalogue):
    assert client.put("/api/v1/recommendations", "{}", content_type="application/json").status_code == 405


def test_the_description_offers_the_post_form_and_warns_about_query_strings(client, api_catalogue):
    spec = client.get("/api/v1/openapi.json").json()
    operation = spec["paths"]["/api/v1/recommendations"]
    assert set(operation) == {"get", "post"}
    body = operation["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body["properties"]["age"]["type"] == "integer"
    assert body["additionalProperties"] is False
    assert "logbestanden" in spec["info"]["description"]
