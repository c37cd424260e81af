"""Factories that make valid, published catalogue objects, users in their roles, and a small
known catalogue. Catalogue factories tell the snapshot, as every catalogue write must."""

import datetime

import factory
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, User

from accounts import roles
from programmes import models
from programmes import vocabulary as vocab
from programmes.services import catalogue_changed

PASSWORD = "een-lang-en-sterk-wachtwoord"


class CatalogueFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        super()._after_postgeneration(instance, create, results)
        if create:
            catalogue_changed()


class RegionFactory(CatalogueFactory):
    class Meta:
        model = models.Region
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"R{n:03d}")
    name = factory.Sequence(lambda n: f"Regio {n}")


class MunicipalityFactory(CatalogueFactory):
    class Meta:
        model = models.Municipality
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"GM{9000 + n}")
    name = factory.Sequence(lambda n: f"Gemeente {n}")
    region = factory.SubFactory(RegionFactory)


class OrganisationFactory(CatalogueFactory):
    class Meta:
        model = models.Organisation
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"organisatie-{n}")
    name = factory.Sequence(lambda n: f"Organisatie {n}")
    kind = vocab.OrganisationKind.GGZ


class SupportKindFactory(CatalogueFactory):
    class Meta:
        model = models.SupportKind
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"soort-{n}")
    name = factory.Sequence(lambda n: f"Soort ondersteuning {n}")


class ProgrammeFactory(CatalogueFactory):
    """A published programme open to everyone, with a source, evidence and funding for bijstand."""

    class Meta:
        model = models.Programme
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"traject-{n}")
    name = factory.Sequence(lambda n: f"Traject {n}")
    kind = factory.SubFactory(SupportKindFactory)
    status = vocab.Status.PUBLISHED
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


class SourceFactory(CatalogueFactory):
    class Meta:
        model = models.Source

    programme = factory.SubFactory(ProgrammeFactory, with_parts=False)
    document = "seed 003"
    locator = "Tabel 3"
    order = 1


class EvidenceFactory(CatalogueFactory):
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


class FundingFactory(CatalogueFactory):
    class Meta:
        model = models.Funding

    programme = factory.SubFactory(ProgrammeFactory, with_parts=False)
    benefit = "bijstand"
    payer = "Gemeente"
    budget = "Re-integratiebudget (Participatiewet)"
    applicant = "Klantmanager van de gemeente"
    source = "seed 003, Financiering begeleidingstrajecten naar werk in Nederland"
    order = 1


class ConditionFactory(CatalogueFactory):
    class Meta:
        model = models.Condition

    programme = factory.SubFactory(ProgrammeFactory, with_parts=False)
    question = "Staat de persoon in het doelgroepregister banenafspraak?"
    order = 1


class OfferingFactory(CatalogueFactory):
    class Meta:
        model = models.Offering
        skip_postgeneration_save = True

    programme = factory.SubFactory(ProgrammeFactory)
    provider = factory.SubFactory(OrganisationFactory)
    scope = vocab.Scope.NATIONAL
    contact = "Via de klantmanager"

    @factory.post_generation
    def regions(self, create, extracted, **kwargs):
        if create and extracted:
            self.regions.set(extracted)

    @factory.post_generation
    def municipalities(self, create, extracted, **kwargs):
        if create and extracted:
            self.municipalities.set(extracted)


# --- Users in their roles, and a small known catalogue ---------------------------------------------


def make_user(username: str, *groups: str, password: str | None = None, **extra) -> User:
    """Without a password unless asked (hashing is slow); tests log in with force_login.

    The groups come from the migration accounts/0001_groups; a transactional test's flush removes
    them (permissions come back with post_migrate, groups do not), so they are made again here."""
    roles.setup_groups(django_apps)
    user = User.objects.create_user(username, password=password, **extra)
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


def make_professional(username: str = "klantmanager", **extra) -> User:
    return make_user(username, roles.PROFESSIONAL, first_name="Kim", last_name="de Klantmanager", **extra)


def make_curator(username: str = "beheerder", **extra) -> User:
    extra.setdefault("is_staff", True)
    return make_user(username, roles.CURATOR, **extra)


def small_catalogue():
    """Drechtsteden (Alblasserdam, Dordrecht) with Werk als Beste Zorg at Yulius; Twente with nothing
    regional; jobcoaching everywhere, for WIA/Wajong and keeping a job."""
    drechtsteden = RegionFactory(code="AM07", name="Drechtsteden")
    twente = RegionFactory(code="AM12", name="Twente")
    MunicipalityFactory(code="GM0505", name="Dordrecht", region=drechtsteden)
    MunicipalityFactory(code="GM0482", name="Alblasserdam", region=drechtsteden)
    MunicipalityFactory(code="GM0153", name="Enschede", region=twente)
    yulius = OrganisationFactory(slug="yulius", name="Yulius")
    uwv = OrganisationFactory(slug="uwv", name="UWV", kind="uwv")
    wabz = ProgrammeFactory(
        slug="werk-als-beste-zorg", name="Werk als Beste Zorg", concerns=["mental"], care=["specialist_ggz"],
        benefits=["bijstand", "ww"], wishes=["paid_work_now"], situations=["job_seeking"],
        description="IPS-achtige begeleiding vanuit de behandeling.",
        summary="Hulp bij werk vanuit uw behandeling.",
        how_to_refer="Verwijs via de behandelaar bij Yulius.", how_to_apply="Vraag het uw behandelaar.",
    )
    OfferingFactory(programme=wabz, provider=yulius, scope="regions", regions=[drechtsteden],
                    requires_care_at_provider=True)
    coaching = ProgrammeFactory(
        slug="jobcoaching", name="Jobcoaching", concerns=["mental", "other_limitation"],
        benefits=["wia_wga", "wajong"], wishes=["keep_job", "paid_work_now"],
        situations=["job_seeking", "employed_at_risk"],
    )
    OfferingFactory(programme=coaching, provider=uwv, scope="national")
    return {"drechtsteden": drechtsteden, "twente": twente, "wabz": wabz, "jobcoaching": coaching}


def wizard_catalogue():
    """Drechtsteden (Dordrecht) with Werk als Beste Zorg at Yulius, and the two Bergens: one name in
    two gemeenten (tests/test_wizard*.py)."""
    region = RegionFactory(code="AM07", name="Drechtsteden")
    MunicipalityFactory(code="GM0505", name="Dordrecht", region=region)
    MunicipalityFactory(code="GM0373", name="Bergen (NH.)")
    MunicipalityFactory(code="GM0893", name="Bergen (L.)")
    yulius = OrganisationFactory(slug="yulius", name="Yulius")
    wabz = ProgrammeFactory(
        slug="werk-als-beste-zorg", name="Werk als Beste Zorg", concerns=["mental"],
        care=["specialist_ggz"], benefits=["bijstand", "ww"], wishes=["paid_work_now"],
    )
    OfferingFactory(programme=wabz, provider=yulius, scope="regions", regions=[region],
                    requires_care_at_provider=True)
    return region
