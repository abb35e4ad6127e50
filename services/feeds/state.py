"""What the poller has sent, remembered in Kafka: a compacted topic keyed by article id holding each content hash.

Records are written in the same Kafka transaction as the article they describe, and read back with
read_committed isolation, so an article counts as sent exactly when the broker committed it.
"""

from __future__ import annotations

import datetime as dt
import logging
import time

import orjson
from aiokafka import AIOKafkaConsumer, ConsumerRecord

from services.common.broker import partitions_of
from services.common.contracts import iso_utc
from services.common.table_topic import stop_consumer

log = logging.getLogger(__name__)
READ_DEADLINE_S = 120.0  # a state topic of a million small records reads in well under a minute on one core


def state_record(article_id: str, hashes: dict[str, str], feed: str, sent_at: dt.datetime) -> tuple[bytes, bytes]:
    """Key and value of the state record: `article_id` is out, each feed's last version of it hashes to `hashes[feed]`."""
    value = {"id": article_id, "hashes": hashes, "feed": feed, "sent_at": iso_utc(sent_at)}
    return article_id.encode("utf-8"), orjson.dumps(value)


def apply_record(sent: dict[str, dict[str, str]], key: bytes | None, value: bytes | None) -> None:
    """Fold one state record into {article id: {feed: content hash}}: the latest per id wins, a tombstone forgets it."""
    if key is None:
        return
    ident = key.decode("utf-8", "replace")
    if value is None:
        sent.pop(ident, None)
        return
    try:
        hashes = orjson.loads(value)["hashes"]
        sent[ident] = {str(feed): str(digest) for feed, digest in hashes.items()}
    except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError):
        log.warning("ignoring an unreadable state record for %s", ident)


async def read_committed(bootstrap: str, topic: str, deadline_s: float = READ_DEADLINE_S) -> list[ConsumerRecord]:
    """Every committed record of `topic` (read_committed: aborted transactions left out), to its current end."""
    tps = await partitions_of(bootstrap, [topic])
    if not tps:
        return []
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None,
                                isolation_level="read_committed")
    await consumer.start()
    records: list[ConsumerRecord] = []
    try:
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)  # the last stable offsets: open transactions are not waited for
        stop_at = time.monotonic() + deadline_s
        while [tp for tp in tps if await consumer.position(tp) < ends[tp]]:
            if time.monotonic() > stop_at:
                raise TimeoutError(f"could not read {topic} to its end within {deadline_s} s")
            for tp, batch in (await consumer.getmany(timeout_ms=500)).items():
                records.extend(r for r in batch if r.offset < ends[tp])
    finally:
        await stop_consumer(consumer)
    return records


async def load_sent(bootstrap: str, topic: str, deadline_s: float = READ_DEADLINE_S) -> dict[str, dict[str, str]]:
    """Read the state topic's committed records to its end: {article id: {feed: content hash}} of everything sent."""
    sent: dict[str, dict[str, str]] = {}
    for record in await read_committed(bootstrap, topic, deadline_s):
        apply_record(sent, record.key, record.value)
    return sent
