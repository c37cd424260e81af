"""Counting a "witte vlek": a situation for which nothing fitted, anonymously, for the curators.

Only region, benefit, care and wish are kept: no age, no gemeente, nothing that points to a person.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.contrib.sessions.backends.base import SessionBase

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


def gap_of(answers: Mapping[str, Any], outcome: MatchResult) -> Gap | None:
    """The situation to count, or None when something fitted."""
    if not outcome.gap:
        return None
    return Gap(
        region_code=outcome.region.code if outcome.region else None,
        benefit=str(answers.get("benefit", "")),
        care=str(answers.get("care", "")),
        wish=str(answers.get("wish", "")),
    )


def fingerprint(answers: Mapping[str, Any]) -> str:
    return hashlib.sha256(json.dumps(dict(answers), sort_keys=True, default=str).encode()).hexdigest()[:16]


def record_once(session: SessionBase, answers: Mapping[str, Any], gap: Gap) -> bool:
    """Count the gap, unless this session already counted these same answers (a reload)."""
    marker = fingerprint(answers)
    if session.get(SESSION_KEY) == marker:
        return False
    GapRecord.objects.create(
        region=Region.objects.filter(code=gap.region_code).first() if gap.region_code else None,
        benefit=gap.benefit,
        care=gap.care,
        wish=gap.wish,
    )
    session[SESSION_KEY] = marker
    return True


def forget(session: SessionBase) -> None:
    session.pop(SESSION_KEY, None)
