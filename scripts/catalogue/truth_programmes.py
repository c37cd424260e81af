"""Per programme: eligibility as the sources state it (with the source of each limit, admin only),
integrated care, Dutch evidence, institutions, status, the texts that change, and the "zelf nagaan"
questions. Research: scratch research-eligibility §1, §5, §6; research-sources §2.6, §3, §4.5.
"""

from __future__ import annotations

from fixture import Fixture


def T(*sentences: str) -> str:
    return " ".join(sentences)


# The professional caveat for everything that rests only on the report of January 2021.
DATED_2020 = T(
    "Deze informatie komt alleen uit het onderzoek naar de regionale samenwerking Werk & Inkomen en GGZ",
    "(januari 2021) en beschrijft de situatie in 2020. De extra financiering van de ministeries stopte eind",
    "2020; in een deel van de regio's liep de samenwerking daarna het risico op te drogen. Ga na of dit "
    "aanbod",
    "nog bestaat voordat u iemand aanmeldt.",
)
SUBSIDY_CONFLICT = T(
    "De bronnen spreken elkaar tegen over de IPS-subsidie van het UWV. Volgens het onderzoek naar de",
    "regionale samenwerking Werk & Inkomen en GGZ (januari 2021) komt Werk als Beste Zorg sinds 1 september",
    "2020 in aanmerking voor de UWV-subsidie voor IPS. Volgens het evaluatierapport van Erasmus MC (2022) "
    "kon",
    "de IPS-subsidie in de Drechtsteden juist niet worden gebruikt, omdat Yulius daar geen IPS aanbiedt.",
    "Vraag bij het UWV of de Sociale Dienst Drechtsteden na hoe het nu zit.",
)

E = "eligibility_sources"

