"""The HSDS API's query parameters, checked, and its paging and filters. Pure: no ORM, no request."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 500
AMSTERDAM = ZoneInfo("Europe/Amsterdam")

BOOLEAN = {"true": True, "1": True, "false": False, "0": False}
REPEATED = "Geef deze parameter maar één keer op."


@dataclass(frozen=True)
class ListQuery:
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE
    search: str = ""
    full: bool = False
    full_service: bool = False
    minimal: bool = False
    top_only: bool = False
    taxonomy_term_id: str = ""
    taxonomy_id: str = ""
    organization_id: str = ""
    parent_id: str = ""
    modified_after: datetime | None = None


def _integer(text: str, low: int, high: int | None, name: str) -> tuple[int | None, str | None]:
    try:
        value = int(text)
    except ValueError:
        return None, f"‘{name}’ moet een geheel getal zijn."
    if value < low or (high is not None and value > high):
        limit = f"tussen {low} en {high}" if high is not None else f"{low} of meer"
        return None, f"‘{name}’ moet {limit} zijn."
    return value, None


def _moment(text: str) -> tuple[datetime | None, str | None]:
    """ISO 8601, e.g. 2026-11-22 or 2026-11-22T10:00:00Z; without a zone: Dutch time."""
    # An unencoded "+" of a zone arrives as a space.
    text = text.strip().replace(" ", "+")
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None, (
            "‘modified_after’ moet een datum of tijdstip zijn, bijvoorbeeld 2026-11-22 "
            "of 2026-11-22T10:00:00Z."
        )
    return (value if value.tzinfo else value.replace(tzinfo=AMSTERDAM)), None


def parse(
    params: Mapping[str, Sequence[str]], allowed: Iterable[str]
) -> tuple[ListQuery, dict[str, list[str]]]:
    """params: every value given per name (a QueryDict's lists). Parameters outside `allowed` are ignored,
    as HSDS clients may send ones we do not offer (postcode, proximity)."""
    values: dict[str, Any] = {}
    errors: dict[str, list[str]] = {}
    for name in allowed:
        given = params.get(name)
        if not given:
            continue
        if len(given) > 1:
            errors[name] = [REPEATED]
            continue
        text = given[0]
        error = None
        if name == "page":
            values[name], error = _integer(text, 1, None, name)
        elif name == "per_page":
            values[name], error = _integer(text, 1, MAX_PER_PAGE, name)
        elif name in {"full", "full_service", "minimal", "top_only"}:
            if text.lower() in BOOLEAN:
                values[name] = BOOLEAN[text.lower()]
            else:
                error = f"‘{name}’ moet true of false zijn."
        elif name == "modified_after":
            values[name], error = _moment(text)
        elif name == "format":
            if text.lower() != "json":
                error = "Alleen format=json wordt ondersteund."
        else:
            values[name] = text.strip()
        if error:
            errors[name] = [error]
    if errors:
        return ListQuery(), errors
    return ListQuery(**{k: v for k, v in values.items() if v is not None}), {}


def page_of(items: Sequence[Any], query: ListQuery) -> dict[str, Any]:
    """The HSDS Page object (openapi components/schemas/Page) around one page of items."""
    total = len(items)
    pages = math.ceil(total / query.per_page)
    start = (query.page - 1) * query.per_page
    contents = list(items[start : start + query.per_page])
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": query.page,
        "size": len(contents),
        "first_page": query.page == 1,
        "last_page": query.page >= pages,
        "empty": not contents,
        "contents": contents,
    }


def matches(search: str, *texts: str | None) -> bool:
    needle = search.casefold()
    return not needle or any(needle in (text or "").casefold() for text in texts)
