"""Saved cases: a professional's record of one client's route, under a pseudonym.

Views orchestrate: check who is asking, validate with a form, call a service, redirect.
Answers come from the session or a saved case, never from a URL; nothing here logs them.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from accounts.access import professional_required
from casework import rules, services
from casework.forms import DUPLICATE_REFERENCE, CaseForm, DeleteForm, NewCaseForm
from casework.models import Case
from programmes.snapshot import get_catalogue
from triage import answers as stored
from triage import flow, matching, serialise
from triage.context import current_flow_context


def own_case(request: HttpRequest, key) -> Case:
    """The case, if it is the user's own: someone else's case is a 403, a missing one a 404."""
    case = get_object_or_404(Case, key=key)
    if case.owner_id != request.user.pk:
        raise PermissionDenied("Dit is niet uw casus.")
    return case



def _result_for(answers: dict):
    catalogue = get_catalogue()
    relevant = flow.relevant_answers(answers)
    result = matching.match(relevant, catalogue)
    rows = flow.summary(relevant, current_flow_context())
    return relevant, result, rows


def _options_of(result: matching.MatchResult) -> list[tuple[str, str]]:
    return [(m.programme.slug, m.programme.name) for m in (*result.matches, *result.near_misses)]


@require_safe
@professional_required
def case_list(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    cases = rules.order_cases(Case.objects.owned_by(request.user), today)
    return render(request, "casework/case_list.html", {
        "cases": [(case, rules.is_due(case.next_evaluation, case.outcome, today)) for case in cases],
        "due_count": sum(1 for case in cases if rules.is_due(case.next_evaluation, case.outcome, today)),
        "has_answers": bool(stored.load(request.session)),
    })


@require_safe
@professional_required
def new_case(request: HttpRequest) -> HttpResponse:
    answers = stored.load(request.session)
    if not answers:
        return render(request, "casework/case_new.html", {"form": None})
    _relevant, result, rows = _result_for(answers)
    form = NewCaseForm(owner=request.user, options=_options_of(result))
    return render(request, "casework/case_new.html", {"form": form, "rows": rows, "outcome": result})


@require_POST
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
            case = services.create_case(
                owner=request.user,
                reference=form.cleaned_data["reference"],
                answers=relevant,
                snapshot=rules.snapshot(serialise.result(result), rows, timezone.localdate()),
                chosen=chosen,
                chosen_name=dict(options).get(chosen, ""),
            )
        except services.DuplicateReference:
            form.add_error("reference", DUPLICATE_REFERENCE)
        else:
            messages.success(request, f"De casus ‘{case.reference}’ is vastgelegd.")
            return redirect(case)
    context = {"form": form, "rows": rows, "outcome": result}
    return render(request, "casework/case_new.html", context, status=422)


def _detail(request: HttpRequest, case: Case, status: int = 200, **forms) -> HttpResponse:
    today = timezone.localdate()
    context = {
        "case": case,
        "steps": rules.step_states(case.step, case.finished),
        "due": rules.is_due(case.next_evaluation, case.outcome, today),
        "snapshot": case.results,
        "options": rules.discussed_options(case.results, case.chosen_slug),
        "case_form": forms.get("case_form") or CaseForm(
            options=rules.snapshot_options(case.results),
            today=today,
            initial={
                "step": case.step,
                "chosen": case.chosen_slug,
                "next_evaluation": case.next_evaluation,
                "agreements": case.agreements,
                "notes": case.notes,
            },
        ),
        "delete_form": forms.get("delete_form") or DeleteForm(),
        "result_step": rules.RESULT_STEP,
    }
    return render(request, "casework/case_detail.html", context, status=status)


@require_safe
@professional_required
def case_detail(request: HttpRequest, key) -> HttpResponse:
    return _detail(request, own_case(request, key))


@require_POST
@professional_required
def case_save(request: HttpRequest, key) -> HttpResponse:
    case = own_case(request, key)
    form = CaseForm(request.POST, options=rules.snapshot_options(case.results), today=timezone.localdate())
    if not form.is_valid():
        # 422: the page with everything typed still in the form, and the errors.
        return _detail(request, case, status=422, case_form=form)
    data = form.cleaned_data
    case = services.save_case(
        case,
        step=data["step"],
        outcome=data["outcome"],
        chosen=data["chosen"],
        chosen_name=form.chosen_name(),
        next_evaluation=data["next_evaluation"],
        agreements=data["agreements"],
        notes=data["notes"],
    )
    if case.finished:
        messages.success(request, "De casus is afgerond.")
    elif data["outcome"]:
        messages.success(request, "Het traject gaat door: de casus staat weer op stap 4, ‘Aan de slag’.")
    else:
        messages.success(request, f"De casus is opgeslagen. Hij staat op stap {case.step}.")
    return redirect(case)


@require_POST
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
@professional_required
def case_delete(request: HttpRequest, key) -> HttpResponse:
    case = own_case(request, key)
    form = DeleteForm(request.POST)
    if not form.is_valid():
        return _detail(request, case, status=422, delete_form=form)
    reference = case.reference
    services.delete_case(case)
    messages.success(request, f"De casus ‘{reference}’ is verwijderd.")
    return redirect("casework:list")


@require_safe
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
