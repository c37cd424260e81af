"""Forms check the shape of what was posted; the flow decides what is a valid answer."""

from django import forms

from programmes.catalogue import Catalogue, MunicipalityData, find_municipalities, suggest_municipalities
from triage import flow

AMBIGUOUS = "Er zijn meer gemeenten met deze naam. Kies welke u bedoelt."


class AnswerForm(forms.Form):
    """One question's answer. `answer` is an option value, a typed gemeente, or an age;
    `code` is the gemeente chosen when a typed name was ambiguous."""

    answer = forms.CharField(required=False, max_length=200, strip=True)
    code = forms.CharField(required=False, max_length=6, strip=True)

    def __init__(
        self, *args, question: flow.Question, catalogue: Catalogue, context: flow.FlowContext, **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.question = question
        self.catalogue = catalogue
        self.context = context
        self.candidates: list[MunicipalityData] = []
        self.suggestions: list[MunicipalityData] = []

    def clean(self):
        cleaned = super().clean()
        raw = cleaned.get("answer", "")
        if self.question.kind == "municipality":
            raw = self._resolve_municipality(cleaned.get("code", ""), raw)
            if raw is None:
                return cleaned
        value, error = flow.validate(self.question, raw, self.context)
        if error:
            self.add_error("answer", error)
        else:
            cleaned["value"] = value
        return cleaned

    def _resolve_municipality(self, code: str, typed: str) -> str | None:
        if code:
            return code
        if not typed:
            return ""
        found = find_municipalities(self.catalogue, typed)
        if len(found) == 1:
            return found[0].code
        if len(found) > 1:
            self.candidates = found
            self.add_error("code", AMBIGUOUS)
            return None
        self.suggestions = suggest_municipalities(self.catalogue, typed, limit=5)
        return typed  # the flow reports it as unknown
