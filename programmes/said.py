"""The catalogue's vocabulary said in the language of the request (gettext): one place for the
pages of the catalogue and for the advice's wording (triage.wording), so both say it alike."""

from __future__ import annotations

import dataclasses

from django.utils.translation import get_language, gettext

from programmes import vocabulary as vocab
from programmes.languages import SOURCE_LANGUAGE, Localised, is_source_language, localised


def catalogue_text(dutch: str, english: str) -> Localised:
    """A curator's text in the language of the request: its English twin on an English page, else
    the Dutch marked "nl" (programmes.languages.localised)."""
    return localised(dutch, english, get_language())


def untranslated_lang() -> str:
    """The lang mark for the catalogue's texts that have no English twin (funding, evidence, the
    sources' titles): "nl" on a page in another language, "" on a Dutch page."""
    return "" if is_source_language(get_language()) else SOURCE_LANGUAGE


def label(choices: tuple[tuple[str, str], ...], key: str) -> str:
    """A vocabulary label (vocab.label), in the language of the request."""
    found = vocab.label(choices, key)
    return gettext(found) if found else found


def term(value: vocab.Value) -> str:
    """A vocabulary value as a description (Value.as_term), in the language of the request."""
    said = dataclasses.replace(
        value, label=gettext(value.label), phrase=gettext(value.phrase) if value.phrase else "",
        term=gettext(value.term) if value.term else "",
    )
    return said.as_term()


def age_range(low: int | None, high: int | None) -> str:
    """'van 18 tot en met 27 jaar', 'vanaf 18 jaar', 'tot en met 27 jaar'; '' without limits; in the
    language of the request."""
    if low is not None and high is not None:
        return gettext("van %(low)s tot en met %(high)s jaar") % {"low": low, "high": high}
    if low is not None:
        return gettext("vanaf %(low)s jaar") % {"low": low}
    return gettext("tot en met %(high)s jaar") % {"high": high} if high is not None else ""
