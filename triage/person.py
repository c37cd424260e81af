"""The person as matching sees them: the answers cleaned once. Anything unrecognised becomes
None, which means unknown, never "no". Pure: no Django.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from programmes import vocabulary as vocab
from programmes.catalogue import Catalogue, MunicipalityData, RegionData

CHOICE_KEYS = tuple(vocab.DIMENSIONS)


@dataclass(frozen=True)
class Person:
    choices: Mapping[str, str]  # key → recognised value; absent = unknown
    care_provider: str | None
    municipality: MunicipalityData | None
    age: int | None

    def get(self, key: str) -> str | None:
        return self.choices.get(key)

    @cached_property
    def limited_by(self) -> tuple[tuple[str, str], ...]:
        """(answer key, programme field) for every answered choice that a programme's list can rule
        out; a wish never rules out (another wish always opens it)."""
        return tuple(
            (key, vocab.ELIGIBILITY_FIELDS[key])
            for key in CHOICE_KEYS
            if key in self.choices and key != "wish"
        )


def person_of(answers: Mapping[str, Any], catalogue: Catalogue) -> Person:
    answers = answers if isinstance(answers, Mapping) else {}
    choices = {key: value for key in CHOICE_KEYS if (value := _choice(answers, key)) is not None}
    return Person(
        choices=choices,
        care_provider=_care_provider(answers.get("care_provider"), catalogue),
        municipality=_municipality(answers.get("municipality"), catalogue),
        age=_age(answers.get("age")),
    )


def _choice(answers: Mapping[str, Any], key: str) -> str | None:
    value = answers.get(key)
    if not isinstance(value, str) or value in vocab.UNKNOWN_VALUES:
        return None
    return value if vocab.value(key, value) is not None else None


def _care_provider(value: Any, catalogue: Catalogue) -> str | None:
    if not isinstance(value, str):
        return None
    if value == vocab.OTHER_PROVIDER or value in catalogue.organisations:
        return value
    offered_by = {o.provider.slug for p in catalogue.programmes for o in p.offerings}
    return value if value in offered_by else None


def _municipality(value: Any, catalogue: Catalogue) -> MunicipalityData | None:
    return catalogue.municipalities.get(value) if isinstance(value, str) else None


def _age(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return int(value.strip())
    return None


def region_of(person: Person, catalogue: Catalogue) -> RegionData | None:
    return catalogue.region_of(person.municipality.code) if person.municipality else None
