"""What the poller has sent, remembered in Kafka: a compacted topic keyed by article id.

A record holds, per feed, the content hash of the story's version that feed last gave (`hashes`). Sending
an article takes three acknowledged writes: an *intent* (the old hashes, the new ones, and where the
article will land: its partition of articles.raw and that partition's end offset before the send), the
article itself, then the new hashes. A poller killed between the first and the last leaves the intent as
the id's latest record; at start-up `reconcile` looks in that partition, from that offset on, for the
article (its key and the hash in its `feeds-hash` header): found, it was sent; not found, it was not.
Either way the intent is settled before polling, so nothing acknowledged is sent twice and nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition

from services.common.broker import partitions_of
from services.common.contracts import iso_utc
from services.common.kafka_security import client_kwargs
from services.common.table_topic import read_range, stop_consumer

log = logging.getLogger(__name__)
READ_DEADLINE_S = 120.0  # a state topic of a million small records reads in well under a minute on one core
HASH_HEADER = "feeds-hash"  # on each article the poller sends: the content hash of the feed's version of it


@dataclass(frozen=True)
class Intent:
    """An article about to be sent: the hashes before and after, and where on articles.raw to look for it."""

    previous: dict[str, str]
    hashes: dict[str, str]
    feed: str
    partition: int
    from_offset: int


def state_value(article_id: str, hashes: dict[str, str], feed: str, intent: Intent | None = None) -> bytes:
    """The value of a state record: the hashes in force, and the pending send if this is an intent."""
    value: dict[str, Any] = {"id": article_id, "hashes": hashes, "feed": feed,
                             "written_at": iso_utc(dt.datetime.now(dt.UTC))}
    if intent is not None:
        value["pending"] = {"hashes": intent.hashes, "feed": intent.feed, "partition": intent.partition,
                            "from_offset": intent.from_offset}
    return orjson.dumps(value)


@dataclass
class SentState:
    """{article id: {feed: content hash}} of everything sent, and the intents a killed predecessor left."""

    sent: dict[str, dict[str, str]]
    pending: dict[str, Intent]


def apply_record(state: SentState, key: bytes | None, value: bytes | None) -> None:
    """Fold one state record in: the latest record per id wins, a tombstone forgets the id."""
    if key is None:
        return
    ident = key.decode("utf-8", "replace")
    state.pending.pop(ident, None)
    if value is None:
        state.sent.pop(ident, None)
        return
    try:
        doc = orjson.loads(value)
        hashes = {str(f): str(h) for f, h in doc["hashes"].items()}
        pending = doc.get("pending")
        intent = None if pending is None else Intent(
            hashes, {str(f): str(h) for f, h in pending["hashes"].items()}, str(pending["feed"]),
            int(pending["partition"]), int(pending["from_offset"]))
    except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError, ValueError):
        log.warning("ignoring an unreadable state record for %s", ident)
        return
    if hashes:
        state.sent[ident] = hashes
    else:
        state.sent.pop(ident, None)
    if intent is not None:
        state.pending[ident] = intent


async def read_topic(bootstrap: str, topic: str, deadline_s: float = READ_DEADLINE_S) -> list[ConsumerRecord]:
    """Every record of `topic`, from the beginning to its current end."""
    tps = await partitions_of(bootstrap, [topic])
    if not tps:
        return []
    consumer = AIOKafkaConsumer(**client_kwargs(bootstrap), enable_auto_commit=False, group_id=None)
    await consumer.start()
    try:
        return await read_range(consumer, dict.fromkeys(tps, 0), deadline_s, topic)
    finally:
        await stop_consumer(consumer)


async def load_state(bootstrap: str, topic: str, deadline_s: float = READ_DEADLINE_S) -> SentState:
    """Read the state topic to its end."""
    state = SentState({}, {})
    for record in await read_topic(bootstrap, topic, deadline_s):
        apply_record(state, record.key, record.value)
    return state


async def landed(bootstrap: str, raw_topic: str, pending: dict[str, Intent],
                 deadline_s: float = READ_DEADLINE_S) -> set[str]:
    """The pending ids whose article is on `raw_topic` (same key, same hash header, at or after the intent's offset)."""
    if not pending:
        return set()
    starts: dict[TopicPartition, int] = {}
    for intent in pending.values():
        tp = TopicPartition(raw_topic, intent.partition)
        starts[tp] = min(starts.get(tp, intent.from_offset), intent.from_offset)
    consumer = AIOKafkaConsumer(**client_kwargs(bootstrap), enable_auto_commit=False, group_id=None)
    await consumer.start()
    try:
        records = await read_range(consumer, starts, deadline_s, f"{raw_topic} (pending sends)")
    finally:
        await stop_consumer(consumer)
    found = set()
    for record in records:
        ident = record.key.decode("utf-8", "replace") if record.key is not None else ""
        wanted = pending.get(ident)
        if wanted is None or record.partition != wanted.partition or record.offset < wanted.from_offset:
            continue
        header = dict(record.headers or ()).get(HASH_HEADER)
        if header is not None and header.decode() == wanted.hashes.get(wanted.feed):
            found.add(ident)
    return found