PROGRAMMES: dict[str, dict] = {
    "ips": {
        "situations": ["job_seeking", "in_education", "sick_listed"],
        E: {
            "concerns": "003 r. 748, 803–804: ‘langdurige’ psychische problemen; ernstige psychische "
                        "aandoening",
            "care": "003 r. 748–751, 886–887: minstens 1 jaar in zorg of begeleiding bij ggz of beschermd "
                    "wonen",
            "severities": "003 r. 302–305, 803–806: ernstige psychische aandoening, ongeacht diagnose of "
                          "ernst",
            "situations": "003 r. 798, 803–808: iedere werkzoekende; ziek uit dienst telt als werkzoekend "
            "(afgeleid; de eigen Ziektewet-financiering, 003 r. 2126–2128, veronderstelt dit)",
            "benefits": "003 r. 803: niemand wordt uitgesloten (open)",
            "wishes": "003 r. 798–801: regulier werk of opleiding is het doel (redactioneel)",
        },
        "integrated_care": True, "dutch_evidence": "controlled", "offered_by_institutions": True,
        "duration": T("Zo lang als nodig. In de kostenberekening van de Monitor Voorbeeldprojecten "
                      "(2014–2015)",
                      "is met een traject van 3 jaar gerekend."),
        "source_caveat": T(
            "De deskresearch beschrijft de situatie in 2024–2025, de Monitor Voorbeeldprojecten 2013–2015 en "
            "het",
            "onderzoek naar de regionale samenwerking de situatie in 2020. IPS wordt aangeboden door",
            "GGZ-instellingen, niet overal: deze catalogus noemt alleen de instellingen die een bron noemt.",
            "Welke GGZ-instellingen nu IPS aanbieden en hoe gemeenten het betalen, kan veranderd zijn. "
            "Volgens",
            "het evaluatierapport van Werk als Beste Zorg (2022) biedt Yulius in de Drechtsteden geen IPS "
            "aan.",
            "De bronnen noemen geen erkenningsniveau uit de Databank Effectieve Interventies; daarom staat "
            "het op",
            "‘niet beoordeeld’. Het cijfer 48,8% komt uit een internationale meta-analyse die de "
            "deskresearch",
            "aanhaalt, niet uit Nederlands onderzoek.",
        ),
        "conditions": [
            ("Is de persoon minstens een jaar in zorg of begeleiding bij een GGZ-organisatie of beschermd "
             "wonen?",
             "Krijgt u al minstens een jaar zorg of begeleiding van de GGZ of van beschermd wonen?", None),
            ("Wil de persoon een gewone betaalde baan of een reguliere opleiding (geen dagbesteding of "
             "beschut "
             "werk)?", "Wilt u werken in een gewone baan of een gewone opleiding doen?", None),
            ("Geen uitkering? Dan hangt het van de gemeente af of die IPS betaalt. Vraag het de gemeente.",
             "Hebt u geen uitkering? Vraag dan bij uw gemeente of die IPS voor u kan betalen.", None),
            ("Biedt de GGZ-instelling van de persoon IPS aan? In 2020 werd IPS in deze regio ingezet; de "
             "bron "
             "noemt niet welke instelling het uitvoerde.",
             "Vraag uw behandelaar of uw GGZ-instelling IPS aanbiedt.", "regionale-samenwerking-ggz-wi"),
            ("Biedt GGZ Noord-Holland-Noord nog IPS aan? De bron is uit 2013–2015.",
             "Vraag uw behandelaar bij GGZ Noord-Holland-Noord of daar nog IPS "
             "is.", "ggz-noord-holland-noord"),
        ],
    },
    "werk-als-beste-zorg": {
        "min_age": None,
        E: {
            "concerns": "000 r. 99–100: mensen met psychische problemen of beperkingen; 001 r. 17",
            "care": "003 r. 1428–1429: in behandeling bij Dimence, Mediant, Yulius of Vincent van Gogh; "
            "000 r. 1087",
            "severities": "open: Drechtsteden alleen EPA (000 r. 102–104), Twente ook lichter (001 r. 31); "
            "de beperking staat bij het aanbod van Yulius",
            "situations": "000 r. 4, 99: snelle begeleiding naar werk; 001 r. 147: casus in de Ziektewet",
            "benefits": "open: 000 r. 1088–1089 (SDD- en UWV-cliënten), 001 r. 27 (ook zonder uitkering)",
            "wishes": "003 r. 1430–1434: betaald werk, eventueel eerst een proefplaats (redactioneel)",
            "min_age": "geen: ‘volwassenenzorg’ geldt alleen voor Yulius (000 r. 1087), zie het aanbod",
        },
        "integrated_care": True, "dutch_evidence": "controlled",
        "period": "Drechtsteden sinds 2017; Twente sinds januari 2020",
        "description": T(
            "Integrale aanpak voor snelle begeleiding naar werk van mensen met psychische problemen die in",
            "behandeling zijn bij de GGZ. Centraal staan actieve matching van cliënt en werkgever en "
            "wekelijks",
            "interdisciplinair overleg tussen de bemiddelaar van gemeente of UWV en de GGZ-trajectbegeleider "
            "uit",
            "het F-ACT-team. De bemiddelaar houdt de regie van intake tot begeleiding op het werk; een",
            "werkervaringsplaats of proefplaatsing kan voorafgaan; na plaatsing kan een jobcoach met",
            "GGZ-expertise worden ingezet en volgt gerichte training het werk. Regionale varianten: "
            "Drechtsteden",
            "(sinds 2017; Yulius met de Sociale Dienst Drechtsteden en het UWV in Baanbrekend Drechtsteden, "
            "met",
            "zorgverzekeraar VGZ; alleen voor volwassenen met een ernstige psychiatrische aandoening), "
            "Twente",
            "(sinds januari 2020; Dimence en Mediant met Twentse gemeenten en het UWV, met sleutelfiguren;",
            "zwaardere én lichtere problematiek, ook mensen zonder uitkering; zorgverzekeraar Menzis "
            "betaalde",
            "tijdelijk mee) en Noord-Limburg (Vincent van Gogh). Volgens de deskresearch zijn de aanbieders",
            "GGZ-instelling, gemeenten, UWV en zelfregiecentrum.",
        ),
        "duration": T("Geen vaste duur. De kosten zijn geraamd over 3 jaar; een traject geldt als succesvol "
                      "bij",
                      "minstens 12 maanden werk."),
        "intensity": "Wekelijks casuïstiekoverleg; zo nodig een jobcoach enkele uren per week",
        "evidence_summary": T(
            "Quasi-experimenteel onderzoek van Erasmus MC (2022) in de Drechtsteden, met CBS-gegevens over "
            "werk",
            "van 35 deelnemers en 37 mensen met reguliere begeleiding: na de start steeg de "
            "arbeidsparticipatie",
            "met 11 procentpunt per jaar, tegen 1,2 procentpunt per jaar in de controlegroep. Rond 44% van "
            "de",
            "trajecten wordt succesvol afgerond. De kosten-batenanalyse geeft over 4 jaar een kleine "
            "positieve",
            "opbrengst voor uitkeringsinstantie en cliënt.",
        ),
        "source_caveat": T(
            "Het effectonderzoek is klein en heeft weinig statistische kracht. Voor Noord-Limburg steunt de",
            "deskresearch op een website die in 2025 is geraadpleegd. In de Drechtsteden is de aanpak alleen "
            "voor",
            "mensen met een ernstige psychiatrische aandoening in de volwassenenzorg; Twente neemt ook "
            "mensen met",
            "lichtere problemen en mensen zonder uitkering. Voor de andere regio's noemen de bronnen geen",
            "leeftijd. Mensen met WW, WAO of WAZ komen in de bronnen niet voor; wie dan betaalt, is afgeleid "
            "uit",
            "de regel dat het fonds dat de uitkering betaalt ook de re-integratie betaalt. De bronnen noemen "
            "geen",
            "erkenningsniveau. Niet alle cijfers in de Twentse businesscase kloppen met elkaar (bijvoorbeeld",
            "netto-opbrengst €550.000 in de tekst tegenover €884.000 uit de tabel).",
            SUBSIDY_CONFLICT,
        ),
        "conditions": [
            ("Is de persoon gemotiveerd om te werken?", "Wilt u graag werken?", None),
            ("Heeft de persoon (beperkte) arbeidsmogelijkheden, zodat bemiddeling naar werk kan starten?",
             "Kunt u (een paar uur) werken, als u daarbij hulp krijgt?", None),
            ("Geen uitkering? De bronnen noemen voor de Drechtsteden alleen cliënten van de Sociale Dienst "
             "en "
             "het UWV. Vraag de Sociale Dienst Drechtsteden of Werk als Beste Zorg dan mogelijk is.",
             "Hebt u geen uitkering? Vraag dan aan uw behandelaar of dit toch kan.", "yulius"),
        ],
    },
    "uwv-werkfit-maken": {
        E: {
            "concerns": "003 r. 1336–1337: mensen met een arbeidsbeperking, ook psychisch",
            "situations": "003 r. 1338, 1343–1344: nog niet klaar voor werk, wel perspectief; Ziektewet",
            "benefits": "003 r. 1337–1338, 1625–1629: WIA, WAO, WAZ, Wajong of Ziektewet (geen WW)",
            "wishes": "003 r. 1347–1357: werkfit worden (redactioneel)",
        },
        "dutch_evidence": "impact",
        "summary": T(
            "Bent u nog niet klaar om te werken, maar wilt u dat wel? Bij Werkfit maken helpt een",
            "re-integratiebedrijf u om sterker te worden. U werkt aan uw vaardigheden en ontdekt welk werk "
            "bij u",
            "past. Het UWV betaalt dit als u een WIA-, WAO-, WAZ-, Wajong- of Ziektewet-uitkering hebt.",
        ),
        "conditions": [
            ("Ziet het UWV perspectief op werk, terwijl de persoon nog niet direct klaar is voor werk?",
             "Denkt het UWV dat u later kunt werken, maar nu nog niet?", None),
        ],
    },
    "uwv-naar-werk": {
        E: {
            "concerns": "003 r. 1336–1337: mensen met een arbeidsbeperking, ook psychisch",
            "situations": "003 r. 1338, 1364–1365: klaar voor een betaalde baan; Ziektewet",
            "benefits": "003 r. 1337–1338, 1647–1649: WIA, WAO, WAZ, Wajong of Ziektewet (geen WW)",
            "wishes": "003 r. 1364–1365: klaar voor een betaalde baan",
        },
        "dutch_evidence": "impact",
        "summary": T(
            "Bent u klaar voor een betaalde baan? Bij Naar werk helpt een re-integratiebedrijf u met zoeken "
            "en",
            "solliciteren. U krijgt ook hulp als u net begint met werken. Het UWV betaalt dit als u een "
            "WIA-,",
            "WAO-, WAZ-, Wajong- of Ziektewet-uitkering hebt.",
        ),
        "conditions": [
            ("Is de persoon volgens het UWV toegerust om het werk te hervatten?",
             "Denkt het UWV dat u nu kunt gaan werken?", None),
        ],
    },
    "gemeentelijke-re-integratie": {
        "situations": ["job_seeking", "employed_at_risk"],
        # "behouden" (r. 1375–1376) is the wish to keep a job: with employed_at_risk open, a person who
        # wants to keep the job must not be told to want something else to get it.
        "wishes": ["paid_work_now", "explore", "skills", "confidence", "education", "keep_job"],
        E: {
            "situations": "003 r. 1375–1376: ondersteuning bij het vinden en behouden van werk",
            "benefits": "003 r. 1373–1377, 1728–1734: bijstand; in sommige gemeenten ook zonder uitkering",
            "wishes": "003 r. 1379–1380, 1733–1735: van activering tot begeleiding naar werk; r. 1375–1376: "
                      "ook het behouden van werk (redactioneel)",
        },
        "dutch_evidence": "impact",
    },
    "dagbesteding-en-activering": {
        "situations": [],
        E: {
            "situations": "open: de bron noemt geen werksituatie (003 r. 1380–1381)",
            "benefits": "003 r. 2140–2142: Wmo-budget, los van de uitkering (open)",
            "wishes": "003 r. 1380–1381: sociale activering, dagbesteding, vrijwilligerswerk (redactioneel)",
        },
        "dutch_evidence": "none",
        "description": T(
            "Gemeenten zetten algemene trajecten in zoals sociale activering, dagbesteding en "
            "vrijwilligerswerk.",
            "Dagbesteding en soms activering worden bekostigd uit het Wmo-budget. In sommige regio's is de",
            "dagbesteding op werk gericht en kunnen mensen terug als werken even niet lukt (zie "
            "Arbeidsgerichte",
            "dagbesteding en Actief herstel).",
        ),
        "evidence_summary": T(
            "Er is geen onderzoek naar de werkresultaten van dagbesteding. Ter vergelijking: van wie in 2019",
            "startte met een re-integratie- of participatievoorziening van de gemeente (niet alleen "
            "dagbesteding),",
            "werkte na vier jaar 39% zonder bijstand; bij de start was dat 18%.",
        ),
    },
    "jobcoaching": {
        E: {
            "concerns": "003 r. 1466–1467: arbeidsbeperking, ook door een psychische aandoening",
            "situations": "003 r. 1466–1473, 1915–1916; 000 r. 111: begeleiding op de werkplek, bij een baan "
            "of een baan in zicht; zoekend alleen met de vraag of er een baan is",
            "benefits": "003 r. 1469–1471, 1786–1792: UWV (Wajong, WIA-WGA, Ziektewet op indicatie) of "
            "gemeente (doelgroep banenafspraak, veelal bijstand; soms zonder uitkering); verdeeld per aanbod",
            "wishes": "003 r. 1466–1468: vinden en behouden van betaald werk",
        },
        "dutch_evidence": "impact",
        "description": T(
            "Persoonlijke begeleiding op de werkvloer voor mensen met een arbeidsbeperking (ook door een",
            "psychische aandoening of kwetsbaarheid), gericht op het vinden en behouden van betaald werk in "
            "een",
            "reguliere functie. Individuele voorziening, toegekend door het UWV (Wajong, WIA/WGA; instroom "
            "vanuit",
            "de Ziektewet op indicatie) of door de gemeente (mensen met een arbeidsbeperking, veelal in de",
            "bijstand, in de doelgroep banenafspraak; soms zonder uitkering met een aantoonbare beperking).",
            "Uitvoering door een externe jobcoach van een erkende organisatie of een interne jobcoach bij de",
            "werkgever; erkende jobcoaches zijn in het hele land beschikbaar. Hulp bij inwerken, "
            "vaardigheden,",
            "omgang met collega's en structureren van taken, afgestemd op werknemer én werkplek. Tijdelijk:",
            "meestal maximaal drie jaar vanuit het UWV, variabel vanuit gemeenten.",
        ),
        "source_caveat": T("De deskresearch (2025) vat de onderzoeken samen via een website van OVAL; de",
                           "onderliggende studies en hun opzet worden niet genoemd."),
        "conditions": [
            ("Heeft de persoon een baan of begint hij of zij binnenkort?",
             "Hebt u werk, of begint u binnenkort met werk?", None),
            ("Ziektewet: het UWV beslist of een jobcoach nodig is (op indicatie).",
             "Komt u uit de Ziektewet? Dan beslist het UWV of u een jobcoach krijgt.", "uwv"),
            ("Staat de persoon in het doelgroepregister banenafspraak?",
             "Staat u in het doelgroepregister banenafspraak? Uw klantmanager kan dat nagaan.", "gemeente"),
            ("Geen uitkering? Heeft de persoon een aantoonbare beperking? Sommige gemeenten betalen dan ook "
             "zonder uitkering een jobcoach.",
             "Hebt u geen uitkering? Vraag dan bij uw gemeente of u toch een jobcoach kunt "
             "krijgen.", "gemeente"),
        ],
    },
}


