"""Read a topic from the beginning to its current end, e.g. the last value of every key of a table topic."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Collection
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition

from services.common.broker import partitions_of
from services.common.kafka_security import client_kwargs

READ_DEADLINE_S = 60.0  # reading tens of thousands of records on loopback takes a few seconds


async def stop_consumer(consumer: AIOKafkaConsumer) -> None:
    """Stop a consumer; aiokafka 0.14 raises CancelledError when a group-less consumer stops quickly."""
    task = asyncio.current_task()
    try:
        await consumer.stop()
    except asyncio.CancelledError:
        if task is not None and task.cancelling():
            raise


async def read_range(consumer: AIOKafkaConsumer, starts: dict[TopicPartition, int], deadline_s: float,
                     what: str) -> list[ConsumerRecord]:
    """Every record of the given partitions, from the given offsets to the ends they had when called."""
    tps = list(starts)
    consumer.assign(tps)
    for tp, offset in starts.items():
        consumer.seek(tp, offset)
    ends = await consumer.end_offsets(tps)
    records: list[ConsumerRecord] = []
    stop_at = time.monotonic() + deadline_s
    while [tp for tp in tps if await consumer.position(tp) < ends[tp]]:
        if time.monotonic() > stop_at:
            raise TimeoutError(f"could not read {what} to its end within {deadline_s}s")
        for tp, batch in (await consumer.getmany(timeout_ms=500)).items():
            records.extend(r for r in batch if r.offset < ends[tp])
    return records


async def read_records(bootstrap: str, topic: str, deadline_s: float = READ_DEADLINE_S,
                       partitions: Collection[int] | None = None) -> list[ConsumerRecord]:
    """Return every record of `topic` (or of some of its partitions) up to the end offsets it had when called."""
    tps = [tp for tp in await partitions_of(bootstrap, [topic]) if partitions is None or tp.partition in partitions]
    if not tps:
        return []
    consumer = AIOKafkaConsumer(**client_kwargs(bootstrap), enable_auto_commit=False, group_id=None)
    await consumer.start()
    try:
        return await read_range(consumer, await consumer.beginning_offsets(tps), deadline_s, topic)
    finally:
        await stop_consumer(consumer)


async def read_latest(bootstrap: str, topic: str, deadline_s: float = READ_DEADLINE_S) -> dict[str, Any]:
    """Return {key: decoded value}, the latest per key (tombstones drop keys), as a compacted-topic reader sees it."""
    return latest_values(await read_records(bootstrap, topic, deadline_s))


async def read_latest_of_partitions(bootstrap: str, topic: str, partitions: Collection[int],
                                    deadline_s: float = READ_DEADLINE_S) -> dict[str, Any]:
    """Like read_latest, for some partitions only (what one worker of a group owns)."""
    if not partitions:
        return {}
    return latest_values(await read_records(bootstrap, topic, deadline_s, partitions))


def latest_values(records: list[ConsumerRecord]) -> dict[str, Any]:
    """The latest decoded value per key of records in offset order; a tombstone drops its key."""
    latest: dict[str, Any] = {}
    for record in records:
        key = record.key.decode("utf-8", "replace") if record.key is not None else ""
        if record.value is None:
            latest.pop(key, None)
        else:
            latest[key] = orjson.loads(record.value)
    return latest
