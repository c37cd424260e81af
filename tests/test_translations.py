"""The English message catalogue (locale/en): complete, nothing fuzzy, and its compiled .mo in step
with the .po. The .mo is committed so every way of running the site (runserver, gunicorn from a
checkout, plain pytest) has English without a build step; these tests keep it honest. They need
GNU gettext (msgfmt, msgattrib), which .ci/run installs."""

import gettext
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")
# What makemessages reads: the project's code and templates (not the tests, data or static files).
SOURCES = ("accounts", "casework", "config", "curation", "opendata", "programmes", "triage", "templates")

def catalogue_of(mo: Path) -> dict:
    with mo.open("rb") as handle:
        return gettext.GNUTranslations(handle)._catalog


def msgattrib(po: Path, *flags: str) -> str:
    found = subprocess.run(["msgattrib", *flags, str(po)], capture_output=True, text=True, check=True)
    return found.stdout


@pytest.fixture(scope="module")
def made_messages(tmp_path_factory):
    """`makemessages -l en` run on a copy of the project: the checkout itself is left alone."""
    copy = tmp_path_factory.mktemp("project")
    for name in SOURCES:
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "locale", copy / "locale")
    shutil.copy(ROOT / "manage.py", copy / "manage.py")
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "en", "--add-location", "file"],
        cwd=copy, env={"PATH": "/usr/bin:/bin", "DEBUG": "1"}, capture_output=True, check=True,
    )
    return copy / "locale" / "en" / "LC_MESSAGES" / "django.po"


def test_makemessages_leaves_no_untranslated_entry(made_messages):
    assert msgattrib(made_messages, "--untranslated", "--no-obsolete") == ""


def test_makemessages_leaves_no_fuzzy_entry(made_messages):
    assert msgattrib(made_messages, "--only-fuzzy", "--no-obsolete") == ""


def test_the_committed_po_is_what_makemessages_makes_of_it(made_messages, tmp_path):
    # A string removed from the code leaves an obsolete entry behind; one added, a new entry.
    def entries(po: Path, name: str) -> dict:
        compiled = tmp_path / name
        subprocess.run(["msgfmt", "-o", str(compiled), str(po)], check=True)
        return catalogue_of(compiled)

    assert entries(made_messages, "made.mo") == entries(PO, "committed.mo")


def test_the_committed_mo_is_compiled_from_the_committed_po(tmp_path):
    fresh = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check", "-o", str(fresh), str(PO)], check=True)
    assert catalogue_of(MO) == catalogue_of(fresh)
