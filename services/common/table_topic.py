"""Read a compacted topic from the beginning to its current end: the last value of every key."""

from __future__ import annotations

import time
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, TopicPartition

READ_DEADLINE_S = 30.0  # reading a table topic of a few thousand keys on loopback takes well under a second


async def read_latest(bootstrap: str, topic: str, deadline_s: float = READ_DEADLINE_S) -> dict[str, Any]:
    """Return {key: decoded value} as of the topic's end offsets when called (tombstones drop keys)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None)
    await consumer.start()
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        if not tps:
            return {}
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        latest: dict[str, Any] = {}
        stop_at = time.monotonic() + deadline_s
        while any(await consumer.position(tp) < ends[tp] for tp in tps):
            if time.monotonic() > stop_at:
                raise TimeoutError(f"could not read {topic} to its end within {deadline_s}s")
            batches = await consumer.getmany(timeout_ms=500)
            for records in batches.values():
                for record in records:
                    key = record.key.decode("utf-8", "replace") if record.key is not None else ""
                    if record.value is None:
                        latest.pop(key, None)
                    else:
                        latest[key] = orjson.loads(record.value)
        return latest
    finally:
        await consumer.stop()
