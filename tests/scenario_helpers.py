"""Plain helpers for the scenario tests (tests/test_scenarios_*.py): people in the stroomschema's
terms, places, and ways to read a MatchResult. The shipped catalogue itself is the
`shipped_catalogue` fixture in tests/conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import product
from typing import Any

from programmes import vocabulary as vocab
from programmes.catalogue import Catalogue
from triage import wording
from triage.outcome import CONDITION, UNKNOWN, Criterion, Fit, Match, MatchResult

# One gemeente per arbeidsmarktregio the scenarios visit (CBS 2026).
DORDRECHT = "GM0505"  # Drechtsteden (AM23)
ROTTERDAM = "GM0599"  # Rijnmond (AM22)
UTRECHT = "GM0344"  # Midden-Utrecht (AM13)
ROERMOND = "GM0957"  # Midden-Limburg (AM33)
VENLO = "GM0983"  # Noord-Limburg (AM29)
ENSCHEDE = "GM0153"  # Twente (AM05)
HENGELO = "GM0164"  # Twente (AM05), outside Enschede
AMSTERDAM = "GM0363"  # Groot Amsterdam (AM18)
AMSTELVEEN = "GM0362"  # Groot Amsterdam (AM18), outside Amsterdam
GRONINGEN = "GM0014"  # Groningen (AM01)
DEN_HAAG = "GM0518"  # Haaglanden (AM21)
LEIDEN = "GM0546"  # Holland Rijnland (AM19)
NIJMEGEN = "GM0268"  # Rijk van Nijmegen (AM08)
DEN_HELDER = "GM0400"  # Noord-Holland Noord (AM15)
APELDOORN = "GM0200"  # Veluwe Stedendriehoek (AM06)
DEN_BOSCH = "GM0796"  # Noordoost-Brabant (AM27)
HAARLEM = "GM0392"  # Zuid-Kennemerland en IJmond (AM37)
VAALS = "GM0981"  # Zuid-Limburg (AM34)

WISHES = ("paid_work_now", "explore", "skills", "confidence", "education", "keep_job", "daytime_activity")
# Every benefit a person can have; "none" and "weet niet" apart.
WITH_A_BENEFIT = ("bijstand", "ww", "wia_wga", "wia_iva", "wajong", "ziektewet", "wao_waz")
SITUATIONS = ("job_seeking", "employed_at_risk", "sick_listed", "in_education")
INTEGRATED = frozenset({"ips", "werk-als-beste-zorg"})


def mental(**answers: Any) -> dict[str, Any]:
    """A person with psychological complaints, job seeking, aged 40, unless the test says otherwise."""
    return {"concern": "mental", "situation": "job_seeking", "age": 40, **answers}


def epa_in_care(provider: str, **answers: Any) -> dict[str, Any]:
    """A person with EPA in treatment at a GGZ-instelling, on bijstand, who wants paid work."""
    person = {"care": "specialist_ggz", "care_provider": provider, "severity": "severe",
              "benefit": "bijstand", "wish": "paid_work_now"}
    return mental(**{**person, **answers})


def mild(**answers: Any) -> dict[str, Any]:
    """A person with mild or moderate complaints who sees the huisarts or POH-GGZ."""
    return mental(**{"care": "basic_ggz", "severity": "mild_moderate", **answers})


def shown(result: MatchResult) -> dict[str, Match]:
    """Fits, possibles and near misses (not the ones "hier niet aangeboden")."""
    return {m.programme.slug: m for m in (*result.matches, *result.near_misses)}


def fits(result: MatchResult) -> dict[str, Fit]:
    """Every fit and possible, with which of the two it is."""
    return {m.programme.slug: m.fit for m in result.matches}


def plain_fits(result: MatchResult) -> set[str]:
    return {m.programme.slug for m in result.fits}


def order(result: MatchResult) -> list[str]:
    return [m.programme.slug for m in result.matches]


def the(result: MatchResult, slug: str) -> Match:
    return shown(result)[slug]


def not_offered(result: MatchResult) -> dict[str, Match]:
    return {m.programme.slug: m for m in result.not_offered}


def criterion(found: Match, key: str) -> Criterion:
    [only] = [c for c in found.criteria if c.key == key]
    return only


def open_questions(found: Match) -> list[str]:
    """Conditions the answers could settle but do not: they keep a programme "past misschien"."""
    return [wording.criterion_text(c, found.programme, professional=True) for c in found.criteria
            if c.key == CONDITION and c.state == UNKNOWN]


def texts(found: Match, *, professional: bool) -> list[str]:
    """Every line a card shows about one match's criteria, plus its opener."""
    lines = [wording.criterion_text(c, found.programme, professional=professional) for c in found.criteria]
    return [*lines, wording.opener_text(found.opener)]


def published(catalogue: Catalogue) -> list[str]:
    return sorted(p.slug for p in catalogue.programmes if p.status == vocab.Status.PUBLISHED)


def one_gemeente_per_region(catalogue: Catalogue) -> list[str]:
    first: dict[str, str] = {}
    for code in sorted(catalogue.municipalities):
        first.setdefault(catalogue.municipalities[code].region_code, code)
    return sorted(first.values())


def grid(**choices: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """Every combination of the given answers (a value of None leaves that answer out)."""
    keys = list(choices)
    for values in product(*(tuple(choices[k]) for k in keys)):
        yield {k: v for k, v in zip(keys, values, strict=True) if v is not None}
