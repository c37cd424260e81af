"""The catalogue as HSDS 3.0: every object valid against the official schemas, stable ids, a round trip."""

import datetime
import uuid

import pytest
from django.core.management import call_command

from opendata import tables
from opendata import taxonomy as tx
from opendata.mapping import Publisher, to_hsds
from opendata.nested import Nested
from opendata.reading import from_hsds
from opendata.tables import hsds_id, term_id
from programmes import models
from programmes.catalogue import Catalogue
from programmes.snapshot import build_catalogue
from programmes.vocabulary import ELIGIBILITY_CHOICES
from tests.opendata.conftest import example, response_schema, schema_errors

# Each flat table and the official schema of its rows.
ROW_SCHEMAS = {
    "organizations": "organization.json",
    "programs": "program.json",
    "services": "service.json",
    "attributes": "attribute.json",
    "contacts": "contact.json",
    "phones": "phone.json",
    "funding": "funding.json",
    "service_areas": "service_area.json",
    "languages": "language.json",
    "taxonomy_terms": "taxonomy_term.json",
    "cost_options": "cost_option.json",
    "taxonomies": "taxonomy.json",
}


@pytest.mark.parametrize(
    ("name", "reference"),
    [
        ("service_full.json", "compiled/service.json"),
        ("organization_full.json", "compiled/organization.json"),
        ("taxonomy_term.json", "taxonomy_term.json"),
        ("taxonomy.json", "taxonomy.json"),
        ("service_list.json", response_schema("/services")),
        ("organization_list.json", response_schema("/organizations")),
        ("taxonomy_list.json", response_schema("/taxonomies")),
        ("taxonomy_term_list.json", response_schema("/taxonomy_terms")),
        ("service_at_location_list.json", response_schema("/service_at_locations")),
    ],
)
def test_the_official_examples_pass_our_validator(name, reference):
    assert schema_errors(example(name), reference) == []


def test_our_validator_refuses_what_the_schema_forbids():
    service = example("service_full.json")
    broken = {**service, "id": "not-a-uuid", "status": "open", "email": "nobody"}
    broken.pop("name")

    errors = schema_errors(broken, "compiled/service.json")

    assert any(e.startswith("id:") for e in errors)
    assert any(e.startswith("status:") for e in errors)
    assert any(e.startswith("email:") for e in errors)
    assert any("'name' is a required property" in e for e in errors)


def all_objects(data):
    nested = Nested(data)
    for table, schema in ROW_SCHEMAS.items():
        for row in data.rows(table):
            yield row, schema
    for row in data.rows("services"):
        yield nested.service(row["id"]), "compiled/service.json"
        yield nested.service_item(row["id"]), "compiled/service_list.json"
    for row in data.rows("organizations"):
        yield nested.organization(row["id"], services="full"), "compiled/organization.json"
        yield nested.organization(row["id"], services="list"), "compiled/organization.json"
        yield row, "compiled/organization_list.json"
    for row in data.rows("taxonomy_terms"):
        yield nested.taxonomy_term(row["id"]), "taxonomy_term.json"


@pytest.mark.django_db
def test_every_exported_object_of_a_small_catalogue_is_valid_hsds(small_catalogue):
    data = to_hsds(build_catalogue(), Publisher(base_url="https://werkroute.example", assurer_email="a@b.nl"))

    problems = [
        (schema, obj.get("id"), error)
        for obj, schema in all_objects(data)
        for error in schema_errors(obj, schema)
    ]

    assert problems == []
    assert {
        name: len(rows) > 0 for name, rows in data.tables.items() if name not in {"contacts", "phones"}
    } == {name: True for name in tables.TABLES if name not in {"contacts", "phones"}}


@pytest.mark.django_db
def test_every_exported_object_of_the_real_catalogue_is_valid_hsds():
    call_command("loaddata", "catalogue", verbosity=0)
    data = to_hsds(build_catalogue())

    problems = [
        (schema, obj.get("id"), error)
        for obj, schema in all_objects(data)
        for error in schema_errors(obj, schema)
    ]

    assert problems == []
    assert len(data.rows("programs")) == models.Programme.objects.published().count()
    assert len(data.rows("services")) == models.Offering.objects.filter(programme__status="published").count()


