"""The aggregator's Faust declaration: incidents -> per-country contributions -> incidents.by_country.

Two agents. `route` (keyed by article id) remembers the version applied and the countries each article
touched, and sends a set/clear update per country to an internal topic keyed by country. `count` (keyed by
country) stores each article's contribution and incident reports under "CC|article_id" with its version,
keeps derived totals and events in memory, publishes changed events to the compacted events topic (in the
country's partition) and the country's current counts to the compacted table topic. Both ignore a record
older than the version already applied for its article (services/common/versions.py).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import gc
import logging
import time
import weakref
from collections import defaultdict
from typing import Any

import faust
import orjson
from aiokafka.partitioner import DefaultPartitioner
from faust.streams import _current_event

from services.aggregator.archive import Folding, RouteHorizon, archive_key, is_archive_key, set_days, span_days
from services.aggregator.counting import (
    CountryIndex,
    article_state,
    incident_set_errors,
    plan_updates,
    record_updates,
    stored_contribution,
    update_record_errors,
    update_records,
)
from services.aggregator.event_stream import EventRecord, OwnedEvents, held_reports
from services.aggregator.event_values import country_counts_v2
from services.aggregator.publication import Pending, RouteBatch
from services.aggregator.reports import report_from_json
from services.common import metrics
from services.common import place_nesting as places
from services.common.dead_letters import dead_letter
from services.common.faust_app import create_faust_app
from services.common.fencing import Fence, withhold
from services.common.observability import install_observability, readiness
from services.common.settings import Settings
from services.common.table_topic import read_latest_of_partitions
from services.common.versioned_table import versioned_table
from services.common.versions import is_stale, version_of

log = logging.getLogger(__name__)
SERVICE = "aggregator"
REPUBLISH_CHECK_S = 0.5  # how soon after a rebalance's recovery the owned countries are republished


@functools.cache
def country_partition(country: str, partitions: int) -> int:
    """The internal topic's partition of a country key, as the producer's default partitioner picks it."""
    return int(DefaultPartitioner()(country.encode(), list(range(partitions)), list(range(partitions))))


def _contribution_items(table: faust.types.TableT) -> list[tuple[str, Any]]:
    items = ((key.split("|", 1)[0], stored_contribution(value)[1]) for key, value in table.items()
             if not is_archive_key(key))
    return [(country, contribution) for country, contribution in items if contribution is not None]


def _held_report_items(table: faust.types.TableT) -> list[tuple[str, Any]]:
    return [(key.split("|", 1)[0], held_reports(value)) for key, value in table.items() if not is_archive_key(key)]


def _as_current(event: faust.types.EventT | None) -> None:
    """Make `event` the one Faust's tables see as being processed (None: no event).

    A table write goes to the changelog partition of the event being processed (Faust reads it from a
    context variable that stream iteration sets). The count agent applies a batch of events after taking
    them, so it sets that variable itself, event by event. Only this task's context changes: the stream's
    background task that fills the batch has its own copy, and `Stream.current_event` is left alone.
    """
    _current_event.set(None if event is None else weakref.ref(event))


def _decode(message: faust.types.Message, check: Any) -> tuple[Any, str | None, list[str]]:
    """Decode a JSON value and check it: (value, DLQ reason, errors); no errors means usable."""
    if message.value is None:
        return None, "invalid_json", ["message has no value"]
    try:
        value = orjson.loads(message.value)
    except (orjson.JSONDecodeError, TypeError) as exc:
        return None, "invalid_json", [f"invalid JSON: {exc}"]
    errors = check(value)
    return value, "schema_violation" if errors else None, errors


def create_app(settings: Settings) -> faust.App:
    """Declare the aggregator app, its tables and its two agents."""
    app = create_faust_app(settings.aggregator_app_id, settings, settings.aggregator_web_port)
    app.conf.producer_linger = settings.aggregator_producer_linger_ms / 1000  # before any topic is declared
    places.preload()
    # The place tables (hundreds of thousands of objects, kept for the life of the process) leave the garbage
    # collector's generations: its full collections no longer walk them (about 40 % of the GC's time per set).
    gc.freeze()
    partitions = settings.topic_partitions
    incidents = app.topic(settings.topic_incidents)
    updates_topic = app.topic(settings.topic_country_updates, internal=True, partitions=partitions)
    by_country = app.topic(settings.topic_incidents_by_country)
    events_topic = app.topic(settings.topic_events)
    dlq = app.topic(settings.topic_dlq)
    # Table keys and values are JSON (Faust's default for tables without a model type).
    # Versioned: a stalled worker's late changelog writes cannot roll the state back on restore.
    article_countries = versioned_table(app, "article-countries", partitions, SERVICE)  # id -> {version, countries}
    contributions = versioned_table(app, "contributions", partitions, SERVICE)  # "CC|id" -> {version, contribution}
    fence = Fence(app, settings.kafka_session_timeout_s)
    state: dict[str, Any] = {"index": None, "events": None, "folding": None, "route": None, "republish": True}
    span = span_days(settings.daily_retention_days, settings.event_window_days)  # bounded state (archive.py)
    publishing = asyncio.Lock()  # the count agent's publication and the reconciliation never interleave

    @app.on_partitions_assigned.connect
    async def _invalidate(*_: Any, **__: Any) -> None:
        state["index"] = state["events"] = state["folding"] = state["route"] = None  # derived again
        state["republish"] = True

    def send_events(records: list[EventRecord], country: str) -> None:
        """Send a country's event records (in the country's partition), as record batches (record_batches.py)."""
        partition, batches = country_partition(country, partitions), app.record_batches  # type: ignore[attr-defined]
        for event_id, value in records:
            batches.add(events_topic.get_topic_name(), partition, event_id.encode(),
                        None if value is None else orjson.dumps(value))
        batches.send_collected()
        metrics.MESSAGES_PRODUCED.labels(SERVICE, settings.topic_events).inc(len(records))

    def counts_value(country: str, now: dt.datetime) -> dict[str, Any]:
        return country_counts_v2(index().snapshot(country, settings.daily_retention_days, now),
                                 events().counts(country, settings.daily_retention_days))

    @app.timer(REPUBLISH_CHECK_S, name="aggregator-republish")
    async def _republish_owned() -> None:
        """Once recovered after a rebalance, publish the counts of every country this worker now owns.

        This overwrites anything a worker that stalled sent late to the table topic (it has no reader-side
        version check), and repairs a publication lost in a crash.
        """
        if not state["republish"] or not readiness(app)["ready"]:
            return
        mark = app.rebalancing_count
        owned = {tp.partition for tp in app.consumer.assignment() if tp.topic == updates_topic.get_topic_name()}
        published = await read_latest_of_partitions(settings.kafka_bootstrap_servers, settings.topic_events, owned)
        async with publishing:
            if app.rebalancing_count != mark:
                return  # the partitions moved again while the topic was read: the next tick starts over
            now = dt.datetime.now(dt.UTC)
            countries = {c for c in [*index().totals, *events().books, *(v.get("country") for v in published.values())]
                         if isinstance(c, str) and country_partition(c, partitions) in owned}
            held_by_country: dict[str, dict[str, Any]] = defaultdict(dict)  # one pass, not one per country
            for eid, v in published.items():
                held_by_country[v.get("country")][eid] = v
            for country in sorted(countries):
                mine = held_by_country.get(country, {})
                send_events(events().reconcile(mine, {country}, settings.daily_retention_days), country)
                await by_country.send(key=country.encode(), value=orjson.dumps(counts_value(country, now)))
            if app.rebalancing_count == mark:
                state["republish"] = False

    def index() -> CountryIndex:
        current = state["index"]
        if current is None:
            current = state["index"] = CountryIndex.from_contributions(_contribution_items(contributions))
            for country, archive in folding().archives.items():
                current.add_folded(country, archive.to_json()["reports"])
        return current

    def events() -> OwnedEvents:
        current = state["events"]
        if current is None:
            current = state["events"] = OwnedEvents.from_held(_held_report_items(contributions),
                                                              settings.event_window_days, settings.event_background_days)
            for country, archive in folding().archives.items():
                current.book(country).add_folded(archive.events, archive.event_fatalities, archive.events_by_type)
        return current

    def folding() -> Folding:
        current = state["folding"]
        if current is None:
            current = state["folding"] = Folding.from_table(contributions.items(), span)
        return current

    def route_horizon() -> RouteHorizon:
        current = state["route"]
        if current is None:
            current = state["route"] = RouteHorizon.from_table(article_countries.items(), span)
        return current

    def fold(country: str) -> None:
        """Fold the country's contributions and events past its horizon into its archive entry (archive.py)."""
        done = folding().fold(country, events().book(country), lambda article: contributions[f"{country}|{article}"])
        for article in done.articles:
            del contributions[f"{country}|{article}"]
        if done.archive is not None:
            contributions[archive_key(country)] = done.archive.to_json()

    @functools.cache
    def consumed(topic: str) -> Any:
        """The consumed-records counter of a topic (looked up once, not per record)."""
        return metrics.MESSAGES_CONSUMED.labels(SERVICE, topic)

    async def usable(event: faust.types.EventT, check: Any) -> Any:
        """The event's decoded value, or None when it was withheld (stale worker) or dead-lettered."""
        msg = event.message
        consumed(msg.topic).inc()
        if await fence.holds_stale():
            metrics.WITHHELD_RECORDS.labels(SERVICE, msg.topic).inc(withhold([event]))
            return None
        value, reason, errors = _decode(msg, check)
        if reason is None:
            return value
        log.warning("dead-lettered %s[%s]@%s: %s: %s", msg.topic, msg.partition, msg.offset, reason, errors[0][:200])
        record = dead_letter(reason, "; ".join(errors), key=msg.key, value=msg.value, topic=msg.topic,
                             partition=msg.partition, offset=msg.offset, timestamp_ms=None, service=SERVICE)
        await dlq.send(key=msg.key, value=orjson.dumps(record))
        metrics.DLQ_MESSAGES.labels(SERVICE, reason).inc()
        return None

    async def withheld(events_taken: list[faust.types.EventT], mark: int, topic: str) -> bool:
        """Withhold a batch when the group rebalanced since `mark` or the worker stood still past its session
        timeout: neither sent further nor committed, its partitions' owners consume it again."""
        if app.rebalancing_count == mark and not await fence.holds_stale():
            return False
        count = withhold(events_taken)
        metrics.WITHHELD_RECORDS.labels(SERVICE, topic).inc(count)
        log.warning("withheld a batch of %d record(s) of %s: the group rebalanced while it was handled", count, topic)
        return True

    async def plan_route(event: faust.types.EventT, batch: RouteBatch) -> None:
        """Plan one incident set's country updates into `batch` (nothing is sent or written here)."""
        value = await usable(event, incident_set_errors)
        if value is None:
            return
        stored = batch.stored(value["id"], article_countries.get)
        applied, previous = article_state(stored)
        version = version_of(value)
        if is_stale(version, applied):  # an older version, e.g. from a worker that stalled: never wins
            metrics.STALE_RECORDS_IGNORED.labels(SERVICE, settings.topic_incidents).inc()
            return
        if route_horizon().is_late(stored is not None, value):  # bounded state: forgotten, or never held
            metrics.LATE_UPDATES_IGNORED.labels(SERVICE).inc()
            return
        plan, touched = plan_updates(value, previous)
        batch.add(plan)
        last_day = max(set_days(value))
        batch.set_state(value["id"], {"version": version, "countries": touched, "day": last_day}, event)
        route_horizon().note(value["id"], last_day)
        for article in route_horizon().expired():  # wholly before route's horizon: later versions are late
            batch.set_state(article, None, event)

    async def send_route(batch: RouteBatch) -> None:
        """Send a route batch's updates: one internal record per partition (or a few, when large)."""
        sent = 0
        for partition, updates in batch.by_partition(lambda c: country_partition(c, partitions)):
            for key, record in update_records(updates, settings.aggregator_update_record_max_bytes):
                await updates_topic.send(key=key.encode(), value=record, partition=partition)
                sent += 1
        metrics.MESSAGES_PRODUCED.labels(SERVICE, updates_topic.get_topic_name()).inc(sent)

    def save_route(batch: RouteBatch) -> None:
        """Write a route batch's article states (each article once, its last state; None deletes it)."""
        for article, (event, new_state, original) in batch.states.items():
            _as_current(event)  # the changelog partition of the incident set that set it
            if new_state is None:
                if article in article_countries:
                    del article_countries[article]
            elif new_state != original:
                article_countries[article] = new_state
        _as_current(None)
        app.record_batches.send_collected()  # type: ignore[attr-defined]  # the changelog writes, in batches

    @app.agent(incidents, name="route")
    async def route(stream: faust.StreamT) -> None:
        """Route incident sets in batches: plan every set, send the updates, write the state, then acknowledge.

        Each set's updates are statements ("article A's contribution to country C is now X", versioned), so
        sending them twice is harmless; they travel packed, one internal record per partition per batch, which
        halves the records per set that the workers and the broker handle (the count agent applies each
        statement on its own, as before). A batch is acknowledged only after its updates were handed to the
        producer and its state written (Faust commits acknowledged offsets after flushing the producer), so a
        crash before that replays the batch: the same statements again. A batch during which a rebalance
        started, or after the worker stood still past its session timeout, is withheld (its state is the new
        owner's to write); statements it already sent are the ones the new owner sends again.
        """
        batches = stream.noack_take(  # type: ignore[attr-defined]  # in faust.Stream, not in StreamT
            settings.aggregator_batch_size, within=settings.aggregator_batch_timeout_s)
        async for taken in batches:
            events_taken: list[faust.types.EventT] = list(taken)
            mark = app.rebalancing_count
            batch = RouteBatch()
            for event in events_taken:
                _as_current(event)
                await plan_route(event, batch)
            _as_current(None)
            if await withheld(events_taken, mark, settings.topic_incidents):
                continue
            await send_route(batch)
            if await withheld(events_taken, mark, settings.topic_incidents):  # stood still while sending
                continue
            save_route(batch)
            for event in events_taken:
                await stream.ack(event)

    async def apply_record(event: faust.types.EventT, pending: Pending) -> None:
        """Apply the country updates of one internal record, in order (nothing is sent here)."""
        value = await usable(event, update_record_errors)
        if value is None:
            return
        for update in record_updates(value):
            apply_update(update, pending)

    def apply_update(update: dict[str, Any], pending: Pending) -> None:
        """Apply one country update to the state and note what it changed in `pending`."""
        country, key = update["country"], f"{update['country']}|{update['article_id']}"
        stored = contributions.get(key)
        applied, old = stored_contribution(stored)
        version, new = version_of(update), update["contribution"]
        if is_stale(version, applied):
            metrics.STALE_RECORDS_IGNORED.labels(SERVICE, updates_topic.get_topic_name()).inc()
            return
        if stored is None and folding().is_late(country, update["article_id"], update):
            metrics.LATE_UPDATES_IGNORED.labels(SERVICE).inc()  # folded away: cannot be subtracted exactly
            return
        reports = update.get("reports") or []
        if old != new:
            index().apply(country, old, new)
        changes = events().replace_article(country, update["article_id"], [report_from_json(r) for r in reports])
        if stored != (kept := {"version": version, "contribution": new, "reports": reports}):
            contributions[key] = kept  # a clear is kept with its version, so a late older set cannot revive it
        folding().note(country, update["article_id"], kept)
        if folding().due(country):
            fold(country)
        # The country is published even when nothing changed: a replay after a crash re-sends what may be lost.
        pending.add(country, changes)
        if update.get("source_timestamp_ms") and old != new:
            pending.source_ms.append(update["source_timestamp_ms"])

    async def publish(pending: Pending) -> None:
        """Send a batch's changed events (last value each), then each touched country's current counts once."""
        now = dt.datetime.now(dt.UTC)
        for country in pending.countries:
            send_events(pending.event_records(country), country)
            await by_country.send(key=country.encode(), value=orjson.dumps(counts_value(country, now)))
        metrics.MESSAGES_PRODUCED.labels(SERVICE, settings.topic_incidents_by_country).inc(len(pending.countries))
        for source_ms in pending.source_ms:
            metrics.PUBLISH_TO_COUNTED_SECONDS.observe(max(0.0, time.time() - source_ms / 1000))

    @app.agent(updates_topic, name="count")
    async def count(stream: faust.StreamT) -> None:
        """Apply country updates in batches (of internal records, each holding one or more updates); publish once
        per batch, then acknowledge the batch.

        The order inside a batch is the one that makes the batching safe (services/aggregator/publication.py):
        (1) apply every update of the batch to the state (tables, totals, event books), noting the changed
        events and touched countries; (2) publish them, each event and each country once, with its final
        value; (3) only then acknowledge the batch's records. `noack_take` never acknowledges on its own, and
        Faust commits only acknowledged offsets, after flushing the producer, so an offset is never committed
        before the publication of its update is in Kafka. A crash, a cancellation (shutdown, rebalance) or an
        error anywhere before (3) leaves the batch unacknowledged: it is consumed again and, everything being
        set rather than added, gives the same state and publications. When a rebalance happened during the
        batch, or the worker stood still past its session timeout (fencing), the batch is withheld instead
        (neither published nor committed): the partitions' owners consume it again, and every owner
        republishes its countries' counts and reconciles their events after the rebalance.
        """
        batches = stream.noack_take(  # type: ignore[attr-defined]  # in faust.Stream, not in StreamT
            settings.aggregator_batch_size, within=settings.aggregator_batch_timeout_s)
        async for taken in batches:
            events_taken: list[faust.types.EventT] = list(taken)
            mark = app.rebalancing_count
            async with publishing:  # the reconciliation after a rebalance never sees half a batch
                pending = Pending()
                for event in events_taken:
                    _as_current(event)
                    await apply_record(event, pending)
                _as_current(None)
                app.record_batches.send_collected()  # type: ignore[attr-defined]  # the changelog writes, in batches
                if await withheld(events_taken, mark, updates_topic.get_topic_name()):
                    continue
                await publish(pending)
            for event in events_taken:
                await stream.ack(event)

    install_observability(app, settings, SERVICE, settled=lambda: not state["republish"])
    return app
