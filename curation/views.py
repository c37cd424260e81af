"""The curators' pages: programmes to check, situations without an offer, coverage, and the
effect of publishing a programme with the button that publishes it.

Views orchestrate: a selector or a pure rule gives the numbers, a service publishes.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from accounts import roles
from accounts.access import curator_required
from curation import coverage as coverage_rules
from curation import effects, gaps, maps
from curation.forms import CoverageForm, GapMapForm, PublishForm
from curation.history import last_published_version
from programmes import drafts
from programmes import models as catalogue_models
from programmes import rules as catalogue_rules
from programmes import services as catalogue_services
from programmes import vocabulary as vocab
from programmes.filters import count_per_region, filter_programmes, kinds_in
from programmes.languages import missing_english
from programmes.regionmap import count_map, region_map, state_map
from programmes.rules import PublishProblem
from programmes.snapshot import build_catalogue, draft_data, get_catalogue
from triage import personas
from triage.models import GapRecord
from triage.wording import fit_words

# The curators' overviews by the name their navigation marks as current: template and heading.
_OVERVIEWS = {
    "overview": ("curation/curator_overview.html", "Overzichten voor beheerders"),
    "gaps": ("curation/gap_overview.html", "Situaties zonder passend aanbod"),
    "coverage": ("curation/coverage_overview.html", "Dekking van het aanbod"),
}


def _overview(request: HttpRequest, current: str, context: dict, status: int = 200) -> HttpResponse:
    template, heading = _OVERVIEWS[current]
    return render(request, template, {"current": current, "heading": heading, **context}, status=status)


@require_safe
@curator_required
def curator_overview(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    catalogue = get_catalogue()
    checks = []
    for programme in catalogue.programmes:
        reasons = catalogue_rules.check_reasons(
            status=programme.status, last_verified=programme.last_verified,
            recognition_valid_until=programme.recognition_valid_until, today=today,
            stale_months=settings.CATALOGUE_STALE_MONTHS,
        )
        if reasons:
            checks.append((programme, reasons))
    checks.sort(key=lambda item: (-len(item[1]), item[0].name.casefold()))
    # Published programmes whose English page would show Dutch: which texts lack English.
    no_english = [
        (programme, missing)
        for programme in catalogue.programmes
        if programme.status == vocab.Status.PUBLISHED and (missing := missing_english(programme))
    ]
    slugs = [programme.slug for programme, _reasons in (*checks, *no_english)]
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
    stale_offerings = [
        (programme, offering)
        for programme in catalogue.programmes
        if programme.status != vocab.Status.ENDED
        for offering in programme.offerings
        if catalogue_rules.is_stale(offering.last_verified, today, settings.CATALOGUE_STALE_MONTHS)
    ]
    return _overview(request, "overview", {
        "checks": [(programme, reasons, pks.get(programme.slug)) for programme, reasons in checks],
        "no_english": [(programme, missing, pks.get(programme.slug)) for programme, missing in no_english],
        "stale_months": settings.CATALOGUE_STALE_MONTHS,
        "stale_offerings": stale_offerings,
        "drafts": catalogue_models.Programme.objects.exclude(draft_of=None).select_related("draft_of"),
        "no_contact": no_contact,
        "broken_links": catalogue_models.LinkCheck.objects.needing_attention().order_by("url"),
        "concepts": [p for p in catalogue.programmes if p.status == vocab.Status.CONCEPT],
    })


@require_safe
@curator_required
def gap_overview(request: HttpRequest) -> HttpResponse:
    regions = list(catalogue_models.Region.objects.order_by("name"))
    form = GapMapForm(request.GET, regions=regions)
    if not form.is_valid():
        return _overview(request, "gaps", {"form": form}, status=400)
    chosen = {key: value for key, value in form.cleaned_data.items() if value}
    chosen_cells, counts = _gap_cells(vocab.GapKind.NO_FIT, chosen)
    # The group the research says is often not reached is its own category (issue 10, point 8).
    _cells, not_reached = _gap_cells(vocab.GapKind.NOT_REACHED, chosen)
    on_map = [
        (row["region__code"], row["region__name"], row["benefit"], row["wish"], row["n"])
        for row in chosen_cells if row["region__code"]
    ]
    return _overview(request, "gaps", {
        "form": form,
        "chosen": chosen,
        "rows": gaps.gap_rows(counts, settings.SECRET_KEY),
        "total": gaps.gap_total(counts, settings.SECRET_KEY),
        "not_reached_label": vocab.label(vocab.GAP_KINDS, vocab.GapKind.NOT_REACHED),
        "not_reached_rows": gaps.gap_rows(not_reached, settings.SECRET_KEY, vocab.GapKind.NOT_REACHED),
        "not_reached_total": gaps.gap_total(not_reached, settings.SECRET_KEY, vocab.GapKind.NOT_REACHED),
        "small": gaps.SMALL_COUNT,
        "retention": settings.GAP_RETENTION_MONTHS,
        "region_map": _gap_map(regions, maps.region_gaps(on_map, settings.SECRET_KEY), chosen),
    })


def _gap_cells(kind: str, chosen: dict[str, str]) -> tuple[list[dict], list[tuple]]:
    """The counted cells of one kind that fit the chosen benefit and wish (for the map), and of
    those the ones in the chosen region as (region name, benefit, wish, count) (for the table)."""
    records = GapRecord.objects.filter(kind=kind)
    cells = list(records.values("region__code", "region__name", "benefit", "wish").annotate(n=Count("id")))
    chosen_cells = [
        row for row in cells
        if chosen.get("uitkering") in (None, row["benefit"]) and chosen.get("wens") in (None, row["wish"])
    ]
    counts = [
        (row["region__name"], row["benefit"], row["wish"], row["n"])
        for row in chosen_cells if chosen.get("regio") in (None, row["region__code"])
    ]
    return chosen_cells, counts


def _gap_map(regions, found: dict[str, maps.RegionGaps], chosen: dict[str, str]) -> str:
    """The gap overview's counts per region, rounded as in its table; each region links to its rows."""
    values = maps.gap_values([region.code for region in regions], found)
    keep = {key: chosen[key] for key in ("uitkering", "wens") if key in chosen}
    drawn = region_map(
        values, maps.gap_legend(values.values(), title="Keer geen passend aanbod (afgerond)"),
        title="Waar vond Werkroute geen passend aanbod? Per arbeidsmarktregio, afgerond",
        names={region.code: region.name for region in regions},
        link=lambda code: f"?{urlencode({**keep, 'regio': code})}#tabel",
        current=chosen.get("regio"), map_id="gaten-kaart",
    )
    return render_to_string("programmes/_region_map.html", {"map": drawn})


