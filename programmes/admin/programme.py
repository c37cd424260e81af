"""The programme's admin page with its offerings, funding, evidence, conditions and sources."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import admin
from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import capfirst

from programmes import models, services
from programmes import vocabulary as vocab
from programmes.admin.base import ELIGIBILITY_WITH_SOURCES, HTTPS_URLS, HistoryAdmin, LabelledHistoryHelper
from programmes.forms import (
    FundingInlineFormSet,
    OfferingAdminForm,
    OfferingForm,
    OrderedPartsFormSet,
    ProgrammeAdminForm,
    SourceInlineFormSet,
)

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
    fieldsets = [
        (None, {"fields": [
            "provider", "availability", "scope", "regions", "municipalities", "requires_care_at_provider",
        ]}),
        ("Contact", {"fields": [
            "desk", "contact", "contact_professional", "phone", "url", "note", "last_verified",
        ]}),
        (
            "Alleen hier: voor wie (beperkt het traject; niets aangevinkt = zoals het traject)",
            {"classes": ["collapse"], "fields": ELIGIBILITY_WITH_SOURCES},
        ),
    ]


class FundingInline(BoundedInlineMixin, admin.StackedInline):
    model = models.Funding
    formset = FundingInlineFormSet
    extra = 1
    fields = [
        "order", "benefit", "payer", "budget", "applicant", "legal_basis", "note", "derived", "source",
        "provenance",
    ]


class EvidenceInline(BoundedInlineMixin, admin.StackedInline):
    model = models.Evidence
    formset = OrderedPartsFormSet
    extra = 1
    fields = [
        "order", "is_key", "result", "figure", "design", "participants", "year", "study", "source",
        "provenance",
    ]


class ConditionInline(BoundedInlineMixin, admin.TabularInline):
    model = models.Condition
    formset = OrderedPartsFormSet
    extra = 1
    fields = ["order", "question", "client_text", "offering", "settled_by"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # Only this programme's own offerings can carry one of its conditions.
        if db_field.name == "offering":
            match = request.resolver_match
            programme_id = str(match.kwargs.get("object_id", "")) if match else ""
            offerings = models.Offering.objects.select_related("programme", "provider")
            kwargs["queryset"] = (
                offerings.filter(programme_id=int(programme_id))
                if programme_id.isdigit()
                else offerings.none()
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


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
    fields = ["order", "document", "year", "locator", "url", "note", "provenance"]


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
            {"fields": ELIGIBILITY_WITH_SOURCES},
        ),
        (
            "Waar en hoe het wordt aangeboden",
            {"fields": ["integrated_care", "offered_by_institutions"]},
        ),
        ("Duur en aanmelden", {"fields": ["duration", "intensity", "how_to_apply", "how_to_refer"]}),
        (
            "Bewijs",
            {"fields": [
                "dutch_evidence", "recognition_level", "recognition_valid_until", "evidence_summary",
            ]},
        ),
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
    """An offering's own page (linked from its programme). It is part of the programme: the form
    checks the programme's version, and a save or delete moves it on, so neither this page nor
    the programme's page ever saves over the other."""

    form = OfferingAdminForm
    list_display = [
        "programme", "provider", "availability", "scope", "requires_care_at_provider", "last_verified",
    ]
    list_filter = [
        "availability", "scope", "requires_care_at_provider", ("regions", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["programme", "provider"]
    search_fields = ["programme__name", "provider__name"]
    autocomplete_fields = ["programme", "provider", "regions", "municipalities"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # The programme it was part of, and the one it is part of now (it may have moved).
        services.parts_changed({form.initial.get("programme"), obj.programme_id})

    def delete_model(self, request, obj):
        programme_id = obj.programme_id
        super().delete_model(request, obj)
        services.parts_changed({programme_id})

    def delete_queryset(self, request, queryset):
        programme_ids = set(queryset.values_list("programme_id", flat=True))
        super().delete_queryset(request, queryset)
        services.parts_changed(programme_ids)
