"""Where the wizard keeps answers: the session, and nowhere else."""

from typing import Any

from django.contrib.sessions.backends.base import SessionBase

from triage.flow import KEYS

SESSION_KEY = "werkroute_answers"


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


def clear(session: SessionBase) -> None:
    session.pop(SESSION_KEY, None)
