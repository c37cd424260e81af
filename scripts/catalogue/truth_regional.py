"""Programmes that rest only on the report of January 2021 (the situation in 2020), and the ended
pilot projects of 2013–2015. One rule for the first group (research-sources §4.5): published, every
offering `reported`, a dated caveat."""

from __future__ import annotations

from truth_programmes import DATED_2020, E, T

REGIONAL: dict[str, dict] = {
    "meer-grip-op-werk": {
        "situations": [], "benefits": [],
        E: {
            "concerns": "004 r. 340, 696: mensen met een psychische kwetsbaarheid (NHN breder dan EPA)",
            "situations": "open: de bron noemt geen werksituatie (004 r. 603)",
            "benefits": "open: de oude lijst kwam uit 004 r. 209 (samenwerkingsniveau 5) en r. 1131 "
            "(Noordoost-Brabant); geen van beide gaat over deze cursus",
            "wishes": "004 r. 603: groepscursus, inhoud niet beschreven (redactioneel)",
        },
        "dutch_evidence": "none",
        "description": T(
            "Groepscursus van 8 sessies onder begeleiding van een GGZ-professional, ingezet binnen de "
            "regionale",
            "samenwerking GGZ en Werk & Inkomen in Noord-Holland Noord; 15 trajecten tot en met 2020. De "
            "regio",
            "richt zich op mensen met een psychische kwetsbaarheid in het algemeen, niet alleen op mensen "
            "met een",
            "ernstige psychiatrische aandoening. De inhoud van de cursus beschrijft de bron niet.",
        ),
        "evidence_summary": T("Er is geen onderzoek naar de resultaten. In Noord-Holland Noord zijn tot en "
                              "met",
                              "2020 15 trajecten gegeven."),
        "source_caveat": T(DATED_2020, "Inhoud, duur en toegangseisen van de cursus staan niet in de bron."),
        "conditions": [
            ("Wordt Meer grip op Werk in Noord-Holland Noord nog gegeven, en voor wie? Vraag het de "
             "gemeente, "
             "het UWV of de GGZ-instelling.",
             "Vraag uw klantmanager of behandelaar of deze cursus er nog "
             "is.", "regionale-samenwerking-ggz-wi"),
        ],
    },
    "krachtwerk": {
        "benefits": [],
        E: {
            "concerns": "004 r. 340: mensen met een psychische aandoening",
            "situations": "004 r. 606: ‘plaatst cliënten via … Krachtwerk’: werkzoekenden",
            "benefits": "open: de oude lijst kwam uit 004 r. 209 en r. 1131, niet over Krachtwerk",
            "wishes": "004 r. 606: herstelgerichte methodiek (Strengths model) (redactioneel)",
        },
        "dutch_evidence": "none",
        "evidence_summary": T(
            "Er is geen onderzoek naar Krachtwerk zelf. In de regio ging 25% van de cliënten uit 131 "
            "trajecten",
            "naar werk, maar dat cijfer geldt voor IPS, intensieve jobcoaching en Krachtwerk samen.",
        ),
        "source_caveat": T(
            DATED_2020, "Inhoud, duur en toegangseisen staan niet in de bron. Het cijfer 25% geldt voor alle",
            "trajecten in de regio samen, niet voor Krachtwerk alleen.",
        ),
        "conditions": [
            ("Wordt Krachtwerk in de regio nog aangeboden, en door wie?",
             "Vraag uw klantmanager of behandelaar of Krachtwerk er nog "
             "is.", "regionale-samenwerking-ggz-wi"),
        ],
    },
    "arbeidsgerichte-dagbesteding": {
        "benefits": [],
        E: {
            "concerns": "004 r. 1131: cliënten met een psychische beperking, nu EPA en CMD",
            "care": "open: ‘alle mensen die vanuit GGZ naar werk willen’ (004 r. 627) en Wmo-dagbesteding "
            "(004 r. 1131)",
            "situations": "004 r. 627, 1131: naar werk willen, geen werk verrichten",
            "benefits": "open: de doelgroep is verbreed naar EPA, CMD en Wmo-dagbesteding (004 r. 1124, "
                        "1131); "
            "de oude lijst was de oorspronkelijke doelgroep",
            "wishes": "004 r. 627–631: dagbesteding met uitstroom naar werk (redactioneel)",
        },
        "dutch_evidence": "impact",
        "evidence_summary": T(
            "Van de cliënten in de dagbesteding (EPA en CMD) ging 62% binnen een jaar aan het werk (27 "
            "cliënten);",
            "in Schijndel 11 van de 22 cliënten van beschermd wonen (opgave van de projectleider, 2020).",
        ),
        "source_caveat": T(
            DATED_2020, "Dagbesteding wordt volgens de deskresearch uit de Wmo betaald. ‘62% (dit gaat over "
                        "27",
            "cliënten)’ is onduidelijk: 27 deelnemers of 27 mensen die aan het werk gingen. Het cijfer is "
            "een",
            "opgave van de projectleider, zonder vergelijkingsgroep.",
        ),
        "conditions": [
            ("Wil de persoon vanuit de GGZ of de dagbesteding naar werk, en loopt de arbeidsgerichte "
             "dagbesteding in Noordoost-Brabant nog?",
             "Wilt u vanuit de dagbesteding naar werk? Vraag of deze aanpak er nog is.",
             "regionale-samenwerking-ggz-wi"),
        ],
    },
    "ips-cmd": {
        "status": "published", "benefits": [],
        E: {
            "concerns": "004 r. 1173: mildere psychische problematiek (CMD)",
            "care": "003 r. 1032–1033, 361–363: vaak bij basis-GGZ of huisarts",
            "severities": "003 r. 334–366; 004 r. 1173: CMD",
            "situations": "003 r. 1046–1047: terug naar werk na uitval",
            "benefits": "open: 2019 gemeentelijke klanten en door het UWV ingekocht (004 r. 600); geen bron "
            "sluit mensen zonder uitkering uit",
            "wishes": "redactioneel: betaald werk of terug naar werk",
        },
        "dutch_evidence": "none",
        "source_caveat": T(
            DATED_2020, "Het Nederlandse aanbod kennen we alleen uit de rijkssubsidie van 2019 en de "
                        "situatie in",
            "2020. De deskresearch vraagt zich af of aangepaste vormen nog ‘IPS’ mogen heten. De duur van 9",
            "maanden tot 2 jaar komt uit buitenlandse studies, niet uit Nederlandse bronnen.",
        ),
        "conditions": [
            ("Wordt IPS-CMD in de regio van de persoon aangeboden, en is er budget (gemeente of UWV)?",
             "Vraag uw klantmanager of behandelaar of IPS-CMD in uw regio mogelijk is.",
             "regionale-samenwerking-ggz-wi"),
            ("Geen uitkering? Vraag de gemeente of zij IPS-CMD betaalt.",
             "Hebt u geen uitkering? Vraag dan bij uw gemeente of die dit voor u kan betalen.", None),
        ],
    },
    # Ended pilots: never recommended; only the flags and the re-attributed jobcoaching assumption.
    "vip-amsterdam": {"integrated_care": True, "dutch_evidence": "controlled"},
    "ips-noord-holland-noord": {"integrated_care": True, "dutch_evidence": "controlled"},
    "exit-rotterdam": {"integrated_care": True, "dutch_evidence": "controlled"},
    "de-participatieladder-waalwijk": {"dutch_evidence": "none"},
    "sterker-naar-werk-leiden": {"dutch_evidence": "none"},
    "werken-als-medicijn-enschede": {"dutch_evidence": "none"},
}

# Seed 002 r. 3437–3445 is a cost assumption of the IPS pilots, not a UWV rule for jobcoaching.
JOBCOACHING_ASSUMPTION = T(
    "In de kostenberekening van de Monitor Voorbeeldprojecten werd jobcoaching na plaatsing ingezet bij een",
    "contract van minstens 6 maanden en 12 uur per week: maximaal 15% van de contracturen in jaar 1, 7,5% in",
    "jaar 2 en 6% in jaar 3, tegen ongeveer €92 per uur.",
)
