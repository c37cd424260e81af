"""The programme's admin page with its offerings, funding, evidence, conditions and sources."""

from __future__ import annotations

from django.conf import settings
from django.contrib import admin, messages
from django.db.models import Case, IntegerField, Q, Value, When
from django.utils import timezone
from django.utils.html import format_html

from programmes import models, services
from programmes import vocabulary as vocab
from programmes.admin.base import ELIGIBILITY_WITH_SOURCES, HTTPS_URLS, HistoryAdmin
from programmes.admin.drafting import DraftingAdminMixin, change_url, is_live_published
from programmes.admin.timeline import programme_timeline
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
        # Each English text right under its Dutch twin: both languages in one glance.
        ("Contact", {"fields": [
            "desk", "contact", "contact_en", "contact_professional", "contact_professional_en", "phone",
            "url", "note", "note_en",
        ]}),
        ("Controle", {"fields": ["last_verified", "verified_by", "verified_against"]}),
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


class ConditionInline(BoundedInlineMixin, admin.StackedInline):
    # Stacked: as a table, its question, the offering's long name and settled_by made the page
    # 1,700 px wide, scrolling sideways at 1,366 px.
    model = models.Condition
    formset = OrderedPartsFormSet
    extra = 1
    fields = ["order", "question", "question_en", "client_text", "client_text_en", "offering", "settled_by"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # Only this programme's own offerings can carry one of its conditions.
        if db_field.name == "offering":
            match = request.resolver_match
            programme_id = str(match.kwargs.get("object_id", "")) if match else ""
            offerings = models.Offering.objects.select_related("programme", "provider")
            # Saving a published programme's page goes into its draft, with the draft's offerings.
            kwargs["queryset"] = (
                offerings.filter(Q(programme_id=int(programme_id)) | Q(programme__draft_of_id=programme_id))
                if programme_id.isdigit()
                else offerings.none()
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class SourceInline(BoundedInlineMixin, admin.StackedInline):
    # Stacked, like the conditions: seven columns did not fit 1,366 px. (Stacked also renders the
    # help texts the widgets point at with aria-describedby.)
    formfield_overrides = HTTPS_URLS
    model = models.Source
    formset = SourceInlineFormSet
    extra = 1
    fields = ["order", "document", "year", "locator", "url", "note", "provenance"]


OPEN_TO_ALL = "open"


def _needing_check():
    return models.ProgrammeQuerySet.needing_check_q(timezone.localdate(), settings.CATALOGUE_STALE_MONTHS)


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
        needing = _needing_check()
        if self.value() == "ja":
            return queryset.filter(needing)
        if self.value() == "nee":
            return queryset.exclude(needing)
        return queryset


@admin.register(models.Programme)
class ProgrammeAdmin(DraftingAdminMixin, HistoryAdmin):
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
    change_form_template = "admin/programmes/programme/change_form.html"
    fieldsets = [
        # Each English text (…_en) right under its Dutch twin; empty: the English page shows the Dutch.
        (None, {"fields": [
            "name", "name_en", "slug", "kind", "status", "publication_effect", "summary", "summary_en",
            "description", "description_en",
        ]}),
        (
            "Voor wie (niets aangevinkt = voor iedereen)",
            {"fields": ELIGIBILITY_WITH_SOURCES},
        ),
        (
            "Waar en hoe het wordt aangeboden",
            {"fields": ["integrated_care", "offered_by_institutions"]},
        ),
        ("Duur en aanmelden", {"fields": [
            "duration", "duration_en", "intensity", "intensity_en", "how_to_apply", "how_to_apply_en",
            "how_to_refer", "how_to_refer_en",
        ]}),
        (
            "Bewijs",
            {"fields": [
                "dutch_evidence", "recognition_level", "recognition_valid_until", "evidence_summary",
                "evidence_summary_en",
            ]},
        ),
        (
            "Bronnen en controle",
            {"fields": [
                "source_caveat", "period", "last_verified", "verified_by", "verified_against", "version",
                "updated_at", "expected_version",
            ]},
        ),
    ]

    @staticmethod
    def _check_first():
        needing = _needing_check()
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
        url = self.effect_url(obj.draft_of if obj.draft_of_id else obj)
        return format_html('<a href="{}">Bekijk voor welke regio\'s, uitkeringen en wensen dit traject '
                           "erbij komt of verdwijnt</a>", url)

    def history_view(self, request, object_id, extra_context=None):
        programme = self.get_object(request, object_id)
        timeline = programme_timeline(programme) if programme is not None else []
        extra_context = {**(extra_context or {}), "timeline": timeline}
        return super().history_view(request, object_id, extra_context)


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

    def has_change_permission(self, request, obj=None):
        # An offering of a published programme is changed in the programme's draft (its page
        # leads there); here it can only be viewed, so the live advice never changes unseen.
        if obj is not None and is_live_published(obj.programme):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and is_live_published(obj.programme):
            return False
        return super().has_delete_permission(request, obj)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id)
        if obj is not None and is_live_published(obj.programme):
            messages.info(request, format_html(
                "Dit aanbod hoort bij een gepubliceerd traject. Wijzig het op de pagina van "
                '<a href="{}">het traject</a>: wat u daar opslaat, komt in een concept.',
                change_url(obj.programme),
            ))
        return super().change_view(request, object_id, form_url, extra_context)

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
