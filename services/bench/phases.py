"""The streaming phases of the benchmark, each on real worker processes and the real broker."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from services.bench.cluster import Cluster, Worker, cpu_seconds
from services.bench.grouping import realistic_sets
from services.bench.measure import TopicWatcher, bucket_delta, histogram_quantile, publish, quantile
from services.common.table_topic import read_latest
from services.ops.local_run import pipeline_caught_up

OUTPUT_DEADLINE_S = 300.0  # a phase's output must be complete by then, even on a machine 5x slower than this one
SETTLE_S = 5.0  # after the second enricher joins, let a follow-up rebalance (if any) happen before measuring
QUANTILES = (0.5, 0.95, 0.99)


@dataclass
class Latency:
    """Latency quantiles in seconds, and how many observations they rest on."""

    p50: float
    p95: float
    p99: float
    observations: int

    @classmethod
    def of(cls, values: list[float]) -> Latency:
        """Quantiles of exact observations."""
        p50, p95, p99 = (quantile(values, q) for q in QUANTILES)
        return cls(p50, p95, p99, len(values))

    @classmethod
    def of_buckets(cls, buckets: dict[float, float]) -> Latency:
        """Quantiles interpolated within histogram buckets."""
        total = int(max(buckets.values(), default=0))
        p50, p95, p99 = (histogram_quantile(buckets, q) for q in QUANTILES)
        return cls(p50, p95, p99, total)


@dataclass
class AggregatorRate:
    """The aggregator phase: incident sets and country updates per second, and the counts records it took."""

    sets: int
    sets_per_s: float
    updates_per_s: float
    counts_records: int  # incidents.by_country records published until every country was up to date


@dataclass
class Streaming:
    """Everything measured on the running pipeline."""

    per_s: dict[str, float] = field(default_factory=dict)  # capacity-1, capacity-2, aggregator sets and updates
    latency_rate: float = 0.0
    enriched: Latency | None = None
    counted: Latency | None = None
    rebalances: dict[str, int] = field(default_factory=dict)  # per measured phase, over all workers
    peak_rss_mb: dict[str, float] = field(default_factory=dict)
    start_s: dict[str, float] = field(default_factory=dict)
    phases: dict[str, Capacity] = field(default_factory=dict)  # the capacity phases, for the profile
    bare_around: list[float] = field(default_factory=list)  # bare spaCy just before and after the 1-worker phase
    aggregator: AggregatorRate | None = None
    aggregator_cpu_s: float = 0.0  # the aggregator worker's CPU seconds during its phase
    grouping: list[dict[str, float]] = field(default_factory=list)  # grouping cost by open events per country


async def rebalance_count(workers: list[Worker]) -> int:
    """Assignments received so far, summed over workers."""
    return int(sum([await w.rebalances() for w in workers]))


@dataclass
class Capacity:
    """A backlog's throughput, with where the CPU went and how the articles were shared."""

    per_s: float
    wall_s: float
    cpu_s: dict[str, float]  # process -> CPU seconds during the phase
    consumed: dict[str, int]  # enricher worker -> raw articles it took


def cpu_snapshot(cluster: Cluster) -> dict[str, float]:
    """CPU seconds used so far by every worker process and child, the broker (if ours) and this process."""
    snap = {name: secs for w in cluster.workers for name, secs in w.cpu().items()}
    if cluster.broker_pid:
        snap["kafka broker"] = cpu_seconds(cluster.broker_pid)
    snap["bench (publisher, watcher)"] = cpu_seconds(os.getpid())
    return snap


async def consumed(cluster: Cluster) -> dict[str, int]:
    """Raw articles each enricher worker took so far."""
    return {w.name: int(sum((await w.metric("news_messages_consumed_total")).values()))
            for w in cluster.workers if w.name.startswith("enricher")}


async def watch(cluster: Cluster) -> tuple[TopicWatcher, TopicWatcher]:
    """Follow articles.enriched and the DLQ from their current ends."""
    s = cluster.settings
    watchers = TopicWatcher(s.kafka_bootstrap_servers, s.topic_articles_enriched), TopicWatcher(
        s.kafka_bootstrap_servers, s.topic_dlq)
    for w in watchers:
        await w.start()
    return watchers


