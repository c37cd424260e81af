"""The curators' pages: programmes to check, situations without an offer, coverage, and the
effect of publishing a programme with the button that publishes it.

Views orchestrate: a selector or a pure rule gives the numbers, a service publishes.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from accounts import roles
from accounts.access import curator_required
from curation import coverage as coverage_rules
from curation import effects, gaps
from curation.forms import CoverageForm
from curation.history import last_published_version
from programmes import models as catalogue_models
from programmes import rules as catalogue_rules
from programmes import services as catalogue_services
from programmes import vocabulary as vocab
from programmes.snapshot import build_catalogue, get_catalogue
from triage.models import GapRecord


@require_safe
@never_cache
@curator_required
def curator_overview(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    catalogue = get_catalogue()
    checks = []
    for programme in catalogue.programmes:
        reasons = catalogue_rules.check_reasons(
            status=programme.status, last_verified=programme.last_verified,
            recognition_valid_until=programme.recognition_valid_until, today=today,
        )
        if reasons:
            checks.append((programme, reasons))
    checks.sort(key=lambda item: (-len(item[1]), item[0].name.casefold()))
    slugs = [programme.slug for programme, _reasons in checks]
    pks = dict(catalogue_models.Programme.objects.filter(slug__in=slugs).values_list("slug", "pk"))
    no_contact = [
        (programme, offering)
        for programme in catalogue.programmes
        if programme.status != vocab.Status.ENDED
        for offering in programme.offerings
        if not catalogue_rules.has_contact_route(
            contact=offering.contact, phone=offering.phone, url=offering.url, desk=offering.desk
        )
    ]
    return render(request, "curation/curator_overview.html", {
        "checks": [(programme, reasons, pks.get(programme.slug)) for programme, reasons in checks],
        "no_contact": no_contact,
        "broken_links": catalogue_models.LinkCheck.objects.needing_attention().order_by("url"),
        "concepts": [p for p in catalogue.programmes if p.status == vocab.Status.CONCEPT],
    })


@require_safe
@never_cache
@curator_required
def gap_overview(request: HttpRequest) -> HttpResponse:
    no_fit = GapRecord.objects.filter(kind=vocab.GapKind.NO_FIT)
    counts = [
        (row["region__name"], row["benefit"], row["wish"], row["n"])
        for row in no_fit.values("region__name", "benefit", "wish").annotate(n=Count("id"))
    ]
    return render(request, "curation/gap_overview.html", {
        "rows": gaps.gap_rows(counts, settings.SECRET_KEY),
        "total": gaps.gap_total(counts, settings.SECRET_KEY),
        "small": gaps.SMALL_COUNT,
        "retention": settings.GAP_RETENTION_MONTHS,
    })


@require_safe
@never_cache
@curator_required
def coverage_overview(request: HttpRequest) -> HttpResponse:
    form = CoverageForm(request.GET)
    if not form.is_valid():
        return render(request, "curation/coverage_overview.html", {"form": form}, status=400)
    benefit = form.cleaned_data["uitkering"] or coverage_rules.BENEFITS[0]
    care = form.cleaned_data["zorg"] or coverage_rules.DEFAULT_CARE
    severity = form.cleaned_data["ernst"] or coverage_rules.DEFAULT_SEVERITY
    matrix = coverage_rules.current_coverage(care, severity)
    rows = [
        {
            "region": region,
            "municipality": matrix.municipalities.get(region.code),
            "cells": [matrix.count(region.code, benefit, wish) for wish in coverage_rules.WISHES],
        }
        for region in matrix.regions
    ]
    return render(request, "curation/coverage_overview.html", {
        "form": form,
        "benefit": benefit,
        "benefit_label": vocab.label(vocab.BENEFITS, benefit),
        "care": care,
        "care_label": vocab.label(vocab.CARE, care),
        "severity": severity,
        "severity_label": vocab.label(vocab.SEVERITY_TERMS, severity),
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
        "published": programme.status == vocab.Status.PUBLISHED,
        "ever_published": programme.history.filter(status=vocab.Status.PUBLISHED).exists(),
        "gained": effects.summarise(gained, catalogue),
        "lost": effects.summarise(lost, catalogue),
        "gained_count": len(gained),
        "lost_count": len(lost),
        "has_source": programme.sources.exists(),
    }


def effect_url(programme: catalogue_models.Programme) -> str:
    return reverse("curation:effect", args=[programme.slug])


@require_safe
@never_cache
@curator_required
def publication_effect(request: HttpRequest, slug: str) -> HttpResponse:
    programme = get_object_or_404(catalogue_models.Programme, slug=slug)
    return render(request, "curation/effect.html", _effect_context(programme))


@require_POST
@never_cache
@curator_required
def publish(request: HttpRequest, slug: str) -> HttpResponse:
    programme = get_object_or_404(catalogue_models.Programme, slug=slug)
    if not roles.can_publish(request.user):
        raise PermissionDenied("Alleen wie trajecten mag wijzigen, mag publiceren.")
    outcome = catalogue_services.publish(programme=programme, by=request.user)
    if outcome.already:
        messages.info(request, f"‘{programme.name}’ was al gepubliceerd.")
    elif not outcome.published:
        context = {**_effect_context(programme), "error": " ".join(outcome.messages)}
        return render(request, "curation/effect.html", context, status=422)
    else:
        messages.success(request, f"‘{programme.name}’ is gepubliceerd.")
    return redirect("curation:effect", slug=slug)
