"""What one batch of country updates must publish: each changed event's last value, each touched country once.

No Faust here. The count agent applies a batch of updates to its state (tables, index, event books) one
by one, and records here what each update changed. At the end of the batch it publishes what is pending:
every event that changed, with its *last* value in the batch (a tombstone when it vanished), then the
current counts of every country the batch touched. Both topics are compacted and keyed by event id and
by country, and each value is derived from the state as a whole, so the last value is all a reader can
ever keep: the values an update in the middle of a batch would have sent are superseded by the end of
the same batch. This replaces one counts record per update (and one record per event per update) by
one per country (per event) per batch: the cost of an update no longer includes serialising and sending
the country's whole counts value.

Why nothing is lost: the agent acknowledges a batch's source records only after this publication was
handed to the producer (`noack_take`, then `stream.ack` after the sends), and Faust commits only
acknowledged offsets, after flushing the producer (at-least-once). A crash before that point leaves the
offsets uncommitted, so the batch is consumed again and, the state being set rather than incremented,
applied again to the same result, and published again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from services.aggregator.event_book import EventChanges

EventRecord = tuple[str, dict[str, Any] | None]  # (event id, event.v1 value or None for a tombstone)


@dataclass
class Pending:
    """The events and countries a batch changed, and when its counted records were published at the source."""

    events: dict[str, dict[str, dict[str, Any] | None]] = field(default_factory=dict)  # country -> id -> last value
    countries: list[str] = field(default_factory=list)  # touched, in first-touch order
    source_ms: list[float] = field(default_factory=list)  # source timestamps of updates that changed a count

    def add(self, country: str, changes: EventChanges) -> None:
        """Note one update's event changes in a country (upserts, then tombstones, as the update made them)."""
        if country not in self.events:
            self.events[country] = {}
            self.countries.append(country)
        book = self.events[country]
        for event in changes.upserted:
            book.pop(event.id, None)  # re-insert: the record order follows the last change
            book[event.id] = event.to_json()
        for event_id in changes.removed:
            book.pop(event_id, None)
            book[event_id] = None

    def event_records(self, country: str) -> list[EventRecord]:
        """The country's event records: one per changed event, its last value (None: tombstone)."""
        return list(self.events.get(country, {}).items())

    def __bool__(self) -> bool:
        return bool(self.countries)
