"""The stroomschema's own sentences: who pays for a group of trajectories, and the counts in its
boxes. In the language of the request; the payers' names are the catalogue's own (Dutch) text, so a
sentence comes as pieces, each marked whether it is catalogue text (the page marks it lang="nl").
"""

from __future__ import annotations

from django.utils.translation import gettext, ngettext

Piece = tuple[str, bool]  # (text, is it the catalogue's own text)


def payer_pieces(when: str, payers: tuple[str, ...], short: bool = False) -> tuple[Piece, ...]:
    """'Betaalt bij bijstand: meestal Gemeente' (short) or '…: meestal Gemeente; ook UWV'.
    `when` is already said in the request's language ("bij bijstand"), or ""."""
    lead = gettext("Betaalt %(when)s") % {"when": when} if when else gettext("Betaalt")
    if not payers:
        return ((gettext("%(lead)s: niet vermeld in de bronnen") % {"lead": lead}, False),)
    first, rest = payers[0], payers[1:]
    if not rest:
        return ((f"{lead}: ", False), (first, True))
    pieces: tuple[Piece, ...] = ((gettext("%(lead)s: meestal ") % {"lead": lead}, False), (first, True))
    if short:
        return pieces
    return (*pieces, (gettext("; ook "), False), (", ".join(rest), True))


def no_payer() -> str:
    return gettext("Wie betaalt staat niet in de bronnen")


def more_programmes(count: int) -> str:
    """Under the first trajectories of a group in the drawing: how many more the list names."""
    return ngettext("en %(count)d ander traject (zie de lijst)",
                    "en %(count)d andere trajecten (zie de lijst)", count) % {"count": count}


def text_of(pieces: tuple[Piece, ...]) -> str:
    return "".join(text for text, _ in pieces)
