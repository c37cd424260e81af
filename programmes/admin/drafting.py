"""Editing a published programme in the admin goes into its draft (programmes.drafts).

Saving the page of a published programme makes a draft (a copy with its parts) and saves the
posted changes into it; the live programme keeps serving. Its page, opened again, leads to the
draft: one draft per programme, continued until it is published or thrown away.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponseNotAllowed, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.html import format_html

from programmes import drafts, models, services
from programmes import vocabulary as vocab

# The admin's inline prefixes (the related names) per part model.
PREFIXES = {"Offering": "offerings", "Funding": "funding", "Evidence": "evidence", "Condition": "conditions",
            "Source": "sources"}
_ROW = re.compile(r"^(?P<prefix>[a-z]+)-(?P<index>\d+)-(?P<field>id|programme|offering)$")


def change_url(programme: models.Programme) -> str:
    return reverse("admin:programmes_programme_change", args=[programme.pk])


def is_live_published(programme: models.Programme) -> bool:
    return programme.draft_of_id is None and programme.status == vocab.Status.PUBLISHED


def retarget(data: QueryDict, live: models.Programme, draft: models.Programme) -> QueryDict:
    """The live page's posted form, pointed at the draft: its rows, its parent, its version."""
    ids = drafts.part_ids(live, draft)
    by_prefix = {PREFIXES[name]: mapping for name, mapping in ids.items()}
    data = data.copy()
    for key in list(data.keys()):
        found = _ROW.match(key)
        if not found or found["prefix"] not in by_prefix:
            continue
        value = data.get(key, "")
        if found["field"] == "programme":
            data[key] = str(draft.pk)
        elif found["field"] == "id":
            data[key] = by_prefix[found["prefix"]].get(value, value)
        elif found["prefix"] == "conditions":
            data[key] = ids["Offering"].get(value, value)
    data["expected_version"] = str(draft.version)
    data["slug"] = draft.slug
    return data


class DraftingAdminMixin:
    """For ProgrammeAdmin: drafts of published programmes."""

    # Set by the curation app: the page that compares a draft with the live version and publishes.
    effect_url: Callable[[models.Programme], str] | None = None

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        match = request.resolver_match
        if match is not None and match.url_name == "programmes_programme_changelist":
            return queryset.live()
        return queryset

    def get_urls(self):
        own = [path(
            "<path:object_id>/history/<int:history_id>/herstel/",
            self.admin_site.admin_view(self.restore_view),
            name="programmes_programme_restore",
        )]
        return own + super().get_urls()

    def restore_view(self, request, object_id, history_id):
        """"Herstel deze versie": an earlier version of a programme becomes its new draft (POST)."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        programme = self.get_object(request, unquote(object_id))
        if programme is None or not self.has_change_permission(request, programme):
            raise PermissionDenied
        live = programme.draft_of or programme
        record = get_object_or_404(live.history, history_id=history_id)
        draft = drafts.restore_as_draft(live, record, by=request.user)
        messages.success(request, "De versie van {} staat nu in een concept. Bekijk het, en publiceer het "
                                  "met een reden.".format(record.history_date.strftime("%d-%m-%Y %H:%M")))
        return redirect(change_url(draft))

    def view_on_site(self, obj):
        # A draft has no public page yet: "Weergeven op website" shows its preview.
        if obj.draft_of_id and self.effect_url:
            return self.effect_url(obj.draft_of) + "/voorbeeld"
        return obj.get_absolute_url()

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        return [*fields, "slug"] if obj is not None and obj.draft_of_id else fields

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj is not None and obj.draft_of_id else super().get_prepopulated_fields(request, obj)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is not None and is_live_published(obj):
            draft = drafts.open_draft(obj)
            if draft is not None and (
                request.method == "GET" or request.POST.get("expected_version") == str(obj.version)
            ):
                messages.info(request, "Dit traject heeft een concept: u werkt verder in het concept. "
                                       "De gepubliceerde versie blijft gelden tot u het concept publiceert.")
                return redirect(change_url(draft))
            if draft is None and request.method == "POST" and self.has_change_permission(request, obj):
                started = self._start_draft(request, obj)
                if started is not None:
                    request.POST = retarget(request.POST, obj, started)
                    return super().change_view(request, str(started.pk), change_url(started), extra_context)
        extra_context = {**(extra_context or {}), **self._draft_context(obj)}
        return super().change_view(request, object_id, form_url, extra_context)

    def _start_draft(self, request, live: models.Programme) -> models.Programme | None:
        # Only a save of the version on screen starts a draft; an older page is refused as stale
        # by the form's own check, as before.
        with transaction.atomic():
            if str(services.current_version_locked(live.pk)) != request.POST.get("expected_version"):
                return None
            return drafts.start_draft(live, by=request.user)

    def _draft_context(self, obj) -> dict:
        if obj is None:
            return {}
        live = obj.draft_of if obj.draft_of_id else obj
        return {
            "draft_of": obj.draft_of if obj.draft_of_id else None,
            "live_published": is_live_published(obj),
            "effect_link": self.effect_url(live) if self.effect_url else "",
        }

    def response_change(self, request, obj):
        if obj.draft_of_id and "_continue" not in request.POST:
            link = self.effect_url(obj.draft_of) if self.effect_url else ""
            messages.success(request, format_html(
                "Opgeslagen in het concept van ‘{}’. De gepubliceerde versie blijft gelden. "
                '<a href="{}">Bekijk het effect en publiceer</a>.', obj.name, link,
            ))
            return redirect(change_url(obj))
        return super().response_change(request, obj)
