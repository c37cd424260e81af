"""Redocly's linter (@redocly/cli from npm, pinned, installed once into .cache/) over the OpenAPI description
that /api/v1/openapi.json serves: no problem at all under tests/redocly.yaml (the strict recommended rules,
every warning an error, plus contact, licence, descriptions and tags). And the rules do bite."""

import copy
import gzip
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import load_shipped_catalogue
from tests.npm_tools import ROOT, installed

pytestmark = pytest.mark.django_db

VERSION = "2.77.0"  # @redocly/cli on npm; pinned like the Python requirements
CONFIG = ROOT / "tests" / "redocly.yaml"
RECOMMENDATIONS = "/api/v1/recommendations"
ERRORS = ("400", "405")


def lint(spec: dict, tmp_path, config: Path | None = CONFIG) -> list[str]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("Redocly's linter needs Node.js, which comes with npm: apt-get install npm.")
    found = subprocess.run([node, "--version"], capture_output=True, text=True, check=True).stdout.strip()
    if tuple(int(part) for part in found.lstrip("v").split(".")[:2]) < (20, 19):
        pytest.fail(f"@redocly/cli {VERSION} needs Node.js 20.19 or newer; this machine has {found}.")
    cli = installed("@redocly/cli", VERSION, "bin/cli.js")
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    # No telemetry and no update check: the lint itself needs no network.
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    rules = ["--config", str(config)] if config else []  # none: Redocly's own recommended rules
    result = subprocess.run(
        [node, str(cli), "lint", str(path), "--format", "json", *rules],
        capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path,
    )
    report = json.loads(result.stdout)
    problems = [f"{p['severity']} {p['ruleId']} at {p['location'][0]['pointer']}: {p['message']}"
                for p in report["problems"] if not p["location"][0]["source"]["ref"].startswith("schema/")]
    assert (result.returncode == 0) is (report["totals"]["errors"] == 0), result.stderr[-2000:]
    return problems


@pytest.fixture
def description(client):
    load_shipped_catalogue()
    return client.get("/api/v1/openapi.json").json()


def test_redocly_finds_nothing_wrong_with_the_api_description(description, tmp_path):
    assert lint(description, tmp_path) == []


def test_the_description_states_the_versioning_and_deprecation_policy_and_nothing_is_deprecated(
    description, client
):
    text = description["info"]["description"]
    assert "**Versies en uitfasering.**" in text
    assert "/api/v2/" in text
    assert "`Deprecation` en `Sunset`" in text
    assert "Nu is niets uitgefaseerd." in text
    # ... which must stay true: no operation deprecated, no answer announcing a sunset.
    operations = [op for item in description["paths"].values() for op in item.values()
                  if isinstance(op, dict)]
    assert operations
    assert not any(op.get("deprecated") for op in operations)
    answer = client.get(RECOMMENDATIONS, {"benefit": "bijstand"})
    assert answer.status_code == 200
    assert not {"Deprecation", "Sunset"} & set(answer.headers)


@pytest.mark.parametrize(
    ("spoil", "rule"),
    [
        (lambda spec: spec.pop("servers"), "no-empty-servers"),
        (lambda spec: spec.pop("security"), "security-defined"),
        (lambda spec: spec["info"].pop("license"), "info-license"),
        (lambda spec: spec["info"].pop("contact"), "info-contact"),
        (lambda spec: spec["paths"][RECOMMENDATIONS]["get"].pop("description"), "operation-description"),
        (lambda spec: [spec["paths"][RECOMMENDATIONS]["post"]["responses"].pop(code) for code in ERRORS],
         "operation-4xx-response"),
        (lambda spec: spec["paths"][RECOMMENDATIONS]["get"].update(tags=["Onbekend"]),
         "operation-tag-defined"),
    ],
)
def test_redocly_would_catch_what_the_issue_found(description, tmp_path, spoil, rule):
    spoiled = copy.deepcopy(description)
    spoil(spoiled)
    assert any(f" {rule} " in problem for problem in lint(spoiled, tmp_path))


STANDARD = ROOT / "opendata" / "hsds_standard" / "schema"
UPSTREAM = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"


def test_redocly_finds_nothing_wrong_with_the_hsds_api_description(client, tmp_path):
    """The HSDS description is Open Referral's with our info, servers and error answers: linted with Redocly's
    own recommended rules (its tags and texts are the standard's), each $ref to the standard's schemas
    pointed at our vendored copy, so nothing is fetched. What Redocly says of those schema files themselves
    (their Frictionless keys such as `name` and `tabular_required` are no OpenAPI) is the standard's, not
    ours: lint() counts problems in the description only."""
    spec = client.get("/api/hsds/openapi.json").json()
    for path in STANDARD.rglob("*.json*"):
        target = tmp_path / "schema" / path.relative_to(STANDARD).as_posix().removesuffix(".gz")
        target.parent.mkdir(parents=True, exist_ok=True)
        data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        target.write_bytes(data)
    local = json.loads(json.dumps(spec).replace(UPSTREAM, "./schema/"))
    assert "./schema/compiled/service.json" in json.dumps(local)
    assert lint(local, tmp_path, config=None) == []