@require_safe
@curator_required
def coverage_overview(request: HttpRequest) -> HttpResponse:
    catalogue = get_catalogue()
    published = sorted(
        (p for p in catalogue.programmes if p.status == vocab.Status.PUBLISHED),
        key=lambda p: p.name.casefold(),
    )
    form = CoverageForm(request.GET, kinds=kinds_in(catalogue), programmes=published)
    if not form.is_valid():
        return _overview(request, "coverage", {"form": form}, status=400)
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
    return _overview(request, "coverage", {
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
        "region_map": (
            _programme_map(catalogue, catalogue.programme(form.cleaned_data["traject"]))
            if form.cleaned_data["traject"] else _coverage_map(catalogue, form.cleaned_data["soort"])
        ),
    })


def _coverage_map(catalogue, kind: str) -> str:
    """Where a kind of support is offered: per region the published programmes of that kind that
    reach it (as the public catalogue counts them); each region links to the catalogue there."""
    name = next((k.name for k in kinds_in(catalogue) if k.slug == kind), "")
    counts = count_per_region(catalogue, filter_programmes(catalogue, kind=kind or None))
    base = reverse("programmes:list")
    drawn = count_map(
        counts, one="traject", many="trajecten",
        title=f"Waar is {name} beschikbaar? Trajecten per arbeidsmarktregio" if name
        else "Gepubliceerde trajecten per arbeidsmarktregio",
        legend_title="Aantal trajecten",
        names={code: region.name for code, region in catalogue.regions.items()},
        link=lambda code: f"{base}?{urlencode([*([('kind', kind)] if kind else []), ('region', code)])}",
        map_id="dekking-kaart",
    )
    return render_to_string("programmes/_region_map.html", {"map": drawn})


def _programme_map(catalogue, programme) -> str:
    """Where one programme is offered: in the whole region, in some gemeenten, or not at all; each
    region links to the catalogue there, filtered on the programme's kind."""
    base = reverse("programmes:list")
    drawn = state_map(
        maps.programme_presence(programme, catalogue), maps.PRESENCE,
        title=f"Waar is {programme.name} beschikbaar? Per arbeidsmarktregio",
        legend_title=f"{programme.name}",
        names={code: region.name for code, region in catalogue.regions.items()},
        link=lambda code: f"{base}?{urlencode([('kind', programme.kind.slug), ('region', code)])}",
        map_id="dekking-kaart",
    )
    return render_to_string("programmes/_region_map.html", {"map": drawn})


