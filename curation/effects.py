"""What publishing a programme changes: which region × benefit × wish combinations gain or lose it.

Pure: two catalogue snapshots in, two sets of combinations out. A combination "has" a programme
when the result page would show it (passend or misschien passend) to someone in that region
(its first gemeente, as in `curation.coverage`) with that benefit and wish: a person with
psychische klachten, 35 years old, with any kind of care, either severity and any work situation.
So a change for, say, people in basic GGZ care with mild complaints still shows up.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import product

from curation.coverage import (
    BENEFITS,
    CARE,
    SEVERITIES,
    SITUATIONS,
    WISHES,
    Combo,
    first_municipalities,
    typical_answers,
)
from programmes import vocabulary as vocab
from programmes.catalogue import Catalogue, ProgrammeData
from triage import matching

# The answers that vary between people in one combination. The other criteria (region, benefit,
# wish, age, concern) do not depend on them: when one of those is not met, no variant helps.
_VARIANTS = tuple(product(CARE, SEVERITIES, SITUATIONS))
_PERSONAL = frozenset({"care", "care_provider", "severity", "situation"})


def reach(catalogue: Catalogue, slug: str) -> frozenset[Combo]:
    programme = catalogue.programme(slug)
    if programme is None or programme.status != vocab.Status.PUBLISHED:
        return frozenset()
    found: set[Combo] = set()
    for region_code, municipality in first_municipalities(catalogue).items():
        for benefit, wish in product(BENEFITS, WISHES):
            if _shown_to_someone(programme, municipality.code, benefit, wish, catalogue):
                found.add((region_code, benefit, wish))
    return frozenset(found)


def _shown_to_someone(programme: ProgrammeData, municipality: str, benefit: str, wish: str,
                      catalogue: Catalogue) -> bool:
    first = _not_met(programme, typical_answers(municipality, benefit, wish), catalogue)
    if not first:
        return True
    if not first <= _PERSONAL:
        return False
    return any(
        not _not_met(programme, typical_answers(municipality, benefit, wish, *variant), catalogue)
        for variant in _VARIANTS
    )


def _not_met(programme: ProgrammeData, answers: dict, catalogue: Catalogue) -> set[str]:
    # The result page shows a programme (fit or possible) when no criterion is "not met".
    criteria = matching.criteria_for(programme, answers, catalogue)
    return {c.key for c in criteria if c.state == matching.NOT_MET}


def publication_effect(before: Catalogue, after: Catalogue, slug: str) -> tuple[
    tuple[Combo, ...], tuple[Combo, ...]
]:
    """(gained, lost): the combinations where `slug` appears after and not before, and the reverse."""
    was, will = reach(before, slug), reach(after, slug)
    return tuple(sorted(will - was)), tuple(sorted(was - will))


def with_programme(catalogue: Catalogue, slug: str, programme: ProgrammeData | None) -> Catalogue:
    """The same catalogue with `slug` replaced by `programme` (or left out when None)."""
    others = tuple(p for p in catalogue.programmes if p.slug != slug)
    return replace(catalogue, programmes=others + ((programme,) if programme is not None else ()))


def as_published(programme: ProgrammeData) -> ProgrammeData:
    return replace(programme, status=vocab.Status.PUBLISHED)


@dataclass(frozen=True)
class EffectRow:
    benefit: str
    wish: str
    regions: str  # "alle 35 regio's" or the names
    count: int


def summarise(combos: Iterable[Combo], catalogue: Catalogue) -> list[EffectRow]:
    """Combinations grouped per benefit × wish, with the regions named (or "alle ... regio's")."""
    grouped: dict[tuple[str, str], set[str]] = {}
    for region_code, benefit, wish in combos:
        grouped.setdefault((benefit, wish), set()).add(region_code)
    every = set(first_municipalities(catalogue))
    benefit_order = {key: i for i, key in enumerate(BENEFITS)}
    wish_order = {key: i for i, key in enumerate(WISHES)}
    rows = []
    for (benefit, wish), codes in sorted(
        grouped.items(), key=lambda item: (benefit_order.get(item[0][0], 99), wish_order.get(item[0][1], 99))
    ):
        if codes >= every and len(every) > 1:
            regions = f"alle {len(every)} regio's"
        else:
            names = sorted((catalogue.regions[c].name if c in catalogue.regions else c) for c in codes)
            regions = ", ".join(names)
        rows.append(EffectRow(
            benefit=vocab.label(vocab.BENEFITS, benefit),
            wish=vocab.label(vocab.WISHES, wish),
            regions=regions,
            count=len(codes),
        ))
    return rows


# --- The scenario personas: who gains or loses the programme, and where it stands in their result ---


@dataclass(frozen=True)
class Placing:
    position: int  # 1 = first on the result page
    fit: str


@dataclass(frozen=True)
class PersonaChange:
    description: str
    change: str  # "erbij", "eraf", "volgorde" or "passend"
    before: Placing | None
    after: Placing | None


def placing(catalogue: Catalogue, slug: str, answers) -> Placing | None:
    result = matching.match(answers, catalogue)
    return next(
        (Placing(i, m.fit) for i, m in enumerate(result.matches, start=1) if m.programme.slug == slug), None
    )


def change_kind(before: Placing | None, after: Placing | None) -> str | None:
    """What changed for one person: shown now and not before, the reverse, its place, its fit."""
    if before == after:
        return None
    if before is None:
        return "erbij"
    if after is None:
        return "eraf"
    return "volgorde" if before.position != after.position else "passend"


def persona_changes(before: Catalogue, after: Catalogue, slug: str, personas) -> list[PersonaChange]:
    changes = []
    for persona in personas:
        was, will = placing(before, slug, persona.answers), placing(after, slug, persona.answers)
        kind = change_kind(was, will)
        if kind is not None:
            changes.append(PersonaChange(persona.description, kind, was, will))
    return changes
