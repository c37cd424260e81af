""""Herstel deze versie" for organisations and kinds of support: they have no drafts, so an
earlier version comes back through a confirmation page (each field now → after the restore, and
a reason), posted to one service function under the optimistic lock (services.restore_version).
Plain GET and POST: works without JavaScript.
"""

from __future__ import annotations

from types import SimpleNamespace

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone

from programmes import rules, services
from programmes.admin.base import WHOLE, LabelledHistoryHelper

RESTORABLE_TYPES = ("+", "~")  # a deleted row's last record is not offered


class RestoreForm(forms.Form):
    reden = forms.CharField(
        label="Reden", widget=forms.Textarea(attrs={"rows": 3}), max_length=2000,
        help_text="Verplicht. Waarom zet u deze versie terug? Dit komt in de geschiedenis.",
        error_messages={"required": rules.RESTORE_NEEDS_REASON},
    )
    # The version the curator saw old → new of: a save in between makes the restore stale.
    expected_version = forms.IntegerField(widget=forms.HiddenInput)


class RestoreVersionMixin:
    """Adds the confirmation page and the history's links to it (simple_history/object_history_list.html)."""

    def get_urls(self):
        info = self.model._meta.app_label, self.model._meta.model_name
        own = [path(
            "<path:object_id>/history/<int:history_id>/herstellen/",
            self.admin_site.admin_view(self.restore_view),
            name="{}_{}_restore".format(*info),
        )]
        return own + super().get_urls()

    def history_view(self, request, object_id, extra_context=None):
        info = self.model._meta.app_label, self.model._meta.model_name
        extra_context = {**(extra_context or {}), "restore_url_name": "admin:{}_{}_restore".format(*info)}
        return super().history_view(request, object_id, extra_context)

    def _changes(self, obj, record) -> list[SimpleNamespace]:
        helper = LabelledHistoryHelper(self.model, record, max_displayed_delta_change_chars=WHOLE)
        now, earlier = services.restorable_values(obj), services.restorable_values(record.instance)
        shown = []
        for name in rules.fields_to_restore(now, earlier):
            field = self.model._meta.get_field(name)
            words = [self._words(helper, field, value) for value in (now[name], earlier[name])]
            label = str(field.verbose_name).capitalize()
            shown.append(SimpleNamespace(field=label, old=words[0], new=words[1]))
        return shown

    def restore_view(self, request, object_id, history_id):
        if request.method not in ("GET", "HEAD", "POST"):
            return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not self.has_change_permission(request, obj):
            raise PermissionDenied
        record = get_object_or_404(obj.history, history_id=history_id, history_type__in=RESTORABLE_TYPES)
        history_url = reverse(
            f"admin:{self.model._meta.app_label}_{self.model._meta.model_name}_history", args=[obj.pk]
        )
        status, error = 200, ""
        if request.method == "POST":
            form = RestoreForm(request.POST)
            if form.is_valid():
                outcome = services.restore_version(
                    self.model, obj.pk, record, reason=form.cleaned_data["reden"],
                    expected_version=form.cleaned_data["expected_version"], by=request.user,
                )
                if outcome.errors is None and not outcome.stale:
                    messages.success(request, f"De versie van {self._when(record)} is hersteld "
                                              f"({len(outcome.restored)} velden). "
                                              "De reden staat in de geschiedenis.")
                    return redirect(history_url)
                obj.refresh_from_db()
                status = 409 if outcome.stale else 422
                error = (rules.CONCURRENT_EDITS[self.model._meta.model_name] if outcome.stale
                         else " ".join(m for messages_ in outcome.errors.values() for m in messages_))
                form = RestoreForm(
                    initial={"reden": form.cleaned_data["reden"], "expected_version": obj.version}
                )
            else:
                status = 422
        else:
            form = RestoreForm(initial={"expected_version": obj.version})
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "object": obj,
            "record": record,
            "when": self._when(record),
            "changes": self._changes(obj, record),
            "form": form,
            "error": error,
            "history_url": history_url,
            "title": f"Versie van {self._when(record)} herstellen: ‘{obj}’",
        }
        return TemplateResponse(request, "admin/programmes/restore_confirm.html", context, status=status)

    @staticmethod
    def _words(helper, field, value) -> str:
        if field.many_to_one:  # a gemeente's arbeidsmarktregio: its name, not its number
            related = field.related_model.objects.filter(pk=value).first()
            return str(related) if related is not None else "(leeg)"
        return str(helper.prepare_delta_change_value(SimpleNamespace(field=field.name), value))

    @staticmethod
    def _when(record) -> str:
        return timezone.localtime(record.history_date).strftime("%d-%m-%Y %H:%M")
