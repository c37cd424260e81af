"""The optimistic lock of the admin's forms: every page that writes the catalogue checks a version.

A programme's page checks the programme's version, and so does an offering's own page (an offering
is part of its programme); organisations, kinds of support, regions and gemeenten (with their
aliases) have their own. The comparison is `rules.is_stale_edit`; the lock and the next version
are `services.locked_version` and `services.save_versioned`.
"""

from __future__ import annotations

from django import forms

from programmes import rules, services


class VersionedForm(forms.Form):
    """The optimistic lock for an admin form: the version the curator started from travels with
    the form, and a save on top of someone else's is refused with a Dutch message at the top."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        target = self.versioned_object()
        if target is not None:
            self.fields["expected_version"].initial = target.version

    def versioned_object(self):
        """What carries the version this form checks: the edited object itself (stored ones only)."""
        return self.instance if self.instance.pk else None

    def stale_message(self) -> str:
        return rules.CONCURRENT_EDITS[self._meta.model._meta.model_name]

    def clean(self):
        cleaned = super().clean()
        target = self.versioned_object()
        if target is not None and rules.is_stale_edit(
            cleaned.get("expected_version"), services.locked_version(type(target), target.pk)
        ):
            raise forms.ValidationError(self.stale_message(), code="stale")
        return cleaned


class VersionedModelForm(VersionedForm, forms.ModelForm):
    """The admin's form for organisations, kinds of support and places."""
