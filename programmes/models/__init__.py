"""The catalogue's models: places (`places`) and what is offered, where and for whom (`catalogue`)."""

from programmes.models.links import LinkCheck
from programmes.models.offer import (
    Condition,
    Eligibility,
    Evidence,
    Funding,
    Offering,
    Organisation,
    Programme,
    ProgrammeQuerySet,
    Source,
    SupportKind,
)
from programmes.models.places import Municipality, MunicipalityAlias, Region

__all__ = [
    "Condition",
    "Eligibility",
    "Evidence",
    "Funding",
    "LinkCheck",
    "Municipality",
    "MunicipalityAlias",
    "Offering",
    "Organisation",
    "Programme",
    "ProgrammeQuerySet",
    "Region",
    "Source",
    "SupportKind",
]
