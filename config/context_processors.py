"""What every page needs to offer itself in the other language: the language switch in the header
and the hreflang alternates in <head>."""

import functools
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils import translation


@dataclass(frozen=True)
class Alternate:
    code: str
    name: str  # in its own language: "Nederlands", "English"
    path: str  # the same page in that language
    url: str  # the same, absolute (hreflang wants absolute addresses)


def page_path(request: HttpRequest) -> str | None:
    """The address of the page being shown. A page rendered for a POST (a question with its errors)
    names its own address in request.page_path; other POSTs have no page to switch to."""
    given = getattr(request, "page_path", None)
    if given:
        return given
    return request.get_full_path() if request.method in ("GET", "HEAD") else None


@functools.lru_cache(maxsize=2048)
def _in_language(path: str, code: str) -> str:
    """The same page in another language: it depends only on the address and the URLconf, and
    resolving and reversing it on every page was a fifth of the result page's time."""
    return translate_url(path, code)


def alternates(request: HttpRequest) -> list[Alternate]:
    """The page in every language, or nothing when it has one address only (the admin, the
    professionals' pages, the API): a switch there would lead to the same page."""
    path = page_path(request)
    if path is None:
        return []
    found = [
        Alternate(code, name, url, request.build_absolute_uri(url))
        for code, name in settings.LANGUAGES
        for url in [_in_language(path, code)]
    ]
    return found if len({a.path for a in found}) == len(found) else []


def languages(request: HttpRequest) -> dict:
    found = alternates(request)
    current = translation.get_language()
    return {
        "alternates": found,
        "other_languages": [a for a in found if a.code != current],
    }
