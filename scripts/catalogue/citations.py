"""Line references to the five source documents, turned into public citations and admin provenance.

The catalogue was first written with working notes such as "seed 003 – … (r. 2119–2132)". People
read a citation ("Deskresearch begeleiding naar werk: Financiering begeleidingstrajecten naar werk
in Nederland"); curators keep the file and lines in an admin-only field ("003 r. 2119–2132"). The
section map below was checked against the headings of each file in shared/seeds/.
"""

from __future__ import annotations

import re

# Per document: (first line, last line, the section as people can find it in the document).
SECTIONS: dict[str, list[tuple[int, int, str]]] = {
    "000": [
        (1, 91, "Samenvatting"), (92, 156, "Inleiding"), (157, 171, "H1 Deelnemers"),
        (172, 184, "§1.1 Aantal deelnemers effectevaluatie"), (185, 246, "§1.2 Kenmerken van deelnemers"),
        (247, 255, "H2 Effectiviteit van Werk als Beste Zorg"), (256, 293, "§2.1 Arbeidsparticipatie"),
        (294, 307, "§2.2 Werkomstandigheden"), (308, 343, "§3.1 Mentale gezondheid"),
        (344, 362, "§3.2 Fysieke gezondheid"), (363, 374, "H4 Kosten en baten analyse"),
        (375, 515, "§4.1 Kosten en baten"), (516, 573, "§4.2 Netto-opbrengst"),
        (574, 584, "H5 Bevorderende en belemmerende factoren"), (585, 722, "§5.1 Integrale samenwerking"),
        (723, 737, "§5.1 Integrale samenwerking, Rol van UWV"),
        (738, 814, "§5.2 Uitvoering Werk als Beste Zorg"), (815, 856, "§5.3 Perspectief werkgevers"),
        (857, 893, "§5.4 Perspectief cliënten"), (894, 924, "§5.5 Maatschappelijke context"),
        (925, 999, "H6 Conclusie"), (1000, 1033, "H6 Conclusie, Aanbevelingen"),
        (1034, 1069, "H6 Conclusie, 10 tips"), (1070, 1083, "Literatuur"),
        (1084, 1177, "Bijlage 1 Uitgebreide beschrijving methodiek"),
    ],
    "001": [
        (1, 14, "titelpagina"), (15, 22, "Meer arbeidsparticipatie door ‘Werk als beste Zorg’"),
        (23, 56, "Uitgangspunten businesscase Twente"),
        (57, 100, "De praktijk – analyse van de trajecten in Drechtsteden"),
        (101, 149, "De praktijk – casussen uit Twente"),
    ],
    "002": [
        (1, 232, "Samenvatting"), (233, 292, "Samenvatting, Aanbevelingen"),
        (293, 341, "§1.1 Nederland vanuit internationaal perspectief"),
        (342, 419, "§1.2 Inclusieve arbeidsorganisaties"), (420, 494, "§1.3 Monitor Voorbeeldprojecten"),
        (495, 517, "§1.4 Leeswijzer"), (518, 576, "§2.1 Doelgroep"), (577, 631, "§2.2 Visie en doel"),
        (632, 728, "§2.3 Methodiek"), (729, 826, "§2.4 Integrale samenwerking"),
        (827, 870, "§3.1 Methode van informatieverzameling"), (871, 1095, "§3.2 Integrale samenwerking"),
        (1096, 1396, "§3.3 Samenwerking vanuit het perspectief van verschillende organisaties"),
        (1397, 1866, "§3.4 Onderdelen in de aanpak die bijdragen aan succesvolle re-integratie"),
        (1867, 2034, "§3.5 Context"), (2035, 2077, "§4.1 Methode van dataverzameling"),
        (2078, 2265, "§4.2 Kenmerken van deelnemers bij aanvang"),
        (2266, 2493, "§4.3 Veranderingen in zelfredzaamheid en (arbeids)participatie"),
        (2494, 2754, "§4.4 Ontwikkeling van een indicator voor effectiviteit"),
        (2755, 2888, "§4.5 Toepassing van een indicator voor effectiviteit"),
        (2889, 2943, "§4.6 Conclusies en aanbevelingen"), (2944, 2985, "§5.1 Kosten en baten"),
        (2986, 3118, "§5.1.1 Inkomen uit werk"), (3119, 3289, "§5.1.2 Besparing kosten uitkering"),
        (3290, 3400, "§5.1.3 Besparing kosten medisch zorggebruik"),
        (3401, 3493, "§5.1.4 Kosten voor re-integratieactiviteiten"), (3494, 3505, "§5.1.5 Belasting"),
        (3506, 3837, "§5.2 Netto-opbrengst"), (3838, 3922, "§5.3 Terugverdienperiode"),
        (3923, 3989, "§5.4 Conclusie MKBA"),
        (3990, 4163, "§6.1 Onderdelen van re-integratie die de (arbeids)participatie verhogen"),
        (4164, 4208, "§6.2 Maatschappelijke kosten en baten"), (4209, 4261, "§6.3 Aanbevelingen voor beleid"),
        (4262, 4306, "§6.4 Aanbevelingen voor "
                     "onderzoek"), (4307, 4417, "Bijlage 1 Selectiecriteria voor fase 2"),
    ],
    "003": [
        (1, 38, "Achtergrond en doelstelling"), (39, 62, "§1 Internationaal onderzoek"),
        (63, 275, "§1.1 Vormen van begeleiding naar werk die anders zijn dan IPS"),
        (276, 451, "§1.2 Onderzoek naar aanpassingen IPS-methodiek voor nieuwe doelgroepen"),
        (452, 735, "§1.1, overzicht studies en resultaten per begeleidingsvorm"),
        (736, 916, "§1.2, overzicht verschil supported employment en IPS"),
        (917, 1311, "§1.2, overzicht aangepaste versies IPS-methodiek"),
        (1312, 1331, "§2 Aanbod in Nederland"), (1332, 1412, "§2.1 Voorzieningen van het UWV en gemeenten"),
        (1413, 1619, "§2.2 Begeleidingstrajecten naar werk"),
        (1620, 1911, "§2, overzicht voorzieningen in Nederland"),
        (1912, 1935, "§2, beschikbaarheid van het aanbod"),
        (1936, 2116, "Resultaten diensten en trajecten in Nederland"),
        (2117, 2205, "Financiering begeleidingstrajecten naar werk in Nederland"),
        (2206, 2238, "Doelgroepen die wel en niet worden bereikt"),
        (2239, 2265, "Ervaringen cliënten en "
                     "professionals"), (2266, 2333, "Conclusies en beoogde eindproducten"),
    ],
    "004": [
        (1, 21, "titelpagina"), (22, 79, "inhoudsopgave"), (80, 204, "Eindresultaten"),
        (205, 333, "Samenvatting"), (334, 418, "Inleiding"),
        (419, 574, "hoofdstuk 1, Aard en niveau van de samenwerkingen"),
        (575, 586, "hoofdstuk 2, Dienstverlening is zeer "
                   "gevarieerd"), (587, 622, "hoofdstuk 2, Omvang trajecten"),
        (623, 644, "hoofdstuk 2, Indirecte "
                   "interventies"), (645, 677, "hoofdstuk 2, In kaart brengen van effecten"),
        (678, 752, "hoofdstuk 2, Merkbare voordelen voor cliënten"),
        (753, 762, "hoofdstuk 2, Mooie anekdotische successen"),
        (763, 842, "hoofdstuk 3, Zes elementen van borging en inbedding"),
        (843, 865, "hoofdstuk 4, In een notendop"), (866, 879, "hoofdstuk 4, Succesfactoren"),
        (880, 901, "hoofdstuk 4, "
                   "Knelpunten"), (902, 919, "hoofdstuk 4, Brede maatschappelijke kostenbenadering"),
        (920, 942, "hoofdstuk 5, Inktvlek in de regio"), (943, 950, "hoofdstuk 5, Succesfactoren"),
        (951, 978, "hoofdstuk 5, Zorgverzekeraars betrekken"),
        (979, 990, "hoofdstuk 5, Inzet van onafhankelijke cliëntondersteuning"),
        (991, 1009, "hoofdstuk 5, Knelpunten"), (1010, 1030, "hoofdstuk 5, Werkgevers betrekken"),
        (1031, 1096, "hoofdstuk 6, Inbedding in de betrokken organisaties"),
        (1097, 1134, "hoofdstuk 7, Spreiding naar cliënten en doelgroepen"),
        (1135, 1156, "hoofdstuk 7, Succesfactoren"), (1157, 1202, "hoofdstuk 7, Knelpunten"),
        (1203, 1309, "hoofdstuk 8, Commitment op alle niveaus"),
        (1310, 1384, "hoofdstuk 9, Overstijgen van een tijdelijk project"),
        (1385, 1419, "bijlage, geïnterviewde stakeholders"),
    ],
}

