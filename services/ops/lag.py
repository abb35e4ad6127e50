"""Consumer lag per group, topic and partition: committed offset (next to read), end offset, lag."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import CoordinatorNotAvailableError, NotCoordinatorError

from services.common.broker import partitions_of
from services.common.table_topic import stop_consumer

COORDINATOR_RETRIES = 20  # a new broker creates __consumer_offsets on first use: a few seconds
COORDINATOR_BACKOFF_S = 0.5


@dataclass(frozen=True)
class PartitionLag:
    """Lag of one consumer group on one partition; committed is None when the group never committed."""

    group: str
    topic: str
    partition: int
    committed: int | None
    end: int

    @property
    def lag(self) -> int:
        """Messages not yet consumed (a group with no commit is behind by the whole partition)."""
        return max(0, self.end - (self.committed or 0))


async def _end_offsets(bootstrap: str, tps: list[TopicPartition]) -> dict[TopicPartition, int]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        return await consumer.end_offsets(tps)
    finally:
        await stop_consumer(consumer)


async def _committed(admin: AIOKafkaAdminClient, group: str, tps: list[TopicPartition]) -> dict:
    for attempt in range(COORDINATOR_RETRIES):
        try:
            return await admin.list_consumer_group_offsets(group, partitions=tps)
        except (CoordinatorNotAvailableError, NotCoordinatorError):
            if attempt == COORDINATOR_RETRIES - 1:
                raise
            await asyncio.sleep(COORDINATOR_BACKOFF_S)
    return {}


async def group_lag(bootstrap: str, group: str, topics: list[str]) -> list[PartitionLag]:
    """Return the lag of `group` on every partition of `topics` (missing topics are skipped)."""
    tps = await partitions_of(bootstrap, topics)
    if not tps:
        return []
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        committed = await _committed(admin, group, tps)
    finally:
        await admin.close()
    ends = await _end_offsets(bootstrap, tps)
    rows = []
    for tp in tps:
        meta = committed.get(tp)
        offset = meta.offset if meta is not None and meta.offset >= 0 else None
        rows.append(PartitionLag(group, tp.topic, tp.partition, offset, ends[tp]))
    return rows
