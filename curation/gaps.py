"""The gap overview's small-number rule: pure, no ORM. A small count can point to a person.

Counts are rounded to multiples of 5 and a cell that rounds to 0 shows "< 5". Plain rounding
(always down, or to the nearest) would give a cell away: a "< 5" that turns into "5" after one
made-up visit was exactly 4. So each cell rounds up from its own secret point: a count rounds up
to the next multiple of 5 when its remainder is at least the cell's offset (1 to 5, from an HMAC
of the cell with the site's secret; 5 means never). One extra visit that flips a cell then says
only that the count reached the cell's offset, which nobody outside knows; and since the offset
is uniform, the rounded counts are right on average. Rows are ordered by their shown number,
never by the exact one.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass

from programmes import vocabulary as vocab

SMALL_COUNT = 5
BASE = 5
UNKNOWN_REGION = "Regio onbekend"
NOT_ANSWERED = "Niet beantwoord"


def cell_offset(secret: str, *cell: str) -> int:
    """The cell's own rounding point, 1..BASE, the same on every page view and every instance."""
    digest = hmac.new(secret.encode(), "\x1f".join(cell).encode(), hashlib.sha256).digest()
    return int.from_bytes(digest[:8], "big") % BASE + 1


def rounded_count(count: int, offset: int) -> int:
    """`count` rounded to a multiple of BASE: up when its remainder is at least `offset`."""
    lower = count - count % BASE
    return lower + BASE if count % BASE and count % BASE >= offset else lower


def shown_count(rounded: int) -> str:
    """A rounded count as shown: "< 5" for a cell that rounds to nothing."""
    return f"< {SMALL_COUNT}" if rounded < SMALL_COUNT else str(rounded)


@dataclass(frozen=True)
class GapRow:
    region: str
    benefit: str
    wish: str
    shown: str
    small: bool


def _rounded(counts: Iterable[tuple[str | None, str, str, int]], secret: str, category: str):
    # Another category (the group not reached) rounds each cell from a point of its own.
    extra = (category,) if category else ()
    for region, benefit, wish, count in counts:
        if count > 0:
            offset = cell_offset(secret, region or "", benefit, wish, *extra)
            yield region, benefit, wish, rounded_count(count, offset)


def gap_rows(
    counts: Iterable[tuple[str | None, str, str, int]], secret: str, category: str = ""
) -> list[GapRow]:
    """(region name, benefit, wish, count) → display rows. Large rounded counts first, by size; the
    small ones after, by name only, so that their order does not give their numbers away either."""
    rows = [
        (
            rounded,
            GapRow(
                region=region or UNKNOWN_REGION,
                benefit=vocab.label(vocab.BENEFITS, benefit) if benefit else NOT_ANSWERED,
                wish=vocab.label(vocab.WISHES, wish) if wish else NOT_ANSWERED,
                shown=shown_count(rounded),
                small=rounded < SMALL_COUNT,
            ),
        )
        for region, benefit, wish, rounded in _rounded(counts, secret, category)
    ]

    def order(item: tuple[int, GapRow]) -> tuple:
        rounded, row = item
        names = (row.region.casefold(), row.benefit.casefold(), row.wish.casefold())
        return (1, 0, *names) if row.small else (0, -rounded, *names)

    return [row for _rounded_count, row in sorted(rows, key=order)]


def gap_total(counts: Iterable[tuple[str | None, str, str, int]], secret: str, category: str = "") -> str:
    """The total of the shown (rounded) rows, and how many groups are too small to show: an exact
    total would give the small ones away."""
    numbers = [rounded for *_cell, rounded in _rounded(counts, secret, category)]
    large = sum(n for n in numbers if n >= SMALL_COUNT)
    small_groups = sum(1 for n in numbers if n < SMALL_COUNT)
    if not small_groups:
        return str(large)
    groups = "groep" if small_groups == 1 else "groepen"
    if not large:
        return f"{small_groups} {groups} van minder dan {SMALL_COUNT}"
    return f"{large}, plus {small_groups} {groups} van minder dan {SMALL_COUNT}"
