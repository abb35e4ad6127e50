"""What one batch must send: of country updates, each changed event's last value and each touched country once;
of incident sets (`RouteBatch`), each article's last updates, packed per partition of the internal topic.

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

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from services.aggregator.counting import CountryUpdate
from services.aggregator.event_book import EventChanges
from services.aggregator.event_values import Event

EventRecord = tuple[str, dict[str, Any] | None]  # (event id, event.v1 value or None for a tombstone)


@dataclass
class Pending:
    """The events and countries a batch changed, and when its counted records were published at the source."""

    events: dict[str, dict[str, Event | None]] = field(default_factory=dict)  # country -> id -> last value
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
            book[event.id] = event  # serialised once, when published
        for event_id in changes.removed:
            book.pop(event_id, None)
            book[event_id] = None

    def event_records(self, country: str) -> list[EventRecord]:
        """The country's event records: one per changed event, its last value (None: tombstone)."""
        return [(event_id, None if event is None else event.to_json())
                for event_id, event in self.events.get(country, {}).items()]

    def __bool__(self) -> bool:
        return bool(self.countries)


@dataclass
class RouteBatch:
    """What the route agent sends and writes for one batch of incident sets: planned first, sent, then written.

    Updates are statements that set an article's contribution to a country (versioned), so within a batch
    the last one per (country, article) is all that needs sending: `count` would apply an earlier one and
    then overwrite it. Article states are kept here until the batch's updates were sent, then written once
    per article (the last state; None deletes it); `stored` reads through them, so a second version of an
    article in the same batch is judged against the first.
    """

    updates: dict[tuple[str, str], CountryUpdate] = field(default_factory=dict)  # (country, article) -> last update
    states: dict[str, tuple[Any, dict[str, Any] | None, Any]] = field(default_factory=dict)  # article -> (event, state, before)
    _before: dict[str, Any] = field(default_factory=dict)  # article -> its state when the batch first read it

    def stored(self, article: str, read: Callable[[str], Any]) -> Any:
        """The article's state as of this point of the batch (`read` gives the table's, before the batch)."""
        if article in self.states:
            return self.states[article][1]
        if article not in self._before:
            self._before[article] = read(article)
        return self._before[article]

    def add(self, plan: list[CountryUpdate]) -> None:
        """Note one incident set's updates (each replaces an earlier one for its country and article)."""
        for update in plan:
            key = (update.country, update.article_id)
            self.updates.pop(key, None)  # re-insert: the record order follows the last change
            self.updates[key] = update

    def set_state(self, article: str, state: dict[str, Any] | None, event: Any) -> None:
        """Note an article's new state (None: forget it), set while `event` was handled (its changelog partition)."""
        self.states[article] = (event, state, self._before.get(article))

    def by_partition(self, partition_of: Callable[[str], int]) -> list[tuple[int, list[CountryUpdate]]]:
        """The updates grouped by the internal topic's partition of their country, partitions in order."""
        out: dict[int, list[CountryUpdate]] = {}
        for update in self.updates.values():
            out.setdefault(partition_of(update.country), []).append(update)
        return sorted(out.items())
