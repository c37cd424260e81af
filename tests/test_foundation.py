from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import OperationalError, connection

from config.database import parse_database_url

BASE = Path("/srv/werkroute")


def test_database_url_postgres_is_read_into_django_settings():
    config = parse_database_url("postgres://wr:geheim%21@db.example:5433/werkroute?sslmode=require", BASE)
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert config["NAME"] == "werkroute"
    assert config["USER"] == "wr"
    assert config["PASSWORD"] == "geheim!"
    assert config["HOST"] == "db.example"
    assert config["PORT"] == "5433"
    assert config["OPTIONS"] == {"sslmode": "require"}


def test_database_url_sqlite_relative_path_lands_in_project_folder():
    assert parse_database_url("sqlite:///db.sqlite3", BASE)["NAME"] == BASE / "db.sqlite3"
    assert parse_database_url("sqlite:////var/lib/wr.db", BASE)["NAME"] == Path("/var/lib/wr.db")


def test_database_url_with_unknown_scheme_is_refused():
    with pytest.raises(ImproperlyConfigured):
        parse_database_url("mysql://x@y/z", BASE)


def test_settings_use_the_database_url_of_the_environment(settings):
    import os

    expected = os.environ.get("DATABASE_URL", "sqlite:///db.sqlite3")
    assert settings.DATABASES["default"]["ENGINE"] == parse_database_url(expected, BASE)["ENGINE"]


def test_settings_refuse_to_start_in_production_without_secret_key(tmp_path):
    import subprocess
    import sys

    env = {"PATH": "/usr/bin:/bin", "DEBUG": "0", "DJANGO_SETTINGS_MODULE": "config.settings"}
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env=env, capture_output=True, text=True, cwd=Path(__file__).parent.parent, check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_settings_are_dutch_and_amsterdam(settings):
    assert settings.LANGUAGE_CODE == "nl"
    assert settings.TIME_ZONE == "Europe/Amsterdam"


def test_healthz_answers_ok_without_the_database(client):
    # No django_db mark: pytest-django raises if the view touches the database.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


@pytest.mark.django_db
def test_readyz_answers_ok_when_database_answers(client):
    response = client.get("/readyz")
    assert response.status_code == 200


@pytest.mark.django_db
def test_readyz_gives_503_when_database_is_unreachable(client, monkeypatch):
    def unreachable(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", unreachable)
    response = client.get("/readyz")
    assert response.status_code == 503


@pytest.mark.django_db
def test_unknown_page_gives_dutch_404(client):
    response = client.get("/bestaat-niet")
    assert response.status_code == 404
    body = response.content.decode()
    assert '<html lang="nl"' in body
    assert "Deze pagina bestaat niet" in body


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/privacy", "/toegankelijkheid", "/catalogus/"])
def test_public_pages_render_with_skip_link_and_footer(client, path):
    response = client.get(path)
    assert response.status_code == 200
    body = response.content.decode()
    assert 'href="#inhoud"' in body
    assert "/toegankelijkheid" in body
    assert "/privacy" in body


def test_manage_py_check_is_clean():
    call_command("check", fail_level="WARNING")


@pytest.mark.django_db
def test_csrf_failure_gives_a_dutch_page_in_the_site_look():
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/vraag/om-wie/antwoord", {"answer": "mental"})
    assert response.status_code == 403
    body = response.content.decode()
    assert '<html lang="nl"' in body
    assert "Dit formulier is verlopen" in body
    assert "<style" not in body
