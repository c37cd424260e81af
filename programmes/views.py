"""The public catalogue: a filterable list and a page per programme, read from the snapshot.

Both pages read programmes.snapshot.get_catalogue(), so they cost the same few queries
whatever the catalogue's size.
"""

from __future__ import annotations

import functools
from urllib.parse import urlencode

from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language, gettext, gettext_noop
from django.views.decorators.http import require_safe

from programmes import said
from programmes import vocabulary as vocab
from programmes.catalogue import Catalogue, OfferingData, ProgrammeData
from programmes.filter_form import CatalogueFilterForm
from programmes.filters import ENDED, PUBLISHED, count_per_region, filter_programmes, offerings_at
from programmes.languages import PROGRAMME_TEXTS, missing_english
from programmes.regionmap import RegionMap, count_map
from programmes.snapshot import get_catalogue


@require_safe
def programme_list(request: HttpRequest) -> HttpResponse:
    catalogue = get_catalogue()
    form = CatalogueFilterForm(request.GET, catalogue=catalogue)
    valid = form.is_valid()
    filters = form.filters() if valid else {}
    programmes = filter_programmes(catalogue, **filters) if valid else []
    drawn = _region_map(catalogue, filters, programmes, form, request.GET) if valid else None
    items = [_list_item(p, catalogue, filters) for p in programmes]
    context = {
        "form": form,
        "programmes": items,
        # On a page in another language: some listed texts are the catalogue's Dutch (marked lang="nl").
        "some_dutch": any(item["name"].lang or item["summary"].lang for item in items),
        "count": len(programmes),
        "filtered": any(value for key, value in filters.items() if key != "include_ended"),
        "municipality_names": sorted((m.name for m in catalogue.municipalities.values()), key=str.casefold),
        "region_map": _render_map(drawn) if drawn else "",
    }
    # A history restore needs the whole page; any other htmx request only the results.
    partial = request.htmx and not request.htmx.history_restore_request
    template = "programmes/programme_list.html#results" if partial else "programmes/programme_list.html"
    response = render(request, template, context, status=200 if valid else 400)
    patch_vary_headers(response, ["HX-Request"])
    return response


@require_safe
def programme_detail(request: HttpRequest, slug: str) -> HttpResponse:
    catalogue = get_catalogue()
    programme = catalogue.programme(slug)
    if programme is None or programme.status not in {PUBLISHED, ENDED}:
        raise Http404(gettext("Dit traject staat niet in de catalogus."))
    return render(request, "programmes/programme_detail.html", detail_context(programme, catalogue))


# --- Presentation: keys to the curators' and clients' words (no decisions) ---------------------


def _render_map(drawn: RegionMap) -> str:
    return _render_map_in(drawn, get_language())


@functools.lru_cache(maxsize=64)
def _render_map_in(drawn: RegionMap, language: str) -> str:
    """The map's markup, once per distinct map (a RegionMap is immutable and hashable).

    Its 35 shapes and 35 table rows cost about 1.5 ms of template work, a fifth of the page;
    visitors see the same few maps (the unfiltered one above all), so most requests reuse it.
    Bounded: 64 maps of about 20 kB each per process. `language` keys the cache: the template's
    words are said in the active language.
    """
    return render_to_string("programmes/_region_map.html", {"map": drawn})


def _region_map(
    catalogue: Catalogue,
    filters: dict,
    found: list[ProgrammeData],
    form: CatalogueFilterForm,
    query: QueryDict,
) -> RegionMap:
    """Where the programmes of these filters are: per region the count, each a link to the list there."""
    placed = filters.get("region_code") or filters.get("municipality_code")
    unplaced = {**filters, "region_code": None, "municipality_code": None}
    counts = count_per_region(catalogue, filter_programmes(catalogue, **unplaced) if placed else found)
    # The region link keeps the other filters; a gemeente would contradict the region chosen.
    other = [name for name in form.fields if name not in {"region", "municipality"}]
    kept = [(name, query[name]) for name in other if query.get(name)]
    base = reverse("programmes:list")
    region = catalogue.region_of(filters.get("municipality_code"))
    chosen = filters.get("region_code") or (region.code if region else None)
    return count_map(
        counts,
        one=gettext("traject"),
        many=gettext("trajecten"),
        title=gettext("Aantal trajecten per arbeidsmarktregio bij deze filters") if kept
        else gettext("Aantal trajecten per arbeidsmarktregio"),
        names={code: region.name for code, region in catalogue.regions.items()},
        link=lambda code: f"{base}?{urlencode([*kept, ('region', code)])}",
        current=chosen,
        map_id="aanbod-kaart",
    )


