"""The words around the matches: where and whom to contact, evidence, the order, and the groups
the research says are often not reached."""

from __future__ import annotations

from django.utils import formats
from django.utils.translation import gettext, gettext_noop, ngettext

from programmes import vocabulary as vocab
from programmes.catalogue import EvidenceData, KindData, OfferingData, ProgrammeData
from programmes.languages import Localised
from programmes.said import catalogue_text
from triage.outcome import NotReached


def contact_text(o: OfferingData, *, professional: bool) -> Localised:
    """The offering's own contact text for this reader (text "" when it has none): the one written
    about "de cliënt" for someone filling this in for another person, else the client's own; in the
    language of the request where the catalogue has it (else Dutch, marked "nl")."""
    if professional and o.contact_professional:
        return catalogue_text(o.contact_professional, o.contact_professional_en)
    return catalogue_text(o.contact, o.contact_en)


def own_contact(o: OfferingData, *, professional: bool) -> str:
    return contact_text(o, professional=professional).text


def offering_details(o: OfferingData, *, professional: bool = False, with_contact: bool = True) -> str:
    """What follows the provider's name: " – landelijk – alleen voor cliënten van X. Contact"
    (without the contact when the caller places it itself, marked with its language)."""
    details = ""
    if o.is_national:
        details += " – " + gettext("landelijk")
    if o.requires_care_at_provider:
        details += " – " + gettext("alleen voor cliënten van %(provider)s") % {"provider": o.provider.name}
    contact = own_contact(o, professional=professional) if with_contact else ""
    if contact:
        details += f". {contact}"
    return details


def key_evidence(p: ProgrammeData) -> EvidenceData | None:
    """The programme's key result: the one marked as such, else the first."""
    return next((e for e in p.evidence if e.is_key), p.evidence[0] if p.evidence else None)


def study_line(e: EvidenceData) -> str:
    study = e.design
    if e.participants:
        study += f", N = {e.participants}"
    if e.year:
        study += f", {e.year}"
    return gettext("(%(study)s; bron: %(source)s)") % {"study": study, "source": e.source}


def percent(value: float) -> str:
    """48,8% in Dutch, 48.8% in English (the request's decimal separator); 6% without ",0"."""
    separator = formats.get_format("DECIMAL_SEPARATOR")
    return f"{value:.1f}".replace(".", separator).removesuffix(f"{separator}0") + "%"


def kind_figure(kind: KindData) -> str:
    """International figures for the kind of support: context, never this programme's own result."""
    if kind.median_paid_work_pct is None:
        return ""
    studies = ""
    if kind.studies_count:
        spread = ""
        if kind.paid_work_range:
            spread = gettext(", spreiding %(range)s") % {"range": kind.paid_work_range}
        studies = ngettext(" (%(count)s studie%(spread)s)", " (%(count)s studies%(spread)s)",
                           kind.studies_count) % {"count": kind.studies_count, "spread": spread}
    return gettext(
        "Internationaal, bij dit soort begeleiding (%(kind)s): in het midden van de "
        "studies vond %(percent)s van de deelnemers betaald werk%(studies)s. "
        "Dat is geen resultaat van dit traject zelf."
    ) % {"kind": catalogue_text(kind.name, kind.name_en).text.lower(),
         "percent": percent(kind.median_paid_work_pct), "studies": studies}


def dutch_evidence(p: ProgrammeData) -> str:
    return gettext(vocab.label(vocab.DUTCH_EVIDENCE, p.dutch_evidence))


# --- The order, in one sentence ---------------------------------------------------------------------

ORDER_CLIENT = gettext_noop(
    "Bovenaan staat wat past bij uw wens. Heeft u ernstige psychische problemen en krijgt u zorg, "
    "dan komt eerst begeleiding waarin werk en behandeling samengaan. Daarna telt hoe goed het traject "
    "zelf in Nederland onderzocht is, en aanbod in uw regio komt vóór landelijk aanbod."
)
ORDER_PROFESSIONAL = gettext_noop(
    "Volgorde: eerst wat de ondersteuningswens dient; bij EPA in zorg eerst geïntegreerde "
    "werk-zorgbegeleiding; dan het Nederlandse onderzoek naar dit traject (met controlegroep, "
    "dan resultaatmeting, dan geen); "
    "dan regionaal vóór landelijk. Internationale cijfers per soort begeleiding tellen niet mee."
)


def order_sentence(*, professional: bool) -> str:
    return gettext(ORDER_PROFESSIONAL if professional else ORDER_CLIENT)


# --- The groups that are often not reached --------------------------------------------------------

