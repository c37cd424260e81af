"""The gap overview's small-number rule as a table."""

import pytest

from curation import gaps


@pytest.mark.parametrize(("count", "shown"), [(0, "< 5"), (1, "< 5"), (4, "< 5"), (5, "5"), (123, "123")])
def test_counts_under_five_are_hidden(count, shown):
    assert gaps.shown_count(count) == shown


def test_gap_rows_big_counts_by_size_and_small_ones_by_name_only():
    rows = gaps.gap_rows([
        ("Twente", "bijstand", "explore", 4),
        ("Drechtsteden", "none", "paid_work_now", 12),
        (None, "", "", 1),
        ("Amsterdam", "ww", "skills", 2),
        ("Drechtsteden", "bijstand", "paid_work_now", 40),
    ])
    assert [(r.region, r.shown) for r in rows] == [
        ("Drechtsteden", "40"),
        ("Drechtsteden", "12"),
        ("Amsterdam", "< 5"),
        ("Regio onbekend", "< 5"),
        ("Twente", "< 5"),
    ]
    assert rows[1].benefit == "Geen uitkering"
    assert rows[1].wish == "Direct aan betaald werk"
    assert rows[3].benefit == "Niet beantwoord"


def test_the_gap_total_never_gives_a_small_group_away():
    small = [("A", "ww", "skills", 2), ("B", "ww", "skills", 1)]
    assert gaps.gap_total(small) == "2 groepen van minder dan 5"
    assert gaps.gap_total([("A", "ww", "skills", 7), ("B", "ww", "skills", 2)]) == (
        "7, plus 1 groep van minder dan 5"
    )
    assert gaps.gap_total([("A", "ww", "skills", 7), ("B", "ww", "skills", 5)]) == "12"
