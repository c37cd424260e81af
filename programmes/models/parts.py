"""A programme's evidence: who pays (Funding), what the studies found (Evidence) and where it
says so (Source). Rows of one programme, identified by their order within it."""

from django.db import models
from simple_history.models import HistoricalRecords

from programmes import vocabulary as vocab
from programmes.models.offer import Programme, ProgrammePart


class Funding(ProgrammePart):
    """Who pays for this programme for a person with this benefit, from which budget, who applies."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="funding")
    benefit = models.CharField("uitkering", max_length=20, choices=vocab.PROGRAMME_BENEFITS)
    payer = models.CharField("wie betaalt", max_length=200)
    budget = models.CharField("uit welk budget of fonds", max_length=300)
    applicant = models.CharField("wie vraagt aan", max_length=300)
    legal_basis = models.CharField("wettelijke grondslag", max_length=300, blank=True)
    note = models.TextField("toelichting", blank=True)
    derived = models.BooleanField(
        "afgeleid", default=False,
        help_text="Niet letterlijk in de bron, maar afgeleid van het fondsprincipe (wie de uitkering "
        "betaalt, betaalt de re-integratie). De toelichting zegt het.",
    )
    source = models.CharField("bron", max_length=300)
    provenance = models.CharField("herkomst (alleen in het beheer)", max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta(ProgrammePart.Meta):
        constraints = [
            models.UniqueConstraint(fields=["programme", "order"], name="unique_funding_order"),
            models.UniqueConstraint(fields=["programme", "benefit"], name="unique_funding_benefit"),
        ]
        verbose_name = "financiering"
        verbose_name_plural = "financiering"

    def __str__(self) -> str:
        return f"{self.programme}: {self.get_benefit_display()}"


class Evidence(ProgrammePart):
    """One result with the study behind it."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="evidence")
    result = models.TextField("resultaat")
    figure = models.CharField(
        "kerncijfer", max_length=120, blank=True, help_text="Bijvoorbeeld: 48,8% betaald werk"
    )
    design = models.CharField(
        "onderzoeksopzet", max_length=200, blank=True, help_text="Bijvoorbeeld: RCT, cohort"
    )
    participants = models.PositiveIntegerField("aantal deelnemers (N)", null=True, blank=True)
    year = models.PositiveSmallIntegerField("jaar", null=True, blank=True)
    study = models.CharField("studie", max_length=300, blank=True)
    source = models.CharField("bron", max_length=300)
    provenance = models.CharField("herkomst (alleen in het beheer)", max_length=300, blank=True)
    is_key = models.BooleanField("kernresultaat", default=False)
    history = HistoricalRecords()

    class Meta(ProgrammePart.Meta):
        constraints = [models.UniqueConstraint(fields=["programme", "order"], name="unique_evidence_order")]
        verbose_name = "bewijs"
        verbose_name_plural = "bewijs"

    def __str__(self) -> str:
        return self.figure or self.result[:60]


class Source(ProgrammePart):
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="sources")
    document = models.CharField(
        "document", max_length=300,
        help_text="De echte titel, bijvoorbeeld: Deskresearch begeleiding naar werk",
    )
    year = models.PositiveSmallIntegerField("jaar", null=True, blank=True)
    locator = models.CharField("hoofdstuk of paragraaf", max_length=200, blank=True)
    provenance = models.CharField(
        "herkomst (alleen in het beheer)", max_length=300, blank=True,
        help_text="Bestand en regels, bijvoorbeeld: 003 r. 1517–1521. Nooit op een pagina.",
    )
    url = models.URLField("adres", blank=True)
    note = models.CharField("opmerking", max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta(ProgrammePart.Meta):
        constraints = [models.UniqueConstraint(fields=["programme", "order"], name="unique_source_order")]
        verbose_name = "bron"
        verbose_name_plural = "bronnen"

    def __str__(self) -> str:
        return f"{self.document} {self.locator}".strip()
