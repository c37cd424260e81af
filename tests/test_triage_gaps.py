"""Counting gaps: once per session per day and kind, whatever the answers; kept for a while only."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command

from programmes import vocabulary as vocab
from triage import gaps
from triage.models import GapRecord

TODAY = datetime.date(2026, 11, 30)
NO_FIT, NOT_REACHED = vocab.GapKind.NO_FIT, vocab.GapKind.NOT_REACHED


@pytest.mark.parametrize(
    ("counted", "kind", "allowed"),
    [
        (None, NO_FIT, True),
        ({}, NO_FIT, True),
        ("3f2a9c0d1e4b5a6c", NO_FIT, True),  # the marker of the old rule (an answers fingerprint)
        ({NO_FIT: "2026-11-30"}, NO_FIT, False),
        ({NO_FIT: "2026-11-29"}, NO_FIT, True),  # yesterday's visit counted yesterday
        ({NO_FIT: "2026-11-30"}, NOT_REACHED, True),  # each kind once a day
        ({NO_FIT: "2026-11-30", NOT_REACHED: "2026-11-30"}, NOT_REACHED, False),
    ],
)
def test_a_session_counts_each_kind_at_most_once_a_day(counted, kind, allowed):
    assert gaps.may_record(counted, kind, TODAY) is allowed


def test_the_marker_keeps_only_today():
    assert gaps.marked({NO_FIT: "2026-11-29", NOT_REACHED: "2026-11-30"}, NO_FIT, TODAY) == {
        NO_FIT: "2026-11-30", NOT_REACHED: "2026-11-30",
    }
    assert gaps.marked({NO_FIT: "2026-11-29"}, NOT_REACHED, TODAY) == {NOT_REACHED: "2026-11-30"}
    assert gaps.marked("oud", NO_FIT, TODAY) == {NO_FIT: "2026-11-30"}


@pytest.mark.parametrize(
    ("today", "months", "cutoff"),
    [
        (datetime.date(2026, 11, 30), 24, datetime.date(2024, 11, 30)),
        (datetime.date(2026, 3, 31), 1, datetime.date(2026, 2, 28)),  # the 31st: the month's last day
        (datetime.date(2028, 3, 31), 1, datetime.date(2028, 2, 29)),
        (datetime.date(2026, 1, 15), 13, datetime.date(2024, 12, 15)),
        (datetime.date(2026, 1, 15), 0, datetime.date(2026, 1, 15)),
    ],
)
def test_retention_cutoff(today, months, cutoff):
    assert gaps.retention_cutoff(today, months) == cutoff


class Session(dict):
    """Enough of a session for record_once."""


def gap(**changes):
    return gaps.Gap(**{"region_code": None, "benefit": "ww", "care": "none", "wish": "skills", **changes})


@pytest.mark.django_db
def test_one_session_alternating_its_answers_counts_once_a_day():
    session = Session()
    recorded = [gaps.record_once(session, [gap(wish=wish)], TODAY) for wish in ["skills", "explore"] * 100]
    assert sum(recorded) == 1
    assert GapRecord.objects.count() == 1
    assert gaps.record_once(session, [gap(kind=NOT_REACHED), gap()], TODAY) == 1  # its kind: not yet today
    assert gaps.record_once(session, [gap()], TODAY + datetime.timedelta(days=1)) == 1
    assert GapRecord.objects.count() == 3
    assert set(GapRecord.objects.values_list("kind", flat=True)) == {NO_FIT, NOT_REACHED}


@pytest.mark.django_db
def test_starting_again_does_not_count_again(client):
    from tests.factories import small_catalogue
    from tests.helpers import give_answers

    small_catalogue()
    nothing_fits = {"concern": "none", "situation": "job_seeking", "benefit": "none", "wish": "education",
                    "municipality": "GM0505", "age": 30}
    for age in (30, 31, 32):
        give_answers(client, {**nothing_fits, "age": age})
        client.get("/resultaat")
        client.post("/opnieuw")
    # No benefit: also a visit of a group that is often not reached, its own kind, once as well.
    assert GapRecord.objects.filter(kind=NO_FIT).count() == 1
    assert GapRecord.objects.filter(kind=NOT_REACHED).count() == 1


@pytest.mark.django_db
def test_purge_removes_gap_counts_past_their_retention_and_cases_in_the_same_run(settings, monkeypatch):
    from django.utils import timezone

    settings.GAP_RETENTION_MONTHS = 24
    monkeypatch.setattr(timezone, "localdate", lambda: TODAY)
    for day in (datetime.date(2024, 11, 29), datetime.date(2024, 11, 30), datetime.date(2024, 12, 1)):
        record = GapRecord.objects.create(benefit="ww", wish="skills")
        GapRecord.objects.filter(pk=record.pk).update(recorded_on=day)  # auto_now_add: set it after
    out = StringIO()
    call_command("purge", "--dry-run", stdout=out)
    assert "2 tellingen zouden worden verwijderd (geteld op of voor 2024-11-30)." in out.getvalue()
    assert GapRecord.objects.count() == 3
    out = StringIO()
    call_command("purge", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].endswith("casussen verwijderd (bewaartermijn 24 maanden).")
    assert lines[1] == "2 tellingen zonder passend aanbod verwijderd (bewaartermijn 24 maanden)."
    assert list(GapRecord.objects.values_list("recorded_on", flat=True)) == [datetime.date(2024, 12, 1)]
