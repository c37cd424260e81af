"""Two-factor login for professionals and curators (django-otp): TOTP in an authenticator app, and
recovery codes (django-otp's static device) for a lost phone. They see health-related data.

Who needs it is decided once here; the pages are in accounts.views, the check before every page of
a role in accounts.access, and the admin's in accounts.admin_site.
"""

from __future__ import annotations

import base64
from urllib.parse import urlencode

import segno
from django.db import transaction
from django.urls import reverse
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import roles

RECOVERY_CODES = 10
DEVICE_NAME = "Werkroute"


def needs_two_factor(user) -> bool:
    """Everyone who can see cases or the catalogue's admin: professionals, curators, staff."""
    return bool(
        user.is_authenticated and (user.is_staff or roles.is_professional(user) or roles.is_curator(user))
    )


def is_verified(user) -> bool:
    return bool(getattr(user, "is_verified", lambda: False)())


def has_device(user) -> bool:
    return any(isinstance(device, TOTPDevice) for device in devices_for_user(user, confirmed=True))


def next_step_url(user, next_url: str) -> str:
    """Where a logged-in user who still has to verify goes: the code, or setting it up first."""
    step = "login-code" if has_device(user) else "login-setup"
    return f"{reverse(step)}?{urlencode({'next': next_url})}"


def pending_device(user) -> TOTPDevice:
    """The authenticator being set up: the same secret on every reload until it is confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def secret_text(device: TOTPDevice) -> str:
    """The secret as an app asks for it when typed in: base32, in groups of four."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device: TOTPDevice) -> str:
    """The otpauth URI as a QR code, an SVG data URI made here (segno, pure Python): no image
    service, nothing leaves the server. The URI and the secret are also shown as text."""
    return segno.make(device.config_url, error="m").svg_data_uri(scale=5, border=2, dark="#000", light="#fff")


@transaction.atomic
def confirm(device: TOTPDevice) -> list[str]:
    """The first right code confirms the authenticator; new recovery codes replace any old ones."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    StaticDevice.objects.filter(user=device.user).delete()
    static = StaticDevice.objects.create(user=device.user, name="Herstelcodes", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=static, token=code) for code in codes)
    return codes
