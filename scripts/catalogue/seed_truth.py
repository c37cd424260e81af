#!/usr/bin/env python3
"""Make fixtures/catalogue.json true to the five source documents (issues 10 and 11).

Run from the repository root, with the project's Python:

    .venv/bin/python scripts/catalogue/seed_truth.py            # rewrite fixtures/catalogue.json
    .venv/bin/python scripts/catalogue/seed_truth.py --check    # only say whether it would change

What it does, in order:
1. citations: every Source row gets the document's real title, year, a readable section and the
   file and lines in the admin-only provenance; every funding, evidence and support-kind `source`
   becomes a public citation, its lines move to `provenance`;
2. cleaning: working notes ("seed 003", "r. 1234", "Tabel 3") leave every text people read;
3. the truth modules: eligibility per programme and per offering (with the source of each limit),
   availability, places, contacts, integrated care, Dutch evidence, funding rows derived from the
   fund principle, the data fixes, and new entries from the 2020 report;
4. a check that no working note is left, then the file is written the way `manage.py
   export_catalogue` writes it (loaded into a throwaway SQLite database and exported), so it loads
   with `manage.py loaddata catalogue`.

It can run again: it states what each field must be, so a second run changes nothing.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import citations  # noqa: E402
import cleaning  # noqa: E402
import new_entries  # noqa: E402
import truth_english  # noqa: E402
import truth_money  # noqa: E402
import truth_offerings  # noqa: E402
import truth_programmes  # noqa: E402
import truth_settled  # noqa: E402
import truth_voice  # noqa: E402
from fixture import Fixture  # noqa: E402

FIXTURE = ROOT / "fixtures" / "catalogue.json"

# Fields people read (pages, print, API), per model. Provenance and eligibility_sources are the
# admin's; slugs, urls and keys are not prose.
PUBLIC_TEXT = {
    "organisation": ["name", "description"],
    "supportkind": ["name", "description", "paid_work_range", "figures_note", "source", "name_en"],
    "programme": [
        "name", "summary", "description", "duration", "intensity", "how_to_apply", "how_to_refer",
        "evidence_summary", "source_caveat", "period", "name_en", "summary_en", "description_en",
        "duration_en", "intensity_en", "how_to_apply_en", "how_to_refer_en", "evidence_summary_en",
    ],
    "offering": ["contact", "contact_professional", "phone", "note", "contact_en", "contact_professional_en",
                 "note_en"],
    "condition": ["question", "client_text", "question_en", "client_text_en"],
    "funding": ["payer", "budget", "applicant", "legal_basis", "note", "source"],
    "evidence": ["result", "figure", "design", "study", "source"],
    "source": ["document", "locator", "note"],
}


def cite_sources(fixture: Fixture) -> None:
    for row in fixture.of("source"):
        if row["provenance"]:
            found = citations.refs(row["provenance"])
        else:
            # First pass: "seed 003 – <heading>" names the document, the locator holds the lines.
            first = row["document"].split("seed ", 1)[1][:3]
            found = citations.refs(row["document"] + " " + row["locator"], default_doc=first)
        document = found[0][0]
        info = citations.DOCUMENTS[document]
        row["document"] = info["title"]
        row["year"] = info["year"]
        row["locator"] = "; ".join(citations.locators(found, document))
        row["provenance"] = citations.provenance(found)
        row["note"] = info["note"]


def cite_parts(fixture: Fixture) -> None:
    """Funding, evidence and support kinds: a public citation, the lines in the provenance."""
    for model in ("funding", "evidence", "supportkind"):
        for row in fixture.of(model):
            found = citations.refs(row["provenance"] or row["source"])
            if not found:
                raise ValueError(f"{model} without line references: {row['source']!r}")
            row["source"] = citations.citation(found)
            row["provenance"] = citations.provenance(found)


def clean_texts(fixture: Fixture) -> None:
    for model, fields in PUBLIC_TEXT.items():
        for row in fixture.of(model):
            for field in fields:
                if isinstance(row.get(field), str):
                    row[field] = cleaning.clean(row[field])


# The database's limits (programmes/models/offer.py); SQLite, used for the export, does not check them.
MAX_LENGTH = {
    ("source", "document"): 300, ("source", "locator"): 200, ("source", "note"): 300,
    ("source", "provenance"): 300, ("funding", "payer"): 200, ("funding", "budget"): 300,
    ("funding", "applicant"): 300, ("funding", "source"): 300, ("funding", "provenance"): 300,
    ("evidence", "figure"): 120, ("evidence", "design"): 200, ("evidence", "study"): 300,
    ("evidence", "source"): 300, ("evidence", "provenance"): 300, ("supportkind", "source"): 300,
    ("supportkind", "provenance"): 300, ("offering", "contact"): 300,
    ("offering", "contact_professional"): 300,
    ("condition", "question"): 300,
    ("condition", "client_text"): 300, ("programme", "name"): 200, ("programme", "duration"): 200,
    ("programme", "intensity"): 200, ("programme", "period"): 100,
    ("programme", "name_en"): 200, ("programme", "duration_en"): 200, ("programme", "intensity_en"): 200,
    ("offering", "contact_en"): 300, ("offering", "contact_professional_en"): 300,
    ("condition", "question_en"): 300, ("condition", "client_text_en"): 300, ("supportkind", "name_en"): 200,
}


def too_long(fixture: Fixture) -> list[str]:
    found = [
        f"{model}.{field} ({len(row[field])} > {limit}): {row[field][:80]}"
        for (model, field), limit in MAX_LENGTH.items()
        for row in fixture.of(model)
        if len(row[field] or "") > limit
    ]
    for model in ("programme", "offering"):  # the admin form keeps each source in 200 characters
        for row in fixture.of(model):
            sources = row["eligibility_sources"].items()
            found += [f"{model}.eligibility_sources[{key}]" for key, text in sources if len(text) > 200]
    return found


def working_notes_left(fixture: Fixture) -> list[str]:
    left = []
    for model, fields in PUBLIC_TEXT.items():
        for row in fixture.of(model):
            for field in fields:
                value = row.get(field)
                if isinstance(value, str) and cleaning.WORKING_NOTE.search(value):
                    left.append(f"{model}.{field}: {value[:120]}")
    return left


def export_canonically(text: str, target: Path) -> None:
    """Load the rows into a throwaway SQLite database and export them with the project's command."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "catalogue.json"
        source.write_text(text, encoding="utf-8")
        env = {**os.environ, "DEBUG": "1", "DATABASE_URL": f"sqlite:///{tmp}/db.sqlite3"}
        env.pop("CACHE_URL", None)
        manage = [sys.executable, str(ROOT / "manage.py")]
        for args in (["migrate", "-v0"], ["loaddata", str(source), "-v0"],
                     ["export_catalogue", "-o", str(target)]):
            subprocess.run([*manage, *args], cwd=ROOT, env=env, check=True, capture_output=True)  # noqa: S603


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="Only report whether the fixture would change.")
    options = parser.parse_args()

    fixture = Fixture(FIXTURE)
    cite_sources(fixture)
    truth_money.set_provenance_first(fixture)
    cite_parts(fixture)
    clean_texts(fixture)
    truth_programmes.apply(fixture)
    truth_offerings.apply(fixture)
    truth_money.apply(fixture)
    new_entries.apply(fixture)
    truth_settled.apply(fixture)
    truth_voice.apply(fixture)
    truth_english.apply(fixture)  # last: the English of the texts as the steps above leave them
    cite_sources(fixture)  # rows added above carry their lines in provenance
    cite_parts(fixture)
    clean_texts(fixture)
    left = working_notes_left(fixture)
    if left:
        print("Working notes left in public texts:", *left, sep="\n  ", file=sys.stderr)
        return 1
    long = too_long(fixture)
    if long:
        print("Texts longer than their field:", *long, sep="\n  ", file=sys.stderr)
        return 1
    changed = fixture.stamp_changes()

    import json

    text = json.dumps(fixture.rows, ensure_ascii=False, indent=2) + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "catalogue.json"
        export_canonically(text, out)
        new = out.read_text(encoding="utf-8")
    old = FIXTURE.read_text(encoding="utf-8")
    if options.check:
        print("Fixture is up to date." if new == old else f"Fixture would change ({changed} rows).")
        return 0 if new == old else 1
    FIXTURE.write_text(new, encoding="utf-8")
    print(f"{changed} rows changed or added; fixtures/catalogue.json written.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
