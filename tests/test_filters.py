"""The catalogue filters are a pure function over the snapshot: tables, no database."""

import pytest

from programmes.catalogue import (
    Catalogue,
    KindData,
    MunicipalityData,
    OfferingData,
    OrganisationData,
    ProgrammeData,
    RegionData,
)
from programmes.filters import filter_programmes, kinds_in, offerings_at

IPS = KindData(slug="ips", name="IPS")
TRAINING = KindData(slug="training", name="Training werkvaardigheden")
JOBCOACHING = KindData(slug="jobcoaching", name="Jobcoaching")
PROVIDER = OrganisationData(slug="aanbieder", name="Aanbieder", kind="ggz")


def offering(scope, regions=(), municipalities=()):
    return OfferingData(
        provider=PROVIDER,
        scope=scope,
        region_codes=frozenset(regions),
        municipality_codes=frozenset(municipalities),
    )


def programme(slug, kind=JOBCOACHING, status="published", offerings=(), benefits=(), wishes=()):
    return ProgrammeData(
        slug=slug,
        name=slug.replace("-", " ").capitalize(),
        status=status,
        kind=kind,
        offerings=tuple(offerings),
        benefits=frozenset(benefits),
        wishes=frozenset(wishes),
    )


CATALOGUE = Catalogue(
    programmes=(
        programme("a-landelijk", offerings=[offering("national")]),
        programme(
            "b-drechtsteden", kind=IPS, offerings=[offering("regions", regions=["AM07"])],
            benefits=["bijstand"], wishes=["paid_work_now"],
        ),
        programme(
            "c-enschede", kind=TRAINING, offerings=[offering("municipalities", municipalities=["GM0153"])],
            benefits=["ww"], wishes=["skills"],
        ),
        programme("d-zonder-aanbod"),
        programme("0-beeindigd", kind=IPS, status="ended", offerings=[offering("national")]),
        programme("0-concept", status="concept", offerings=[offering("national")]),
    ),
    regions={"AM07": RegionData("AM07", "Drechtsteden"), "AM31": RegionData("AM31", "Twente")},
    municipalities={
        "GM0505": MunicipalityData("GM0505", "Dordrecht", "AM07"),
        "GM0153": MunicipalityData("GM0153", "Enschede", "AM31"),
        "GM0164": MunicipalityData("GM0164", "Hengelo", "AM31"),
    },
)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["a-landelijk", "b-drechtsteden", "c-enschede", "d-zonder-aanbod"]),
        # Region: national, offered in the region, or in one of its gemeenten.
        ({"region_code": "AM07"}, ["a-landelijk", "b-drechtsteden"]),
        ({"region_code": "AM31"}, ["a-landelijk", "c-enschede"]),
        # Gemeente: national, in its region, or in the gemeente itself; not in a neighbour.
        ({"municipality_code": "GM0505"}, ["a-landelijk", "b-drechtsteden"]),
        ({"municipality_code": "GM0153"}, ["a-landelijk", "c-enschede"]),
        ({"municipality_code": "GM0164"}, ["a-landelijk"]),
        # An empty eligibility list means open to all.
        ({"benefit": "bijstand"}, ["a-landelijk", "b-drechtsteden", "d-zonder-aanbod"]),
        ({"benefit": "ww"}, ["a-landelijk", "c-enschede", "d-zonder-aanbod"]),
        ({"benefit": "wajong"}, ["a-landelijk", "d-zonder-aanbod"]),
        ({"wish": "skills"}, ["a-landelijk", "c-enschede", "d-zonder-aanbod"]),
        ({"kind": "ips"}, ["b-drechtsteden"]),
        ({"kind": "onbekend"}, []),
        ({"region_code": "AM07", "benefit": "ww"}, ["a-landelijk"]),
        ({"region_code": "AM07", "kind": "ips", "wish": "paid_work_now"}, ["b-drechtsteden"]),
        # Ended programmes only when asked, after the running ones; concepts never.
        ({"kind": "ips", "include_ended": True}, ["b-drechtsteden", "0-beeindigd"]),
        (
            {"include_ended": True},
            ["a-landelijk", "b-drechtsteden", "c-enschede", "d-zonder-aanbod", "0-beeindigd"],
        ),
    ],
)
def test_filters_narrow_the_catalogue(filters, expected):
    assert [p.slug for p in filter_programmes(CATALOGUE, **filters)] == expected


def test_no_filter_value_means_no_restriction():
    everything = filter_programmes(CATALOGUE)
    assert filter_programmes(CATALOGUE, region_code="", benefit=None, kind="", wish=None) == everything


def test_filter_choices_offer_only_kinds_of_visible_programmes():
    assert [kind.slug for kind in kinds_in(CATALOGUE)] == ["ips", "jobcoaching", "training"]
    concept_only = Catalogue(programmes=(programme("x", kind=IPS, status="concept"),))
    assert kinds_in(concept_only) == []


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ({}, ["national", "regions", "municipalities"]),
        ({"region_code": "AM07"}, ["national", "regions"]),
        ({"region_code": "AM31"}, ["national", "municipalities"]),
        ({"municipality_code": "GM0505"}, ["national", "regions"]),
        ({"municipality_code": "GM0164"}, ["national"]),
    ],
)
def test_offerings_at_a_place_are_those_that_reach_it(place, expected):
    spread = programme(
        "overal",
        offerings=[
            offering("national"),
            offering("regions", regions=["AM07"]),
            offering("municipalities", municipalities=["GM0153"]),
        ],
    )
    assert [o.scope for o in offerings_at(spread, CATALOGUE, **place)] == expected
