"""The daily purge: saved cases past CASE_RETENTION_MONTHS and gap counts past GAP_RETENTION_MONTHS.

One cron line for both (docs/operations.md). Prints only counts, never what was deleted.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Verwijder alles waarvan de bewaartermijn voorbij is: casussen en tellingen van witte vlekken."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Tel alleen; verwijder niets.")

    def handle(self, *args, dry_run: bool = False, **options):
        flags = ["--dry-run"] if dry_run else []
        # Each is its own transaction: a failure in one leaves the other's work done.
        call_command("purge_cases", *flags, stdout=self.stdout, stderr=self.stderr)
        call_command("purge_gaps", *flags, stdout=self.stdout, stderr=self.stderr)
