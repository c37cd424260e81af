"""Accounts: login and logout in the site's look, throttling, the header, professional wording."""

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, User
from django.core.cache import cache

from accounts import roles, throttle
from tests.factories import PASSWORD, make_curator, make_professional, small_catalogue
from tests.helpers import give_answers
from triage.personas import YULIUS_CLIENT

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_cache(settings):
    # A fast hasher: these tests check the login flow, not the hashing.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def professional():
    return make_professional(password=PASSWORD)


def login(client, username="klantmanager", password=PASSWORD, address="10.0.0.1"):
    return client.post("/inloggen", {"username": username, "password": password}, REMOTE_ADDR=address)


def test_login_page_is_dutch_with_labels_tied_to_the_fields(client):
    response = client.get("/inloggen")
    body = response.content.decode()
    assert response.status_code == 200
    assert '<label class="utrecht-form-label wr-label" for="id_username">Gebruikersnaam</label>' in body
    assert 'for="id_password">Wachtwoord</label>' in body
    assert 'autocomplete="current-password"' in body


def test_logging_in_leads_to_my_cases(client, professional):
    response = login(client)
    assert response.status_code == 302
    # Then the second factor (set up once): tests/test_two_factor.py.
    assert response["Location"] == "/inloggen/instellen?next=%2Fcasussen%2F"
    client.force_login(professional)
    assert client.get("/casussen/").status_code == 200


def test_login_keeps_a_safe_next_page_and_ignores_another_site(client, professional):
    safe = client.post("/inloggen?next=/overzichten/", {"username": "klantmanager", "password": PASSWORD,
                                                          "next": "/overzichten/"})
    assert safe["Location"] == "/inloggen/instellen?next=%2Foverzichten%2F"
    client.logout()
    evil = client.post("/inloggen", {"username": "klantmanager", "password": PASSWORD,
                                      "next": "https://example.org/"})
    assert evil["Location"] == "/inloggen/instellen?next=%2Fcasussen%2F"


def test_a_wrong_password_gives_a_dutch_error_summary_and_a_4xx(client, professional):
    response = login(client, password="fout")
    body = response.content.decode()
    assert response.status_code == 422
    assert "Inloggen is niet gelukt" in body
    assert "horen niet bij elkaar" in body
    assert 'href="#id_username"' in body
    assert "_auth_user_id" not in client.session


def test_empty_fields_are_named_in_dutch(client):
    body = client.post("/inloggen", {"username": "", "password": ""}).content.decode()
    assert "Vul uw gebruikersnaam in." in body
    assert "Vul uw wachtwoord in." in body


def test_five_failures_lock_that_account_from_every_address_for_15_minutes(client, professional):
    for _ in range(throttle.FAILURE_LIMIT):
        assert login(client, password="fout").status_code == 422
    locked = login(client)  # even the right password
    assert locked.status_code == 429
    assert "Probeer het over 15 minuten opnieuw" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    # The account is locked wherever the attempt comes from; another account from this address is not.
    assert login(client, address="10.0.0.2").status_code == 429
    make_curator(password=PASSWORD)
    assert login(client, username="beheerder").status_code == 302


def test_failures_spread_over_addresses_still_lock_the_account(client, professional):
    for number in range(throttle.FAILURE_LIMIT):
        assert login(client, password="fout", address=f"10.0.1.{number}").status_code == 422
    assert login(client, address="10.0.2.1").status_code == 429


def test_many_failures_from_one_address_lock_that_address_for_every_account(client, professional):
    for number in range(throttle.ADDRESS_FAILURE_LIMIT):
        login(client, username=f"geraden-{number}", password="fout")
    assert login(client).status_code == 429  # the right password, from that address
    assert login(client, address="10.0.0.2").status_code == 302


