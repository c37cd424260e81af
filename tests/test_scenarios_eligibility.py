"""Eligibility as the sources state it (issue 10, builds 1, 3 and 4): an offering narrows its
programme (Werk als Beste Zorg in the Drechtsteden for EPA only, in Twente also lighter problems;
jobcoaching through the UWV or the gemeente), places as the sources say them ("in overleg",
"en omgeving" as a question), and no "voldoet niet" where no source states a limit.

Sources: 000 = Evaluatie Werk als Beste Zorg (2022); 001 = Businesscase Werk als beste Zorg Twente
(2020); 003 = Deskresearch begeleiding naar werk (2025); 004 = Regionale samenwerking Werk & Inkomen
en GGZ (2021).
"""

import pytest

from tests.scenario_helpers import (
    AMSTELVEEN,
    AMSTERDAM,
    APELDOORN,
    DEN_BOSCH,
    DEN_HELDER,
    DORDRECHT,
    ENSCHEDE,
    GRONINGEN,
    HENGELO,
    ROTTERDAM,
    UTRECHT,
    VENLO,
    WITH_A_BENEFIT,
    epa_in_care,
    fits,
    mental,
    mild,
    open_questions,
    shown,
    the,
)
from triage.matching import match
from triage.outcome import FIT, NEAR_MISS, POSSIBLE, OpenerKind

pytestmark = pytest.mark.django_db


# --- Werk als Beste Zorg: narrowed per offering ----------------------------------------------------


def test_werk_als_beste_zorg_at_yulius_is_for_epa_only(shipped_catalogue):
    # Issue 10: "Werk als Beste Zorg is fit for a Yulius client with mild complaints". 000 r. 102–104:
    # "Cliënten met een ernstige psychiatrische aandoening die in behandeling zijn ... bij Yulius";
    # 001 r. 31: Drechtsteden "beperken zich tot personen met ernstige psychische kwetsbaarheid".
    mild_at_yulius = epa_in_care("yulius", municipality=DORDRECHT, severity="mild_moderate")
    unknown_at_yulius = {**mild_at_yulius, "severity": "unknown"}

    assert "werk-als-beste-zorg" not in shown(match(mild_at_yulius, shipped_catalogue))
    found = the(match(unknown_at_yulius, shipped_catalogue), "werk-als-beste-zorg")
    assert found.fit == POSSIBLE
    assert found.offering.provider.slug == "yulius"


@pytest.mark.parametrize("provider", ["dimence", "mediant"])
def test_werk_als_beste_zorg_in_twente_also_takes_lighter_problems(shipped_catalogue, provider):
    # 001 r. 31: "In Twente richten we onze aanpak op zowel personen met zwaardere als lichtere
    # problematieken"; 001 r. 35: the GGZ part "deels bij Mediant en deels bij Dimence".
    result = match(epa_in_care(provider, municipality=HENGELO, severity="mild_moderate"), shipped_catalogue)

    wabz = the(result, "werk-als-beste-zorg")
    assert wabz.fit == FIT
    assert wabz.offering.provider.slug == provider
    # Integrated care comes first only for EPA in care (003 r. 262–266): not for lighter problems.
    assert not wabz.integrated_first


def test_werk_als_beste_zorg_in_twente_is_for_people_without_a_benefit_and_in_the_drechtsteden_asks(
    shipped_catalogue,
):
    # 001 r. 27: of the 100 Twente trajecten "10 personen géén uitkering (NUG)". 000 r. 1088–1089:
    # the Drechtsteden name clients "van de Sociale Dienst Drechtsteden (SDD) of het UWV" only: a
    # question for the Sociale Dienst, not a "voldoet niet".
    twente = match(epa_in_care("mediant", municipality=ENSCHEDE, benefit="none"), shipped_catalogue)
    drechtsteden = match(epa_in_care("yulius", municipality=DORDRECHT, benefit="none"), shipped_catalogue)

    assert fits(twente)["werk-als-beste-zorg"] == FIT
    at_yulius = the(drechtsteden, "werk-als-beste-zorg")
    assert at_yulius.fit == POSSIBLE
    assert any("Sociale Dienst Drechtsteden" in q for q in open_questions(at_yulius))


