"""Forms check what was posted and say what is wrong in Dutch; the rules are in casework.rules."""

from __future__ import annotations

import datetime

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError

from casework import rules, throttle
from casework.coverage import SEVERITY_WORDS
from casework.models import Case
from config.client_address import request_client_address
from programmes import vocabulary as vocab

WIDGET_CLASSES = {
    forms.TextInput: "utrecht-textbox utrecht-textbox--html-input wr-textbox",
    forms.PasswordInput: "utrecht-textbox utrecht-textbox--html-input wr-textbox",
    forms.DateInput: "utrecht-textbox utrecht-textbox--html-input wr-textbox wr-textbox--date",
    forms.Textarea: "utrecht-textarea utrecht-textarea--html-textarea wr-textarea",
    forms.Select: "utrecht-select utrecht-select--html-select wr-select",
    forms.CheckboxInput: "utrecht-checkbox utrecht-checkbox--html-input wr-checkbox",
}


class StyledForm(forms.Form):
    """Gives every widget the site's classes (templates render the label, help and error)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        style(self)


def style(form: forms.BaseForm) -> None:
    for field in form.fields.values():
        css = WIDGET_CLASSES.get(type(field.widget))
        if css:
            field.widget.attrs.setdefault("class", css)


# --- Login --------------------------------------------------------------------------------------

THROTTLED = "throttled"


class ThrottledLoginForm(AuthenticationForm):
    """Django's login form, in Dutch, refusing an account (or an address) after too many failures."""

    error_messages = {
        "invalid_login": (
            "Deze gebruikersnaam en dit wachtwoord horen niet bij elkaar. Let op hoofdletters en "
            "kleine letters, en probeer het opnieuw."
        ),
        "inactive": "Dit account is uitgeschakeld. Vraag de beheerder om hulp.",
        THROTTLED: (
            f"U heeft te vaak een verkeerd wachtwoord ingevuld. Probeer het over "
            f"{throttle.LOCKOUT_MINUTES} minuten opnieuw."
        ),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = "Gebruikersnaam"
        self.fields["username"].error_messages["required"] = "Vul uw gebruikersnaam in."
        self.fields["password"].label = "Wachtwoord"
        self.fields["password"].error_messages["required"] = "Vul uw wachtwoord in."
        style(self)

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        address = request_client_address(self.request) if self.request else ""
        key = throttle.key(username, address)
        if username and throttle.is_locked(key):
            # Not even checked: a locked account gives no hint whether the password was right.
            raise ValidationError(self.error_messages[THROTTLED], code=THROTTLED)
        try:
            cleaned = super().clean()
        except ValidationError:
            if username:
                throttle.record_failure(key)
            raise
        throttle.reset(key)
        return cleaned

    @property
    def throttled(self) -> bool:
        return any(error.code == THROTTLED for error in self.non_field_errors().as_data())


class ThrottledAdminLoginForm(ThrottledLoginForm, AdminAuthenticationForm):
    """The admin's login (/beheer/login/) with the same throttle: curators are staff accounts."""


# --- Saving a case ------------------------------------------------------------------------------


def _check_free_text(value: str) -> str:
    problem = rules.free_text_problem(value)
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
        error_messages={"max_length": f"Gebruik maximaal {rules.REFERENCE_MAX_LENGTH} tekens."},
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
        problem = rules.reference_problem(reference)
        if problem:
            raise ValidationError(problem)
        if Case.objects.filter(owner=self.owner, reference=reference).exists():
            raise ValidationError(DUPLICATE_REFERENCE)
        return reference


DUPLICATE_REFERENCE = "U heeft al een casus met deze referentie. Kies een andere referentie."


# --- Changing a case ----------------------------------------------------------------------------


class StepForm(StyledForm):
    step = forms.TypedChoiceField(
        label="In welke stap is de cliënt nu?",
        choices=Case.STEP_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": "Kies een stap.", "invalid_choice": "Kies een van de vijf stappen."},
    )


DATE_FORMATS = ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"]
MAX_YEARS_AHEAD = 5


class PlanForm(StyledForm):
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

    def chosen_name(self) -> str:
        return self.options.get(self.cleaned_data.get("chosen", ""), "")


class OutcomeForm(StyledForm):
    outcome = forms.ChoiceField(
        label="Wat is het resultaat?",
        choices=rules.OUTCOMES,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Kies afronden of doorgaan.",
            "invalid_choice": "Kies een van de uitkomsten.",
        },
    )


class DeleteForm(StyledForm):
    confirm = forms.BooleanField(
        label="Ja, verwijder deze casus definitief",
        error_messages={"required": "Vink aan dat u de casus definitief wilt verwijderen."},
    )


# --- Curators' coverage overview (GET: not personal answers, so they may stand in the URL) -------

COVERAGE_CARE = tuple(item for item in vocab.CARE)


class CoverageForm(StyledForm):
    uitkering = forms.ChoiceField(
        label="Uitkering", choices=vocab.PROGRAMME_BENEFITS, required=False,
        error_messages={"invalid_choice": "Kies een uitkering uit de lijst."},
    )
    zorg = forms.ChoiceField(
        label="Zorg of begeleiding van de voorbeeldpersoon", choices=COVERAGE_CARE, required=False,
        error_messages={"invalid_choice": "Kies een soort zorg uit de lijst."},
    )
    ernst = forms.ChoiceField(
        label="Ernst van de klachten", choices=SEVERITY_WORDS, required=False,
        error_messages={"invalid_choice": "Kies een ernst uit de lijst."},
    )