# The documents' real titles (Source.document), the year they carry (None: the document states
# none) and a public remark; and the short form used inside a citation.
DOCUMENTS: dict[str, dict] = {
    "000": {
        "title": "Werk als Beste Zorg – Resultaten evaluatieonderzoek",
        "year": 2022,
        "note": "Erasmus MC (Schuring e.a.); titel en jaar volgens de literatuurlijst van de deskresearch",
        "short": "Evaluatie Werk als Beste Zorg (2022)",
        # The report has no title page: title, authors and year are those of the reference in 003.
        "provenance_note": "titel en jaar uit 003 r. 2030–2031",
    },
    "001": {
        "title": "‘Samen doen werkt beter’ – Businesscase 2021-2023 ‘Werk als beste Zorg in Twente met inzet "
        "van sleutelfiguren’",
        "year": 2020,
        "note": "Definitieve versie, november 2020",
        "short": "Businesscase Werk als beste Zorg Twente (2020)",
        "provenance_note": "",
    },
    "002": {
        "title": "Monitor Voorbeeldprojecten",
        "year": None,
        "note": "Onderzoek over 2014–2015; publicatiejaar niet vermeld",
        "short": "Monitor Voorbeeldprojecten (2014–2015)",
        "provenance_note": "",
    },
    "003": {
        "title": "Deskresearch begeleiding naar werk",
        "year": None,
        "note": "Zonder titelpagina en jaartal; geraadpleegde bronnen tot juni 2025",
        "short": "Deskresearch begeleiding naar werk",
        "provenance_note": "",
    },
    "004": {
        "title": "Hoe houd je regionale samenwerking tussen Werk & Inkomen en GGZ levend?",
        "year": 2021,
        "note": "Over de situatie in 2020; in opdracht van SZW en VWS",
        "short": "Regionale samenwerking Werk & Inkomen en GGZ (2021)",
        "provenance_note": "",
    },
}

