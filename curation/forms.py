"""The curators' forms (GET filters: not personal answers, so they may stand in the URL)."""

from __future__ import annotations

from django import forms

from accounts.forms import StyledForm
from programmes import vocabulary as vocab


class CoverageForm(StyledForm):
    uitkering = forms.ChoiceField(
        label="Uitkering", choices=vocab.PROGRAMME_BENEFITS, required=False,
        error_messages={"invalid_choice": "Kies een uitkering uit de lijst."},
    )
    zorg = forms.ChoiceField(
        label="Zorg of begeleiding van de voorbeeldpersoon", choices=vocab.CARE, required=False,
        error_messages={"invalid_choice": "Kies een soort zorg uit de lijst."},
    )
    ernst = forms.ChoiceField(
        label="Ernst van de klachten", choices=vocab.SEVERITY_TERMS, required=False,
        error_messages={"invalid_choice": "Kies een ernst uit de lijst."},
    )
