"""Small helpers for sentences: a value inside a sentence, and lists joined with "of"/"en", in the
language of the request."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from django.utils.translation import gettext

from programmes import vocabulary as vocab


def phrase(key: str, value: str) -> str:
    """A vocabulary value as it reads inside a client sentence."""
    found = vocab.value(key, value)
    if not found:
        return value
    # Translated before the first letter is lowered: the rule applies to the words shown.
    said = replace(found, label=gettext(found.label), phrase=gettext(found.phrase) if found.phrase else "")
    return said.in_sentence()




def join_or(items: Iterable[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return gettext("%(items)s of %(last)s") % {"items": ", ".join(items[:-1]), "last": items[-1]}


def join_and(items: Iterable[str]) -> str:
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return gettext("%(items)s en %(last)s") % {"items": ", ".join(items[:-1]), "last": items[-1]}
