"""Extra factories for the catalogue pages, admin and export tests (on top of tests/factories.py)."""

import datetime

import factory

from programmes import models
from tests.factories import (
    ConditionFactory,
    EvidenceFactory,
    FundingFactory,
    MunicipalityFactory,
    OfferingFactory,
    OrganisationFactory,
    ProgrammeFactory,
    RegionFactory,
    SourceFactory,
    SupportKindFactory,
)


class MunicipalityAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.MunicipalityAlias

    alias = factory.Sequence(lambda n: f"Andere naam {n}")
    municipality = factory.SubFactory(MunicipalityFactory)


def full_programme(slug: str, *, kind=None, status="published", offerings=(), **fields) -> models.Programme:
    """A programme with every part filled in: funding for its benefits, evidence, a condition, sources.

    offerings: (provider, scope, regions, municipalities, requires_care_at_provider) tuples.
    """
    kind = kind or SupportKindFactory(
        slug=f"soort-{slug}",
        name=f"Soort voor {slug}",
        median_paid_work_pct="48.8",
        paid_work_range="30–61",
        studies_count=12,
        source="seed 003, Tabel 1",
    )
    fields.setdefault("benefits", ["bijstand", "ww"])
    programme = ProgrammeFactory(
        slug=slug, name=fields.pop("name", slug.replace("-", " ").title()), kind=kind, status=status,
        with_parts=False, **fields,
    )
    for order, benefit in enumerate(programme.benefits or ["bijstand"], start=1):
        municipal = benefit == "bijstand"
        FundingFactory(
            programme=programme, benefit=benefit, order=order, payer="Gemeente" if municipal else "UWV",
            legal_basis="Participatiewet art. 7" if municipal else "",
        )
    EvidenceFactory(programme=programme, figure="48,8% betaald werk", study="Bond et al.", order=1)
    EvidenceFactory(programme=programme, figure="", is_key=False, design="cohort", participants=80, order=2)
    ConditionFactory(programme=programme, question="Is er een behandelaar betrokken?", order=1)
    SourceFactory(programme=programme, document="seed 003", locator="Tabel 3", order=1)
    SourceFactory(
        programme=programme, document="seed 002", locator="p. 4", url="https://example.org/b", order=2
    )
    for provider, scope, regions, municipalities, requires_care in offerings:
        OfferingFactory(
            programme=programme, provider=provider, scope=scope, regions=regions,
            municipalities=municipalities, requires_care_at_provider=requires_care,
            last_verified=datetime.date(2025, 3, 1),
        )
    return programme


def catalogue_of(size: int, start: int = 0) -> None:
    """`size` more programmes, each offered regionally and in a gemeente, for query counts."""
    region = RegionFactory(code="AM07", name="Drechtsteden")
    municipality = MunicipalityFactory(code="GM0505", name="Dordrecht", region=region)
    provider = OrganisationFactory(slug="yulius", name="Yulius")
    for n in range(start, start + size):
        full_programme(
            f"traject-{n:03d}",
            offerings=[
                (provider, "regions", [region], [], True),
                (OrganisationFactory(), "municipalities", [], [municipality], False),
            ],
        )
