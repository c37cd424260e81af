"""purge_cases: cases go when CASE_RETENTION_MONTHS have passed since their last change."""

from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
from django.core.management import call_command

from casework.management.commands import purge_cases
from casework.models import Case
from tests.factories import make_professional

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 22, 3, 0, tzinfo=UTC)
CUTOFF = datetime(2024, 11, 22, 3, 0, tzinfo=UTC)  # 24 months before NOW


@pytest.fixture(autouse=True)
def _frozen_now(monkeypatch):
    monkeypatch.setattr(purge_cases.timezone, "now", lambda: NOW)


def case_changed_at(reference: str, moment: datetime) -> Case:
    case = Case.objects.create(owner=make_professional(f"pro-{reference}"), reference=reference)
    # auto_now sets updated_at on save; an update() sets the moment we want.
    Case.objects.filter(pk=case.pk).update(updated_at=moment)
    return case


def purge(*args) -> str:
    out = StringIO()
    call_command("purge_cases", *args, stdout=out)
    return out.getvalue()


def test_cases_are_purged_from_exactly_the_end_of_their_retention():
    case_changed_at("na", CUTOFF - timedelta(seconds=1))
    case_changed_at("precies", CUTOFF)
    case_changed_at("net-niet", CUTOFF + timedelta(seconds=1))
    case_changed_at("nieuw", NOW - timedelta(days=1))
    output = purge()
    assert output == "2 casussen verwijderd (bewaartermijn 24 maanden).\n"
    assert sorted(Case.objects.values_list("reference", flat=True)) == ["net-niet", "nieuw"]


def test_the_retention_comes_from_the_setting(settings):
    settings.CASE_RETENTION_MONTHS = 1
    case_changed_at("oud", datetime(2026, 10, 22, 3, 0, tzinfo=UTC))
    case_changed_at("jong", datetime(2026, 10, 22, 3, 1, tzinfo=UTC))
    assert purge() == "1 casussen verwijderd (bewaartermijn 1 maanden).\n"
    assert list(Case.objects.values_list("reference", flat=True)) == ["jong"]


def test_a_dry_run_counts_and_deletes_nothing():
    case_changed_at("oud", CUTOFF - timedelta(days=1))
    assert purge("--dry-run").startswith("1 casussen zouden worden verwijderd")
    assert Case.objects.count() == 1


def test_nothing_to_purge_says_zero():
    case_changed_at("nieuw", NOW)
    assert purge() == "0 casussen verwijderd (bewaartermijn 24 maanden).\n"


def test_a_change_restarts_the_retention(client):
    case = case_changed_at("oud", CUTOFF - timedelta(days=1))
    client.force_login(case.owner)
    client.post(f"/casussen/{case.key}/opslaan", {"step": "2", "chosen": "", "next_evaluation": "",
                                                   "agreements": "", "notes": "", "outcome": ""})
    assert purge() == "0 casussen verwijderd (bewaartermijn 24 maanden).\n"
