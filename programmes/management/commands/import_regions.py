"""(Re)load arbeidsmarktregio's, gemeenten, their other names and the woonplaatsen in them from
the CSV files in data/ (the names through `import_places`).

Curators run this once a year, when CBS publishes a new "Gebieden in Nederland". It is
idempotent: rows are matched on their code (aliases on name + gemeente) and updated in
place, so offerings that point at a region or gemeente keep pointing at it. Nothing is
deleted: a gemeente that disappeared in a herindeling may still be linked to offerings,
so it is reported for a curator to resolve instead.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from programmes.management.commands.import_places import load_place_names, place_names
from programmes.management.csvfiles import add_data_dir_argument, read_rows
from programmes.models import Municipality, Region
from programmes.services import bump_versions, catalogue_changed

REGIONS_FILE = "arbeidsmarktregios_2026.csv"
MUNICIPALITIES_FILE = "gemeente_arbeidsmarktregio_2026.csv"


class Command(BaseCommand):
    help = "Laad arbeidsmarktregio's, gemeenten en andere gemeentenamen (opnieuw) uit de CSV-bestanden."

    def add_arguments(self, parser):
        add_data_dir_argument(parser)

    def handle(self, *args, **options) -> None:
        data_dir = Path(options["data_dir"])
        regions = read_rows(data_dir / REGIONS_FILE, {"arbeidsmarktregiocode", "arbeidsmarktregionaam"})
        municipalities = read_rows(
            data_dir / MUNICIPALITIES_FILE, {"gemeentecode", "gemeentenaam", "arbeidsmarktregiocode"}
        )
        names = place_names(data_dir)

        region_codes = {row["arbeidsmarktregiocode"] for row in regions}
        unknown = sorted({row["arbeidsmarktregiocode"] for row in municipalities} - region_codes)
        if unknown:
            raise CommandError(f"Gemeenten in onbekende arbeidsmarktregio's: {', '.join(unknown)}")
        municipality_codes = {row["gemeentecode"] for row in municipalities}
        unknown = sorted({code for _name, code in names} - municipality_codes)
        if unknown:
            raise CommandError(f"Andere namen verwijzen naar onbekende gemeenten: {', '.join(unknown)}")

        with transaction.atomic():
            created = {"regions": 0, "municipalities": 0}
            by_code = {}
            for row in regions:
                region, was_created = Region.objects.update_or_create(
                    code=row["arbeidsmarktregiocode"], defaults={"name": row["arbeidsmarktregionaam"]}
                )
                by_code[region.code] = region
                created["regions"] += was_created
            for row in municipalities:
                _municipality, was_created = Municipality.objects.update_or_create(
                    code=row["gemeentecode"],
                    defaults={"name": row["gemeentenaam"], "region": by_code[row["arbeidsmarktregiocode"]]},
                )
                created["municipalities"] += was_created
            # Every place may have changed: a gemeente's or region's page opened before is stale.
            bump_versions(Region.objects.filter(code__in=region_codes))
            bump_versions(Municipality.objects.filter(code__in=municipality_codes))
            added_names = load_place_names(names)
            catalogue_changed()

        stale_regions = Region.objects.exclude(code__in=region_codes).order_by("code")
        stale_municipalities = Municipality.objects.exclude(code__in=municipality_codes).order_by("code")
        for item in [*stale_regions, *stale_municipalities]:
            self.stderr.write(
                self.style.WARNING(f"Niet meer in de CSV-bestanden: {item.code} {item.name} (blijft staan).")
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(regions)} arbeidsmarktregio's ({created['regions']} nieuw), "
                f"{len(municipalities)} gemeenten ({created['municipalities']} nieuw), "
                f"{len(names)} woonplaatsen en andere namen ({added_names} nieuw)."
            )
        )
