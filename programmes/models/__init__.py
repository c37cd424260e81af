"""The catalogue's models: places (`places`) and what is offered, where and for whom (`catalogue`)."""

from programmes.models.links import LinkCheck
from programmes.models.offer import (
    Condition,
    Eligibility,
    Offering,
    Organisation,
    Programme,
    ProgrammeQuerySet,
    SupportKind,
)
from programmes.models.parts import Evidence, Funding, Source
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
