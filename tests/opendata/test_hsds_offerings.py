"""What an offering says of its own in HSDS: the eligibility that applies at that provider (the programme's,
narrowed), its availability, the desk a person goes through, its phone, its own conditions, and the answers
that settle a condition; and all of it comes back from an export into an empty catalogue."""

import json

import pytest
from django.core.management import call_command

from opendata.mapping import to_hsds
from opendata.nested import Nested
from opendata.tables import hsds_id
from programmes.snapshot import build_catalogue
from tests.opendata.conftest import empty_the_catalogue, export, run_import, schema_errors

pytestmark = pytest.mark.django_db


def codes(attributes, parent):
    return sorted((a["taxonomy_term"]["code"], a.get("value")) for a in attributes
                  if a["taxonomy_term"]["code"].split(":")[0] == parent)


@pytest.fixture
def catalogue():
    call_command("loaddata", "catalogue", verbosity=0)
    return build_catalogue()


def test_a_service_carries_the_eligibility_that_applies_at_its_provider(catalogue):
    nested = Nested(to_hsds(catalogue))
    yulius = nested.service(hsds_id("service", "werk-als-beste-zorg", "yulius"))
    mediant = nested.service(hsds_id("service", "werk-als-beste-zorg", "mediant"))
    assert codes(yulius["attributes"], "severity") == [("severity:severe", None)]  # narrowed at Yulius
    assert codes(mediant["attributes"], "severity") == []  # as the programme: open on severity
    assert yulius["minimum_age"] == 18
    assert "18" in yulius["eligibility_description"]
    assert schema_errors(yulius, "compiled/service.json") == []


def test_a_service_says_whether_it_is_offered_and_through_which_desk(catalogue):
    nested = Nested(to_hsds(catalogue))
    yulius = nested.service(hsds_id("service", "ips", "yulius"))
    assert codes(yulius["attributes"], "availability") == [("availability:not_offered", None)]
    assert codes(yulius["attributes"], "desk") == [("desk:treatment", None)]
    assert yulius["status"] == "inactive"
    uwv = nested.service(hsds_id("service", "jobcoaching", "uwv"))
    assert codes(uwv["attributes"], "availability") == [("availability:offered", None)]
    assert codes(uwv["attributes"], "desk") == [("desk:uwv", None)]
    assert uwv["status"] == "active"


def test_a_condition_and_the_answers_that_settle_it_are_attributes(catalogue):
    nested = Nested(to_hsds(catalogue))
    uwv = nested.service(hsds_id("service", "jobcoaching", "uwv"))
    assert next(value for _, value in codes(uwv["attributes"], "condition")).startswith("Ziektewet")
    (settled,) = [json.loads(value) for _, value in codes(uwv["attributes"], "condition_settled_by")]
    assert settled["condition"] == 1
    assert settled["question"] == "benefit"
    assert "ziektewet" not in settled["answers"]
    assert "wajong" in settled["answers"]


def test_everything_an_offering_says_comes_back_from_an_export(catalogue, tmp_path):
    def own(snapshot):
        return {
            (p.slug, o.provider.slug): (
                o.availability, o.desk, o.contact, o.contact_professional, o.phone, o.concerns, o.care,
                o.severities, o.situations, o.benefits, o.wishes, o.min_age, o.max_age,
                [(c.question, c.settled_by) for c in o.conditions],
            )
            for p in snapshot.programmes if p.status == "published" for o in p.offerings
        }

    def conditions(snapshot):
        return {p.slug: [(c.question, c.settled_by) for c in p.conditions]
                for p in snapshot.programmes if p.status == "published"}

    before = catalogue
    first = export(tmp_path / "first")
    empty_the_catalogue()
    run_import(first)
    after = build_catalogue()
    assert own(after) == own(before)
    assert conditions(after) == conditions(before)
    assert any(settled for rows in conditions(before).values() for _, settled in rows)
    assert any(row[0] != "offered" for row in own(before).values())
    assert any(row[3] for row in own(before).values())  # a contact worded for professionals
