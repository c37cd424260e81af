"""The words for openers: the one real change that would open a near miss."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.translation import gettext, gettext_noop

from programmes import vocabulary as vocab
from programmes.catalogue import OrganisationData
from triage.outcome import Opener, OpenerKind
from triage.wording.phrases import join_or, phrase

REFERRAL_SPECIALIST = gettext_noop("Behandeling bij een GGZ-instelling: vraag de huisarts om een verwijzing")
REFERRAL_BASIC = gettext_noop("Hulp bij psychische klachten: vraag het de huisarts of de POH-GGZ")
REFERRAL_WMO = gettext_noop("Begeleiding aanvragen bij de gemeente (Wmo)")
# The opener says which benefit the programme needs and where to ask whether the person (who has
# none) is entitled to it; matching never offers this to someone who has a benefit.
_BENEFIT_ROUTES = (
    (vocab.MUNICIPAL_BENEFITS, gettext_noop("Recht op bijstand? Vraag die aan bij de gemeente.")),
    (frozenset({"ww"}), gettext_noop("Recht op WW? Vraag die aan bij UWV.")),
    (
        vocab.UWV_BENEFITS - {"ww"},
        gettext_noop("Recht op een WIA-, Wajong-, Ziektewet- of WAO-uitkering? Vraag die aan bij UWV."),
    ),
)
_MAX_NAMES = 5


def opener_text(opener: Opener | None, *, professional: bool = False) -> str:
    """What would open a near miss, in one line ("" when nothing would): "u" for the person
    themselves, "de cliënt" when someone else reads it."""
    if opener is None:
        return ""
    if opener.kind == OpenerKind.GGZ_REFERRAL:
        referral = REFERRAL_BASIC if "basic_ggz" in opener.values else REFERRAL_SPECIALIST
        first = gettext(referral)
        at = f" ({names(opener.providers)})" if opener.providers else ""
        return first + at
    if opener.kind == OpenerKind.WMO_SUPPORT:
        return gettext(REFERRAL_WMO)
    if opener.kind == OpenerKind.BENEFIT_APPLICATION:
        return " ".join(gettext(text) for benefits, text in _BENEFIT_ROUTES if opener.values & benefits)
    if opener.kind == OpenerKind.OTHER_WISH:
        wishes = join_or(phrase("wish", v) for v in vocab.in_order("wish", opener.values))
        if professional:
            return gettext("Als de cliënt ook open staat voor: %(wishes)s") % {"wishes": wishes}
        return gettext("Als u ook open staat voor: %(wishes)s") % {"wishes": wishes}
    if opener.kind == OpenerKind.AGE:
        if professional:
            return gettext("Vanaf %(age)s jaar kan de cliënt meedoen") % {"age": opener.age}
        return gettext("Vanaf %(age)s jaar kunt u meedoen") % {"age": opener.age}
    return ""


def names(orgs: Iterable[OrganisationData]) -> str:
    found = [org.name for org in orgs]
    if len(found) > _MAX_NAMES:
        rest = len(found) - _MAX_NAMES + 1
        return gettext("%(names)s of %(rest)s andere instellingen") % {
            "names": ", ".join(found[: _MAX_NAMES - 1]), "rest": rest}
    return join_or(found)
