"""The curators' tool: the catalogue in the Django admin (mounted at /beheer/), in Dutch.

Every change is recorded by django-simple-history with the curator who made it
(HistoryRequestMiddleware); the history pages show what changed, old → new.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, ManyToManyField, URLField, Value, When
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import capfirst
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper

from programmes import models, services
from programmes import vocabulary as vocab
from programmes.forms import (
    FundingInlineFormSet,
    OfferingForm,
    OrderedPartsFormSet,
    ProgrammeAdminForm,
    SourceInlineFormSet,
)

EMPTY = "(leeg)"
# Web addresses typed without a scheme get https:// (Django 6's default, without the warning).
HTTPS_URLS = {URLField: {"assume_scheme": "https"}}


class LabelledHistoryHelper(HistoricalRecordContextHelper):
    """Shows history differences in the curators' words: labels instead of keys, ja/nee, (leeg)."""

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if change.field in vocab.ELIGIBILITY_CHOICES and isinstance(value, list):
            labels = [vocab.label(vocab.ELIGIBILITY_CHOICES[change.field], key) for key in value]
            return "; ".join(labels) if labels else "(iedereen)"
        if isinstance(field, ManyToManyField):
            related = super().prepare_delta_change_value(change, value)
            return "; ".join(str(item) for item in related) or "(geen)"
        if isinstance(value, bool):
            return "ja" if value else "nee"
        if value is None or value == "":
            return EMPTY
        if getattr(field, "choices", None):
            return dict(field.flatchoices).get(value, value)
        return super().prepare_delta_change_value(change, value)


