"""The enricher's Faust declaration: app, topics and the agent, thin around core.enrich_isolated."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import faust
import orjson
from faust.types import EventT

from services.common import metrics
from services.common.contracts import parse_raw_article
from services.common.dead_letters import dead_letter
from services.common.exceptions import InvalidArticleError
from services.common.faust_app import create_faust_app
from services.common.fencing import Fence, withhold
from services.common.observability import install_observability
from services.common.settings import Settings
from services.common.versions import version_token
from services.enricher.core import incident_set
from services.enricher.exceptions import NlpTimeoutError
from services.enricher.nlp_process import NlpProcess

log = logging.getLogger(__name__)
SERVICE = "enricher"
InFlight = tuple[list[EventT], list[tuple[EventT, dict[str, Any]]], Any, float]


def _received_at(event: faust.types.EventT) -> dt.datetime:
    return dt.datetime.fromtimestamp(event.message.timestamp, dt.UTC)


def _dead_letter_for(event: faust.types.EventT, reason: str, error: str) -> dict[str, Any]:
    msg = event.message
    return dead_letter(
        reason, error, key=msg.key, value=msg.value, topic=msg.topic, partition=msg.partition,
        offset=msg.offset, timestamp_ms=int(msg.timestamp * 1000) if msg.timestamp else None, service=SERVICE,
    )


def create_app(settings: Settings, nlp: NlpProcess) -> faust.App:
    """Declare the enricher app: articles.raw in; articles.enriched, incidents and articles.dlq out."""
    app = create_faust_app(settings.enricher_app_id, settings, settings.enricher_web_port)
    raw = app.topic(settings.topic_articles_raw)
    enriched_topic = app.topic(settings.topic_articles_enriched)
    incidents_topic = app.topic(settings.topic_incidents)
    dlq = app.topic(settings.topic_dlq)
    fence = Fence(app, settings.kafka_session_timeout_s)
    # The NLP runs in its own process; this thread only waits on the pipe, off the event loop.
    nlp_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nlp")

    async def send_dead(event: faust.types.EventT, reason: str, error: str) -> None:
        log.warning("dead-lettered %s[%s]@%s: %s: %s", event.message.topic, event.message.partition,
                    event.message.offset, reason, error[:200])
        await dlq.send(key=event.message.key, value=orjson.dumps(_dead_letter_for(event, reason, error)))
        metrics.DLQ_MESSAGES.labels(SERVICE, reason).inc()
        metrics.MESSAGES_PRODUCED.labels(SERVICE, settings.topic_dlq).inc()

    async def validate(events: list[faust.types.EventT]) -> list[tuple[faust.types.EventT, dict[str, Any]]]:
        metrics.MESSAGES_CONSUMED.labels(SERVICE, settings.topic_articles_raw).inc(len(events))
        valid: list[tuple[faust.types.EventT, dict[str, Any]]] = []
        for event in events:
            try:
                article = parse_raw_article(event.message.value, settings.max_body_bytes, _received_at(event))
                valid.append((event, article))
            except InvalidArticleError as exc:
                await send_dead(event, exc.reason, exc.detail)
        return valid

    async def publish(valid: list[tuple[faust.types.EventT, dict[str, Any]]], results: list[Any],
                      started: float) -> None:
        per_article = (time.perf_counter() - started) / len(valid)
        metrics.BATCH_SIZE.observe(len(valid))
        for (event, _), result in zip(valid, results):
            metrics.NLP_SECONDS.observe(per_article)
            if isinstance(result, Exception):
                reason = "nlp_timeout" if isinstance(result, NlpTimeoutError) else "nlp_failed"
                await send_dead(event, reason, str(result))
                continue
            await send_results(event, result)

    async def send_results(event: faust.types.EventT, result: dict[str, Any]) -> None:
        key = result["id"].encode("utf-8")
        source_ms = int(event.message.timestamp * 1000)
        # the version token: only grows per article id (versions.py); consumers drop records older than applied
        version = version_token(result.get("revision"), event.message.offset)
        await enriched_topic.send(key=key, value=orjson.dumps({**result, "version": version}))
        await incidents_topic.send(key=key, value=orjson.dumps({**incident_set(result, source_ms), "version": version}))
        metrics.PUBLISH_TO_ENRICHED_SECONDS.observe(max(0.0, time.time() - event.message.timestamp))
        metrics.MESSAGES_PRODUCED.labels(SERVICE, settings.topic_articles_enriched).inc()
        metrics.MESSAGES_PRODUCED.labels(SERVICE, settings.topic_incidents).inc()

    async def finish(stream: faust.StreamT, batch: InFlight) -> None:
        events, valid, nlp_done, started = batch
        results = await nlp_done if valid else []
        if await fence.holds_stale():  # evicted while frozen: these partitions are another worker's now
            withheld = withhold(events)
            metrics.WITHHELD_RECORDS.labels(SERVICE, settings.topic_articles_raw).inc(withheld)
            log.warning("withheld the results of %d held record(s): the group rebalanced after this worker stalled",
                        withheld)
            return
        if valid:
            await publish(valid, results, started)
        for event in events:
            await stream.ack(event)

    @app.agent(raw, name="enrich")
    async def enrich(stream: faust.StreamT) -> None:
        # noack_take + ack after the sends: take_events acks a batch even when its processing was
        # cancelled half-way (shutdown, rebalance), which would commit offsets of unsent results.
        batches = stream.noack_take(  # type: ignore[attr-defined]  # in faust.Stream, not in StreamT
            settings.enrich_batch_size, within=settings.enrich_batch_timeout_s)
        # Two batches in flight: the next one reaches the NLP process while this one's results are
        # published, so the NLP never waits for Kafka. Publishing stays in order, one task after another.
        loop = asyncio.get_running_loop()
        publishing: asyncio.Future = loop.create_future()
        publishing.set_result(None)
        try:
            async for taken in batches:
                events = list(taken)
                valid = await validate(events)
                started = time.perf_counter()
                nlp_done = loop.run_in_executor(nlp_executor, nlp.enrich, [a for _, a in valid]) if valid else None
                # at most one batch waits for publication behind the one in the NLP; shielded, so a
                # shutdown never cuts a publication in half (its events would be re-enriched)
                await asyncio.shield(publishing)
                publishing = asyncio.ensure_future(finish(stream, (events, valid, nlp_done, started)))
        finally:
            await asyncio.shield(publishing)  # on shutdown, the batch in flight is published and acked

    install_observability(app, settings, SERVICE)
    return app