async def capacity(cluster: Cluster, articles: list[dict[str, Any]]) -> Capacity:
    """Articles per second through the enricher for a backlog published at once."""
    s = cluster.settings
    watcher, dead = await watch(cluster)
    taken, cpu, started = await consumed(cluster), cpu_snapshot(cluster), time.monotonic()
    try:
        sent = await publish(s.kafka_bootstrap_servers, s.topic_articles_raw, [(a["id"], a) for a in articles],
                             partitions=s.topic_partitions)
        await watcher.until(len(articles), OUTPUT_DEADLINE_S, keys=set(sent), dead=dead)
    finally:
        await watcher.stop()
        await dead.stop()
    wall, cpu_after, taken_after = time.monotonic() - started, cpu_snapshot(cluster), await consumed(cluster)
    done = watcher.first_by_key()
    rate = len(articles) / ((max(done[k] for k in sent) - min(sent.values())) / 1000)
    return Capacity(rate, wall, {k: v - cpu.get(k, 0.0) for k, v in cpu_after.items()},
                    {k: v - taken.get(k, 0) for k, v in taken_after.items()})


async def wait_caught_up(cluster: Cluster) -> None:
    """Wait until both groups have committed everything."""
    deadline = time.monotonic() + OUTPUT_DEADLINE_S
    while not await pipeline_caught_up(cluster.settings):
        if time.monotonic() > deadline:
            raise TimeoutError(f"pipeline not caught up within {OUTPUT_DEADLINE_S}s")
        await asyncio.sleep(1.0)


async def latency(cluster: Cluster, articles: list[dict[str, Any]], rate: float) -> tuple[Latency, Latency]:
    """Publish at a fixed rate; return publish->enriched (exact) and publish->counted (aggregator histogram)."""
    s = cluster.settings
    aggregator = next(w for w in cluster.workers if w.name.startswith("aggregator"))
    name = "news_publish_to_counted_seconds_bucket"
    before = await aggregator.metric(name)
    watcher, dead = await watch(cluster)
    try:
        sent = await publish(s.kafka_bootstrap_servers, s.topic_articles_raw, [(a["id"], a) for a in articles], rate)
        await watcher.until(len(articles), OUTPUT_DEADLINE_S, keys=set(sent), dead=dead)
    finally:
        await watcher.stop()
        await dead.stop()
    await wait_caught_up(cluster)
    done = watcher.first_by_key()
    enriched = Latency.of([(done[k] - sent[k]) / 1000 for k in sent])
    return enriched, Latency.of_buckets(bucket_delta(before, await aggregator.metric(name)))


def incident_sets(tag: str, count: int) -> list[tuple[str, dict[str, Any]]]:
    """Synthetic incident sets shaped like real coverage (services/bench/grouping.py): 1-5 outlets per incident,
    a quarter without a place, tolls revised, so the aggregator's event grouping does realistic work."""
    out = []
    for i, s in enumerate(realistic_sets(count, ending=dt.datetime.now(dt.UTC))):
        article_id = f"{tag}-agg-{s['id']}"
        out.append((article_id, {**s, "id": article_id, "content_hash": f"{i:064x}", "source_timestamp_ms": None}))
    return out


async def aggregator_rate(cluster: Cluster, count: int) -> AggregatorRate:
    """Incident sets and country updates per second through the aggregator, for a backlog published at once.

    Done when every country's counts on the table topic include all of the phase's sets (its `articles` grew by
    the number of sets that touch it): the aggregator publishes a country's counts once per batch of updates,
    not once per update, so the number of records says nothing. Rate = sets / (CreateTime of the counts record
    that completed the last country - first publish).
    """
    s = cluster.settings
    sets = incident_sets(cluster.tag, count)
    per_country = Counter(c for _, value in sets for c in {i["country"] for i in value["incidents"]})
    before = await read_latest(s.kafka_bootstrap_servers, s.topic_incidents_by_country)
    target = {c: int(before.get(c, {}).get("articles", 0)) + n for c, n in per_country.items()}
    watcher = TopicWatcher(s.kafka_bootstrap_servers, s.topic_incidents_by_country)
    await watcher.start()
    try:
        sent = await publish(s.kafka_bootstrap_servers, s.topic_incidents, sets)
        await watcher.until_values(set(target), lambda c, v: int(v.get("articles", 0)) >= target[c],
                                   OUTPUT_DEADLINE_S)
    finally:
        await watcher.stop()
    elapsed = (max(watcher.reached.values()) - min(sent.values())) / 1000
    last = max(watcher.reached.values())
    return AggregatorRate(len(sets), len(sets) / elapsed, sum(per_country.values()) / elapsed,
                          sum(1 for _, ts in watcher.seen if ts <= last))
