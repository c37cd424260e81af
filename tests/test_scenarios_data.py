"""The seed-true data fixes and the new entries from the 2020 report (issue 10, point 9), as a
klantmanager meets them in advice: each scenario runs through `triage.matching.match` on the shipped
catalogue and reads what the match carries (its programme, offering and funding row).

Sources: 000 = Evaluatie Werk als Beste Zorg (2022); 001 = Businesscase Werk als beste Zorg Twente
(2020); 002 = Monitor Voorbeeldprojecten (2014–2015); 003 = Deskresearch begeleiding naar werk (2025);
004 = Regionale samenwerking Werk & Inkomen en GGZ (2021).
"""

import pytest

from programmes import vocabulary as vocab
from tests.scenario_helpers import (
    DORDRECHT,
    ENSCHEDE,
    GRONINGEN,
    HAARLEM,
    LEIDEN,
    UTRECHT,
    WISHES,
    WITH_A_BENEFIT,
    criterion,
    epa_in_care,
    fits,
    grid,
    mental,
    mild,
    one_gemeente_per_region,
    open_questions,
    the,
)
from triage import wording
from triage.matching import match
from triage.outcome import FIT, NEAR_MISS, POSSIBLE, AvailabilityKind, OpenerKind

pytestmark = pytest.mark.django_db

# Resting only on the 2020 report (004): one rule for all — published, reported, dated.
ONLY_2020 = (
    "meer-grip-op-werk", "krachtwerk", "arbeidsgerichte-dagbesteding", "ips-cmd", "benefits-counselor",
    "ips-via-gemeente", "participatiecoach-holland-rijnland",
)


def test_werk_als_beste_zorg_carries_the_cbs_linked_figure_with_35_and_37_people(shipped_catalogue):
    # 000 r. 278–281: "Tabel 2 ... (n=35, 2520 observaties) en cliënten die reguliere begeleiding naar
    # werk ontvangen (n=37, 2565 observaties)"; r. 286–288: 1,2% and 11% per year. Not the 41 + 57
    # questionnaire respondents (000 r. 174–175).
    wabz = the(match(epa_in_care("yulius", municipality=DORDRECHT), shipped_catalogue), "werk-als-beste-zorg")

    key = wording.key_evidence(wabz.programme)
    assert key.participants == 72
    assert key.figure == "+11 procentpunt werk per jaar (controle +1,2)"
    assert "35 deelnemers en 37" in key.result
    assert "41 deelnemers" not in wabz.programme.evidence_summary


@pytest.mark.parametrize("provider", ["dimence", "mediant"])
def test_werk_als_beste_zorg_in_twente_runs_since_january_2020_with_menzis(shipped_catalogue, provider):
    # 001 r. 19: "In Twente zijn sleutelfiguren ... actief sinds januari 2020"; 001 r. 103 "sinds begin
    # 2020 11 sleutelfiguren"; 004 r. 602 "in ieder geval dertig cliënten"; Menzis paid year 1 of the
    # GGZ hours (001 r. 43) and gave a temporary contribution (004 r. 953).
    wabz = the(match(epa_in_care(provider, municipality=ENSCHEDE), shipped_catalogue), "werk-als-beste-zorg")

    assert "Twente sinds januari 2020" in wabz.programme.period
    assert "2021" not in wabz.programme.period
    assert "sinds januari 2020" in wabz.offering.note
    assert "minstens 30 cliënten" in wabz.offering.note
    assert "Menzis" in wabz.offering.note


@pytest.mark.parametrize("benefit", ["wia_wga", "wajong", "ziektewet"])
def test_in_the_drechtsteden_the_sociale_dienst_also_paid_for_uwv_clients(shipped_catalogue, benefit):
    # 000 r. 725–730: "Cliënten met een uitkering van het UWV werden ook door de SDD begeleid naar werk
    # ... de financiële lasten voor begeleiding werden door de SDD gedragen".
    answers = epa_in_care("yulius", municipality=DORDRECHT, benefit=benefit)
    if benefit == "ziektewet":
        answers["situation"] = "sick_listed"
    wabz = the(match(answers, shipped_catalogue), "werk-als-beste-zorg")

    assert wabz.funding.payer == "UWV (in de Drechtsteden: de Sociale Dienst Drechtsteden)"


