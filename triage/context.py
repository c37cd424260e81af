"""The flow's view of the catalogue, derived once per catalogue snapshot."""

from programmes.catalogue import Catalogue
from triage.flow import FlowContext

_memo: dict[int, tuple[Catalogue, FlowContext]] = {}


def flow_context(catalogue: Catalogue) -> FlowContext:
    cached = _memo.get(id(catalogue))
    if cached and cached[0] is catalogue:
        return cached[1]
    context = FlowContext(
        providers=tuple((org.slug, org.name) for org in catalogue.care_providers()),
        municipalities={code: m.name for code, m in catalogue.municipalities.items()},
    )
    _memo.clear()
    _memo[id(catalogue)] = (catalogue, context)
    return context
