"""Forms: the curators' admin forms (the public catalogue's filter form: programmes/filter_form.py).

Validation lives here (never in model save()): every rule gives a Dutch message on the form.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db import models as django_models
from django.forms.models import BaseInlineFormSet
from django.utils.text import capfirst

from programmes import models, rules
from programmes import vocabulary as vocab
from programmes.locking import VersionedForm

# --- Admin -----------------------------------------------------------------------------------

def formfield_https(field, **kwargs):
    """Web addresses typed without a scheme get https:// (Django 6's default, without the warning)."""
    if isinstance(field, django_models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return field.formfield(**kwargs)


AGE_MESSAGE = (
    f"Vul een leeftijd in van {vocab.MIN_AGE} tot en met {vocab.MAX_AGE} jaar, of laat het veld leeg."
)


class VocabularyField(forms.MultipleChoiceField):
    """Checkboxes over a fixed vocabulary, cleaned to a list in the vocabulary's own order."""

    widget = forms.CheckboxSelectMultiple

    def clean(self, value):
        chosen = set(super().clean(value))
        return [key for key, _label in self.choices if key in chosen]


OPEN_TO_ALL_HELP = "Niets aangevinkt betekent: geen beperking, het traject staat voor iedereen open."
AS_PROGRAMME_HELP = "Niets aangevinkt: zoals bij het traject. Aangevinkt: alleen dit, hier."


def _vocabulary_field(name: str, help_text: str) -> VocabularyField:
    field = models.Programme._meta.get_field(name)
    return VocabularyField(
        choices=vocab.ELIGIBILITY_CHOICES[name],
        required=False,
        label=capfirst(field.verbose_name),
        help_text=help_text,
        error_messages={"invalid_choice": "Kies alleen uit de getoonde mogelijkheden."},
    )


def _age_field(name: str) -> forms.IntegerField:
    field = models.Programme._meta.get_field(name)
    return forms.IntegerField(
        required=False,
        label=capfirst(field.verbose_name),
        min_value=vocab.MIN_AGE,
        max_value=vocab.MAX_AGE,
        error_messages={
            "min_value": AGE_MESSAGE,
            "max_value": AGE_MESSAGE,
            "invalid": "Vul een heel getal in, bijvoorbeeld 18.",
        },
    )


ELIGIBILITY_FIELDS = [*vocab.ELIGIBILITY_CHOICES, "min_age", "max_age"]
SOURCE_PREFIX = "bron_"


def source_field_name(name: str) -> str:
    return f"{SOURCE_PREFIX}{name}"


def eligibility_form(help_text: str) -> type[forms.ModelForm]:
    """A model form base with the eligibility fields as checkboxes, the ages, and per field the
    source of its limit (admin only, kept in `eligibility_sources`)."""
    fields = {name: _vocabulary_field(name, help_text) for name in vocab.ELIGIBILITY_CHOICES}
    fields |= {"min_age": _age_field("min_age"), "max_age": _age_field("max_age")}
    for name in ELIGIBILITY_FIELDS:
        label = capfirst(models.Programme._meta.get_field(name).verbose_name)
        fields[source_field_name(name)] = forms.CharField(
            required=False, max_length=200, label=f"Bron voor ‘{label.lower()}’",
            help_text="Alleen voor het beheer: document en regels, bijvoorbeeld 003 r. 803–808.",
        )
    return type("EligibilityForm", (EligibilityFormBase,), fields)


class EligibilityFormBase(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        known = self.instance.eligibility_sources or {}
        for name in ELIGIBILITY_FIELDS:
            self.fields[source_field_name(name)].initial = known.get(name, "")

    def clean(self):
        cleaned = super().clean()
        min_age, max_age = cleaned.get("min_age"), cleaned.get("max_age")
        if min_age is not None and max_age is not None and min_age > max_age:
            self.add_error(
                "max_age",
                f"De maximumleeftijd ({max_age}) is lager dan de minimumleeftijd ({min_age}). "
                "Draai ze om of pas een van beide aan.",
            )
        self.instance.eligibility_sources = {
            name: text for name in ELIGIBILITY_FIELDS if (text := cleaned.get(source_field_name(name), ""))
        }
        return cleaned

    def limits(self) -> rules.Limits:
        data = self.cleaned_data
        sets = {name: frozenset(data.get(name) or ()) for name in vocab.ELIGIBILITY_CHOICES}
        return rules.Limits(sets, data.get("min_age"), data.get("max_age"))


def limits_of(item) -> rules.Limits:
    sets = {name: frozenset(getattr(item, name) or ()) for name in vocab.ELIGIBILITY_CHOICES}
    return rules.Limits(sets, item.min_age, item.max_age)


class ProgrammeAdminForm(VersionedForm, eligibility_form(OPEN_TO_ALL_HELP)):
    class Meta:
        model = models.Programme
        fields = [
            "name", "name_en", "slug", "kind", "status", "summary", "summary_en", "description",
            "description_en", *ELIGIBILITY_FIELDS, "integrated_care", "offered_by_institutions", "duration",
            "duration_en", "intensity", "intensity_en", "how_to_apply", "how_to_apply_en", "how_to_refer",
            "how_to_refer_en", "dutch_evidence", "recognition_level", "recognition_valid_until",
            "evidence_summary", "evidence_summary_en", "source_caveat", "period", "last_verified",
            "verified_by", "verified_against",
        ]
        formfield_callback = formfield_https

    def clean_status(self):
        status = self.cleaned_data.get("status")
        if status == vocab.Status.PUBLISHED and self.instance.pk:
            # Sources are checked by their formset; here what the status itself allows.
            was = self.initial.get("status")
            if rules.PublishProblem.ENDED in rules.publish_problems(was=was, sources=1):
                raise forms.ValidationError(rules.PUBLISH_MESSAGES[rules.PublishProblem.ENDED])
        was = self.initial.get("status") if self.instance.pk else None
        if status == vocab.Status.PUBLISHED and not rules.admin_form_may_publish(
            is_draft=bool(self.instance.draft_of_id), was=was
        ):
            raise forms.ValidationError(rules.PUBLISH_WITH_REASON)
        return status


class OfferingForm(eligibility_form(AS_PROGRAMME_HELP)):
    class Meta:
        model = models.Offering
        fields = [
            "programme", "provider", "availability", "scope", "regions", "municipalities",
            "requires_care_at_provider", "desk", "contact", "contact_en", "contact_professional",
            "contact_professional_en", "phone", "url", "note", "note_en", "last_verified", "verified_by",
            "verified_against", *ELIGIBILITY_FIELDS,
        ]
        formfield_callback = formfield_https

    def clean(self):
        cleaned = super().clean()
        self._check_narrowing(cleaned)
        scope = cleaned.get("scope")
        regions = cleaned.get("regions")
        municipalities = cleaned.get("municipalities")
        has_regions = regions is not None and regions.exists()
        has_municipalities = municipalities is not None and municipalities.exists()
        Scope = vocab.Scope
        if scope == Scope.REGIONS:
            if not has_regions:
                self.add_error(
                    "regions",
                    "Kies minstens één arbeidsmarktregio: bij ‘Waar’ staat ‘In arbeidsmarktregio's’.",
                )
            if has_municipalities:
                self.add_error(
                    "municipalities",
                    "Dit aanbod geldt voor hele arbeidsmarktregio's. Haal de gemeenten weg, "
                    "of kies bij ‘Waar’ voor ‘In gemeenten’.",
                )
        elif scope == Scope.MUNICIPALITIES:
            if not has_municipalities:
                self.add_error(
                    "municipalities", "Kies minstens één gemeente: bij ‘Waar’ staat ‘In gemeenten’."
                )
            if has_regions:
                self.add_error(
                    "regions",
                    "Dit aanbod geldt voor losse gemeenten. Haal de arbeidsmarktregio's weg, "
                    "of kies bij ‘Waar’ voor ‘In arbeidsmarktregio's’.",
                )
        elif scope == Scope.NATIONAL and (has_regions or has_municipalities):
            self.add_error(
                "scope",
                "Een landelijk aanbod heeft geen arbeidsmarktregio's of gemeenten. Haal die weg, "
                "of kies bij ‘Waar’ waar het aanbod wel is.",
            )
        return cleaned

    def _check_narrowing(self, cleaned) -> None:
        programme = cleaned.get("programme") or getattr(self.instance, "programme", None)
        if programme is None:
            return
        for name, extra in rules.narrowing_problems(limits_of(programme), self.limits()).items():
            names = ", ".join(vocab.label(vocab.ELIGIBILITY_CHOICES[name], key) for key in sorted(extra))
            self.add_error(
                name,
                f"Het traject zelf staat niet open voor: {names}. Een aanbod kan het traject alleen "
                "beperken. Vink dit uit, of pas het traject zelf aan.",
            )


class OfferingAdminForm(VersionedForm, OfferingForm):
    """The offering's own admin page: an offering is part of its programme, so this form checks
    (and its save moves on) the programme's version, the same one the programme's page checks."""

    def versioned_object(self):
        # The programme it belonged to when the page was opened (the posted one is not set yet).
        return self.instance.programme if self.instance.pk else None

    def clean_programme(self):
        programme = self.cleaned_data.get("programme")
        live = programme is not None and programme.draft_of_id is None
        if live and programme.status == vocab.Status.PUBLISHED:
            # Added here, it would change the live advice at once: a draft is the place for it.
            raise forms.ValidationError(
                "Dit traject is gepubliceerd. Voeg het aanbod toe op de pagina van het traject: wat u "
                "daar opslaat, komt in een concept."
            )
        return programme


class OrderedPartsFormSet(BaseInlineFormSet):
    """New rows start with the next free 'volgorde', so adding rows does not clash with existing ones."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.initial_extra is None:
            start = max((part.order for part in self.get_queryset()), default=0) + 1
            self.initial_extra = [{"order": start + n} for n in range(self.extra)]
            self._empty_order = start + self.extra

    @property
    def empty_form(self):
        form = super().empty_form
        form.initial.setdefault("order", getattr(self, "_empty_order", 1))
        return form

    def kept_forms(self):
        """Forms that will be saved: filled in or already stored, and not marked for deletion."""
        return [
            form
            for form in self.forms
            if hasattr(form, "cleaned_data")
            and not self._should_delete_form(form)
            and (form.instance.pk is not None or form.has_changed())
        ]


class SourceInlineFormSet(OrderedPartsFormSet):
    def clean(self):
        super().clean()
        # The programme form was validated just before (ModelAdmin validates the form, then
        # the formsets), so self.instance carries the status the curator chose.
        if self.instance.status != vocab.Status.PUBLISHED:
            return
        problems = rules.publish_problems(was=None, sources=len(self.kept_forms()))
        if rules.PublishProblem.NO_SOURCE in problems:
            raise ValidationError(rules.PUBLISH_MESSAGES[rules.PublishProblem.NO_SOURCE])


class FundingInlineFormSet(OrderedPartsFormSet):
    def clean(self):
        super().clean()
        accepted = set(self.instance.benefits or [])
        if not accepted:  # open to all benefits
            return
        names = ", ".join(vocab.label(vocab.BENEFITS, key) for key, _ in vocab.BENEFITS if key in accepted)
        for form in self.kept_forms():
            benefit = form.cleaned_data.get("benefit")
            if benefit and benefit not in accepted:
                form.add_error(
                    "benefit",
                    f"Dit traject staat niet open voor ‘{vocab.label(vocab.BENEFITS, benefit)}’. "
                    f"Het traject accepteert: {names}. Kies een van die uitkeringen, "
                    "of vink deze uitkering aan bij ‘Uitkering’ hierboven.",
                )
