"""Shared test helpers: free ports, unique names, and the offline expectation of the counts."""

from __future__ import annotations

import socket
import uuid
from typing import Any

from services.aggregator.counting import CountryIndex, contributions_by_country
from services.enricher.core import incident_set


def free_port() -> int:
    """Ask the OS for a free TCP port on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def unique(prefix: str) -> str:
    """A name no other test uses (topics, groups)."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def expected_totals(enriched_latest: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Country totals that the aggregator must reach for these enriched articles (last version per id)."""
    index = CountryIndex()
    for enriched in enriched_latest.values():
        for country, contribution in contributions_by_country(incident_set(enriched)).items():
            index.apply(country, None, contribution)
    return {cc: {"total": t.total, "by_type": t.to_json()["by_type"], "fatalities": t.fatalities}
            for cc, t in index.totals.items() if t.total}
