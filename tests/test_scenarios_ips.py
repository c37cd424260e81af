"""IPS where it really is (issue 10, "IPS disappears"; build 2): offered where a source confirms the
institution offers it, "past misschien" at the person's own institution when the catalogue has no
word on it, "hier niet aangeboden" where a source says so, and "gemeld" where only the 2020 report
or the 2013–2015 monitor names it. Each scenario runs on the shipped catalogue through
`triage.matching.match`; the seed and lines are in the comment.

Sources: 003 = Deskresearch begeleiding naar werk (2025); 000 = Evaluatie Werk als Beste Zorg (2022);
002 = Monitor Voorbeeldprojecten (2014–2015); 004 = Regionale samenwerking Werk & Inkomen en GGZ (2021).
"""

import pytest

from tests.scenario_helpers import (
    AMSTERDAM,
    DEN_HELDER,
    DORDRECHT,
    ENSCHEDE,
    GRONINGEN,
    LEIDEN,
    NIJMEGEN,
    ROERMOND,
    ROTTERDAM,
    UTRECHT,
    VENLO,
    criterion,
    epa_in_care,
    fits,
    mental,
    mild,
    not_offered,
    open_questions,
    order,
    shown,
    the,
)
from triage import wording
from triage.matching import match
from triage.outcome import CHECK, FIT, MET, NOT_MET, POSSIBLE, UNKNOWN, AvailabilityKind

pytestmark = pytest.mark.django_db


def availability(found) -> AvailabilityKind:
    return criterion(found, "availability").facts.kind


def test_vincent_van_gogh_client_in_midden_limburg_gets_ips_as_a_plain_fit_at_his_own_institution(
    shipped_catalogue,
):
    # 003 r. 1429–1430: "Vincent van Gogh werkt in de regio Midden-Limburg met IPS" (website 2025).
    result = match(epa_in_care("vincent-van-gogh", municipality=ROERMOND), shipped_catalogue)

    ips = the(result, "ips")
    assert ips.fit == FIT
    assert ips.offering.provider.slug == "vincent-van-gogh"
    assert availability(ips) == AvailabilityKind.OFFERED
    assert criterion(ips, "care_provider").state == MET
    assert ips.integrated_first
    assert ips.regional
    assert order(result)[0] == "ips"


@pytest.mark.parametrize("place", [GRONINGEN, UTRECHT, AMSTERDAM, DORDRECHT, ROTTERDAM])
def test_ips_never_disappears_for_a_person_with_epa_in_care_at_another_institution(shipped_catalogue, place):
    # Issue 10 "IPS disappears": 003 r. 803–808 "Niemand wordt uitgesloten: Iedere werkzoekende met een
    # ernstige psychische aandoening ... kan aan een IPS-traject deelnemen"; 003 r. 2232–2233 "De
    # beschikbaarheid van dit aanbod hangt af van de GGZ-instelling waar iemand in behandeling is".
    # With care_provider=other the catalogue cannot know: "past misschien", ask the behandelaar.
    result = match(epa_in_care("other", municipality=place), shipped_catalogue)

    ips = the(result, "ips")
    assert ips.fit == POSSIBLE
    assert ips.offering is None
    assert availability(ips) == AvailabilityKind.ASK_INSTITUTION
    client = wording.criterion_text(criterion(ips, "availability"), ips.programme, professional=False)
    assert client == (
        "Biedt uw GGZ-instelling IPS – Individuele Plaatsing en Steun aan? Vraag het uw behandelaar."
    )
    assert "ips" not in not_offered(result)


def test_vincent_van_gogh_client_in_noord_limburg_is_asked_whether_his_institution_offers_ips(
    shipped_catalogue,
):
    # 003 r. 1428–1430 names VvG for WabZ in Noord-Limburg and for IPS in Midden-Limburg only: no
    # source says whether VvG offers IPS in Noord-Limburg, so the own-institution question names VvG.
    result = match(epa_in_care("vincent-van-gogh", municipality=VENLO), shipped_catalogue)

    ips = the(result, "ips")
    assert ips.fit == POSSIBLE
    assert ips.offering is None
    facts = criterion(ips, "availability").facts
    assert facts.kind == AvailabilityKind.ASK_INSTITUTION
    assert facts.provider == "Vincent van Gogh"
    professional = wording.criterion_text(criterion(ips, "availability"), ips.programme, professional=True)
    assert "niet overal" in professional
    assert "Vincent van Gogh" in professional


