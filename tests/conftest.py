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
