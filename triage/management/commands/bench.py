"""Benchmark: server time and SQL queries of the main pages at three catalogue sizes.

Runs in a throwaway test database (never the real one), builds synthetic catalogues of
published programmes with offerings across all regions, and measures in-process with
Django's test client: median and p95 server time, SQL query count, and peak memory.

    python manage.py bench                      # 20, 1000 and 10000 programmes
    python manage.py bench --sizes 20,200 --repeat 20 --output bench/results/quick.json
"""

from __future__ import annotations

import json
import platform
import random
import resource
import statistics
import time
from datetime import UTC, date, datetime
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection, connections
from django.test import Client
from django.test.utils import CaptureQueriesContext

from programmes import models
from programmes import vocabulary as vocab
from programmes.snapshot import clear_cache, get_catalogue
from triage import personas
from triage.answers import SESSION_KEY

# The happy-path person, in care at one of the synthetic catalogue's GGZ-instellingen.
PERSON = personas.YULIUS_CLIENT.with_answers(care_provider="bench-ggz-0")
API_QUERY = "&".join(f"{k}={v}" for k, v in PERSON.items())
PAGES = {
    "healthz": "/healthz",
    "wizard_step": "/vraag/uitkering",
    "result": "/resultaat",
    "handout": "/resultaat/overzicht",
    "stroomschema": "/stroomschema",
    "api": f"/api/v1/recommendations?{API_QUERY}",
}


