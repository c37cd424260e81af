"""{% programme_jsonld programme %}: the schema.org block of a programme page."""

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from opendata import jsonld
from programmes.snapshot import get_catalogue

register = template.Library()


@register.simple_tag(takes_context=True)
def programme_jsonld(context, programme) -> str:
    if programme is None or programme.status != "published":  # an ended programme is offered nowhere
        return ""
    page_url = context["request"].build_absolute_uri(reverse("programmes:detail", args=[programme.slug]))
    data = jsonld.programme_jsonld(programme, get_catalogue(), page_url=page_url)
    # script_text escapes <, > and &: the data can never close the element or start markup.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(jsonld.script_text(data)))  # noqa: S308
