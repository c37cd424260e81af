"""The JSON API: one address whatever the language (not under /en/). Its wording follows
Accept-Language (triage.api)."""

from django.urls import path, re_path

from triage import api

app_name = "triage_api"

urlpatterns = [
    path("api/v1/recommendations", api.recommendations, name="recommendations"),
    path("api/v1/openapi.json", api.openapi, name="openapi"),
    # Anything else under /api/v1/ answers in JSON too (a 404), whatever the method.
    re_path(r"^api/v1/(?P<rest>.*)$", api.not_found, name="not-found"),
]