class Command(BaseCommand):
    help = "Meet servertijd, aantal SQL-queries en geheugen bij 20, 1.000 en 10.000 trajecten."

    def add_arguments(self, parser):
        parser.add_argument("--sizes", default="20,1000,10000")
        parser.add_argument("--repeat", type=int, default=50)
        parser.add_argument("--output", default="bench/results/latest.json")
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, **options):
        sizes = [int(size) for size in options["sizes"].split(",")]
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
        try:
            call_command("import_regions", verbosity=0)
            rng = random.Random(options["seed"])  # noqa: S311 (synthetic data, not security)
            rows = [self._measure(size, options["repeat"], rng) for size in sizes]
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
        report = {
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": {
                "platform": platform.platform(),
                "python": platform.python_version(),
                "cpus": _cpu_count(),
                "database": connections["default"].vendor,
            },
            "repeat": options["repeat"],
            "rows": rows,
        }
        output = Path(options["output"])
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(report, indent=2), encoding="utf-8")
        self.stdout.write(format_table(report))
        self.stdout.write(f"\nJSON: {output}")

    def _measure(self, size: int, repeat: int, rng: random.Random) -> dict:
        build_catalogue(size, rng)
        clear_cache()
        started = time.perf_counter()
        get_catalogue()
        snapshot_ms = (time.perf_counter() - started) * 1000
        # No test-environment instrumentation: it would slow template rendering down.
        client = Client(HTTP_HOST="127.0.0.1")
        session = client.session
        session[SESSION_KEY] = dict(PERSON)
        session.save()
        client.cookies[settings.SESSION_COOKIE_NAME] = session.session_key
        pages = {}
        for name, url in PAGES.items():
            client.get(url)  # warm-up
            with CaptureQueriesContext(connection) as queries:  # counted apart: capturing costs time
                assert client.get(url).status_code == 200, url
            query_count = len(queries)  # read now: the next request resets the query log
            timings = []
            for _ in range(repeat):
                started = time.perf_counter()
                response = client.get(url)
                timings.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (url, response.status_code)
            pages[name] = {
                "median_ms": round(statistics.median(timings), 2),
                "p95_ms": round(_p95(timings), 2),
                "queries": query_count,
            }
        return {
            "programmes": size,
            "snapshot_build_ms": round(snapshot_ms, 1),
            "pages": pages,
            "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _cpu_count() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 0


def _pick(rng: random.Random, choices, empty_chance: float) -> list[str]:
    if rng.random() < empty_chance:
        return []
    keys = [key for key, _ in choices]
    return rng.sample(keys, rng.randint(1, len(keys)))


def build_catalogue(size: int, rng: random.Random) -> None:
    """Replace the catalogue with `size` synthetic published programmes."""
    models.Offering.objects.all().delete()
    for part in (models.Funding, models.Evidence, models.Condition, models.Source):
        part.objects.all().delete()
    models.Programme.objects.all().delete()
    models.Organisation.objects.all().delete()
    models.SupportKind.objects.all().delete()
    kinds = models.SupportKind.objects.bulk_create(
        models.SupportKind(slug=f"bench-kind-{i}", name=f"Soort {i}", median_paid_work_pct=20 + i)
        for i in range(12)
    )
    providers = models.Organisation.objects.bulk_create(
        models.Organisation(slug=f"bench-ggz-{i}", name=f"GGZ {i}", kind="ggz") for i in range(40)
    )
    regions = list(models.Region.objects.all())
    today = date.today()
    programmes = models.Programme.objects.bulk_create(
        models.Programme(
            slug=f"bench-{i}", name=f"Traject {i:05d}", kind=rng.choice(kinds), status="published",
            summary="U krijgt hulp bij werk.", description="Begeleiding naar werk.",
            concerns=_pick(rng, vocab.CONCERNS, 0.3), care=_pick(rng, vocab.CARE, 0.4),
            severities=_pick(rng, vocab.PROGRAMME_SEVERITIES, 0.6),
            situations=_pick(rng, vocab.SITUATIONS, 0.3),
            benefits=_pick(rng, vocab.PROGRAMME_BENEFITS, 0.3), wishes=_pick(rng, vocab.WISHES, 0.2),
            min_age=rng.choice([None, 16, 18, 27]), max_age=rng.choice([None, 26, 67]),
            recognition_level=rng.choice([key for key, _ in vocab.RECOGNITION_LEVELS]),
            how_to_apply="Vraag uw klantmanager.", last_verified=today,
        )
        for i in range(size)
    )
    parts_per = [
        (models.Source, {"document": "bench", "locator": "-"}),
        (models.Evidence, {"result": "Meer werk.", "figure": "40%", "source": "bench", "is_key": True}),
    ]
    for model, fields in parts_per:
        model.objects.bulk_create(model(programme=p, order=1, **fields) for p in programmes)
    models.Funding.objects.bulk_create(
        models.Funding(programme=p, order=n, benefit=b, payer="Gemeente", budget="Participatiebudget",
                       applicant="Klantmanager", source="bench")
        for p in programmes for n, b in enumerate(p.benefits or ["bijstand"], start=1)
    )
    offerings = models.Offering.objects.bulk_create(
        models.Offering(
            programme=p, provider=rng.choice(providers),
            scope="national" if rng.random() < 0.1 else "regions",
            requires_care_at_provider=rng.random() < 0.2,
        )
        for p in programmes
    )
    through = models.Offering.regions.through
    through.objects.bulk_create(
        through(offering_id=o.pk, region_id=region.pk)
        for o in offerings if o.scope == "regions"
        for region in rng.sample(regions, rng.randint(1, 4))
    )


def format_table(report: dict) -> str:
    lines = [
        f"Werkroute benchmark {report['date']} – {report['machine']['platform']}, "
        f"{report['machine']['cpus']} cores, {report['machine']['database']}, "
        f"{report['repeat']} requests per page",
        "",
        f"{'programmes':>10} | {'page':<12} | {'median ms':>9} | {'p95 ms':>8} | "
        f"{'queries':>7} | {'peak MB':>7}",
        "-" * 70,
    ]
    for row in report["rows"]:
        for name, page in row["pages"].items():
            lines.append(
                f"{row['programmes']:>10} | {name:<12} | {page['median_ms']:>9} | {page['p95_ms']:>8} | "
                f"{page['queries']:>7} | {row['peak_memory_mb']:>7}"
            )
        lines.append(f"{'':>10} | snapshot build once per catalogue change: {row['snapshot_build_ms']} ms")
    return "\n".join(lines)
