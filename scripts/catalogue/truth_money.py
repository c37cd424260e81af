"""Who pays (funding rows), what is known (evidence rows), the kinds' international figures, and
extra source rows. A funding row the sources do not state for this programme and benefit, but that
follows from the fund principle or a general rule, is `derived` and its note says so in plain words
(research-eligibility §9, research-sources §2.3). Evidence fixes: research-eligibility §5,
research-sources §3.1."""

from __future__ import annotations

from fixture import Fixture
from truth_programmes import T

LAW = {
    "bijstand": "Participatiewet", "ww": "Werkloosheidswet (WW)", "wia_wga": "Wet WIA (WGA)",
    "wia_iva": "Wet WIA (IVA)", "wajong": "Wajong", "ziektewet": "Ziektewet", "wao_waz": "WAO / WAZ",
    "none": "",
}
FUND = {
    "ww": "Algemeen Werkloosheidsfonds (AWf)", "ziektewet": "Algemeen Werkloosheidsfonds (AWf)",
    "wia_wga": "Werkhervattingskas (Whk)", "wajong": "Arbeidsongeschiktheidsfonds jonggehandicapten",
    "wia_iva": "Het sociale-zekerheidsfonds waaruit de IVA-uitkering komt (de bron noemt dit fonds niet bij "
               "naam)",
    "wao_waz": "Het sociale-zekerheidsfonds waaruit de WAO- of WAZ-uitkering komt (de bron noemt dit fonds "
    "niet bij naam)",
}
UWV_BENEFITS = ["ww", "wia_wga", "wia_iva", "wajong", "ziektewet", "wao_waz"]
FUND_PRINCIPLE = "Het UWV betaalt re-integratie uit het fonds waaruit ook de uitkering komt."
UWV_FUNDS = "003 r. 2119–2132"

IMPULSE = T(
    "Afgeleid: het onderzoek uit 2021 noemt geen financiering voor dit traject. In 2017–2020 betaalden SZW "
    "en",
    "VWS impulsgelden aan de regio's, vooral voor projectleiders en trajecten. Wie per uitkering betaalt,",
    "volgt hier de algemene regel: de gemeente voor bijstand en voor mensen zonder uitkering (als de "
    "gemeente",
    "dat doet), het UWV uit het fonds waaruit de uitkering komt.",
)
DAGBESTEDING_2020 = T(
    "Afgeleid: het onderzoek uit 2021 noemt geen financiering. Dagbesteding wordt uit de Wmo betaald;",
    "re-integratie door de gemeente (bijstand, geen uitkering) of het UWV (UWV-uitkering).",
)
DHL = T("Afgeleid: de bron noemt gemeentelijke en justitiële re-integratiebudgetten, private fondsen en",
        "donaties, maar niet wie bij welke uitkering betaalt; het UWV noemt de bron niet als betaler.")
PARTICIPATIEF = T("Afgeleid: de bron zegt niet wie de procesbegeleider betaalt, en dat UWV of gemeente",
                  "voorzieningen vergoeden zoals werkplekaanpassingen en jobcoaching, niet wie bij welke "
                  "uitkering.")
DRECHTSTEDEN_UWV = (
    "In de Drechtsteden droeg de Sociale Dienst Drechtsteden ook de begeleidingskosten van UWV-cliënten."
)
UWV_OR_SDD = "UWV (in de Drechtsteden: de Sociale Dienst Drechtsteden)"


def _fund_derived(what: str, benefit_words: str) -> str:
    return f"Afgeleid: de bronnen noemen {what} voor mensen met {benefit_words} niet. {FUND_PRINCIPLE}"


