import json
from urllib.parse import urlencode

import pytest

from tests.factories import ProgrammeFactory
from triage import flow, matching
from triage.personas import YULIUS_CLIENT

pytestmark = pytest.mark.django_db


# The Yulius client's answers as a query string (`api_catalogue`: tests/conftest.py).
QUERY = urlencode(YULIUS_CLIENT.answers)


def test_recommendations_answer_with_region_results_and_gap(client, api_catalogue):
    response = client.get(f"/api/v1/recommendations?{QUERY}")
    assert response.status_code == 200
    data = response.json()
    assert data["region"] == {"code": "AM07", "name": "Drechtsteden"}
    assert data["gap"] is False
    first = data["results"][0]
    assert first["programme"] == "werk-als-beste-zorg"
    assert first["fit"] == "fit"
    assert {c["state"] for c in first["criteria"]} <= {"met", "not_met", "unknown", "check"}
    assert first["funding"]["payer"] == "Gemeente"
    assert first["offerings"][0]["provider"]["slug"] == "yulius"
    slugs = {r["programme"] for r in data["results"]}
    assert "beeindigd" not in slugs
    assert "concept" not in slugs


def test_any_subset_of_keys_is_accepted(client, api_catalogue):
    response = client.get("/api/v1/recommendations?benefit=bijstand")
    assert response.status_code == 200
    assert response.json()["region"] is None
    assert client.get("/api/v1/recommendations").status_code == 200


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("concern=alien", "concern"),
        ("colour=blue", "colour"),
        ("age=14", "age"),
        ("age=68", "age"),
        ("age=abc", "age"),
        ("municipality=GM9999", "municipality"),
        ("care_provider=nobody", "care_provider"),
        ("age=30&age=31", "age"),
    ],
)
def test_bad_keys_or_values_give_400_with_dutch_messages(client, api_catalogue, query, key):
    response = client.get(f"/api/v1/recommendations?{query}")
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert list(errors) == [key]
    assert all(isinstance(message, str) and message for message in errors[key])


def test_api_records_no_gaps_and_stores_no_answers(client, api_catalogue):
    from triage.models import GapRecord

    client.get("/api/v1/recommendations?concern=none&benefit=none&wish=education&municipality=GM0505")
    assert GapRecord.objects.count() == 0
    assert "werkroute_answers" not in client.session


def test_openapi_describes_every_question_with_its_vocabulary(client, api_catalogue):
    spec = client.get("/api/v1/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    params = {p["name"]: p for p in spec["paths"]["/api/v1/recommendations"]["get"]["parameters"]}
    assert set(params) == set(flow.KEYS)
    assert "bijstand" in params["benefit"]["schema"]["enum"]
    assert params["age"]["schema"]["minimum"] == 15


def test_recommend_command_prints_the_same_json_as_the_api(client, api_catalogue, capsys):
    from django.core.management import call_command

    call_command("recommend", *QUERY.split("&"))
    printed = json.loads(capsys.readouterr().out)
    assert printed == client.get(f"/api/v1/recommendations?{QUERY}").json()


@pytest.mark.parametrize("args", [["age=99"], ["colour=blue"], ["benefit"], ["age=30", "age=31"]])
def test_recommend_command_exits_2_with_dutch_errors_on_bad_input(api_catalogue, capsys, args):
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError) as refused:
        call_command("recommend", *args)
    assert refused.value.returncode == 2  # manage.py exits with it
    errors = json.loads(capsys.readouterr().out)["errors"]
    assert errors
    assert all(isinstance(m, str) and m for messages in errors.values() for m in messages)


def test_one_question_is_worded_once_per_language_until_the_catalogue_changes(
    client, api_catalogue, monkeypatch
):
    calls = []
    real = matching.match
    monkeypatch.setattr(matching, "match", lambda answers, cat: calls.append(1) or real(answers, cat))
    url = "/api/v1/recommendations?benefit=bijstand&wish=paid_work_now"
    dutch = client.get(url).json()
    assert client.get(url).json() == dutch
    assert len(calls) == 1
    english = client.get(url, headers={"accept-language": "en"}).json()
    assert len(calls) == 2
    assert english.keys() == dutch.keys()
    assert english != dutch
    ProgrammeFactory(slug="nieuw-traject", benefits=["bijstand"])
    client.get(url)
    assert len(calls) == 3
