"""Forms check the shape of what was posted; the flow decides what is a valid answer."""

from django import forms

from programmes.catalogue import Catalogue, find_places, suggest_places
from programmes.places import Place
from triage import flow

SUGGESTIONS_SHOWN = 5


class AnswerForm(forms.Form):
    """One question's answer, worded in the chosen voice.

    `answer` is an option value, a typed place or an age. For the gemeente question, `place` is
    a place chosen from the list shown when the typed name was ambiguous or unknown (its `ref`:
    "Beek, gemeente Montferland" or a gemeentecode, each naming one place); `code` a gemeente.
    """

    answer = forms.CharField(required=False, max_length=200, strip=True)
    place = forms.CharField(required=False, max_length=200, strip=True)
    code = forms.CharField(required=False, max_length=6, strip=True)
    # What was typed when the list of places was shown: a place from that list counts only while
    # the field still says the same (Enter after correcting the spelling must not pick from it).
    typed = forms.CharField(required=False, max_length=200, strip=True)

    def __init__(
        self,
        *args,
        question: flow.Question,
        catalogue: Catalogue,
        context: flow.FlowContext,
        voice: flow.Voice = flow.Voice.SELF,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.question = question
        self.catalogue = catalogue
        self.context = context
        self.voice = voice
        self.candidates: tuple[Place, ...] = ()  # the places an ambiguous name can mean
        self.suggestions: tuple[Place, ...] = ()  # known places spelt like an unknown name
        self.found: Place | None = None  # the place the answer was found by

    def clean(self):
        cleaned = super().clean()
        raw = cleaned.get("answer", "")
        if self.question.kind == "municipality":
            listed_for = cleaned.get("typed", "")
            chosen = cleaned.get("place", "") if not raw or listed_for == raw else ""
            raw = self._resolve_place(chosen, cleaned.get("code", ""), raw)
            if raw is None:
                return cleaned
        value, error = flow.validate(self.question, raw, self.context)
        if error and self.suggestions:
            error = flow.unknown_place(str(raw), [place.label for place in self.suggestions])
        if error:
            self.add_error("answer", flow.error_in_voice(self.question, error, self.voice))
        else:
            cleaned["value"] = value
        return cleaned

    def _resolve_place(self, chosen: str, code: str, typed: str) -> str | None:
        """The gemeentecode to validate, or None when the person must choose between places."""
        if chosen and len(found := find_places(self.catalogue, chosen)) == 1:
            self.found = found[0]
            return found[0].code
        if code:
            # A gemeente picked for what was typed; a code on its own is the gemeente itself.
            among = (
                (*find_places(self.catalogue, typed), *suggest_places(self.catalogue, typed)) if typed else ()
            )
            place = next((p for p in among if p.code == code.upper()), None)
            place = place or (None if typed else self.catalogue.places.gemeenten.get(code.upper()))
            if place is not None:
                self.found = place
                return place.code
        if not typed:
            return ""
        found = find_places(self.catalogue, typed)
        if len(found) == 1:
            self.found = found[0]
            return found[0].code
        if found:
            self.candidates = found
            self.add_error("place", flow.ambiguous_place(typed, self.voice))
            return None
        self.suggestions = suggest_places(self.catalogue, typed, SUGGESTIONS_SHOWN)
        return typed  # the flow reports it as unknown
