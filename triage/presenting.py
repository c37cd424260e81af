"""Result cards: a Match turned into the plain strings a card shows.

No decisions (matching.py) and no sentences of its own (wording.py): this module picks, per
audience, which words go where, so the template only places strings and a page stays cheap.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, gettext_noop

from programmes import said
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
    details: str  # " – landelijk – alleen voor cliënten van X"
    contact: str = ""  # the offering's own contact text, after a full stop
    lang: str = ""  # "nl" when the contact is the offering's own Dutch on a page in another language


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
    # "nl" on a page in another language: the catalogue's texts that have no English twin (the key
    # result, the sources' titles) are Dutch and marked so (WCAG 3.1.2).
    data_lang: str = ""
    # Per text with an English twin: "nl" where the Dutch stands in for missing English.
    name_lang: str = ""
    kind_lang: str = ""
    intro_lang: str = ""
    client_words_lang: str = ""
    apply_lang: str = ""
    evidence_summary_lang: str = ""


def catalogue_language() -> str:
    """The language of the catalogue's untranslated texts when it is not the page's ("" on a Dutch
    page)."""
    return said.untranslated_lang()


def _contact(m: Match, professional: bool) -> Contact:
    o = m.offering
    own = wording.contact_text(o, professional=professional) if o else None
    return Contact(
        wording.contact_route(o, professional=professional),
        o.phone if o else "",
        o.url if o else "",
        own.lang if own and own.text else "",
    )


def cards(matches: tuple[Match, ...] | list[Match], professional: bool) -> list[Card]:
    return [card(m, professional) for m in matches]


def card(m: Match, professional: bool) -> Card:
    p = m.programme
    fit_icon, fit_word = wording.fit_words(m.fit)
    text = wording.catalogue_text
    name, kind = _name(p), text(p.kind.name, p.kind.name_en)
    summary = text(p.summary, p.summary_en)
    intro = text(p.description, p.description_en) if professional else summary
    client_words = summary if professional else text("", "")
    refer = professional and p.how_to_refer
    apply = text(p.how_to_refer, p.how_to_refer_en) if refer else text(p.how_to_apply, p.how_to_apply_en)
    evidence_summary = text(p.evidence_summary, p.evidence_summary_en)
    return Card(
        slug=p.slug,
        name=name.text,
        fit=m.fit,
        fit_icon=fit_icon,
        fit_word=fit_word,
        kind_name=kind.text,
        why=wording.why_line(m.fit, m.criteria, m.opener, professional=professional),
        contact=_contact(m, professional),
        intro=intro.text,
        client_words=client_words.text,
        opener=wording.opener_text(m.opener, professional=professional),
        offerings=_offering_lines(m, professional),
        why_heading=gettext("Waarom dit past") if m.fit == "fit" else gettext("Waarom wel of niet"),
        criteria=tuple(criterion_line(c, m, professional) for c in m.criteria if not c.open_to_all),
        open_titles=", ".join(
            wording.criterion_title(c.key) for c in m.criteria if c.open_to_all
        ),
        recognition=gettext(vocab.label(vocab.RECOGNITION_LEVELS, p.recognition_level)),
        evidence_summary=evidence_summary.text,
        key_evidence=_key_evidence(m),
        kind_figure=wording.kind_figure(p.kind),
        payer=_marked(wording.payer_text, m.funding) if m.funding else "",
        funding_line=_marked(wording.funding_text, m.funding, professional=professional) if m.funding else "",
        funding_rows=() if m.funding else _marked_routes(p),
        apply_text=apply.text,
        dutch_evidence=wording.dutch_evidence(p),
        sources=tuple(citation(source) for source in p.sources),
        data_lang=catalogue_language(),
        name_lang=name.lang,
        kind_lang=kind.lang,
        intro_lang=intro.lang,
        client_words_lang=client_words.lang,
        apply_lang=apply.lang,
        evidence_summary_lang=evidence_summary.lang,
    )


_FUNDING_TEXTS = ("payer", "budget", "applicant", "legal_basis")


def _with_marked_funding(render, rows, lang: str) -> str:
    """`render(rows)` with the catalogue's own Dutch words about funding (who pays, from which budget,
    who applies), which have no English twin, marked lang="nl" inside the sentence. Each value goes in
    as a token; the whole sentence is escaped and only then do the tokens become marked spans."""
    values: dict[str, str] = {}

    def token(text: str) -> str:
        key = f"\x00{len(values)}\x00"
        values[key] = text
        return key

    tokened = tuple(dataclasses.replace(f, **_tokens(f, token)) for f in rows)
    text = str(escape(render(tokened)))
    for key, value in values.items():
        text = text.replace(key, str(format_html('<span lang="{}">{}</span>', lang, value)))
    return mark_safe(text)  # noqa: S308 (escaped above; the spans are format_html's)


def _tokens(row, token) -> dict[str, str]:
    return {name: token(getattr(row, name)) for name in _FUNDING_TEXTS if getattr(row, name)}


def _marked(words, row, **options) -> str:
    lang = catalogue_language()
    if not lang:
        return words(row, **options)
    return _with_marked_funding(lambda rows: words(rows[0], **options), (row,), lang)


def _marked_routes(p) -> tuple[str, ...]:
    lang = catalogue_language()
    if not lang:
        return wording.funding_routes(p)
    return tuple(
        _with_marked_funding(lambda rows, i=i: _routes(p, rows)[i], p.funding, lang)
        for i in range(len(p.funding))
    )


def _routes(p, rows) -> tuple[str, ...]:
    return wording.funding_routes(dataclasses.replace(p, funding=rows))


def _name(p):
    """The programme's name in the language of the request, with its lang mark (its Dutch name,
    marked, where it has no English)."""
    return wording.catalogue_text(p.name, p.name_en)


def programme_name(p) -> str:
    return _name(p).text


def citation(source) -> str:
    """A source as people read it: the document's title, year and section; never a line number."""
    title = f"{source.document} ({source.year})" if source.year else source.document
    return f"{title}, {source.locator}" if source.locator else title


