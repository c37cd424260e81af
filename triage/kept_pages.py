"""Whole pages kept for visitors without an account (the result, a question), rendered once per
catalogue version, address, language and what the page shows, with a slot for each request's own
CSRF token.

The frame around a page (header, language switch, quick exit, footer, forms) was most of its
time once the advice itself was kept: Django's template engine renders it anew on every request,
although it is the same for everyone who sees the same page. A logged-in visitor's page names the
account (and may hold their work): it is always rendered for them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.translation import get_language

from programmes import snapshot
from programmes.catalogue import Catalogue

CSRF_SLOT = "__werkroute_csrf_token__"
PAGES_KEPT = 256  # per kind of page: pages of 10–60 KB, so memory stays flat whatever comes in


def page(
    request: HttpRequest, template: str, context: dict | Callable[[], dict], *, name: str, shows: Hashable,
    catalogue: Catalogue, queries: frozenset[str] = frozenset({""}),
) -> str:
    """The page rendered from `template` and `context` (or what `context()` gives: only built when
    the page is not kept yet). `shows` must hold everything in the context that differs between
    visitors at the same address in the same language; `catalogue` is the snapshot the request read
    (a page made from an older one is not kept). Only addresses with one of `queries` as their query
    string are kept: any other (`?utm=…`) would only push useful pages out."""
    built = context if callable(context) else (lambda: context)
    if request.user.is_authenticated or request.META.get("QUERY_STRING", "") not in queries:
        return render_to_string(template, built(), request)
    key = (shows, request.get_full_path(), get_language(), request.build_absolute_uri("/"))
    kept = snapshot.remembered(f"page-{name}", key, lambda: render_to_string(
        template, {**built(), "csrf_token": CSRF_SLOT}, request,
    ), limit=PAGES_KEPT, catalogue=catalogue)
    # get_token also marks the CSRF cookie to be set, as the {% csrf_token %} tag would.
    return kept.replace(CSRF_SLOT, get_token(request))
