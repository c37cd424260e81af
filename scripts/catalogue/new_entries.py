"""What the report of January 2021 describes and the catalogue lacked (issue 10 point 9; research-
sources §4): benefits counsellors (DOCK in Holland Rijnland; also Zuid-Kennemerland en IJmond), IPS
that gemeenten buy for their benefit recipients, and the participatiecoach route in Holland Rijnland.
All rest (mainly) on the 2020 report, so they follow the same rule as the other 2020 programmes:
published, offerings `reported`, a dated caveat. Nothing here was invented: no phone numbers, no
web addresses the sources do not give."""

from __future__ import annotations

from fixture import Fixture
from truth_money import LAW
from truth_programmes import DATED_2020, E, T

ALL_BENEFITS = ["bijstand", "ww", "wia_wga", "wia_iva", "wajong", "ziektewet", "wao_waz", "none"]

KIND = {
    "slug": "work-and-income-support", "name": "Ondersteuning rond werk en inkomen",
    "description": T(
        "Goede, begrijpelijke informatie over wat betaald werk betekent voor inkomen, uitkering, toeslagen "
        "en",
        "regelingen. Bij IPS hoort dit tot de basisprincipes; soms wordt het apart georganiseerd, buiten de",
        "trajectbegeleider om.",
    ),
    "figures_note": "Geen cijfers uit het internationale overzicht; het is geen begeleiding naar werk op "
                    "zich.",
    "provenance": "003 r. 393–394, 822–825", "order": 13,
}
DOCK = {
    "slug": "dock", "name": "DOCK (sociaal raadslieden)", "kind": "other", "website": "",
    "description": T(
        "Organisatie met sociaal raadslieden in een deel van Holland Rijnland. Leidde raadslieden op tot",
        "benefits counselor voor mensen met een GGZ-achtergrond die (weer) gaan werken.",
    ),
}

