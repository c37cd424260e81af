"""Counting, anonymously for the curators, a "witte vlek" (a situation for which nothing fitted) and
a visit of the groups the research says are often not reached (EPA without care; no benefit).

Only region, benefit, care, wish, the kind and the day are kept: no age, no gemeente, nothing that
points to a person. A session counts at most once a day per kind, whatever its answers (reloading
the result with other answers never inflates the counts), and counts are kept
GAP_RETENTION_MONTHS (`manage.py purge`).

The rules (`may_record`, `retention_cutoff`) are pure; `record_once` and `purge_before` write.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.contrib.sessions.backends.base import SessionBase
from django.utils import timezone

from programmes import rules as catalogue_rules
from programmes import vocabulary as vocab
from programmes.models import Region
from triage.models import GapRecord
from triage.outcome import MatchResult

# In the session: {kind: the ISO day it last counted}. Kept when the answers are cleared
# ("Opnieuw beginnen"): starting again is not a new visitor.
SESSION_KEY = "werkroute_gap"


@dataclass(frozen=True)
class Gap:
    region_code: str | None
    benefit: str
    care: str
    wish: str
    kind: str = vocab.GapKind.NO_FIT


def gaps_of(answers: Mapping[str, Any], outcome: MatchResult) -> list[Gap]:
    """What to count: nothing fitted, and/or a visit of a group that is often not reached."""
    kinds = [vocab.GapKind.NO_FIT] if outcome.gap else []
    if outcome.not_reached:
        kinds.append(vocab.GapKind.NOT_REACHED)
    return [
        Gap(
            region_code=outcome.region.code if outcome.region else None,
            benefit=str(answers.get("benefit", "")),
            care=str(answers.get("care", "")),
            wish=str(answers.get("wish", "")),
            kind=kind,
        )
        for kind in kinds
    ]


# --- Rules (pure) ------------------------------------------------------------------------------


def may_record(counted: Mapping[str, str] | None, kind: str, today: datetime.date) -> bool:
    """May a session that counted on the days in `counted` ({kind: ISO day}) count `kind` today?"""
    if not isinstance(counted, Mapping):  # nothing yet, or an old marker from before this rule
        return True
    return counted.get(kind) != today.isoformat()


def marked(counted: Mapping[str, str] | None, kind: str, today: datetime.date) -> dict[str, str]:
    """The session's new marker after counting `kind` today (other days are dropped)."""
    day = today.isoformat()
    kept = {k: v for k, v in counted.items() if v == day} if isinstance(counted, Mapping) else {}
    return {**kept, kind: day}


def retention_cutoff(today: datetime.date, months: int) -> datetime.date:
    """Gap counts recorded on or before this day have passed their retention: the same day
    `months` earlier (the 31st becomes the shorter month's last day)."""
    return catalogue_rules.months_before(today, months)


# --- Writes ------------------------------------------------------------------------------------


def record_once(session: SessionBase, gaps: Iterable[Gap], today: datetime.date | None = None) -> int:
    """Count each gap unless this session already counted one of its kind today; how many counted."""
    today = today or timezone.localdate()
    counted = session.get(SESSION_KEY)
    recorded = 0
    for gap in gaps:
        if not may_record(counted, gap.kind, today):
            continue
        GapRecord.objects.create(
            region=Region.objects.filter(code=gap.region_code).first() if gap.region_code else None,
            benefit=gap.benefit,
            care=gap.care,
            wish=gap.wish,
            kind=gap.kind,
        )
        counted = marked(counted, gap.kind, today)
        recorded += 1
    if recorded:
        session[SESSION_KEY] = counted
    return recorded


def purge_before(cutoff: datetime.date) -> int:
    """Delete the gap counts recorded on or before `cutoff`; how many went."""
    deleted, _by_model = GapRecord.objects.filter(recorded_on__lte=cutoff).delete()
    return deleted
