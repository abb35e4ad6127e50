"""The `counts` command: the per-country table as a consumer of incidents.by_country sees it."""

from __future__ import annotations

from typing import Any

from services.common.settings import Settings
from services.common.table_topic import read_latest
from services.common.taxonomy import INCIDENT_TYPES

SHORT = {"battle": "battle", "explosion": "explos", "civilian_attack": "civ_att", "protest": "protest", "riot": "riot"}


async def current_counts(settings: Settings) -> list[dict[str, Any]]:
    """Read the table topic and return the countries with incidents, most events (then reports) first."""
    latest = await read_latest(settings.kafka_bootstrap_servers, settings.topic_incidents_by_country)
    rows = [v for v in latest.values() if v.get("total", 0) > 0]
    return sorted(rows, key=lambda r: (-r.get("events", r["total"]), -r["total"], r["country"]))


def format_table(rows: list[dict[str, Any]]) -> str:
    """Render rows as an aligned text table: events (distinct incidents) by type and their toll, then reports.

    A country-counts v1 value (no events yet) shows its reports in the event columns.
    """
    header = ["code", "name", "events", *(SHORT[t] for t in INCIDENT_TYPES), "dead", "reports"]
    lines = [[r["country"], r["name"][:28], str(r.get("events", r["total"])),
              *(str(r.get("events_by_type", r["by_type"]).get(t, 0)) for t in INCIDENT_TYPES),
              str(r.get("event_fatalities", r["fatalities"])), str(r["total"])] for r in rows]
    widths = [max(len(row[i]) for row in [header, *lines]) for i in range(len(header))]
    out = ["  ".join(cell.ljust(w) if i < 2 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths)))
           for row in [header, *lines]]
    if not rows:
        out.append("(no incidents counted yet)")
    return "\n".join(out)
