from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection

from programmes.services import catalogue_changed, record_missing_history


class Command(BaseCommand):
    help = (
        "Load fixtures/catalogue.json once, when the database holds no catalogue yet; "
        "then add the woonplaatsen and other gemeentenamen that are missing (import_places)."
    )

    def handle(self, *args, **options) -> None:
        fixture = Path(settings.BASE_DIR) / "fixtures" / "catalogue.json"
        if not fixture.exists():
            self.stdout.write("Nog geen catalogus om te laden.")
            return
        if "programmes_region" in connection.introspection.table_names():
            from programmes.models import Region

            if Region.objects.exists():
                self.stdout.write("Catalogus is al geladen.")
                record_missing_history()
                call_command("import_places", verbosity=options["verbosity"])
                return
        call_command("loaddata", "catalogue", verbosity=0)
        record_missing_history()
        catalogue_changed()
        self.stdout.write(self.style.SUCCESS("Catalogus geladen."))
        # The woonplaatsen live in data/ (CBS), not in the fixture: the fixture stays the catalogue.
        call_command("import_places", verbosity=options["verbosity"])
