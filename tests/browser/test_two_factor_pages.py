"""The two-factor pages in a real browser: axe-core, and setting up by keyboard with the QR code
shown (an image made on the server, allowed by the CSP as a data: URI)."""

import pytest
from django.conf import settings
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.browser.helpers import axe_violations, describe
from tests.factories import make_professional

pytestmark = pytest.mark.django_db(transaction=True)


def password_only(page, base_url, user):
    client = Client()
    client.force_login(user, verified=False)
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME,
                               "value": client.cookies[settings.SESSION_COOKIE_NAME].value, "url": base_url}])


def test_setting_up_and_the_code_step_pass_axe_and_work_by_keyboard(new_page, live_server, artifacts_dir):
    base = live_server.url
    page = new_page(width=390, height=844)
    user = make_professional()
    password_only(page, base, user)
    page.goto(f"{base}/casussen/")
    page.wait_for_url(f"{base}/inloggen/instellen?next=%2Fcasussen%2F")
    violations = axe_violations(page)
    assert violations == [], describe(violations)
    image = page.locator(".wr-qr img")
    assert image.evaluate("img => img.complete && img.naturalWidth > 0")  # the CSP let it show
    page.screenshot(path=str(artifacts_dir / "tweede-stap-instellen-390.png"), full_page=True)
    device = TOTPDevice.objects.get(user=user)
    page.locator("#id_code").focus()
    page.keyboard.type(f"{totp(device.bin_key, device.step, device.t0, device.digits):06d}")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}/inloggen/herstelcodes?next=%2Fcasussen%2F")
    violations = axe_violations(page)
    assert violations == [], describe(violations)
    assert page.locator(".wr-recovery-codes li").count() == 10
    page.get_by_role("link", name="Ik heb de codes bewaard, ga verder").click()
    page.wait_for_url(f"{base}/casussen/")


def test_the_code_step_and_its_error_pass_axe(page, live_server):
    base = live_server.url
    user = make_professional()
    TOTPDevice.objects.create(user=user, name="Werkroute", confirmed=True)
    password_only(page, base, user)
    page.goto(f"{base}/inloggen/code?next=/casussen/")
    violations = axe_violations(page)
    assert violations == [], describe(violations)
    page.fill("#id_code", "000000")
    page.get_by_role("button", name="Verder").click()
    page.wait_for_selector(".wr-error-summary")
    violations = axe_violations(page)
    assert violations == [], describe(violations)
