"""Export and import of the whole catalogue as JSON with natural keys."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from programmes import models
from programmes.management.commands.export_catalogue import CATALOGUE_MODELS
from programmes.snapshot import build_catalogue
from tests.catalogue_factories import MunicipalityAliasFactory, full_programme
from tests.factories import MunicipalityFactory, OrganisationFactory, RegionFactory, SupportKindFactory
from tests.helpers import load_shipped_catalogue

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue():
    drechtsteden = RegionFactory(code="AM07", name="Drechtsteden")
    twente = RegionFactory(code="AM31", name="Twente")
    dordrecht = MunicipalityFactory(code="GM0505", name="Dordrecht", region=drechtsteden)
    enschede = MunicipalityFactory(code="GM0153", name="Enschede", region=twente)
    MunicipalityAliasFactory(alias="Dordt", municipality=dordrecht)
    MunicipalityAliasFactory(alias="Bergen", municipality=dordrecht)
    MunicipalityAliasFactory(alias="Bergen", municipality=enschede)
    yulius = OrganisationFactory(slug="yulius", name="Yulius", website="https://www.yulius.nl")
    uwv = OrganisationFactory(slug="uwv", name="UWV", kind="uwv")
    ips = SupportKindFactory(slug="ips", name="IPS", median_paid_work_pct="55.0", studies_count=27, order=1)
    full_programme(
        "ips-drechtsteden", kind=ips, concerns=["mental"], severities=["severe"], min_age=18, max_age=65,
        offerings=[
            (yulius, "regions", [drechtsteden, twente], [], True),
            (uwv, "municipalities", [], [dordrecht, enschede], False),
        ],
    )
    full_programme("jobcoaching", benefits=[], offerings=[(uwv, "national", [], [], False)])
    full_programme("pilot-2013", kind=ips, status="ended", period="2013–2015")
    full_programme("idee", status="concept")


def export(tmp_path, name="catalogus.json"):
    path = tmp_path / name
    call_command("export_catalogue", "--output", str(path), stderr=io.StringIO())
    return path


def canonical(path) -> list[dict]:
    """The exported objects without their timestamps (an import is a change, so it sets them anew)."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    for row in rows:
        row["fields"].pop("updated_at", None)
    return rows


def empty_the_catalogue():
    for model in reversed(CATALOGUE_MODELS):
        model.objects.all().delete()


def catalogue_is_empty() -> bool:
    return not any(model.objects.exists() for model in CATALOGUE_MODELS)


def run_import(path, *args) -> str:
    out = io.StringIO()
    call_command("import_catalogue", str(path), *args, stdout=out)
    return out.getvalue()


def test_export_then_import_into_an_empty_database_gives_the_same_catalogue(catalogue, tmp_path):
    before = build_catalogue()
    exported = export(tmp_path)
    empty_the_catalogue()
    assert catalogue_is_empty()

    report = run_import(exported)

    assert build_catalogue() == before
    assert canonical(export(tmp_path, "opnieuw.json")) == canonical(exported)
    assert "trajecten: 4 nieuw, 0 bijgewerkt" in report
    assert "andere namen van gemeenten: 3 nieuw, 0 bijgewerkt" in report


def test_export_uses_natural_keys_in_dependency_order(catalogue):
    out = io.StringIO()
    call_command("export_catalogue", stdout=out)
    rows = json.loads(out.getvalue())
    order = [row["model"] for row in rows]
    assert order.index("programmes.region") < order.index("programmes.municipality")
    assert order.index("programmes.supportkind") < order.index("programmes.programme")
    assert order.index("programmes.programme") < order.index("programmes.offering")
    assert order.index("programmes.offering") < order.index("programmes.source")
    assert all("pk" not in row for row in rows)
    offering = next(
        row for row in rows if row["model"] == "programmes.offering" and row["fields"]["scope"] == "regions"
    )
    assert offering["fields"]["programme"] == ["ips-drechtsteden"]
    assert offering["fields"]["regions"] == [["AM07"], ["AM31"]]
    funding = [row["fields"]["programme"] for row in rows if row["model"] == "programmes.funding"]
    assert ["ips-drechtsteden"] in funding


