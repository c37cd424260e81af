"""The pure catalogue rules as tables, and the one rule that also exists in SQL kept equal to it."""

from datetime import UTC, date, datetime

import pytest

from programmes import rules
from programmes.catalogue import MunicipalityData, OfferingData, OrganisationData
from programmes.models import Programme
from tests.factories import ProgrammeFactory

TODAY = date(2026, 11, 22)
COACH = OrganisationData("coach", "Coachbureau", "other")
DORDRECHT = MunicipalityData("GM0505", "Dordrecht", "AM07")

# --- Does an offering reach a gemeente? --------------------------------------------------------------


@pytest.mark.parametrize(
    ("scope", "regions", "municipalities", "reached"),
    [
        pytest.param("national", set(), set(), True, id="national"),
        pytest.param("regions", {"AM07"}, set(), True, id="its-region"),
        pytest.param("regions", {"AM12"}, set(), False, id="another-region"),
        pytest.param("municipalities", set(), {"GM0505"}, True, id="listed-gemeente"),
        pytest.param("municipalities", set(), {"GM0482"}, False, id="other-gemeente"),
        # The scope decides: a region list on a municipal offering counts for nothing.
        pytest.param("municipalities", {"AM07"}, {"GM0482"}, False, id="scope-wins-over-regions"),
        pytest.param("regions", {"AM12"}, {"GM0505"}, False, id="scope-wins-over-gemeenten"),
        pytest.param("elsewhere", {"AM07"}, {"GM0505"}, False, id="unknown-scope"),
    ],
)
def test_an_offering_reaches_a_gemeente_by_its_scope(scope, regions, municipalities, reached):
    offering = OfferingData(COACH, scope, frozenset(regions), frozenset(municipalities))
    assert rules.reaches(offering, DORDRECHT) is reached


# --- Programmes that need a check ------------------------------------------------------------------

R = rules.CheckReason


@pytest.mark.parametrize(
    ("status", "last_verified", "valid_until", "reasons"),
    [
        ("published", TODAY, None, []),
        ("published", date(2026, 5, 22), None, []),  # exactly six months: not yet
        ("published", date(2026, 5, 21), None, [R.VERIFIED_LONG_AGO]),
        ("published", None, None, [R.NEVER_VERIFIED]),
        ("published", TODAY, date(2026, 11, 22), []),  # valid through today
        ("published", TODAY, date(2026, 11, 21), [R.RECOGNITION_EXPIRED]),
        ("published", date(2020, 1, 1), date(2021, 1, 1), [R.VERIFIED_LONG_AGO, R.RECOGNITION_EXPIRED]),
        ("concept", None, None, [R.NEVER_VERIFIED]),
        # Ended programmes are never recommended again: nothing to keep up to date.
        ("ended", None, date(2021, 1, 1), []),
    ],
)
def test_why_a_programme_needs_a_check(status, last_verified, valid_until, reasons):
    found = rules.check_reasons(
        status=status, last_verified=last_verified, recognition_valid_until=valid_until, today=TODAY
    )
    assert [check.reason for check in found] == reasons


def test_a_check_names_the_date_it_is_about():
    (stale, expired) = rules.check_reasons(
        status="published", last_verified=date(2024, 3, 5), recognition_valid_until=date(2026, 1, 31),
        today=TODAY,
    )
    assert stale.since == date(2024, 3, 5)
    assert expired.since == date(2026, 1, 31)


def test_a_year_before_29_february_is_28_february():
    assert rules.year_before(date(2028, 2, 29)) == date(2027, 2, 28)


@pytest.mark.parametrize(
    ("today", "months", "expected"),
    [
        (date(2026, 11, 22), 6, date(2026, 5, 22)),
        (date(2026, 8, 31), 6, date(2026, 2, 28)),  # February has no 31st: its last day
        (date(2028, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2026, 1, 15), 3, date(2025, 10, 15)),  # across the year
        (date(2026, 1, 15), 0, date(2026, 1, 15)),
        (date(2026, 1, 15), 13, date(2024, 12, 15)),  # more than a year
        # A moment keeps its time of day (the retention of cases):
        (datetime(2026, 11, 22, 3, 0, tzinfo=UTC), 24, datetime(2024, 11, 22, 3, 0, tzinfo=UTC)),
        (datetime(2028, 3, 31, 23, 59, tzinfo=UTC), 1, datetime(2028, 2, 29, 23, 59, tzinfo=UTC)),
    ],
)
def test_months_before(today, months, expected):
    assert rules.months_before(today, months) == expected
    assert type(rules.months_before(today, months)) is type(today)


@pytest.mark.parametrize(
    ("last_verified", "months", "stale"),
    [
        (None, 6, True),
        (date(2026, 5, 22), 6, False),
        (date(2026, 5, 21), 6, True),
        (date(2026, 5, 21), 12, False),  # the setting decides
        (date(2025, 11, 21), 12, True),
    ],
)
def test_a_verification_holds_for_the_configured_months(last_verified, months, stale):
    assert rules.is_stale(last_verified, date(2026, 11, 22), months) is stale


CHECK_CASES = [
    ("published", TODAY, None),
    ("published", date(2026, 5, 22), None),
    ("published", date(2026, 5, 21), None),
    ("published", None, None),
    ("published", TODAY, date(2026, 11, 21)),
    ("concept", None, None),
    ("concept", TODAY, None),
    ("ended", None, None),
    ("ended", date(2020, 1, 1), date(2021, 1, 1)),
]