# (programme, benefit) → fields; a row that does not exist yet is added at the end.
FUNDING: dict[tuple[str, str], dict] = {
    ("ips", "bijstand"): {"note": T(
        "GGZ-instellingen melden dat IPS vanuit gemeenten, vooral kleinere, moeilijk gefinancierd wordt. In",
        "2020 kochten gemeenten in drie regio's samen 43 IPS-trajecten in voor alle mensen met een "
        "uitkering.",
    ), "provenance": "003 r. 2134–2142; 004 r. 598, 872, 892, 1006"},
    ("ips", "ww"): {"derived": True, "note": T(
        _fund_derived("IPS", "WW"), "Voor WW is dat het Algemeen Werkloosheidsfonds.")},
    ("ips", "ziektewet"): {"derived": True, "note": T(
        _fund_derived("IPS", "een Ziektewet-uitkering"), "Voor de Ziektewet is dat het Algemeen "
                                                         "Werkloosheidsfonds.")},
    ("ips", "wia_iva"): {"derived": True, "note": T(
        "Afgeleid: in 2013–2015 betaalde het UWV IPS-trajecten voor mensen met een WIA-uitkering; welk fonds",
        "dat bij de IVA is, noemen de bronnen niet.", FUND_PRINCIPLE)},
    ("ips", "wao_waz"): {"derived": True, "note": _fund_derived("IPS", "WAO of WAZ")},
    ("ips", "none"): {"note": T(
        "Zonder uitkering en zonder betaling door de gemeente kan de GGZ het werkdeel niet financieren",
        "(situatie 2014–2015). In Amsterdam konden mensen zonder uitkering IPS via de gemeente krijgen. Of "
        "uw",
        "gemeente dit betaalt, hangt af van de gemeente.")},
    ("werk-als-beste-zorg", "bijstand"): {"note": T(
        "De Sociale Dienst Drechtsteden en het UWV dragen bij aan de re-integratie; de inzet van",
        "GGZ-professionals (Yulius) kan onder voorwaarden door de zorgverzekeraar worden vergoed. VGZ "
        "betaalde",
        "in 2020 eenmalig een bemiddelaar uit het experimentenbudget. In Twente betaalde zorgverzekeraar "
        "Menzis",
        "het eerste jaar van de sleutelfiguren bij Dimence en Mediant.",
    ), "provenance": "003 r. 2155–2160; 001 r. 35, 43; 004 r. 953"},
    ("werk-als-beste-zorg", "ww"): {"derived": True, "note": T(
        _fund_derived("Werk als Beste Zorg", "WW"), "Voor WW is dat het Algemeen Werkloosheidsfonds.",
        DRECHTSTEDEN_UWV), "provenance": f"{UWV_FUNDS}; 000 r. 725–730"},
    ("werk-als-beste-zorg", "wia_wga"): {"payer": UWV_OR_SDD, "note": T(
        "In de Drechtsteden verwees Yulius alle cliënten naar de Sociale Dienst Drechtsteden, die ook mensen "
        "met",
        "een UWV-uitkering begeleidde en de kosten daarvan droeg; het UWV wil deze cliënten zelf begeleiden. "
        "In",
        "Twente begeleidt het UWV zijn eigen cliënten (casussen met een WIA-uitkering).",
    ), "provenance": f"{UWV_FUNDS}; 000 r. 725–736; 001 r. 48–51, 109, 115"},
    ("werk-als-beste-zorg", "wia_iva"): {"payer": UWV_OR_SDD, "note": T(
        "In Twente begeleidt het UWV zijn eigen cliënten (casussen met WIA 80–100%).", DRECHTSTEDEN_UWV,
    ), "provenance": f"{UWV_FUNDS}; 000 r. 725–730; 001 r. 48–51, 109–117"},
    ("werk-als-beste-zorg", "wajong"): {"payer": UWV_OR_SDD, "note": T(
        "In Twente is loondispensatie begroot voor Wajong-cliënten van het UWV.", DRECHTSTEDEN_UWV,
    ), "provenance": f"{UWV_FUNDS}; 000 r. 725–730; 001 r. 48–51"},
    ("werk-als-beste-zorg", "ziektewet"): {"derived": True, "payer": UWV_OR_SDD, "note": T(
        "Afgeleid: de bronnen zeggen niet apart wie Werk als Beste Zorg bij de Ziektewet betaalt. In Twente",
        "begeleidt het UWV zijn eigen cliënten (een casus met Ziektewet, tweede jaar); het UWV betaalt",
        "re-integratie bij de Ziektewet uit het Algemeen Werkloosheidsfonds.", DRECHTSTEDEN_UWV,
    ), "provenance": f"{UWV_FUNDS}; 000 r. 725–730; 001 r. 48–51, 147"},
    ("werk-als-beste-zorg", "wao_waz"): {"derived": True, "note": T(
        "Afgeleid: WAO en WAZ komen in de bronnen over Werk als Beste Zorg niet voor.", FUND_PRINCIPLE)},
    ("gemeentelijke-re-integratie", "none"): {"derived": True, "note": T(
        "Afgeleid: in sommige gemeenten helpt de gemeente ook mensen zonder uitkering; uit welk budget, zegt "
        "de",
        "bron niet. Of uw gemeente dit doet, hangt af van de gemeente.")},
    ("jobcoaching", "bijstand"): {"note": "Voor mensen met een arbeidsbeperking in de doelgroep "
                                          "banenafspraak."},
    ("jobcoaching", "none"): {"derived": True, "note": T(
        "Afgeleid: soms betaalt de gemeente een jobcoach voor mensen zonder uitkering met een aantoonbare",
        "beperking; uit welk budget, zegt de bron niet.")},
    ("participatieve-aanpak-op-de-werkplek", "bijstand"): {"derived": True, "note": T(
        PARTICIPATIEF, "Met loonkostensubsidie compenseert de gemeente het verschil tussen loonwaarde en",
        "minimumloon.")},
    ("participatieve-aanpak-op-de-werkplek", "none"): {"derived": True, "note": T(
        "Afgeleid: de bron zegt niet wie de procesbegeleider betaalt; zonder uitkering ligt de aanpak bij de",
        "werkgever. Voor sommige sectoren zijn er subsidies, zoals de Sluitende Aanpak in het onderwijs.")},
    ("de-harde-leerschool", "bijstand"): {"derived": True, "note": DHL},
    ("de-harde-leerschool", "wajong"): {
        "derived": True, "payer": "Gemeente, justitie of private fondsen (de bron noemt het UWV "
                                  "niet)", "note": T(
        DHL, "Wajong-gerechtigden horen wel tot de doelgroep.")},
    ("de-harde-leerschool", "none"): {"derived": True, "note": DHL},
}
for benefit in ["ww", "wia_wga", "wia_iva", "ziektewet", "wao_waz"]:
    FUNDING[("de-harde-leerschool", benefit)] = {
        "derived": True, "payer": "Gemeente, justitie of private fondsen (de bron noemt het UWV niet)",
        "budget": "Gemeentelijke en justitiële re-integratiebudgetten, private fondsen en donaties",
        "applicant": "Verwijzer (bijvoorbeeld gemeente of zorgaanbieder) in overleg met De Harde Leerschool",
        "legal_basis": "", "note": DHL, "provenance": "003 r. 2188–2192",
    }
