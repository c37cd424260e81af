"""Forms for logging in, and the site's form styling that casework and curation share."""

from __future__ import annotations

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError

from accounts import throttle
from config.client_address import request_client_address

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


# --- The second step: a code from the authenticator app, or a recovery code -------------------------

WRONG_CODE = (
    "Deze code klopt niet of is verlopen. Typ de code die uw app nu toont, of een van uw herstelcodes. "
    "Na een paar foute codes moet u steeds iets langer wachten."
)


class CodeForm(StyledForm):
    code = forms.CharField(
        label="Code",
        help_text="De 6 cijfers uit uw authenticator-app, of een herstelcode.",
        max_length=20,
        error_messages={"required": "Vul de code in.", "max_length": WRONG_CODE},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "text",
                                      "autocapitalize": "off", "spellcheck": "false"}),
    )

    def clean_code(self) -> str:
        # People type spaces in codes ("123 456"); the devices compare without them.
        return "".join(self.cleaned_data["code"].split()).lower()
