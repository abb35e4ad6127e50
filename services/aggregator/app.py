"""The aggregator's Faust declaration: incidents -> per-country contributions -> incidents.by_country.

Two agents. `route` (keyed by article id) remembers which countries each article touched and
sends a set/clear update per country to an internal topic keyed by country. `count` (keyed by
country) stores each article's contribution under "CC|article_id", keeps derived totals in
memory, and publishes the country's current counts to the compacted table topic.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from typing import Any

import faust
import orjson

from services.aggregator.counting import CountryIndex, plan_updates
from services.common import metrics
from services.common.contracts import schema_errors
from services.common.faust_app import create_faust_app
from services.common.observability import install_observability
from services.common.settings import Settings
from services.enricher.dead_letters import dead_letter

log = logging.getLogger(__name__)
SERVICE = "aggregator"


def _contribution_items(table: faust.types.TableT) -> list[tuple[str, Any]]:
    return [(key.split("|", 1)[0], value) for key, value in table.items()]


def create_app(settings: Settings) -> faust.App:
    """Declare the aggregator app, its tables and its two agents."""
    app = create_faust_app(settings.aggregator_app_id, settings, settings.aggregator_web_port)
    partitions = settings.topic_partitions
    incidents = app.topic(settings.topic_incidents)
    updates = app.topic(settings.topic_country_updates, internal=True, partitions=partitions)
    by_country = app.topic(settings.topic_incidents_by_country)
    dlq = app.topic(settings.topic_dlq)
    # Table keys and values are JSON (Faust's default for tables without a model type).
    article_countries = app.Table("article-countries", partitions=partitions)
    contributions = app.Table("contributions", partitions=partitions)
    state: dict[str, CountryIndex | None] = {"index": None}

    @app.on_partitions_assigned.connect
    async def _invalidate(*_: Any, **__: Any) -> None:
        state["index"] = None  # partitions moved: totals must be derived again from the table

    def index() -> CountryIndex:
        current = state["index"]
        if current is None:
            current = state["index"] = CountryIndex.from_contributions(_contribution_items(contributions))
        return current

    @app.agent(incidents, name="route")
    async def route(stream: faust.StreamT) -> None:
        async for event in stream.events():
            msg = event.message
            metrics.MESSAGES_CONSUMED.labels(SERVICE, settings.topic_incidents).inc()
            try:
                value = orjson.loads(msg.value)
                errors = schema_errors("incident_set.v1", value)
            except (orjson.JSONDecodeError, TypeError) as exc:
                errors = [f"invalid JSON: {exc}"]
            if errors:
                record = dead_letter("schema_violation", "; ".join(errors), key=msg.key, value=msg.value,
                                     topic=msg.topic, partition=msg.partition, offset=msg.offset,
                                     timestamp_ms=None, service=SERVICE)
                await dlq.send(key=msg.key, value=orjson.dumps(record))
                metrics.DLQ_MESSAGES.labels(SERVICE, "schema_violation").inc()
                continue
            previous = article_countries.get(value["id"]) or []
            plan, touched = plan_updates(value, previous)
            for update in plan:
                await updates.send(key=update.country.encode(), value=orjson.dumps(update.to_json()))
            metrics.MESSAGES_PRODUCED.labels(SERVICE, updates.get_topic_name()).inc(len(plan))
            if touched != previous:
                article_countries[value["id"]] = touched

    @app.agent(updates, name="count")
    async def count(stream: faust.StreamT) -> None:
        async for raw in stream:
            update = orjson.loads(raw)
            metrics.MESSAGES_CONSUMED.labels(SERVICE, updates.get_topic_name()).inc()
            country, key = update["country"], f"{update['country']}|{update['article_id']}"
            old, new = contributions.get(key), update["contribution"]
            if old != new:
                index().apply(country, old, new)
                if new is None:
                    contributions.pop(key, None)
                else:
                    contributions[key] = new
            # Published even when nothing changed: a replay after a crash re-sends what may be lost.
            snapshot = index().snapshot(country, settings.daily_retention_days, dt.datetime.now(dt.UTC))
            await by_country.send(key=country.encode(), value=orjson.dumps(snapshot))
            metrics.MESSAGES_PRODUCED.labels(SERVICE, settings.topic_incidents_by_country).inc()
            if update.get("source_timestamp_ms") and old != new:
                metrics.PUBLISH_TO_COUNTED_SECONDS.observe(max(0.0, time.time() - update["source_timestamp_ms"] / 1000))

    install_observability(app, settings, SERVICE)
    return app