def test_yulius_in_drechtsteden_is_shown_as_not_offering_ips_with_the_reason_in_both_wordings(
    shipped_catalogue,
):
    # 000 r. 923–924: "Omdat Yulius geen IPS aanbiedt in deze regio, kan er geen gebruik worden gemaakt
    # van de IPS subsidie." Build 2: shown as not offered here, per source, so a klantmanager sees why.
    result = match(epa_in_care("yulius", municipality=DORDRECHT), shipped_catalogue)

    ips = not_offered(result)["ips"]
    assert ips.offering.provider.slug == "yulius"
    assert availability(ips) == AvailabilityKind.NOT_OFFERED
    for professional in (False, True):
        said = criterion(ips, "availability")
        line = wording.criterion_text(said, ips.programme, professional=professional)
        assert "Yulius" in line
        assert "geen IPS" in line
    # What Yulius does offer there is the fit: Werk als Beste Zorg (000 r. 99–104).
    assert order(result)[0] == "werk-als-beste-zorg"


def test_a_yulius_client_outside_drechtsteden_is_asked_about_ips_not_told_it_is_not_offered(
    shipped_catalogue,
):
    # 000 r. 923: "in deze regio", the Drechtsteden. Elsewhere the sources have no word on Yulius and
    # IPS, so the person's own institution is asked (003 r. 2232–2233).
    result = match(epa_in_care("yulius", municipality=ROTTERDAM), shipped_catalogue)

    ips = the(result, "ips")
    assert ips.fit == POSSIBLE
    assert availability(ips) == AvailabilityKind.ASK_INSTITUTION
    assert criterion(ips, "availability").facts.provider == "Yulius"
    assert "ips" not in not_offered(result)


@pytest.mark.parametrize("place", [NIJMEGEN, LEIDEN])
def test_in_a_2020_ips_region_ips_is_reported_possible_and_asks_for_the_institution(shipped_catalogue, place):
    # 004 r. 581 "veertien regio's die vanuit de samenwerking IPS trajecten inzetten voor cliënten met
    # EPA"; r. 591 (68 in Rijk van Nijmegen), r. 696 (8 in Holland Rijnland). The report never names
    # the institution, and "In de meeste andere regio's wordt er met één GGZ-instelling samengewerkt"
    # (004 r. 1147): at most "past misschien", with the institution to be asked.
    result = match(epa_in_care("other", municipality=place), shipped_catalogue)

    ips = the(result, "ips")
    assert ips.fit == POSSIBLE
    assert ips.offering.provider.slug == "regionale-samenwerking-ggz-wi"
    assert ips.regional
    assert availability(ips) == AvailabilityKind.REPORTED
    assert criterion(ips, "availability").state == UNKNOWN
    assert any(c.state == CHECK and "GGZ-instelling van de persoon IPS" in c.facts.question
               for c in ips.criteria)


def test_a_ggz_noord_holland_noord_client_is_asked_whether_it_still_offers_ips(shipped_catalogue):
    # 002 r. 536–542: IPS GGZ NHN for "Bewoners uit Noord Holland Noord die langdurige psychiatrische
    # zorg ontvangen van GGZ NHN", a voorbeeldproject of 2013–2015: reported, never a plain fit.
    result = match(epa_in_care("ggz-noord-holland-noord", municipality=DEN_HELDER, benefit="wajong"),
                   shipped_catalogue)

    ips = the(result, "ips")
    assert ips.fit == POSSIBLE
    assert ips.offering.provider.slug == "ggz-noord-holland-noord"
    assert availability(ips) == AvailabilityKind.REPORTED
    assert "2013–2015" in criterion(ips, "availability").facts.note


def test_ips_is_for_someone_sick_listed_and_paid_from_the_awf_on_the_ziektewet(shipped_catalogue):
    # Issue 10: "IPS refuses sick_listed although its own funding rows cover the Ziektewet". 003 r.
    # 803–804 "Iedere werkzoekende"; someone ziek uit dienst is werkzoekend. 003 r. 2126–2128: "Zo
    # betaalt het UWV begeleidingstrajecten naar werk voor mensen met een WW- of ziektewetuitkering
    # uit het Algemeen Werkloosheidsfonds (AWf)" (a derived row: the source does not say it of IPS).
    result = match(epa_in_care("vincent-van-gogh", municipality=ROERMOND, situation="sick_listed",
                               benefit="ziektewet"), shipped_catalogue)

    ips = the(result, "ips")
    assert ips.fit == FIT
    assert ips.funding.payer == "UWV"
    assert "Algemeen Werkloosheidsfonds" in ips.funding.budget
    assert ips.funding.derived


def test_ips_is_not_for_someone_who_has_a_job_and_wants_to_keep_it(shipped_catalogue):
    # 003 r. 803–804: the target group is "werkzoekende[n]"; nothing opens that (no opener).
    result = match(epa_in_care("vincent-van-gogh", municipality=ROERMOND, situation="employed_at_risk",
                               wish="keep_job"), shipped_catalogue)

    assert "ips" not in shown(result)
    assert "ips" not in not_offered(result)


