"""Delete anonymous gap counts older than GAP_RETENTION_MONTHS (run daily by `manage.py purge`)."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from triage import gaps
from triage.models import GapRecord


class Command(BaseCommand):
    help = "Verwijder tellingen van situaties zonder passend aanbod die ouder zijn dan GAP_RETENTION_MONTHS."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Tel alleen hoeveel tellingen weg zouden gaan."
        )

    def handle(self, *args, dry_run: bool = False, **options):
        months = settings.GAP_RETENTION_MONTHS
        cutoff = gaps.retention_cutoff(timezone.localdate(), months)
        if dry_run:
            count = GapRecord.objects.filter(recorded_on__lte=cutoff).count()
            self.stdout.write(
                f"{count} tellingen zouden worden verwijderd (geteld op of voor {cutoff:%Y-%m-%d})."
            )
            return
        count = gaps.purge_before(cutoff)
        self.stdout.write(
            f"{count} tellingen zonder passend aanbod verwijderd (bewaartermijn {months} maanden)."
        )
