"""The offline `events` command: enriched articles in, events out, by the stream's own code."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from services.aggregator.archive import bounded_sets
from services.aggregator.background import DEFAULT_BACKGROUND_DAYS, attach
from services.aggregator.event_values import Event, summarise
from services.aggregator.events import group_reports
from services.aggregator.reports import Report, reports_from_incident_set


def read_enriched(path: Path) -> list[dict[str, Any]]:
    """Read enriched-article JSONL; a later line for the same id replaces an earlier one (a correction)."""
    latest: dict[str, dict[str, Any]] = {}
    with path.open("rb") as f:
        for line in f:
            if line.strip():
                record = orjson.loads(line)
                latest[record["id"]] = record
    return list(latest.values())


def article_reports(enriched: Iterable[dict[str, Any]], horizon: tuple[int, int] | None = None) -> list[Report]:
    """Build each article's incident set exactly as the enricher does for the incidents topic, then its reports.

    With `horizon` = (daily retention days, event window days), keep only what the aggregator keeps when it
    receives the articles in publication order (bounded state, services/aggregator/archive.py).
    """
    from services.enricher.core import incident_set  # the enricher's own code; imported late (it loads spaCy)

    sets = [incident_set(article) for article in enriched]
    if horizon is not None:
        sets = bounded_sets(sets, *horizon)
    return [r for s in sets for r in reports_from_incident_set(s)]


def events_of(reports: Iterable[Report], background_days: int = DEFAULT_BACKGROUND_DAYS) -> list[Event]:
    """Group the current reports, summarise each group (in canonical order), then attach background reports."""
    reports = list(reports)
    return attach([summarise(group) for group in group_reports(reports)], reports, background_days)


def format_events(events: list[Event]) -> str:
    """Render events as a table, one line per event with its supporting articles below."""
    lines = [f"{'event':20s} {'cc':2s} {'type':15s} {'date':10s} {'dead':>5s} {'reports':>7s}  location"]
    for e in events:
        dead = "-" if e.fatalities is None else str(e.fatalities)
        lines.append(f"{e.id:20s} {e.country:2s} {e.type:15s} {e.event_date:10s} {dead:>5s} {e.reports:7d}  {e.location or '-'}")
        lines.extend(f"{'':24s}{article}{'  (background)' if article in e.background_articles else ''}"
                     for article in e.articles)
    countries = {e.country for e in events}
    lines.append(f"{len(events)} events in {len(countries)} countries")
    return "\n".join(lines)
