"""Where finished articles go: onto articles.raw with their state record, in one Kafka transaction each."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any, Protocol

from services.common.settings import Settings
from services.feeds.state import state_record
from services.publisher.records import raw_producer, raw_record


class Sink(Protocol):
    """Takes an article and returns only once it is durably sent and remembered as sent."""

    async def send(self, article: dict[str, Any] | None, article_id: str, hashes: dict[str, str], feed: str) -> None:
        """Send `article` (None: nothing to send) and remember `hashes`, its content hash per feed."""


class KafkaSink:
    """The article (keyed by id, exactly as the publisher sends it) and its state record, committed together.

    The producer is transactional with the FEEDS_APP_ID transactional id: starting it aborts whatever a killed
    predecessor left open, and fences that predecessor should it still be running.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.producer = raw_producer(settings, transactional_id=settings.feeds_app_id)
        self._lock = asyncio.Lock()  # one transaction at a time per producer

    async def start(self) -> None:
        """Connect and initialise the transactional id (aborting a predecessor's open transaction)."""
        await self.producer.start()

    async def stop(self) -> None:
        """Flush and disconnect."""
        await self.producer.stop()

    async def send(self, article: dict[str, Any] | None, article_id: str, hashes: dict[str, str], feed: str) -> None:
        """Commit the article and its state record atomically; raise when the transaction fails."""
        state_key, state_value = state_record(article_id, hashes, feed, dt.datetime.now(dt.UTC))
        async with self._lock:
            async with self.producer.transaction():
                if article is not None:
                    key, value = raw_record(article)
                    await self.producer.send(self.settings.topic_articles_raw, value, key=key)
                await self.producer.send(self.settings.topic_feeds_state, state_value, key=state_key)