def _eligibility(programme: ProgrammeData) -> list[dict]:
    items = [
        {
            # In the vocabulary's order, so the page reads the same as the questions.
            "term": gettext(term),
            "values": [
                said.term(v) for v in vocab.DIMENSIONS[key]
                if v.key in getattr(programme, vocab.ELIGIBILITY_FIELDS[key])
            ] or [gettext(open_to_all)],
        }
        for term, key, open_to_all in _ELIGIBILITY_ROWS
    ]
    ages = said.age_range(programme.min_age, programme.max_age)
    ages = ages[:1].upper() + ages[1:] if ages else gettext("Geen leeftijdsgrens")
    items.append({"term": gettext("Leeftijd"), "values": [ages]})
    return items


_ELIGIBILITY_ROWS = (
    (gettext_noop("Om wie gaat het"), "concern", gettext_noop("Iedereen, met of zonder beperking")),
    (gettext_noop("Zorg of begeleiding"), "care", gettext_noop("Met of zonder zorg of begeleiding")),
    (gettext_noop("Ernst van de klachten"), "severity", gettext_noop("Alle klachten")),
    (gettext_noop("Werksituatie"), "situation", gettext_noop("Elke werksituatie")),
    (gettext_noop("Uitkering"), "benefit", gettext_noop("Met of zonder uitkering")),
    (gettext_noop("Past bij de wens"), "wish", gettext_noop("Elke ondersteuningswens")),
)


def _names(catalogue_items, codes: frozenset[str]) -> list[str]:
    names = (catalogue_items[code].name if code in catalogue_items else code for code in codes)
    return sorted(names, key=str.casefold)


def _offering(offering: OfferingData, catalogue: Catalogue) -> dict:
    if offering.is_national:
        where, places = gettext("Landelijk"), []
    elif offering.scope == vocab.Scope.REGIONS:
        where, places = gettext("In de arbeidsmarktregio's"), _names(catalogue.regions, offering.region_codes)
    else:
        places = _names(catalogue.municipalities, offering.municipality_codes)
        where = gettext("In de gemeenten")
    return {
        "offering": offering, "provider": offering.provider, "where": where, "places": places,
        "contact": said.catalogue_text(offering.contact, offering.contact_en),
        "note": said.catalogue_text(offering.note, offering.note_en),
    }


def detail_context(programme: ProgrammeData, catalogue: Catalogue) -> dict:
    offerings = sorted(
        (_offering(o, catalogue) for o in programme.offerings),
        key=lambda item: (not item["offering"].is_national, item["provider"].name.casefold()),
    )
    p = programme
    return {
        "programme": programme,
        # Each text with an English twin: its text and lang ("nl" where Dutch stands in for English).
        "text": {
            **{name: said.catalogue_text(getattr(p, name), getattr(p, f"{name}_en"))
               for name, _label in PROGRAMME_TEXTS},
            "kind": said.catalogue_text(p.kind.name, p.kind.name_en),
        },
        "conditions": [
            {"question": said.catalogue_text(c.question, c.question_en),
             "client_text": said.catalogue_text(c.client_text, c.client_text_en)}
            for c in p.conditions
        ],
        # The catalogue's texts that have no English twin (funding, evidence, sources): marked Dutch.
        "data_lang": said.untranslated_lang(),
        "some_dutch": bool(said.untranslated_lang()) and bool(missing_english(p)),
        "is_ended": programme.status == ENDED,
        "eligibility": _eligibility(programme),
        "offerings": offerings,
        "funding": [
            {"funding": f, "benefit": said.label(vocab.BENEFITS, f.benefit)} for f in programme.funding
        ],
        "recognition": said.label(vocab.RECOGNITION_LEVELS, programme.recognition_level),
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
        "name": said.catalogue_text(programme.name, programme.name_en),
        "summary": said.catalogue_text(programme.summary, programme.summary_en),
        "kind": said.catalogue_text(programme.kind.name, programme.kind.name_en),
        "is_ended": programme.status == ENDED,
        "recognition": said.label(vocab.RECOGNITION_LEVELS, programme.recognition_level),
        "national": any(o.is_national for o in offerings),
        "providers": sorted({o.provider.name for o in offerings}, key=str.casefold),
    }
