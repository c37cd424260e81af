"""Schemathesis against /api/v1/openapi.json: every request the description allows is answered
as described (status, content type, response schema), and nothing it allows is refused."""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from tests.helpers import load_shipped_catalogue

pytestmark = pytest.mark.django_db


@pytest.fixture
def api_schema(db, settings):
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    from config.wsgi import application

    settings.ALLOWED_HOSTS = ["localhost", "testserver"]
    load_shipped_catalogue()
    # As Django's own test client does: a request through the bare WSGI handler would otherwise
    # close the database connection that holds this test's transaction (PostgreSQL).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def test_api_answers_as_its_openapi_description_says(api_schema):
    # Driven by hand rather than through schemathesis' pytest plugin, which does not run on pytest 9.
    operation = api_schema["/api/v1/recommendations"]["GET"]

    @given(case=operation.as_strategy())
    @settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
    def answers_as_described(case):
        # Bare WSGI does not undo GZipMiddleware's compression as an HTTP client would: ask for none.
        case.call_and_validate(headers={"Accept-Encoding": "identity"})

    answers_as_described()
