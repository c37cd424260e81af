"""Site-wide views: probes, static pages and error pages."""

import logging
import sys

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from config.problems import PROBLEMS

_WEATHER_PAGE = (settings.BASE_DIR / "static" / "errors" / "weer.html").read_bytes()

logger = logging.getLogger(__name__)


@require_safe
@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    # Deliberately touches nothing: the baseline for speed and liveness.
    return HttpResponse("ok", content_type="text/plain")


class _ProbeDone(Exception):
    """Ends the probe's transaction with a rollback: it never leaves anything behind."""


@require_safe
@never_cache
def readyz(request: HttpRequest) -> HttpResponse:
    """Ready when the database answers and accepts writes. The write is the wizard's own (a session
    row), with a key no session has, in a transaction that is always rolled back: a read-only
    database (a standby, or default_transaction_read_only) refuses the statement itself."""
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(
                    "UPDATE django_session SET expire_date = expire_date WHERE session_key = %s",
                    ["readyz-probe-not-a-session"],
                )
            raise _ProbeDone
    except _ProbeDone:
        pass
    except DatabaseError:
        return database_unavailable()
    return HttpResponse("ok", content_type="text/plain")


@require_safe
def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/privacy.html")


@require_safe
def accessibility(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/toegankelijkheid.html")


@require_safe
def werkwijze(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/werkwijze.html")


@csrf_exempt  # it only destroys: a stale or missing token (a login in another tab) must not stop it
@require_http_methods(["GET", "POST"])
@never_cache
def quick_exit(request: HttpRequest) -> HttpResponse:
    """Snel weg: forget everything (answers, login, the gap marker) and show a neutral page.

    It must work whatever happens: without a CSRF token, by GET (quick-exit.js navigates here),
    and without a database. The cookie is deleted on every answer; the session row too when
    the database answers, otherwise it expires with the session (clearsessions).
    """
    try:
        request.session.flush()
    except DatabaseError:
        # Nothing about the session in the log: only that the row stays until it expires.
        logger.warning("quick exit: the database did not answer; the session row expires by itself")
    # A fresh, empty store: SessionMiddleware then deletes the cookie and writes nothing.
    request.session = type(request.session)()
    response = HttpResponseRedirect(reverse("weather"))
    response.delete_cookie(settings.SESSION_COOKIE_NAME, path=settings.SESSION_COOKIE_PATH,
                           domain=settings.SESSION_COOKIE_DOMAIN, samesite=settings.SESSION_COOKIE_SAMESITE)
    response.delete_cookie(settings.CSRF_COOKIE_NAME, path=settings.CSRF_COOKIE_PATH,
                           domain=settings.CSRF_COOKIE_DOMAIN, samesite=settings.CSRF_COOKIE_SAMESITE)
    return response


@require_safe
@never_cache
def weather(request: HttpRequest) -> HttpResponse:
    # The page nginx serves when no instance answers, read once: no template, session, user or
    # database, so it shows when all else fails, and there is one copy of it.
    return HttpResponse(_WEATHER_PAGE)


def _problem(request: HttpRequest, name: str, status: int) -> HttpResponse:
    return render(request, "errors/problem.html", {"problem": PROBLEMS[name]}, status=status)


def _standalone(name: str, status: int) -> HttpResponse:
    return HttpResponse(loader.get_template("errors/standalone.html").render({"problem": PROBLEMS[name]}),
                        status=status)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _problem(request, "400", 400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _problem(request, "403", 403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _problem(request, "404", 404)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return _problem(request, "403_csrf", 403)


def database_unavailable() -> HttpResponse:
    """The Dutch 503 page, rendered without a request: the database may be what failed."""
    response = _standalone("503", 503)
    response["Retry-After"] = "60"
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    # No context processors and no request: whatever broke may be what they need.
    # Django calls this inside its except block, so the error is still at hand.
    if isinstance(sys.exc_info()[1], DatabaseError):
        return database_unavailable()
    return _standalone("500", 500)
