"""Texts in both voices (issue 11 point 5): the advice is worded in "u" for someone who fills it in
for themselves and about "de cliënt" for someone who does it for another person.

An offering's contact is written to the client ("Vertel uw behandelaar …"); here each gets the
same route worded about the client, with nothing added that the client text does not say. Texts
that are read in both voices (organisation names, notes) lose their "u".
"""

from __future__ import annotations

from fixture import Fixture
from truth_programmes import T

VIA_WABZ = "Zij schakelen de sleutelfiguur voor Werk als Beste Zorg in."

# (programme, provider) → the contact as someone reads it who fills this in for a client.
CONTACTS_PROFESSIONAL: dict[tuple[str, str], str] = {
    ("actief-herstel", "mediant"): "De begeleider bij de dagbesteding van Mediant (Pazzage).",
    ("arbeidsgerichte-dagbesteding", "regionale-samenwerking-ggz-wi"): T(
        "Het Wmo-loket of het werkbedrijf in Noordoost-Brabant (de intake doen Wmo en werkbedrijf samen),",
        "of de behandelaar bij de GGZ."),
    ("benefits-counselor", "dock"): T(
        "Via de behandelaar bij de GGZ of de klantmanager bij de gemeente; of bij de sociaal raadslieden",
        "van DOCK."),
    ("benefits-counselor", "regionale-samenwerking-ggz-wi"):
        "De klantmanager bij de gemeente: vraag naar de benefits counselor.",
    ("dagbesteding-en-activering", "gemeente"):
        "Het Wmo-loket of het sociaal team van de gemeente waar de cliënt woont.",
    ("ips-noord-holland-noord", "ggz-noord-holland-noord"):
        "Beëindigd; aanmelden kan niet meer. Vraag de behandelaar naar IPS.",
    ("ips-via-gemeente", "gemeente"): "De klantmanager Werk en Inkomen bij de gemeente.",
    ("ips-cmd", "regionale-samenwerking-ggz-wi"): T(
        "Vraag de klantmanager bij de gemeente of de werkcoach bij het UWV of IPS voor lichtere",
        "psychische klachten in de regio mogelijk is. De huisarts of praktijkondersteuner kan meedenken."),
    ("ips", "ggz-noord-holland-noord"): "Vraag de behandelaar bij GGZ Noord-Holland-Noord of er IPS is.",
    ("ips", "regionale-samenwerking-ggz-wi"): T(
        "Vraag de behandelaar bij de GGZ-instelling van de cliënt of die IPS aanbiedt. De betaling regelt",
        "de IPS-begeleider met de klantmanager bij de gemeente of de werkcoach bij het UWV."),
    ("ips", "vincent-van-gogh"): "Vraag de behandelaar bij Vincent van Gogh naar IPS.",
    ("ips", "yulius"): T(
        "Yulius biedt in de Drechtsteden geen IPS aan. Vraag de behandelaar bij Yulius naar Werk als",
        "Beste Zorg."),
    ("jobcoaching", "uwv"): T(
        "De arbeidsdeskundige of werkcoach bij het UWV (bij Wajong, WIA of instroom uit de Ziektewet).",
        "De werkgever kan ook helpen."),
    ("jobcoaching", "gemeente"): T(
        "De klantmanager Werk en Inkomen bij de gemeente. Die kan ook nagaan of de cliënt in het",
        "doelgroepregister banenafspraak staat."),
    ("krachtwerk", "regionale-samenwerking-ggz-wi"): T(
        "Vraag de klantmanager bij de gemeente of de behandelaar bij de GGZ of Krachtwerk in de regio er",
        "nog is."),
    ("meer-grip-op-werk", "regionale-samenwerking-ggz-wi"): T(
        "Vraag de behandelaar bij de GGZ of de klantmanager bij de gemeente of de cursus in Noord-Holland",
        "Noord er nog is."),
    ("uwv-naar-werk", "uwv"): T(
        "De werkcoach of arbeidsdeskundige bij het UWV. Die kiest samen met de cliënt een",
        "re-integratiebedrijf."),
    ("uwv-werkfit-maken", "uwv"): T(
        "De werkcoach of arbeidsdeskundige bij het UWV. Die kiest samen met de cliënt een",
        "re-integratiebedrijf."),
    ("participatiecoach-holland-rijnland", "regionale-samenwerking-ggz-wi"):
        "Vraag de klantmanager bij de gemeente of de behandelaar bij de GGZ.",
    ("participatieve-aanpak-op-de-werkplek", "werkgever"):
        "De leidinggevende, of de bedrijfsarts of arbodienst van de werkgever.",
    ("de-harde-leerschool", "de-harde-leerschool"):
        "Stichting De Harde Leerschool, of de klantmanager bij de gemeente.",
    ("gemeentelijke-re-integratie", "gemeente"): T(
        "De klantmanager Werk en Inkomen bij de gemeente (sociale dienst, Werkplein of werkbedrijf).",
        "Zonder uitkering: vraag de gemeente of de cliënt toch hulp kan krijgen."),
    ("sterk-met-werk", "wsp-midden-utrecht"):
        "De klantmanager Werk en Inkomen bij de gemeente in de regio Midden-Utrecht.",
    ("sterk-met-werk-of-scholing", "wsp-midden-utrecht"):
        "De klantmanager Werk en Inkomen bij de gemeente in de regio Midden-Utrecht.",
    ("sterk-met-werk-of-scholing", "gemeente"):
        "De klantmanager Werk en Inkomen bij de gemeente in de regio Groot-Amsterdam.",
    ("werk-als-beste-zorg", "dimence"): T(
        "Via de behandelaar of trajectbegeleider bij Dimence, de klantmanager bij de gemeente of de",
        "werkcoach bij het UWV.", VIA_WABZ),
    ("werk-als-beste-zorg", "mediant"): T(
        "Via de behandelaar of trajectbegeleider bij Mediant, de klantmanager bij de gemeente of de",
        "werkcoach bij het UWV.", VIA_WABZ),
    ("werk-als-beste-zorg", "vincent-van-gogh"):
        "Via de behandelaar bij Vincent van Gogh: bespreek dat de cliënt wil werken.",
    ("werk-als-beste-zorg", "yulius"): T(
        "Via de behandelaar of trajectbegeleider bij Yulius. Yulius meldt de cliënt aan bij de Sociale",
        "Dienst Drechtsteden (Baanbrekend Drechtsteden)."),
}

# Read in both voices: said without "u".
ORGANISATION_NAMES = {"gemeente": "De gemeente", "werkgever": "De werkgever"}
NOTES = {
    ("clubhuis-de-waterheuvel", "clubhuis-de-waterheuvel"): T(
        "Gevestigd in Amsterdam; praktisch vooral voor inwoners van Amsterdam en omgeving. Wie buiten",
        "Amsterdam woont, kan vragen om lid te worden."),
    ("ips-via-gemeente", "gemeente"): T(
        "Niet overal: het hangt af van de gemeente. In 2020 in drie regio's, die de bron niet noemt."),
}


def apply(fixture: Fixture) -> None:
    for (programme, provider), text in CONTACTS_PROFESSIONAL.items():
        row = fixture.offering(programme, provider)
        if row is None:
            raise LookupError(f"no offering {programme} × {provider}")
        row["contact_professional"] = text
    for (programme, provider), text in NOTES.items():
        fixture.offering(programme, provider)["note"] = text
    for slug, name in ORGANISATION_NAMES.items():
        fixture.organisation(slug)["name"] = name
