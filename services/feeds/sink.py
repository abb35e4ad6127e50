"""Where finished articles go: onto articles.raw as the publisher sends them, recorded in the state topic around it."""

from __future__ import annotations

from typing import Any, Protocol

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.partitioner import DefaultPartitioner

from services.common.kafka_security import client_kwargs
from services.common.settings import Settings
from services.common.table_topic import stop_consumer
from services.feeds.state import HASH_HEADER, Intent, SentState, landed, state_value
from services.publisher.records import raw_producer, raw_record


class SentButUnrecorded(RuntimeError):
    """The article was acknowledged but its final state record was not: it counts as sent (the next start settles it)."""


class Sink(Protocol):
    """Takes an article and returns only once it is acknowledged and remembered as sent."""

    async def send(self, article: dict[str, Any] | None, article_id: str, hashes: dict[str, str], feed: str,
                   previous: dict[str, str]) -> None:
        """Send `article` (None: nothing to send, only remember) and remember `hashes`, its content hash per feed."""


class KafkaSink:
    """Intent, article, new hashes: three acknowledged writes per article (see services.feeds.state)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.raw_topic, self.state_topic = settings.topic_articles_raw, settings.topic_feeds_state
        self.producer = raw_producer(settings)
        self.offsets = AIOKafkaConsumer(**client_kwargs(settings=settings), group_id=None,
                                        enable_auto_commit=False)  # only asks for end offsets
        self.partitioner = DefaultPartitioner()

    async def start(self) -> None:
        """Connect."""
        await self.producer.start()
        await self.offsets.start()

    async def stop(self) -> None:
        """Flush and disconnect."""
        await self.producer.stop()
        await stop_consumer(self.offsets)

    async def _remember(self, article_id: str, hashes: dict[str, str], feed: str, intent: Intent | None = None) -> None:
        await (await self.producer.send(self.state_topic, state_value(article_id, hashes, feed, intent),
                                        key=article_id.encode("utf-8")))

    async def send(self, article: dict[str, Any] | None, article_id: str, hashes: dict[str, str], feed: str,
                   previous: dict[str, str]) -> None:
        """Write the intent, the article (as the publisher does, plus the hash header), then the new hashes."""
        if article is None:
            await self._remember(article_id, hashes, feed)
            return
        key, value = raw_record(article)
        partitions = sorted(await self.producer.partitions_for(self.raw_topic))
        partition = self.partitioner(key, partitions, partitions)  # where the publisher's default would put it
        tp = TopicPartition(self.raw_topic, partition)
        start = (await self.offsets.end_offsets([tp]))[tp]
        await self._remember(article_id, previous, feed, Intent(previous, hashes, feed, partition, start))
        await (await self.producer.send(self.raw_topic, value, key=key, partition=partition,
                                        headers=[(HASH_HEADER, hashes[feed].encode())]))
        try:
            await self._remember(article_id, hashes, feed)
        except Exception as exc:  # noqa: BLE001 - the article is out; the intent left behind is settled at start-up
            raise SentButUnrecorded(f"{article_id} was sent, but recording it failed: {type(exc).__name__}: {exc}") from exc

    async def settle(self, state: SentState) -> int:
        """Settle the intents a killed predecessor left: sent if the article landed, else as before. Return how many."""
        found = await landed(self.settings.kafka_bootstrap_servers, self.raw_topic, state.pending)
        for ident, intent in state.pending.items():
            hashes = intent.hashes if ident in found else intent.previous
            await self._remember(ident, hashes, intent.feed)
            if hashes:
                state.sent[ident] = hashes
            else:
                state.sent.pop(ident, None)
        settled = len(state.pending)
        state.pending.clear()
        return settled
