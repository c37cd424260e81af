"""The order of the result: one rule, written on the result page in one sentence."""

from __future__ import annotations

from programmes import vocabulary as vocab
from triage.outcome import FIT, Match


def order_key(m: Match) -> tuple[int, int, int, int, float, int, str, str]:
    rank = vocab.RECOGNITION_RANK.get(m.programme.recognition_level, 0)
    pct = m.programme.kind.median_paid_work_pct
    return (
        0 if m.fit == FIT else 1,
        0 if m.serves_wish else 1,
        -rank,
        1 if pct is None else 0,
        -(pct or 0.0),
        0 if m.regional else 1,
        m.programme.name.casefold(),
        m.programme.slug,
    )