for benefit in UWV_BENEFITS:
    FUNDING[("participatieve-aanpak-op-de-werkplek", benefit)] = {"derived": True, "note": T(
        PARTICIPATIEF, "Bij een UWV-uitkering is dat hier het UWV.")}
    FUNDING[("sterk-met-werk-of-scholing", benefit)] = {
        "derived": True, "payer": "Gemeente (als de jongere mee kan doen)",
        "budget": "75% reguliere re-integratiebudgetten van gemeenten, 25% middelen van de aanpak "
                  "jeugdwerkloosheid",
        "applicant": "Klantmanager van de gemeente", "legal_basis": "", "note": T(
            "Afgeleid: de bron noemt alleen gemeentelijke budgetten en middelen van de aanpak "
            "jeugdwerkloosheid",
            "voor het hele programma. Of een jongere met een UWV-uitkering mee kan doen, vraagt u na bij de",
            "gemeente."), "provenance": "003 r. 2162–2166",
    }
for benefit in ["bijstand", "ww", "wia_wga", "wia_iva", "wajong", "ziektewet", "wao_waz", "none"]:
    FUNDING[("dagbesteding-en-activering", benefit)] = {"derived": True, "note": T(
        "Afgeleid: de deskresearch zegt dat dagbesteding uit het Wmo-budget van de gemeente wordt betaald,",
        "zonder onderscheid naar uitkering.")}
for slug in ("uwv-werkfit-maken", "uwv-naar-werk"):
    FUNDING[(slug, "wia_iva")] = {"derived": True, "note": T(
        "Afgeleid: de bron noemt het fonds voor de IVA-uitkering niet bij naam.", FUND_PRINCIPLE)}
    FUNDING[(slug, "wao_waz")] = {"derived": True, "note": T(
        "Afgeleid: de bron noemt het fonds voor de WAO- of WAZ-uitkering niet bij naam.", FUND_PRINCIPLE)}
for slug in ("meer-grip-op-werk", "krachtwerk", "arbeidsgerichte-dagbesteding"):
    note = DAGBESTEDING_2020 if slug == "arbeidsgerichte-dagbesteding" else IMPULSE
    source = "004 r. 627–631" if slug == "arbeidsgerichte-dagbesteding" else "004 r. 340, 882"
    for benefit in ["bijstand", "wia_wga", "wia_iva", "wajong", "wao_waz"]:
        FUNDING[(slug, benefit)] = {"derived": True, "note": note}
    for benefit in ["ww", "ziektewet"]:
        FUNDING[(slug, benefit)] = {
            "derived": True, "payer": "UWV", "budget": FUND[benefit],
            "applicant": "Werkcoach of arbeidsdeskundige van het "
                         "UWV", "legal_basis": LAW[benefit], "note": note,
            "provenance": f"{UWV_FUNDS}; {source}",
        }
    FUNDING[(slug, "none")] = {
        "derived": True, "payer": "Gemeente (als die mensen zonder uitkering helpt)",
        "budget": "Wmo-budget (dagbesteding) of participatiebudget van de gemeente"
        if slug == "arbeidsgerichte-dagbesteding" else "Participatiebudget van de gemeente",
        "applicant": "Klantmanager van de gemeente", "legal_basis": "", "note": note,
        "provenance": f"003 r. 2134–2142; {source}",
    }