@pytest.mark.django_db
def test_only_published_programmes_and_their_providers_are_exported(small_catalogue):
    data = to_hsds(build_catalogue())

    assert sorted(p["name"] for p in data.rows("programs")) == ["IPS Drechtsteden", "Jobcoaching"]
    assert sorted(o["name"] for o in data.rows("organizations")) == ["UWV", "Yulius"]
    assert {s["status"] for s in data.rows("services")} == {"active"}


def test_ids_are_uuid5_of_our_keys_and_do_not_change():
    # Published ids: if these change, every other directory loses track of our records.
    assert uuid.UUID("2bb4ebf1-4995-568f-b90c-55153d9c75c8") == tables.NAMESPACE
    assert hsds_id("program", "ips") == "cea506fa-8074-5bff-912a-532a16e07919"
    assert hsds_id("service", "ips", "yulius") != hsds_id("service", "ips", "uwv")


@pytest.mark.django_db
def test_a_service_carries_the_offering_and_the_programme(small_catalogue):
    data = to_hsds(build_catalogue(), Publisher(assurer_email="catalogus@werkroute.example"))
    service = Nested(data).service(hsds_id("service", "ips-drechtsteden", "yulius"))

    assert service["name"] == "IPS Drechtsteden"
    assert service["organization"]["name"] == "Yulius"
    assert service["organization"]["website"] == "https://www.yulius.nl"
    assert service["program"]["id"] == hsds_id("program", "ips-drechtsteden")
    assert service["minimum_age"] == 18
    assert service["maximum_age"] == 65
    assert service["assured_date"] == "2025-03-01"
    assert service["assurer_email"] == "catalogus@werkroute.example"
    assert (
        service["accreditations"]
        == "Databank Effectieve Interventies: Goed onderbouwd (geldig tot 2027-06-01)"
    )
    assert (
        "Ernst van de klachten: Ernstige en langdurige psychische problemen (EPA)."
        in service["eligibility_description"]
    )
    assert "Alleen voor cliënten van Yulius." in service["eligibility_description"]
    assert service["languages"][0]["code"] == "nl"
    assert [(a["name"], a["description"]) for a in service["service_areas"]] == [
        ("Drechtsteden", "Arbeidsmarktregio, CBS-code AM07"),
        ("Twente", "Arbeidsmarktregio, CBS-code AM31"),
    ]


def codes(attributes, link_type=None):
    return sorted(
        (a["taxonomy_term"]["code"], a.get("value"))
        for a in attributes
        if link_type in (None, a["link_type"])
    )


@pytest.mark.django_db
def test_the_stroomschema_dimensions_are_attributes_on_published_terms(small_catalogue):
    data = to_hsds(build_catalogue())
    service = Nested(data).service(hsds_id("service", "ips-drechtsteden", "yulius"))

    assert codes(service["attributes"], "eligibility") == [
        ("benefit:bijstand", None),
        ("benefit:ww", None),
        ("care:basic_ggz", None),
        ("care:specialist_ggz", None),
        ("care_at_provider", None),
        ("concern:mental", None),
        ("severity:severe", None),
        ("wish:paid_work_now", None),
    ]
    assert codes(service["attributes"], "classification") == [
        ("availability:offered", None), ("desk:provider", None), ("kind:ips", None),
    ]
    assert codes(service["attributes"], "evidence") == [("recognition:well_founded", "2027-06-01")]
    published_terms = {t["id"] for t in data.rows("taxonomy_terms")}
    assert {a["taxonomy_term_id"] for a in data.rows("attributes")} <= published_terms


@pytest.mark.django_db
def test_service_areas_carry_cbs_codes(small_catalogue):
    nested = Nested(to_hsds(build_catalogue()))

    def areas(programme, provider):
        service = nested.service(hsds_id("service", programme, provider))
        return [codes(area["attributes"]) for area in service["service_areas"]]

    assert areas("ips-drechtsteden", "yulius") == [[("area:region", "AM07")], [("area:region", "AM31")]]
    assert areas("ips-drechtsteden", "uwv") == [[("area:municipality", "GM0505")]]
    assert areas("jobcoaching", "uwv") == [[("area:national", None)]]


