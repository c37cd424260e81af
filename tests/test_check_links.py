"""manage.py check_links against a small web server on loopback (and without a network)."""

import errno
import http.server
import io
import socket
import threading
import time

import pytest
from django.core.management import call_command

from programmes.management.commands import check_links
from programmes.management.commands.check_links import PerHostDelay
from programmes.models import LinkCheck
from tests.factories import OfferingFactory, OrganisationFactory, ProgrammeFactory, SourceFactory

SLOW_SECONDS = 3
TIMEOUT = "0.5"


class Handler(http.server.BaseHTTPRequestHandler):
    requests: list[tuple[str, str, str]]

    def answer(self) -> None:
        self.requests.append((self.command, self.path, self.headers.get("User-Agent", "")))
        if self.path == "/traag":
            time.sleep(SLOW_SECONDS)
        if self.path == "/alleen-get" and self.command == "HEAD":
            return self.send(405)
        if self.path == "/verhuisd":
            return self.send(301, location="/ok")
        if self.path == "/naar-ftp":
            return self.send(302, location="ftp://127.0.0.1/bestand")
        self.send({"/ok": 200, "/alleen-get": 200, "/weg": 404, "/storing": 503}.get(self.path, 200))

    def send(self, status: int, location: str = "") -> None:
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_HEAD = do_GET = answer

    def log_message(self, *args):  # keep the test output clean
        pass


@pytest.fixture
def site(monkeypatch):
    """http://127.0.0.1:<port>: /ok 200, /weg 404, /traag answers after 3 s, /alleen-get refuses HEAD,
    /verhuisd moves permanently to /ok, /naar-ftp redirects to ftp:, /storing 503."""
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    requests: list = []
    handler = type("SiteHandler", (Handler,), {"requests": requests})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", requests
    server.shutdown()
    server.server_close()


@pytest.fixture
def catalogue_with_links(db, site):
    base, _requests = site
    programme = ProgrammeFactory(slug="ips", name="IPS", with_parts=False)
    concept = ProgrammeFactory(slug="nog-niet", name="Nog niet af", status="concept", with_parts=False)
    OfferingFactory(
        programme=programme, provider=OrganisationFactory(slug="yulius", name="Yulius", website=f"{base}/ok"),
        url=f"{base}/weg",
    )
    uwv = OrganisationFactory(slug="uwv", name="UWV")
    OfferingFactory(programme=concept, provider=uwv, url=f"{base}/verhuisd")
    SourceFactory(programme=programme, url=f"{base}/traag", order=1)
    SourceFactory(programme=programme, url=f"{base}/alleen-get", order=2)
    SourceFactory(programme=concept, url=f"{base}/storing", order=1)
    SourceFactory(programme=concept, url="", order=2)
    SourceFactory(programme=concept, url=f"{base}/naar-ftp", order=3)
    return base


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("check_links", "--timeout", TIMEOUT, "--delay", "0", *args, stdout=out)
    return out.getvalue()


def stored() -> dict[str, tuple[str, int | None, str]]:
    return {check.url: (check.status, check.http_status, check.problem) for check in LinkCheck.objects.all()}


def test_every_address_is_checked_and_its_outcome_stored(catalogue_with_links):
    base = catalogue_with_links
    output = run()
    results = stored()
    assert results[f"{base}/ok"] == ("ok", 200, "")
    assert results[f"{base}/alleen-get"] == ("ok", 200, "")
    assert results[f"{base}/weg"][:2] == ("broken", 404)
    assert "niet gevonden (404)" in results[f"{base}/weg"][2]
    assert results[f"{base}/traag"][:2] == ("unreachable", None)
    assert "niet op tijd" in results[f"{base}/traag"][2]
    assert results[f"{base}/storing"][:2] == ("unreachable", 503)
    moved = f"Werkt, maar is verhuisd naar {base}/ok: pas het adres aan."
    assert results[f"{base}/verhuisd"] == ("ok", 200, moved)
    assert results[f"{base}/naar-ftp"][:2] == ("unreachable", 302)  # not followed off the web
    assert len(results) == 7
    assert "7 webadressen gecontroleerd: 3 in orde, 1 kapot, 3 niet bereikbaar." in output
    assert f"- kapot: {base}/weg" in output
    assert "Gebruikt bij: aanbod IPS – Yulius" in output


def test_head_comes_first_get_only_when_head_is_refused_and_the_checker_says_who_it_is(
    catalogue_with_links, site
):
    _base, requests = site
    run()
    methods = {(method, path) for method, path, _agent in requests}
    assert ("HEAD", "/ok") in methods
    assert ("GET", "/ok") not in methods
    assert {("HEAD", "/alleen-get"), ("GET", "/alleen-get")} <= methods
    assert ("HEAD", "/verhuisd") in methods  # and the redirect was followed with HEAD too
    assert {agent for _method, _path, agent in requests} == {check_links.USER_AGENT}


def test_the_number_of_requests_is_bounded_and_the_rest_keeps_its_last_outcome(catalogue_with_links, site):
    base, requests = site
    LinkCheck.objects.create(
        url=f"{base}/weg", status="broken", http_status=404, checked_at="2026-01-01T00:00Z"
    )
    output = run("--max-requests", "3")
    assert len(requests) <= 3
    assert "niet gecontroleerd: de grens van het aantal verzoeken is bereikt" in output
    assert LinkCheck.objects.filter(url=f"{base}/weg").exists()


def test_addresses_no_longer_in_the_catalogue_are_forgotten(catalogue_with_links):
    LinkCheck.objects.create(url="https://weg.example/oud", status="broken", checked_at="2026-01-01T00:00Z")
    run()
    assert not LinkCheck.objects.filter(url="https://weg.example/oud").exists()


def no_name(*args, **kwargs):
    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


def no_network(*args, **kwargs):
    raise OSError(errno.ENETUNREACH, "Network is unreachable")


@pytest.mark.parametrize(("target", "failure"), [("getaddrinfo", no_name), ("create_connection", no_network)])
def test_offline_every_address_is_niet_te_controleren_and_the_command_still_ends(
    db, monkeypatch, target, failure
):
    programme = ProgrammeFactory(with_parts=False)
    OfferingFactory(programme=programme, url="https://www.werkroute-voorbeeld.nl/aanbod")
    SourceFactory(programme=programme, url="http://bron.werkroute-voorbeeld.nl/rapport.pdf")
    monkeypatch.setattr(socket, target, failure)
    output = run()
    assert {status for status, _code, _problem in stored().values()} == {"unchecked"}
    assert len(stored()) == 2
    assert "2 webadressen gecontroleerd: 2 niet te controleren." in output
    assert "is er een netwerkverbinding?" in output


def test_two_requests_to_one_host_wait_for_the_delay_but_other_hosts_do_not():
    now = [0.0]
    waits: list[float] = []

    def sleep(seconds):
        waits.append(seconds)
        now[0] += seconds

    delay = PerHostDelay(1.0, clock=lambda: now[0], sleep=sleep)
    delay.before("a.nl")
    delay.before("b.nl")
    now[0] += 0.25
    delay.before("a.nl")
    now[0] += 2
    delay.before("a.nl")
    assert waits == [0.75]
