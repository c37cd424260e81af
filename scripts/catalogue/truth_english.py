"""The catalogue in English (issue 16, point 3): per published programme, condition, offering and
kind of support, what each `_en` field is.

Each text translates the Dutch catalogue text it sits beside (itself written from the five source
documents): the same facts, nothing added, plain English at B1. Client texts (summary,
how_to_apply, client_text, contact) speak to "you"; professional texts (description, how_to_refer,
question, contact_professional) speak about "the client". Dutch terms with no English equivalent
stay as they are (bijstand, Wajong, WIA, WW, Ziektewet, UWV, gemeente, GGZ, Wmo, klantmanager,
arbeidsdeskundige, Werkplein: triage/glossary.py explains them); proper names stay names.
"""

from __future__ import annotations

import english_parts
import english_programmes_1
import english_programmes_2
from fixture import Fixture

# Kind of support (slug) → its English name.
KINDS: dict[str, str] = {
    "ips": "IPS (Individual Placement and Support)",
    "supported-employment": "Supported employment",
    "clubhouse-transitional-work": "Clubhouse and transitional work",
    "work-skills-training": "Work skills training",
    "work-therapy": "Work therapy",
    "broad-tailored-support": "Fully developed broad support towards work",
    "multidisciplinary-care": "Support towards work within multidisciplinary care",
    "step-by-step": "Step-by-step approaches",
    "jobcoaching": "Job coaching",
    "workplace-approach": "Approach at the workplace",
    "uwv-services": "Services of the UWV",
    "municipal-services": "Services of the gemeente",
    "work-and-income-support": "Support on work and income",
}

# Programme (slug) → its English texts; the tables are in files of their own, for their length.
PROGRAMMES: dict[str, dict[str, str]] = {**english_programmes_1.PROGRAMMES, **english_programmes_2.PROGRAMMES}
CONDITIONS = english_parts.CONDITIONS
OFFERINGS = english_parts.OFFERINGS


def apply(fixture: Fixture) -> None:
    for slug, name_en in KINDS.items():
        fixture.put("supportkind", {"slug": slug}, name_en=name_en)
    for slug, texts in PROGRAMMES.items():
        row = fixture.programme(slug)
        for name, value in texts.items():
            row[name] = value
    for (slug, order), (question_en, client_text_en) in CONDITIONS.items():
        row = next(f for f in fixture.parts("condition", slug) if f["order"] == order)
        row["question_en"], row["client_text_en"] = question_en, client_text_en
    for (slug, provider), (contact_en, professional_en, note_en) in OFFERINGS.items():
        row = fixture.offering(slug, provider)
        if row is None:
            raise LookupError(f"no offering {slug} – {provider}")
        row.update(contact_en=contact_en, contact_professional_en=professional_en, note_en=note_en)
