"""Login and logout, without a namespace: Django's LOGIN_URL and the admin expect these names."""

from django.urls import path

from accounts import views

urlpatterns = [
    path("inloggen", views.login, name="login"),
    path("uitloggen", views.logout, name="logout"),
    path("uitgelogd", views.logged_out, name="logged_out"),
]