def test_the_age_limit_of_werk_als_beste_zorg_belongs_to_yulius_adult_care_only(shipped_catalogue):
    # 000 r. 1087: "Yulius (tweedelijns GGZ, volwassenenzorg)"; Twente states no age (001).
    seventeen_at_yulius = match(epa_in_care("yulius", municipality=DORDRECHT, age=17), shipped_catalogue)
    seventeen_at_mediant = match(epa_in_care("mediant", municipality=ENSCHEDE, age=17), shipped_catalogue)

    near = the(seventeen_at_yulius, "werk-als-beste-zorg")
    assert near.fit == NEAR_MISS
    assert near.opener.kind == OpenerKind.AGE
    assert near.opener.age == 18
    assert fits(seventeen_at_mediant)["werk-als-beste-zorg"] == FIT


@pytest.mark.parametrize(("provider", "place"), [("mediant", DORDRECHT), ("yulius", ENSCHEDE),
                                                 ("other", VENLO), ("dimence", VENLO)])
def test_werk_als_beste_zorg_is_only_for_clients_of_the_four_institutions_where_each_offers_it(
    shipped_catalogue, provider, place
):
    # 003 r. 1428–1429: "beschikbaar voor mensen die in behandeling zijn bij Dimence, Mediant, Yulius
    # of Vincent van Gogh in de regio Noord-Limburg": a closed list, each in its own region.
    result = match(epa_in_care(provider, municipality=place), shipped_catalogue)

    assert "werk-als-beste-zorg" not in shown(result)


# --- Jobcoaching: per offering ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("benefit", "provider", "fit"),
    [
        # 003 r. 1469–1470: "Mensen die een Wajong of WIA/WGA ontvangen vanuit het UWV".
        ("wajong", "uwv", FIT),
        ("wia_wga", "uwv", FIT),
        # 003 r. 1786–1788: "Mensen die vanuit ZW instromen op indicatie".
        ("ziektewet", "uwv", POSSIBLE),
        # 003 r. 1470–1471: "mensen met een beperking zonder UWV-uitkering, veelal in de bijstand, die
        # tot de doelgroep banenafspraak behoren" (the register is a check question).
        ("bijstand", "gemeente", FIT),
        # 003 r. 1788–1792: "Soms mensen zonder uitkering met aantoonbare beperking".
        ("none", "gemeente", POSSIBLE),
    ],
)
def test_jobcoaching_goes_through_the_uwv_or_the_gemeente_by_benefit(
    shipped_catalogue, benefit, provider, fit
):
    result = match(mild(situation="employed_at_risk", benefit=benefit, wish="keep_job", municipality=UTRECHT),
                   shipped_catalogue)

    coaching = the(result, "jobcoaching")
    assert coaching.fit == fit
    assert coaching.offering.provider.slug == provider
    assert [o.provider.slug for o in coaching.offerings] == [provider]


@pytest.mark.parametrize("benefit", ["ww", "wia_iva", "wao_waz"])
def test_jobcoaching_is_not_for_the_benefits_the_stated_list_leaves_out(shipped_catalogue, benefit):
    # 003 r. 1469–1471 and the Dutch overview r. 1786–1792: a defining list (Wajong, WIA/WGA, ZW op
    # indicatie, banenafspraak, soms zonder uitkering); nothing opens it (no benefit switch).
    result = match(mild(situation="employed_at_risk", benefit=benefit, wish="keep_job", municipality=UTRECHT),
                   shipped_catalogue)

    assert "jobcoaching" not in shown(result)


def test_jobcoaching_for_a_job_seeker_asks_whether_a_job_is_in_sight(shipped_catalogue):
    # 003 r. 1472–1473 "Een jobcoach helpt iemand met bij het uitvoeren van werk in een reguliere
    # functie"; 000 r. 111 "Job coaching kan worden ingezet na plaatsing van een cliënt bij een werkgever".
    result = match(mild(benefit="wajong", wish="paid_work_now", municipality=UTRECHT), shipped_catalogue)

    coaching = the(result, "jobcoaching")
    assert coaching.fit == POSSIBLE
    assert "Heeft de persoon een baan of begint hij of zij binnenkort?" in open_questions(coaching)


# --- The UWV's services -----------------------------------------------------------------------------


