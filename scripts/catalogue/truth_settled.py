"""Which answers already settle a condition (Condition.settled_by), so it is not asked, or, when the
answers could settle it but do not, the programme only "past misschien" (triage.matching._condition).

Keyed by (programme slug, start of the question); the question texts come from the truth modules.
"""

from __future__ import annotations

from fixture import Fixture

WITH_A_BENEFIT = ["bijstand", "ww", "wia_wga", "wia_iva", "wajong", "ziektewet", "wao_waz"]
NOT_UWV = ["bijstand", "none"]

SETTLED_BY = {
    # Outside Enschede "in overleg met de gemeente" (003 r. 1517–1521).
    ("actief-herstel", "Woont de persoon buiten Enschede"): {"municipality": ["GM0153"]},
    # "... of met een UWV-uitkering, in overleg met de gemeente" (003 r. 1520–1521): also in Enschede.
    ("actief-herstel", "Heeft de persoon een uitkering van het UWV?"): {"benefit": NOT_UWV},
    # "Amsterdam en omgeving" (003 r. 1917–1922).
    ("clubhuis-de-waterheuvel", "Woont de persoon buiten Amsterdam"): {"municipality": ["GM0363"]},
    ("ips-via-gemeente", "Uitkering van het UWV?"): {"benefit": NOT_UWV},
    ("ips-cmd", "Geen uitkering?"): {"benefit": WITH_A_BENEFIT},
    # "Regulier werk of opleiding is het doel" (003 r. 798–801).
    ("ips", "Wil de persoon een gewone betaalde baan"): {"wish": ["paid_work_now", "education"]},
    # Without a benefit "hangt het ... af van de gemeente" (003 r. 2228–2229).
    ("ips", "Geen uitkering?"): {"benefit": WITH_A_BENEFIT},
    # Jobcoaching is for people who have or start a job (003 r. 1472–1473, 1915–1916).
    ("jobcoaching", "Heeft de persoon een baan"): {"situation": ["employed_at_risk"]},
    ("jobcoaching", "Ziektewet:"): {"benefit": [b for b in [*WITH_A_BENEFIT, "none"] if b != "ziektewet"]},
    ("jobcoaching", "Geen uitkering?"): {"benefit": WITH_A_BENEFIT},
    ("werk-als-beste-zorg", "Geen uitkering?"): {"benefit": WITH_A_BENEFIT},
    ("sterk-met-werk-of-scholing", "Uitkering van het UWV"): {"benefit": NOT_UWV},
    ("de-harde-leerschool", "Uitkering van het UWV?"): {"benefit": NOT_UWV},
    ("sterk-met-werk", "Vallen re-integratie en inkomensondersteuning"): {"benefit": ["bijstand"]},
    ("gemeentelijke-re-integratie", "Biedt de gemeente van de persoon ook ondersteuning"): {
        "benefit": WITH_A_BENEFIT
    },
}


def apply(fixture: Fixture) -> None:
    unused = set(SETTLED_BY)
    for row in fixture.of("condition"):
        row["settled_by"] = {}
        for (slug, start), settled in SETTLED_BY.items():
            if row["programme"] == [slug] and row["question"].startswith(start):
                row["settled_by"] = settled
                unused.discard((slug, start))
    if unused:
        raise ValueError(f"settled_by for conditions that do not exist: {sorted(unused)}")