_NOT_REACHED = {
    NotReached.EPA_WITHOUT_CARE: (
        gettext_noop(
            "Mensen met ernstige psychische problemen die (nog) geen zorg krijgen, worden volgens het "
            "onderzoek vaak niet bereikt door begeleiding naar werk. De meeste trajecten, zoals IPS, lopen "
            "via een GGZ-instelling. Ga daarom eerst naar uw huisarts: die kan u doorverwijzen naar zorg. "
            "Daarna komen ook trajecten als IPS in beeld."),
        gettext_noop(
            "Het onderzoek wijst mensen met EPA zonder zorg aan als groep die vaak niet bereikt wordt: "
            "geïntegreerde trajecten lopen via de GGZ. Route: huisarts → verwijzing naar de GGZ."),
    ),
    NotReached.NO_BENEFIT: (
        gettext_noop(
            "Mensen zonder uitkering worden volgens het onderzoek vaak niet bereikt. Of u hulp bij werk "
            "krijgt, hangt af van uw gemeente: vraag bij het Werkplein of de sociale dienst naar een "
            "klantmanager. Zonder uitkering betaalt meestal de gemeente, als zij dat wil."),
        gettext_noop(
            "Het onderzoek wijst mensen zonder uitkering (niet-uitkeringsgerechtigden) aan als groep die "
            "vaak niet bereikt wordt: ondersteuning hangt af van de gemeente (re-integratiebudget)."),
    ),
}


def not_reached_texts(groups: frozenset[NotReached], *, professional: bool) -> list[str]:
    return [gettext(_NOT_REACHED[group][professional]) for group in NotReached if group in groups]


# --- What to do now: who to contact, and how -------------------------------------------------------

_DESK_CLIENT = {
    vocab.Desk.MUNICIPALITY: gettext_noop("Vraag uw klantmanager Werk en Inkomen bij de gemeente"),
    vocab.Desk.UWV: gettext_noop("Vraag uw werkcoach bij UWV"),
    vocab.Desk.TREATMENT: gettext_noop("Vraag uw behandelaar"),
}
_DESK_PROFESSIONAL = {
    vocab.Desk.MUNICIPALITY: gettext_noop("Via de klantmanager Werk en Inkomen van de gemeente"),
    vocab.Desk.UWV: gettext_noop("Via de werkcoach of arbeidsdeskundige van UWV"),
    vocab.Desk.TREATMENT: gettext_noop("Via de behandelaar"),
}


def contact_route(o: OfferingData | None, *, professional: bool) -> str:
    """How to get in touch about one offering: its own contact text, else the loket it goes through."""
    if o is None:
        if professional:
            return gettext("Via de behandelaar: vraag of de eigen GGZ-instelling het aanbiedt.")
        return gettext("Vraag uw behandelaar of uw GGZ-instelling dit aanbiedt.")
    contact = own_contact(o, professional=professional)
    if contact:
        return contact
    desks = _DESK_PROFESSIONAL if professional else _DESK_CLIENT
    if o.desk in desks:
        return gettext(desks[o.desk]) + "."
    return gettext("Neem contact op met %(provider)s.") % {"provider": o.provider.name}


def next_step(o: OfferingData | None, *, professional: bool) -> str:
    """One plain sentence: whom to contact tomorrow about this programme (its name is shown
    before it, apart: a name in brackets at the end was hard to find, and English names that
    explain themselves in brackets ended in two pairs of them)."""
    return contact_route(o, professional=professional).rstrip(".") + "."


GAP_ROUTES_CLIENT = (
    (gettext_noop("Uw gemeente"), gettext_noop(
        "het Werkplein of de sociale dienst: voor hulp bij werk als u bijstand of geen "
        "uitkering heeft. Vraag naar een klantmanager.")),
    ("UWV", gettext_noop(
        "voor hulp bij werk als u WW, WIA, Wajong of Ziektewet heeft. UWV betaalt begeleiding voor "
        "mensen met WW uit het werkloosheidsfonds. Vraag uw werkcoach, of kijk op werk.nl.")),
    (gettext_noop("Uw huisarts"), gettext_noop(
        "voor psychische klachten. De huisarts of praktijkondersteuner (POH-GGZ) kan u "
        "doorverwijzen naar zorg. Daarna komen soms ook trajecten zoals IPS in beeld.")),
)
GAP_ROUTES_PROFESSIONAL = (
    (gettext_noop("De gemeente"), gettext_noop(
        "het Werkplein of de sociale dienst: hulp bij werk bij bijstand of zonder uitkering "
        "(Participatiewet). Via de klantmanager.")),
    ("UWV", gettext_noop(
        "hulp bij werk bij WW, WIA, Wajong of Ziektewet; bij WW uit het werkloosheidsfonds. Via de "
        "werkcoach of arbeidsdeskundige.")),
    (gettext_noop("De huisarts"), gettext_noop(
        "bij psychische klachten zonder zorg: de huisarts of POH-GGZ verwijst door naar zorg; "
        "daarna komen ook trajecten als IPS in beeld.")),
)


def gap_routes(*, professional: bool) -> tuple[tuple[str, str], ...]:
    """Where to go when nothing in the catalogue fits, in the language of the request."""
    routes = GAP_ROUTES_PROFESSIONAL if professional else GAP_ROUTES_CLIENT
    return tuple((gettext(where), gettext(what)) for where, what in routes)


def ww_route() -> str:
    return gettext(WW_ROUTE)


WW_ROUTE = gettext_noop(
    "Heeft u WW? Vraag uw werkcoach bij UWV welke begeleiding naar werk er voor u is. UWV betaalt "
    "begeleiding voor mensen met WW uit het werkloosheidsfonds."
)