@pytest.mark.django_db
def test_funding_says_who_pays_per_benefit(small_catalogue):
    service = Nested(to_hsds(build_catalogue())).service(hsds_id("service", "jobcoaching", "uwv"))

    [funding] = service["funding"]
    assert funding["source"].startswith("UWV, uit ")
    assert ("benefit:wajong", None) in codes(funding["attributes"])
    assert ("payer", "UWV") in codes(funding["attributes"])
    [cost] = service["cost_options"]
    assert cost["option"] == "Met Wajong"
    assert cost["amount_description"].startswith("Betaald door UWV")


@pytest.mark.django_db
def test_a_contact_text_gives_a_contact_with_email_and_phone(small_catalogue):
    models.Offering.objects.filter(programme__slug="jobcoaching").update(
        contact="UWV Werkfit, werkfit@uwv.example of 088-898 2070"
    )
    service = Nested(to_hsds(build_catalogue())).service(hsds_id("service", "jobcoaching", "uwv"))

    assert service["email"] == "werkfit@uwv.example"
    [contact] = service["contacts"]
    assert contact["name"] == "UWV Werkfit, werkfit@uwv.example of 088-898 2070"
    assert [p["number"] for p in contact["phones"]] == ["088-898 2070"]
    assert [p["number"] for p in service["phones"]] == ["088-898 2070"]


@pytest.mark.parametrize(
    ("text", "emails", "phones"),
    [
        ("", [], []),
        ("Via de klantmanager", [], []),
        ("info@example.nl", ["info@example.nl"], []),
        ("Bel 0800-1234567 of +31 20 123 4567", [], ["0800-1234567", "+31 20 123 4567"]),
        ("Mail a.b@c.example, bel 088 123 45 67.", ["a.b@c.example"], ["088 123 45 67"]),
    ],
)
def test_emails_and_phone_numbers_in_a_contact_text(text, emails, phones):
    assert tables.emails_in(text) == emails
    assert tables.phones_in(text) == phones


def test_the_taxonomy_has_exactly_the_stroomschema_dimensions():
    assert {d.field: d.choices for d in tx.DIMENSIONS} == ELIGIBILITY_CHOICES


def test_every_term_code_is_unique_and_every_parent_exists():
    terms = tx.all_terms([])
    term_codes = [t.code for t in terms]
    assert len(term_codes) == len(set(term_codes))
    assert {t.parent for t in terms if t.parent} <= set(term_codes)
    assert len({term_id(code) for code in term_codes}) == len(term_codes)


@pytest.mark.django_db
def test_reading_the_export_back_gives_the_same_export(small_catalogue):
    models.Offering.objects.filter(programme__slug="jobcoaching").update(
        contact="werkfit@uwv.example",
        note="Landelijk via erkende jobcoaches.",
        url="https://www.uwv.example/jc",
    )
    catalogue = build_catalogue()
    data = to_hsds(catalogue)
    nested = Nested(data)

    imported = from_hsds(
        [nested.organization(o["id"]) for o in data.rows("organizations")],
        [nested.service(s["id"]) for s in data.rows("services")],
        data.rows("taxonomy_terms"),
    )
    again = Catalogue(
        programmes=imported.programmes, regions=catalogue.regions, municipalities=catalogue.municipalities
    )

    assert to_hsds(again).tables == data.tables


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, "Geen beperkingen: het traject staat voor iedereen open."),
        ({"min_age": 18}, "Leeftijd: vanaf 18 jaar."),
        ({"max_age": 27}, "Leeftijd: tot en met 27 jaar."),
        ({"benefits": frozenset({"ww", "bijstand"})}, "Uitkering: Bijstand (gemeente, Participatiewet); WW."),
    ],
)
def test_eligibility_in_words(fields, expected):
    from programmes.catalogue import KindData, ProgrammeData

    programme = ProgrammeData(slug="x", name="X", status="published", kind=KindData("k", "K"), **fields)
    assert tables.eligibility_text(programme) == expected


def test_no_date_is_published_for_an_unverified_offering():
    assert tables.iso_date(None) is None
    assert tables.iso_date(datetime.date(2026, 1, 2)) == "2026-01-02"