def test_ips_is_for_education_too(shipped_catalogue):
    # 003 r. 798: "Regulier werk of opleiding is het doel".
    result = match(epa_in_care("vincent-van-gogh", municipality=ROERMOND, situation="in_education",
                               wish="education", age=22), shipped_catalogue)

    assert fits(result)["ips"] == FIT


@pytest.mark.parametrize(("severity", "expected"), [("mild_moderate", None), ("unknown", POSSIBLE)])
def test_ips_needs_severe_problems_and_an_unknown_severity_is_never_a_no(
    shipped_catalogue, severity, expected
):
    # 003 r. 800–806: "ernstige psychische aandoening"; DESIGN "Matching": "weet niet" is unknown.
    result = match(epa_in_care("vincent-van-gogh", municipality=ROERMOND, severity=severity),
                   shipped_catalogue)

    assert fits(result).get("ips") == expected
    if expected is None:
        assert "ips" not in shown(result)


def test_ips_without_a_benefit_asks_whether_the_gemeente_pays(shipped_catalogue):
    # 002 r. 1346–1348: "wanneer een cliënt geen uitkering ontvangt, kan de GGZ professionals de
    # werk-gerelateerde activiteiten niet financieren"; 003 r. 2228–2229 "hangt ... af van de gemeente".
    result = match(epa_in_care("vincent-van-gogh", municipality=ROERMOND, benefit="none"), shipped_catalogue)

    ips = the(result, "ips")
    assert ips.fit == POSSIBLE
    assert any("gemeente" in q for q in open_questions(ips))
    assert "niet-uitkeringsgerechtigden" in ips.funding.payer


def test_ips_for_someone_in_beschermd_wonen_is_possible_at_the_own_institution(shipped_catalogue):
    # 003 r. 748–751: "minimaal 1 jaar in zorg of begeleiding ... bij een ggz-organisatie of beschermd
    # wonen". No institution answered: ask whether it offers IPS.
    result = match(mental(care="protected_living", severity="severe", benefit="wajong",
                          wish="paid_work_now", municipality=UTRECHT), shipped_catalogue)

    ips = the(result, "ips")
    assert ips.fit == POSSIBLE
    assert ips.integrated_first


def test_without_an_answer_about_the_institution_ips_at_vincent_van_gogh_is_possible(shipped_catalogue):
    # 003 r. 1429–1430 (VvG, Midden-Limburg). Not knowing the institution is unknown, not "no".
    answers = epa_in_care("vincent-van-gogh", municipality=ROERMOND)
    del answers["care_provider"]
    result = match(answers, shipped_catalogue)

    ips = the(result, "ips")
    assert ips.fit == POSSIBLE
    assert criterion(ips, "care_provider").state == UNKNOWN


def test_ips_is_shown_beside_the_integrated_offer_of_the_own_institution_in_twente(shipped_catalogue):
    # 003 r. 1428–1429: WabZ at Dimence and Mediant; no source on IPS at either: WabZ is the fit and
    # IPS is asked about, never "not offered".
    result = match(epa_in_care("dimence", municipality=ENSCHEDE), shipped_catalogue)

    assert fits(result)["werk-als-beste-zorg"] == FIT
    assert fits(result)["ips"] == POSSIBLE
    assert criterion(the(result, "ips"), "availability").facts.provider == "Dimence"


def test_mild_complaints_in_basic_care_never_get_ips_for_epa_but_may_get_ips_cmd_where_reported(
    shipped_catalogue,
):
    # 003 r. 1032–1033 (IPS-CMD: "Zitten vaak bij basis ggz of huisarts"); 004 r. 696, 1130 (Holland
    # Rijnland, Midden-Holland). IPS itself is for EPA (003 r. 803–806).
    result = match(mild(benefit="bijstand", wish="paid_work_now", municipality=LEIDEN), shipped_catalogue)

    assert "ips" not in shown(result)
    assert fits(result)["ips-cmd"] == POSSIBLE
    assert criterion(the(result, "ips-cmd"), "availability").facts.kind == AvailabilityKind.REPORTED


def test_not_offered_is_decided_on_availability_alone(shipped_catalogue):
    # Build 2: "not offered here, per source" only when everything else fits; a Yulius client with
    # mild complaints is outside IPS's target group (003 r. 803–806), so it is not listed as not offered.
    result = match(epa_in_care("yulius", municipality=DORDRECHT, severity="mild_moderate"), shipped_catalogue)

    assert "ips" not in not_offered(result)
    assert "ips" not in shown(result)
    for found in result.not_offered:
        assert [c.key for c in found.criteria if c.state == NOT_MET] == ["availability"]
