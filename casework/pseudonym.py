"""The pseudonym guard: a saved case never carries a BSN, a long number or an e-mail address.

Pure: no ORM, no request. Used for a case's reference and for every free-text field of a case.
"""

from __future__ import annotations

import re

REFERENCE_MAX_LENGTH = 40
# Digits, possibly grouped with single spaces, dots or hyphens: "123456782", "1234.56.782".
_DIGIT_RUN = re.compile(r"\d(?:[ .\-]?\d)*")
_REFERENCE_CHARACTERS = re.compile(r"[\w .\-/]+")
LONG_NUMBER = 8

REFERENCE_MISSING = "Vul een referentie in, bijvoorbeeld uw eigen dossiercode."
REFERENCE_TOO_LONG = "Gebruik maximaal {max} tekens. U gebruikte er {count}."
REFERENCE_CHARACTERS = "Gebruik alleen letters, cijfers, spaties en de tekens - _ . /"
LOOKS_LIKE_BSN = (
    "Dit lijkt op een burgerservicenummer (BSN). Vul nooit een BSN in: gebruik een code die alleen "
    "u kunt herleiden, bijvoorbeeld uw initialen met een volgnummer."
)
LONG_NUMBER_TEXT = (
    "Gebruik geen reeks van 8 of meer cijfers: die kan lijken op een BSN, telefoonnummer of "
    "geboortedatum. Gebruik bijvoorbeeld uw initialen met een volgnummer."
)
LOOKS_LIKE_EMAIL = "Gebruik geen e-mailadres. Gebruik een code die niet naar de cliënt te herleiden is."
TEXT_BSN = "Zet geen BSN in deze tekst. Haal het nummer weg."
TEXT_LONG_NUMBER = (
    "Zet geen reeks van 8 of meer cijfers in deze tekst (zoals een BSN, telefoonnummer of "
    "geboortedatum). Haal het nummer weg."
)
TEXT_EMAIL = "Zet geen e-mailadres in deze tekst. Haal het adres weg."


def passes_elfproef(digits: str) -> bool:
    """The BSN check ("elfproef"): 9 digits (an 8-digit BSN gets a leading 0), weights 9..2 and -1."""
    if len(digits) == LONG_NUMBER:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def _digit_runs(text: str) -> list[str]:
    return [re.sub(r"\D", "", run) for run in _DIGIT_RUN.findall(text)]


def identifying_number(text: str) -> str | None:
    """"bsn" for something that passes the elfproef, "long" for any other run of 8+ digits, else None."""
    runs = [run for run in _digit_runs(text) if len(run) >= LONG_NUMBER]
    if any(len(run) in (8, 9) and passes_elfproef(run) for run in runs):
        return "bsn"
    return "long" if runs else None


def contains_email(text: str) -> bool:
    # Any "@" is enough: a pseudonym never needs one, and half an address still points to someone.
    return "@" in text


def _identifying(text: str, email: str, bsn: str, long_number: str) -> str | None:
    """The message for the first kind of identifying detail in `text`, or None."""
    if contains_email(text):
        return email
    return {"bsn": bsn, "long": long_number}.get(identifying_number(text) or "")


def reference_problem(text: str) -> str | None:
    """The Dutch message for a reference that must not be saved, or None when it is fine."""
    reference = text.strip()
    if not reference:
        return REFERENCE_MISSING
    if len(reference) > REFERENCE_MAX_LENGTH:
        return REFERENCE_TOO_LONG.format(max=REFERENCE_MAX_LENGTH, count=len(reference))
    problem = _identifying(reference, LOOKS_LIKE_EMAIL, LOOKS_LIKE_BSN, LONG_NUMBER_TEXT)
    if problem is None and not _REFERENCE_CHARACTERS.fullmatch(reference):
        return REFERENCE_CHARACTERS
    return problem


def free_text_problem(text: str) -> str | None:
    """Notes and agreements may say anything, but never carry a BSN, long number or e-mail address."""
    return _identifying(text, TEXT_EMAIL, TEXT_BSN, TEXT_LONG_NUMBER)