def test_the_uwv_summaries_tell_a_client_which_benefits_and_not_ww(shipped_catalogue):
    # 003 r. 1337–1338: "beschikbaar voor mensen met een WIA-, WAO-, WAZ-, Wajong- of
    # Ziektewet-uitkering"; before, "als u een uitkering van het UWV hebt" (wrong for WW).
    result = match(mild(benefit="wajong", wish="paid_work_now", municipality=GRONINGEN), shipped_catalogue)

    summary = the(result, "uwv-naar-werk").programme.summary
    assert "WIA-, WAO-, WAZ-, Wajong- of Ziektewet-uitkering" in summary
    assert "uitkering van het UWV hebt" not in summary


def test_the_jobcoaching_rule_of_2015_is_a_cost_assumption_of_the_ips_projects_not_a_uwv_rule(
    shipped_catalogue,
):
    # 002 r. 3437–3445 sits under the costs of the IPS voorbeeldprojecten ("Na het starten met werk kan
    # jobcoaching worden ingezet wanneer een cliënt een arbeidscontract heeft voor minimaal 6 maanden
    # ..."); it names neither the UWV nor 2015.
    coaching = the(match(mild(situation="employed_at_risk", benefit="wajong", wish="keep_job",
                              municipality=UTRECHT), shipped_catalogue), "jobcoaching")

    assert "2015" not in coaching.programme.description
    assert "gold bij het UWV" not in coaching.programme.description
    assert "kostenberekening van de Monitor Voorbeeldprojecten" in (
        shipped_catalogue.programme("ips-noord-holland-noord").description
    )


def test_the_yulius_offering_shows_the_sources_conflict_about_the_ips_subsidy(shipped_catalogue):
    # 004 r. 868, 953: WabZ "sinds 1 september in aanmerking gekomen voor de UWV-subsidie voor IPS";
    # 000 r. 923–924: "Omdat Yulius geen IPS aanbiedt in deze regio, kan er geen gebruik worden gemaakt
    # van de IPS subsidie". Shown as a caveat, with where to ask.
    wabz = the(match(epa_in_care("yulius", municipality=DORDRECHT), shipped_catalogue), "werk-als-beste-zorg")

    assert "spreken elkaar tegen over de IPS-subsidie" in wabz.offering.note
    assert "Vraag bij het UWV of de Sociale Dienst Drechtsteden" in wabz.offering.note


@pytest.mark.parametrize(("benefit", "derived"), [("bijstand", False), ("ww", True), ("wao_waz", True)])
def test_a_funding_row_derived_from_the_fund_principle_says_so(shipped_catalogue, benefit, derived):
    # 003 r. 2125–2126: "gedragen door hetzelfde fonds waaruit ook de uitkering van de cliënt wordt
    # betaald" — a principle, not a statement about WabZ for WW or WAO/WAZ.
    wabz = the(match(epa_in_care("mediant", municipality=ENSCHEDE, benefit=benefit), shipped_catalogue),
               "werk-als-beste-zorg")

    assert wabz.funding.derived == derived
    assert wabz.funding.note.startswith("Afgeleid:") == derived


def test_every_programme_resting_only_on_the_2020_report_is_published_reported_and_never_a_plain_fit(
    shipped_catalogue,
):
    # Issue 10 point 9: "treat every programme that rests only on the 2020 source the same way (all
    # published with a dated caveat, or all concept)". 004 r. 852: the impulse ended; "Beschreven voor
    # 2020". So "past misschien" at most, wherever and whoever.
    for slug in ONLY_2020:
        programme = shipped_catalogue.programme(slug)
        assert programme.status == vocab.Status.PUBLISHED, slug
        assert {o.availability for o in programme.offerings} == {vocab.Availability.REPORTED}, slug
        assert "2020" in programme.source_caveat or "2020" in programme.period, slug
    places = one_gemeente_per_region(shipped_catalogue)
    for n, person in enumerate(grid(benefit=(*WITH_A_BENEFIT, "none"), wish=WISHES,
                                     care=("basic_ggz", "specialist_ggz"))):
        answers = mental(**person, severity="mild_moderate", municipality=places[n % len(places)])
        for found in match(answers, shipped_catalogue).matches:
            if found.programme.slug in ONLY_2020:
                assert found.fit == POSSIBLE, (answers, found.programme.slug)


