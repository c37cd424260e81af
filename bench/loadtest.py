"""Load test on loopback: gunicorn with 2 workers, concurrent requests, zero errors expected.

Run through scripts/loadtest (which provides a throwaway PostgreSQL and the environment).
With --through-nginx (scripts/loadtest --nginx), it targets the production topology that
scripts/with-services started instead: nginx (TLS) in front of two gunicorn instances and Redis.
There each client thread plays one visitor after another, as a browser does: one kept-alive TLS
connection from its own loopback source address (127.30.x.y) for VISITOR_REQUESTS requests, then
the next visitor. nginx limits requests per address; one address for everything would soon meet
those limits.
Measures /healthz, the result page (with a session holding a full set of answers) and the
JSON API in one run, each for --seconds with --concurrency client threads, and reports
throughput, latency percentiles and errors, plus each page's ratio to /healthz.
Only 127.0.0.1 is ever contacted; every loop is bounded in time and stops by itself.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import signal
import socket
import ssl
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
HOST = "127.0.0.1"
# Through nginx: requests per visitor (one kept-alive connection, one source address), fewer than
# the smallest burst of nginx's per-address limits (30 on /resultaat).
VISITOR_REQUESTS = 20
ANSWERS = [
    ("om-wie", "mental"),
    ("zorg", "specialist_ggz"),
    ("ggz-instelling", "yulius"),
    ("ernst", "severe"),
    ("werksituatie", "job_seeking"),
    ("uitkering", "bijstand"),
    ("wens", "paid_work_now"),
    ("woonplaats", "Dordrecht"),
    ("leeftijd", "35"),
]
API = "/api/v1/recommendations?" + urlencode(
    {
        "concern": "mental",
        "care": "specialist_ggz",
        "care_provider": "yulius",
        "severity": "severe",
        "situation": "job_seeking",
        "benefit": "bijstand",
        "wish": "paid_work_now",
        "municipality": "GM0505",
        "age": "35",
    }
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def manage(*args: str) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


class Target:
    """Where requests go: gunicorn on HOST:port, or nginx over TLS from rotating source addresses."""

    def __init__(self, port: int = 0, url: str = "", cafile: str = ""):
        self.port = port
        self.url = url
        self.context = ssl.create_default_context(cafile=cafile) if url else None
        self.lock = threading.Lock()
        self.counter = 0
        self.local = threading.local()

    def send(self, method: str, path: str, body: str, headers: dict):
        if not self.url:
            conn = http.client.HTTPConnection(HOST, self.port, timeout=10)
            try:
                conn.request(method, path, body=body or None, headers=headers)
                response = conn.getresponse()
                response.read()
                return response.status, response.getheaders()
            finally:
                conn.close()
        conn, used = getattr(self.local, "visitor", (None, VISITOR_REQUESTS))
        if conn is None or used >= VISITOR_REQUESTS:
            if conn is not None:
                conn.close()
            conn, used = self._new_visitor(), 0
        self.local.visitor = (None, VISITOR_REQUESTS)  # a failed request starts a new visitor
        try:
            conn.request(method, path, body=body or None, headers=headers)
            response = conn.getresponse()
            response.read()
        except OSError:
            conn.close()
            raise
        self.local.visitor = (conn, used + 1)
        return response.status, response.getheaders()

    def _new_visitor(self):
        parts = urlsplit(self.url)
        if socket.gethostbyname(parts.hostname) != HOST:
            raise SystemExit("load tests only ever target loopback")
        with self.lock:
            self.counter += 1
            number = self.counter % 65000 + 1
        source = f"127.30.{number // 254}.{number % 254 + 1}"
        return http.client.HTTPSConnection(parts.hostname, parts.port, timeout=10, context=self.context,
                                           source_address=(source, 0))


def request(target: Target, method: str, path: str, body: str = "", headers: dict | None = None):
    return target.send(method, path, body, headers or {})


def cookies_from(headers, jar: dict) -> None:
    for name, value in headers:
        if name.lower() == "set-cookie":
            key, _, rest = value.partition("=")
            jar[key] = rest.split(";", 1)[0]


def session_with_answers(target: Target) -> str:
    jar: dict[str, str] = {}
    _, headers = request(target, "GET", "/vraag/om-wie")
    cookies_from(headers, jar)
    for slug, value in ANSWERS:
        body = urlencode({"answer": value, "csrfmiddlewaretoken": jar["csrftoken"]})
        status, headers = request(
            target,
            "POST",
            f"/vraag/{slug}/antwoord",
            body,
            {
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": "; ".join(f"{k}={v}" for k, v in jar.items()),
                # Django checks the Origin of an https POST, as a browser sends it.
                **({"Origin": target.url} if target.url else {}),
            },
        )
        assert status == 302, (slug, status)
        cookies_from(headers, jar)
    return f"sessionid={jar['sessionid']}"


def hammer(target: Target, path: str, cookie: str, seconds: float, concurrency: int) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def worker():
        mine, failed = [], []
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                status, _ = request(target, "GET", path, headers={"Cookie": cookie} if cookie else {})
                if status != 200:
                    failed.append(str(status))
            except OSError as error:
                failed.append(type(error).__name__)
            mine.append((time.perf_counter() - started) * 1000)
        with lock:
            latencies.extend(mine)
            errors.extend(failed)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p * (len(ordered) - 1)))], 1)

    return {
        "requests": len(latencies),
        "errors": len(errors),
        "error_kinds": sorted(set(errors)),
        "throughput_rps": round(len(latencies) / elapsed, 1),
        "median_ms": round(statistics.median(latencies), 1),
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
        "max_ms": round(ordered[-1], 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--output", default=None)
    parser.add_argument("--through-nginx", action="store_true",
                        help="target the services of scripts/with-services (STACK_URL) instead")
    args = parser.parse_args()
    if args.through_nginx:
        return run(args, Target(url=os.environ["STACK_URL"], cafile=os.environ["STACK_CA_FILE"]),
                   f"nginx (TLS) in front of {len(os.environ['STACK_INSTANCE_URLS'].split(','))} gunicorn "
                   "instances (2 sync workers each), Redis, PostgreSQL, DEBUG=0",
                   args.output or str(ROOT / "bench" / "results" / "loadtest-nginx.json"))

    manage("migrate", "--noinput")
    manage("flush", "--noinput")
    manage("loaddata", "catalogue")
    port = free_port()
    server = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "config.wsgi",
            "--workers",
            "2",
            "--bind",
            f"{HOST}:{port}",
            "--access-logfile",
            "-",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    target = Target(port=port)
    try:
        for _ in range(100):
            try:
                if request(target, "GET", "/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        return run(args, target, "gunicorn, 2 sync workers, PostgreSQL, DEBUG=0",
                   args.output or str(ROOT / "bench" / "results" / "loadtest.json"))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def run(args, target: Target, server: str, output: str) -> int:
    cookie = session_with_answers(target)
    targets = {"healthz": ("/healthz", ""), "result": ("/resultaat", cookie), "api": (API, "")}
    for path, c in targets.values():  # warm every worker
        for _ in range(20):
            request(target, "GET", path, headers={"Cookie": c} if c else {})
    rows = {
        name: hammer(target, path, c, args.seconds, args.concurrency) for name, (path, c) in targets.items()
    }
    base = rows["healthz"]
    for row in rows.values():
        row["median_vs_healthz"] = round(row["median_ms"] / base["median_ms"], 1)
        row["throughput_vs_healthz"] = round(row["throughput_rps"] / base["throughput_rps"], 2)
    report = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "server": server,
        "client": f"{args.concurrency} threads, {args.seconds:.0f} s per page, loopback",
        "cpus": len(os.sched_getaffinity(0)),
        "rows": rows,
    }
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    Path(output).write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(
        f"Load test {report['date']}: {report['server']}; client {report['client']}; {report['cpus']} cores"
    )
    print(
        f"{'page':<8} | {'req':>6} | {'err':>3} | {'req/s':>7} | {'med ms':>6} | {'p95 ms':>6} | "
        f"{'p99 ms':>6} | {'max ms':>6} | {'med×healthz':>11}"
    )
    for name, row in rows.items():
        print(
            f"{name:<8} | {row['requests']:>6} | {row['errors']:>3} | {row['throughput_rps']:>7} | "
            f"{row['median_ms']:>6} | {row['p95_ms']:>6} | {row['p99_ms']:>6} | {row['max_ms']:>6} | "
            f"{row['median_vs_healthz']:>11}"
        )
    return 1 if any(row["errors"] for row in rows.values()) else 0


if __name__ == "__main__":
    if not re.fullmatch(r"127\.0\.0\.1", HOST):
        sys.exit("load tests only ever target loopback")
    sys.exit(main())