def test_behind_a_trusted_proxy_the_forwarded_address_is_counted(client, professional, settings):
    settings.TRUSTED_PROXIES = ("127.0.0.1",)
    for number in range(throttle.ADDRESS_FAILURE_LIMIT):
        client.post("/inloggen", {"username": f"geraden-{number}", "password": "fout"},
                    REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=f"198.51.100.7, 10.9.9.{number}")
    # Every visitor comes from the proxy, yet only the address the proxy saw (10.9.9.n) counted:
    # neither the proxy's nor the spoofable first entry of the header.
    response = client.post("/inloggen", {"username": "klantmanager", "password": PASSWORD},
                           REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7, 10.9.9.200")
    assert response.status_code == 302


def test_the_lockout_expires_with_the_cache_entry(client, professional):
    for _ in range(throttle.FAILURE_LIMIT):
        login(client, password="fout")
    key = throttle.key("klantmanager", "10.0.0.1")
    assert throttle.is_locked(key)
    cache.delete(key.account)  # what the 15-minute timeout does
    assert login(client).status_code == 302


def test_the_username_counts_without_regard_to_case_and_spaces():
    assert throttle.key(" KlantManager ", "10.0.0.1") == throttle.key("klantmanager", "10.0.0.1")
    here, there = throttle.key("klantmanager", "10.0.0.1"), throttle.key("klantmanager", "10.0.0.2")
    assert here.account == there.account
    assert here.address != there.address
    assert not any("klantmanager" in part or "10.0.0.1" in part for part in here)


def test_a_good_login_forgets_earlier_failures(client, professional):
    for _ in range(throttle.FAILURE_LIMIT - 1):
        login(client, password="fout")
    assert login(client).status_code == 302
    assert throttle.failures(throttle.key("klantmanager", "10.0.0.1")) == 0


def test_logout_is_a_post_and_leads_to_a_dutch_page(client, professional):
    client.force_login(professional)
    assert client.get("/uitloggen").status_code == 405
    response = client.post("/uitloggen")
    assert response["Location"] == "/uitgelogd"
    assert "_auth_user_id" not in client.session
    assert "U bent uitgelogd" in client.get("/uitgelogd").content.decode()


def test_header_offers_login_to_visitors(client):
    body = client.get("/").content.decode()
    assert 'href="/inloggen">Inloggen</a>' in body
    assert "Mijn casussen" not in body


def test_header_shows_name_cases_and_logout_to_a_professional(client, professional):
    client.force_login(professional)
    body = client.get("/").content.decode()
    assert "Kim de Klantmanager" in body
    assert 'href="/casussen/">Mijn casussen</a>' in body
    assert 'action="/uitloggen"' in body
    assert "Overzichten" not in body
    assert 'href="/beheer/"' not in body


def test_header_shows_overviews_and_admin_to_a_curator(client):
    client.force_login(make_curator())
    body = client.get("/").content.decode()
    assert 'href="/overzichten/">Overzichten</a>' in body
    assert 'href="/beheer/">Beheer</a>' in body
    assert "Mijn casussen" not in body  # a curator who is no professional has no cases


def test_a_curator_lands_on_the_overviews_after_logging_in(client):
    make_curator(password=PASSWORD)
    response = login(client, username="beheerder")
    assert response["Location"] == "/inloggen/instellen?next=%2Foverzichten%2F"


def test_someone_in_no_group_lands_on_the_start_page(client):
    from tests.factories import make_user

    make_user("gast", password=PASSWORD)
    assert login(client, username="gast")["Location"] == "/"


def test_a_professional_sees_professional_wording_with_the_client_words_beneath(client, professional):
    small_catalogue()
    client.force_login(professional)
    give_answers(client, YULIUS_CLIENT.answers)
    body = client.get("/resultaat").content.decode()
    assert "IPS-achtige begeleiding vanuit de behandeling." in body
    assert "Verwijs via de behandelaar bij Yulius." in body
    assert "Doelgroep: traject voor" in body  # a criterion's professional text
    assert '<span class="wr-client-words">Voor de cliënt: Hulp bij werk vanuit uw behandeling.</span>' in body
    assert "Casus vastleggen" in body


def test_a_client_sees_client_wording_and_no_case_form(client):
    small_catalogue()
    give_answers(client, YULIUS_CLIENT.answers)
    body = client.get("/resultaat").content.decode()
    assert "Hulp bij werk vanuit uw behandeling." in body
    assert "IPS-achtige begeleiding vanuit de behandeling." not in body
    assert "Verwijs via de behandelaar" not in body
    assert "Doelgroep: traject voor" not in body
    assert "Casus vastleggen" not in body


def test_a_curator_who_is_no_professional_gets_no_case_form(client):
    small_catalogue()
    client.force_login(make_curator())
    give_answers(client, YULIUS_CLIENT.answers)
    assert "Casus vastleggen" not in client.get("/resultaat").content.decode()


@pytest.mark.django_db
def test_admin_login_is_throttled_too(client):
    from django.contrib.auth.models import User

    User.objects.create_user("beheerder", password="juist-wachtwoord-123", is_staff=True)
    for _ in range(5):
        response = client.post("/beheer/login/", {"username": "beheerder", "password": "fout"})
        assert response.status_code == 200
    response = client.post("/beheer/login/", {"username": "beheerder", "password": "juist-wachtwoord-123"})
    assert response.status_code == 200  # refused: not logged in
    assert "te vaak een verkeerd wachtwoord" in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_logged_in_user_with_next_pointing_at_login_is_not_sent_round_in_circles(client):
    from django.contrib.auth.models import User
    from django.test import Client

    user = User.objects.create_user("rondje", password="juist-wachtwoord-123")
    safe = Client(raise_request_exception=False)
    safe.force_login(user)
    response = safe.get("/inloggen?next=/inloggen")
    assert response.status_code == 302
    assert response.url != "/inloggen"
@pytest.mark.django_db
def test_groups_exist_and_curators_get_every_catalogue_permission_and_the_gaps():
    curator = Group.objects.get(name=roles.CURATOR)
    professional = Group.objects.get(name=roles.PROFESSIONAL)
    codenames = set(curator.permissions.values_list("content_type__app_label", "codename"))
    for action in ("add", "change", "view", "delete"):
        assert ("programmes", f"{action}_programme") in codenames
        assert ("programmes", f"{action}_offering") in codenames
    assert ("triage", "view_gaprecord") in codenames
    assert ("triage", "change_gaprecord") not in codenames
    assert ("accounts", "curate_catalogue") in codenames
    assert list(professional.permissions.values_list("content_type__app_label", "codename")) == [
        ("accounts", "work_with_cases")
    ]


@pytest.mark.django_db
def test_setting_up_the_groups_twice_changes_nothing():
    roles.setup_groups(django_apps)
    count = Group.objects.get(name=roles.CURATOR).permissions.count()
    roles.setup_groups(django_apps)
    assert Group.objects.count() == 2
    assert Group.objects.get(name=roles.CURATOR).permissions.count() == count


@pytest.mark.django_db
def test_roles_follow_the_permissions_of_the_groups_and_superusers_count_as_curators():
    professional = make_professional()
    curator = make_curator()
    boss = User.objects.create_superuser("baas", password=PASSWORD)
    assert roles.is_professional(professional)
    assert not roles.is_curator(professional)
    assert roles.is_curator(curator)
    assert not roles.is_professional(curator)
    assert roles.is_curator(boss)
    assert not roles.is_professional(boss)
