"""Display helpers for the casework pages (no decisions here)."""

from django import template
from django.conf import settings

from casework import roles, rules
from programmes import vocabulary as vocab

register = template.Library()


@register.simple_tag
def is_curator(user) -> bool:
    return roles.is_curator(user)


@register.simple_tag
def is_professional(user) -> bool:
    return roles.is_professional(user)


@register.filter
def step_title(number) -> str:
    return next((step.title for step in rules.STEPS if step.number == number), "")


@register.filter
def dutch_date(day) -> str:
    return rules.dutch_date(day) if day else ""


@register.filter
def outcome_label(outcome: str) -> str:
    return vocab.label(rules.OUTCOMES, outcome) if outcome else ""


@register.filter
def iso_date(day) -> str:
    return day.isoformat() if day else ""


@register.simple_tag
def retention_months() -> int:
    return settings.CASE_RETENTION_MONTHS
