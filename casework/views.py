"""Accounts, saved cases, the quick exit and the curators' overviews.

Views orchestrate: check who is asking, validate with a form, call a pure rule, save, redirect.
Answers come from the session or a saved case, never from a URL; nothing here logs them.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout as auth_logout
from django.contrib.auth.views import LoginView
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from casework import coverage as coverage_rules
from casework import effects, roles, rules
from casework.access import curator_required, own_case, professional_required
from casework.forms import (
    DUPLICATE_REFERENCE,
    CoverageForm,
    DeleteForm,
    NewCaseForm,
    OutcomeForm,
    PlanForm,
    StepForm,
    ThrottledLoginForm,
)
from casework.history import last_published_version
from casework.models import Case
from programmes import models as catalogue_models
from programmes import vocabulary as vocab
from programmes.snapshot import build_catalogue, get_catalogue
from triage import answers as stored
from triage import flow, matching
from triage.context import flow_context
from triage.models import GapRecord

Status = catalogue_models.Programme.Status

# --- Accounts -----------------------------------------------------------------------------------


class ThrottledLoginView(LoginView):
    """Django's login, with the throttled Dutch form; wrong input is a 422, a lockout a 429."""

    form_class = ThrottledLoginForm
    template_name = "registration/login.html"
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        # Without a ?next=: professionals go to their cases, curators to their overviews.
        user = self.request.user
        if roles.is_professional(user):
            return reverse("casework:list")
        if roles.is_curator(user):
            return reverse("casework:overview")
        return reverse("triage:start")

    def get_success_url(self):
        # ?next= pointing back at the login page would send a logged-in user round in circles.
        url = super().get_success_url()
        return self.get_default_redirect_url() if url.split("?")[0] == self.request.path else url

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 429 if form.throttled else 422
        return response


login = never_cache(ThrottledLoginView.as_view())


@require_POST
def logout(request: HttpRequest) -> HttpResponse:
    auth_logout(request)
    return redirect("logged_out")


@require_GET
def logged_out(request: HttpRequest) -> HttpResponse:
    return render(request, "registration/logged_out.html")


# --- Quick exit ---------------------------------------------------------------------------------


@require_POST
@never_cache
def quick_exit(request: HttpRequest) -> HttpResponse:
    # Everything goes: answers, login, the gap marker. The next page shows nothing of Werkroute.
    request.session.flush()
    return redirect("casework:weather")


@require_GET
def weather(request: HttpRequest) -> HttpResponse:
    return render(request, "casework/weather.html")


# --- Saved cases --------------------------------------------------------------------------------


def _result_for(answers: dict):
    catalogue = get_catalogue()
    relevant = flow.relevant_answers(answers)
    result = matching.match(relevant, catalogue)
    rows = flow.summary(relevant, flow_context(catalogue))
    return relevant, result, rows


def _options_of(result: matching.MatchResult) -> list[tuple[str, str]]:
    return [(m.programme.slug, m.programme.name) for m in (*result.matches, *result.near_misses)]


