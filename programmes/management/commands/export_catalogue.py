"""Write the whole catalogue as JSON with natural keys, in dependency order (loaddata can read it too)."""

from __future__ import annotations

from pathlib import Path

from django.core import serializers
from django.core.management.base import BaseCommand, CommandError

from programmes import models
from programmes.files import write_atomically

# Dependency order: everything an object refers to comes before it.
CATALOGUE_MODELS = [
    models.Region,
    models.Municipality,
    models.MunicipalityAlias,
    models.Organisation,
    models.SupportKind,
    models.Programme,
    models.Offering,
    models.Condition,
    models.Funding,
    models.Evidence,
    models.Source,
]

# What each model's natural key (and so the export) reads, fetched up front.
_RELATED = {
    models.Municipality: (["region"], []),
    models.MunicipalityAlias: (["municipality"], []),
    models.Programme: (["kind"], []),
    models.Offering: (["programme", "provider"], ["regions", "municipalities"]),
    models.Condition: (["programme", "offering__programme", "offering__provider"], []),
    models.Funding: (["programme"], []),
    models.Evidence: (["programme"], []),
    models.Source: (["programme"], []),
}


def catalogue_objects():
    for model in CATALOGUE_MODELS:
        select, prefetch = _RELATED.get(model, ([], []))
        # A stable order, so two exports of the same catalogue are the same file.
        queryset = model._default_manager.select_related(*select).prefetch_related(*prefetch)
        # Drafts are work in progress beside the live catalogue: not part of it.
        if model is models.Programme:
            queryset = queryset.filter(draft_of__isnull=True)
        elif "programme" in select:
            queryset = queryset.filter(programme__draft_of__isnull=True)
        yield from queryset.order_by(*model._meta.ordering, "pk")


def serialize_catalogue(indent: int | None = 2) -> str:
    return serializers.serialize(
        "json",
        catalogue_objects(),
        indent=indent,
        use_natural_foreign_keys=True,
        use_natural_primary_keys=True,
    )


class Command(BaseCommand):
    help = (
        "Schrijf de hele catalogus (regio's, gemeenten, organisaties, soorten, trajecten met aanbod, "
        "voorwaarden, financiering, bewijs en bronnen) als JSON met natuurlijke sleutels."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "-o", "--output", help="Bestand om naar te schrijven. Zonder deze optie: naar stdout."
        )
        parser.add_argument("--indent", type=int, default=2, help="Inspringing van de JSON (standaard 2).")

    def handle(self, *args, output: str | None = None, indent: int = 2, **options) -> None:
        text = serialize_catalogue(indent=indent or None) + "\n"
        if not output:
            self.stdout.write(text, ending="")
            return
        target = Path(output)
        if not target.parent.is_dir():
            raise CommandError(f"De map {target.parent} bestaat niet.")
        write_atomically(target, text)
        self.stderr.write(self.style.SUCCESS(f"Catalogus geschreven naar {target}."))
