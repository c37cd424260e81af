"""What the curators' maps colour a region by (pure): one programme's presence, the rounded gaps."""

import pytest

from curation import gaps
from curation.maps import (
    ABSENT,
    MAYBE,
    NOTHING_BAND,
    PART,
    SMALL_BAND,
    WHOLE,
    RegionGaps,
    gap_legend,
    gap_values,
    programme_presence,
    region_gaps,
)
from programmes import vocabulary as vocab
from programmes.catalogue import (
    Catalogue,
    KindData,
    MunicipalityData,
    OfferingData,
    OrganisationData,
    ProgrammeData,
    RegionData,
)

PROVIDER = OrganisationData("ggz", "GGZ", "ggz")
CATALOGUE = Catalogue(
    regions={
        code: RegionData(code, name) for code, name in [("AM01", "Noord"), ("AM02", "Zuid"), ("AM03", "Oost")]
    },
    municipalities={
        "GM01": MunicipalityData("GM01", "Stad", "AM01"),
        "GM02": MunicipalityData("GM02", "Dorp", "AM02"),
    },
)


def offering(scope: str, regions=(), municipalities=(), availability="offered") -> OfferingData:
    return OfferingData(
        provider=PROVIDER, scope=scope, region_codes=frozenset(regions),
        municipality_codes=frozenset(municipalities), availability=availability,
    )


def programme(*offerings: OfferingData, by_institutions: bool = False) -> ProgrammeData:
    return ProgrammeData("ips", "IPS", vocab.Status.PUBLISHED, KindData("ips", "IPS"), offerings=offerings,
                         offered_by_institutions=by_institutions)


@pytest.mark.parametrize(
    ("offerings", "expected"),
    [
        ((), {"AM01": ABSENT, "AM02": ABSENT, "AM03": ABSENT}),
        ((offering("national"),), {"AM01": WHOLE, "AM02": WHOLE, "AM03": WHOLE}),
        ((offering("regions", regions=["AM02"]),), {"AM01": ABSENT, "AM02": WHOLE, "AM03": ABSENT}),
        ((offering("municipalities", municipalities=["GM01"]),),
         {"AM01": PART, "AM02": ABSENT, "AM03": ABSENT}),
        # A region named by one offering is whole, whatever another offering says about a gemeente there.
        (
            (offering("municipalities", municipalities=["GM01", "GM02"]),
             offering("regions", regions=["AM01"])),
            {"AM01": WHOLE, "AM02": PART, "AM03": ABSENT},
        ),
        ((offering("regions", regions=["AM01"]), offering("municipalities", municipalities=["GM01"])),
         {"AM01": WHOLE, "AM02": ABSENT, "AM03": ABSENT}),
        # An unknown gemeente code reaches nothing.
        ((offering("municipalities", municipalities=["GM99"]),),
         {"AM01": ABSENT, "AM02": ABSENT, "AM03": ABSENT}),
    ],
)
def test_programme_presence_per_region(offerings, expected):
    assert programme_presence(programme(*offerings), CATALOGUE) == expected


@pytest.mark.parametrize(
    ("offerings", "by_institutions", "expected"),
    [
        # The source says it is not offered there (IPS at Yulius in the Drechtsteden): nothing.
        ((offering("regions", regions=["AM01"], availability="not_offered"),), False,
         {"AM01": ABSENT, "AM02": ABSENT, "AM03": ABSENT}),
        # Only an older source reports it: ask whether it is still there.
        ((offering("regions", regions=["AM01"], availability="reported"),), False,
         {"AM01": MAYBE, "AM02": ABSENT, "AM03": ABSENT}),
        # Offered by GGZ-instellingen, not everywhere: where the catalogue has no word, ask; where a
        # source confirms it, it is there; where a source says not offered, still ask (another
        # institution in the region may offer it).
        ((offering("regions", regions=["AM02"]),
          offering("regions", regions=["AM01"], availability="not_offered")), True,
         {"AM01": MAYBE, "AM02": WHOLE, "AM03": MAYBE}),
        # A confirmed offering beats a reported one in the same region.
        ((offering("regions", regions=["AM01"], availability="reported"),
          offering("regions", regions=["AM01"])), False, {"AM01": WHOLE, "AM02": ABSENT, "AM03": ABSENT}),
    ],
)
def test_programme_presence_follows_what_the_sources_say(offerings, by_institutions, expected):
    assert programme_presence(programme(*offerings, by_institutions=by_institutions), CATALOGUE) == expected


SECRET = "s" * 50


def rounded(region: str, benefit: str, wish: str, count: int) -> int:
    return gaps.rounded_count(count, gaps.cell_offset(SECRET, region, benefit, wish))


def test_region_gaps_are_sums_of_the_rounded_cells_the_table_shows():
    cells = [
        ("AM01", "Noord", "ww", "skills", 12),
        ("AM01", "Noord", "bijstand", "education", 7),
        ("AM01", "Noord", "none", "keep_job", 1),
        ("AM02", "Zuid", "ww", "skills", 0),
    ]
    found = region_gaps(cells, SECRET)
    table = [rounded("Noord", "ww", "skills", 12), rounded("Noord", "bijstand", "education", 7),
             rounded("Noord", "none", "keep_job", 1)]
    assert found["AM01"].shown == sum(n for n in table if n >= 5)
    assert found["AM01"].small == sum(1 for n in table if n < 5)
    assert found["AM01"].shown % 5 == 0
    as_table = [(name, benefit, wish, n) for _code, name, benefit, wish, n in cells[:3]]
    assert found["AM01"].words == gaps.gap_total(as_table, SECRET)
    assert "AM02" not in found  # nothing counted there


@pytest.mark.parametrize(
    ("value", "band"),
    [
        (0, NOTHING_BAND.key),
        (RegionGaps("Noord", 0, 0, "0"), NOTHING_BAND.key),
        (RegionGaps("Noord", 0, 2, "2 groepen van minder dan 5"), SMALL_BAND.key),
        (RegionGaps("Noord", 5, 0, "5"), "5-5"),
        (RegionGaps("Noord", 10, 1, "10, plus 1 groep van minder dan 5"), "10-10"),
        (RegionGaps("Noord", 15, 0, "15"), "15-15"),
    ],
)
def test_the_gap_colours_follow_the_rounded_counts(value, band):
    values = [RegionGaps("a", 5, 0, "5"), RegionGaps("b", 10, 0, "10"), RegionGaps("c", 15, 0, "15")]
    assert gap_legend(values, title="Gaten").band_for(value).key == band


def test_gap_bands_are_multiples_of_five_with_words_and_patterns():
    values = [RegionGaps(str(n), n, 0, str(n)) for n in (5, 10, 25, 40, 60)]
    legend = gap_legend(values, title="Gaten")
    labels = [band.label for band in legend.bands]
    assert labels == [
        "Niets geteld", "Alleen groepen van minder dan 5",
        "5 tot en met 20", "25 tot en met 40", "45 tot en met 60",
    ]
    assert len({band.pattern for band in legend.bands}) == len(legend.bands)  # not by colour alone
    assert legend.describe(values[0]) == "5 keer geen passend aanbod (afgerond)"
    assert legend.describe(0) == "niets geteld"
    assert legend.tabulate(RegionGaps("x", 0, 1, "1 groep van minder dan 5")) == "1 groep van minder dan 5"


def test_gap_values_give_every_region_a_value():
    found = {"AM01": RegionGaps("Noord", 5, 0, "5")}
    assert gap_values(["AM01", "AM02"], found) == {"AM01": found["AM01"], "AM02": 0}
