"""The catalogue fixture as a list of rows, with the look-ups and edits the truth scripts need.

Every edit says what the field must be (never "add one to it"), so running the scripts again
changes nothing. Rows keep the field order of `manage.py export_catalogue`.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

# When this pass was made: the updated_at of rows it creates or changes (fixed, so a second run
# gives the same file).
STAMP = "2026-11-30T00:00:00Z"

FIELDS = {
    "programmes.organisation": ["slug", "name", "kind", "website", "description", "updated_at"],
    "programmes.supportkind": [
        "slug", "name", "name_en", "description", "median_paid_work_pct", "paid_work_range", "studies_count",
        "figures_note", "source", "provenance", "order", "updated_at",
    ],
    "programmes.programme": [
        "concerns", "care", "severities", "situations", "benefits", "wishes", "min_age", "max_age",
        "eligibility_sources", "slug", "name", "name_en", "kind", "status", "summary", "summary_en",
        "description", "description_en", "integrated_care", "dutch_evidence", "offered_by_institutions",
        "duration", "duration_en", "intensity", "intensity_en", "how_to_apply", "how_to_apply_en",
        "how_to_refer", "how_to_refer_en", "recognition_level", "recognition_valid_until", "evidence_summary",
        "evidence_summary_en", "source_caveat", "period", "last_verified", "version", "updated_at",
    ],
    "programmes.offering": [
        "concerns", "care", "severities", "situations", "benefits", "wishes", "min_age", "max_age",
        "eligibility_sources", "programme", "provider", "scope", "requires_care_at_provider", "availability",
        "desk", "contact", "contact_en", "contact_professional", "contact_professional_en", "phone", "url",
        "note", "note_en", "last_verified", "updated_at", "regions", "municipalities",
    ],
    "programmes.condition": [
        "order", "updated_at", "programme", "offering", "question", "question_en", "client_text",
        "client_text_en",
    ],
    "programmes.funding": [
        "order", "updated_at", "programme", "benefit", "payer", "budget", "applicant", "legal_basis", "note",
        "derived", "source", "provenance",
    ],
    "programmes.evidence": [
        "order", "updated_at", "programme", "result", "figure", "design", "participants", "year", "study",
        "source", "provenance", "is_key",
    ],
    "programmes.source": [
        "order", "updated_at", "programme", "document", "year", "locator", "provenance", "url", "note",
    ],
}
DEFAULTS = {
    "concerns": [], "care": [], "severities": [], "situations": [], "benefits": [], "wishes": [],
    "min_age": None, "max_age": None, "eligibility_sources": {}, "website": "", "description": "",
    "median_paid_work_pct": None, "paid_work_range": "", "studies_count": None, "figures_note": "",
    "source": "", "provenance": "", "integrated_care": False, "dutch_evidence": "none",
    "offered_by_institutions": False, "duration": "", "intensity": "", "how_to_apply": "", "how_to_refer": "",
    "recognition_level": "not_assessed", "recognition_valid_until": None, "evidence_summary": "",
    "source_caveat": "", "period": "", "last_verified": None, "version": 1,
    "requires_care_at_provider": False,
    "availability": "offered", "desk": "provider", "contact": "", "contact_professional": "", "phone": "",
    "url": "",
    "note": "",
    "regions": [], "municipalities": [], "offering": None, "client_text": "", "legal_basis": "",
    "derived": False, "figure": "", "design": "", "participants": None, "year": None, "study": "",
    "is_key": False, "locator": "",
    # The English twins (english.json, applied by truth_english.py): empty until written.
    **dict.fromkeys([
        "name_en", "summary_en", "description_en", "duration_en", "intensity_en", "how_to_apply_en",
        "how_to_refer_en", "evidence_summary_en", "contact_en", "contact_professional_en", "note_en",
        "question_en", "client_text_en",
    ], ""),
}


class Fixture:
    def __init__(self, path: Path):
        self.path = path
        self.rows: list[dict] = json.loads(path.read_text(encoding="utf-8"))
        self._before = copy.deepcopy(self.rows)
        for row in self.rows:  # fields the model gained since the file was written: their defaults
            # (fields not listed here, like settled_by, stay as they are)
            for name in FIELDS.get(row["model"], ()):
                row["fields"].setdefault(name, copy.deepcopy(DEFAULTS.get(name)))

    # --- Look-ups ---------------------------------------------------------------------------------

    def of(self, model: str) -> list[dict]:
        return [row["fields"] for row in self.rows if row["model"] == f"programmes.{model}"]

    def _one(self, model: str, **match) -> dict | None:
        found = [f for f in self.of(model) if all(f.get(k) == v for k, v in match.items())]
        if len(found) > 1:
            raise LookupError(f"{model} {match}: {len(found)} rows")
        return found[0] if found else None

    def programme(self, slug: str) -> dict:
        return self._must("programme", slug=slug)

    def organisation(self, slug: str) -> dict | None:
        return self._one("organisation", slug=slug)

    def kind(self, slug: str) -> dict | None:
        return self._one("supportkind", slug=slug)

    def offering(self, programme: str, provider: str) -> dict | None:
        return self._one("offering", programme=[programme], provider=[provider])

    def offerings(self, programme: str) -> list[dict]:
        return [f for f in self.of("offering") if f["programme"] == [programme]]

    def parts(self, model: str, programme: str) -> list[dict]:
        return sorted((f for f in self.of(model) if f["programme"] == [programme]), key=lambda f: f["order"])

    def funding(self, programme: str, benefit: str) -> dict | None:
        return self._one("funding", programme=[programme], benefit=benefit)

    def _must(self, model: str, **match) -> dict:
        row = self._one(model, **match)
        if row is None:
            raise LookupError(f"no {model} {match}")
        return row

    # --- Edits ------------------------------------------------------------------------------------

    def add(self, model: str, **fields) -> dict:
        name = f"programmes.{model}"
        row = {key: copy.deepcopy(fields.get(key, DEFAULTS.get(key))) for key in FIELDS[name]}
        unknown = set(fields) - set(FIELDS[name])
        if unknown:
            raise KeyError(f"{model}: unknown fields {sorted(unknown)}")
        if "updated_at" in row:
            row["updated_at"] = STAMP
        self.rows.append({"model": name, "fields": row})
        return row

    def put(self, model: str, key: dict, **fields) -> dict:
        """The row with these key fields, created if missing, with these field values."""
        row = self._one(model, **key)
        if row is None:
            return self.add(model, **key, **fields)
        for name, value in fields.items():
            if name not in row:
                raise KeyError(f"{model}: unknown field {name}")
            row[name] = copy.deepcopy(value)
        return row

    def remove(self, model: str, keep) -> None:
        name = f"programmes.{model}"
        self.rows = [r for r in self.rows if r["model"] != name or keep(r["fields"])]

    def set_conditions(self, programme: str, conditions: list[tuple[str, str, str | None]]) -> None:
        """All conditions of a programme: (question, client_text, provider slug of the offering or None)."""
        old = self.parts("condition", programme)
        self.remove("condition", lambda f: f["programme"] != [programme])
        for order, (question, client_text, provider) in enumerate(conditions, start=1):
            offering = [programme, provider] if provider else None
            same = next(
                (f for f in old if (f["question"], f["client_text"], f["offering"], f["order"])
                 == (question, client_text, offering, order)),
                None,
            )
            if same is not None:
                self.rows.append({"model": "programmes.condition", "fields": same})
            else:
                self.add("condition", order=order, programme=[programme], offering=offering,
                         question=question, client_text=client_text)

    # --- Writing ----------------------------------------------------------------------------------

    def stamp_changes(self) -> int:
        """Rows that differ from how they were read get this pass's updated_at."""
        before = {json.dumps(r, sort_keys=True, ensure_ascii=False) for r in self._before}
        changed = 0
        for row in self.rows:
            if json.dumps(row, sort_keys=True, ensure_ascii=False) not in before:
                if "updated_at" in row["fields"]:
                    row["fields"]["updated_at"] = STAMP
                changed += 1
        return changed
