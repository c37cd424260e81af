"""The curators' tool: the catalogue in the Django admin (mounted at /beheer/), in Dutch.

Every change is recorded by django-simple-history with the curator who made it
(HistoryRequestMiddleware); the history pages show what changed, old → new. Every save or delete
tells the catalogue snapshot (programmes.services.catalogue_changed).
"""

from programmes.admin import places, programme
from programmes.admin.programme import BoundedInlineMixin, ProgrammeAdmin

__all__ = ["BoundedInlineMixin", "ProgrammeAdmin", "places", "programme"]
