"""The gap overview's small-number rule as a table: rounded to fives from a secret point per cell."""

import itertools

import pytest

from curation import gaps
from programmes import vocabulary as vocab

SECRET = "een-geheim-alleen-voor-deze-test"


@pytest.mark.parametrize(
    ("count", "offset", "rounded"),
    [
        (0, 1, 0), (0, 5, 0),
        (1, 1, 5), (1, 2, 0), (4, 4, 5), (4, 5, 0),  # offset 5: never up
        (5, 1, 5), (5, 5, 5), (6, 1, 10), (6, 2, 5), (9, 5, 5), (10, 3, 10), (13, 3, 15), (123, 4, 120),
    ],
)
def test_counts_round_to_fives_up_from_the_cells_offset(count, offset, rounded):
    assert gaps.rounded_count(count, offset) == rounded


@pytest.mark.parametrize(("rounded", "shown"), [(0, "< 5"), (5, "5"), (10, "10"), (120, "120")])
def test_what_rounds_to_nothing_is_shown_as_less_than_five(rounded, shown):
    assert gaps.shown_count(rounded) == shown


def test_a_cells_offset_is_fixed_secret_and_spread_over_one_to_five():
    twente = ("Twente", "ww", "skills")
    assert gaps.cell_offset(SECRET, *twente) == gaps.cell_offset(SECRET, *twente)
    cells = list(itertools.product([f"Regio {n}" for n in range(40)], ["ww", "bijstand", "none"], ["skills"]))
    offsets = [gaps.cell_offset(SECRET, *cell) for cell in cells]
    assert set(offsets) == {1, 2, 3, 4, 5}
    assert max(offsets.count(n) for n in range(1, 6)) < 2 * len(cells) / 5  # roughly even
    other = [gaps.cell_offset("een-ander-geheim", *cell) for cell in cells]
    assert offsets != other  # without the site's secret, nobody can work them out


@pytest.mark.parametrize("offset", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("hidden", [1, 2, 3, 4])
def test_one_extra_visit_never_reveals_a_hidden_count(offset, hidden):
    """A cell shows "< 5" (hidden: 1..4). An attacker adds one visit and sees it flip, or not.
    Whatever they see, more than one true count remains possible for an unknown offset."""
    if gaps.rounded_count(hidden, offset) != 0:
        return  # this cell was not hidden to begin with
    flipped = gaps.rounded_count(hidden + 1, offset) != 0
    possible = {
        count
        for count, other_offset in itertools.product(range(1, 5), range(1, 6))
        if gaps.rounded_count(count, other_offset) == 0
        and (gaps.rounded_count(count + 1, other_offset) != 0) == flipped
    }
    assert hidden in possible
    assert len(possible) > 1


def test_the_rounded_counts_are_right_on_average():
    for count in range(0, 30):
        mean = sum(gaps.rounded_count(count, offset) for offset in range(1, 6)) / 5
        assert mean == count


def rows_for(counts):
    return gaps.gap_rows(counts, SECRET)


def test_gap_rows_big_counts_by_shown_size_and_small_ones_by_name_only():
    counts = [
        ("Twente", "bijstand", "explore", 2),
        ("Drechtsteden", "none", "paid_work_now", 12),
        (None, "", "", 1),
        ("Amsterdam", "ww", "skills", 2),
        ("Drechtsteden", "bijstand", "paid_work_now", 40),
    ]
    offsets = {(r or "", b, w): gaps.cell_offset(SECRET, r or "", b, w) for r, b, w, _n in counts}
    rows = rows_for(counts)
    shown = {(row.region, row.benefit, row.wish): row.shown for row in rows}
    bijstand = vocab.label(vocab.BENEFITS, "bijstand")
    assert shown[("Drechtsteden", bijstand, "Direct aan betaald werk")] == "40"
    expected_12 = gaps.rounded_count(12, offsets[("Drechtsteden", "none", "paid_work_now")])
    assert shown[("Drechtsteden", "Geen uitkering", "Direct aan betaald werk")] == str(expected_12)
    assert rows[0].shown == "40"
    small = [row for row in rows if row.small]
    assert [row.region for row in small] == sorted((row.region for row in small), key=str.casefold)
    assert all(row.shown == "< 5" for row in small)
    assert all(row.shown in {"< 5"} or int(row.shown) % 5 == 0 for row in rows)
    unknown = next(row for row in rows if row.region == "Regio onbekend")
    assert unknown.benefit == "Niet beantwoord"


def test_the_gap_total_adds_the_shown_numbers_and_never_gives_a_small_group_away():
    secret_with = {}
    for secret in (f"geheim-{n}" for n in range(200)):
        a = gaps.cell_offset(secret, "A", "ww", "skills")
        b = gaps.cell_offset(secret, "B", "ww", "skills")
        secret_with.setdefault((a, b), secret)
    # Offsets 5 and 5: 7 → 5, 2 → 0 (hidden).
    secret = secret_with[(5, 5)]
    assert gaps.gap_total([("A", "ww", "skills", 7), ("B", "ww", "skills", 2)], secret) == (
        "5, plus 1 groep van minder dan 5"
    )
    assert gaps.gap_total([("A", "ww", "skills", 2), ("B", "ww", "skills", 1)], secret) == (
        "2 groepen van minder dan 5"
    )
    # Offsets 1 and 1: everything rounds up.
    secret = secret_with[(1, 1)]
    assert gaps.gap_total([("A", "ww", "skills", 7), ("B", "ww", "skills", 2)], secret) == "15"


def test_another_category_rounds_each_cell_from_a_point_of_its_own():
    # The group not reached is counted apart from the gaps; its cells get their own secret points.
    cells = [(f"R{n}", "ww", "skills") for n in range(40)]
    plain = [gaps.cell_offset(SECRET, *cell) for cell in cells]
    apart = [gaps.cell_offset(SECRET, *cell, "not_reached") for cell in cells]
    assert plain != apart
    counts = [(*cell, 7) for cell in cells]
    shown = [row.shown for row in gaps.gap_rows(counts, SECRET, "not_reached")]
    assert sorted(shown) == sorted(str(gaps.rounded_count(7, offset)) for offset in apart)
    assert gaps.gap_rows(counts, SECRET) == gaps.gap_rows(counts, SECRET, "")
