"""(Re)load the names people type for a gemeente: other names (data/gemeente_aliassen.csv, e.g.
Den Haag, Scheveningen) and every BAG woonplaats (data/woonplaats_gemeente.csv, CBS, e.g.
Hoofddorp → Haarlemmermeer), as MunicipalityAlias rows, written as in the files.

Additive and idempotent: a (name, gemeente) pair is added when it is missing; nothing is changed
or deleted, so names a curator added in the admin stay. The gemeenten must be there already
(`import_regions`, or `loaddata catalogue`). `import_regions` runs this too, and so does
`ensure_catalogue` (which is how `scripts/serve` and a deployment get the woonplaatsen).
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from programmes.management.csvfiles import add_data_dir_argument, read_rows
from programmes.models import Municipality, MunicipalityAlias
from programmes.services import catalogue_changed

ALIASES_FILE = "gemeente_aliassen.csv"
PLACES_FILE = "woonplaats_gemeente.csv"


def place_names(data_dir: Path) -> list[tuple[str, str]]:
    """(name as written, gemeentecode) from both files, without repeats."""
    aliases = read_rows(data_dir / ALIASES_FILE, {"alias", "gemeentecode"})
    places = read_rows(data_dir / PLACES_FILE, {"woonplaatsnaam", "gemeentecode"})
    pairs = [(row["alias"], row["gemeentecode"]) for row in aliases]
    pairs += [(row["woonplaatsnaam"], row["gemeentecode"]) for row in places]
    return list(dict.fromkeys(pair for pair in pairs if pair[0]))


def load_place_names(pairs: list[tuple[str, str]]) -> int:
    """Add the pairs that are missing; returns how many were added. Unknown gemeenten: an error."""
    municipalities = dict(Municipality.objects.values_list("code", "pk"))
    unknown = sorted({code for _name, code in pairs} - set(municipalities))
    if unknown:
        raise CommandError(f"Namen verwijzen naar onbekende gemeenten: {', '.join(unknown)}")
    existing = set(MunicipalityAlias.objects.values_list("alias", "municipality__code"))
    missing = [
        MunicipalityAlias(alias=name, municipality_id=municipalities[code])
        for name, code in pairs
        if (name, code) not in existing
    ]
    with transaction.atomic():
        MunicipalityAlias.objects.bulk_create(missing, batch_size=500)
        if missing:
            catalogue_changed()
    return len(missing)


class Command(BaseCommand):
    help = "Laad woonplaatsen en andere gemeentenamen (opnieuw) uit de CSV-bestanden; voegt alleen toe."

    def add_arguments(self, parser):
        add_data_dir_argument(parser)

    def handle(self, *args, **options) -> None:
        pairs = place_names(Path(options["data_dir"]))
        added = load_place_names(pairs)
        self.stdout.write(self.style.SUCCESS(f"{len(pairs)} woonplaatsen en andere namen ({added} nieuw)."))
