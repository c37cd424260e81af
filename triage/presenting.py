"""Result cards: a Match turned into the plain strings a card shows.

No decisions (matching.py) and no sentences of its own (wording.py): this module picks, per
audience, which words go where, so the template only places strings and a page stays cheap.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language, gettext, gettext_noop

from programmes import vocabulary as vocab
from triage import wording
from triage.outcome import ConditionFacts, Criterion, Match


@dataclass(frozen=True)
class CriterionLine:
    state: str
    icon: str
    word: str
    text: str
    opener: str
    lang: str = ""  # "nl" when the text is the catalogue's own Dutch on a page in another language


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
class Contact:
    text: str  # whom to contact and how, in one line
    phone: str
    url: str
    lang: str = ""  # "nl" when the text is the offering's own Dutch on a page in another language


@dataclass(frozen=True)
class Card:
    slug: str
    name: str
    fit: str
    fit_icon: str
    fit_word: str
    kind_name: str
    why: str  # one line: why it fits, what is still open, or what would open it
    contact: Contact
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
    payer: str  # at a glance: who pays, from which budget
    funding_line: str  # in full: also who applies (and, for professionals, the legal basis)
    funding_rows: tuple[str, ...]
    apply_text: str
    dutch_evidence: str
    sources: tuple[str, ...]  # "Deskresearch begeleiding naar werk (2025), §1.2"
    # "nl" on a page in another language: the catalogue's own texts (summary, how to apply, evidence,
    # sources) are Dutch and marked so (WCAG 3.1.2), until the catalogue has them in that language.
    data_lang: str = ""


def catalogue_language() -> str:
    """The language of the catalogue's texts when it is not the page's ("" on a Dutch page)."""
    return "" if get_language() == settings.LANGUAGE_CODE else settings.LANGUAGE_CODE


def _contact(m: Match, professional: bool) -> Contact:
    o = m.offering
    own_words = bool(o and wording.own_contact(o, professional=professional))
    return Contact(
        wording.contact_route(o, professional=professional),
        o.phone if o else "",
        o.url if o else "",
        catalogue_language() if own_words else "",
    )


def cards(matches: tuple[Match, ...] | list[Match], professional: bool) -> list[Card]:
    return [card(m, professional) for m in matches]


def card(m: Match, professional: bool) -> Card:
    p = m.programme
    fit_icon, fit_word = wording.fit_words(m.fit)
    return Card(
        slug=p.slug,
        name=p.name,
        fit=m.fit,
        fit_icon=fit_icon,
        fit_word=fit_word,
        kind_name=p.kind.name,
        why=wording.why_line(m.fit, m.criteria, m.opener, professional=professional),
        contact=_contact(m, professional),
        intro=p.description if professional else p.summary,
        client_words=p.summary if professional else "",
        opener=wording.opener_text(m.opener, professional=professional),
        offerings=_offering_lines(m, professional),
        why_heading=gettext("Waarom dit past") if m.fit == "fit" else gettext("Waarom wel of niet"),
        criteria=tuple(criterion_line(c, m, professional) for c in m.criteria if not c.open_to_all),
        open_titles=", ".join(
            wording.criterion_title(c.key) for c in m.criteria if c.open_to_all
        ),
        recognition=gettext(vocab.label(vocab.RECOGNITION_LEVELS, p.recognition_level)),
        evidence_summary=p.evidence_summary,
        key_evidence=_key_evidence(m),
        kind_figure=wording.kind_figure(p.kind),
        payer=wording.payer_text(m.funding) if m.funding else "",
        funding_line=wording.funding_text(m.funding, professional=professional) if m.funding else "",
        funding_rows=() if m.funding else wording.funding_routes(p),
        apply_text=p.how_to_refer if professional and p.how_to_refer else p.how_to_apply,
        dutch_evidence=wording.dutch_evidence(p),
        sources=tuple(citation(source) for source in p.sources),
        data_lang=catalogue_language(),
    )


def citation(source) -> str:
    """A source as people read it: the document's title, year and section; never a line number."""
    title = f"{source.document} ({source.year})" if source.year else source.document
    return f"{title}, {source.locator}" if source.locator else title


