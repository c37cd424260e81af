"""Per offering: what the sources say about it being there (availability), for whom there (an
offering narrows its programme), where, and how a client gets in touch (contact, loket, web address;
never a phone number or address the sources do not give). Research: research-eligibility §2–§4,
research-sources §3, §5. Organisation descriptions lose their working notes here too.
"""

from __future__ import annotations

from fixture import Fixture
from truth_programmes import SUBSIDY_CONFLICT, T

E = "eligibility_sources"
ENDED_CONTACT = "Beëindigd; aanmelden kan niet meer."

# (programme, provider) → fields. Fields left out stay as they are.
OFFERINGS: dict[tuple[str, str], dict] = {
    ("ips", "vincent-van-gogh"): {
        "availability": "offered", "desk": "treatment",
        "contact": "Vraag uw behandelaar bij Vincent van Gogh naar IPS.",
        "note": "Vincent van Gogh werkt in de regio Midden-Limburg met IPS (website geraadpleegd april "
                "2025).",
    },
    ("ips", "ggz-noord-holland-noord"): {
        "availability": "reported", "desk": "treatment",
        "contact": "Vraag uw behandelaar bij GGZ Noord-Holland-Noord of er IPS is.",
        "note": "Bron uit 2013–2015: vraag na of GGZ Noord-Holland-Noord nog IPS aanbiedt.",
    },
    ("ips", "regionale-samenwerking-ggz-wi"): {
        "availability": "reported", "desk": "treatment",
        "contact": T("Vraag uw behandelaar bij uw GGZ-instelling of die IPS aanbiedt. De betaling regelt de",
                     "IPS-begeleider met uw klantmanager bij de gemeente of uw werkcoach bij het UWV."),
        "note": T(
            "In 2020 zetten deze regio's IPS in via de samenwerking GGZ en Werk & Inkomen. Welke",
            "GGZ-instellingen het uitvoeren, staat niet in de bron: vraag de behandelaar of de eigen "
            "instelling",
            "IPS aanbiedt. Rijk van Nijmegen had de meeste trajecten (68); de gemeente Nijmegen stelde "
            "€700.000",
            "beschikbaar voor IPS voor mensen met bijstand, tot juni 2022. In Holland Rijnland waren er 8",
            "trajecten voor mensen die tussen wal en schip vielen; in Midden-Holland gingen alle 10 "
            "deelnemers",
            "aan het werk. Het onderzoek spreekt van ‘Stedendriehoek en Noordwest Veluwe’; in de "
            "CBS-indeling",
            "2026 is dat Veluwe Stedendriehoek.",
        ),
    },
    ("werk-als-beste-zorg", "yulius"): {
        "availability": "offered", "desk": "treatment",
        "severities": ["severe"], "min_age": 18,
        E: {
            "severities": "000 r. 102–104: ernstige psychiatrische aandoening; 001 r. 31, 60",
            "min_age": "000 r. 1087: tweedelijns GGZ, volwassenenzorg",
            "benefits": "open; zonder uitkering niet genoemd voor de Drechtsteden (000 r. 1088–1089): zelf "
                        "nagaan",
        },
        "contact": T("Vertel uw behandelaar of trajectbegeleider bij Yulius dat u wilt werken. Yulius meldt "
                     "u aan",
                     "bij de Sociale Dienst Drechtsteden (Baanbrekend Drechtsteden)."),
        "note": T(
            "Met de Sociale Dienst Drechtsteden en het UWV (Baanbrekend Drechtsteden); alleen voor "
            "volwassenen",
            "met een ernstige psychiatrische aandoening die in behandeling zijn bij Yulius. Het UWV wil",
            "cliënten met een UWV-uitkering rechtstreeks bij het UWV laten aanmelden.", SUBSIDY_CONFLICT,
        ),
    },
    ("werk-als-beste-zorg", "dimence"): {
        "availability": "offered", "desk": "treatment",
        "contact": T("Vertel uw behandelaar of trajectbegeleider bij Dimence dat u wilt werken, of vraag uw",
                     "klantmanager bij de gemeente of uw werkcoach bij het UWV. Zij schakelen de "
                     "sleutelfiguur",
                     "voor Werk als Beste Zorg in."),
        "note": T("Met Mediant, Twentse gemeenten en het UWV, met sleutelfiguren; sinds januari 2020, met in",
                  "2020 minstens 30 cliënten. Ook voor lichtere problematiek en voor mensen zonder "
                  "uitkering.",
                  "Zorgverzekeraar Menzis betaalde tijdelijk mee."),
    },
    ("werk-als-beste-zorg", "mediant"): {
        "availability": "offered", "desk": "treatment",
        "contact": T("Vertel uw behandelaar of trajectbegeleider bij Mediant dat u wilt werken, of vraag uw",
                     "klantmanager bij de gemeente of uw werkcoach bij het UWV. Zij schakelen de "
                     "sleutelfiguur",
                     "voor Werk als Beste Zorg in."),
        "note": T("Met Dimence, Twentse gemeenten en het UWV, met sleutelfiguren; sinds januari 2020, met in",
                  "2020 minstens 30 cliënten. Ook voor lichtere problematiek en voor mensen zonder "
                  "uitkering.",
                  "Zorgverzekeraar Menzis betaalde tijdelijk mee."),
    },
    ("werk-als-beste-zorg", "vincent-van-gogh"): {
        "availability": "offered", "desk": "treatment",
        "contact": "Vertel uw behandelaar bij Vincent van Gogh dat u wilt werken.",
        "note": "Volgens de deskresearch (website van Vincent van Gogh, geraadpleegd april 2025).",
    },
    ("uwv-werkfit-maken", "uwv"): {
        "desk": "uwv",
        "contact": "Uw werkcoach of arbeidsdeskundige bij het UWV. Samen kiest u een re-integratiebedrijf.",
    },
    ("uwv-naar-werk", "uwv"): {
        "desk": "uwv",
        "contact": "Uw werkcoach of arbeidsdeskundige bij het UWV. Samen kiest u een re-integratiebedrijf.",
    },
    ("gemeentelijke-re-integratie", "gemeente"): {
        "desk": "gemeente",
        "contact": T("Uw klantmanager Werk en Inkomen bij de gemeente (sociale dienst, Werkplein of",
                     "werkbedrijf). Hebt u geen uitkering? Vraag de gemeente of u toch hulp kunt krijgen."),
    },
    ("dagbesteding-en-activering", "gemeente"): {
        "desk": "gemeente",
        "contact": "Het Wmo-loket of het sociaal team van uw gemeente.",
    },
    ("jobcoaching", "uwv"): {
        "desk": "uwv", "benefits": ["wajong", "wia_wga", "ziektewet"],
        E: {"benefits": "003 r. 1469–1470: Wajong of WIA/WGA vanuit het UWV; 003 r. 1786–1788: Ziektewet "
                        "op indicatie"},
        "contact": T("Uw arbeidsdeskundige of werkcoach bij het UWV (bij Wajong, WIA of instroom uit de",
                     "Ziektewet). Uw werkgever kan ook helpen."),
        "url": "https://www.uwv.nl/nl/jobcoach",
    },
    ("jobcoaching", "gemeente"): {
        "desk": "gemeente", "benefits": ["bijstand", "none"],
        E: {"benefits": "003 r. 1470–1471: zonder UWV-uitkering, veelal bijstand, doelgroep banenafspraak; "
                        "003 r. 1788–1792: soms zonder uitkering met aantoonbare beperking"},
        "contact": T("Uw klantmanager Werk en Inkomen bij de gemeente. Die kan ook nagaan of u in het",
                     "doelgroepregister banenafspraak staat."),
    },
    ("sterk-met-werk", "wsp-midden-utrecht"): {
        "desk": "gemeente",
        "contact": "Uw klantmanager Werk en Inkomen bij uw gemeente in de regio Midden-Utrecht.",
    },
    ("sterk-met-werk-of-scholing", "wsp-midden-utrecht"): {
        "desk": "gemeente",
        "contact": "Uw klantmanager Werk en Inkomen bij uw gemeente in de regio Midden-Utrecht.",
    },
    ("sterk-met-werk-of-scholing", "gemeente"): {
        "desk": "gemeente",
        "contact": "Uw klantmanager Werk en Inkomen bij uw gemeente in de regio Groot-Amsterdam.",
        "note": T("De deskresearch noemt Groot-Amsterdam; de aanbieder (het re-integratiebedrijf van de",
                  "gemeente) staat er niet bij naam."),
    },
    ("clubhuis-de-waterheuvel", "clubhuis-de-waterheuvel"): {
        "desk": "provider", "scope": "regions", "regions": [["AM18"]], "municipalities": [],
        "contact": "Clubhuis de Waterheuvel in Amsterdam.",
        "note": T("Gevestigd in Amsterdam; praktisch vooral voor inwoners van Amsterdam en omgeving. Woont u",
                  "buiten Amsterdam, vraag dan of u lid kunt worden."),
    },
    ("actief-herstel", "mediant"): {
        "desk": "treatment", "scope": "regions", "regions": [["AM05"]], "municipalities": [],
        "contact": "Uw begeleider bij de dagbesteding van Mediant (Pazzage).",
        "note": T("Voor cliënten van Mediant in de dagbesteding. Inwoners van Enschede kunnen meedoen;",
                  "anderen in Twente in overleg met de gemeente."),
    },
    ("de-harde-leerschool", "de-harde-leerschool"): {
        "desk": "provider",
        "contact": "Stichting De Harde Leerschool, of uw klantmanager bij de gemeente.",
    },
    ("participatieve-aanpak-op-de-werkplek", "werkgever"): {
        "desk": "provider",
        "contact": "Uw leidinggevende, of de bedrijfsarts of arbodienst van uw werkgever.",
    },
    ("meer-grip-op-werk", "regionale-samenwerking-ggz-wi"): {
        "availability": "reported", "desk": "treatment",
        "contact": T("Vraag uw behandelaar bij de GGZ of uw klantmanager bij de gemeente of de cursus in",
                     "Noord-Holland Noord er nog is."),
        "note": "Binnen de regionale samenwerking GGZ en Werk & Inkomen; beschreven voor 2020.",
    },
    ("krachtwerk", "regionale-samenwerking-ggz-wi"): {
        "availability": "reported", "desk": "gemeente",
        "contact": T("Vraag uw klantmanager bij de gemeente of uw behandelaar bij de GGZ of Krachtwerk in uw",
                     "regio er nog is."),
        "note": T("Beschreven voor 2020. Het onderzoek naar de regionale samenwerking spreekt van",
                  "‘Stedendriehoek en Noordwest Veluwe’; in de CBS-indeling 2026 is dat Veluwe "
                  "Stedendriehoek."),
    },
    ("arbeidsgerichte-dagbesteding", "regionale-samenwerking-ggz-wi"): {
        "availability": "reported", "desk": "gemeente",
        "contact": T("Het Wmo-loket of het werkbedrijf in Noordoost-Brabant (de intake doen Wmo en "
                     "werkbedrijf",
                     "samen), of uw behandelaar bij de GGZ."),
        "note": "Gezamenlijke afdeling van GGZ, werkbedrijf en Wmo met een jobcoach; beschreven voor 2020.",
    },
    ("ips-cmd", "regionale-samenwerking-ggz-wi"): {
        "availability": "reported", "desk": "gemeente",
        "contact": T("Vraag uw klantmanager bij de gemeente of uw werkcoach bij het UWV of IPS voor lichtere",
                     "psychische klachten in uw regio mogelijk is. Uw huisarts of praktijkondersteuner kan",
                     "meedenken."),
        "note": "In 2020 genoemd voor Midden-Holland en Holland Rijnland.",
    },
    ("exit-rotterdam", "gemeente-rotterdam"): {"availability": "reported", "contact": ENDED_CONTACT},
    ("ips-noord-holland-noord", "ggz-noord-holland-noord"): {
        "availability": "reported", "contact": f"{ENDED_CONTACT} Vraag uw behandelaar naar IPS.",
        "note": "Voorbeeldproject 2013–2015, beëindigd.",
    },
    ("de-participatieladder-waalwijk", "baanbrekers"): {"availability": "reported", "contact": ENDED_CONTACT},
    ("sterker-naar-werk-leiden", "winnock"): {"availability": "reported", "contact": ENDED_CONTACT},
    ("werken-als-medicijn-enschede", "adg-asito-dienstengroep"): {
        "availability": "not_offered", "contact": "Beëindigd; het project is nooit echt gestart.",
    },
}

