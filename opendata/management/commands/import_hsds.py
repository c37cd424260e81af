"""Load an HSDS export (as export_hsds writes it) into an empty catalogue: all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from opendata.reading import HsdsError, from_hsds
from opendata.services import ImportRefused, import_catalogue

NEEDED = ("organizations.json", "services.json", "taxonomy_terms.json")


def read_list(folder: Path, name: str) -> list[dict]:
    path = folder / name
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise CommandError(f"{name} ontbreekt in {folder}. Er is niets geïmporteerd.") from error
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise CommandError(f"Kan {path} niet lezen als JSON ({error}). Er is niets geïmporteerd.") from error
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise CommandError(f"{name} moet een JSON-lijst van objecten zijn. Er is niets geïmporteerd.")
    return rows


class Command(BaseCommand):
    help = (
        "Laad een HSDS-export (organizations.json, services.json, taxonomy_terms.json van export_hsds) "
        "in een lege catalogus, in één transactie. De gemeenten en arbeidsmarktregio's moeten er al zijn."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="De map met de JSON-bestanden van export_hsds.")

    def handle(self, *args, folder: str, **options) -> None:
        source = Path(folder)
        organizations, services, terms = (read_list(source, name) for name in NEEDED)
        try:
            imported = from_hsds(organizations, services, terms)
        except HsdsError as error:
            raise CommandError(f"Import afgebroken, er is niets gewijzigd. {error}") from error
        except (KeyError, TypeError, AttributeError, ValueError) as error:
            raise CommandError(
                "Import afgebroken, er is niets gewijzigd. De bestanden zijn geen HSDS zoals export_hsds die "
                f"schrijft ({type(error).__name__}: {error})."
            ) from error
        try:
            counts = import_catalogue(imported, reason=f"import uit HSDS ({source.name})")
        except ImportRefused as error:
            raise CommandError(f"Import afgebroken. {error}") from error
        self.stdout.write(
            self.style.SUCCESS(
                f"HSDS geïmporteerd uit {source}: {counts['programmes']} trajecten met "
                f"{counts['offerings']} keer aanbod, {counts['organisations']} organisaties, "
                f"{counts['kinds']} soorten ondersteuning."
            )
        )
