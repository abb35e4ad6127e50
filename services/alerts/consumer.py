"""The alert consumer's Kafka wiring: incidents.by_country in, alerts (and stdout) out, each alert once.

Which alerts were already raised is derived from the `alerts` topic itself, read at start-up and
again whenever partitions are assigned, so a restart or a rebalance never repeats an alert. An
alert is sent (acks=all) before the offset of the counts that caused it is committed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import sys
from collections.abc import Callable
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener, ConsumerRecord, TopicPartition

from services.alerts.rules import AlertKey, AlertRules, alert_key, describe, new_alerts
from services.common import metrics
from services.common.contracts import schema_errors
from services.common.kafka_security import client_kwargs
from services.common.settings import Settings
from services.common.table_topic import read_records, stop_consumer

log = logging.getLogger(__name__)
POLL_TIMEOUT_MS = 1000  # how long one poll waits for counts; also how quickly a stop request is noticed


async def raised_alerts(bootstrap: str, topic: str) -> set[AlertKey]:
    """The (country, day, rule) of every alert already on the alerts topic."""
    keys: set[AlertKey] = set()
    for record in await read_records(bootstrap, topic):
        try:
            keys.add(alert_key(orjson.loads(record.value)))
        except (orjson.JSONDecodeError, TypeError, KeyError):
            log.warning("ignoring an unreadable alert at %s[%s]@%s", record.topic, record.partition, record.offset)
    return keys


class _ReloadOnAssign(ConsumerRebalanceListener):
    """Mark the raised alerts stale whenever partitions move: another instance may have raised some."""

    def __init__(self, alerter: Alerter) -> None:
        self.alerter = alerter

    async def on_partitions_revoked(self, revoked: list[TopicPartition]) -> None:
        """Nothing to do: offsets are committed after every batch."""

    async def on_partitions_assigned(self, assigned: list[TopicPartition]) -> None:
        """Flag a reload without awaiting anything, so no record of the new assignment is handled first."""
        # aiokafka starts fetching the new assignment before this returns: reading the alerts topic
        # here would race the first records, so the consume loop reloads before handling them.
        self.alerter.stale = True
        self.alerter.assigned = True


class Alerter:
    """Consume the table topic, evaluate the rules, and publish new alerts."""

    def __init__(self, settings: Settings, rules: AlertRules, emit: Callable[[str], None] = print) -> None:
        self.settings, self.rules, self.emit = settings, rules, emit
        self.raised: set[AlertKey] = set()
        self.stale = True  # the raised alerts must be (re)read from the alerts topic before handling records
        self.assigned = False
        self.producer: AIOKafkaProducer | None = None

    async def reload(self) -> None:
        """Derive the raised-alert state from the alerts topic."""
        self.raised = await raised_alerts(self.settings.kafka_bootstrap_servers, self.settings.topic_alerts)
        log.info("alerts: %d alert(s) already raised on %s", len(self.raised), self.settings.topic_alerts)

    async def handle(self, record: ConsumerRecord) -> int:
        """Raise the new alerts of one country-counts record; return how many were raised."""
        if record.value is None:
            return 0  # a tombstone: the country was removed
        try:
            counts = orjson.loads(record.value)
            metrics.COUNTRY_INCIDENTS.labels(counts["country"]).set(counts.get("total", 0))
        except (orjson.JSONDecodeError, TypeError, KeyError) as exc:
            log.warning("skipping unreadable counts at %s[%s]@%s: %s", record.topic, record.partition, record.offset, exc)
            return 0
        fresh = new_alerts(counts, self.rules, self.raised, dt.datetime.now(dt.UTC))
        for alert in fresh:
            await self.publish(alert)
        return len(fresh)

    async def publish(self, alert: dict[str, Any]) -> None:
        """Send one alert (waiting for the broker's ack), then remember and print it."""
        errors = schema_errors("alert.v1", alert)
        if errors:
            raise ValueError(f"alert breaks alert.v1: {errors}")
        assert self.producer is not None
        await self.producer.send_and_wait(self.settings.topic_alerts, orjson.dumps(alert), key=alert["country"].encode())
        self.raised.add(alert_key(alert))
        metrics.ALERTS_RAISED.labels(alert["rule"]).inc()
        metrics.MESSAGES_PRODUCED.labels("alerts", self.settings.topic_alerts).inc()
        self.emit(describe(alert))

    async def run(self, stop: asyncio.Event) -> None:
        """Consume until `stop` is set, committing after every batch whose alerts are sent."""
        bootstrap = self.settings.kafka_bootstrap_servers
        self.producer = AIOKafkaProducer(**client_kwargs(bootstrap, self.settings), acks="all", enable_idempotence=True)
        consumer = AIOKafkaConsumer(**client_kwargs(bootstrap, self.settings), group_id=self.settings.alerts_app_id,
                                    enable_auto_commit=False, auto_offset_reset="earliest")
        consumer.subscribe([self.settings.topic_incidents_by_country], listener=_ReloadOnAssign(self))
        await self.producer.start()
        try:
            await consumer.start()
            while not stop.is_set():
                await self.consume_batch(consumer)
        finally:
            self.assigned = False
            await stop_consumer(consumer)
            await self.producer.stop()

    async def consume_batch(self, consumer: AIOKafkaConsumer) -> None:
        """Handle one poll's records, then commit their offsets."""
        batches = await consumer.getmany(timeout_ms=POLL_TIMEOUT_MS)
        if self.stale:
            self.stale = False
            await self.reload()
        for records in batches.values():
            metrics.MESSAGES_CONSUMED.labels("alerts", self.settings.topic_incidents_by_country).inc(len(records))
            for record in records:
                await self.handle(record)
        if batches:
            await consumer.commit()


def print_line(text: str) -> None:
    """Print an alert line and flush at once (stdout may be a pipe)."""
    print(text, file=sys.stdout, flush=True)
