import pytest
from django.conf import settings


def pytest_report_header(config):
    db = settings.DATABASES["default"]
    vendor = db["ENGINE"].rsplit(".", 1)[-1]
    where = db["NAME"] if vendor == "sqlite3" else f"{db.get('HOST')}:{db.get('PORT')}"
    return f"database: {vendor} ({where})"


@pytest.fixture(autouse=True)
def _fresh_catalogue_snapshot():
    # Each test's database starts anew; so must the cached snapshot.
    from programmes.snapshot import clear_cache

    clear_cache()
    yield
    clear_cache()


@pytest.fixture(autouse=True)
def _force_login_gives_both_factors(monkeypatch):
    """Professionals and curators log in with two factors; a test's force_login(user) does both
    (force_login(user, verified=False) for a password-only login)."""
    from django.test import Client

    from tests.helpers import mark_verified

    password_only = Client.force_login

    def force_login(self, user, backend=None, verified=True):
        password_only(self, user, backend)
        if verified:
            mark_verified(self, user)

    monkeypatch.setattr(Client, "force_login", force_login)
