"""sitemap.xml: the public pages that mean something on their own, and every programme in the catalogue.

The pages people browse have a Dutch address and an English one under /en/ (i18n_patterns): a page
translated into English is listed in both languages, each entry with both as hreflang alternates and
the Dutch one as x-default (as the pages' own <head> says). The catalogue's pages are listed in
Dutch only until their own texts are translated."""

from __future__ import annotations

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from programmes.snapshot import get_catalogue

# The wizard's steps, the result and everything behind a login depend on a session: not listed.
PUBLIC_PAGES = ("triage:start", "triage:stroomschema", "werkwijze", "triage:glossary", "programmes:list",
                "privacy", "accessibility")
# Pages whose English address still shows Dutch (under a short English note): Dutch only here.
NOT_TRANSLATED = frozenset({"programmes:list"})
VISIBLE = frozenset({"published", "ended"})  # the public catalogue shows ended programmes too


class PublicPages(Sitemap):
    changefreq = "monthly"
    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return list(PUBLIC_PAGES)

    def get_languages_for_item(self, item):
        if item in NOT_TRANSLATED:
            return [settings.LANGUAGE_CODE]
        return super().get_languages_for_item(item)

    def location(self, item):
        return reverse(item)

    def get_urls(self, *args, **kwargs):
        urls = super().get_urls(*args, **kwargs)
        for url in urls:
            # A page in one language has no other to point at (Django would still list itself).
            if len({a["lang_code"] for a in url["alternates"]} - {"x-default"}) < 2:
                url["alternates"] = []
        return urls


class Programmes(Sitemap):
    changefreq = "weekly"

    def items(self):
        return sorted((p for p in get_catalogue().programmes if p.status in VISIBLE), key=lambda p: p.slug)

    def location(self, item):
        return reverse("programmes:detail", args=[item.slug])

    def lastmod(self, item):
        return item.last_verified


SITEMAPS = {"pages": PublicPages, "programmes": Programmes}
