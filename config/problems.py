"""What the error pages say, in one table: the page frame is one template per kind of frame.

400, 403, 404 and the failed CSRF check render `errors/problem.html` inside the site's frame; 500 and
503 render `errors/standalone.html`, which needs no request, session, database or URL reversing.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Problem:
    title: Promise
    heading: Promise
    paragraphs: tuple[Promise, ...]
    # (URL name, link text); the standalone frame links to the start page by address instead.
    links: tuple[tuple[str, Promise], ...] = ()
    home_link: Promise | str = ""


_START = ("triage:start", _("Naar de startpagina"))

PROBLEMS: dict[str, Problem] = {
    "400": Problem(
        _("Verzoek niet begrepen"), _("Dat verzoek begrijpen we niet"),
        (_("Er ging iets mis met wat uw browser stuurde. Ga terug en probeer het opnieuw. Lukt het niet? "
           "Begin dan opnieuw bij de startpagina."),),
        (_START,),
    ),
    "403": Problem(
        _("Geen toegang"), _("U heeft geen toegang tot deze pagina"),
        (_("Deze pagina is alleen voor wie daar toestemming voor heeft. Denkt u dat dit niet klopt? Log dan "
           "in met het juiste account, of vraag het de beheerder."),),
        (_START,),
    ),
    "403_csrf": Problem(
        _("Formulier verlopen"), _("Dit formulier is verlopen"),
        (_("Om uw gegevens te beschermen, controleren we of een formulier echt van deze website komt. Dat "
           "lukte nu niet. Dat gebeurt bijvoorbeeld als de pagina lang open stond, of als u intussen in een "
           "ander tabblad heeft ingelogd of uitgelogd."),
         _("Ga terug, vernieuw de pagina en probeer het opnieuw. Staan cookies uit in uw browser? Zet ze "
           "dan aan voor deze website: zonder cookie kunnen we uw antwoorden niet onthouden.")),
        (_START,),
    ),
    "404": Problem(
        _("Pagina niet gevonden"), _("Deze pagina bestaat niet"),
        (_("De pagina die u zoekt, kunnen we niet vinden. Misschien is het adres verkeerd getypt, of is de "
           "pagina verplaatst."),),
        (("triage:start", _("Begin bij het stroomschema")),
         ("programmes:list", _("Bekijk de catalogus van trajecten"))),
    ),
    "500": Problem(
        _("Er ging iets mis"), _("Er ging iets mis"),
        (_("Door een fout aan onze kant kunnen we deze pagina nu niet tonen. Uw antwoorden zijn niet "
           "opgeslagen of gedeeld. Probeer het over een paar minuten opnieuw."),),
        home_link=_("Naar de startpagina"),
    ),
    "503": Problem(
        _("Even niet beschikbaar"), _("Werkroute is even niet beschikbaar"),
        (_("We kunnen op dit moment geen advies geven, omdat een onderdeel van de website niet werkt. "
           "Probeer het over een paar minuten opnieuw."),
         _("Uw antwoorden zijn niet gedeeld. Had u al vragen beantwoord? Dan moet u misschien opnieuw "
           "beginnen.")),
        home_link=_("Opnieuw proberen"),
    ),
}