@require_GET
@never_cache
@professional_required
def case_list(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    cases = rules.order_cases(Case.objects.owned_by(request.user), today)
    return render(request, "casework/case_list.html", {
        "cases": [(case, rules.is_due(case.next_evaluation, case.outcome, today)) for case in cases],
        "due_count": sum(1 for case in cases if rules.is_due(case.next_evaluation, case.outcome, today)),
        "has_answers": bool(stored.load(request.session)),
    })


@require_GET
@never_cache
@professional_required
def new_case(request: HttpRequest) -> HttpResponse:
    answers = stored.load(request.session)
    if not answers:
        return render(request, "casework/case_new.html", {"form": None})
    _relevant, result, rows = _result_for(answers)
    form = NewCaseForm(owner=request.user, options=_options_of(result))
    return render(request, "casework/case_new.html", {"form": form, "rows": rows, "outcome": result})


@require_POST
@never_cache
@professional_required
def create_case(request: HttpRequest) -> HttpResponse:
    answers = stored.load(request.session)
    if not answers:
        return render(request, "casework/case_new.html", {"form": None, "no_answers": True}, status=400)
    relevant, result, rows = _result_for(answers)
    options = _options_of(result)
    form = NewCaseForm(request.POST, owner=request.user, options=options)
    if form.is_valid():
        chosen = form.cleaned_data["chosen"]
        try:
            with transaction.atomic():
                case = Case.objects.create(
                    owner=request.user,
                    reference=form.cleaned_data["reference"],
                    answers=relevant,
                    results=rules.build_snapshot(result, rows, timezone.localdate()),
                    chosen_slug=chosen,
                    chosen_name=dict(options).get(chosen, ""),
                )
        except IntegrityError:
            # Two saves at once with the same reference: the second one is told, nothing half-saved.
            form.add_error("reference", DUPLICATE_REFERENCE)
        else:
            messages.success(request, f"De casus ‘{case.reference}’ is vastgelegd.")
            return redirect(case)
    context = {"form": form, "rows": rows, "outcome": result}
    return render(request, "casework/case_new.html", context, status=422)


def _detail(request: HttpRequest, case: Case, status: int = 200, **forms) -> HttpResponse:
    today = timezone.localdate()
    options = rules.snapshot_options(case.results)
    context = {
        "case": case,
        "steps": rules.step_states(case.step, case.finished),
        "due": rules.is_due(case.next_evaluation, case.outcome, today),
        "snapshot": case.results,
        "options": rules.discussed_options(case.results, case.chosen_slug),
        "step_form": forms.get("step_form") or StepForm(initial={"step": case.step}),
        "plan_form": forms.get("plan_form") or PlanForm(
            options=options,
            today=today,
            initial={
                "chosen": case.chosen_slug,
                "next_evaluation": case.next_evaluation,
                "agreements": case.agreements,
                "notes": case.notes,
            },
        ),
        "outcome_form": forms.get("outcome_form") or OutcomeForm(),
        "delete_form": forms.get("delete_form") or DeleteForm(),
        "result_step": rules.RESULT_STEP,
    }
    return render(request, "casework/case_detail.html", context, status=status)


@require_GET
@never_cache
@professional_required
def case_detail(request: HttpRequest, key) -> HttpResponse:
    return _detail(request, own_case(request, key))


@require_POST
@never_cache
@professional_required
def case_step(request: HttpRequest, key) -> HttpResponse:
    case = own_case(request, key)
    form = StepForm(request.POST)
    if not form.is_valid():
        return _detail(request, case, status=422, step_form=form)
    change = rules.change_step(form.cleaned_data["step"], case.outcome, case.next_evaluation)
    case.step, case.outcome, case.next_evaluation = change.step, change.outcome, change.next_evaluation
    case.save()
    messages.success(request, f"De casus staat nu op stap {case.step}.")
    return redirect(case)


@require_POST
@never_cache
@professional_required
def case_plan(request: HttpRequest, key) -> HttpResponse:
    case = own_case(request, key)
    form = PlanForm(request.POST, options=rules.snapshot_options(case.results), today=timezone.localdate())
    if not form.is_valid():
        return _detail(request, case, status=422, plan_form=form)
    case.chosen_slug = form.cleaned_data["chosen"]
    case.chosen_name = form.chosen_name()
    case.next_evaluation = form.cleaned_data["next_evaluation"]
    case.agreements = form.cleaned_data["agreements"]
    case.notes = form.cleaned_data["notes"]
    case.save()
    messages.success(request, "De afspraken zijn opgeslagen.")
    return redirect(case)


@require_POST
@never_cache
@professional_required
def case_outcome(request: HttpRequest, key) -> HttpResponse:
    case = own_case(request, key)
    form = OutcomeForm(request.POST)
    if form.is_valid():
        problem = rules.outcome_problem(case.step)
        if problem:
            form.add_error(None, problem)
    if not form.is_valid():
        return _detail(request, case, status=422, outcome_form=form)
    change = rules.record_outcome(form.cleaned_data["outcome"], case.next_evaluation)
    case.step, case.outcome, case.next_evaluation = change.step, change.outcome, change.next_evaluation
    case.save()
    if case.finished:
        messages.success(request, "De casus is afgerond.")
    else:
        messages.success(request, "Het traject gaat door: de casus staat weer op stap 4, ‘Aan de slag’.")
    return redirect(case)


@require_POST
@never_cache
@professional_required
def case_reopen(request: HttpRequest, key) -> HttpResponse:
    """Put the case's answers in the session and open the stroomschema's summary with them."""
    case = own_case(request, key)
    stored.clear(request.session)
    for question_key, value in case.answers.items():
        if question_key in flow.BY_KEY:
            stored.store(request.session, question_key, value)
    return redirect("triage:summary")


@require_POST
@never_cache
@professional_required
def case_delete(request: HttpRequest, key) -> HttpResponse:
    case = own_case(request, key)
    form = DeleteForm(request.POST)
    if not form.is_valid():
        return _detail(request, case, status=422, delete_form=form)
    reference = case.reference
    case.delete()
    messages.success(request, f"De casus ‘{reference}’ is verwijderd.")
    return redirect("casework:list")


@require_GET
@never_cache
@professional_required
def case_report(request: HttpRequest, key) -> HttpResponse:
    case = own_case(request, key)
    answers = case.results.get("answers", [])
    return render(request, "casework/case_report.html", {
        "case": case,
        "situation": [row for row in answers if row.get("key") != "wish"],
        "wish": [row for row in answers if row.get("key") == "wish"],
        "options": rules.discussed_options(case.results, case.chosen_slug),
        "step": rules.STEPS[case.step - 1] if case.step in rules.STEP_NUMBERS else None,
        "today": timezone.localdate(),
    })


# --- Curators -----------------------------------------------------------------------------------


@require_GET
@never_cache
@curator_required
def curator_overview(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    catalogue = get_catalogue()
    checks = []
    for programme in catalogue.programmes:
        if programme.status == Status.ENDED:
            continue
        reasons = rules.check_reasons(programme.last_verified, programme.recognition_valid_until, today)
        if reasons:
            checks.append((programme, reasons))
    checks.sort(key=lambda item: (-len(item[1]), item[0].name.casefold()))
    slugs = [programme.slug for programme, _reasons in checks]
    pks = dict(catalogue_models.Programme.objects.filter(slug__in=slugs).values_list("slug", "pk"))
    return render(request, "casework/curator_overview.html", {
        "checks": [(programme, reasons, pks.get(programme.slug)) for programme, reasons in checks],
        "concepts": [p for p in catalogue.programmes if p.status == Status.CONCEPT],
    })


@require_GET
@never_cache
@curator_required
def gap_overview(request: HttpRequest) -> HttpResponse:
    counts = [
        (row["region__name"], row["benefit"], row["wish"], row["n"])
        for row in GapRecord.objects.values("region__name", "benefit", "wish").annotate(n=Count("id"))
    ]
    return render(request, "casework/gap_overview.html", {
        "rows": rules.gap_rows(counts),
        "total": rules.gap_total(counts),
        "small": rules.SMALL_COUNT,
    })


@require_GET
@never_cache
@curator_required
def coverage_overview(request: HttpRequest) -> HttpResponse:
    form = CoverageForm(request.GET)
    if not form.is_valid():
        return render(request, "casework/coverage_overview.html", {"form": form}, status=400)
    benefit = form.cleaned_data["uitkering"] or coverage_rules.BENEFITS[0]
    care = form.cleaned_data["zorg"] or coverage_rules.DEFAULT_CARE
    severity = form.cleaned_data["ernst"] or coverage_rules.DEFAULT_SEVERITY
    matrix = coverage_rules.cached_coverage(get_catalogue(), care, severity)
    rows = [
        {
            "region": region,
            "municipality": matrix.municipalities.get(region.code),
            "cells": [matrix.count(region.code, benefit, wish) for wish in coverage_rules.WISHES],
        }
        for region in matrix.regions
    ]
    return render(request, "casework/coverage_overview.html", {
        "form": form,
        "benefit": benefit,
        "benefit_label": vocab.label(vocab.BENEFITS, benefit),
        "care": care,
        "care_label": vocab.label(vocab.CARE, care),
        "severity": severity,
        "severity_label": vocab.label(coverage_rules.SEVERITY_WORDS, severity),
        "wishes": [(key, vocab.label(vocab.WISHES, key)) for key in coverage_rules.WISHES],
        "rows": rows,
        "per_benefit": [
            (key, vocab.label(vocab.BENEFITS, key), matrix.white_spots(key))
            for key in coverage_rules.BENEFITS
        ],
        "white_spots": matrix.white_spots(benefit),
        "age": coverage_rules.TYPICAL_AGE,
    })


def _effect_context(programme: catalogue_models.Programme) -> dict:
    # Read fresh (not the cached snapshot): the curator just saved, and decides on what they see.
    catalogue = build_catalogue()
    current = catalogue.programme(programme.slug)
    before = effects.with_programme(
        catalogue, programme.slug, last_published_version(programme, current, catalogue)
    )
    after = effects.with_programme(catalogue, programme.slug, effects.as_published(current))
    gained, lost = effects.publication_effect(before, after, programme.slug)
    return {
        "programme": programme,
        "published": programme.status == Status.PUBLISHED,
        "ever_published": programme.history.filter(status=Status.PUBLISHED).exists(),
        "gained": effects.summarise(gained, catalogue),
        "lost": effects.summarise(lost, catalogue),
        "gained_count": len(gained),
        "lost_count": len(lost),
        "has_source": programme.sources.exists(),
    }


@require_GET
@never_cache
@curator_required
def publication_effect(request: HttpRequest, slug: str) -> HttpResponse:
    programme = get_object_or_404(catalogue_models.Programme, slug=slug)
    return render(request, "casework/effect.html", _effect_context(programme))


ENDED = "Dit traject is beëindigd. Een beëindigd traject wordt niet opnieuw gepubliceerd."
NO_SOURCE = (
    "Dit traject heeft nog geen bron. Een gepubliceerd traject heeft minstens één bron nodig: "
    "vul die eerst in bij het traject in het beheer."
)


@require_POST
@never_cache
@curator_required
def publish(request: HttpRequest, slug: str) -> HttpResponse:
    programme = get_object_or_404(catalogue_models.Programme, slug=slug)
    if not request.user.has_perm("programmes.change_programme"):
        raise PermissionDenied("Alleen wie trajecten mag wijzigen, mag publiceren.")
    if programme.status == Status.PUBLISHED:
        messages.info(request, f"‘{programme.name}’ was al gepubliceerd.")
        return redirect("casework:effect", slug=slug)
    if programme.status == Status.ENDED:
        return render(request, "casework/effect.html", {**_effect_context(programme), "error": ENDED},
                      status=422)
    if not programme.sources.exists():
        return render(request, "casework/effect.html", {**_effect_context(programme), "error": NO_SOURCE},
                      status=422)
    # Like an admin save, publishing makes a new version (under a row lock, in this request's
    # transaction): a curator's admin form opened before it is refused instead of overwriting it.
    programme = catalogue_models.Programme.objects.select_for_update().get(pk=programme.pk)
    programme.status = Status.PUBLISHED
    programme.version += 1
    programme.save()
    messages.success(request, f"‘{programme.name}’ is gepubliceerd.")
    return redirect("casework:effect", slug=slug)
