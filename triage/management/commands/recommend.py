"""The stroomschema from the command line: the same answers, flow and matcher as the API.

    python manage.py recommend concern=mental care=specialist_ggz care_provider=yulius \\
        benefit=bijstand wish=paid_work_now municipality=GM0505 age=35

Prints the API's JSON. Bad input prints {"errors": {...}} and exits with status 2.
"""

import json

from django.core.management.base import BaseCommand, CommandError

from programmes.snapshot import get_catalogue
from triage import flow, matching, serialise
from triage.context import current_flow_context

NOT_A_PAIR = "Geef elk antwoord als sleutel=waarde, bijvoorbeeld benefit=bijstand."


class Command(BaseCommand):
    help = "Geef passende trajecten voor antwoorden als sleutel=waarde (zelfde JSON als de API)."

    def add_arguments(self, parser):
        parser.add_argument("answers", nargs="*", help="bijvoorbeeld concern=mental benefit=bijstand")

    def handle(self, *args, **options):
        raw, errors = parse_pairs(options["answers"])
        catalogue = get_catalogue()
        answers, invalid = flow.validate_all(raw, current_flow_context())
        errors.update(invalid)
        if errors:
            self.stdout.write(json.dumps({"errors": errors}, ensure_ascii=False, indent=2))
            raise CommandError("Ongeldige antwoorden: zie de fouten hierboven.", returncode=2)
        outcome = matching.match(answers, catalogue)
        self.stdout.write(json.dumps(serialise.result(outcome), ensure_ascii=False, indent=2))


def parse_pairs(pairs: list[str]) -> tuple[dict[str, str], dict[str, list[str]]]:
    raw: dict[str, str] = {}
    errors: dict[str, list[str]] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            errors[pair] = [NOT_A_PAIR]
        elif key in raw:
            errors[key] = [flow.REPEATED]
        else:
            raw[key] = value
    return raw, errors
