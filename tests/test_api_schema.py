"""Schemathesis against /api/v1/openapi.json: every request the description allows is answered
as described (status, content type, response schema), and nothing it allows is refused."""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

pytestmark = pytest.mark.django_db


@pytest.fixture
def api_schema(db, settings):
    from django.core.management import call_command

    from config.wsgi import application

    settings.ALLOWED_HOSTS = ["localhost", "testserver"]
    call_command("loaddata", "catalogue", verbosity=0)
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


def test_api_answers_as_its_openapi_description_says(api_schema):
    # Driven by hand rather than through schemathesis' pytest plugin, which does not run on pytest 9.
    operation = api_schema["/api/v1/recommendations"]["GET"]

    @given(case=operation.as_strategy())
    @settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
    def answers_as_described(case):
        case.call_and_validate()

    answers_as_described()
