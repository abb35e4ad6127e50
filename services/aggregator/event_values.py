"""An event's values (id, type, day, place, toll, report times, articles) and a country's event counts."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections import Counter
from dataclasses import dataclass
from typing import Any

from services.aggregator.reports import Report

EVENT_ID_PREFIX = "ev-"
EVENT_ID_HEX = 16  # 64 bits of sha256: collisions are negligible at any realistic number of events


@dataclass(frozen=True)
class Event:
    """One real incident, summarised from its reports (value of the events topic, event.v1)."""

    id: str
    country: str
    type: str
    event_date: str
    location: str | None
    fatalities: int | None
    first_report_at: str
    last_report_at: str
    articles: tuple[str, ...]
    reports: int
    background_articles: tuple[str, ...] = ()  # in `articles` through a background incident only (background.py)

    def to_json(self) -> dict[str, Any]:
        """Serialise as the event.v1 contract (`background_articles` only when there are some)."""
        value = {"id": self.id, "country": self.country, "type": self.type, "event_date": self.event_date,
                 "location": self.location, "fatalities": self.fatalities,
                 "first_report_at": self.first_report_at, "last_report_at": self.last_report_at,
                 "articles": list(self.articles), "reports": self.reports}
        if self.background_articles:
            value["background_articles"] = list(self.background_articles)
        return value


def event_from_json(value: dict[str, Any]) -> Event:
    """Read an event.v1 value (as the events topic holds it)."""
    return Event(id=value["id"], country=value["country"], type=value["type"], event_date=value["event_date"],
                 location=value.get("location"), fatalities=value.get("fatalities"),
                 first_report_at=value["first_report_at"], last_report_at=value["last_report_at"],
                 articles=tuple(value["articles"]), reports=value["reports"],
                 background_articles=tuple(value.get("background_articles") or ()))


def event_id(anchor: Report) -> str:
    """Derive the id from the event's earliest report (country, article id, incident index).

    A later report joining, or a toll revision, keeps the id; only losing or re-ordering the
    earliest report (a correction of that article, or a merge with an older event) changes it.
    """
    return _event_id(anchor.country, anchor.key.article_id, anchor.key.position)


@functools.lru_cache(maxsize=65536)  # an event is summarised again whenever a report joins it or its toll changes
def _event_id(country: str, article_id: str, position: int) -> str:
    seed = f"{country}|{article_id}|{position}"
    return EVENT_ID_PREFIX + hashlib.sha256(seed.encode()).hexdigest()[:EVENT_ID_HEX]


def event_fatalities(reports: list[Report]) -> int | None:
    """The latest report's toll supersedes earlier ones; between reports published together, the lower."""
    stated = [r for r in reports if r.fatalities is not None]
    if not stated:
        return None
    latest = max(r.published_at for r in stated)
    return min(r.fatalities for r in stated if r.published_at == latest and r.fatalities is not None)


def _event_type(reports: list[Report]) -> str:
    """The type most reports give; on a tie, the earliest report's."""
    counts = Counter(r.type for r in reports)
    top = max(counts.values())
    return next(r.type for r in reports if counts[r.type] == top)


def _event_location(reports: list[Report]) -> str | None:
    """The most specific place the reports name (a town before a region), the most often named, earliest first."""
    located = [r for r in reports if r.place is not None]
    if not located:
        return None
    counts = Counter(r.place.name for r in located if r.place is not None)
    best = min(located, key=lambda r: (r.place.is_region if r.place else True,
                                        -counts[r.place.name if r.place else ""], r.sort_key))
    return best.location


def summarise(reports: list[Report]) -> Event:
    """Summarise one group of reports (in canonical order) as an event."""
    ordered = sorted(reports, key=lambda r: r.sort_key)
    stated = [r.day for r in ordered if r.day_stated]
    day = min(stated) if stated else min(r.day for r in ordered)
    return Event(
        id=event_id(ordered[0]), country=ordered[0].country, type=_event_type(ordered), event_date=day.isoformat(),
        location=_event_location(ordered), fatalities=event_fatalities(ordered),
        first_report_at=ordered[0].published_at, last_report_at=max(r.published_at for r in ordered),
        articles=tuple(sorted({r.key.article_id for r in ordered})), reports=len(ordered))


def event_counts(events: list[Event], retention_days: int) -> dict[str, Any]:
    """Return a country's event fields of country-counts v2: totals, by type, toll, and daily by event day."""
    by_type = Counter(e.type for e in events)
    daily: dict[str, dict[str, Any]] = {}
    for e in events:
        bucket = daily.setdefault(e.event_date, {"events": 0, "by_type": {}, "fatalities": 0})
        bucket["events"] += 1
        bucket["by_type"][e.type] = bucket["by_type"].get(e.type, 0) + 1
        bucket["fatalities"] += e.fatalities or 0
    if daily:
        oldest = dt.date.fromisoformat(max(daily)) - dt.timedelta(days=retention_days - 1)
        daily = {d: daily[d] for d in sorted(daily) if dt.date.fromisoformat(d) >= oldest}
    return {"events": len(events), "events_by_type": dict(sorted(by_type.items())),
            "event_fatalities": sum(e.fatalities or 0 for e in events),
            "daily_events": {d: {**b, "by_type": dict(sorted(b["by_type"].items()))} for d, b in daily.items()}}


def country_counts_v2(counts_v1: dict[str, Any], event_fields: dict[str, Any]) -> dict[str, Any]:
    """Extend a country-counts v1 value with the event fields (country-counts v2; v1 fields unchanged)."""
    return {**counts_v1, "schema_version": 2, **event_fields}
