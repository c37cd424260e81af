"""The shape of the code: which app may import which (docs/development.md, "The map")."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = ("programmes", "accounts", "triage", "casework", "curation", "opendata", "config")
ALLOWED = {
    "programmes": set(),
    "accounts": {"config"},  # config.client_address: who the client is, behind a trusted proxy
    "triage": {"programmes", "accounts"},
    "casework": {"programmes", "accounts", "triage"},
    "curation": {"programmes", "accounts", "triage"},
    "opendata": {"programmes"},
    "config": set(APPS),
}
MAX_LINES = 400
NOT_OURS = {"migrations", "vendor", "node_modules"}  # generated, or someone else's code


def modules(app: str):
    for path in sorted((ROOT / app).rglob("*.py")):
        if not NOT_OURS & set(path.relative_to(ROOT).parts):
            yield path


def imported_apps(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found.update(name.split(".")[0] for name in names if name.split(".")[0] in APPS)
    return found


@pytest.mark.parametrize("app", APPS)
def test_each_app_imports_only_the_apps_below_it(app):
    wrong = {
        str(path.relative_to(ROOT)): sorted(imported_apps(path) - ALLOWED[app] - {app})
        for path in modules(app)
    }
    assert {path: apps for path, apps in wrong.items() if apps} == {}


def test_nothing_but_config_imports_casework_curation_or_opendata():
    importers = {
        str(path.relative_to(ROOT))
        for app in APPS
        if app != "config"
        for path in modules(app)
        if imported_apps(path) & {"casework", "curation", "opendata"} - {app}
    }
    assert importers == set()


@pytest.mark.parametrize("app", [*APPS, "scripts", "bench", "tests"])
def test_no_module_is_longer_than_400_lines(app):
    long = {
        str(path.relative_to(ROOT)): count
        for path in modules(app)
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


@pytest.mark.parametrize("module", ["matching", "ordering", "outcome", "person"])
def test_matching_decides_on_typed_values_never_on_sentences(module):
    # Issue 10 point 5: openers and every other decision are typed values; the sentences live in
    # triage.wording, which the deciding modules never import (so they cannot compare its words).
    tree = ast.parse((ROOT / "triage" / f"{module}.py").read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
            imported.update(f"{node.module}.{alias.name}" for alias in node.names)
    assert not {name for name in imported if name.startswith("triage.wording")}


def test_no_template_comment_runs_over_a_line():
    # Django's {# #} ends at the line's end: a comment over more lines is printed on the page
    # ({% comment %} is the one for more lines).
    spread = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in (ROOT / "templates").rglob("*.html")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if "{#" in line and "#}" not in line.split("{#", 1)[1]
    ]
    assert spread == []


def test_no_test_module_imports_another():
    # Shared set-ups live in conftest.py fixtures and tests/helpers.py: a test module that others
    # import from cannot be split or renamed without breaking them.
    importing = []
    for path in (ROOT / "tests").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):  # also `from tests import test_x`
                names = [node.module or ""] + [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            if any(name.split(".")[-1].startswith("test_") for name in names):
                importing.append(str(path.relative_to(ROOT)))
    assert importing == []
