"""The stroomschema's groups of trajectories (leaves) as data: the answers that lead to each group,
its words beside them, and the benefit groups that decide who pays. Read by `triage.diagram`.

Pure but for translation: the words are marked with gettext_noop; `triage.diagram` says them in the
request's language when it builds the graph.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from django.utils.translation import gettext_noop

from programmes import vocabulary as vocab
from triage import flow


@dataclass(frozen=True)
class BenefitGroup:
    key: str
    label: str
    phrase: str  # after "Betaalt": "bij bijstand"
    benefits: frozenset[str]


# Who pays follows the benefit (desk research, "Financiering begeleidingstrajecten naar werk in
# Nederland"): the gemeente for bijstand, UWV for its own benefits, and without one it depends.
BENEFIT_GROUPS = (
    BenefitGroup("bijstand", gettext_noop("Bijstand"), gettext_noop("bij bijstand"),
                 vocab.MUNICIPAL_BENEFITS),
    BenefitGroup("uwv", gettext_noop("UWV-uitkering"), gettext_noop("bij een UWV-uitkering"),
                 vocab.UWV_BENEFITS),
    BenefitGroup("geen", gettext_noop("Geen uitkering"), gettext_noop("zonder uitkering"),
                 frozenset({vocab.NONE})),
)
GROUP_BY_KEY = {group.key: group for group in BENEFIT_GROUPS}
_IN_CARE = tuple(v.key for v in vocab.CARE_VALUES if v.key != vocab.NONE)
_SEEKING = frozenset({"job_seeking", "in_education"})


@dataclass(frozen=True)
class LeafSpec:
    """A group of trajectories and the answers that lead to it."""

    key: str
    after: str  # the question whose answer opens it
    edge_label: str
    title: str
    note: str
    # The path: each key must have one of these answers (also what highlights it for a person).
    when: Mapping[str, frozenset[str]]
    # Answers assumed while finding its trajectories, e.g. "no care": the group needs none.
    assume: Mapping[str, str] = field(default_factory=dict)
    # Its trajectories are those found on `when` but not when these answers replace them.
    contrast: Mapping[str, str] = field(default_factory=dict)
    benefit_group: str = ""  # the benefits on its path, for who pays; "" = per benefit

    @property
    def id(self) -> str:
        return f"groep-{self.key}"


NO_CARE = {"care": vocab.NONE}

LEAF_SPECS: tuple[LeafSpec, ...] = (
    LeafSpec(
        key="zorg", after="severity", edge_label=gettext_noop("Ja (EPA), en in zorg"),
        title=gettext_noop("Werk en zorg samen"),
        note=gettext_noop("Begeleiding naar werk die samengaat met de behandeling. Bij ernstige "
                          "psychische problemen werkt dat het best."),
        when={"concern": frozenset({"mental"}), "care": frozenset(_IN_CARE),
              "severity": frozenset({"severe"})},
        contrast=NO_CARE,
    ),
    LeafSpec(
        key="zorg-licht", after="severity", edge_label=gettext_noop("Nee (licht of matig), en in zorg"),
        title=gettext_noop("Via de zorg, bij lichtere klachten"),
        note=gettext_noop("Begeleiding naar werk voor wie in zorg is met lichte of matige klachten, "
                          "vaak samen met de eigen behandelaar."),
        when={"concern": frozenset({"mental"}), "care": frozenset(_IN_CARE),
              "severity": frozenset({"mild_moderate"})},
        contrast=NO_CARE,
    ),
    LeafSpec(
        key="werk-behouden", after="situation", edge_label=gettext_noop("Heeft werk of is ziekgemeld"),
        title=gettext_noop("Werk behouden of terugkeren"),
        note=gettext_noop("Begeleiding op en rond de werkplek, met de werkgever."),
        when={"situation": frozenset({"employed_at_risk", "sick_listed"})},
        assume=NO_CARE,
    ),
    LeafSpec(
        key="gemeente", after="benefit", edge_label=gettext_noop("Bijstand"),
        title=gettext_noop("Aanbod via de gemeente"),
        note=gettext_noop("De gemeente (klantmanager Werk en Inkomen) zet deze trajecten in voor wie "
                          "werk zoekt."),
        when={"situation": _SEEKING, "benefit": vocab.MUNICIPAL_BENEFITS},
        assume=NO_CARE, benefit_group="bijstand",
    ),
    LeafSpec(
        key="uwv", after="benefit", edge_label=gettext_noop("UWV-uitkering"),
        title=gettext_noop("Aanbod via UWV"),
        note=gettext_noop("Bij WW, WIA, Wajong, Ziektewet, WAO of WAZ: de werkcoach of "
                          "arbeidsdeskundige van UWV."),
        when={"situation": _SEEKING, "benefit": vocab.UWV_BENEFITS},
        assume=NO_CARE, benefit_group="uwv",
    ),
    LeafSpec(
        key="geen-uitkering", after="benefit", edge_label=gettext_noop("Geen uitkering"),
        title=gettext_noop("Hangt af van de gemeente"),
        note=gettext_noop("Zonder uitkering beslist de gemeente of zij begeleiding biedt. Deze groep "
                          "wordt vaak niet bereikt."),
        when={"situation": _SEEKING, "benefit": frozenset({vocab.NONE})},
        assume=NO_CARE, benefit_group="geen",
    ),
)
# Published programmes that no group above finds: shown, never hidden (a curator should look).
REST = LeafSpec(
    key="overig", after=flow.QUESTIONS[-1].key, edge_label=gettext_noop("Andere situaties"),
    title=gettext_noop("Andere trajecten"),
    note=gettext_noop("Trajecten die in geen van de groepen hierboven vallen."),
    when={},
)
