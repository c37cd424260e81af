"""Where the wizard keeps answers: the session, and nowhere else."""

from typing import Any

from django.contrib.sessions.backends.base import SessionBase

SESSION_KEY = "werkroute_answers"


def load(session: SessionBase) -> dict[str, Any]:
    stored = session.get(SESSION_KEY)
    return dict(stored) if isinstance(stored, dict) else {}


def store(session: SessionBase, key: str, value: Any) -> None:
    answers = load(session)
    answers[key] = value
    session[SESSION_KEY] = answers


def clear(session: SessionBase) -> None:
    session.pop(SESSION_KEY, None)
