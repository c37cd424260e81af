"""HSDS schema validation against our vendored copy of the standard (opendata/hsds_standard), offline.

Each schema is registered under its upstream address, so both the schemas' relative `$ref`s
("phone.json") and openapi.json's absolute ones resolve to the local files, never to the network.
"""

import datetime
import gzip
import io
import json
from functools import cache
from pathlib import Path

import pytest
from django.core.management import call_command
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

STANDARD = Path(__file__).resolve().parents[2] / "opendata" / "hsds_standard"
UPSTREAM = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"


def _load(path: Path):
    if path.suffix == ".gz":
        return json.loads(gzip.decompress(path.read_bytes()))
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def registry() -> Registry:
    resources = []
    for path in sorted((STANDARD / "schema").rglob("*.json*")):
        relative = path.relative_to(STANDARD / "schema").as_posix().removesuffix(".gz")
        resources.append((UPSTREAM + relative, Resource.from_contents(_load(path), DRAFT202012)))
    return Registry().with_resources(resources)


@cache
def validator(reference: str) -> Draft202012Validator:
    """reference: a schema file ("service.json", "compiled/service.json") or "openapi.json#<pointer>"."""
    return Draft202012Validator(
        {"$ref": UPSTREAM + reference},
        registry=registry(),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def schema_errors(instance, reference: str) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}"
        for error in validator(reference).iter_errors(instance)
    ]


def response_schema(path: str) -> str:
    """The 200 response schema of a GET in the HSDS openapi.json, as a reference for schema_errors."""
    escaped = path.replace("~", "~0").replace("/", "~1")
    return f"openapi.json#/paths/{escaped}/get/responses/200/content/application~1json/schema"


def example(name: str):
    return _load(STANDARD / "examples" / name)


@pytest.fixture
def small_catalogue(db):
    """Two published programmes (one national, one regional with two providers), one ended, one concept."""
    from tests.catalogue_factories import full_programme
    from tests.factories import MunicipalityFactory, OrganisationFactory, RegionFactory, SupportKindFactory

    drechtsteden = RegionFactory(code="AM07", name="Drechtsteden")
    twente = RegionFactory(code="AM31", name="Twente")
    dordrecht = MunicipalityFactory(code="GM0505", name="Dordrecht", region=drechtsteden)
    MunicipalityFactory(code="GM0153", name="Enschede", region=twente)
    yulius = OrganisationFactory(slug="yulius", name="Yulius", kind="ggz", website="https://www.yulius.nl")
    uwv = OrganisationFactory(slug="uwv", name="UWV", kind="uwv")
    ips = SupportKindFactory(slug="ips", name="IPS", description="Individuele plaatsing en steun.")
    full_programme(
        "ips-drechtsteden",
        kind=ips,
        name="IPS Drechtsteden",
        concerns=["mental"],
        severities=["severe"],
        care=["specialist_ggz", "basic_ggz"],
        wishes=["paid_work_now"],
        min_age=18,
        max_age=65,
        duration="Zo lang als nodig",
        recognition_level="well_founded",
        recognition_valid_until=datetime.date(2027, 6, 1),
        last_verified=datetime.date(2026, 11, 1),
        offerings=[
            (yulius, "regions", [drechtsteden, twente], [], True),
            (uwv, "municipalities", [], [dordrecht], False),
        ],
    )
    full_programme(
        "jobcoaching", name="Jobcoaching", benefits=["wajong"], offerings=[(uwv, "national", [], [], False)]
    )
    full_programme(
        "pilot-2013",
        kind=ips,
        status="ended",
        period="2013–2015",
        offerings=[(uwv, "national", [], [], False)],
    )
    full_programme("idee", status="concept", offerings=[(yulius, "national", [], [], False)])


# --- Export and import ---------------------------------------------------------------------------


def export(folder, *args):
    call_command("export_hsds", "--out", str(folder), *args, stderr=io.StringIO())
    return folder


def run_import(folder) -> str:
    out = io.StringIO()
    call_command("import_hsds", str(folder), stdout=out)
    return out.getvalue()


def empty_the_catalogue():
    """What an empty database holds: the CBS places (import_regions), no catalogue."""
    from programmes import models

    models.Programme.objects.all().delete()
    models.Organisation.objects.all().delete()
    models.SupportKind.objects.all().delete()
