from django.urls import path

from casework import views

app_name = "casework"

urlpatterns = [
    path("casussen/", views.case_list, name="list"),
    path("casussen/nieuw", views.new_case, name="new"),
    path("casussen/opslaan", views.create_case, name="create"),
    path("casussen/<uuid:key>/", views.case_detail, name="detail"),
    path("casussen/<uuid:key>/stap", views.case_step, name="step"),
    path("casussen/<uuid:key>/afspraken", views.case_plan, name="plan"),
    path("casussen/<uuid:key>/uitkomst", views.case_outcome, name="outcome"),
    path("casussen/<uuid:key>/stroomschema", views.case_reopen, name="reopen"),
    path("casussen/<uuid:key>/verwijderen", views.case_delete, name="delete"),
    path("casussen/<uuid:key>/verslag", views.case_report, name="report"),
]