# A source says it is NOT offered here (000 r. 923–924); the matcher shows it with this note.
NOT_OFFERED = {
    ("ips", "yulius"): {
        "scope": "regions", "regions": [["AM23"]], "requires_care_at_provider": True,
        "availability": "not_offered", "desk": "treatment",
        "contact": T("Yulius biedt in de Drechtsteden geen IPS aan. Vraag uw behandelaar bij Yulius naar "
                     "Werk",
                     "als Beste Zorg."),
        "note": T("Volgens het evaluatierapport van Werk als Beste Zorg (Erasmus MC, 2022) biedt Yulius in "
                  "de",
                  "Drechtsteden geen IPS aan. Yulius biedt daar wel Werk als Beste Zorg aan."),
        "last_verified": None,
    },
}

ORGANISATIONS: dict[str, str] = {
    "dimence": T("GGZ-instelling in Twente. Biedt Werk als Beste Zorg met Mediant, de Twentse gemeenten en "
                 "het",
                 "UWV, met sleutelfiguren; zorgverzekeraar Menzis betaalde tijdelijk mee."),
    "mediant": T("GGZ-instelling in Twente. Biedt Werk als Beste Zorg met Dimence, gemeenten en UWV, en het",
                 "traject Actief herstel voor cliënten in de dagbesteding."),
    "vincent-van-gogh": "GGZ-instelling in Limburg. Biedt Werk als Beste Zorg in Noord-Limburg en werkt in "
    "Midden-Limburg met IPS.",
    "tactus": T("Instelling voor verslavingszorg, genoemd in een Twentse casus bij Werk als Beste Zorg. De",
                "bronnen beschrijven geen eigen werkaanbod."),
    "wsp-midden-utrecht": T(
        "Regionaal werkgeversservicepunt van gemeenten en UWV in Midden-Utrecht. Op de website van het WSP",
        "staat informatie over Sterk met Werk en Sterk met Werk of Scholing. De trajecten zelf worden",
        "uitgevoerd door het re-integratiebedrijf van de gemeente.",
    ),
}
STAKEHOLDER = T(
    "Genoemd als geïnterviewde organisatie in het onderzoek naar de regionale samenwerking Werk & Inkomen en",
    "GGZ (2021). De bronnen beschrijven geen eigen werkaanbod van deze instelling: vraag na of zij IPS of "
    "ander",
    "aanbod naar werk heeft.",
)
STAKEHOLDERS = [
    "ggz-friesland", "lentis", "ggz-oost-brabant", "ggz-rivierduinen", "pro-persona", "ggz-centraal",
]


def apply(fixture: Fixture) -> None:
    for (programme, provider), fields in OFFERINGS.items():
        row = fixture.offering(programme, provider)
        if row is None:
            raise LookupError(f"no offering {programme} × {provider}")
        row.update(fields)
    for (programme, provider), fields in NOT_OFFERED.items():
        fixture.put("offering", {"programme": [programme], "provider": [provider]}, **fields)
    for offering in fixture.of("offering"):
        if not offering["contact"]:
            where = f"{offering['programme'][0]} × {offering['provider'][0]}"
            raise ValueError(f"offering without a contact route: {where}")
    for slug, description in ORGANISATIONS.items():
        fixture.organisation(slug)["description"] = description
    for slug in STAKEHOLDERS:
        fixture.organisation(slug)["description"] = STAKEHOLDER