class CatalogueWriteMixin:
    """Every save or delete through the admin tells the catalogue snapshot (services.catalogue_changed)."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        services.catalogue_changed()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.catalogue_changed()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        services.catalogue_changed()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        services.catalogue_changed()


class HistoryAdmin(CatalogueWriteMixin, SimpleHistoryAdmin):
    """Simple-history admin in Dutch, with differences shown and reverting switched off.

    Reverting through simple-history's form would skip the inline checks (a published
    programme needs a source), so curators correct a record through its normal form.
    """

    formfield_overrides = HTTPS_URLS
    history_list_per_page = 50

    def get_historical_record_context_helper(self, request, historical_record):
        return LabelledHistoryHelper(self.model, historical_record)

    def revert_disabled(self, request, obj=None):
        return True

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def history_view_title(self, request, obj):
        return f"Geschiedenis van ‘{obj}’"

    def history_form_view_title(self, request, obj):
        return f"Eerdere versie van ‘{obj}’ (alleen bekijken)"


# --- Programme and its parts ---------------------------------------------------------------------


class BoundedInlineMixin:
    """A posted TOTAL_FORMS is believed up to absolute_max (Django's default: 2,000 forms per
    inline); a forged number would make one request build thousands of forms. No programme
    needs more than this many rows of one kind."""

    max_rows = 100

    def get_formset(self, request, obj=None, **kwargs):
        kwargs.setdefault("absolute_max", self.max_rows)
        kwargs.setdefault("max_num", self.max_rows)
        return super().get_formset(request, obj, **kwargs)


class OfferingInline(BoundedInlineMixin, admin.StackedInline):
    formfield_overrides = HTTPS_URLS
    model = models.Offering
    form = OfferingForm
    extra = 0
    autocomplete_fields = ["provider", "regions", "municipalities"]
    show_change_link = True
    fields = [
        "provider",
        "scope",
        "regions",
        "municipalities",
        "requires_care_at_provider",
        "contact",
        "url",
        "note",
        "last_verified",
    ]


class FundingInline(BoundedInlineMixin, admin.StackedInline):
    model = models.Funding
    formset = FundingInlineFormSet
    extra = 1
    fields = ["order", "benefit", "payer", "budget", "applicant", "legal_basis", "note", "source"]


class EvidenceInline(BoundedInlineMixin, admin.StackedInline):
    model = models.Evidence
    formset = OrderedPartsFormSet
    extra = 1
    fields = ["order", "is_key", "result", "figure", "design", "participants", "year", "study", "source"]


class ConditionInline(BoundedInlineMixin, admin.TabularInline):
    model = models.Condition
    formset = OrderedPartsFormSet
    extra = 1
    fields = ["order", "question", "client_text"]


class SourceInline(BoundedInlineMixin, admin.TabularInline):
    def formfield_for_dbfield(self, db_field, request, **kwargs):
        # A tabular inline renders no help-text element, yet the widget would point at one
        # (aria-describedby to a missing id). The column header says what to fill in.
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None:
            field.help_text = ""
        return field

    formfield_overrides = HTTPS_URLS
    model = models.Source
    formset = SourceInlineFormSet
    extra = 1
    fields = ["order", "document", "locator", "url", "note"]


OPEN_TO_ALL = "open"


class AcceptsBenefitFilter(admin.SimpleListFilter):
    title = "uitkering (staat open voor)"
    parameter_name = "uitkering"

    def lookups(self, request, model_admin):
        return [(OPEN_TO_ALL, "Geen beperking (alle uitkeringen)"), *vocab.PROGRAMME_BENEFITS]

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        # JSON lookups differ between SQLite and PostgreSQL; the lists are short and the
        # catalogue small, so decide in Python and filter on primary keys.
        pks = [
            pk
            for pk, benefits in queryset.values_list("pk", "benefits")
            if not benefits or (value != OPEN_TO_ALL and value in benefits)
        ]
        return queryset.filter(pk__in=pks)


class NeedsCheckFilter(admin.SimpleListFilter):
    title = "controle nodig"
    parameter_name = "controle"

    def lookups(self, request, model_admin):
        return [("ja", "Controle nodig"), ("nee", "Geen controle nodig")]

    def queryset(self, request, queryset):
        needing = models.ProgrammeQuerySet.needing_check_q(timezone.localdate())
        if self.value() == "ja":
            return queryset.filter(needing)
        if self.value() == "nee":
            return queryset.exclude(needing)
        return queryset


@admin.register(models.Programme)
class ProgrammeAdmin(HistoryAdmin):
    # Set by the curation app (from above): the address of "the effect of publishing" this programme.
    effect_url: Callable[[models.Programme], str] | None = None

    form = ProgrammeAdminForm
    list_display = ["name", "status", "kind", "recognition_level", "last_verified", "check_needed"]
    list_filter = [
        NeedsCheckFilter,
        "status",
        "kind",
        ("offerings__regions", admin.RelatedOnlyFieldListFilter),
        AcceptsBenefitFilter,
        "recognition_level",
    ]
    list_select_related = ["kind"]
    search_fields = ["name", "slug", "summary"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["version", "updated_at", "publication_effect"]
    inlines = [OfferingInline, FundingInline, EvidenceInline, ConditionInline, SourceInline]
    object_history_template = "admin/programmes/programme/object_history.html"
    fieldsets = [
        (None, {"fields": [
            "name", "slug", "kind", "status", "publication_effect", "summary", "description",
        ]}),
        (
            "Voor wie (niets aangevinkt = voor iedereen)",
            {"fields": [*vocab.ELIGIBILITY_CHOICES, "min_age", "max_age"]},
        ),
        ("Duur en aanmelden", {"fields": ["duration", "intensity", "how_to_apply", "how_to_refer"]}),
        ("Bewijs", {"fields": ["recognition_level", "recognition_valid_until", "evidence_summary"]}),
        (
            "Bronnen en controle",
            {"fields": [
                "source_caveat", "period", "last_verified", "version", "updated_at", "expected_version",
            ]},
        ),
    ]

    @staticmethod
    def _check_first():
        needing = models.ProgrammeQuerySet.needing_check_q(timezone.localdate())
        return Case(When(needing, then=Value(0)), default=Value(1), output_field=IntegerField())

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(check_first=self._check_first())

    def save_model(self, request, obj, form, change):
        # The form checked the version under a row lock; this save makes the next one.
        services.save_programme(obj, expected_version=form.cleaned_data.get("expected_version"))

    def get_ordering(self, request):
        # "Controle nodig" first, then by name. An expression: other admins order by it too.
        return [self._check_first().asc(), "name"]

    @admin.display(description="controle nodig", boolean=True, ordering="check_first")
    def check_needed(self, obj) -> bool:
        return getattr(obj, "check_first", 1) == 0

    @admin.display(description="effect van publiceren")
    def publication_effect(self, obj) -> str:
        if obj is None or obj.pk is None:
            return "Sla het traject eerst op als concept; daarna ziet u hier het effect van publiceren."
        if self.effect_url is None:
            return ""
        url = self.effect_url(obj)
        return format_html('<a href="{}">Bekijk voor welke regio\'s, uitkeringen en wensen dit traject '
                           "erbij komt of verdwijnt</a>", url)

    PART_MODELS = [models.Offering, models.Funding, models.Evidence, models.Condition, models.Source]
    PARTS_HISTORY_LIMIT = 50

    def history_view(self, request, object_id, extra_context=None):
        extra_context = {**(extra_context or {}), "parts_history": self.parts_history(request, object_id)}
        return super().history_view(request, object_id, extra_context)

    def parts_history(self, request, object_id) -> list[dict]:
        """Recent changes to the programme's offerings, funding, evidence, conditions and sources.

        These rows have their own history; curators edit them on the programme's page, so
        they expect to see those changes on the programme's history too.
        """
        try:
            programme_id = int(object_id)
        except (TypeError, ValueError):
            return []
        entries = []
        for model in self.PART_MODELS:
            records = (
                model.history.filter(programme_id=programme_id)
                .select_related("history_user")
                .order_by("-history_date", "-history_id")[: self.PARTS_HISTORY_LIMIT]
            )
            for record in records:
                changes = []
                previous = record.prev_record if record.history_type == "~" else None
                if previous is not None:
                    delta = record.diff_against(previous, foreign_keys_are_objs=True)
                    changes = LabelledHistoryHelper(model, record).context_for_delta_changes(delta)
                entries.append(
                    {
                        "record": record,
                        "part": capfirst(model._meta.verbose_name),
                        "label": str(record.instance),
                        "changes": changes,
                    }
                )
        entries.sort(key=lambda entry: entry["record"].history_date, reverse=True)
        return entries[: self.PARTS_HISTORY_LIMIT]


@admin.register(models.Offering)
class OfferingAdmin(HistoryAdmin):
    form = OfferingForm
    list_display = ["programme", "provider", "scope", "requires_care_at_provider", "last_verified"]
    list_filter = ["scope", "requires_care_at_provider", ("regions", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["programme", "provider"]
    search_fields = ["programme__name", "provider__name"]
    autocomplete_fields = ["programme", "provider", "regions", "municipalities"]


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
