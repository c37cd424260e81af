"""The pseudonym guard as a table: what a case's reference and free text may never carry."""

import datetime

import pytest

from casework import pseudonym

TODAY = datetime.date(2026, 11, 30)
NBSP, TAB, NARROW_NBSP, ZERO_WIDTH = "\u00a0", "\t", "\u202f", "\u200b"


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
        ("06-12345678", pseudonym.LOOKS_LIKE_PHONE),
        ("01-02-1985", pseudonym.LOOKS_LIKE_BIRTH_DATE),
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


# Every bypass found by the security review (issue 12), in the reference as well as in notes.
BYPASSES = [
    ("111_222_333", "bsn"),
    ("111/222/333", "bsn"),
    (f"111{NBSP}222{NBSP}333", "bsn"),
    (f"111{TAB}222{TAB}333", "bsn"),
    ("111\n222\n333", "bsn"),
    ("06/1234/5678", "phone"),
    ("jan＠voorbeeld.nl", "email"),  # full-width at sign
    ("jan﹫voorbeeld.nl", "email"),  # small at sign
]
# And more of the same kind.
MORE_BYPASSES = [
    (f"111{NARROW_NBSP}222{NARROW_NBSP}333", "bsn"),
    (f"111{ZERO_WIDTH}222{ZERO_WIDTH}333", "bsn"),
    ("1 1 1 2 2 2 3 3 3", "bsn"),
    ("111 -- 222 -- 333", "bsn"),
    ("111,222,333", "bsn"),
    ("(111)(222)(333)", "bsn"),
    ("１１１２２２３３３", "bsn"),  # full-width digits
    ("①①①②②②③③③", "bsn"),  # circled digits
    ("١١١٢٢٢٣٣٣", "bsn"),  # Arabic-Indic digits
    ("nr 1 111 222 333", "bsn"),  # inside a longer run
    ("+31 6 1234 5678", "phone"),
    ("0031 (0)6 12 34 56 78", "phone"),
    ("06\u20111234\u20115678", "phone"),  # non-breaking hyphens
    ("010·123·45·67", "phone"),
    ("1-2-1985", "birth_date"),  # too short for a long number, still a date of birth
    ("01.02.85", "birth_date"),
    ("1985/2/1", "birth_date"),
    ("1 februari 1985", "birth_date"),
    ("1 feb. 1985", "birth_date"),
    ("geb. 3 MEI 1990", "birth_date"),
    ("jan (at) voorbeeld.nl", "email"),
    ("jan[at]voorbeeld.nl", "email"),
    ("jan at voorbeeld dot nl", "email"),
    ("jan apenstaartje voorbeeld punt nl", "email"),
]
TEXT_MESSAGE = {
    "bsn": pseudonym.TEXT_BSN, "phone": pseudonym.TEXT_PHONE, "birth_date": pseudonym.TEXT_BIRTH_DATE,
    "long": pseudonym.TEXT_LONG_NUMBER, "email": pseudonym.TEXT_EMAIL,
}
REFERENCE_MESSAGE = {
    "bsn": pseudonym.LOOKS_LIKE_BSN, "phone": pseudonym.LOOKS_LIKE_PHONE,
    "birth_date": pseudonym.LOOKS_LIKE_BIRTH_DATE, "long": pseudonym.LONG_NUMBER_TEXT,
    "email": pseudonym.LOOKS_LIKE_EMAIL,
}


def kind_of(text: str) -> str | None:
    return "email" if pseudonym.contains_email(text) else pseudonym.identifying_number(text, TODAY)


@pytest.mark.parametrize(("text", "kind"), BYPASSES + MORE_BYPASSES)
def test_no_separator_or_look_alike_hides_an_identifier(text, kind):
    assert kind_of(text) == kind


@pytest.mark.parametrize(("text", "kind"), BYPASSES + MORE_BYPASSES)
def test_the_reference_refuses_every_bypass_with_its_own_message(text, kind):
    assert pseudonym.reference_problem(text) == REFERENCE_MESSAGE[kind]


@pytest.mark.parametrize(("text", "kind"), BYPASSES + MORE_BYPASSES)
def test_notes_and_agreements_refuse_every_bypass_inside_a_sentence(text, kind):
    assert pseudonym.free_text_problem(f"Gesprek gehad.\nZie {text} voor meer.") == TEXT_MESSAGE[kind]


@pytest.mark.parametrize(
    "text",
    [
        "Werkte van 2015-2019 bij een supermarkt, daarna 2020 2021 thuis.",  # years are no identifier
        "Afspraak 3 maart om 10.30 uur, daarna 14-3.",
        "Evaluatie 1-4-2027 met de klantmanager.",  # a date, but no client's date of birth
        "Score 3, 4 en 5 op de vragenlijst.",
        "KdK-012",
        "Cliënt wil 20 uur per week werken; 3 dagen.",
        "Belt 14 078 (gemeente) voor de afspraak.",  # a short service number
        "Vanaf 2026/07 in traject.",
    ],
)
def test_ordinary_notes_pass(text):
    assert kind_of(text) is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("10:30-11:30", pseudonym.TEXT_LONG_NUMBER),  # joined: eight digits; the message says how to write it
        ("10.30 tot 11.30", None),
    ],
)
def test_times_need_a_word_between_them(text, message):
    assert pseudonym.free_text_problem(text) == message


def test_normalising_makes_look_alikes_plain():
    assert pseudonym.normalise("ＫｄＫ＠１２") == "KdK@12"
    assert pseudonym.number_groups("a 111_222 b ٣٣") == [["111", "222"], ["33"]]
