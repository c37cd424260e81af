"""What nginx in front guards: slow clients, large bodies, rate limits, logs, compression, caching."""

from __future__ import annotations

import contextlib
import gzip
import re
import threading
import time
from urllib.parse import urlencode

from tests.production.web import Visitor, connect, raw_socket, request

SLOW_SECONDS = 6


def _dribble(base: str, opening: bytes, stop: threading.Event, result: dict, source: str):
    """A slowloris client: an opening, then one byte every half second until stopped or closed."""
    sock = raw_socket(base, source=source, timeout=1)
    started = time.monotonic()
    try:
        sock.sendall(opening)
        while not stop.is_set():
            sock.sendall(b"a")
            try:
                if sock.recv(1024) == b"":
                    result["closed_after"] = time.monotonic() - started
                    return
            except TimeoutError:
                pass
            except OSError:
                result["closed_after"] = time.monotonic() - started
                return
            stop.wait(0.5)
    except OSError:
        result["closed_after"] = time.monotonic() - started
    finally:
        sock.close()


SLOW_HEADERS = b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Langzaam: "
# With a CSRF cookie, Django reads the body to find the token: a worker waits for every byte.
SLOW_BODY = (b"POST /vraag/om-wie/antwoord HTTP/1.1\r\nHost: localhost\r\n"
             b"Cookie: csrftoken=abcdefghijklmnopqrstuvwxyz012345\r\n"
             b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\nanswer=")


def _slow_clients(base: str, count: int, fresh_address):
    stop = threading.Event()
    results = [{} for _ in range(count)]
    threads = [
        threading.Thread(
            target=_dribble,
            args=(base, SLOW_HEADERS if n % 2 == 0 else SLOW_BODY, stop, results[n], fresh_address()),
            daemon=True,
        )
        for n in range(count)
    ]
    for thread in threads:
        thread.start()
    time.sleep(1)  # let them connect and start dribbling
    return stop, threads, results


def test_two_slowloris_connections_do_not_stop_healthz(stack, fresh_address, figures):
    # Control: two slow clients straight at one instance (2 sync workers) stop it.
    stop, threads, _ = _slow_clients(stack.instances[0], 2, fresh_address)
    try:
        blocked = False
        try:
            blocked = request(stack.instances[0], "GET", "/healthz", timeout=2).status != 200
        except TimeoutError:
            blocked = True
        assert blocked, "two slow clients should stop an instance that has no nginx in front"
    finally:
        stop.set()
        for thread in threads:
            thread.join(5)

    # Through nginx: two slow headers and two slow bodies per instance; /healthz keeps answering.
    count = 4 * len(stack.instances)
    stop, threads, results = _slow_clients(stack.url, count, fresh_address)
    try:
        slowest = 0.0
        deadline = time.monotonic() + SLOW_SECONDS
        while time.monotonic() < deadline:
            response = request(stack.url, "GET", "/healthz", source=fresh_address(), timeout=2)
            assert response.status == 200
            slowest = max(slowest, response.seconds)
            time.sleep(0.25)
        # nginx drops a client whose headers are not in after client_header_timeout (10 s). A slow
        # body that keeps sending is kept (client_body_timeout is between reads), in nginx only.
        for thread in threads[::2]:
            thread.join(20)
        closed = [result.get("closed_after", 99.0) for result in results[::2]]
        assert max(closed) < 15, results
    finally:
        stop.set()
        for thread in threads:
            thread.join(5)
    figures["slow_connections_through_nginx"] = count
    figures["healthz_slowest_seconds_meanwhile"] = round(slowest, 3)
    figures["slow_connections_closed_by_nginx_after_seconds"] = round(max(closed), 1)


def test_a_20_mb_body_is_refused_by_nginx(stack, access_log, fresh_address):
    twenty_mb = 20 * 1024 * 1024
    senders = [fresh_address(), fresh_address()]
    conn = connect(stack.url, source=senders[0])
    conn.putrequest("POST", "/vraag/om-wie/antwoord")
    conn.putheader("Content-Type", "application/x-www-form-urlencoded")
    conn.putheader("Content-Length", str(twenty_mb))
    conn.endheaders()
    with contextlib.suppress(OSError):  # nginx may already have answered and closed
        conn.send(b"answer=" + b"x" * 65536)
    response = conn.getresponse()
    body = response.read().decode()
    conn.close()
    assert response.status == 413
    assert "Dit is te groot" in body

    # Without a Content-Length (chunked), nginx counts while it reads and stops at the limit.
    conn = connect(stack.url, source=senders[1])
    conn.putrequest("POST", "/vraag/om-wie/antwoord")
    conn.putheader("Transfer-Encoding", "chunked")
    conn.endheaders()
    chunk = b"x" * 65536
    try:
        for _ in range(twenty_mb // len(chunk)):
            conn.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        conn.send(b"0\r\n\r\n")
    except OSError:
        pass
    response = conn.getresponse()
    response.read()
    conn.close()
    assert response.status == 413
    refused = [line for sender in senders for line in access_log.wait_for(f'{sender} [', 1)]
    assert len(refused) == 2
    assert all('"POST /vraag/om-wie/antwoord ' in line for line in refused)
    assert all(" 413 " in line and "upstream=- " in line for line in refused)  # no instance saw them


def test_the_access_log_holds_no_query_string(stack, access_log, fresh_address):
    secret = "geheim-antwoord-1234"
    api = "/api/v1/recommendations?" + urlencode({"concern": "mental", "wish": secret})
    visitor = Visitor(stack.url, source=fresh_address())
    for path in [api, f"/catalogus/?q={secret}", f"/resultaat?{secret}=1", f"/bestaat-niet?x={secret}",
                 f"/static/errors/429.html?{secret}", f"/healthz?{secret}"]:
        visitor.get(path)
    visitor.get("/inloggen")
    visitor.post(f"/inloggen?next=/{secret}", {"username": secret, "password": "fout"})
    request(stack.http_url, "GET", f"/vraag/om-wie?{secret}")
    lines = access_log.wait_for("", 9)  # nginx writes a line a moment after its answer
    assert len(lines) == 9
    assert any('"GET /api/v1/recommendations ' in line for line in lines)
    assert not [line for line in lines if "?" in line or secret in line]


def test_html_is_gzipped_and_static_files_are_cached_for_a_year(stack, access_log, fresh_address):
    page = request(stack.url, "GET", "/", headers={"Accept-Encoding": "gzip"}, source=fresh_address())
    assert page.status == 200
    assert page.header("Content-Encoding") == "gzip"
    assert "Accept-Encoding" in page.header("Vary")
    html = gzip.decompress(page.body).decode()
    assert "<html" in html
    assert len(page.body) < len(html) / 2

    stylesheet = re.search(r'href="(/static/[^"]+\.[0-9a-f]{12}\.css)"', html).group(1)
    gzip_please = {"Accept-Encoding": "gzip"}
    static = request(stack.url, "GET", stylesheet, headers=gzip_please, source=fresh_address())
    assert static.status == 200
    assert static.header("Cache-Control") == "public, max-age=31536000, immutable"
    assert static.header("Content-Encoding") == "gzip"
    unhashed = request(stack.url, "GET", "/static/errors/429.html", source=fresh_address())
    assert unhashed.header("Cache-Control") == "public, max-age=3600"
    assert any(f'"GET {stylesheet} ' in line and "upstream=- " in line for line in access_log.lines())


def _statuses(send, times: int) -> list[int]:
    return [send().status for _ in range(times)]


def test_login_posts_are_rate_limited_per_address(stack, fresh_address, figures):
    visitor = Visitor(stack.url, source=fresh_address())
    visitor.get("/inloggen")
    # Another username each time: the app's own lock per account stays out of it.
    answers = [visitor.post("/inloggen", {"username": f"niemand-{n}", "password": "fout"}) for n in range(14)]
    statuses = [response.status for response in answers]
    assert statuses[:11] == [422] * 11  # 10 a minute, with a burst of 10
    assert statuses[-2:] == [429, 429]  # (one more may pass if a 6-second refill falls in between)
    limited = answers[-1]
    assert "Even wachten" in limited.text  # nginx's Dutch page, not the app's
    assert limited.header("Cache-Control") == "no-store"
    assert visitor.get("/inloggen").status == 200  # the form itself is not limited
    visitor.source = fresh_address()
    assert visitor.post("/inloggen", {"username": "niemand-15", "password": "fout"}).status == 422
    figures["login_posts_before_nginx_429"] = statuses.index(429)


def test_wizard_answers_and_the_result_page_are_rate_limited_per_address(stack, fresh_address, figures):
    visitor = Visitor(stack.url, source=fresh_address())
    results = _statuses(lambda: visitor.get("/resultaat"), 40)
    assert 429 in results
    answers = _statuses(lambda: visitor.post("/vraag/om-wie/antwoord", {"answer": "mental"}), 70)
    assert 429 in answers
    figures["result_gets_before_nginx_429"] = results.index(429)
    figures["answer_posts_before_nginx_429"] = answers.index(429)
