"""Bytes transferred per public page, as Chromium receives them from a production-like server.

Run through scripts/page-weight (a throwaway PostgreSQL, DEBUG off, collectstatic with whitenoise's
compressed, hashed files, gunicorn on loopback). Each page is loaded in a fresh browser context
(nothing cached) and every response is counted with its headers, compressed as sent. Only
127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# The same Yulius client in Dordrecht, served the same way, as in the load test.
from bench.loadtest import ANSWERS, HOST, free_port, manage  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
PAGES = [
    ("start", "/", False),
    ("question", "/vraag/uitkering", False),
    ("summary", "/overzicht", True),
    ("result", "/resultaat", True),
    ("stroomschema", "/stroomschema", False),
    ("catalogue", "/catalogus/", False),
    ("programme", "/catalogus/ips/", False),
    ("privacy", "/privacy", False),
    ("accessibility", "/toegankelijkheid", False),
    ("login", "/inloggen", False),
]


def answer(context, base: str) -> None:
    # Through the API request context: nothing lands in the browser's cache before the page is weighed.
    context.request.get(f"{base}/vraag/om-wie")
    token = next(c["value"] for c in context.cookies() if c["name"] == "csrftoken")
    for slug, value in ANSWERS:
        response = context.request.post(
            f"{base}/vraag/{slug}/antwoord",
            form={"answer": value, "csrfmiddlewaretoken": token},
            headers={"Referer": f"{base}/vraag/{slug}"},
            max_redirects=0,
        )
        assert response.status == 302, (slug, response.status)


def weigh(browser, base: str, path: str, with_answers: bool) -> dict:
    context = browser.new_context(locale="nl-NL")
    if with_answers:
        answer(context, base)
    page = context.new_page()
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(f"{base}{path}", wait_until="load")
    page.wait_for_load_state("networkidle")
    totals: dict[str, int] = defaultdict(int)
    encodings = {}
    for request in finished:
        sizes = request.sizes()
        kind = request.resource_type
        totals[kind] += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        response = request.response()
        if kind in {"document", "stylesheet"} and response is not None:
            encodings[request.url.removeprefix(base)] = response.headers.get("content-encoding", "identity")
    context.close()
    return {"bytes": dict(totals), "total": sum(totals.values()), "encodings": encodings}


# Long tasks (over 50 ms on the main thread), as Lighthouse counts them: on a phone-sized window with the
# CPU slowed down four times (Lighthouse's mobile setting), from navigation until the page is quiet.
LONG_TASKS = """
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
}).observe({type: "longtask", buffered: true});
"""


def long_tasks(browser, base: str, path: str, runs: int) -> dict:
    longest, blocking = [], []
    for _ in range(runs):
        context = browser.new_context(locale="nl-NL", viewport={"width": 412, "height": 823})
        page = context.new_page()
        context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": 4})
        page.add_init_script(LONG_TASKS)
        page.goto(f"{base}{path}", wait_until="load")
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(1000)
        tasks = page.evaluate("window.__longTasks")
        longest.append(round(max(tasks, default=0)))
        blocking.append(round(sum(task - 50 for task in tasks)))
        context.close()
    longest.sort()
    blocking.sort()
    return {"longest_ms": longest, "blocking_ms": blocking,
            "median_longest_ms": longest[runs // 2], "median_blocking_ms": blocking[runs // 2]}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--label", default="now")
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "page-weight.json"))
    parser.add_argument("--long-tasks", type=int, default=0, metavar="RUNS",
                        help="also measure long tasks on the catalogue and start pages, RUNS loads each")
    args = parser.parse_args()

    manage("migrate", "--noinput")
    manage("flush", "--noinput")
    manage("loaddata", "catalogue")
    manage("collectstatic", "--noinput", "--clear")
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 (a fixed command line)
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "config.wsgi", "--workers", "1",
         "--bind", f"{HOST}:{port}", "--log-level", "warning"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    base = f"http://{HOST}:{port}"
    rows = {}
    try:
        from playwright.sync_api import sync_playwright

        for _ in range(100):
            try:
                with socket.create_connection((HOST, port), timeout=1):
                    break
            except OSError:
                time.sleep(0.1)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=["--no-sandbox"]
            )
            for name, path, with_answers in PAGES:
                rows[name] = {"path": path, **weigh(browser, base, path, with_answers)}
            if args.long_tasks:
                for name in ("catalogue", "start", "programme"):
                    rows[name]["long_tasks"] = long_tasks(browser, base, rows[name]["path"], args.long_tasks)
            browser.close()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)

    print(f"{'page':<14} {'path':<20} {'html':>8} {'css':>8} {'js':>8} {'total':>8}")
    for name, row in rows.items():
        b = row["bytes"]
        print(f"{name:<14} {row['path']:<20} {b.get('document', 0):>8} {b.get('stylesheet', 0):>8} "
              f"{b.get('script', 0):>8} {row['total']:>8}")
    for row in rows.values():
        if tasks := row.get("long_tasks"):
            print(f"long tasks on {row['path']} (CPU 4x slower): longest {tasks['longest_ms']} ms, "
                  f"blocking {tasks['blocking_ms']} ms")
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    measured_at = datetime.now(UTC).isoformat(timespec="seconds")
    result = {"label": args.label, "measured_at": measured_at, "pages": rows}
    output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"Written to {output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
