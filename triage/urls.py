"""The pages people browse: Dutch without a prefix, English under /en/ (config/urls.py)."""

from django.urls import path

from triage import results, views

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
    path("woordenlijst", views.glossary, name="glossary"),
]