PROGRAMMES = [
    {
        "slug": "benefits-counselor", "name": "Benefits counselor: advies over geld en regels bij (meer) "
                                              "werken",
        "kind": ["work-and-income-support"], "status": "published",
        "concerns": ["mental"],
        E: {
            "concerns": "004 r. 981: mensen met een GGZ-achtergrond; 004 r. 1141: ook zonder behandeling",
            "care": "open: eerst via de GGZ (004 r. 981, 987), verbreed naar mensen zonder behandeling (r. "
                    "1141)",
            "situations": "open: ‘die ontwikkelingen in arbeidsparticipatie (gaan) doormaken’ (004 r. 981)",
        },
        "summary": T(
            "Gaat u werken of meer uren werken? Dan kan er veel veranderen aan uw geld: uw uitkering, "
            "toeslagen,",
            "belasting en regelingen voor mensen met een laag inkomen. Een benefits counselor legt uit wat "
            "dat",
            "voor u betekent. Zo weet u vooraf waar u aan toe bent. Dit was er in 2020 in een deel van de "
            "regio",
            "Holland Rijnland, bij de sociaal raadslieden van DOCK, en in Zuid-Kennemerland en IJmond.",
        ),
        "description": T(
            "Sociaal raadslieden die speciaal zijn geschoold in regels en voorzieningen op juridisch en "
            "financieel",
            "gebied voor mensen met een GGZ-achtergrond die (weer) gaan werken. Zij geven, in afstemming met "
            "de",
            "GGZ, zo breed mogelijk financieel advies, bijvoorbeeld over belastingen en over het gebruik van",
            "minimavoorzieningen zodra iemand gaat werken. Ontwikkeld in Holland Rijnland; DOCK schoolde ook",
            "zijn andere sociaal raadslieden hierin en nam de aanpak mee naar andere DOCK-vestigingen.",
            "Verwijzingen komen vooral uit de GGZ. Eind 2020 keurde de gemeente goed dat via de Wmo ook "
            "mensen",
            "die niet in behandeling zijn geholpen worden, zonder extra budget. DOCK bestrijkt maar een deel "
            "van",
            "het werkgebied van het UWV; in andere subregio's is een vergelijkbare partner niet altijd",
            "beschikbaar. In Zuid-Kennemerland en IJmond maakten in 2020 dertig cliënten gebruik van een",
            "benefits counselor. Het past bij het IPS-principe ‘ondersteuning rond werk en inkomen’.",
        ),
        "duration": "Niet vermeld in de bron", "intensity": "Adviesgesprekken; niet vermeld in de bron",
        "how_to_apply": T(
            "Vraag uw behandelaar bij de GGZ of uw klantmanager bij de gemeente of er een benefits counselor "
            "bij u",
            "in de buurt is. In een deel van Holland Rijnland kunt u terecht bij de sociaal raadslieden van "
            "DOCK.",
        ),
        "how_to_refer": T(
            "Verwijzing door de GGZ-behandelaar of trajectbegeleider, of via Werk en Inkomen van de "
            "gemeente, naar",
            "de sociaal raadslieden van DOCK (Holland Rijnland). Ga na of DOCK de woonplaats bedient. DOCK "
            "maakt",
            "er bewust weinig reclame voor, omdat de vraag groot is.",
        ),
        "evidence_summary": T("Er is geen onderzoek naar de resultaten. In Zuid-Kennemerland en IJmond "
                              "maakten",
                              "in 2020 dertig cliënten gebruik van een benefits counselor."),
        "source_caveat": T(DATED_2020, "De bron noemt geen website of ander contact van DOCK."),
        "period": "Beschreven voor 2020",
        "offerings": [
            ("dock", {
                "scope": "regions", "regions": [["AM19"]], "availability": "reported", "desk": "treatment",
                "contact": T("Via uw behandelaar bij de GGZ of uw klantmanager bij de gemeente; of bij de "
                             "sociaal",
                             "raadslieden van DOCK."),
                "note": "Werkt in een deel van Holland Rijnland; verwijzing vaak vanuit de GGZ. Beschreven "
                        "voor 2020.",
            }),
            ("regionale-samenwerking-ggz-wi", {
                "scope": "regions", "regions": [["AM37"]], "availability": "reported", "desk": "gemeente",
                "contact": "Vraag uw klantmanager bij de gemeente naar de benefits counselor.",
                "note": T("In 2020 maakten 30 cliënten gebruik van een benefits counselor; de aanbieder "
                          "staat",
                          "niet in de bron."),
            }),
        ],
        "conditions": [
            ("Werkt DOCK in de gemeente van de persoon? DOCK bestrijkt maar een deel van Holland Rijnland.",
             "Vraag uw klantmanager of behandelaar of er bij u in de buurt een benefits counselor "
             "is.", "dock"),
            ("Is er in de regio nog een benefits counselor, en wie voert het uit?",
             "Vraag uw klantmanager of er bij u in de buurt een benefits counselor is.",
             "regionale-samenwerking-ggz-wi"),
        ],
        "funding": {benefit: {
            "derived": True, "payer": "Gemeente (Wmo)", "budget": "Wmo-budget van de gemeente",
            "applicant": "Geen aanvraag per persoon beschreven; verwijzing via de GGZ of de gemeente",
            "legal_basis": "Wmo 2015", "provenance": "004 r. 1141",
            "note": T("Afgeleid: de bron zegt alleen dat de gemeente in Holland Rijnland eind 2020 "
                      "goedkeurde",
                      "dat de benefits counseling via de Wmo ook voor mensen zonder behandeling is, zonder "
                      "extra",
                      "budget. Wie het in Zuid-Kennemerland en IJmond betaalt, staat er niet in."),
        } for benefit in ALL_BENEFITS},
        "evidence": [{
            "result": T("Er is geen onderzoek naar de resultaten. In Zuid-Kennemerland en IJmond maakten 30",
                        "cliënten gebruik van een benefits counselor; DOCK meldt zoveel belangstelling dat "
                        "het er",
                        "weinig ruchtbaarheid aan geeft."),
            "design": "Geen onderzoek; opgave van projectleiders en stakeholders (interviews 2020)",
            "participants": 30, "year": 2020, "is_key": True,
            "study": "Hoe houd je regionale samenwerking tussen Werk & Inkomen en GGZ levend? (2021)",
            "provenance": "004 r. 604, 983–985",
        }],
        "sources": ["004 r. 229, 581, 604", "004 r. 979–989, 1141", "003 r. 822–825"],
    },
    {
        "slug": "ips-via-gemeente", "name": "IPS via de gemeente voor mensen met een uitkering",
        "kind": ["ips"], "status": "published",
        "concerns": ["mental"], "situations": ["job_seeking"],
        "benefits": ["bijstand", "ww", "wia_wga", "wia_iva", "wajong", "ziektewet", "wao_waz"],
        "wishes": ["paid_work_now"],
        E: {
            "concerns": "004 r. 340: samenwerking voor mensen met een psychische aandoening; 003 r. "
                        "1382–1384",
            "care": "open: een bredere doelgroep dan cliënten in GGZ-zorg (004 r. 598)",
            "situations": "003 r. 798: regulier werk is het doel (IPS)",
            "benefits": "004 r. 598: ‘alle uitkeringsgerechtigden’; UWV-uitkeringen: zelf nagaan",
            "wishes": "003 r. 798–801: regulier werk is het doel",
        },
        "dutch_evidence": "controlled",
        "summary": T(
            "Sommige gemeenten kopen IPS in voor mensen met een uitkering. Een begeleider helpt u dan snel "
            "aan een",
            "gewone betaalde baan en blijft u helpen als u werkt. U hoeft daarvoor niet in behandeling te "
            "zijn",
            "bij de GGZ. Of uw gemeente dit doet, verschilt per gemeente.",
        ),
        "description": T(
            "In 2020 kochten gemeenten in drie (niet genoemde) regio's samen 43 IPS-trajecten in voor een "
            "brede",
            "doelgroep: alle uitkeringsgerechtigden, niet alleen mensen in GGZ-behandeling. Volgens de",
            "deskresearch rollen gemeenten steeds vaker IPS uit. Dit is een aangepaste vorm van IPS: de",
            "afstemming met de zorg moet apart worden geregeld, en uitvoering vanuit een uitkeringsinstantie "
            "gaat",
            "vaak ten koste van de focus op betaald werk. In het enige Nederlandse onderzoek naar zo'n",
            "gemeentelijke variant vond 40% duurzaam betaald werk, tegen 47% bij een participatieve aanpak.",
            "Gemeenten vinden IPS vaak moeilijk te financieren, vooral kleinere gemeenten.",
        ),
        "duration": "Niet vermeld in de bron", "intensity": "Niet vermeld in de bron",
        "how_to_apply": "Vraag uw klantmanager bij de gemeente of u IPS kunt krijgen.",
        "how_to_refer": T("Via de klantmanager Werk en Inkomen; de gemeente koopt het traject in bij een",
                          "IPS-aanbieder. Regel de afstemming met de zorg apart."),
        "evidence_summary": T(
            "In een Nederlands onderzoek met een controlegroep naar IPS via de gemeente voor een brede groep",
            "uitkeringsgerechtigden vond 40% duurzaam betaald werk, tegen 47% bij de participatieve aanpak. "
            "In",
            "2020 kochten gemeenten in drie regio's samen 43 trajecten in.",
        ),
        "source_caveat": T(
            "Dat gemeenten IPS inkopen voor alle uitkeringsgerechtigden, komt uit het onderzoek naar de "
            "regionale",
            "samenwerking Werk & Inkomen en GGZ (januari 2021) over de situatie in 2020; het noemt de drie "
            "regio's",
            "niet. De deskresearch (2025) meldt dat gemeenten steeds vaker IPS uitrollen, maar noemt geen",
            "gemeenten. Ga na of de gemeente van de persoon dit nu doet. Of een gemeente ook IPS inkoopt "
            "voor",
            "mensen met een uitkering van het UWV, zegt de bron niet. De deskresearch vraagt zich af of "
            "aangepaste",
            "vormen nog ‘IPS’ mogen heten.",
        ),
        "period": "Beschreven voor 2020",
        "offerings": [
            ("gemeente", {
                "scope": "national", "availability": "reported", "desk": "gemeente",
                "contact": "Uw klantmanager Werk en Inkomen bij de gemeente.",
                "note": "Niet overal: het hangt af van uw gemeente. In 2020 in drie regio's, die de bron "
                        "niet noemt.",
            }),
        ],
        "conditions": [
            ("Koopt de gemeente van de persoon IPS in voor mensen met een uitkering?",
             "Vraag uw klantmanager of uw gemeente IPS aanbiedt aan mensen met een uitkering.", None),
            ("Uitkering van het UWV? Vraag of de gemeente IPS ook voor mensen met een UWV-uitkering inkoopt.",
             "Hebt u een uitkering van het UWV? Vraag dan of de gemeente dit ook voor u doet.", None),
        ],
        "funding": {benefit: {
            "derived": benefit != "bijstand", "payer": "Gemeente",
            "budget": "Budget van de gemeente, bijvoorbeeld het participatiebudget",
            "applicant": "Klantmanager van de "
                         "gemeente", "legal_basis": LAW[benefit] if benefit == "bijstand" else "",
            "provenance": "004 r. 598; 003 r. 2134–2142",
            "note": "De gemeente koopt het traject in." if benefit == "bijstand" else T(
                "Afgeleid: de gemeenten kochten IPS in voor alle uitkeringsgerechtigden; of dat bij een",
                "UWV-uitkering nog zo is, zegt de bron niet. Vraag het de gemeente."),
        } for benefit in ALL_BENEFITS if benefit != "none"},
        "evidence": [
            {"result": T("IPS via de gemeente voor een brede groep uitkeringsgerechtigden: 40% vond duurzaam",
                         "betaald werk, tegen 47% in de controlegroep met een participatieve aanpak."),
             "figure": "40% duurzaam betaald werk (controle 47%)", "design": "Gecontroleerde studie",
             "year": 2024, "study": "Oude Geerdink e.a. (2024), zoals aangehaald in de deskresearch",
             "is_key": True, "provenance": "003 r. 1138–1163"},
            {"result": "In 2020 kochten gemeenten in drie regio's samen 43 IPS-trajecten in voor alle "
                       "uitkeringsgerechtigden.",
             "figure": "43 trajecten (2020)", "design": "Opgave projectleiders (interviews 2020)",
             "participants": None, "year": 2020,
             "study": "Hoe houd je regionale samenwerking tussen Werk & Inkomen en GGZ levend? (2021)",
             "provenance": "004 r. 598"},
        ],
        "sources": ["004 r. 591–598, 886, 892", "004 r. 1006", "003 r. 1138–1163", "003 r. 358–359, 404–406",
                    "003 r. 1382–1384"],
    },
    {
        "slug": "participatiecoach-holland-rijnland", "name": "Opleiding tot participatiecoach (Holland "
                                                              "Rijnland)",
        "kind": ["step-by-step"], "status": "published",
        "concerns": ["mental"], "situations": ["job_seeking"],
        "wishes": ["education", "skills", "daytime_activity", "explore"],
        E: {
            "concerns": "004 r. 605, 696: cliënten uit de doelgroep; mensen met een psychische kwetsbaarheid",
            "situations": "004 r. 605: eerst vrijwilliger, dan doorgroeien naar een betaalde baan",
            "wishes": "004 r. 605: opleiding, vrijwilligerswerk als eerste stap (redactioneel)",
        },
        "summary": T(
            "Hebt u zelf ervaring met psychische klachten? Dan kon u in Holland Rijnland een opleiding "
            "volgen tot",
            "participatiecoach. U helpt daarna andere mensen met psychische klachten. U begint als "
            "vrijwilliger.",
            "Later kunt u doorgroeien naar betaald werk.",
        ),
        "description": T(
            "Informeel traject van de cliëntorganisatie in Holland Rijnland: cliënten volgen een opleiding "
            "tot",
            "participatiecoach en begeleiden daarna andere cliënten uit de doelgroep. Zij beginnen als",
            "vrijwilliger, groeien door in hun functie en stromen uit naar een betaalde baan. In 2020 waren "
            "15",
            "cliënten in opleiding geplaatst. Inhoud, duur en toegangseisen van de opleiding staan niet in "
            "de bron;",
            "de naam van de cliëntorganisatie ook niet.",
        ),
        "duration": "Niet vermeld in de bron", "intensity": "Niet vermeld in de bron",
        "how_to_apply": T("Vraag uw klantmanager bij de gemeente of uw behandelaar naar de opleiding tot",
                          "participatiecoach van de cliëntorganisatie in Holland Rijnland."),
        "how_to_refer": T("Via de regionale samenwerking GGZ en Werk & Inkomen in Holland Rijnland en de",
                          "cliëntorganisatie daar; ga na of de opleiding nog wordt gegeven en door wie."),
        "evidence_summary": T("Er is geen onderzoek naar de resultaten. In 2020 waren 15 cliënten in "
                              "opleiding;",
                              "zij stromen volgens de regio door naar betaald werk, aantallen ontbreken."),
        "source_caveat": T(DATED_2020, "Wie de opleiding betaalt, staat niet in de bron."),
        "period": "Beschreven voor 2020",
        "offerings": [
            ("regionale-samenwerking-ggz-wi", {
                "scope": "regions", "regions": [["AM19"]], "availability": "reported", "desk": "gemeente",
                "contact": "Vraag uw klantmanager bij de gemeente of uw behandelaar bij de GGZ.",
                "note": "Via de cliëntorganisatie in Holland Rijnland (naam niet in de bron); beschreven "
                        "voor 2020.",
            }),
        ],
        "conditions": [
            ("Wordt de opleiding tot participatiecoach in Holland Rijnland nog gegeven, en door welke "
             "cliëntorganisatie?", "Vraag uw klantmanager of behandelaar of deze opleiding er nog is.",
             "regionale-samenwerking-ggz-wi"),
        ],
        "funding": {benefit: {
            "derived": False, "payer": "Niet vermeld in de bron", "budget": "Niet vermeld in de bron",
            "applicant": "Cliëntorganisatie in Holland Rijnland (naam niet in de bron)", "legal_basis": "",
            "note": "De bron zegt niet wie de opleiding betaalt.", "provenance": "004 r. 605",
        } for benefit in ALL_BENEFITS},
        "evidence": [{
            "result": T("Er is geen onderzoek naar de resultaten. In 2020 waren 15 cliënten in opleiding tot",
                        "participatiecoach geplaatst; zij stromen door naar betaald werk, aantallen "
                        "ontbreken."),
            "design": "Geen onderzoek; opgave projectleider (interview "
                      "2020)", "participants": 15, "year": 2020,
            "is_key": True, "study": "Hoe houd je regionale samenwerking tussen Werk & Inkomen en GGZ "
                                     "levend? (2021)",
            "provenance": "004 r. 605",
        }],
        "sources": ["004 r. 605", "004 r. 696"],
    },
]


