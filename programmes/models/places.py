"""The catalogue's places: arbeidsmarktregio's, gemeenten and the names people type for them (CBS 2026)."""

from django.db import models
from simple_history.models import HistoricalRecords


class CodeManager(models.Manager):
    def get_by_natural_key(self, code):
        return self.get(code=code)


class Region(models.Model):
    """Arbeidsmarktregio (CBS 2026). The code is an opaque key: AM04 no longer exists."""

    code = models.CharField("code", max_length=4, unique=True)
    name = models.CharField("naam", max_length=100, unique=True)
    # The optimistic lock: an admin form opened at another version is refused (programmes.forms).
    version = models.PositiveIntegerField("versie", default=1, editable=False)

    objects = CodeManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = "arbeidsmarktregio"
        verbose_name_plural = "arbeidsmarktregio's"

    def __str__(self) -> str:
        return self.name

    def natural_key(self):
        return (self.code,)


class Municipality(models.Model):
    code = models.CharField("gemeentecode", max_length=6, unique=True)
    name = models.CharField("naam", max_length=100)
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="municipalities", verbose_name="arbeidsmarktregio"
    )
    # The optimistic lock: an admin form opened at another version is refused (programmes.forms).
    version = models.PositiveIntegerField("versie", default=1, editable=False)

    objects = CodeManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = "gemeente"
        verbose_name_plural = "gemeenten"

    def __str__(self) -> str:
        return self.name

    def natural_key(self):
        return (self.code,)

    natural_key.dependencies = ["programmes.region"]


class MunicipalityAliasManager(models.Manager):
    def get_by_natural_key(self, alias, municipality_code):
        return self.get(alias=alias, municipality__code=municipality_code)


class MunicipalityAlias(models.Model):
    """A name people type for a gemeente ("Den Haag"); one alias may point to several (Bergen)."""

    alias = models.CharField("naam zoals mensen die typen", max_length=100)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="aliases", verbose_name="gemeente"
    )

    objects = MunicipalityAliasManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["alias"]
        constraints = [models.UniqueConstraint(fields=["alias", "municipality"], name="unique_alias")]
        verbose_name = "andere naam van een gemeente"
        verbose_name_plural = "andere namen van gemeenten"

    def __str__(self) -> str:
        return f"{self.alias} → {self.municipality}"

    def natural_key(self):
        return (self.alias, self.municipality.code)

    natural_key.dependencies = ["programmes.municipality"]
