"""A saved case: a professional's record of one client's route, under a pseudonym.

Data only. Special-category data (AVG art. 9): no name, no BSN; only the owner sees it; it is
purged when its retention has passed (`manage.py purge_cases`). No history is kept of it, so a
purge really removes it.
"""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse

from casework import pseudonym, rules


class CaseQuerySet(models.QuerySet):
    def owned_by(self, user):
        return self.filter(owner=user)


class Case(models.Model):
    STEP_CHOICES = [(step.number, f"{step.number}. {step.title}") for step in rules.STEPS]

    # In URLs instead of the row number: nobody learns how many cases there are, or guesses one.
    key = models.UUIDField("sleutel", default=uuid.uuid4, unique=True, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cases", verbose_name="eigenaar"
    )
    reference = models.CharField("referentie (pseudoniem)", max_length=pseudonym.REFERENCE_MAX_LENGTH)
    answers = models.JSONField("antwoorden", default=dict)
    results = models.JSONField("resultaat zoals het was", default=dict)
    chosen_slug = models.CharField("gekozen traject (slug)", max_length=80, blank=True)
    chosen_name = models.CharField("gekozen traject", max_length=200, blank=True)
    step = models.PositiveSmallIntegerField("stap", choices=STEP_CHOICES, default=rules.FIRST_STEP)
    next_evaluation = models.DateField("volgende evaluatie", null=True, blank=True)
    agreements = models.TextField("afspraken: wie doet wat", blank=True)
    notes = models.TextField("korte notities", blank=True)
    outcome = models.CharField("uitkomst", max_length=12, choices=rules.OUTCOMES, blank=True)
    created_at = models.DateTimeField("vastgelegd op", auto_now_add=True)
    # Retention counts from the last change.
    updated_at = models.DateTimeField("laatst gewijzigd", auto_now=True, db_index=True)

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "reference"], name="unique_case_reference_per_owner"),
        ]
        verbose_name = "casus"
        verbose_name_plural = "casussen"

    def __str__(self) -> str:
        return self.reference

    def get_absolute_url(self) -> str:
        return reverse("casework:detail", args=[self.key])

    @property
    def finished(self) -> bool:
        return rules.is_finished(self.outcome)
