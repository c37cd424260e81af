"""Example persons in the stroomschema's vocabulary: one place for the people the tests, the
benchmark, the load test and the curators' effect checks run through Werkroute.

Each is a plausible situation from the sources, not a real person.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any


@dataclass(frozen=True)
class Persona:
    slug: str
    description: str  # in Dutch, for a curator's overview
    answers: Mapping[str, Any]

    def with_answers(self, **changes: Any) -> dict[str, Any]:
        """The answers with changes; a value of None removes that answer."""
        merged = {**self.answers, **changes}
        return {key: value for key, value in merged.items() if value is not None}


def _persona(slug: str, description: str, **answers: Any) -> Persona:
    return Persona(slug, description, MappingProxyType(answers))


# The happy path: a Yulius client in Dordrecht (Drechtsteden) on bijstand who wants paid work.
YULIUS_CLIENT = _persona(
    "yulius-client-dordrecht",
    "Cliënt van Yulius met EPA in Dordrecht, bijstand, wil direct aan betaald werk, 35 jaar",
    concern="mental", care="specialist_ggz", care_provider="yulius", severity="severe",
    situation="job_seeking", benefit="bijstand", wish="paid_work_now", municipality="GM0505", age=35,
)
# Someone with EPA not in care (the group the research says is not reached).
NOT_IN_CARE = _persona(
    "epa-zonder-zorg-dordrecht",
    "Iemand met EPA zonder zorg in Dordrecht, bijstand, wil direct aan betaald werk, 35 jaar",
    concern="mental", care="none", severity="severe", situation="job_seeking", benefit="bijstand",
    wish="paid_work_now", municipality="GM0505", age=35,
)
# No limitation, in education, no benefit, wants daytime activity in Vaals: nothing fits.
NOTHING_FITS = _persona(
    "geen-aanbod-vaals",
    "Iemand zonder beperking in opleiding in Vaals, geen uitkering, wil dagbesteding, 60 jaar",
    concern="none", situation="in_education", benefit="none", wish="daytime_activity",
    municipality="GM0981", age=60,
)

ALL = (YULIUS_CLIENT, NOT_IN_CARE, NOTHING_FITS)
