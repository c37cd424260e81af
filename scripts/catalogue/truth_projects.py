"""The named projects among the published programmes (Sterk met Werk, the clubhuis, Actief herstel,
De Harde Leerschool, the participatieve aanpak): as truth_programmes.py, in a file of its own for its
length."""

from __future__ import annotations

from truth_programmes import E, T

PROJECTS: dict[str, dict] = {
    "sterk-met-werk": {
        E: {
            "concerns": "003 r. 1438: werkzoekenden met psychische klachten",
            "situations": "003 r. 1438: werkzoekenden",
            "benefits": "003 r. 1438–1441, 1699–1704, 1926–1927: re-integratie en inkomen via de gemeente",
            "wishes": "003 r. 1421–1422: passend werk vinden (redactioneel)",
            "min_age": "003 r. 1438, 2036: 27 jaar en ouder",
        },
        "dutch_evidence": "none",
        "source_caveat": T(
            "Nieuw programma; de deskresearch (2025) vond geen evaluatie. De tekst noemt als doelgroep "
            "mensen die",
            "voor re-integratie en inkomensondersteuning onder de gemeente vallen, het overzicht van het",
            "Nederlandse aanbod ‘mensen die een uitkering ontvangen’; hier is dat gelezen als bijstand. "
            "Volgens de",
            "deskresearch wordt ook deze variant voor 27 jaar en ouder deels (25%) betaald uit middelen van "
            "de",
            "aanpak jeugdwerkloosheid. Voor het vervolg moeten organisaties eigen middelen inleggen, dus de",
            "financiering kan veranderd zijn.",
        ),
    },
    "sterk-met-werk-of-scholing": {
        "situations": [], "benefits": [],
        E: {
            "concerns": "003 r. 1419–1421, 1458: jongeren met psychische klachten; ook PRO-VSO (r. 1460)",
            "situations": "open: ‘vastlopen’ in opleiding of werk, of uitval voorkomen (003 r. 1458–1460); "
            "zelf nagaan",
            "benefits": "open: de bron noemt geen uitkering; de oude lijst was afgeleid uit de financiering "
            "(003 r. 2162–2164)",
            "wishes": "003 r. 1459: passende opleiding of werk",
            "min_age": "003 r. 1458, 1706–1707: 16 t/m 26 jaar",
            "max_age": "003 r. 1458, 1706–1707: 16 t/m 26 jaar",
        },
        "dutch_evidence": "none",
        "source_caveat": T(
            "Nieuw programma; de deskresearch (2025) vond geen evaluatie. De bron noemt geen voorwaarde over "
            "de",
            "uitkering. De trajecten worden betaald uit gemeentelijke budgetten; jongeren met een "
            "UWV-uitkering",
            "(bijvoorbeeld Wajong) kunnen bij de gemeente navragen of zij mee kunnen doen. De aanbieder in",
            "Groot-Amsterdam wordt in de bron niet bij naam genoemd. ‘Mentor op school’ als ingang staat "
            "niet in",
            "de bron.",
        ),
        "conditions": [
            ("Loopt de jongere vast in opleiding of werk, of dreigt uitval van school?",
             "Loopt u vast op school of bij het vinden van werk?", None),
            ("Uitkering van het UWV, bijvoorbeeld Wajong? Vraag de gemeente of deelname aan Sterk met Werk "
             "of "
             "Scholing mogelijk is.",
             "Hebt u een uitkering van het UWV, zoals Wajong? Vraag dan bij de gemeente of u mee kunt "
             "doen.", None),
        ],
    },
    "clubhuis-de-waterheuvel": {
        "situations": [],
        E: {
            "concerns": "003 r. 1508–1509: mensen met een psychische kwetsbaarheid",
            "situations": "open: de bron noemt geen werksituatie",
            "benefits": "003 r. 1917–1919: ongeacht een uitkering (open)",
            "wishes": "003 r. 1510–1513: meewerken in het clubhuis, tijdelijke betaalde werkplekken "
                      "(redactioneel)",
        },
        "dutch_evidence": "none",
        "source_caveat": T(
            "De deskresearch raadpleegde de website van de Waterheuvel in maart en april 2025. Volgens de",
            "deskresearch gebruiken vooral inwoners van Amsterdam en omgeving het clubhuis. Of mensen van "
            "buiten",
            "Amsterdam lid kunnen worden, en wie dat dan betaalt, zeggen de bronnen niet; ‘omgeving’ is hier",
            "gelezen als de arbeidsmarktregio Groot Amsterdam.",
        ),
        "conditions": [
            ("Woont de persoon buiten Amsterdam? Vraag de Waterheuvel of hij of zij lid kan worden, en of de "
             "persoon regelmatig naar het clubhuis in Amsterdam kan komen.",
             "Woont u buiten Amsterdam? Vraag dan aan de Waterheuvel of u lid kunt worden.",
             "clubhuis-de-waterheuvel"),
        ],
    },
    "actief-herstel": {
        E: {
            "concerns": "003 r. 1517–1518: psychische kwetsbaarheid, dagbesteding bij Mediant",
            "care": "003 r. 1922–1924, 1522: in behandeling bij Mediant, dagbesteding met Wmo-indicatie",
            "situations": "003 r. 1518–1519: onderzoeken of (beschut) werk een vervolgstap is",
            "benefits": "open; met een UWV-uitkering in overleg met de gemeente (003 r. 1520–1521)",
            "wishes": "003 r. 1521–1524: in eigen tempo richting werk (redactioneel)",
        },
        "dutch_evidence": "none",
        "summary": T(
            "Gaat u naar dagbesteding bij Mediant? Met Actief herstel onderzoekt u in uw eigen tempo of "
            "(beschut)",
            "werk een volgende stap kan zijn. U krijgt twee jaar begeleiding van vaste contactpersonen. Lukt "
            "het",
            "even niet, dan kunt u altijd terug naar de dagbesteding. Het traject is er voor inwoners van",
            "Enschede; woont u ergens anders, dan kan het in overleg met de gemeente.",
        ),
        "source_caveat": T(
            "De deskresearch raadpleegde de website van Mediant in 2025; het traject wordt betaald door "
            "Instituut",
            "Gak en gemeenten, dus mogelijk tijdelijk. In het overzicht van het Nederlandse aanbod staat "
            "Twente",
            "als regio, in de tekst Enschede: inwoners van Enschede kunnen meedoen, mensen van buiten "
            "Enschede",
            "of met een UWV-uitkering in overleg met de gemeente.",
        ),
        "conditions": [
            ("Volgt de persoon dagbesteding bij Mediant?", "Gaat u naar dagbesteding bij Mediant?", None),
            # Two questions, because the source names two reasons (r. 1519–1521): an answer settles each
            # on its own (living in Enschede; bijstand or no benefit), and only both make a plain fit.
            ("Woont de persoon buiten Enschede? Dan kan Actief herstel in overleg met de gemeente. Vraag "
             "Mediant dit met de gemeente te overleggen.",
             "Woont u niet in Enschede? Dan moet de gemeente eerst meedenken.", "mediant"),
            ("Heeft de persoon een uitkering van het UWV? Dan kan Actief herstel in overleg met de gemeente. "
             "Vraag Mediant dit met de gemeente te overleggen.",
             "Hebt u een uitkering van het UWV? Dan moet de gemeente eerst meedenken.", "mediant"),
        ],
    },
    "de-harde-leerschool": {
        "benefits": [],
        E: {
            "situations": "003 r. 1844–1846, 1550–1552: geen werk of opleiding, langer dan een jaar",
            "benefits": "open: ‘Het gaat in de praktijk om’ noemt voorbeelden, geen voorwaarde "
            "(003 r. 1552–1555)",
            "wishes": "003 r. 1531–1535: werkfit maken, zelfvertrouwen (redactioneel)",
            "min_age": "003 r. 1844, 1929–1930: 18+",
        },
        "dutch_evidence": "impact",
        "source_caveat": T(
            "De impactmeting is klein (29 oud-deelnemers), zonder vergelijkingsgroep en in opdracht van de",
            "stichting; de deskresearch baseert zich op het Strijdplan 2024 van de stichting. De bron noemt",
            "voorbeelden van deelnemers (onder meer met Wajong of bijstand), geen voorwaarde over de "
            "uitkering.",
            "Als betalers noemt de deskresearch gemeentelijke en justitiële budgetten en fondsen, niet het "
            "UWV.",
        ),
        "conditions": [
            ("Is de persoon langer dan een jaar niet actief geweest op de arbeidsmarkt of in een opleiding?",
             "Hebt u langer dan een jaar geen werk of opleiding gehad?", None),
            ("Wil de persoon meedoen aan een groepsprogramma met veel sport, vooral rugby?",
             "Wilt u meedoen in een groep waarin u veel sport, vooral rugby?", None),
            ("Uitkering van het UWV? Vraag De Harde Leerschool of de verwijzer hoe deelname betaald wordt; "
             "de "
             "bron noemt alleen gemeentelijke en justitiële budgetten en fondsen.",
             "Hebt u een uitkering van het UWV? Vraag dan hoe uw deelname betaald wordt.", None),
        ],
    },
    "participatieve-aanpak-op-de-werkplek": {
        "situations": ["employed_at_risk", "sick_listed", "job_seeking"],
        E: {
            "situations": "003 r. 1569–1571, 1886–1889: werknemers of potentieel werkenden; de werkplek waar "
            "de persoon werkt of gaat re-integreren",
            "wishes": "003 r. 1569–1571: duurzame inzetbaarheid of re-integratie (redactioneel)",
        },
        "dutch_evidence": "controlled",
        "summary": T(
            "Hebt u werk, maar gaat het niet goed door uw klachten? Of wilt u terugkomen na ziekte of op een",
            "nieuwe werkplek beginnen? Met de Participatieve Aanpak zoeken u, uw werkgever en een "
            "procesbegeleider",
            "samen uit wat er op uw werk moet veranderen. Samen maakt u een plan en voert u het uit.",
        ),
        "conditions": [
            ("Is er een werkplek waar de persoon werkt of gaat re-integreren, en doet de werkgever mee? Is "
             "er "
             "een procesbegeleider (bijvoorbeeld via de bedrijfsarts)?",
             "Wil uw werkgever meedoen? Vraag uw leidinggevende of bedrijfsarts.", None),
        ],
    },
}
