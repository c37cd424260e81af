"""Words for the states and levels the matcher returns (display only, no decisions)."""

from functools import lru_cache

from django import template
from django.urls import reverse

from programmes import vocabulary as vocab
from triage import flow

register = template.Library()

STATE_WORDS = {
    "met": ("✓", "Voldoet"),
    "not_met": ("✗", "Voldoet niet"),
    "unknown": ("?", "Nog onbekend"),
    "check": ("!", "Zelf nagaan"),
}
FIT_WORDS = {
    "fit": ("✓", "Past"),
    "possible": ("?", "Past misschien"),
    "near_miss": ("→", "Past bijna"),
}
VOCABULARIES = {
    "benefit": vocab.BENEFITS,
    "wish": vocab.WISHES,
    "care": vocab.CARE,
    "concern": vocab.CONCERNS,
    "severity": vocab.SEVERITIES,
    "situation": vocab.SITUATIONS,
    "recognition": vocab.RECOGNITION_LEVELS,
}


@register.filter
def state_icon(state: str) -> str:
    return STATE_WORDS.get(state, ("", state))[0]


@register.filter
def state_word(state: str) -> str:
    return STATE_WORDS.get(state, ("", state))[1]


@register.filter
def fit_icon(fit: str) -> str:
    return FIT_WORDS.get(fit, ("", fit))[0]


@register.filter
def fit_word(fit: str) -> str:
    return FIT_WORDS.get(fit, ("", fit))[1]


@register.filter
def vocab_label(value: str, dimension: str) -> str:
    return vocab.label(VOCABULARIES.get(dimension, ()), value)


@register.filter
def percent(value) -> str:
    if value is None:
        return ""
    return f"{value:.1f}".replace(".", ",").removesuffix(",0") + "%"


@register.filter
def key_evidence(programme):
    fallback = programme.evidence[0] if programme.evidence else None
    return next((e for e in programme.evidence if e.is_key), fallback)


CRITERION_TITLES = {q.key: q.title.lower() for q in flow.QUESTIONS} | {
    "region": "woonplaats",
    "care_provider": "GGZ-instelling",
}


@register.filter
def restricting(criteria):
    """The criteria on which the programme sets a limit (or asks something); the rest are open."""
    return [c for c in criteria if not getattr(c, "open_to_all", False)]


@register.filter
def open_titles(criteria) -> str:
    titles = [CRITERION_TITLES.get(c.key, c.key) for c in criteria if getattr(c, "open_to_all", False)]
    return ", ".join(titles)


# Reversing a URL costs more than rendering a line; these few never change while running.
@register.filter
@lru_cache(maxsize=512)
def question_url(slug: str) -> str:
    return reverse("triage:question", args=[slug])


@register.filter
@lru_cache(maxsize=20_000)
def programme_url(slug: str) -> str:
    return reverse("programmes:detail", args=[slug])
