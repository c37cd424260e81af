from django.urls import path, re_path

from triage import api, results, views

app_name = "triage"

urlpatterns = [
    path("", views.start, name="start"),
    path("vraag/<slug:slug>", views.question, name="question"),
    path("vraag/<slug:slug>/antwoord", views.answer, name="answer"),
    path("overzicht", views.summary, name="summary"),
    path("resultaat", results.result, name="result"),
    path("resultaat/overzicht", results.handout, name="handout"),
    path("opnieuw", views.restart, name="restart"),
    path("stroomschema", views.stroomschema, name="stroomschema"),
    path("api/v1/recommendations", api.recommendations, name="api-recommendations"),
    path("api/v1/openapi.json", api.openapi, name="api-openapi"),
    # Anything else under /api/v1/ answers in JSON too (a 404), whatever the method.
    re_path(r"^api/v1/(?P<rest>.*)$", api.not_found, name="api-not-found"),
]
