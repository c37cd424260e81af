"""The result page and its one-page handout: read the answers, match, present, render.

Views orchestrate; the decisions are in triage.matching, the words in triage.wording, and which
words go where in triage.presenting.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from accounts.roles import is_professional
from programmes.snapshot import get_catalogue
from triage import answers as stored
from triage import flow, gaps, matching, presenting, wording
from triage.context import current_flow_context
from triage.extensions import result_panels

RESULTS_SHOWN = 8
NEAR_MISSES_SHOWN = 3


def _outcome(request: HttpRequest):
    answers = stored.load(request.session)
    relevant = flow.relevant_answers(answers)
    return answers, relevant, matching.match(relevant, get_catalogue())


@require_GET
@never_cache
def result(request: HttpRequest) -> HttpResponse:
    answers, relevant, outcome = _outcome(request)
    if not answers:
        return redirect("triage:start")
    gaps.record_once(request.session, relevant, gaps.gaps_of(relevant, outcome))
    show_all = request.GET.get("alle") == "ja"
    professional = is_professional(request.user)
    # A long list helps nobody during an intake: the best first, the rest on request.
    shown = outcome.matches if show_all else outcome.matches[:RESULTS_SHOWN]
    near = outcome.near_misses if show_all else outcome.near_misses[:NEAR_MISSES_SHOWN]
    rows = flow.summary(answers, current_flow_context())
    return render(request, "triage/result.html", {
        "rows": rows,
        "current": flow.current_question(answers),
        "outcome": outcome,
        "next_steps": presenting.next_steps(outcome.matches, professional),
        "match_cards": presenting.cards([m for m in shown if m.fit == matching.FIT], professional),
        "possible_cards": presenting.cards([m for m in shown if m.fit == matching.POSSIBLE], professional),
        "shown_count": len(shown),
        "near_miss_cards": presenting.cards(near, professional),
        "not_offered_cards": presenting.cards(outcome.not_offered, professional),
        "not_reached": wording.not_reached_texts(outcome.not_reached, professional=professional),
        "ww_route": wording.WW_ROUTE if relevant.get("benefit") == "ww" and not professional else "",
        "gap_routes": wording.GAP_ROUTES_CLIENT,
        "order_sentence": wording.order_sentence(professional=professional),
        "catalogue_url": reverse("programmes:list"),
        "show_all": show_all,
        "professional": professional,
        "panels": result_panels(request.user),
        "handout": presenting.handout(outcome, rows, professional=False),
        "today": timezone.localdate(),
        "site": request.build_absolute_uri("/"),
    })


@require_GET
@never_cache
def handout(request: HttpRequest) -> HttpResponse:
    """One A4 page to take along: in client words, or in professional words when a professional asks."""
    answers, _relevant, outcome = _outcome(request)
    if not answers:
        return redirect("triage:start")
    professional = is_professional(request.user) and request.GET.get("versie") == "professioneel"
    rows = flow.summary(answers, current_flow_context())
    return render(request, "triage/handout.html", {
        "handout": presenting.handout(outcome, rows, professional=professional),
        "today": timezone.localdate(),
        "professional": professional,
        "can_choose": is_professional(request.user),
        "site": request.build_absolute_uri("/"),
    })
