"""Which catalogue text a reader gets (programmes.languages), and the card picking per text."""

import dataclasses

import pytest
from django.utils import translation

from programmes.catalogue import ConditionData, KindData, OfferingData, OrganisationData, ProgrammeData
from programmes.languages import Localised, localised, missing_english
from triage import presenting
from triage.matching import ConditionFacts, Criterion, Match, State


@pytest.mark.parametrize(("dutch", "english", "language", "expected"), [
    ("Vraag uw behandelaar.", "Ask your therapist.", "nl", Localised("Vraag uw behandelaar.", "")),
    ("Vraag uw behandelaar.", "", "nl", Localised("Vraag uw behandelaar.", "")),
    ("Vraag uw behandelaar.", "Ask your therapist.", "en", Localised("Ask your therapist.", "")),
    ("Vraag uw behandelaar.", "", "en", Localised("Vraag uw behandelaar.", "nl")),
    ("Vraag uw behandelaar.", "  ", "en", Localised("Vraag uw behandelaar.", "nl")),
    ("", "", "en", Localised("", "")),
    ("Vraag uw behandelaar.", "Ask your therapist.", "en-gb", Localised("Ask your therapist.", "")),
    ("Vraag uw behandelaar.", "Ask your therapist.", "nl-be", Localised("Vraag uw behandelaar.", "")),
    ("Vraag uw behandelaar.", "Ask your therapist.", None, Localised("Vraag uw behandelaar.", "")),
])
def test_localised_gives_english_where_there_is_some_else_dutch_marked_nl(dutch, english, language, expected):
    assert localised(dutch, english, language) == expected


YULIUS = OrganisationData("yulius", "Yulius", "ggz")
KIND = KindData("ips", "Geïntegreerde begeleiding", name_en="Integrated support")
FULL = ProgrammeData(
    "ips", "IPS", "published", KIND, summary="U krijgt hulp.", summary_en="You get help.",
    description="Zorg en werk.", description_en="Care and work.", name_en="IPS",
    conditions=(ConditionData("Werkwens?", "Wilt u werken?", question_en="Wish to work?",
                              client_text_en="Do you want to work?"),),
    offerings=(OfferingData(YULIUS, "national", contact="Bel Yulius.", contact_en="Call Yulius."),),
)


@pytest.mark.parametrize(("programme", "expected"), [
    (FULL, ()),
    (dataclasses.replace(FULL, summary_en=""), ("samenvatting",)),
    (dataclasses.replace(FULL, how_to_apply="Bel ons."), ("aanmelden",)),
    (dataclasses.replace(FULL, kind=dataclasses.replace(KIND, name_en="")), ("soort ondersteuning",)),
    (dataclasses.replace(FULL, conditions=(
        ConditionData("Werkwens?", "Wilt u werken?", question_en="Wish?"),)),
     ("voorwaarde 1: vraag in eenvoudige taal",)),
    (dataclasses.replace(FULL, offerings=(OfferingData(YULIUS, "national", contact="Bel Yulius.",
                                                       note="Sinds 2020."),)),
     ("aanbod van Yulius: contact", "aanbod van Yulius: toelichting")),
])
def test_missing_english_names_each_dutch_text_without_english(programme, expected):
    assert missing_english(programme) == expected


def _match(programme):
    condition = ConditionFacts("Werkwens?", "Wilt u werken?", client_text_en="Do you want to work?")
    criteria = (Criterion("condition", State.CHECK, condition),)
    return Match(programme, "fit", criteria, programme.offerings[0], programme.offerings, None, None,
                 serves_wish=True, regional=False, integrated_first=False)


def test_an_english_card_takes_each_text_in_english_or_marks_its_dutch():
    half = dataclasses.replace(FULL, summary_en="", offerings=(
        OfferingData(YULIUS, "national", contact="Bel Yulius."),))
    with translation.override("en"):
        card = presenting.card(_match(half), professional=False)
    assert (card.name, card.name_lang) == ("IPS", "")
    assert (card.kind_name, card.kind_lang) == ("Integrated support", "")
    assert (card.intro, card.intro_lang) == ("U krijgt hulp.", "nl")
    assert (card.contact.text, card.contact.lang) == ("Bel Yulius.", "nl")
    assert (card.criteria[0].text, card.criteria[0].lang) == ("Do you want to work?", "")
    with translation.override("en"):
        professional = presenting.card(_match(half), professional=True)
    assert (professional.intro, professional.intro_lang) == ("Care and work.", "")
    assert (professional.criteria[0].text, professional.criteria[0].lang) == ("Werkwens?", "nl")


def test_a_dutch_card_shows_the_dutch_texts_unmarked():
    with translation.override("nl"):
        card = presenting.card(_match(FULL), professional=False)
    assert (card.intro, card.intro_lang, card.contact.text, card.contact.lang) == (
        "U krijgt hulp.", "", "Bel Yulius.", "")


def test_who_pays_is_marked_dutch_inside_the_english_sentence_and_escaped():
    from programmes.catalogue import FundingData

    funding = FundingData("bijstand", "Gemeente & <UWV>", "Participatiebudget", "Klantmanager")
    match = dataclasses.replace(_match(FULL), funding=funding)
    with translation.override("en"):
        card = presenting.card(match, professional=False)
    assert card.payer == ('<span lang="nl">Gemeente &amp; &lt;UWV&gt;</span> pays, from '
                          '<span lang="nl">Participatiebudget</span>.')
    with translation.override("nl"):
        dutch = presenting.card(match, professional=False)
    assert dutch.payer == "Gemeente & <UWV> betaalt, uit Participatiebudget."  # the template escapes it
