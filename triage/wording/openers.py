"""The words for openers: the one real change that would open a near miss."""

from __future__ import annotations

from collections.abc import Iterable

from programmes import vocabulary as vocab
from programmes.catalogue import OrganisationData
from triage.outcome import Opener, OpenerKind
from triage.wording.phrases import join_or, phrase

REFERRAL_SPECIALIST = "Behandeling bij een GGZ-instelling: vraag de huisarts om een verwijzing"
REFERRAL_BASIC = "Hulp bij psychische klachten: vraag het de huisarts of de POH-GGZ"
REFERRAL_WMO = "Begeleiding aanvragen bij de gemeente (Wmo)"
# The opener says which benefit the programme needs and where to ask whether the person (who has
# none) is entitled to it; matching never offers this to someone who has a benefit.
_BENEFIT_ROUTES = (
    (vocab.MUNICIPAL_BENEFITS, "Recht op bijstand? Vraag die aan bij de gemeente."),
    (frozenset({"ww"}), "Recht op WW? Vraag die aan bij UWV."),
    (
        vocab.UWV_BENEFITS - {"ww"},
        "Recht op een WIA-, Wajong-, Ziektewet- of WAO-uitkering? Vraag die aan bij UWV.",
    ),
)
_MAX_NAMES = 5


def opener_text(opener: Opener | None, *, professional: bool = False) -> str:
    """What would open a near miss, in one line ("" when nothing would): "u" for the person
    themselves, "de cliënt" when someone else reads it."""
    if opener is None:
        return ""
    if opener.kind == OpenerKind.GGZ_REFERRAL:
        first = REFERRAL_BASIC if "basic_ggz" in opener.values else REFERRAL_SPECIALIST
        at = f" ({names(opener.providers)})" if opener.providers else ""
        return first + at
    if opener.kind == OpenerKind.WMO_SUPPORT:
        return REFERRAL_WMO
    if opener.kind == OpenerKind.BENEFIT_APPLICATION:
        return " ".join(text for benefits, text in _BENEFIT_ROUTES if opener.values & benefits)
    if opener.kind == OpenerKind.OTHER_WISH:
        wishes = join_or(phrase("wish", v) for v in vocab.in_order("wish", opener.values))
        who = "de cliënt ook open staat" if professional else "u ook open staat"
        return f"Als {who} voor: {wishes}"
    if opener.kind == OpenerKind.AGE:
        who = "kan de cliënt" if professional else "kunt u"
        return f"Vanaf {opener.age} jaar {who} meedoen"
    return ""


def names(orgs: Iterable[OrganisationData]) -> str:
    found = [org.name for org in orgs]
    if len(found) > _MAX_NAMES:
        rest = len(found) - _MAX_NAMES + 1
        return ", ".join(found[: _MAX_NAMES - 1]) + f" of {rest} andere instellingen"
    return join_or(found)
