"""The words around the matches: where and whom to contact, evidence, the order, and the groups
the research says are often not reached."""

from __future__ import annotations

from programmes import vocabulary as vocab
from programmes.catalogue import EvidenceData, KindData, OfferingData, ProgrammeData
from triage.outcome import NotReached


def offering_details(o: OfferingData, *, professional: bool = False) -> str:
    """What follows the provider's name: " – landelijk – alleen voor cliënten van X. Contact"."""
    details = ""
    if o.is_national:
        details += " – landelijk"
    if o.requires_care_at_provider:
        details += f" – alleen voor cliënten van {o.provider.name}"
    contact = (o.contact_professional if professional else "") or o.contact
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
    return f"({study}; bron: {e.source})"


def percent(value: float) -> str:
    return f"{value:.1f}".replace(".", ",").removesuffix(",0") + "%"


def kind_figure(kind: KindData) -> str:
    """International figures for the kind of support: context, never this programme's own result."""
    if kind.median_paid_work_pct is None:
        return ""
    studies = ""
    if kind.studies_count:
        spread = f", spreiding {kind.paid_work_range}" if kind.paid_work_range else ""
        studies = f" ({kind.studies_count} studies{spread})"
    return (
        f"Internationaal, bij dit soort begeleiding ({kind.name.lower()}): in het midden van de "
        f"studies vond {percent(kind.median_paid_work_pct)} van de deelnemers betaald werk{studies}. "
        "Dat is geen resultaat van dit traject zelf."
    )


def dutch_evidence(p: ProgrammeData) -> str:
    return vocab.label(vocab.DUTCH_EVIDENCE, p.dutch_evidence)


# --- The order, in one sentence ---------------------------------------------------------------------

ORDER_CLIENT = (
    "Bovenaan staat wat past bij uw wens. Heeft u ernstige psychische problemen en krijgt u zorg, "
    "dan komt eerst begeleiding waarin werk en behandeling samengaan. Daarna telt hoe goed het traject "
    "zelf in Nederland onderzocht is, en aanbod in uw regio komt vóór landelijk aanbod."
)
ORDER_PROFESSIONAL = (
    "Volgorde: eerst wat de ondersteuningswens dient; bij EPA in zorg eerst geïntegreerde "
    "werk-zorgbegeleiding; dan het Nederlandse onderzoek naar dit traject (met controlegroep, "
    "dan resultaatmeting, dan geen); "
    "dan regionaal vóór landelijk. Internationale cijfers per soort begeleiding tellen niet mee."
)


def order_sentence(*, professional: bool) -> str:
    return ORDER_PROFESSIONAL if professional else ORDER_CLIENT


# --- The groups that are often not reached --------------------------------------------------------

_NOT_REACHED = {
    NotReached.EPA_WITHOUT_CARE: (
        "Mensen met ernstige psychische problemen die (nog) geen zorg krijgen, worden volgens het "
        "onderzoek vaak niet bereikt door begeleiding naar werk. De meeste trajecten, zoals IPS, lopen "
        "via een GGZ-instelling. Ga daarom eerst naar uw huisarts: die kan u doorverwijzen naar zorg. "
        "Daarna komen ook trajecten als IPS in beeld.",
        "Het onderzoek wijst mensen met EPA zonder zorg aan als groep die vaak niet bereikt wordt: "
        "geïntegreerde trajecten lopen via de GGZ. Route: huisarts → verwijzing naar de GGZ.",
    ),
    NotReached.NO_BENEFIT: (
        "Mensen zonder uitkering worden volgens het onderzoek vaak niet bereikt. Of u hulp bij werk "
        "krijgt, hangt af van uw gemeente: vraag bij het Werkplein of de sociale dienst naar een "
        "klantmanager. Zonder uitkering betaalt meestal de gemeente, als zij dat wil.",
        "Het onderzoek wijst mensen zonder uitkering (niet-uitkeringsgerechtigden) aan als groep die "
        "vaak niet bereikt wordt: ondersteuning hangt af van de gemeente (re-integratiebudget).",
    ),
}


def not_reached_texts(groups: frozenset[NotReached], *, professional: bool) -> list[str]:
    return [_NOT_REACHED[group][professional] for group in NotReached if group in groups]


# --- What to do now: who to contact, and how -------------------------------------------------------

_DESK_CLIENT = {
    vocab.Desk.MUNICIPALITY: "Vraag uw klantmanager Werk en Inkomen bij de gemeente",
    vocab.Desk.UWV: "Vraag uw werkcoach bij UWV",
    vocab.Desk.TREATMENT: "Vraag uw behandelaar",
}
_DESK_PROFESSIONAL = {
    vocab.Desk.MUNICIPALITY: "Via de klantmanager Werk en Inkomen van de gemeente",
    vocab.Desk.UWV: "Via de werkcoach of arbeidsdeskundige van UWV",
    vocab.Desk.TREATMENT: "Via de behandelaar",
}


def contact_route(o: OfferingData | None, *, professional: bool) -> str:
    """How to get in touch about one offering: its own contact text, else the loket it goes through."""
    if o is None:
        return "Via de behandelaar: vraag of de eigen GGZ-instelling het aanbiedt." if professional else (
            "Vraag uw behandelaar of uw GGZ-instelling dit aanbiedt."
        )
    if professional and o.contact_professional:
        return o.contact_professional
    if o.contact:
        return o.contact
    desks = _DESK_PROFESSIONAL if professional else _DESK_CLIENT
    if o.desk in desks:
        return desks[o.desk] + "."
    return f"Neem contact op met {o.provider.name}."


def next_step(programme_name: str, o: OfferingData | None, *, professional: bool) -> str:
    """One plain sentence: whom to contact tomorrow about this programme."""
    route = contact_route(o, professional=professional).rstrip(".")
    return f"{route} ({programme_name})."


GAP_ROUTES_CLIENT = (
    ("Uw gemeente", "het Werkplein of de sociale dienst: voor hulp bij werk als u bijstand of geen "
     "uitkering heeft. Vraag naar een klantmanager."),
    ("UWV", "voor hulp bij werk als u WW, WIA, Wajong of Ziektewet heeft. UWV betaalt begeleiding voor "
     "mensen met WW uit het werkloosheidsfonds. Vraag uw werkcoach, of kijk op werk.nl."),
    ("Uw huisarts", "voor psychische klachten. De huisarts of praktijkondersteuner (POH-GGZ) kan u "
     "doorverwijzen naar zorg. Daarna komen soms ook trajecten zoals IPS in beeld."),
)
GAP_ROUTES_PROFESSIONAL = (
    ("De gemeente", "het Werkplein of de sociale dienst: hulp bij werk bij bijstand of zonder uitkering "
     "(Participatiewet). Via de klantmanager."),
    ("UWV", "hulp bij werk bij WW, WIA, Wajong of Ziektewet; bij WW uit het werkloosheidsfonds. Via de "
     "werkcoach of arbeidsdeskundige."),
    ("De huisarts", "bij psychische klachten zonder zorg: de huisarts of POH-GGZ verwijst door naar zorg; "
     "daarna komen ook trajecten als IPS in beeld."),
)


def gap_routes(*, professional: bool) -> tuple[tuple[str, str], ...]:
    """Where to go when nothing in the catalogue fits."""
    return GAP_ROUTES_PROFESSIONAL if professional else GAP_ROUTES_CLIENT


WW_ROUTE = (
    "Heeft u WW? Vraag uw werkcoach bij UWV welke begeleiding naar werk er voor u is. UWV betaalt "
    "begeleiding voor mensen met WW uit het werkloosheidsfonds."
)
