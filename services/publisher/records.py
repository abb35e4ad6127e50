"""How a raw article becomes a Kafka record and with which producer: shared by the publisher CLI and the feed poller."""

from __future__ import annotations

from typing import Any

import orjson
from aiokafka import AIOKafkaProducer

from services.common.kafka_security import client_kwargs
from services.common.settings import Settings


def raw_record(article: dict[str, Any]) -> tuple[bytes | None, bytes]:
    """Key (the article id, so every version of a story lands on one partition) and value of a raw article."""
    key = str(article.get("id", "")).encode("utf-8") or None
    return key, orjson.dumps(article)


def raw_producer(settings: Settings) -> AIOKafkaProducer:
    """A producer that waits for every in-sync replica and never duplicates on retry."""
    return AIOKafkaProducer(**client_kwargs(settings=settings), acks="all",
                            enable_idempotence=True, linger_ms=5)