_TOKEN = re.compile(
    r"(?:seeds?/|seed\s*)(?P<doc>00[0-4])"  # "seed 003", "seeds/003_…"
    r"|(?:^|;\s*|·\s*)(?P<bare>00[0-4])(?=\s+r\.)"  # provenance written by this script: "003 r. …"
    r"|(?P<foot>voetnoot\s+)?\br\.\s*(?P<lines>\d[\d\s,–-]*(?:\s*en\s*\d+)*)"
)
_RANGE = re.compile(r"(\d{1,4})(?:\s*[–-]\s*(\d{1,4}))?")


def refs(text: str, default_doc: str | None = None) -> list[tuple[str, int, int, bool]]:
    """(document, first line, last line, is a footnote) for every line reference in the text."""
    found, doc = [], default_doc
    for match in _TOKEN.finditer(text):
        if match.group("doc") or match.group("bare"):
            doc = match.group("doc") or match.group("bare")
            continue
        if doc is None:
            continue
        for rng in _RANGE.finditer(match.group("lines")):
            first = int(rng.group(1))
            last = int(rng.group(2)) if rng.group(2) else first
            found.append((doc, first, last, bool(match.group("foot"))))
    return found


def section(doc: str, line: int) -> str:
    for first, last, label in SECTIONS[doc]:
        if first <= line <= last:
            return label
    raise ValueError(f"line {line} of {doc} is in no known section")


def _by_document(found):
    grouped: dict[str, list[tuple[int, int, bool]]] = {}
    for doc, first, last, foot in found:
        grouped.setdefault(doc, []).append((first, last, foot))
    return grouped


def locators(found, doc: str) -> list[str]:
    """The sections a document's references fall in, in order, without footnotes."""
    labels: list[str] = []
    for first, last, foot in _by_document(found).get(doc, []):
        if foot:
            continue
        for line in (first, last):
            label = section(doc, line)
            if label not in labels:
                labels.append(label)
    return _by_chapter(labels)


def _by_chapter(labels: list[str]) -> list[str]:
    """'hoofdstuk 2, A', 'hoofdstuk 2, B' → 'hoofdstuk 2: A, B' (keeps a locator short)."""
    merged: list[str] = []
    subs: dict[str, list[str]] = {}
    for label in labels:
        chapter, _, part = label.partition(", ")
        if not label.startswith("hoofdstuk") or not part:
            merged.append(label)
            continue
        if chapter not in subs:
            subs[chapter] = []
            merged.append(chapter)
        subs[chapter].append(part)
    return [f"{label}: {', '.join(subs[label])}" if label in subs else label for label in merged]


def citation(found) -> str:
    """'Short title: section; section · Short title: section' for people."""
    parts = []
    for doc in _by_document(found):
        labels = locators(found, doc)
        short = DOCUMENTS[doc]["short"]
        parts.append(f"{short}: {'; '.join(labels)}" if labels else short)
    return " · ".join(parts)


def provenance(found) -> str:
    """'003 r. 2119–2132; 004 r. 340, 882' for the admin (footnotes marked)."""
    parts = []
    for doc, items in _by_document(found).items():
        main = [f"{a}–{b}" if a != b else f"{a}" for a, b, foot in items if not foot]
        notes = [f"{a}–{b}" if a != b else f"{a}" for a, b, foot in items if foot]
        text = f"{doc} r. {', '.join(main)}" if main else doc
        if notes:
            text += f" (voetnoot r. {', '.join(notes)})"
        parts.append(text)
    return "; ".join(parts)