def apply(fixture: Fixture) -> None:
    fixture.put("supportkind", {"slug": KIND["slug"]}, **{k: v for k, v in KIND.items() if k != "slug"})
    fixture.put("organisation", {"slug": DOCK["slug"]}, **{k: v for k, v in DOCK.items() if k != "slug"})
    for spec in PROGRAMMES:
        spec = dict(spec)
        slug = spec.pop("slug")
        offerings, conditions = spec.pop("offerings"), spec.pop("conditions")
        funding, evidence, sources = spec.pop("funding"), spec.pop("evidence"), spec.pop("sources")
        fixture.put("programme", {"slug": slug}, **spec)
        for provider, fields in offerings:
            fixture.put("offering", {"programme": [slug], "provider": [provider]}, **fields)
        fixture.set_conditions(slug, conditions)
        for order, benefit in enumerate(ALL_BENEFITS, start=1):
            if benefit in funding:
                key = {"programme": [slug], "benefit": benefit}
                fixture.put("funding", key, order=order, **funding[benefit])
        for order, fields in enumerate(evidence, start=1):
            fixture.put("evidence", {"programme": [slug], "order": order}, **fields)
        for order, provenance in enumerate(sources, start=1):
            fixture.put("source", {"programme": [slug], "order": order}, provenance=provenance)
