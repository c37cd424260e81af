"""Delete saved cases whose retention has passed: CASE_RETENTION_MONTHS after their last change.

Run daily (see docs/operations.md). Prints how many cases it deleted; never what was in them.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from casework import rules
from casework.models import Case


class Command(BaseCommand):
    help = (
        "Verwijder casussen waarvan de bewaartermijn (CASE_RETENTION_MONTHS na de laatste wijziging) "
        "voorbij is."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Tel alleen hoeveel casussen verwijderd zouden worden."
        )

    def handle(self, *args, dry_run: bool = False, **options):
        months = settings.CASE_RETENTION_MONTHS
        cutoff = rules.retention_cutoff(timezone.now(), months)
        expired = Case.objects.filter(updated_at__lte=cutoff)
        if dry_run:
            count = expired.count()
            self.stdout.write(
                f"{count} casussen zouden worden verwijderd "
                f"(laatst gewijzigd op of voor {timezone.localtime(cutoff):%Y-%m-%d %H:%M})."
            )
            return
        with transaction.atomic():
            count, _by_model = expired.delete()
        self.stdout.write(f"{count} casussen verwijderd (bewaartermijn {months} maanden).")
