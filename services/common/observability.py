"""Worker observability: /metrics, /live and /ready on the Faust web server, and the lag exporter timer.

Each worker exports kafka_consumergroup_lag for the partitions it is assigned (source topics only,
not changelogs), so summing over workers gives the group's lag with no partition counted twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any, cast

import faust
from aiokafka import TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from faust.exceptions import ConsumerNotStarted
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest

from services.common import metrics
from services.common.kafka_security import client_kwargs
from services.common.progress_report import ProgressWatch, report_if_stalled
from services.common.settings import Settings

log = logging.getLogger(__name__)
LEADER_TOPIC_SUFFIX = "-__assignor-__leader"  # Faust's internal leader-election topic: never committed
LAG_REFRESH_TIMEOUT_S = 5.0  # two small requests (offset fetch, list offsets); slower means the broker is in trouble


def readiness(app: faust.App, settled: Callable[[], bool] = lambda: True) -> dict[str, Any]:
    """Describe whether the worker has recovered its tables, holds its (possibly empty) assignment and settled.

    `settled` is the service's own after-rebalance work (the aggregator republishes the countries it owns).
    """
    recovered = cast(Any, app.tables).recovery.completed.is_set()  # TableManagerT does not declare `recovery`
    rebalancing = bool(app.rebalancing)
    assigned = sorted(f"{tp.topic}:{tp.partition}" for tp in app.consumer.assignment()) if recovered else []
    return {
        "ready": recovered and not rebalancing and settled(),
        "recovered": recovered,
        "rebalancing": rebalancing,
        "generation": app.consumer_generation_id,
        "rebalances": app.rebalancing_count,
        "assigned": assigned,
    }


def source_partitions(app: faust.App) -> list[TopicPartition]:
    """The worker's assigned partitions of the topics it consumes and commits (changelogs excluded)."""
    skip = app.tables.changelog_topics
    try:
        assignment = app.consumer.assignment()
    except ConsumerNotStarted:
        return []
    return sorted((TopicPartition(tp.topic, tp.partition) for tp in assignment
                   if tp.topic not in skip and not tp.topic.endswith(LEADER_TOPIC_SUFFIX)),
                  key=lambda tp: (tp.topic, tp.partition))


class LagExporter:
    """Refresh the lag gauges of one consumer group for the partitions this worker holds."""

    def __init__(self, app: faust.App, group: str, bootstrap: str) -> None:
        self.app, self.group, self.bootstrap = app, group, bootstrap
        self._admin: AIOKafkaAdminClient | None = None
        self._exported: set[tuple[str, int]] = set()
        self.rows: dict[tuple[str, int], tuple[int | None, int]] = {}  # last refresh: (committed, end) per partition
        self._failing = False

    async def _committed(self, tps: list[TopicPartition]) -> dict[TopicPartition, int | None]:
        if self._admin is None:
            admin = AIOKafkaAdminClient(**client_kwargs(self.bootstrap), request_timeout_ms=int(LAG_REFRESH_TIMEOUT_S * 1000))
            await admin.start()
            self._admin = admin
        found = await self._admin.list_consumer_group_offsets(self.group, partitions=tps)
        return {tp: (found[tp].offset if tp in found and found[tp].offset >= 0 else None) for tp in tps}

    async def refresh(self) -> None:
        """Export committed offset, end offset and lag of every assigned source partition; drop the others."""
        tps = source_partitions(self.app) if not self.app.rebalancing else []
        rows: dict[tuple[str, int], tuple[int | None, int]] = {}
        if tps:
            committed = await self._committed(tps)
            ends = await self.app.consumer.highwaters(*tps)
            rows = {(tp.topic, tp.partition): (committed[tp], int(ends[tp])) for tp in tps if tp in ends}
        for (topic, partition), (offset, end) in rows.items():
            labels = (self.group, topic, str(partition))
            metrics.CONSUMER_GROUP_LAG.labels(*labels).set(max(0, end - (offset or 0)))
            if offset is not None:
                metrics.CONSUMER_GROUP_OFFSET.labels(*labels).set(offset)
            metrics.TOPIC_PARTITION_END_OFFSET.labels(topic, str(partition)).set(end)
        for topic, partition in self._exported - rows.keys():
            self._forget(topic, partition)
        self._exported, self.rows = set(rows), rows

    def _forget(self, topic: str, partition: int) -> None:
        for gauge in (metrics.CONSUMER_GROUP_LAG, metrics.CONSUMER_GROUP_OFFSET):
            try:
                gauge.remove(self.group, topic, str(partition))
            except KeyError:
                pass
        try:
            metrics.TOPIC_PARTITION_END_OFFSET.remove(topic, str(partition))
        except KeyError:
            pass

    async def refresh_safely(self) -> None:
        """Refresh within a deadline; log a failure once (and its recovery) and never raise."""
        try:
            await asyncio.wait_for(self.refresh(), LAG_REFRESH_TIMEOUT_S)
        except Exception as exc:  # noqa: BLE001 - a metrics refresh must never stop the worker
            if not self._failing:
                log.warning("lag refresh failed (will retry): %s: %s", type(exc).__name__, exc)
            self._failing, self.rows = True, {}  # no stale rows for the stall report
            await self.close()  # a fresh client next time, in case the old connection is broken
            return
        if self._failing:
            log.info("lag refresh works again")
        self._failing = False

    async def close(self) -> None:
        """Close the admin client, if one was started."""
        admin, self._admin = self._admin, None
        if admin is not None:
            try:
                await admin.close()
            except Exception:  # noqa: BLE001 - closing a broken client must not fail shutdown
                pass


def install_observability(app: faust.App, settings: Settings, service: str,
                          settled: Callable[[], bool] = lambda: True) -> None:
    """Register /metrics, /live and /ready on the worker's web server and the lag exporter timer (and its stall report)."""
    exporter = LagExporter(app, app.conf.id, settings.kafka_bootstrap_servers)
    progress = ProgressWatch(settings.stall_report_after_s)
    metrics.WORKER_READY.labels(service).set(0)

    @app.page("/metrics", name="prometheus_metrics")
    async def prometheus_metrics(web: faust.web.View, request: faust.web.Request) -> faust.web.Response:
        metrics.WORKER_READY.labels(service).set(1 if readiness(app, settled)["ready"] else 0)
        return web.bytes(generate_latest(REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST})

    @app.page("/live", name="live")
    async def live(web: faust.web.View, request: faust.web.Request) -> faust.web.Response:
        return web.json({"live": True, "service": service})  # answering at all proves the event loop runs

    @app.page("/ready", name="ready")
    async def ready(web: faust.web.View, request: faust.web.Request) -> faust.web.Response:
        state = {"service": service, **readiness(app, settled)}
        return web.json(state, status=200 if state["ready"] else 503)

    @app.on_partitions_assigned.connect
    async def _count_rebalance(*_: Any, **__: Any) -> None:
        metrics.REBALANCES.labels(service).inc()

    @app.timer(settings.lag_refresh_interval_s, name=f"{service}-lag-exporter")
    async def _refresh_lag() -> None:
        metrics.WORKER_READY.labels(service).set(1 if readiness(app, settled)["ready"] else 0)
        await exporter.refresh_safely()
        if readiness(app)["ready"]:  # mid-rebalance, standing still is expected
            report_if_stalled(app, progress, exporter.rows)

    @app.on_before_shutdown.connect
    async def _close(*_: Any, **__: Any) -> None:
        await exporter.close()
