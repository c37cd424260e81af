"""Words Werkroute keeps in Dutch because English has no equivalent (bijstand, Wajong, WIA, UWV,
gemeente, GGZ, ...), each explained in plain words: the glossary page, in both languages.

Pure data: the explanations are Dutch (the source language) and said in the request's language
where shown. The terms themselves are never translated.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_noop


@dataclass(frozen=True)
class Term:
    slug: str  # the anchor on the glossary page: /woordenlijst#bijstand
    term: str  # the Dutch word, shown as is in every language
    explanation: str  # Dutch, marked for translation


TERMS: tuple[Term, ...] = (
    Term("arbeidsdeskundige", "Arbeidsdeskundige", gettext_noop(
        "Een deskundige van UWV die bekijkt welk werk iemand met een ziekte of beperking nog kan doen.")),
    Term("arbeidsmarktregio", "Arbeidsmarktregio", gettext_noop(
        "Nederland is verdeeld in 35 arbeidsmarktregio’s. Gemeenten en UWV werken per regio samen aan "
        "werk. Welke trajecten er zijn, verschilt per regio.")),
    Term("bijstand", "Bijstand", gettext_noop(
        "Geld van de gemeente voor wie niet genoeg inkomen of spaargeld heeft om van te leven. De regels "
        "staan in de Participatiewet.")),
    Term("bsn", "BSN", gettext_noop(
        "Burgerservicenummer: het persoonlijke nummer van iedereen die in Nederland staat ingeschreven. "
        "Werkroute vraagt er nooit om.")),
    Term("epa", "EPA", gettext_noop(
        "Ernstige psychische aandoening: psychische problemen die ernstig zijn en al lang duren.")),
    Term("gemeente", "Gemeente", gettext_noop(
        "Het bestuur van de plaats waar u woont. De gemeente helpt bij werk als u bijstand of geen "
        "uitkering heeft, en regelt begeleiding via de Wmo.")),
    Term("ggz", "GGZ", gettext_noop(
        "Geestelijke gezondheidszorg: zorg voor mensen met psychische klachten. Een GGZ-instelling is een "
        "organisatie die deze zorg geeft, zoals Yulius of Parnassia. Basis-GGZ is lichtere zorg, vaak via "
        "de huisarts.")),
    Term("ips", "IPS", gettext_noop(
        "Individuele plaatsing en steun: begeleiding naar betaald werk die samengaat met de behandeling "
        "in de GGZ. Het is goed onderzocht.")),
    Term("klantmanager", "Klantmanager", gettext_noop(
        "De medewerker van de gemeente (Werk en Inkomen) die u helpt met uw uitkering en met werk.")),
    Term("participatiewet", "Participatiewet", gettext_noop(
        "De wet over de bijstand en over hulp bij werk door de gemeente.")),
    Term("poh-ggz", "POH-GGZ", gettext_noop(
        "Praktijkondersteuner bij de huisarts voor psychische klachten. U gaat er via de huisarts naartoe.")),
    Term("uwv", "UWV", gettext_noop(
        "Uitvoeringsinstituut Werknemersverzekeringen: de landelijke organisatie voor uitkeringen zoals "
        "WW, WIA, Wajong en Ziektewet, en voor hulp bij werk.")),
    Term("wajong", "Wajong", gettext_noop(
        "Uitkering van UWV voor wie al voor de 18e verjaardag, of tijdens een studie, een ziekte of "
        "beperking had.")),
    Term("werkplein", "Werkplein", gettext_noop(
        "Het loket waar gemeente en UWV samen helpen met werk en uitkeringen.")),
    Term("wia", "WIA (WGA, IVA)", gettext_noop(
        "Uitkering van UWV na 2 jaar ziekte. WGA: u kunt nog een deel werken of weer beter worden. IVA: u "
        "kunt niet meer werken en wordt niet meer beter.")),
    Term("wmo", "Wmo", gettext_noop(
        "Wet maatschappelijke ondersteuning: de wet waarmee de gemeente begeleiding regelt, bijvoorbeeld "
        "begeleid wonen.")),
    Term("ww", "WW", gettext_noop(
        "Werkloosheidsuitkering van UWV, voor een tijd na het verlies van een baan.")),
    Term("ziektewet", "Ziektewet", gettext_noop(
        "Uitkering van UWV bij ziekte als er geen werkgever is die loon betaalt, bijvoorbeeld na het einde "
        "van een tijdelijk contract.")),
)
