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
    "Iemand zonder beperking in opleiding in Vaals, geen uitkering, wil een opleiding, 60 jaar",
    concern="none", situation="in_education", benefit="none", wish="education",
    municipality="GM0981", age=60,
)

WW_MILD_GRONINGEN = _persona(
    "ww-licht-groningen",
    "Iemand met lichte klachten bij de huisarts in Groningen, WW, wil direct aan betaald werk, 35 jaar",
    concern="mental", care="basic_ggz", severity="mild_moderate", situation="job_seeking", benefit="ww",
    wish="paid_work_now", municipality="GM0014", age=35,
)
YOUNG_WAJONG_UTRECHT = _persona(
    "wajong-jong-utrecht",
    "Jongere van 19 met Wajong in Utrecht, volgt een opleiding, wil scholing",
    concern="mental", care="basic_ggz", severity="mild_moderate", situation="in_education", benefit="wajong",
    wish="education", municipality="GM0344", age=19,
)
MEDIANT_DAYTIME_ENSCHEDE = _persona(
    "mediant-dagbesteding-enschede",
    "Cliënt van Mediant met EPA in Enschede, bijstand, wil eerst dagbesteding, 45 jaar",
    concern="mental", care="specialist_ggz", care_provider="mediant", severity="severe",
    situation="job_seeking", benefit="bijstand", wish="daytime_activity", municipality="GM0153", age=45,
)
AMSTERDAM_CONFIDENCE = _persona(
    "vertrouwen-amsterdam",
    "Iemand met EPA bij een andere instelling in Amsterdam, bijstand, wil vertrouwen opbouwen, 40 jaar",
    concern="mental", care="specialist_ggz", care_provider="other", severity="severe",
    situation="job_seeking", benefit="bijstand", wish="confidence", municipality="GM0363", age=40,
)
SICK_WIA_DORDRECHT = _persona(
    "wia-ziek-dordrecht",
    "Werknemer met WIA-WGA, ziekgemeld, in Dordrecht, wil terug naar werk, 50 jaar",
    concern="mental", care="basic_ggz", severity="mild_moderate", situation="sick_listed",
    benefit="wia_wga", wish="keep_job", municipality="GM0505", age=50,
)
VVG_ROERMOND = _persona(
    "vincent-van-gogh-roermond",
    "Cliënt van Vincent van Gogh met EPA in Roermond, bijstand, wil direct aan betaald werk, 30 jaar",
    concern="mental", care="specialist_ggz", care_provider="vincent-van-gogh", severity="severe",
    situation="job_seeking", benefit="bijstand", wish="paid_work_now", municipality="GM0957", age=30,
)
NO_BENEFIT_DORDRECHT = _persona(
    "geen-uitkering-dordrecht",
    "Iemand zonder uitkering met lichte klachten in Dordrecht, wil uitzoeken wat past, 28 jaar",
    concern="mental", care="basic_ggz", severity="mild_moderate", situation="job_seeking", benefit="none",
    wish="explore", municipality="GM0505", age=28,
)
SEVENTEEN_IN_EDUCATION = _persona(
    "zeventien-opleiding-den-haag",
    "Jongere van 17 zonder uitkering in Den Haag, volgt een opleiding, wil vaardigheden leren",
    concern="mental", care="none", severity="unknown", situation="in_education", benefit="none",
    wish="skills", municipality="GM0518", age=17,
)
HALF_ANSWERED = _persona(
    "half-beantwoord",
    "Alleen de eerste antwoorden: psychische klachten, behandeling bij een GGZ-instelling",
    concern="mental", care="specialist_ggz",
)

ALL = (
    YULIUS_CLIENT, NOT_IN_CARE, NOTHING_FITS, WW_MILD_GRONINGEN, YOUNG_WAJONG_UTRECHT,
    MEDIANT_DAYTIME_ENSCHEDE, AMSTERDAM_CONFIDENCE, SICK_WIA_DORDRECHT, VVG_ROERMOND, NO_BENEFIT_DORDRECHT,
    SEVENTEEN_IN_EDUCATION, HALF_ANSWERED,
)
