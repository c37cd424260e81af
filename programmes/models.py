"""The catalogue: what is offered (Programme), where and by whom (Offering), and for whom.

Models hold data only. Eligibility lives in list fields using the stroomschema's
vocabulary; an empty list means "no restriction on this dimension".
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from programmes import vocabulary as vocab


class CodeManager(models.Manager):
    def get_by_natural_key(self, code):
        return self.get(code=code)


class SlugManager(models.Manager):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Region(models.Model):
    """Arbeidsmarktregio (CBS 2026). The code is an opaque key: AM04 no longer exists."""

    code = models.CharField("code", max_length=4, unique=True)
    name = models.CharField("naam", max_length=100, unique=True)

    objects = CodeManager()

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

    objects = CodeManager()

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


class Organisation(models.Model):
    class Kind(models.TextChoices):
        GGZ = "ggz", "GGZ-instelling"
        MUNICIPALITY = "gemeente", "Gemeente of sociale dienst"
        UWV = "uwv", "UWV"
        REINTEGRATION = "reintegration", "Re-integratiebedrijf"
        FOUNDATION = "foundation", "Stichting"
        CLUBHOUSE = "clubhouse", "Clubhuis"
        EMPLOYER = "employer", "Werkgever of sociaal ontwikkelbedrijf"
        EDUCATION = "education", "Onderwijsinstelling"
        RESEARCH = "research", "Onderzoeksinstituut of kennisinstituut"
        OTHER = "other", "Anders"

    slug = models.SlugField("slug", max_length=80, unique=True)
    name = models.CharField("naam", max_length=200)
    kind = models.CharField("soort", max_length=20, choices=Kind.choices)
    website = models.URLField("website", blank=True)
    description = models.TextField("omschrijving", blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SlugManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = "organisatie"
        verbose_name_plural = "organisaties"

    def __str__(self) -> str:
        return self.name

    def natural_key(self):
        return (self.slug,)


class SupportKind(models.Model):
    """A kind of support from seed 003 (Tabel 1), with the international figures for it."""

    slug = models.SlugField("slug", max_length=80, unique=True)
    name = models.CharField("naam", max_length=200)
    description = models.TextField("omschrijving", blank=True)
    median_paid_work_pct = models.DecimalField(
        "mediaan % betaald werk", max_digits=4, decimal_places=1, null=True, blank=True
    )
    paid_work_range = models.CharField("spreiding % betaald werk", max_length=60, blank=True)
    studies_count = models.PositiveSmallIntegerField("aantal studies", null=True, blank=True)
    figures_note = models.TextField("toelichting bij de cijfers", blank=True)
    source = models.CharField("bron", max_length=300, blank=True)
    order = models.PositiveSmallIntegerField("volgorde", default=0)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SlugManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "soort ondersteuning"
        verbose_name_plural = "soorten ondersteuning"

    def __str__(self) -> str:
        return self.name

    def natural_key(self):
        return (self.slug,)


class ProgrammeQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Programme.Status.PUBLISHED)

    def visible(self):
        """What the public catalogue shows: published and ended (ended teach, never recommended)."""
        return self.filter(status__in=[Programme.Status.PUBLISHED, Programme.Status.ENDED])


class ProgrammeManager(SlugManager.from_queryset(ProgrammeQuerySet)):
    pass


class Programme(models.Model):
    class Status(models.TextChoices):
        CONCEPT = "concept", "Concept"
        PUBLISHED = "published", "Gepubliceerd"
        ENDED = "ended", "Beëindigd"

    slug = models.SlugField("slug", max_length=80, unique=True)
    name = models.CharField("naam", max_length=200)
    kind = models.ForeignKey(
        SupportKind, on_delete=models.PROTECT, related_name="programmes", verbose_name="soort ondersteuning"
    )
    status = models.CharField("status", max_length=12, choices=Status.choices, default=Status.CONCEPT)
    summary = models.TextField("samenvatting in eenvoudige taal (B1)")
    description = models.TextField("beschrijving voor professionals")

    # Eligibility on the stroomschema's dimensions; [] = open to all.
    concerns = models.JSONField("voor wie (om wie gaat het)", default=list, blank=True)
    care = models.JSONField("zorg of begeleiding", default=list, blank=True)
    severities = models.JSONField("ernst van de klachten", default=list, blank=True)
    situations = models.JSONField("werksituatie", default=list, blank=True)
    benefits = models.JSONField("uitkering", default=list, blank=True)
    wishes = models.JSONField("ondersteuningswensen waar het bij past", default=list, blank=True)
    min_age = models.PositiveSmallIntegerField(
        "minimumleeftijd", null=True, blank=True,
        validators=[MinValueValidator(vocab.MIN_AGE), MaxValueValidator(vocab.MAX_AGE)],
    )
    max_age = models.PositiveSmallIntegerField(
        "maximumleeftijd", null=True, blank=True,
        validators=[MinValueValidator(vocab.MIN_AGE), MaxValueValidator(vocab.MAX_AGE)],
    )

    duration = models.CharField("duur", max_length=200, blank=True)
    intensity = models.CharField("intensiteit", max_length=200, blank=True)
    how_to_apply = models.TextField("aanmelden (voor cliënten)", blank=True)
    how_to_refer = models.TextField("verwijzen (voor professionals)", blank=True)

    recognition_level = models.CharField(
        "erkenning (Databank Effectieve Interventies)", max_length=20,
        choices=vocab.RECOGNITION_LEVELS, default="not_assessed",
    )
    recognition_valid_until = models.DateField("erkenning geldig tot", null=True, blank=True)
    evidence_summary = models.TextField("bewijs in het kort", blank=True)
    source_caveat = models.TextField(
        "let op bij de bronnen", blank=True,
        help_text="Zeg hier of een bron oud of onzeker is, of wat niet uit de bronnen blijkt.",
    )
    period = models.CharField("looptijd", max_length=100, blank=True, help_text="Bijvoorbeeld 2013–2015.")
    last_verified = models.DateField("laatst gecontroleerd", null=True, blank=True)
    version = models.PositiveIntegerField("versie", default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProgrammeManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = "traject"
        verbose_name_plural = "trajecten"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("programmes:detail", args=[self.slug])

    def natural_key(self):
        return (self.slug,)

    natural_key.dependencies = ["programmes.supportkind"]


class ProgrammePartManager(models.Manager):
    def get_by_natural_key(self, order, programme_slug):
        return self.get(order=order, programme__slug=programme_slug)


class ProgrammePart(models.Model):
    """Rows that belong to one programme, identified by their order within it."""

    order = models.PositiveSmallIntegerField("volgorde", default=1)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProgrammePartManager()

    class Meta:
        abstract = True
        ordering = ["programme", "order"]

    def natural_key(self):
        return (self.order, self.programme.slug)

    natural_key.dependencies = ["programmes.programme"]


class Condition(ProgrammePart):
    """A condition the app cannot check, put as a question to the professional."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="conditions")
    question = models.CharField("vraag voor de professional", max_length=300)
    client_text = models.CharField("dezelfde vraag in eenvoudige taal", max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta(ProgrammePart.Meta):
        constraints = [models.UniqueConstraint(fields=["programme", "order"], name="unique_condition_order")]
        verbose_name = "voorwaarde om zelf te controleren"
        verbose_name_plural = "voorwaarden om zelf te controleren"

    def __str__(self) -> str:
        return self.question


class Funding(ProgrammePart):
    """Who pays for this programme for a person with this benefit, from which budget, who applies."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="funding")
    benefit = models.CharField("uitkering", max_length=20, choices=vocab.PROGRAMME_BENEFITS)
    payer = models.CharField("wie betaalt", max_length=200)
    budget = models.CharField("uit welk budget of fonds", max_length=300)
    applicant = models.CharField("wie vraagt aan", max_length=300)
    legal_basis = models.CharField("wettelijke grondslag", max_length=300, blank=True)
    note = models.TextField("toelichting", blank=True)
    source = models.CharField("bron", max_length=300)
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
    document = models.CharField("document", max_length=300, help_text="Bijvoorbeeld: seed 003, Tabel 3")
    locator = models.CharField("pagina, sectie of regels", max_length=200, blank=True)
    url = models.URLField("adres", blank=True)
    note = models.CharField("opmerking", max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta(ProgrammePart.Meta):
        constraints = [models.UniqueConstraint(fields=["programme", "order"], name="unique_source_order")]
        verbose_name = "bron"
        verbose_name_plural = "bronnen"

    def __str__(self) -> str:
        return f"{self.document} {self.locator}".strip()


class OfferingManager(models.Manager):
    def get_by_natural_key(self, programme_slug, provider_slug):
        return self.get(programme__slug=programme_slug, provider__slug=provider_slug)


class Offering(models.Model):
    """Where and by whom a programme is offered."""

    class Scope(models.TextChoices):
        NATIONAL = "national", "Landelijk"
        REGIONS = "regions", "In arbeidsmarktregio's"
        MUNICIPALITIES = "municipalities", "In gemeenten"

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="offerings")
    provider = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="offerings", verbose_name="aanbieder"
    )
    scope = models.CharField("waar", max_length=16, choices=Scope.choices)
    regions = models.ManyToManyField(
        Region, blank=True, related_name="offerings", verbose_name="arbeidsmarktregio's"
    )
    municipalities = models.ManyToManyField(
        Municipality, blank=True, related_name="offerings", verbose_name="gemeenten"
    )
    requires_care_at_provider = models.BooleanField(
        "alleen voor mensen in zorg bij deze aanbieder", default=False
    )
    contact = models.CharField("contact", max_length=300, blank=True)
    url = models.URLField("website", blank=True)
    note = models.TextField("toelichting", blank=True)
    last_verified = models.DateField("laatst gecontroleerd", null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OfferingManager()
    history = HistoricalRecords(m2m_fields=[regions, municipalities])

    class Meta:
        ordering = ["programme", "provider"]
        constraints = [models.UniqueConstraint(fields=["programme", "provider"], name="unique_offering")]
        verbose_name = "aanbod"
        verbose_name_plural = "aanbod"

    def __str__(self) -> str:
        return f"{self.programme} – {self.provider}"

    def natural_key(self):
        return (self.programme.slug, self.provider.slug)

    natural_key.dependencies = ["programmes.programme", "programmes.organisation"]


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
