"""The pseudonym guard: a saved case never carries a BSN, a phone number, a date of birth, a long
number or an e-mail address.

Pure: no ORM, no request. Used for a case's reference and for every free-text field of a case.
Before any check the text is normalised the way a reader would see it: Unicode NFKC (full-width
digits and look-alike at signs become the plain ones) and every run of characters that are not
letters or digits is a separator. So "111_222_333", "111/222/333", "111 222 333" with
non-breaking spaces, tabs or newlines, and "06/1234/5678" are all one number.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass

from programmes import vocabulary as vocab

REFERENCE_MAX_LENGTH = 40
_REFERENCE_CHARACTERS = re.compile(r"[\w .\-/]+")
LONG_NUMBER = 8

# Digits joined by separators: any run of characters that are neither letters nor digits.
_NUMBER = re.compile(r"\d+(?:[\W_]+\d+)*")
_TOKEN = re.compile(r"[^\W_]+")
# What NFKC leaves alone but a reader takes for an at sign: "(at)", "[at]", "{at}", " apenstaartje ".
_AT_WORDS = re.compile(r"[(\[{<]\s*(?:at|@|apenstaartje)\s*[)\]}>]|\bapenstaartje\b", re.IGNORECASE)
_SPELLED_ADDRESS = re.compile(r"[^\W_]+\s+at\s+[^\W_]+\s*(?:\.|\s(?:dot|punt)\s)\s*[^\W_]+", re.IGNORECASE)

MONTHS = {
    name: number
    for number, names in enumerate(
        [("januari", "jan"), ("februari", "feb", "febr"), ("maart", "mrt", "mar"), ("april", "apr"),
         ("mei", "may"), ("juni", "jun"), ("juli", "jul"), ("augustus", "aug"),
         ("september", "sep", "sept"), ("oktober", "okt", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}

REFERENCE_MISSING = "Vul een referentie in, bijvoorbeeld uw eigen dossiercode."
REFERENCE_TOO_LONG = "Gebruik maximaal {max} tekens. U gebruikte er {count}."
REFERENCE_CHARACTERS = "Gebruik alleen letters, cijfers, spaties en de tekens - _ . /"
LOOKS_LIKE_BSN = (
    "Dit lijkt op een burgerservicenummer (BSN). Vul nooit een BSN in: gebruik een code die alleen "
    "u kunt herleiden, bijvoorbeeld uw initialen met een volgnummer."
)
LOOKS_LIKE_PHONE = (
    "Dit lijkt op een telefoonnummer. Gebruik een code die alleen u kunt herleiden, bijvoorbeeld uw "
    "initialen met een volgnummer."
)
LOOKS_LIKE_BIRTH_DATE = (
    "Dit lijkt op een geboortedatum. Gebruik een code die alleen u kunt herleiden, bijvoorbeeld uw "
    "initialen met een volgnummer."
)
LONG_NUMBER_TEXT = (
    "Gebruik geen reeks van 8 of meer cijfers: die kan lijken op een BSN, telefoonnummer of "
    "geboortedatum. Cijfers met alleen spaties of leestekens ertussen tellen als één reeks. Gebruik "
    "bijvoorbeeld uw initialen met een volgnummer."
)
LOOKS_LIKE_EMAIL = "Gebruik geen e-mailadres. Gebruik een code die niet naar de cliënt te herleiden is."
TEXT_BSN = "Zet geen BSN in deze tekst. Haal het nummer weg."
TEXT_PHONE = "Zet geen telefoonnummer in deze tekst. Haal het nummer weg."
TEXT_BIRTH_DATE = (
    "Zet geen geboortedatum in deze tekst. Gaat het om een andere datum? Schrijf dan alleen maand en "
    "jaar, bijvoorbeeld ‘maart 2010’."
)
TEXT_LONG_NUMBER = (
    "Zet geen reeks van 8 of meer cijfers in deze tekst (zoals een BSN, telefoonnummer of "
    "geboortedatum). Cijfers met alleen spaties of leestekens ertussen tellen als één reeks: zet er "
    "een woord tussen, bijvoorbeeld ‘10.30 tot 11.30’, of haal het nummer weg."
)
TEXT_EMAIL = "Zet geen e-mailadres in deze tekst. Haal het adres weg."


@dataclass(frozen=True)
class Messages:
    email: str
    bsn: str
    phone: str
    birth_date: str
    long: str


REFERENCE_MESSAGES = Messages(LOOKS_LIKE_EMAIL, LOOKS_LIKE_BSN, LOOKS_LIKE_PHONE, LOOKS_LIKE_BIRTH_DATE,
                              LONG_NUMBER_TEXT)
TEXT_MESSAGES = Messages(TEXT_EMAIL, TEXT_BSN, TEXT_PHONE, TEXT_BIRTH_DATE, TEXT_LONG_NUMBER)


def normalise(text: str) -> str:
    """What a reader sees: NFKC (＠ and ﹫ become @, full-width and circled digits plain ones)."""
    return unicodedata.normalize("NFKC", text)


def _ascii_digits(group: str) -> str:
    # \d also matches other scripts' digits (Arabic-Indic, Devanagari…), which NFKC keeps.
    return "".join(str(unicodedata.digit(ch)) for ch in group)


def number_groups(text: str) -> list[list[str]]:
    """Each number in the (normalised) text as its groups of digits, separators dropped."""
    return [
        [_ascii_digits(group) for group in re.findall(r"\d+", run)]
        for run in _NUMBER.findall(normalise(text))
    ]


def passes_elfproef(digits: str) -> bool:
    """The BSN check ("elfproef"): 9 digits (an 8-digit BSN gets a leading 0), weights 9..2 and -1."""
    if len(digits) == LONG_NUMBER:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def is_phone_number(digits: str) -> bool:
    """A Dutch number (10 digits from 0), with +31 or 0031 in front, or any international one."""
    if digits.startswith("00"):
        return 10 <= len(digits) <= 17
    if digits.startswith("31"):
        return len(digits) == 11
    return digits.startswith("0") and len(digits) == 10


def _years_only(groups: list[str]) -> bool:
    # "2019-2023" is a period, not an identifier: four-digit years joined cannot hide a BSN (nine
    # digits), a phone number (ten) or a date (it needs a day and a month).
    return all(len(group) == 4 and 1900 <= int(group) <= 2099 for group in groups)


def _birth_years(today: datetime.date) -> range:
    # Clients are MIN_AGE to MAX_AGE; a little room on both sides.
    return range(today.year - vocab.MAX_AGE - 5, today.year - vocab.MIN_AGE + 2)


def _year(text: str, today: datetime.date) -> int | None:
    if not text.isdigit():
        return None
    if len(text) == 4:
        return int(text)
    if len(text) == 2:
        # "85" is 1985; "10" is 2010: whichever century makes it a client's birth year.
        for century in (1900, 2000):
            if century + int(text) in _birth_years(today):
                return century + int(text)
    return None


def _is_birth_date(day: str, month: int | None, year: str, today: datetime.date) -> bool:
    full_year = _year(year, today)
    if month is None or full_year is None or not day.isdigit() or len(day) > 2:
        return False
    try:
        datetime.date(full_year, month, int(day))
    except ValueError:
        return False
    return full_year in _birth_years(today)


def _month(token: str) -> int | None:
    if token.isdigit():
        return int(token) if len(token) <= 2 and 1 <= int(token) <= 12 else None
    return MONTHS.get(token.casefold())


def contains_birth_date(text: str, today: datetime.date | None = None) -> bool:
    """A full date (day, month, year) whose year is a client's birth year: 1-2-1985, 01.02.85,
    1985-02-01, 1 februari 1985, 01021985."""
    today = today or datetime.date.today()
    tokens = _TOKEN.findall(normalise(text))
    tokens = [_ascii_digits(token) if token.isdigit() else token for token in tokens]
    for i in range(len(tokens) - 2):
        first, second, third = tokens[i:i + 3]
        if _is_birth_date(first, _month(second), third, today):
            return True
        if len(first) == 4 and first.isdigit() and _is_birth_date(third, _month(second), first, today):
            return True
    for groups in number_groups(text):
        digits = "".join(groups)
        if len(digits) == LONG_NUMBER and (
            _is_birth_date(digits[:2], _month(digits[2:4]), digits[4:], today)
            or _is_birth_date(digits[6:], _month(digits[4:6]), digits[:4], today)
        ):
            return True
    return False


def identifying_number(text: str, today: datetime.date | None = None) -> str | None:
    """"bsn", "phone", "birth_date" or "long" (any other run of 8+ digits), else None."""
    numbers = [groups for groups in number_groups(text) if not _years_only(groups)]
    joined = ["".join(groups) for groups in numbers]
    # A BSN can stand inside a longer run ("nr 1 111 222 333"): try every run of whole groups
    # that is at most nine digits long.
    candidates = set()
    for groups in numbers:
        for start in range(len(groups)):
            digits = ""
            for group in groups[start:]:
                digits += group
                if len(digits) > 9:
                    break
                candidates.add(digits)
    if any(len(digits) in (8, 9) and passes_elfproef(digits) for digits in candidates):
        return "bsn"
    if any(is_phone_number(digits) for digits in joined):
        return "phone"
    if contains_birth_date(text, today):
        return "birth_date"
    return "long" if any(len(digits) >= LONG_NUMBER for digits in joined) else None


def contains_email(text: str) -> bool:
    # Any at sign is enough (after NFKC, ＠ and ﹫ are one): a pseudonym never needs one, and half
    # an address still points to someone. Also "jan (at) voorbeeld.nl" and "jan at voorbeeld dot nl".
    plain = normalise(text)
    return "@" in plain or bool(_AT_WORDS.search(plain)) or bool(_SPELLED_ADDRESS.search(plain))


def _identifying(text: str, messages: Messages) -> str | None:
    """The message for the first kind of identifying detail in `text`, or None."""
    if contains_email(text):
        return messages.email
    kind = identifying_number(text)
    return getattr(messages, kind) if kind else None


def reference_problem(text: str) -> str | None:
    """The Dutch message for a reference that must not be saved, or None when it is fine."""
    reference = text.strip()
    if not reference:
        return REFERENCE_MISSING
    if len(reference) > REFERENCE_MAX_LENGTH:
        return REFERENCE_TOO_LONG.format(max=REFERENCE_MAX_LENGTH, count=len(reference))
    problem = _identifying(reference, REFERENCE_MESSAGES)
    if problem is None and not _REFERENCE_CHARACTERS.fullmatch(reference):
        return REFERENCE_CHARACTERS
    return problem


def free_text_problem(text: str) -> str | None:
    """Notes and agreements may say anything, but never carry a BSN, phone number, date of birth,
    long number or e-mail address."""
    return _identifying(text, TEXT_MESSAGES)
