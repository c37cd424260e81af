"""Display helpers for the casework pages (no decisions here)."""

from django import template
from django.conf import settings

from casework import rules
from programmes import vocabulary as vocab

register = template.Library()


@register.filter
def step_title(number) -> str:
    return next((step.title for step in rules.STEPS if step.number == number), "")


@register.filter
def outcome_label(outcome: str) -> str:
    return vocab.label(rules.OUTCOMES, outcome) if outcome else ""


@register.simple_tag
def retention_months() -> int:
    return settings.CASE_RETENTION_MONTHS