for benefit in ["ww", "wia_wga", "wia_iva", "wajong", "ziektewet", "wao_waz"]:
    FUNDING[("ips-cmd", benefit)] = {"derived": True, "note": T(
        "Afgeleid per uitkering: het UWV kocht in 2019 94 IPS-CMD-trajecten in, maar de bron zegt niet voor",
        "welke uitkeringen. Of het UWV dit nog doet, is onbekend.")}
FUNDING[("ips-cmd", "none")] = {
    "derived": True, "payer": "Gemeente (als die IPS-CMD voor mensen zonder uitkering betaalt)",
    "budget": "Participatiebudget van de gemeente", "applicant": "Klantmanager van de gemeente",
    "legal_basis": "", "provenance": "003 r. 2134–2142; 004 r. 600",
    "note": T("Afgeleid: de bron noemt alleen trajecten voor gemeentelijke klanten en door het UWV "
              "ingekochte",
              "trajecten. Of de gemeente IPS-CMD betaalt voor mensen zonder uitkering, hangt af van de "
              "gemeente."),
}

# (programme, order) → fields. Rows that do not exist yet are added.
EVIDENCE: dict[tuple[str, int], dict] = {
    ("werk-als-beste-zorg", 1): {
        "result": T(
            "Deelnemers hadden vóór de start een 25 procentpunt lagere arbeidsparticipatie dan de "
            "controlegroep.",
            "Na de start steeg hun arbeidsparticipatie met 11 procentpunt per jaar, tegen 1,2 procentpunt "
            "per jaar",
            "in de controlegroep (reguliere begeleiding door de Sociale Dienst Drechtsteden). Analyse van",
            "CBS-gegevens over werk per maand van 35 deelnemers en 37 mensen in de controlegroep.",
        ),
        "figure": "+11 procentpunt werk per jaar (controle +1,2)",
        "design": "Quasi-experimenteel: CBS-microdata over arbeidsparticipatie, regressie met herhaalde "
                  "metingen, "
        "gecorrigeerd voor propensity score",
        "participants": 72,
        "provenance": "000 r. 21–23, 164–165, 278–292; 003 r. 2014–2033",
    },
    ("werk-als-beste-zorg", 2): {"study": T(
        "Werkmonitor (De Winter & Wienk 2025), zoals aangehaald in de deskresearch; de Twentse businesscase",
        "(2020) noemt 44% voor de Drechtsteden (succes = minstens 12 maanden aan het werk)")},
    ("werk-als-beste-zorg", 3): {"participants": 35},
    ("ips", 2): {"study": "Deskresearch begeleiding naar werk, overzicht aangepaste versies van IPS"},
    ("clubhuis-de-waterheuvel", 2): {"study": "Deskresearch begeleiding naar werk, overzicht van "
                                              "internationale studies"},
    ("actief-herstel", 2): {"study": "Deskresearch begeleiding naar werk, overzicht van internationale "
                                     "studies"},
    ("dagbesteding-en-activering", 1): {
        "result": T("Er is geen onderzoek naar de werkresultaten van dagbesteding. De diensten en trajecten "
                    "in",
                    "Nederland zijn buiten IPS meestal niet onderzocht met een vergelijkingsgroep."),
        "figure": "", "design": "Geen onderzoek", "participants": None, "year": None, "study": "",
        "provenance": "003 r. 1938–1944", "is_key": True,
    },
    ("dagbesteding-en-activering", 2): {
        "result": T("Ter vergelijking, niet over dagbesteding alleen: van de mensen die in het derde "
                    "kwartaal van",
                    "2019 startten met een re-integratie- of participatievoorziening van de gemeente had 18% "
                    "bij de",
                    "start werk en geen bijstand; na vier jaar was dat 39%."),
        "figure": "18% → 39% werk zonder bijstand na 4 jaar (alle voorzieningen samen)",
        "design": "Cohortonderzoek (CBS), geen vergelijkingsgroep", "participants": None, "year": None,
        "study": "CBS. Vier jaar na starten met voorziening werkt 39 procent zonder bijstand",
        "provenance": "003 r. 2000–2010 (voetnoot r. 2028)", "is_key": False,
    },
    ("krachtwerk", 1): {
        "result": "Er is geen onderzoek naar de resultaten van Krachtwerk zelf.",
        "figure": "", "design": "Geen onderzoek", "participants": None, "year": 2020,
        "study": "", "provenance": "004 r. 606", "is_key": True,
    },
    ("krachtwerk", 2): {
        "result": T("Ter vergelijking: in Stedendriehoek en Noordwest Veluwe ging 25% van de cliënten uit "
                    "131",
                    "trajecten naar werk, voor IPS, intensieve jobcoaching en Krachtwerk samen; 80% van hen "
                    "kwam",
                    "een stap hoger op de Participatieladder."),
        "figure": "25% naar werk (IPS, jobcoaching en Krachtwerk samen)",
        "design": "Opgave projectleider (interview 2020)", "participants": 131, "year": 2020,
        "study": "Hoe houd je regionale samenwerking tussen Werk & Inkomen en GGZ levend? (2021)",
        "provenance": "004 r. 606, 692", "is_key": False,
    },
    ("meer-grip-op-werk", 1): {
        "result": T("Er is geen onderzoek naar de resultaten. In Noord-Holland Noord zijn tot en met 2020 15",
                    "trajecten Meer grip op Werk gegeven."),
        "figure": "", "design": "Geen onderzoek; aantal volgens de projectleider (interview 2020)",
    },
}

