"""Two-factor login for professionals and curators: setting up an authenticator app (QR code made
on the server, the secret as text), logging in with its code, a wrong code, a recovery code that
works once, and the admin and the role pages refusing a password-only login."""

import base64
import re
from urllib.parse import quote

import pytest
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.forms import WRONG_CODE
from tests.factories import PASSWORD, make_curator, make_professional

pytestmark = pytest.mark.django_db


def code_for(device: TOTPDevice) -> str:
    """What the person's authenticator app shows now."""
    return f"{totp(device.bin_key, device.step, device.t0, device.digits):0{device.digits}d}"


def password_login(client, username, next_url=None):
    data = {"username": username, "password": PASSWORD}
    if next_url:
        data["next"] = next_url
    return client.post("/inloggen", data)


def test_setting_up_shows_a_qr_code_made_here_and_the_secret_and_then_the_recovery_codes(client, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # after a wrong code, django-otp makes one wait a moment
    user = make_professional(password=PASSWORD)
    response = password_login(client, "klantmanager")
    assert response["Location"] == "/inloggen/instellen?next=%2Fcasussen%2F"
    page = client.get(response["Location"])
    body = page.content.decode()
    assert page.status_code == 200
    assert '<img src="data:image/svg+xml' in body  # made on the server, nothing fetched elsewhere
    assert "otpauth://totp/Werkroute" in body
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    secret = re.search(r'<code class="wr-secret" id="sleutel">([A-Z2-7 ]+)</code>', body).group(1)
    plain = secret.replace(" ", "")
    assert base64.b32decode(plain + "=" * (-len(plain) % 8)) == device.bin_key
    # A reload keeps the same secret (the app may have scanned it already).
    assert secret in client.get("/inloggen/instellen?next=/casussen/").content.decode()
    assert TOTPDevice.objects.filter(user=user).count() == 1

    wrong = client.post("/inloggen/instellen", {"code": "000000", "next": "/casussen/"})
    assert wrong.status_code == 422
    assert WRONG_CODE in wrong.content.decode()
    done = client.post("/inloggen/instellen", {"code": code_for(device), "next": "/casussen/"})
    assert done.status_code == 302
    assert done["Location"] == "/inloggen/herstelcodes?next=%2Fcasussen%2F"
    codes_page = client.get(done["Location"]).content.decode()
    codes = re.findall(r'<li><code class="wr-secret">([a-z0-9]+)</code></li>', codes_page)
    assert len(codes) == 10
    assert set(codes) == set(StaticToken.objects.filter(device__user=user).values_list("token", flat=True))
    assert client.get("/inloggen/herstelcodes").status_code == 302  # shown once only
    assert client.get("/casussen/").status_code == 200  # verified now
    device.refresh_from_db()
    assert device.confirmed


@pytest.fixture
def enrolled():
    user = make_professional(password=PASSWORD)
    device = TOTPDevice.objects.create(user=user, name="Werkroute", confirmed=True)
    from accounts.twofactor import confirm

    codes = confirm(device)
    return user, device, codes


def test_logging_in_asks_for_the_code_and_then_opens_the_page(client, enrolled):
    _user, device, _codes = enrolled
    response = password_login(client, "klantmanager", "/casussen/")
    assert response["Location"] == "/inloggen/code?next=%2Fcasussen%2F"
    assert client.get("/casussen/")["Location"].startswith("/inloggen/code")  # not yet
    assert client.get(response["Location"]).status_code == 200
    done = client.post("/inloggen/code", {"code": code_for(device), "next": "/casussen/"})
    assert done.status_code == 302
    assert done["Location"] == "/casussen/"
    assert client.get("/casussen/").status_code == 200


def test_a_wrong_code_is_refused_in_dutch_and_opens_nothing(client, enrolled):
    password_login(client, "klantmanager")
    response = client.post("/inloggen/code", {"code": "123456", "next": "/casussen/"})
    assert response.status_code == 422
    body = response.content.decode()
    assert WRONG_CODE in body
    assert 'role="alert"' in body
    assert client.get("/casussen/")["Location"].startswith("/inloggen/code")


def test_a_recovery_code_works_once(enrolled):
    user, _device, codes = enrolled
    first = Client()
    password_login(first, "klantmanager")
    assert first.post("/inloggen/code", {"code": codes[0].upper(), "next": "/casussen/"}).status_code == 302
    assert first.get("/casussen/").status_code == 200
    second = Client()
    password_login(second, "klantmanager")
    response = second.post("/inloggen/code", {"code": codes[0], "next": "/casussen/"})
    assert response.status_code == 422
    assert StaticToken.objects.filter(device__user=user).count() == 9


def test_the_second_step_needs_the_first(client):
    response = client.get("/inloggen/code?next=/casussen/")
    assert response["Location"] == f"/inloggen?next={quote('/inloggen/code?next=/casussen/', safe='')}"


def test_the_next_page_never_leaves_the_site(client, enrolled):
    _user, device, _codes = enrolled
    password_login(client, "klantmanager")
    done = client.post("/inloggen/code", {"code": code_for(device), "next": "https://example.org/"})
    assert done["Location"] == "/"


def test_the_admin_refuses_a_staff_user_without_the_second_factor():
    curator = make_curator(password=PASSWORD)
    client = Client()
    client.force_login(curator, verified=False)
    response = client.get("/beheer/")
    assert response.status_code == 302
    login_page = client.get(response["Location"])
    assert login_page.status_code == 302
    assert login_page["Location"].startswith("/inloggen/instellen?next=")
    assert client.get("/beheer/programmes/programme/").status_code == 302
    client.force_login(curator)  # now with the second factor
    assert client.get("/beheer/").status_code == 200


def test_the_admins_own_login_page_leads_to_the_second_step(enrolled):
    curator = make_curator("beheerder2", password=PASSWORD)
    device = TOTPDevice.objects.create(user=curator, name="Werkroute", confirmed=True)
    client = Client()
    response = client.post("/beheer/login/?next=/beheer/", {"username": "beheerder2", "password": PASSWORD,
                                                             "next": "/beheer/"}, follow=True)
    assert response.redirect_chain[-1][0] == "/inloggen/code?next=%2Fbeheer%2F"
    done = client.post("/inloggen/code", {"code": code_for(device), "next": "/beheer/"})
    assert done["Location"] == "/beheer/"
    assert client.get("/beheer/").status_code == 200


@pytest.mark.parametrize(
    ("make", "path"), [(make_professional, "/casussen/"), (make_curator, "/overzichten/")]
)
def test_role_pages_need_the_second_factor(make, path):
    client = Client()
    client.force_login(make(), verified=False)
    assert client.get(path)["Location"].startswith("/inloggen/instellen?next=")


def test_after_a_wrong_code_even_the_right_one_waits_a_moment(client, enrolled):
    _user, device, _codes = enrolled
    password_login(client, "klantmanager")
    client.post("/inloggen/code", {"code": "123456"})
    assert client.post("/inloggen/code", {"code": code_for(device)}).status_code == 422
