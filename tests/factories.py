"""Factories that make valid, published catalogue objects."""

import datetime

import factory

from programmes import models


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Region
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"R{n:03d}")
    name = factory.Sequence(lambda n: f"Regio {n}")


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Municipality
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"GM{9000 + n}")
    name = factory.Sequence(lambda n: f"Gemeente {n}")
    region = factory.SubFactory(RegionFactory)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Organisation
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"organisatie-{n}")
    name = factory.Sequence(lambda n: f"Organisatie {n}")
    kind = models.Organisation.Kind.GGZ


class SupportKindFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.SupportKind
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"soort-{n}")
    name = factory.Sequence(lambda n: f"Soort ondersteuning {n}")


class ProgrammeFactory(factory.django.DjangoModelFactory):
    """A published programme open to everyone, with a source, evidence and funding for bijstand."""

    class Meta:
        model = models.Programme
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"traject-{n}")
    name = factory.Sequence(lambda n: f"Traject {n}")
    kind = factory.SubFactory(SupportKindFactory)
    status = models.Programme.Status.PUBLISHED
    summary = "U krijgt hulp bij het vinden van werk."
    description = "Individuele begeleiding naar regulier werk."
    benefits = factory.LazyFunction(lambda: ["bijstand"])
    last_verified = factory.LazyFunction(datetime.date.today)

    @factory.post_generation
    def with_parts(self, create, extracted, **kwargs):
        if not create or extracted is False:
            return
        SourceFactory(programme=self)
        EvidenceFactory(programme=self)
        for order, benefit in enumerate(self.benefits or ["bijstand"], start=1):
            FundingFactory(programme=self, benefit=benefit, order=order)


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Source

    programme = factory.SubFactory(ProgrammeFactory, with_parts=False)
    document = "seed 003"
    locator = "Tabel 3"
    order = 1


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Evidence

    programme = factory.SubFactory(ProgrammeFactory, with_parts=False)
    result = "Meer deelnemers vonden betaald werk dan in de controlegroep."
    figure = "40% betaald werk"
    design = "RCT"
    participants = 120
    year = 2020
    source = "seed 003, Tabel 1"
    is_key = True
    order = 1


class FundingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Funding

    programme = factory.SubFactory(ProgrammeFactory, with_parts=False)
    benefit = "bijstand"
    payer = "Gemeente"
    budget = "Re-integratiebudget (Participatiewet)"
    applicant = "Klantmanager van de gemeente"
    source = "seed 003, Financiering begeleidingstrajecten naar werk in Nederland"
    order = 1


class ConditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Condition

    programme = factory.SubFactory(ProgrammeFactory, with_parts=False)
    question = "Staat de persoon in het doelgroepregister banenafspraak?"
    order = 1


class OfferingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Offering
        skip_postgeneration_save = True

    programme = factory.SubFactory(ProgrammeFactory)
    provider = factory.SubFactory(OrganisationFactory)
    scope = models.Offering.Scope.NATIONAL
    contact = "Via de klantmanager"

    @factory.post_generation
    def regions(self, create, extracted, **kwargs):
        if create and extracted:
            self.regions.set(extracted)

    @factory.post_generation
    def municipalities(self, create, extracted, **kwargs):
        if create and extracted:
            self.municipalities.set(extracted)
