"""Reading the data/ CSV files for the import commands: UTF-8, a header row, values stripped."""

import csv
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError


def read_rows(path: Path, required: set[str]) -> list[dict[str, str]]:
    if not path.exists():
        raise CommandError(f"Bestand niet gevonden: {path}")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = required - set(reader.fieldnames or [])
        if missing:
            raise CommandError(f"{path.name} mist de kolom(men): {', '.join(sorted(missing))}")
        return [{key: (value or "").strip() for key, value in row.items()} for row in reader]


def add_data_dir_argument(parser) -> None:
    """--data-dir, the same for every import command: data/ in the project unless told otherwise."""
    parser.add_argument(
        "--data-dir",
        default=str(Path(settings.BASE_DIR) / "data"),
        help="Map met de CSV-bestanden (standaard: data/ in het project).",
    )
