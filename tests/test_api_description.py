"""Redocly's linter (@redocly/cli from npm, pinned, installed once into .cache/) over the OpenAPI description
that /api/v1/openapi.json serves: no problem at all under tests/redocly.yaml (the strict recommended rules,
every warning an error, plus contact, licence, descriptions and tags). And the rules do bite."""

import copy
import json
import os
import shutil
import subprocess

import pytest

from tests.helpers import load_shipped_catalogue
from tests.npm_tools import ROOT, installed

pytestmark = pytest.mark.django_db

VERSION = "2.77.0"  # @redocly/cli on npm; pinned like the Python requirements
CONFIG = ROOT / "tests" / "redocly.yaml"
RECOMMENDATIONS = "/api/v1/recommendations"
ERRORS = ("400", "405")


def lint(spec: dict, tmp_path) -> list[str]:
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
    result = subprocess.run(
        [node, str(cli), "lint", str(path), "--config", str(CONFIG), "--format", "json"],
        capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path,
    )
    report = json.loads(result.stdout)
    problems = [f"{p['severity']} {p['ruleId']} at {p['location'][0]['pointer']}: {p['message']}"
                for p in report["problems"]]
    assert (result.returncode == 0) is (report["totals"]["errors"] == 0), result.stderr[-2000:]
    return problems


@pytest.fixture
def description(client):
    load_shipped_catalogue()
    return client.get("/api/v1/openapi.json").json()


def test_redocly_finds_nothing_wrong_with_the_api_description(description, tmp_path):
    assert lint(description, tmp_path) == []


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
