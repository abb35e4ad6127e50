"""Records produced in record batches: one produce call per topic partition and batch of work, not one per record.

Faust sends every record (a table's changelog write, a `topic.send`) through its own buffer, future, serializers
and sensors, one record at a time; for the aggregator that machinery cost more than its own work on a record.
`RecordBatches` takes records already encoded, collects them per topic partition, and on `send_collected` hands
each partition's records, in the order they were added, to the aiokafka producer as record batches
(`create_batch` / `send_batch`) from one task, so the order per partition is the order of `add` calls.

The guarantee is Faust's: it commits offsets only after flushing its producer, and flushing first sends what is
collected here and waits until it is in the aiokafka producer (`faust_app.App`), whose own flush then waits for
its delivery. So an offset is never committed before the records added while its record was handled are in
Kafka, as when Faust sent them; a rebalance's flush (partitions revoked) covers them the same way.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

Delivered = Callable[[str, int, int], None]  # (topic, partition, offset of the last record) once in Kafka
Failed = Callable[[BaseException], None]


class RecordBatches:
    """Collect encoded records per topic partition; send them as record batches of the aiokafka producer."""

    def __init__(self, producer: Callable[[], Any], on_error: Failed | None = None) -> None:
        self._producer = producer  # -> the started AIOKafkaProducer (asked for only when sending)
        self._on_error = on_error
        self._collected: dict[tuple[str, int], list[tuple[bytes | None, bytes | None]]] = {}
        self._delivered: dict[tuple[str, int], Delivered | None] = {}
        self._queue: list[tuple[str, int, list[tuple[bytes | None, bytes | None]], Delivered | None]] = []
        self._task: asyncio.Task[None] | None = None
        self._error: BaseException | None = None

    def add(self, topic: str, partition: int, key: bytes | None, value: bytes | None,
            delivered: Delivered | None = None) -> None:
        """Collect one record (value None: a tombstone); `delivered` is told the offset of each batch's last record."""
        where = (topic, partition)
        records = self._collected.get(where)
        if records is None:
            records = self._collected[where] = []
            self._delivered[where] = delivered
        records.append((key, value))

    def pending(self) -> int:
        """Records collected or queued, not yet handed to the producer."""
        return sum(len(r) for r in self._collected.values()) + sum(len(q[2]) for q in self._queue)

    def send_collected(self) -> None:
        """Queue what was collected for sending (in a background task; `flush` waits for it)."""
        if not self._collected or self._error is not None:
            return
        for (topic, partition), records in self._collected.items():
            self._queue.append((topic, partition, records, self._delivered[(topic, partition)]))
        self._collected, self._delivered = {}, {}
        if self._task is None or self._task.done():
            self._task = asyncio.ensure_future(self._send_queued())

    async def flush(self) -> None:
        """Send what is collected and wait until all of it is in the producer.

        Raises if records could not be handed to the producer, then and at every later flush: the records are
        lost to the changelog, so no offset may be committed any more (the worker stops or stalls, and what it
        did not commit is processed again after a restart).
        """
        self.send_collected()
        while self._task is not None and not self._task.done():
            await asyncio.shield(self._task)
        if self._error is not None:
            raise RuntimeError("records could not be handed to the Kafka producer") from self._error

    async def _send_queued(self) -> None:
        try:
            while self._queue:
                topic, partition, records, delivered = self._queue.pop(0)
                await self._send(topic, partition, records, delivered)
        except BaseException as exc:  # kept for flush to raise: the commit that needs these records must fail
            log.error("could not hand %d record batch(es) to the producer: %r", len(self._queue) + 1, exc)
            self._queue.clear()
            self._error = exc
            if isinstance(exc, asyncio.CancelledError):
                raise

    async def _send(self, topic: str, partition: int, records: list[tuple[bytes | None, bytes | None]],
                    delivered: Delivered | None) -> None:
        producer = self._producer()
        batch, count = producer.create_batch(), 0
        for key, value in records:
            if batch.append(key=key, value=value, timestamp=None) is None:  # full: send it, start the next
                await self._submit(producer, batch, topic, partition, count, delivered)
                batch, count = producer.create_batch(), 0
                if batch.append(key=key, value=value, timestamp=None) is None:
                    raise ValueError(f"a record of {len(key or b'') + len(value or b'')} bytes fits no record batch")
            count += 1
        if count:
            await self._submit(producer, batch, topic, partition, count, delivered)

    async def _submit(self, producer: Any, batch: Any, topic: str, partition: int, count: int,
                      delivered: Delivered | None) -> None:
        batch.close()
        future = await producer.send_batch(batch, topic, partition=partition)

        def done(fut: asyncio.Future[Any]) -> None:
            if fut.cancelled():
                return
            exc = fut.exception()
            if exc is not None:
                if self._on_error is not None:
                    self._on_error(exc)
                log.error("a record batch of %d record(s) to %s[%d] failed: %r", count, topic, partition, exc)
            elif delivered is not None:
                delivered(topic, partition, fut.result().offset + count - 1)

        future.add_done_callback(done)
