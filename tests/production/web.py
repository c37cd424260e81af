"""A small HTTP client for the production-like tests: loopback only, TLS with the test's own
certificate, a chosen source address (127.x.y.z) per visitor so nginx's per-address limits of one
test never touch another's, and a cookie jar with the CSRF token the forms need."""

from __future__ import annotations

import http.client
import ipaddress
import os
import socket
import ssl
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlencode, urlsplit

LOOPBACK = ipaddress.ip_network("127.0.0.0/8")


def _loopback_only(host: str) -> None:
    address = ipaddress.ip_address(socket.gethostbyname(host))
    if address not in LOOPBACK:
        raise AssertionError(f"the production-like tests only ever contact loopback, not {host}")


def tls_context() -> ssl.SSLContext:
    return ssl.create_default_context(cafile=os.environ["STACK_CA_FILE"])


def connect(base: str, source: str | None = None, timeout: float = 10):
    parts = urlsplit(base)
    _loopback_only(parts.hostname)
    source_address = (source, 0) if source else None
    if parts.scheme == "https":
        return http.client.HTTPSConnection(parts.hostname, parts.port, timeout=timeout, context=tls_context(),
                                           source_address=source_address)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout,
                                      source_address=source_address)


def raw_socket(base: str, source: str | None = None, timeout: float = 10):
    """A plain (or TLS) socket to the server, for clients that send slowly or too much."""
    parts = urlsplit(base)
    _loopback_only(parts.hostname)
    sock = socket.create_connection((parts.hostname, parts.port), timeout=timeout,
                                    source_address=(source, 0) if source else None)
    if parts.scheme == "https":
        sock = tls_context().wrap_socket(sock, server_hostname=parts.hostname)
    return sock


@dataclass
class Response:
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    seconds: float

    def header(self, name: str) -> str:
        return ", ".join(value for key, value in self.headers if key.lower() == name.lower())

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


def request(base: str, method: str, path: str, *, body: bytes | str = b"", headers: dict | None = None,
            source: str | None = None, timeout: float = 10) -> Response:
    conn = connect(base, source, timeout)
    started = time.monotonic()
    try:
        conn.request(method, path, body=body or None, headers=headers or {})
        response = conn.getresponse()
        data = response.read()
        return Response(response.status, response.getheaders(), data, time.monotonic() - started)
    finally:
        conn.close()


@dataclass
class Visitor:
    """One browser: a base URL (nginx or an instance), a source address and cookies."""

    base: str
    source: str | None = None
    cookies: dict[str, str] = field(default_factory=dict)

    def _send(self, method: str, path: str, body: bytes | str = b"", headers: dict | None = None) -> Response:
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{key}={value}" for key, value in self.cookies.items())
        response = request(self.base, method, path, body=body, headers=headers, source=self.source)
        for name, value in response.headers:
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key] = rest.split(";", 1)[0]
        return response

    def get(self, path: str, headers: dict | None = None) -> Response:
        return self._send("GET", path, headers=headers)

    def post(self, path: str, data: dict | list[tuple[str, str]]) -> Response:
        fields = list(data.items()) if isinstance(data, dict) else list(data)
        if "csrftoken" in self.cookies and not any(key == "csrfmiddlewaretoken" for key, _ in fields):
            fields.append(("csrfmiddlewaretoken", self.cookies["csrftoken"]))
        # Django checks the Origin of an https POST against the host, as a browser sends it.
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Origin": self.base}
        return self._send("POST", path, urlencode(fields), headers)


class FormFields(HTMLParser):
    """The values a browser would submit from the form with id `form_id` (no buttons)."""

    def __init__(self, form_id: str):
        super().__init__()
        self.form_id = form_id
        self.inside = False
        self.fields: list[tuple[str, str]] = []
        self._select: str | None = None
        self._textarea: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("id") == self.form_id
        if not self.inside:
            return
        name = a.get("name")
        if tag == "input" and name and a.get("type", "text") not in {"submit", "button", "image", "file"}:
            if a.get("type") in {"checkbox", "radio"}:
                if "checked" in a:
                    self.fields.append((name, a.get("value", "on")))
            else:
                self.fields.append((name, a.get("value") or ""))
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in a:
            self.fields.append((self._select, a.get("value") or ""))
        elif tag == "textarea" and name:
            self._textarea, self._text = name, []

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea:
            self.fields.append((self._textarea, "".join(self._text).lstrip("\n")))
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self._text.append(data)


def form_fields(html: str, form_id: str) -> list[tuple[str, str]]:
    parser = FormFields(form_id)
    parser.feed(html)
    return parser.fields
