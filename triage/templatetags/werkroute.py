"""Words for the states and fits the matcher returns (display only, no decisions)."""

from functools import lru_cache

from django import template
from django.urls import reverse

from triage.presenting import FIT_WORDS, STATE_WORDS

register = template.Library()


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


# Reversing a URL costs more than rendering a line; these never change while running.
@register.filter
@lru_cache(maxsize=512)
def question_url(slug: str) -> str:
    return reverse("triage:question", args=[slug])
