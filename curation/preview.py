"""The preview of a draft: its programme page and its result card for a chosen scenario persona,
as they will look once the draft is published. Plain GET with a form: works without JavaScript."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_safe

from accounts.access import curator_required
from curation import effects
from curation.forms import PreviewForm
from programmes import models as catalogue_models
from programmes.snapshot import build_catalogue, draft_data
from programmes.views import detail_context
from triage import matching, personas, presenting

DEFAULT_PERSONA = personas.YULIUS_CLIENT


@require_safe
@curator_required
def draft_preview(request: HttpRequest, slug: str) -> HttpResponse:
    live = get_object_or_404(catalogue_models.Programme.objects.live(), slug=slug)
    draft = get_object_or_404(catalogue_models.Programme, draft_of=live)
    form = PreviewForm(request.GET, personas=personas.ALL)
    valid = form.is_valid()
    chosen = form.cleaned_data.get("persona") if valid else ""
    persona = next((p for p in personas.ALL if p.slug == chosen), DEFAULT_PERSONA)
    catalogue = build_catalogue()
    programme = draft_data(draft, catalogue)
    with_draft = effects.with_programme(catalogue, live.slug, programme)
    match = matching.assess(programme, persona.answers, with_draft)
    card = ""
    if match is not None:
        card = mark_safe(render_to_string("triage/_match.html", {  # noqa: S308 (our template)
            "c": presenting.card(match, professional=True), "professional": True,
            "catalogue_url": reverse("programmes:list"),
        }))
    return render(request, "curation/preview.html", {
        **detail_context(programme, with_draft),
        "live": live,
        "draft": draft,
        "form": form,
        "persona": persona,
        "card": card,
        "placing": effects.placing(with_draft, live.slug, persona.answers),
        "live_placing": effects.placing(catalogue, live.slug, persona.answers),
        "fit": match.fit if match else None,
    }, status=200 if valid else 400)
