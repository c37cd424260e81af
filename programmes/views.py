"""The public catalogue: a filterable list and a page per programme, read from the snapshot.

Both pages read programmes.snapshot.get_catalogue(), so they cost the same few queries
whatever the catalogue's size.
"""

from __future__ import annotations

from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET

from programmes import vocabulary as vocab
from programmes.catalogue import Catalogue, OfferingData, ProgrammeData
from programmes.filters import ENDED, PUBLISHED, filter_programmes, offerings_at
from programmes.forms import CatalogueFilterForm
from programmes.snapshot import get_catalogue


@transaction.non_atomic_requests  # reads only: no per-request transaction
@require_GET
def programme_list(request: HttpRequest) -> HttpResponse:
    catalogue = get_catalogue()
    form = CatalogueFilterForm(request.GET, catalogue=catalogue)
    valid = form.is_valid()
    filters = form.filters() if valid else {}
    programmes = filter_programmes(catalogue, **filters) if valid else []
    context = {
        "form": form,
        "programmes": [_list_item(p, catalogue, filters) for p in programmes],
        "count": len(programmes),
        "filtered": any(value for key, value in filters.items() if key != "include_ended"),
        "municipality_names": sorted((m.name for m in catalogue.municipalities.values()), key=str.casefold),
    }
    # A history restore needs the whole page; any other htmx request only the results.
    partial = request.htmx and not request.htmx.history_restore_request
    template = "programmes/programme_list.html#results" if partial else "programmes/programme_list.html"
    response = render(request, template, context, status=200 if valid else 400)
    patch_vary_headers(response, ["HX-Request"])
    return response


@transaction.non_atomic_requests
@require_GET
def programme_detail(request: HttpRequest, slug: str) -> HttpResponse:
    catalogue = get_catalogue()
    programme = catalogue.programme(slug)
    if programme is None or programme.status not in {PUBLISHED, ENDED}:
        raise Http404("Dit traject staat niet in de catalogus.")
    return render(request, "programmes/programme_detail.html", _detail_context(programme, catalogue))


# --- Presentation: keys to the curators' and clients' words (no decisions) ---------------------


def _labels(choices, keys: frozenset[str]) -> list[str]:
    # In the vocabulary's order, so the page reads the same as the questions.
    return [label for key, label in choices if key in keys]


def _as_description(label: str) -> str:
    """'Ja, ernstige problemen (EPA)' (an answer) → 'Ernstige problemen (EPA)' (a description)."""
    for prefix in ("Ja, ", "Nee, "):
        if label.startswith(prefix):
            rest = label.removeprefix(prefix)
            return rest[:1].upper() + rest[1:]
    return label


def _age_text(programme: ProgrammeData) -> str:
    low, high = programme.min_age, programme.max_age
    if low is not None and high is not None:
        return f"Van {low} tot en met {high} jaar"
    if low is not None:
        return f"Vanaf {low} jaar"
    if high is not None:
        return f"Tot en met {high} jaar"
    return "Geen leeftijdsgrens"


def _eligibility(programme: ProgrammeData) -> list[dict]:
    rows = [
        ("Om wie gaat het", vocab.CONCERNS, programme.concerns, "Iedereen, met of zonder beperking"),
        ("Zorg of begeleiding", vocab.CARE, programme.care, "Met of zonder zorg of begeleiding"),
        ("Ernst van de klachten", vocab.PROGRAMME_SEVERITIES, programme.severities, "Alle klachten"),
        ("Werksituatie", vocab.SITUATIONS, programme.situations, "Elke werksituatie"),
        ("Uitkering", vocab.PROGRAMME_BENEFITS, programme.benefits, "Met of zonder uitkering"),
        ("Past bij de wens", vocab.WISHES, programme.wishes, "Elke ondersteuningswens"),
    ]
    items = [
        {
            "term": term,
            "values": [_as_description(label) for label in _labels(choices, keys)] or [open_to_all],
        }
        for term, choices, keys, open_to_all in rows
    ]
    items.append({"term": "Leeftijd", "values": [_age_text(programme)]})
    return items


def _names(catalogue_items, codes: frozenset[str]) -> list[str]:
    names = (catalogue_items[code].name if code in catalogue_items else code for code in codes)
    return sorted(names, key=str.casefold)


def _offering(offering: OfferingData, catalogue: Catalogue) -> dict:
    if offering.is_national:
        where, places = "Landelijk", []
    elif offering.scope == "regions":
        where, places = "In de arbeidsmarktregio's", _names(catalogue.regions, offering.region_codes)
    else:
        where, places = "In de gemeenten", _names(catalogue.municipalities, offering.municipality_codes)
    return {"offering": offering, "provider": offering.provider, "where": where, "places": places}


def _detail_context(programme: ProgrammeData, catalogue: Catalogue) -> dict:
    offerings = sorted(
        (_offering(o, catalogue) for o in programme.offerings),
        key=lambda item: (not item["offering"].is_national, item["provider"].name.casefold()),
    )
    return {
        "programme": programme,
        "is_ended": programme.status == ENDED,
        "eligibility": _eligibility(programme),
        "offerings": offerings,
        "funding": [
            {"funding": f, "benefit": vocab.label(vocab.BENEFITS, f.benefit)} for f in programme.funding
        ],
        "recognition": vocab.label(vocab.RECOGNITION_LEVELS, programme.recognition_level),
        "recognised": programme.recognition_level != "not_assessed",
        "evidence": sorted(programme.evidence, key=lambda e: not e.is_key),
        "kind": programme.kind,
    }


def _list_item(programme: ProgrammeData, catalogue: Catalogue, filters: dict) -> dict:
    # With a place chosen, name only the providers that reach it.
    place = {key: filters.get(key) for key in ("region_code", "municipality_code")}
    offerings = offerings_at(programme, catalogue, **place)
    return {
        "programme": programme,
        "is_ended": programme.status == ENDED,
        "recognition": vocab.label(vocab.RECOGNITION_LEVELS, programme.recognition_level),
        "national": any(o.is_national for o in offerings),
        "providers": sorted({o.provider.name for o in offerings}, key=str.casefold),
    }
