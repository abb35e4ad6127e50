"""Build a Faust App from the settings: the only place Faust is configured."""

from __future__ import annotations

import logging
import os
from typing import Any

import faust
from aiokafka.errors import (
    ClusterAuthorizationFailedError,
    GroupAuthorizationFailedError,
    TopicAuthorizationFailedError,
    TransactionalIdAuthorizationFailed,
)
from faust.sensors import Sensor
from faust.types import ConsumerT, ProducerT

from services.common.kafka_security import faust_kwargs
from services.common.record_batches import RecordBatches
from services.common.seek_guard import deliver_nothing_while_seeking, rewind_partitions_never_committed
from services.common.settings import Settings

log = logging.getLogger(__name__)
NOT_AUTHORIZED_EXIT = 2
NOT_AUTHORIZED = (TopicAuthorizationFailedError, GroupAuthorizationFailedError, ClusterAuthorizationFailedError,
                  TransactionalIdAuthorizationFailed)


class ExitWhenNotAuthorized(Sensor):
    """A send refused for lack of an ACL (e.g. WRITE on an output topic) ends the worker with one line.

    The start-up check cannot test WRITE without writing; without this Faust logs a traceback per refused
    record and keeps consuming. The exit is immediate (no graceful stop, which would commit offsets).
    """

    def on_send_error(self, producer: ProducerT, exc: BaseException, state: Any) -> None:
        if isinstance(exc, NOT_AUTHORIZED):
            what = ", ".join(str(a) for a in exc.args) or "?"
            log.error("Kafka refused a write: %s (%s): grant the ACLs listed by `python -m services.ops acls`; "
                      "exiting", type(exc).__name__, what)
            logging.shutdown()
            os._exit(NOT_AUTHORIZED_EXIT)


class App(faust.App):
    """faust.App whose consumer seeks to committed offsets with delivery stopped, and partitions never committed to
    their earliest offset (seek_guard.py, issue 8), and whose producer, when flushed (before every commit, at a
    rebalance, at shutdown), first sends the records collected in `record_batches` (record_batches.py)."""

    _record_batches: RecordBatches | None = None
    fetch_max_wait_ms: int | None = None  # None: Faust's own (1500 ms); create_faust_app sets the configured one

    @property
    def record_batches(self) -> RecordBatches:
        """Records the app's agents and tables produce in record batches (sent at the latest when the producer flushes)."""
        if self._record_batches is None:
            self._record_batches = RecordBatches(self._aiokafka_producer, self._on_batch_error)
        return self._record_batches

    def _aiokafka_producer(self) -> Any:
        return self.producer._ensure_producer()  # type: ignore[attr-defined]  # Faust's aiokafka driver

    def _on_batch_error(self, exc: BaseException) -> None:
        self.sensors.on_send_error(self.producer, exc, None)  # as for a record Faust sent (e.g. a refused ACL)

    def _new_consumer(self) -> ConsumerT:
        consumer = super()._new_consumer()
        deliver_nothing_while_seeking(consumer)
        rewind_partitions_never_committed(consumer)
        if self.fetch_max_wait_ms is not None:
            wait_at_most(consumer, self.fetch_max_wait_ms)
        return consumer

    def _new_producer(self) -> ProducerT:
        producer = super()._new_producer()
        flush = producer.flush

        async def flush_record_batches_first() -> None:
            if self._record_batches is not None:
                await self._record_batches.flush()
            await flush()

        producer.flush = flush_record_batches_first  # type: ignore[method-assign]
        return producer


def wait_at_most(consumer: Any, fetch_max_wait_ms: int) -> None:
    """Make the aiokafka consumer Faust's consumer thread creates wait at most `fetch_max_wait_ms` per fetch.

    Faust passes a fixed fetch_max_wait_ms=1500 to it. aiokafka keeps one fetch in flight per broker and leaves
    out of it the partitions whose earlier records were not taken yet; records arriving for those meanwhile wait
    until that fetch returns, after up to fetch_max_wait_ms when nothing arrives for the partitions it asked for.
    In the aggregator that was route's updates waiting up to 1.5 s before count saw them. The value is read when
    the consumer starts (`AIOKafkaConsumer.start` builds its fetcher), so it is set on the consumer just created.
    """
    thread = consumer._thread  # Faust's AIOKafkaConsumerThread: it creates the aiokafka consumer when it starts
    create = thread._create_worker_consumer

    def create_worker_consumer(transport: Any) -> Any:
        created = create(transport)
        created._fetch_max_wait_ms = fetch_max_wait_ms
        return created

    thread._create_worker_consumer = create_worker_consumer


def broker_urls(bootstrap: str) -> list[str]:
    """Turn "h1:9092,h2:9092" into Faust broker URLs."""
    return [f"kafka://{host.strip()}" for host in bootstrap.split(",") if host.strip()]


def create_faust_app(app_id: str, settings: Settings, web_port: int) -> faust.App:
    """Create a Faust app with the service-wide defaults (at-least-once, acks=all, earliest offsets)."""
    app = App(
        app_id,
        broker=broker_urls(settings.kafka_bootstrap_servers),
        store=settings.table_store,
        datadir=str(settings.state_dir / app_id),
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication_factor,
        topic_allow_declare=True,
        key_serializer="raw",
        value_serializer="raw",
        producer_acks=-1,
        # at-least-once on purpose: the counts are idempotent (README, Reliability); Faust's
        # exactly_once lost messages to ProducerFenced errors on this stack when we measured it.
        processing_guarantee="at_least_once",
        broker_session_timeout=settings.kafka_session_timeout_s,
        broker_heartbeat_interval=settings.kafka_session_timeout_s / 5,
        consumer_auto_offset_reset="earliest",
        # Faust's default is 5 minutes: a worker that joined before its internal topic reached the broker's
        # metadata consumed nothing from it for that long (seen in 2 of 5 fresh-cluster bench starts).
        consumer_metadata_max_age_ms=int(settings.kafka_metadata_max_age_s * 1000),
        web_host=settings.web_host,  # the name in the URLs Faust shows
        web_bind=settings.web_host,  # the interface it listens on (web_host alone leaves 0.0.0.0)
        web_port=web_port,
        web_in_thread=False,
        autodiscover=False,
        **faust_kwargs(settings),  # TLS / SASL: the same security as every other client (kafka_security)
    )
    app.sensors.add(ExitWhenNotAuthorized())
    app.fetch_max_wait_ms = settings.kafka_fetch_max_wait_ms
    return app
