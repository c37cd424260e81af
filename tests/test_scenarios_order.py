"""The order rule on the shipped catalogue (issue 10, build 6): fits before possibles; then what
serves the wish; then, for a person with EPA in care, integrated work-and-care; then the Dutch
research into this programme (controlled, impact, none); then regional before national. The
international median of a kind of support is context on the card, never a key.

Sources: 003 = Deskresearch begeleiding naar werk (2025); 000 = Evaluatie Werk als Beste Zorg (2022).
"""

from dataclasses import replace

import pytest

from programmes.catalogue import Catalogue
from tests.scenario_helpers import (
    AMSTERDAM,
    DORDRECHT,
    ENSCHEDE,
    GRONINGEN,
    INTEGRATED,
    LEIDEN,
    NIJMEGEN,
    ROERMOND,
    WISHES,
    WITH_A_BENEFIT,
    epa_in_care,
    grid,
    mental,
    mild,
    one_gemeente_per_region,
    order,
)
from triage import wording
from triage.matching import match
from triage.outcome import FIT, Match

pytestmark = pytest.mark.django_db

# The rule as docs/curators.md writes it, written again here so the test does not read the code.
EVIDENCE = {"controlled": 0, "impact": 1, "none": 2}


def rule(m: Match) -> tuple:
    return (m.fit != FIT, not m.serves_wish, not m.integrated_first, EVIDENCE[m.programme.dutch_evidence],
            not m.regional)


def people(catalogue: Catalogue):
    places = one_gemeente_per_region(catalogue)
    for n, person in enumerate(grid(
        care=("specialist_ggz", "basic_ggz", "none"), severity=("severe", "mild_moderate"),
        benefit=(*WITH_A_BENEFIT, "none"), wish=WISHES,
    )):
        answers = mental(**person, municipality=places[n % len(places)])
        if person["care"] == "specialist_ggz":
            answers["care_provider"] = ("other", "yulius", "mediant", "vincent-van-gogh")[n % 4]
        yield answers


@pytest.mark.parametrize(("answers", "expected"), [
    # 000 r. 99–104 (WabZ at Yulius, a controlled evaluation: 000 r. 278–291); 000 r. 923–924 (no IPS).
    (epa_in_care("yulius", municipality=DORDRECHT),
     ["werk-als-beste-zorg", "gemeentelijke-re-integratie", "ips-via-gemeente", "jobcoaching"]),
    # 003 r. 1429–1430 (IPS at VvG in Midden-Limburg).
    (epa_in_care("vincent-van-gogh", municipality=ROERMOND),
     ["ips", "gemeentelijke-re-integratie", "ips-via-gemeente", "jobcoaching"]),
    # Issue 10's own example: another institution in Groningen. The gemeente's offer is the one plain
    # fit; of the possibles, IPS at the own institution comes first (integrated, 003 r. 2231–2232).
    (epa_in_care("other", municipality=GRONINGEN),
     ["gemeentelijke-re-integratie", "ips", "ips-via-gemeente", "jobcoaching"]),
    # In a 2020 IPS region (004 r. 591) the same, with the regional route.
    (epa_in_care("other", municipality=NIJMEGEN),
     ["gemeentelijke-re-integratie", "ips", "ips-via-gemeente", "jobcoaching"]),
    # The Amsterdam persona: De Harde Leerschool (impact measurement, 003 r. 2083–2085) and the
    # gemeente (cohort, 003 r. 2004–2010) before the clubhuis and dagbesteding (no Dutch research,
    # 003 r. 2056–2057); the regional clubhuis before the national dagbesteding.
    (epa_in_care("other", municipality=AMSTERDAM, wish="confidence"),
     ["de-harde-leerschool", "gemeentelijke-re-integratie", "clubhuis-de-waterheuvel",
      "dagbesteding-en-activering"]),
    # WW with mild complaints in Holland Rijnland: what serves the wish (IPS bought by gemeenten,
    # controlled 003 r. 1138–1163; IPS-CMD regional, none) before the benefits counsellor, which names
    # no wish (004 r. 981).
    (mild(benefit="ww", wish="paid_work_now", municipality=LEIDEN),
     ["ips-via-gemeente", "ips-cmd", "benefits-counselor"]),
])
def test_the_order_of_whole_results_on_the_shipped_catalogue(shipped_catalogue, answers, expected):
    assert order(match(answers, shipped_catalogue)) == expected


