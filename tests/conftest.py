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


@pytest.fixture
def places(db):
    """The shipped gemeenten with their woonplaatsen and other names (data/, CBS)."""
    from django.core.management import call_command

    call_command("import_regions", verbosity=0)


# --- A professional and a saved case (tests/test_casework_*.py) -----------------------------------


@pytest.fixture
def professional(db):
    from tests.factories import make_professional

    return make_professional()


@pytest.fixture
def pro_client(client, catalogue, professional):
    """The professional logged in, with the Yulius client's answers given (the test module's
    `catalogue` has to know Dordrecht)."""
    from tests.helpers import give_answers
    from triage.personas import YULIUS_CLIENT

    client.force_login(professional)
    give_answers(client, YULIUS_CLIENT.answers)
    return client


@pytest.fixture
def case(pro_client):
    """The case the professional saved for those answers."""
    from casework.models import Case
    from tests.helpers import save

    response = save(pro_client)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Case.objects.get()


# --- The curators' admin (tests/test_admin*.py) ---------------------------------------------------


@pytest.fixture
def curator(db):
    """A beheerder: staff, in the curators' group (its permissions come from the groups migration)."""
    from tests.factories import make_curator

    return make_curator()


@pytest.fixture
def curator_client(client, curator):
    """The admin and the curators' pages as the people who work there: a curator, not
    pytest-django's superuser (who would pass every permission check the curators meet)."""
    client.force_login(curator)
    return client


# --- The recommendations API (tests/test_api*.py) --------------------------------------------------


@pytest.fixture
def api_catalogue(db):
    """Werk als Beste Zorg at Yulius in the Drechtsteden, for clients of Yulius only; one ended and
    one concept programme, which the API must never show."""
    from tests.factories import (
        MunicipalityFactory,
        OfferingFactory,
        OrganisationFactory,
        ProgrammeFactory,
        RegionFactory,
    )

    region = RegionFactory(code="AM07", name="Drechtsteden")
    MunicipalityFactory(code="GM0505", name="Dordrecht", region=region)
    yulius = OrganisationFactory(slug="yulius", name="Yulius")
    wabz = ProgrammeFactory(slug="werk-als-beste-zorg", concerns=["mental"], care=["specialist_ggz"],
                            benefits=["bijstand"], wishes=["paid_work_now"])
    OfferingFactory(programme=wabz, provider=yulius, scope="regions", regions=[region],
                    requires_care_at_provider=True)
    ProgrammeFactory(slug="beeindigd", status="ended")
    ProgrammeFactory(slug="concept", status="concept")