@pytest.mark.django_db
def test_the_admins_query_and_the_rule_agree_ended_programmes_included():
    for n, (status, last_verified, valid_until) in enumerate(CHECK_CASES):
        ProgrammeFactory(
            slug=f"p-{n}", status=status, last_verified=last_verified, recognition_valid_until=valid_until
        )
    in_sql = set(Programme.objects.needing_check(TODAY).values_list("slug", flat=True))
    by_rule = {
        p.slug
        for p in Programme.objects.all()
        if rules.check_reasons(
            status=p.status, last_verified=p.last_verified, recognition_valid_until=p.recognition_valid_until,
            today=TODAY,
        )
    }
    assert in_sql == by_rule
    assert in_sql == {"p-2", "p-3", "p-4", "p-5"}


# --- Publishing ----------------------------------------------------------------------------------------

P = rules.PublishProblem


@pytest.mark.parametrize(
    ("was", "sources", "problems"),
    [
        (None, 1, []),
        ("concept", 2, []),
        ("published", 1, []),
        ("concept", 0, [P.NO_SOURCE]),
        ("ended", 1, [P.ENDED]),
        ("ended", 0, [P.ENDED, P.NO_SOURCE]),
    ],
)
def test_what_stands_in_the_way_of_publishing(was, sources, problems):
    assert list(rules.publish_problems(was=was, sources=sources)) == problems


def test_every_publish_problem_has_a_dutch_message():
    assert set(rules.PUBLISH_MESSAGES) == set(rules.PublishProblem)


@pytest.mark.parametrize(("expected", "current", "stale"), [(3, 3, False), (2, 3, True), (None, 1, True)])
def test_an_edit_from_an_older_version_is_stale(expected, current, stale):
    assert rules.is_stale_edit(expected, current) is stale


@pytest.mark.parametrize(
    ("contact", "phone", "url", "desk", "has"),
    [
        ("Vraag uw behandelaar bij Yulius.", "", "", "provider", True),
        ("", "010 123 45 67", "", "provider", True),
        ("", "", "https://example.org", "provider", True),
        ("", "", "", "gemeente", True),
        ("", "", "", "uwv", True),
        ("", "", "", "treatment", True),
        ("", "", "", "provider", False),
        ("  ", "", "", "provider", False),
    ],
)
def test_an_offering_has_a_contact_route(contact, phone, url, desk, has):
    assert rules.has_contact_route(contact=contact, phone=phone, url=url, desk=desk) is has


@pytest.mark.parametrize(
    ("message", "noun", "expected"),
    [
        ("De traject ‘IPS’ is met succes gewijzigd.", "traject",
         "Het traject ‘IPS’ is met succes gewijzigd."),
        ("De aanbod ‘IPS – Yulius’ is met succes toegevoegd.", "aanbod",
         "Het aanbod ‘IPS – Yulius’ is met succes toegevoegd."),
        ("De traject ‘IPS’ is met succes gewijzigd. U kunt deze hieronder nogmaals bewerken.", "traject",
         "Het traject ‘IPS’ is met succes gewijzigd. U kunt het hieronder nogmaals bewerken."),
        ("De organisatie ‘Yulius’ is met succes gewijzigd.", "organisatie",
         "De organisatie ‘Yulius’ is met succes gewijzigd."),
        ("De bron ‘seed 003’ is met succes verwijderd.", "bron",
         "De bron ‘seed 003’ is met succes verwijderd."),
    ],
)
def test_admin_messages_use_het_for_het_words(message, noun, expected):
    assert rules.with_article(message, noun) == expected


@pytest.mark.parametrize(
    ("is_draft", "was", "allowed"),
    [
        (True, "published", True),  # a draft of a published programme: publishing it asks the reason
        (True, "concept", True),
        (False, "published", True),  # stays published (its edits go into a draft anyway)
        (False, "concept", False),  # a concept is published on the effect page, with a reason
        (False, None, False),  # so is a new programme
        (False, "ended", False),
    ],
)
def test_the_admin_form_publishes_only_through_a_draft(is_draft, was, allowed):
    assert rules.admin_form_may_publish(is_draft=is_draft, was=was) is allowed


@pytest.mark.parametrize(
    ("current", "earlier", "expected"),
    [
        ({"name": "A", "website": "x"}, {"name": "A", "website": "x"}, ()),
        ({"name": "B", "website": "x"}, {"name": "A", "website": "x"}, ("name",)),
        ({"name": "B", "website": ""}, {"name": "A", "website": "x"}, ("name", "website")),
        ({"studies_count": None}, {"studies_count": 0}, ("studies_count",)),  # None is not 0
        ({}, {"name": "A"}, ("name",)),  # a field the current row lacks is restored
        ({"name": "A", "extra": 1}, {"name": "A"}, ()),  # only what the earlier version holds
    ],
)
def test_fields_to_restore_are_the_ones_that_differ(current, earlier, expected):
    assert rules.fields_to_restore(current, earlier) == expected


@pytest.mark.parametrize(
    ("version_of", "reason", "expected"),
    [
        ("01-12-2026 09:30", "Naam fout.", "Versie van 01-12-2026 09:30 hersteld. Naam fout."),
        ("01-12-2026 09:30", "  Spaties weg  ", "Versie van 01-12-2026 09:30 hersteld. Spaties weg"),
    ],
)
def test_restore_reason_names_the_version_and_keeps_the_reason(version_of, reason, expected):
    assert rules.restore_reason(version_of=version_of, reason=reason) == expected
