"""The catalogue in English (issue 16, point 3): per published programme, condition, offering and
kind of support, what each `_en` field is. The texts are data, in english.json next to this file:
"kinds" (slug → name), "programmes" (slug → field → text), "conditions" ([programme, order, question,
client text]) and "offerings" ([programme, provider, contact, contact for professionals, note]).

Each text translates the Dutch catalogue text it sits beside (itself written from the five source
documents): the same facts, nothing added, plain English at B1. Client texts (summary,
how_to_apply, client_text, contact) speak to "you"; professional texts (description, how_to_refer,
question, contact_professional) speak about "the client". Dutch terms with no English equivalent
stay as they are (bijstand, Wajong, WIA, WW, Ziektewet, UWV, gemeente, GGZ, Wmo, klantmanager,
arbeidsdeskundige, Werkplein: triage/glossary.py explains them); proper names stay names.
"""

from __future__ import annotations

import json
from pathlib import Path

from fixture import Fixture

TEXTS = Path(__file__).with_name("english.json")


def apply(fixture: Fixture) -> None:
    english = json.loads(TEXTS.read_text(encoding="utf-8"))
    for slug, name_en in english["kinds"].items():
        fixture.put("supportkind", {"slug": slug}, name_en=name_en)
    for slug, texts in english["programmes"].items():
        fixture.programme(slug).update(texts)
    for slug, order, question_en, client_text_en in english["conditions"]:
        row = next(f for f in fixture.parts("condition", slug) if f["order"] == order)
        row["question_en"], row["client_text_en"] = question_en, client_text_en
    for slug, provider, contact_en, professional_en, note_en in english["offerings"]:
        row = fixture.offering(slug, provider)
        if row is None:
            raise LookupError(f"no offering {slug} – {provider}")
        row.update(contact_en=contact_en, contact_professional_en=professional_en, note_en=note_en)
