"""Organisations, kinds of support, and places in the admin: each with a history and "Herstel deze versie"."""

from __future__ import annotations

from django.contrib import admin

from programmes import models
from programmes.admin.base import HistoryAdmin, VersionedAdminMixin
from programmes.admin.restoring import RestoreVersionMixin
from programmes.admin.timeline import municipality_timeline

# --- Organisations, kinds, places --------------------------------------------------------------


@admin.register(models.Organisation)
class OrganisationAdmin(RestoreVersionMixin, VersionedAdminMixin, HistoryAdmin):
    list_display = ["name", "kind", "website"]
    list_filter = ["kind"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["updated_at"]


@admin.register(models.SupportKind)
class SupportKindAdmin(RestoreVersionMixin, VersionedAdminMixin, HistoryAdmin):
    list_display = ["name", "order", "median_paid_work_pct", "paid_work_range", "studies_count"]
    # No list_editable "order": the list's own form would save over a kind opened meanwhile;
    # the order is changed on the kind's page, under its version.
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["updated_at"]


@admin.register(models.Region)
class RegionAdmin(RestoreVersionMixin, VersionedAdminMixin, HistoryAdmin):
    """Read-mostly: the CBS list changes once a year, through the data files."""

    list_display = ["name", "code"]
    search_fields = ["name", "code"]

    def get_readonly_fields(self, request, obj=None):
        # The code is the key that offerings, fixtures and saved answers refer to.
        return ["code"] if obj is not None else []

    def has_delete_permission(self, request, obj=None):
        return False


class MunicipalityAliasInline(admin.TabularInline):
    model = models.MunicipalityAlias
    extra = 1


@admin.register(models.Municipality)
class MunicipalityAdmin(RestoreVersionMixin, VersionedAdminMixin, HistoryAdmin):
    object_history_template = "admin/programmes/municipality/object_history.html"
    list_display = ["name", "code", "region"]
    list_filter = ["region"]
    list_select_related = ["region"]
    search_fields = ["name", "code", "aliases__alias"]
    inlines = [MunicipalityAliasInline]

    def get_readonly_fields(self, request, obj=None):
        return ["code"] if obj is not None else []

    def has_delete_permission(self, request, obj=None):
        return False

    def history_view(self, request, object_id, extra_context=None):
        # One timeline of the gemeente and its other names (edited on the same page).
        municipality = self.get_object(request, object_id)
        timeline = municipality_timeline(municipality) if municipality is not None else []
        return super().history_view(request, object_id, {**(extra_context or {}), "timeline": timeline})


# Aliases have no page of their own: they are part of their gemeente, edited on its page under its
# version (a separate page would save past that check).
