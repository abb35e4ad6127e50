"""Publishing at a burst or a fixed rate, watching an output topic, and the statistics of what was seen."""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from services.common.broker import partitions_of
from services.common.kafka_security import client_kwargs
from services.common.table_topic import stop_consumer

POLL_MS = 500


def now_ms() -> int:
    """Wall-clock milliseconds (the clock Kafka CreateTime timestamps use)."""
    return int(time.time() * 1000)


async def publish(bootstrap: str, topic: str, items: list[tuple[str, dict[str, Any]]],
                  rate: float | None = None, partitions: int | None = None) -> dict[str, int]:
    """Send (key, value) items, at `rate` per second or as fast as possible; return key -> send timestamp (ms).

    With `partitions`, item i goes to partition i % partitions (an even share per worker) instead of
    the key's hash partition, whose luck on a few hundred keys skews a 2-worker split by ~10 %.
    """
    producer = AIOKafkaProducer(**client_kwargs(bootstrap), acks="all", linger_ms=5 if rate is None else 0)
    await producer.start()
    sent: dict[str, int] = {}
    try:
        futures = []
        started = time.monotonic()
        for i, (key, value) in enumerate(items):
            if rate:
                await asyncio.sleep(max(0.0, started + i / rate - time.monotonic()))
            sent[key] = now_ms()
            partition = i % partitions if partitions else None
            futures.append(await producer.send(topic, orjson.dumps(value), key=key.encode(), partition=partition,
                                               timestamp_ms=sent[key]))
        await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return sent


class TopicWatcher:
    """Follow a topic from its current end and keep the CreateTime of every record, by key."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self.bootstrap, self.topic = bootstrap, topic
        self.consumer = AIOKafkaConsumer(**client_kwargs(bootstrap), enable_auto_commit=False)
        self.seen: list[tuple[str, int]] = []  # (key, timestamp ms) in arrival order
        self.values: list[bytes] = []
        self.reached: dict[str, int] = {}  # key -> timestamp (ms) of its first record that met `until_values`' test
        self._test: Callable[[str, Any], bool] | None = None

    async def start(self) -> None:
        """Assign every partition and start at the current end (earlier records are not this phase's)."""
        await self.consumer.start()
        tps = await partitions_of(self.bootstrap, [self.topic])
        self.consumer.assign(tps)
        await self.consumer.seek_to_end(*tps)
        for tp in tps:
            await self.consumer.position(tp)  # resolve the end now, before anything is published

    async def stop(self) -> None:
        """Stop the consumer."""
        await stop_consumer(self.consumer)

    async def poll(self) -> None:
        """Take whatever arrived (waiting at most one poll interval)."""
        for batch in (await self.consumer.getmany(timeout_ms=POLL_MS)).values():
            self.seen.extend((r.key.decode() if r.key else "", r.timestamp) for r in batch)
            self.values.extend(r.value for r in batch if r.value is not None)
            if self._test is not None:
                for r in batch:
                    key = r.key.decode() if r.key else ""
                    if key not in self.reached and r.value is not None and self._test(key, orjson.loads(r.value)):
                        self.reached[key] = r.timestamp

    async def until_values(self, keys: set[str], test: Callable[[str, Any], bool], deadline_s: float) -> None:
        """Poll until every key in `keys` had a record whose decoded value passes `test` (see `reached`)."""
        self._test = test
        deadline = time.monotonic() + deadline_s
        while not keys <= self.reached.keys():
            if time.monotonic() > deadline:
                missing = sorted(keys - self.reached.keys())
                raise TimeoutError(f"{self.topic}: {len(missing)} key(s) short of their target within "
                                   f"{deadline_s:.0f}s, e.g. {missing[:5]}")
            await self.poll()

    async def until(self, count: int, deadline_s: float, keys: set[str] | None = None,
                    dead: TopicWatcher | None = None) -> None:
        """Poll until `count` records (with a key in `keys`) were seen; fail at the deadline or on a dead letter."""
        deadline = time.monotonic() + deadline_s
        while self.matching(keys) < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.topic}: {self.matching(keys)}/{count} records within {deadline_s:.0f}s")
            await self.poll()
            if dead is not None:
                await dead.poll()
                if dead.matching(keys):
                    raise RuntimeError(f"{dead.matching(keys)} benchmark article(s) were dead-lettered on {dead.topic}, "
                                       f"e.g.: {dead.values[-1][:300]!r}; fix the enricher before benchmarking")

    def matching(self, keys: set[str] | None) -> int:
        """How many records seen so far have a key in `keys` (all, without keys)."""
        return len(self.seen) if keys is None else sum(1 for k, _ in self.seen if k in keys)

    def first_by_key(self) -> dict[str, int]:
        """The first timestamp seen for every key."""
        out: dict[str, int] = {}
        for key, ts in self.seen:
            out.setdefault(key, ts)
        return out


def quantile(values: list[float], q: float) -> float:
    """The q-quantile by linear interpolation between closest ranks."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    pos = (len(ordered) - 1) * q
    low, high = math.floor(pos), math.ceil(pos)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def histogram_quantile(buckets: dict[float, float], q: float) -> float:
    """Prometheus' histogram_quantile on cumulative {upper bound: count} buckets (linear within a bucket)."""
    bounds = sorted(buckets)
    total = buckets[bounds[-1]] if bounds else 0
    if total <= 0:
        return math.nan
    rank, lower, below = q * total, 0.0, 0.0
    for bound in bounds:
        if buckets[bound] >= rank:
            if math.isinf(bound):
                return lower  # above the largest finite bucket: Prometheus returns that bound too
            return lower + (bound - lower) * (rank - below) / max(buckets[bound] - below, 1e-9)
        lower, below = bound, buckets[bound]
    return lower


def bucket_delta(before: dict[tuple[tuple[str, str], ...], float],
                 after: dict[tuple[tuple[str, str], ...], float]) -> dict[float, float]:
    """Cumulative bucket counts observed between two scrapes of a histogram's _bucket samples."""
    out = {}
    for labels, value in after.items():
        le = dict(labels)["le"]
        out[math.inf if le == "+Inf" else float(le)] = value - before.get(labels, 0.0)
    return out
