"""Consumer lag per group, topic and partition: committed offset (next to read), end offset, lag."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import asdict, dataclass
from types import TracebackType
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import CoordinatorNotAvailableError, NotCoordinatorError

from services.common.contracts import iso_utc
from services.common.kafka_security import client_kwargs
from services.common.settings import Settings
from services.common.table_topic import stop_consumer

COORDINATOR_RETRIES = 20  # a new broker creates __consumer_offsets on first use: a few seconds
COORDINATOR_BACKOFF_S = 0.5
REQUEST_TIMEOUT_MS = 10_000  # metadata and offset requests on a healthy cluster answer in milliseconds


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

    def to_json(self) -> dict[str, Any]:
        """Serialise with the lag included."""
        return {**asdict(self), "lag": self.lag}


def service_groups(settings: Settings) -> list[tuple[str, list[str]]]:
    """The service's consumer groups and the topics each consumes and commits."""
    return [
        (settings.enricher_app_id, [settings.topic_articles_raw]),
        (settings.aggregator_app_id, [settings.topic_incidents, settings.topic_country_updates]),
        (settings.alerts_app_id, [settings.topic_incidents_by_country]),
    ]


class LagReader:
    """Open clients once and read the lag of any number of groups (what `lag --watch` reuses)."""

    def __init__(self, bootstrap: str) -> None:
        self.bootstrap = bootstrap
        self.admin = AIOKafkaAdminClient(**client_kwargs(bootstrap), request_timeout_ms=REQUEST_TIMEOUT_MS)
        self.consumer: AIOKafkaConsumer | None = None

    async def __aenter__(self) -> LagReader:
        try:
            await self.admin.start()
            self.consumer = AIOKafkaConsumer(**client_kwargs(self.bootstrap), enable_auto_commit=False,
                                             request_timeout_ms=REQUEST_TIMEOUT_MS)
            await self.consumer.start()
        except BaseException:
            await self.close()
            raise
        return self

    async def __aexit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        await self.close()

    async def close(self) -> None:
        """Stop the clients (safe to call more than once, and after a failed start)."""
        consumer, self.consumer = self.consumer, None
        try:
            if consumer is not None:
                await stop_consumer(consumer)
        finally:
            await self.admin.close()

    async def partitions(self, topics: list[str]) -> list[TopicPartition]:
        """Every partition of the topics that exist (a missing topic has none)."""
        existing = set(await self.admin.list_topics())
        wanted = [t for t in topics if t in existing]
        described = await self.admin.describe_topics(wanted) if wanted else []
        return sorted((TopicPartition(t["topic"], p["partition"]) for t in described if not t.get("error_code")
                       for p in t["partitions"]), key=lambda tp: (tp.topic, tp.partition))

    async def committed(self, group: str, tps: list[TopicPartition]) -> dict[TopicPartition, int | None]:
        """The group's committed offsets (None where it never committed), retrying while the coordinator loads."""
        for attempt in range(COORDINATOR_RETRIES):
            try:
                found = await self.admin.list_consumer_group_offsets(group, partitions=tps)
                return {tp: (found[tp].offset if tp in found and found[tp].offset >= 0 else None) for tp in tps}
            except (CoordinatorNotAvailableError, NotCoordinatorError):
                if attempt == COORDINATOR_RETRIES - 1:
                    raise
                await asyncio.sleep(COORDINATOR_BACKOFF_S)
        return {}

    async def group_lag(self, group: str, topics: list[str]) -> list[PartitionLag]:
        """The lag of `group` on every partition of `topics` (missing topics are skipped)."""
        tps = await self.partitions(topics)
        if not tps:
            return []
        committed = await self.committed(group, tps)
        assert self.consumer is not None, "use LagReader as an async context manager"
        ends = await self.consumer.end_offsets(tps)
        return [PartitionLag(group, tp.topic, tp.partition, committed[tp], ends[tp]) for tp in tps]

    async def groups_lag(self, groups: list[tuple[str, list[str]]]) -> list[PartitionLag]:
        """Lag rows of several (group, topics) pairs, in order."""
        rows: list[PartitionLag] = []
        for group, topics in groups:
            rows.extend(await self.group_lag(group, topics))
        return rows


async def group_lag(bootstrap: str, group: str, topics: list[str]) -> list[PartitionLag]:
    """Return the lag of `group` on every partition of `topics` (missing topics are skipped)."""
    async with LagReader(bootstrap) as reader:
        return await reader.group_lag(group, topics)


def absent_groups(rows: list[PartitionLag]) -> list[str]:
    """Groups with no committed offset on any partition: never started (or expired), so not lagging."""
    groups = dict.fromkeys(r.group for r in rows)
    return [g for g in groups if all(r.committed is None for r in rows if r.group == g)]


def lag_report(rows: list[PartitionLag], now: dt.datetime | None = None) -> dict[str, Any]:
    """Group rows into a JSON report: per group, per topic and totals of the groups that exist.

    A group with no committed offsets is listed in `absent` (with `lag` null), not counted as lagging.
    """
    absent = set(absent_groups(rows))
    groups: dict[str, dict[str, Any]] = {}
    for r in rows:
        if r.group in absent:
            continue
        g = groups.setdefault(r.group, {"group": r.group, "lag": 0, "topics": {}, "partitions": []})
        g["lag"] += r.lag
        g["topics"][r.topic] = g["topics"].get(r.topic, 0) + r.lag
        g["partitions"].append(r.to_json())
    return {"at": iso_utc(now or dt.datetime.now(dt.UTC)), "total_lag": sum(g["lag"] for g in groups.values()),
            "groups": list(groups.values()), "absent": sorted(absent)}


def format_lag(rows: list[PartitionLag]) -> str:
    """Render lag rows as a table with per-group totals and a total of the groups that exist."""
    absent = absent_groups(rows)
    present = [r for r in rows if r.group not in absent]
    header = f"{'group':<26} {'topic':<40} {'part':>4} {'committed':>10} {'end':>10} {'lag':>8}"
    lines = [header]
    for r in present:
        committed = "-" if r.committed is None else str(r.committed)
        lines.append(f"{r.group:<26} {r.topic:<40} {r.partition:>4} {committed:>10} {r.end:>10} {r.lag:>8}")
    for group in dict.fromkeys(r.group for r in present):
        total = sum(r.lag for r in present if r.group == group)
        lines.append(f"{group:<26} {'TOTAL':<40} {'':>4} {'':>10} {'':>10} {total:>8}")
    if present:
        lines.append(f"{'ALL GROUPS':<26} {'TOTAL':<40} {'':>4} {'':>10} {'':>10} {sum(r.lag for r in present):>8}")
    for group in absent:
        lines.append(f"{group:<26} absent: no committed offsets (not running yet?); not in the total")
    if not rows:
        lines.append("(none of the service's topics exist yet)")
    return "\n".join(lines)