@pytest.mark.parametrize(("benefit", "shown_to_them"), [
    ("wia_wga", True), ("wia_iva", True), ("wajong", True), ("ziektewet", True), ("wao_waz", True),
    ("ww", False), ("bijstand", False),
])
def test_werkfit_and_naar_werk_are_for_the_five_uwv_benefits_the_source_names(
    shipped_catalogue, benefit, shown_to_them
):
    # 003 r. 1337–1338: "beschikbaar voor mensen met een WIA-, WAO-, WAZ-, Wajong- of
    # Ziektewet-uitkering": not WW, not bijstand, and nobody is told to switch benefit.
    for wish, slug in (("paid_work_now", "uwv-naar-werk"), ("explore", "uwv-werkfit-maken")):
        result = match(mild(benefit=benefit, wish=wish, municipality=GRONINGEN), shipped_catalogue)
        assert (slug in shown(result)) == shown_to_them, (benefit, slug)
        if shown_to_them:
            assert fits(result)[slug] == FIT


# --- Places as the sources say ------------------------------------------------------------------------


@pytest.mark.parametrize(("place", "benefit", "expected", "question"), [
    (ENSCHEDE, "bijstand", FIT, None),
    # 003 r. 1519–1521: "beschikbaar voor inwoners van Enschede en ook mogelijk voor mensen buiten
    # Enschede of met een UWV-uitkering, in overleg met de gemeente".
    (HENGELO, "bijstand", POSSIBLE, "Woont de persoon buiten Enschede?"),
    (ENSCHEDE, "wajong", POSSIBLE, "Heeft de persoon een uitkering van het UWV?"),
])
def test_actief_herstel_is_for_enschede_and_in_overleg_outside_it_or_with_a_uwv_benefit(
    shipped_catalogue, place, benefit, expected, question
):
    result = match(epa_in_care("mediant", municipality=place, benefit=benefit, wish="explore"),
                   shipped_catalogue)

    herstel = the(result, "actief-herstel")
    assert herstel.fit == expected
    questions = open_questions(herstel)
    if question is None:
        assert questions == []
    else:
        assert len(questions) == 1
        assert questions[0].startswith(question)
        assert "in overleg met de gemeente" in questions[0]


@pytest.mark.parametrize(("provider", "place"), [("mediant", ROTTERDAM), ("other", ENSCHEDE)])
def test_actief_herstel_stays_with_mediant_in_twente(shipped_catalogue, provider, place):
    # 003 r. 1517–1518, 1922–1924: "mensen die in behandeling zijn bij Mediant en daar werken bij de
    # dagbesteding"; Twente in the Dutch overview (003 r. 1824).
    assert "actief-herstel" not in shown(match(epa_in_care(provider, municipality=place, wish="explore"),
                                               shipped_catalogue))


@pytest.mark.parametrize(("place", "expected"), [(AMSTERDAM, FIT), (AMSTELVEEN, POSSIBLE), (ROTTERDAM, None)])
def test_clubhuis_de_waterheuvel_is_for_amsterdam_en_omgeving(shipped_catalogue, place, expected):
    # 003 r. 1920–1922: "Nederland kent slecht één Clubhuis, dat gevestigd is in Amsterdam en waar
    # praktisch gezien voornamelijk gebruik van zal worden gemaakt door inwoners van Amsterdam en
    # omgeving": outside Amsterdam (in Groot Amsterdam) a question, further away not at all.
    result = match(epa_in_care("other", municipality=place, wish="daytime_activity"), shipped_catalogue)

    assert fits(result).get("clubhuis-de-waterheuvel") == expected
    if expected == POSSIBLE:
        assert any(q.startswith("Woont de persoon buiten Amsterdam?")
                   for q in open_questions(the(result, "clubhuis-de-waterheuvel")))


@pytest.mark.parametrize("benefit", [*WITH_A_BENEFIT, "none"])
def test_clubhuis_de_waterheuvel_is_there_whatever_benefit_someone_has(shipped_catalogue, benefit):
    # 003 r. 1917–1919: "beschikbaar ongeacht het al dan niet ontvangen van een uitkering".
    result = match(mental(care="none", severity="unknown", benefit=benefit, wish="confidence",
                          municipality=AMSTERDAM), shipped_catalogue)

    assert fits(result)["clubhuis-de-waterheuvel"] == FIT


# --- Only stated eligibility --------------------------------------------------------------------------


