"""The count agent's events: every owned country's CountryEvents, rebuilt from held reports, and what to publish.

No Faust here. The agent stores each article's reports in a country beside its contribution (the
contributions table), so the events are derived state, like the totals: after a rebalance or a restart
they are regrouped from the reports held (`from_held`), which gives what the offline grouping gives on
the same set. `reconcile` compares them with what the events topic holds and returns the records that
make the topic equal to them: events a crashed or stalled worker published but no longer exist are
tombstoned, lost publications are sent again.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from services.aggregator.background import DEFAULT_BACKGROUND_DAYS
from services.aggregator.event_book import CountryEvents, EventChanges
from services.aggregator.reports import Report, report_from_json

EventRecord = tuple[str, dict[str, Any] | None]  # (event id, event.v1 value or None for a tombstone)


def held_reports(stored: Any) -> list[Report]:
    """Read the reports kept with a contribution (none for a cleared one, or state from before events)."""
    if not isinstance(stored, dict):
        return []
    return [report_from_json(r) for r in stored.get("reports") or []]


def changes_records(changes: EventChanges) -> list[EventRecord]:
    """The events-topic records of one update: upserts, then tombstones."""
    return [(e.id, e.to_json()) for e in changes.upserted] + [(eid, None) for eid in changes.removed]


@dataclass
class OwnedEvents:
    """The events of every country this worker owns, keyed by country."""

    window_days: int
    books: dict[str, CountryEvents] = field(default_factory=dict)
    background_days: int = DEFAULT_BACKGROUND_DAYS

    @classmethod
    def from_held(cls, items: Iterable[tuple[str, list[Report]]], window_days: int,
                  background_days: int = DEFAULT_BACKGROUND_DAYS) -> OwnedEvents:
        """Regroup from (country, reports of one article) pairs, as read from the contributions table."""
        by_country: dict[str, list[Report]] = defaultdict(list)
        for country, reports in items:
            by_country[country].extend(reports)
        owned = cls(window_days, background_days=background_days)
        for country, reports in sorted(by_country.items()):
            owned.books[country] = CountryEvents.from_reports(country, reports, window_days, background_days)
        return owned

    def book(self, country: str) -> CountryEvents:
        """The country's events (an empty book for a country seen for the first time)."""
        if country not in self.books:
            self.books[country] = CountryEvents(country, self.window_days, self.background_days)
        return self.books[country]

    def replace_article(self, country: str, article_id: str, reports: list[Report]) -> EventChanges:
        """Set an article's reports in a country (empty: it no longer reports an incident there)."""
        return self.book(country).replace_article(article_id, reports)

    def counts(self, country: str, retention_days: int) -> dict[str, Any]:
        """The country's event fields of country-counts v2."""
        return self.book(country).counts(retention_days)

    def current(self, countries: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Every event of these countries as the events topic should hold it, by id."""
        return {e.id: e.to_json() for c in countries if c in self.books for e in self.books[c].all_events()}

    def reconcile(self, published: dict[str, dict[str, Any]], countries: set[str],
                  retention_days: int) -> list[EventRecord]:
        """Records that make the topic's events of `countries` equal to the current ones.

        An unknown published event is tombstoned unless it is older than what the country's book still keeps
        (closed events past the daily retention are history: the book has folded them into totals).
        """
        current = self.current(countries)
        records: list[EventRecord] = [(eid, value) for eid, value in sorted(current.items())
                                      if published.get(eid) != value]
        kept_from = {c: self._kept_from(c, retention_days) for c in countries}
        for eid, value in sorted(published.items()):
            if eid in current or value.get("country") not in countries:
                continue
            if value.get("event_date", "") >= kept_from[value["country"]]:
                records.append((eid, None))
        return records

    def _kept_from(self, country: str, retention_days: int) -> str:
        """The oldest event date the country's book keeps events for (ISO); '' keeps nothing back."""
        newest = self.books[country].tally.newest_day() if country in self.books else None
        if newest is None:
            return ""
        return (dt.date.fromisoformat(newest) - dt.timedelta(days=retention_days - 1)).isoformat()