@dataclass(frozen=True)
class NextStep:
    name: str  # the programme, shown first: a person scans for it
    text: str
    phone: str
    url: str
    lang: str = ""  # "nl" when the sentence is the offering's own Dutch contact text
    name_lang: str = ""  # "nl" when the programme has no name in the page's language


def next_steps(matches, professional: bool, limit: int = 3) -> list[NextStep]:
    """The one to three best routes, each one sentence: whom to contact, and how."""
    return [
        NextStep(
            name.text,
            wording.next_step(m.offering, professional=professional),
            m.offering.phone if m.offering else "",
            m.offering.url if m.offering else "",
            _contact(m, professional).lang,
            name.lang,
        )
        for m in matches[:limit]
        for name in [_name(m.programme)]
    ]


OWN_INSTITUTION = {
    False: OfferingLine(gettext_noop("Uw eigen GGZ-instelling"),
                        gettext_noop("als die het aanbiedt: vraag het uw behandelaar")),
    True: OfferingLine(gettext_noop("De eigen GGZ-instelling van de cliënt"),
                       gettext_noop("als die het aanbiedt: vraag het de behandelaar")),
}


def _offering_lines(m: Match, professional: bool) -> tuple[OfferingLine, ...]:
    lines = tuple(_offering_line(o, professional) for o in m.offerings)
    if m.offering is not None:
        return lines
    own = OWN_INSTITUTION[professional]
    return (*lines, OfferingLine(gettext(own.provider), " – " + gettext(own.details)))


def _offering_line(o, professional: bool) -> OfferingLine:
    contact = wording.contact_text(o, professional=professional)
    return OfferingLine(
        o.provider.name, wording.offering_details(o, professional=professional, with_contact=False),
        contact.text, contact.lang,
    )


def criterion_line(c: Criterion, m: Match, professional: bool) -> CriterionLine:
    icon, word = wording.state_words(c.state)
    text = wording.criterion_text(c, m.programme, professional=professional)
    marking = catalogue_language()
    if professional and marking and c.key == "benefit" and m.programme.funding:
        # The professional's benefit line ends with who pays: the catalogue's Dutch words, marked.
        programme = m.programme
        text = _with_marked_funding(
            lambda rows: wording.criterion_text(c, dataclasses.replace(programme, funding=rows),
                                                professional=True),
            programme.funding, marking,
        )
    # A programme's own condition is the catalogue's question: Dutch where it has no English.
    lang = (wording.condition_text(c.facts, professional=professional).lang
            if isinstance(c.facts, ConditionFacts) else "")
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
    name_lang: str = ""  # "nl" when the name is the catalogue's Dutch on a page in another language


@dataclass(frozen=True)
class Handout:
    situation: str  # the answers in one line
    routes: tuple[HandoutRoute, ...]
    near_misses: tuple[tuple[str, str, str], ...]  # (name, what would open it, the name's lang)
    not_reached: tuple[str, ...]
    gap: bool
    sources: tuple[str, ...]  # the documents the advice rests on
    sources_lang: str = ""  # "nl" on a page in another language: the documents' Dutch titles


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
                name=name.text,
                fit_word=wording.fit_words(m.fit)[1],
                contact=_contact(m, professional),
                funding=(_marked(wording.funding_text, m.funding, professional=professional)
                         if m.funding else ""),
                name_lang=name.lang,
            )
            for m in best
            for name in [_name(m.programme)]
        ),
        near_misses=tuple(
            (name.text, wording.opener_text(m.opener, professional=professional), name.lang)
            for m in outcome.near_misses[:HANDOUT_NEAR_MISSES]
            for name in [_name(m.programme)]
        ),
        not_reached=tuple(wording.not_reached_texts(outcome.not_reached, professional=professional)),
        gap=outcome.gap,
        sources=tuple(documents)[:3],
        sources_lang=catalogue_language(),
    )
