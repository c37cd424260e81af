"""Snel weg through nginx on the production topology: with a stale CSRF token, and with
PostgreSQL really stopped (scripts/with-postgres says how to stop and start it)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.production.web import Visitor, request

pytestmark = pytest.mark.production

NO_ANSWERS = "U heeft nog geen vragen beantwoord."


def answered(visitor: Visitor) -> str:
    """A visitor who answered the first question; their session key."""
    visitor.get("/vraag/om-wie")
    assert visitor.post("/vraag/om-wie/antwoord", {"answer": "mental"}).status == 302
    assert NO_ANSWERS not in visitor.get("/overzicht").text
    return visitor.cookies["sessionid"]


def cookie_deleted(response, name: str) -> bool:
    return any(
        key.lower() == "set-cookie" and value.startswith(f"{name}=") and "Max-Age=0" in value
        for key, value in response.headers
    )


def test_quick_exit_with_a_stale_csrf_token_through_nginx(stack, fresh_address, figures):
    visitor = Visitor(stack.url, fresh_address())
    old_key = answered(visitor)
    visitor.cookies["csrftoken"] = "s" * 32  # a login in another tab changed it
    left = visitor.post("/weg", {"csrfmiddlewaretoken": "t" * 32})
    assert left.status == 302
    assert left.header("Location") == "/weer"
    assert cookie_deleted(left, "sessionid")
    assert visitor.get("/weer").status == 200
    # The old session itself is gone on the server, not just the cookie.
    returning = Visitor(stack.url, fresh_address(), cookies={"sessionid": old_key})
    assert NO_ANSWERS in returning.get("/overzicht").text
    figures["quick_exit_stale_token"] = "302 to /weer, session row and cookie gone"


def _pg_ctl(*args: str) -> None:
    command = [os.environ["TEST_PG_CTL"], "-D", os.environ["TEST_PG_DATA"], *args]
    if os.environ.get("TEST_PG_RUN_AS"):
        command = ["runuser", "-u", os.environ["TEST_PG_RUN_AS"], "--", *command]
    subprocess.run(command, check=True, capture_output=True, timeout=90)


@contextlib.contextmanager
def postgresql_stopped():
    """PostgreSQL really stopped, and always started again afterwards (with its own options)."""
    if not os.environ.get("TEST_PG_CTL"):
        pytest.skip("needs scripts/with-postgres (TEST_PG_CTL)")
    _pg_ctl("-m", "fast", "-w", "-t", "60", "stop")
    try:
        yield
    finally:
        options = os.environ["TEST_PG_OPTIONS"]
        _pg_ctl("-l", os.environ["TEST_PG_LOG"], "-w", "-t", "60", "start", "-o", options)
        # This process's own connections died with the server: the next test opens new ones.
        from django.db import connections

        connections.close_all()


def test_quick_exit_and_the_neutral_page_answer_with_postgresql_stopped(stack, fresh_address, figures):
    visitor = Visitor(stack.url, fresh_address())
    answered(visitor)
    with postgresql_stopped():
        assert request(stack.url, "GET", "/readyz", source=fresh_address()).status == 503  # really down
        started = time.monotonic()
        left = visitor.post("/weg", {})
        assert left.status == 302
        assert left.header("Location") == "/weer"
        assert cookie_deleted(left, "sessionid")
        weather = visitor.get("/weer")
        assert weather.status == 200
        assert "<title>Het weer</title>" in weather.text
        by_get = Visitor(stack.url, fresh_address(), cookies={"sessionid": "x" * 32}).get("/weg")
        assert by_get.status == 302
        assert cookie_deleted(by_get, "sessionid")
        seconds = time.monotonic() - started
    # Back up: every instance answers again (they reconnect by themselves).
    deadline = time.monotonic() + 30
    while request(stack.url, "GET", "/readyz", source=fresh_address()).status != 200:
        assert time.monotonic() < deadline, "the instances did not reconnect to PostgreSQL"
        time.sleep(0.2)
    for instance in stack.instances:
        for _ in range(4):  # every worker
            assert request(instance, "GET", "/readyz").status == 200
    figures["quick_exit_postgresql_stopped"] = f"/weg 302 and /weer 200 in {seconds:.2f} s"


def _gunicorn_processes() -> list[int]:
    """Every process of every instance: the masters (scripts/with-services) and their workers."""
    masters = [int(pid) for pid in os.environ.get("STACK_GUNICORN_PIDS", "").split(",") if pid]
    if not masters:
        pytest.fail("scripts/with-services exports STACK_GUNICORN_PIDS")
    found = list(masters)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            if parent in masters:
                found.append(int(stat.parent.name))
    return found


@contextlib.contextmanager
def every_instance_hanging():
    """Every app process paused (as if hanging), and always resumed afterwards."""
    processes = _gunicorn_processes()
    for pid in processes:
        os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        for pid in processes:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)


def test_quick_exit_works_through_nginx_when_no_instance_answers(stack, fresh_address, figures):
    visitor = Visitor(stack.url, fresh_address())
    answered(visitor)
    with every_instance_hanging():
        started = time.monotonic()
        left = visitor.post("/weg", {})
        seconds = time.monotonic() - started
        assert left.status == 302
        assert left.header("Location").endswith("/weer")
        assert cookie_deleted(left, "sessionid")
        assert cookie_deleted(left, "csrftoken")
        assert "cookies" in left.header("Clear-Site-Data")
        weather = request(stack.url, "GET", "/weer", source=fresh_address())
        assert weather.status == 200
        assert "<title>Het weer</title>" in weather.text
        assert "Werkroute" not in weather.text
        # Its stylesheet comes from nginx's static files, not from an instance.
        assert request(stack.url, "GET", "/static/errors/weer.css", source=fresh_address()).status == 200
    # Back: nginx passes requests on again once an instance answers (each was marked failed).
    deadline = time.monotonic() + 30
    while request(stack.url, "GET", "/healthz", source=fresh_address()).status != 200:
        assert time.monotonic() < deadline, "nginx did not pass requests on again"
        time.sleep(0.5)
    assert seconds < 8
    figures["quick_exit_no_instance"] = f"/weg 302 (cookies deleted by nginx) in {seconds:.1f} s, /weer 200"
