"""Organisations, kinds of support, and places in the admin."""

from __future__ import annotations

from django.contrib import admin

from programmes import models
from programmes.admin.base import CatalogueWriteMixin, HistoryAdmin

# --- Organisations, kinds, places --------------------------------------------------------------


@admin.register(models.Organisation)
class OrganisationAdmin(HistoryAdmin):
    list_display = ["name", "kind", "website"]
    list_filter = ["kind"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["updated_at"]


@admin.register(models.SupportKind)
class SupportKindAdmin(HistoryAdmin):
    list_display = ["name", "order", "median_paid_work_pct", "paid_work_range", "studies_count"]
    list_editable = ["order"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["updated_at"]


@admin.register(models.Region)
class RegionAdmin(CatalogueWriteMixin, admin.ModelAdmin):
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
class MunicipalityAdmin(CatalogueWriteMixin, admin.ModelAdmin):
    list_display = ["name", "code", "region"]
    list_filter = ["region"]
    list_select_related = ["region"]
    search_fields = ["name", "code", "aliases__alias"]
    inlines = [MunicipalityAliasInline]

    def get_readonly_fields(self, request, obj=None):
        return ["code"] if obj is not None else []

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(models.MunicipalityAlias)
class MunicipalityAliasAdmin(CatalogueWriteMixin, admin.ModelAdmin):
    list_display = ["alias", "municipality"]
    list_select_related = ["municipality"]
    search_fields = ["alias", "municipality__name"]
    autocomplete_fields = ["municipality"]
