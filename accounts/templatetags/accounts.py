"""Roles for templates (display only: the views check access themselves)."""

from django import template

from accounts import roles

register = template.Library()


@register.simple_tag
def is_curator(user) -> bool:
    return roles.is_curator(user)


@register.simple_tag
def is_professional(user) -> bool:
    return roles.is_professional(user)
