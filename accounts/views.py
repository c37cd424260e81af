"""Logging in and out. Where a role goes after login is the site's choice (settings.ROLE_HOMES)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import logout as auth_logout
from django.contrib.auth.views import LoginView
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from accounts import roles
from accounts.forms import ThrottledLoginForm


class ThrottledLoginView(LoginView):
    """Django's login, with the throttled Dutch form; wrong input is a 422, a lockout a 429."""

    form_class = ThrottledLoginForm
    template_name = "registration/login.html"
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        # Without a ?next=: professionals go to their cases, curators to their overviews.
        user = self.request.user
        if roles.is_professional(user):
            return reverse(settings.ROLE_HOMES[roles.PROFESSIONAL])
        if roles.is_curator(user):
            return reverse(settings.ROLE_HOMES[roles.CURATOR])
        return reverse(settings.LOGIN_REDIRECT_URL)

    def get_success_url(self):
        # ?next= pointing back at the login page would send a logged-in user round in circles.
        url = super().get_success_url()
        return self.get_default_redirect_url() if url.split("?")[0] == self.request.path else url

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 429 if form.throttled else 422
        return response


login = never_cache(ThrottledLoginView.as_view())


@require_POST
def logout(request: HttpRequest) -> HttpResponse:
    auth_logout(request)
    return redirect("logged_out")


@require_GET
def logged_out(request: HttpRequest) -> HttpResponse:
    return render(request, "registration/logged_out.html")