KINDS: dict[str, dict] = {
    "ips": {
        "figures_note": T(
            "Geen mediaan uit het internationale overzicht, want dat gaat over andere vormen dan IPS. 48,8% "
            "is het",
            "aandeel deelnemers met betaald werk aan het eind van de onderzoeksperiode in de meta-analyse "
            "van De",
            "Winter e.a. (2022), die de deskresearch aanhaalt. Van 14 studies naar aangepaste vormen van IPS",
            "vonden er 4 duidelijk lagere, 8 vergelijkbare en 2 duidelijk betere plaatsingspercentages.",
        ),
        "provenance": "003 r. 408–433, 738–915",
    },
    "supported-employment": {"provenance": "003 r. 286–317, 738–915"},
}

# Extra source rows: the Yulius-no-IPS statement and the Drechtsteden funding (000), Nijmegen (004).
SOURCES: dict[tuple[str, int], dict] = {
    ("ips", 4): {"provenance": "004 r. 579–600, 684–696"},
    ("ips", 5): {"provenance": "000 r. 917–924"},
    ("ips", 6): {"provenance": "004 r. 872"},
    ("werk-als-beste-zorg", 5): {"provenance": "000 r. 723–736, 908–924"},
}


def set_provenance_first(fixture: Fixture) -> None:
    """Rows whose working note named a table without lines get their lines before citing."""
    for slug, fields in KINDS.items():
        fixture.kind(slug)["provenance"] = fields["provenance"]


def _next_order(fixture: Fixture, model: str, programme: str) -> int:
    return max((f["order"] for f in fixture.parts(model, programme)), default=0) + 1


def apply(fixture: Fixture) -> None:
    for (slug, benefit), fields in FUNDING.items():
        row = fixture.funding(slug, benefit)
        if row is None:
            base = {"applicant": "", "budget": "", "payer": "", "legal_basis": LAW[benefit]}
            row = fixture.add("funding", programme=[slug], benefit=benefit,
                              order=_next_order(fixture, "funding", slug), **base)
        row.update(fields)
        if row["derived"] and not row["note"].startswith("Afgeleid"):
            raise ValueError(f"derived funding {slug} × {benefit} must say so in its note")
    for (slug, order), fields in EVIDENCE.items():
        fixture.put("evidence", {"programme": [slug], "order": order}, **fields)
    for slug, fields in KINDS.items():
        fixture.kind(slug).update(fields)
    for (slug, order), fields in SOURCES.items():
        fixture.put("source", {"programme": [slug], "order": order}, **fields)
    for row in fixture.of("funding"):  # the unnamed funds keep saying so
        unnamed = row["budget"].startswith("Het sociale-zekerheidsfonds")
        if row["benefit"] in ("wia_iva", "wao_waz") and unnamed:
            row["budget"] = FUND[row["benefit"]]
        if row["budget"] == "IPS-traject, marktwaarde €5.000 per 3 jaar":
            row["budget"] = f"{row['budget']} (kostenberekening in de Monitor Voorbeeldprojecten)"
    for row in fixture.of("evidence"):
        if row["study"] == "Monitor Voorbeeldprojecten":
            row["study"] = "Monitor Voorbeeldprojecten (2014–2015)"
