import pytest
from django.utils import translation

from programmes.catalogue import (
    EvidenceData,
    FundingData,
    KindData,
    OfferingData,
    OrganisationData,
    ProgrammeData,
)
from triage import presenting, wording
from triage.matching import (
    AgeFacts,
    ChoiceFacts,
    ConditionFacts,
    Criterion,
    Match,
    Opener,
    OpenerKind,
    State,
)

YULIUS = OrganisationData("yulius", "Yulius", "ggz")
PROGRAMME = ProgrammeData(
    "wabz",
    "Werk als Beste Zorg",
    "published",
    KindData(
        "breed", "Uitgewerkte brede vorm", median_paid_work_pct=6.0, paid_work_range="4–55%", studies_count=5
    ),
    summary="U krijgt hulp.",
    description="Geïntegreerde zorg en re-integratie.",
    how_to_apply="Vraag uw behandelaar.",
    how_to_refer="Verwijs via de trajectbegeleider.",
    recognition_level="well_described",
    funding=(FundingData("bijstand", "Gemeente", "Participatiebudget", "Klantmanager", "Participatiewet"),),
    evidence=(
        EvidenceData(
            "Meer werk",
            "Evaluatie Werk als Beste Zorg",
            figure="+11 pp",
            design="quasi-experimenteel",
            participants=98,
            year=2022,
            is_key=True,
        ),
    ),
)
BIJSTAND = Opener(OpenerKind.BENEFIT_APPLICATION, values=frozenset({"bijstand"}))
CRITERIA = (
    Criterion("concern", State.MET, ChoiceFacts("mental", frozenset({"mental"}))),
    Criterion("age", State.MET, AgeFacts(None, None, 40), open_to_all=True),
    Criterion("benefit", State.NOT_MET, ChoiceFacts("ww", frozenset({"bijstand"})), opener=BIJSTAND),
    Criterion("condition", State.CHECK, ConditionFacts("Werkwens?", "Wilt u werken?")),
)


def match(fit="fit", funding=PROGRAMME.funding[0]):
    offering = OfferingData(
        YULIUS, "regions", frozenset({"AM07"}), requires_care_at_provider=True, contact="Bel"
    )
    return Match(PROGRAMME, fit, CRITERIA, offering, (offering,), funding, None, True, True, False)


def test_card_for_a_client_uses_client_words_and_hides_open_criteria():
    card = presenting.card(match(), professional=False)
    assert (card.fit_icon, card.fit_word, card.why_heading) == ("✓", "Past", "Waarom dit past")
    assert card.intro == "U krijgt hulp."
    assert card.client_words == ""
    assert [line.text for line in card.criteria] == [
        "U gaf aan: psychische klachten of een psychische aandoening. "
        "Dit traject is voor: psychische klachten of een psychische aandoening.",
        "Uw uitkering: WW. Dit traject is voor deze uitkering: bijstand (gemeente, Participatiewet).",
        "Wilt u werken?",
    ]
    assert card.criteria[1].opener == "Recht op bijstand? Vraag die aan bij de gemeente."
    assert card.open_titles == "leeftijd"
    line = card.offerings[0]
    assert (line.details, line.contact, line.lang) == (" – alleen voor cliënten van Yulius", "Bel", "")
    assert card.funding_line == "Gemeente betaalt, uit Participatiebudget. Aanvragen: Klantmanager."
    assert card.apply_text == "Vraag uw behandelaar."
    assert card.key_evidence.study == (
        "(quasi-experimenteel, N = 98, 2022; bron: Evaluatie Werk als Beste Zorg)"
    )
    # Context for the kind of support, never this programme's own result (issue 10).
    assert card.kind_figure.startswith("Internationaal, bij dit soort begeleiding (uitgewerkte brede vorm)")
    assert card.kind_figure.endswith("Dat is geen resultaat van dit traject zelf.")


def test_card_for_a_professional_uses_professional_words_and_legal_basis():
    card = presenting.card(match(), professional=True)
    assert card.intro == "Geïntegreerde zorg en re-integratie."
    assert card.client_words == "U krijgt hulp."
    assert card.criteria[0].text == (
        "Doelgroep: traject voor Psychische klachten of een psychische aandoening. "
        "Cliënt: Psychische klachten of een psychische aandoening."
    )
    assert card.criteria[2].text == "Werkwens?"
    assert card.funding_line.endswith("Grondslag: Participatiewet.")
    assert card.apply_text == "Verwijs via de trajectbegeleider."


@pytest.mark.parametrize(
    ("fit", "icon", "heading"),
    [
        ("possible", "?", "Waarom wel of niet"),
        ("near_miss", "→", "Waarom wel of niet"),
    ],
)
def test_other_fits_have_their_own_icon_and_heading(fit, icon, heading):
    card = presenting.card(match(fit=fit), professional=False)
    assert (card.fit_icon, card.why_heading) == (icon, heading)


def test_without_this_persons_funding_row_every_route_is_listed():
    card = presenting.card(match(funding=None), professional=False)
    assert card.funding_line == ""
    assert card.funding_rows == ("Bijstand (gemeente, Participatiewet): Gemeente (Participatiebudget)",)


@pytest.mark.parametrize(("value", "text"), [(48.8, "48,8%"), (6.0, "6%"), (31.4, "31,4%")])
def test_percentages_are_written_the_dutch_way(value, text):
    assert wording.percent(value) == text


@pytest.mark.parametrize(("value", "text"), [(48.8, "48.8%"), (6.0, "6%"), (31.4, "31.4%")])
def test_percentages_are_written_the_english_way_in_english(value, text):
    with translation.override("en"):
        assert wording.percent(value) == text
