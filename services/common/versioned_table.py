"""A Faust table of versioned values, restored from its changelog newest-wins instead of last-wins.

A worker that stood still past its session timeout can, when it resumes, still write old values to a
changelog after the partition's new owner wrote newer ones. A plain table restores the last write, so
the next owner of the partition (or a standby) would roll the state back. Values here are dicts with a
`version` token (versions.py); a changelog record older than the value held for its key is skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

import faust
import orjson
from faust.types import EventT

from services.common import metrics
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

    def apply_changelog_batch(self, batch: Iterable[EventT]) -> None:
        """Apply the batch without the records older than the values already held."""
        super().apply_changelog_batch(list(newest_only(batch, self._stored_version, self.service)))

    def _stored_version(self, raw_key: bytes) -> Version | None:
        stored: Any = self.data.get(self._to_key(orjson.loads(raw_key)))
        return None if stored is None else version_of(stored)


def versioned_table(app: faust.App, name: str, partitions: int, service: str) -> VersionedTable:
    """Declare a VersionedTable on `app` (what app.Table does, with this class)."""
    table = VersionedTable(app, name=name, partitions=partitions, beacon=app.tables.beacon)
    table.service = service
    return cast(VersionedTable, app.tables.add(table))
