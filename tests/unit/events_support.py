"""Hand-made incident reports for the event tests (short fictional facts, no news text)."""

from __future__ import annotations

import datetime as dt

from services.aggregator.reports import Report, ReportKey
from services.common.place_nesting import parse_place


def report(article: str, index: int = 0, *, country: str = "ML", type: str = "explosion", day: str = "2026-03-02",
           stated: bool = False, location: str | None = "Gao", dead: int | None = None,
           published: str | None = None, mention: bool = False, background: bool = False) -> Report:
    """Build one report; the publication time defaults to noon of the day."""
    return Report(key=ReportKey(article, index), country=country, type=type, day=dt.date.fromisoformat(day),
                  day_stated=stated, location=location, place=parse_place(country, location), fatalities=dead,
                  published_at=published or f"{day}T12:00:00Z", mention=mention, background=background)


def recalled(article: str, index: int = 0, *, published: str, country: str = "ML", type: str = "explosion",
             location: str | None = "Gao") -> Report:
    """Build a background report as an incident set gives it: dated on the publication day."""
    return report(article, index, country=country, type=type, day=published[:10], location=location,
                  published=published, background=True)


def clusters(groups: list[list[Report]]) -> set[frozenset[str]]:
    """Render a grouping as a set of sets of report keys, for order-free comparison."""
    return {frozenset(r.key.text() for r in g) for g in groups}
