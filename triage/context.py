"""The flow's view of the catalogue (GGZ-instellingen, gemeenten), derived once per catalogue version."""

from programmes import snapshot
from programmes.catalogue import Catalogue
from programmes.places import shown_name
from triage.flow import FlowContext


def flow_context_of(catalogue: Catalogue) -> FlowContext:
    return FlowContext(
        providers=tuple((org.slug, org.name) for org in catalogue.care_providers()),
        # As people read them: "Bergen (Noord-Holland)", not CBS's "Bergen (NH.)".
        municipalities={code: shown_name(m.name) for code, m in catalogue.municipalities.items()},
    )


def current_flow_context() -> FlowContext:
    return snapshot.derived("flow-context", flow_context_of)
