"""sitemap.xml: the public pages that mean something on their own, and every programme in the catalogue.

The pages people browse have a Dutch address and an English one under /en/ (i18n_patterns): each is
listed in both languages, each entry with both as hreflang alternates and the Dutch one as x-default
(as the pages' own <head> says). A programme without English texts yet is still listed in English:
its English page says so and shows the Dutch texts marked as Dutch."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from programmes.snapshot import get_catalogue

# The wizard's steps, the result and everything behind a login depend on a session: not listed.
PUBLIC_PAGES = ("triage:start", "triage:stroomschema", "werkwijze", "triage:glossary", "programmes:list",
                "privacy", "accessibility")
VISIBLE = frozenset({"published", "ended"})  # the public catalogue shows ended programmes too


class InBothLanguages(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class PublicPages(InBothLanguages):
    changefreq = "monthly"

    def items(self):
        return list(PUBLIC_PAGES)

    def location(self, item):
        return reverse(item)


class Programmes(InBothLanguages):
    changefreq = "weekly"

    def items(self):
        return sorted((p for p in get_catalogue().programmes if p.status in VISIBLE), key=lambda p: p.slug)

    def location(self, item):
        return reverse("programmes:detail", args=[item.slug])

    def lastmod(self, item):
        return item.last_verified


SITEMAPS = {"pages": PublicPages, "programmes": Programmes}