def test_export_can_be_read_by_loaddata(catalogue, tmp_path):
    before = build_catalogue()
    exported = export(tmp_path)
    empty_the_catalogue()
    call_command("loaddata", str(exported), verbosity=0)
    assert build_catalogue() == before


def test_importing_again_updates_instead_of_duplicating(catalogue, tmp_path):
    exported = export(tmp_path)
    programmes = models.Programme.objects.count()
    report = run_import(exported)
    assert models.Programme.objects.count() == programmes
    assert "trajecten: 0 nieuw, 4 bijgewerkt" in report


def test_import_is_recorded_in_history(catalogue, tmp_path):
    exported = export(tmp_path)
    empty_the_catalogue()
    run_import(exported)
    record = models.Programme.objects.get(slug="jobcoaching").history.get()
    assert record.history_change_reason == "import uit catalogus.json"
    assert record.history_type == "+"


def test_replace_removes_what_is_not_in_the_file(catalogue, tmp_path):
    exported = export(tmp_path)
    full_programme("later-toegevoegd")
    report = run_import(exported, "--replace")
    assert not models.Programme.objects.filter(slug="later-toegevoegd").exists()
    assert models.Programme.objects.count() == 4
    assert "trajecten: 0 nieuw, 4 bijgewerkt, 1 verwijderd" in report


def broken(rows, mutate) -> list[dict]:
    rows = json.loads(json.dumps(rows))
    mutate(rows)
    return rows


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        # The last source points at a programme that is not there.
        (lambda rows: rows[-1]["fields"].update(programme=["bestaat-niet"]), "past niet bij de catalogus"),
        # A programme with a benefit outside the vocabulary.
        (
            lambda rows: next(r for r in rows if r["model"] == "programmes.programme")["fields"].update(
                benefits=["loterij"]
            ),
            "moet een lijst zijn met alleen",
        ),
        # A status the model does not know.
        (
            lambda rows: next(r for r in rows if r["model"] == "programmes.programme")["fields"].update(
                status="misschien"
            ),
            "klopt niet",
        ),
        # An offering in a region that does not exist.
        (
            lambda rows: next(r for r in rows if r["model"] == "programmes.offering")["fields"].update(
                regions=[["AM99"]]
            ),
            "past niet bij de catalogus",
        ),
        # Something that is not catalogue at all.
        (
            lambda rows: rows.append({"model": "auth.user", "fields": {"username": "x"}}),
            "meer dan de catalogus",
        ),
    ],
)
def test_a_broken_file_imports_nothing(catalogue, tmp_path, mutate, message):
    rows = json.loads(export(tmp_path).read_text(encoding="utf-8"))
    empty_the_catalogue()
    path = tmp_path / "kapot.json"
    path.write_text(json.dumps(broken(rows, mutate)), encoding="utf-8")
    with pytest.raises(CommandError, match=message) as error:
        run_import(path)
    assert "niets" in str(error.value)
    assert catalogue_is_empty()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[{"model": "programmes.region", "fields": {"code": "AM07"', "geen geldige JSON"),
        ('{"model": "programmes.region"}', "JSON-lijst van objecten"),
    ],
)
def test_a_file_that_is_not_a_catalogue_imports_nothing(tmp_path, content, message):
    path = tmp_path / "kapot.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        run_import(path)
    assert catalogue_is_empty()


def test_a_missing_file_is_reported(tmp_path):
    with pytest.raises(CommandError, match="Bestand niet gevonden"):
        run_import(tmp_path / "weg.json")


def test_the_shipped_catalogue_survives_export_and_import(tmp_path, settings):
    fixture = settings.BASE_DIR / "fixtures" / "catalogue.json"
    if fixture.exists():
        load_shipped_catalogue()
    else:
        # Before the fixture exists, the same round trip on a factory-made catalogue.
        full_programme("ips", offerings=[(OrganisationFactory(), "national", [], [], False)])
    before = build_catalogue()
    assert before.programmes
    exported = export(tmp_path)
    empty_the_catalogue()
    run_import(exported)
    assert build_catalogue() == before
