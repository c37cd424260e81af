"""Site-wide views: probes, static pages and error pages."""

import sys

from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST


@require_GET
@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    # Deliberately touches nothing: the baseline for speed and liveness.
    return HttpResponse("ok", content_type="text/plain")


@require_GET
@never_cache
def readyz(request: HttpRequest) -> HttpResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return database_unavailable()
    return HttpResponse("ok", content_type="text/plain")


@require_GET
def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/privacy.html")


@require_GET
def accessibility(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/toegankelijkheid.html")


@require_GET
def werkwijze(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/werkwijze.html")


@require_POST
@never_cache
def quick_exit(request: HttpRequest) -> HttpResponse:
    # Everything goes: answers, login, the gap marker. The next page shows nothing of Werkroute.
    request.session.flush()
    return redirect("weather")


@require_GET
def weather(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/weather.html")


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "400.html", status=400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "403.html", status=403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "404.html", status=404)


def database_unavailable() -> HttpResponse:
    """The Dutch 503 page, rendered without a request: the database may be what failed."""
    response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = "60"
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    # No context processors and no request: whatever broke may be what they need.
    # Django calls this inside its except block, so the error is still at hand.
    if isinstance(sys.exc_info()[1], DatabaseError):
        return database_unavailable()
    return HttpResponse(loader.get_template("500.html").render(), status=500)
