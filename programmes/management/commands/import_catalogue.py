"""Load a catalogue written by export_catalogue: all or nothing, and say what changed."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from django.core import serializers
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, transaction
from django.db.models import ProtectedError, RestrictedError
from django.utils import timezone

from programmes import models
from programmes.management.commands.export_catalogue import CATALOGUE_MODELS
from programmes.services import catalogue_changed, take_next_version
from programmes.vocabulary import ELIGIBILITY_CHOICES

ALLOWED = {model._meta.label_lower: model for model in CATALOGUE_MODELS}


class ImportRefused(Exception):
    """Something in the file is wrong; the transaction is rolled back."""


def _label(model) -> str:
    return str(model._meta.verbose_name_plural)


def _describe(obj) -> str:
    return f"{obj._meta.verbose_name} ‘{obj}’"


def _check(obj) -> None:
    """The file may come from anywhere: hold it to the model's rules and the fixed vocabulary."""
    try:
        obj.full_clean(validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        problems = "; ".join(
            f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items()
        )
        raise ImportRefused(f"{_describe(obj)} klopt niet: {problems}") from error
    if isinstance(obj, models.Programme):
        for field, choices in ELIGIBILITY_CHOICES.items():
            values = getattr(obj, field)
            known = {key for key, _label in choices}
            if not isinstance(values, list) or not set(values) <= known:
                raise ImportRefused(
                    f"{_describe(obj)}: ‘{field}’ moet een lijst zijn met alleen {', '.join(sorted(known))}; "
                    f"in het bestand staat {values!r}."
                )
        if obj.min_age is not None and obj.max_age is not None and obj.min_age > obj.max_age:
            raise ImportRefused(f"{_describe(obj)}: de minimumleeftijd is hoger dan de maximumleeftijd.")


class Command(BaseCommand):
    help = (
        "Laad een catalogus uit een JSON-bestand van export_catalogue, in één transactie: alles of niets. "
        "Bestaande onderdelen (zelfde natuurlijke sleutel) worden bijgewerkt, nieuwe toegevoegd."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Het JSON-bestand, of - om van stdin te lezen.")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Verwijder ook wat niet in het bestand staat, zodat de catalogus precies het bestand is.",
        )

    def handle(self, *args, path: str, replace: bool = False, **options) -> None:
        text = self._read(path)
        self._check_shape(text)
        try:
            with transaction.atomic():
                report = self._load(text, source=path, replace=replace)
                catalogue_changed()
        except ImportRefused as error:
            raise CommandError(f"Import afgebroken, er is niets gewijzigd. {error}") from error
        except (DeserializationError, ObjectDoesNotExist, DatabaseError) as error:
            raise CommandError(
                f"Import afgebroken, er is niets gewijzigd. Het bestand past niet bij de catalogus: {error}"
            ) from error
        except (ProtectedError, RestrictedError) as error:
            raise CommandError(
                "Import afgebroken, er is niets gewijzigd. Iets dat niet in het bestand staat, kan niet weg "
                f"omdat er nog naar verwezen wordt: {error.args[0]}"
            ) from error
        self.stdout.write(self.style.SUCCESS(f"Catalogus geïmporteerd uit {path}:"))
        for line in report:
            self.stdout.write(f"  {line}")

    def _read(self, path: str) -> str:
        if path == "-":
            return sys.stdin.read()
        try:
            return Path(path).read_text(encoding="utf-8")
        except FileNotFoundError as error:
            raise CommandError(f"Bestand niet gevonden: {path}") from error
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Kan {path} niet lezen: {error}") from error

    def _check_shape(self, text: str) -> None:
        try:
            rows = json.loads(text)
        except ValueError as error:
            raise CommandError(f"Dit is geen geldige JSON ({error}). Er is niets geïmporteerd.") from error
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise CommandError("Verwacht een JSON-lijst van objecten, zoals export_catalogue die schrijft.")
        others = sorted({str(row.get("model")) for row in rows} - set(ALLOWED))
        if others:
            # A catalogue file must never bring users, permissions or anything else along.
            raise CommandError(
                f"Dit bestand bevat meer dan de catalogus ({', '.join(others)}). Er is niets geïmporteerd."
            )

    def _load(self, text: str, *, source: str, replace: bool) -> list[str]:
        created: dict[type, list] = defaultdict(list)
        updated: dict[type, list] = defaultdict(list)
        for item in serializers.deserialize("json", text, handle_forward_references=False):
            obj = item.object
            is_new = obj.pk is None  # the natural key matched nothing stored
            _check(obj)
            take_next_version(obj)  # an admin form opened before the import is then refused
            item.save()
            (created if is_new else updated)[type(obj)].append(obj)

        removed: dict[type, int] = {}
        if replace:
            for model in reversed(CATALOGUE_MODELS):
                keep = [obj.pk for obj in created[model] + updated[model]]
                _total, per_model = model._default_manager.exclude(pk__in=keep).delete()
                removed[model] = per_model.get(model._meta.label, 0)

        now = timezone.now()
        for model in CATALOGUE_MODELS:
            objs = created[model] + updated[model]
            if not objs:
                continue
            if any(field.name == "updated_at" for field in model._meta.fields):
                # The snapshot's signature looks at updated_at: an import is a change, so say so.
                model._default_manager.filter(pk__in=[obj.pk for obj in objs]).update(updated_at=now)
                for obj in objs:
                    obj.updated_at = now
            if hasattr(model, "history"):
                reason = f"import uit {Path(source).name if source != '-' else 'stdin'}"
                model.history.bulk_history_create(created[model], default_change_reason=reason)
                model.history.bulk_history_create(updated[model], update=True, default_change_reason=reason)

        report = []
        for model in CATALOGUE_MODELS:
            counts = [f"{len(created[model])} nieuw", f"{len(updated[model])} bijgewerkt"]
            if replace:
                counts.append(f"{removed.get(model, 0)} verwijderd")
            report.append(f"{_label(model)}: {', '.join(counts)}")
        return report
