"""The voice the wizard speaks in (triage/voice.py): chosen, else the default for the user."""

from dataclasses import dataclass

import pytest

from triage.voice import SESSION_KEY, Voice, choose, chosen_voice, forget, preselected, voice_of


@dataclass
class StubUser:
    is_authenticated: bool = False
    is_superuser: bool = False
    professional: bool = False

    def has_perm(self, perm):
        return self.professional and perm == "accounts.work_with_cases"


ANONYMOUS = StubUser()
PROFESSIONAL = StubUser(is_authenticated=True, professional=True)
CURATOR = StubUser(is_authenticated=True)


@pytest.mark.parametrize(
    ("stored", "user", "voice", "shown_as_chosen"),
    [
        (None, None, Voice.SELF, None),
        (None, ANONYMOUS, Voice.SELF, None),
        (None, CURATOR, Voice.SELF, None),
        (None, PROFESSIONAL, Voice.OTHER, Voice.OTHER),  # a professional starts with "de cliënt"
        ("self", PROFESSIONAL, Voice.SELF, Voice.SELF),  # … and can choose otherwise
        ("other", ANONYMOUS, Voice.OTHER, Voice.OTHER),
        ("everyone", ANONYMOUS, Voice.SELF, None),  # anything else stored is ignored
        (["other"], ANONYMOUS, Voice.SELF, None),
        (1, PROFESSIONAL, Voice.OTHER, Voice.OTHER),
    ],
)
def test_the_voice_is_the_one_chosen_else_the_users_default(stored, user, voice, shown_as_chosen):
    session = {} if stored is None else {SESSION_KEY: stored}
    assert voice_of(session, user) == voice
    assert preselected(session, user) == shown_as_chosen


def test_choosing_and_forgetting_the_voice():
    session: dict = {}
    choose(session, Voice.OTHER)
    assert session == {SESSION_KEY: "other"}
    assert chosen_voice(session) is Voice.OTHER
    forget(session)
    assert session == {}
