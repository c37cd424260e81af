"""Logging in and out. Where a role goes after login is the site's choice (settings.ROLE_HOMES)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import logout as auth_logout
from django.contrib.auth.views import LoginView
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST, require_safe
from django_otp import login as otp_login
from django_otp import match_token

from accounts import roles, twofactor
from accounts.forms import WRONG_CODE, CodeForm, ThrottledLoginForm


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
        url = self.get_default_redirect_url() if url.split("?")[0] == self.request.path else url
        user = self.request.user
        if twofactor.needs_two_factor(user) and not twofactor.is_verified(user):
            return twofactor.next_step_url(user, url)
        return url

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 429 if form.throttled else 422
        return response


login = never_cache(ThrottledLoginView.as_view())


@require_POST
def logout(request: HttpRequest) -> HttpResponse:
    auth_logout(request)
    return redirect("logged_out")


@require_safe
def logged_out(request: HttpRequest) -> HttpResponse:
    return render(request, "registration/logged_out.html")


def _next_url(request: HttpRequest) -> str:
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url and url_has_allowed_host_and_scheme(url, {request.get_host()}, request.is_secure()):
        return url
    return reverse(settings.LOGIN_REDIRECT_URL)


def _second_step(view):
    """Only for someone logged in with a password who still has to show the second factor."""

    def wrapped(request: HttpRequest) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect(f"{reverse('login')}?{urlencode({'next': request.get_full_path()})}")
        if twofactor.is_verified(request.user):
            return redirect(_next_url(request))
        return view(request)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return never_cache(wrapped)


@_second_step
def login_code(request: HttpRequest) -> HttpResponse:
    """Step two: a code from the authenticator app, or a recovery code (each works once)."""
    if request.method not in ("GET", "POST"):
        return HttpResponse(status=405)
    if not twofactor.has_device(request.user):
        return redirect(twofactor.next_step_url(request.user, _next_url(request)))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error("code", WRONG_CODE)
    status = 422 if form.errors else 200
    return render(request, "registration/login_code.html", {"form": form, "next": _next_url(request)},
                  status=status)


@_second_step
def login_setup(request: HttpRequest) -> HttpResponse:
    """Setting up the authenticator app, once: a QR code (and the secret as text), then its first code."""
    if request.method not in ("GET", "POST"):
        return HttpResponse(status=405)
    if twofactor.has_device(request.user):
        return redirect(twofactor.next_step_url(request.user, _next_url(request)))
    device = twofactor.pending_device(request.user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            request.session[RECOVERY_SESSION_KEY] = twofactor.confirm(device)
            otp_login(request, device)
            return redirect(f"{reverse('login-recovery-codes')}?{urlencode({'next': _next_url(request)})}")
        form.add_error("code", WRONG_CODE)
    return render(request, "registration/login_setup.html", {
        "form": form,
        "next": _next_url(request),
        "qr_code": twofactor.qr_code_svg(device),
        "secret": twofactor.secret_text(device),
        "uri": device.config_url,
    }, status=422 if form.errors else 200)


RECOVERY_SESSION_KEY = "werkroute_recovery_codes"


@require_GET  # not HEAD: showing the codes takes them out of the session, and a HEAD shows nothing
@never_cache
def login_recovery_codes(request: HttpRequest) -> HttpResponse:
    """The recovery codes, shown once right after setting up (then gone from the session)."""
    codes = request.session.pop(RECOVERY_SESSION_KEY, None)
    if not request.user.is_authenticated or not codes:
        return redirect(_next_url(request))
    return render(request, "registration/login_recovery_codes.html",
                  {"codes": codes, "next": _next_url(request)})
