"""What an answer from a website means, which addresses there are, and in which order (pure)."""

import pytest

from programmes import linkcheck
from programmes.catalogue import (
    Catalogue,
    KindData,
    OfferingData,
    OrganisationData,
    ProgrammeData,
    SourceData,
)
from programmes.linkcheck import BROKEN, OK, UNCHECKED, UNREACHABLE, classify


@pytest.mark.parametrize(
    ("status", "error", "moved_to", "state", "words"),
    [
        (200, None, "", OK, ""),
        (204, None, "", OK, ""),
        (200, None, "https://nieuw.example/", OK, "verhuisd naar https://nieuw.example/"),
        (301, None, "", UNREACHABLE, "blijft doorverwijzen (301)"),
        (404, None, "", BROKEN, "niet gevonden (404)"),
        (410, None, "", BROKEN, "bestaat niet meer (410)"),
        (400, None, "", BROKEN, "weigert dit adres (400)"),
        (403, None, "", UNCHECKED, "geen automatische controle toe (403)"),
        (401, None, "", UNCHECKED, "(401)"),
        (429, None, "", UNCHECKED, "(429)"),
        (500, None, "", UNREACHABLE, "storing (500)"),
        (503, None, "", UNREACHABLE, "storing (503)"),
        (None, linkcheck.TIMEOUT, "", UNREACHABLE, "niet op tijd"),
        (None, linkcheck.REFUSED, "", UNREACHABLE, "weigert de verbinding"),
        (None, linkcheck.TLS, "", UNREACHABLE, "certificaat"),
        (None, linkcheck.NO_NAME, "", UNCHECKED, "Niet te controleren"),
        (None, linkcheck.NO_NETWORK, "", UNCHECKED, "Niet te controleren"),
        (None, linkcheck.INVALID, "", BROKEN, "geen webadres"),
        (None, linkcheck.OTHER, "", UNREACHABLE, "niet bereikbaar"),
        (None, "iets-nieuws", "", UNREACHABLE, "niet bereikbaar"),
    ],
)
def test_each_answer_is_classified_with_a_dutch_explanation(status, error, moved_to, state, words):
    verdict = classify(status, error, moved_to)
    assert verdict.state == state
    assert words in verdict.problem
    assert (verdict.problem == "") == (state == OK and not moved_to)


def test_classify_needs_a_status_or_an_error():
    with pytest.raises(ValueError, match="status or an error"):
        classify()


UWV = OrganisationData(slug="uwv", name="UWV", kind="uwv", website="https://www.uwv.nl/")
YULIUS = OrganisationData(slug="yulius", name="Yulius", kind="ggz")
KIND = KindData(slug="ips", name="IPS")


def test_every_address_in_the_catalogue_is_listed_once_with_where_it_is_used():
    catalogue = Catalogue(
        programmes=(
            ProgrammeData(
                slug="ips", name="IPS", status="published", kind=KIND,
                offerings=(
                    OfferingData(provider=YULIUS, scope="national", url="https://yulius.nl/ips"),
                    OfferingData(provider=UWV, scope="national"),
                ),
                sources=(SourceData("Rapport", url="https://www.uwv.nl/"), SourceData("Zonder adres")),
            ),
            ProgrammeData(slug="concept", name="Concept", status="concept", kind=KIND,
                          sources=(SourceData("Notitie", url="https://example.org/n"),)),
        ),
        organisations={"uwv": UWV, "yulius": YULIUS},
    )
    assert linkcheck.links_in(catalogue) == [
        linkcheck.Link("https://example.org/n", ("bron bij Concept",)),
        linkcheck.Link("https://www.uwv.nl/", ("bron bij IPS", "website van UWV")),
        linkcheck.Link("https://yulius.nl/ips", ("aanbod IPS – Yulius",)),
    ]


def test_hosts_take_turns_so_no_site_is_asked_twice_in_a_row_while_others_wait():
    urls = ["https://a.nl/1", "https://a.nl/2", "https://a.nl/3", "https://b.nl/1", "http://C.nl/x"]
    assert linkcheck.polite_order(urls) == [
        "https://a.nl/1", "https://b.nl/1", "http://C.nl/x", "https://a.nl/2", "https://a.nl/3",
    ]


@pytest.mark.parametrize(
    ("states", "expected"),
    [
        ([], "0 webadressen gecontroleerd."),
        ([OK], "1 webadres gecontroleerd: 1 in orde."),
        (
            [OK, BROKEN, OK, UNCHECKED],
            "4 webadressen gecontroleerd: 2 in orde, 1 kapot, 1 niet te controleren.",
        ),
    ],
)
def test_the_summary_counts_each_outcome(states, expected):
    assert linkcheck.summary(states) == expected
