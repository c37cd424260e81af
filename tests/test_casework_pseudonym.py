"""The pseudonym guard as a table: what a case's reference and free text may never carry."""

import pytest

from casework import pseudonym


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("111222333", True),
        ("123456782", True),
        ("10000008", True),  # 8 digits: a leading 0 is added
        ("123456789", False),
        ("12345678", False),
        ("000000000", False),
        ("1234567", False),
        ("1234567890", False),
        ("12345678a", False),
    ],
)
def test_elfproef(digits, valid):
    assert pseudonym.passes_elfproef(digits) is valid


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ("KdK-012", None),
        ("jvdb 2026/07", None),
        ("Cliënt_Ömer 3", None),
        ("dossier 1234567", None),  # 7 digits: a dossier number, not a BSN
        ("x" * 40, None),
        ("  KdK-013  ", None),  # spaces around are ignored
        ("", pseudonym.REFERENCE_MISSING),
        ("   ", pseudonym.REFERENCE_MISSING),
        ("x" * 41, pseudonym.REFERENCE_TOO_LONG.format(max=40, count=41)),
        ("111222333", pseudonym.LOOKS_LIKE_BSN),
        ("1112.22.333", pseudonym.LOOKS_LIKE_BSN),
        ("111 222 333", pseudonym.LOOKS_LIKE_BSN),
        ("1112 22 333", pseudonym.LOOKS_LIKE_BSN),
        ("111-222-333", pseudonym.LOOKS_LIKE_BSN),
        ("bsn 123456782", pseudonym.LOOKS_LIKE_BSN),
        ("10000008", pseudonym.LOOKS_LIKE_BSN),
        ("123456789", pseudonym.LONG_NUMBER_TEXT),  # 9 digits, no elfproef: still refused
        ("12345678", pseudonym.LONG_NUMBER_TEXT),
        ("12.34.56.78", pseudonym.LONG_NUMBER_TEXT),
        ("06-12345678", pseudonym.LONG_NUMBER_TEXT),  # a phone number
        ("01-02-1985", pseudonym.LONG_NUMBER_TEXT),  # a date of birth
        ("jan@example.nl", pseudonym.LOOKS_LIKE_EMAIL),
        ("jan@", pseudonym.LOOKS_LIKE_EMAIL),
        ("KdK <12>", pseudonym.REFERENCE_CHARACTERS),
        ("KdK;drop", pseudonym.REFERENCE_CHARACTERS),
    ],
)
def test_reference_guard(reference, message):
    assert pseudonym.reference_problem(reference) == message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", None),
        ("Gesprek op 12-3 ging goed. Belt volgende week.", None),
        ("Afspraak 15-03-2027 om 10 uur", pseudonym.TEXT_LONG_NUMBER),
        ("BSN 111222333 staat in het dossier", pseudonym.TEXT_BSN),
        ("Mail naar kim@gemeente.nl", pseudonym.TEXT_EMAIL),
    ],
)
def test_free_text_guard(text, message):
    assert pseudonym.free_text_problem(text) == message
