"""Small helpers for Dutch sentences: a value inside a sentence, and lists joined with "of"/"en"."""

from __future__ import annotations

from collections.abc import Iterable

from programmes import vocabulary as vocab


def phrase(key: str, value: str) -> str:
    """A vocabulary value as it reads inside a client sentence."""
    found = vocab.value(key, value)
    return found.in_sentence() if found else value


def join_or(items: Iterable[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " of " + items[-1]


def join_and(items: Iterable[str]) -> str:
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]
