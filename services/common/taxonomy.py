"""The event taxonomy (DESIGN.md), defined once: which types exist, which are counted, what counts as a current incident."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

INCIDENT_TYPES = ("battle", "explosion", "civilian_attack", "protest", "riot")
VIOLENT_TYPES = ("explosion", "battle", "civilian_attack")
OTHER_TYPES = ("strategic", "diplomacy")
EVENT_TYPES = INCIDENT_TYPES + OTHER_TYPES


def is_counted(event: Mapping[str, Any]) -> bool:
    """Tell whether an enriched event counts: an incident type, not background, located in a country."""
    return (event.get("type") in INCIDENT_TYPES and event.get("incident", True) is not False
            and not event.get("background") and bool(event.get("country")))


def is_recalled(event: Mapping[str, Any]) -> bool:
    """Tell whether an enriched event is a background incident the grouping can use: as counted, but background."""
    return (event.get("type") in INCIDENT_TYPES and event.get("incident", True) is not False
            and bool(event.get("background")) and bool(event.get("country")))
