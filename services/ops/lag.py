"""Consumer lag per group, topic and partition: committed offset (next to read), end offset, lag."""

from __future__ import annotations

from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient


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
        return await consumer.end_offsets(tps) if tps else {}
    finally:
        await consumer.stop()


async def _partitions(admin: AIOKafkaAdminClient, topics: list[str]) -> list[TopicPartition]:
    described = await admin.describe_topics(topics)
    return [TopicPartition(t["topic"], p["partition"]) for t in described if not t.get("error_code")
            for p in t["partitions"]]


async def group_lag(bootstrap: str, group: str, topics: list[str]) -> list[PartitionLag]:
    """Return the lag of `group` on every partition of `topics` (missing topics are skipped)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        tps = await _partitions(admin, [t for t in topics if t in existing])
        committed = await admin.list_consumer_group_offsets(group, partitions=tps) if tps else {}
    finally:
        await admin.close()
    ends = await _end_offsets(bootstrap, tps)
    rows = []
    for tp in sorted(tps, key=lambda x: (x.topic, x.partition)):
        meta = committed.get(tp)
        offset = meta.offset if meta is not None and meta.offset >= 0 else None
        rows.append(PartitionLag(group, tp.topic, tp.partition, offset, ends[tp]))
    return rows
