"""The gap overview's small-number rule: pure, no ORM. A small count can point to a person."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from programmes import vocabulary as vocab

SMALL_COUNT = 5
UNKNOWN_REGION = "Regio onbekend"
NOT_ANSWERED = "Niet beantwoord"


def shown_count(count: int) -> str:
    """Counts under 5 are shown as "< 5": a small number can point to a person."""
    return f"< {SMALL_COUNT}" if count < SMALL_COUNT else str(count)


@dataclass(frozen=True)
class GapRow:
    region: str
    benefit: str
    wish: str
    shown: str
    small: bool


def gap_rows(counts: Iterable[tuple[str | None, str, str, int]]) -> list[GapRow]:
    """(region name, benefit, wish, count) → display rows. Large counts first, by size; the small
    ones after, by name only, so that their order does not give their numbers away either."""
    rows = [
        (
            count,
            GapRow(
                region=region or UNKNOWN_REGION,
                benefit=vocab.label(vocab.BENEFITS, benefit) if benefit else NOT_ANSWERED,
                wish=vocab.label(vocab.WISHES, wish) if wish else NOT_ANSWERED,
                shown=shown_count(count),
                small=count < SMALL_COUNT,
            ),
        )
        for region, benefit, wish, count in counts
        if count > 0
    ]

    def order(item: tuple[int, GapRow]) -> tuple:
        count, row = item
        names = (row.region.casefold(), row.benefit.casefold(), row.wish.casefold())
        return (1, 0, *names) if row.small else (0, -count, *names)

    return [row for _count, row in sorted(rows, key=order)]


def gap_total(counts: Iterable[tuple[Any, Any, Any, int]]) -> str:
    """The total without giving the small groups away: an exact total minus the exact large rows
    would reveal them. So: the sum of the large rows, and how many small groups there are."""
    numbers = [count for *_rest, count in counts if count > 0]
    large = sum(n for n in numbers if n >= SMALL_COUNT)
    small_groups = sum(1 for n in numbers if n < SMALL_COUNT)
    if not small_groups:
        return str(large)
    groups = "groep" if small_groups == 1 else "groepen"
    if not large:
        return f"{small_groups} {groups} van minder dan {SMALL_COUNT}"
    return f"{large}, plus {small_groups} {groups} van minder dan {SMALL_COUNT}"
