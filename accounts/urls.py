"""Login and logout, without a namespace: Django's LOGIN_URL and the admin expect these names."""

from django.urls import path

from accounts import views

urlpatterns = [
    path("inloggen", views.login, name="login"),
    path("inloggen/code", views.login_code, name="login-code"),
    path("inloggen/instellen", views.login_setup, name="login-setup"),
    path("inloggen/herstelcodes", views.login_recovery_codes, name="login-recovery-codes"),
    path("uitloggen", views.logout, name="logout"),
    path("uitgelogd", views.logged_out, name="logged_out"),
]
