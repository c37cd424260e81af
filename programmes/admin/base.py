"""The admin's shared parts: history shown in the curators' words, and telling the snapshot of every write."""

from __future__ import annotations

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import ManyToManyField, URLField
from django.http import Http404
from django.utils.safestring import SafeString, mark_safe
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper

from programmes import rules, services
from programmes import vocabulary as vocab
from programmes.forms import (
    ELIGIBILITY_FIELDS,
    source_field_name,
)
from programmes.locking import VersionedModelForm

EMPTY = "(leeg)"
WHOLE = 1_000_000
# Each eligibility field followed by the (admin-only) source of its limit.
ELIGIBILITY_WITH_SOURCES = [
    item for name in ELIGIBILITY_FIELDS for item in (name, source_field_name(name))
]
# Web addresses typed without a scheme get https:// (Django 6's default, without the warning).
HTTPS_URLS = {URLField: {"assume_scheme": "https"}}


def format_html_safe(message, noun: str):
    """The article fixed, keeping Django's escaping: its messages are safe strings with links."""
    fixed = rules.with_article(str(message), noun)
    return mark_safe(fixed) if isinstance(message, SafeString) else fixed  # noqa: S308 (Django's own)


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

    def message_user(self, request, message, *args, **kwargs):
        # "Het traject ‘IPS’ is met succes gewijzigd", not Django's "De traject".
        noun = str(self.model._meta.verbose_name)
        super().message_user(request, format_html_safe(message, noun), *args, **kwargs)

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


class VersionedAdminMixin:
    """Saves through the optimistic lock: the form (programmes.locking.VersionedModelForm, or one
    built on it) checked the version under a row lock; this save makes the next one."""

    form = VersionedModelForm

    def save_model(self, request, obj, form, change):
        services.save_versioned(obj, expected_version=form.cleaned_data.get("expected_version"))


class HistoryAdmin(CatalogueWriteMixin, SimpleHistoryAdmin):
    """Simple-history admin in Dutch, with differences shown and reverting switched off.

    Reverting through simple-history's form would skip the inline checks (a published
    programme needs a source), so curators correct a record through its normal form.
    """

    formfield_overrides = HTTPS_URLS
    history_list_per_page = 50

    def get_historical_record_context_helper(self, request, historical_record):
        # Values in full (simple-history cuts them at 100 characters: "Behan[44 chars]he GGZ)").
        return LabelledHistoryHelper(self.model, historical_record, max_displayed_delta_change_chars=WHOLE)

    def revert_disabled(self, request, obj=None):
        return True

    def history_view(self, request, object_id, extra_context=None):
        self._check_id(object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            raise PermissionDenied
        self._check_id(object_id)
        return super().history_form_view(request, object_id, version_id, extra_context)

    def _check_id(self, object_id: str) -> None:
        # simple-history looks the id up as it comes: "1/change" would be a 500, not a 404.
        try:
            self.model._meta.pk.to_python(unquote(object_id))
        except ValidationError:
            raise Http404(f"Geen {self.model._meta.verbose_name} met dit nummer.") from None

    def history_view_title(self, request, obj):
        return f"Geschiedenis van ‘{obj}’"

    def history_form_view_title(self, request, obj):
        return f"Eerdere versie van ‘{obj}’ (alleen bekijken)"


