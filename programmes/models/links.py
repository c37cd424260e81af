"""The last check of each web address the catalogue links to (manage.py check_links)."""

from django.db import models


class LinkCheckQuerySet(models.QuerySet):
    def broken(self):
        return self.filter(status=LinkCheck.Status.BROKEN)

    def needing_attention(self):
        """Broken or unreachable: what a curator should look at (not the ones that could not be checked)."""
        return self.filter(status__in=[LinkCheck.Status.BROKEN, LinkCheck.Status.UNREACHABLE])


class LinkCheck(models.Model):
    """The last check of one web address in the catalogue (offering, source or organisation website).

    Written only by `manage.py check_links` (cron); pages only read it, nothing calls out at request time.
    """

    class Status(models.TextChoices):
        OK = "ok", "In orde"
        BROKEN = "broken", "Kapot"
        UNREACHABLE = "unreachable", "Niet bereikbaar"
        UNCHECKED = "unchecked", "Niet te controleren"

    url = models.URLField("webadres", max_length=500, unique=True)
    status = models.CharField("uitkomst", max_length=12, choices=Status.choices)
    http_status = models.PositiveSmallIntegerField("HTTP-status", null=True, blank=True)
    problem = models.CharField("probleem", max_length=300, blank=True)
    checked_at = models.DateTimeField("gecontroleerd op")

    objects = LinkCheckQuerySet.as_manager()

    class Meta:
        ordering = ["url"]
        verbose_name = "controle van een webadres"
        verbose_name_plural = "controles van webadressen"

    def __str__(self) -> str:
        return f"{self.url}: {self.get_status_display()}"