@dataclass(frozen=True)
class NextStep:
    text: str
    phone: str
    url: str
    lang: str = ""  # "nl" when the sentence is the offering's own Dutch contact text


def next_steps(matches, professional: bool, limit: int = 3) -> list[NextStep]:
    """The one to three best routes, each one sentence: whom to contact, and how."""
    return [
        NextStep(
            wording.next_step(m.programme.name, m.offering, professional=professional),
            m.offering.phone if m.offering else "",
            m.offering.url if m.offering else "",
            _contact(m, professional).lang,
        )
        for m in matches[:limit]
    ]


OWN_INSTITUTION = {
    False: OfferingLine(gettext_noop("Uw eigen GGZ-instelling"),
                        gettext_noop("als die het aanbiedt: vraag het uw behandelaar")),
    True: OfferingLine(gettext_noop("De eigen GGZ-instelling van de cliënt"),
                       gettext_noop("als die het aanbiedt: vraag het de behandelaar")),
}


def _offering_lines(m: Match, professional: bool) -> tuple[OfferingLine, ...]:
    lines = tuple(
        OfferingLine(o.provider.name, wording.offering_details(o, professional=professional))
        for o in m.offerings
    )
    if m.offering is not None:
        return lines
    own = OWN_INSTITUTION[professional]
    return (*lines, OfferingLine(gettext(own.provider), " – " + gettext(own.details)))


def criterion_line(c: Criterion, m: Match, professional: bool) -> CriterionLine:
    icon, word = wording.state_words(c.state)
    text = wording.criterion_text(c, m.programme, professional=professional)
    # A programme's own condition is the catalogue's Dutch question.
    lang = catalogue_language() if isinstance(c.facts, ConditionFacts) else ""
    return CriterionLine(c.state, icon, word, text, wording.opener_text(c.opener, professional=professional),
                         lang)


def _key_evidence(m: Match) -> KeyEvidence | None:
    e = wording.key_evidence(m.programme)
    if e is None:
        return None
    return KeyEvidence(e.figure, e.result, wording.study_line(e), bool(m.programme.evidence_summary))


# --- The one-page handout ------------------------------------------------------------------------------

HANDOUT_ROUTES = 3
HANDOUT_NEAR_MISSES = 2


@dataclass(frozen=True)
class HandoutRoute:
    name: str
    fit_word: str
    contact: Contact
    funding: str


@dataclass(frozen=True)
class Handout:
    situation: str  # the answers in one line
    routes: tuple[HandoutRoute, ...]
    near_misses: tuple[tuple[str, str], ...]  # (name, what would open it)
    not_reached: tuple[str, ...]
    gap: bool
    sources: tuple[str, ...]  # the documents the advice rests on


def handout(outcome, rows, *, professional: bool) -> Handout:
    """What a person takes along: the best routes with whom to contact, on one A4 page."""
    best = outcome.matches[:HANDOUT_ROUTES]
    documents = dict.fromkeys(
        citation(s).split(",")[0] for m in best for s in m.programme.sources
    )
    return Handout(
        situation=" · ".join(row.display for row in rows if row.value is not None),
        routes=tuple(
            HandoutRoute(
                name=m.programme.name,
                fit_word=wording.fit_words(m.fit)[1],
                contact=_contact(m, professional),
                funding=wording.funding_text(m.funding, professional=professional) if m.funding else "",
            )
            for m in best
        ),
        near_misses=tuple(
            (m.programme.name, wording.opener_text(m.opener, professional=professional))
            for m in outcome.near_misses[:HANDOUT_NEAR_MISSES]
        ),
        not_reached=tuple(wording.not_reached_texts(outcome.not_reached, professional=professional)),
        gap=outcome.gap,
        sources=tuple(documents)[:3],
    )
