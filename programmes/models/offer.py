"""The catalogue: what is offered (Programme), where and by whom (Offering), and for whom.

Models hold data only. Eligibility lives in list fields using the stroomschema's
vocabulary; an empty list means "no restriction on this dimension".
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from programmes import vocabulary as vocab
from programmes.models.places import Municipality, Region
from programmes.models.querysets import ProgrammeQuerySet


class SlugManager(models.Manager):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Organisation(models.Model):
    slug = models.SlugField("slug", max_length=80, unique=True)
    name = models.CharField("naam", max_length=200)
    kind = models.CharField("soort", max_length=20, choices=vocab.ORGANISATION_KINDS)
    website = models.URLField("website", blank=True)
    description = models.TextField("omschrijving", blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The optimistic lock: an admin form opened at another version is refused (programmes.forms).
    version = models.PositiveIntegerField("versie", default=1, editable=False)

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
    name_en = models.CharField("naam (Engels)", max_length=200, blank=True)
    description = models.TextField("omschrijving", blank=True)
    median_paid_work_pct = models.DecimalField(
        "mediaan % betaald werk", max_digits=4, decimal_places=1, null=True, blank=True
    )
    paid_work_range = models.CharField("spreiding % betaald werk", max_length=60, blank=True)
    studies_count = models.PositiveSmallIntegerField("aantal studies", null=True, blank=True)
    figures_note = models.TextField("toelichting bij de cijfers", blank=True)
    source = models.CharField("bron", max_length=300, blank=True)
    provenance = models.CharField("herkomst (alleen in het beheer)", max_length=300, blank=True)
    order = models.PositiveSmallIntegerField("volgorde", default=0)
    updated_at = models.DateTimeField(auto_now=True)
    # The optimistic lock: an admin form opened at another version is refused (programmes.forms).
    version = models.PositiveIntegerField("versie", default=1, editable=False)

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


class Eligibility(models.Model):
    """For whom, on the stroomschema's dimensions; an empty list means "open to all" on that
    dimension. On an offering these narrow its programme's (both apply)."""

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
    # Admin only: where each limit comes from, per field ("benefits": "003 r. 1334–1340").
    eligibility_sources = models.JSONField("bron per eis (alleen in het beheer)", default=dict, blank=True)

    class Meta:
        abstract = True


class ProgrammeManager(SlugManager.from_queryset(ProgrammeQuerySet)):
    pass


class Programme(Eligibility):
    slug = models.SlugField("slug", max_length=80, unique=True)
    name = models.CharField("naam", max_length=200)
    # The English twins of the texts people read (name_en … evidence_summary_en): plain fields, not
    # django-modeltranslation (docs/development.md, "Catalogue texts in English"). Empty: the page
    # shows the Dutch text, marked lang="nl" (programmes.rules.localised).
    name_en = models.CharField("naam (Engels)", max_length=200, blank=True)
    kind = models.ForeignKey(
        SupportKind, on_delete=models.PROTECT, related_name="programmes", verbose_name="soort ondersteuning"
    )
    status = models.CharField(
        "status", max_length=12, choices=vocab.STATUSES, default=vocab.Status.CONCEPT
    )
    summary = models.TextField("samenvatting in eenvoudige taal (B1)")
    summary_en = models.TextField("samenvatting (Engels)", blank=True)
    description = models.TextField("beschrijving voor professionals")
    description_en = models.TextField("beschrijving voor professionals (Engels)", blank=True)

    integrated_care = models.BooleanField(
        "werk en zorg geïntegreerd", default=False,
        help_text="Begeleiding naar werk die één geheel is met de GGZ-behandeling (zoals IPS). "
        "Voor mensen met EPA in zorg staan deze trajecten voorop.",
    )
    dutch_evidence = models.CharField(
        "Nederlands onderzoek naar dit traject", max_length=12, choices=vocab.DUTCH_EVIDENCE,
        default=vocab.DutchEvidence.NONE,
    )
    offered_by_institutions = models.BooleanField(
        "aangeboden door GGZ-instellingen, niet overal", default=False,
        help_text="Het aanbod hieronder is niet volledig: iemand in zorg bij een instelling waar de "
        "catalogus niets over weet, krijgt ‘past misschien’ met de vraag het na te gaan bij de behandelaar.",
    )
    duration = models.CharField("duur", max_length=200, blank=True)
    duration_en = models.CharField("duur (Engels)", max_length=200, blank=True)
    intensity = models.CharField("intensiteit", max_length=200, blank=True)
    intensity_en = models.CharField("intensiteit (Engels)", max_length=200, blank=True)
    how_to_apply = models.TextField("aanmelden (voor cliënten)", blank=True)
    how_to_apply_en = models.TextField("aanmelden (voor cliënten, Engels)", blank=True)
    how_to_refer = models.TextField("verwijzen (voor professionals)", blank=True)
    how_to_refer_en = models.TextField("verwijzen (voor professionals, Engels)", blank=True)

    recognition_level = models.CharField(
        "erkenning (Databank Effectieve Interventies)", max_length=20,
        choices=vocab.RECOGNITION_LEVELS, default=vocab.NOT_ASSESSED,
    )
    recognition_valid_until = models.DateField("erkenning geldig tot", null=True, blank=True)
    evidence_summary = models.TextField("bewijs in het kort", blank=True)
    evidence_summary_en = models.TextField("bewijs in het kort (Engels)", blank=True)
    source_caveat = models.TextField(
        "let op bij de bronnen", blank=True,
        help_text="Zeg hier of een bron oud of onzeker is, of wat niet uit de bronnen blijkt.",
    )
    period = models.CharField("looptijd", max_length=100, blank=True, help_text="Bijvoorbeeld 2013–2015.")
    last_verified = models.DateField("laatst gecontroleerd", null=True, blank=True)
    verified_by = models.CharField("gecontroleerd door", max_length=200, blank=True)
    verified_against = models.CharField("gecontroleerd aan de hand van (bron)", max_length=300, blank=True)
    version = models.PositiveIntegerField("versie", default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)
    # Set on a draft: a copy of a published programme with its parts, edited while the live one
    # keeps serving (programmes.drafts); the snapshot and the public pages never read drafts.
    draft_of = models.OneToOneField(
        "self", on_delete=models.CASCADE, null=True, blank=True, editable=False, related_name="draft",
        verbose_name="concept van",
    )

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
    offering = models.ForeignKey(
        "Offering", on_delete=models.CASCADE, null=True, blank=True, related_name="conditions",
        verbose_name="alleen bij aanbod", help_text="Leeg: geldt voor het hele traject.",
    )
    question = models.CharField("vraag voor de professional", max_length=300)
    question_en = models.CharField("vraag voor de professional (Engels)", max_length=300, blank=True)
    client_text = models.CharField("dezelfde vraag in eenvoudige taal", max_length=300, blank=True)
    client_text_en = models.CharField(
        "dezelfde vraag in eenvoudige taal (Engels)", max_length=300, blank=True
    )
    # {"situation": ["employed_at_risk"]}: an answer that settles the question ("ja"), so it is not
    # asked; any other answer to that question leaves it open (the programme then only "past misschien").
    settled_by = models.JSONField(
        "beantwoord door", default=dict, blank=True,
        help_text="Antwoorden die deze vraag al met ‘ja’ beantwoorden, per vraag van het stroomschema, "
        'bijvoorbeeld {"situation": ["employed_at_risk"]} of {"municipality": ["GM0153"]}. Leeg: '
        "altijd zelf nagaan (het traject kan dan gewoon passen).",
    )
    history = HistoricalRecords()

    class Meta(ProgrammePart.Meta):
        constraints = [models.UniqueConstraint(fields=["programme", "order"], name="unique_condition_order")]
        verbose_name = "voorwaarde om zelf te controleren"
        verbose_name_plural = "voorwaarden om zelf te controleren"

    def __str__(self) -> str:
        return self.question


