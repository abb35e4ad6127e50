"""Failures injected mid-stream against the real broker; each ends by comparing the table topic
with the counts computed offline by the enricher's code on the same input."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import orjson
import pytest
from spacy.language import Language

from services.enricher.core import content_hash
from services.ops.lag import group_lag
from tests.articles import corrected, source_texts, variants
from tests.expectations import offline_incident_sets
from tests.integration.conftest import Broker
from tests.integration.outputs import assert_outputs_are, wait_until_table_is
from tests.integration.pipeline import Pipeline
from tests.support import unique

pytestmark = pytest.mark.integration
PUBLISH_CHUNK = 50
ENRICHING_DEADLINE_S = 120.0  # model load and group join take ~10 s
FAULT_DEADLINE_S = 900.0  # 2,000+ articles at ~15-30/s on a shared 2-core machine, plus restarts
FREEZE_IDS = 30  # the reproduction: 30 stories, each republished with another text
FREEZE_AFTER_S = 0.6  # after publishing: the batch is taken (0.2 s batch timeout) and its NLP takes over a second
FREEZE_ROUNDS = 3  # a freeze that caught no batch in flight (already published) is tried again on new versions
TAKEOVER_DEADLINE_S = 180.0  # session timeout (8 s) + rebalance + enriching both versions of the moved partitions
STORM_VERSIONS = 40  # versions of each id sent to the aggregators at once: seconds of work to freeze in the middle
STORM_COUNTRIES = ("ML", "NE", "BF", "SD", "SY", "UA", "CD", "NG")


async def publish_steadily(pipeline: Pipeline, articles: list[dict[str, Any]], rate: float) -> None:
    """Publish in chunks at about `rate` articles per second, so faults land mid-stream."""
    for start in range(0, len(articles), PUBLISH_CHUNK):
        await pipeline.publish_articles(articles[start:start + PUBLISH_CHUNK])
        await asyncio.sleep(PUBLISH_CHUNK / rate)


async def assert_consistent(pipeline: Pipeline, nlp: Language) -> None:
    """Every article accounted for, and the table topic equal to the offline counts."""
    await pipeline.wait_caught_up(FAULT_DEADLINE_S)
    enriched = {v["id"] for _, v in await pipeline.read_topic(pipeline.settings.topic_articles_enriched)}
    dead = await pipeline.read_topic(pipeline.settings.topic_dlq)
    assert dead == [], f"valid articles were dead-lettered: {Counter(v['reason'] for _, v in dead)}"
    missing = set(pipeline.published) - enriched
    assert not missing, f"{len(missing)} article(s) never enriched, e.g. {sorted(missing)[:5]}"
    await assert_outputs_are(pipeline, offline_incident_sets(pipeline.published, nlp))


async def run_with_faults(pipeline: Pipeline, articles: list[dict[str, Any]], rate: float,
                          faults: list[tuple[float, Callable[[], Awaitable[None] | None]]]) -> None:
    """Publish `articles` while running each fault after its delay (seconds after the previous one)."""
    publishing = asyncio.create_task(publish_steadily(pipeline, articles, rate))
    for delay, fault in faults:
        await asyncio.sleep(delay)
        outcome = fault()
        if asyncio.iscoroutine(outcome):
            await outcome
    await publishing


async def wait_until_enriching(pipeline: Pipeline, group: str | None = None, topic: str | None = None,
                               every_partition: bool = False) -> None:
    """Wait until the enricher (or `group` on `topic`) has committed some work (on every partition), so a signal
    hits it mid-stream."""
    group, topic = group or pipeline.settings.enricher_app_id, topic or pipeline.settings.topic_articles_raw
    for _ in range(int(ENRICHING_DEADLINE_S / 0.5)):
        rows = await group_lag(pipeline.settings.kafka_bootstrap_servers, group, [topic])
        if (all if every_partition else any)(r.committed for r in rows):
            return
        await asyncio.sleep(0.5)
    raise AssertionError(f"{group} committed nothing within {ENRICHING_DEADLINE_S}s\n{pipeline.logs()}")


@pytest.fixture
async def pipeline(kafka_bootstrap: str, tmp_path: Path) -> AsyncIterator[Pipeline]:
    """A fresh pipeline (own topics, groups and state) per fault test."""
    p = Pipeline(kafka_bootstrap, tmp_path)
    await p.start()
    yield p
    p.stop()


def kill_and_restart(pipeline: Pipeline, name: str) -> Callable[[], None]:
    def fault() -> None:
        pipeline.kill(name)
        pipeline.start_worker(name)
    return fault


async def test_kill_9_enricher_and_aggregator_three_times_each(pipeline: Pipeline, nlp: Language) -> None:
    articles = variants(unique("kill"), 2000)
    faults = [(8.0, kill_and_restart(pipeline, name)) for _ in range(3) for name in ("enricher", "aggregator")]
    await run_with_faults(pipeline, articles, rate=40.0, faults=faults)
    await assert_consistent(pipeline, nlp)


async def test_broker_restart_mid_stream(pipeline: Pipeline, kafka_broker: Broker, nlp: Language) -> None:
    if kafka_broker.env is None:
        pytest.skip("the broker is external (KAFKA_BOOTSTRAP_SERVERS); this run cannot restart it")
    articles = variants(unique("broker"), 400)
    await pipeline.publish_articles(articles[:PUBLISH_CHUNK])
    await wait_until_enriching(pipeline)  # a worker still loading its model when the broker goes cannot start
    faults = [(6.0, kafka_broker.stop), (3.0, kafka_broker.start)]
    await run_with_faults(pipeline, articles[PUBLISH_CHUNK:200], rate=40.0, faults=faults)
    await pipeline.publish_articles(articles[200:])  # and after the restart, more input still flows
    await assert_consistent(pipeline, nlp)


async def test_second_enricher_added_and_removed_mid_stream(pipeline: Pipeline, nlp: Language) -> None:
    articles = variants(unique("scale"), 600)
    faults: list[tuple[float, Callable[[], Any]]] = [
        (4.0, lambda: pipeline.start_worker("enricher", "-2")),
        (15.0, lambda: pipeline.terminate("enricher-2")),
    ]
    await run_with_faults(pipeline, articles, rate=30.0, faults=faults)
    await assert_consistent(pipeline, nlp)


async def test_duplicates_and_corrections_replace_earlier_contributions(pipeline: Pipeline, nlp: Language) -> None:
    articles = variants(unique("fix"), 300)
    await pipeline.publish_articles(articles)
    await pipeline.publish_articles(articles[:100])  # exact duplicates
    shifted = articles[150:] + articles[:150]
    await pipeline.publish_articles([corrected(a, b) for a, b in zip(articles[100:200], shifted[100:200])])
    await assert_consistent(pipeline, nlp)


async def test_sigterm_finishes_in_flight_work_and_restart_neither_loses_nor_repeats(
        pipeline: Pipeline, nlp: Language) -> None:
    articles = variants(unique("term"), 300)
    publishing = asyncio.create_task(publish_steadily(pipeline, articles, rate=40.0))
    await wait_until_enriching(pipeline)
    assert pipeline.terminate("enricher") == 0, pipeline.logs()
    pipeline.start_worker("enricher")
    await publishing
    await assert_consistent(pipeline, nlp)
    ids = Counter(v["id"] for _, v in await pipeline.read_topic(pipeline.settings.topic_articles_enriched))
    repeated = {k: n for k, n in ids.items() if n > 1}
    assert not repeated, f"{len(repeated)} article(s) enriched twice after a clean shutdown"


def story_versions(prefix: str, count: int) -> list[list[dict[str, Any]]]:
    """`count` versions of FREEZE_IDS stories, each version of a story with another text than the one before."""
    base, texts = variants(prefix, FREEZE_IDS), source_texts()
    return [[{**article, "title": texts[(i + 7 * v) % len(texts)][0], "body": texts[(i + 7 * v) % len(texts)][1]}
             for i, article in enumerate(base)] for v in range(count)]


async def wait_until_enriched(pipeline: Pipeline, articles: list[dict[str, Any]]) -> None:
    """Wait until each article's own text (by content hash) is on articles.enriched."""
    wanted = {(a["id"], content_hash(a)) for a in articles}
    deadline = asyncio.get_running_loop().time() + TAKEOVER_DEADLINE_S
    while asyncio.get_running_loop().time() < deadline:
        seen = {(v["id"], v["content_hash"]) for _, v in await pipeline.read_topic(pipeline.settings.topic_articles_enriched)}
        if wanted <= seen:
            return
        await asyncio.sleep(1.0)
    raise AssertionError(f"the running enricher did not take over within {TAKEOVER_DEADLINE_S}s\n{pipeline.logs()}")


