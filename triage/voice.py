"""Who the questions are about: "u" (someone fills them in for themselves) or "de cliënt"
(someone fills them in for another person, often a professional with a client).

Asked first, on /vraag/voor-wie ("Vult u dit in voor uzelf of voor iemand anders?"), and kept in
the session only. It is not an answer of the stroomschema: it is not in the API, `recommend`,
saved cases or the gap counts, and the wizard's state stays derived from the answers.

Every view that words something for the person reads it through one function:

    from triage.voice import Voice, voice_of
    voice = voice_of(request.session, request.user)   # a Voice: Voice.SELF or Voice.OTHER
    render(request, ..., {"voice": voice, ...})

and a template compares it as a string: `{% if voice == "other" %}de cliënt{% else %}u{% endif %}`.
Until someone chooses, the voice is "de cliënt" for a logged-in professional (who mostly fills
this in with or for a client) and "u" for everyone else; anyone can choose again.
The questions' own words in both voices are in `triage/questions.py` (`flow.worded`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from accounts.roles import is_professional
from triage.questions import Voice

__all__ = [
    "SESSION_KEY", "Voice", "choose", "chosen_voice", "default_voice", "forget", "preselected", "voice_of",
]

SESSION_KEY = "werkroute_voice"


def chosen_voice(session: Mapping[str, Any]) -> Voice | None:
    """The voice chosen in this session, if any (anything else stored there is ignored)."""
    stored = session.get(SESSION_KEY)
    return Voice(stored) if isinstance(stored, str) and stored in {v.value for v in Voice} else None


def default_voice(user: Any = None) -> Voice:
    return Voice.OTHER if user is not None and is_professional(user) else Voice.SELF


def voice_of(session: Mapping[str, Any], user: Any = None) -> Voice:
    """The voice to word things in: the one chosen, else the default for this user."""
    return chosen_voice(session) or default_voice(user)


def preselected(session: Mapping[str, Any], user: Any = None) -> Voice | None:
    """What the voice question shows as chosen: the voice chosen before, else a professional's
    default ("de cliënt"), else nothing (a person chooses for themselves)."""
    return chosen_voice(session) or (Voice.OTHER if default_voice(user) == Voice.OTHER else None)


def choose(session: Any, voice: Voice) -> None:
    session[SESSION_KEY] = Voice(voice).value


def forget(session: Any) -> None:
    session.pop(SESSION_KEY, None)