def test_the_benefits_counselor_of_dock_in_holland_rijnland_is_possible_and_asks_whether_dock_works_there(
    shipped_catalogue,
):
    # 004 r. 981: "In Holland Rijnland hebben ze het concept 'Benefits Counselors' ontwikkeld ... voor
    # mensen met een GGZ achtergrond"; r. 987 "regelmatig verwijzingen uit de GGZ"; r. 989 "DOCK kan
    # alleen een klein deel daarbinnen bestrijken".
    result = match(mild(benefit="wajong", wish="explore", municipality=LEIDEN), shipped_catalogue)

    counsellor = the(result, "benefits-counselor")
    assert counsellor.fit == POSSIBLE
    assert counsellor.offering.provider.slug == "dock"
    assert counsellor.regional
    assert any("DOCK" in c.facts.question for c in counsellor.criteria if c.key == "condition")


def test_the_benefits_counselor_in_zuid_kennemerland_names_no_provider(shipped_catalogue):
    # 004 r. 604: "dertig cliënten hebben gebruik gemaakt van de benefits counselor"; no provider named.
    result = match(mild(benefit="wia_iva", wish="explore", municipality=HAARLEM), shipped_catalogue)

    counsellor = the(result, "benefits-counselor")
    assert counsellor.fit == POSSIBLE
    assert counsellor.offering.provider.slug == "regionale-samenwerking-ggz-wi"
    assert "aanbieder staat niet in de bron" in counsellor.offering.note


@pytest.mark.parametrize(("benefit", "fit"), [
    ("bijstand", POSSIBLE), ("wajong", POSSIBLE), ("none", NEAR_MISS),
])
def test_ips_bought_by_gemeenten_is_for_people_with_a_benefit_and_depends_on_the_gemeente(
    shipped_catalogue, benefit, fit
):
    # 004 r. 598: "verdeeld over drie regio's 43 IPS-trajecten ingekocht door gemeenten, met een
    # bredere doelgroep van alle uitkeringsgerechtigden voor ogen" — three regions the report does not
    # name, so anywhere "past misschien", with whether the gemeente buys it.
    answers = mild(benefit=benefit, wish="paid_work_now", municipality=GRONINGEN, age=30)
    result = match(answers, shipped_catalogue)

    bought = the(result, "ips-via-gemeente")
    assert bought.fit == fit
    assert bought.offering.provider.slug == "gemeente"
    assert criterion(bought, "availability").facts.kind == AvailabilityKind.REPORTED
    if fit == NEAR_MISS:
        assert bought.opener.kind == OpenerKind.BENEFIT_APPLICATION
    if benefit == "wajong":
        assert any("UWV-uitkering" in q for q in open_questions(bought))


def test_the_participatiecoach_route_is_possible_in_holland_rijnland_and_names_no_funding(shipped_catalogue):
    # 004 r. 605: "Holland Rijnland maakt via de cliëntorganisatie gebruik van informele trajecten. Zij
    # hebben 15 cliënten in een opleidingstrajecten geplaatst tot participatiecoach"; no funding named.
    result = match(mild(benefit="bijstand", wish="education", municipality=LEIDEN), shipped_catalogue)

    coach = the(result, "participatiecoach-holland-rijnland")
    assert coach.fit == POSSIBLE
    assert coach.funding.payer == "Niet vermeld in de bron"
    assert "participatiecoach-holland-rijnland" not in fits(
        match(mild(benefit="bijstand", wish="education", municipality=UTRECHT), shipped_catalogue)
    )


def test_werk_als_beste_zorg_and_ips_are_the_only_integrated_programmes_and_fit_where_the_sources_say(
    shipped_catalogue,
):
    # 003 r. 2235: "geen IPS, Werk als Beste Zorg of anderszins geïntegreerd aanbod"; 003 r. 810–813
    # (IPS principle 3); 000 r. 106–109 (WabZ's weekly interdisciplinary meeting).
    integrated = {p.slug for p in shipped_catalogue.programmes
                  if p.integrated_care and p.status == vocab.Status.PUBLISHED}
    assert integrated == {"ips", "werk-als-beste-zorg"}
    assert fits(match(epa_in_care("yulius", municipality=DORDRECHT), shipped_catalogue))[
        "werk-als-beste-zorg"] == FIT

