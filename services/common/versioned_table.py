"""A Faust table of versioned values, restored from its changelog newest-wins instead of last-wins.

A worker that stood still past its session timeout can, when it resumes, still write old values to a
changelog after the partition's new owner wrote newer ones. A plain table restores the last write, so
the next owner of the partition (or a standby) would roll the state back. Values here are dicts with a
`version` token (versions.py); a changelog record older than the value held for its key is skipped.

Its changelog writes travel in record batches (the app's `record_batches`, record_batches.py) instead of one
Faust send per write: the same records (key and value encoded once, as the store encodes them, to the
changelog partition of the event being handled, as Faust picks it), in the same order per partition, and
Faust's producer flush before a commit sends them first. The local store's "read up to" offset moves once per
delivered batch instead of once per record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

import faust
import orjson
from faust.stores.base import SerializedStore
from faust.types import TP, EventT

from services.common import metrics
from services.common.record_batches import RecordBatches
from services.common.versions import Version, is_stale, version_of


def newest_only(batch: Iterable[EventT], stored_version: Callable[[bytes], Version | None],
                service: str) -> Iterator[EventT]:
    """Yield the changelog events that are not older than what is held (or came earlier in the batch) for their key."""
    newest: dict[bytes, Version] = {}
    for event in batch:
        key, value = event.message.key, event.message.value
        if key is None or value is None:
            yield event
            continue
        version = version_of(orjson.loads(value))
        if is_stale(version, newest[key] if key in newest else stored_version(key)):
            metrics.STALE_RECORDS_IGNORED.labels(service, event.message.topic).inc()
            continue
        newest[key] = version
        yield event


class VersionedTable(faust.Table):
    """A table whose changelog restore keeps, per key, the value with the highest version token."""

    service = "unknown"
    batches: RecordBatches | None = None  # None: Faust sends each changelog write itself

    def get(self, key: Any, default: Any = None) -> Any:
        """The value held for `key`, or `default`: one store lookup (Faust's Mapping.get asks the store twice)."""
        store: Any = self.data
        if not isinstance(store, SerializedStore) or self.default is not None:
            return super().get(key, default)
        value = store._get(store._encode_key(key))
        return default if value is None else store._decode_value(value)

    def __setitem__(self, key: Any, value: Any) -> None:
        if self.batches is None:
            super().__setitem__(key, value)
            return
        store: Any = self.data  # a faust.stores.base.Store: it encodes keys and values as the changelog holds them
        key_bytes, value_bytes = store._encode_key(key), store._encode_value(value)
        self._add_changelog(key_bytes, value_bytes)
        if isinstance(store, SerializedStore):
            store._set(key_bytes, value_bytes)
        else:
            store[key] = value

    def __delitem__(self, key: Any) -> None:
        if self.batches is None:
            super().__delitem__(key)
            return
        store: Any = self.data
        key_bytes = store._encode_key(key)
        self._add_changelog(key_bytes, None)  # a tombstone, as Faust's own delete sends
        if isinstance(store, SerializedStore):
            store._del(key_bytes)
        else:
            del store[key]

    def _add_changelog(self, key: bytes, value: bytes | None) -> None:
        partition = self.partition_for_key(key)  # the partition of the event being handled (not of the key)
        assert partition is not None and self.batches is not None
        self.batches.add(self.changelog_topic.get_topic_name(), partition, key, value, self._changelog_delivered)

    def _changelog_delivered(self, topic: str, partition: int, offset: int) -> None:
        """What Faust does when a changelog write is delivered: remember the offset the local store is up to."""
        if self.app.in_transaction:
            self.app.tables.persist_offset_on_commit(self.data, TP(topic, partition), offset)
        else:
            self.data.set_persisted_offset(TP(topic, partition), offset)

    def apply_changelog_batch(self, batch: Iterable[EventT]) -> None:
        """Apply the batch without the records older than the values already held."""
        super().apply_changelog_batch(list(newest_only(batch, self._stored_version, self.service)))

    def _stored_version(self, raw_key: bytes) -> Version | None:
        stored: Any = self.data.get(self._to_key(orjson.loads(raw_key)))
        return None if stored is None else version_of(stored)


def versioned_table(app: faust.App, name: str, partitions: int, service: str) -> VersionedTable:
    """Declare a VersionedTable on `app` (what app.Table does, with this class); its changelog writes go in the
    app's record batches when it has them (services.common.faust_app.App)."""
    table = VersionedTable(app, name=name, partitions=partitions, beacon=app.tables.beacon)
    table.service = service
    table.batches = getattr(app, "record_batches", None)
    return cast(VersionedTable, app.tables.add(table))
