"""Counting, anonymously for the curators, a "witte vlek" (a situation for which nothing fitted) and
a visit of the groups the research says are often not reached (EPA without care; no benefit).

Only region, benefit, care and wish are kept: no age, no gemeente, nothing that points to a person.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.contrib.sessions.backends.base import SessionBase

from programmes import vocabulary as vocab
from programmes.models import Region
from triage.models import GapRecord
from triage.outcome import MatchResult

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


def fingerprint(answers: Mapping[str, Any]) -> str:
    return hashlib.sha256(json.dumps(dict(answers), sort_keys=True, default=str).encode()).hexdigest()[:16]


def record_once(session: SessionBase, answers: Mapping[str, Any], gaps: list[Gap]) -> bool:
    """Count the gaps, unless this session already counted these same answers (a reload)."""
    marker = fingerprint(answers)
    if not gaps or session.get(SESSION_KEY) == marker:
        return False
    for gap in gaps:
        GapRecord.objects.create(
            region=Region.objects.filter(code=gap.region_code).first() if gap.region_code else None,
            benefit=gap.benefit,
            care=gap.care,
            wish=gap.wish,
            kind=gap.kind,
        )
    session[SESSION_KEY] = marker
    return True


def forget(session: SessionBase) -> None:
    session.pop(SESSION_KEY, None)
