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


@pytest.fixture(scope="session")
def shipped_catalogue(django_db_setup, django_db_blocker):
    """fixtures/catalogue.json as the pure snapshot the site reads, built once per run for the
    scenario tests (tests/test_scenarios_*.py). The rows are loaded, read and rolled back, so every
    test still starts from an empty database; the snapshot itself is immutable."""
    from django.db import transaction

    from programmes.snapshot import build_catalogue
    from tests.helpers import load_shipped_catalogue

    with django_db_blocker.unblock(), transaction.atomic():
        load_shipped_catalogue()
        snapshot = build_catalogue()
        transaction.set_rollback(True)
    return snapshot


@pytest.fixture(autouse=True)
def _dutch_again_after_each_test():
    """A request under /en/ leaves English active in this thread (LocaleMiddleware activates, nothing
    deactivates): the next test's reverse() would get /en/ addresses."""
    from django.utils import translation

    yield
    translation.activate(settings.LANGUAGE_CODE)
