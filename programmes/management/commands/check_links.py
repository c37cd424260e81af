"""Check every web address in the catalogue and store the outcome per address (for cron).

    manage.py check_links [--timeout 10] [--delay 1] [--max-requests 500]

Offerings' addresses, sources' addresses and organisations' websites, each once: HEAD first,
GET when a server does not do HEAD (405/501); redirects followed (at most 5); a timeout per
request; at most --max-requests requests per run; at least --delay seconds between two requests
to one host; a User-Agent that says who asks. Without a network every address is stored as
"niet te controleren" and the command still ends normally. Pages never call out: they read
LinkCheck. What an answer means is programmes.linkcheck.classify (pure, tested as a table).
"""

from __future__ import annotations

import errno
import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from programmes import linkcheck
from programmes.linkcheck import Verdict
from programmes.models import LinkCheck
from programmes.snapshot import build_catalogue

# Says who asks and why, so a website's owner can tell this from a crawler.
USER_AGENT = "Werkroute-linkcontrole/1.0 (controle van de webadressen in de catalogus van Werkroute)"
MAX_REDIRECTS = 5
NO_NETWORK_ERRNOS = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN}


@dataclass(frozen=True)
class Answer:
    status: int | None = None
    error: str | None = None
    moved_to: str = ""
    requests: int = 1


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects with the same method (urllib would turn a HEAD into a GET) and notes
    whether one of them was permanent."""

    max_redirections = MAX_REDIRECTS

    def __init__(self) -> None:
        super().__init__()
        self.permanent = False

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme not in {"http", "https"}:
            return None  # never follow to ftp: or elsewhere; urllib then reports the 3xx itself
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None:
            new.method = req.get_method()
            self.permanent = self.permanent or code in linkcheck.PERMANENT_REDIRECTS
        return new


def error_kind(exc: BaseException) -> str:
    """An exception from urllib or the socket below it → one of linkcheck's error kinds."""
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, TimeoutError):
        return linkcheck.TIMEOUT
    if isinstance(reason, socket.gaierror):
        return linkcheck.NO_NAME
    if isinstance(reason, ssl.SSLError | ssl.CertificateError):
        return linkcheck.TLS
    if isinstance(reason, ConnectionRefusedError | ConnectionResetError | ConnectionAbortedError):
        return linkcheck.REFUSED
    if isinstance(reason, http.client.RemoteDisconnected | http.client.BadStatusLine):
        return linkcheck.REFUSED
    if isinstance(reason, OSError) and reason.errno in NO_NETWORK_ERRNOS:
        return linkcheck.NO_NETWORK
    if isinstance(reason, ValueError) or (isinstance(reason, str) and "unknown url type" in reason):
        return linkcheck.INVALID
    return linkcheck.OTHER


def fetch(url: str, *, timeout: float, before_request=lambda: None) -> Answer:
    """HEAD, and GET if the server refuses HEAD. Never raises for what a website does."""
    if urlsplit(url).scheme not in {"http", "https"}:
        return Answer(error=linkcheck.INVALID, requests=0)
    used = 0
    for method in ("HEAD", "GET"):
        redirects = _Redirects()
        opener = urllib.request.build_opener(redirects)
        request = urllib.request.Request(  # noqa: S310 (only http(s), checked above)
            url, method=method, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.8"}
        )
        before_request()
        used += 1
        try:
            # The body is never read: the status is all we need.
            with opener.open(request, timeout=timeout) as response:
                status, final = response.status, response.url
        except urllib.error.HTTPError as exc:
            status, final = exc.code, exc.filename or url
            exc.close()
            if method == "HEAD" and status in {405, 501}:
                continue  # some servers only do GET
        except (OSError, ValueError, http.client.HTTPException) as exc:
            return Answer(error=error_kind(exc), requests=used)
        moved_to = final if redirects.permanent and final != url else ""
        return Answer(status=status, moved_to=moved_to, requests=used)
    raise AssertionError("unreachable: GET never continues")  # pragma: no cover


