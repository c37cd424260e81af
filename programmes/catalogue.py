"""A plain, immutable snapshot of the catalogue: what the matcher and the pages read.

No ORM here. `programmes.snapshot` builds it from the database; tests build it by hand.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from programmes import vocabulary as vocab
from programmes.places import Place, PlaceIndex


@dataclass(frozen=True)
class RegionData:
    code: str
    name: str


@dataclass(frozen=True)
class MunicipalityData:
    code: str
    name: str
    region_code: str


@dataclass(frozen=True)
class OrganisationData:
    slug: str
    name: str
    kind: str
    website: str = ""


@dataclass(frozen=True)
class KindData:
    slug: str
    name: str
    name_en: str = ""  # every `_en` text: the English twin, "" when the curators have not written it
    description: str = ""
    median_paid_work_pct: float | None = None
    paid_work_range: str = ""
    studies_count: int | None = None
    figures_note: str = ""
    source: str = ""


@dataclass(frozen=True)
class ConditionData:
    question: str
    client_text: str = ""
    # (answer key, values that settle the question); empty: a plain check that never blocks a fit
    settled_by: tuple[tuple[str, frozenset[str]], ...] = ()
    question_en: str = ""
    client_text_en: str = ""


@dataclass(frozen=True, kw_only=True)
class EligibilityData:
    """Who it is for, as programmes.models.Eligibility: an empty set means "open to all" on that
    dimension. On an offering it narrows its programme's; empty there means "as the programme"."""

    concerns: frozenset[str] = frozenset()
    care: frozenset[str] = frozenset()
    severities: frozenset[str] = frozenset()
    situations: frozenset[str] = frozenset()
    benefits: frozenset[str] = frozenset()
    wishes: frozenset[str] = frozenset()
    min_age: int | None = None
    max_age: int | None = None


@dataclass(frozen=True)
class OfferingData(EligibilityData):
    provider: OrganisationData
    scope: str  # a vocab.Scope
    region_codes: frozenset[str] = frozenset()
    municipality_codes: frozenset[str] = frozenset()
    requires_care_at_provider: bool = False
    availability: str = vocab.Availability.OFFERED
    desk: str = vocab.Desk.PROVIDER
    contact: str = ""
    contact_professional: str = ""  # the same route worded about "de cliënt"; "" = as `contact`
    phone: str = ""
    url: str = ""
    note: str = ""
    contact_en: str = ""
    contact_professional_en: str = ""
    note_en: str = ""
    last_verified: date | None = None
    verified_by: str = ""
    verified_against: str = ""
    conditions: tuple[ConditionData, ...] = ()

    @property
    def is_national(self) -> bool:
        return self.scope == vocab.Scope.NATIONAL


@dataclass(frozen=True)
class FundingData:
    benefit: str
    payer: str
    budget: str
    applicant: str
    legal_basis: str = ""
    note: str = ""
    source: str = ""
    derived: bool = False  # from the fund principle, not stated as such in the source


@dataclass(frozen=True)
class EvidenceData:
    result: str
    source: str
    figure: str = ""
    design: str = ""
    participants: int | None = None
    year: int | None = None
    study: str = ""
    is_key: bool = False


@dataclass(frozen=True)
class SourceData:
    document: str
    locator: str = ""
    year: int | None = None
    url: str = ""
    note: str = ""


# A programme's, an offering's and a funding row's texts and facts that the row and the snapshot hold
# under the same name, as they are: programmes.snapshot reads them, the HSDS import (opendata.services)
# writes them.
PROGRAMME_PLAIN_FIELDS = (
    "summary", "description", "duration", "intensity", "how_to_apply", "how_to_refer", "recognition_level",
    "recognition_valid_until", "evidence_summary", "source_caveat", "period", "last_verified",
)
OFFERING_PLAIN_FIELDS = (
    "scope", "requires_care_at_provider", "availability", "desk", "contact", "contact_professional", "phone",
    "url", "note", "last_verified",
)
FUNDING_PLAIN_FIELDS = ("benefit", "payer", "budget", "applicant", "legal_basis", "note", "source")


