"""The result page and its one-page handout: read the answers, match, present, render.

Views orchestrate; the decisions are in triage.matching, the words in triage.wording, and which
words go where in triage.presenting.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from accounts.roles import is_professional
from programmes import snapshot
from programmes.snapshot import get_catalogue
from triage import answers as stored
from triage import flow, gaps, kept_pages, matching, presenting, wording
from triage.context import current_flow_context
from triage.extensions import result_panels
from triage.voice import Voice, voice_of

RESULTS_SHOWN = 8
NEAR_MISSES_SHOWN = 3
CARD_TEMPLATE = "triage/_match.html"


@functools.lru_cache(maxsize=4096)
def _card_html(card: presenting.Card, professional: bool, catalogue_url: str, language: str) -> str:
    """A card's markup, once per distinct card and language: a Card holds every word it shows
    (immutable and hashable), so the same card for the next person with the same situation costs
    nothing to draw. Template rendering was two thirds of the result page's time. `language` is only
    part of the key: the template's own words are said in the active language."""
    return render_to_string(CARD_TEMPLATE, {"c": card, "professional": professional,
                                            "catalogue_url": catalogue_url})


def _cards_html(matches, professional: bool) -> list[str]:
    url = reverse("programmes:list")
    cards = presenting.cards(matches, professional)
    language = translation.get_language()
    return [mark_safe(_card_html(card, professional, url, language)) for card in cards]  # noqa: S308 (our template)


@dataclass(frozen=True)
class Advice:
    """The drawn advice for one situation: the same for everyone with the same answers."""

    html: str
    gaps: tuple[gaps.Gap, ...]
    case_options: tuple[tuple[str, str], ...]  # (slug, name) a professional may choose when saving


ADVICE_KEPT = 512  # situations per process and catalogue version


@dataclass(frozen=True)
class Situation:
    """What the drawn advice depends on besides the catalogue version: its key in the cache."""

    answers: tuple[tuple[str, str], ...]
    professional: bool  # worded for a professional (the voice "for someone else")
    show_all: bool
    has_panels: bool
    today: date  # the handout inside the page is dated
    site: str  # the handout names the site
    language: str


def _advice(answers: dict, relevant: dict, situation: Situation, catalogue) -> Advice:
    """The advice for these answers, drawn once per catalogue version and situation in this process.
    Matching and drawing the cards were most of the page's time; the page itself only adds the
    visitor's own parts (forms with their CSRF token, the professional's panels)."""
    return snapshot.remembered("result-advice", situation, lambda: _draw_advice(
        answers, relevant, situation, catalogue,
    ), limit=ADVICE_KEPT, catalogue=catalogue)


def _draw_advice(answers: dict, relevant: dict, situation: Situation, catalogue) -> Advice:
    professional, show_all = situation.professional, situation.show_all
    outcome = matching.match(relevant, catalogue)
    # A long list helps nobody during an intake: the best first, the rest on request.
    shown = outcome.matches if show_all else outcome.matches[:RESULTS_SHOWN]
    near = outcome.near_misses if show_all else outcome.near_misses[:NEAR_MISSES_SHOWN]
    rows = flow.summary(answers, current_flow_context())
    html = render_to_string("triage/result.html#advice", {
        "rows": rows,
        "current": flow.current_question(answers),
        "outcome": outcome,
        "next_steps": presenting.next_steps(outcome.matches, professional),
        "match_cards": _cards_html([m for m in shown if m.fit == matching.FIT], professional),
        "possible_cards": _cards_html([m for m in shown if m.fit == matching.POSSIBLE], professional),
        "shown_count": len(shown),
        "near_miss_cards": presenting.cards(near, professional),  # one line each: name and what helps
        "not_offered_cards": presenting.cards(outcome.not_offered, professional),
        "not_reached": wording.not_reached_texts(outcome.not_reached, professional=professional),
        "ww_route": wording.ww_route() if relevant.get("benefit") == "ww" and not professional else "",
        "gap_routes": wording.gap_routes(professional=professional),
        "order_sentence": wording.order_sentence(professional=professional),
        "catalogue_url": reverse("programmes:list"),
        "professional": professional,
        "has_panels": situation.has_panels,
        "handout": presenting.handout(outcome, rows, professional=False),
        "today": situation.today,
        "site": situation.site,
    })
    name = presenting.programme_name
    options = tuple((m.programme.slug, name(m.programme)) for m in outcome.matches) + tuple(
        (m.programme.slug, gettext("%(name)s (bijna passend)") % {"name": name(m.programme)})
        for m in outcome.near_misses
    )
    return Advice(html, tuple(gaps.gaps_of(relevant, outcome)), options)


def from_answers(view):
    """A page made from the person's answers: GET or HEAD only, never kept by a cache (it shows
    them), and without answers the start page. The view gets the answers."""

    @require_safe
    @never_cache
    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        answers = stored.load(request.session)
        if not answers:
            return redirect("triage:start")
        return view(request, answers, *args, **kwargs)

    return wrapped


@from_answers
def result(request: HttpRequest, answers: dict) -> HttpResponse:
    relevant = flow.relevant_answers(answers)
    panels = result_panels(request.user)
    # The advice is worded in the voice the questions were asked in: "u" for someone filling this
    # in for themselves, "de cliënt" (the professional wording) for someone doing it for another.
    catalogue = get_catalogue()  # one snapshot for the whole request
    situation = Situation(
        flow.answers_key(answers), professional=voice_of(request.session, request.user) == Voice.OTHER,
        show_all=request.GET.get("alle") == "ja", has_panels=bool(panels), today=timezone.localdate(),
        site=request.build_absolute_uri("/"), language=translation.get_language(),
    )
    advice = _advice(answers, relevant, situation, catalogue)
    gaps.record_once(request.session, advice.gaps)
    context = {
        "advice": mark_safe(advice.html),  # noqa: S308 (our own template's output)
        "case_options": advice.case_options,
        "panels": panels,
    }
    if panels:  # a professional's own work on the page
        return render(request, "triage/result.html", context)
    return HttpResponse(kept_pages.page(
        request, "triage/result.html", context, name="result", shows=situation, catalogue=catalogue,
        queries=frozenset({"", "alle=ja"}),
    ))


@from_answers
def handout(request: HttpRequest, answers: dict) -> HttpResponse:
    """One A4 page to take along: in client words, or in professional words when a professional asks."""
    professional = is_professional(request.user) and request.GET.get("versie") == "professioneel"
    catalogue, today = get_catalogue(), timezone.localdate()

    def context() -> dict:
        relevant = flow.relevant_answers(answers)
        outcome = matching.match(relevant, catalogue)
        rows = flow.summary(answers, current_flow_context())
        return {
            "handout": presenting.handout(outcome, rows, professional=professional),
            "today": today,
            "standalone": True,
            "professional": professional,
            "can_choose": is_professional(request.user),
            "site": request.build_absolute_uri("/"),
        }

    # The same for everyone with the same answers on the same day (it is dated).
    return HttpResponse(kept_pages.page(request, "triage/handout.html", context, name="handout",
                                        shows=(flow.answers_key(answers), today), catalogue=catalogue))
