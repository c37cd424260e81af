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
    soort = forms.ChoiceField(
        label="Kaart: waar is deze soort ondersteuning beschikbaar?", required=False,
        error_messages={"invalid_choice": "Kies een soort ondersteuning uit de lijst."},
    )

    traject = forms.ChoiceField(
        label="Of: waar is dit ene traject beschikbaar?", required=False,
        error_messages={"invalid_choice": "Kies een traject uit de lijst."},
    )

    def __init__(self, *args, kinds=(), programmes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["soort"].choices = [("", "Alle soorten"), *((k.slug, k.name) for k in kinds)]
        self.fields["traject"].choices = [
            ("", "Geen: kaart per soort"), *((p.slug, p.name) for p in programmes)
        ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("soort") and cleaned.get("traject"):
            self.add_error("traject", "Kies een soort ondersteuning of één traject, niet allebei.")
        return cleaned


class GapMapForm(StyledForm):
    uitkering = forms.ChoiceField(
        label="Uitkering", choices=[("", "Alle uitkeringen"), *vocab.BENEFITS], required=False,
        error_messages={"invalid_choice": "Kies een uitkering uit de lijst."},
    )
    wens = forms.ChoiceField(
        label="Wens", choices=[("", "Alle wensen"), *vocab.WISHES], required=False,
        error_messages={"invalid_choice": "Kies een wens uit de lijst."},
    )
    regio = forms.ChoiceField(
        label="Arbeidsmarktregio in de tabel", required=False,
        error_messages={"invalid_choice": "Kies een arbeidsmarktregio uit de lijst."},
    )

    def __init__(self, *args, regions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["regio"].choices = [("", "Alle regio's"), *((r.code, r.name) for r in regions)]


class PublishForm(StyledForm):
    # Checked on the server, with the errors summarised; an empty required field on first view
    # would otherwise be styled as an error (:invalid) before anyone typed.
    use_required_attribute = False

    reden = forms.CharField(
        label="Reden", widget=forms.Textarea(attrs={"rows": 3}), max_length=2000,
        help_text="Verplicht. Waarom publiceert u deze wijziging? Dit komt in de geschiedenis van het "
        "traject.",
        error_messages={"required": "Schrijf op waarom u publiceert: de reden komt in de geschiedenis."},
    )
    gecontroleerd_door = forms.CharField(
        label="Gecontroleerd door", max_length=200,
        help_text="Verplicht. Wie heeft de wijziging nagekeken (naam)?",
        error_messages={"required": "Vul in wie de wijziging heeft gecontroleerd."},
    )


class PreviewForm(StyledForm):
    persona = forms.ChoiceField(
        label="Voorbeeldpersoon", required=False,
        error_messages={"invalid_choice": "Kies een voorbeeldpersoon uit de lijst."},
    )

    def __init__(self, *args, personas=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["persona"].choices = [(p.slug, p.description) for p in personas]