async def stale_write_seen(pipeline: Pipeline, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> bool:
    """True when an incident set of an `old` version reached the incidents topic after the `new` one of its id."""
    old_hash = {a["id"]: content_hash(a) for a in old}
    new_hash = {a["id"]: content_hash(a) for a in new}
    newest_seen: set[str] = set()
    for _, value in await pipeline.read_topic(pipeline.settings.topic_incidents):
        if new_hash.get(value["id"]) == value["content_hash"]:
            newest_seen.add(value["id"])
        elif value["id"] in newest_seen and old_hash.get(value["id"]) == value["content_hash"]:
            return True
    return False


async def freeze_through_a_takeover(pipeline: Pipeline, key: str, others: list[str],
                                    publish_newer: Callable[[], Awaitable[None]],
                                    taken_over: Callable[[], Awaitable[None]]) -> None:
    """SIGSTOP a worker, publish newer versions, let `others` take its partitions, SIGCONT it, wait until all settled."""
    before = await pipeline.readiness(key)
    assert before is not None, f"{key} does not answer\n{pipeline.logs()}"
    pipeline.freeze(key)
    await publish_newer()
    await taken_over()
    pipeline.thaw(key)
    deadline = asyncio.get_running_loop().time() + TAKEOVER_DEADLINE_S
    for worker in [key, *others]:  # the rebalance after its return is over and every worker is ready again
        while (state := await pipeline.readiness(worker)) is None or state["generation"] <= before["generation"] + 1 \
                or not state["ready"]:
            assert asyncio.get_running_loop().time() < deadline, f"{worker} did not settle\n{pipeline.logs()}"
            await asyncio.sleep(0.5)
    await pipeline.wait_caught_up(FAULT_DEADLINE_S)


async def test_an_enricher_frozen_with_a_batch_past_its_session_cannot_overwrite_newer_versions(
        pipeline: Pipeline, nlp: Language) -> None:
    pipeline.start_worker("enricher", "-2")
    await pipeline.wait_sharing(["enricher", "enricher-2"], pipeline.settings.topic_articles_raw)
    versions = story_versions(unique("frozen"), 2 * FREEZE_ROUNDS)
    for attempt in range(FREEZE_ROUNDS):
        old, new = versions[2 * attempt], versions[2 * attempt + 1]
        await pipeline.publish_articles(old)
        await asyncio.sleep(FREEZE_AFTER_S)  # the frozen enricher now holds its share of `old` in the NLP
        await freeze_through_a_takeover(pipeline, "enricher", ["enricher-2"], lambda new=new: pipeline.publish_articles(new),
                                        lambda new=new: wait_until_enriched(pipeline, new))
        withheld = "withheld the results of" in (pipeline.log_dir / "enricher.log").read_text(errors="replace")
        if withheld or await stale_write_seen(pipeline, old, new):
            break  # the freeze caught a batch in flight: it was either published late or withheld
    else:
        pytest.fail(f"no freeze in {FREEZE_ROUNDS} rounds caught a batch in flight\n{pipeline.logs()}")
    await assert_consistent(pipeline, nlp)


def storm_set(article_id: str, version: int) -> dict[str, Any]:
    """Version `version` of an article's incident set, as an enricher sends it (the revision is the version)."""
    n = int(article_id.rsplit("-", 1)[1])
    country = STORM_COUNTRIES[(3 * n + version) % len(STORM_COUNTRIES)]
    kind = ("battle", "explosion", "civilian_attack", "protest", "riot")[(n + version) % 5]
    return {"id": article_id, "content_hash": f"{version:064x}", "event_date": f"2026-03-0{1 + version % 4}",
            "incidents": [{"type": kind, "country": country, "fatalities": version}], "source_timestamp_ms": None,
            "version": [version, 0]}


# Issue 8: this test was quarantined after 2 of about 10 CI runs failed; it failed again once in 25 runs alone
# without CPU stress, where the aggregator that took over the frozen one's partitions had silently dropped a run
# of records of a taken-over partition (the table kept older versions; commits crept towards the hole).
# Cause: Faust seeks a rebalance's stream partitions to their committed offsets after resuming the flow, and
# records pulled and delivered during that seek could be lost; every worker now seeks with the flow stopped
# (services/common/seek_guard.py). It waits for the takeover by its work (the table), then requires lag 0
# after the thaw.
async def test_an_aggregator_frozen_mid_stream_past_its_session_cannot_overwrite_newer_versions(
        kafka_bootstrap: str, tmp_path: Path) -> None:
    pipeline = Pipeline(kafka_bootstrap, tmp_path)
    await pipeline.start(workers=("aggregator",))
    try:
        # The second joins a group the first already runs alone (scale-out): both failing runs had that history.
        await pipeline.wait_sharing(["aggregator"], pipeline.settings.topic_incidents)
        pipeline.start_worker("aggregator", "-2")
        await pipeline.wait_sharing(["aggregator", "aggregator-2"], pipeline.settings.topic_incidents)
        ids = [f"{unique('storm')}-{n}" for n in range(FREEZE_IDS)]
        storm = [(i.encode(), storm_set(i, v)) for v in range(STORM_VERSIONS) for i in ids]
        final = [storm_set(i, STORM_VERSIONS) for i in ids]
        await pipeline.publish([(k, orjson.dumps(v)) for k, v in storm], topic=pipeline.settings.topic_incidents)
        # each aggregator has committed part of its share (its first commit) and is in the middle of the rest
        await wait_until_enriching(pipeline, pipeline.settings.aggregator_app_id, pipeline.settings.topic_incidents,
                                   every_partition=True)
        await freeze_through_a_takeover(
            pipeline, "aggregator", ["aggregator-2"],
            lambda: pipeline.publish([(s["id"].encode(), orjson.dumps(s)) for s in final], pipeline.settings.topic_incidents),
            lambda: wait_until_table_is(pipeline, final, TAKEOVER_DEADLINE_S))
        await assert_outputs_are(pipeline, final)
    finally:
        pipeline.stop()