@dataclass(frozen=True)
class ProgrammeData(EligibilityData):
    slug: str
    name: str
    status: str  # a vocab.Status
    kind: KindData
    summary: str = ""
    description: str = ""
    integrated_care: bool = False
    dutch_evidence: str = vocab.DutchEvidence.NONE
    offered_by_institutions: bool = False
    duration: str = ""
    intensity: str = ""
    how_to_apply: str = ""
    how_to_refer: str = ""
    recognition_level: str = vocab.NOT_ASSESSED
    recognition_valid_until: date | None = None
    evidence_summary: str = ""
    source_caveat: str = ""
    period: str = ""
    last_verified: date | None = None
    verified_by: str = ""
    verified_against: str = ""
    offerings: tuple[OfferingData, ...] = ()
    funding: tuple[FundingData, ...] = ()
    evidence: tuple[EvidenceData, ...] = ()
    conditions: tuple[ConditionData, ...] = ()
    sources: tuple[SourceData, ...] = ()
    # The English twins; "" where the catalogue has no English (programmes.rules.localised).
    name_en: str = ""
    summary_en: str = ""
    description_en: str = ""
    duration_en: str = ""
    intensity_en: str = ""
    how_to_apply_en: str = ""
    how_to_refer_en: str = ""
    evidence_summary_en: str = ""

    def funding_for(self, benefit: str | None) -> FundingData | None:
        return next((item for item in self.funding if item.benefit == benefit), None)


@dataclass(frozen=True)
class Catalogue:
    programmes: tuple[ProgrammeData, ...] = ()
    regions: Mapping[str, RegionData] = field(default_factory=dict)
    municipalities: Mapping[str, MunicipalityData] = field(default_factory=dict)
    # other names as written (woonplaatsen, "Den Haag") → gemeentecodes; several: ambiguous (Bergen)
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    organisations: Mapping[str, OrganisationData] = field(default_factory=dict)

    def region_of(self, municipality_code: str | None) -> RegionData | None:
        municipality = self.municipalities.get(municipality_code or "")
        return self.regions.get(municipality.region_code) if municipality else None

    def care_providers(self) -> tuple[OrganisationData, ...]:
        """GGZ organisations, for the question "Bij welke GGZ-instelling?"."""
        ggz = (org for org in self.organisations.values() if org.kind == vocab.OrganisationKind.GGZ)
        return tuple(sorted(ggz, key=lambda org: org.name.casefold()))

    def programme(self, slug: str) -> ProgrammeData | None:
        return next((item for item in self.programmes if item.slug == slug), None)

    @cached_property
    def _reach(self):
        # Built on first use and kept with this (immutable) snapshot.
        from programmes.rules import reach_index

        return reach_index(self.programmes)

    def programmes_near(self, municipality: MunicipalityData | None) -> tuple[ProgrammeData, ...]:
        """The programmes that could be offered at this gemeente (all of them when it is unknown),
        in catalogue order. A superset: matching still decides per offering."""
        if municipality is None:
            return self.programmes
        slugs = self._reach.slugs_reaching(municipality)
        return tuple(p for p in self.programmes if p.slug in slugs)

    @cached_property
    def places(self) -> PlaceIndex:
        """Every name a gemeente can be typed by, built on first use and kept with this snapshot
        (one catalogue version): a look-up per request is then a dictionary access."""
        return PlaceIndex.of(self.municipalities, self.aliases)


_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*")
_PUNCT = re.compile(r"[^a-z0-9 ]+")


def normalise_place(text: str) -> str:
    """'s-Gravenhage, Hengelo (O.), "gemeente Súdwest-Fryslân" → comparable keys."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    text = _QUALIFIER.sub(" ", text)
    text = text.removeprefix("gemeente ")
    text = _PUNCT.sub(" ", text.replace("-", " "))
    return " ".join(text.split())


def find_places(catalogue: Catalogue, text: str) -> tuple[Place, ...]:
    """The places a typed name can mean (see programmes/places.py); several: ask which one."""
    return catalogue.places.find(text)


def suggest_places(catalogue: Catalogue, text: str, limit: int = 5) -> tuple[Place, ...]:
    """Known places spelt like what was typed, for "Bedoelt u …?"."""
    return catalogue.places.suggest(text, limit)


def find_municipalities(catalogue: Catalogue, text: str) -> list[MunicipalityData]:
    """Gemeenten that a typed name can mean: a gemeente's name, a woonplaats in it or another
    name for it, ignoring case, accents and qualifiers ("Bergen (NH.)", "Hengelo (Gld)").

    More than one result means the name is ambiguous and the person must choose.
    """
    return [catalogue.municipalities[place.code] for place in find_places(catalogue, text)]
