from django.db import models

from programmes import vocabulary as vocab
from programmes.models import Region


class GapRecord(models.Model):
    """An anonymous count of a situation for which nothing fitted (a "witte vlek").

    Only region, benefit, care, wish and the date: no age, no gemeente, nothing that
    points to a person.
    """

    region = models.ForeignKey(
        Region, on_delete=models.SET_NULL, null=True, blank=True, related_name="gaps",
        verbose_name="arbeidsmarktregio",
    )
    benefit = models.CharField("uitkering", max_length=20, blank=True, choices=vocab.BENEFITS)
    care = models.CharField("zorg", max_length=20, blank=True, choices=vocab.CARE)
    wish = models.CharField("wens", max_length=20, blank=True, choices=vocab.WISHES)
    kind = models.CharField(
        "soort", max_length=12, choices=vocab.GAP_KINDS, default=vocab.GapKind.NO_FIT,
        help_text="Geen passend traject, of een bezoek van de groep die vaak niet bereikt wordt.",
    )
    recorded_on = models.DateField("datum", auto_now_add=True)

    class Meta:
        ordering = ["-recorded_on"]
        verbose_name = "situatie zonder passend aanbod"
        verbose_name_plural = "situaties zonder passend aanbod"
        indexes = [models.Index(fields=["region", "benefit", "wish"])]

    def __str__(self) -> str:
        region = self.region or "regio onbekend"
        return f"{self.recorded_on}: {region}, {self.benefit or '-'}, {self.wish or '-'}"
