"""The stroomschema's fixed vocabulary (DESIGN.md): keys are English, labels Dutch.

Pure data, no Django imports: the flow, the matcher, the models and the API all read it.
"""

from typing import Final

CONCERNS: Final = (
    ("mental", "Psychische klachten of een psychische aandoening"),
    ("other_limitation", "Een andere ziekte of beperking"),
    ("none", "Geen ziekte of beperking"),
)

CARE: Final = (
    ("specialist_ggz", "Behandeling bij een GGZ-instelling (specialistische GGZ)"),
    ("basic_ggz", "Huisarts, POH-GGZ, psycholoog of basis-GGZ"),
    ("protected_living", "Beschermd wonen of begeleiding"),
    ("none", "Geen zorg of begeleiding"),
)

SEVERITIES: Final = (
    ("severe", "Ja, ernstige en langdurige psychische problemen (EPA)"),
    ("mild_moderate", "Nee, lichte of matige klachten"),
    ("unknown", "Weet ik niet"),
)

SITUATIONS: Final = (
    ("job_seeking", "Zoekt werk (heeft nu geen baan)"),
    ("employed_at_risk", "Heeft werk en wil dat houden"),
    ("sick_listed", "Ziek uit dienst of ziekgemeld"),
    ("in_education", "Volgt een opleiding"),
)

BENEFITS: Final = (
    ("bijstand", "Bijstand (gemeente, Participatiewet)"),
    ("ww", "WW"),
    ("wia_wga", "WIA – WGA (gedeeltelijk arbeidsongeschikt)"),
    ("wia_iva", "WIA – IVA (volledig en duurzaam arbeidsongeschikt)"),
    ("wajong", "Wajong"),
    ("ziektewet", "Ziektewet"),
    ("wao_waz", "WAO of WAZ"),
    ("none", "Geen uitkering"),
    ("unknown", "Weet ik niet"),
)

WISHES: Final = (
    ("paid_work_now", "Direct aan betaald werk"),
    ("explore", "Uitzoeken wat past"),
    ("skills", "Vaardigheden leren"),
    ("confidence", "Vertrouwen opbouwen"),
    ("education", "Een opleiding of scholing"),
    ("keep_job", "Werk behouden of terugkeren naar werk"),
    ("daytime_activity", "Eerst dagbesteding of vrijwilligerswerk"),
)

# Values that mean "not known": matching treats them as unknown, never as no.
UNKNOWN_VALUES: Final = frozenset({"unknown"})

# The benefits a programme can accept (unknown is an answer, not a benefit situation).
PROGRAMME_BENEFITS: Final = tuple(item for item in BENEFITS if item[0] != "unknown")
PROGRAMME_SEVERITIES: Final = tuple(item for item in SEVERITIES if item[0] != "unknown")

MIN_AGE: Final = 15
MAX_AGE: Final = 67

RECOGNITION_LEVELS: Final = (
    ("not_assessed", "Niet beoordeeld"),
    ("well_described", "Goed beschreven"),
    ("well_founded", "Goed onderbouwd"),
    ("effective_first", "Effectief – eerste aanwijzingen"),
    ("effective_good", "Effectief – goede aanwijzingen"),
    ("effective_strong", "Effectief – sterke aanwijzingen"),
)
RECOGNITION_RANK: Final = {key: rank for rank, (key, _label) in enumerate(RECOGNITION_LEVELS)}


def label(choices: tuple[tuple[str, str], ...], key: str) -> str:
    return dict(choices).get(key, key)
