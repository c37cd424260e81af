"""Places where apps above triage add to its pages, so triage never names them.

`casework` registers its "Casus vastleggen" panel for the result page from its AppConfig.ready().
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class ResultPanel:
    template: str  # rendered at the end of the result page, with the page's context
    visible: Callable[[object], bool]  # given the user


_RESULT_PANELS: list[ResultPanel] = []


def register_result_panel(panel: ResultPanel) -> None:
    if panel not in _RESULT_PANELS:
        _RESULT_PANELS.append(panel)


def result_panels(user) -> list[str]:
    """The templates of the panels this user sees on the result page."""
    return [panel.template for panel in _RESULT_PANELS if panel.visible(user)]