class OfferingManager(models.Manager):
    def get_by_natural_key(self, programme_slug, provider_slug):
        return self.get(programme__slug=programme_slug, provider__slug=provider_slug)


class Offering(Eligibility):
    """Where and by whom a programme is offered (or, per a source, not offered), for whom there,
    and how to get in touch."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="offerings")
    provider = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="offerings", verbose_name="aanbieder"
    )
    scope = models.CharField("waar", max_length=16, choices=vocab.SCOPES)
    regions = models.ManyToManyField(
        Region, blank=True, related_name="offerings", verbose_name="arbeidsmarktregio's"
    )
    municipalities = models.ManyToManyField(
        Municipality, blank=True, related_name="offerings", verbose_name="gemeenten"
    )
    requires_care_at_provider = models.BooleanField(
        "alleen voor mensen in zorg bij deze aanbieder", default=False
    )
    availability = models.CharField(
        "wat de bron zegt", max_length=12, choices=vocab.AVAILABILITIES, default=vocab.Availability.OFFERED
    )
    desk = models.CharField(
        "aanmelden via", max_length=12, choices=vocab.DESKS, default=vocab.Desk.PROVIDER,
    )
    contact = models.CharField("contact (zoals de cliënt het leest)", max_length=300, blank=True)
    contact_en = models.CharField("contact (zoals de cliënt het leest, Engels)", max_length=300, blank=True)
    # The same route for someone who fills this in for another person ("de cliënt"): the advice is
    # worded in the voice the questions were asked in. Empty: the client's text is shown.
    contact_professional = models.CharField(
        "contact (voor wie het voor een ander invult)", max_length=300, blank=True,
        help_text="Dezelfde route, geschreven over ‘de cliënt’ in plaats van ‘u’. Leeg: de tekst hierboven.",
    )
    contact_professional_en = models.CharField(
        "contact (voor wie het voor een ander invult, Engels)", max_length=300, blank=True,
    )
    phone = models.CharField("telefoon", max_length=40, blank=True)
    url = models.URLField("website", blank=True)
    note = models.TextField("toelichting", blank=True)
    note_en = models.TextField("toelichting (Engels)", blank=True)
    last_verified = models.DateField("laatst gecontroleerd", null=True, blank=True)
    verified_by = models.CharField("gecontroleerd door", max_length=200, blank=True)
    verified_against = models.CharField("gecontroleerd aan de hand van (bron)", max_length=300, blank=True)
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