def _effect_context(programme: catalogue_models.Programme, form: PublishForm | None = None) -> dict:
    # Read fresh (not the cached snapshot): the curator just saved, and decides on what they see.
    catalogue = build_catalogue()
    draft = drafts.open_draft(programme)
    current = catalogue.programme(programme.slug)
    if draft is not None:
        # The live catalogue as it serves now, against the same with the draft published.
        before = catalogue
        after = effects.with_programme(catalogue, programme.slug, draft_data(draft, catalogue))
    else:
        before = effects.with_programme(
            catalogue, programme.slug, last_published_version(programme, current, catalogue)
        )
        after = effects.with_programme(catalogue, programme.slug, effects.as_published(current))
    gained, lost = effects.publication_effect(before, after, programme.slug)
    return {
        "programme": programme,
        "draft": draft,
        "published": programme.status == vocab.Status.PUBLISHED,
        "ever_published": programme.history.filter(status=vocab.Status.PUBLISHED).exists(),
        "can_publish": draft is not None or programme.status == vocab.Status.CONCEPT,
        "gained": effects.summarise(gained, catalogue),
        "lost": effects.summarise(lost, catalogue),
        "gained_count": len(gained),
        "lost_count": len(lost),
        "personas": [
            {"change": change, "before": _placing_words(change.before), "after": _placing_words(change.after)}
            for change in effects.persona_changes(before, after, programme.slug, personas.ALL)
        ],
        "has_source": (draft or programme).sources.exists(),
        "form": form or PublishForm(),
    }


def _placing_words(placing: effects.Placing | None) -> str:
    if placing is None:
        return "niet getoond"
    return f"plaats {placing.position}, {fit_words(placing.fit)[1].lower()}"


def effect_url(programme: catalogue_models.Programme) -> str:
    return reverse("curation:effect", args=[programme.slug])


def _live(slug: str) -> catalogue_models.Programme:
    return get_object_or_404(catalogue_models.Programme.objects.live(), slug=slug)


@require_safe
@curator_required
def publication_effect(request: HttpRequest, slug: str) -> HttpResponse:
    return render(request, "curation/effect.html", _effect_context(_live(slug)))


def _live_for_publishing(request: HttpRequest, slug: str, what: str) -> catalogue_models.Programme:
    """The live programme, for someone who may change the catalogue's trajectories (else 403)."""
    programme = _live(slug)
    if not roles.can_publish(request.user):
        raise PermissionDenied(f"Alleen wie trajecten mag wijzigen, {what}.")
    return programme


@require_POST
@curator_required
def publish(request: HttpRequest, slug: str) -> HttpResponse:
    programme = _live_for_publishing(request, slug, "mag publiceren")
    form = PublishForm(request.POST)
    reason, checked_by = (
        (form.cleaned_data["reden"], form.cleaned_data["gecontroleerd_door"]) if form.is_valid() else ("", "")
    )
    draft = drafts.open_draft(programme)
    if draft is not None:
        outcome = drafts.publish_draft(draft, reason=reason, checked_by=checked_by, by=request.user)
    else:
        outcome = catalogue_services.publish(
            programme=programme, reason=reason, checked_by=checked_by, by=request.user
        )
    if getattr(outcome, "already", False):
        messages.info(request, f"‘{programme.name}’ was al gepubliceerd.")
        return redirect("curation:effect", slug=slug)
    if not outcome.published:
        problems = [m for p, m in zip(outcome.problems, outcome.messages, strict=True)
                    if p not in (PublishProblem.NO_REASON, PublishProblem.NO_CHECKER)]
        context = {**_effect_context(programme, form), "error": " ".join(problems)}
        return render(request, "curation/effect.html", context, status=422)
    messages.success(request, f"‘{programme.name}’ is gepubliceerd. De reden staat in de geschiedenis.")
    return redirect(reverse("admin:programmes_programme_history", args=[programme.pk]))


@require_POST
@curator_required
def discard(request: HttpRequest, slug: str) -> HttpResponse:
    programme = _live_for_publishing(request, slug, "mag een concept weggooien")
    draft = drafts.open_draft(programme)
    if draft is not None:
        drafts.discard_draft(draft)
        messages.success(request, f"Het concept van ‘{programme.name}’ is weggegooid.")
    return redirect("curation:effect", slug=slug)
