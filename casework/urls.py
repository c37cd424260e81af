from django.urls import path

from casework import views

app_name = "casework"

urlpatterns = [
    path("casussen/", views.case_list, name="list"),
    path("casussen/nieuw", views.new_case, name="new"),
    path("casussen/opslaan", views.create_case, name="create"),
    path("casussen/<uuid:key>/", views.case_detail, name="detail"),
    path("casussen/<uuid:key>/opslaan", views.case_save, name="save"),
    path("casussen/<uuid:key>/stroomschema", views.case_reopen, name="reopen"),
    path("casussen/<uuid:key>/verwijderen", views.case_delete, name="delete"),
    path("casussen/<uuid:key>/verslag", views.case_report, name="report"),
]
