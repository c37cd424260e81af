"""Forms check what was posted and say what is wrong in Dutch; the rules are in casework.rules."""

from __future__ import annotations

import datetime

from django import forms
from django.core.exceptions import ValidationError

from accounts.forms import StyledForm
from casework import pseudonym, rules
from casework.models import Case

# --- Saving a case ------------------------------------------------------------------------------


def _check_free_text(value: str) -> str:
    problem = pseudonym.free_text_problem(value)
    if problem:
        raise ValidationError(problem)
    return value


FREE_TEXT_MAX = 1000


def _free_text_field(label: str, help_text: str) -> forms.CharField:
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=FREE_TEXT_MAX,
        error_messages={"max_length": f"Gebruik maximaal {FREE_TEXT_MAX} tekens."},
    )


class NewCaseForm(StyledForm):
    reference = forms.CharField(
        label="Referentie (pseudoniem)",
        help_text=(
            "Een code die alleen u kunt herleiden, bijvoorbeeld uw initialen met een volgnummer. "
            "Geen naam, BSN, e-mailadres, telefoonnummer of geboortedatum."
        ),
        # Longer input is refused with a clear message by the rule, not cut off silently.
        max_length=200,
        required=False,
        strip=True,
        error_messages={"max_length": f"Gebruik maximaal {pseudonym.REFERENCE_MAX_LENGTH} tekens."},
    )
    consent = forms.BooleanField(
        label="De cliënt stemt in met vastleggen",
        help_text="Vraag het de cliënt uitdrukkelijk. Zonder instemming slaan we niets op.",
        required=True,
        error_messages={
            "required": "Vink aan dat de cliënt instemt met vastleggen. Zonder instemming slaan we niets op."
        },
    )
    chosen = forms.ChoiceField(label="Gekozen traject", required=False)

    def __init__(self, *args, owner, options: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = owner
        self.fields["chosen"].choices = [("", "Nog niet gekozen"), *options]
        self.fields["chosen"].error_messages["invalid_choice"] = "Kies een traject uit de lijst."

    def clean_reference(self) -> str:
        reference = self.cleaned_data["reference"]
        problem = pseudonym.reference_problem(reference)
        if problem:
            raise ValidationError(problem)
        if Case.objects.filter(owner=self.owner, reference=reference).exists():
            raise ValidationError(DUPLICATE_REFERENCE)
        return reference


DUPLICATE_REFERENCE = "U heeft al een casus met deze referentie. Kies een andere referentie."


# --- Changing a case ----------------------------------------------------------------------------


DATE_FORMATS = ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"]
MAX_YEARS_AHEAD = 5


class CaseForm(StyledForm):
    """Everything a professional changes on a case page, saved at once: nothing typed is lost when
    the step changes too. The outcome is asked only at step 5."""

    step = forms.TypedChoiceField(
        label="In welke stap is de cliënt nu?",
        choices=Case.STEP_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": "Kies een stap.", "invalid_choice": "Kies een van de vijf stappen."},
    )
    chosen = forms.ChoiceField(label="Gekozen traject", required=False)
    next_evaluation = forms.DateField(
        label="Volgende evaluatie",
        help_text="Bijvoorbeeld 15-03-2027. Leeg laten kan ook.",
        required=False,
        input_formats=DATE_FORMATS,
        widget=forms.DateInput(format="%d-%m-%Y", attrs={"inputmode": "numeric", "autocomplete": "off"}),
        error_messages={"invalid": "Vul een datum in als dag-maand-jaar, bijvoorbeeld 15-03-2027."},
    )
    agreements = _free_text_field(
        "Afspraken: wie doet wat", "Bijvoorbeeld: cliënt meldt zich aan, klantmanager regelt de financiering."
    )
    notes = _free_text_field(
        "Korte notities", "Alleen wat nodig is voor de begeleiding. Geen namen of nummers."
    )
    outcome = forms.ChoiceField(
        label="Stap 5: wat is het resultaat?",
        choices=[("", "Nog niet"), *rules.OUTCOMES],
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": "Kies een van de uitkomsten."},
    )

    def __init__(self, *args, options: list[tuple[str, str]], today: datetime.date, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.options = dict(options)
        self.fields["chosen"].choices = [("", "Nog niet gekozen"), *options]
        self.fields["chosen"].error_messages["invalid_choice"] = "Kies een traject uit de lijst."

    def clean_next_evaluation(self):
        value = self.cleaned_data["next_evaluation"]
        if value is not None and value.year > self.today.year + MAX_YEARS_AHEAD:
            raise ValidationError(f"Kies een datum binnen {MAX_YEARS_AHEAD} jaar.")
        if value is not None and value.year < self.today.year - 1:
            raise ValidationError("Deze datum ligt te ver in het verleden. Kies een datum vanaf vorig jaar.")
        return value

    def clean_agreements(self) -> str:
        return _check_free_text(self.cleaned_data["agreements"])

    def clean_notes(self) -> str:
        return _check_free_text(self.cleaned_data["notes"])

    def clean(self):
        cleaned = super().clean()
        step, outcome = cleaned.get("step"), cleaned.get("outcome")
        if outcome and step is not None and (problem := rules.outcome_problem(step)):
            self.add_error("outcome", problem)
        return cleaned

    def chosen_name(self) -> str:
        return self.options.get(self.cleaned_data.get("chosen", ""), "")


class DeleteForm(StyledForm):
    confirm = forms.BooleanField(
        label="Ja, verwijder deze casus definitief",
        error_messages={"required": "Vink aan dat u de casus definitief wilt verwijderen."},
    )
