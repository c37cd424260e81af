from django.urls import path

from curation import preview, views

app_name = "curation"

urlpatterns = [
    path("", views.curator_overview, name="overview"),
    path("witte-vlekken", views.gap_overview, name="gaps"),
    path("dekking", views.coverage_overview, name="coverage"),
    path("effect/<slug:slug>", views.publication_effect, name="effect"),
    path("effect/<slug:slug>/publiceren", views.publish, name="publish"),
    path("effect/<slug:slug>/weggooien", views.discard, name="discard"),
    path("effect/<slug:slug>/voorbeeld", preview.draft_preview, name="preview"),
]