def test_every_result_follows_the_order_rule_written_in_docs(shipped_catalogue):
    # docs/curators.md "The order on the result page", over a grid of people and places.
    for answers in people(shipped_catalogue):
        result = match(answers, shipped_catalogue)
        for ms in (result.matches, result.near_misses):
            keys = [rule(m) for m in ms]
            assert keys == sorted(keys), (answers, [m.programme.slug for m in ms])


def test_integrated_care_comes_first_only_for_a_person_with_epa_in_care(shipped_catalogue):
    # 003 r. 262–266: "voor de begeleiding van mensen met ernstige psychische problemen naar betaald
    # werk, die in zorg zijn bij een ggz-organisatie, de beste resultaten worden bereikt wanneer
    # begeleiding naar werk wordt geïntegreerd met de behandeling"; 003 r. 2231–2232.
    for answers in people(shipped_catalogue):
        with_epa_in_care = answers["severity"] == "severe" and answers["care"] != "none"
        for m in match(answers, shipped_catalogue).matches:
            assert m.integrated_first == (with_epa_in_care and m.programme.slug in INTEGRATED), answers


def test_the_international_median_of_a_kind_of_support_is_never_a_sort_key(shipped_catalogue):
    # Issue 10: "the order falls to the international median of the programme's kind of support", so
    # "a rugby-based work-skills programme measured on 29 people ... ranks above Werk als Beste Zorg".
    # 003 r. 1938–1946: the Dutch figures "niet goed met elkaar te vergelijken". Turning every kind's
    # median upside down changes no order.
    upside_down = replace(shipped_catalogue, programmes=tuple(
        replace(p, kind=replace(p.kind, median_paid_work_pct=(
            None if p.kind.median_paid_work_pct is None else 100 - p.kind.median_paid_work_pct)))
        for p in shipped_catalogue.programmes
    ))
    for answers in people(shipped_catalogue):
        assert order(match(answers, upside_down)) == order(match(answers, shipped_catalogue)), answers


def test_werk_als_beste_zorg_ranks_above_de_harde_leerschool_for_epa_in_care(shipped_catalogue):
    # The example, at Mediant in Twente (001 r. 17–35): WabZ integrated and controlled
    # (000 r. 278–291) above the work-skills programme with an impact measurement of 29 people
    # (003 r. 2083–2085), although the latter's kind has the higher international median (34,7% vs 6%).
    result = match(epa_in_care("mediant", municipality=ENSCHEDE, wish="explore"), shipped_catalogue)

    ranked = order(result)
    assert ranked.index("werk-als-beste-zorg") < ranked.index("de-harde-leerschool")
    wabz = shipped_catalogue.programme("werk-als-beste-zorg")
    school = shipped_catalogue.programme("de-harde-leerschool")
    assert wabz.kind.median_paid_work_pct < school.kind.median_paid_work_pct


def test_the_werk_als_beste_zorg_card_shows_its_own_dutch_result_and_the_median_only_as_context(
    shipped_catalogue,
):
    # Issue 10: 'the WabZ card reads "mediaan 6% vond betaald werk"'. 000 r. 278–288: +11 procentpunt
    # per jaar against +1,2 in the control group (35 and 37 people). 003 r. 184–187: 6% is the median
    # of a kind of support, mostly outside the GGZ (003 r. 112).
    wabz = shipped_catalogue.programme("werk-als-beste-zorg")

    assert wording.key_evidence(wabz).figure == "+11 procentpunt werk per jaar (controle +1,2)"
    context = wording.kind_figure(wabz.kind)
    assert context.startswith("Internationaal, bij dit soort begeleiding")
    assert context.endswith("Dat is geen resultaat van dit traject zelf.")


def test_the_order_is_said_in_one_sentence_in_both_wordings():
    # Build 6: "An order you can explain, written on the page in one sentence."
    client = wording.order_sentence(professional=False)
    professional = wording.order_sentence(professional=True)

    assert "wens" in client
    assert "in Nederland onderzocht" in client
    assert "regio" in client
    assert "Internationale cijfers per soort begeleiding tellen niet mee." in professional
