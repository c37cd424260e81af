"""sitemap.xml and robots.txt, at the site's root."""

from __future__ import annotations

from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from opendata.sitemaps import SITEMAPS

# Pages that hold or show a session's answers (in Dutch and under /en/), the quick exit, logins
# and the JSON API for answers: nothing for a search engine. The HSDS API stays open: it is meant
# to be found.
DISALLOWED = (
    "/vraag/", "/overzicht", "/resultaat", "/opnieuw",
    "/en/vraag/", "/en/overzicht", "/en/resultaat", "/en/opnieuw",
    "/weg", "/weer", "/inloggen", "/uitloggen", "/uitgelogd", "/casussen/", "/overzichten/", "/beheer/",
    "/api/v1/",
)


@transaction.non_atomic_requests
@require_safe
def sitemap(request: HttpRequest) -> HttpResponse:
    return django_sitemap(request, sitemaps=SITEMAPS, template_name="opendata/sitemap.xml")


@transaction.non_atomic_requests
@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    context = {"disallowed": DISALLOWED, "sitemap_url": request.build_absolute_uri(reverse("sitemap"))}
    return render(request, "opendata/robots.txt", context, content_type="text/plain; charset=utf-8")
