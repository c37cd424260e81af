"""Every read-only page answers HEAD as it answers GET (require_safe): the same status and headers, no
body. Crawlers, link checkers and uptime probes ask HEAD; a 405 there reads as a broken site."""

import ast
from pathlib import Path

import pytest

from tests.factories import make_curator, make_professional
from tests.helpers import give_answers, load_shipped_catalogue
from triage.personas import YULIUS_CLIENT

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]
APPS = ("accounts", "casework", "config", "curation", "opendata", "programmes", "triage")
PUBLIC = ["/", "/vraag/voor-wie", "/vraag/om-wie", "/stroomschema", "/catalogus/", "/catalogus/ips/",
          "/catalogus/?kind=ips", "/privacy", "/toegankelijkheid", "/werkwijze", "/weer", "/uitgelogd",
          "/healthz", "/readyz", "/sitemap.xml", "/robots.txt", "/overzicht", "/resultaat",
          "/resultaat/overzicht", "/api/v1/openapi.json", "/api/hsds/services", "/bestaat-niet"]
PROFESSIONAL = ["/casussen/", "/casussen/nieuw", "/resultaat", "/overzicht"]
CURATOR = ["/overzichten/", "/overzichten/witte-vlekken", "/overzichten/dekking", "/overzichten/effect/ips"]


def assert_head_as_get(client, path: str) -> None:
    get, head = client.get(path), client.head(path)
    assert head.status_code == get.status_code != 405, path
    assert head["Content-Type"] == get["Content-Type"], path
    assert head.content == b"", path


@pytest.fixture
def catalogue():
    load_shipped_catalogue()


@pytest.mark.parametrize("path", PUBLIC)
def test_a_public_page_answers_head_as_get(client, catalogue, path):
    assert_head_as_get(client, path)


def test_the_pages_with_answers_answer_head_as_get(client, catalogue):
    give_answers(client, YULIUS_CLIENT.answers)
    for path in ("/overzicht", "/resultaat", "/resultaat/overzicht", "/stroomschema", "/vraag/leeftijd"):
        assert_head_as_get(client, path)


def test_the_professionals_and_curators_pages_answer_head_as_get(client, catalogue):
    client.force_login(make_professional())
    give_answers(client, YULIUS_CLIENT.answers)
    saved = client.post("/casussen/opslaan",
                        {"reference": "KdK-001", "consent": "on", "chosen": "werk-als-beste-zorg"})
    assert saved.status_code == 302
    for path in (*PROFESSIONAL, saved["Location"], f"{saved['Location']}verslag"):
        assert_head_as_get(client, path)
    client.force_login(make_curator())
    for path in CURATOR:
        assert_head_as_get(client, path)


def decorators_named(name: str) -> list[str]:
    found = []
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.FunctionDef) and any(
                    isinstance(d, ast.Name) and d.id == name for d in node.decorator_list
                ):
                    found.append(f"{path.relative_to(ROOT)}:{node.name}")
    return found


def test_only_the_view_whose_get_changes_something_refuses_head():
    # Showing the recovery codes takes them out of the session: a HEAD must not use them up unseen.
    assert decorators_named("require_GET") == ["accounts/views.py:login_recovery_codes"]
    assert len(decorators_named("require_safe")) >= 20