# Texts whose cleaned form still reads badly, written out.
TEXTS: dict[str, dict[str, str]] = {
    "vip-amsterdam": {"duration": "3 jaar (kostenberekening in de Monitor Voorbeeldprojecten)"},
    "ips-noord-holland-noord": {"duration": "3 jaar (kostenberekening in de Monitor Voorbeeldprojecten)"},
}


def apply(fixture: Fixture) -> None:
    from truth_projects import PROJECTS
    from truth_regional import JOBCOACHING_ASSUMPTION, REGIONAL

    for slug, settings in {**PROGRAMMES, **PROJECTS, **REGIONAL}.items():
        row = fixture.programme(slug)
        settings = dict(settings)
        conditions = settings.pop("conditions", None)
        for field, value in settings.items():
            if field not in row:
                raise KeyError(f"{slug}: unknown field {field}")
            row[field] = value
        if conditions is not None:
            fixture.set_conditions(slug, conditions)
    for slug, texts in TEXTS.items():
        fixture.programme(slug).update(texts)
    for slug in ("vip-amsterdam", "ips-noord-holland-noord"):
        row = fixture.programme(slug)
        if JOBCOACHING_ASSUMPTION not in row["description"]:
            row["description"] = f"{row['description']} {JOBCOACHING_ASSUMPTION}"
