"""The public catalogue's filter form: GET filters, in the language of the request."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import get_language, gettext, gettext_lazy

from programmes import vocabulary as vocab
from programmes.catalogue import Catalogue, MunicipalityData, find_municipalities
from programmes.filters import kinds_in
from programmes.languages import localised

# --- Public catalogue filters ------------------------------------------------------------------


WIDGET_CLASSES = {
    forms.Select: "utrecht-select utrecht-select--html-select",
    forms.TextInput: "utrecht-textbox utrecht-textbox--html-input",
    forms.CheckboxInput: "utrecht-checkbox utrecht-checkbox--html-input",
}


def _choice_messages(message) -> dict:
    return {"invalid_choice": message}


def _translated(choices):
    """Vocabulary choices with their labels said in the language of the request."""
    return [(key, gettext_lazy(label)) for key, label in choices]


class CatalogueFilterForm(forms.Form):
    """The catalogue's GET filters. Not personal answers, so they may stand in the URL."""

    region = forms.ChoiceField(
        label=gettext_lazy("Arbeidsmarktregio"), required=False,
        error_messages=_choice_messages(gettext_lazy("Kies een arbeidsmarktregio uit de lijst."))
    )
    municipality = forms.CharField(
        label=gettext_lazy("Of: gemeente"),
        help_text=gettext_lazy("Typ de naam van de gemeente, bijvoorbeeld Dordrecht."),
        required=False,
        max_length=100,
        error_messages={
            "max_length": gettext_lazy("Deze naam is te lang voor een gemeente. Typ alleen de naam.")},
    )
    benefit = forms.ChoiceField(
        label=gettext_lazy("Uitkering"),
        required=False,
        choices=[("", gettext_lazy("Alle uitkeringen")), *_translated(vocab.PROGRAMME_BENEFITS)],
        error_messages=_choice_messages(gettext_lazy("Kies een uitkering uit de lijst.")),
    )
    kind = forms.ChoiceField(
        label=gettext_lazy("Soort ondersteuning"),
        required=False,
        error_messages=_choice_messages(gettext_lazy("Kies een soort ondersteuning uit de lijst.")),
    )
    wish = forms.ChoiceField(
        label=gettext_lazy("Ondersteuningswens"),
        required=False,
        choices=[("", gettext_lazy("Alle wensen")), *_translated(vocab.PROGRAMME_WISHES)],
        error_messages=_choice_messages(gettext_lazy("Kies een ondersteuningswens uit de lijst.")),
    )
    ended = forms.BooleanField(label=gettext_lazy("Toon ook beëindigde trajecten"), required=False)

    def __init__(self, *args, catalogue: Catalogue, **kwargs):
        super().__init__(*args, **kwargs)
        self.catalogue = catalogue
        # Other gemeenten with the same name, when what was typed is ambiguous (Bergen).
        self.municipality_candidates: list[dict[str, str]] = []
        regions = sorted(catalogue.regions.values(), key=lambda region: region.name.casefold())
        self.fields["region"].choices = [("", gettext("Alle regio's")), *((r.code, r.name) for r in regions)]
        kinds = ((k.slug, localised(k.name, k.name_en, get_language()).text) for k in kinds_in(catalogue))
        self.fields["kind"].choices = [("", gettext_lazy("Alle soorten")), *kinds]
        for name, field in self.fields.items():
            # Error and help text are tied to the control (the error slot is always on the page).
            described = [f"id_{name}_error"] + ([f"id_{name}_helptext"] if field.help_text else [])
            field.widget.attrs.update(
                {"class": WIDGET_CLASSES[type(field.widget)], "aria-describedby": " ".join(described)}
            )
        self.fields["municipality"].widget.attrs.update({"list": "gemeenten", "autocomplete": "off"})

    def clean_municipality(self) -> MunicipalityData | None:
        typed = self.cleaned_data["municipality"].strip()
        if not typed:
            return None
        found = find_municipalities(self.catalogue, typed)
        if not found:
            raise ValidationError(
                gettext("We kennen geen gemeente met de naam ‘%(typed)s’. Controleer de spelling, "
                        "of kies een arbeidsmarktregio.") % {"typed": typed}
            )
        if len(found) > 1:
            self.municipality_candidates = [
                {"name": m.name, "region": getattr(self.catalogue.regions.get(m.region_code), "name", "")}
                for m in found
            ]
            *first, last = [m.name for m in found]
            names = gettext("%(items)s of %(last)s") % {"items": ", ".join(first), "last": last}
            raise ValidationError(
                gettext("Er zijn meer gemeenten met de naam ‘%(typed)s’. Bedoelt u %(names)s?")
                % {"typed": typed, "names": names})
        return found[0]

    def clean(self):
        cleaned = super().clean()
        municipality, region_code = cleaned.get("municipality"), cleaned.get("region")
        if municipality and region_code and municipality.region_code != region_code:
            region = self.catalogue.regions.get(municipality.region_code)
            chosen = self.catalogue.regions[region_code]
            where = (gettext("in arbeidsmarktregio %(region)s") % {"region": region.name} if region
                     else gettext("in een andere arbeidsmarktregio"))
            self.add_error(
                "municipality",
                gettext("%(place)s ligt %(where)s, niet in %(chosen)s. Kies een gemeente of een regio, of "
                        "laat de regio op ‘Alle regio's’ staan.")
                % {"place": municipality.name, "where": where, "chosen": chosen.name},
            )
        return cleaned

    def filters(self) -> dict:
        """Keyword arguments for programmes.filters.filter_programmes (call after is_valid())."""
        municipality = self.cleaned_data.get("municipality")
        return {
            "region_code": self.cleaned_data.get("region") or None,
            "municipality_code": municipality.code if municipality else None,
            "benefit": self.cleaned_data.get("benefit") or None,
            "kind": self.cleaned_data.get("kind") or None,
            "wish": self.cleaned_data.get("wish") or None,
            "include_ended": bool(self.cleaned_data.get("ended")),
        }