class PerHostDelay:
    """Waits so that two requests to one host are at least `delay` seconds apart."""

    def __init__(self, delay: float, clock=time.monotonic, sleep=time.sleep) -> None:
        self.delay, self.clock, self.sleep = delay, clock, sleep
        self.last: dict[str, float] = {}

    def before(self, host: str) -> None:
        if host in self.last:
            wait = self.delay - (self.clock() - self.last[host])
            if wait > 0:
                self.sleep(wait)
        self.last[host] = self.clock()


@dataclass(frozen=True)
class Result:
    verdict: Verdict
    http_status: int | None
    checked_at: datetime


@transaction.atomic
def record_link_checks(results: dict[str, Result], *, current_urls: set[str]) -> None:
    """The one write: store each address's outcome; forget addresses no longer in the catalogue.

    Addresses still in the catalogue but not checked this run (the request bound) keep their
    last outcome.
    """
    LinkCheck.objects.exclude(url__in=current_urls).delete()
    for url, result in results.items():
        LinkCheck.objects.update_or_create(
            url=url,
            defaults={
                "status": result.verdict.state,
                "http_status": result.http_status,
                "problem": result.verdict.problem[:300],
                "checked_at": result.checked_at,
            },
        )


class Command(BaseCommand):
    help = "Controleer alle webadressen in de catalogus (aanbod, bronnen, websites van organisaties)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--timeout", type=float, default=10.0, help="Seconden per verzoek (standaard 10)."
        )
        parser.add_argument(
            "--delay", type=float, default=1.0,
            help="Minstens zoveel seconden tussen twee verzoeken aan dezelfde website (standaard 1).",
        )
        parser.add_argument(
            "--max-requests", type=int, default=500,
            help="Hoogstens zoveel verzoeken per keer (standaard 500); de rest komt de volgende keer. "
            "Een adres kan er twee kosten (HEAD, dan GET): een volgend adres begint pas "
            "als er nog twee over zijn.",
        )

    def handle(self, *args, **options) -> None:
        links = linkcheck.links_in(build_catalogue())
        used_by = {link.url: link.used_by for link in links}
        budget = options["max_requests"]
        polite = PerHostDelay(options["delay"])
        results: dict[str, Result] = {}
        for url in linkcheck.polite_order(list(used_by)):
            if budget < 2:  # a check may need two requests (HEAD, then GET)
                break
            host = linkcheck.host_of(url)
            answer = fetch(
                url, timeout=options["timeout"], before_request=lambda host=host: polite.before(host)
            )
            budget -= answer.requests
            verdict = linkcheck.classify(answer.status, answer.error, answer.moved_to)
            results[url] = Result(verdict, answer.status, timezone.now())
            if options["verbosity"] >= 2:
                self.stdout.write(f"{linkcheck.STATE_WORDS[verdict.state]}: {url}")
        record_link_checks(results, current_urls=set(used_by))
        self._report(results, used_by)

    def _report(self, results: dict[str, Result], used_by: dict[str, tuple[str, ...]]) -> None:
        states = [result.verdict.state for result in results.values()]
        self.stdout.write(linkcheck.summary(states))
        skipped = len(used_by) - len(results)
        if skipped:
            self.stdout.write(
                f"{skipped} niet gecontroleerd: de grens van het aantal verzoeken is bereikt. "
                "Die komen de volgende keer aan de beurt."
            )
        for state in (linkcheck.BROKEN, linkcheck.UNREACHABLE):
            for url, result in results.items():
                if result.verdict.state == state:
                    self.stdout.write(f"- {linkcheck.STATE_WORDS[state]}: {url}")
                    self.stdout.write(f"  {result.verdict.problem}")
                    self.stdout.write(f"  Gebruikt bij: {'; '.join(used_by[url])}")
        unchecked = states.count(linkcheck.UNCHECKED)
        if unchecked and unchecked == len(states):
            self.stdout.write(
                "Geen enkel adres was te controleren: is er een netwerkverbinding? "
                "De uitkomst is opgeslagen als ‘niet te controleren’."
            )
