"""export_hsds writes valid HSDS (JSON and CSV with datapackage.json); import_hsds reads it back exactly."""

import csv
import io
import json
import re
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from opendata import tabular
from opendata.tables import TABLES
from programmes import models
from programmes.snapshot import build_catalogue
from tests.opendata.conftest import empty_the_catalogue, export, run_import, schema_errors

pytestmark = pytest.mark.django_db

LIST_SCHEMAS = {
    "services.json": "compiled/service.json",
    "organizations.json": "compiled/organization.json",
    "taxonomies.json": "taxonomy.json",
    "taxonomy_terms.json": "taxonomy_term.json",
}


def without_times(value):
    if isinstance(value, dict):
        return {k: without_times(v) for k, v in value.items() if k != "last_modified"}
    if isinstance(value, list):
        return [without_times(v) for v in value]
    return value


def contents(folder) -> dict:
    """Every exported file, parsed, without last_modified (an import is a change, so it sets that anew)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".json":
            found[path.relative_to(folder).as_posix()] = without_times(json.loads(path.read_text("utf-8")))
        elif path.suffix == ".csv":
            rows = list(csv.DictReader(io.StringIO(path.read_text("utf-8"))))
            found[path.relative_to(folder).as_posix()] = without_times(rows)
    return found


def test_every_object_in_the_exported_json_is_valid_hsds(small_catalogue, tmp_path):
    folder = export(tmp_path / "hsds", "--base-url", "https://wr.example", "--assurer-email", "a@b.example")

    problems = [
        (name, obj.get("id"), error)
        for name, schema in LIST_SCHEMAS.items()
        for obj in json.loads((folder / name).read_text("utf-8"))
        for error in schema_errors(obj, schema)
    ]

    assert problems == []
    assert len(json.loads((folder / "services.json").read_text("utf-8"))) == 3


def test_the_tabular_form_has_a_csv_per_table_described_by_datapackage_json(small_catalogue, tmp_path):
    folder = export(tmp_path / "hsds")
    package = json.loads((folder / "csv" / "datapackage.json").read_text("utf-8"))

    assert [r["path"] for r in package["resources"]] == [tabular.file_name(t) for t in TABLES]
    for resource in package["resources"]:
        text = (folder / "csv" / resource["path"]).read_text("utf-8")
        rows = list(csv.DictReader(io.StringIO(text)))
        assert next(csv.reader(io.StringIO(text))) == [f["name"] for f in resource["schema"]["fields"]]
        for row in rows:
            for field in resource["schema"]["fields"]:
                if field["constraints"]["required"]:
                    assert row[field["name"]], (resource["path"], field["name"])
    services = list(csv.DictReader(io.StringIO((folder / "csv" / "services.csv").read_text("utf-8"))))
    assert {s["status"] for s in services} == {"active"}


def test_each_csv_row_is_a_valid_hsds_object(small_catalogue, tmp_path):
    folder = export(tmp_path / "hsds")
    package = json.loads((folder / "csv" / "datapackage.json").read_text("utf-8"))
    problems = []
    for resource in package["resources"]:
        types = {f["name"]: f["type"] for f in resource["schema"]["fields"]}
        for row in csv.DictReader(io.StringIO((folder / "csv" / resource["path"]).read_text("utf-8"))):
            obj = {k: (float(v) if types[k] == "number" else v) for k, v in row.items() if v != ""}
            problems += [(resource["path"], e) for e in schema_errors(obj, f"{resource['name']}.json")]
    assert problems == []


def test_export_then_import_into_an_empty_database_gives_the_same_catalogue(small_catalogue, tmp_path):
    models.Offering.objects.filter(programme__slug="jobcoaching").update(
        contact="Jobcoach UWV, jc@uwv.example, 088-898 2070", note="Landelijk.", url="https://uwv.example/jc"
    )
    before = build_catalogue()
    first = export(tmp_path / "first")
    empty_the_catalogue()

    report = run_import(first)

    assert "2 trajecten met 3 keer aanbod, 2 organisaties, 2 soorten ondersteuning" in report
    assert contents(export(tmp_path / "second")) == contents(first)
    after = build_catalogue()
    for slug in ("ips-drechtsteden", "jobcoaching"):
        old, new = before.programme(slug), after.programme(slug)
        for name in ("name", "summary", "description", "concerns", "care", "severities", "situations",
                     "benefits", "wishes", "min_age", "max_age", "duration", "intensity", "how_to_apply",
                     "how_to_refer", "recognition_level", "recognition_valid_until", "evidence_summary",
                     "source_caveat", "last_verified"):
            assert getattr(new, name) == getattr(old, name), (slug, name)
        assert [c.question for c in new.conditions] == [c.question for c in old.conditions]
        assert [(f.benefit, f.payer, f.budget, f.applicant, f.legal_basis, f.note) for f in new.funding] == [
            (f.benefit, f.payer, f.budget, f.applicant, f.legal_basis, f.note) for f in old.funding
        ]
        strip = [
            (o.provider.slug, o.provider.name, o.provider.kind, o.provider.website, o.scope, o.region_codes,
             o.municipality_codes, o.requires_care_at_provider, o.contact, o.url, o.note, o.last_verified)
            for o in sorted(old.offerings, key=lambda o: o.provider.slug)
        ]
        assert [
            (o.provider.slug, o.provider.name, o.provider.kind, o.provider.website, o.scope, o.region_codes,
             o.municipality_codes, o.requires_care_at_provider, o.contact, o.url, o.note, o.last_verified)
            for o in sorted(new.offerings, key=lambda o: o.provider.slug)
        ] == strip
    assert after.programme("pilot-2013") is None  # ended and concept programmes are not published
    assert after.programme("idee") is None


def test_the_real_catalogue_survives_the_round_trip(tmp_path):
    call_command("loaddata", "catalogue", verbosity=0)
    first = export(tmp_path / "first")
    empty_the_catalogue()

    run_import(first)

    assert contents(export(tmp_path / "second")) == contents(first)
    published = sum(1 for row in json.loads(Path("fixtures/catalogue.json").read_text("utf-8"))
                    if row["model"] == "programmes.programme" and row["fields"]["status"] == "published")
    assert models.Programme.objects.count() == models.Programme.objects.published().count() == published


def test_import_refuses_a_catalogue_that_is_not_empty_and_changes_nothing(small_catalogue, tmp_path):
    folder = export(tmp_path / "hsds")
    count = models.Programme.objects.count()

    with pytest.raises(CommandError, match="niet leeg"):
        run_import(folder)

    assert models.Programme.objects.count() == count


def test_import_refuses_unknown_cbs_codes_and_leaves_nothing_behind(small_catalogue, tmp_path):
    folder = export(tmp_path / "hsds")
    empty_the_catalogue()
    models.Municipality.objects.filter(region__code="AM31").delete()
    models.Region.objects.filter(code="AM31").delete()

    with pytest.raises(CommandError, match="Onbekende CBS-codes: AM31"):
        run_import(folder)

    assert not models.Organisation.objects.exists()
    assert not models.SupportKind.objects.exists()


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("services.json", None, "services.json ontbreekt"),
        ("services.json", "{", "niet lezen als JSON"),
        ("services.json", '{"a": 1}', "JSON-lijst van objecten"),
        ("services.json", '[{"name": "x"}]', "hoort bij geen programma"),
        ("services.json", '[{"program": 3}]', "hoort bij geen programma"),
        ("organizations.json", '[{"id": "x"}]', "geen Werkroute-sleutel"),
    ],
)
def test_import_explains_a_broken_export_in_dutch(small_catalogue, tmp_path, name, text, message):
    folder = export(tmp_path / "hsds")
    empty_the_catalogue()
    if text is None:
        (folder / name).unlink()
    else:
        (folder / name).write_text(text, encoding="utf-8")

    with pytest.raises(CommandError, match=message):
        run_import(folder)

    assert not models.Organisation.objects.exists()


WORKING_NOTES = re.compile(r"\bseed\b|\br\. ?\d|\bTabel \d", re.IGNORECASE)


def test_the_export_of_the_real_catalogue_contains_no_working_notes(tmp_path):
    call_command("loaddata", "catalogue", verbosity=0)
    folder = export(tmp_path / "hsds")

    found = {path.name for path in folder.rglob("*.*") if WORKING_NOTES.search(path.read_text("utf-8"))}

    assert found == set()
