"""Write the published catalogue as Open Referral HSDS 3.0 files."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from opendata.export import export_files
from opendata.mapping import Publisher, to_hsds
from opendata.selectors import service_modified_times
from programmes.files import write_atomically
from programmes.snapshot import build_catalogue


class Command(BaseCommand):
    help = (
        "Schrijf de gepubliceerde catalogus als Open Referral HSDS 3.0: organizations.json, services.json, "
        "taxonomies.json en taxonomy_terms.json, en de CSV-vorm met datapackage.json in csv/."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--out", required=True, help="De map om in te schrijven (zo nodig gemaakt)."
        )
        parser.add_argument(
            "--base-url",
            default="",
            help="Adres van de site (https://werkroute.nl): maakt de URI's absoluut.",
        )
        parser.add_argument(
            "--assurer-email", default="", help="E-mailadres van wie de gegevens controleert (assurer_email)."
        )

    def handle(self, *args, out: str, base_url: str = "", assurer_email: str = "", **options) -> None:
        target = Path(out)
        if not target.parent.is_dir():
            raise CommandError(f"De map {target.parent} bestaat niet.")
        data = to_hsds(
            build_catalogue(),
            Publisher(base_url=base_url.rstrip("/"), assurer_email=assurer_email),
            service_modified_times(),
        )
        files = export_files(data, homepage=base_url.rstrip("/"))
        for relative, text in files.items():
            path = target / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, text)
        self.stderr.write(
            self.style.SUCCESS(
                f"HSDS geschreven naar {target}: {len(data.rows('services'))} diensten van "
                f"{len(data.rows('organizations'))} organisaties, {len(files)} bestanden."
            )
        )
