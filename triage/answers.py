"""Where the wizard keeps answers: the session, and nowhere else.

Beside the answers it keeps the woonplaats a gemeente was found by ("Hoofddorp" for
Haarlemmermeer), to say so back; it is no answer, so nothing but the wizard reads it.
"""

from typing import Any

from django.contrib.sessions.backends.base import SessionBase

from programmes.catalogue import Catalogue, find_places
from programmes.places import Place
from triage.flow import KEYS

SESSION_KEY = "werkroute_answers"
PLACE_KEY = "werkroute_place"


def load(session: SessionBase) -> dict[str, Any]:
    """The stored answers; anything that is not a plain answer to a known question is dropped."""
    stored = session.get(SESSION_KEY)
    if not isinstance(stored, dict):
        return {}
    return {
        key: value
        for key, value in stored.items()
        if key in KEYS and isinstance(value, str | int) and not isinstance(value, bool)
    }


def store(session: SessionBase, key: str, value: Any) -> None:
    answers = load(session)
    answers[key] = value
    session[SESSION_KEY] = answers


def store_place(session: SessionBase, code: str, name: str) -> None:
    """The place typed for gemeente `code`; an empty name when the gemeente itself was typed."""
    if name:
        session[PLACE_KEY] = {"code": code, "name": name}
    else:
        session.pop(PLACE_KEY, None)


def place_name(session: SessionBase, code: Any) -> str:
    """The woonplaats typed for this gemeente, or "" (none, or one typed for another gemeente)."""
    stored = session.get(PLACE_KEY)
    if isinstance(stored, dict) and stored.get("code") == code and isinstance(stored.get("name"), str):
        return stored["name"]
    return ""


def found_place(session: SessionBase, code: Any, catalogue: Catalogue) -> Place | None:
    """The woonplaats the gemeente `code` was found by, while it still names a place in it."""
    name = place_name(session, code)
    return next((p for p in find_places(catalogue, name) if p.code == code), None) if name else None


def typed_again(session: SessionBase, code: Any, catalogue: Catalogue) -> str:
    """What the gemeente field shows on a second visit: the woonplaats typed (by a name that finds
    only it: "Beek, gemeente Montferland"), else the gemeente's name."""
    place = found_place(session, code, catalogue)
    if place is not None:
        return place.name if len(find_places(catalogue, place.name)) == 1 else place.label
    gemeente = catalogue.places.gemeenten.get(code) if isinstance(code, str) else None
    return gemeente.name if gemeente else ""


def clear(session: SessionBase) -> None:
    session.pop(SESSION_KEY, None)
    session.pop(PLACE_KEY, None)
