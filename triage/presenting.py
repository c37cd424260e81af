"""Result cards in words: a Match turned into the plain strings a card shows.

Pure formatting, no decisions (those are in matching.py) and no Django: the template only
places these strings, which keeps a result page cheap to render.
"""

from __future__ import annotations

from dataclasses import dataclass

from programmes import vocabulary as vocab
from programmes.catalogue import EvidenceData, ProgrammeData
from triage.matching import Match

STATE_WORDS = {
    "met": ("✓", "Voldoet"),
    "not_met": ("✗", "Voldoet niet"),
    "unknown": ("?", "Nog onbekend"),
    "check": ("!", "Zelf nagaan"),
}
FIT_WORDS = {
    "fit": ("✓", "Past"),
    "possible": ("?", "Past misschien"),
    "near_miss": ("→", "Past bijna"),
}
CRITERION_TITLES = {
    "concern": "om wie gaat het",
    "care": "zorg of begeleiding",
    "care_provider": "GGZ-instelling",
    "severity": "ernst van de klachten",
    "situation": "werksituatie",
    "benefit": "uitkering",
    "wish": "wens",
    "region": "woonplaats",
    "age": "leeftijd",
}


@dataclass(frozen=True)
class CriterionLine:
    state: str
    icon: str
    word: str
    text: str
    opener: str


@dataclass(frozen=True)
class OfferingLine:
    provider: str
    details: str  # " – landelijk – alleen voor cliënten van X. Contact"


@dataclass(frozen=True)
class KeyEvidence:
    figure: str
    result: str
    study: str  # "(RCT, N = 120, 2020; bron: …)"
    summarised: bool  # the programme's evidence summary already says it in words


@dataclass(frozen=True)
class Card:
    slug: str
    name: str
    fit: str
    fit_icon: str
    fit_word: str
    kind_name: str
    intro: str
    client_words: str  # professionals also see the client wording
    opener: str
    offerings: tuple[OfferingLine, ...]
    why_heading: str
    criteria: tuple[CriterionLine, ...]
    open_titles: str
    recognition: str
    evidence_summary: str
    key_evidence: KeyEvidence | None
    kind_figure: str
    funding_line: str
    funding_rows: tuple[str, ...]
    apply_text: str


def cards(matches: tuple[Match, ...] | list[Match], professional: bool) -> list[Card]:
    return [card(m, professional) for m in matches]


def card(m: Match, professional: bool) -> Card:
    p = m.programme
    fit_icon, fit_word = FIT_WORDS.get(m.fit, ("", m.fit))
    return Card(
        slug=p.slug,
        name=p.name,
        fit=m.fit,
        fit_icon=fit_icon,
        fit_word=fit_word,
        kind_name=p.kind.name,
        intro=p.description if professional else p.summary,
        client_words=p.summary if professional else "",
        opener=m.opener,
        offerings=tuple(_offering(o) for o in m.offerings),
        why_heading="Waarom dit past" if m.fit == "fit" else "Waarom wel of niet",
        criteria=tuple(_criterion(c, professional) for c in m.criteria if not c.open_to_all),
        open_titles=", ".join(CRITERION_TITLES.get(c.key, c.key) for c in m.criteria if c.open_to_all),
        recognition=vocab.label(vocab.RECOGNITION_LEVELS, p.recognition_level),
        evidence_summary=p.evidence_summary,
        key_evidence=_key_evidence(p),
        kind_figure=_kind_figure(p),
        funding_line=_funding_line(m, professional),
        funding_rows=() if m.funding else tuple(
            f"{vocab.label(vocab.BENEFITS, f.benefit)}: {f.payer} ({f.budget})" for f in p.funding
        ),
        apply_text=p.how_to_refer if professional and p.how_to_refer else p.how_to_apply,
    )


def _offering(o) -> OfferingLine:
    details = ""
    if o.is_national:
        details += " – landelijk"
    if o.requires_care_at_provider:
        details += f" – alleen voor cliënten van {o.provider.name}"
    if o.contact:
        details += f". {o.contact}"
    return OfferingLine(o.provider.name, details)


def _criterion(c, professional: bool) -> CriterionLine:
    icon, word = STATE_WORDS.get(c.state, ("", c.state))
    return CriterionLine(c.state, icon, word, c.professional_text if professional else c.text, c.opener)


def _key_evidence(p: ProgrammeData) -> KeyEvidence | None:
    e: EvidenceData | None = next((e for e in p.evidence if e.is_key), p.evidence[0] if p.evidence else None)
    if e is None:
        return None
    study = e.design
    if e.participants:
        study += f", N = {e.participants}"
    if e.year:
        study += f", {e.year}"
    return KeyEvidence(e.figure, e.result, f"({study}; bron: {e.source})", bool(p.evidence_summary))


def percent(value: float) -> str:
    return f"{value:.1f}".replace(".", ",").removesuffix(",0") + "%"


def _kind_figure(p: ProgrammeData) -> str:
    kind = p.kind
    if kind.median_paid_work_pct is None:
        return ""
    studies = ""
    if kind.studies_count:
        spread = f", spreiding {kind.paid_work_range}" if kind.paid_work_range else ""
        studies = f" ({kind.studies_count} studies{spread})"
    return (
        f"Internationaal onderzoek naar {kind.name.lower()}: gemiddeld (mediaan) "
        f"{percent(kind.median_paid_work_pct)} van de deelnemers vond betaald werk{studies}."
    )


def _funding_line(m: Match, professional: bool) -> str:
    f = m.funding
    if f is None:
        return ""
    line = f"{f.payer} betaalt, uit {f.budget}. Aanvragen: {f.applicant}."
    if professional and f.legal_basis:
        line += f" Grondslag: {f.legal_basis}."
    return line