def test_sterk_met_werk_of_scholing_takes_a_wajong_pupil_as_possible_not_voldoet_niet(shipped_catalogue):
    # Issue 10: "Sterk met Werk of Scholing has no benefit condition in the source and names PRO-VSO
    # pupils (003 r. 1455–1464), yet a Wajong pupil is refused". 003 r. 1460: "Ook PRO-VSO scholieren
    # en vroegtijdige schoolverlaters kunnen een traject volgen".
    result = match(mild(situation="in_education", benefit="wajong", wish="education", municipality=UTRECHT,
                        age=19), shipped_catalogue)

    youth = the(result, "sterk-met-werk-of-scholing")
    assert youth.fit == POSSIBLE
    assert any("Wajong" in q for q in open_questions(youth))


def test_sterk_met_werk_27_plus_stays_with_the_gemeentes_benefit(shipped_catalogue):
    # 003 r. 1438–1441: "werkzoekenden van 27 jaar en ouder met psychische klachten, die onder de
    # verantwoordelijkheid van de gemeente vallen voor re-integratie en inkomensondersteuning".
    with_ww = match(mild(benefit="ww", wish="paid_work_now", municipality=UTRECHT, age=30), shipped_catalogue)
    on_bijstand = match(mild(benefit="bijstand", wish="paid_work_now", municipality=UTRECHT, age=30),
                        shipped_catalogue)

    assert "sterk-met-werk" not in shown(with_ww)
    assert fits(on_bijstand)["sterk-met-werk"] == FIT


@pytest.mark.parametrize(("slug", "place", "wish", "benefit", "situation"), [
    # Issue 10: "Meer grip op Werk and Krachtwerk exclude WW and Ziektewet with no text behind it".
    # 004 r. 603: "cliënten een groepscursus van 8 sessies, waarin zij begeleid worden door een
    # GGZ-professional": no benefit named (nor a work situation). The old lists came from a sentence
    # about collaboration level 5 (004 r. 209) and another region's original group (004 r. 1131).
    ("meer-grip-op-werk", DEN_HELDER, "confidence", "ww", "job_seeking"),
    ("meer-grip-op-werk", DEN_HELDER, "confidence", "ziektewet", "sick_listed"),
    # 004 r. 606: "plaatst cliënten via IPS, maar ook via intensieve jobcoaching en Krachtwerk".
    ("krachtwerk", APELDOORN, "explore", "ww", "job_seeking"),
    ("krachtwerk", APELDOORN, "explore", "ziektewet", "job_seeking"),
])
def test_meer_grip_op_werk_and_krachtwerk_no_longer_refuse_ww_or_ziektewet(
    shipped_catalogue, slug, place, wish, benefit, situation
):
    answers = mild(benefit=benefit, situation=situation, wish=wish, municipality=place)
    result = match(answers, shipped_catalogue)

    # Described for 2020 only: "past misschien" at most, and nothing not met.
    assert fits(result)[slug] == POSSIBLE


@pytest.mark.parametrize("benefit", ["none", "ww", "wia_iva"])
def test_arbeidsgerichte_dagbesteding_follows_its_widened_target_group(shipped_catalogue, benefit):
    # Issue 10: 004 r. 1131 "Noordoost-Brabant had aanvankelijk cliënten ... van de Participatiewet
    # en/of ... een arbeidsongeschiktheidsuitkering ... Nu zetten zij in op zowel cliënten met EPA en
    # CMD en ook mensen in de WMO dagbesteding"; r. 1124: "ook WMO dagbesteding bij getrokken".
    result = match(mild(care="none", benefit=benefit, wish="daytime_activity", municipality=DEN_BOSCH),
                   shipped_catalogue)

    assert fits(result)["arbeidsgerichte-dagbesteding"] == POSSIBLE


def test_de_harde_leerschool_names_examples_not_a_benefit_rule(shipped_catalogue):
    # 003 r. 1552–1555: "Het gaat in de praktijk om mensen met een Wajong- of een participatiewet
    # uitkering, ... niet uitkeringsgerechtigden ...": examples. A WIA person is possible with the
    # funding question (003 r. 2190–2192 names gemeentelijke en justitiële budgetten and fondsen).
    result = match(mild(benefit="wia_wga", wish="confidence", municipality=UTRECHT), shipped_catalogue)

    school = the(result, "de-harde-leerschool")
    assert school.fit == POSSIBLE
    assert any("UWV" in q for q in open_questions(school))
