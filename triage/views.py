"""The wizard, the result and the picture of the stroomschema.

Views orchestrate: read the answers from the session, validate with a form, call the
pure flow and matcher, render. The current question is always derived from the answers.
"""

from __future__ import annotations

import hashlib
import json

from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import HttpResponseClientRedirect, push_url

from programmes.models import Region
from programmes.snapshot import get_catalogue
from triage import answers as stored
from triage import flow, matching, presenting
from triage.context import flow_context
from triage.forms import AnswerForm
from triage.models import GapRecord

RESULTS_SHOWN = 10
NEAR_MISSES_SHOWN = 5

# Pages that only read skip the per-request transaction (ATOMIC_REQUESTS): two round trips
# fewer. Views that write keep it, so nothing is ever half-saved.


def _question_or_404(slug: str, answers: dict) -> flow.Question:
    question = flow.BY_SLUG.get(slug)
    if question is None or not flow.is_asked(question, answers):
        raise Http404("Deze vraag bestaat niet of is nu niet van toepassing.")
    return question


def _wants_partial(request: HttpRequest) -> bool:
    return bool(request.htmx) and not request.htmx.history_restore_request


@transaction.non_atomic_requests
@require_GET
def start(request: HttpRequest) -> HttpResponse:
    answers = stored.load(request.session)
    current = flow.current_question(answers)
    return render(request, "triage/start.html", {
        "has_answers": bool(answers),
        "first": flow.QUESTIONS[0],
        "current": current,
    })


@transaction.non_atomic_requests
@require_GET
@never_cache
def question(request: HttpRequest, slug: str) -> HttpResponse:
    answers = stored.load(request.session)
    q = _question_or_404(slug, answers)
    catalogue = get_catalogue()
    initial = answers.get(q.key)
    form = AnswerForm(question=q, catalogue=catalogue, initial={"answer": initial})
    return _render_question(request, q, answers, form, catalogue, status=200)


@require_POST
@never_cache
def answer(request: HttpRequest, slug: str) -> HttpResponse:
    answers = stored.load(request.session)
    q = _question_or_404(slug, answers)
    catalogue = get_catalogue()
    form = AnswerForm(request.POST, question=q, catalogue=catalogue)
    if not form.is_valid():
        # 422: the page with the errors; htmx is configured to swap it in as well.
        return _render_question(request, q, answers, form, catalogue, status=422)
    stored.store(request.session, q.key, form.cleaned_data["value"])
    answers = stored.load(request.session)
    following = flow.next_step_after(q, answers)
    if following is None:
        return redirect("triage:summary")
    return redirect("triage:question", slug=following.slug)


def _render_question(request, q, answers, form, catalogue, status):
    context = flow_context(catalogue)
    previous = flow.previous_question(q, answers)
    ctx = {
        "question": q,
        "options": flow.options_for(q, context),
        "form": form,
        "value": form.data.get("answer") if form.is_bound else answers.get(q.key),
        "progress": flow.progress(q, answers),
        "previous": previous,
        "all_answered": flow.current_question(answers) is None,
        "municipality_names": sorted(context.municipalities.values()) if q.kind == "municipality" else (),
        "typed_municipality": context.municipalities.get(str(answers.get(q.key)), "")
        if q.kind == "municipality" else "",
    }
    if _wants_partial(request):
        response = render(request, "triage/question.html#question", ctx, status=status)
        if status == 200:
            push_url(response, request.path)
        return response
    return render(request, "triage/question.html", ctx, status=status)


@transaction.non_atomic_requests
@require_GET
@never_cache
def summary(request: HttpRequest) -> HttpResponse:
    if _wants_partial(request):
        # A different page: let the browser load it whole.
        return HttpResponseClientRedirect(request.path)
    answers = stored.load(request.session)
    catalogue = get_catalogue()
    return render(request, "triage/summary.html", {
        "rows": flow.summary(answers, flow_context(catalogue)),
        "current": flow.current_question(answers),
        "has_answers": bool(answers),
    })


@transaction.non_atomic_requests
@require_GET
@never_cache
def result(request: HttpRequest) -> HttpResponse:
    answers = stored.load(request.session)
    if not answers:
        return redirect("triage:start")
    relevant = flow.relevant_answers(answers)
    catalogue = get_catalogue()
    outcome = matching.match(relevant, catalogue)
    if outcome.gap:
        _record_gap_once(request, relevant, outcome)
    show_all = request.GET.get("alle") == "ja"
    professional = _is_professional(request)
    # A long list helps nobody during an intake: the best first, the rest on request.
    shown = outcome.matches if show_all else outcome.matches[:RESULTS_SHOWN]
    near = outcome.near_misses if show_all else outcome.near_misses[:NEAR_MISSES_SHOWN]
    return render(request, "triage/result.html", {
        "rows": flow.summary(answers, flow_context(catalogue)),
        "current": flow.current_question(answers),
        "outcome": outcome,
        "match_cards": presenting.cards(shown, professional),
        "near_miss_cards": presenting.cards(near, professional),
        "catalogue_url": reverse("programmes:list"),
        "show_all": show_all,
        "answers": relevant,
        "professional": professional,
    })


def _is_professional(request: HttpRequest) -> bool:
    user = request.user
    return user.is_authenticated and user.groups.filter(name="professional").exists()


def _record_gap_once(request: HttpRequest, answers: dict, outcome: matching.MatchResult) -> None:
    # Reloading the result must not count the same situation twice.
    fingerprint = hashlib.sha256(json.dumps(answers, sort_keys=True).encode()).hexdigest()[:16]
    if request.session.get("werkroute_gap") == fingerprint:
        return
    region_code = outcome.region.code if outcome.region else None
    GapRecord.objects.create(
        region=Region.objects.filter(code=region_code).first() if region_code else None,
        benefit=answers.get("benefit", ""),
        care=answers.get("care", ""),
        wish=answers.get("wish", ""),
    )
    request.session["werkroute_gap"] = fingerprint


@require_POST
def restart(request: HttpRequest) -> HttpResponse:
    stored.clear(request.session)
    request.session.pop("werkroute_gap", None)
    return redirect(reverse("triage:question", args=[flow.QUESTIONS[0].slug]))


@transaction.non_atomic_requests
@require_GET
@never_cache  # it may show the person's own answers
def stroomschema(request: HttpRequest) -> HttpResponse:
    answers = stored.load(request.session)
    catalogue = get_catalogue()
    context = flow_context(catalogue)
    relevant = flow.relevant_answers(answers)
    steps = [
        {
            "question": q,
            "options": flow.options_for(q, context) if q.kind in {"choice", "provider"} else (),
            "asked": flow.is_asked(q, answers) if answers else True,
            "answer": relevant.get(q.key),
            "answer_display": flow.display_value(q, relevant[q.key], context) if q.key in relevant else "",
            "conditions": [
                (flow.BY_KEY[cond.key], [flow.BY_KEY[cond.key].option_label(v) for v in sorted(cond.values)])
                for cond in q.asked_when
            ],
        }
        for q in flow.QUESTIONS
    ]
    return render(request, "triage/stroomschema.html", {"steps": steps, "has_answers": bool(relevant)})
