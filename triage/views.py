"""The wizard, the result and the picture of the stroomschema.

Views orchestrate: read the answers from the session, validate with a form, call the
pure flow and matcher, render. The current question is always derived from the answers.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe
from django_htmx.http import HttpResponseClientRedirect, push_url

from programmes.snapshot import derived, get_catalogue, remembered
from triage import answers as stored
from triage import diagram, flow, kept_pages, voice
from triage.context import current_flow_context
from triage.diagram_layout import picture_of
from triage.forms import AnswerForm
from triage.glossary import TERMS
from triage.presenting import catalogue_language
from triage.voice import voice_of


def _question_or_404(slug: str, answers: dict) -> flow.Question:
    if slug == flow.VOICE_QUESTION.slug:
        return flow.VOICE_QUESTION
    question = flow.BY_SLUG.get(slug)
    if question is None or not flow.is_asked(question, answers):
        raise Http404("Deze vraag bestaat niet of is nu niet van toepassing.")
    return question


def _wants_partial(request: HttpRequest) -> bool:
    return bool(request.htmx) and not request.htmx.history_restore_request


@require_safe
def start(request: HttpRequest) -> HttpResponse:
    answers = stored.load(request.session)
    current = flow.current_question(answers)
    return render(request, "triage/start.html", {
        "has_answers": bool(answers),
        "first": flow.VOICE_QUESTION,
        "current": current,
    })


@require_safe
@never_cache
def question(request: HttpRequest, slug: str) -> HttpResponse:
    answers, q, catalogue, form = _asked(request, slug)
    return _render_question(request, q, answers, form, catalogue, status=200)


@require_POST
@never_cache
def answer(request: HttpRequest, slug: str) -> HttpResponse:
    answers, q, catalogue, form = _asked(request, slug, request.POST)
    if not form.is_valid():
        # 422: the page with the errors; htmx is configured to swap it in as well.
        return _render_question(request, q, answers, form, catalogue, status=422)
    if q is flow.VOICE_QUESTION:
        # Not an answer: the voice the questions are asked in (triage/voice.py).
        voice.choose(request.session, form.cleaned_data["value"])
        following = flow.current_question(answers)
        if following is None:
            return redirect("triage:summary")
        return redirect("triage:question", slug=following.slug)
    stored.store(request.session, q.key, form.cleaned_data["value"])
    if q.kind == "municipality":
        found = form.found
        stored.store_place(request.session, found.code, "" if found.is_gemeente else found.name)
    answers = stored.load(request.session)
    following = flow.next_step_after(q, answers)
    if following is None:
        return redirect("triage:summary")
    return redirect("triage:question", slug=following.slug)


def _asked(request: HttpRequest, slug: str, data=None):
    """The question at this address for the answers so far, with its form in the chosen voice:
    bound to what was sent, when something was."""
    answers = stored.load(request.session)
    q = _question_or_404(slug, answers)
    catalogue = get_catalogue()
    form = AnswerForm(
        data, question=q, catalogue=catalogue, context=current_flow_context(),
        voice=voice_of(request.session, request.user),
    )
    return answers, q, catalogue, form


def _render_question(request, q, answers, form, catalogue, status):
    context = current_flow_context()
    chosen = voice_of(request.session, request.user)
    previous = flow.previous_question(q, answers) if q is not flow.VOICE_QUESTION else None
    if q is flow.VOICE_QUESTION:
        given = voice.preselected(request.session, request.user)
    else:
        given = answers.get(q.key)
    place = stored.found_place(request.session, answers.get("municipality"), catalogue)
    ctx = {
        "question": q,
        "words": flow.worded(q, chosen),
        "voice": chosen,
        "options": flow.options_for(q, context),
        "form": form,
        "value": form.data.get("answer") if form.is_bound else given,
        "progress": flow.progress(q, answers),
        "parts": flow.PARTS,
        "previous": previous,
        "all_answered": flow.current_question(answers) is None,
        # Right after the gemeente question: "Hoofddorp ligt in de gemeente Haarlemmermeer."
        "place_note": flow.place_note(place) if place and previous and previous.kind == "municipality"
        else "",
    }
    if q.kind == "municipality":
        ctx["municipality_names"] = sorted(context.municipalities.values())
        ctx["typed_municipality"] = stored.typed_again(request.session, answers.get(q.key), catalogue)
        ctx["place"] = place
        ctx["place_said"] = flow.place_note(place) if place else ""
    # The page's own address, also when it answers a POST: the language switch leads there.
    request.page_path = reverse("triage:question", args=[q.slug])
    partial = _wants_partial(request)
    template = "triage/question.html#question" if partial else "triage/question.html"
    if partial:
        # The header is not swapped: the language switch comes along out of band, for this question.
        ctx["oob"] = True
    if form.is_bound:  # what was sent, with its errors: for this visitor only
        response = render(request, template, ctx, status=status)
    else:
        # Everything on the page that is not the same for everyone asked this question in this
        # voice and language (the words, options and parts follow from those and the catalogue).
        shows = (q.slug, chosen, ctx["value"], previous.slug if previous else "", ctx["all_answered"],
                 ctx["place_note"], ctx.get("typed_municipality"), ctx.get("place_said"), ctx["progress"],
                 partial)
        response = HttpResponse(kept_pages.page(request, template, ctx, name="question", shows=shows,
                                                catalogue=catalogue), status=status)
    if partial and status == 200:
        push_url(response, request.path)
    return response


@require_safe
@never_cache
def summary(request: HttpRequest) -> HttpResponse:
    if _wants_partial(request):
        # A different page: let the browser load it whole.
        return HttpResponseClientRedirect(request.path)
    answers = stored.load(request.session)
    chosen = voice_of(request.session, request.user)
    place = stored.place_name(request.session, answers.get("municipality"))
    return render(request, "triage/summary.html", {
        "rows": flow.summary(answers, current_flow_context(), chosen, place),
        "voice": chosen,
        "voice_label": flow.VOICE_QUESTION.option_label(chosen),
        "current": flow.current_question(answers),
        "has_answers": bool(answers),
    })


@require_POST
def restart(request: HttpRequest) -> HttpResponse:
    stored.clear(request.session)
    voice.forget(request.session)
    return redirect(reverse("triage:question", args=[flow.VOICE_QUESTION.slug]))


@require_safe
def glossary(request: HttpRequest) -> HttpResponse:
    """The Dutch words Werkroute keeps (bijstand, UWV, gemeente, GGZ, ...), explained."""
    return render(request, "triage/glossary.html", {"terms": TERMS})


@require_safe
@never_cache  # it may show the person's own answers
def stroomschema(request: HttpRequest) -> HttpResponse:
    answers = stored.load(request.session)
    relevant = flow.relevant_answers(answers)
    # The same page for everyone with the same relevant answers (the path follows from them).
    shows = flow.answers_key(relevant)
    return HttpResponse(kept_pages.page(request, "triage/stroomschema.html", lambda: _stroomschema(
        answers, relevant), name="stroomschema", shows=shows, catalogue=get_catalogue()))


def _stroomschema(answers: dict, relevant: dict) -> dict:
    # Built once per catalogue version and language: its boxes hold words said in that language.
    picture = derived(f"stroomschema-{get_language()}", picture_of)
    path = diagram.route(picture.graph, answers)
    chosen = {row.question.key: row.display for row in flow.summary(relevant, current_flow_context())}
    drawing = _prepared("drawing", path, lambda: render_to_string(
        "triage/stroomschema.html#drawing", {"picture": picture, "route": path,
                                              "own_lang": catalogue_language()}))
    steps = [
        (step, chosen.get(step.question.key) if step.question.key in relevant else None,
         [(branch, _leaf_html(branch, path)) for branch in step.branches])
        for step in picture.steps
    ]
    return {
        "drawing": drawing, "route": path, "steps": steps, "has_answers": bool(path),
        "own_lang": catalogue_language(),
    }


def _leaf_html(branch, path: diagram.Route) -> str:
    if branch.leaf is None:
        return ""
    # The group's text differs only in which payer line is the person's own.
    mine = path.benefit_group if not branch.leaf.spec.benefit_group else ""
    return _prepared("leaf", (branch.edge_id, mine), lambda: render_to_string(
        "triage/stroomschema.html#leaf",
        {"branch": branch, "route": diagram.Route(benefit_group=mine), "own_lang": catalogue_language()}))


PREPARED_KEPT = 256  # routes and groups are few; a bound keeps memory flat whatever comes in


def _prepared(kind: str, key, render_html) -> str:
    """HTML rendered once per catalogue version and key (the diagram's parts are the same for
    everyone on the same route), kept beside the snapshot and gone with it."""
    # Per language: the parts hold words said in the language of the request.
    return remembered(f"stroomschema-{kind}", (get_language(), key), render_html, limit=PREPARED_KEPT)
