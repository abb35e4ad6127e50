"""Broker helpers: readiness by the protocol and idempotent creation of the service's topics."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import time
from collections.abc import Sequence

import faust
from aiokafka import TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError
from mode.utils.times import want_seconds

from services.common.kafka_security import client_kwargs
from services.common.settings import Settings, get_settings

log = logging.getLogger(__name__)
READY_POLL_INTERVAL_S = 0.5  # a metadata round trip on loopback takes milliseconds; poll often


async def broker_answers(bootstrap: str) -> bool:
    """Return True when the cluster answers a metadata request with at least one broker."""
    admin = AIOKafkaAdminClient(**client_kwargs(bootstrap), request_timeout_ms=3000)
    try:
        await admin.start()
        cluster = await admin.describe_cluster()
        return bool(cluster.get("brokers"))
    except (KafkaError, OSError):
        return False
    finally:
        await admin.close()


async def wait_until_ready(bootstrap: str, timeout_s: float) -> bool:
    """Poll the broker until it answers or the deadline passes."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if await broker_answers(bootstrap):
            return True
        await asyncio.sleep(READY_POLL_INTERVAL_S)
    return False


async def partitions_of(bootstrap: str, topics: list[str]) -> list[TopicPartition]:
    """Every partition of the given topics that exist (a missing topic has none)."""
    admin = AIOKafkaAdminClient(**client_kwargs(bootstrap))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = [t for t in topics if t in existing]
        described = await admin.describe_topics(wanted) if wanted else []
    finally:
        await admin.close()
    return sorted((TopicPartition(t["topic"], p["partition"]) for t in described if not t.get("error_code")
                   for p in t["partitions"]), key=lambda tp: (tp.topic, tp.partition))


def service_topics(settings: Settings) -> list[NewTopic]:
    """Describe every topic of DESIGN.md with its partitions and clean-up policy."""
    p, rf = settings.topic_partitions, settings.topic_replication_factor
    plain = [
        settings.topic_articles_raw,
        settings.topic_articles_enriched,
        settings.topic_incidents,
        settings.topic_dlq,
        settings.topic_alerts,
    ]
    topics = [NewTopic(name, p, rf) for name in plain]
    topics.extend(NewTopic(name, p, rf, topic_configs={"cleanup.policy": "compact"})
                  for name in (settings.topic_incidents_by_country, settings.topic_events, settings.topic_feeds_state))
    return topics


def internal_topics(settings: Settings) -> list[NewTopic]:
    """The aggregator's internal topic, created with the others before any worker subscribes.

    Left to the worker, it is created after the consumer has asked for it and can miss the consumer's
    first metadata: the count agent then got none of its partitions for minutes (seen in fresh-cluster
    starts of `python -m services.bench --only aggregator`). Its ACL is the app-id prefix, like Faust's
    other internal topics.
    """
    return [NewTopic(settings.topic_country_updates, settings.topic_partitions, settings.topic_replication_factor)]


def changelog_topics(app: faust.App, settings: Settings) -> list[NewTopic]:
    """The changelog topics of `app`'s tables, as Faust would declare them (partitions, clean-up, retention).

    Left to the worker, Faust creates them while its consumer is already assigned: on a fresh cluster the
    assignment could miss a just-created changelog, the table then saw 0 changelog partitions and the
    count agent crashed with PartitionsMismatch on its first record (seen in a clean-clone `make run`).
    """
    topics = []
    for table in app.tables.values():
        topic = table.changelog_topic
        policies = [name for name, on in (("compact", topic.compacting), ("delete", topic.deleting)) if on]
        config = {"cleanup.policy": ",".join(policies)} if policies else {}
        if topic.retention:
            config["retention.ms"] = str(int(want_seconds(topic.retention) * 1000))
        config.update({k: str(v) for k, v in (topic.config or {}).items()})
        topics.append(NewTopic(topic.get_topic_name(), topic.partitions or settings.topic_partitions,
                               topic.replicas or settings.topic_replication_factor, topic_configs=config))
    return topics


async def ensure_topics(settings: Settings, extra: Sequence[NewTopic] = ()) -> list[str]:
    """Create the service's topics (and `extra` ones) that do not exist yet; return the names created."""
    admin = AIOKafkaAdminClient(**client_kwargs(settings=settings))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = service_topics(settings) + internal_topics(settings) + list(extra)
        missing = [t for t in wanted if t.name not in existing]
        for topic in missing:
            try:
                await admin.create_topics([topic])
            except TopicAlreadyExistsError:
                pass  # another process created it between our list and create
        if missing and not await _all_partitions_led(admin, missing, settings.kafka_startup_wait_s):
            log.warning("topics created but not all their partitions have a leader after %.0f s: %s",
                        settings.kafka_startup_wait_s, ", ".join(t.name for t in missing))
        return [t.name for t in missing]
    finally:
        await admin.close()


async def _all_partitions_led(admin: AIOKafkaAdminClient, topics: Sequence[NewTopic], timeout_s: float) -> bool:
    """Wait until the cluster's metadata shows every partition of `topics` with a leader.

    A created topic reaches the brokers' metadata a moment later (KRaft): described at once, a new
    changelog had 0 partitions, which is what a worker starting then would have seen.
    """
    expected = {t.name: t.num_partitions for t in topics}
    deadline = time.monotonic() + timeout_s
    while True:
        described = await admin.describe_topics(list(expected))
        led = {t["topic"]: sum(1 for p in t["partitions"] if p["leader"] >= 0)
               for t in described if not t.get("error_code")}
        if all(led.get(name) == count for name, count in expected.items()):
            return True
        if time.monotonic() >= deadline:
            return False
        await asyncio.sleep(READY_POLL_INTERVAL_S)


def main(argv: list[str] | None = None) -> int:
    """CLI: `wait` until the broker answers, `topics` to create the service's topics, `is-local` for make kafka."""
    parser = argparse.ArgumentParser(prog="python -m services.common.broker")
    sub = parser.add_subparsers(dest="command", required=True)
    wait = sub.add_parser("wait", help="wait until the broker answers a metadata request")
    wait.add_argument("--bootstrap", default=None)
    wait.add_argument("--timeout", type=float, default=60.0)
    sub.add_parser("topics", help="create the service's topics (idempotent)")
    sub.add_parser("is-local", help="exit 0 when the bootstrap servers are the local broker on KAFKA_PORT")
    args = parser.parse_args(argv)
    settings = get_settings()
    if args.command == "is-local":
        return 0 if settings.uses_local_broker() else 1
    if args.command == "wait":
        logging.getLogger("aiokafka").setLevel(logging.CRITICAL)  # refused connections are expected while it starts
        ok = asyncio.run(wait_until_ready(args.bootstrap or settings.kafka_bootstrap_servers, args.timeout))
        return 0 if ok else 1
    from services.common.worker import require_kafka  # here: worker imports this module

    require_kafka(settings)
    created = asyncio.run(ensure_topics(settings))
    print(f"topics: created {', '.join(created) if created else 'none (all exist)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
