"""The production-like tests: through nginx to several gunicorn instances sharing PostgreSQL and
Redis, all started by scripts/with-services. Without those services they are skipped; scripts/test
turns such a skip into a failure (tests/production/gate.py)."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS", ROOT / "test-artifacts"))
FIGURES: dict[str, object] = {}
# Every test gets source addresses of its own (127.20.x.y): nginx limits per address.
_ADDRESSES = (f"127.20.{high}.{low}" for high, low in itertools.product(range(1, 250), range(1, 250)))


def pytest_collection_modifyitems(items):
    services_up = bool(os.environ.get("STACK_URL"))
    for item in items:
        if "tests/production/" in str(item.fspath):
            item.add_marker(pytest.mark.production)
            if not services_up:
                item.add_marker(pytest.mark.skip(reason="needs the services of scripts/with-services"))


def pytest_terminal_summary(terminalreporter):
    if FIGURES:
        terminalreporter.write_line("production-like figures: " + json.dumps(FIGURES, sort_keys=True))


@pytest.fixture(scope="session")
def figures():
    yield FIGURES
    if FIGURES:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "production-figures.json").write_text(json.dumps(FIGURES, indent=2, sort_keys=True))


@dataclass(frozen=True)
class Stack:
    url: str
    http_url: str
    instances: tuple[str, ...]
    access_log: Path
    recheck_seconds: float
    cache_url: str

    def upstream(self, instance_url: str) -> str:
        return instance_url.removeprefix("http://")


@pytest.fixture(scope="session")
def stack(figures):
    value = Stack(
        url=os.environ["STACK_URL"],
        http_url=os.environ["STACK_HTTP_URL"],
        instances=tuple(os.environ["STACK_INSTANCE_URLS"].split(",")),
        access_log=Path(os.environ["STACK_ACCESS_LOG"]),
        recheck_seconds=float(os.environ["STACK_RECHECK_SECONDS"]),
        cache_url=os.environ["STACK_CACHE_URL"],
    )
    figures["instances"] = len(value.instances)
    before = len(value.access_log.read_bytes().splitlines())
    yield value
    figures["requests_through_nginx"] = len(value.access_log.read_bytes().splitlines()) - before


@pytest.fixture
def fresh_address():
    return lambda: next(_ADDRESSES)


class AccessLog:
    def __init__(self, path: Path):
        self.path = path
        self.start = path.stat().st_size

    def lines(self) -> list[str]:
        with self.path.open("rb") as file:
            file.seek(self.start)
            return file.read().decode("utf-8", "replace").splitlines()

    def wait_for(self, text: str, count: int, seconds: float = 5) -> list[str]:
        """The lines holding `text`, once there are `count` (nginx writes a line when the
        connection is done with, which for a refused body can be a moment after the answer)."""
        deadline = time.monotonic() + seconds
        while True:
            found = [line for line in self.lines() if text in line]
            if len(found) >= count or time.monotonic() > deadline:
                return found
            time.sleep(0.05)


@pytest.fixture
def access_log(stack):
    """The access log lines written during this test."""
    return AccessLog(stack.access_log)


def manage(*args: str) -> str:
    """A management command against the services' database (DATABASE_URL is the same one)."""
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, capture_output=True, text=True,
                            check=False, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.fixture
def make_account(stack):
    """An account in the services' database; returns (username, password)."""

    def make(*, superuser: bool = False) -> tuple[str, str]:
        username = f"stack-{uuid.uuid4().hex[:10]}"
        password = f"juist-{uuid.uuid4().hex}"
        create = "create_superuser" if superuser else "create_user"
        manage("shell", "-c", f"from django.contrib.auth.models import User; User.objects.{create}("
                              f"{username!r}, password={password!r})")
        return username, password

    return make


def give_second_factor(visitor, username: str) -> None:
    """The curator's authenticator app: a TOTP device with a key made here, and its current code
    posted to the second step (professionals and curators log in with two factors)."""
    import secrets

    from django_otp.oath import totp

    key = secrets.token_hex(20)
    manage("shell", "-c", "from django.contrib.auth.models import User; "
                          "from django_otp.plugins.otp_totp.models import TOTPDevice; "
                          f"TOTPDevice.objects.create(user=User.objects.get(username={username!r}), "
                          f"name='Werkroute', key={key!r}, confirmed=True)")
    code = f"{totp(bytes.fromhex(key), 30, 0, 6):06d}"
    visitor.get("/inloggen/code?next=/beheer/")
    answered = visitor.post("/inloggen/code", {"code": code, "next": "/beheer/"})
    assert answered.status == 302, answered.text[:2000]
